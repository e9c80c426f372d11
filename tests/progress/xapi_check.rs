//! Every sync checks the LRS first, even with nothing to send, and names what
//! is wrong; waits follow the LRS's `Retry-After`; credentials never cross the
//! network over plain http:// unless asked; failures reach the log. Against
//! the stand-in LRS of `xapi_sync` (loopback only), with a pause that only
//! notes its waits, so nothing here sleeps.

#![cfg(feature = "lrs")]

use crate::common::*;
use crate::xapi_sync::{FakeLrs, pending, recorded};
use fieldcourse::lrs::{self, Credentials, Error, Pause, SyncConfig};
use std::path::Path;
use std::process::{Command, Output};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

/// A pause that notes each wait instead of sleeping.
fn noted() -> (Pause, Arc<Mutex<Vec<Duration>>>) {
    let waits = Arc::new(Mutex::new(Vec::new()));
    let pause = {
        let waits = Arc::clone(&waits);
        Pause::new(move |wait| waits.lock().unwrap().push(wait))
    };
    (pause, waits)
}

/// A loopback port nothing listens on.
fn closed_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wrong_password() -> Option<Credentials> {
    Some(Credentials {
        username: "test".to_owned(),
        password: "wrong".to_owned(),
    })
}

#[test]
fn with_nothing_to_send_the_lrs_is_still_checked_and_wrong_credentials_named() {
    let fixture = Fixture::new();
    assert_eq!(pending(&fixture), 0);
    let lrs = FakeLrs::start();
    let report = lrs::sync(&fixture.store, &lrs.config(), |_| {}).unwrap();
    assert_eq!((report.sent, report.requests), (0, 2));
    assert_eq!(
        lrs.state.lock().unwrap().asked,
        ["GET /xAPI/about", "GET /xAPI/statements?limit=1"]
    );
    let mut config = lrs.config();
    config.credentials = wrong_password();
    let error = lrs::sync(&fixture.store, &config, |_| {}).unwrap_err();
    assert!(
        matches!(
            error,
            Error::AuthRefused {
                status: 401,
                pending: 0,
                ..
            }
        ),
        "{error}"
    );
    assert!(
        error.to_string().contains("refused the credentials"),
        "{error}"
    );
    config.credentials = None;
    let error = lrs::check_lrs(&config).unwrap_err();
    assert!(
        matches!(error, Error::NeedsCredentials { status: 401, .. }),
        "{error}"
    );
    assert!(
        error
            .to_string()
            .contains("asks for a user name and password")
    );
}

#[test]
fn a_wrong_address_is_named_not_an_lrs() {
    let fixture = recorded(1);
    let lrs = FakeLrs::start();
    // The right server, a wrong path: nothing there answers.
    let mut config = lrs.config();
    config.endpoint = lrs.endpoint.replace("/xAPI", "/lrs");
    let error = lrs::sync(&fixture.store, &config, |_| {}).unwrap_err();
    match &error {
        Error::NotAnLrs {
            reason, pending, ..
        } => {
            assert!(
                reason.contains("/lrs/about answered HTTP 404 Not Found, and"),
                "{reason}"
            );
            assert!(
                reason.contains("/lrs/statements answered HTTP 404 Not Found"),
                "{reason}"
            );
            assert_eq!(*pending, 17);
        }
        other => panic!("{other}"),
    }
    assert!(
        error
            .to_string()
            .contains("is not the address of a learning record store"),
        "{error}"
    );
    assert_eq!(lrs.state.lock().unwrap().posts, 0);
    // A web server that answers every address, but not as an LRS.
    lrs.state.lock().unwrap().about = Some((200, "<html>Welcome</html>".to_owned()));
    let error = lrs::check_lrs(&lrs.config()).unwrap_err();
    assert!(
        matches!(&error, Error::NotAnLrs { reason, .. } if reason.contains("list of xAPI versions")),
        "{error}"
    );
    assert_eq!(pending(&fixture), 17);
}

