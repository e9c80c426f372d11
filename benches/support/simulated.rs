//! Simulated learners taking a quiz through the progress store, exactly as the
//! app records them: `start_attempt` with the engine's plan, `record_answer` for
//! each question, `finish_attempt` with the engine's score.
//!
//! Each learner has an ability and each question a difficulty; the chance of a
//! right answer follows the logistic (Rasch) model, so the figures look like a
//! real class's. A few questions are given a twist to raise flags: one keyed so
//! that stronger learners miss it, and choice questions whose last wrong option
//! nobody picks.

use fieldcourse::course::{Course, Question, QuestionKind, Quiz};
use fieldcourse::progress::{AttemptOutcome, NewLearner, Profile, Store};
use fieldcourse::quiz::{Attempt, Response, plan_attempt};
use std::collections::BTreeMap;

/// Seeds `learners` learners, each with `attempts` submitted attempts at `quiz`
/// of `course`, from `seed` (the same seed gives the same store).
pub fn seed_quiz(
    store: &Store,
    course: &Course,
    quiz: &Quiz,
    learners: usize,
    attempts: usize,
    seed: u64,
) {
    let version = store.register_course(course).expect("register the course");
    let mut rng = fastrand::Rng::with_seed(seed);
    let difficulty: Vec<f64> = (0..quiz.questions.len())
        .map(|_| rng.f64() * 3.0 - 1.8)
        .collect();
    for learner in 0..learners {
        let session = store
            .create_learner(&NewLearner {
                profile: Profile {
                    display_name: format!("Learner {learner:04}"),
                    certificate_name: String::new(),
                    language: "en".to_owned(),
                },
                pin: None,
            })
            .expect("create a learner");
        let ability = rng.f64() * 4.0 - 1.5;
        let mut previous: Vec<String> = Vec::new();
        for round in 0..attempts {
            let plan = plan_attempt(quiz, rng.u64(..), &previous);
            previous = plan
                .questions
                .iter()
                .map(|q| q.question_id.clone())
                .collect();
            let id = session
                .start_attempt(&version, &quiz.id, plan.seed, &plan)
                .expect("start an attempt");
            let mut attempt = Attempt::new(plan.clone());
            for planned in &plan.questions {
                let Some(index) = quiz
                    .questions
                    .iter()
                    .position(|q| q.id == planned.question_id)
                else {
                    continue;
                };
                let question = &quiz.questions[index];
                // Learners improve a little with each attempt.
                let edge = ability + 0.3 * round as f64 - difficulty[index];
                let mut right = rng.f64() < 1.0 / (1.0 + (-edge).exp());
                // The third question is "keyed wrong": strong learners miss it.
                if index == 2 {
                    right = rng.f64() < 1.0 / (1.0 + edge.exp());
                }
                let response = respond(question, right, &mut rng);
                session
                    .record_answer(id, &question.id, &response, None)
                    .expect("record an answer");
                attempt.responses.insert(question.id.clone(), response);
            }
            let result = attempt.submit(quiz).expect("grade the attempt");
            session
                .finish_attempt(id, &AttemptOutcome::from(&result))
                .expect("submit the attempt");
        }
    }
}

/// A right answer, or a plausible wrong one, to `question`.
fn respond(question: &Question, right: bool, rng: &mut fastrand::Rng) -> Response {
    match question.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => {
            let options = question.options.as_deref().unwrap_or_default();
            let correct: Vec<String> = options
                .iter()
                .filter(|o| o.correct)
                .map(|o| o.id.clone())
                .collect();
            if right {
                return Response::Choice(correct);
            }
            // The last wrong option is never picked: a distractor that fails.
            let wrong: Vec<&str> = options
                .iter()
                .filter(|o| !o.correct)
                .map(|o| o.id.as_str())
                .collect();
            if wrong.is_empty() {
                return Response::Choice(correct);
            }
            let usable = &wrong[..wrong.len().saturating_sub(1).max(1)];
            let pick = usable[rng.usize(..usable.len())].to_owned();
            if question.kind == QuestionKind::MultipleChoice && correct.len() > 1 {
                Response::Choice(vec![correct[0].clone(), pick])
            } else {
                Response::Choice(vec![pick])
            }
        }
        QuestionKind::TrueFalse => Response::TrueFalse(question.answer.unwrap_or(true) == right),
        QuestionKind::Matching => {
            let ids: Vec<String> = question
                .pairs
                .iter()
                .flatten()
                .map(|p| p.id.clone())
                .collect();
            let mut chosen = ids.clone();
            if !right && chosen.len() > 1 {
                // Swap two (or rotate all) for a partly or wholly wrong match.
                if rng.bool() {
                    chosen.swap(0, 1);
                } else {
                    chosen.rotate_left(1);
                }
            }
            Response::Matching(ids.into_iter().zip(chosen).collect::<BTreeMap<_, _>>())
        }
        QuestionKind::Ordering => {
            let mut ids: Vec<String> = question
                .items
                .iter()
                .flatten()
                .map(|i| i.id.clone())
                .collect();
            if !right && ids.len() > 1 {
                let at = rng.usize(..ids.len() - 1);
                ids.swap(at, at + 1);
            }
            Response::Ordering(ids)
        }
        QuestionKind::ShortAnswer => {
            let accepted = question.accepted.as_deref().unwrap_or_default();
            match (right, accepted.first()) {
                (true, Some(answer)) => Response::Text(answer.clone()),
                _ => {
                    Response::Text(["I don't know", "unsure", "no idea"][rng.usize(..3)].to_owned())
                }
            }
        }
        QuestionKind::Numeric => {
            let value = question.value.or(question.min).unwrap_or(0.0);
            Response::Number(if right {
                value
            } else {
                value + 1.0 + rng.f64() * 10.0
            })
        }
    }
}
