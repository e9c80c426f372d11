//! The learner's way through the app: who is learning, progress that survives a
//! restart, notes, settings that apply at once, and the shortcuts list.

use fieldcourse::gui::app::{App, Message, Screen, Shortcut};
use fieldcourse::gui::screen::{course, learners, lesson, settings};
use fieldcourse::gui::theme::ThemeChoice;
use fieldcourse::progress::Store;
use iced::widget::text_editor;
use serde_json::json;
use tempfile::TempDir;

use crate::common::{
    add_learner, app_for, click, load_library, paths_for, simulator, start, type_into,
};

/// A course of three lessons (one with a reflection) and a quiz.
fn course_folder() -> TempDir {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("journey-course");
    std::fs::create_dir_all(&dir).unwrap();
    let course = json!({
        "format": "fieldcourse/1", "id": "journey", "version": "1.0.0", "language": "en",
        "title": "Journey course", "summary": "Three short lessons.", "publisher": "Tests",
        "estimated_minutes": 30,
        "certificate": {"organisation": "Test Org", "signatory_name": "A. Signer", "signatory_title": "Director"},
        "modules": [{"id": "m", "title": "The module", "lessons": [
            {"id": "one", "title": "Lesson one", "blocks": [{"kind": "markdown", "text": "First."}]},
            {"id": "two", "title": "Lesson two", "blocks": [
                {"kind": "reflection", "id": "think", "prompt": "What would you do?"}
            ]},
            {"id": "three", "title": "Lesson three", "blocks": [{"kind": "markdown", "text": "Third."}]}
        ], "quiz": {"id": "quiz", "title": "Check yourself", "pass_mark": 0.5, "questions": [
            {"id": "q", "kind": "true_false", "prompt": "Is it?", "answer": true, "explanation": "Yes."}
        ]}}]
    });
    std::fs::write(dir.join("course.json"), course.to_string()).unwrap();
    root
}

/// Types `text` into the field with `widget_id`.
fn shows(app: &App, text: &str) -> bool {
    simulator(app).find(text).is_ok()
}

#[test]
fn the_first_start_asks_who_is_learning_and_opens_their_library() {
    let folder = course_folder();
    let mut app = start(folder.path(), "en");
    let Screen::Learners(state) = app.screen() else {
        panic!("the first start should ask who is learning");
    };
    assert!(state.is_adding(), "with nobody yet, the form shows at once");
    click(&mut app, "submit");
    assert!(shows(&app, "Please type a name first."));
    type_into(&mut app, learners::NAME_ID, "Amina Diallo");
    click(&mut app, "submit");
    assert!(matches!(app.screen(), Screen::Library(_)));
    assert!(shows(&app, "Amina Diallo: switch learner"));
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    let learners = store.learners().unwrap();
    assert_eq!(learners.len(), 1);
    assert_eq!(learners[0].display_name, "Amina Diallo");
    assert_eq!(learners[0].language, "en");
}

#[test]
fn a_pin_keeps_a_learner_out_until_it_is_typed() {
    let folder = course_folder();
    add_learner(folder.path(), "Amina Diallo", "en");
    {
        let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
        let id = store.learners().unwrap()[0].id;
        store
            .open_session(id, None)
            .unwrap()
            .set_pin(Some("2468"))
            .unwrap();
    }
    let mut app = start(folder.path(), "en");
    assert!(
        matches!(app.screen(), Screen::Learners(_)),
        "a learner with a PIN is never opened without it"
    );
    assert!(shows(&app, "PIN protected"));
    click(&mut app, "learner-0");
    assert!(shows(&app, "Amina Diallo, enter your PIN"));
    type_into(&mut app, learners::PIN_ID, "1111");
    crate::common::deliver(&mut app, Message::Learners(learners::Message::SubmitPin));
    assert!(shows(
        &app,
        "That PIN is not right. Try again, or ask your trainer to reset it."
    ));
    assert!(matches!(app.screen(), Screen::Learners(_)));
    type_into(&mut app, learners::PIN_ID, "2468");
    crate::common::deliver(&mut app, Message::Learners(learners::Message::SubmitPin));
    assert!(matches!(app.screen(), Screen::Library(_)));
}

