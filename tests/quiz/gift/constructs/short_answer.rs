//! Short answers: accepted answers, feedback, and partial credit.

use super::{import, notes, only_question};
use serde_json::json;

#[test]
fn equals_answers_make_a_short_answer() {
    let question = only_question("Who's buried in Grant's tomb?{=no one =nobody}");
    assert_eq!(
        question,
        json!({"id": "q1", "kind": "short_answer", "prompt": "Who's buried in Grant's tomb?",
               "points": 1.0, "accepted": ["no one", "nobody"]})
    );
    let bare = only_question("1 + 2 \\= {3}");
    assert_eq!(bare["prompt"], "1 + 2 =");
    assert_eq!(bare["accepted"], json!(["3"]));
}

#[test]
fn short_answer_feedback_partial_answers_and_the_catch_all() {
    let import = import(
        "Capital of France? {\n\
         =Paris # Yes, Paris.\n\
         =%100%paris # Yes.\n\
         =%50%Lyon # Close, but no.\n\
         =%0%* # Look at a map.\n}",
    );
    assert_eq!(
        super::question_json(&import.quiz.questions[0]),
        json!({
            "id": "q1", "kind": "short_answer", "prompt": "Capital of France?", "points": 1.0,
            "accepted": ["Paris", "paris"],
            "partial_credit": [{"credit": 0.5, "text": "Lyon"}],
            "feedback": {"correct": "Yes, Paris.", "incorrect": "Look at a map."}
        })
    );
    assert_eq!(
        notes(&import),
        [
            "the feedback of the partly right answer (50%) is left out: Fieldcourse shows one message for every partly right answer",
            "the right answers have 2 different feedback texts; only the first is kept, for every right answer"
        ]
    );
}

#[test]
fn weighted_short_answers_earn_partial_credit() {
    let import = import("Which animal says meow? {=cat =%50%kitten =%0%dog}");
    assert_eq!(
        super::question_json(&import.quiz.questions[0]),
        json!({
            "id": "q1", "kind": "short_answer", "prompt": "Which animal says meow?", "points": 1.0,
            "accepted": ["cat"],
            "partial_credit": [{"credit": 0.5, "text": "kitten"}]
        })
    );
    assert_eq!(
        notes(&import),
        [
            "the answer `dog` (0%) is left out: it earns no points, and any answer not listed earns none"
        ]
    );
}
