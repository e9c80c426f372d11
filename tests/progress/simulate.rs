//! Simulated learners: the same seed gives the same data, a group varies
//! (passes, failures, retakes, completions), a folder with real learners is
//! refused without --force, and removing them leaves real learners as they were.

use crate::common::*;
use crate::records::database_content;
use fieldcourse::certificate::keys::Keyring;
use fieldcourse::course::Course;
use fieldcourse::progress::Store;
use fieldcourse::simulate::{self, Error, Plan};
use std::path::Path;
use std::process::Command;

/// The test course with a certificate, so completions issue one.
fn certified_course() -> Course {
    let mut json = course_json();
    json["certificate"] = serde_json::json!({
        "organisation": "Tests",
        "signatory_name": "Ana Ruiz",
        "signatory_title": "Head of Training"
    });
    serde_json::from_value(json).unwrap()
}

fn run(
    fixture: &Fixture,
    learners: u32,
    seed: u64,
    force: bool,
) -> simulate::Result<simulate::Simulated> {
    simulate::simulate(
        &fixture.store,
        &Keyring::new(fixture.data_dir()),
        &certified_course(),
        &Plan {
            learners,
            seed,
            force,
        },
    )
}

/// What the simulation decided, without the clock's times or random ids.
fn drawn(path: &Path) -> Vec<String> {
    let conn = raw(path);
    let mut rows = Vec::new();
    for sql in [
        "SELECT display_name || '|' || certificate_name || '|' || language FROM learners ORDER BY id",
        "SELECT learner_id || '|' || lesson_id || '|' || (completed_at IS NOT NULL) || '|' || seconds_spent
         FROM lesson_progress ORDER BY learner_id, lesson_id",
        "SELECT learner_id || '|' || quiz_id || '|' || seed || '|' || layout || '|' || points || '|' || score || '|' || passed
         FROM quiz_attempts ORDER BY id",
        "SELECT attempt_id || '|' || question_id || '|' || answer || '|' || ifnull(points, '-') FROM quiz_answers ORDER BY id",
        "SELECT learner_id || '|' || course_id || '|' || name_on_certificate FROM certificates ORDER BY learner_id",
        "SELECT count(*) FROM xapi_outbox",
    ] {
        let mut statement = conn.prepare(sql).unwrap();
        rows.extend(
            statement
                .query_map([], |row| row.get::<_, String>(0).or_else(|_| row.get::<_, i64>(0).map(|n| n.to_string())))
                .unwrap()
                .map(Result::unwrap),
        );
        rows.push("--".to_owned());
    }
    rows
}

#[test]
fn the_same_seed_gives_the_same_learners_answers_and_scores() {
    let first = Fixture::new();
    let second = Fixture::new();
    let third = Fixture::new();
    run(&first, 8, 42, false).unwrap();
    run(&second, 8, 42, false).unwrap();
    run(&third, 8, 43, false).unwrap();
    let drawn_first = drawn(&first.database());
    assert_eq!(drawn_first, drawn(&second.database()));
    assert_ne!(drawn_first, drawn(&third.database()));
    assert!(drawn_first[0].starts_with("Simulated learner 1|"));
}

#[test]
fn a_group_passes_fails_retakes_and_completes_in_varied_ways() {
    let fixture = Fixture::new();
    let simulated = run(&fixture, 40, 7, false).unwrap();
    assert_eq!(simulated.learners.len(), 40);
    let (attempts, passed) = simulated.attempts();
    assert!(passed > 0 && passed < attempts, "{passed} of {attempts}");
    let completed = simulated.completed();
    assert!(completed > 0 && completed < 40, "{completed} completed");
    let certificates = fixture.count("SELECT count(*) FROM certificates");
    assert_eq!(certificates, completed as i64);
    // Somebody retook a quiz.
    let retakes = fixture.count(
        "SELECT count(*) FROM (SELECT 1 FROM quiz_attempts GROUP BY learner_id, quiz_id HAVING count(*) > 1)",
    );
    assert!(retakes > 0);
    // Scores are spread, not all or nothing.
    let scores = fixture.count("SELECT count(DISTINCT score) FROM quiz_attempts");
    assert!(scores >= 2);
    // Every attempt's points are what the real grader gives its answers.
    let mismatched = fixture.count(
        "SELECT count(*) FROM quiz_attempts AS a
         WHERE a.max_points != (SELECT count(*) FROM quiz_answers AS q WHERE q.attempt_id = a.id)",
    );
    assert_eq!(mismatched, 0);
    // The device calls itself simulated in its records files.
    assert_eq!(
        fixture.store.device_name().unwrap().as_deref(),
        Some("simulated")
    );
    // Numbering goes on in a second run.
    run(&fixture, 1, 7, false).unwrap();
    let names = fixture.store.learners().unwrap();
    assert!(
        names
            .iter()
            .any(|l| l.display_name == "Simulated learner 41")
    );
}

