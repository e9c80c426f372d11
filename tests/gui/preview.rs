//! The live preview: a course folder shown with a scratch learner, reloaded
//! through the real folder watcher after each save, the same lesson kept open,
//! problems listed beside it, each translation on demand, and nothing saved.
//! Also files dropped on the window, and the question before an older version.

#![cfg(feature = "preview")]

use fieldcourse::course::{FolderChange, FolderWatcher};
use fieldcourse::gui::app::{App, CLOSE_PREVIEW_ID, Message, PROBLEMS_ID, PreviewMessage, Screen};
use fieldcourse::i18n::Language;
use fieldcourse::progress::Store;
use serde_json::json;
use std::path::Path;
use std::sync::mpsc;
use std::time::Duration;
use tempfile::TempDir;

use crate::common::{app_for, click, paths_for, simulator, type_into};
use crate::fixture::{course_json, trusted_package, write_course};
use crate::tasks;

/// Delivers `message`, then every message its tasks produce, as the runtime would.
fn deliver(app: &mut App, message: Message) {
    let mut pending = vec![message];
    while let Some(message) = pending.pop() {
        pending.extend(tasks::run(app.update(message)));
    }
}

fn shows(app: &App, text: &str) -> bool {
    simulator(app).find(text).is_ok()
}

fn has_widget(app: &App, widget_id: &str) -> bool {
    simulator(app)
        .find(iced_test::selector::id(widget_id.to_owned()))
        .is_ok()
}

/// Watches `folder`, runs `edit`, and hands the change the watcher saw to the app.
fn save_and_reload(app: &mut App, folder: &Path, edit: impl FnOnce()) {
    let (sender, changes) = mpsc::channel();
    let _watcher = FolderWatcher::new(folder, move |change| {
        let _ = sender.send(change);
    })
    .unwrap();
    edit();
    // A bound on waiting, not a pause: the watcher answers in about a quarter second.
    let change = changes
        .recv_timeout(Duration::from_secs(30))
        .expect("the watcher reports the save");
    assert!(matches!(change, FolderChange::Changed(_)), "{change:?}");
    deliver(app, Message::Preview(PreviewMessage::FilesChanged(change)));
}

fn write(folder: &Path, value: &serde_json::Value) {
    std::fs::write(
        folder.join("course.json"),
        serde_json::to_string_pretty(value).unwrap(),
    )
    .unwrap();
}

/// A French translation: the same course with its words translated.
fn french(folder: &Path) {
    let mut translation = course_json();
    translation["language"] = json!("fr");
    translation["title"] = json!("Eau saine");
    translation["modules"][0]["lessons"][0]["title"] = json!("Faire bouillir l’eau");
    std::fs::write(folder.join("course.fr.json"), translation.to_string()).unwrap();
}

fn preview(folder: &Path) -> App {
    let (app, _) = App::for_preview(folder, Language::from_tag("en").unwrap());
    app
}

#[test]
fn a_save_reloads_the_course_and_keeps_the_same_lesson_open() {
    let root = TempDir::new().unwrap();
    let folder = write_course(root.path());
    let mut app = preview(&folder);
    assert!(matches!(app.screen(), Screen::Course(_)));
    assert!(shows(&app, "Preview of water · nothing is saved"));
    click(&mut app, "lesson-store");
    let Screen::Lesson(reader) = app.screen() else {
        panic!("the lesson opens");
    };
    assert_eq!(reader.position(), 1);

    let mut changed = course_json();
    changed["modules"][0]["lessons"][1]["title"] = json!("Keeping water clean");
    save_and_reload(&mut app, &folder, || write(&folder, &changed));

    let Screen::Lesson(reader) = app.screen() else {
        panic!("the lesson stays open after the reload");
    };
    assert_eq!(reader.lesson().unwrap().id, "store");
    assert_eq!(reader.lesson().unwrap().title, "Keeping water clean");
    assert!(shows(&app, "Reloaded once"));
    // The fixture's one warning (no explanations) is listed, and nothing worse.
    assert!(shows(&app, "One suggestion"));
    assert!(!shows(&app, "One problem to fix"));
}

