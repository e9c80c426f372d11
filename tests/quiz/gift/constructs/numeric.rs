//! Numeric answers: a value with a tolerance, a range, and partial credit.

use super::{import, only_question};
use serde_json::json;

#[test]
fn numeric_with_tolerance_exact_and_range() {
    assert_eq!(
        only_question("When was Ulysses S. Grant born? {#1822:5}"),
        json!({"id": "q1", "kind": "numeric", "prompt": "When was Ulysses S. Grant born?",
               "points": 1.0, "value": 1822.0, "tolerance": 5.0})
    );
    assert_eq!(
        only_question("Two plus two? {#4}"),
        json!({"id": "q1", "kind": "numeric", "prompt": "Two plus two?", "points": 1.0, "value": 4.0})
    );
    assert_eq!(
        only_question("A number from -1.5 to 5? {#-1.5..5}"),
        json!({"id": "q1", "kind": "numeric", "prompt": "A number from -1.5 to 5?", "points": 1.0,
               "min": -1.5, "max": 5.0})
    );
}

#[test]
fn several_numeric_answers_keep_the_fully_right_one() {
    let import = import(
        "When was Grant born? {#\n\
         =%50%1822:2 # Close.\n\
         =1822:0 # Exactly.\n\
         ~ # Look it up.\n\
         ####He was born in 1822.\n}",
    );
    assert_eq!(
        super::question_json(&import.quiz.questions[0]),
        json!({
            "id": "q1", "kind": "numeric", "prompt": "When was Grant born?", "points": 1.0,
            "value": 1822.0, "tolerance": 0.0,
            "partial_credit": [{"credit": 0.5, "value": 1822.0, "tolerance": 2.0}],
            "feedback": {"correct": "Exactly.", "incorrect": "Look it up."},
            "explanation": "He was born in 1822."
        })
    );
    assert!(import.notes.is_empty(), "{:?}", import.notes);
}

#[test]
fn a_weighted_numeric_range_earns_partial_credit() {
    assert_eq!(
        only_question("Litres in a jerrycan? {#=20:0 =%25%18..22}"),
        json!({
            "id": "q1", "kind": "numeric", "prompt": "Litres in a jerrycan?", "points": 1.0,
            "value": 20.0, "tolerance": 0.0,
            "partial_credit": [{"credit": 0.25, "min": 18.0, "max": 22.0}]
        })
    );
}
