//! The app: which screen is showing, the interface language, and the keyboard.

use super::screen::{OpenCourse, course, lesson, library, quiz};
use super::theme;
use super::widget::Look;
use crate::i18n::{Language, Localizer};
use crate::paths::Paths;
use crate::progress::{LearnerSession, NewLearner, Profile, SessionKey, Store};
use iced::keyboard::{self, Key, Modifiers, key::Named};
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
    /// The progress store and learner, or why they could not be opened.
    progress: Result<Progress, String>,
    /// A problem to show above the screen (a quiz that could not open).
    problem: Option<String>,
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
    /// The quiz player and its results.
    Quiz(quiz::State),
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
    /// A message for the quiz screen.
    Quiz(quiz::Message),
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
    /// A digit key 1–9: pick that answer (quiz).
    Answer(u8),
    /// Enter: check the answer or go on (quiz).
    Confirm,
    /// Space: check or go on in a quiz, page down elsewhere.
    Space,
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
            progress: Progress::open(&paths.data_dir, language.tag),
            problem: None,
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
                    Some(course::Event::OpenQuiz(quiz_id)) => {
                        let loaded = state.loaded().clone();
                        self.open_quiz(loaded, &quiz_id)
                    }
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
            (Message::Quiz(message), Screen::Quiz(state)) => {
                let (task, event) = match &self.progress {
                    Ok(progress) => match progress.session() {
                        Ok(session) => state.update(message, &session),
                        Err(reason) => {
                            self.problem = Some(reason);
                            return Task::none();
                        }
                    },
                    Err(_) => return Task::none(),
                };
                match event {
                    Some(quiz::Event::Back | quiz::Event::Finished { .. }) => {
                        let loaded = state.open().loaded.clone();
                        self.open_course(loaded)
                    }
                    None => task.map(Message::Quiz),
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

    /// Opens a quiz of `loaded` for the current learner, recording the course
    /// version first; a failure stays on the overview with its reason shown.
    fn open_quiz(&mut self, loaded: crate::course::LoadedCourse, quiz_id: &str) -> Task<Message> {
        let opened = (|| {
            let progress = self.progress.as_ref().map_err(Clone::clone)?;
            let source = loaded.course.clone().ok_or("the course did not load")?;
            let course = Arc::clone(
                loaded
                    .in_language(self.locale.language().tag)
                    .unwrap_or(&source),
            );
            let version = progress
                .store
                .register_course(&source)
                .map_err(|e| e.to_string())?;
            let session = progress.session()?;
            let open = OpenCourse {
                loaded,
                course,
                version,
            };
            quiz::State::new(open, quiz_id, &session)
        })();
        match opened {
            Ok(state) => {
                self.problem = None;
                self.screen = Screen::Quiz(state);
            }
            Err(reason) => {
                self.problem = Some(self.locale.text_with(
                    "quiz-open-failed",
                    &fluent::fluent_args!["reason" => reason],
                ));
            }
        }
        Task::none()
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
            (shortcut, Screen::Quiz(state)) => {
                let message = match shortcut {
                    Shortcut::Back => Some(quiz::Message::Back),
                    // Mirrored like the lesson reader's: the arrow points the way.
                    Shortcut::Previous if rtl => Some(quiz::Message::Next),
                    Shortcut::Next if rtl => Some(quiz::Message::Previous),
                    Shortcut::Previous => Some(quiz::Message::Previous),
                    Shortcut::Next => Some(quiz::Message::Next),
                    Shortcut::Answer(digit) => state.key(
                        &Key::Character(digit.to_string().into()),
                        Modifiers::default(),
                    ),
                    Shortcut::Confirm | Shortcut::Space => {
                        state.key(&Key::Named(Named::Enter), Modifiers::default())
                    }
                    Shortcut::Scroll(key) => return scroll(quiz::SCROLL_ID, key),
                    Shortcut::Reload => None,
                };
                match message {
                    Some(message) => self.update(Message::Quiz(message)),
                    None => Task::none(),
                }
            }
            (Shortcut::Space, _) => self.shortcut(Shortcut::Scroll(ScrollKey::PageDown)),
            _ => Task::none(),
        }
    }

    /// Draws the current screen.
    pub fn view(&self) -> Element<'_, Message> {
        let look = Look::for_language(self.locale.language());
        let screen = match &self.screen {
            Screen::Library(state) => state.view(&self.locale, look).map(Message::Library),
            Screen::Course(state) => state.view(&self.locale, look).map(Message::Course),
            Screen::Lesson(state) => state
                .view(&self.locale, look, &self.theme())
                .map(Message::Lesson),
            Screen::Quiz(state) => state.view(&self.locale, look).map(Message::Quiz),
        };
        match &self.problem {
            Some(problem) => iced::widget::column![
                iced::widget::container(look.text(problem.clone(), theme::BODY))
                    .id("app-problem")
                    .padding([12, 24])
                    .style(|theme| theme::feedback(theme, theme::Tone::Bad)),
                screen
            ]
            .into(),
            None => screen,
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
        Key::Named(Named::PageDown) => Shortcut::Scroll(ScrollKey::PageDown),
        Key::Named(Named::Space) => Shortcut::Space,
        Key::Named(Named::Enter) => Shortcut::Confirm,
        Key::Character(digit) if !modifiers.command() && !modifiers.alt() => {
            match digit.parse::<u8>() {
                Ok(number @ 1..=9) => Shortcut::Answer(number),
                _ => return None,
            }
        }
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

// --- Progress store: a stopgap for the quiz screens until the app owner threads
// the store and the learner session through every screen. It opens the store in
// the data folder and the first learner without a PIN (creating one on a new
// device). Replace with the owner's `store` and `SessionKey` when merging. ---

/// The progress store and the learner whose progress is recorded.
#[derive(Debug)]
struct Progress {
    store: Store,
    learner: SessionKey,
}

impl Progress {
    /// Opens the store in `data_dir` and a learner's session: the first learner,
    /// or a new one named "Learner" in `language` when the device has none.
    fn open(data_dir: &std::path::Path, language: &str) -> Result<Self, String> {
        let store = Store::open(data_dir).map_err(|error| error.to_string())?;
        let learner = {
            let learners = store.learners().map_err(|error| error.to_string())?;
            let session = match learners.first() {
                Some(first) => store.open_session(first.id, None),
                None => store.create_learner(&NewLearner {
                    profile: Profile {
                        display_name: "Learner".to_owned(),
                        certificate_name: String::new(),
                        language: language.to_owned(),
                    },
                    pin: None,
                }),
            };
            session.map_err(|error| error.to_string())?.key()
        };
        Ok(Self { store, learner })
    }

    /// The learner's session, to hand to a screen for one update.
    fn session(&self) -> Result<LearnerSession<'_>, String> {
        self.store
            .resume_session(&self.learner)
            .map_err(|error| error.to_string())
    }
}
