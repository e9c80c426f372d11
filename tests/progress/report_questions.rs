//! `fieldcourse report --questions`, run as trainers run it: item analysis of a
//! course's quiz questions over the learners in a data folder.

use crate::common::*;
use crate::records::Device;
use fieldcourse::progress::{AttemptOutcome, CourseVersion, LearnerSession, Store, Timestamp};
use fieldcourse::quiz::{AttemptPlan, PlannedQuestion, Response};
use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn fieldcourse(data_dir: &Path, args: &[&str]) -> Output {
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

/// `learner`'s submitted attempt at `quiz1` of `version`: q1 answered `truth`,
/// q2 `option` (right when it is `quiz1-q2-a`).
fn take_quiz1(learner: &LearnerSession<'_>, version: &CourseVersion, truth: bool, option: &str) {
    let plan = AttemptPlan {
        seed: 1,
        questions: ["quiz1-q1", "quiz1-q2"]
            .iter()
            .map(|id| PlannedQuestion {
                question_id: (*id).to_owned(),
                order: Vec::new(),
            })
            .collect(),
    };
    let attempt = learner.start_attempt(version, "quiz1", 1, &plan).unwrap();
    learner
        .record_answer(attempt, "quiz1-q1", &Response::TrueFalse(truth), None)
        .unwrap();
    learner
        .record_answer(
            attempt,
            "quiz1-q2",
            &Response::Choice(vec![option.to_owned()]),
            None,
        )
        .unwrap();
    let points = f64::from(u8::from(truth)) + f64::from(u8::from(option.ends_with('a')));
    learner
        .finish_attempt(
            attempt,
            &AttemptOutcome {
                points,
                max_points: 2.0,
                score: points / 2.0,
                passed: points >= 1.4,
            },
        )
        .unwrap();
}

/// Five learners' first attempts at `quiz1` (scores 1, 1, 0.5, 0.5, 0.5) and an
/// all-wrong second attempt by the first; the course installed in the folder.
fn data_with_answers() -> tempfile::TempDir {
    let fixture = Fixture::new();
    let folder = fixture.data_dir().join("courses/field-safety");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("course.json"), course_json().to_string()).unwrap();
    let version = fixture.store.register_course(&course()).unwrap();
    let answers = [
        (true, "quiz1-q2-a"),
        (true, "quiz1-q2-a"),
        (true, "quiz1-q2-b"),
        (false, "quiz1-q2-a"),
        (true, "quiz1-q2-b"),
    ];
    for (n, (truth, option)) in answers.into_iter().enumerate() {
        let learner = fixture.learner(&format!("Learner {n}"));
        take_quiz1(&learner, &version, truth, option);
        if n == 0 {
            take_quiz1(&learner, &version, false, "quiz1-q2-b");
        }
    }
    let Fixture { dir, store } = fixture;
    drop(store);
    dir
}

fn close(value: &Value, expected: f64) {
    let actual = value
        .as_f64()
        .unwrap_or_else(|| panic!("{value} is not a number"));
    assert!(
        (actual - expected).abs() < 1e-9,
        "expected {expected}, got {actual}"
    );
}