#[test]
fn a_broken_save_lists_its_problems_beside_the_last_good_version() {
    let root = TempDir::new().unwrap();
    let folder = write_course(root.path());
    let mut app = preview(&folder);
    click(&mut app, "lesson-boil");

    // A missing comma on line 3.
    let broken =
        "{\n  \"format\": \"fieldcourse/1\",\n  \"id\": \"water\" \"version\": \"1.0.0\"\n}\n";
    save_and_reload(&mut app, &folder, || {
        std::fs::write(folder.join("course.json"), broken).unwrap();
    });
    assert!(has_widget(&app, PROBLEMS_ID), "the problems panel opens");
    assert!(shows(&app, "One problem to fix"));
    assert!(shows(&app, "water/course.json, line 3, column 17"));
    let Screen::Lesson(reader) = app.screen() else {
        panic!("the last good version stays on show");
    };
    assert_eq!(reader.lesson().unwrap().id, "boil");
    assert_eq!(app.preview().unwrap().latest().error_count(), 1);

    // Fixed: the problem goes (the fixture's warning stays), the lesson is still there.
    save_and_reload(&mut app, &folder, || write(&folder, &course_json()));
    assert!(!shows(&app, "One problem to fix"));
    assert_eq!(app.preview().unwrap().latest().error_count(), 0);
    assert!(matches!(app.screen(), Screen::Lesson(_)));
}

#[test]
fn a_course_broken_from_the_start_waits_for_a_fix() {
    let root = TempDir::new().unwrap();
    let folder = root.path().join("draft");
    std::fs::create_dir_all(&folder).unwrap();
    let mut unfinished = course_json();
    unfinished["modules"] = json!([]);
    write(&folder, &unfinished);
    let mut app = preview(&folder);
    assert!(matches!(app.screen(), Screen::PreviewBroken));
    assert!(shows(&app, "This course cannot be shown yet"));
    assert!(has_widget(&app, PROBLEMS_ID));

    save_and_reload(&mut app, &folder, || write(&folder, &course_json()));
    assert!(
        matches!(app.screen(), Screen::Course(_)),
        "shown once fixed"
    );
}

#[test]
fn the_language_switcher_shows_each_translation() {
    let root = TempDir::new().unwrap();
    let folder = write_course(root.path());
    french(&folder);
    let mut app = preview(&folder);
    assert!(shows(&app, "Safe water"));
    click(&mut app, "lesson-boil");
    click(&mut app, "preview-language-fr");
    let Screen::Lesson(reader) = app.screen() else {
        panic!("the lesson stays open in the other language");
    };
    assert_eq!(reader.lesson().unwrap().title, "Faire bouillir l’eau");
    assert_eq!(app.preview().unwrap().language(), Some("fr"));
    click(&mut app, "preview-language-en");
    let Screen::Lesson(reader) = app.screen() else {
        panic!("still reading");
    };
    assert_eq!(reader.lesson().unwrap().title, "Boiling water");
}

#[test]
fn a_preview_from_the_trainer_area_saves_nothing_and_returns_there() {
    let root = TempDir::new().unwrap();
    let course = write_course(&root.path().join("drafts"));
    let mut app = app_for(root.path(), "en");
    click(&mut app, "trainer");
    // First visit: no trainer PIN wanted on this test computer.
    click(&mut app, "leave-open");
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    type_into(&mut app, "preview-path", &course.display().to_string());
    click(&mut app, "preview");
    assert!(matches!(app.screen(), Screen::Course(_)));
    let scratch = app.preview().unwrap().scratch_dir().to_owned();
    assert!(scratch.is_dir());
    assert!(
        !scratch.starts_with(root.path()),
        "the scratch learner lives outside the data folder"
    );
    click(&mut app, "lesson-boil");
    click(&mut app, "next");
    click(&mut app, "back");
    click(&mut app, "back");
    assert!(app.preview().is_none());
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    assert!(!scratch.exists(), "the scratch progress is thrown away");
    let store = Store::open(&paths_for(root.path()).data_dir).unwrap();
    let learners = store.learners().unwrap();
    assert_eq!(learners.len(), 1, "no preview learner in the real store");
    let session = store.open_session(learners[0].id, None).unwrap();
    assert!(session.enrollment("water").unwrap().is_none());
}

/// Asks the trainer area, in `language`, to preview a path that does not
/// exist; returns the app and that path.
fn preview_nowhere(root: &TempDir, language: &str) -> (App, std::path::PathBuf) {
    let mut app = app_for(root.path(), language);
    click(&mut app, "trainer");
    // First visit: no trainer PIN wanted on this test computer.
    click(&mut app, "leave-open");
    let missing = root.path().join("nowhere");
    type_into(&mut app, "preview-path", &missing.display().to_string());
    click(&mut app, "preview");
    (app, missing)
}

