//! Opening the store: new files, existing files, newer files, damaged files, and
//! the fixtures of every released format.

use crate::common::*;
use fieldcourse::progress::{
    APPLICATION_ID, AttemptOutcome, BackupKind, Error, NewCertificate, Position, SCHEMA_VERSION,
    Store, Timestamp, database_path, list_backups,
};
use serde_json::json;
use std::fs;
use std::path::{Path, PathBuf};

#[test]
fn a_new_store_is_created_in_wal_mode_at_the_newest_version() {
    let fixture = Fixture::new();
    assert!(fixture.store.opening().created);
    assert_eq!(fixture.store.opening().upgraded_from, None);
    let conn = raw(&fixture.database());
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: u32 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let id: i32 = conn
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .unwrap();
    assert_eq!(id, APPLICATION_ID);
    // A new, empty store has nothing worth a backup.
    assert!(list_backups(fixture.data_dir()).unwrap().is_empty());
}

#[test]
fn data_survives_closing_and_reopening() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let learner = fixture.learner("Amina");
    let id = learner.id();
    learner.complete_lesson(&version, "l1").unwrap();
    let Fixture { dir, store } = fixture;
    drop(store);
    let store = Store::open(dir.path()).unwrap();
    assert!(!store.opening().created);
    let session = store.open_session(id, None).unwrap();
    let lessons = session.lessons("field-safety").unwrap();
    assert_eq!(lessons.len(), 1);
    assert!(lessons[0].completed_at.is_some());
}

#[test]
fn two_stores_on_one_folder_see_each_others_commits() {
    let fixture = Fixture::new();
    let second = Store::open(fixture.data_dir()).unwrap();
    let learner = fixture.learner("Amina");
    assert_eq!(second.learners().unwrap()[0].id, learner.id());
}

#[test]
fn a_file_from_a_newer_fieldcourse_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    let path = database_path(dir.path());
    raw(&path)
        .pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    let before = file_digest(&path);
    let error = Store::open(dir.path()).unwrap_err();
    assert!(
        matches!(error, Error::TooNew { found, supported, .. } if found == SCHEMA_VERSION + 1 && supported == SCHEMA_VERSION),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(message.contains("newer Fieldcourse"), "{message}");
    assert!(message.contains("left untouched"), "{message}");
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert_eq!(file_digest(&path), before);
    assert!(list_backups(dir.path()).unwrap().is_empty());
}

#[test]
fn another_programs_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = database_path(dir.path());
    raw(&path)
        .execute_batch("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');")
        .unwrap();
    let before = file_digest(&path);
    let error = Store::open(dir.path()).unwrap_err();
    assert!(matches!(error, Error::NotProgressFile { .. }), "{error:?}");
    assert_eq!(file_digest(&path), before);
}

/// Every file in the data folder whose name starts with `progress.sqlite.damaged-`.
fn damaged_copies(dir: &Path) -> Vec<PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("progress.sqlite.damaged-")
        })
        .collect()
}

#[test]
fn a_file_that_is_not_a_database_is_moved_aside_not_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let path = database_path(dir.path());
    let garbage = b"this was a database before the power cut".repeat(200);
    fs::write(&path, &garbage).unwrap();
    let error = Store::open_at(dir.path(), Timestamp::from_unix_ms(1_700_000_000_000)).unwrap_err();
    let Error::Damaged {
        moved_to,
        newest_backup,
        ..
    } = &error
    else {
        panic!("expected Damaged, got {error:?}");
    };
    assert_eq!(newest_backup, &None);
    assert!(moved_to.ends_with("progress.sqlite.damaged-20231114T221320Z"));
    assert_eq!(fs::read(moved_to).unwrap(), garbage, "moved byte for byte");
    assert!(!path.exists());
    let message = error.to_string();
    assert!(message.contains("nothing was deleted"), "{message}");
    assert!(message.contains("no backup"), "{message}");
    // Opening again starts afresh, and the damaged copy stays.
    let store = Store::open(dir.path()).unwrap();
    assert!(store.opening().created);
    assert_eq!(damaged_copies(dir.path()).len(), 1);
}

#[test]
fn a_damaged_page_is_found_on_open_and_the_newest_backup_offered() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    for index in 0..40 {
        let learner = fixture.learner(&format!("Learner {index}"));
        learner.complete_lesson(&version, "l1").unwrap();
        learner
            .save_note(&version, "r1", &"note ".repeat(200))
            .unwrap();
    }
    let backup = fixture
        .store
        .backup_now(BackupKind::Daily, Timestamp::now())
        .unwrap();
    let Fixture { dir, store } = fixture;
    drop(store);
    let path = database_path(dir.path());
    // Scribble over the middle of the file: b-tree pages, not the header.
    let mut bytes = fs::read(&path).unwrap();
    assert!(bytes.len() > 8 * 4096, "{}", bytes.len());
    for byte in &mut bytes[4 * 4096..6 * 4096] {
        *byte = 0x5a;
    }
    fs::write(&path, &bytes).unwrap();

    let error = Store::open(dir.path()).unwrap_err();
    let Error::Damaged {
        moved_to,
        newest_backup,
        ..
    } = &error
    else {
        panic!("expected Damaged, got {error:?}");
    };
    assert_eq!(newest_backup.as_deref(), Some(backup.id.as_str()));
    assert_eq!(fs::read(moved_to).unwrap(), bytes);
    assert!(
        error
            .to_string()
            .contains(&format!("fieldcourse backup restore {}", backup.id))
    );
}

