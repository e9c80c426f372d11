//! Feeds arbitrary bytes to `verify`'s input reader and token checker, as a
//! PDF, a JSON envelope or token text: they must never panic.
//!
//! Run: `cargo +nightly fuzz run verify_token` (from the repository root).
#![no_main]

use fieldcourse::certificate::verify::{find_token, verify_token};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(token) = find_token(bytes, "fuzz input") {
        let _ = verify_token(&token);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        let _ = verify_token(text);
    }
});
