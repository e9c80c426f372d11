//! Planning, answering, submitting and judging attempts; properties of grading.

use crate::common::*;
use fieldcourse::course::{Question, QuestionKind, Scoring};
use fieldcourse::quiz::{
    AnswerKey, Attempt, AttemptSummary, NextStep, Response, feedback_now, grade, plan_attempt,
    quiz_status, review_shows_answers,
};
use proptest::prelude::*;
use serde_json::json;
use std::collections::{BTreeMap, HashSet};

fn ids(plan: &fieldcourse::quiz::AttemptPlan) -> Vec<String> {
    plan.questions
        .iter()
        .map(|q| q.question_id.clone())
        .collect()
}

#[test]
fn an_attempt_draws_the_set_number_of_questions() {
    let quiz = quiz_of(7, json!({"draw": 5, "shuffle_questions": true}));
    let plan = plan_attempt(&quiz, 42, &[]);
    assert_eq!(plan.questions.len(), 5);
    assert_eq!(plan.seed, 42);
    let all = plan_attempt(&quiz_of(4, json!({})), 1, &[]);
    assert_eq!(
        ids(&all),
        ["q0", "q1", "q2", "q3"],
        "no draw: every question, in file order"
    );
}

#[test]
fn a_retry_avoids_the_previous_questions_while_the_pool_allows() {
    let quiz = quiz_of(10, json!({"draw": 5}));
    let first = plan_attempt(&quiz, 7, &[]);
    let second = plan_attempt(&quiz, 8, &ids(&first));
    let overlap: HashSet<String> = ids(&first)
        .into_iter()
        .filter(|id| ids(&second).contains(id))
        .collect();
    assert!(
        overlap.is_empty(),
        "10 questions allow two disjoint draws of 5: {overlap:?}"
    );
    let small = quiz_of(7, json!({"draw": 5}));
    let first = plan_attempt(&small, 7, &[]);
    let second = plan_attempt(&small, 8, &ids(&first));
    let fresh = ids(&second)
        .iter()
        .filter(|id| !ids(&first).contains(id))
        .count();
    assert_eq!(fresh, 2, "both unseen questions are used before repeats");
}

#[test]
fn matching_and_ordering_are_never_shown_in_answer_order() {
    let quiz = mixed_quiz(false);
    for seed in 0..200 {
        let plan = plan_attempt(&quiz, seed, &[]);
        for planned in &plan.questions {
            let question = quiz
                .questions
                .iter()
                .find(|q| q.id == planned.question_id)
                .unwrap();
            match question.kind {
                QuestionKind::Matching => assert_ne!(planned.order, ["p1", "p2", "p3", "p4"]),
                QuestionKind::Ordering => assert_ne!(planned.order, ["i1", "i2", "i3", "i4"]),
                QuestionKind::SingleChoice => {
                    assert_eq!(planned.order, ["a", "b", "c"], "shuffle_options is off")
                }
                _ => {}
            }
        }
    }
}

#[test]
fn answering_resuming_and_submitting() {
    let quiz = quiz_of(4, json!({"pass_mark": 0.75}));
    let mut attempt = Attempt::new(plan_attempt(&quiz, 3, &[]));
    assert_eq!(attempt.resume_position(), Some(0));
    let outcome = attempt
        .answer(&quiz, "q0", Response::TrueFalse(true))
        .unwrap();
    assert_eq!(outcome.points, 1.0);
    attempt
        .answer(&quiz, "q1", Response::TrueFalse(false))
        .unwrap();
    // A saved attempt comes back as it was: resume at the first unanswered question.
    let saved = serde_json::to_string(&attempt).unwrap();
    let mut resumed: Attempt = serde_json::from_str(&saved).unwrap();
    assert_eq!(resumed, attempt);
    assert_eq!(resumed.resume_position(), Some(2));
    assert_eq!(resumed.unanswered(), ["q2", "q3"]);
    resumed
        .answer(&quiz, "q1", Response::TrueFalse(true))
        .unwrap();
    resumed
        .answer(&quiz, "q2", Response::TrueFalse(true))
        .unwrap();
    let result = resumed.submit(&quiz).unwrap();
    assert_eq!(
        (result.points, result.max_points),
        (3.0, 4.0),
        "q3 unanswered scores 0"
    );
    assert_eq!(result.score, 0.75);
    assert!(result.passed, "exactly the pass mark passes");
    assert_eq!(result.outcomes.len(), 4);
    assert!(
        resumed
            .answer(&quiz, "not-here", Response::TrueFalse(true))
            .is_err()
    );
}

