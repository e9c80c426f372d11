//! One test per GIFT construct, each with the exact question it becomes.

mod choices;
mod kinds;
mod matching;
mod missing_word;
mod numeric;
mod short_answer;
mod text;
mod true_false;

// The GIFT helpers, named here too so that `super::` reaches them from the files below.
use super::{fixture, import, import_nothing, notes, only_question, question_json};
