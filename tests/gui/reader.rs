//! From the library into a course and through its lessons, by mouse and keyboard.

use fieldcourse::gui::app::{App, Message, Screen, Shortcut};
use serde_json::json;
use tempfile::TempDir;

use crate::common::{app_for, click, simulator};

/// A course folder with two modules, every block kind and a picture.
pub fn course_folder() -> TempDir {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("reader-course");
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    std::fs::write(
        dir.join("assets/diagram.svg"),
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="teal"/></svg>"#,
    )
    .unwrap();
    let course = json!({
        "format": "fieldcourse/1", "id": "reader", "version": "1.0.0", "language": "en",
        "title": "Reading course", "summary": "A course to read.", "publisher": "Tests",
        "estimated_minutes": 30,
        "modules": [
            {"id": "first", "title": "First steps", "lessons": [
                {"id": "one", "title": "Lesson one", "estimated_minutes": 5, "blocks": [
                    {"kind": "markdown", "text": "## Why it matters\n\nPlain **words** first."},
                    {"kind": "image", "src": "assets/diagram.svg", "alt": "A teal bar", "caption": "The bar"},
                    {"kind": "callout", "style": "warning", "text": "Never act alone."},
                    {"kind": "case_study", "title": "At the camp", "text": "A worker notices something."},
                    {"kind": "reflection", "id": "reflect", "prompt": "What would you do?"},
                    {"kind": "callout", "style": "key_points", "text": "- one\n- two"}
                ]},
                {"id": "two", "title": "Lesson two", "blocks": [{"kind": "markdown", "text": "Second."}]}
            ], "quiz": {"id": "quiz", "title": "Check yourself", "pass_mark": 0.7, "draw": 1, "questions": [
                {"id": "q", "kind": "true_false", "prompt": "?", "answer": true, "explanation": "Yes."}
            ]}},
            {"id": "second", "title": "Going further", "lessons": [
                {"id": "three", "title": "Lesson three", "blocks": [{"kind": "markdown", "text": "Third."}]}
            ]}
        ]
    });
    std::fs::write(dir.join("course.json"), course.to_string()).unwrap();
    root
}

fn lesson_position(app: &App) -> Option<usize> {
    match app.screen() {
        Screen::Lesson(state) => Some(state.position()),
        _ => None,
    }
}

#[test]
fn a_learner_opens_a_course_and_reads_every_block_kind() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    assert!(matches!(app.screen(), Screen::Course(_)));
    {
        let mut ui = simulator(&app);
        assert!(ui.find("Module 1: First steps").is_ok());
        assert!(
            ui.find("Check yourself: one question per attempt, pass mark 70%.")
                .is_ok()
        );
    }
    click(&mut app, "start");
    assert_eq!(lesson_position(&app), Some(0));
    let mut ui = simulator(&app);
    for shown in [
        "Lesson one",
        "Lesson 1 of 3",
        "The bar",
        "Warning",
        "Case study",
        "At the camp",
        "Think about it",
        "What would you do?",
        "Key points",
    ] {
        assert!(ui.find(shown).is_ok(), "{shown} is not shown");
    }
}

#[test]
fn next_previous_and_the_outline_move_through_lessons() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    click(&mut app, "lesson-two");
    assert_eq!(lesson_position(&app), Some(1));
    click(&mut app, "next");
    match app.screen() {
        Screen::Quiz(state) => assert_eq!(state.quiz().id, "quiz"),
        other => panic!("the module's quiz comes after its last lesson, not {other:?}"),
    }
    click(&mut app, "back");
    click(&mut app, "lesson-three");
    assert_eq!(lesson_position(&app), Some(2));
    click(&mut app, "previous");
    assert_eq!(lesson_position(&app), Some(1));
    click(&mut app, "outline-three");
    assert_eq!(lesson_position(&app), Some(2));
    click(&mut app, "next");
    assert!(
        matches!(app.screen(), Screen::Course(_)),
        "after the last lesson: back to the course"
    );
    click(&mut app, "back");
    assert!(matches!(app.screen(), Screen::Library(_)));
}

