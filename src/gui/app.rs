//! The app: which screen is showing, the interface language, and the keyboard.

use super::screen::library;
use super::theme;
use super::widget::Look;
use crate::i18n::{Language, Localizer};
use crate::paths::Paths;
use iced::keyboard::{self, Key, key::Named};
use iced::widget::operation::{self, AbsoluteOffset, RelativeOffset};
use iced::{Element, Subscription, Task, Theme};

/// How far one arrow key press scrolls, in logical pixels.
const LINE_SCROLL: f32 = 48.0;
/// How far Page Up / Page Down scroll.
const PAGE_SCROLL: f32 = 480.0;

/// The running app.
#[derive(Debug)]
pub struct App {
    locale: Localizer,
    screen: Screen,
}

/// The screen on show, with its state.
#[derive(Debug)]
pub enum Screen {
    /// The course library.
    Library(library::State),
}

/// Everything that can happen in the app.
#[derive(Debug, Clone)]
pub enum Message {
    /// A message for the library screen.
    Library(library::Message),
    /// A key that scrolls the current screen was pressed.
    Scroll(ScrollKey),
}

/// Keys that move through a long screen without a mouse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScrollKey {
    /// Arrow up.
    LineUp,
    /// Arrow down.
    LineDown,
    /// Page up.
    PageUp,
    /// Page down (or Space).
    PageDown,
    /// Home: back to the top.
    Top,
    /// End: down to the bottom.
    Bottom,
}

impl App {
    /// Starts on the library, in the system's language (English when the app
    /// does not speak it).
    pub fn new(paths: &Paths) -> (Self, Task<Message>) {
        Self::with_language(paths, Language::from_system())
    }

    /// Starts on the library in `language`.
    pub fn with_language(paths: &Paths, language: Language) -> (Self, Task<Message>) {
        let (library, task) = library::State::new(paths.course_dirs.clone());
        let app = Self {
            locale: Localizer::new(language),
            screen: Screen::Library(library),
        };
        (app, task.map(Message::Library))
    }

    /// The screen on show.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The window title.
    pub fn title(&self) -> String {
        self.locale.text("app-title")
    }

    /// The colour theme.
    pub fn theme(&self) -> Theme {
        theme::light()
    }

    /// Handles a message.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        match (message, &mut self.screen) {
            (Message::Library(message), Screen::Library(state)) => {
                state.update(message).map(Message::Library)
            }
            (Message::Scroll(key), Screen::Library(_)) => scroll(library::SCROLL_ID, key),
        }
    }

    /// Draws the current screen.
    pub fn view(&self) -> Element<'_, Message> {
        let look = Look::for_language(self.locale.language());
        match &self.screen {
            Screen::Library(state) => state.view(&self.locale, look).map(Message::Library),
        }
    }

    /// Keys that work everywhere: F5 or Ctrl+R reloads, arrows and pages scroll.
    pub fn subscription(&self) -> Subscription<Message> {
        keyboard::listen().filter_map(key_message)
    }
}

/// The app message for a key press, if the key means something here.
pub fn key_message(event: keyboard::Event) -> Option<Message> {
    let keyboard::Event::KeyPressed { key, modifiers, .. } = event else {
        return None;
    };
    let scroll = |key| Some(Message::Scroll(key));
    match key.as_ref() {
        Key::Named(Named::F5) => Some(Message::Library(library::Message::Reload)),
        Key::Character("r") if modifiers.command() => {
            Some(Message::Library(library::Message::Reload))
        }
        Key::Named(Named::ArrowUp) => scroll(ScrollKey::LineUp),
        Key::Named(Named::ArrowDown) => scroll(ScrollKey::LineDown),
        Key::Named(Named::PageUp) => scroll(ScrollKey::PageUp),
        Key::Named(Named::PageDown | Named::Space) => scroll(ScrollKey::PageDown),
        Key::Named(Named::Home) => scroll(ScrollKey::Top),
        Key::Named(Named::End) => scroll(ScrollKey::Bottom),
        _ => None,
    }
}

fn scroll(id: &'static str, key: ScrollKey) -> Task<Message> {
    let by = |y: f32| operation::scroll_by(id, AbsoluteOffset { x: 0.0, y });
    match key {
        ScrollKey::LineUp => by(-LINE_SCROLL),
        ScrollKey::LineDown => by(LINE_SCROLL),
        ScrollKey::PageUp => by(-PAGE_SCROLL),
        ScrollKey::PageDown => by(PAGE_SCROLL),
        ScrollKey::Top => operation::snap_to(id, RelativeOffset::START),
        ScrollKey::Bottom => operation::snap_to(id, RelativeOffset::END),
    }
}
