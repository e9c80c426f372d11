//! Translations that can grow: parts left out fall back to the source,
//! `validate` counts them, and `fieldcourse translate` writes the file a
//! translator fills in.

use crate::common::*;
use fieldcourse::course::{Code, Severity, UNTRANSLATED_MARKER};
use serde_json::{Value, json};
use std::process::{Command, Output};

/// The sample course with a second lesson, so one can be left out.
fn two_lessons() -> Value {
    let mut course = valid_course();
    course["modules"][0]["lessons"]
        .as_array_mut()
        .unwrap()
        .push(json!({
            "id": "lesson-two",
            "title": "Boiling water",
            "blocks": [{"kind": "markdown", "text": "Boil it for one minute."}]
        }));
    course
}

/// A French translation of every text of `course`.
fn french(course: &Value) -> Value {
    let mut french = course.clone();
    french["language"] = json!("fr");
    translate_texts(&mut french, None);
    french
}

const TEXT_FIELDS: &[&str] = &[
    "title",
    "summary",
    "publisher",
    "text",
    "alt",
    "caption",
    "prompt",
    "explanation",
    "left",
    "right",
    "organisation",
    "signatory_name",
    "signatory_title",
];

fn translate_texts(value: &mut Value, key: Option<&str>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                translate_texts(value, Some(key));
            }
        }
        Value::Array(items) => {
            for item in items {
                translate_texts(item, key.filter(|key| *key == "accepted"));
            }
        }
        Value::String(text)
            if key.is_some_and(|key| TEXT_FIELDS.contains(&key) || key == "accepted") =>
        {
            let original = text
                .strip_prefix(UNTRANSLATED_MARKER)
                .map_or(text.as_str(), str::trim_start)
                .to_owned();
            *text = format!("FR {original}");
        }
        _ => {}
    }
}

fn fieldcourse(args: &[&str]) -> Output {
    let scratch = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args(args)
        .env("XDG_DATA_HOME", scratch.path())
        .env_remove("FIELDCOURSE_DATA_DIR")
        .output()
        .unwrap()
}

