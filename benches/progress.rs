//! The progress store's two speed goals, measured in one run on one disk:
//!
//! - a durable answer commit (`record_answer`), p50 and p99, beside a bare
//!   `INSERT` of one row with the same pragmas in a file in the same folder
//!   (goal: p99 within 1.2x of the bare insert);
//! - the trainer report over 1,000 learners x 5 courses x 20 lessons, with 3
//!   submitted attempts at each quiz (goal: under 50 ms).
//!
//! Run: `cargo bench --no-default-features --bench progress`
//! The files live under `target/tmp`, on the same disk as the build.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

#[path = "support/plain_course.rs"]
mod plain_course;

use criterion::{Criterion, criterion_group, criterion_main};
use fieldcourse::cli::ReportFormat;
use fieldcourse::course::Course;
use fieldcourse::progress::{CourseVersion, NewLearner, Profile, Store, database_path};
use rusqlite::{Connection, params};
use serde_json::{Value, json};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

const TIMED_COMMITS: usize = 5_000;
const LEARNERS: usize = 1_000;
const COURSES: usize = 5;
const MODULES: usize = 4;
const LESSONS_PER_MODULE: usize = 5;
const ATTEMPTS_PER_QUIZ: usize = 3;

fn scratch() -> tempfile::TempDir {
    tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap()
}

/// A course of 4 modules x 5 lessons, a one-question quiz per module and a
/// final assessment.
fn course(id: &str) -> Course {
    plain_course::plain_course(id, MODULES, LESSONS_PER_MODULE, 1)
}

fn learner(name: &str) -> NewLearner {
    NewLearner {
        profile: Profile {
            display_name: name.to_owned(),
            certificate_name: String::new(),
            language: "en".to_owned(),
        },
        pin: None,
    }
}

/// A bare table in its own file beside the store, with the store's pragmas.
fn bare_connection(dir: &Path) -> Connection {
    let conn = Connection::open(dir.join("bare.sqlite")).unwrap();
    conn.pragma_update(None, "journal_mode", "wal").unwrap();
    conn.execute_batch(
        "PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         CREATE TABLE answers (id INTEGER PRIMARY KEY, answer TEXT NOT NULL);",
    )
    .unwrap();
    conn
}

fn percentile(sorted: &[Duration], share: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * share).round() as usize;
    sorted[index]
}

fn answer(n: usize) -> Value {
    json!({"choice": format!("option-{}", n % 4)})
}

fn commit_latency(c: &mut Criterion) {
    let dir = scratch();
    let store = Store::open(dir.path()).unwrap();
    let version = store.register_course(&course("bench")).unwrap();
    let session = store.create_learner(&learner("Bench")).unwrap();
    let attempt = session
        .start_attempt(
            &version,
            "m0-quiz",
            1,
            &json!({"questions": ["m0-quiz-q0"]}),
        )
        .unwrap();
    let bare = bare_connection(dir.path());
    let bare_insert = |n: usize| {
        bare.prepare_cached("INSERT INTO answers (answer) VALUES (?1)")
            .unwrap()
            .execute([answer(n).to_string()])
            .unwrap();
    };
    let record = |n: usize| {
        session
            .record_answer(attempt, "m0-quiz-q0", &answer(n), Some(1.0))
            .unwrap();
    };

    // Interleave the two, each going first every other time, so that the disk's
    // moods (other programs' writes, the cache flushing) fall on both alike.
    let mut store_times = Vec::with_capacity(TIMED_COMMITS);
    let mut bare_times = Vec::with_capacity(TIMED_COMMITS);
    let timed = |work: &dyn Fn(usize), n: usize, times: &mut Vec<Duration>| {
        let start = Instant::now();
        work(n);
        times.push(start.elapsed());
    };
    for n in 0..TIMED_COMMITS {
        if n % 2 == 0 {
            timed(&record, n, &mut store_times);
            timed(&bare_insert, n, &mut bare_times);
        } else {
            timed(&bare_insert, n, &mut bare_times);
            timed(&record, n, &mut store_times);
        }
    }
    store_times.sort();
    bare_times.sort();
    let (store_p50, store_p99) = (
        percentile(&store_times, 0.5),
        percentile(&store_times, 0.99),
    );
    let (bare_p50, bare_p99) = (percentile(&bare_times, 0.5), percentile(&bare_times, 0.99));
    eprintln!(
        "commit latency over {TIMED_COMMITS} commits each, in {}:",
        dir.path().display()
    );
    eprintln!("  record_answer  p50 {store_p50:>10.1?}  p99 {store_p99:>10.1?}");
    eprintln!("  bare INSERT    p50 {bare_p50:>10.1?}  p99 {bare_p99:>10.1?}");
    // The tail in steps, to see where the disk's stalls (and page splits)
    // begin.
    for share in [0.9, 0.95, 0.98, 0.99, 0.995, 0.999] {
        eprintln!(
            "  p{:<5} record_answer {:>10.1?}  bare {:>10.1?}  ratio {:.2}x",
            share * 100.0,
            percentile(&store_times, share),
            percentile(&bare_times, share),
            percentile(&store_times, share).as_secs_f64()
                / percentile(&bare_times, share).as_secs_f64()
        );
    }
    eprintln!(
        "  ratio          p50 {:>9.2}x  p99 {:>9.2}x  (goal: p99 within 1.2x)",
        store_p50.as_secs_f64() / bare_p50.as_secs_f64(),
        store_p99.as_secs_f64() / bare_p99.as_secs_f64()
    );

    let mut group = c.benchmark_group("commit");
    let mut n = 0;
    group.bench_function("record_answer", |b| {
        b.iter(|| {
            n += 1;
            record(n)
        })
    });
    group.bench_function("bare_insert", |b| {
        b.iter(|| {
            n += 1;
            bare_insert(n)
        })
    });
    group.finish();
}

