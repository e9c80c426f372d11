//! Quiz attempts: stored as the engine decides them, answer by answer.

use crate::common::*;
use fieldcourse::progress::{AttemptId, AttemptOutcome, Error};
use serde_json::json;

fn outcome(score: f64, passed: bool) -> AttemptOutcome {
    AttemptOutcome {
        points: score * 4.0,
        max_points: 4.0,
        score,
        passed,
    }
}

#[test]
fn an_attempt_keeps_its_seed_layout_answers_and_score() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    let layout = json!({"questions": [
        {"id": "quiz1-q2", "order": ["quiz1-q2-b", "quiz1-q2-a"]},
        {"id": "quiz1-q1", "order": []}
    ]});
    let attempt = session
        .start_attempt(&version, "quiz1", u64::MAX, &layout)
        .unwrap();
    let first = session
        .record_answer(
            attempt,
            "quiz1-q2",
            &json!({"choice": "quiz1-q2-b"}),
            Some(0.0),
        )
        .unwrap();
    // A changed answer is kept beside the first, in order.
    let second = session
        .record_answer(
            attempt,
            "quiz1-q2",
            &json!({"choice": "quiz1-q2-a"}),
            Some(1.0),
        )
        .unwrap();
    session
        .record_answer(attempt, "quiz1-q1", &json!({"value": true}), None)
        .unwrap();
    assert!(second > first);

    let open = session
        .open_attempt("field-safety", "quiz1")
        .unwrap()
        .unwrap();
    assert_eq!(open.id, attempt);
    assert_eq!(open.seed, u64::MAX);
    assert_eq!(open.layout, layout);
    assert_eq!(open.outcome, None);

    session
        .finish_attempt(attempt, &outcome(0.75, true))
        .unwrap();
    let stored = session.attempt(attempt).unwrap();
    assert_eq!(stored.outcome, Some(outcome(0.75, true)));
    assert!(stored.finished_at.is_some());
    assert_eq!(stored.course_version, "1.0.0");
    assert_eq!(session.open_attempt("field-safety", "quiz1").unwrap(), None);

    let answers = session.answers(attempt).unwrap();
    let given: Vec<_> = answers
        .iter()
        .map(|a| (a.question_id.as_str(), a.answer.clone(), a.points))
        .collect();
    assert_eq!(
        given,
        [
            ("quiz1-q2", json!({"choice": "quiz1-q2-b"}), Some(0.0)),
            ("quiz1-q2", json!({"choice": "quiz1-q2-a"}), Some(1.0)),
            ("quiz1-q1", json!({"value": true}), None),
        ]
    );
}

#[test]
fn a_submitted_attempt_takes_no_more_answers_and_is_submitted_once() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    let attempt = session
        .start_attempt(&version, "final", 7, &json!([]))
        .unwrap();
    session
        .finish_attempt(attempt, &outcome(0.5, false))
        .unwrap();
    let late = session
        .record_answer(attempt, "final-q1", &json!(true), None)
        .unwrap_err();
    assert!(matches!(late, Error::AttemptFinished { .. }), "{late:?}");
    assert!(late.to_string().contains("start a new attempt"));
    assert!(matches!(
        session.finish_attempt(attempt, &outcome(1.0, true)),
        Err(Error::AttemptFinished { .. })
    ));
    assert_eq!(
        session.attempt(attempt).unwrap().outcome,
        Some(outcome(0.5, false))
    );
}

#[test]
fn a_learner_cannot_touch_another_learners_attempt() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let amina = fixture.learner("Amina");
    let bilal = fixture.learner("Bilal");
    let attempt = amina
        .start_attempt(&version, "quiz1", 1, &json!([]))
        .unwrap();
    assert!(matches!(
        bilal.record_answer(attempt, "quiz1-q1", &json!(false), None),
        Err(Error::AttemptNotFound { .. })
    ));
    assert!(matches!(
        bilal.finish_attempt(attempt, &outcome(1.0, true)),
        Err(Error::AttemptNotFound { .. })
    ));
    assert!(matches!(
        bilal.attempt(attempt),
        Err(Error::AttemptNotFound { .. })
    ));
    assert!(bilal.answers(attempt).unwrap().is_empty());
    assert!(matches!(
        amina.record_answer(AttemptId(9_999), "quiz1-q1", &json!(false), None),
        Err(Error::AttemptNotFound { .. })
    ));
    assert_eq!(fixture.count("SELECT count(*) FROM quiz_answers"), 0);
}

#[test]
fn impossible_outcomes_and_unknown_quizzes_are_refused() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    assert!(matches!(
        session.start_attempt(&version, "quiz9", 1, &json!([])),
        Err(Error::NotInCourse { .. })
    ));
    let attempt = session
        .start_attempt(&version, "quiz2", 1, &json!([]))
        .unwrap();
    for bad in [
        AttemptOutcome {
            points: 5.0,
            max_points: 4.0,
            score: 1.0,
            passed: true,
        },
        AttemptOutcome {
            points: 1.0,
            max_points: 4.0,
            score: 1.5,
            passed: true,
        },
        AttemptOutcome {
            points: f64::NAN,
            max_points: 4.0,
            score: 0.5,
            passed: false,
        },
    ] {
        assert!(matches!(
            session.finish_attempt(attempt, &bad),
            Err(Error::InvalidInput { .. })
        ));
    }
    assert_eq!(session.attempt(attempt).unwrap().outcome, None);
}

#[test]
fn attempts_are_listed_per_quiz_and_per_course() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    for quiz in ["quiz1", "quiz1", "quiz2"] {
        session
            .start_attempt(&version, quiz, 3, &json!([]))
            .unwrap();
    }
    assert_eq!(session.attempts("field-safety", "quiz1").unwrap().len(), 2);
    assert_eq!(session.course_attempts("field-safety").unwrap().len(), 3);
    assert!(session.course_attempts("other").unwrap().is_empty());
}
