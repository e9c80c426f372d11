//! The trainer area: importing a course (installed whole, or refused with its
//! problems and nothing left behind), learners, the CSV report and the
//! certificate register.

use fieldcourse::certificate::issue::{Issue, issue_if_complete};
use fieldcourse::certificate::keys::Keyring;
use fieldcourse::course::discover;
use fieldcourse::gui::app::{Message, Screen};
use fieldcourse::gui::screen::trainer::{self, Event, State, Tab};
use fieldcourse::gui::widget::Look;
use fieldcourse::i18n::{Language, Localizer};
use fieldcourse::paths::Paths;
use fieldcourse::progress::{Store, Timestamp};
use iced_test::selector::id;
use std::path::Path;
use std::sync::Arc;
use tempfile::TempDir;

use crate::fixture::{complete, course_json, learner, load, write_course};
use crate::tasks;

pub(crate) struct Area {
    pub(crate) root: TempDir,
    pub(crate) paths: Paths,
    pub(crate) store: Store,
    pub(crate) state: State,
    locale: Localizer,
}

impl Area {
    pub(crate) fn open(root: TempDir, store: Store) -> Self {
        let paths = Paths {
            data_dir: root.path().join("data"),
            course_dirs: vec![root.path().join("data/courses")],
        };
        let (mut state, _) = State::new(&store, &paths);
        state.set_export_folder(root.path().join("Documents"));
        Self {
            root,
            paths,
            store,
            state,
            locale: Localizer::new(Language::from_tag("en").unwrap()),
        }
    }

    pub(crate) fn fresh() -> Self {
        let root = TempDir::new().unwrap();
        let store = Store::open(&root.path().join("data")).unwrap();
        Self::open(root, store)
    }

    fn look(&self) -> Look {
        Look::new(
            self.locale.language(),
            fieldcourse::gui::theme::ThemeChoice::Light,
        )
    }

    /// Clicks `widget_id`, then runs every task to its end; returns the events.
    pub(crate) fn click(&mut self, widget_id: &str) -> Vec<Event> {
        let mut ui = tasks::screen(self.state.view(&self.locale, self.look()));
        ui.click(id(widget_id.to_owned()))
            .unwrap_or_else(|e| panic!("no {widget_id}: {e:?}"));
        let messages: Vec<trainer::Message> = ui.into_messages().collect();
        assert!(!messages.is_empty(), "clicking {widget_id} did nothing");
        self.deliver(messages)
    }

    pub(crate) fn deliver(&mut self, mut messages: Vec<trainer::Message>) -> Vec<Event> {
        let mut events = Vec::new();
        while !messages.is_empty() {
            let mut next = Vec::new();
            for message in messages {
                let (task, event) = self.state.update(message, &self.store, &self.paths);
                events.extend(event);
                next.extend(tasks::run(task));
            }
            messages = next;
        }
        events
    }

    /// Types `path` into the import field and presses Import.
    pub(crate) fn import(&mut self, path: &Path) -> Vec<Event> {
        let mut ui = tasks::screen(self.state.view(&self.locale, self.look()));
        ui.click(id("import-path")).unwrap();
        let _ = ui.typewrite(&path.display().to_string());
        let typed: Vec<trainer::Message> = ui.into_messages().collect();
        assert!(!typed.is_empty(), "typing reaches the field");
        self.deliver(typed);
        self.click("import")
    }

    /// Whether the widget with `widget_id` is shown.
    pub(crate) fn has(&self, widget_id: &str) -> bool {
        let mut ui = tasks::screen(self.state.view(&self.locale, self.look()));
        ui.find(id(widget_id.to_owned())).is_ok()
    }

    pub(crate) fn shows(&self, text: &str) -> bool {
        let mut ui = tasks::screen(self.state.view(&self.locale, self.look()));
        ui.find(text.to_owned()).is_ok()
    }
}

