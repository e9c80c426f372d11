//! Quizzes: grading each question kind, planning and scoring attempts, and the
//! learner's standing on a quiz. Pure logic: the progress store records what
//! this module decides, and the GUI shows it.

pub mod analysis;
mod attempt;
pub mod gift;
mod grade;
mod response;
mod status;

pub use attempt::{
    Attempt, AttemptPlan, AttemptResult, PlannedQuestion, feedback_now, plan_attempt,
    review_shows_answers,
};
pub use grade::{AnswerKey, Outcome, PartialRange, Verdict, grade, normalize};
pub use response::{Response, parse_number};
pub use status::{AttemptSummary, NextStep, QuizStatus, quiz_status};

/// What can go wrong when grading or running an attempt.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The answer does not fit the question's kind (a program error, or data
    /// from another version of the course).
    #[error(
        "question `{question}` is a {expected} question, but the answer given is of kind {given}"
    )]
    WrongResponseKind {
        /// The question's id.
        question: String,
        /// The question's kind.
        expected: &'static str,
        /// The kind of the answer given.
        given: &'static str,
    },
    /// The answer names an option, pair or item the question does not have.
    #[error(
        "question `{question}` has no option, pair or item `{choice}`; the course may have changed since this answer was given"
    )]
    UnknownChoice {
        /// The question's id.
        question: String,
        /// The unknown id.
        choice: String,
    },
    /// The question lacks the fields its kind needs: the course did not validate.
    #[error("question `{question}` has no `{missing}`; run `fieldcourse validate` on the course")]
    IncompleteQuestion {
        /// The question's id.
        question: String,
        /// What is missing.
        missing: &'static str,
    },
    /// The question is not part of this attempt.
    #[error("question `{question}` is not part of this attempt of quiz `{quiz}`")]
    NotInAttempt {
        /// The quiz's id.
        quiz: String,
        /// The question's id.
        question: String,
    },
}

/// The result type of this module.
pub type Result<T, E = Error> = std::result::Result<T, E>;
