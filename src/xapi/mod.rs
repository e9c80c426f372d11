//! The xAPI 1.0.3 vocabulary: the statements Fieldcourse writes about a
//! learner's progress (verbs, activity ids and definitions, responses,
//! durations).
//!
//! Pure and below the progress store: it imports only the course, the quiz and
//! time, and touches no file or network. The store calls it inside the
//! transaction that records the learner's action and keeps the statement in
//! its outbox; sending the outbox is the `lrs` module's (a floor above the
//! store, in builds with the `lrs` feature).

pub mod statement;

/// The xAPI version of the statements Fieldcourse writes and speaks.
pub const XAPI_VERSION: &str = "1.0.3";
