//! Item analysis over records collected from other laptops: temp data folders
//! stand in for the learners' laptops and the trainer's; learners take the
//! final assessment through the store calls the app makes, the laptops export
//! their records, the trainer collects them, and the figures must be exactly
//! those of grading every attempt again as if all had been taken on the
//! trainer's laptop (`support/analysis_reference.rs`), each learner known by
//! their laptop and id.

use crate::analysis_data::{attempts, pool, pool_json};
use crate::analysis_reference::reference_analysis;
use crate::common::*;
use crate::records::Device;
use fieldcourse::course::{Course, Quiz};
use fieldcourse::progress::{LearnerSession, Store};
use fieldcourse::quiz::analysis::{AnsweredAttempt, AttemptScope, QuizAnalysis};
use serde_json::json;
use std::collections::HashMap;
use std::path::Path;

/// The test course with the pool as its final assessment, at `version`.
fn course_at(version: &str) -> Course {
    let mut value = course_json();
    value["final_assessment"] = pool_json();
    value["version"] = json!(version);
    serde_json::from_value(value).unwrap()
}

/// The attempts that go astray on the laptops.
const QUIRKS: Quirks = Quirks {
    unreadable_plan: (19, 4),
    changed_answer: (4, 1),
    unreadable_answer: (23, 9),
};

/// Learners of one device, by name, kept between rounds of attempts.
type Sessions<'a> = HashMap<String, LearnerSession<'a>>;

/// `seed`'s attempts at the final assessment of course `version`, taken on
/// `store` by the learners in `sessions` (added when new), as the app takes
/// them; now and then a plan or an answer this version cannot read, and an
/// attempt never submitted.
fn take_quiz<'a>(store: &'a Store, sessions: &mut Sessions<'a>, version: &str, seed: u64) {
    let version = store.register_course(&course_at(version)).unwrap();
    for (at, attempt) in attempts(&pool(), seed).into_iter().enumerate() {
        let learner = sessions.entry(attempt.learner.clone()).or_insert_with(|| {
            store
                .create_learner(&new_learner(&attempt.learner, None))
                .unwrap()
        });
        let id = take_final(learner, &version, at, &attempt, &QUIRKS);
        if at % 29 == 13 {
            // Never submitted: not counted anywhere.
            continue;
        }
        learner.finish_attempt(id, &ANY_OUTCOME).unwrap();
    }
}

/// Every attempt of `store`'s own learners, each learner named after `device`.
fn own_attempts(store: &Store, device: &str) -> (Vec<AnsweredAttempt>, usize) {
    let answers = store.quiz_answers("field-safety", "final").unwrap();
    let attempts = answers
        .attempts
        .into_iter()
        .map(|attempt| AnsweredAttempt {
            learner: format!("{device}/{}", attempt.learner),
            ..attempt
        })
        .collect();
    (attempts, answers.unreadable)
}

/// The figures the straightforward way, as if every laptop's attempts had been
/// taken on the trainer's: the trainer's own first, then each laptop's in the
/// order of their device ids (the order the store reads them in, so that sums
/// add up in the same order, bit for bit).
fn as_if_local(
    trainer: &Store,
    laptops: &[&Store],
    quiz: &Quiz,
    scope: AttemptScope,
) -> QuizAnalysis {
    let (mut all, mut unreadable) = own_attempts(trainer, "trainer");
    let mut laptops: Vec<(String, &Store)> = laptops
        .iter()
        .map(|store| (store.existing_device_id().unwrap().unwrap(), *store))
        .collect();
    laptops.sort_by(|a, b| a.0.cmp(&b.0));
    let mut from_laptops = Vec::new();
    for (device, store) in laptops {
        let (attempts, unreadable_there) = own_attempts(store, &device);
        from_laptops.extend(attempts);
        unreadable += unreadable_there;
    }
    all.extend(from_laptops.iter().cloned());
    let mut analysis = reference_analysis(quiz, &all, scope);
    analysis.unreadable += unreadable;
    // Learners are per laptop, so the laptops' attempts in scope are the same
    // with or without the trainer's.
    analysis.collected = reference_analysis(quiz, &from_laptops, scope).attempts;
    analysis
}

