//! Near-duplicate question texts: within one pool, and between a module quiz
//! and the final assessment. Two prompts count as near duplicates when their
//! normalized Levenshtein similarity (strsim), after folding case, accents and
//! punctuation, is at least [`THRESHOLD`].

use super::words::fold;
use super::{ItemCheck, allows};
use crate::course::model::Quiz;
use crate::course::validate::Checker;
use std::collections::HashMap;

/// Similarity from which two prompts are reported: 0.9 means at most one
/// character in ten differs.
pub(crate) const THRESHOLD: f64 = 0.9;
/// Prompts shorter than this once folded ("True?") are too short to compare.
const MIN_CHARS: usize = 15;
/// Buckets of the character histogram used to skip pairs cheaply.
const BUCKETS: usize = 64;
/// Near duplicates reported one by one in a quiz; the others are counted in
/// one more warning, so a pool written by copy and paste stays readable.
pub(crate) const SHOWN_PER_QUIZ: usize = 5;

/// A prompt ready to compare.
struct Prompt {
    text: String,
    chars: usize,
    histogram: [u16; BUCKETS],
}

impl Prompt {
    fn new(prompt: &str) -> Option<Self> {
        let text = fold(prompt);
        let mut histogram = [0u16; BUCKETS];
        let mut chars = 0;
        for character in text.chars() {
            chars += 1;
            let bucket = character as usize % BUCKETS;
            histogram[bucket] = histogram[bucket].saturating_add(1);
        }
        (chars >= MIN_CHARS).then_some(Self {
            text,
            chars,
            histogram,
        })
    }

    /// The similarity of two prompts when it may reach the threshold. The edit
    /// distance is at least the length difference and at least the histogram
    /// (bag) distance, so most pairs are ruled out without computing it.
    fn similarity(&self, other: &Self) -> Option<f64> {
        let longest = self.chars.max(other.chars) as f64;
        let allowed = ((1.0 - THRESHOLD) * longest).floor() as usize;
        if self.chars.abs_diff(other.chars) > allowed {
            return None;
        }
        let (mut more, mut fewer) = (0usize, 0usize);
        for (a, b) in self.histogram.iter().zip(&other.histogram) {
            if a > b {
                more += usize::from(a - b);
            } else {
                fewer += usize::from(b - a);
            }
        }
        if more.max(fewer) > allowed {
            return None;
        }
        let similarity = strsim::normalized_levenshtein(&self.text, &other.text);
        (similarity >= THRESHOLD).then_some(similarity)
    }
}

impl Checker<'_> {
    pub(super) fn near_duplicates(&mut self, quizzes: &[(&Quiz, String)]) {
        let check = ItemCheck::NearDuplicate;
        let prepared: Vec<Vec<Option<Prompt>>> = quizzes
            .iter()
            .map(|(quiz, _)| {
                quiz.questions
                    .iter()
                    .map(|q| allows(q, check).then(|| Prompt::new(&q.prompt)).flatten())
                    .collect()
            })
            .collect();
        let final_at = quizzes
            .iter()
            .position(|(_, path)| path == "/final_assessment");
        // Each quiz's distinct prompts, by their first question.
        let mut distinct: Vec<Vec<usize>> = vec![Vec::new(); quizzes.len()];
        for (quiz_at, prompts) in prepared.iter().enumerate() {
            let mut unshown: Vec<&str> = Vec::new();
            let mut shown = 0;
            let mut first_of: HashMap<&str, usize> = HashMap::new();
            for (index, prompt) in prompts.iter().enumerate() {
                let Some(prompt) = prompt else {
                    continue;
                };
                let found = match first_of.get(prompt.text.as_str()) {
                    Some(&first) => Some((quiz_at, first, 1.0)),
                    None => {
                        let same_quiz = distinct[quiz_at].iter().find_map(|&other| {
                            prepared[quiz_at][other]
                                .as_ref()
                                .and_then(|o| o.similarity(prompt))
                                .map(|s| (quiz_at, other, s))
                        });
                        first_of.insert(&prompt.text, index);
                        distinct[quiz_at].push(index);
                        same_quiz
                    }
                };
                let found = found.or_else(|| {
                    // The final assessment against every module quiz.
                    (Some(quiz_at) == final_at)
                        .then(|| {
                            (0..quiz_at).find_map(|module_at| {
                                distinct[module_at].iter().find_map(|&other| {
                                    prepared[module_at][other]
                                        .as_ref()
                                        .and_then(|o| o.similarity(prompt))
                                        .map(|s| (module_at, other, s))
                                })
                            })
                        })
                        .flatten()
                });
                if let Some((other_quiz, other_index, similarity)) = found {
                    let (quiz, path) = &quizzes[quiz_at];
                    if shown == SHOWN_PER_QUIZ {
                        unshown.push(&quiz.questions[index].id);
                        continue;
                    }
                    shown += 1;
                    let other = &quizzes[other_quiz].0;
                    let where_other = if other_quiz == quiz_at {
                        "in the same quiz".to_owned()
                    } else {
                        format!("in quiz `{}`", other.id)
                    };
                    self.item_warning(
                        check,
                        &format!("{path}/questions/{index}/prompt"),
                        format!(
                            "question `{}` reads almost like question `{}` {where_other} ({}% alike), so it asks the same thing twice",
                            quiz.questions[index].id,
                            other.questions[other_index].id,
                            (similarity * 100.0).floor()
                        ),
                        "ask about something else, or keep one of the two",
                    );
                }
            }
            if !unshown.is_empty() {
                let (quiz, path) = &quizzes[quiz_at];
                self.item_warning(
                    check,
                    &format!("{path}/questions"),
                    format!(
                        "{} more questions of quiz `{}` read almost like another question ({})",
                        unshown.len(),
                        quiz.id,
                        super::list(&unshown)
                    ),
                    "ask about something else in each, or keep one of each pair",
                );
            }
        }
    }
}
