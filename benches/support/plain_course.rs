//! A plain course for the store benchmarks: modules of one-paragraph lessons,
//! a true/false quiz after each module and a final assessment.

use fieldcourse::course::Course;
use serde_json::{Value, json};

/// The course `id`: `modules` modules of `lessons` lessons (`m{m}-l{l}`), each
/// module's quiz `m{m}-quiz` and the final assessment `final` holding
/// `questions` true/false questions (`{quiz}-q{q}`).
pub fn plain_course(id: &str, modules: usize, lessons: usize, questions: usize) -> Course {
    let quiz = |id: &str| {
        let questions: Vec<Value> = (0..questions)
            .map(|q| json!({"id": format!("{id}-q{q}"), "kind": "true_false", "prompt": "True?", "answer": true}))
            .collect();
        json!({"id": id, "title": "Quiz", "pass_mark": 0.7, "questions": questions})
    };
    let modules: Vec<Value> = (0..modules)
        .map(|m| {
            let lessons: Vec<Value> = (0..lessons)
                .map(|l| {
                    json!({"id": format!("m{m}-l{l}"), "title": "Lesson",
                           "blocks": [{"kind": "markdown", "text": "Text."}]})
                })
                .collect();
            json!({"id": format!("m{m}"), "title": "Module", "lessons": lessons,
                   "quiz": quiz(&format!("m{m}-quiz"))})
        })
        .collect();
    serde_json::from_value(json!({
        "format": "fieldcourse/1", "id": id, "version": "1.0.0", "language": "en",
        "title": format!("Course {id}"), "summary": "S", "publisher": "Bench",
        "estimated_minutes": 60, "modules": modules, "final_assessment": quiz("final")
    }))
    .unwrap()
}
