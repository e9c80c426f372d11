//! GUI tests: the real screens driven headless by iced's simulator, by widget id.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod arabic;
mod assessment;
mod certificate;
mod common;
mod contrast;
mod errors;
mod fixture;
mod flow;
mod journey;
mod keyboard;
mod layout;
mod library;
mod library_index;
mod off_thread;
mod open_file;
mod pins;
mod places;
mod preview;
mod programme;
mod questions;
mod quiz;
mod reader;
mod records;
mod records_files;
mod signed;
mod starter;
mod tasks;
mod trainer;
mod training_round;
mod translations;
#[path = "../support/zip_entries.rs"]
mod zip_entries;