fn read_json(path: &std::path::Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn a_partial_translation_falls_back_to_the_source_text() {
    let course = two_lessons();
    let dir = CourseDir::new(&course);
    let mut partial = french(&course);
    // Left out: a lesson, the final assessment, one question; one text empty,
    // one still marked.
    remove(&mut partial, "/modules/0/lessons/1");
    remove(&mut partial, "/final_assessment");
    remove(&mut partial, "/modules/0/quiz/questions/2");
    set(&mut partial, "/modules/0/title", json!(""));
    set(
        &mut partial,
        "/modules/0/quiz/questions/0/options/1/text",
        json!(format!("{UNTRANSLATED_MARKER} B")),
    );
    dir.write("course.fr.json", &partial);
    let loaded = dir.load();
    assert_eq!(loaded.error_count(), 0, "{}", describe(&loaded));

    let shown = loaded.in_language("fr").unwrap();
    assert_eq!(shown.language, "fr");
    assert_eq!(shown.title, "FR Sample course");
    assert_eq!(shown.modules[0].title, "Module one");
    assert_eq!(shown.modules[0].lessons[0].title, "FR Lesson one");
    assert_eq!(shown.modules[0].lessons[1].title, "Boiling water");
    let quiz = shown.modules[0].quiz.as_ref().unwrap();
    assert_eq!(quiz.questions.len(), 7);
    assert_eq!(quiz.questions[2].prompt, "True?");
    assert_eq!(quiz.questions[2].answer, Some(true));
    let options = quiz.questions[0].options.as_ref().unwrap();
    assert_eq!(options[0].text, "FR A");
    assert_eq!(options[1].text, "B");
    assert!(options[0].correct);
    assert_eq!(
        shown.final_assessment.as_ref().unwrap().questions[0].prompt,
        "A number from 1 to 3"
    );
    assert!(loaded.partly_translated("fr"));
    assert!(!loaded.partly_translated("en"));
    assert!(!loaded.partly_translated("es"), "Spanish shows the source");
    // The lessons and quizzes the learner meets partly in English.
    assert!(!loaded.part_untranslated(shown, "lesson-one"));
    assert!(loaded.part_untranslated(shown, "lesson-two"), "left out");
    assert!(
        loaded.part_untranslated(shown, "quiz-one"),
        "a question left out"
    );
    assert!(loaded.part_untranslated(shown, "final"), "left out whole");
    let source = loaded.course.as_ref().unwrap();
    assert!(!loaded.part_untranslated(source, "lesson-two"));
}

#[test]
fn validate_names_what_is_left_out_as_warnings_with_counts() {
    let course = two_lessons();
    let dir = CourseDir::new(&course);
    let mut partial = french(&course);
    remove(&mut partial, "/modules/0/lessons/1");
    remove(&mut partial, "/modules/0/quiz/questions/2");
    set(&mut partial, "/modules/0/title", json!(""));
    dir.write("course.fr.json", &partial);
    let loaded = dir.load();
    assert!(
        loaded
            .diagnostics
            .iter()
            .all(|d| d.severity == Severity::Warning),
        "{}",
        describe(&loaded)
    );

    let lesson = find(&loaded, Code::Untranslated, "/modules/0/lessons");
    assert!(lesson.file.ends_with("course.fr.json"));
    assert_eq!(
        lesson.message,
        "the translation has no lesson `lesson-two` (\"Boiling water\") yet: learners see it in English, from course.json"
    );
    assert!(lesson.location.is_some());
    let question = find(&loaded, Code::Untranslated, "/modules/0/quiz/questions");
    assert_eq!(
        question.message,
        "the translation has no question `q-tf` (\"True?\") yet: learners see it in English, from course.json"
    );
    // Module title, lesson title and text, question prompt and explanation.
    let summary = find(&loaded, Code::Untranslated, "");
    assert_eq!(
        summary.message,
        "5 of 48 texts are not translated into `fr` yet (1 lesson, 1 question left out): learners see them in English"
    );
    assert_eq!(loaded.untranslated["fr"].texts, 5);
    assert_eq!(loaded.error_count(), 0);
}

#[test]
fn a_renamed_lesson_is_named_by_id_and_a_missing_one_by_id_and_title() {
    let course = two_lessons();
    let dir = CourseDir::new(&course);
    let mut partial = french(&course);
    remove(&mut partial, "/modules/0/lessons/0");
    set(&mut partial, "/modules/0/lessons/0/id", json!("lecon-deux"));
    dir.write("course.fr.json", &partial);
    let loaded = dir.load();
    let extra = find(&loaded, Code::Translation, "/modules/0/lessons/0/id");
    assert_eq!(
        extra.message,
        "the translation has lesson `lecon-deux` (\"FR Boiling water\") that course.json does not have"
    );
    assert_eq!(extra.severity, Severity::Error);
    let missing = find(&loaded, Code::Untranslated, "/modules/0/lessons");
    assert!(
        missing
            .message
            .starts_with("the translation has no lesson `lesson-one` (\"Lesson one\") yet"),
        "{}",
        missing.message
    );
}

#[test]
fn an_error_in_the_source_is_not_repeated_against_the_translation() {
    let mut course = valid_course();
    // A mistake in course.json: no correct option; and an id used twice.
    set(
        &mut course,
        "/modules/0/quiz/questions/0/options/0/correct",
        json!(false),
    );
    set(
        &mut course,
        "/modules/0/quiz/questions/1/id",
        json!("lesson-one"),
    );
    let mut translation = french(&valid_course());
    set(
        &mut translation,
        "/modules/0/quiz/questions/1/id",
        json!("lesson-one"),
    );
    let dir = CourseDir::new(&course);
    dir.write("course.fr.json", &translation);
    let loaded = dir.load();
    assert!(loaded.error_count() >= 2, "{}", describe(&loaded));
    let in_translation: Vec<_> = loaded
        .diagnostics
        .iter()
        .filter(|d| d.file.ends_with("course.fr.json"))
        .collect();
    assert!(
        in_translation.is_empty(),
        "the source's errors are reported once, in course.json:\n{}",
        describe(&loaded)
    );
}

#[test]
fn a_translated_answer_key_that_differs_is_still_an_error() {
    let dir = CourseDir::new(&valid_course());
    let mut translation = french(&valid_course());
    set(
        &mut translation,
        "/modules/0/quiz/questions/0/options/1/correct",
        json!(true),
    );
    dir.write("course.fr.json", &translation);
    let loaded = dir.load();
    let diagnostic = find(&loaded, Code::Translation, "/modules/0/quiz/questions/0");
    assert!(
        diagnostic
            .message
            .contains("the answer key of question `q-single` differs")
    );
    // The learner still gets the source's key.
    let shown = loaded.in_language("fr").unwrap();
    let options = shown.modules[0].quiz.as_ref().unwrap().questions[0]
        .options
        .as_ref()
        .unwrap();
    assert!(options[0].correct && !options[1].correct);
}

#[test]
fn translate_writes_a_template_that_validates_once_filled_and_keeps_translations() {
    let course = two_lessons();
    let dir = CourseDir::new(&course);
    let folder = dir.path().to_str().unwrap();
    let target = dir.path().join("course.fr.json");

    let output = fieldcourse(&["translate", folder, "--language", "fr"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("course.fr.json written: 48 of 48 texts to translate, each marked [untranslated]; 0 already translated, kept"),
        "{stdout}"
    );
    let template = read_json(&target);
    assert_eq!(template["language"], "fr");
    assert_eq!(template["title"], "[untranslated] Sample course");
    assert_eq!(template["modules"][0]["lessons"][1]["id"], "lesson-two");
    assert_eq!(
        template["modules"][0]["quiz"]["questions"][0]["options"][0]["correct"],
        true
    );
    // Unfilled, it loads: every text falls back, with one warning of counts.
    let loaded = dir.load();
    assert_eq!(loaded.error_count(), 0, "{}", describe(&loaded));
    assert_eq!(
        find(&loaded, Code::Untranslated, "").message,
        "48 of 48 texts are not translated into `fr` yet: learners see them in English"
    );
    assert_eq!(loaded.in_language("fr").unwrap().title, "Sample course");

    // Filled in, it validates clean.
    let mut filled = template.clone();
    translate_texts(&mut filled, None);
    dir.write("course.fr.json", &filled);
    let output = fieldcourse(&["validate", folder]);
    let report = String::from_utf8(output.stdout).unwrap();
    assert_eq!(output.status.code(), Some(0), "{report}");
    assert!(report.contains("ok, no problems"), "{report}");

    // A new lesson in course.json: a re-run adds it marked and keeps the rest.
    let mut grown = course.clone();
    grown["modules"][0]["lessons"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "lesson-three", "title": "Storing water", "blocks": [{"kind": "markdown", "text": "Cover it."}]}));
    dir.write("course.json", &grown);
    let output = fieldcourse(&["translate", folder, "--language", "fr"]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("course.fr.json updated: 2 of 50 texts to translate, each marked [untranslated]; 48 already translated, kept"),
        "{stdout}"
    );
    let updated = read_json(&target);
    assert_eq!(updated["title"], "FR Sample course");
    assert_eq!(
        updated["modules"][0]["lessons"][1]["title"],
        "FR Boiling water"
    );
    assert_eq!(
        updated["modules"][0]["lessons"][2]["title"],
        "[untranslated] Storing water"
    );
    // Running it again changes nothing.
    fieldcourse(&["translate", folder, "--language", "fr"]);
    assert_eq!(read_json(&target), updated);
}

