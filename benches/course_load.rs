//! Load + validate throughput on a very large course, beside a plain
//! `serde_json::Value` parse of the same bytes, in the same run.
//!
//! Run: `cargo bench --no-default-features --bench course_load`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use fieldcourse::course::{parse_course, validate_course};
use serde_json::{Value, json};
use std::hint::black_box;
use std::path::Path;

const MODULES: usize = 100;
const QUESTIONS_PER_MODULE: usize = 200;

/// A course of 100 modules with a 200-question quiz each: 20,000 questions,
/// about 33 MB, with text of realistic length and every question kind.
fn large_course() -> Vec<u8> {
    let sentence = "Humanitarian staff refer people to services through the agreed pathway, \
                    with informed consent, and never investigate on their own. ";
    let modules: Vec<Value> = (0..MODULES)
        .map(|m| {
            let questions: Vec<Value> = (0..QUESTIONS_PER_MODULE)
                .map(|q| question(&format!("m{m}-q{q}"), q, sentence))
                .collect();
            json!({
                "id": format!("m{m}"),
                "title": format!("Module {m}"),
                "summary": sentence,
                "lessons": [{
                    "id": format!("m{m}-l"),
                    "title": "Lesson",
                    "blocks": [{"kind": "markdown", "text": sentence.repeat(20)}]
                }],
                "quiz": {
                    "id": format!("m{m}-quiz"), "title": "Quiz", "pass_mark": 0.7, "draw": 10,
                    "questions": questions
                }
            })
        })
        .collect();
    let course = json!({
        "format": "fieldcourse/1", "id": "large", "version": "1.0.0", "language": "en",
        "title": "A very large course", "summary": sentence, "publisher": "Bench",
        "estimated_minutes": 6000, "modules": modules
    });
    serde_json::to_vec_pretty(&course).unwrap()
}

fn question(id: &str, index: usize, sentence: &str) -> Value {
    let text = sentence.repeat(2);
    let mut question = json!({
        "id": id, "prompt": text, "explanation": text,
        "feedback": {"correct": sentence, "incorrect": sentence}
    });
    let options = |count: usize| -> Value {
        (0..count)
            .map(|o| json!({"id": format!("{id}-o{o}"), "text": sentence, "correct": o == 0, "feedback": sentence}))
            .collect()
    };
    let body = match index % 7 {
        0 => json!({"kind": "single_choice", "options": options(4)}),
        1 => json!({"kind": "multiple_choice", "options": options(5)}),
        2 => json!({"kind": "true_false", "answer": true}),
        3 => {
            json!({"kind": "matching", "pairs": (0..4).map(|p| json!({"id": format!("{id}-p{p}"), "left": format!("{sentence}{p}"), "right": format!("right {p} {sentence}")})).collect::<Vec<_>>()})
        }
        4 => {
            json!({"kind": "ordering", "items": (0..4).map(|i| json!({"id": format!("{id}-i{i}"), "text": sentence})).collect::<Vec<_>>()})
        }
        5 => json!({"kind": "short_answer", "accepted": ["referral", "refer"]}),
        _ => json!({"kind": "numeric", "value": 30, "tolerance": 1}),
    };
    if let (Value::Object(target), Value::Object(fields)) = (&mut question, body) {
        target.extend(fields);
    }
    question
}

fn bench(c: &mut Criterion) {
    let bytes = large_course();
    let file = Path::new("large/course.json");
    let parsed = parse_course(file, &bytes);
    let course = parsed.course.expect("the generated course parses");
    let questions: usize = course.quizzes().map(|quiz| quiz.questions.len()).sum();
    let diagnostics = validate_course(&course, file, None);
    assert!(
        diagnostics.iter().all(|d| !d.is_error()),
        "{:?}",
        diagnostics.first()
    );
    assert!(questions >= 20_000 && bytes.len() >= 30_000_000);
    eprintln!(
        "course: {questions} questions, {:.1} MB",
        bytes.len() as f64 / 1e6
    );

    let mut group = c.benchmark_group("course_load");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("serde_json_value", |b| {
        b.iter(|| black_box(serde_json::from_slice::<Value>(black_box(&bytes)).unwrap()))
    });
    group.bench_function("load_and_validate", |b| {
        b.iter(|| {
            let parsed = parse_course(file, black_box(&bytes));
            let course = parsed.course.unwrap();
            black_box(validate_course(&course, file, None));
            black_box(course)
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
