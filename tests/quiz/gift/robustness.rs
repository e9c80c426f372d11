//! Whatever the input, the importer returns a quiz or errors, never panics,
//! and a quiz it returns always passes the validator.

use super::assert_valid;
use fieldcourse::quiz::gift::{check_quiz, decode_gift, parse_gift};
use proptest::prelude::*;

/// Imports `text`; a quiz that comes out must be valid.
fn import_anything(text: &str) {
    if let Ok(import) = parse_gift(text, "any.gift") {
        let errors: Vec<String> = check_quiz(&import.quiz)
            .iter()
            .filter(|diagnostic| diagnostic.is_error())
            .map(ToString::to_string)
            .collect();
        if import.quiz.questions.is_empty() {
            // Every question was skipped, or the text held none: the checker
            // must say so, since such a quiz cannot be used.
            assert!(
                !errors.is_empty(),
                "{text:?}: an empty quiz passed the check"
            );
        } else {
            assert!(errors.is_empty(), "{text:?}\n{errors:#?}");
            assert_valid(&import.quiz);
        }
    }
}

/// Text made of GIFT's own pieces, which reaches far deeper than random characters.
fn gift_like() -> impl Strategy<Value = String> {
    let pieces = vec![
        "{",
        "}",
        "=",
        "~",
        "#",
        "####",
        "->",
        "::",
        "%50%",
        "%-100%",
        "%150%",
        "%",
        "\\",
        "\\n",
        "\n",
        "\n\n",
        "//",
        "$CATEGORY:",
        "T",
        "FALSE",
        "true",
        "[html]",
        "[markdown]",
        "[plain]",
        "<b>",
        "</b>",
        "<p>",
        "<li>",
        "<ul>",
        "&amp;",
        "&#",
        ";",
        "1",
        "2.5",
        "-3",
        "..",
        ":",
        " ",
        "a",
        "Q?",
        "é",
        "*",
        "_",
        "`",
        "<",
        ">",
    ];
    prop::collection::vec(prop::sample::select(pieces), 0..48).prop_map(|pieces| pieces.concat())
}

/// `text` with every GIFT special character escaped.
fn escape(text: &str) -> String {
    let mut escaped = String::new();
    for ch in text.chars() {
        if "~=#{}:".contains(ch) {
            escaped.push('\\');
        }
        escaped.push(ch);
    }
    escaped
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        import_anything(&text);
    }

    #[test]
    fn gift_like_text_never_panics(text in gift_like()) {
        import_anything(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(text) = decode_gift(&bytes) {
            import_anything(text);
        }
    }

    #[test]
    fn escaped_special_characters_stay_in_the_question(
        words in "[A-Za-z][A-Za-z0-9 ~=#{}:]{0,40}",
    ) {
        let import = parse_gift(&format!("{} {{T}}", escape(&words)), "p.gift").unwrap();
        prop_assert_eq!(import.quiz.questions.len(), 1);
        let prompt = import.quiz.questions[0].prompt.replace('\\', "");
        prop_assert_eq!(prompt, words.trim());
    }
}
