//! Missing words: answers inside the sentence leave a blank, and text after
//! the answers that is only punctuation does not.

use super::only_question;
use serde_json::json;

#[test]
fn a_missing_word_choice_becomes_a_single_choice_with_a_blank() {
    assert_eq!(
        only_question("Grant is {~buried =entombed ~living} in Grant's tomb."),
        json!({
            "id": "q1", "kind": "single_choice",
            "prompt": "Grant is \\_\\_\\_\\_\\_ in Grant's tomb.", "points": 1.0,
            "options": [
                {"id": "q1-a", "text": "buried", "correct": false},
                {"id": "q1-b", "text": "entombed", "correct": true},
                {"id": "q1-c", "text": "living", "correct": false}
            ]
        })
    );
}

#[test]
fn a_missing_word_short_answer_keeps_its_blank_and_punctuation() {
    assert_eq!(
        only_question("Two plus {=two =2} equals four."),
        json!({
            "id": "q1", "kind": "short_answer",
            "prompt": "Two plus \\_\\_\\_\\_\\_ equals four.", "points": 1.0,
            "accepted": ["two", "2"]
        })
    );
    // At the start of the sentence, and with a comma right after the blank.
    assert_eq!(
        only_question("{=Nairobi}, the capital, lies south of the equator.")["prompt"],
        "\\_\\_\\_\\_\\_, the capital, lies south of the equator."
    );
}

#[test]
fn punctuation_or_quotes_after_the_answers_do_not_make_a_missing_word() {
    for text in [
        "The capital of France is {=Paris ~Lyon}.",
        "Who said \u{201c}I came, I saw{=Caesar ~Brutus}\u{201d}?",
        "Is it \"true\"? {T}\"",
        "The capital of France is {=Paris ~Lyon} ... !",
    ] {
        let question = only_question(text);
        let prompt = question["prompt"].as_str().unwrap();
        assert!(!prompt.contains("\\_"), "{text}: {prompt}");
    }
    assert_eq!(
        only_question("The capital of France is {=Paris ~Lyon}.")["prompt"],
        "The capital of France is"
    );
}
