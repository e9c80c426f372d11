//! Item analysis against a small data set whose figures were computed by hand
//! (and checked with Python's `statistics` module): see `docs/trainers.md`.

use fieldcourse::course::Quiz;
use fieldcourse::quiz::analysis::{
    AnsweredAttempt, AttemptScope, Flag, QuestionAnalysis, QuizAnalysis, analyse_quiz,
};
use fieldcourse::quiz::{AttemptPlan, PlannedQuestion, Response};
use serde_json::json;
use std::collections::BTreeMap;

fn close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a figure");
    assert!(
        (actual - expected).abs() < 1e-9,
        "expected {expected}, got {actual}"
    );
}

/// Four questions asked in every attempt; the matching question is worth 3 points.
fn fixed_quiz() -> Quiz {
    serde_json::from_value(json!({
        "id": "fixed", "title": "Fixed", "pass_mark": 0.5, "scoring": "partial",
        "questions": [
            {"id": "q1", "kind": "single_choice", "prompt": "Pick", "options": [
                {"id": "a", "text": "A", "correct": true}, {"id": "b", "text": "B"},
                {"id": "c", "text": "C"}, {"id": "d", "text": "D"}]},
            {"id": "q2", "kind": "true_false", "prompt": "True?", "answer": true},
            {"id": "q3", "kind": "short_answer", "prompt": "City?", "accepted": ["Geneva"]},
            {"id": "q4", "kind": "matching", "prompt": "Match", "points": 3, "pairs": [
                {"id": "p1", "left": "1", "right": "one"}, {"id": "p2", "left": "2", "right": "two"},
                {"id": "p3", "left": "3", "right": "three"}]}
        ]
    }))
    .unwrap()
}

fn attempt(learner: &str, started: i64, answers: Vec<(&str, Option<Response>)>) -> AnsweredAttempt {
    let plan = AttemptPlan {
        seed: 0,
        questions: answers
            .iter()
            .map(|(id, _)| PlannedQuestion {
                question_id: (*id).to_owned(),
                order: Vec::new(),
            })
            .collect(),
    };
    let responses = answers
        .into_iter()
        .filter_map(|(id, response)| Some((id.to_owned(), response?)))
        .collect();
    AnsweredAttempt {
        learner: learner.to_owned(),
        started_at_ms: started,
        plan,
        responses,
    }
}

fn choice(id: &str) -> Option<Response> {
    Some(Response::Choice(vec![id.to_owned()]))
}

fn text(typed: &str) -> Option<Response> {
    Some(Response::Text(typed.to_owned()))
}

fn truth(value: bool) -> Option<Response> {
    Some(Response::TrueFalse(value))
}

/// A matching answer: each pair id to the pair id chosen for it.
fn matched(chosen: [(&str, &str); 3]) -> Option<Response> {
    let map: BTreeMap<String, String> = chosen
        .into_iter()
        .map(|(left, right)| (left.to_owned(), right.to_owned()))
        .collect();
    Some(Response::Matching(map))
}

/// Six learners' first attempts (scores 6, 5, 2, 4, 1 and 3 of 6) and a second,
/// all-wrong attempt by the first learner, given first to check the ordering.
fn fixed_attempts() -> Vec<AnsweredAttempt> {
    let all = [("p1", "p1"), ("p2", "p2"), ("p3", "p3")];
    vec![
        attempt(
            "l1",
            900,
            vec![
                ("q1", choice("b")),
                ("q2", truth(false)),
                ("q3", text("Paris")),
                ("q4", matched([("p1", "p2"), ("p2", "p3"), ("p3", "p1")])),
            ],
        ),
        attempt(
            "l1",
            100,
            vec![
                ("q1", choice("a")),
                ("q2", truth(true)),
                ("q3", text("Geneva")),
                ("q4", matched(all)),
            ],
        ),
        attempt(
            "l2",
            110,
            vec![
                ("q1", choice("a")),
                ("q2", truth(true)),
                ("q3", text(" geneva ")),
                ("q4", matched([("p1", "p1"), ("p2", "p2"), ("p3", "p2")])),
            ],
        ),
        attempt(
            "l3",
            120,
            vec![
                ("q1", choice("b")),
                ("q2", truth(true)),
                ("q3", text("Bern")),
                ("q4", matched([("p1", "p1"), ("p2", "p3"), ("p3", "p2")])),
            ],
        ),
        attempt(
            "l4",
            130,
            vec![
                ("q1", choice("a")),
                ("q2", truth(false)),
                ("q3", text("Geneve")),
                ("q4", matched(all)),
            ],
        ),
        attempt(
            "l5",
            140,
            vec![
                ("q1", choice("c")),
                ("q2", truth(true)),
                ("q3", text("bern")),
                ("q4", matched([("p1", "p2"), ("p2", "p3"), ("p3", "p1")])),
            ],
        ),
        attempt(
            "l6",
            150,
            vec![
                ("q1", choice("a")),
                ("q2", truth(true)),
                ("q3", None),
                ("q4", matched([("p1", "p1"), ("p2", "p3"), ("p3", "p2")])),
            ],
        ),
    ]
}

