//! Records files at the size of a training round:
//!
//! - saving one device's records: 30 learners, each through a course of 4
//!   modules x 5 lessons, 2 attempts of 5 answers at each quiz and the final
//!   assessment, and a certificate (the file's size is printed);
//! - collecting 100 such files, each signed as its own device, into a fresh
//!   trainer's database (goal of the training-round issue: under 10 s);
//! - the report of the 3,000 collected learners (goal: under 100 ms);
//! - the programme view's data for them, and its lines filtered and sorted.
//!
//! The 100 files carry the same rows under 100 device ids and keys: what the
//! trainer's laptop does per file is the same as for 100 real laptops.
//!
//! Run: `cargo bench --no-default-features --bench records`
//! The files live under `target/tmp`, on the same disk as the build.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

#[path = "support/plain_course.rs"]
mod plain_course;

use criterion::{Criterion, criterion_group, criterion_main};
use fieldcourse::certificate::KeyKind;
use fieldcourse::certificate::keys::{IssuerKey, Keyring};
use fieldcourse::progress::{
    AttemptOutcome, NewCertificate, NewLearner, Profile, ProgrammeFilter, ProgrammeSort, SortKey,
    Store,
};
use fieldcourse::records::file::{self, Writer};
use fieldcourse::records::{self, collect_file};
use fieldcourse::time::Timestamp;
use serde_json::json;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const LEARNERS: usize = 30;
const DEVICES: usize = 100;
const MODULES: usize = 4;
const LESSONS_PER_MODULE: usize = 5;
const QUESTIONS: usize = 5;
const ATTEMPTS: usize = 2;

fn scratch() -> tempfile::TempDir {
    tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap()
}

fn quiz_ids() -> Vec<String> {
    (0..MODULES)
        .map(|m| format!("m{m}-quiz"))
        .chain(["final".to_owned()])
        .collect()
}

/// A device whose 30 learners each went through the whole course.
fn device(dir: &Path) -> Store {
    let store = Store::open(dir).unwrap();
    let version = store
        .register_course(&plain_course::plain_course(
            "round",
            MODULES,
            LESSONS_PER_MODULE,
            QUESTIONS,
        ))
        .unwrap();
    for l in 0..LEARNERS {
        let learner = store
            .create_learner(&NewLearner {
                profile: Profile {
                    display_name: format!("Learner {l:02}"),
                    certificate_name: format!("Learner {l:02} Fullname"),
                    language: "en".to_owned(),
                },
                pin: None,
            })
            .unwrap();
        for m in 0..MODULES {
            for lesson in 0..LESSONS_PER_MODULE {
                learner
                    .complete_lesson(&version, &format!("m{m}-l{lesson}"))
                    .unwrap();
            }
        }
        for quiz in quiz_ids() {
            for _ in 0..ATTEMPTS {
                let attempt = learner
                    .start_attempt(&version, &quiz, 1, &json!({"questions": []}))
                    .unwrap();
                for q in 0..QUESTIONS {
                    learner
                        .record_answer(
                            attempt,
                            &format!("{quiz}-q{q}"),
                            &json!({"value": true}),
                            Some(1.0),
                        )
                        .unwrap();
                }
                learner
                    .finish_attempt(
                        attempt,
                        &AttemptOutcome {
                            points: 5.0,
                            max_points: 5.0,
                            score: 1.0,
                            passed: true,
                        },
                    )
                    .unwrap();
            }
        }
        learner
            .record_completion(
                &version,
                Some(&NewCertificate {
                    id: format!("FC-BENCH-{l:04}"),
                    name_on_certificate: format!("Learner {l:02} Fullname"),
                    // About the size of a real signed credential.
                    credential: Some("x".repeat(1_200)),
                }),
                Timestamp::now(),
            )
            .unwrap();
    }
    store
}

