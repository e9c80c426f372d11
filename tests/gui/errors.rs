//! Core errors reach the learner in their language, with advice that fits the
//! app: no command-line hints in the window.

use crate::common::{paths_for, simulator, start};
use fieldcourse::gui::app::Screen;
use fieldcourse::gui::error_text::{progress_message, progress_text};
use fieldcourse::i18n::{Language, Localizer};
use fieldcourse::progress::{Error, InputProblem, LearnerId};
use std::path::PathBuf;
use std::sync::Arc;
use tempfile::TempDir;

/// Command-line advice the core's own wording carries, which a window must not show.
const COMMAND_HINTS: [&str; 4] = ["fieldcourse ", "--data-dir", "backup list", "`"];

/// One value of every kind of progress error.
fn every_kind() -> Vec<Error> {
    let path = PathBuf::from("/data/progress.sqlite3");
    let sqlite = rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY),
        Some("attempt to write a readonly database".to_owned()),
    );
    let json = serde_json::from_str::<u8>("x").unwrap_err();
    vec![
        Error::Database {
            path: path.clone(),
            action: "save the answer",
            source: Arc::new(sqlite),
        },
        Error::Io {
            path: path.clone(),
            action: "create the backup folder",
            source: Arc::new(std::io::Error::other("disk full")),
        },
        Error::TooNew {
            path: path.clone(),
            found: 9,
            supported: 3,
        },
        Error::NotProgressFile {
            path: path.clone(),
            reason: "no learners table".to_owned(),
        },
        Error::Damaged {
            path: path.clone(),
            problem: "malformed".to_owned(),
            moved_to: path.with_extension("damaged"),
            newest_backup: Some("2026-01-02".to_owned()),
        },
        Error::LearnerNotFound {
            path: path.clone(),
            learner: LearnerId(7),
        },
        Error::PinRequired {
            path: path.clone(),
            name: "Amina".to_owned(),
        },
        Error::WrongPin {
            path: path.clone(),
            name: "Amina".to_owned(),
        },
        Error::PinWait {
            path: path.clone(),
            name: "Amina".to_owned(),
            seconds: 30,
        },
        Error::PinLength {
            path: path.clone(),
            min: 4,
            max: 32,
        },
        Error::InvalidInput {
            path: path.clone(),
            problem: InputProblem::NameEmpty,
        },
        Error::NotThisSession {
            path: path.clone(),
            what: "session key",
        },
        Error::NotInCourse {
            path: path.clone(),
            course_id: "c".to_owned(),
            version: "1".to_owned(),
            item_id: "q".to_owned(),
        },
        Error::AttemptNotFound {
            path: path.clone(),
            attempt: 3,
        },
        Error::AttemptFinished {
            path: path.clone(),
            attempt: 3,
        },
        Error::BackupNotFound {
            dir: path.clone(),
            id: "x".to_owned(),
        },
        Error::BackupUnusable {
            path: path.clone(),
            problem: "empty".to_owned(),
        },
        Error::Json {
            path,
            action: "read the answer",
            source: Arc::new(json),
        },
    ]
}

#[test]
fn every_kind_of_progress_error_has_a_message_in_every_language_without_command_hints() {
    let languages =
        ["en", "fr", "es", "ar"].map(|tag| Localizer::new(Language::from_tag(tag).unwrap()));
    for error in every_kind() {
        let (id, _) = progress_message(&error);
        let english = progress_text(&error, &languages[0]);
        assert_ne!(english, id, "{error:?} has no message");
        for locale in &languages {
            let text = progress_text(&error, locale);
            assert_ne!(
                text,
                id,
                "{error:?} has no message in {:?}",
                locale.language().tag
            );
            for hint in COMMAND_HINTS {
                assert!(!text.contains(hint), "{text:?} gives a command-line hint");
            }
            if locale.language().tag != "en" {
                assert_ne!(
                    text,
                    english,
                    "{id} is not translated into {}",
                    locale.language().tag
                );
            }
        }
    }
}

#[test]
fn an_arabic_learner_whose_progress_file_is_damaged_reads_arabic_advice() {
    let folder = TempDir::new().unwrap();
    let data = paths_for(folder.path()).data_dir;
    std::fs::create_dir_all(&data).unwrap();
    let file = fieldcourse::progress::database_path(&data);
    std::fs::write(&file, b"this is not a database, it is a note").unwrap();
    let app = start(folder.path(), "ar");
    assert!(matches!(app.screen(), Screen::StoreFailed));
    let problem = app.store_problem().unwrap().to_owned();
    let mut ui = simulator(&app);
    assert!(ui.find(problem.as_str()).is_ok(), "the problem is shown");
    assert!(
        ui.find("تعذّر فتح ملف تقدمك").is_ok(),
        "the heading is in Arabic"
    );
    // Arabic words, and no English advice about commands.
    assert!(
        problem
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{problem}"
    );
    for hint in COMMAND_HINTS {
        assert!(
            !problem.contains(hint),
            "{problem:?} gives a command-line hint"
        );
    }
    assert!(!problem.contains("progress file"), "{problem:?} is English");
    assert!(ui.find("fieldcourse backup restore").is_err());
}
