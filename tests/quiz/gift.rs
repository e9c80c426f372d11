//! GIFT import: each construct with its exact quiz, malformed files, arbitrary
//! text, and the `import-gift` command.

mod cli;
mod constructs;
mod files;
mod malformed;
mod robustness;

use fieldcourse::course::{Question, Quiz, parse_course, validate_course};
use fieldcourse::quiz::gift::{GiftError, GiftImport, parse_gift};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Imports `text` as `test.gift`, and checks that the quiz passes the validator.
pub fn import(text: &str) -> GiftImport {
    let import = parse_gift(text, "test.gift")
        .unwrap_or_else(|errors| panic!("errors in\n{text}\n{errors:#?}"));
    assert_valid(&import.quiz);
    import
}

/// Imports `text` as `test.gift`, expecting every question in it to be skipped.
pub fn import_nothing(text: &str) -> GiftImport {
    let import = parse_gift(text, "test.gift")
        .unwrap_or_else(|errors| panic!("errors in\n{text}\n{errors:#?}"));
    assert!(import.quiz.questions.is_empty(), "{:#?}", import.quiz);
    assert!(!import.skipped.is_empty(), "nothing was skipped either");
    import
}

/// The one question that `text` converts into, as JSON.
pub fn only_question(text: &str) -> Value {
    let import = import(text);
    assert!(import.skipped.is_empty(), "{:#?}", import.skipped);
    assert_eq!(import.quiz.questions.len(), 1, "{:#?}", import.quiz);
    question_json(&import.quiz.questions[0])
}

pub fn question_json(question: &Question) -> Value {
    serde_json::to_value(question).unwrap()
}

/// The errors `text` gives.
pub fn errors(text: &str) -> Vec<GiftError> {
    match parse_gift(text, "test.gift") {
        Ok(import) => panic!("no error in\n{text}\ngot {import:#?}"),
        Err(errors) => errors,
    }
}

/// The notes on converted questions, as text.
pub fn notes(import: &GiftImport) -> Vec<String> {
    import
        .notes
        .iter()
        .map(|note| note.message.clone())
        .collect()
}

/// A course around `quiz`, as JSON, the way an author would paste it in.
pub fn course_with(quiz: &Quiz) -> Value {
    json!({
        "format": "fieldcourse/1",
        "id": "imported",
        "version": "1.0.0",
        "language": "en",
        "title": "Imported",
        "summary": "A course holding an imported quiz.",
        "publisher": "Tests",
        "estimated_minutes": 5,
        "modules": [{
            "id": "course-module",
            "title": "Module",
            "lessons": [{"id": "course-lesson", "title": "Lesson", "blocks": [{"kind": "markdown", "text": "Text."}]}],
            "quiz": serde_json::to_value(quiz).unwrap()
        }]
    })
}

/// Checks that the quiz has questions and, written as JSON into a course and
/// read back by the course loader, passes the validator without errors. An
/// empty quiz fails: tests expecting every question to be skipped use
/// [`import_nothing`].
pub fn assert_valid(quiz: &Quiz) {
    assert!(
        !quiz.questions.is_empty(),
        "the quiz has no questions, so nothing was checked: {quiz:#?}"
    );
    let bytes = serde_json::to_vec(&course_with(quiz)).unwrap();
    let file = Path::new("course.json");
    let parsed = parse_course(file, &bytes);
    let course = parsed
        .course
        .unwrap_or_else(|| panic!("the course does not load: {:#?}", parsed.diagnostics));
    let errors: Vec<String> = validate_course(&course, file, None)
        .into_iter()
        .filter(|diagnostic| diagnostic.is_error())
        .map(|diagnostic| diagnostic.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}\n{quiz:#?}");
}

pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/quiz/fixtures")
        .join(name)
}

pub fn fixture(name: &str) -> String {
    std::fs::read_to_string(fixture_path(name)).unwrap()
}