#[test]
fn importing_a_valid_course_installs_it_for_the_library() {
    let mut area = Area::fresh();
    let source = write_course(&area.root.path().join("usb"));
    let events = area.import(&source);
    assert_eq!(events, vec![Event::CoursesChanged]);
    let installed = area.paths.installed_courses_dir().join("water");
    assert!(installed.join("course.json").is_file());
    assert!(
        area.shows("Installed “Safe water”, version 1.0.0. Learners find it in the library now.")
    );
    assert!(area.shows(&format!("Copied to {}", installed.display())));
    let found = discover(&area.paths.course_dirs);
    assert_eq!(found.len(), 1);
    assert!(found[0].is_usable());
    assert!(
        !area.paths.data_dir.join(".importing").exists(),
        "the working folder is cleaned up"
    );
}

#[test]
fn importing_a_package_checks_it_and_installs_the_course() {
    let mut area = Area::fresh();
    let source = write_course(&area.root.path().join("usb"));
    let packed = crate::fixture::trusted_package(&source, &area.paths.data_dir);
    let package = area.root.path().join("water.fcourse");
    std::fs::write(&package, &packed).unwrap();
    assert_eq!(area.import(&package), vec![Event::CoursesChanged]);
    let installed = area.paths.installed_courses_dir().join("water");
    assert_eq!(
        std::fs::read(installed.join("course.json")).unwrap(),
        std::fs::read(source.join("course.json")).unwrap()
    );
    // A package changed in transit is refused, and nothing new is installed.
    let mut damaged = packed.clone();
    let middle = damaged.len() / 2;
    damaged[middle] ^= 0xff;
    let bad = area.root.path().join("damaged.fcourse");
    std::fs::write(&bad, damaged).unwrap();
    std::fs::remove_dir_all(&installed).unwrap();
    assert!(area.import(&bad).is_empty());
    assert!(!installed.exists());
}

#[test]
fn a_damaged_package_is_explained_in_words_naming_the_file() {
    let mut area = Area::fresh();
    let source = write_course(&area.root.path().join("usb"));
    let packed = fieldcourse::course::pack_course(&source).unwrap();
    let cut = area.root.path().join("cut.fcourse");
    std::fs::write(&cut, &packed.bytes[..packed.bytes.len() / 2]).unwrap();
    assert!(area.import(&cut).is_empty());
    assert!(area.shows(&format!(
        "{} is not a complete Fieldcourse package. It may have been cut short while it was copied: copy it again from the original and import the new copy.",
        cut.display()
    )));
    let mut area = Area::fresh();
    let text_file = area.root.path().join("notes.fcourse");
    std::fs::write(&text_file, "meeting notes").unwrap();
    assert!(area.import(&text_file).is_empty());
    assert!(area.shows(&format!(
        "{} is not a Fieldcourse package. Choose the .fcourse file itself, or a course folder.",
        text_file.display()
    )));
}

#[test]
fn importing_a_new_version_replaces_the_installed_one() {
    let mut area = Area::fresh();
    let source = write_course(&area.root.path().join("usb"));
    area.import(&source);
    let mut newer = course_json();
    newer["version"] = serde_json::json!("1.1.0");
    std::fs::write(source.join("course.json"), newer.to_string()).unwrap();
    assert_eq!(area.click("import"), vec![Event::CoursesChanged]);
    let found = discover(&area.paths.course_dirs);
    assert_eq!(found.len(), 1, "replaced, not added beside");
    assert_eq!(found[0].course.as_ref().unwrap().version, "1.1.0");
    assert!(!area.paths.data_dir.join(".importing").exists());
}

#[test]
fn importing_a_course_json_file_installs_its_folder() {
    let mut area = Area::fresh();
    let source = write_course(&area.root.path().join("usb"));
    std::fs::create_dir(source.join("assets")).unwrap();
    std::fs::write(source.join("assets/note.txt"), "kept").unwrap();
    area.import(&source.join("course.json"));
    let installed = area.paths.installed_courses_dir().join("water");
    assert_eq!(
        std::fs::read_to_string(installed.join("assets/note.txt")).unwrap(),
        "kept"
    );
}

