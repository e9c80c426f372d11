//! Sending 100,000 learning records to an LRS on loopback, and beside it the
//! time the same LRS needs for the same POSTs from a minimal client, in one run.
//!
//! It needs a running LRS, named as the xAPI tests name it:
//! `FIELDCOURSE_BENCH_LRS` (such as `http://127.0.0.1:8100/xAPI`) with
//! `FIELDCOURSE_BENCH_LRS_USER` / `_PASSWORD`, and a second user of the same LRS
//! whose statements go to another store (Ralph: `ralph auth -t OTHER ...`) in
//! `FIELDCOURSE_BENCH_BASELINE_USER` / `_PASSWORD`, so both runs start from an
//! empty store. `FIELDCOURSE_BENCH_STATEMENTS` changes the count.
//!
//! Run: `cargo bench --no-default-features --features lrs --bench xapi_sync`
//!
//! One run (2 cores, Ralph 5.1 with its file-system backend as `.ci/ralph_lrs.py`
//! serves it): 100,000 statements, Fieldcourse's sync 677 s (148 statements/s),
//! the minimal client 607 s (165 statements/s), 1.12x. Ralph's file-system
//! backend reads its whole file on every POST to look for known ids, so both
//! slow down as the file grows (10,000 statements: 8.2 s against 8.7 s).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use fieldcourse::course::Course;
use fieldcourse::lrs::{self, Credentials, SyncConfig};
use fieldcourse::progress::{Store, database_path};
use rusqlite::params;
use serde_json::{Value, json};
use std::time::{Duration, Instant};

fn var(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|value| !value.is_empty())
}

fn course() -> Course {
    serde_json::from_value(json!({
        "format": "fieldcourse/1", "id": "bench", "version": "1.0.0", "language": "en",
        "title": "Bench", "summary": "Bench.", "publisher": "Bench", "estimated_minutes": 5,
        "xapi": {"activity_base": "https://training.example.org/xapi/"},
        "modules": [{"id": "m1", "title": "One", "lessons": [
            {"id": "l1", "title": "Lesson", "blocks": [{"kind": "markdown", "text": "Text."}]}
        ], "quiz": {"id": "q1", "title": "Quiz", "pass_mark": 0.5, "questions": [
            {"id": "q1-a", "kind": "single_choice", "prompt": "Pick",
             "options": [{"id": "a", "text": "A", "correct": true}, {"id": "b", "text": "B"}]}
        ]}}]
    }))
    .unwrap()
}

/// A store whose outbox holds `count` statements: one learner's actions,
/// copied under fresh ids in one transaction.
fn store_with(count: usize, dir: &std::path::Path) -> Store {
    let store = Store::open(dir).unwrap();
    let version = store.register_course(&course()).unwrap();
    let learner = store
        .create_learner(&fieldcourse::progress::NewLearner {
            profile: fieldcourse::progress::Profile {
                display_name: "Bench".to_owned(),
                certificate_name: String::new(),
                language: "en".to_owned(),
            },
            pin: None,
        })
        .unwrap();
    learner.complete_lesson(&version, "l1").unwrap();
    let attempt = learner
        .start_attempt(&version, "q1", 1, &json!([]))
        .unwrap();
    learner
        .record_answer(
            attempt,
            "q1-a",
            &json!({"kind": "choice", "value": ["a"]}),
            Some(1.0),
        )
        .unwrap();
    let templates: Vec<(i64, Value)> = store
        .outbox_statements(None, 0, 100)
        .unwrap()
        .into_iter()
        .map(|s| (s.recorded_at.unix_ms(), s.statement))
        .collect();
    let mut conn = rusqlite::Connection::open(database_path(dir)).unwrap();
    let transaction = conn.transaction().unwrap();
    transaction.execute("DELETE FROM xapi_outbox", []).unwrap();
    // The answer's own record (format v8) goes too: the outbox is the copies.
    transaction
        .execute("UPDATE quiz_answers SET statement_id = NULL", [])
        .unwrap();
    {
        let mut insert = transaction
            .prepare(
                "INSERT INTO xapi_outbox (id, learner_id, recorded_at, statement)
                 VALUES (?1, ?2, ?3, ?4)",
            )
            .unwrap();
        for index in 0..count {
            let (at, template) = &templates[index % templates.len()];
            let mut statement = template.clone();
            let id = uuid::Uuid::new_v4().to_string();
            statement["id"] = json!(id);
            insert
                .execute(params![id, learner.id().0, at, statement.to_string()])
                .unwrap();
        }
    }
    transaction.commit().unwrap();
    drop(conn);
    store
}