#[test]
fn translate_takes_ids_and_answer_keys_from_the_source() {
    let dir = CourseDir::new(&valid_course());
    let mut translation = french(&valid_course());
    set(
        &mut translation,
        "/modules/0/quiz/questions/0/options/1/correct",
        json!(true),
    );
    set(
        &mut translation,
        "/modules/0/quiz/questions/2/answer",
        json!(false),
    );
    dir.write("course.fr.json", &translation);
    let output = fieldcourse(&[
        "translate",
        dir.path().to_str().unwrap(),
        "--language",
        "fr",
    ]);
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("the answer key of question `q-single` differs from course.json"),
        "{stderr}"
    );
    let written = read_json(&dir.path().join("course.fr.json"));
    let question = &written["modules"][0]["quiz"]["questions"][0];
    assert_eq!(question["prompt"], "FR Pick one");
    assert_eq!(question["options"][0]["correct"], true);
    assert_eq!(question["options"][1].get("correct"), None);
    assert_eq!(
        written["modules"][0]["quiz"]["questions"][2]["answer"],
        true
    );
    assert_eq!(dir.load().error_count(), 0, "{}", describe(&dir.load()));
}

#[test]
fn translate_refuses_a_translation_that_does_not_parse() {
    let dir = CourseDir::new(&valid_course());
    dir.write_text("course.fr.json", "{ \"format\": ");
    let output = fieldcourse(&[
        "translate",
        dir.path().to_str().unwrap(),
        "--language",
        "fr",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("course.fr.json")).unwrap(),
        "{ \"format\": ",
        "the translator's file is left as it was"
    );
}
