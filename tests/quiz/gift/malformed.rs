//! Malformed GIFT: each problem with its line, column, message and hint.

use super::errors;
use fieldcourse::quiz::gift::{GiftErrorKind, decode_gift};

/// The one error `text` gives, as `line:column: message`, and its hint.
fn one_error(text: &str) -> (String, &'static str) {
    let errors = errors(text);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    (errors[0].to_string(), errors[0].hint())
}

#[test]
fn unclosed_title() {
    let (message, hint) = one_error("\n::Capital Q? {T}");
    assert_eq!(
        message,
        "2:1: the question title opened by `::` is never closed"
    );
    assert_eq!(
        hint,
        "close the title with `::`, or write a colon that is not a title as `\\:`"
    );
}

#[test]
fn unclosed_answer_block_points_at_its_brace() {
    // The blank line ends the question, so its second half is a second error.
    let errors = errors("// intro\nQ? {\n  =yes\n\n  ~no\n}");
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        messages,
        [
            "2:4: the answer block opened by `{` is never closed",
            "6:1: `}` closes an answer block that was never opened"
        ]
    );
    assert!(
        errors[0].hint().contains("a blank line ends a question"),
        "{}",
        errors[0].hint()
    );
}

#[test]
fn closing_brace_without_opening() {
    let (message, hint) = one_error("Q? =yes ~no}");
    assert_eq!(
        message,
        "1:12: `}` closes an answer block that was never opened"
    );
    assert_eq!(hint, "remove it, or write a literal brace as `\\}`");
    let (message, _) = one_error("Q? } then {T}");
    assert!(message.starts_with("1:4: `}` closes"), "{message}");
}

#[test]
fn brace_inside_an_answer_block() {
    let (message, _) = one_error("Q? {=a {~b}");
    assert_eq!(message, "1:8: `{` inside an answer block");
}

#[test]
fn choice_text_before_the_first_marker() {
    let (message, hint) = one_error("Q? {\n  Paris ~Lyon =Nice\n}");
    assert_eq!(
        message,
        "2:3: the answer `Paris` does not start with `=` or `~`"
    );
    assert!(hint.starts_with("start each answer with `=`"), "{hint}");
}

#[test]
fn a_choice_question_with_one_answer() {
    let (message, _) = one_error("Q? {~only}");
    assert_eq!(
        message,
        "1:4: a multiple-choice question needs at least two answers, and this one has 1"
    );
}

#[test]
fn empty_answers() {
    let (message, hint) = one_error("Q? {=yes ~ # feedback only}");
    assert_eq!(message, "1:10: this answer is empty");
    assert_eq!(
        hint,
        "write the answer after `=` or `~`, or remove the marker"
    );
    let (message, _) = one_error("Q? {=Paris =}");
    assert_eq!(message, "1:12: this answer is empty");
}

#[test]
fn weight_out_of_range() {
    let (message, hint) = one_error("Q? {\n~%150%a\n~b}");
    assert_eq!(message, "2:2: the weight `%150%` is outside -100% to 100%");
    assert!(hint.contains("~%50%"), "{hint}");
}

#[test]
fn matching_pair_without_arrow() {
    let (message, hint) = one_error("Match. {\n=a -> 1\n=b 2\n}");
    assert_eq!(message, "3:1: the matching pair `b 2` has no `->`");
    assert!(hint.contains("`=left -> right`"), "{hint}");
}

#[test]
fn matching_pair_with_nothing_after_the_arrow() {
    let (message, _) = one_error("Match. {=a -> 1 =b ->}");
    assert_eq!(message, "1:20: this matching pair has nothing after `->`");
}

#[test]
fn numbers_that_are_not_numbers() {
    let (message, hint) = one_error("Pi? {#3,14}");
    assert_eq!(message, "1:7: `3,14` is not a number");
    assert!(hint.contains("with a dot for decimals"), "{hint}");
    assert_eq!(
        one_error("Pi? {#3.14:abc}").0,
        "1:12: `abc` is not a number"
    );
    assert_eq!(one_error("Pi? {#3.14:}").0, "1:7: `3.14:` is not a number");
    assert_eq!(one_error("Big? {#1e999}").0, "1:8: `1e999` is not a number");
    assert_eq!(one_error("Range? {#1..x}").0, "1:13: `x` is not a number");
}

#[test]
fn negative_tolerance_and_reversed_range() {
    let (message, _) = one_error("N? {#10:-1}");
    assert_eq!(message, "1:9: the tolerance -1 is negative");
    let (message, hint) = one_error("N? {#5..1}");
    assert_eq!(message, "1:6: the range 5..1 starts above its end");
    assert_eq!(hint, "write the smaller number first, such as `{#1..5}`");
}

#[test]
fn numeric_block_without_a_number() {
    let (message, hint) = one_error("N? {#}");
    assert_eq!(message, "1:4: this numeric answer block has no answer");
    assert!(hint.contains("`{#42}`"), "{hint}");
    assert_eq!(
        one_error("N? {#=%50% # fb}").0,
        "1:6: this numeric answer block has no answer"
    );
}

#[test]
fn category_problems() {
    let (message, _) = one_error("$CATEGORY:   \n");
    assert_eq!(message, "1:1: `$CATEGORY:` names no category");
    let (message, hint) = one_error("$CATEGORY: Water\nQ? {T}");
    assert_eq!(
        message,
        "2:1: text follows the `$CATEGORY:` line without a blank line between them"
    );
    assert_eq!(
        hint,
        "leave a blank line after the `$CATEGORY:` line, before the next question"
    );
}

#[test]
fn every_malformed_question_is_reported_in_order() {
    let errors = errors("Good? {T}\n\nBad? {=a\n\nAlso bad? {#x}\n\nGood too? {F}");
    let found: Vec<(usize, usize)> = errors.iter().map(|e| (e.line, e.column)).collect();
    assert_eq!(found, [(3, 6), (5, 13)]);
    assert_eq!(errors[0].kind, GiftErrorKind::UnclosedAnswers);
}

#[test]
fn bytes_that_are_not_utf8() {
    let error = decode_gift(b"Q? {T}\n\nCaf\xe9? {T}").unwrap_err();
    assert_eq!(error.to_string(), "3:4: the file is not UTF-8 text");
    assert!(error.hint().starts_with("save the file as UTF-8"));
    assert_eq!(decode_gift("é {T}".as_bytes()).unwrap(), "é {T}");
}