fn basic(user: &str, password: &str) -> String {
    use base64::Engine as _;
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    )
}

/// The LRS's own time: the same batches POSTed one after another by a client
/// that does nothing else.
fn minimal_client(endpoint: &str, authorization: &str, statements: &[Value]) -> Duration {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into();
    let bodies: Vec<String> = statements
        .chunks(lrs::MAX_BATCH)
        .map(|batch| serde_json::to_string(batch).unwrap())
        .collect();
    let url = format!("{endpoint}/statements");
    let started = Instant::now();
    for body in &bodies {
        let mut response = agent
            .post(&url)
            .header("X-Experience-API-Version", "1.0.3")
            .header("Content-Type", "application/json")
            .header("Authorization", authorization)
            .send(body.as_str())
            .unwrap();
        let status = response.status().as_u16();
        let text = response.body_mut().read_to_string().unwrap();
        assert_eq!(status, 200, "{text}");
    }
    started.elapsed()
}

fn main() {
    let (Some(endpoint), Some(user), Some(password), Some(base_user), Some(base_password)) = (
        var("FIELDCOURSE_BENCH_LRS"),
        var("FIELDCOURSE_BENCH_LRS_USER"),
        var("FIELDCOURSE_BENCH_LRS_PASSWORD"),
        var("FIELDCOURSE_BENCH_BASELINE_USER"),
        var("FIELDCOURSE_BENCH_BASELINE_PASSWORD"),
    ) else {
        eprintln!(
            "xapi_sync: skipped, set FIELDCOURSE_BENCH_LRS, _LRS_USER, _LRS_PASSWORD, _BASELINE_USER and _BASELINE_PASSWORD (see the file's header)"
        );
        return;
    };
    let count: usize = var("FIELDCOURSE_BENCH_STATEMENTS")
        .and_then(|text| text.parse().ok())
        .unwrap_or(100_000);
    let scratch = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/tmp");
    std::fs::create_dir_all(&scratch).unwrap();
    let dir = tempfile::tempdir_in(&scratch).unwrap();
    let store = store_with(count, dir.path());
    let statements: Vec<Value> = store
        .outbox_statements(None, 0, u32::try_from(count).unwrap())
        .unwrap()
        .into_iter()
        .map(|s| s.statement)
        .collect();
    assert_eq!(statements.len(), count);

    let baseline = minimal_client(&endpoint, &basic(&base_user, &base_password), &statements);

    let config = SyncConfig::new(
        endpoint.clone(),
        Some(Credentials {
            username: user,
            password,
        }),
    );
    let started = Instant::now();
    let report = lrs::sync(&store, &config, |_| {}).unwrap();
    let synced = started.elapsed();
    assert_eq!(report.sent, count as u64);
    assert_eq!(store.outbox_count().unwrap().pending, 0);

    let rate = |time: Duration| count as f64 / time.as_secs_f64();
    println!(
        "xapi_sync: {count} statements to {endpoint}, batches of {}",
        lrs::MAX_BATCH
    );
    println!(
        "  fieldcourse sync       {:>9.2} s  {:>9.0} statements/s  ({} requests)",
        synced.as_secs_f64(),
        rate(synced),
        report.requests
    );
    println!(
        "  minimal client (LRS)   {:>9.2} s  {:>9.0} statements/s",
        baseline.as_secs_f64(),
        rate(baseline)
    );
    println!(
        "  sync / LRS alone       {:>9.2}x",
        synced.as_secs_f64() / baseline.as_secs_f64()
    );
}
