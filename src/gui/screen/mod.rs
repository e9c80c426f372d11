//! The app's screens, one module each: its `State`, `Message`, `update` and `view`.

pub mod course;
pub mod lesson;
pub mod library;
