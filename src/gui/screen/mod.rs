//! The app's screens, one module each: its `State`, `Message`, `update` and `view`.
//!
//! Screens that record progress get the learner's session from the app with each
//! `update` (`&LearnerSession`): they never hold the store themselves.

pub mod certificate;
pub mod course;
pub mod learners;
pub mod lesson;
pub mod library;
pub mod pin_wait;
pub mod quiz;
pub mod settings;
pub mod trainer;
pub mod trainer_lock;

use crate::course::{Course, LoadedCourse};
use crate::progress::CourseVersion;
use std::sync::Arc;

/// A course a learner has opened: its files, its text in the language shown,
/// and its version as registered in the progress store.
#[derive(Debug, Clone)]
pub struct OpenCourse {
    /// The course as loaded from disk, with every translation.
    pub loaded: LoadedCourse,
    /// The course in the language shown (a translation, or the original).
    pub course: Arc<Course>,
    /// The course version progress is recorded against.
    pub version: CourseVersion,
}
