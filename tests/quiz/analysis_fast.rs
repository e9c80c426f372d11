//! The item analysis grades each distinct answer once and finds each question's
//! attempts through an index; these tests check that it gives exactly the
//! figures of grading every answer of every attempt again
//! (`support/analysis_reference.rs`), on seeded varied data sets.

use crate::analysis_data::{attempts, pool};
use crate::analysis_reference::reference_analysis;
use fieldcourse::quiz::analysis::{AttemptScope, analyse_quiz};
use proptest::prelude::*;

/// Equal field by field, and in every bit of every number (`-0.0` is not `0.0`).
fn assert_same(fast: &impl std::fmt::Debug, reference: &impl std::fmt::Debug, seed: u64) {
    let (fast, reference) = (format!("{fast:#?}"), format!("{reference:#?}"));
    assert!(
        fast == reference,
        "seed {seed}: fast\n{fast}\nreference\n{reference}"
    );
}

#[test]
fn a_large_class_gives_the_same_figures_both_ways() {
    let quiz = pool();
    // Several seeds' attempts together: hundreds of attempts, many repeats.
    let class: Vec<_> = (0..12).flat_map(|seed| attempts(&quiz, seed)).collect();
    assert!(class.len() > 200, "{} attempts", class.len());
    for scope in [AttemptScope::All, AttemptScope::First] {
        let fast = analyse_quiz(&quiz, &class, scope);
        assert!(fast.attempts > 0 && fast.unreadable > 0, "{fast:?}");
        assert_same(&fast, &reference_analysis(&quiz, &class, scope), 0);
    }
}

proptest! {
    #[test]
    fn every_seed_gives_the_same_figures_both_ways(seed in any::<u64>()) {
        let quiz = pool();
        let attempts = attempts(&quiz, seed);
        for scope in [AttemptScope::All, AttemptScope::First] {
            assert_same(
                &analyse_quiz(&quiz, &attempts, scope),
                &reference_analysis(&quiz, &attempts, scope),
                seed,
            );
        }
    }
}
