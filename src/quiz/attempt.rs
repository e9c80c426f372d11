//! Attempts: which questions are asked, in what order, and the score at the end.
//!
//! An attempt is planned from a seed; the plan (questions and the order their
//! options were shown) is what the store keeps, so a review or a resumed attempt
//! shows exactly what the learner saw, whatever later versions of the shuffle do.

use super::grade::{Outcome, grade};
use super::response::Response;
use super::{Error, Result};
use crate::course::{FeedbackTiming, Question, QuestionKind, Quiz};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

/// One question of an attempt, with its parts in the order shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlannedQuestion {
    /// The question's id.
    pub question_id: String,
    /// Option ids (choice), right-item pair ids (matching) or item ids
    /// (ordering: the starting order) as shown; empty for other kinds.
    pub order: Vec<String>,
}

/// The questions of one attempt, in the order asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptPlan {
    /// The seed the plan was drawn from.
    pub seed: u64,
    /// The questions, in the order asked.
    pub questions: Vec<PlannedQuestion>,
}

/// Plans an attempt of `quiz` from `seed`: draws `draw` questions (all when
/// unset) or, in a quiz with groups, every question outside a group and each
/// group's `draw` from that group; in both cases it avoids the questions of the
/// previous attempt while the pool allows, and shuffles questions and options as
/// the quiz asks. Matching right items and ordering items are always shuffled:
/// in file order they would give the answer away.
pub fn plan_attempt(quiz: &Quiz, seed: u64, previous: &[String]) -> AttemptPlan {
    let mut rng = fastrand::Rng::with_seed(seed);
    let asked_before: HashSet<&str> = previous.iter().map(String::as_str).collect();
    let mut chosen: Vec<usize> = if quiz.groups.is_empty() {
        let pool: Vec<usize> = (0..quiz.questions.len()).collect();
        draw_from(quiz, pool, quiz.asked_count(), &asked_before, &mut rng)
    } else {
        let mut chosen: Vec<usize> = (0..quiz.questions.len())
            .filter(|&index| quiz.questions[index].group.is_none())
            .collect();
        for group in &quiz.groups {
            let members: Vec<usize> = (0..quiz.questions.len())
                .filter(|&index| quiz.questions[index].group.as_deref() == Some(&group.id))
                .collect();
            let count = group.draw as usize;
            chosen.extend(draw_from(quiz, members, count, &asked_before, &mut rng));
        }
        chosen
    };
    if quiz.shuffle_questions {
        rng.shuffle(&mut chosen);
    } else {
        chosen.sort_unstable();
    }
    let questions = chosen
        .into_iter()
        .filter_map(|index| quiz.questions.get(index))
        .map(|question| PlannedQuestion {
            question_id: question.id.clone(),
            order: shown_order(question, quiz.shuffle_options, &mut rng),
        })
        .collect();
    AttemptPlan { seed, questions }
}

/// `count` of the question indexes `pool`, those not asked before first.
fn draw_from(
    quiz: &Quiz,
    pool: Vec<usize>,
    count: usize,
    asked_before: &HashSet<&str>,
    rng: &mut fastrand::Rng,
) -> Vec<usize> {
    let (mut fresh, mut repeat): (Vec<usize>, Vec<usize>) = pool
        .into_iter()
        .partition(|&index| !asked_before.contains(quiz.questions[index].id.as_str()));
    rng.shuffle(&mut fresh);
    rng.shuffle(&mut repeat);
    fresh.into_iter().chain(repeat).take(count).collect()
}

fn shown_order(question: &Question, shuffle_options: bool, rng: &mut fastrand::Rng) -> Vec<String> {
    let (mut ids, always): (Vec<String>, bool) = match question.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => (
            question
                .options
                .iter()
                .flatten()
                .map(|o| o.id.clone())
                .collect(),
            false,
        ),
        QuestionKind::Matching => (
            question
                .pairs
                .iter()
                .flatten()
                .map(|p| p.id.clone())
                .chain(question.distractors.iter().map(|d| d.id.clone()))
                .collect(),
            true,
        ),
        QuestionKind::Ordering => (
            question
                .items
                .iter()
                .flatten()
                .map(|i| i.id.clone())
                .collect(),
            true,
        ),
        _ => return Vec::new(),
    };
    if always || shuffle_options {
        let original = ids.clone();
        rng.shuffle(&mut ids);
        if always && ids == original && ids.len() > 1 {
            // A shuffle that lands on the answer shows it; turn it once more.
            ids.rotate_left(1);
        }
    }
    ids
}

