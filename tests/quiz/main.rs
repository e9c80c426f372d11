//! Tests of the quiz engine: grading, scoring rules, attempts and standing.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod analysis;
#[path = "../support/analysis_data.rs"]
mod analysis_data;
mod analysis_fast;
#[path = "../support/analysis_reference.rs"]
mod analysis_reference;
mod attempts;
mod common;
mod gift;
mod grading;
mod groups;
