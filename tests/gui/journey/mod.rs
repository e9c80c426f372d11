//! The learner's way through the app: who is learning, progress that survives a
//! restart, notes, settings that apply at once, and the shortcuts list. The
//! course and the checks here serve the files below.

mod completion;
mod learners;
mod progress;
mod settings;
mod trainer_lock;

use fieldcourse::gui::app::App;
use fieldcourse::progress::Store;
use serde_json::json;
use tempfile::TempDir;

use crate::common::simulator;

/// A course of three lessons (one with a reflection) and a quiz.
fn course_folder() -> TempDir {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("journey-course");
    std::fs::create_dir_all(&dir).unwrap();
    let course = json!({
        "format": "fieldcourse/1", "id": "journey", "version": "1.0.0", "language": "en",
        "title": "Journey course", "summary": "Three short lessons.", "publisher": "Tests",
        "estimated_minutes": 30,
        "certificate": {"organisation": "Test Org", "signatory_name": "A. Signer", "signatory_title": "Director"},
        "modules": [{"id": "m", "title": "The module", "lessons": [
            {"id": "one", "title": "Lesson one", "blocks": [{"kind": "markdown", "text": "First."}]},
            {"id": "two", "title": "Lesson two", "blocks": [
                {"kind": "reflection", "id": "think", "prompt": "What would you do?"}
            ]},
            {"id": "three", "title": "Lesson three", "blocks": [{"kind": "markdown", "text": "Third."}]}
        ], "quiz": {"id": "quiz", "title": "Check yourself", "pass_mark": 0.5, "questions": [
            {"id": "q", "kind": "true_false", "prompt": "Is it?", "answer": true, "explanation": "Yes."}
        ]}}]
    });
    std::fs::write(dir.join("course.json"), course.to_string()).unwrap();
    root
}

/// Whether the screen shows `text`.
fn shows(app: &App, text: &str) -> bool {
    simulator(app).find(text).is_ok()
}

/// The verbs of the learning records about the course itself (not its
/// lessons or quizzes), oldest first, with the statements.
fn course_records(store: &Store, course_id: &str) -> Vec<(String, serde_json::Value)> {
    let course = format!("https://fieldcourse.invalid/xapi/{course_id}");
    store
        .outbox_statements(None, 0, 1_000)
        .unwrap()
        .into_iter()
        .filter(|record| record.statement["object"]["id"] == course.as_str())
        .map(|record| {
            let verb = record.statement["verb"]["id"].as_str().unwrap();
            let verb = verb.rsplit('/').next().unwrap().to_owned();
            (verb, record.statement)
        })
        .collect()
}