#[test]
fn a_broken_course_shows_its_problems_and_installs_nothing() {
    let mut area = Area::fresh();
    let source = area.root.path().join("usb/broken");
    std::fs::create_dir_all(&source).unwrap();
    let mut broken = course_json();
    broken["modules"][0]["lessons"][1]["id"] = serde_json::json!("boil");
    std::fs::write(source.join("course.json"), broken.to_string()).unwrap();
    let events = area.import(&source);
    assert!(events.is_empty(), "no CoursesChanged for a refused course");
    assert!(area.shows(
        "Not installed: one problem must be fixed first. Give this list to the course author:"
    ));
    assert!(area.shows("Problem"));
    let column = broken.to_string().find("\"boil\"").unwrap() + 1;
    assert!(area.shows(&format!(
        "the id “boil” is used twice; it was first used at course.json:1:{column} (module 1, lesson 1)"
    )));
    let installed = area.paths.installed_courses_dir();
    let left: Vec<_> = std::fs::read_dir(&installed)
        .map(|entries| entries.flatten().collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "nothing installed: {left:?}");
    assert!(!area.paths.data_dir.join(".importing").exists());
}

#[test]
fn an_empty_path_asks_for_one() {
    let mut area = Area::fresh();
    area.click("import");
    assert!(area.shows("Type the path of a course folder first."));
}

/// An area whose store has Amira (certified) and Karim (one lesson done).
pub(crate) fn busy_area() -> (Area, String) {
    let root = TempDir::new().unwrap();
    let store = Store::open(&root.path().join("data")).unwrap();
    let folder = write_course(&root.path().join("courses"));
    let course = Arc::clone(load(&folder).course.as_ref().unwrap());
    let version = store.register_course(&course).unwrap();
    let code = {
        let amira = learner(&store, "Amira Haddad", "en");
        complete(&amira, &version);
        let keyring = Keyring::new(&root.path().join("data"));
        let Issue::Issued(signed) =
            issue_if_complete(&amira, &version, &course, &keyring, Timestamp::now()).unwrap()
        else {
            panic!("the certificate is issued")
        };
        signed.certificate.code().as_str().to_owned()
    };
    let karim = learner(&store, "Karim Diallo", "fr");
    karim.complete_lesson(&version, "boil").unwrap();
    (Area::open(root, store), code)
}

#[test]
fn the_register_lists_issued_certificates() {
    let (mut area, code) = busy_area();
    area.click("tab-register");
    assert_eq!(area.state.tab(), Tab::Register);
    assert!(area.shows("One certificate issued on this computer"));
    assert!(area.shows("Amira Haddad"));
    assert!(area.shows("Safe water"));
    assert!(area.shows(&code));
    assert!(
        !area.shows("Karim Diallo"),
        "only certified learners are listed"
    );
}

#[test]
fn learners_and_their_progress_are_listed() {
    let (mut area, _) = busy_area();
    area.click("tab-learners");
    assert!(area.shows("2 learners on this computer"));
    assert!(area.shows("Karim Diallo"));
    assert!(area.shows("Lessons 1 of 2 · Quizzes passed 0 of 1"));
    assert!(area.shows("Lessons 2 of 2 · Quizzes passed 1 of 1 · Certificate issued"));
}

#[test]
fn the_csv_report_is_written_into_the_documents_folder() {
    let (mut area, _) = busy_area();
    area.click("tab-report");
    area.click("export-csv");
    let path = area
        .state
        .exported()
        .expect("the report was written")
        .to_owned();
    assert!(path.starts_with(area.root.path().join("Documents")));
    assert!(area.shows(&path.display().to_string()), "the path is shown");
    let csv = std::fs::read_to_string(&path).unwrap();
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("learner_id,display_name,")
    );
    assert_eq!(lines.count(), 2, "one line per learner and course");
    assert!(csv.contains("Amira Haddad") && csv.contains("Karim Diallo"));
}

#[test]
fn an_empty_device_says_so() {
    let mut area = Area::fresh();
    area.click("tab-learners");
    assert!(area.shows("No learners yet. Learners appear here once they have added their name."));
    area.click("tab-register");
    assert!(area.shows("No certificates issued yet."));
}

