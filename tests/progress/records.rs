//! Records files between devices: temp data folders stand in for the
//! learners' laptops and the trainer's; export, collect, collect again
//! (nothing changes), a newer export superseding an older one, and devices
//! that never overwrite each other or the trainer's own learners.

use crate::common::*;
use crate::zip_entries::entries;
use fieldcourse::certificate::keys::Keyring;
use fieldcourse::progress::{AttemptOutcome, Collection, NewCertificate, Store, Timestamp};
use fieldcourse::records::{self, Collected, Export};
use serde_json::json;
use std::path::{Path, PathBuf};

/// A data folder standing in for a device.
pub struct Device {
    pub fixture: Fixture,
}

impl Device {
    pub fn new() -> Self {
        Self {
            fixture: Fixture::new(),
        }
    }

    pub fn store(&self) -> &Store {
        &self.fixture.store
    }

    /// A learner who read a lesson, passed quiz 1 (two answers) and got a
    /// certificate with its signed credential.
    pub fn learner_with_progress(&self, name: &str) {
        let store = self.store();
        let version = store.register_course(&course()).unwrap();
        let learner = self.fixture.learner(name);
        learner.complete_lesson(&version, "l1").unwrap();
        let attempt = learner
            .start_attempt(
                &version,
                "quiz1",
                7,
                &json!({"questions": ["quiz1-q1", "quiz1-q2"]}),
            )
            .unwrap();
        learner
            .record_answer(attempt, "quiz1-q1", &json!({"value": true}), Some(1.0))
            .unwrap();
        learner
            .record_answer(
                attempt,
                "quiz1-q2",
                &json!({"choice": "quiz1-q2-a"}),
                Some(1.0),
            )
            .unwrap();
        learner
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
        learner
            .record_completion(
                &version,
                Some(&NewCertificate {
                    id: format!("FC-{name}"),
                    name_on_certificate: format!("{name} Fullname"),
                    credential: Some(format!("eyJ.{name}.sig")),
                }),
                Timestamp::now(),
            )
            .unwrap();
    }

    /// A learner who only started the course.
    pub fn learner_started(&self, name: &str) {
        let version = self.store().register_course(&course()).unwrap();
        self.fixture.learner(name).enroll(&version).unwrap();
    }

    /// Saves the device's records into `folder` at `at` (Unix ms).
    pub fn export(&self, name: &str, folder: &Path, at: i64) -> Export {
        records::export_records(
            self.store(),
            &Keyring::new(self.fixture.data_dir()),
            folder,
            Some(name),
            Timestamp::from_unix_ms(at),
        )
        .unwrap()
    }

    /// Collects `file` here.
    pub fn collect(&self, file: &Path) -> records::Result<Collected> {
        records::collect_file(
            self.store(),
            file,
            Timestamp::from_unix_ms(1_800_000_000_000),
        )
    }

    /// Every row of every table, as text, to tell "nothing changed".
    pub fn content(&self) -> Vec<(String, Vec<String>)> {
        database_content(&self.fixture.database())
    }
}

/// Every table's rows (each row as text, sorted) in the database at `path`.
pub fn database_content(path: &Path) -> Vec<(String, Vec<String>)> {
    let conn = raw(path);
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    tables
        .into_iter()
        .map(|table| {
            let mut statement = conn.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
            let columns = statement.column_count();
            let mut rows: Vec<String> = statement
                .query_map([], |row| {
                    let cells: Vec<String> = (0..columns)
                        .map(|index| format!("{:?}", row.get_ref(index).unwrap()))
                        .collect();
                    Ok(cells.join("|"))
                })
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            rows.sort();
            (table, rows)
        })
        .collect()
}

fn one_file(folder: &Path) -> PathBuf {
    let files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files.into_iter().next().unwrap()
}

