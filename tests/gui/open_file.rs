//! `fieldcourse FILE.fcourse` (a double click in the file manager): the app
//! starts on the trainer area's import of the file, with the same checks and
//! questions as a drop, and behind the trainer PIN when one is set.

use fieldcourse::gui::app::{App, Message, Screen};
use fieldcourse::gui::screen::trainer_lock::PIN_ID;
use fieldcourse::i18n::Language;
use fieldcourse::progress::Store;
use serde_json::json;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

use crate::common::{add_learner, app_for, paths_for, simulator, type_into};
use crate::fixture::{course_json, trusted_package, write_course};
use crate::tasks;

/// Delivers `message`, then every message its tasks produce, as the runtime would.
fn deliver(app: &mut App, message: Message) {
    run(app, |app| app.update(message));
}

/// Runs what `act` does to the app, then every message its tasks produce.
fn run(app: &mut App, act: impl FnOnce(&mut App) -> iced::Task<Message>) {
    let mut pending = tasks::run(act(app));
    while let Some(message) = pending.pop() {
        pending.extend(tasks::run(app.update(message)));
    }
}

fn click(app: &mut App, widget_id: &str) {
    let mut ui = simulator(app);
    ui.click(iced_test::selector::id(widget_id.to_owned()))
        .unwrap_or_else(|e| panic!("no {widget_id}: {e:?}"));
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(!messages.is_empty(), "clicking {widget_id} did nothing");
    for message in messages {
        deliver(app, message);
    }
}

fn shows(app: &App, text: &str) -> bool {
    simulator(app).find(text).is_ok()
}

/// A package of the "water" course at `version`, in `root`, signed by a
/// publisher the data folder of `root/home` trusts.
fn package(root: &Path, version: &str) -> PathBuf {
    let source = root.join(format!("usb-{version}"));
    let folder = write_course(&source);
    let mut course = course_json();
    course["version"] = json!(version);
    std::fs::write(folder.join("course.json"), course.to_string()).unwrap();
    let package = root.join(format!("water-{version}.fcourse"));
    let data_dir = paths_for(&root.join("home")).data_dir;
    std::fs::write(&package, trusted_package(&folder, &data_dir)).unwrap();
    package
}

fn installed_version(home: &Path) -> Option<String> {
    let file = paths_for(home)
        .installed_courses_dir()
        .join("water/course.json");
    let text = std::fs::read_to_string(file).ok()?;
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    value["version"].as_str().map(str::to_owned)
}

/// The app as `fieldcourse FILE` starts it on `home`'s data.
fn start_with(home: &Path, file: PathBuf) -> App {
    // The library's own loading task is left out: the trainer area replaces it.
    let (mut app, _library) =
        App::with_language(&paths_for(home), Language::from_tag("en").unwrap());
    run(&mut app, |app| app.open_file(file));
    app
}

#[test]
fn a_package_opens_the_trainer_area_and_is_imported() {
    let root = TempDir::new().unwrap();
    let home = root.path().join("home");
    let package = package(root.path(), "1.0.0");
    add_learner(&home, "Amina Diallo", "en");

    let app = start_with(&home, package.clone());
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    assert_eq!(installed_version(&home).as_deref(), Some("1.0.0"));
    assert!(shows(
        &app,
        "Installed “Safe water”, version 1.0.0. Learners find it in the library now."
    ));
    assert!(
        shows(&app, &package.display().to_string()),
        "the path is shown as if typed"
    );
}

#[test]
fn a_course_with_errors_is_refused_with_its_problems_as_a_drop_would_be() {
    let root = TempDir::new().unwrap();
    let home = root.path().join("home");
    let folder = write_course(&root.path().join("usb"));
    let mut course = course_json();
    course["modules"][0]["lessons"][1]["id"] = json!("boil");
    std::fs::write(folder.join("course.json"), course.to_string()).unwrap();
    add_learner(&home, "Amina Diallo", "en");

    let app = start_with(&home, folder);
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    assert!(
        simulator(&app)
            .find(iced_test::selector::id("import-problems"))
            .is_ok(),
        "the problems are listed"
    );
    let column = course.to_string().find("\"boil\"").unwrap() + 1;
    assert!(shows(
        &app,
        &format!(
            "the id “boil” is used twice; it was first used at course.json:1:{column} (module 1, lesson 1)"
        )
    ));
    assert_eq!(installed_version(&home), None, "nothing is installed");
}

