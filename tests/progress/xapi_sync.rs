//! `lrs::sync` against a small stand-in LRS (tiny_http on loopback) that acts
//! as Ralph does: its versions at `/about`, 200 with the ids for new
//! statements, 409 Conflict to a batch holding a known id, 400 for an invalid
//! statement, 401 for wrong credentials.

#![cfg(feature = "lrs")]

use crate::common::*;
use crate::xapi_journey::*;
use fieldcourse::lrs::{self, Credentials, Error, SyncConfig};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// What the stand-in LRS was asked and holds.
#[derive(Default)]
pub(crate) struct State {
    pub(crate) held: HashMap<String, Value>,
    /// Status codes to answer the next requests with, before behaving normally.
    pub(crate) failures: Vec<u16>,
    /// The `Retry-After` header sent with those failures.
    pub(crate) retry_after: Option<String>,
    /// What `/about` answers instead of the versions (status and body).
    pub(crate) about: Option<(u16, String)>,
    /// Statement ids answered with 400.
    pub(crate) invalid: Vec<String>,
    /// Each request's method and address, in order.
    pub(crate) asked: Vec<String>,
    pub(crate) posts: usize,
    pub(crate) gets: usize,
    pub(crate) bad_headers: usize,
}

pub(crate) struct FakeLrs {
    server: Arc<tiny_http::Server>,
    pub(crate) state: Arc<Mutex<State>>,
    thread: Option<JoinHandle<()>>,
    pub(crate) endpoint: String,
}

const AUTH: &str = "Basic dGVzdDpzZWNyZXQ="; // test:secret

impl FakeLrs {
    pub(crate) fn start() -> Self {
        let server = Arc::new(tiny_http::Server::http("127.0.0.1:0").unwrap());
        let port = server.server_addr().to_ip().unwrap().port();
        let state = Arc::new(Mutex::new(State::default()));
        let thread = {
            let (server, state) = (Arc::clone(&server), Arc::clone(&state));
            std::thread::spawn(move || {
                for request in server.incoming_requests() {
                    answer(request, &state);
                }
            })
        };
        Self {
            server,
            state,
            thread: Some(thread),
            endpoint: format!("http://127.0.0.1:{port}/xAPI"),
        }
    }

    pub(crate) fn config(&self) -> SyncConfig {
        let mut config = SyncConfig::new(
            self.endpoint.clone(),
            Some(Credentials {
                username: "test".to_owned(),
                password: "secret".to_owned(),
            }),
        );
        config.backoff = Duration::ZERO;
        config.tries = 3;
        config
    }
}

impl Drop for FakeLrs {
    fn drop(&mut self) {
        self.server.unblock();
        if let Some(thread) = self.thread.take() {
            thread.join().unwrap();
        }
    }
}

fn answer(mut request: tiny_http::Request, state: &Mutex<State>) {
    let mut state = state.lock().unwrap();
    let header = |name: &str| {
        request
            .headers()
            .iter()
            .find(|h| h.field.to_string().eq_ignore_ascii_case(name))
            .map(|h| h.value.as_str().to_owned())
    };
    if header("X-Experience-API-Version").as_deref() != Some("1.0.3") {
        state.bad_headers += 1;
    }
    state
        .asked
        .push(format!("{} {}", request.method(), request.url()));
    let reply =
        |status: u16, body: String| tiny_http::Response::from_string(body).with_status_code(status);
    let response = if !state.failures.is_empty() {
        let status = state.failures.remove(0);
        let response = reply(status, format!("{{\"detail\": \"failure {status}\"}}"));
        match &state.retry_after {
            Some(wait) => response.with_header(
                tiny_http::Header::from_bytes("Retry-After", wait.as_bytes()).unwrap(),
            ),
            None => response,
        }
    } else if !request.url().starts_with("/xAPI/") {
        reply(404, "{\"detail\": \"Not Found\"}".to_owned())
    } else if request.url().ends_with("/about") {
        // As an LRS's /about: no credentials needed.
        let (status, body) = state
            .about
            .clone()
            .unwrap_or((200, "{\"version\": [\"1.0.3\", \"1.0.2\"]}".to_owned()));
        reply(status, body)
    } else if header("Authorization").as_deref() != Some(AUTH) {
        reply(
            401,
            "{\"detail\": \"Invalid authentication credentials\"}".to_owned(),
        )
    } else if *request.method() == tiny_http::Method::Post {
        state.posts += 1;
        let mut body = String::new();
        request.as_reader().read_to_string(&mut body).unwrap();
        let batch: Vec<Value> = serde_json::from_str(&body).unwrap();
        let ids: Vec<String> = batch
            .iter()
            .map(|s| s["id"].as_str().unwrap().to_owned())
            .collect();
        if let Some(bad) = ids.iter().find(|id| state.invalid.contains(id)) {
            reply(
                400,
                format!("{{\"detail\": \"statement {bad} has an invalid verb\"}}"),
            )
        } else if ids.iter().any(|id| state.held.contains_key(id)) {
            reply(409, "{\"detail\": \"Statements already exist\"}".to_owned())
        } else {
            for (id, statement) in ids.iter().zip(batch) {
                state.held.insert(id.clone(), statement);
            }
            reply(200, serde_json::to_string(&ids).unwrap())
        }
    } else {
        state.gets += 1;
        let id = request
            .url()
            .split("statementId=")
            .nth(1)
            .unwrap_or_default()
            .to_owned();
        match state.held.get(&id) {
            Some(statement) => reply(200, statement.to_string()),
            None => reply(200, "{\"statements\": []}".to_owned()),
        }
    };
    drop(state);
    request.respond(response).unwrap();
}

