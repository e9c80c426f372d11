//! The app's screens, one module each: its `State`, `Message`, `update` and `view`.

pub mod library;
