//! A translation that leaves parts out: the course opens in the learner's
//! language, with the source’s text where there is none, and says so in one line:
//! on the overview, and on each lesson or quiz shown partly in the source language.

#![cfg(feature = "preview")]

use fieldcourse::gui::app::{App, Screen};
use fieldcourse::i18n::Language;
use serde_json::json;
use std::path::Path;
use tempfile::TempDir;

use crate::common::{click, simulator};
use crate::fixture::{course_json, write_course};

/// A French translation of the course's title and first lesson only.
fn partial_french(folder: &Path) {
    let mut translation = course_json();
    translation["language"] = json!("fr");
    translation["title"] = json!("Eau saine");
    translation["modules"][0]["lessons"][0]["title"] = json!("Faire bouillir l’eau");
    translation["modules"][0]["lessons"]
        .as_array_mut()
        .unwrap()
        .remove(1);
    std::fs::write(folder.join("course.fr.json"), translation.to_string()).unwrap();
}

fn shows(app: &App, text: &str) -> bool {
    simulator(app).find(text).is_ok()
}

#[test]
fn a_partly_translated_course_says_so_in_one_line() {
    let root = TempDir::new().unwrap();
    let folder = write_course(root.path());
    partial_french(&folder);
    let (app, _) = App::for_preview(&folder, Language::from_tag("fr").unwrap());
    assert!(shows(&app, "Eau saine"));
    assert!(shows(&app, "Faire bouillir l’eau"));
    assert!(
        shows(&app, "Storing water"),
        "the lesson left out is shown in English"
    );
    assert!(shows(
        &app,
        "Certaines parties de ce cours ne sont pas encore traduites\u{202f}; elles s’affichent dans la langue d’origine du cours\u{202f}: English."
    ));
}

#[test]
fn a_complete_translation_and_the_source_say_nothing_of_it() {
    let root = TempDir::new().unwrap();
    let folder = write_course(root.path());
    let mut translation = course_json();
    translation["language"] = json!("fr");
    translation["title"] = json!("Eau saine");
    std::fs::write(folder.join("course.fr.json"), translation.to_string()).unwrap();
    // Every text translated, however close to English some stay.
    let (app, _) = App::for_preview(&folder, Language::from_tag("fr").unwrap());
    assert!(shows(&app, "Eau saine"));
    assert!(!shows(
        &app,
        "Certaines parties de ce cours ne sont pas encore traduites\u{202f}; elles s’affichent dans la langue d’origine du cours\u{202f}: English."
    ));
    drop(app);
    partial_french(&folder);
    let (app, _) = App::for_preview(&folder, Language::from_tag("en").unwrap());
    assert!(shows(&app, "Safe water"));
    assert!(!shows(
        &app,
        "Some parts of this course are not yet translated and are shown in English."
    ));
}

/// The line on the overview, and on a lesson or quiz shown partly in English.
const PARTLY_IN_FRENCH: &str = "Certaines parties de ce cours ne sont pas encore traduites\u{202f}; elles s’affichent dans la langue d’origine du cours\u{202f}: English.";

#[test]
fn a_lesson_left_untranslated_says_so_where_it_is_read() {
    let root = TempDir::new().unwrap();
    let folder = write_course(root.path());
    partial_french(&folder);
    let (mut app, _) = App::for_preview(&folder, Language::from_tag("fr").unwrap());
    click(&mut app, "lesson-boil");
    assert!(matches!(app.screen(), Screen::Lesson(_)));
    assert!(shows(&app, "Faire bouillir l’eau"));
    assert!(
        !shows(&app, PARTLY_IN_FRENCH),
        "a translated lesson says nothing"
    );
    click(&mut app, "back");
    click(&mut app, "lesson-store");
    assert!(shows(&app, "Storing water"));
    assert!(shows(&app, PARTLY_IN_FRENCH), "the lesson left out says so");
    click(&mut app, "back");
    click(&mut app, "quiz-check");
    assert!(matches!(app.screen(), Screen::Quiz(_)));
    assert!(!shows(&app, PARTLY_IN_FRENCH), "the quiz is translated");
}

#[test]
fn a_quiz_with_a_text_still_marked_says_so() {
    let root = TempDir::new().unwrap();
    let folder = write_course(root.path());
    let mut translation = course_json();
    translation["language"] = json!("fr");
    translation["title"] = json!("Eau saine");
    translation["modules"][0]["quiz"]["questions"][0]["prompt"] =
        json!("[untranslated] Boil water?");
    std::fs::write(folder.join("course.fr.json"), translation.to_string()).unwrap();
    let (mut app, _) = App::for_preview(&folder, Language::from_tag("fr").unwrap());
    click(&mut app, "lesson-boil");
    assert!(
        !shows(&app, PARTLY_IN_FRENCH),
        "every text of the lesson is there"
    );
    click(&mut app, "back");
    click(&mut app, "quiz-check");
    assert!(matches!(app.screen(), Screen::Quiz(_)));
    assert!(shows(&app, PARTLY_IN_FRENCH));
}
