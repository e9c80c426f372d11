//! Item analysis of the CTiP final assessment (a pool of 26 questions, 15 drawn
//! per attempt) over 1,000 learners x 3 submitted attempts, seeded through the
//! same store calls the app makes (goal: every figure in under 50 ms, reading
//! the answers from the store included).
//!
//! `ctip_final_all_attempts` and `ctip_final_first_attempts` are the whole of
//! what the Questions tab and `report --questions` do (`Store::analyse_quiz`:
//! read, then compute); `ctip_final_read_answers` is the read alone and
//! `ctip_final_figures_*` the computation alone, from answers already read.
//! `ctip_final_collected_*` are the same attempts on a trainer's laptop that
//! collected them from the learners' laptop's records file.
//!
//! Run: `cargo bench --no-default-features --bench item_analysis`
//! The store lives in /dev/shm when there is one: seeding commits ~50,000
//! answers one by one, and there a commit's flush costs nothing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

#[path = "support/simulated.rs"]
mod simulated;

use criterion::{Criterion, criterion_group, criterion_main};
use fieldcourse::certificate::keys::Keyring;
use fieldcourse::course::load_course;
use fieldcourse::progress::{Store, Timestamp};
use fieldcourse::quiz::analysis::AttemptScope;
use fieldcourse::records::{collect_file, export_records};
use std::hint::black_box;
use std::path::Path;

const LEARNERS: usize = 1_000;
const ATTEMPTS: usize = 3;

fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        tempfile::tempdir_in(shm).unwrap()
    } else {
        tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap()
    }
}

fn item_analysis(c: &mut Criterion) {
    let loaded =
        load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/ctip-humanitarian"));
    let course = loaded.course.clone().expect("the CTiP course loads");
    let quiz = course.final_assessment.clone().expect("a final assessment");
    assert_eq!((quiz.questions.len(), quiz.draw), (26, Some(15)));

    let dir = scratch();
    let store = Store::open(dir.path()).unwrap();
    let started = std::time::Instant::now();
    simulated::seed_quiz(&store, &course, &quiz, LEARNERS, ATTEMPTS, 24);
    eprintln!(
        "seeded {LEARNERS} learners x {ATTEMPTS} attempts in {:.1?}",
        started.elapsed()
    );
    let all = store
        .analyse_quiz(&course.id, &quiz, AttemptScope::All)
        .unwrap();
    assert_eq!(all.attempts, LEARNERS * ATTEMPTS);
    let first = store
        .analyse_quiz(&course.id, &quiz, AttemptScope::First)
        .unwrap();
    assert_eq!(first.attempts, LEARNERS);

    // The same attempts collected on a trainer's laptop.
    let trainer_dir = scratch();
    let trainer = Store::open(trainer_dir.path()).unwrap();
    let export = export_records(
        &store,
        &Keyring::new(dir.path()),
        &trainer_dir.path().join("laptop.fcrecords"),
        Some("Laptop"),
        Timestamp::now(),
    )
    .unwrap();
    collect_file(&trainer, &export.path, Timestamp::now()).unwrap();
    let collected = trainer
        .analyse_quiz(&course.id, &quiz, AttemptScope::All)
        .unwrap();
    assert_eq!(collected.collected, LEARNERS * ATTEMPTS);
    assert_eq!(
        format!("{:?}", collected.questions),
        format!("{:?}", all.questions),
        "the same figures, collected or not"
    );

    let mut group = c.benchmark_group("item_analysis");
    group.bench_function("ctip_final_all_attempts", |b| {
        b.iter(|| {
            black_box(
                store
                    .analyse_quiz(&course.id, &quiz, AttemptScope::All)
                    .unwrap(),
            )
        })
    });
    group.bench_function("ctip_final_first_attempts", |b| {
        b.iter(|| {
            black_box(
                store
                    .analyse_quiz(&course.id, &quiz, AttemptScope::First)
                    .unwrap(),
            )
        })
    });
    group.bench_function("ctip_final_collected_all_attempts", |b| {
        b.iter(|| {
            black_box(
                trainer
                    .analyse_quiz(&course.id, &quiz, AttemptScope::All)
                    .unwrap(),
            )
        })
    });
    group.bench_function("ctip_final_collected_first_attempts", |b| {
        b.iter(|| {
            black_box(
                trainer
                    .analyse_quiz(&course.id, &quiz, AttemptScope::First)
                    .unwrap(),
            )
        })
    });
    // Reading alone, to tell the store's share from the statistics'.
    group.bench_function("ctip_final_read_answers", |b| {
        b.iter(|| black_box(store.quiz_answer_book(&course.id, &quiz).unwrap()))
    });
    let book = store.quiz_answer_book(&course.id, &quiz).unwrap();
    assert_eq!(book.len(), LEARNERS * ATTEMPTS);
    group.bench_function("ctip_final_figures_all_attempts", |b| {
        b.iter(|| black_box(book.analyse(AttemptScope::All)))
    });
    group.bench_function("ctip_final_figures_first_attempts", |b| {
        b.iter(|| black_box(book.analyse(AttemptScope::First)))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = item_analysis
}
criterion_main!(benches);
