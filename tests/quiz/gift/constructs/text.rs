//! The text around the questions: titles and ids, categories, comments,
//! escapes, text formats, and Windows line ends.

use super::{import, only_question};
use serde_json::json;

#[test]
fn titles_become_unique_ids_and_positions_fill_in() {
    let import = import(
        "::Capital of France?:: Q? {T}\n\n\
         ::Capital of France?:: R? {T}\n\n\
         S? {T}\n\n\
         ::Qu'est-ce que l'été ?:: T? {T}\n\n\
         ::!!!:: U? {T}\n\n\
         ::q1-a:: V? {=a ~b}\n\n\
         ::q1-a:: W? {=a ~b}",
    );
    let ids: Vec<&str> = import
        .quiz
        .questions
        .iter()
        .map(|question| question.id.as_str())
        .collect();
    assert_eq!(
        ids,
        [
            "capital-of-france",
            "capital-of-france-2",
            "q3",
            "qu-est-ce-que-l-ete",
            "q5",
            "q1-a",
            "q1-a-2"
        ]
    );
    let options: Vec<&str> = import.quiz.questions[6]
        .options
        .as_ref()
        .unwrap()
        .iter()
        .map(|option| option.id.as_str())
        .collect();
    assert_eq!(options, ["q1-a-2-a", "q1-a-2-b"]);
    assert_eq!(import.quiz.id, "test");
}

#[test]
fn category_names_the_quiz_and_defaults_fill_the_settings() {
    let import = import(
        "$CATEGORY: $course$/top/Water safety//Storage\n\nQ? {T}\n\n$CATEGORY: Other\n\nR? {F}",
    );
    assert_eq!(
        import.categories,
        ["$course$/top/Water safety//Storage", "Other"]
    );
    let mut quiz = serde_json::to_value(&import.quiz).unwrap();
    quiz["questions"] = json!([]);
    assert_eq!(
        quiz,
        json!({
            "id": "test", "title": "Water safety/Storage", "pass_mark": 0.7,
            "shuffle_questions": false, "shuffle_options": false,
            "feedback": "immediate", "scoring": "all_or_nothing", "questions": []
        })
    );
    let without = super::import("Q? {T}");
    assert_eq!(without.quiz.title, "test");
    assert!(without.categories.is_empty());
}

#[test]
fn comments_are_ignored_and_a_trailing_comment_is_not_text_after_the_answers() {
    let import = import(
        "// A comment before\n\
         Q? {\n\
         // a comment inside\n\
         =yes ~no\n\
         } // a comment after\n\
         \n\
         See http://example.org for more. {T}",
    );
    assert!(import.skipped.is_empty(), "{:?}", import.skipped);
    assert_eq!(import.quiz.questions.len(), 2);
    assert_eq!(
        import.quiz.questions[1].prompt,
        "See http://example.org for more."
    );
}

#[test]
fn escapes_make_special_characters_literal() {
    let question = only_question(
        "::Ratio\\: 1\\:2:: Is a\\~b \\= \\{c\\} \\#1?\\nReally? {\n\
         =yes\\, \\= \\# \\~ # fine \\# here\n\
         ~no\n}",
    );
    assert_eq!(question["id"], "ratio-1-2");
    assert_eq!(question["prompt"], "Is a\\~b = {c} #1?\\\nReally?");
    assert_eq!(question["options"][0]["text"], "yes\\\\, = # \\~");
    assert_eq!(question["options"][0]["feedback"], "fine # here");
}

#[test]
fn markdown_plain_html_and_moodle_formats() {
    let markdown = only_question("[markdown]The **sun** rises in the\\: {=*east* ~*west*}");
    assert_eq!(markdown["prompt"], "The **sun** rises in the:");
    assert_eq!(markdown["options"][0]["text"], "*east*");

    let plain = only_question("[plain]Is 2 * 3 = 6? {T}");
    assert_eq!(plain["prompt"], "Is 2 \\* 3 = 6?");

    let html = only_question(
        "[html]<p>Pick <b>one</b>&nbsp;of:</p><ul><li>A &amp; B</li><li><i>C</i></li></ul>{\n\
         =[html]<p>A &lt; B</p> # <b>Right</b>\n\
         ~[plain]<b>not bold</b>\n}",
    );
    assert_eq!(html["prompt"], "Pick **one**\u{a0}of:\n\n- A & B\n- *C*");
    assert_eq!(html["options"][0]["text"], "A < B");
    assert_eq!(html["options"][0]["feedback"], "**Right**");
    assert_eq!(html["options"][1]["text"], "\\<b>not bold\\</b>");

    let moodle = only_question("[moodle]Is <i>this</i>\nso? {T}");
    assert_eq!(moodle["prompt"], "Is *this*\\\nso?");
    let default = only_question("Cost: 5 * 2_000 {T}");
    assert_eq!(default["prompt"], "Cost: 5 \\* 2\\_000");
}

#[test]
fn html_in_matching_and_short_answers_becomes_plain_text() {
    let matching = only_question("[html]Match. {=<b>H</b>2O -> water =NaCl -> <i>salt</i>}");
    assert_eq!(matching["pairs"][0]["left"], "H2O");
    assert_eq!(matching["pairs"][1]["right"], "salt");
    let short = only_question("[html]Symbol of gold? {=<p>Au</p>}");
    assert_eq!(short["accepted"], json!(["Au"]));
}

#[test]
fn windows_line_ends_and_a_byte_order_mark_are_read() {
    let import =
        import("\u{feff}// comment\r\n::A:: Q? {\r\n=yes\r\n~no\r\n}\r\n\r\n::B:: R? {T}\r\n");
    assert_eq!(import.quiz.questions.len(), 2);
    assert_eq!(
        import.quiz.questions[0].options.as_ref().unwrap()[1].text,
        "no"
    );
}
