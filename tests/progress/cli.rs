//! `fieldcourse backup` and `fieldcourse report`, run as users run them.

use crate::common::*;
use fieldcourse::progress::{AttemptOutcome, BackupKind, Store, Timestamp};
use serde_json::{Value, json};
use std::path::Path;
use std::process::{Command, Output};

/// Runs the built binary with `--data-dir DIR` and a scratch home, so nothing
/// reaches the real data folder.
pub fn fieldcourse(data_dir: &Path, args: &[&str]) -> Output {
    let scratch = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env("XDG_DATA_HOME", scratch.path())
        .env("HOME", scratch.path())
        .env_remove("FIELDCOURSE_DATA_DIR")
        .output()
        .unwrap()
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// A data folder with two learners' progress on one course.
fn data_with_progress() -> tempfile::TempDir {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&course()).unwrap();
    let amina = fixture.learner("Amina, \"Mina\"");
    amina.complete_lesson(&version, "l1").unwrap();
    let attempt = amina
        .start_attempt(&version, "quiz1", 5, &json!([]))
        .unwrap();
    amina
        .finish_attempt(
            attempt,
            &AttemptOutcome {
                points: 1.7,
                max_points: 2.0,
                score: 0.85,
                passed: true,
            },
        )
        .unwrap();
    fixture.learner("=cmd").enroll(&version).unwrap();
    let Fixture { dir, store } = fixture;
    drop(store);
    dir
}

