//! Integration tests of the core: no GUI, no display, temp folders only.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod bundled;
mod cli;
mod common;
mod ctip;
mod floors;
mod groups;
mod index;
mod items;
mod messages;
mod package;
mod robustness;
mod schema;
mod signed;
mod starter;
mod translations;
mod validator;
mod watch;
#[path = "../support/zip_entries.rs"]
mod zip_entries;