#[test]
fn previewing_a_path_that_is_not_a_folder_says_so() {
    let root = TempDir::new().unwrap();
    let (app, missing) = preview_nowhere(&root, "en");
    assert!(app.preview().is_none());
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    assert!(shows(
        &app,
        &format!(
            "The preview could not open: {} is not a folder. Give the course folder, the one that holds course.json.",
            missing.display()
        )
    ));
}

/// In Arabic the path is isolated, so its slashes and dots keep their order
/// inside the right-to-left sentence.
#[test]
fn a_path_in_an_arabic_sentence_is_isolated() {
    let root = TempDir::new().unwrap();
    let (app, missing) = preview_nowhere(&root, "ar");
    assert!(app.preview().is_none());
    assert!(shows(
        &app,
        &format!(
            "تعذّر فتح المعاينة: المسار التالي ليس مجلدًا: \u{2068}{}\u{2069}. اختر مجلد الدورة، أي المجلد الذي يحوي course.json.",
            missing.display()
        )
    ));
}

#[test]
fn close_preview_is_reachable_by_keyboard() {
    let root = TempDir::new().unwrap();
    let folder = write_course(root.path());
    let app = preview(&folder);
    let order: Vec<String> = app
        .focus_order()
        .iter()
        .map(|target| target.id().to_owned())
        .collect();
    assert_eq!(
        order.first().map(String::as_str),
        Some("preview-language-en")
    );
    assert!(order.iter().any(|id| id == CLOSE_PREVIEW_ID));
}

#[test]
fn a_file_dropped_on_the_trainer_area_is_imported() {
    let root = TempDir::new().unwrap();
    let source = write_course(&root.path().join("usb"));
    let package = root.path().join("water.fcourse");
    let data_dir = paths_for(&root.path().join("home")).data_dir;
    std::fs::write(&package, trusted_package(&source, &data_dir)).unwrap();
    let mut app = app_for(root.path().join("home").as_path(), "en");

    // Outside the trainer area, the app says where to drop it.
    deliver(&mut app, Message::FileDropped(package.clone()));
    assert!(shows(
        &app,
        "To install a course, open the trainer area and drop the file there."
    ));
    let installed = paths_for(&root.path().join("home"))
        .installed_courses_dir()
        .join("water");
    assert!(!installed.exists());

    click(&mut app, "trainer");
    // First visit: no trainer PIN wanted on this test computer.
    click(&mut app, "leave-open");
    deliver(&mut app, Message::FileDropped(package));
    assert!(installed.join("course.json").is_file());
    assert!(shows(
        &app,
        "Installed “Safe water”, version 1.0.0. Learners find it in the library now."
    ));
}

#[test]
fn an_older_version_is_installed_only_when_the_trainer_says_so() {
    let root = TempDir::new().unwrap();
    let home = root.path().join("home");
    let newer = root.path().join("new");
    let older = root.path().join("old");
    for (folder, version) in [(&newer, "2.0.0"), (&older, "1.0.0")] {
        std::fs::create_dir_all(folder).unwrap();
        let mut course = course_json();
        course["version"] = json!(version);
        write(folder, &course);
    }
    let mut app = app_for(&home, "en");
    click(&mut app, "trainer");
    // First visit: no trainer PIN wanted on this test computer.
    click(&mut app, "leave-open");
    deliver(&mut app, Message::FileDropped(newer.clone()));
    let installed = paths_for(&home).installed_courses_dir().join("water");
    let version = || -> String {
        let text = std::fs::read_to_string(installed.join("course.json")).unwrap();
        serde_json::from_str::<serde_json::Value>(&text).unwrap()["version"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(version(), "2.0.0");

    deliver(&mut app, Message::FileDropped(older.clone()));
    assert!(shows(
        &app,
        "water version 2.0.0 is installed; this is the older version 1.0.0."
    ));
    click(&mut app, "keep-installed");
    assert_eq!(version(), "2.0.0", "kept");

    deliver(&mut app, Message::FileDropped(older));
    let mut ui = simulator(&app);
    ui.click(iced_test::selector::id("import-older")).unwrap();
    let messages: Vec<Message> = ui.into_messages().collect();
    for message in messages {
        deliver(&mut app, message);
    }
    assert_eq!(version(), "1.0.0", "installed once confirmed");
    assert!(shows(
        &app,
        "It replaces version 2.0.0: 0 lessons or quizzes are new and 0 are gone. Learners keep their progress on everything that remains."
    ));
}