#[test]
fn report_prints_csv_by_default() {
    let data = data_with_progress();
    let output = fieldcourse(data.path(), &["report"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert!(lines[0].starts_with("learner_id,display_name,certificate_name,course_id,"));
    // Quoted where needed; a name that looks like a formula is defused.
    assert!(lines[1].contains("'=cmd"), "{text}");
    let amina = lines[2];
    assert!(amina.contains("\"Amina, \"\"Mina\"\"\""), "{amina}");
    assert!(
        amina.contains(",field-safety,Field safety,1.0.0,1,4,"),
        "{amina}"
    );
    assert!(
        amina.contains("quiz1: best 85%, 1 attempt, passed; quiz2: not attempted"),
        "{amina}"
    );
    assert_eq!(lines.len(), 4, "header, two rows and the final line end");
}

#[test]
fn report_prints_json_and_narrows_to_one_course() {
    let data = data_with_progress();
    let output = fieldcourse(
        data.path(),
        &["report", "--format", "json", "--course", "field-safety"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let rows = report["rows"].as_array().unwrap();
    assert_eq!(rows.len(), 2);
    let amina = &rows[1];
    assert_eq!(amina["lessons_completed"], 1);
    assert_eq!(amina["lessons_total"], 4);
    assert_eq!(amina["quizzes"][0]["best_score"], 0.85);
    assert_eq!(amina["quizzes"][0]["attempts"], 1);
    assert_eq!(amina["final_assessment"]["attempts"], 0);
    assert!(amina["started_at"].as_str().unwrap().ends_with('Z'));
    assert!(report["generated_at"].is_string());
}

#[test]
fn report_on_an_unknown_course_is_a_usage_error() {
    let data = data_with_progress();
    let output = fieldcourse(data.path(), &["report", "--course", "nope"]);
    assert_eq!(output.status.code(), Some(2));
    let text = stderr(&output);
    assert!(
        text.contains("no learner has started a course `nope`"),
        "{text}"
    );
    assert!(text.contains("field-safety"), "{text}");
    let bad_format = fieldcourse(data.path(), &["report", "--format", "xml"]);
    assert_eq!(bad_format.status.code(), Some(2));
}

#[test]
fn report_on_an_unused_folder_is_empty_and_creates_nothing() {
    let data = tempfile::tempdir().unwrap();
    let output = fieldcourse(data.path(), &["report"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output).lines().count(), 1, "just the header");
    assert!(std::fs::read_dir(data.path()).unwrap().next().is_none());
}

#[test]
fn report_on_a_damaged_file_fails_and_says_what_was_done() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        fieldcourse::progress::database_path(data.path()),
        b"garbage".repeat(100),
    )
    .unwrap();
    let output = fieldcourse(data.path(), &["report"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("moved to"), "{}", stderr(&output));
}

#[test]
fn backup_list_and_restore_honour_the_data_dir() {
    let data = data_with_progress();
    let empty = fieldcourse(data.path(), &["backup", "list"]);
    assert_eq!(empty.status.code(), Some(0));
    assert!(stdout(&empty).contains("no backups"));

    let store = Store::open(data.path()).unwrap();
    let day = Timestamp::from_unix_ms(1_767_225_600_000);
    let backup = store.backup_now(BackupKind::Daily, day).unwrap();
    // A learner added after the backup, which the restore will set aside.
    store.create_learner(&new_learner("Later", None)).unwrap();
    drop(store);

    let listed = fieldcourse(data.path(), &["backup", "list"]);
    assert_eq!(listed.status.code(), Some(0));
    let text = stdout(&listed);
    assert!(text.contains("daily-20260101T000000Z"), "{text}");
    assert!(text.contains("2026-01-01T00:00:00Z"), "{text}");

    let restored = fieldcourse(data.path(), &["backup", "restore", &backup.id]);
    assert_eq!(restored.status.code(), Some(0), "{}", stderr(&restored));
    let text = stdout(&restored);
    assert!(
        text.contains(&format!("restored backup {}", backup.id)),
        "{text}"
    );
    assert!(text.contains("kept as backup before-restore-"), "{text}");
    let store = Store::open(data.path()).unwrap();
    assert_eq!(store.learners().unwrap().len(), 2);
}

#[test]
fn backup_restore_of_an_unknown_id_is_a_usage_error() {
    let data = tempfile::tempdir().unwrap();
    let output = fieldcourse(
        data.path(),
        &["backup", "restore", "daily-20200101T000000Z"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("fieldcourse backup list"));
    assert_eq!(fieldcourse(data.path(), &["backup"]).status.code(), Some(2));
}

#[test]
fn xapi_export_and_status_run_from_the_command_line() {
    let data = data_with_progress();
    let output_file = data.path().join("records.json");
    let export = fieldcourse(
        data.path(),
        &["xapi", "export", "--output", output_file.to_str().unwrap()],
    );
    assert!(export.status.success(), "{}", stderr(&export));
    let written: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(&output_file).unwrap()).unwrap();
    assert!(!written.is_empty());
    assert!(stdout(&export).contains(&format!("wrote {} statements", written.len())));
    let status = fieldcourse(data.path(), &["xapi", "status"]);
    assert!(
        stdout(&status).contains(&format!(
            "{0} statements wait to be sent ({0} of them exported",
            written.len()
        )),
        "{}",
        stdout(&status)
    );
    #[cfg(feature = "lrs")]
    assert!(stdout(&status).contains("no LRS is set up"));
    #[cfg(not(feature = "lrs"))]
    assert!(stdout(&status).contains("this build has no LRS support"));
    let bad_date = fieldcourse(
        data.path(),
        &["xapi", "export", "--since", "soon", "--output", "x.json"],
    );
    assert_eq!(bad_date.status.code(), Some(2));
    assert!(stderr(&bad_date).contains("`soon` is not a date"));
}

#[cfg(not(feature = "lrs"))]
#[test]
fn xapi_sync_says_the_build_has_no_lrs_support() {
    let data = data_with_progress();
    let sync = fieldcourse(
        data.path(),
        &["xapi", "sync", "--endpoint", "https://lrs.example.org/xapi"],
    );
    assert_eq!(sync.status.code(), Some(1));
    assert!(
        stderr(&sync).contains("this build has no LRS support"),
        "{}",
        stderr(&sync)
    );
    assert!(!data.path().join("lrs.json").exists());
}

#[cfg(feature = "lrs")]
#[test]
fn xapi_sync_runs_from_the_command_line() {
    let data = data_with_progress();
    let no_lrs = fieldcourse(data.path(), &["xapi", "sync"]);
    assert_eq!(no_lrs.status.code(), Some(1));
    assert!(stderr(&no_lrs).contains("no learning record store is set up"));
    // Nobody listens on this port: the cause is named, the outbox kept, the
    // address remembered for the owner only.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let endpoint = format!("http://127.0.0.1:{port}/xAPI");
    let offline = fieldcourse(
        data.path(),
        &[
            "xapi",
            "sync",
            "--endpoint",
            &endpoint,
            "--user",
            "u",
            "--password",
            "p",
            "--quiet",
        ],
    );
    assert_eq!(offline.status.code(), Some(1));
    assert!(
        stderr(&offline).contains("could not reach the learning record store"),
        "{}",
        stderr(&offline)
    );
    assert!(stdout(&offline).contains("readable by you only"));
    let status = fieldcourse(data.path(), &["xapi", "status"]);
    assert!(stdout(&status).contains(&format!("they go to {endpoint} (credentials remembered)")));
}
