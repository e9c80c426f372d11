//! Matching: `->` pairs, distractors, and matching that cannot be asked.

use super::{import, import_nothing, only_question};
use fieldcourse::quiz::gift::SkipReason;
use serde_json::json;

#[test]
fn arrows_make_a_matching_question() {
    let question = only_question(
        "::Capitals:: Match the countries with their capitals. {\n\
         =Canada -> Ottawa\n =Italy -> Rome\n =Japan -> Tokyo\n\
         ####Capitals are not always the largest cities.\n}",
    );
    assert_eq!(
        question,
        json!({
            "id": "capitals", "kind": "matching",
            "prompt": "Match the countries with their capitals.", "points": 1.0,
            "pairs": [
                {"id": "capitals-1", "left": "Canada", "right": "Ottawa"},
                {"id": "capitals-2", "left": "Italy", "right": "Rome"},
                {"id": "capitals-3", "left": "Japan", "right": "Tokyo"}
            ],
            "explanation": "Capitals are not always the largest cities."
        })
    );
}

#[test]
fn a_right_item_without_a_left_one_becomes_a_distractor() {
    let import = import("Match. {=cat -> cat food =dog -> dog food = -> bird seed}");
    assert_eq!(
        super::question_json(&import.quiz.questions[0]),
        json!({
            "id": "q1", "kind": "matching", "prompt": "Match.", "points": 1.0,
            "pairs": [
                {"id": "q1-1", "left": "cat", "right": "cat food"},
                {"id": "q1-2", "left": "dog", "right": "dog food"}
            ],
            "distractors": [{"id": "q1-x1", "text": "bird seed"}]
        })
    );
    assert!(import.notes.is_empty(), "{:?}", import.notes);
}

#[test]
fn matching_that_fieldcourse_cannot_ask_is_skipped() {
    let import = import_nothing(
        "Classify. {=cat -> mammal =dog -> mammal =trout -> fish}\n\n\
         Match. {=cat -> food = -> seed}",
    );
    let reasons: Vec<&SkipReason> = import.skipped.iter().map(|s| &s.reason).collect();
    assert_eq!(
        reasons,
        [
            &SkipReason::DuplicateRightItem {
                item: "mammal".to_owned()
            },
            &SkipReason::TooFewPairs { count: 1 }
        ]
    );
}
