//! One test per GIFT construct, each with the exact question it becomes.

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
fn unsupported_kinds_are_skipped_with_their_line() {
    let import = import(
        "Describe your day. {}\n\n\
         Essay with feedback. {####Thanks.}\n\n\
         Grant is {~buried =entombed ~living} in Grant's tomb.\n\n\
         Just a description.\n\n\
         ::Empty:: {T}\n\n\
         Kept. {T}",
    );
    let skipped: Vec<(usize, usize, &SkipReason)> = import
        .skipped
        .iter()
        .map(|skipped| (skipped.number, skipped.line, &skipped.reason))
        .collect();
    assert_eq!(
        skipped,
        [
            (1, 1, &SkipReason::Essay),
            (2, 3, &SkipReason::Essay),
            (4, 7, &SkipReason::Description),
            (5, 9, &SkipReason::NoText),
        ]
    );
    assert_eq!(import.skipped[3].title.as_deref(), Some("Empty"));
    assert_eq!(
        import.skipped[2].to_string(),
        "line 7: question 4 skipped: it is a description (text with no answer block), and Fieldcourse quizzes hold only questions"
    );
    let ids: Vec<&str> = import
        .quiz
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(ids, ["q3", "q6"], "the missing-word question is converted");
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

#[test]
fn every_gradable_example_of_moodles_documentation_is_converted() {
    let import = import(&super::fixture("moodle_docs.gift"));
    let kinds: Vec<(&str, &str)> = import
        .quiz
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.kind.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("river", "single_choice"),
            ("tomb", "single_choice"),
            ("q3", "single_choice"),
            ("sky", "true_false"),
            ("sun", "true_false"),
            ("capital", "short_answer"),
            ("q7", "short_answer"),
            ("animals", "matching"),
            ("born", "numeric"),
            ("pi", "numeric"),
            ("born-partly", "numeric"),
            ("cat", "short_answer"),
            ("colours", "multiple_choice"),
        ]
    );
    let skipped: Vec<&SkipReason> = import.skipped.iter().map(|s| &s.reason).collect();
    assert_eq!(skipped, [&SkipReason::Essay, &SkipReason::Description]);
    assert_eq!(
        import.quiz.questions[2].prompt,
        "Mount Kenya is \\_\\_\\_\\_\\_ of the equator... mostly."
    );
    assert_eq!(import.quiz.questions[7].distractors.len(), 1);
    assert_eq!(import.quiz.questions[10].partial_credit.len(), 1);
    assert!(import.notes.is_empty(), "{:?}", import.notes);
}
