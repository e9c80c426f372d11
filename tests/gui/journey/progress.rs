//! What survives a restart: the lesson being read, a note, a quiz left
//! mid-attempt and the window's place; and a damaged progress file, left alone.

use super::{course_folder, shows};
use crate::common::{app_for, click, paths_for, start};
use fieldcourse::gui::app::{Message, Screen};
use fieldcourse::gui::screen::{course, lesson};
use fieldcourse::progress::Store;
use iced::widget::text_editor;

#[test]
fn reaching_next_completes_a_lesson_and_continue_returns_after_a_restart() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    assert!(shows(&app, "Start the course"));
    assert!(shows(&app, "0 of 3 lessons done"));
    click(&mut app, "open-course-0");
    click(&mut app, "start");
    click(&mut app, "next");
    // The learner closes the window while reading lesson two.
    app.save_before_closing();
    drop(app);

    let mut app = app_for(folder.path(), "en");
    assert!(shows(&app, "1 of 3 lessons done"));
    assert!(shows(&app, "Continue"));
    click(&mut app, "open-course-0");
    let Screen::Course(state) = app.screen() else {
        panic!("the overview opens");
    };
    assert!(state.lesson_completed("one") && !state.lesson_completed("two"));
    assert!(shows(&app, "Continue where you left off"));
    assert!(shows(&app, "Still to do for the certificate:"));
    assert!(shows(&app, "2 lessons to read."));
    click(&mut app, "start");
    let Screen::Lesson(state) = app.screen() else {
        panic!("continue opens the lesson");
    };
    assert_eq!(
        state.lesson().map(|lesson| lesson.id.as_str()),
        Some("two"),
        "continue goes back to the lesson being read"
    );
}

#[test]
fn a_reflection_note_is_saved_and_comes_back() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    let _ = app.update(Message::Course(course::Message::OpenLesson(1)));
    assert!(shows(&app, "What would you do?"));
    for character in "Ask my supervisor".chars() {
        let _ = app.update(Message::Lesson(lesson::Message::EditNote(
            0,
            text_editor::Action::Edit(text_editor::Edit::Insert(character)),
        )));
    }
    assert!(
        shows(&app, "Saving…"),
        "the learner sees the note is not saved yet"
    );
    // The tick that runs while a note waits saves it.
    let _ = app.update(Message::SavePending);
    assert!(shows(
        &app,
        "Your note is private and saved on this computer."
    ));
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    let id = store.learners().unwrap()[0].id;
    let session = store.open_session(id, None).unwrap();
    let note = session.note("journey", "think").unwrap().unwrap();
    assert_eq!(note.text, "Ask my supervisor");
    drop(app);

    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    let _ = app.update(Message::Course(course::Message::OpenLesson(1)));
    let Screen::Lesson(state) = app.screen() else {
        panic!("the lesson opens");
    };
    assert_eq!(
        state.note_text("think").as_deref(),
        Some("Ask my supervisor")
    );
}

#[test]
fn continue_returns_to_a_quiz_left_mid_attempt() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    click(&mut app, "quiz-quiz");
    assert!(matches!(app.screen(), Screen::Quiz(_)));
    // The window is closed mid-quiz.
    app.save_before_closing();
    drop(app);

    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    assert!(shows(&app, "Continue where you left off"));
    assert!(shows(&app, "Resume your attempt"));
    click(&mut app, "start");
    assert!(
        matches!(app.screen(), Screen::Quiz(_)),
        "Continue goes back into the unfinished quiz"
    );
}

#[test]
fn the_window_opens_where_it_was_closed() {
    use fieldcourse::gui::app::WindowChange;
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    let _ = app.update(Message::Window(WindowChange::Resized(iced::Size::new(
        1366.0, 700.0,
    ))));
    let _ = app.update(Message::Window(WindowChange::Moved(iced::Point::new(
        40.0, 30.0,
    ))));
    app.save_before_closing();
    drop(app);
    let place = app_for(folder.path(), "en").window_place();
    assert_eq!((place.width, place.height), (1366.0, 700.0));
    assert_eq!((place.x, place.y), (Some(40.0), Some(30.0)));
}

#[test]
fn a_damaged_progress_file_is_explained_and_left_alone() {
    let folder = course_folder();
    let data = paths_for(folder.path()).data_dir;
    std::fs::create_dir_all(&data).unwrap();
    let file = fieldcourse::progress::database_path(&data);
    std::fs::write(&file, b"this is not a database, it is a note").unwrap();
    let app = start(folder.path(), "en");
    assert!(matches!(app.screen(), Screen::StoreFailed));
    assert!(app.store_problem().is_some());
    assert!(shows(&app, "Your progress file could not be opened"));
}
