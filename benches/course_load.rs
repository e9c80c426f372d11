//! Load + validate throughput on a very large course, beside a plain
//! `serde_json::Value` parse of the same bytes, in the same run: as a learner
//! opens a course (`load_and_validate`, the format's rules) and as its author
//! checks it (`load_and_validate_for_authors`, with the item-writing checks);
//! and the
//! library of the two bundled courses plus 50 copies of CTiP (other ids), read
//! from its index beside parsing every course, and CTiP opened in one
//! language beside all of them.
//!
//! Run: `cargo bench --no-default-features --bench course_load`
//! (`-- library` for the library alone).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use fieldcourse::course::{
    INDEX_FILE, cards_of, discover, load_course, load_course_in, parse_course, read_index,
    refresh_index, validate_course, validate_to_teach,
};
use serde_json::{Value, json};
use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};

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
            black_box(validate_to_teach(&course, file, None));
            black_box(course)
        })
    });
    group.bench_function("load_and_validate_for_authors", |b| {
        b.iter(|| {
            let parsed = parse_course(file, black_box(&bytes));
            let course = parsed.course.unwrap();
            black_box(validate_course(&course, file, None));
            black_box(course)
        })
    });
    group.finish();
}

/// Extra courses beside the bundled two, as in issue #17's measurements.
const EXTRA_COURSES: usize = 50;

/// Copies `from` into `to`, folders and all.
fn copy_folder(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// `count` copies of CTiP in `folder`, each with its own id in every language.
fn ctip_copies(folder: &Path, count: usize) {
    let ctip = Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/ctip-humanitarian");
    for n in 1..=count {
        let copy = folder.join(format!("ctip-copy-{n:02}"));
        copy_folder(&ctip, &copy);
        for entry in fs::read_dir(&copy).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if name.starts_with("course") && name.ends_with(".json") {
                let mut course: Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
                course["id"] = json!(format!("ctip-copy-{n:02}"));
                fs::write(&path, serde_json::to_vec_pretty(&course).unwrap()).unwrap();
            }
        }
    }
}

fn library(c: &mut Criterion) {
    let scratch = tempfile::tempdir().unwrap();
    let extra = scratch.path().join("extra");
    ctip_copies(&extra, EXTRA_COURSES);
    let bundled = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("courses");
    let folders = vec![bundled.clone(), extra];
    let index = scratch.path().join(INDEX_FILE);
    let built = refresh_index(&index, &folders);
    assert_eq!(built.len(), EXTRA_COURSES + 2);
    assert_eq!(built, cards_of(&discover(&folders)), "the index agrees");
    let cached = read_index(&index, &folders);
    assert!(!cached.stale && cached.cards == built);

    let mut group = c.benchmark_group("library");
    group.sample_size(10);
    group.bench_function("parse_every_course_52", |b| {
        b.iter(|| black_box(cards_of(&discover(black_box(&folders)))))
    });
    group.bench_function("read_index_52", |b| {
        b.iter(|| black_box(read_index(black_box(&index), black_box(&folders))))
    });
    let ctip = bundled.join("ctip-humanitarian");
    group.bench_function("open_ctip_every_language", |b| {
        b.iter(|| black_box(load_course(black_box(&ctip))))
    });
    let english = ["en".to_owned()];
    group.bench_function("open_ctip_in_english", |b| {
        b.iter(|| black_box(load_course_in(black_box(&ctip), &english)))
    });
    group.finish();
}

criterion_group!(benches, bench, library);
criterion_main!(benches);
