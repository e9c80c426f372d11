//! Learning records sent to a real LRS (Ralph), when one is running: every
//! kind of statement is accepted, reads back as sent, and a sync stopped
//! halfway then run again leaves each statement stored exactly once.
//!
//! `.ci/run` starts Ralph on loopback and sets `FIELDCOURSE_TEST_LRS` (its xAPI
//! endpoint, such as `http://127.0.0.1:8100/xAPI`), `FIELDCOURSE_TEST_LRS_USER`
//! and `FIELDCOURSE_TEST_LRS_PASSWORD`. With them set, an LRS that cannot be
//! reached fails these tests. Without them the tests fail under CI (`CI` set:
//! a run that forgot to start the LRS must not pass unseen) and, on a
//! developer's laptop, say why they skip and pass.

#![cfg(feature = "lrs")]

use crate::common::*;
use crate::xapi_journey::*;
use fieldcourse::lrs::{self, Credentials, SyncConfig};
use fieldcourse::progress::{Store, database_path};
use serde_json::Value;
use std::collections::HashMap;
use std::time::Duration;

/// The LRS CI started, if any.
pub(crate) fn lrs(test: &str) -> Option<SyncConfig> {
    let Ok(endpoint) = std::env::var("FIELDCOURSE_TEST_LRS") else {
        assert!(
            !under_ci(),
            "{test}: FIELDCOURSE_TEST_LRS is not set, but CI is: .ci/run starts Ralph and sets it"
        );
        eprintln!("{test}: skipped, FIELDCOURSE_TEST_LRS is not set (CI sets it and starts Ralph)");
        return None;
    };
    let credentials = Credentials {
        username: std::env::var("FIELDCOURSE_TEST_LRS_USER").unwrap_or_default(),
        password: std::env::var("FIELDCOURSE_TEST_LRS_PASSWORD").unwrap_or_default(),
    };
    let mut config = SyncConfig::new(endpoint, Some(credentials));
    config.backoff = Duration::from_millis(100);
    Some(config)
}

/// Whether these tests run under CI (`CI` set to anything but `false` or
/// `0`, as CI services set it).
fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|value| !matches!(value.trim(), "" | "0" | "false"))
}

fn client() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn get(config: &SyncConfig, query: &[(&str, &str)]) -> (u16, Value) {
    let credentials = config.credentials.as_ref().unwrap();
    let mut request = client()
        .get(format!("{}/statements", config.endpoint))
        .header("X-Experience-API-Version", "1.0.3")
        .header(
            "Authorization",
            format!(
                "Basic {}",
                base64::Engine::encode(
                    &base64::engine::general_purpose::STANDARD,
                    format!("{}:{}", credentials.username, credentials.password)
                )
            ),
        );
    for (key, value) in query {
        request = request.query(*key, *value);
    }
    let mut response = request.call().unwrap();
    let status = response.status().as_u16();
    let body = response.body_mut().read_to_string().unwrap();
    (status, serde_json::from_str(&body).unwrap_or(Value::Null))
}

/// Every statement the LRS holds for one learner's account.
pub(crate) fn held_for(config: &SyncConfig, statement: &Value) -> Vec<Value> {
    let agent = serde_json::json!({
        "objectType": "Agent",
        "account": statement["actor"]["account"],
    })
    .to_string();
    let (status, body) = get(config, &[("agent", &agent), ("limit", "1000")]);
    assert_eq!(status, 200, "{body}");
    body["statements"].as_array().unwrap().clone()
}

fn outbox(store: &Store) -> Vec<Value> {
    store
        .outbox_statements(None, 0, 100_000)
        .unwrap()
        .into_iter()
        .map(|s| s.statement)
        .collect()
}

/// The parts of a statement Fieldcourse wrote (the LRS adds `stored`,
/// `authority` and `version`, and may write the timestamp its own way).
fn same(sent: &Value, held: &Value) {
    for key in ["id", "actor", "verb", "object", "result", "context"] {
        assert_eq!(sent.get(key), held.get(key), "{key} of {}", sent["id"]);
    }
}

#[test]
fn every_kind_of_statement_is_accepted_and_reads_back_one_to_one() {
    let Some(config) = lrs("every_kind_of_statement_is_accepted_and_reads_back_one_to_one") else {
        return;
    };
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&xapi_course()).unwrap();
    journey(&fixture.learner("Amina"), &version);
    let sent = outbox(&fixture.store);
    let report = lrs::sync(&fixture.store, &config, |_| {}).unwrap();
    assert_eq!(report.sent, sent.len() as u64);
    assert_eq!(fixture.store.outbox_count().unwrap().pending, 0);
    for statement in &sent {
        let (status, held) = get(
            &config,
            &[("statementId", statement["id"].as_str().unwrap())],
        );
        assert_eq!(status, 200);
        // The statement itself, or (as Ralph answers) a list holding it.
        let held = match held["statements"].as_array() {
            Some(list) => {
                assert_eq!(list.len(), 1, "{held}");
                list[0].clone()
            }
            None => held,
        };
        same(statement, &held);
    }
    // One to one: the LRS holds exactly these for the learner.
    let held = held_for(&config, &sent[0]);
    assert_eq!(held.len(), sent.len());
}

