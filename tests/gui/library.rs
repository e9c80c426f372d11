//! The library window: courses, broken courses and their problems, languages.

use fieldcourse::gui::app::{Message, Screen, key_message};
use fieldcourse::gui::screen::library;
use iced::keyboard::{self, Key, Modifiers, key::Named};
use iced_test::selector::id;
use serde_json::{Value, json};
use tempfile::TempDir;

use crate::common::{app_for, simulator};

fn course(id: &str, title: &str, draw: u32) -> Value {
    json!({
        "format": "fieldcourse/1", "id": id, "version": "1.0.0", "language": "en",
        "title": title, "summary": "What this course teaches.", "publisher": "Test Publisher",
        "estimated_minutes": 45,
        "modules": [{"id": format!("{id}-m"), "title": "Module", "lessons": [
            {"id": format!("{id}-l1"), "title": "Lesson one", "blocks": [{"kind": "markdown", "text": "Hello"}]},
            {"id": format!("{id}-l2"), "title": "Lesson two", "blocks": [{"kind": "markdown", "text": "Again"}]}
        ], "quiz": {"id": format!("{id}-q"), "title": "Quiz", "pass_mark": 1.5, "draw": draw, "questions": [
            {"id": format!("{id}-q1"), "kind": "true_false", "prompt": "True?", "answer": true, "explanation": "Yes."}
        ]}}]
    })
}

/// A folder with one good course and one with four problems.
fn courses_folder() -> TempDir {
    let root = tempfile::tempdir().unwrap();
    let mut good = course("good", "Working course", 1);
    good["modules"][0]["quiz"]["pass_mark"] = json!(0.7);
    std::fs::write(root.path().join("a-good.json"), good.to_string()).unwrap();
    let mut broken = course("broken", "Broken course", 5);
    broken["modules"][0]["lessons"][1]["id"] = json!("broken-l1");
    broken["modules"][0]["quiz"]["questions"][0]["prompt"] = json!("");
    std::fs::write(root.path().join("b-broken.json"), broken.to_string()).unwrap();
    root
}

#[test]
fn the_library_lists_courses_with_what_they_hold() {
    let folder = courses_folder();
    let app = app_for(folder.path(), "en");
    let mut ui = simulator(&app);
    assert!(ui.find("Your courses").is_ok());
    assert!(ui.find("2 courses").is_ok());
    assert!(ui.find("Working course").is_ok());
    assert!(ui.find("By Test Publisher").is_ok());
    assert!(ui.find("2 lessons").is_ok());
    assert!(ui.find("1 module").is_ok());
    assert!(ui.find("Languages: English").is_ok());
    assert!(ui.find("45 min").is_ok());
}

#[test]
fn a_broken_course_shows_its_problems_in_plain_words() {
    let folder = courses_folder();
    let app = app_for(folder.path(), "en");
    let mut ui = simulator(&app);
    assert!(ui.find("Broken course").is_ok());
    assert!(ui.find("Needs fixing").is_ok());
    assert!(
        ui.find("4 problems keep this course from opening. Ask its author to fix them:")
            .is_ok()
    );
    // Errors are listed in file order; backticks read as quotation marks.
    // The first use by file, line and column, as in the author's editor.
    let text = std::fs::read_to_string(folder.path().join("b-broken.json")).unwrap();
    let column = text.find("\"broken-l1\"").unwrap() + 1;
    assert!(
        ui.find(format!(
            "the id “broken-l1” is used twice; it was first used at b-broken.json:1:{column} (module 1, lesson 1)"
        ))
        .is_ok()
    );
    assert!(
        ui.find("b-broken.json").is_err(),
        "locations name line and column too"
    );
}

#[test]
fn show_all_reveals_the_problems_beyond_the_first_three() {
    let folder = courses_folder();
    let mut app = app_for(folder.path(), "en");
    let last_problem = "the question prompt is empty";
    let mut ui = simulator(&app);
    assert!(
        ui.find(last_problem).is_err(),
        "only three problems show at first"
    );
    ui.click(id("toggle-problems-1")).unwrap();
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(!messages.is_empty());
    for message in messages {
        let _ = app.update(message);
    }
    let mut ui = simulator(&app);
    assert!(ui.find(last_problem).is_ok());
    assert!(ui.find("Show fewer").is_ok());
}