#[test]
fn two_learners_keep_their_own_progress() {
    let folder = course_folder();
    add_learner(folder.path(), "Amina Diallo", "en");
    add_learner(folder.path(), "Bruno Costa", "en");
    let mut app = start(folder.path(), "en");
    assert!(shows(&app, "Who is learning?"));
    assert!(shows(&app, "AD") && shows(&app, "BC"), "initials avatars");
    click(&mut app, "learner-0");
    click(&mut app, "open-course-0");
    click(&mut app, "start");
    click(&mut app, "next");
    click(&mut app, "back");
    let Screen::Course(state) = app.screen() else {
        panic!("back from the lesson goes to the overview");
    };
    assert!(state.lesson_completed("one"));
    click(&mut app, "back");
    click(&mut app, "switch-learner");
    click(&mut app, "learner-1");
    click(&mut app, "open-course-0");
    let Screen::Course(state) = app.screen() else {
        panic!("the overview opens");
    };
    assert!(!state.lesson_completed("one"), "Bruno has read nothing yet");
}

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
fn settings_switch_language_theme_and_text_size_at_once_and_remember_them() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "settings");
    assert!(matches!(app.screen(), Screen::Settings(_)));
    click(&mut app, "language-ar");
    assert_eq!(app.language().tag, "ar");
    assert!(shows(&app, "الإعدادات"), "the screen speaks Arabic at once");
    click(&mut app, "theme-theme-dark");
    click(&mut app, "text-size-150");
    assert_eq!(app.appearance().theme, ThemeChoice::Dark);
    assert!((app.scale_factor() - 1.5).abs() < f32::EPSILON);
    drop(app);

    // A restart brings the learner's language and look back.
    let app = start(folder.path(), "en");
    assert_eq!(app.language().tag, "ar");
    assert_eq!(app.appearance().theme, ThemeChoice::Dark);
    assert_eq!(app.appearance().text_size, 150);
    let mut app = app;
    click(&mut app, "settings");
    click(&mut app, "language-en");
    assert!(shows(&app, "Settings"));
}

#[test]
fn the_name_on_certificates_is_saved_from_settings() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "settings");
    let _ = app.update(Message::Settings(
        settings::Message::CertificateNameChanged("Amina Fatoumata Diallo".into()),
    ));
    click(&mut app, "save-names");
    assert!(shows(&app, "Saved."));
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    let id = store.learners().unwrap()[0].id;
    let learner = store.open_session(id, None).unwrap().learner().unwrap();
    assert_eq!(learner.certificate_name, "Amina Fatoumata Diallo");
}

#[test]
fn f1_lists_the_shortcuts_and_escape_closes_the_list() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    let _ = app.update(Message::Shortcut(Shortcut::Help));
    assert!(app.help_open());
    assert!(shows(&app, "Keyboard shortcuts"));
    assert!(shows(&app, "Pick answer 1 to 9 in a quiz"));
    let _ = app.update(Message::Shortcut(Shortcut::Back));
    assert!(!app.help_open());
    assert!(
        matches!(app.screen(), Screen::Library(_)),
        "Escape only closed the list"
    );
}

#[test]
fn ctrl_plus_and_minus_change_the_text_size_within_bounds() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    for _ in 0..6 {
        let _ = app.update(Message::Shortcut(Shortcut::Larger));
    }
    assert_eq!(app.appearance().text_size, 200);
    for _ in 0..6 {
        let _ = app.update(Message::Shortcut(Shortcut::Smaller));
    }
    assert_eq!(app.appearance().text_size, 100);
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

#[test]
fn tab_and_enter_take_a_learner_from_the_picker_into_a_lesson() {
    let folder = course_folder();
    add_learner(folder.path(), "Amina Diallo", "en");
    add_learner(folder.path(), "Bruno Costa", "en");
    let mut app = start(folder.path(), "en");
    let key = |app: &mut App, shortcut: Shortcut| {
        crate::common::deliver(app, Message::Shortcut(shortcut));
        load_library(app);
    };
    assert_eq!(
        app.focused(),
        None,
        "nothing is focused before the first Tab"
    );
    key(&mut app, Shortcut::FocusNext);
    assert_eq!(app.focused(), Some("learner-0"));
    key(&mut app, Shortcut::FocusNext);
    key(&mut app, Shortcut::FocusPrevious);
    assert_eq!(app.focused(), Some("learner-0"));
    key(&mut app, Shortcut::FocusPrevious);
    assert_eq!(app.focused(), Some("add-learner"), "Shift+Tab wraps around");
    key(&mut app, Shortcut::FocusNext);
    key(&mut app, Shortcut::Activate);
    assert!(matches!(app.screen(), Screen::Library(_)));
    assert_eq!(app.focused(), None, "a new screen starts without focus");
    while app.focused() != Some("open-course-0") {
        key(&mut app, Shortcut::FocusNext);
    }
    key(&mut app, Shortcut::Space);
    assert!(matches!(app.screen(), Screen::Course(_)));
    key(&mut app, Shortcut::FocusNext);
    key(&mut app, Shortcut::FocusNext);
    assert_eq!(app.focused(), Some("start"));
    key(&mut app, Shortcut::Activate);
    let Screen::Lesson(state) = app.screen() else {
        panic!("Enter on Start opens the first lesson");
    };
    assert_eq!(state.position(), 0);
    key(&mut app, Shortcut::Next);
    let Screen::Lesson(state) = app.screen() else {
        panic!("still reading");
    };
    assert_eq!(state.position(), 1);
}

