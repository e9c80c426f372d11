//! Slow work leaves the UI thread free: opening a course and reading
//! pictures happen off it, and the screen says so until the answer comes.

use fieldcourse::gui::app::{App, Message, Screen};
use fieldcourse::gui::screen::quiz;
use iced_test::selector::id;
use serde_json::json;
use tempfile::TempDir;

use crate::common::{app_for, click, simulator};
use crate::tasks;

const ALT: &str = "A teal rectangle";

/// A course with a picture in its lesson and one in its quiz question.
fn course_folder() -> TempDir {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("pictures-course");
    std::fs::create_dir_all(dir.join("assets")).unwrap();
    std::fs::write(
        dir.join("assets/shape.svg"),
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="teal"/></svg>"#,
    )
    .unwrap();
    let course = json!({
        "format": "fieldcourse/1", "id": "pictures", "version": "1.0.0", "language": "en",
        "title": "Pictures course", "summary": "A lesson and a quiz with pictures.",
        "publisher": "Tests", "estimated_minutes": 5,
        "modules": [{"id": "m", "title": "Module", "lessons": [
            {"id": "seen", "title": "A picture", "blocks": [
                {"kind": "markdown", "text": "Look below."},
                {"kind": "image", "src": "assets/shape.svg", "alt": ALT}
            ]},
            {"id": "after", "title": "No picture", "blocks": [
                {"kind": "markdown", "text": "Only words here."}
            ]}
        ], "quiz": {"id": "check", "title": "Check", "pass_mark": 0.5,
            "questions": [
                {"id": "q", "kind": "single_choice", "prompt": "Which colour is the shape?",
                 "image": {"src": "assets/shape.svg", "alt": ALT},
                 "options": [{"id": "teal", "text": "Teal", "correct": true},
                             {"id": "red", "text": "Red"}]}
            ]}}]
    });
    std::fs::write(dir.join("course.json"), course.to_string()).unwrap();
    root
}

/// Clicks `widget_id` and hands its messages to the app without running the
/// tasks they start: what the learner sees while the work is under way.
fn click_only(app: &mut App, widget_id: &str) -> Vec<Message> {
    let mut ui = simulator(app);
    ui.click(id(widget_id.to_owned()))
        .unwrap_or_else(|e| panic!("no {widget_id}: {e:?}"));
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(!messages.is_empty(), "clicking {widget_id} did nothing");
    let task = iced::Task::batch(messages.into_iter().map(|message| app.update(message)));
    tasks::run(task)
}

/// Hands the answers of finished work to the app.
fn answer(app: &mut App, answers: Vec<Message>) {
    assert!(!answers.is_empty(), "the work answers");
    for message in answers {
        let _ = app.update(message);
    }
}

#[test]
fn a_course_opens_off_the_ui_thread_and_its_card_says_so() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    let answers = click_only(&mut app, "open-course-0");
    assert!(
        matches!(app.screen(), Screen::Library(state) if state.is_opening()),
        "the library waits for the course"
    );
    let mut ui = simulator(&app);
    assert!(ui.find("Opening…").is_ok(), "the card says it is opening");
    ui.click(id("open-course-0")).unwrap();
    assert_eq!(
        ui.into_messages().count(),
        0,
        "a second click while opening does nothing"
    );
    answer(&mut app, answers);
    assert!(matches!(app.screen(), Screen::Course(_)));
}

#[test]
fn a_lesson_picture_is_read_off_the_ui_thread() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    let answers = click_only(&mut app, "start");
    assert!(
        matches!(app.screen(), Screen::Lesson(state) if state.is_reading_pictures()),
        "the lesson shows while its picture is read"
    );
    let mut ui = simulator(&app);
    assert!(ui.find(id("picture-1-reading")).is_ok());
    assert!(ui.find("Loading the picture…").is_ok());
    drop(ui);
    answer(&mut app, answers);
    let mut ui = simulator(&app);
    assert!(ui.find(id("picture-1-reading")).is_err());
    let drawn = ui
        .find(id("picture-1"))
        .expect("the picture is drawn")
        .bounds();
    assert!(drawn.height > 20.0, "{drawn:?}");
}

#[test]
fn a_question_picture_is_read_off_the_ui_thread() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    let answers = click_only(&mut app, "quiz-check");
    assert!(
        matches!(app.screen(), Screen::Quiz(state)
            if state.is_reading_pictures() && state.question_id() == Some("q")),
        "the question shows while its picture is read"
    );
    let mut ui = simulator(&app);
    assert!(ui.find(id(format!("{}-reading", quiz::PICTURE_ID))).is_ok());
    drop(ui);
    answer(&mut app, answers);
    let mut ui = simulator(&app);
    let drawn = ui
        .find(id(quiz::PICTURE_ID))
        .expect("the picture is drawn")
        .bounds();
    assert!(drawn.height > 20.0, "{drawn:?}");
}

#[test]
fn a_lesson_seen_again_shows_its_picture_at_once() {
    use fieldcourse::gui::screen::lesson;
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    let answers = click_only(&mut app, "start");
    answer(&mut app, answers);
    let next = app.update(Message::Lesson(lesson::Message::Next));
    assert!(
        tasks::run(next).is_empty(),
        "the next lesson has no picture"
    );
    let back = app.update(Message::Lesson(lesson::Message::Previous));
    assert!(
        matches!(app.screen(), Screen::Lesson(state) if !state.is_reading_pictures()),
        "the picture read before is shown at once"
    );
    assert!(tasks::run(back).is_empty(), "and not read again");
    let mut ui = simulator(&app);
    assert!(ui.find(id("picture-1")).is_ok());
}