#[test]
fn the_trainer_collects_every_learner_of_two_devices_beside_their_own() {
    let stick = tempfile::tempdir().unwrap();
    let laptop_a = Device::new();
    laptop_a.learner_with_progress("Amina");
    laptop_a
        .store()
        .create_learner(&new_learner("Bilal", Some("2468")))
        .unwrap();
    let laptop_b = Device::new();
    laptop_b.learner_started("Chen");
    let trainer = Device::new();
    trainer.learner_started("Tess");
    let trainer_report = trainer.store().report(None).unwrap();

    let a = laptop_a.export("Laptop A", &stick.path().join("a.fcrecords"), 1_000);
    let b = laptop_b.export("Laptop B", &stick.path().join("b.fcrecords"), 2_000);
    assert_eq!((a.learners, a.attempts, a.certificates), (2, 1, 1));
    assert!(a.statements > 0);
    assert_eq!(a.bytes, std::fs::metadata(&a.path).unwrap().len());
    // PIN hashes stay on the device.
    let a_bytes = std::fs::read(&a.path).unwrap();
    for (name, content) in entries(&a_bytes) {
        let text = String::from_utf8(content).unwrap();
        assert!(!text.contains("argon2"), "{name} holds a PIN hash");
        assert!(!text.contains("pin_hash"), "{name} names a PIN hash");
    }

    let (files, problems) = records::records_files(&[stick.path().to_owned()]);
    assert!(problems.is_empty());
    assert_eq!(files, [a.path.clone(), b.path.clone()]);
    for file in &files {
        assert_eq!(trainer.collect(file).unwrap().outcome, Collection::New);
    }

    let learners = trainer.store().collected_learners().unwrap();
    let seen: Vec<(&str, &str)> = learners
        .iter()
        .map(|l| (l.display_name.as_str(), l.device_name.as_str()))
        .collect();
    assert_eq!(
        seen,
        [
            ("Amina", "Laptop A"),
            ("Bilal", "Laptop A"),
            ("Chen", "Laptop B")
        ]
    );
    let amina = &learners[0];
    assert_eq!(amina.certificate_name, "Amina Fullname");
    let course = &amina.courses[0];
    assert_eq!(course.lessons_completed, 1);
    assert_eq!(course.quizzes[0].best_score, Some(1.0));
    assert!(course.completed_at.is_some());
    assert_eq!(course.certificate_id.as_deref(), Some("FC-Amina"));
    // Every answer and the signed credential came along as they were.
    assert_eq!(
        trainer
            .fixture
            .count("SELECT count(*) FROM collected_answers"),
        2
    );
    assert_eq!(
        trainer.fixture.count(
            "SELECT count(*) FROM collected_certificates WHERE credential = 'eyJ.Amina.sig'"
        ),
        1
    );
    assert_eq!(
        trainer
            .fixture
            .count("SELECT count(*) FROM collected_statements"),
        (a.statements + b.statements) as i64
    );
    // Both devices' first learner has id 1 there: neither overwrote the other.
    assert_eq!(
        trainer
            .fixture
            .count("SELECT count(*) FROM collected_learners WHERE learner_id = 1"),
        2
    );
    // The trainer's own learners are untouched, and the collected ones are
    // reported beside them with their device.
    assert_eq!(trainer.store().report(None).unwrap(), trainer_report);
    assert_eq!(trainer.store().learners().unwrap().len(), 1);
    let rows = trainer.store().collected_report(None).unwrap();
    let devices: Vec<Option<&str>> = rows.iter().map(|row| row.device.as_deref()).collect();
    assert_eq!(devices, [Some("Laptop A"), Some("Laptop B")]);
    let devices = trainer.store().collected_devices().unwrap();
    assert_eq!(devices.len(), 2);
    assert_eq!(devices[0].learners, 2);
}

#[test]
fn collecting_the_same_file_again_changes_nothing() {
    let stick = tempfile::tempdir().unwrap();
    let laptop = Device::new();
    laptop.learner_with_progress("Amina");
    let export = laptop.export("Laptop A", stick.path(), 1_000);
    assert_eq!(export.path, one_file(stick.path()));
    assert!(
        export
            .path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("laptop-a-")
    );
    let trainer = Device::new();
    trainer.collect(&export.path).unwrap();
    let before = trainer.content();
    let again = trainer.collect(&export.path).unwrap();
    assert_eq!(again.outcome, Collection::Unchanged);
    assert_eq!(trainer.content(), before);
    // A copy under another name is the same export.
    let copy = stick.path().join("copy.fcrecords");
    std::fs::copy(&export.path, &copy).unwrap();
    assert_eq!(
        trainer.collect(&copy).unwrap().outcome,
        Collection::Unchanged
    );
    assert_eq!(trainer.content(), before);
}

#[test]
fn a_newer_export_of_a_device_replaces_its_older_one_and_never_the_reverse() {
    let stick = tempfile::tempdir().unwrap();
    let laptop = Device::new();
    laptop.learner_started("Amina");
    let old = laptop.export("Laptop A", &stick.path().join("old.fcrecords"), 5_000);
    laptop.learner_with_progress("Bilal");
    // The laptop's clock went back: the export's number still tells it is newer.
    let new = laptop.export("Laptop A", &stick.path().join("new.fcrecords"), 4_000);
    assert_eq!((old.export_number, new.export_number), (1, 2));

    let trainer = Device::new();
    trainer.collect(&old.path).unwrap();
    let replaced = trainer.collect(&new.path).unwrap();
    assert!(matches!(replaced.outcome, Collection::Superseded { .. }));
    let names: Vec<String> = trainer
        .store()
        .collected_learners()
        .unwrap()
        .into_iter()
        .map(|learner| learner.display_name)
        .collect();
    assert_eq!(names, ["Amina", "Bilal"]);
    let after_new = trainer.content();
    // The older file again, or first on another trainer's laptop: the newer wins.
    assert!(matches!(
        trainer.collect(&old.path).unwrap().outcome,
        Collection::Older { .. }
    ));
    assert_eq!(trainer.content(), after_new);
    let other_trainer = Device::new();
    other_trainer.collect(&new.path).unwrap();
    other_trainer.collect(&old.path).unwrap();
    assert_eq!(
        other_trainer.store().collected_learners().unwrap(),
        trainer.store().collected_learners().unwrap()
    );
}
