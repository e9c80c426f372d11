//! Records files at the size of a training round:
//!
//! - saving one device's records: 30 simulated learners taking the flagship
//!   CTiP course through the app's store calls (`fieldcourse simulate`: lessons,
//!   quiz attempts with every answer, retakes, certificates for those who
//!   completed; the file's size is printed);
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

use criterion::{Criterion, criterion_group, criterion_main};
use fieldcourse::certificate::KeyKind;
use fieldcourse::certificate::keys::{IssuerKey, Keyring};
use fieldcourse::course::load_course;
use fieldcourse::progress::{ProgrammeFilter, ProgrammeSort, SortKey, Store};
use fieldcourse::records::file::{self, Writer};
use fieldcourse::records::{self, collect_file};
use fieldcourse::simulate::{Plan, simulate};
use fieldcourse::time::Timestamp;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const LEARNERS: usize = 30;
const DEVICES: usize = 100;

fn scratch() -> tempfile::TempDir {
    tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap()
}

/// A device whose 30 learners took the flagship course as the app records it
/// (`fieldcourse simulate`): lessons, quiz attempts with every answer graded,
/// retakes, and certificates for those who completed it.
fn device(dir: &Path) -> Store {
    let store = Store::open(dir).unwrap();
    let keyring = Keyring::new(dir);
    let loaded =
        load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/ctip-humanitarian"));
    let course = loaded.course.expect("the flagship course loads");
    let plan = Plan {
        learners: LEARNERS as u32,
        seed: 21,
        force: false,
    };
    let simulated = simulate(&store, &keyring, &course, &plan).unwrap();
    let (attempts, failed) = simulated.attempts();
    eprintln!(
        "simulated: {} of {LEARNERS} learners completed CTiP, {attempts} attempts ({failed} failed)",
        simulated.completed()
    );
    store
}

/// The 100 devices' files, and how many of each device's learners hold a
/// certificate.
fn export(c: &mut Criterion) -> (tempfile::TempDir, Vec<PathBuf>, usize) {
    let device_dir = scratch();
    let setup = Instant::now();
    let store = device(device_dir.path());
    let certified = store
        .report(None)
        .unwrap()
        .iter()
        .filter(|row| row.certificate_id.is_some())
        .count();
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
    (stick, files, certified)
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
    let (_stick, files, certified) = export(c);
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
    let collected_certificates = rows
        .iter()
        .filter(|row| row.certificate_id.is_some())
        .count();
    assert_eq!(collected_certificates, DEVICES * certified);
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
