//! Questions and quizzes to grade, built from the course format's JSON.

use fieldcourse::course::{Question, Quiz};
use serde_json::{Value, json};

pub fn question(value: Value) -> Question {
    serde_json::from_value(value).unwrap()
}

pub fn single_choice() -> Question {
    question(
        json!({"id": "q", "kind": "single_choice", "prompt": "Pick", "points": 2,
        "options": [
            {"id": "a", "text": "A", "correct": true, "feedback": "Yes, A."},
            {"id": "b", "text": "B", "feedback": "Not B."},
            {"id": "c", "text": "C"}
        ],
        "feedback": {"correct": "Well done.", "incorrect": "Not quite."},
        "explanation": "A is the one."}),
    )
}

pub fn multiple_choice(scoring: &str) -> Question {
    question(
        json!({"id": "q", "kind": "multiple_choice", "prompt": "Pick", "scoring": scoring,
        "options": [
            {"id": "a", "text": "A", "correct": true},
            {"id": "b", "text": "B", "correct": true},
            {"id": "c", "text": "C"},
            {"id": "d", "text": "D"}
        ],
        "feedback": {"correct": "All right.", "incorrect": "No.", "partly": "Some."}}),
    )
}

pub fn matching(scoring: &str) -> Question {
    question(
        json!({"id": "q", "kind": "matching", "prompt": "Match", "scoring": scoring, "points": 4,
        "pairs": [
            {"id": "p1", "left": "1", "right": "one"},
            {"id": "p2", "left": "2", "right": "two"},
            {"id": "p3", "left": "3", "right": "three"},
            {"id": "p4", "left": "4", "right": "four"}
        ]}),
    )
}

pub fn ordering(scoring: &str) -> Question {
    question(
        json!({"id": "q", "kind": "ordering", "prompt": "Order", "scoring": scoring,
        "items": [{"id": "i1", "text": "1"}, {"id": "i2", "text": "2"}, {"id": "i3", "text": "3"}, {"id": "i4", "text": "4"}]}),
    )
}

/// A quiz with `count` true/false questions (answer: true) and the given settings.
pub fn quiz_of(count: usize, settings: Value) -> Quiz {
    let questions: Vec<Value> = (0..count)
        .map(|n| json!({"id": format!("q{n}"), "kind": "true_false", "prompt": "True?", "answer": true}))
        .collect();
    let mut quiz = json!({"id": "quiz", "title": "Quiz", "pass_mark": 0.7, "questions": questions});
    if let (Value::Object(target), Value::Object(extra)) = (&mut quiz, settings) {
        target.extend(extra);
    }
    serde_json::from_value(quiz).unwrap()
}

/// A quiz whose questions are of every kind with options, to test shuffles.
pub fn mixed_quiz(shuffle_options: bool) -> Quiz {
    let mut quiz = quiz_of(
        0,
        json!({"shuffle_options": shuffle_options, "shuffle_questions": true}),
    );
    quiz.questions = vec![single_choice(), matching("partial"), ordering("partial")];
    for (index, question) in quiz.questions.iter_mut().enumerate() {
        question.id = format!("q{index}");
    }
    quiz
}
