//! Where a learner stands with a quiz, from the attempts made so far.

use crate::course::Quiz;
use serde::{Deserialize, Serialize};

/// What the store remembers of one attempt, enough to judge the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct AttemptSummary {
    /// The score from 0 to 1; meaningless while unfinished.
    pub score: f64,
    /// Whether the attempt passed.
    pub passed: bool,
    /// Whether the attempt was submitted.
    pub finished: bool,
}

/// What the learner can do next with a quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NextStep {
    /// Start a new attempt.
    Start,
    /// Go back to the unfinished attempt: it is resumed, not lost.
    Resume,
    /// Every allowed attempt is used.
    NoAttemptsLeft,
}

/// A learner's standing on one quiz.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct QuizStatus {
    /// Submitted attempts.
    pub attempts_used: u32,
    /// Attempts still allowed; `None` when unlimited.
    pub attempts_left: Option<u32>,
    /// The best score of a submitted attempt: the quiz's score.
    pub best_score: Option<f64>,
    /// Whether any attempt passed. A passed quiz stays passed.
    pub passed: bool,
    /// What the learner can do next.
    pub next: NextStep,
}

/// The standing on `quiz` given its attempts so far (any order).
pub fn quiz_status(quiz: &Quiz, attempts: &[AttemptSummary]) -> QuizStatus {
    let finished = || attempts.iter().filter(|attempt| attempt.finished);
    let attempts_used = u32::try_from(finished().count()).unwrap_or(u32::MAX);
    let attempts_left = quiz
        .max_attempts
        .map(|max| max.saturating_sub(attempts_used));
    let best_score = finished().map(|attempt| attempt.score).reduce(f64::max);
    let passed = finished().any(|attempt| attempt.passed);
    let next = if attempts.iter().any(|attempt| !attempt.finished) {
        NextStep::Resume
    } else if attempts_left == Some(0) {
        NextStep::NoAttemptsLeft
    } else {
        NextStep::Start
    };
    QuizStatus {
        attempts_used,
        attempts_left,
        best_score,
        passed,
        next,
    }
}
