//! GUI tests: the real screens driven headless by iced's simulator, by widget id.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

mod common;
mod library;
mod quiz;
mod reader;