fn question<'a>(analysis: &'a QuizAnalysis, id: &str) -> &'a QuestionAnalysis {
    analysis
        .questions
        .iter()
        .find(|question| question.question_id == id)
        .unwrap()
}

#[test]
fn first_attempts_match_the_hand_computed_figures() {
    let analysis = analyse_quiz(&fixed_quiz(), &fixed_attempts(), AttemptScope::First);
    assert_eq!(analysis.attempts, 6);
    assert_eq!(analysis.unreadable, 0);
    close(analysis.mean, 0.583_333_333_333_333_4);
    close(analysis.median, 0.583_333_333_333_333_3);
    close(analysis.sd, 0.311_804_782_231_161_8);
    close(analysis.pass_rate, 0.666_666_666_666_666_6);
    close(analysis.alpha, 0.507_936_507_936_508);
    assert_eq!(analysis.distribution, vec![0, 1, 0, 1, 0, 1, 1, 0, 1, 1]);

    let expected = [
        (
            "q1",
            0.666_666_666_666_666_6,
            0.516_397_779_494_322_3,
            0.701_646_415_445_623_3,
        ),
        (
            "q2",
            0.833_333_333_333_333_4,
            0.408_248_290_463_863,
            -0.332_181_919_414_959_9,
        ),
        (
            "q3",
            0.333_333_333_333_333_3,
            0.516_397_779_494_322_3,
            0.701_646_415_445_623_3,
        ),
        (
            "q4",
            0.555_555_555_555_555_6,
            0.403_686_713_879_665_54,
            0.447_914_008_764_683_4,
        ),
    ];
    for (id, facility, sd, discrimination) in expected {
        let figures = question(&analysis, id);
        assert_eq!(figures.drawn, 6, "{id}");
        assert!(!figures.too_few, "{id}");
        close(figures.facility, facility);
        close(figures.sd, sd);
        close(figures.discrimination, discrimination);
    }

    let q1 = question(&analysis, "q1");
    let picks: Vec<(&str, usize)> = q1
        .options
        .iter()
        .map(|option| (option.option_id.as_str(), option.picked))
        .collect();
    assert_eq!(picks, [("a", 4), ("b", 1), ("c", 1), ("d", 0)]);
    close(Some(q1.options[0].share), 4.0 / 6.0);
    assert_eq!(q1.flags, [Flag::UnpickedWrongOption]);

    let q2 = question(&analysis, "q2");
    assert_eq!(q2.flags, [Flag::CheckAnswerKey]);
    assert_eq!((q2.options[0].picked, q2.options[1].picked), (5, 1));
    assert!(q2.options[0].correct && !q2.options[1].correct);

    let q3 = question(&analysis, "q3");
    assert_eq!(q3.answered, 5);
    let wrong: Vec<(&str, usize)> = q3
        .wrong_answers
        .iter()
        .map(|wrong| (wrong.answer.as_str(), wrong.count))
        .collect();
    assert_eq!(wrong, [("Bern", 2), ("Geneve", 1)]);
    assert!(q3.flags.is_empty(), "a facility of 1/3 is not below 0.3");

    let q4 = question(&analysis, "q4");
    let spread: Vec<(f64, usize)> = q4
        .partial_scores
        .iter()
        .map(|share| (share.score, share.count))
        .collect();
    assert_eq!(spread.len(), 4);
    for ((score, count), (want_score, want_count)) in
        spread
            .into_iter()
            .zip([(0.0, 1), (1.0 / 3.0, 2), (2.0 / 3.0, 1), (1.0, 2)])
    {
        close(Some(score), want_score);
        assert_eq!(count, want_count);
    }
    assert!(q4.flags.is_empty());
}

