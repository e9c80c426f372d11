//! Shared helpers: a small course, a store in a temp folder, raw SQL peeks.

use fieldcourse::course::Course;
use fieldcourse::progress::{LearnerSession, NewLearner, Profile, Store};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A course with two modules, four lessons, a reflection, two quizzes and a final
/// assessment. Ids only matter to the store, so the content is minimal.
pub fn course_json() -> Value {
    let quiz = |id: &str| {
        json!({
            "id": id, "title": format!("Quiz {id}"), "pass_mark": 0.7,
            "questions": [
                {"id": format!("{id}-q1"), "kind": "true_false", "prompt": "True?", "answer": true},
                {"id": format!("{id}-q2"), "kind": "single_choice", "prompt": "Pick",
                 "options": [{"id": format!("{id}-q2-a"), "text": "A", "correct": true},
                             {"id": format!("{id}-q2-b"), "text": "B"}]}
            ]
        })
    };
    let lesson = |id: &str| {
        json!({"id": id, "title": format!("Lesson {id}"),
               "blocks": [{"kind": "markdown", "text": "Text."}]})
    };
    json!({
        "format": "fieldcourse/1",
        "id": "field-safety",
        "version": "1.0.0",
        "language": "en",
        "title": "Field safety",
        "summary": "Staying safe.",
        "publisher": "Tests",
        "estimated_minutes": 30,
        "modules": [
            {"id": "m1", "title": "One", "lessons": [
                lesson("l1"),
                {"id": "l2", "title": "Lesson l2", "blocks": [
                    {"kind": "markdown", "text": "Think."},
                    {"kind": "reflection", "id": "r1", "prompt": "What would you do?"}
                ]}
            ], "quiz": quiz("quiz1")},
            {"id": "m2", "title": "Two", "lessons": [lesson("l3"), lesson("l4")],
             "quiz": quiz("quiz2")}
        ],
        "final_assessment": quiz("final")
    })
}

pub fn course() -> Course {
    serde_json::from_value(course_json()).unwrap()
}

/// `course()` with its id and title changed.
pub fn other_course(id: &str) -> Course {
    let mut value = course_json();
    value["id"] = json!(id);
    value["title"] = json!(format!("Course {id}"));
    serde_json::from_value(value).unwrap()
}

/// A data folder in a temp dir, and the store opened on it.
pub struct Fixture {
    pub dir: TempDir,
    pub store: Store,
}

impl Fixture {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path()).unwrap();
        Self { dir, store }
    }

    pub fn data_dir(&self) -> &Path {
        self.dir.path()
    }

    pub fn database(&self) -> PathBuf {
        fieldcourse::progress::database_path(self.dir.path())
    }

    /// A learner without a PIN.
    pub fn learner(&self, name: &str) -> LearnerSession<'_> {
        self.store.create_learner(&new_learner(name, None)).unwrap()
    }

    /// Counts rows with a second, raw connection (what is on disk, not in the API).
    pub fn count(&self, sql: &str) -> i64 {
        raw(&self.database())
            .query_row(sql, [], |row| row.get(0))
            .unwrap()
    }
}

pub fn new_learner(name: &str, pin: Option<&str>) -> NewLearner {
    NewLearner {
        profile: Profile {
            display_name: name.to_owned(),
            certificate_name: format!("{name} Fullname"),
            language: "en".to_owned(),
        },
        pin: pin.map(str::to_owned),
    }
}

/// A plain connection to a database file, with none of the store's checks.
pub fn raw(path: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(path).unwrap()
}

/// The tables, indexes and their SQL, to compare two databases' schemas.
pub fn schema_of(path: &Path) -> Vec<(String, String, Option<String>)> {
    let conn = raw(path);
    let mut statement = conn
        .prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")
        .unwrap();
    statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The SHA-256 of a file, to show it was left untouched.
pub fn file_digest(path: &Path) -> Vec<u8> {
    use sha2::{Digest, Sha256};
    Sha256::digest(std::fs::read(path).unwrap()).to_vec()
}

/// No item-analysis figure depends on the outcome stored: the analysis grades
/// again.
pub const ANY_OUTCOME: fieldcourse::progress::AttemptOutcome =
    fieldcourse::progress::AttemptOutcome {
        points: 0.0,
        max_points: 1.0,
        score: 0.0,
        passed: false,
    };

/// Every how many seeded attempts (and at which remainder) one goes astray,
/// for the item-analysis tests: a plan this version cannot read, an answer
/// changed afterwards, an answer this version cannot read.
pub struct Quirks {
    pub unreadable_plan: (usize, usize),
    pub changed_answer: (usize, usize),
    pub unreadable_answer: (usize, usize),
}

/// Takes the seeded `attempt` (the `at`-th) at the final assessment of
/// `version` as the app would, with the `quirks` falling on it; returns the
/// attempt, not yet finished.
pub fn take_final(
    learner: &LearnerSession<'_>,
    version: &fieldcourse::progress::CourseVersion,
    at: usize,
    attempt: &fieldcourse::quiz::analysis::AnsweredAttempt,
    quirks: &Quirks,
) -> fieldcourse::progress::AttemptId {
    use fieldcourse::quiz::Response;
    let hits = |(every, at_remainder): (usize, usize)| at % every == at_remainder;
    let id = if hits(quirks.unreadable_plan) {
        learner
            .start_attempt(version, "final", 1, &json!({"questions": "all"}))
            .unwrap()
    } else {
        learner
            .start_attempt(version, "final", attempt.plan.seed, &attempt.plan)
            .unwrap()
    };
    for (question, response) in &attempt.responses {
        if hits(quirks.changed_answer) {
            // Changed afterwards: only the later answer counts.
            learner
                .record_answer(id, question, &Response::TrueFalse(false), None)
                .unwrap();
        }
        learner.record_answer(id, question, response, None).unwrap();
    }
    if hits(quirks.unreadable_answer) {
        learner
            .record_answer(id, "q0", &json!({"kind": "colour", "value": "red"}), None)
            .unwrap();
    }
    id
}