#[test]
fn a_folder_with_real_learners_is_refused_without_force_and_nothing_changes() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&certified_course()).unwrap();
    fixture
        .learner("Amina")
        .complete_lesson(&version, "l1")
        .unwrap();
    let before = database_content(&fixture.database());
    let refused = run(&fixture, 3, 1, false).unwrap_err();
    assert!(
        matches!(refused, Error::RealLearners { count: 1, .. }),
        "{refused}"
    );
    assert!(refused.to_string().contains("--force"));
    assert_eq!(database_content(&fixture.database()), before);
    run(&fixture, 3, 1, true).unwrap();
    assert_eq!(fixture.store.learners().unwrap().len(), 4);
    // The trainer's laptop keeps its own name.
    assert_eq!(fixture.store.device_name().unwrap(), None);
}

#[test]
fn removing_them_leaves_real_learners_untouched() {
    let fixture = Fixture::new();
    let version = fixture.store.register_course(&certified_course()).unwrap();
    let amina = fixture.learner("Amina");
    amina.complete_lesson(&version, "l1").unwrap();
    let real_rows = |fixture: &Fixture| {
        let conn = raw(&fixture.database());
        let query = |sql: &str| -> i64 { conn.query_row(sql, [], |row| row.get(0)).unwrap() };
        (
            query("SELECT count(*) FROM lesson_progress WHERE learner_id = 1"),
            query("SELECT count(*) FROM xapi_outbox WHERE learner_id = 1"),
        )
    };
    let before = real_rows(&fixture);
    run(&fixture, 5, 3, true).unwrap();
    assert_eq!(
        simulate::simulated_learners(&fixture.store).unwrap().len(),
        5
    );
    assert_eq!(simulate::remove_simulated(&fixture.store).unwrap(), 5);
    let learners = fixture.store.learners().unwrap();
    assert_eq!(learners.len(), 1);
    assert_eq!(learners[0].display_name, "Amina");
    assert_eq!(real_rows(&fixture), before);
    for table in [
        "quiz_attempts",
        "certificates",
        "enrollments WHERE learner_id != 1",
    ] {
        assert_eq!(
            fixture.count(&format!("SELECT count(*) FROM {table}")),
            0,
            "{table}"
        );
    }
    assert_eq!(
        fixture
            .count("SELECT count(*) FROM xapi_outbox WHERE learner_id != 1 OR learner_id IS NULL"),
        0
    );
    assert_eq!(simulate::remove_simulated(&fixture.store).unwrap(), 0);
}

#[test]
fn the_command_adds_refuses_and_removes() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let courses = dir.path().join("courses");
    std::fs::create_dir_all(courses.join("field-safety")).unwrap();
    std::fs::write(
        courses.join("field-safety").join("course.json"),
        serde_json::to_string(&{
            let mut json = course_json();
            json["certificate"] = serde_json::json!({
                "organisation": "Tests", "signatory_name": "Ana Ruiz", "signatory_title": "Head"
            });
            json
        })
        .unwrap(),
    )
    .unwrap();
    let fieldcourse = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
            .arg("--data-dir")
            .arg(&data)
            .arg("--courses-dir")
            .arg(&courses)
            .args(args)
            .output()
            .unwrap()
    };
    let added = fieldcourse(&[
        "simulate",
        "--learners",
        "4",
        "--course",
        "field-safety",
        "--seed",
        "5",
    ]);
    assert!(added.status.success(), "{added:?}");
    assert!(String::from_utf8_lossy(&added.stdout).contains("added 4 simulated learners"));
    let unknown = fieldcourse(&["simulate", "--learners", "1", "--course", "nope"]);
    assert_eq!(unknown.status.code(), Some(2));
    {
        let store = Store::open(&data).unwrap();
        store
            .create_learner(&new_learner("Real person", None))
            .unwrap();
    }
    let refused = fieldcourse(&["simulate", "--learners", "1", "--course", "field-safety"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("real learner"));
    let removed = fieldcourse(&["simulate", "--remove"]);
    assert!(removed.status.success(), "{removed:?}");
    assert!(String::from_utf8_lossy(&removed.stdout).contains("removed 4 simulated learners"));
    let store = Store::open(&data).unwrap();
    let left: Vec<String> = store
        .learners()
        .unwrap()
        .into_iter()
        .map(|l| l.display_name)
        .collect();
    assert_eq!(left, ["Real person"]);
}