#[test]
fn all_attempts_count_every_submitted_attempt() {
    let analysis = analyse_quiz(&fixed_quiz(), &fixed_attempts(), AttemptScope::All);
    assert_eq!(analysis.attempts, 7);
    close(analysis.mean, 0.5);
    close(analysis.median, 0.5);
    close(analysis.sd, 0.360_041_149_911_547_8);
    close(analysis.pass_rate, 0.571_428_571_428_571_4);
    close(analysis.alpha, 0.653_061_224_489_795_9);
    assert_eq!(analysis.distribution, vec![1, 1, 0, 1, 0, 1, 1, 0, 1, 1]);
    let q2 = question(&analysis, "q2");
    close(q2.discrimination, 0.094_809_092_627_995_43);
    assert_eq!(q2.flags, [Flag::DoesNotSeparate]);
    let q3 = question(&analysis, "q3");
    close(q3.facility, 0.285_714_285_714_285_7);
    close(q3.discrimination, 0.677_907_680_683_300_4);
    assert_eq!(q3.flags, [Flag::VeryHard]);
    close(
        question(&analysis, "q4").discrimination,
        0.610_590_984_835_615_7,
    );
}

/// A pool of three true/false questions, two drawn per attempt.
fn drawn_quiz() -> Quiz {
    let questions: Vec<_> = ["t1", "t2", "t3"]
        .iter()
        .map(|id| json!({"id": id, "kind": "true_false", "prompt": "True?", "answer": true}))
        .collect();
    serde_json::from_value(json!({
        "id": "drawn", "title": "Drawn", "pass_mark": 0.5, "draw": 2, "questions": questions
    }))
    .unwrap()
}

#[test]
fn drawn_questions_are_analysed_over_the_attempts_that_drew_them() {
    let asked = [
        [("t1", true), ("t2", true)],
        [("t1", true), ("t3", false)],
        [("t2", false), ("t3", false)],
        [("t1", false), ("t2", true)],
        [("t2", true), ("t3", true)],
        [("t1", true), ("t3", true)],
        [("t3", false), ("t1", false)],
    ];
    let attempts: Vec<AnsweredAttempt> = asked
        .iter()
        .enumerate()
        .map(|(n, pair)| {
            attempt(
                &format!("l{n}"),
                n as i64,
                pair.iter()
                    .map(|(id, value)| (*id, truth(*value)))
                    .collect(),
            )
        })
        .collect();
    let analysis = analyse_quiz(&drawn_quiz(), &attempts, AttemptScope::First);
    assert_eq!(analysis.attempts, 7);
    close(analysis.mean, 0.571_428_571_428_571_4);
    close(analysis.median, 0.5);
    close(analysis.sd, 0.449_867_705_421_218_7);
    close(analysis.pass_rate, 0.714_285_714_285_714_3);
    // Items are the positions in the attempt (first asked, second asked).
    close(analysis.alpha, 0.588_235_294_117_647_2);
    assert_eq!(analysis.distribution, vec![2, 0, 0, 0, 0, 2, 0, 0, 0, 3]);

    let t1 = question(&analysis, "t1");
    assert_eq!(t1.drawn, 5);
    close(t1.facility, 0.6);
    close(t1.sd, 0.547_722_557_505_166_1);
    close(t1.discrimination, 0.166_666_666_666_666_69);
    assert_eq!(t1.flags, [Flag::DoesNotSeparate]);

    let t2 = question(&analysis, "t2");
    assert_eq!(t2.drawn, 4);
    assert!(t2.too_few);
    close(t2.facility, 0.75);
    close(t2.sd, 0.5);
    close(t2.discrimination, 0.577_350_269_189_625_8);
    assert!(t2.flags.is_empty(), "too few answers raise no flags");

    let t3 = question(&analysis, "t3");
    assert_eq!(t3.drawn, 5);
    close(t3.facility, 0.4);
    close(t3.discrimination, 0.666_666_666_666_666_5);
    assert!(t3.flags.is_empty());
}

#[test]
fn a_question_everyone_gets_right_is_very_easy_and_cannot_discriminate() {
    let attempts: Vec<AnsweredAttempt> = (0..5)
        .map(|n| {
            attempt(
                &format!("l{n}"),
                0,
                vec![("t1", truth(true)), ("t2", truth(n % 2 == 0))],
            )
        })
        .collect();
    let analysis = analyse_quiz(&drawn_quiz(), &attempts, AttemptScope::First);
    let t1 = question(&analysis, "t1");
    close(t1.facility, 1.0);
    close(t1.sd, 0.0);
    assert_eq!(
        t1.discrimination, None,
        "a score that never varies correlates with nothing"
    );
    assert_eq!(t1.flags, [Flag::VeryEasy]);
    let t3 = question(&analysis, "t3");
    assert_eq!((t3.drawn, t3.facility), (0, None));
}

#[test]
fn an_answer_that_no_longer_fits_its_question_leaves_the_attempt_out() {
    let mut attempts = fixed_attempts();
    attempts.push(attempt("l9", 0, vec![("q1", choice("gone"))]));
    let analysis = analyse_quiz(&fixed_quiz(), &attempts, AttemptScope::First);
    assert_eq!((analysis.attempts, analysis.unreadable), (6, 1));
}
