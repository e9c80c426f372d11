//! The validator's messages as a trainer reads them: the exact words, and the
//! line and column the caret lands on, for the slips trainers make most.

use crate::common::*;
use fieldcourse::course::{Code, Diagnostic, Location, Severity};
use serde_json::{Value, json};
use std::process::Command;

/// The one diagnostic of `loaded`, with a readable failure otherwise.
fn only(loaded: &fieldcourse::course::LoadedCourse) -> &Diagnostic {
    assert_eq!(loaded.diagnostics.len(), 1, "{}", describe(loaded));
    &loaded.diagnostics[0]
}

/// Loads a course.json holding `text`.
fn load_text(text: &str) -> fieldcourse::course::LoadedCourse {
    let dir = CourseDir::new(&valid_course());
    dir.write_text("course.json", text);
    dir.load()
}

/// The line and column of the first `needle` after the first `after` in `text`.
fn position(text: &str, after: &str, needle: &str) -> Location {
    let start = text.find(after).unwrap();
    let offset = start + text[start..].find(needle).unwrap();
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    Location {
        line: text[..offset].matches('\n').count() + 1,
        column: text[line_start..offset].chars().count() + 1,
    }
}

#[test]
fn a_trailing_comma_in_a_list_is_pointed_at_with_delete_it() {
    let loaded = load_text("{\n  \"tags\": [\"water\", \"health\",\n  ]\n}\n");
    let diagnostic = only(&loaded);
    assert_eq!(diagnostic.code, Code::Syntax);
    assert_eq!(
        diagnostic.message,
        "invalid JSON: a comma after the last item of a list"
    );
    assert_eq!(
        diagnostic.hint.as_deref(),
        Some("delete this comma: in JSON a comma goes between two items, never after the last one")
    );
    // On the comma itself, not on the `]` of the next line.
    assert_eq!(
        diagnostic.location,
        Some(Location {
            line: 2,
            column: 29
        })
    );
}

#[test]
fn a_trailing_comma_in_an_object_is_pointed_at_with_delete_it() {
    let loaded = load_text("{\n  \"format\": \"fieldcourse/1\",\n  \"id\": \"x\",\n}");
    let diagnostic = only(&loaded);
    assert_eq!(
        diagnostic.message,
        "invalid JSON: a comma after the last field of an object"
    );
    assert!(
        diagnostic
            .hint
            .as_deref()
            .unwrap()
            .starts_with("delete this comma")
    );
    assert_eq!(
        diagnostic.location,
        Some(Location {
            line: 3,
            column: 12
        })
    );
}

#[test]
fn curly_quotes_are_named_with_the_caret_on_them() {
    let message = "invalid JSON: `“` is a curly quote; JSON needs straight double quotes (\") around names and texts";
    let hint = "type this quote again as a straight double quote \" (word processors turn quotes into curly ones; curly quotes are fine inside a text)";
    // Around a field name.
    let loaded = load_text("{\n  \"format\": \"fieldcourse/1\",\n  “id”: \"x\"\n}");
    let diagnostic = only(&loaded);
    assert_eq!(diagnostic.message, message);
    assert_eq!(diagnostic.hint.as_deref(), Some(hint));
    assert_eq!(diagnostic.location, Some(Location { line: 3, column: 3 }));
    // Around a value.
    let loaded = load_text("{\n  \"title\": “Safe water”\n}");
    assert_eq!(only(&loaded).message, message);
    assert_eq!(
        only(&loaded).location,
        Some(Location {
            line: 2,
            column: 12
        })
    );
    // Closing a text whose opening quote is straight: the caret on the curly one.
    let loaded = load_text("{\n  \"title\": \"Safe water”,\n  \"id\": \"x\"\n}");
    assert_eq!(
        only(&loaded).message,
        "invalid JSON: `”` is a curly quote; JSON needs straight double quotes (\") around names and texts"
    );
    assert_eq!(
        only(&loaded).location,
        Some(Location {
            line: 2,
            column: 23
        })
    );
}