#[test]
fn a_question_outside_the_draw_cannot_be_answered() {
    let quiz = quiz_of(6, json!({"draw": 2}));
    let mut attempt = Attempt::new(plan_attempt(&quiz, 9, &[]));
    let outside = quiz
        .questions
        .iter()
        .find(|q| !ids(&attempt.plan).contains(&q.id))
        .unwrap();
    assert!(
        attempt
            .answer(&quiz, &outside.id, Response::TrueFalse(true))
            .is_err()
    );
}

#[test]
fn the_best_attempt_is_the_score_and_a_pass_stays_a_pass() {
    let quiz = quiz_of(1, json!({"max_attempts": 3}));
    let done = |score: f64| AttemptSummary {
        score,
        passed: score >= 0.7,
        finished: true,
    };
    let status = quiz_status(&quiz, &[]);
    assert_eq!(
        (status.attempts_used, status.attempts_left, status.next),
        (0, Some(3), NextStep::Start)
    );
    assert_eq!(status.best_score, None);
    let status = quiz_status(&quiz, &[done(0.8), done(0.4)]);
    assert_eq!(status.best_score, Some(0.8));
    assert!(status.passed, "a later failed attempt does not undo a pass");
    assert_eq!(status.attempts_left, Some(1));
    let unfinished = AttemptSummary {
        score: 0.0,
        passed: false,
        finished: false,
    };
    assert_eq!(
        quiz_status(&quiz, &[done(0.2), unfinished]).next,
        NextStep::Resume
    );
    let status = quiz_status(&quiz, &[done(0.2), done(0.3), done(0.5)]);
    assert_eq!(
        (status.next, status.passed),
        (NextStep::NoAttemptsLeft, false)
    );
    assert_eq!(
        quiz_status(&quiz_of(1, json!({})), &[done(0.1); 9]).next,
        NextStep::Start,
        "unlimited"
    );
}

#[test]
fn feedback_timing_follows_the_quiz() {
    assert!(feedback_now(&quiz_of(1, json!({"feedback": "immediate"}))));
    assert!(!feedback_now(&quiz_of(
        1,
        json!({"feedback": "after_submit"})
    )));
    assert!(review_shows_answers(&quiz_of(
        1,
        json!({"feedback": "after_submit"})
    )));
    assert!(!review_shows_answers(&quiz_of(
        1,
        json!({"feedback": "never"})
    )));
}

/// A response to `question` built from arbitrary picks among its ids (and one stranger).
fn response_from(question: &Question, picks: &[usize], number: f64, flag: bool) -> Response {
    let pool: Vec<String> = match &question.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => question
            .options
            .iter()
            .flatten()
            .map(|o| o.id.clone())
            .collect(),
        QuestionKind::Matching => question
            .pairs
            .iter()
            .flatten()
            .map(|p| p.id.clone())
            .collect(),
        _ => question
            .items
            .iter()
            .flatten()
            .map(|i| i.id.clone())
            .collect(),
    };
    let chosen: Vec<String> = picks
        .iter()
        .filter_map(|p| pool.get(p % pool.len().max(1)).cloned())
        .collect();
    match question.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => Response::Choice(chosen),
        QuestionKind::Matching => Response::Matching(
            pool.iter()
                .cloned()
                .zip(chosen.iter().cloned().cycle())
                .collect::<BTreeMap<_, _>>(),
        ),
        QuestionKind::Ordering => Response::Ordering(chosen),
        QuestionKind::TrueFalse => Response::TrueFalse(flag),
        QuestionKind::Numeric => Response::Number(number),
        QuestionKind::ShortAnswer => Response::Text(format!("{number}")),
    }
}