#[test]
fn an_lrs_without_about_is_judged_by_its_statements() {
    // As Ralph 5, which has no /about.
    let fixture = recorded(1);
    let lrs = FakeLrs::start();
    lrs.state.lock().unwrap().about = Some((404, "{\"detail\": \"Not Found\"}".to_owned()));
    let report = lrs::sync(&fixture.store, &lrs.config(), |_| {}).unwrap();
    assert_eq!(report.sent, 17);
    let mut config = lrs.config();
    config.credentials = wrong_password();
    let error = lrs::check_lrs(&config).unwrap_err();
    assert!(matches!(error, Error::AuthRefused { .. }), "{error}");
}

#[test]
fn a_refused_connection_is_named_with_nothing_to_send() {
    let fixture = Fixture::new();
    let config = SyncConfig::new(
        format!("http://127.0.0.1:{}/xAPI", closed_port()),
        wrong_password(),
    );
    let error = lrs::sync(&fixture.store, &config, |_| {}).unwrap_err();
    assert!(
        matches!(error, Error::NoRoute { pending: 0, .. }),
        "{error}"
    );
    assert!(
        error.to_string().contains("the connection was refused"),
        "{error}"
    );
}

#[test]
fn retry_after_is_honoured_in_seconds_and_as_a_date() {
    let fixture = recorded(1);
    let lrs = FakeLrs::start();
    let (pause, waits) = noted();
    let mut config = lrs.config();
    config.pause = pause;
    config.backoff = Duration::from_secs(1);
    {
        let mut state = lrs.state.lock().unwrap();
        state.failures = vec![429];
        state.retry_after = Some("7".to_owned());
    }
    let report = lrs::sync(&fixture.store, &config, |_| {}).unwrap();
    assert_eq!(report.sent, 17);
    let asked = waits.lock().unwrap().clone();
    assert_eq!(asked.len(), 1);
    // Seven seconds, and up to a tenth more of jitter: never less than asked.
    assert!(asked[0] >= Duration::from_secs(7), "{asked:?}");
    assert!(asked[0] <= Duration::from_millis(7_700), "{asked:?}");

    let again = recorded(1);
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(30));
    {
        let mut state = lrs.state.lock().unwrap();
        state.failures = vec![503];
        state.retry_after = Some(date);
    }
    waits.lock().unwrap().clear();
    lrs::sync(&again.store, &config, |_| {}).unwrap();
    let asked = waits.lock().unwrap().clone();
    // The date has whole seconds: between 29 and 30 s from now, plus jitter.
    assert_eq!(asked.len(), 1);
    assert!(asked[0] >= Duration::from_secs(28), "{asked:?}");
    assert!(asked[0] <= Duration::from_secs(34), "{asked:?}");
}

#[test]
fn a_wait_longer_than_a_sync_waits_ends_the_run_and_says_how_long() {
    let fixture = recorded(1);
    let lrs = FakeLrs::start();
    let (pause, waits) = noted();
    let mut config = lrs.config();
    config.pause = pause;
    {
        let mut state = lrs.state.lock().unwrap();
        state.failures = vec![503];
        state.retry_after = Some("3600".to_owned());
    }
    let error = lrs::sync(&fixture.store, &config, |_| {}).unwrap_err();
    assert!(
        matches!(
            error,
            Error::Busy {
                status: 503,
                wait_seconds: 3600,
                pending: 17,
                ..
            }
        ),
        "{error}"
    );
    assert!(error.to_string().contains("asks to wait 3600 seconds"));
    assert!(waits.lock().unwrap().is_empty(), "it did not wait an hour");
    assert_eq!(lrs.state.lock().unwrap().asked.len(), 1);
}

#[test]
fn the_back_off_doubles_with_jitter() {
    let fixture = recorded(1);
    let lrs = FakeLrs::start();
    let (pause, waits) = noted();
    let mut config = lrs.config();
    config.pause = pause;
    config.backoff = Duration::from_secs(1);
    lrs.state.lock().unwrap().failures = vec![502, 500];
    lrs::sync(&fixture.store, &config, |_| {}).unwrap();
    let asked = waits.lock().unwrap().clone();
    assert_eq!(asked.len(), 2);
    assert!(asked[0] >= Duration::from_secs(1) && asked[0] <= Duration::from_millis(1_500));
    assert!(asked[1] >= Duration::from_secs(2) && asked[1] <= Duration::from_secs(3));
}