/// An attempt in progress: its plan and the answers given so far.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// What is asked.
    pub plan: AttemptPlan,
    /// Answers given so far, by question id.
    pub responses: BTreeMap<String, Response>,
}

/// The result of a submitted attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AttemptResult {
    /// Each question's outcome, in the order asked.
    pub outcomes: Vec<(String, Outcome)>,
    /// Points earned.
    pub points: f64,
    /// Points available.
    pub max_points: f64,
    /// `points / max_points`, from 0 to 1.
    pub score: f64,
    /// Whether the score reaches the quiz's pass mark.
    pub passed: bool,
}

impl Attempt {
    /// A new attempt with nothing answered yet.
    pub fn new(plan: AttemptPlan) -> Self {
        Self {
            plan,
            responses: BTreeMap::new(),
        }
    }

    /// Records `response` to `question_id` (replacing an earlier one) and grades it.
    /// Whether the outcome may be shown now is the quiz's `feedback` setting:
    /// see [`feedback_now`].
    pub fn answer(
        &mut self,
        quiz: &Quiz,
        question_id: &str,
        response: Response,
    ) -> Result<Outcome> {
        let question = self.planned_question(quiz, question_id)?;
        let outcome = grade(question, quiz.scoring, Some(&response))?;
        self.responses.insert(question_id.to_owned(), response);
        Ok(outcome)
    }

    /// The questions not answered yet, in the order asked.
    pub fn unanswered(&self) -> Vec<&str> {
        self.plan
            .questions
            .iter()
            .map(|planned| planned.question_id.as_str())
            .filter(|id| !self.responses.contains_key(*id))
            .collect()
    }

    /// Where to resume: the first unanswered question's position, if any.
    pub fn resume_position(&self) -> Option<usize> {
        self.plan
            .questions
            .iter()
            .position(|planned| !self.responses.contains_key(&planned.question_id))
    }

    /// Grades the whole attempt; unanswered questions score 0.
    pub fn submit(&self, quiz: &Quiz) -> Result<AttemptResult> {
        let mut outcomes = Vec::with_capacity(self.plan.questions.len());
        for planned in &self.plan.questions {
            let question = self.planned_question(quiz, &planned.question_id)?;
            let outcome = grade(
                question,
                quiz.scoring,
                self.responses.get(&planned.question_id),
            )?;
            outcomes.push((planned.question_id.clone(), outcome));
        }
        let points: f64 = outcomes.iter().map(|(_, outcome)| outcome.points).sum();
        let max_points: f64 = outcomes.iter().map(|(_, outcome)| outcome.max_points).sum();
        let score = if max_points > 0.0 {
            (points / max_points).clamp(0.0, 1.0)
        } else {
            0.0
        };
        // A tolerance keeps 7 of 10 from failing a 0.7 pass mark by rounding.
        let passed = score + 1e-9 >= quiz.pass_mark;
        Ok(AttemptResult {
            outcomes,
            points,
            max_points,
            score,
            passed,
        })
    }

    fn planned_question<'q>(&self, quiz: &'q Quiz, question_id: &str) -> Result<&'q Question> {
        let in_plan = self
            .plan
            .questions
            .iter()
            .any(|planned| planned.question_id == question_id);
        quiz.questions
            .iter()
            .find(|question| question.id == question_id)
            .filter(|_| in_plan)
            .ok_or_else(|| Error::NotInAttempt {
                quiz: quiz.id.clone(),
                question: question_id.to_owned(),
            })
    }
}

/// Whether feedback on an answer is shown as soon as it is given.
pub fn feedback_now(quiz: &Quiz) -> bool {
    quiz.feedback == FeedbackTiming::Immediate
}

/// Whether the review after submitting shows the right answers and why.
pub fn review_shows_answers(quiz: &Quiz) -> bool {
    quiz.feedback != FeedbackTiming::Never
}
