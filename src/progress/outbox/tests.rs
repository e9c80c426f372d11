//! The statements rendered from compact rows are those the outbox held whole
//! before: checked against a file written by the format that kept them whole.

use super::backfill::backfill_as;
use super::{Form, attach_answer_record};
use crate::progress::{Store, database_path};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// A copy of `tests/fixtures/progress/v3-outbox.sqlite`: two learners whose
/// actions wrote every kind of statement, all still in the outbox, written by
/// the format that stored whole statements. `v3-outbox.json` is what
/// `xapi export` wrote from it then.
fn whole_statements_file() -> (tempfile::TempDir, Store) {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(fixtures.join("v3-outbox.sqlite"), database_path(dir.path())).unwrap();
    let store = Store::open(dir.path()).unwrap();
    (dir, store)
}

fn expected_export() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress/v3-outbox.json");
    std::fs::read_to_string(path).unwrap()
}

fn statements(store: &Store) -> Vec<Value> {
    store
        .outbox_statements(None, 0, 10_000)
        .unwrap()
        .into_iter()
        .map(|statement| statement.statement)
        .collect()
}

fn without_id(statement: &Value) -> String {
    let mut statement = statement.clone();
    statement["id"] = Value::Null;
    statement.to_string()
}

#[test]
fn statements_kept_whole_export_the_same_bytes_after_the_upgrade() {
    let (dir, store) = whole_statements_file();
    let whole: i64 = store
        .conn
        .query_row(
            "SELECT count(*) FROM xapi_outbox WHERE statement IS NOT NULL AND event IS NULL",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(whole, 22);
    let output = dir.path().join("out.json");
    assert_eq!(store.export_outbox(None, &output).unwrap(), 22);
    assert_eq!(std::fs::read_to_string(output).unwrap(), expected_export());
}

#[test]
fn compact_rows_render_the_statements_once_kept_whole_byte_for_byte() {
    let (_dir, store) = whole_statements_file();
    let before = statements(&store);
    let mut expected: HashMap<String, Vec<Value>> = HashMap::new();
    for statement in &before {
        expected
            .entry(without_id(statement))
            .or_default()
            .push(statement.clone());
    }
    // The same actions recorded again, in compact form, from the progress
    // the file holds: only the statement ids differ. Answers keep theirs on
    // their rows.
    store
        .in_transaction("record again", |transaction| {
            transaction.execute("DELETE FROM xapi_outbox", [])?;
            backfill_as(transaction, Form::Compact)?;
            transaction.execute("DELETE FROM xapi_outbox WHERE event = 'answered'", [])?;
            // Each answer's record on its own row, as a learner's answer
            // gets it when the pseudonymous ids are not made yet.
            let answers: Vec<i64> = transaction
                .prepare("SELECT id FROM quiz_answers ORDER BY id")?
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            for answer in answers {
                attach_answer_record(transaction, answer)?;
            }
            Ok(())
        })
        .unwrap();
    let compact: i64 = store
        .conn
        .query_row(
            "SELECT (SELECT count(*) FROM xapi_outbox WHERE statement IS NULL AND event IS NOT NULL)
                    + (SELECT count(*) FROM quiz_answers WHERE statement_id IS NOT NULL)",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(compact, 22);
    let after = store.outbox_statements(None, 0, 10_000).unwrap();
    assert_eq!(after.len(), before.len());
    for row in after {
        assert_eq!(row.statement["id"].as_str(), Some(row.id.as_str()));
        let Some(matching) = expected.get_mut(&without_id(&row.statement)) else {
            panic!("no statement kept whole renders as {}", row.statement);
        };
        let kept = matching.pop().unwrap();
        let mut rendered = row.statement.clone();
        rendered["id"] = kept["id"].clone();
        // As sent (compact JSON) and as exported (pretty JSON).
        assert_eq!(rendered.to_string(), kept.to_string());
        assert_eq!(
            serde_json::to_string_pretty(&rendered).unwrap(),
            serde_json::to_string_pretty(&kept).unwrap()
        );
    }
    assert!(expected.values().all(Vec::is_empty));
}
