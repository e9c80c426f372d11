//! Fieldcourse: offline courses for people who work where the network is not.
//!
//! The core (course format, paths, command line) has no GUI dependency and is
//! tested with `cargo test --no-default-features`; the iced desktop app lives in
//! [`gui`] behind the default `gui` feature.

pub mod certificate;
pub mod cli;
pub mod course;
pub mod data_folder;
pub mod i18n;
pub mod logging;
#[cfg(feature = "lrs")]
pub mod lrs;
pub mod paths;
pub mod progress;
pub mod quiz;
pub mod time;
pub mod xapi;

#[cfg(feature = "gui")]
pub mod gui;