#[test]
fn other_syntax_errors_keep_the_missing_comma_hint() {
    let loaded = load_text("{\n  \"title\": \"He said “boil it”\"\n  \"id\": \"x\"\n}");
    let diagnostic = only(&loaded);
    assert_eq!(diagnostic.message, "invalid JSON: expected `,` or `}`");
    assert_eq!(
        diagnostic.hint.as_deref(),
        Some("look for a missing comma, quote or bracket at or just before this point")
    );
    assert_eq!(diagnostic.location, Some(Location { line: 3, column: 3 }));
}

/// A French translation of `course` that is right: same ids, same answers.
fn french(course: &Value) -> Value {
    let mut french = course.clone();
    french["language"] = json!("fr");
    french["title"] = json!("Cours exemple");
    french
}

#[test]
fn a_duplicate_id_names_its_first_use_by_line_and_is_not_blamed_on_the_translation() {
    let source = valid_course();
    let mut broken = source.clone();
    set(
        &mut broken,
        "/modules/0/quiz/questions/1/id",
        json!("q-single"),
    );
    let dir = CourseDir::new(&broken);
    dir.write("course.fr.json", &french(&source));
    let loaded = dir.load();
    let text = std::fs::read_to_string(dir.path().join("course.json")).unwrap();
    let first = position(&text, "\"questions\"", "\"q-single\"");
    let diagnostic = only(&loaded);
    assert_eq!(diagnostic.code, Code::DuplicateId);
    assert_eq!(diagnostic.file, dir.path().join("course.json"));
    assert_eq!(diagnostic.path, "/modules/0/quiz/questions/1/id");
    assert_eq!(
        diagnostic.message,
        format!(
            "the id `q-single` is used twice; it was first used at course.json:{}:{} (module 1, question 1)",
            first.line, first.column
        )
    );
    let second = position(&text, "\"q-single-b\"", "\"q-single\"");
    assert_eq!(diagnostic.location, Some(second));
}

#[test]
fn a_duplicate_id_outside_modules_gives_only_line_and_column() {
    let mut course = valid_course();
    set(&mut course, "/final_assessment/id", json!("quiz-one"));
    let loaded = load(&course);
    let diagnostic = find(&loaded, Code::DuplicateId, "/final_assessment/id");
    let message = &diagnostic.message;
    assert!(
        message.starts_with("the id `quiz-one` is used twice; it was first used at course.json:")
            && message.ends_with(" (module 1, quiz)"),
        "{message}"
    );
}

#[test]
fn no_correct_option_is_reported_once_not_as_a_translation_answer_key() {
    let source = valid_course();
    let mut broken = source.clone();
    set(
        &mut broken,
        "/modules/0/quiz/questions/0/options/0/correct",
        json!(false),
    );
    let dir = CourseDir::new(&broken);
    dir.write("course.fr.json", &french(&source));
    let loaded = dir.load();
    let diagnostic = only(&loaded);
    assert_eq!(diagnostic.code, Code::AnswerKey);
    assert_eq!(diagnostic.file, dir.path().join("course.json"));
    assert_eq!(
        diagnostic.message,
        "a single_choice question needs exactly one correct option, and this one has 0"
    );
    assert_eq!(diagnostic.path, "/modules/0/quiz/questions/0/options");
    // A translation that really differs where the source is right is still caught.
    let mut wrong = french(&source);
    set(
        &mut wrong,
        "/modules/0/quiz/questions/1/options/2/correct",
        json!(true),
    );
    dir.write("course.fr.json", &wrong);
    let loaded = dir.load();
    let translation = find(&loaded, Code::Translation, "/modules/0/quiz/questions/1");
    assert_eq!(translation.file, dir.path().join("course.fr.json"));
}

#[test]
fn a_true_false_question_without_answer_says_true_or_false() {
    let mut course = valid_course();
    remove(&mut course, "/modules/0/quiz/questions/2/answer");
    let loaded = load(&course);
    let diagnostic = only(&loaded);
    assert_eq!(diagnostic.code, Code::MissingField);
    assert_eq!(diagnostic.path, "/modules/0/quiz/questions/2");
    assert_eq!(
        diagnostic.message,
        "a true/false question needs `\"answer\": true` or `\"answer\": false`"
    );
    assert_eq!(
        diagnostic.hint.as_deref(),
        Some(
            "add `\"answer\": true` if the statement is true, or `\"answer\": false` if it is false"
        )
    );
    let text = serde_json::to_string_pretty(&course).unwrap();
    assert_eq!(
        diagnostic.location,
        // The question's opening brace, the first after the options of question 2.
        Some(position(&text, "\"q-multi-c\"", "{"))
    );
}