#[test]
fn questions_report_prints_each_quiz_and_question_as_json() {
    let data = data_with_answers();
    let output = fieldcourse(
        data.path(),
        &[
            "report",
            "--questions",
            "--course",
            "field-safety",
            "--quiz",
            "quiz1",
            "--format",
            "json",
        ],
    );
    assert!(output.status.success(), "{output:?}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["course_id"], "field-safety");
    assert_eq!(report["scope"], "first");
    let quizzes = report["quizzes"].as_array().unwrap();
    assert_eq!(quizzes.len(), 1);
    let quiz = &quizzes[0];
    assert_eq!(quiz["attempts"], 5);
    close(&quiz["mean"], 0.7);
    close(&quiz["median"], 0.5);
    close(&quiz["pass_rate"], 0.4);
    let q1 = &quiz["questions"][0];
    assert_eq!(q1["question_id"], "quiz1-q1");
    assert_eq!(q1["drawn"], 5);
    close(&q1["facility"], 0.8);
    close(&q1["discrimination"], -0.4 / 0.96_f64.sqrt());
    assert_eq!(q1["flags"], serde_json::json!(["check_answer_key"]));
    let q2 = &quiz["questions"][1];
    close(&q2["facility"], 0.6);
    assert_eq!(q2["options"][0]["option_id"], "quiz1-q2-a");
    assert_eq!(q2["options"][0]["picked"], 3);
    close(&q2["options"][1]["share"], 0.4);
}

#[test]
fn questions_report_counts_every_attempt_when_asked() {
    let data = data_with_answers();
    let output = fieldcourse(
        data.path(),
        &[
            "report",
            "--questions",
            "--course",
            "field-safety",
            "--quiz",
            "quiz1",
            "--all-attempts",
            "--format",
            "json",
        ],
    );
    assert!(output.status.success(), "{output:?}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["scope"], "all");
    assert_eq!(report["quizzes"][0]["attempts"], 6);
    close(&report["quizzes"][0]["questions"][0]["facility"], 4.0 / 6.0);
}

#[test]
fn questions_report_prints_csv_by_default_with_flags_in_words() {
    let data = data_with_answers();
    let output = fieldcourse(
        data.path(),
        &["report", "--questions", "--course", "field-safety"],
    );
    assert!(output.status.success(), "{output:?}");
    let csv = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(
        lines[0].starts_with("row,course_id,quiz_id,question_id,kind,count,"),
        "{}",
        lines[0]
    );
    // Three quizzes, two questions each: a quiz line and two question lines apiece.
    assert_eq!(lines.len(), 1 + 3 * 3, "{csv}");
    assert!(
        lines[1].starts_with("quiz,field-safety,quiz1,,,5,"),
        "{}",
        lines[1]
    );
    let q1 = lines[2];
    assert!(
        q1.starts_with("question,field-safety,quiz1,quiz1-q1,true_false,5,5,no,0.8,"),
        "{q1}"
    );
    assert!(
        q1.contains("stronger learners tend to get it wrong: check the answer key"),
        "{q1}"
    );
    assert!(
        q1.contains(",-0.408"),
        "a negative figure stays a number: {q1}"
    );
    assert!(
        lines[4].starts_with("quiz,field-safety,quiz2,,,0,"),
        "{}",
        lines[4]
    );
}

#[test]
fn questions_report_names_the_quizzes_when_one_is_unknown() {
    let data = data_with_answers();
    let output = fieldcourse(
        data.path(),
        &[
            "report",
            "--questions",
            "--course",
            "field-safety",
            "--quiz",
            "nope",
        ],
    );
    assert_eq!(output.status.code(), Some(2));
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(error.contains("has no quiz `nope`"), "{error}");
    assert!(error.contains("quiz1, quiz2, final"), "{error}");
}

#[test]
fn questions_report_needs_a_known_course() {
    let data = data_with_answers();
    let missing = fieldcourse(data.path(), &["report", "--questions"]);
    assert_eq!(missing.status.code(), Some(2), "--questions needs --course");
    let unknown = fieldcourse(data.path(), &["report", "--questions", "--course", "nope"]);
    assert_eq!(unknown.status.code(), Some(2));
    let error = String::from_utf8(unknown.stderr).unwrap();
    assert!(error.contains("no course `nope`"), "{error}");
    assert!(error.contains("field-safety"), "{error}");
}

#[test]
fn questions_report_counts_the_attempts_collected_from_other_laptops() {
    let data = data_with_answers();
    // Two learners on another laptop, both right on both questions; one of
    // them tries again and gets both wrong.
    let laptop = Device::new();
    let version = laptop.store().register_course(&course()).unwrap();
    for name in ["Amina", "Bilal"] {
        let learner = laptop.fixture.learner(name);
        take_quiz1(&learner, &version, true, "quiz1-q2-a");
        if name == "Amina" {
            take_quiz1(&learner, &version, false, "quiz1-q2-b");
        }
    }
    let stick = tempfile::tempdir().unwrap();
    let export = laptop.export("Laptop A", stick.path(), 1_000);
    let store = Store::open(data.path()).unwrap();
    fieldcourse::records::collect_file(&store, &export.path, Timestamp::from_unix_ms(2_000))
        .unwrap();
    drop(store);

    let args = [
        "report",
        "--questions",
        "--course",
        "field-safety",
        "--quiz",
        "quiz1",
        "--format",
        "json",
    ];
    let output = fieldcourse(data.path(), &args);
    assert!(output.status.success(), "{output:?}");
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let quiz = &report["quizzes"][0];
    // Five first attempts here and two there, each laptop's learner 1 apart.
    assert_eq!(quiz["attempts"], 7);
    assert_eq!(quiz["collected"], 2);
    close(&quiz["mean"], (0.7 * 5.0 + 2.0) / 7.0);
    close(&quiz["questions"][0]["facility"], 6.0 / 7.0);
    let note = String::from_utf8(output.stderr).unwrap();
    assert!(
        note.contains(
            "2 of the 7 attempts analysed come from records collected from other devices"
        ),
        "{note}"
    );

    let mut all = args.to_vec();
    all.push("--all-attempts");
    let report: Value = serde_json::from_slice(&fieldcourse(data.path(), &all).stdout).unwrap();
    assert_eq!(report["quizzes"][0]["attempts"], 9);
    assert_eq!(report["quizzes"][0]["collected"], 3);

    let output = fieldcourse(
        data.path(),
        &["report", "--questions", "--course", "field-safety"],
    );
    let csv = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert!(lines[0].ends_with(",prompt,collected"), "{}", lines[0]);
    assert!(
        lines[1].starts_with("quiz,field-safety,quiz1,,,7,"),
        "{}",
        lines[1]
    );
    assert!(lines[1].ends_with(",2"), "{}", lines[1]);
    assert!(
        lines[2].ends_with(','),
        "a question line leaves it empty: {}",
        lines[2]
    );
}
