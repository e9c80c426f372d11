//! Feeds arbitrary bytes to the course package reader: it must never panic,
//! whatever the zip structure, names, sizes or manifest claim.
//!
//! Run: `cargo +nightly fuzz run package_reader` (from the repository root).
#![no_main]

use fieldcourse::course::{Limits, check_package};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    // Small limits keep each run fast; the checks are the same.
    let limits = Limits {
        max_entries: 64,
        max_total_bytes: 1024 * 1024,
        ..Limits::default()
    };
    let _ = check_package(std::io::Cursor::new(bytes), &limits);
});