#[test]
fn the_library_speaks_arabic_and_french() {
    let folder = courses_folder();
    let arabic = app_for(folder.path(), "ar");
    let mut ui = simulator(&arabic);
    assert!(ui.find("دوراتك").is_ok());
    assert!(ui.find("تحتاج إلى إصلاح").is_ok());
    assert!(ui.find("درسان").is_ok(), "Arabic dual form for two lessons");
    // One window at a time holds the data folder.
    drop(ui);
    drop(arabic);
    let french = app_for(folder.path(), "fr");
    let mut ui = simulator(&french);
    assert!(ui.find("Vos cours").is_ok());
    assert!(ui.find("2 leçons").is_ok());
}

#[test]
fn in_arabic_a_broken_course_names_its_problems_in_arabic() {
    let folder = courses_folder();
    let app = app_for(folder.path(), "ar");
    let mut ui = simulator(&app);
    // The kind in Arabic, and where it is in the file: module and lesson in
    // Arabic words, the pointer isolated so it keeps its order; not the
    // validator's English sentence.
    assert!(ui.find("هذا المعرّف مستخدم مرتين في الدورة.").is_ok());
    assert!(
        ui.find("الموضع في الملف: الوحدة 1، الدرس 2 (\u{2068}/modules/0/lessons/1/id\u{2069})")
            .is_ok()
    );
    let text = std::fs::read_to_string(folder.path().join("b-broken.json")).unwrap();
    let column = text.find("\"broken-l1\"").unwrap() + 1;
    assert!(
        ui.find(format!(
            "the id “broken-l1” is used twice; it was first used at b-broken.json:1:{column} (module 1, lesson 1)"
        ))
        .is_err()
    );
}

#[test]
fn an_empty_library_says_where_to_put_courses() {
    let folder = tempfile::tempdir().unwrap();
    let app = app_for(folder.path(), "en");
    let mut ui = simulator(&app);
    assert!(ui.find("No courses yet").is_ok());
}

#[test]
fn f5_and_ctrl_r_reload_the_courses() {
    let folder = courses_folder();
    let mut app = app_for(folder.path(), "en");
    let press = |key: Key, modifiers: Modifiers| keyboard::Event::KeyPressed {
        key: key.clone(),
        modified_key: key,
        physical_key: keyboard::key::Physical::Unidentified(
            keyboard::key::NativeCode::Unidentified,
        ),
        location: keyboard::Location::Standard,
        modifiers,
        text: None,
        repeat: false,
    };
    for event in [
        press(Key::Named(Named::F5), Modifiers::empty()),
        press(Key::Character("r".into()), Modifiers::CTRL),
    ] {
        let message = key_message(event).expect("the key reloads");
        assert!(matches!(
            message,
            Message::Shortcut(fieldcourse::gui::app::Shortcut::Reload)
        ));
        let _ = app.update(message);
        let Screen::Library(state) = app.screen() else {
            panic!("the library stays open")
        };
        assert!(
            state.courses().is_none(),
            "reloading shows the loading state"
        );
        let _ = app.update(Message::Library(library::Message::Loaded(Vec::new())));
    }
    let plain_r = press(Key::Character("r".into()), Modifiers::empty());
    assert!(key_message(plain_r).is_none());
}

#[test]
fn course_titles_follow_the_interface_language_when_translated() {
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path().join("translated");
    std::fs::create_dir(&dir).unwrap();
    let mut source = course("translated", "Working course", 1);
    source["modules"][0]["quiz"]["pass_mark"] = json!(0.7);
    std::fs::write(dir.join("course.json"), source.to_string()).unwrap();
    let mut french = source.clone();
    french["language"] = json!("fr");
    french["title"] = json!("Cours traduit");
    std::fs::write(dir.join("course.fr.json"), french.to_string()).unwrap();
    let app = app_for(folder.path(), "fr");
    let mut ui = simulator(&app);
    assert!(ui.find("Cours traduit").is_ok());
    assert!(ui.find("Langues\u{202f}: English, Français").is_ok());
    // One window at a time holds the data folder.
    drop(ui);
    drop(app);
    let app = app_for(folder.path(), "es");
    let mut ui = simulator(&app);
    assert!(
        ui.find("Working course").is_ok(),
        "no Spanish translation: the source is shown"
    );
    drop(ui);
    drop(app);
    // In Arabic each Latin name is isolated and the list takes the Arabic comma.
    let app = app_for(folder.path(), "ar");
    let mut ui = simulator(&app);
    assert!(
        ui.find("اللغات: \u{2068}English\u{2069}، \u{2068}Français\u{2069}")
            .is_ok()
    );
}

