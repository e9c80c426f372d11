//! Feeds arbitrary bytes to the GIFT importer: it must never panic, and every
//! quiz it returns must pass the course validator.
//!
//! Run: `cargo +nightly fuzz run gift_parser` (from the repository root).
#![no_main]

use fieldcourse::quiz::gift::{check_quiz, decode_gift, parse_gift};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = decode_gift(bytes) else {
        return;
    };
    if let Ok(import) = parse_gift(text, "fuzz.gift")
        && !import.quiz.questions.is_empty()
    {
        let errors: Vec<String> = check_quiz(&import.quiz)
            .iter()
            .filter(|diagnostic| diagnostic.is_error())
            .map(ToString::to_string)
            .collect();
        assert!(errors.is_empty(), "{text:?} gave an invalid quiz: {errors:#?}");
    }
});
