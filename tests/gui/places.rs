//! A problem says where it lies in the words of the course's outline, counted
//! from 1 and in the window's language, beside the JSON path an editor needs.

#![cfg(feature = "preview")]

use fieldcourse::gui::app::{App, PROBLEMS_ID, Screen};
use fieldcourse::i18n::Language;
use serde_json::json;
use tempfile::TempDir;

use crate::common::simulator;
use crate::fixture::{course_json, write_course};

const POINTER: &str = "/modules/0/quiz/questions/1";

/// The fixture course with a second true/false question that has no answer.
fn broken_preview(root: &TempDir, language: &str) -> App {
    let folder = write_course(root.path());
    let mut course = course_json();
    course["modules"][0]["quiz"]["questions"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "q2", "kind": "true_false", "prompt": "Cover it?"}));
    std::fs::write(folder.join("course.json"), course.to_string()).unwrap();
    let (app, _) = App::for_preview(&folder, Language::from_tag(language).unwrap());
    assert!(matches!(app.screen(), Screen::PreviewBroken));
    assert!(
        simulator(&app)
            .find(iced_test::selector::id(PROBLEMS_ID))
            .is_ok()
    );
    app
}

fn shows(app: &App, text: &str) -> bool {
    simulator(app).find(text).is_ok()
}

#[test]
fn a_problem_names_its_module_and_question_in_english() {
    let root = TempDir::new().unwrap();
    let app = broken_preview(&root, "en");
    assert!(shows(
        &app,
        &format!("Place in the file: module 1, question 2 ({POINTER})")
    ));
}

#[test]
fn a_problem_names_its_place_in_french_and_arabic() {
    let root = TempDir::new().unwrap();
    let app = broken_preview(&root, "fr");
    assert!(shows(
        &app,
        &format!("Endroit dans le fichier\u{202f}: module 1, question 2 ({POINTER})")
    ));
    drop(app);
    let root = TempDir::new().unwrap();
    let app = broken_preview(&root, "ar");
    // The Arabic comma between the steps; the path isolated, so its slashes
    // keep their order inside the right-to-left line.
    assert!(shows(
        &app,
        &format!("الموضع في الملف: الوحدة 1، السؤال 2 (\u{2068}{POINTER}\u{2069})")
    ));
}
