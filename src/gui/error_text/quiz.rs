//! The quiz module's errors, worded for the learner taking a quiz.

use super::{ErrorText, worded_by};
use crate::quiz;

/// The words for `error` of the quiz module. Each kind means the course and
/// the attempt no longer fit together, which only the trainer can mend.
fn quiz(error: &quiz::Error) -> ErrorText {
    use quiz::Error as E;
    match error {
        E::WrongResponseKind { question, .. }
        | E::UnknownChoice { question, .. }
        | E::NotInAttempt { question, .. } => {
            ErrorText::new("error-quiz-changed").value("question", question)
        }
        E::IncompleteQuestion { question, .. } => {
            ErrorText::new("error-quiz-incomplete").value("question", question)
        }
    }
}
worded_by!(quiz::Error, quiz);