#[test]
fn the_fixture_of_every_released_format_opens_and_upgrades() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress");
    let fresh = tempfile::tempdir().unwrap();
    drop(Store::open(fresh.path()).unwrap());
    let fresh_schema = schema_of(&database_path(fresh.path()));
    for version in 1..=SCHEMA_VERSION {
        let fixture = fixtures.join(format!("v{version}.sqlite"));
        assert!(
            fixture.is_file(),
            "no fixture for format v{version}: run `FIELDCOURSE_WRITE_FIXTURE=1 cargo test --test progress write_fixture -- --ignored` before changing the format"
        );
        let dir = tempfile::tempdir().unwrap();
        fs::copy(&fixture, database_path(dir.path())).unwrap();
        let store = Store::open(dir.path()).unwrap();
        let expected_upgrade = (version < SCHEMA_VERSION).then_some(version);
        assert_eq!(
            store.opening().upgraded_from,
            expected_upgrade,
            "v{version}"
        );
        if version < SCHEMA_VERSION {
            assert!(
                store
                    .opening()
                    .backups
                    .iter()
                    .any(|backup| backup.kind == BackupKind::BeforeUpgrade { from: version })
            );
        }
        assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());
        assert_eq!(schema_of(store.path()), fresh_schema, "v{version}");
        // What every fixture holds (see `write_fixture`) is still there.
        let learners = store.learners().unwrap();
        let names: Vec<&str> = learners.iter().map(|l| l.display_name.as_str()).collect();
        assert_eq!(names, ["Amina", "Bilal"], "v{version}");
        assert!(learners[1].has_pin);
        let amina = store.open_session(learners[0].id, None).unwrap();
        assert_eq!(amina.lessons("field-safety").unwrap().len(), 2);
        let attempts = amina.attempts("field-safety", "quiz1").unwrap();
        assert_eq!(attempts.len(), 1);
        assert_eq!(amina.answers(attempts[0].id).unwrap().len(), 2);
        assert_eq!(amina.certificates().unwrap().len(), 1);
        assert!(store.open_session(learners[1].id, Some("2468")).is_ok());
        assert_eq!(store.report(None).unwrap().len(), 2);
    }
}

/// Writes `tests/fixtures/progress/v{SCHEMA_VERSION}.sqlite`. Run it once when a
/// format version is released, and commit the file:
/// `FIELDCOURSE_WRITE_FIXTURE=1 cargo test --test progress write_fixture -- --ignored`
#[test]
#[ignore = "writes a fixture into the source tree; run by hand when releasing a format version"]
fn write_fixture() {
    if std::env::var_os("FIELDCOURSE_WRITE_FIXTURE").is_none() {
        return;
    }
    let fixture = Fixture::new();
    let store = &fixture.store;
    let version = store.register_course(&course()).unwrap();
    let amina = fixture.learner("Amina");
    amina.open_lesson(&version, "l1").unwrap();
    amina.add_lesson_time(&version, "l1", 95).unwrap();
    amina.complete_lesson(&version, "l1").unwrap();
    amina.open_lesson(&version, "l2").unwrap();
    amina
        .set_position(
            &version,
            &Position {
                item_id: "l2".to_owned(),
                block: 1,
            },
        )
        .unwrap();
    amina
        .save_note(&version, "r1", "Call the focal point first.")
        .unwrap();
    let attempt = amina
        .start_attempt(
            &version,
            "quiz1",
            42,
            &json!({"questions": ["quiz1-q2", "quiz1-q1"]}),
        )
        .unwrap();
    amina
        .record_answer(
            attempt,
            "quiz1-q2",
            &json!({"choice": "quiz1-q2-a"}),
            Some(1.0),
        )
        .unwrap();
    amina
        .record_answer(attempt, "quiz1-q1", &json!({"value": true}), Some(1.0))
        .unwrap();
    amina
        .finish_attempt(
            attempt,
            &AttemptOutcome {
                points: 2.0,
                max_points: 2.0,
                score: 1.0,
                passed: true,
            },
        )
        .unwrap();
    amina
        .record_completion(
            &version,
            Some(&NewCertificate {
                id: "FC-FIXTURE-0001".to_owned(),
                name_on_certificate: "Amina Fullname".to_owned(),
                credential: Some("{\"signed\":true}".to_owned()),
            }),
            Timestamp::now(),
        )
        .unwrap();
    let bilal = store
        .create_learner(&new_learner("Bilal", Some("2468")))
        .unwrap();
    bilal.enroll(&version).unwrap();
    store.set_setting("theme", "dark").unwrap();
    let backup = store
        .backup_now(BackupKind::Daily, Timestamp::now())
        .unwrap();
    let target = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/progress/v{SCHEMA_VERSION}.sqlite"));
    fs::create_dir_all(target.parent().unwrap()).unwrap();
    fs::copy(&backup.path, &target).unwrap();
}

#[test]
fn learners_from_before_v7_get_a_subject_id_each_on_upgrade() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress/v6.sqlite");
    let dir = tempfile::tempdir().unwrap();
    fs::copy(&fixture, database_path(dir.path())).unwrap();
    drop(Store::open(dir.path()).unwrap());
    let conn = raw(&database_path(dir.path()));
    let ids: Vec<Option<String>> = conn
        .prepare("SELECT subject_id FROM learners")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert!(!ids.is_empty());
    let mut distinct: Vec<&String> = ids.iter().map(|id| id.as_ref().unwrap()).collect();
    assert!(
        distinct
            .iter()
            .all(|id| id.starts_with("urn:uuid:") && id.len() == 45)
    );
    distinct.dedup();
    assert_eq!(distinct.len(), ids.len(), "one each");
}