#[test]
fn the_keyboard_reads_a_course_without_a_mouse() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    click(&mut app, "start");
    let _ = app.update(Message::Shortcut(Shortcut::Next));
    assert_eq!(lesson_position(&app), Some(1));
    let _ = app.update(Message::Shortcut(Shortcut::Previous));
    assert_eq!(lesson_position(&app), Some(0));
    let _ = app.update(Message::Shortcut(Shortcut::Back));
    assert!(matches!(app.screen(), Screen::Course(_)));
    let _ = app.update(Message::Shortcut(Shortcut::Back));
    assert!(matches!(app.screen(), Screen::Library(_)));
}

#[test]
fn in_arabic_the_arrow_keys_follow_the_reading_direction() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "ar");
    click(&mut app, "open-course-0");
    click(&mut app, "start");
    // The right-hand arrow points back in a right-to-left layout.
    let _ = app.update(Message::Shortcut(Shortcut::Previous));
    assert_eq!(lesson_position(&app), Some(1), "the left arrow moves on");
    let mut ui = simulator(&app);
    assert!(ui.find("الدرس 2 من 3").is_ok());
}

#[test]
fn a_picture_removed_after_loading_says_so_and_describes_it() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    std::fs::remove_file(folder.path().join("reader-course/assets/diagram.svg")).unwrap();
    click(&mut app, "start");
    // The operating system's English reason goes to the log, not the window.
    let expected = "This picture could not be shown (assets/diagram.svg). It shows: A teal bar";
    let mut ui = simulator(&app);
    assert!(ui.find(expected).is_ok(), "{expected}");
    assert!(ui.find("The bar").is_ok(), "the caption still shows");
}

/// The statements waiting in the outbox of the app's data folder.
fn outbox(folder: &std::path::Path) -> Vec<serde_json::Value> {
    let store =
        fieldcourse::progress::Store::open(&crate::common::paths_for(folder).data_dir).unwrap();
    store
        .outbox_statements(None, 0, 1_000)
        .unwrap()
        .into_iter()
        .map(|stored| stored.statement)
        .collect()
}

#[test]
fn reading_time_is_recorded_on_the_lesson_and_its_statement_carries_it() {
    use fieldcourse::gui::screen::lesson;
    use std::time::{Duration, Instant};
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    click(&mut app, "start");
    assert_eq!(lesson_position(&app), Some(0));
    // The window's events, as the app's subscriptions deliver them.
    let start = Instant::now();
    let at = |seconds: u64| start + Duration::from_secs(seconds);
    let _ = app.update(Message::Lesson(lesson::Message::Input(at(0))));
    let _ = app.update(Message::Lesson(lesson::Message::Tick(at(15))));
    let _ = app.update(Message::Lesson(lesson::Message::Input(at(42))));
    // In the background for ten minutes: not reading.
    let _ = app.update(Message::Lesson(lesson::Message::Away(at(50))));
    let _ = app.update(Message::Lesson(lesson::Message::Input(at(650))));
    let _ = app.update(Message::Lesson(lesson::Message::Tick(at(660))));
    click(&mut app, "next");
    assert_eq!(lesson_position(&app), Some(1));
    let statements = outbox(folder.path());
    let completed = statements
        .iter()
        .find(|statement| {
            statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/completed"
                && statement["object"]["id"]
                    .as_str()
                    .is_some_and(|id| id.ends_with("/one"))
        })
        .unwrap_or_else(|| panic!("no completed statement for lesson one: {statements:#?}"));
    assert_eq!(
        completed["result"]["duration"], "PT60S",
        "50 s before, 10 s after"
    );
    let store =
        fieldcourse::progress::Store::open(&crate::common::paths_for(folder.path()).data_dir)
            .unwrap();
    let learner = store.learners().unwrap()[0].id;
    let session = store.open_session(learner, None).unwrap();
    let one = session
        .lessons("reader")
        .unwrap()
        .into_iter()
        .find(|lesson| lesson.lesson_id == "one")
        .unwrap();
    assert_eq!(one.seconds_spent, 60);
}