#[test]
fn an_older_package_asks_first_as_a_drop_does() {
    let root = TempDir::new().unwrap();
    let home = root.path().join("home");
    let newer = package(root.path(), "2.0.0");
    let older = package(root.path(), "1.0.0");
    let mut app = app_for(&home, "en");
    click(&mut app, "trainer");
    click(&mut app, "leave-open");
    deliver(&mut app, Message::FileDropped(newer));
    assert_eq!(installed_version(&home).as_deref(), Some("2.0.0"));

    // One window per data folder: close the first.
    drop(app);
    let mut app = start_with(&home, older);
    assert!(shows(
        &app,
        "water version 2.0.0 is installed; this is the older version 1.0.0."
    ));
    assert_eq!(installed_version(&home).as_deref(), Some("2.0.0"));
    click(&mut app, "import-older");
    assert_eq!(installed_version(&home).as_deref(), Some("1.0.0"));
}

#[test]
fn behind_a_trainer_pin_the_pin_comes_first_then_the_import() {
    let root = TempDir::new().unwrap();
    let home = root.path().join("home");
    let package = package(root.path(), "1.0.0");
    add_learner(&home, "Amina Diallo", "en");
    Store::open(&paths_for(&home).data_dir)
        .unwrap()
        .set_trainer_pin(Some("2468"))
        .unwrap();

    let mut app = start_with(&home, package.clone());
    assert!(matches!(app.screen(), Screen::TrainerLock(_)));
    assert_eq!(app.pending_import(), Some(package.as_path()));
    assert_eq!(installed_version(&home), None, "nothing before the PIN");

    type_into(&mut app, PIN_ID, "0000");
    click(&mut app, "unlock");
    assert!(shows(&app, "That is not the trainer PIN. Try again."));
    assert_eq!(installed_version(&home), None, "nor with a wrong one");

    type_into(&mut app, PIN_ID, "2468");
    click(&mut app, "unlock");
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    assert_eq!(installed_version(&home).as_deref(), Some("1.0.0"));
    assert_eq!(app.pending_import(), None);
}

#[test]
fn leaving_the_pin_prompt_forgets_the_file() {
    let root = TempDir::new().unwrap();
    let home = root.path().join("home");
    let package = package(root.path(), "1.0.0");
    add_learner(&home, "Amina Diallo", "en");
    Store::open(&paths_for(&home).data_dir)
        .unwrap()
        .set_trainer_pin(Some("2468"))
        .unwrap();

    let mut app = start_with(&home, package);
    click(&mut app, "back");
    assert!(matches!(app.screen(), Screen::Library(_)));
    assert_eq!(app.pending_import(), None);

    // Opening the trainer area later imports nothing by itself.
    click(&mut app, "trainer");
    type_into(&mut app, PIN_ID, "2468");
    click(&mut app, "unlock");
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    assert_eq!(installed_version(&home), None);
}

#[test]
fn on_a_shared_laptop_back_from_the_import_goes_to_the_learner_picker() {
    let root = TempDir::new().unwrap();
    let home = root.path().join("home");
    let package = package(root.path(), "1.0.0");
    add_learner(&home, "Amina Diallo", "en");
    add_learner(&home, "Omar Haddad", "en");

    let mut app = start_with(&home, package);
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    assert_eq!(installed_version(&home).as_deref(), Some("1.0.0"));
    click(&mut app, "back");
    assert!(
        matches!(app.screen(), Screen::Learners(_)),
        "nobody signed in yet: {:?}",
        app.screen()
    );
    assert!(shows(&app, "Omar Haddad"));
}
