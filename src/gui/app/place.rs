//! What survives the window: the learner's look and where the window was.

use super::{App, Message, Screen};
use crate::gui::theme::ThemeChoice;
use crate::progress::LearnerId;
use iced::{Task, window};
use serde::{Deserialize, Serialize};

/// A learner's look: colour theme and text size. Every field has a default, so a
/// missing or damaged setting falls back instead of failing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Appearance {
    /// The colour theme.
    pub theme: ThemeChoice,
    /// Text size in percent (100 to 200).
    pub text_size: u16,
}

impl Default for Appearance {
    fn default() -> Self {
        Self {
            theme: ThemeChoice::Light,
            text_size: 100,
        }
    }
}

/// Where the window was, remembered for the next start.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WindowPlace {
    /// Width in logical pixels.
    pub width: f32,
    /// Height in logical pixels.
    pub height: f32,
    /// Left edge, when the window manager reported it.
    pub x: Option<f32>,
    /// Top edge, when the window manager reported it.
    pub y: Option<f32>,
}

impl Default for WindowPlace {
    fn default() -> Self {
        Self {
            width: 1120.0,
            height: 760.0,
            x: None,
            y: None,
        }
    }
}

/// The setting key of the window's place (device-wide).
pub const WINDOW_SETTING: &str = "window";

pub(super) fn appearance_key(learner: LearnerId) -> String {
    format!("appearance.{}", learner.0)
}

/// What the window reported.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WindowChange {
    /// The window's new size.
    Resized(iced::Size),
    /// The window's new top-left corner.
    Moved(iced::Point),
    /// The learner closed the window: save, then close.
    CloseRequested(window::Id),
}

impl App {
    pub(super) fn set_appearance(&mut self, appearance: Appearance) {
        self.appearance = appearance;
        if let (Ok(store), Some(key)) = (&self.store, &self.learner) {
            // A look that cannot be saved still applies now.
            if let Err(error) = store.set_setting(&appearance_key(key.learner()), &appearance) {
                log::warn!("the learner's look could not be saved: {error}");
            }
        }
    }

    pub(super) fn window_changed(&mut self, change: WindowChange) -> Task<Message> {
        match change {
            WindowChange::Resized(size) => {
                self.window.width = size.width;
                self.window.height = size.height;
                Task::none()
            }
            WindowChange::Moved(point) => {
                self.window.x = Some(point.x);
                self.window.y = Some(point.y);
                Task::none()
            }
            WindowChange::CloseRequested(id) => {
                self.save_before_closing();
                window::close(id)
            }
        }
    }

    /// Saves notes being typed and the window's place. Progress itself is
    /// already saved: every action is committed when it happens.
    pub fn save_before_closing(&mut self) {
        if let (Ok(store), Some(key)) = (&self.store, &self.learner)
            && let Screen::Lesson(state) = &mut self.screen
            && let Ok(session) = store.resume_session(key)
        {
            state.save_notes(&session);
            state.save_time(&session);
        }
        if let Ok(store) = &self.store
            && let Err(error) = store.set_setting(WINDOW_SETTING, &self.window)
        {
            log::warn!("the window's place could not be saved: {error}");
        }
    }
}
