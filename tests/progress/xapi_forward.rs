//! The trainer's laptop forwards the learning records it collected from other
//! laptops: with the ids the laptops gave them, each delivered once, whichever
//! laptop reaches the LRS first, and never again after a newer export of the
//! same laptop is collected. Against the stand-in LRS, then against Ralph.

#![cfg(feature = "lrs")]

use crate::records::Device;
use crate::xapi_journey::*;
use crate::xapi_sync::FakeLrs;
use fieldcourse::lrs::{self, SyncConfig};
use fieldcourse::progress::ForwardCursor;
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

/// A laptop whose learners took the journey (their statements wait in its
/// outbox), saved to a records file in `folder` at `at`.
fn laptop_with_journeys(names: &[&str]) -> Device {
    let laptop = Device::new();
    let version = laptop.store().register_course(&xapi_course()).unwrap();
    for name in names {
        journey(&laptop.fixture.learner(name), &version);
    }
    laptop
}

/// The ids waiting in a store's own outbox.
fn own_ids(device: &Device) -> BTreeSet<String> {
    device
        .store()
        .outbox_statements(None, 0, 100_000)
        .unwrap()
        .into_iter()
        .map(|statement| statement.id)
        .collect()
}

/// The collected statements waiting to be forwarded.
fn to_forward(device: &Device) -> Vec<Value> {
    device
        .store()
        .statements_to_forward(&mut ForwardCursor::default(), 100_000)
        .unwrap()
        .into_iter()
        .map(|statement| statement.statement)
        .collect()
}

/// A laptop with two learners and a trainer with one of their own who
/// collected the laptop's records.
fn collected(folder: &Path) -> (Device, Device) {
    let laptop = laptop_with_journeys(&["Amina", "Bilal"]);
    let trainer = laptop_with_journeys(&["Trainer's own"]);
    let export = laptop.export("Laptop 2", folder, 1_790_000_000_000);
    trainer.collect(&export.path).unwrap();
    (laptop, trainer)
}

#[test]
fn sync_forwards_the_collected_statements_with_their_ids_once() {
    let folder = tempfile::tempdir().unwrap();
    let (laptop, trainer) = collected(folder.path());
    let laptop_ids = own_ids(&laptop);
    let trainer_ids = own_ids(&trainer);
    assert_eq!(to_forward(&trainer).len(), laptop_ids.len());
    let lrs = FakeLrs::start();
    let mut totals = Vec::new();
    let report = lrs::sync(trainer.store(), &lrs.config(), |progress| {
        totals.push(progress.total)
    })
    .unwrap();
    let everything = (laptop_ids.len() + trainer_ids.len()) as u64;
    assert_eq!((report.sent, report.already_held), (everything, 0));
    assert!(totals.iter().all(|total| *total == everything));
    let held: BTreeSet<String> = lrs.state.lock().unwrap().held.keys().cloned().collect();
    assert_eq!(held, laptop_ids.union(&trainer_ids).cloned().collect());
    assert_eq!(trainer.store().statements_to_forward_count().unwrap(), 0);

    // Again: nothing is sent.
    let posts = lrs.state.lock().unwrap().posts;
    let again = lrs::sync(trainer.store(), &lrs.config(), |_| {}).unwrap();
    assert_eq!((again.sent, again.already_held), (0, 0));
    assert_eq!(lrs.state.lock().unwrap().posts, posts);

    // A newer export of the laptop still carries them (the laptop has not
    // reached the LRS): collected, they are not forwarded a second time.
    let newer = laptop.export("Laptop 2", folder.path(), 1_790_000_100_000);
    trainer.collect(&newer.path).unwrap();
    assert!(to_forward(&trainer).is_empty());
    let after = lrs::sync(trainer.store(), &lrs.config(), |_| {}).unwrap();
    assert_eq!((after.sent, after.already_held), (0, 0));
    assert_eq!(lrs.state.lock().unwrap().posts, posts);

    // The laptop then reaches the LRS itself: everything is already there.
    let own = lrs::sync(laptop.store(), &lrs.config(), |_| {}).unwrap();
    assert_eq!((own.sent, own.already_held), (0, laptop_ids.len() as u64));
    assert_eq!(lrs.state.lock().unwrap().held.len() as u64, everything);
}

#[test]
fn statements_the_laptop_sent_first_count_as_delivered() {
    let folder = tempfile::tempdir().unwrap();
    let (laptop, trainer) = collected(folder.path());
    let laptop_count = own_ids(&laptop).len() as u64;
    let lrs = FakeLrs::start();
    let own = lrs::sync(laptop.store(), &lrs.config(), |_| {}).unwrap();
    assert_eq!(own.sent, laptop_count);
    let forwarded = lrs::sync(trainer.store(), &lrs.config(), |_| {}).unwrap();
    assert_eq!(forwarded.already_held, laptop_count);
    assert_eq!(trainer.store().statements_to_forward_count().unwrap(), 0);
    assert_eq!(trainer.store().outbox_count().unwrap().pending, 0);
}

#[test]
fn an_interrupted_forward_resumes_without_sending_twice() {
    let folder = tempfile::tempdir().unwrap();
    let (laptop, trainer) = collected(folder.path());
    let lrs = FakeLrs::start();
    let mut config: SyncConfig = lrs.config();
    config.batch_size = 10;
    // The trainer's own 17, then one batch of collected ones.
    config.stop_after_batches = Some(3);
    assert!(lrs::sync(trainer.store(), &config, |_| {}).is_err());
    let waiting = trainer.store().statements_to_forward_count().unwrap();
    assert_eq!(waiting, own_ids(&laptop).len() as u64 - 10);
    config.stop_after_batches = None;
    let rest = lrs::sync(trainer.store(), &config, |_| {}).unwrap();
    assert_eq!((rest.sent, rest.already_held), (waiting, 0));
}

#[test]
fn collected_statements_reach_ralph_once_whichever_laptop_sends_first() {
    let Some(config) =
        crate::xapi_lrs::lrs("collected_statements_reach_ralph_once_whichever_laptop_sends_first")
    else {
        return;
    };
    let folder = tempfile::tempdir().unwrap();
    let (laptop, trainer) = collected(folder.path());
    let sent = to_forward(&trainer);
    let report = lrs::sync(trainer.store(), &config, |_| {}).unwrap();
    assert_eq!(
        report.sent + report.already_held,
        (sent.len() + JOURNEY_VERBS.len()) as u64
    );
    assert_eq!(trainer.store().statements_to_forward_count().unwrap(), 0);
    // The laptop sends its own copies afterwards: Ralph keeps one of each.
    let own = lrs::sync(laptop.store(), &config, |_| {}).unwrap();
    assert_eq!(own.sent + own.already_held, sent.len() as u64);
    for learner_first in sent.iter().step_by(JOURNEY_VERBS.len()) {
        let held = crate::xapi_lrs::held_for(&config, learner_first);
        let ids: BTreeSet<&str> = held.iter().filter_map(|s| s["id"].as_str()).collect();
        assert_eq!(ids.len(), held.len(), "a statement held twice");
        assert_eq!(held.len(), JOURNEY_VERBS.len());
    }
    // A second run sends nothing.
    let again = lrs::sync(trainer.store(), &config, |_| {}).unwrap();
    assert_eq!(again.sent + again.already_held, 0);
}