#[test]
fn backfilled_statements_are_accepted() {
    let Some(config) = lrs("backfilled_statements_are_accepted") else {
        return;
    };
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress/v1.sqlite");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(&fixture, database_path(dir.path())).unwrap();
    let store = Store::open(dir.path()).unwrap();
    let sent = outbox(&store);
    let report = lrs::sync(&store, &config, |_| {}).unwrap();
    assert_eq!(report.sent, sent.len() as u64);
}

#[test]
fn a_sync_stopped_halfway_delivers_every_statement_exactly_once() {
    let Some(mut config) = lrs("a_sync_stopped_halfway_delivers_every_statement_exactly_once")
    else {
        return;
    };
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&xapi_course()).unwrap();
    let learners: Vec<_> = (0..3)
        .map(|i| fixture.learner(&format!("Learner {i}")))
        .collect();
    for learner in &learners {
        journey(learner, &version);
    }
    let sent = outbox(&fixture.store);
    config.batch_size = 10;
    config.stop_after_batches = Some(2);
    assert!(lrs::sync(&fixture.store, &config, |_| {}).is_err());
    // As if the program died after Ralph stored the next batch but before the
    // outbox forgot it: send those ten with a minimal client first.
    let next: Vec<Value> = outbox(&fixture.store).into_iter().take(10).collect();
    let credentials = config.credentials.clone().unwrap();
    let response = client()
        .post(format!("{}/statements", config.endpoint))
        .header("X-Experience-API-Version", "1.0.3")
        .header(
            "Authorization",
            format!(
                "Basic {}",
                base64::Engine::encode(
                    &base64::engine::general_purpose::STANDARD,
                    format!("{}:{}", credentials.username, credentials.password)
                )
            ),
        )
        .send_json(&next)
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    config.stop_after_batches = None;
    let report = lrs::sync(&fixture.store, &config, |_| {}).unwrap();
    // An LRS answers 409 Conflict to the batch holding the ten (then the sync
    // asks which it holds), or, as Ralph 5 does for statements equal to stored
    // ones, takes the batch and keeps one copy: either way each is held once.
    assert_eq!(report.sent + report.already_held, sent.len() as u64 - 20);
    assert_eq!(fixture.store.outbox_count().unwrap().pending, 0);
    let mut held = HashMap::new();
    for statement in sent.iter().step_by(JOURNEY_VERBS.len()) {
        for copy in held_for(&config, statement) {
            *held
                .entry(copy["id"].as_str().unwrap().to_owned())
                .or_insert(0) += 1;
        }
    }
    assert_eq!(held.len(), sent.len());
    assert!(held.values().all(|count| *count == 1));
}

#[test]
fn the_lrs_refusals_are_named_and_the_outbox_kept() {
    let Some(mut config) = lrs("the_lrs_refusals_are_named_and_the_outbox_kept") else {
        return;
    };
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&xapi_course()).unwrap();
    fixture.learner("Amina").enroll(&version).unwrap();
    // A statement the LRS must refuse (a verb without its id), put in the
    // outbox whole behind the store's back.
    let kept = &fixture.store.outbox_statements(None, 0, 1).unwrap()[0];
    let refused_id = "1d9c2b7e-0000-4000-8000-000000000001";
    let mut refusable = kept.statement.clone();
    refusable["id"] = refused_id.into();
    refusable["verb"].as_object_mut().unwrap().remove("id");
    raw(&fixture.database())
        .execute(
            "INSERT INTO xapi_outbox (id, learner_id, recorded_at, statement)
             SELECT ?1, learner_id, recorded_at + 1, ?2 FROM xapi_outbox",
            rusqlite::params![refused_id, refusable.to_string()],
        )
        .unwrap();
    let right = config.credentials.clone();
    config.credentials = Some(Credentials {
        username: "fieldcourse-nobody".to_owned(),
        password: "wrong".to_owned(),
    });
    let refused = lrs::sync(&fixture.store, &config, |_| {}).unwrap_err();
    assert!(
        matches!(
            refused,
            lrs::Error::AuthRefused {
                status: 401,
                pending: 2,
                ..
            }
        ),
        "{refused}"
    );
    config.credentials = right;
    let rejected = lrs::sync(&fixture.store, &config, |_| {}).unwrap_err();
    match &rejected {
        lrs::Error::Rejected {
            position,
            statement_id,
            pending,
            ..
        } => {
            assert_eq!(*position, 2, "{rejected}");
            assert_eq!(statement_id, "1d9c2b7e-0000-4000-8000-000000000001");
            assert_eq!(*pending, 1);
        }
        other => panic!("{other}"),
    }
}

#[test]
fn under_ci_the_lrs_tests_fail_when_no_lrs_is_given() {
    let run = |ci: Option<&str>| {
        let mut command = std::process::Command::new(std::env::current_exe().unwrap());
        command
            .args([
                "xapi_lrs::backfilled_statements_are_accepted",
                "--exact",
                "--nocapture",
            ])
            .env_remove("FIELDCOURSE_TEST_LRS")
            .env_remove("CI");
        if let Some(ci) = ci {
            command.env("CI", ci);
        }
        let output = command.output().unwrap();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        (output.status.success(), said)
    };
    let (passed, said) = run(Some("true"));
    assert!(!passed, "{said}");
    assert!(
        said.contains("FIELDCOURSE_TEST_LRS is not set, but CI is"),
        "{said}"
    );
    let (passed, said) = run(None);
    assert!(passed, "{said}");
    assert!(
        said.contains("skipped, FIELDCOURSE_TEST_LRS is not set"),
        "{said}"
    );
}
