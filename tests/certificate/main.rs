//! Certificates: completion rules, issuing once through the store, the signed
//! credential and its verification, the PDF, and the commands.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod cli;
mod common;
mod credential;
mod eligibility;
mod issue;
mod open_badges;
mod pdf;
mod print;
#[path = "../support/qr_read.rs"]
mod qr_read;
mod qr_room;
mod trust;
mod verify_cli;
mod verify_url;