#[test]
fn a_usable_course_s_suggestions_open_from_its_card() {
    let root = tempfile::tempdir().unwrap();
    // Two courses with one id in one folder: the second is flagged for its author.
    for (file, title) in [
        ("a-first.json", "First copy"),
        ("b-second.json", "Second copy"),
    ] {
        let mut copy = course("same", title, 1);
        copy["modules"][0]["quiz"]["pass_mark"] = json!(0.7);
        std::fs::write(root.path().join(file), copy.to_string()).unwrap();
    }
    let mut app = app_for(root.path(), "en");
    let suggestion = "One suggestion for the author";
    assert!(simulator(&app).find(suggestion).is_ok());
    let warning = format!(
        "another course with id “same” was found first, in {}",
        root.path().join("a-first.json").display()
    );
    assert!(simulator(&app).find(warning.as_str()).is_err());
    crate::common::click(&mut app, "toggle-problems-1");
    assert!(
        simulator(&app).find(warning.as_str()).is_ok(),
        "the suggestion is listed"
    );
    crate::common::click(&mut app, "toggle-problems-1");
    assert!(
        simulator(&app).find(warning.as_str()).is_err(),
        "and closes again"
    );
}

#[test]
fn a_large_library_lays_out_a_screenful_first_and_the_rest_a_frame_later() {
    use fieldcourse::course::refresh_index;
    let root = tempfile::tempdir().unwrap();
    let total = library::FIRST_CARDS + 4;
    for n in 0..total {
        let mut good = course(&format!("course-{n:02}"), &format!("Course {n:02}"), 1);
        good["modules"][0]["quiz"]["pass_mark"] = json!(0.7);
        std::fs::write(root.path().join(format!("c{n:02}.json")), good.to_string()).unwrap();
    }
    crate::common::add_learner(root.path(), "Amina Diallo", "en");
    let paths = crate::common::paths_for(root.path());
    let (mut app, _load) = fieldcourse::gui::app::App::with_language(
        &paths,
        fieldcourse::i18n::Language::from_tag("en").unwrap(),
    );
    let dirs = app.course_dirs().to_vec();
    let cards = refresh_index(&app.course_index_file(), &dirs);
    let _ = app.update(Message::Library(library::Message::Loaded(cards)));
    let Screen::Library(state) = app.screen() else {
        panic!("the library is on show")
    };
    assert!(state.is_drawing_rest());
    let last_first = format!("open-course-{}", library::FIRST_CARDS - 1);
    let first_later = format!("open-course-{}", library::FIRST_CARDS);
    let mut ui = simulator(&app);
    assert!(
        ui.find(format!("{total} courses")).is_ok(),
        "the count is whole"
    );
    assert!(ui.find(id(last_first.clone())).is_ok());
    assert!(
        ui.find(id(first_later.clone())).is_err(),
        "laid out next frame"
    );
    drop(ui);
    let focusable = |app: &fieldcourse::gui::app::App, target: &str| {
        app.focus_order().iter().any(|focus| focus.id() == target)
    };
    assert!(!focusable(&app, &first_later));
    let _ = app.update(Message::Library(library::Message::DrawRest));
    let mut ui = simulator(&app);
    assert!(ui.find(id(format!("open-course-{}", total - 1))).is_ok());
    drop(ui);
    assert!(focusable(&app, &first_later));
    // Read again (F5), every card is there from the first frame on.
    let _ = app.update(Message::Library(library::Message::Reload));
    let cards = refresh_index(&app.course_index_file(), &dirs);
    let _ = app.update(Message::Library(library::Message::Loaded(cards)));
    let Screen::Library(state) = app.screen() else {
        panic!("the library is on show")
    };
    assert!(!state.is_drawing_rest());
}
