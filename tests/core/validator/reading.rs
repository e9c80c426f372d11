//! Reading a course file: syntax errors, wrong types, unknown and missing
//! fields, the format, version and language, and a file too large to read.

use crate::common::*;
use fieldcourse::course::{Code, Location};
use serde_json::json;

#[test]
fn the_sample_course_is_clean() {
    let loaded = load(&valid_course());
    assert!(loaded.diagnostics.is_empty(), "{}", describe(&loaded));
    assert!(loaded.is_usable());
    let course = loaded.course.unwrap();
    assert_eq!(course.lesson_count(), 1);
    assert_eq!(course.quizzes().count(), 2);
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let dir = CourseDir::new(&valid_course());
    dir.write_text(
        "course.json",
        "{\n  \"format\": \"fieldcourse/1\"\n  \"id\": \"x\"\n}",
    );
    let loaded = dir.load();
    let diagnostic = find(&loaded, Code::Syntax, "");
    assert_eq!(diagnostic.location, Some(Location { line: 3, column: 3 }));
    assert!(
        diagnostic.message.contains("expected `,` or `}`"),
        "{}",
        diagnostic.message
    );
    assert!(
        diagnostic
            .hint
            .as_deref()
            .unwrap()
            .contains("missing comma")
    );
    assert!(!loaded.is_usable());
}

#[test]
fn a_truncated_file_says_it_ends_too_early() {
    let dir = CourseDir::new(&valid_course());
    dir.write_text(
        "course.json",
        "{\"format\": \"fieldcourse/1\", \"modules\": [",
    );
    let loaded = dir.load();
    let diagnostic = find(&loaded, Code::Syntax, "");
    assert!(
        diagnostic
            .hint
            .as_deref()
            .unwrap()
            .contains("ends too early")
    );
}

#[test]
fn a_wrong_type_names_what_was_expected() {
    let mut course = valid_course();
    set(&mut course, "/estimated_minutes", json!("twenty"));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::Type, "/estimated_minutes");
    assert_eq!(
        diagnostic.message,
        "expected an integer here, found a string"
    );
    assert!(diagnostic.location.is_some());
}

#[test]
fn an_unknown_field_suggests_the_right_name() {
    let mut course = valid_course();
    let title = course.pointer("/modules/0/title").cloned().unwrap();
    remove(&mut course, "/modules/0/title");
    set(&mut course, "/modules/0/titel", title);
    let loaded = load(&course);
    let unknown = find(&loaded, Code::UnknownField, "/modules/0/titel");
    assert_eq!(unknown.message, "unknown field `titel`");
    assert_eq!(unknown.hint.as_deref(), Some("did you mean `title`?"));
    // The key itself is pointed at, so the caret lands on the typo.
    assert!(unknown.location.is_some());
    // The same pass also reports the field that is now missing.
    let missing = find(&loaded, Code::MissingField, "/modules/0");
    assert_eq!(missing.message, "missing required field `title`");
}

#[test]
fn every_structural_problem_is_reported_in_one_pass() {
    let mut course = valid_course();
    set(&mut course, "/modules/0/lessons/0/colour", json!("red"));
    set(&mut course, "/modules/0/quiz/pass_mark", json!("high"));
    set(&mut course, "/modules/0/quiz/feedback", json!("imediate"));
    let loaded = load(&course);
    find(&loaded, Code::UnknownField, "/modules/0/lessons/0/colour");
    find(&loaded, Code::Type, "/modules/0/quiz/pass_mark");
    let value = find(&loaded, Code::InvalidValue, "/modules/0/quiz/feedback");
    assert_eq!(value.hint.as_deref(), Some("did you mean `immediate`?"));
    assert_eq!(loaded.error_count(), 3, "{}", describe(&loaded));
}

#[test]
fn a_missing_required_field_is_named_with_its_meaning() {
    let mut course = valid_course();
    remove(&mut course, "/modules/0/lessons/0/blocks");
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::MissingField, "/modules/0/lessons/0");
    assert_eq!(diagnostic.message, "missing required field `blocks`");
    assert!(
        diagnostic
            .hint
            .as_deref()
            .unwrap()
            .contains("The lesson content")
    );
}

#[test]
fn a_newer_format_asks_for_a_newer_fieldcourse_and_nothing_else() {
    let mut course = valid_course();
    set(&mut course, "/format", json!("fieldcourse/2"));
    set(&mut course, "/hologram", json!({"kind": "3d"}));
    let loaded = load(&course);
    assert_eq!(loaded.diagnostics.len(), 1, "{}", describe(&loaded));
    let diagnostic = find(&loaded, Code::NewerFormat, "/format");
    assert!(diagnostic.message.contains("needs a newer Fieldcourse"));
}

#[test]
fn an_unknown_format_is_refused() {
    let mut course = valid_course();
    set(&mut course, "/format", json!("moodle/3"));
    let loaded = load(&course);
    find(&loaded, Code::InvalidValue, "/format");
}

#[test]
fn version_and_language_must_be_well_formed() {
    let mut course = valid_course();
    set(&mut course, "/version", json!("one"));
    set(&mut course, "/language", json!("english language"));
    let loaded = load(&course);
    find(&loaded, Code::InvalidValue, "/version");
    find(&loaded, Code::InvalidValue, "/language");
}

#[test]
fn a_file_over_64_mib_is_refused_unread() {
    let dir = CourseDir::new(&valid_course());
    let file = std::fs::File::create(dir.path().join("course.json")).unwrap();
    file.set_len(65 * 1024 * 1024).unwrap();
    let loaded = dir.load();
    let diagnostic = find(&loaded, Code::TooLarge, "");
    assert!(diagnostic.message.contains("at most 64 MiB"));
}