fn export(c: &mut Criterion) -> (tempfile::TempDir, Vec<PathBuf>) {
    let device_dir = scratch();
    let setup = Instant::now();
    let store = device(device_dir.path());
    eprintln!(
        "device of {LEARNERS} learners built in {:.1?}",
        setup.elapsed()
    );
    let keyring = Keyring::new(device_dir.path());
    let stick = scratch();
    let output = stick.path().join("device.fcrecords");
    let save = || {
        records::export_records(&store, &keyring, &output, Some("Bench"), Timestamp::now()).unwrap()
    };
    let saved = save();
    eprintln!(
        "records file: {LEARNERS} learners, {} attempts, {} learning records, {:.1} KB",
        saved.attempts,
        saved.statements,
        saved.bytes as f64 / 1e3
    );
    let mut group = c.benchmark_group("records");
    group.sample_size(10);
    group.bench_function("export_30_learners", |b| b.iter(|| black_box(save())));
    group.finish();

    // The same rows as 100 devices, each with its own id and key.
    let rows = store.device_records().unwrap();
    let files = (0..DEVICES)
        .map(|d| {
            let key = IssuerKey::from_secret("Fieldcourse device", KeyKind::Device, [d as u8; 32]);
            let path = stick.path().join(format!("device-{d:03}.fcrecords"));
            let bytes = file::write(
                &rows,
                &Writer {
                    device_id: &format!("bench-device-{d:03}"),
                    device_name: &format!("Laptop {d:03}"),
                    key: &key,
                    export_number: 1,
                    exported_at: Timestamp::now(),
                },
                &path,
            )
            .unwrap();
            std::fs::write(&path, bytes).unwrap();
            path
        })
        .collect();
    (stick, files)
}

fn collect_all(trainer_dir: &Path, files: &[PathBuf]) -> (Store, Duration) {
    let store = Store::open(trainer_dir).unwrap();
    let started = Instant::now();
    for path in files {
        collect_file(&store, path, Timestamp::now()).unwrap();
    }
    let took = started.elapsed();
    (store, took)
}

fn collect_and_report(c: &mut Criterion) {
    let (_stick, files) = export(c);
    let mut group = c.benchmark_group("records");
    group.sample_size(10);
    group.bench_function("import_100_devices_x_30_learners", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                let trainer = scratch();
                total += collect_all(trainer.path(), &files).1;
            }
            total
        })
    });
    let trainer = scratch();
    let (store, took) = collect_all(trainer.path(), &files);
    let rows = store.collected_report(None).unwrap();
    assert_eq!(rows.len(), DEVICES * LEARNERS);
    assert!(rows.iter().all(|row| row.lessons_completed == 20
        && row.quizzes.iter().all(|quiz| quiz.attempts == 2)
        && row.certificate_id.is_some()));
    eprintln!(
        "trainer's database: {} collected rows, {:.1} MB, collected in {took:.1?}",
        rows.len(),
        std::fs::metadata(store.path()).unwrap().len() as f64 / 1e6
    );
    group.bench_function("report_3000_collected_learners", |b| {
        b.iter(|| black_box(store.collected_report(None).unwrap()))
    });
    // The programme view's data: every learner read and joined, then the
    // lines of one device sorted by last activity (what a filter click does).
    group.bench_function("programme_3000_learners", |b| {
        b.iter(|| black_box(store.programme().unwrap()))
    });
    let programme = store.programme().unwrap();
    assert_eq!(programme.learners.len(), DEVICES * LEARNERS);
    let one_device = ProgrammeFilter {
        device: Some(programme.devices[0].device_id.clone()),
        ..ProgrammeFilter::default()
    };
    let by_activity = ProgrammeSort {
        key: SortKey::LastActivity,
        descending: true,
    };
    group.bench_function("programme_lines_3000_learners", |b| {
        b.iter(|| {
            black_box(programme.lines(&ProgrammeFilter::default(), by_activity));
            black_box(programme.lines(&one_device, ProgrammeSort::default()))
        })
    });
    group.finish();
}

criterion_group!(benches, collect_and_report);
criterion_main!(benches);
