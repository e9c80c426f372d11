//! Backups: daily rotation, before upgrades, and restoring.

use crate::common::*;
use fieldcourse::progress::{
    BackupKind, DAILY_BACKUPS_KEPT, Error, Store, Timestamp, database_path, list_backups,
    restore_backup,
};
use std::fs;

const DAY_ONE: Timestamp = Timestamp::from_unix_ms(1_767_225_600_000); // 2026-01-01T00:00:00Z

#[test]
fn the_daily_backup_is_made_at_most_once_a_day_and_seven_are_kept() {
    let fixture = Fixture::new();
    fixture.learner("Amina");
    let store = &fixture.store;
    let first = store.backup_if_due(DAY_ONE).unwrap().unwrap();
    assert_eq!(first.id, "daily-20260101T000000Z");
    assert_eq!(first.kind, BackupKind::Daily);
    assert!(
        store
            .backup_if_due(DAY_ONE.plus_hours(1))
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .backup_if_due(DAY_ONE.plus_hours(23))
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .backup_if_due(DAY_ONE.plus_hours(24))
            .unwrap()
            .is_some()
    );
    // Backups that are not daily ones are never rotated away.
    store
        .backup_now(BackupKind::BeforeUpgrade { from: 1 }, DAY_ONE)
        .unwrap();
    for day in 2..12 {
        store.backup_if_due(DAY_ONE.plus_hours(24 * day)).unwrap();
    }
    let backups = list_backups(fixture.data_dir()).unwrap();
    let dailies: Vec<&str> = backups
        .iter()
        .filter(|b| b.kind == BackupKind::Daily)
        .map(|b| b.id.as_str())
        .collect();
    assert_eq!(dailies.len(), DAILY_BACKUPS_KEPT);
    assert_eq!(dailies[0], "daily-20260112T000000Z", "newest first");
    assert_eq!(dailies[6], "daily-20260106T000000Z");
    assert!(
        backups
            .iter()
            .any(|b| b.kind == BackupKind::BeforeUpgrade { from: 1 })
    );
}

#[test]
fn opening_makes_the_daily_backup_when_it_is_due() {
    let fixture = Fixture::new();
    fixture.learner("Amina");
    let Fixture { dir, store } = fixture;
    drop(store);
    let store = Store::open_at(dir.path(), DAY_ONE).unwrap();
    assert_eq!(store.opening().backups.len(), 1);
    drop(store);
    let store = Store::open_at(dir.path(), DAY_ONE.plus_hours(2)).unwrap();
    assert!(store.opening().backups.is_empty());
}

#[test]
fn a_backup_is_a_complete_self_contained_database() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let session = fixture.learner("Amina");
    session.complete_lesson(&version, "l1").unwrap();
    let backup = fixture
        .store
        .backup_now(BackupKind::Daily, DAY_ONE)
        .unwrap();
    // Not in WAL mode, so the one file holds everything.
    let conn = raw(&backup.path);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "delete");
    let lessons: i64 = conn
        .query_row("SELECT count(*) FROM lesson_progress", [], |row| row.get(0))
        .unwrap();
    assert_eq!(lessons, 1);
    assert!(backup.size_bytes > 0);
}

#[test]
fn restoring_brings_back_the_backup_and_keeps_the_current_file() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let amina = fixture.learner("Amina");
    let amina_id = amina.id();
    amina.complete_lesson(&version, "l1").unwrap();
    let backup = fixture
        .store
        .backup_now(BackupKind::Daily, DAY_ONE)
        .unwrap();
    // After the backup: more work, that the restore will set aside, not lose.
    amina.complete_lesson(&version, "l2").unwrap();
    fixture.learner("Bilal");
    let Fixture { dir, store } = fixture;
    drop(store);

    let later = DAY_ONE.plus_hours(30);
    let restored = restore_backup(dir.path(), &backup.id, later).unwrap();
    assert_eq!(restored.restored.id, backup.id);
    let previous = restored.previous.unwrap();
    assert_eq!(previous.kind, BackupKind::BeforeRestore);
    assert_eq!(previous.id, "before-restore-20260102T060000Z");

    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.learners().unwrap().len(), 1);
    let session = store.open_session(amina_id, None).unwrap();
    assert_eq!(session.lessons("field-safety").unwrap().len(), 1);
    drop(store);

    // The set-aside copy has everything, and restores the same way.
    restore_backup(dir.path(), &previous.id, later.plus_hours(1)).unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.learners().unwrap().len(), 2);
    let session = store.open_session(amina_id, None).unwrap();
    assert_eq!(session.lessons("field-safety").unwrap().len(), 2);
    assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());
}

#[test]
fn an_unknown_or_damaged_backup_is_refused_and_nothing_changes() {
    let fixture = Fixture::new();
    fixture.learner("Amina");
    let backup = fixture
        .store
        .backup_now(BackupKind::Daily, DAY_ONE)
        .unwrap();
    let Fixture { dir, store } = fixture;
    drop(store);
    let database = database_path(dir.path());
    let before = file_digest(&database);

    let unknown = restore_backup(dir.path(), "daily-19990101T000000Z", DAY_ONE).unwrap_err();
    assert!(
        matches!(unknown, Error::BackupNotFound { .. }),
        "{unknown:?}"
    );
    assert!(unknown.to_string().contains("fieldcourse backup list"));

    fs::write(&backup.path, b"not a database at all, sorry".repeat(100)).unwrap();
    let damaged = restore_backup(dir.path(), &backup.id, DAY_ONE).unwrap_err();
    assert!(
        matches!(damaged, Error::BackupUnusable { .. }),
        "{damaged:?}"
    );
    assert!(damaged.to_string().contains("nothing was changed"));
    assert_eq!(file_digest(&database), before);
    assert_eq!(list_backups(dir.path()).unwrap().len(), 1);
}

#[test]
fn restoring_over_a_damaged_file_moves_it_into_the_backups() {
    let fixture = Fixture::new();
    fixture.learner("Amina");
    let backup = fixture
        .store
        .backup_now(BackupKind::Daily, DAY_ONE)
        .unwrap();
    let Fixture { dir, store } = fixture;
    drop(store);
    let database = database_path(dir.path());
    let garbage = b"scrambled".repeat(1000);
    fs::write(&database, &garbage).unwrap();

    let restored = restore_backup(dir.path(), &backup.id, DAY_ONE.plus_hours(5)).unwrap();
    let previous = restored.previous.unwrap();
    assert_eq!(fs::read(&previous.path).unwrap(), garbage);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.learners().unwrap().len(), 1);
}
