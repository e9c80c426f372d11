//! Tests of the quiz engine: grading, scoring rules, attempts and standing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod analysis;
mod attempts;
mod common;
mod gift;
mod grading;
mod groups;
