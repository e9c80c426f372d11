//! Each question kind and scoring rule, with the edge cases.

use crate::common::*;
use fieldcourse::course::Scoring;
use fieldcourse::quiz::{AnswerKey, Error, Response, Verdict, grade};
use serde_json::json;
use std::collections::BTreeMap;

fn picks(ids: &[&str]) -> Response {
    Response::Choice(ids.iter().map(|id| (*id).to_owned()).collect())
}

fn matches(pairs: &[(&str, &str)]) -> Response {
    Response::Matching(
        pairs
            .iter()
            .map(|(l, r)| ((*l).to_owned(), (*r).to_owned()))
            .collect(),
    )
}

fn order(ids: &[&str]) -> Response {
    Response::Ordering(ids.iter().map(|id| (*id).to_owned()).collect())
}

#[test]
fn single_choice_right_wrong_and_feedback() {
    let question = single_choice();
    let right = grade(&question, Scoring::AllOrNothing, Some(&picks(&["a"]))).unwrap();
    assert_eq!(
        (right.points, right.max_points, right.verdict),
        (2.0, 2.0, Verdict::Correct)
    );
    assert_eq!(right.option_feedback, ["Yes, A."]);
    assert_eq!(right.feedback.as_deref(), Some("Well done."));
    assert_eq!(right.explanation.as_deref(), Some("A is the one."));
    assert_eq!(
        right.answer_key,
        AnswerKey::Options {
            correct: vec!["a".into()]
        }
    );

    let wrong = grade(&question, Scoring::AllOrNothing, Some(&picks(&["b"]))).unwrap();
    assert_eq!((wrong.points, wrong.verdict), (0.0, Verdict::Incorrect));
    assert_eq!(wrong.option_feedback, ["Not B."]);
    assert_eq!(wrong.feedback.as_deref(), Some("Not quite."));
}

#[test]
fn single_choice_edge_cases() {
    let question = single_choice();
    let duplicate = grade(&question, Scoring::AllOrNothing, Some(&picks(&["a", "a"]))).unwrap();
    assert_eq!(
        duplicate.verdict,
        Verdict::Correct,
        "a duplicate pick counts once"
    );
    let two = grade(&question, Scoring::Partial, Some(&picks(&["a", "b"]))).unwrap();
    assert_eq!(
        two.points, 0.0,
        "two picks on a single choice question is not an answer"
    );
    let empty = grade(&question, Scoring::AllOrNothing, Some(&picks(&[]))).unwrap();
    assert_eq!(empty.verdict, Verdict::Incorrect);
    let none = grade(&question, Scoring::AllOrNothing, None).unwrap();
    assert_eq!((none.points, none.verdict), (0.0, Verdict::Incorrect));
    let unknown = grade(&question, Scoring::AllOrNothing, Some(&picks(&["z"])));
    assert_eq!(
        unknown.unwrap_err(),
        Error::UnknownChoice {
            question: "q".into(),
            choice: "z".into()
        }
    );
    let wrong_kind = grade(
        &question,
        Scoring::AllOrNothing,
        Some(&Response::TrueFalse(true)),
    );
    assert!(matches!(
        wrong_kind,
        Err(Error::WrongResponseKind {
            expected: "single_choice",
            ..
        })
    ));
}

#[test]
fn multiple_choice_all_or_nothing() {
    let question = multiple_choice("all_or_nothing");
    let all = grade(&question, Scoring::Partial, Some(&picks(&["b", "a"]))).unwrap();
    assert_eq!(
        all.verdict,
        Verdict::Correct,
        "the question's own rule wins over the quiz's"
    );
    let some = grade(&question, Scoring::Partial, Some(&picks(&["a"]))).unwrap();
    assert_eq!((some.points, some.verdict), (0.0, Verdict::Incorrect));
    let extra = grade(&question, Scoring::Partial, Some(&picks(&["a", "b", "c"]))).unwrap();
    assert_eq!(extra.points, 0.0);
}

#[test]
fn multiple_choice_partial_is_right_minus_wrong_floored_at_zero() {
    let question = multiple_choice("partial");
    let half = grade(&question, Scoring::AllOrNothing, Some(&picks(&["a"]))).unwrap();
    assert_eq!((half.points, half.verdict), (0.5, Verdict::Partly));
    assert_eq!(half.feedback.as_deref(), Some("Some."));
    let cancelled = grade(&question, Scoring::AllOrNothing, Some(&picks(&["a", "c"]))).unwrap();
    assert_eq!(cancelled.points, 0.0);
    let floored = grade(&question, Scoring::AllOrNothing, Some(&picks(&["c", "d"]))).unwrap();
    assert_eq!(floored.points, 0.0, "never below zero");
    let duplicates = grade(
        &question,
        Scoring::AllOrNothing,
        Some(&picks(&["a", "a", "b"])),
    )
    .unwrap();
    assert_eq!(duplicates.points, 1.0);
}

#[test]
fn true_false() {
    let question =
        question(json!({"id": "q", "kind": "true_false", "prompt": "?", "answer": false}));
    assert_eq!(
        grade(
            &question,
            Scoring::AllOrNothing,
            Some(&Response::TrueFalse(false))
        )
        .unwrap()
        .points,
        1.0
    );
    assert_eq!(
        grade(
            &question,
            Scoring::AllOrNothing,
            Some(&Response::TrueFalse(true))
        )
        .unwrap()
        .points,
        0.0
    );
}