fn assert_same(trainer: &Store, laptops: &[&Store], what: &str) -> [QuizAnalysis; 2] {
    let quiz = pool();
    [AttemptScope::First, AttemptScope::All].map(|scope| {
        let combined = trainer.analyse_quiz("field-safety", &quiz, scope).unwrap();
        let reference = as_if_local(trainer, laptops, &quiz, scope);
        // Equal in every bit of every number, not only by `==`.
        let (shown, wanted) = (format!("{combined:#?}"), format!("{reference:#?}"));
        assert!(
            shown == wanted,
            "{what}, {scope:?}: combined\n{shown}\nas if local\n{wanted}"
        );
        combined
    })
}

fn collect(trainer: &Device, file: &Path) {
    trainer.collect(file).unwrap();
}

#[test]
fn collected_attempts_count_as_if_taken_on_the_trainers_laptop() {
    let stick = tempfile::tempdir().unwrap();
    let (laptop_a, laptop_b, trainer) = (Device::new(), Device::new(), Device::new());
    let mut on_a = Sessions::new();
    let mut on_b = Sessions::new();
    let mut on_trainer = Sessions::new();
    // Every device's first learner has id 1, and so on: they stay apart.
    take_quiz(trainer.store(), &mut on_trainer, "1.0.0", 7);
    take_quiz(laptop_a.store(), &mut on_a, "1.0.0", 24);
    // Laptop B holds a later version of the course: its attempts count too,
    // graded against the course as the trainer has it, as local ones are.
    take_quiz(laptop_b.store(), &mut on_b, "1.1.0", 2026);

    let [first, all] = assert_same(trainer.store(), &[], "before collecting");
    assert_eq!((first.collected, all.collected), (0, 0));

    let a = laptop_a.export("Laptop A", &stick.path().join("a1.fcrecords"), 1_000);
    let b = laptop_b.export("Laptop B", &stick.path().join("b1.fcrecords"), 1_000);
    collect(&trainer, &a.path);
    collect(&trainer, &b.path);
    let stores = [laptop_a.store(), laptop_b.store()];
    let [first, all] = assert_same(trainer.store(), &stores, "two laptops collected");
    assert!(first.collected > 3, "only {} collected", first.collected);
    assert!(all.collected > first.collected);
    assert!(all.attempts > all.collected, "the trainer's own count too");
    assert!(all.unreadable > 1, "only {} unreadable", all.unreadable);

    // Collecting the same file again counts nothing twice.
    collect(&trainer, &a.path);
    assert_same(trainer.store(), &stores, "the same file again");

    // Laptop A's learners sit more attempts; its newer file replaces the older.
    take_quiz(laptop_a.store(), &mut on_a, "1.0.0", 25);
    let newer = laptop_a.export("Laptop A", &stick.path().join("a2.fcrecords"), 2_000);
    collect(&trainer, &newer.path);
    let [_, after] = assert_same(trainer.store(), &stores, "a newer file of laptop A");
    assert!(after.collected > all.collected);
    // And the older file, collected after it, changes nothing.
    collect(&trainer, &a.path);
    let [_, again] = assert_same(trainer.store(), &stores, "the older file after the newer");
    assert_eq!(again.collected, after.collected);
}

#[test]
fn a_trainer_without_learners_of_their_own_analyses_the_collected_ones() {
    let stick = tempfile::tempdir().unwrap();
    let (laptop, trainer) = (Device::new(), Device::new());
    let mut sessions = Sessions::new();
    take_quiz(laptop.store(), &mut sessions, "1.0.0", 3);
    let export = laptop.export("Laptop", stick.path(), 1_000);
    collect(&trainer, &export.path);
    let [first, all] = assert_same(trainer.store(), &[laptop.store()], "collected only");
    assert_eq!(first.collected, first.attempts);
    assert_eq!(all.collected, all.attempts);
    assert!(all.attempts > 0);
}
