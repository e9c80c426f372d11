//! The app: which screen is showing, the interface language, and the keyboard.

use super::screen::{OpenCourse, certificate, course, lesson, library, trainer};
use super::theme;
use super::widget::Look;
use crate::course::Course;
use crate::i18n::{Language, Localizer};
use crate::paths::Paths;
use crate::progress::{LearnerId, SessionKey, Store};
use iced::keyboard::{self, Key, key::Named};
use iced::widget::operation::{self, AbsoluteOffset, RelativeOffset};
use iced::{Element, Subscription, Task, Theme};
use std::sync::Arc;

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
    // cert-trainer: the store and current learner the certificate and trainer
    // screens need, until the app owner's `store: Store` and `SessionKey` land.
    paths: Paths,
    store: Option<Store>,
    learner: Option<SessionKey>,
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
    /// A course's certificate, or what is left to earn it.
    Certificate(certificate::State),
    /// The trainer area.
    Trainer(trainer::State),
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
    /// A message for the certificate screen.
    Certificate(certificate::Message),
    /// A message for the trainer area.
    Trainer(trainer::Message),
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
            paths: paths.clone(),
            // No store means no certificates or trainer area, not no app: the
            // library and lessons still work from the course files.
            store: Store::open(&paths.data_dir).ok(),
            learner: None,
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
                    Some(library::Event::OpenTrainer) => self.open_trainer(),
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
                    Some(course::Event::OpenCertificate { loaded, course }) => {
                        self.open_certificate(loaded, course)
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
            (Message::Certificate(message), Screen::Certificate(state)) => {
                let (task, event) = state.update(message);
                let task = task.map(Message::Certificate);
                match event {
                    Some(certificate::Event::Back) => {
                        let loaded = state.course().loaded.clone();
                        self.open_course(loaded)
                    }
                    None => task,
                }
            }
            (Message::Trainer(message), Screen::Trainer(state)) => {
                let Some(store) = &self.store else {
                    return Task::none();
                };
                let (task, event) = state.update(message, store, &self.paths);
                let task = task.map(Message::Trainer);
                match event {
                    Some(trainer::Event::Back) => self.open_library(),
                    // The library reads the course folders afresh when it opens.
                    Some(trainer::Event::CoursesChanged) | None => task,
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

    /// Makes `learner` the current learner (a stand-in for the learner picker:
    /// learners with a PIN are refused). Returns whether it worked.
    pub fn use_learner(&mut self, learner: LearnerId) -> bool {
        self.learner = self
            .store
            .as_ref()
            .and_then(|store| store.open_session(learner, None).ok())
            .map(|session| session.key());
        self.learner.is_some()
    }

    /// Opens the trainer area (when the progress store could be opened).
    pub fn open_trainer(&mut self) -> Task<Message> {
        let Some(store) = &self.store else {
            return Task::none();
        };
        let (state, task) = trainer::State::new(store, &self.paths);
        self.screen = Screen::Trainer(state);
        Task::batch([
            task.map(Message::Trainer),
            operation::snap_to(trainer::SCROLL_ID, RelativeOffset::START),
        ])
    }

    /// Opens the certificate screen for the current learner, issuing the
    /// certificate if the course is complete. Stays put with no learner.
    pub fn open_certificate(
        &mut self,
        loaded: crate::course::LoadedCourse,
        course: Arc<Course>,
    ) -> Task<Message> {
        if self.learner.is_none() {
            // Until the learner picker lands: a device with one learner and no
            // PIN needs no picking (as the UI brief says of single-learner installs).
            let only = self
                .store
                .as_ref()
                .and_then(|store| store.learners().ok())
                .filter(|learners| learners.len() == 1)
                .and_then(|learners| learners.into_iter().find(|learner| !learner.has_pin));
            if let Some(learner) = only {
                self.use_learner(learner.id);
            }
        }
        let (Some(store), Some(key)) = (&self.store, &self.learner) else {
            return Task::none();
        };
        // Progress is recorded against the source course, whatever language shows.
        let source = loaded.course.clone().unwrap_or_else(|| Arc::clone(&course));
        let Ok(version) = store.register_course(&source) else {
            return Task::none();
        };
        let Ok(session) = store.resume_session(key) else {
            return Task::none();
        };
        let open = OpenCourse {
            loaded,
            course,
            version,
        };
        let state = certificate::State::new(open, &session, &self.paths.data_dir);
        self.screen = Screen::Certificate(state);
        // iced keeps a scrollable's offset across screens of the same shape:
        // start at the top, where the heading is.
        operation::snap_to(certificate::SCROLL_ID, RelativeOffset::START)
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
            (Shortcut::Back, Screen::Certificate(_)) => {
                self.update(Message::Certificate(certificate::Message::Back))
            }
            (Shortcut::Back, Screen::Trainer(_)) => {
                self.update(Message::Trainer(trainer::Message::Back))
            }
            (Shortcut::Previous, Screen::Lesson(_)) => self.update(Message::Lesson(previous)),
            (Shortcut::Next, Screen::Lesson(_)) => self.update(Message::Lesson(next)),
            (Shortcut::Scroll(key), Screen::Library(_)) => scroll(library::SCROLL_ID, key),
            (Shortcut::Scroll(key), Screen::Course(_)) => scroll(course::SCROLL_ID, key),
            (Shortcut::Scroll(key), Screen::Lesson(_)) => scroll(lesson::SCROLL_ID, key),
            (Shortcut::Scroll(key), Screen::Certificate(_)) => scroll(certificate::SCROLL_ID, key),
            (Shortcut::Scroll(key), Screen::Trainer(_)) => scroll(trainer::SCROLL_ID, key),
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
            Screen::Certificate(state) => state.view(&self.locale, look).map(Message::Certificate),
            Screen::Trainer(state) => state.view(&self.locale, look).map(Message::Trainer),
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