#[test]
fn a_course_without_the_learners_language_says_so() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "es");
    click(&mut app, "open-course-0");
    assert!(shows(
        &app,
        "Este curso aún no está traducido a su idioma, así que se muestra en su idioma original: English."
    ));
}

#[test]
fn finishing_the_last_lesson_of_a_complete_course_shows_the_certificate() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    {
        // The quiz is already passed; only the lessons remain.
        let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
        let course = fieldcourse::course::load_course(&folder.path().join("journey-course"))
            .course
            .unwrap();
        let version = store.register_course(&course).unwrap();
        let id = store.learners().unwrap()[0].id;
        let session = store.open_session(id, None).unwrap();
        let attempt = session
            .start_attempt(&version, "quiz", 7, &serde_json::json!({}))
            .unwrap();
        session
            .finish_attempt(
                attempt,
                &fieldcourse::progress::AttemptOutcome {
                    points: 1.0,
                    max_points: 1.0,
                    score: 1.0,
                    passed: true,
                },
            )
            .unwrap();
    }
    click(&mut app, "open-course-0");
    click(&mut app, "start");
    click(&mut app, "next");
    click(&mut app, "next");
    assert!(matches!(app.screen(), Screen::Lesson(_)));
    click(&mut app, "next");
    assert!(
        matches!(app.screen(), Screen::Certificate(_)),
        "the certificate appears once the course is complete"
    );
    assert!(shows(&app, "Amina Diallo"));
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    assert!(store.report(None).unwrap()[0].completed_at.is_some());
    let verbs: Vec<String> = course_records(&store, "journey")
        .into_iter()
        .map(|(verb, _)| verb)
        .collect();
    assert_eq!(verbs, ["initialized", "completed", "earned"]);
    click(&mut app, "back");
    assert!(
        matches!(app.screen(), Screen::Course(_)),
        "back from the certificate is the overview, and it does not pop up again"
    );
}

#[test]
fn opening_a_course_whose_rule_is_already_met_records_it_and_shows_the_certificate() {
    let folder = course_folder();
    add_learner(folder.path(), "Amina Diallo", "en");
    {
        // Everything done, as a file from before completions were recorded
        // (or a new version whose rule asks for less) holds it.
        let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
        let course = fieldcourse::course::load_course(&folder.path().join("journey-course"))
            .course
            .unwrap();
        let version = store.register_course(&course).unwrap();
        let id = store.learners().unwrap()[0].id;
        let session = store.open_session(id, None).unwrap();
        for lesson in ["one", "two", "three"] {
            session.complete_lesson(&version, lesson).unwrap();
        }
        let attempt = session
            .start_attempt(&version, "quiz", 7, &serde_json::json!({}))
            .unwrap();
        let passed = fieldcourse::progress::AttemptOutcome {
            points: 1.0,
            max_points: 1.0,
            score: 1.0,
            passed: true,
        };
        session.finish_attempt(attempt, &passed).unwrap();
        assert_eq!(store.report(None).unwrap()[0].completed_at, None);
    }
    let mut app = start(folder.path(), "en");
    assert!(shows(&app, "Continue"));
    click(&mut app, "open-course-0");
    assert!(matches!(app.screen(), Screen::Certificate(_)));
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    assert!(store.report(None).unwrap()[0].completed_at.is_some());
    click(&mut app, "back");
    click(&mut app, "back");
    assert!(shows(&app, "Review the course"));
}

/// The verbs of the learning records about the course itself (not its
/// lessons or quizzes), oldest first, with the statements.
fn course_records(store: &Store, course_id: &str) -> Vec<(String, serde_json::Value)> {
    let course = format!("https://fieldcourse.invalid/xapi/{course_id}");
    store
        .outbox_statements(None, 0, 1_000)
        .unwrap()
        .into_iter()
        .filter(|record| record.statement["object"]["id"] == course.as_str())
        .map(|record| {
            let verb = record.statement["verb"]["id"].as_str().unwrap();
            let verb = verb.rsplit('/').next().unwrap().to_owned();
            (verb, record.statement)
        })
        .collect()
}

