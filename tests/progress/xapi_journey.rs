//! A learner journey that produces every kind of learning record Fieldcourse
//! writes, shared by the outbox, sync and LRS tests.

use crate::common::*;
use fieldcourse::course::Course;
use fieldcourse::progress::{
    AttemptOutcome, CourseVersion, LearnerSession, NewCertificate, Timestamp,
};
use serde_json::{Value, json};

/// The test course with an activity base and a quiz asking every question kind.
pub fn xapi_course() -> Course {
    let mut value = course_json();
    value["xapi"] = json!({"activity_base": "https://training.example.org/xapi/"});
    value["modules"][1]["quiz"]["questions"] = json!([
        {"id": "k-single", "kind": "single_choice", "prompt": "Pick one",
         "options": [{"id": "s-a", "text": "A", "correct": true}, {"id": "s-b", "text": "B"}]},
        {"id": "k-multi", "kind": "multiple_choice", "prompt": "Pick some", "points": 2,
         "options": [{"id": "m-a", "text": "A", "correct": true}, {"id": "m-b", "text": "B", "correct": true},
                     {"id": "m-c", "text": "C"}]},
        {"id": "k-tf", "kind": "true_false", "prompt": "True?", "answer": false},
        {"id": "k-match", "kind": "matching", "prompt": "Match",
         "pairs": [{"id": "p1", "left": "Cat", "right": "Meow"}, {"id": "p2", "left": "Dog", "right": "Woof"}]},
        {"id": "k-order", "kind": "ordering", "prompt": "Order",
         "items": [{"id": "o1", "text": "First"}, {"id": "o2", "text": "Second"}]},
        {"id": "k-short", "kind": "short_answer", "prompt": "Capital of France?",
         "accepted": ["Paris"], "case_sensitive": true},
        {"id": "k-num", "kind": "numeric", "prompt": "How many?", "value": 10, "tolerance": 0.5},
        {"id": "k-range", "kind": "numeric", "prompt": "Between?", "min": 1, "max": 3}
    ]);
    serde_json::from_value(value).unwrap()
}

/// The verbs the journey's statements use, in order.
pub const JOURNEY_VERBS: [&str; 17] = [
    "initialized",
    "completed", // l1
    "answered",
    "answered",
    "failed", // quiz1, first try
    "answered",
    "answered",
    "answered",
    "answered",
    "answered",
    "answered",
    "answered",
    "answered",
    "passed",    // quiz2
    "completed", // the course
    "earned",
    "answered", // a final assessment answer without points
];

/// Takes a learner through every kind of action that writes a statement.
pub fn journey(session: &LearnerSession<'_>, version: &CourseVersion) {
    session.open_lesson(version, "l1").unwrap();
    session.add_lesson_time(version, "l1", 95).unwrap();
    session.complete_lesson(version, "l1").unwrap();
    session.complete_lesson(version, "l1").unwrap(); // no second record
    let first = session
        .start_attempt(version, "quiz1", 1, &json!({"questions": ["quiz1-q1"]}))
        .unwrap();
    session
        .record_answer(
            first,
            "quiz1-q1",
            &json!({"kind": "true_false", "value": false}),
            Some(0.0),
        )
        .unwrap();
    session
        .record_answer(
            first,
            "quiz1-q2",
            &json!({"kind": "choice", "value": ["quiz1-q2-a"]}),
            Some(1.0),
        )
        .unwrap();
    let outcome = AttemptOutcome {
        points: 1.0,
        max_points: 2.0,
        score: 0.5,
        passed: false,
    };
    session.finish_attempt(first, &outcome).unwrap();
    let second = session
        .start_attempt(version, "quiz2", 2, &json!({"questions": []}))
        .unwrap();
    let answers: [(&str, Value, f64); 8] = [
        ("k-single", json!({"kind": "choice", "value": ["s-a"]}), 1.0),
        (
            "k-multi",
            json!({"kind": "choice", "value": ["m-a", "m-b"]}),
            2.0,
        ),
        ("k-tf", json!({"kind": "true_false", "value": false}), 1.0),
        (
            "k-match",
            json!({"kind": "matching", "value": {"p1": "p1", "p2": "p2"}}),
            1.0,
        ),
        (
            "k-order",
            json!({"kind": "ordering", "value": ["o2", "o1"]}),
            0.0,
        ),
        ("k-short", json!({"kind": "text", "value": "Paris"}), 1.0),
        ("k-num", json!({"kind": "number", "value": 10.25}), 1.0),
        ("k-range", json!({"kind": "number", "value": 2}), 1.0),
    ];
    for (question, answer, points) in answers {
        session
            .record_answer(second, question, &answer, Some(points))
            .unwrap();
    }
    let outcome = AttemptOutcome {
        points: 8.0,
        max_points: 9.0,
        score: 8.0 / 9.0,
        passed: true,
    };
    session.finish_attempt(second, &outcome).unwrap();
    let certificate = NewCertificate {
        id: format!("FC-TEST-{}", session.id()),
        name_on_certificate: "Amina Fullname".to_owned(),
        credential: None,
    };
    session
        .record_completion(version, Some(&certificate), Timestamp::now())
        .unwrap();
    // No second record, of either.
    session
        .record_completion(version, Some(&certificate), Timestamp::now())
        .unwrap();
    let last = session
        .start_attempt(version, "final", 3, &json!({"questions": []}))
        .unwrap();
    session
        .record_answer(
            last,
            "final-q1",
            &json!({"kind": "true_false", "value": true}),
            None,
        )
        .unwrap();
}

/// The verb word of a statement (the end of its IRI).
pub fn verb(statement: &Value) -> &str {
    statement["verb"]["display"]["en-US"].as_str().unwrap()
}