fn full_marks(question: &Question) -> Response {
    match AnswerKey::of(question).unwrap() {
        AnswerKey::Options { correct } => Response::Choice(correct),
        AnswerKey::TrueFalse { answer } => Response::TrueFalse(answer),
        AnswerKey::Pairs { pairs, .. } => {
            Response::Matching(pairs.iter().map(|p| (p.clone(), p.clone())).collect())
        }
        AnswerKey::Order { items } => Response::Ordering(items),
        AnswerKey::Accepted { answers, .. } => Response::Text(answers[0].clone()),
        AnswerKey::Number { value, .. } => Response::Number(value),
        AnswerKey::Range { min, max, .. } => Response::Number((min + max) / 2.0),
    }
}

fn all_kinds() -> Vec<Question> {
    vec![
        single_choice(),
        multiple_choice("partial"),
        multiple_choice("all_or_nothing"),
        matching("partial"),
        matching("all_or_nothing"),
        ordering("partial"),
        ordering("all_or_nothing"),
        question(json!({"id": "q", "kind": "true_false", "prompt": "?", "answer": true})),
        question(
            json!({"id": "q", "kind": "numeric", "prompt": "?", "value": 3.5, "tolerance": 0.5}),
        ),
        question(json!({"id": "q", "kind": "numeric", "prompt": "?", "min": -1, "max": 1})),
        question(json!({"id": "q", "kind": "short_answer", "prompt": "?", "accepted": ["refer"]})),
    ]
}

proptest! {
    #[test]
    fn the_score_stays_between_zero_and_max(
        which in 0usize..11,
        picks in prop::collection::vec(0usize..8, 0..10),
        number in any::<f64>(),
        flag in any::<bool>(),
        scoring in prop_oneof![Just(Scoring::AllOrNothing), Just(Scoring::Partial)],
    ) {
        let question = &all_kinds()[which];
        let response = response_from(question, &picks, number, flag);
        let outcome = grade(question, scoring, Some(&response)).unwrap();
        prop_assert!(outcome.points >= 0.0 && outcome.points <= outcome.max_points);
    }

    #[test]
    fn a_fully_correct_response_gets_max(which in 0usize..11, scoring in prop_oneof![Just(Scoring::AllOrNothing), Just(Scoring::Partial)]) {
        let question = &all_kinds()[which];
        let outcome = grade(question, scoring, Some(&full_marks(question))).unwrap();
        prop_assert_eq!(outcome.points, outcome.max_points);
    }

    #[test]
    fn plans_are_reproducible_permutations_without_repeats(
        seed in any::<u64>(),
        pool in 1usize..30,
        draw in 1u32..30,
        previous in prop::collection::vec(0usize..30, 0..10),
    ) {
        let quiz = quiz_of(pool, json!({"draw": draw.min(pool as u32), "shuffle_questions": true}));
        let previous: Vec<String> = previous.iter().map(|n| format!("q{n}")).collect();
        let plan = plan_attempt(&quiz, seed, &previous);
        prop_assert_eq!(&plan, &plan_attempt(&quiz, seed, &previous), "same seed, same plan");
        let drawn = ids(&plan);
        prop_assert_eq!(drawn.len(), (draw as usize).min(pool));
        let unique: HashSet<&String> = drawn.iter().collect();
        prop_assert_eq!(unique.len(), drawn.len(), "no question twice in one attempt");
    }

    #[test]
    fn shown_orders_are_permutations_of_the_parts(seed in any::<u64>(), shuffle_options in any::<bool>()) {
        let quiz = mixed_quiz(shuffle_options);
        for planned in plan_attempt(&quiz, seed, &[]).questions {
            let question = quiz.questions.iter().find(|q| q.id == planned.question_id).unwrap();
            let mut expected: Vec<String> = match question.kind {
                QuestionKind::SingleChoice => question.options.iter().flatten().map(|o| o.id.clone()).collect(),
                QuestionKind::Matching => question.pairs.iter().flatten().map(|p| p.id.clone()).collect(),
                _ => question.items.iter().flatten().map(|i| i.id.clone()).collect(),
            };
            let mut shown = planned.order.clone();
            expected.sort();
            shown.sort();
            prop_assert_eq!(shown, expected);
        }
    }
}