#[test]
fn completing_a_course_in_the_app_records_it_in_the_report_the_library_and_the_records() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "open-course-0");
    click(&mut app, "start");
    for _ in 0..3 {
        click(&mut app, "next");
    }
    assert!(
        matches!(app.screen(), Screen::Quiz(_)),
        "the quiz is still to pass: the last lesson leads on to it"
    );
    click(&mut app, "option-1");
    click(&mut app, "check");
    click(&mut app, "submit");
    click(&mut app, "done");
    assert!(
        matches!(app.screen(), Screen::Certificate(_)),
        "passing the last quiz completes the course and shows the certificate"
    );
    assert!(shows(
        &app,
        "Well done: you have completed the course. Your certificate is ready."
    ));
    click(&mut app, "back");
    click(&mut app, "back");
    assert!(matches!(app.screen(), Screen::Library(_)));
    assert!(shows(&app, "Review the course"));
    assert!(
        !shows(&app, "Continue"),
        "a completed course is not continued"
    );

    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    let rows = store.report(None).unwrap();
    assert_eq!(rows.len(), 1);
    let completed_at = rows[0]
        .completed_at
        .expect("the report has the completion date");
    let certificate_id = rows[0].certificate_id.clone().expect("and the certificate");
    let records = course_records(&store, "journey");
    let verbs: Vec<&str> = records.iter().map(|(verb, _)| verb.as_str()).collect();
    assert_eq!(verbs, ["initialized", "completed", "earned"]);
    assert_eq!(
        records[1].1["timestamp"],
        completed_at.to_rfc3339_ms().as_str()
    );
    assert_eq!(
        records[2].1["result"]["extensions"]["https://fieldcourse.invalid/xapi/extensions/certificate-id"],
        certificate_id.as_str()
    );

    // A restart keeps it all, and opening the course again adds nothing.
    drop(store);
    drop(app);
    let mut app = start(folder.path(), "en");
    assert!(shows(&app, "Review the course"));
    click(&mut app, "open-course-0");
    assert!(matches!(app.screen(), Screen::Course(_)));
    let store = Store::open(&paths_for(folder.path()).data_dir).unwrap();
    assert_eq!(course_records(&store, "journey").len(), 3);
}

#[test]
fn the_first_visit_asks_for_a_trainer_pin_which_then_guards_the_area() {
    use fieldcourse::gui::screen::trainer_lock::{PIN_ID, REPEAT_ID};
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "trainer");
    assert!(
        matches!(app.screen(), Screen::TrainerLock(door) if door.is_first_time()),
        "no PIN and no choice yet: the trainer is asked to set one"
    );
    assert!(shows(&app, "Protect the trainer area"));
    assert!(shows(&app, "Leave the trainer area open on this computer"));
    // Two different PINs are refused, and so is a short one.
    type_into(&mut app, PIN_ID, "4321");
    type_into(&mut app, REPEAT_ID, "4322");
    click(&mut app, "unlock");
    assert!(shows(
        &app,
        "The two PINs are not the same. Type them again."
    ));
    type_into(&mut app, PIN_ID, "43");
    type_into(&mut app, REPEAT_ID, "43");
    click(&mut app, "unlock");
    assert!(shows(
        &app,
        "A PIN has at least 4 and at most 32 characters (digits or letters). Choose another one."
    ));
    type_into(&mut app, PIN_ID, "4321");
    type_into(&mut app, REPEAT_ID, " 4321 ");
    click(&mut app, "unlock");
    assert!(matches!(app.screen(), Screen::Trainer(_)), "set, then open");
    assert!(!shows(&app, "The trainer area is open on this computer"));

    click(&mut app, "back");
    click(&mut app, "trainer");
    assert!(
        matches!(app.screen(), Screen::TrainerLock(door) if !door.is_first_time()),
        "now the PIN is asked first"
    );
    type_into(&mut app, PIN_ID, "0000");
    click(&mut app, "unlock");
    assert!(shows(&app, "That is not the trainer PIN. Try again."));
    assert!(matches!(app.screen(), Screen::TrainerLock(_)));
    type_into(&mut app, PIN_ID, "4321");
    click(&mut app, "unlock");
    assert!(matches!(app.screen(), Screen::Trainer(_)));
}

#[test]
fn leaving_the_trainer_area_open_is_remembered_and_shown_as_a_warning() {
    let folder = course_folder();
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "trainer");
    click(&mut app, "leave-open");
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    let warning = "The trainer area is open on this computer: anyone using it can see every learner's results and install courses.";
    assert!(shows(&app, warning));
    drop(app);

    // Remembered on this computer: no question the next time, the band stays.
    let mut app = app_for(folder.path(), "en");
    click(&mut app, "trainer");
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    assert!(shows(&app, warning));
    // The band leads to the PIN tab; a PIN set there ends the warning.
    click(&mut app, "band-set-pin");
    assert!(shows(
        &app,
        "No trainer PIN is set: anyone using this computer can open the trainer area. On a shared laptop, set one."
    ));
    type_into(&mut app, "new-trainer-pin", "4321");
    click(&mut app, "save-trainer-pin");
    assert!(shows(&app, "The trainer PIN is set."));
    assert!(!shows(&app, warning));
    // Removing it is the same choice again: open, with the warning.
    click(&mut app, "remove-trainer-pin");
    assert!(shows(&app, warning));
    click(&mut app, "back");
    click(&mut app, "trainer");
    assert!(matches!(app.screen(), Screen::Trainer(_)));
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
