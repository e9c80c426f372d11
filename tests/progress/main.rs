//! Integration tests of the progress store: temp folders only, never the real
//! data folder.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod analysis_collected;
#[path = "../support/analysis_data.rs"]
mod analysis_data;
mod analysis_fast;
#[path = "../support/analysis_reference.rs"]
mod analysis_reference;
mod attempts;
mod backups;
mod cli;
mod common;
mod completion;
mod course_update;
mod crash;
mod folder;
mod learners;
mod lessons;
mod pins;
mod programme;
mod records;
mod records_cli;
mod records_refused;
mod report;
mod report_questions;
mod simulate;
mod store;
mod xapi_check;
mod xapi_forward;
mod xapi_journey;
mod xapi_lrs;
mod xapi_outbox;
mod xapi_sync;
#[path = "../support/zip_entries.rs"]
mod zip_entries;
