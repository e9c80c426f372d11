//! Whole GIFT files: a hand-written file with every construct, and a file in
//! the style of Moodle's own export.

use super::{assert_valid, fixture};
use fieldcourse::quiz::gift::{SkipReason, parse_gift};
use serde_json::json;

#[test]
fn a_file_with_every_construct() {
    let import = parse_gift(&fixture("every_kind.gift"), "every_kind.gift").unwrap();
    assert_valid(&import.quiz);
    assert_eq!(import.quiz.id, "every-kind");
    assert_eq!(import.quiz.title, "Water safety");
    let kinds: Vec<(&str, &str)> = import
        .quiz
        .questions
        .iter()
        .map(|question| (question.id.as_str(), question.kind.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("container", "single_choice"),
            ("habits", "multiple_choice"),
            ("boiling", "true_false"),
            ("ors", "short_answer"),
            ("match", "matching"),
            ("drops", "numeric"),
            ("temperature", "numeric"),
            ("q9", "single_choice"),
            ("escapes", "single_choice"),
            ("formatted", "true_false"),
        ]
    );
    let skipped: Vec<(usize, usize, &SkipReason)> = import
        .skipped
        .iter()
        .map(|skipped| (skipped.number, skipped.line, &skipped.reason))
        .collect();
    assert_eq!(
        skipped,
        [
            (8, 32, &SkipReason::Essay),
            (10, 36, &SkipReason::Description),
        ]
    );
    assert!(import.notes.is_empty(), "{:?}", import.notes);
    let missing_word = super::question_json(&import.quiz.questions[7]);
    assert_eq!(
        missing_word["prompt"],
        "Water is stored \\_\\_\\_\\_\\_ in a clean home."
    );
    let escapes = super::question_json(&import.quiz.questions[8]);
    assert_eq!(escapes["prompt"], "Which is written {like this}: a=b?");
    assert_eq!(
        escapes["options"],
        json!([
            {"id": "escapes-a", "text": "a=b", "correct": true},
            {"id": "escapes-b", "text": "a\\~b", "correct": false, "feedback": "tilde # hash"}
        ])
    );
    let temperature = super::question_json(&import.quiz.questions[6]);
    assert_eq!(temperature["min"], 1.0);
    assert_eq!(temperature["explanation"], "Between 1 and 5 degrees.");
    assert_eq!(
        import.quiz.questions[9].prompt,
        "Is **boiled** water safe to drink for a *day*?"
    );
}

#[test]
fn a_moodle_export_in_html() {
    let import = parse_gift(&fixture("moodle_export.gift"), "moodle_export.gift").unwrap();
    assert_valid(&import.quiz);
    assert_eq!(
        serde_json::to_value(&import.quiz).unwrap(),
        json!({
            "id": "moodle-export",
            "title": "Default for Water safety",
            "pass_mark": 0.7,
            "shuffle_questions": false,
            "shuffle_options": false,
            "feedback": "immediate",
            "scoring": "all_or_nothing",
            "questions": [
                {
                    "id": "storage-container", "kind": "single_choice", "points": 1.0,
                    "prompt": "Which container keeps drinking water **safest**?",
                    "options": [
                        {"id": "storage-container-a", "text": "A covered jerrycan with a tap",
                         "correct": true, "feedback": "Right: a lid keeps dirt out."},
                        {"id": "storage-container-b", "text": "An open bucket", "correct": false,
                         "feedback": "Hands carry germs into it."},
                        {"id": "storage-container-c", "text": "A used oil bottle", "correct": false}
                    ],
                    "explanation": "Covered containers with a tap stop hands from touching the water."
                },
                {
                    "id": "boiling", "kind": "true_false", "points": 1.0,
                    "prompt": "Boiling water for one minute kills most germs.",
                    "answer": true,
                    "feedback": {"correct": "Correct.", "incorrect": "It does: one minute at a rolling boil."}
                },
                {
                    "id": "chlorine-dose", "kind": "numeric", "points": 1.0,
                    "prompt": "How many drops of 1\u{a0}% chlorine per litre?",
                    "value": 2.0, "tolerance": 0.0,
                    "partial_credit": [{"credit": 0.5, "value": 2.0, "tolerance": 1.0}],
                    "feedback": {"correct": "Two drops."}
                },
                {
                    "id": "signs", "kind": "matching", "points": 1.0,
                    "prompt": "Match each sign with its meaning.",
                    "pairs": [
                        {"id": "signs-1", "left": "Sunken eyes", "right": "Dehydration"},
                        {"id": "signs-2", "left": "Fever", "right": "Infection"},
                        {"id": "signs-3", "left": "Cough", "right": "Respiratory illness"}
                    ]
                }
            ]
        })
    );
    assert!(import.notes.is_empty(), "{:?}", import.notes);
    let skipped: Vec<String> = import.skipped.iter().map(ToString::to_string).collect();
    assert_eq!(
        skipped,
        [
            "line 36: question 5 (`Case`) skipped: it is a description (text with no answer block), and Fieldcourse quizzes hold only questions",
            "line 40: question 6 (`Essay`) skipped: it is an essay question (an empty answer block `{}`), which a person must grade; Fieldcourse grades every question itself"
        ]
    );
}
