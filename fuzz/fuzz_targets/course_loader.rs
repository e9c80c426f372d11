//! Feeds arbitrary bytes to the course loader and validator: they must never panic.
//!
//! Run: `cargo +nightly fuzz run course_loader` (from the repository root).
#![no_main]

use fieldcourse::course::{parse_course, validate_course};
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|bytes: &[u8]| {
    let file = Path::new("fuzz/course.json");
    let parsed = parse_course(file, bytes);
    if let Some(course) = parsed.course {
        let _ = validate_course(&course, file, None);
    }
});