#[test]
fn a_missing_field_names_the_kind_as_written() {
    let mut course = valid_course();
    remove(&mut course, "/modules/0/lessons/0/blocks/1/src");
    remove(&mut course, "/modules/0/quiz/questions/0/options");
    let loaded = load(&course);
    let image = find(&loaded, Code::MissingField, "/modules/0/lessons/0/blocks/1");
    assert_eq!(image.message, "an `image` block needs `src`");
    assert_eq!(image.hint.as_deref(), Some("add `\"src\"` to this block"));
    let single = find(&loaded, Code::MissingField, "/modules/0/quiz/questions/0");
    assert_eq!(single.message, "a `single_choice` question needs `options`");
}

#[test]
fn a_wrong_folder_or_capitals_in_an_asset_path_suggest_the_file_that_exists() {
    let src = "/modules/0/lessons/0/blocks/1/src";
    for (written, suggested) in [
        ("Assets/picture.svg", "assets/picture.svg"),
        ("assets/Picture.SVG", "assets/picture.svg"),
        ("ASSETS/PICTURE.svg", "assets/picture.svg"),
        ("picture.svg", "assets/picture.svg"),
        ("images/picture.svg", "assets/picture.svg"),
        ("assets/pictur.svg", "assets/picture.svg"),
        ("Assets/pictur.svg", "assets/picture.svg"),
        ("assets/photos/map.svg", "maps/map.svg"),
    ] {
        let mut course = valid_course();
        set(&mut course, src, json!(written));
        let dir = CourseDir::new(&course);
        std::fs::create_dir(dir.path().join("maps")).unwrap();
        std::fs::write(dir.path().join("maps/map.svg"), "<svg/>").unwrap();
        let loaded = dir.load();
        let diagnostic = only(&loaded);
        assert_eq!(diagnostic.code, Code::Asset);
        assert_eq!(diagnostic.path, src);
        assert_eq!(diagnostic.message, format!("`{written}` does not exist"));
        assert_eq!(
            diagnostic.hint.as_deref(),
            Some(
                format!(
                    "did you mean `{suggested}`? Paths are relative to the course folder and case matters"
                )
                .as_str()
            ),
            "{written}"
        );
    }
}

#[test]
fn an_asset_with_no_likely_file_gets_the_general_hint() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/lessons/0/blocks/1/src",
        json!("assets/borehole.png"),
    );
    let loaded = load(&course);
    assert_eq!(
        only(&loaded).hint.as_deref(),
        Some(
            "put the file in the course folder, or fix the path (it is relative to the course folder)"
        )
    );
}

#[test]
fn places_read_as_module_and_question_beside_the_json_path() {
    let mut course = valid_course();
    set(
        &mut course,
        "/modules/0/quiz/questions/1/prompt",
        json!(" "),
    );
    let dir = CourseDir::new(&course);
    let loaded = dir.load();
    let diagnostic = only(&loaded);
    assert_eq!(diagnostic.severity, Severity::Error);
    let text = std::fs::read_to_string(dir.path().join("course.json")).unwrap();
    let at = position(&text, "\"q-multi\"", "\" \"");
    assert_eq!(
        diagnostic.to_string(),
        format!(
            "{}:{}:{}: error: the question prompt is empty (module 1, question 2, at /modules/0/quiz/questions/1/prompt)",
            dir.path().join("course.json").display(),
            at.line,
            at.column
        )
    );
    // And so `validate` prints it.
    let output = Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args(["validate", dir.path().to_str().unwrap()])
        .env("XDG_DATA_HOME", dir.path())
        .env_remove("FIELDCOURSE_DATA_DIR")
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains(&format!(
            "--> {}:{}:{} (module 1, question 2, at /modules/0/quiz/questions/1/prompt)",
            dir.path().join("course.json").display(),
            at.line,
            at.column
        )),
        "{stdout}"
    );
}