/// A store with the journey recorded for `learners` learners.
pub(crate) fn recorded(learners: usize) -> Fixture {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&xapi_course()).unwrap();
    for index in 0..learners {
        journey(&fixture.learner(&format!("Learner {index}")), &version);
    }
    fixture
}

pub(crate) fn pending(fixture: &Fixture) -> u64 {
    fixture.store.outbox_count().unwrap().pending
}

#[test]
fn sync_delivers_every_statement_once_in_batches_and_empties_the_outbox() {
    let fixture = recorded(7); // 7 × 17 = 119 statements: two batches
    let lrs = FakeLrs::start();
    let outbox: Vec<Value> = fixture
        .store
        .outbox_statements(None, 0, 1_000)
        .unwrap()
        .into_iter()
        .map(|s| s.statement)
        .collect();
    let mut seen = Vec::new();
    let report = lrs::sync(&fixture.store, &lrs.config(), |progress| {
        seen.push(progress.delivered)
    })
    .unwrap();
    assert_eq!((report.sent, report.already_held), (119, 0));
    assert_eq!(seen, [0, 100, 119]);
    assert_eq!(pending(&fixture), 0);
    let state = lrs.state.lock().unwrap();
    assert_eq!(state.posts, 2);
    assert_eq!(state.bad_headers, 0);
    for statement in &outbox {
        assert_eq!(&state.held[statement["id"].as_str().unwrap()], statement);
    }
}

#[test]
fn an_interrupted_sync_resumes_and_never_sends_a_statement_twice() {
    let fixture = recorded(7);
    let lrs = FakeLrs::start();
    let mut config = lrs.config();
    config.batch_size = 20;
    config.stop_after_batches = Some(2);
    let error = lrs::sync(&fixture.store, &config, |_| {}).unwrap_err();
    assert!(
        matches!(
            error,
            Error::Interrupted {
                delivered: 40,
                pending: 79
            }
        ),
        "{error}"
    );
    // As if the program died after the LRS stored the third batch but before
    // the outbox forgot it: the LRS holds ten statements the outbox still has.
    let waiting = fixture.store.outbox_statements(None, 0, 10).unwrap();
    {
        let mut state = lrs.state.lock().unwrap();
        for statement in waiting {
            state.held.insert(statement.id, statement.statement);
        }
    }
    config.stop_after_batches = None;
    let report = lrs::sync(&fixture.store, &config, |_| {}).unwrap();
    assert_eq!((report.sent, report.already_held), (69, 10));
    assert_eq!(pending(&fixture), 0);
    assert_eq!(lrs.state.lock().unwrap().held.len(), 119);
}

