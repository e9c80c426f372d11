//! `Store::analyse_quiz` reads the answers in one lean pass and grades each
//! distinct answer once; these tests check that it gives exactly the figures of
//! reading every attempt whole (`Store::quiz_answers`) and grading every answer
//! again (`support/analysis_reference.rs`), on seeded stores written through
//! the same calls the app makes.

use crate::analysis_data::{RETIRED, attempts, pool, pool_json};
use crate::analysis_reference::reference_analysis;
use crate::common::*;
use fieldcourse::course::{Course, Quiz};
use fieldcourse::progress::{LearnerSession, Store};
use fieldcourse::quiz::Response;
use fieldcourse::quiz::analysis::{AttemptScope, QuizAnalysis};
use serde_json::json;
use std::collections::HashMap;

/// The test course, its final assessment being the pool plus a question the
/// pool has since lost (`RETIRED`): the version the attempts were taken under.
fn course_with_retired_question() -> Course {
    let mut value = course_json();
    let mut final_assessment = pool_json();
    final_assessment["questions"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": RETIRED, "kind": "true_false", "prompt": "Old?", "answer": true}));
    value["final_assessment"] = final_assessment;
    serde_json::from_value(value).unwrap()
}

/// Writes `seed`'s attempts at the final assessment, with a few the figures
/// must leave out or count as unreadable.
fn seed_store(fixture: &Fixture, seed: u64) {
    let course = course_with_retired_question();
    let version = fixture.store.register_course(&course).unwrap();
    let mut learners: HashMap<String, LearnerSession<'_>> = HashMap::new();
    for (at, attempt) in attempts(&pool(), seed).into_iter().enumerate() {
        let learner = learners
            .entry(attempt.learner.clone())
            .or_insert_with(|| fixture.learner(&attempt.learner));
        let id = take_final(
            learner,
            &version,
            at,
            &attempt,
            &Quirks {
                unreadable_plan: (17, 5),
                changed_answer: (5, 1),
                unreadable_answer: (13, 7),
            },
        );
        learner.finish_attempt(id, &ANY_OUTCOME).unwrap();
    }
    // Neither an attempt at another quiz nor one not submitted counts.
    let learner = fixture.learner("Last learner");
    if let Some(other) = attempts(&pool(), seed ^ 1).first() {
        let id = learner
            .start_attempt(&version, "quiz1", 1, &other.plan)
            .unwrap();
        learner.finish_attempt(id, &ANY_OUTCOME).unwrap();
        let id = learner
            .start_attempt(&version, "final", 1, &other.plan)
            .unwrap();
        learner
            .record_answer(id, "q3", &Response::TrueFalse(true), None)
            .unwrap();
    }
}

/// The figures the straightforward way: every attempt read whole, every
/// answer graded again.
fn reference(store: &Store, quiz: &Quiz, scope: AttemptScope) -> QuizAnalysis {
    let answers = store.quiz_answers("field-safety", &quiz.id).unwrap();
    let mut analysis = reference_analysis(quiz, &answers.attempts, scope);
    analysis.unreadable += answers.unreadable;
    analysis
}

#[test]
fn the_store_gives_the_same_figures_as_grading_every_answer_again() {
    let quiz = pool();
    let (mut checked, mut unreadable) = (0, 0);
    for seed in [3, 24, 2026] {
        let fixture = Fixture::new();
        seed_store(&fixture, seed);
        for scope in [AttemptScope::All, AttemptScope::First] {
            let fast = fixture
                .store
                .analyse_quiz("field-safety", &quiz, scope)
                .unwrap();
            let reference = reference(&fixture.store, &quiz, scope);
            // Equal in every bit of every number, not only by `==`.
            let (fast, reference) = (format!("{fast:#?}"), format!("{reference:#?}"));
            assert!(
                fast == reference,
                "seed {seed}, {scope:?}: fast\n{fast}\nreference\n{reference}"
            );
        }
        let all = fixture
            .store
            .analyse_quiz("field-safety", &quiz, AttemptScope::All)
            .unwrap();
        checked += all.attempts;
        unreadable += all.unreadable;
    }
    assert!(checked > 30, "only {checked} attempts analysed");
    assert!(unreadable > 2, "only {unreadable} attempts unreadable");
}