#[test]
fn the_library_opens_the_trainer_area_and_back() {
    let folder = TempDir::new().unwrap();
    let mut app = crate::common::app_for(folder.path(), "en");
    let mut ui = crate::common::simulator(&app);
    ui.click(id("trainer")).unwrap();
    for message in ui.into_messages().collect::<Vec<Message>>() {
        let _ = app.update(message);
    }
    assert!(
        matches!(app.screen(), Screen::TrainerLock(_)),
        "first visit"
    );
    crate::common::click(&mut app, "leave-open");
    assert!(matches!(app.screen(), Screen::Trainer(_)));
    let mut ui = crate::common::simulator(&app);
    assert!(ui.find("Trainer area").is_ok());
    ui.click(id("back")).unwrap();
    for message in ui.into_messages().collect::<Vec<Message>>() {
        let _ = app.update(message);
    }
    assert!(matches!(app.screen(), Screen::Library(_)));
}

/// A course folder whose French translation lags one version behind: usable,
/// with suggestions for its author.
fn course_with_a_suggestion(parent: &Path) -> std::path::PathBuf {
    let folder = write_course(parent);
    let mut french = course_json();
    french["language"] = serde_json::json!("fr");
    french["version"] = serde_json::json!("0.9.0");
    std::fs::write(folder.join("course.fr.json"), french.to_string()).unwrap();
    folder
}

#[test]
fn importing_a_bundled_course_replaces_it_in_the_library_and_says_so() {
    let mut area = Area::fresh();
    let bundled = area.root.path().join("bundled");
    write_course(&bundled);
    area.paths.course_dirs.insert(0, bundled.clone());
    let source = course_with_a_suggestion(&area.root.path().join("usb"));
    assert_eq!(area.import(&source), vec![Event::CoursesChanged]);
    let installed = area.paths.installed_courses_dir().join("water");
    assert!(
        area.shows("Installed “Safe water”, version 1.0.0. Learners find it in the library now.")
    );
    assert!(area.shows(&format!("Copied to {}", installed.display())));
    assert!(area.shows(
        "The library now shows it in place of version 1.0.0 that came with the app, which stays on this computer: 0 lessons or quizzes are new and 0 are gone. Learners keep their progress on everything that remains."
    ));
    // One card for the one id: the installed copy, where the bundled one stood.
    let found = discover(&area.paths.course_dirs);
    assert_eq!(
        found.len(),
        1,
        "{:?}",
        found.iter().map(|c| &c.origin).collect::<Vec<_>>()
    );
    assert_eq!(found[0].origin, installed);
    assert!(
        bundled.join("water/course.json").is_file(),
        "the bundled copy stays"
    );
    // The suggestion opens.
    // (the fixture's quiz has no explanations, the translation lags behind;
    // the missing explanations are the source's, said once, not again for
    // the translation)
    assert!(area.shows("2 suggestions for the author"));
    let suggestion = "the translation is of version 0.9.0, but course.json is version 1.0.0";
    assert!(!area.shows(suggestion));
    area.click("import-suggestions");
    assert!(area.shows(suggestion));
}

#[test]
fn importing_the_same_version_again_replaces_the_installed_copy_and_says_so() {
    let mut area = Area::fresh();
    let source = write_course(&area.root.path().join("usb"));
    let mut explained = course_json();
    explained["modules"][0]["quiz"]["questions"][0]["explanation"] =
        serde_json::json!("Boiling kills germs.");
    std::fs::write(source.join("course.json"), explained.to_string()).unwrap();
    area.import(&source);
    assert!(area.shows("The checks found nothing to suggest to the author."));
    assert_eq!(area.click("import"), vec![Event::CoursesChanged]);
    assert!(area.shows(
        "It replaces the copy of version 1.0.0 that was installed. Learners keep their progress."
    ));
    assert_eq!(discover(&area.paths.course_dirs).len(), 1);
}