#[test]
fn wrong_credentials_are_named_and_the_outbox_is_untouched() {
    let fixture = recorded(1);
    let lrs = FakeLrs::start();
    let mut config = lrs.config();
    config.credentials = Some(Credentials {
        username: "test".to_owned(),
        password: "wrong".to_owned(),
    });
    let error = lrs::sync(&fixture.store, &config, |_| {}).unwrap_err();
    assert!(
        matches!(
            error,
            Error::AuthRefused {
                status: 401,
                pending: 17,
                ..
            }
        ),
        "{error}"
    );
    assert!(
        error.to_string().contains("refused the credentials"),
        "{error}"
    );
    assert_eq!(pending(&fixture), 17);
}

#[test]
fn no_route_is_named_and_the_outbox_is_untouched() {
    let fixture = recorded(1);
    // A port nobody listens on: bind one, then let it go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut config = SyncConfig::new(format!("http://127.0.0.1:{port}/xAPI"), None);
    config.backoff = Duration::ZERO;
    let error = lrs::sync(&fixture.store, &config, |_| {}).unwrap_err();
    assert!(
        matches!(error, Error::NoRoute { pending: 17, .. }),
        "{error}"
    );
    assert!(error.to_string().contains("could not reach"), "{error}");
    assert!(error.to_string().contains("refused"), "{error}");
    assert_eq!(pending(&fixture), 17);
    let bad = lrs::sync(&fixture.store, &SyncConfig::new("ftp://lrs", None), |_| {}).unwrap_err();
    assert!(matches!(bad, Error::BadEndpoint { .. }), "{bad}");
}

#[test]
fn a_rejected_statement_is_named_and_the_ones_before_it_are_delivered() {
    let fixture = recorded(1);
    let lrs = FakeLrs::start();
    let fifth = fixture.store.outbox_statements(None, 0, 5).unwrap()[4]
        .id
        .clone();
    lrs.state.lock().unwrap().invalid.push(fifth.clone());
    let error = lrs::sync(&fixture.store, &lrs.config(), |_| {}).unwrap_err();
    match &error {
        Error::Rejected {
            position,
            statement_id,
            reason,
            pending: waiting,
            ..
        } => {
            assert_eq!(*position, 5);
            assert_eq!(statement_id, &fifth);
            assert!(reason.contains("invalid verb"), "{reason}");
            assert_eq!(*waiting, 13);
        }
        other => panic!("{other}"),
    }
    assert!(
        error.to_string().contains("rejected statement 5"),
        "{error}"
    );
    assert_eq!(pending(&fixture), 13);
}

#[test]
fn a_server_that_fails_for_a_moment_is_tried_again() {
    let fixture = recorded(1);
    let lrs = FakeLrs::start();
    lrs.state.lock().unwrap().failures = vec![503, 502];
    let report = lrs::sync(&fixture.store, &lrs.config(), |_| {}).unwrap();
    assert_eq!(report.sent, 17);
    // /about three times (two failures), the credentials check, one POST.
    assert_eq!(report.requests, 5);
    // A server that keeps failing: the error says so, the outbox keeps it all.
    let again = recorded(1);
    lrs.state.lock().unwrap().failures = vec![500, 500, 500];
    let error = lrs::sync(&again.store, &lrs.config(), |_| {}).unwrap_err();
    assert!(
        matches!(
            error,
            Error::Server {
                status: 500,
                tries: 3,
                pending: 17,
                ..
            }
        ),
        "{error}"
    );
    assert_eq!(pending(&again), 17);
}

#[test]
fn the_lrs_is_remembered_for_the_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(lrs::load_lrs(dir.path()).unwrap(), None);
    let lrs = lrs::RememberedLrs {
        endpoint: "https://lrs.example.org/xapi".to_owned(),
        credentials: Some(Credentials {
            username: "key".to_owned(),
            password: "secret".to_owned(),
        }),
    };
    let file = lrs::save_lrs(dir.path(), &lrs).unwrap();
    assert_eq!(lrs::load_lrs(dir.path()).unwrap(), Some(lrs));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let credentials = dir.path().join("creds");
    std::fs::write(&credentials, "key:pa:ss\n").unwrap();
    let read = Credentials::read(&credentials).unwrap();
    assert_eq!(
        (read.username.as_str(), read.password.as_str()),
        ("key", "pa:ss")
    );
    assert!(!format!("{read:?}").contains("pa:ss"));
}
