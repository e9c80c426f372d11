//! The app: which screen is showing, the interface language, and the keyboard.

use super::screen::{course, lesson, library};
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
    course_dirs: Vec<std::path::PathBuf>,
    screen: Screen,
}

/// The screen on show, with its state.
#[derive(Debug)]
pub enum Screen {
    /// The course library.
    Library(library::State),
    /// One course's overview.
    Course(course::State),
    /// The lesson reader.
    Lesson(lesson::State),
}

/// Everything that can happen in the app.
#[derive(Debug, Clone)]
pub enum Message {
    /// A message for the library screen.
    Library(library::Message),
    /// A message for the course overview.
    Course(course::Message),
    /// A message for the lesson reader.
    Lesson(lesson::Message),
    /// A keyboard shortcut was pressed.
    Shortcut(Shortcut),
    /// A web link finished opening (or failed to: there may be no browser or network).
    LinkOpened,
}

/// Keys that work on every screen where they make sense.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// F5 or Ctrl+R: read the course folders again (library).
    Reload,
    /// Escape: back to the previous screen.
    Back,
    /// Left arrow (right arrow in right-to-left languages): the previous lesson.
    Previous,
    /// Right arrow (left arrow in right-to-left languages): the next lesson.
    Next,
    /// A key that scrolls the current screen.
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
            course_dirs: paths.course_dirs.clone(),
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
                let (task, event) = state.update(message);
                let task = task.map(Message::Library);
                match event {
                    Some(library::Event::OpenCourse(loaded)) => self.open_course(loaded),
                    None => task,
                }
            }
            (Message::Course(message), Screen::Course(state)) => {
                let (task, event) = state.update(message);
                let task = task.map(Message::Course);
                match event {
                    Some(course::Event::Back) => self.open_library(),
                    Some(course::Event::OpenLesson {
                        loaded,
                        course,
                        position,
                    }) => {
                        self.screen = Screen::Lesson(lesson::State::new(loaded, course, position));
                        Task::none()
                    }
                    None => task,
                }
            }
            (Message::Lesson(message), Screen::Lesson(state)) => {
                let (task, event) = state.update(message);
                let task = task.map(Message::Lesson);
                match event {
                    Some(lesson::Event::Back(loaded)) => self.open_course(loaded),
                    Some(lesson::Event::OpenLink(url)) => open_link(url),
                    None => task,
                }
            }
            (Message::Shortcut(shortcut), _) => self.shortcut(shortcut),
            // A message for a screen that has since closed, or a finished link.
            _ => Task::none(),
        }
    }

    fn open_library(&mut self) -> Task<Message> {
        let (library, task) = library::State::new(self.course_dirs.clone());
        self.screen = Screen::Library(library);
        task.map(Message::Library)
    }

    fn open_course(&mut self, loaded: crate::course::LoadedCourse) -> Task<Message> {
        if let Some(state) = course::State::new(loaded, self.locale.language().tag) {
            self.screen = Screen::Course(state);
        }
        Task::none()
    }

    fn shortcut(&mut self, shortcut: Shortcut) -> Task<Message> {
        let rtl = self.locale.language().right_to_left;
        let (previous, next) = if rtl {
            (lesson::Message::Next, lesson::Message::Previous)
        } else {
            (lesson::Message::Previous, lesson::Message::Next)
        };
        match (shortcut, &self.screen) {
            (Shortcut::Reload, Screen::Library(_)) => {
                self.update(Message::Library(library::Message::Reload))
            }
            (Shortcut::Back, Screen::Course(_)) => {
                self.update(Message::Course(course::Message::Back))
            }
            (Shortcut::Back, Screen::Lesson(_)) => {
                self.update(Message::Lesson(lesson::Message::Back))
            }
            (Shortcut::Previous, Screen::Lesson(_)) => self.update(Message::Lesson(previous)),
            (Shortcut::Next, Screen::Lesson(_)) => self.update(Message::Lesson(next)),
            (Shortcut::Scroll(key), Screen::Library(_)) => scroll(library::SCROLL_ID, key),
            (Shortcut::Scroll(key), Screen::Course(_)) => scroll(course::SCROLL_ID, key),
            (Shortcut::Scroll(key), Screen::Lesson(_)) => scroll(lesson::SCROLL_ID, key),
            _ => Task::none(),
        }
    }

    /// Draws the current screen.
    pub fn view(&self) -> Element<'_, Message> {
        let look = Look::for_language(self.locale.language());
        match &self.screen {
            Screen::Library(state) => state.view(&self.locale, look).map(Message::Library),
            Screen::Course(state) => state.view(&self.locale, look).map(Message::Course),
            Screen::Lesson(state) => state
                .view(&self.locale, look, &self.theme())
                .map(Message::Lesson),
        }
    }

    /// Keys that work everywhere: see [`Shortcut`].
    pub fn subscription(&self) -> Subscription<Message> {
        keyboard::listen().filter_map(key_message)
    }
}

/// The app message for a key press, if the key means something here.
pub fn key_message(event: keyboard::Event) -> Option<Message> {
    let keyboard::Event::KeyPressed { key, modifiers, .. } = event else {
        return None;
    };
    let shortcut = match key.as_ref() {
        Key::Named(Named::F5) => Shortcut::Reload,
        Key::Character("r") if modifiers.command() => Shortcut::Reload,
        Key::Named(Named::Escape) => Shortcut::Back,
        Key::Named(Named::ArrowLeft) => Shortcut::Previous,
        Key::Named(Named::ArrowRight) => Shortcut::Next,
        Key::Named(Named::ArrowUp) => Shortcut::Scroll(ScrollKey::LineUp),
        Key::Named(Named::ArrowDown) => Shortcut::Scroll(ScrollKey::LineDown),
        Key::Named(Named::PageUp) => Shortcut::Scroll(ScrollKey::PageUp),
        Key::Named(Named::PageDown | Named::Space) => Shortcut::Scroll(ScrollKey::PageDown),
        Key::Named(Named::Home) => Shortcut::Scroll(ScrollKey::Top),
        Key::Named(Named::End) => Shortcut::Scroll(ScrollKey::Bottom),
        _ => return None,
    };
    Some(Message::Shortcut(shortcut))
}

/// Opens a web link with the system's handler, off the UI thread (it waits for
/// the launcher). Internal and non-web links are ignored: lessons link to the web only.
fn open_link(url: String) -> Task<Message> {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Task::none();
    }
    Task::perform(
        async move {
            // Offline machines often have no browser or network: nothing to report.
            let _ = open::that(url);
        },
        |()| Message::LinkOpened,
    )
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