#[test]
fn credentials_never_go_over_plain_http_to_another_computer_unless_allowed() {
    let fixture = recorded(1);
    let (pause, waits) = noted();
    // No such host is ever contacted: the refusal comes before any connection.
    let mut config = SyncConfig::new("http://lrs.example.org/xapi", wrong_password());
    config.pause = pause;
    let error = lrs::sync(&fixture.store, &config, |_| {}).unwrap_err();
    assert!(matches!(error, Error::PlainHttp { .. }), "{error}");
    assert!(error.to_string().contains("--allow-http"), "{error}");
    assert!(waits.lock().unwrap().is_empty());
    assert_eq!(pending(&fixture), 17);
    assert!(lrs::refuses_plain_http(&config));
    config.allow_http = true;
    assert!(!lrs::refuses_plain_http(&config));
    // https, this computer, or no credentials at all: nothing to refuse.
    for (endpoint, credentials) in [
        ("https://lrs.example.org/xapi", wrong_password()),
        ("http://localhost:8100/xAPI", wrong_password()),
        ("http://[::1]:8100/xAPI", wrong_password()),
        ("http://127.1.2.3:8100/xAPI", wrong_password()),
        ("http://lrs.example.org/xapi", None),
    ] {
        assert!(
            !lrs::refuses_plain_http(&SyncConfig::new(endpoint, credentials)),
            "{endpoint}"
        );
    }
}

/// Runs the built binary on `data_dir`.
fn fieldcourse(data_dir: &Path, args: &[&str]) -> Output {
    let scratch = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env("XDG_DATA_HOME", scratch.path())
        .env("HOME", scratch.path())
        .env_remove("FIELDCOURSE_DATA_DIR")
        .env_remove("FIELDCOURSE_LRS_PASSWORD")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_command_checks_the_lrs_refuses_plain_http_and_logs_what_went_wrong() {
    let data = tempfile::tempdir().unwrap();
    let lrs = FakeLrs::start();
    let sync = |extra: &[&str]| {
        let mut args = vec!["xapi", "sync", "--quiet", "--endpoint", &lrs.endpoint];
        args.extend(extra);
        fieldcourse(data.path(), &args)
    };
    let wrong = sync(&["--user", "test", "--password", "Xyzzy-42"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(text(&wrong.stderr).contains("refused the credentials (HTTP 401)"));
    let log = fieldcourse::logging::current_log_file(data.path());
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(logged.contains("ERROR"), "{logged}");
    assert!(logged.contains("refused the credentials"), "{logged}");
    assert!(
        !logged.contains("Xyzzy-42"),
        "no password in the log: {logged}"
    );

    // A server failing for a moment (and asking for no wait) is a warning.
    {
        let mut state = lrs.state.lock().unwrap();
        state.failures = vec![503];
        state.retry_after = Some("0".to_owned());
    }
    let right = sync(&["--user", "test", "--password", "secret"]);
    assert!(right.status.success(), "{}", text(&right.stderr));
    assert!(
        text(&right.stdout)
            .contains("answered and accepted the credentials; nothing was waiting to be sent"),
        "{}",
        text(&right.stdout)
    );
    let logged = std::fs::read_to_string(&log).unwrap();
    assert!(logged.contains("WARN"), "{logged}");
    assert!(
        logged.contains("trying again in 0.0 s (try 2 of 5)"),
        "{logged}"
    );
    assert!(logged.contains("HTTP 503"), "{logged}");

    // --verbose shows and logs what was done.
    let verbose = fieldcourse(data.path(), &["xapi", "sync", "--quiet", "--verbose"]);
    assert!(verbose.status.success(), "{}", text(&verbose.stderr));
    assert!(text(&verbose.stderr).contains("the LRS answered and took the credentials"));
    assert!(
        std::fs::read_to_string(&log)
            .unwrap()
            .contains("the LRS answered and took the credentials")
    );

    let plain = fieldcourse(
        data.path(),
        &[
            "xapi",
            "sync",
            "--endpoint",
            "http://lrs.example.org/xapi",
            "--user",
            "test",
            "--password",
            "secret",
        ],
    );
    assert_eq!(plain.status.code(), Some(1));
    assert!(
        text(&plain.stderr).contains("plain http:// address on another computer"),
        "{}",
        text(&plain.stderr)
    );
    assert!(text(&plain.stderr).contains("--allow-http"));
}
