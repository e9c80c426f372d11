//! True/false: its four spellings, its feedback, and a lowercase `true`.

use super::{import, notes, only_question};
use serde_json::json;

#[test]
fn true_false_in_all_four_spellings() {
    for (written, answer) in [("T", true), ("TRUE", true), ("F", false), ("FALSE", false)] {
        let question = only_question(&format!("The sky is green. {{{written}}}"));
        assert_eq!(
            question,
            json!({"id": "q1", "kind": "true_false", "prompt": "The sky is green.", "points": 1.0,
                   "answer": answer}),
            "{written}"
        );
    }
}

#[test]
fn true_false_feedback_is_for_a_wrong_then_a_right_answer() {
    let question = only_question(
        "Boiling for one minute kills most germs.{TRUE#No: it does.#Yes.####One minute at a rolling boil.}",
    );
    assert_eq!(
        question,
        json!({
            "id": "q1", "kind": "true_false", "prompt": "Boiling for one minute kills most germs.",
            "points": 1.0, "answer": true,
            "feedback": {"correct": "Yes.", "incorrect": "No: it does."},
            "explanation": "One minute at a rolling boil."
        })
    );
    let only_wrong = only_question("Lead is safe. {F # It is poison.}");
    assert_eq!(
        only_wrong["feedback"],
        json!({"incorrect": "It is poison."})
    );
}

#[test]
fn lowercase_true_is_a_short_answer_as_in_moodle_with_a_note() {
    let import = import("Is it? {true}");
    let question = super::question_json(&import.quiz.questions[0]);
    assert_eq!(question["kind"], "short_answer");
    assert_eq!(question["accepted"], json!(["true"]));
    assert_eq!(
        notes(&import),
        [
            "`{true}` is a short answer that accepts the word `true`, as in Moodle; for a true/false question write `{TRUE}` or `{FALSE}` in capitals"
        ]
    );
}
