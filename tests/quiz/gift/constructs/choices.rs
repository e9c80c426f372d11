//! Choices: `=` and `~` answers, on one line or several, weights, and choices
//! with no right answer.

use super::{import, import_nothing, notes, only_question};
use fieldcourse::quiz::gift::SkipReason;
use serde_json::json;

#[test]
fn equals_and_tildes_make_a_single_choice_with_feedback_and_explanation() {
    let question = only_question(
        "::Container:: Which container keeps water safest? {\n\
         =A jerrycan with a tap # Right: a lid and a tap.\n\
         ~An open bucket # Hands carry germs into it.\n\
         ~A used oil bottle\n\
         #### A lid keeps dirt out.\n}",
    );
    assert_eq!(
        question,
        json!({
            "id": "container",
            "kind": "single_choice",
            "prompt": "Which container keeps water safest?",
            "points": 1.0,
            "options": [
                {"id": "container-a", "text": "A jerrycan with a tap", "correct": true,
                 "feedback": "Right: a lid and a tap."},
                {"id": "container-b", "text": "An open bucket", "correct": false,
                 "feedback": "Hands carry germs into it."},
                {"id": "container-c", "text": "A used oil bottle", "correct": false}
            ],
            "explanation": "A lid keeps dirt out."
        })
    );
}

#[test]
fn answers_on_one_line_work_like_answers_on_several() {
    let one_line = only_question("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}");
    assert_eq!(one_line["kind"], "single_choice");
    assert_eq!(one_line["prompt"], "Who's buried in Grant's tomb?");
    let texts: Vec<&str> = one_line["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|option| option["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["Grant", "Jefferson", "no one"]);
    assert_eq!(one_line["options"][2]["correct"], true);
}

#[test]
fn two_equals_make_a_multiple_choice_with_a_note() {
    let import = import("Pick a primary colour. {=red =blue ~green}");
    let question = super::question_json(&import.quiz.questions[0]);
    assert_eq!(
        question,
        json!({
            "id": "q1", "kind": "multiple_choice", "prompt": "Pick a primary colour.", "points": 1.0,
            "options": [
                {"id": "q1-a", "text": "red", "correct": true},
                {"id": "q1-b", "text": "blue", "correct": true},
                {"id": "q1-c", "text": "green", "correct": false}
            ]
        })
    );
    assert_eq!(
        notes(&import),
        [
            "Moodle accepts any one of the 2 answers marked `=`; Fieldcourse asks the learner to pick all of them (multiple_choice)"
        ]
    );
    assert_eq!(import.notes[0].line, 1);
    assert_eq!(import.notes[0].question, "q1");
}

#[test]
fn weighted_answers_make_a_partial_multiple_choice() {
    let import = import(
        "::Habits:: Which habits keep water clean? {\n\
         ~%50%Closing the lid\n\
         ~%50%Rinsing the container # Yes.\n\
         ~%-100%Keeping it on the floor # Dirt gets in.\n}",
    );
    assert!(import.notes.is_empty(), "{:?}", import.notes);
    assert_eq!(
        super::question_json(&import.quiz.questions[0]),
        json!({
            "id": "habits", "kind": "multiple_choice", "prompt": "Which habits keep water clean?",
            "points": 1.0, "scoring": "partial",
            "options": [
                {"id": "habits-a", "text": "Closing the lid", "correct": true},
                {"id": "habits-b", "text": "Rinsing the container", "correct": true, "feedback": "Yes."},
                {"id": "habits-c", "text": "Keeping it on the floor", "correct": false,
                 "feedback": "Dirt gets in."}
            ]
        })
    );
}

#[test]
fn unequal_weights_are_noted() {
    let import = import("Q? {~%70%a ~%30%b ~c}");
    assert_eq!(import.quiz.questions[0].options.as_ref().unwrap().len(), 3);
    assert_eq!(
        notes(&import),
        [
            "the right answers have different weights (70%, 30%); in Fieldcourse each right answer counts the same"
        ]
    );
}

#[test]
fn partial_credit_beside_an_equals_is_noted_and_counts_as_wrong() {
    let import = import("Q? {=right ~%33.333%almost ~wrong}");
    let question = super::question_json(&import.quiz.questions[0]);
    assert_eq!(question["kind"], "single_choice");
    assert_eq!(question["options"][1]["correct"], false);
    assert_eq!(
        notes(&import),
        [
            "the answer `almost` gave 33.333% of the points in Moodle; it now counts as wrong (only fully right answers are kept)"
        ]
    );
}

#[test]
fn choices_with_no_right_answer_are_skipped() {
    let import = import_nothing("Q? {~a ~b}\n\nR? {=%50%a ~b}");
    let reasons: Vec<&SkipReason> = import.skipped.iter().map(|s| &s.reason).collect();
    assert_eq!(
        reasons,
        [&SkipReason::NoRightAnswer, &SkipReason::NoFullCredit]
    );
    assert_eq!(import.skipped[1].line, 3);
}
