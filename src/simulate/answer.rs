//! What a simulated learner answers: the right answer, or a plausible wrong
//! one, built from the question's answer key. The real grader then grades it,
//! so partial credit and the course's own rules apply as they do to anyone.

use crate::course::{Question, QuestionKind};
use crate::quiz::{AnswerKey, Response};
use std::collections::BTreeMap;

/// The answer to `question`: right when `right`, else wrong in the way a
/// learner gets it wrong (another option, two items swapped, a number off).
/// `None` when the question lacks what its kind needs.
pub(super) fn response(
    question: &Question,
    right: bool,
    rng: &mut fastrand::Rng,
) -> Option<Response> {
    let key = AnswerKey::of(question).ok()?;
    Some(match key {
        AnswerKey::Options { correct } => {
            let all: Vec<String> = question
                .options
                .iter()
                .flatten()
                .map(|option| option.id.clone())
                .collect();
            if right {
                Response::Choice(correct)
            } else if question.kind == QuestionKind::SingleChoice {
                let wrong: Vec<&String> = all.iter().filter(|id| !correct.contains(id)).collect();
                match pick(&wrong, rng) {
                    Some(id) => Response::Choice(vec![(*id).clone()]),
                    None => Response::Choice(Vec::new()),
                }
            } else {
                // One option too many or one missing.
                let mut chosen = correct;
                if let Some(toggled) = pick(&all, rng) {
                    match chosen.iter().position(|id| id == toggled) {
                        Some(index) => {
                            chosen.remove(index);
                        }
                        None => chosen.push(toggled.clone()),
                    }
                }
                Response::Choice(chosen)
            }
        }
        AnswerKey::TrueFalse { answer } => Response::TrueFalse(answer == right),
        AnswerKey::Pairs { pairs, .. } => {
            let mut chosen: Vec<String> = pairs.clone();
            if !right {
                swap_two(&mut chosen, rng);
            }
            Response::Matching(pairs.into_iter().zip(chosen).collect::<BTreeMap<_, _>>())
        }
        AnswerKey::Order { mut items } => {
            if !right {
                swap_two(&mut items, rng);
            }
            Response::Ordering(items)
        }
        AnswerKey::Accepted { answers, .. } => match answers.into_iter().next() {
            Some(answer) if right => Response::Text(answer),
            _ => Response::Text("?".to_owned()),
        },
        AnswerKey::Number {
            value, tolerance, ..
        } => {
            if right {
                Response::Number(value)
            } else {
                Response::Number(value + (tolerance + 1.0) * (2.0 + rng.f64() * 3.0))
            }
        }
        AnswerKey::Range { min, max, .. } => {
            if right {
                Response::Number(f64::midpoint(min, max))
            } else {
                Response::Number(max + (max - min).abs() + 1.0 + rng.f64())
            }
        }
    })
}

fn pick<'a, T>(items: &'a [T], rng: &mut fastrand::Rng) -> Option<&'a T> {
    if items.is_empty() {
        None
    } else {
        items.get(rng.usize(..items.len()))
    }
}

/// Swaps two neighbouring entries (when there are two), so the answer is wrong.
fn swap_two<T>(items: &mut [T], rng: &mut fastrand::Rng) {
    if items.len() >= 2 {
        let first = rng.usize(..items.len() - 1);
        items.swap(first, first + 1);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
    use super::*;
    use crate::quiz::{Verdict, grade};

    /// Every question of the bundled courses (every kind) graded by the real
    /// grader: the right answer is right, the wrong one is not.
    #[test]
    fn right_answers_grade_right_and_wrong_ones_do_not() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("courses");
        let courses = crate::course::discover(&[folder]);
        let mut kinds = std::collections::BTreeSet::new();
        let mut rng = fastrand::Rng::with_seed(3);
        for loaded in &courses {
            let course = loaded.course.as_ref().unwrap();
            for quiz in course.quizzes() {
                for question in &quiz.questions {
                    kinds.insert(question.kind.as_str());
                    for _ in 0..4 {
                        let right = response(question, true, &mut rng).unwrap();
                        let outcome = grade(question, quiz.scoring, Some(&right)).unwrap();
                        assert_eq!(outcome.verdict, Verdict::Correct, "{}", question.id);
                        let wrong = response(question, false, &mut rng).unwrap();
                        let outcome = grade(question, quiz.scoring, Some(&wrong)).unwrap();
                        assert_ne!(outcome.verdict, Verdict::Correct, "{}", question.id);
                    }
                }
            }
        }
        assert_eq!(kinds.len(), 7, "{kinds:?}");
    }
}