#[test]
fn matching_scoring_rules() {
    let all = [("p1", "p1"), ("p2", "p2"), ("p3", "p3"), ("p4", "p4")];
    let three = [("p1", "p1"), ("p2", "p2"), ("p3", "p4"), ("p4", "p3")];
    let strict = matching("all_or_nothing");
    assert_eq!(
        grade(&strict, Scoring::Partial, Some(&matches(&all)))
            .unwrap()
            .points,
        4.0
    );
    assert_eq!(
        grade(&strict, Scoring::Partial, Some(&matches(&three)))
            .unwrap()
            .points,
        0.0
    );
    let partial = matching("partial");
    let outcome = grade(&partial, Scoring::AllOrNothing, Some(&matches(&three))).unwrap();
    assert_eq!((outcome.points, outcome.verdict), (2.0, Verdict::Partly));
    let empty = grade(
        &partial,
        Scoring::AllOrNothing,
        Some(&Response::Matching(BTreeMap::new())),
    )
    .unwrap();
    assert_eq!(empty.points, 0.0);
    let unknown = grade(
        &partial,
        Scoring::AllOrNothing,
        Some(&matches(&[("p1", "p9")])),
    );
    assert!(matches!(unknown, Err(Error::UnknownChoice { .. })));
}

#[test]
fn ordering_scoring_rules() {
    let strict = ordering("all_or_nothing");
    assert_eq!(
        grade(
            &strict,
            Scoring::Partial,
            Some(&order(&["i1", "i2", "i3", "i4"]))
        )
        .unwrap()
        .points,
        1.0
    );
    assert_eq!(
        grade(
            &strict,
            Scoring::Partial,
            Some(&order(&["i1", "i2", "i4", "i3"]))
        )
        .unwrap()
        .points,
        0.0
    );
    let partial = ordering("partial");
    let half = grade(
        &partial,
        Scoring::AllOrNothing,
        Some(&order(&["i1", "i2", "i4", "i3"])),
    )
    .unwrap();
    assert_eq!(half.points, 0.5, "share of items in the right place");
    let short = grade(&partial, Scoring::AllOrNothing, Some(&order(&["i1"]))).unwrap();
    assert_eq!(short.points, 0.25);
    assert!(grade(&partial, Scoring::AllOrNothing, Some(&order(&["i1", "x"]))).is_err());
}

#[test]
fn short_answers_fold_case_spaces_and_accents_unless_told() {
    let question = question(json!({"id": "q", "kind": "short_answer", "prompt": "?",
        "accepted": ["Traite des personnes", "traite"]}));
    for typed in ["  traite   des PERSONNES ", "TRAITE", "traité"] {
        let outcome = grade(
            &question,
            Scoring::AllOrNothing,
            Some(&Response::Text(typed.into())),
        )
        .unwrap();
        assert_eq!(outcome.verdict, Verdict::Correct, "{typed:?}");
    }
    let empty = grade(
        &question,
        Scoring::AllOrNothing,
        Some(&Response::Text("   ".into())),
    )
    .unwrap();
    assert_eq!(empty.verdict, Verdict::Incorrect);
    let strict = question_with(json!({"case_sensitive": true, "accent_sensitive": true}));
    assert_eq!(
        grade(
            &strict,
            Scoring::AllOrNothing,
            Some(&Response::Text("Réintégration".into()))
        )
        .unwrap()
        .points,
        1.0
    );
    assert_eq!(
        grade(
            &strict,
            Scoring::AllOrNothing,
            Some(&Response::Text("reintegration".into()))
        )
        .unwrap()
        .points,
        0.0
    );
}

fn question_with(extra: serde_json::Value) -> fieldcourse::course::Question {
    let mut value =
        json!({"id": "q", "kind": "short_answer", "prompt": "?", "accepted": ["Réintégration"]});
    if let (serde_json::Value::Object(target), serde_json::Value::Object(extra)) =
        (&mut value, extra)
    {
        target.extend(extra);
    }
    question(value)
}

#[test]
fn numeric_with_tolerance_or_range() {
    let tolerance =
        question(json!({"id": "q", "kind": "numeric", "prompt": "?", "value": 30, "tolerance": 2}));
    for (given, points) in [(30.0, 1.0), (32.0, 1.0), (27.9, 0.0), (f64::NAN, 0.0)] {
        assert_eq!(
            grade(
                &tolerance,
                Scoring::AllOrNothing,
                Some(&Response::Number(given))
            )
            .unwrap()
            .points,
            points,
            "{given}"
        );
    }
    let range =
        question(json!({"id": "q", "kind": "numeric", "prompt": "?", "min": 18, "max": 25}));
    assert_eq!(
        grade(&range, Scoring::AllOrNothing, Some(&Response::Number(18.0)))
            .unwrap()
            .points,
        1.0
    );
    assert_eq!(
        grade(&range, Scoring::AllOrNothing, Some(&Response::Number(25.5)))
            .unwrap()
            .points,
        0.0
    );
    assert_eq!(
        grade(&range, Scoring::AllOrNothing, None)
            .unwrap()
            .answer_key,
        AnswerKey::Range {
            min: 18.0,
            max: 25.0,
            partial: Vec::new()
        }
    );
}

#[test]
fn a_question_missing_its_answer_key_is_an_error_not_a_panic() {
    let broken = question(json!({"id": "q", "kind": "single_choice", "prompt": "?"}));
    assert_eq!(
        grade(&broken, Scoring::AllOrNothing, None).unwrap_err(),
        Error::IncompleteQuestion {
            question: "q".into(),
            missing: "options"
        }
    );
}
