//! Files written before finishing a course was recorded: the upgrade to format
//! v3 sets the completion dates and writes the missing learning records, once.

use crate::common::raw;
use fieldcourse::progress::{BackupKind, Store, Timestamp, database_path};
use serde_json::Value;
use std::path::Path;
use tempfile::TempDir;

const EARNED: &str = "http://id.tincanapi.com/verb/earned";
const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";
const CERTIFICATE_ID: &str = "https://fieldcourse.invalid/xapi/extensions/certificate-id";

/// A data folder holding a copy of the fixture `name`, and how many
/// statements the copy's outbox holds.
fn copy_of(name: &str) -> (TempDir, i64) {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/progress")
        .join(name);
    let dir = tempfile::tempdir().unwrap();
    let file = database_path(dir.path());
    std::fs::copy(&fixture, &file).unwrap();
    let pending = raw(&file)
        .query_row("SELECT count(*) FROM xapi_outbox", [], |row| row.get(0))
        .unwrap();
    (dir, pending)
}

fn statements(store: &Store) -> Vec<Value> {
    store
        .outbox_statements(None, 0, 10_000)
        .unwrap()
        .into_iter()
        .map(|record| record.statement)
        .collect()
}

/// (verb IRI, object id) of a statement.
fn about(statement: &Value) -> (&str, &str) {
    (
        statement["verb"]["id"].as_str().unwrap(),
        statement["object"]["id"].as_str().unwrap(),
    )
}

/// `v2-before-completion-fix.sqlite` was written by the app before the fix:
/// Amina finished "Field safety" and got its certificate (kept without a
/// completion date or either record), Bilal did everything in "Field basics",
/// which gives no certificate, and Chen read one lesson.
#[test]
fn upgrading_a_file_from_before_the_fix_records_each_completion_once() {
    let (dir, pending) = copy_of("v2-before-completion-fix.sqlite");
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.opening().upgraded_from, Some(2));
    assert!(
        store
            .opening()
            .backups
            .iter()
            .any(|backup| backup.kind == BackupKind::BeforeUpgrade { from: 2 }),
        "the file is backed up before it is repaired"
    );

    let certificates = store.all_certificates().unwrap();
    assert_eq!(certificates.len(), 1);
    let certificate = &certificates[0].record;
    let rows = store.report(None).unwrap();
    let completed: Vec<(&str, &str, Option<Timestamp>)> = rows
        .iter()
        .map(|row| {
            (
                row.display_name.as_str(),
                row.course_id.as_str(),
                row.completed_at,
            )
        })
        .collect();
    let bilal = store.learners().unwrap()[1].id;
    let bilal = store.open_session(bilal, None).unwrap();
    let lessons_done = bilal
        .lessons("field-basics")
        .unwrap()
        .into_iter()
        .filter_map(|lesson| lesson.completed_at);
    let quizzes_passed = bilal
        .course_attempts("field-basics")
        .unwrap()
        .into_iter()
        .filter(|attempt| attempt.outcome.is_some_and(|outcome| outcome.passed))
        .filter_map(|attempt| attempt.finished_at);
    let bilal_done = lessons_done.chain(quizzes_passed).max();
    assert_eq!(
        completed,
        [
            ("Amina", "field-safety", Some(certificate.issued_at)),
            ("Bilal", "field-basics", bilal_done),
            ("Chen", "field-safety", None),
        ]
    );

    let all = statements(&store);
    let added: Vec<(&str, &str)> = all[usize::try_from(pending).unwrap()..]
        .iter()
        .map(about)
        .collect();
    assert_eq!(
        added,
        [
            (COMPLETED, "https://fieldcourse.invalid/xapi/field-safety"),
            (EARNED, "https://fieldcourse.invalid/xapi/field-safety"),
            (COMPLETED, "https://fieldcourse.invalid/xapi/field-basics"),
        ]
    );
    let earned = &all[all.len() - 2];
    assert_eq!(
        earned["result"]["extensions"][CERTIFICATE_ID],
        certificate.id.as_str()
    );
    assert_eq!(
        earned["timestamp"],
        certificate.issued_at.to_rfc3339_ms().as_str()
    );
    assert_eq!(all[all.len() - 3]["result"]["completion"], true);

    // Opening again repairs nothing more.
    let count = store.outbox_count().unwrap().pending;
    drop(store);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.opening().upgraded_from, None);
    assert_eq!(store.outbox_count().unwrap().pending, count);
    assert_eq!(store.report(None).unwrap()[0].completed_at, completed[0].2);
}

#[test]
fn a_v2_file_that_has_its_records_gets_none_twice() {
    let (dir, pending) = copy_of("v2.sqlite");
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.opening().upgraded_from, Some(2));
    let all = statements(&store);
    assert_eq!(all.len(), usize::try_from(pending).unwrap());
    let earned = all
        .iter()
        .filter(|statement| about(statement).0 == EARNED)
        .count();
    assert_eq!(earned, 1);
}
