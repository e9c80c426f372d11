//! Fieldcourse: offline courses for people who work where the network is not.
//!
//! The core (course format, progress, certificates, command line) has no GUI
//! dependency and is tested with `cargo test --no-default-features`; the iced
//! desktop app lives in [`gui`] behind the default `gui` feature. The LRS
//! client ([`lrs`], feature `lrs`) and the folder watcher of the live preview
//! (feature `preview`) are optional too; all three are on by default.
//!
//! # Floors
//!
//! The modules stand on floors, each importing only from the floors below it,
//! never up and never in a circle (inside a module too: no file imports a
//! sibling that imports it). From the bottom:
//!
//! 1. [`time`], [`i18n`], [`paths`], [`data_folder`], [`logging`], [`did`]:
//!    leaves (one `Timestamp` and one calendar; Fluent bundles; where data
//!    lives; the data folder's guards; the log; `did:key` names of keys).
//! 2. [`course`]: the course format (model, loading, validation, packages).
//! 3. [`quiz`]: question grading, attempts, GIFT import.
//! 4. [`xapi`]: the xAPI statement vocabulary, pure (course, quiz and time only).
//! 5. [`progress`]: the SQLite store, its backups and the outbox of statements.
//! 6. [`certificate`]: eligibility, the PDF, the signed credential, verifying.
//! 7. [`records`]: records files that carry a device's learners to the
//!    trainer's laptop (signed with the device key), and their collection;
//!    [`simulate`]: practice learners taking a course through the store.
//! 8. `lrs`: the HTTP client that sends the outbox to an LRS (feature `lrs`).
//! 9. [`gui`]: the desktop app (feature `gui`).
//! 10. [`cli`]: the commands (the `preview` command opens the app); then the
//!     binary, `main.rs`.
//!
//! An import that would run upward means the code is in the wrong room: move
//! the shared part down. `tests/core/floors.rs` reads every `crate::` and
//! `super::` path in `src/` and fails on an upward arrow or a loop.

pub mod certificate;
pub mod cli;
pub mod course;
pub mod data_folder;
pub mod did;
pub mod i18n;
pub mod logging;
#[cfg(feature = "lrs")]
pub mod lrs;
pub mod paths;
pub mod progress;
pub mod quiz;
pub mod records;
pub mod simulate;
pub mod time;
pub mod xapi;

#[cfg(feature = "gui")]
pub mod gui;