/// Fills a store with 1,000 learners x 5 courses: every lesson completed, 3
/// submitted attempts at each quiz. Courses and learners go through the API;
/// the bulk rows go in one raw transaction, or the setup would take minutes of
/// fsyncs.
fn report_store(dir: &Path) -> Store {
    let store = Store::open(dir).unwrap();
    let versions: Vec<CourseVersion> = (0..COURSES)
        .map(|c| {
            store
                .register_course(&course(&format!("course-{c}")))
                .unwrap()
        })
        .collect();
    let learners: Vec<i64> = (0..LEARNERS)
        .map(|l| {
            store
                .create_learner(&learner(&format!("Learner {l:04}")))
                .unwrap()
                .id()
                .0
        })
        .collect();
    drop(store);

    let mut conn = Connection::open(database_path(dir)).unwrap();
    let transaction = conn.transaction().unwrap();
    {
        let version_rows: Vec<i64> = versions
            .iter()
            .map(|v| {
                transaction
                    .query_row(
                        "SELECT current_version_id FROM courses WHERE course_id = ?1",
                        [v.course_id()],
                        |row| row.get(0),
                    )
                    .unwrap()
            })
            .collect();
        let mut enroll = transaction
            .prepare("INSERT INTO enrollments (learner_id, course_id, course_version_id, started_at, last_opened_at, completed_at) VALUES (?1, ?2, ?3, 1, 2, 3)")
            .unwrap();
        let mut lesson = transaction
            .prepare("INSERT INTO lesson_progress (learner_id, course_id, lesson_id, course_version_id, first_opened_at, completed_at, seconds_spent) VALUES (?1, ?2, ?3, ?4, 1, 2, 60)")
            .unwrap();
        let mut attempt = transaction
            .prepare("INSERT INTO quiz_attempts (learner_id, course_id, quiz_id, course_version_id, seed, layout, started_at, finished_at, points, max_points, score, passed) VALUES (?1, ?2, ?3, ?4, 7, '[]', 1, 2, ?5, 1, ?5, ?6)")
            .unwrap();
        let mut certificate = transaction
            .prepare("INSERT INTO certificates (id, learner_id, course_id, course_version_id, name_on_certificate, issued_at) VALUES (?1, ?2, ?3, ?4, 'Name', 4)")
            .unwrap();
        for &learner in &learners {
            for (version, &row) in versions.iter().zip(&version_rows) {
                let course_id = version.course_id();
                enroll.execute(params![learner, course_id, row]).unwrap();
                for m in 0..MODULES {
                    for l in 0..LESSONS_PER_MODULE {
                        lesson
                            .execute(params![learner, course_id, format!("m{m}-l{l}"), row])
                            .unwrap();
                    }
                }
                let quizzes = (0..MODULES)
                    .map(|m| format!("m{m}-quiz"))
                    .chain(["final".to_owned()]);
                for quiz in quizzes {
                    for a in 0..ATTEMPTS_PER_QUIZ {
                        let score = 0.5 + 0.2 * a as f64;
                        attempt
                            .execute(params![learner, course_id, quiz, row, score, score >= 0.7])
                            .unwrap();
                    }
                }
                certificate
                    .execute(params![
                        format!("FC-{learner}-{course_id}"),
                        learner,
                        course_id,
                        row
                    ])
                    .unwrap();
            }
        }
    }
    transaction.commit().unwrap();
    drop(conn);
    Store::open(dir).unwrap()
}

fn trainer_report(c: &mut Criterion) {
    let dir = scratch();
    let setup = Instant::now();
    let store = report_store(dir.path());
    let rows = store.report(None).unwrap();
    assert_eq!(rows.len(), LEARNERS * COURSES);
    assert!(rows.iter().all(|row| row.lessons_completed == 20
        && row.quizzes.iter().all(|quiz| quiz.attempts == 3)
        && row.certificate_id.is_some()));
    eprintln!(
        "report store: {} rows, {:.1} MB, built in {:.1?}",
        rows.len(),
        std::fs::metadata(store.path()).unwrap().len() as f64 / 1e6,
        setup.elapsed()
    );

    let mut group = c.benchmark_group("report");
    group.sample_size(20);
    group.bench_function("1000_learners_x_5_courses", |b| {
        b.iter(|| black_box(store.report(None).unwrap()))
    });
    group.bench_function("one_course", |b| {
        b.iter(|| black_box(store.report(Some("course-2")).unwrap()))
    });
    group.bench_function("1000_learners_x_5_courses_as_csv", |b| {
        b.iter(|| {
            let rows = store.report(None).unwrap();
            black_box(fieldcourse::cli::render_report(&rows, ReportFormat::Csv))
        })
    });
    group.finish();
}

criterion_group!(benches, commit_latency, trainer_report);
criterion_main!(benches);
