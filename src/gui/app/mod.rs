//! The app: which screen is showing, the learner, the interface language, and
//! what a screen asks of it. Keys and focus are in `keys`, the look and window
//! place in `place`.

mod keys;
mod navigate;
mod open_file;
mod place;
mod preview;
mod probe;
mod reveal;
mod route;

pub use keys::{ScrollKey, Shortcut, key_message};
pub use place::{Appearance, WINDOW_SETTING, WindowChange, WindowPlace};
pub use preview::{CLOSE_ID as CLOSE_PREVIEW_ID, PROBLEMS_ID, Preview, PreviewMessage};
pub use reveal::reveal_offset;

use super::help;
use super::screen::{
    certificate, course, learners, lesson, library, quiz, settings, trainer, trainer_lock,
};
use super::widget::Look;
use crate::data_folder::{DataLock, LockError};
use crate::i18n::{Language, Localizer};
use crate::paths::Paths;
use crate::progress::{SessionKey, Store};
use iced::keyboard;
use iced::widget::container;
use iced::widget::operation::{self, RelativeOffset};
use iced::{Element, Subscription, Task, Theme, window};
use std::collections::HashMap;

/// The running app.
#[derive(Debug)]
pub struct App {
    locale: Localizer,
    paths: Paths,
    /// The progress store; `Err` holds why it could not be opened.
    store: Result<Store, String>,
    learner: Option<SessionKey>,
    appearance: Appearance,
    window: WindowPlace,
    help_open: bool,
    /// The id of the control with the keyboard focus (see [`Focus`]).
    focus: Option<String>,
    /// Set while measuring start-up: report the first frame of the loaded library.
    startup_probe: bool,
    /// Set while measuring how long a course takes to open (see `probe`).
    probe_open: Option<probe::OpenProbe>,
    /// Set while timing every message's handling (see `probe`).
    handler_probe: bool,
    screen: Screen,
    /// A problem to show above the screen (a quiz that could not open); it
    /// goes when the screen changes.
    problem: Option<String>,
    /// The course folder being previewed, while a preview runs.
    preview: Option<Preview>,
    /// This window's hold on the data folder (none in a preview), or why
    /// another Fieldcourse has it.
    data_lock: Option<Result<DataLock, LockError>>,
    /// Quiz answers given but not saved (not yet checked), kept for the
    /// session by attempt, so leaving a quiz does not lose them.
    unsaved_answers: HashMap<crate::progress::AttemptId, quiz::Unsaved>,
    /// A file given on the command line, waiting for the trainer PIN to be
    /// imported (see `open_file`).
    pending_import: Option<std::path::PathBuf>,
}

/// The screen on show, with its state.
#[derive(Debug)]
pub enum Screen {
    /// Who is learning? (the learner picker)
    Learners(learners::State),
    /// The course library.
    Library(library::State),
    /// One course's overview.
    Course(course::State),
    /// The lesson reader.
    Lesson(lesson::State),
    /// Settings.
    Settings(settings::State),
    /// The quiz player and its results.
    Quiz(quiz::State),
    /// A course's certificate, or what is left to earn it.
    Certificate(certificate::State),
    /// The trainer area (boxed: by far the largest screen's state).
    Trainer(Box<trainer::State>),
    /// The trainer PIN prompt before the trainer area.
    TrainerLock(trainer_lock::State),
    /// The progress store could not be opened: why, and what to do.
    StoreFailed,
    /// Another Fieldcourse holds the data folder: this window leaves it alone.
    FolderInUse,
    /// A previewed course that cannot be shown yet: its problems.
    PreviewBroken,
}

/// Everything that can happen in the app.
#[derive(Debug, Clone)]
pub enum Message {
    /// A message for the learner picker.
    Learners(learners::Message),
    /// A message for the library screen.
    Library(library::Message),
    /// A message for the course overview.
    Course(course::Message),
    /// A message for the lesson reader.
    Lesson(lesson::Message),
    /// A message for Settings.
    Settings(settings::Message),
    /// A message for the quiz screen.
    Quiz(quiz::Message),
    /// A message for the certificate screen.
    Certificate(certificate::Message),
    /// A message for the trainer area.
    Trainer(trainer::Message),
    /// A message for the trainer PIN prompt.
    TrainerLock(trainer_lock::Message),
    /// A keyboard shortcut was pressed.
    Shortcut(Shortcut),
    /// A web link finished opening (or failed to: there may be no browser or network).
    LinkOpened,
    /// The window changed size or place, or is being closed.
    Window(WindowChange),
    /// A message for the live preview.
    Preview(PreviewMessage),
    /// A file was dropped on the window.
    FileDropped(std::path::PathBuf),
    /// A frame was drawn (only listened to while measuring start-up).
    FrameDrawn,
    /// Save what is typed but not yet saved (reflection notes): a regular tick
    /// while something waits, so typing is not slowed by a write per key.
    SavePending,
}

impl App {
    /// Opens the progress store in the data folder and starts in the system's
    /// language (English when the app does not speak it).
    pub fn new(paths: &Paths) -> (Self, Task<Message>) {
        Self::with_language(paths, Language::from_system())
    }

    /// Takes the data folder, opens the progress store and starts in
    /// `language`. When another Fieldcourse holds the folder, the store is not
    /// opened and the window says so ([`App::folder_in_use`]).
    pub fn with_language(paths: &Paths, language: Language) -> (Self, Task<Message>) {
        match DataLock::acquire(&paths.data_dir) {
            Ok(lock) => {
                let store = Store::open(&paths.data_dir);
                let (mut app, task) = Self::with_store(paths, language, store);
                app.data_lock = Some(Ok(lock));
                (app, task)
            }
            Err(error) => {
                let mut app = Self::blank(paths, language);
                app.store = Err(super::error_text::ErrorText::from(&error).show(&app.locale));
                app.data_lock = Some(Err(error));
                app.screen = Screen::FolderInUse;
                (app, Task::none())
            }
        }
    }

    /// Why this window could not take the data folder: another Fieldcourse
    /// window or command has it.
    pub fn folder_in_use(&self) -> Option<&LockError> {
        match &self.data_lock {
            Some(Err(error)) => Some(error),
            _ => None,
        }
    }

    /// Starts on an already opened store (or the reason it did not open). A
    /// single learner without a PIN goes straight to their library.
    pub fn with_store(
        paths: &Paths,
        language: Language,
        store: crate::progress::Result<Store>,
    ) -> (Self, Task<Message>) {
        let mut app = Self::blank(paths, language);
        app.store = store.map_err(|error| {
            log::error!("the progress file could not be opened: {error}");
            super::error_text::progress_text(&error, &app.locale)
        });
        app.window = app
            .store
            .as_ref()
            .ok()
            .and_then(|store| {
                store
                    .setting(WINDOW_SETTING)
                    .inspect_err(|error| {
                        log::warn!("the window's place could not be read: {error}")
                    })
                    .ok()
                    .flatten()
            })
            .unwrap_or_default();
        let Ok(store) = &app.store else {
            return (app, Task::none());
        };
        let only = match store.learners().as_deref() {
            Ok([only]) if !only.has_pin => store.open_session(only.id, None).ok().map(|s| s.key()),
            _ => None,
        };
        let task = match only {
            Some(key) => app.sign_in(key),
            None => {
                let picker = learners::State::new(store, &app.locale);
                // With nobody yet, the name field is ready for typing.
                let task = if picker.is_adding() {
                    operation::focus(learners::NAME_ID)
                } else {
                    Task::none()
                };
                app.screen = Screen::Learners(picker);
                app.focus = app.typing_field().map(str::to_owned);
                task
            }
        };
        (app, task)
    }

    /// An app with no store yet, on the store-failed page until given one.
    fn blank(paths: &Paths, language: Language) -> Self {
        Self {
            locale: Localizer::new(language),
            paths: paths.clone(),
            store: Err(String::new()),
            learner: None,
            appearance: Appearance::default(),
            window: WindowPlace::default(),
            help_open: false,
            focus: None,
            startup_probe: false,
            probe_open: None,
            handler_probe: false,
            screen: Screen::StoreFailed,
            problem: None,
            preview: None,
            data_lock: None,
            unsaved_answers: HashMap::new(),
            pending_import: None,
        }
    }

    /// Measures start-up: the first frame drawn with the library's courses
    /// prints the wall-clock time on standard error and closes the app, so a
    /// script can subtract the time it launched the program.
    pub fn probe_startup(&mut self) {
        self.startup_probe = true;
    }

    /// The screen on show.
    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    /// The folders courses are read from.
    pub fn course_dirs(&self) -> &[std::path::PathBuf] {
        &self.paths.course_dirs
    }

    /// The library index in the data folder (see [`crate::course::read_index`]).
    pub fn course_index_file(&self) -> std::path::PathBuf {
        self.paths.data_dir.join(crate::course::INDEX_FILE)
    }

    /// The interface language.
    pub fn language(&self) -> Language {
        self.locale.language()
    }

    /// The learner's look.
    pub fn appearance(&self) -> Appearance {
        self.appearance
    }

    /// Whether the list of shortcuts is showing.
    pub fn help_open(&self) -> bool {
        self.help_open
    }

    /// Why the progress store could not be opened, if it could not.
    pub fn store_problem(&self) -> Option<&str> {
        self.store.as_ref().err().map(String::as_str)
    }

    /// The window title: the app, and the course being read.
    pub fn title(&self) -> String {
        let app = match &self.preview {
            Some(_) => self.locale.text("preview-title"),
            None => self.locale.text("app-title"),
        };
        match &self.screen {
            Screen::Course(state) => format!("{} — {app}", state.course().title),
            Screen::Lesson(state) => match state.lesson() {
                Some(lesson) => format!("{} — {app}", lesson.title),
                None => app,
            },
            _ => app,
        }
    }

    /// The colour theme.
    pub fn theme(&self) -> Theme {
        self.appearance.theme.theme()
    }

    /// The zoom that makes the text size setting apply everywhere.
    pub fn scale_factor(&self) -> f32 {
        f32::from(self.appearance.text_size.clamp(100, 200)) / 100.0
    }

    /// Where the window should open.
    pub fn window_place(&self) -> WindowPlace {
        self.window
    }

    /// Handles a message. A new screen starts with nothing focused, at the top.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        self.timed_update(message)
    }

    fn update_untimed(&mut self, message: Message) -> Task<Message> {
        let Some(message) = self.follow_typing(message) else {
            return Task::none();
        };
        let before = std::mem::discriminant(&self.screen);
        let page = self.quiz_page();
        let shown = self.problem.clone();
        let field = self.typing_field();
        let task = self.route(message);
        if std::mem::discriminant(&self.screen) != before || self.typing_field() != field {
            // A screen that opens on a form has put the typing in its field:
            // the ring starts there too, so Tab goes on to the next field.
            self.focus = self.typing_field().map(str::to_owned);
        }
        if std::mem::discriminant(&self.screen) != before {
            // A problem raised by this very message stays.
            if self.problem == shown {
                self.problem = None;
            }
            // iced keeps a scrollable's offset when the next screen's widget
            // tree has the same shape, whatever its id: start at the top.
            if let Some(id) = keys::scroll_id(&self.screen) {
                return Task::batch([task, operation::snap_to(id, RelativeOffset::START)]);
            }
        } else if self.quiz_page() != page {
            // A new question is a new page: the ring does not stay on a
            // button (Space would press "Next" again and skip the question).
            self.focus = None;
        }
        task
    }

    /// The text field the current screen puts the typing in when it opens
    /// (the doors: a new learner's name, a PIN).
    fn typing_field(&self) -> Option<&'static str> {
        match &self.screen {
            Screen::Learners(state) => state.typing_field(),
            Screen::TrainerLock(_) => Some(trainer_lock::PIN_ID),
            _ => None,
        }
    }

    fn quiz_page(&self) -> Option<(u8, usize)> {
        match &self.screen {
            Screen::Quiz(state) => Some(state.page()),
            _ => None,
        }
    }

    /// Keeps the focus ring and iced's own text focus on one control: a
    /// click in a note moves the ring there, and an edit arriving while the
    /// ring is on another control is dropped, so Enter on a focused button
    /// never types into a note.
    fn follow_typing(&mut self, message: Message) -> Option<Message> {
        // A pick list opened by a click takes the focus, as one opened by a key
        // has it: its choices show while it keeps the focus.
        if let Message::Quiz(quiz::Message::OpenList(pair)) = &message {
            self.focus = Some(quiz::match_id(pair));
        }
        if let Message::Lesson(lesson::Message::EditNote(index, action)) = &message {
            let note = format!("note-{index}");
            if matches!(action, iced::widget::text_editor::Action::Click(_)) {
                self.focus = Some(note);
            } else if action.is_edit() && self.focused().is_some_and(|id| id != note) {
                return None;
            }
        }
        Some(message)
    }

    /// Draws the current screen, with the shortcuts list over it when open.
    pub fn view(&self) -> Element<'_, Message> {
        let look =
            Look::new(self.locale.language(), self.appearance.theme).with_focus(self.focused());
        let theme = self.theme();
        let screen = match &self.screen {
            Screen::Learners(state) => state.view(&self.locale, look).map(Message::Learners),
            Screen::Library(state) => state.view(&self.locale, look).map(Message::Library),
            Screen::Course(state) => state.view(&self.locale, look).map(Message::Course),
            Screen::Lesson(state) => state.view(&self.locale, look, &theme).map(Message::Lesson),
            Screen::Settings(state) => {
                let current = settings::Current {
                    language: self.locale.language().tag,
                    theme: self.appearance.theme,
                    text_size: self.appearance.text_size,
                };
                state
                    .view(&self.locale, look, current)
                    .map(Message::Settings)
            }
            Screen::Quiz(state) => state.view(&self.locale, look).map(Message::Quiz),
            Screen::Certificate(state) => state.view(&self.locale, look).map(Message::Certificate),
            Screen::Trainer(state) => state.view(&self.locale, look).map(Message::Trainer),
            Screen::TrainerLock(state) => state.view(&self.locale, look).map(Message::TrainerLock),
            Screen::StoreFailed => help::store_failed(
                &self.locale,
                look,
                self.store_problem().unwrap_or_default(),
                &self.paths.data_dir,
            ),
            Screen::FolderInUse => help::folder_in_use(&self.locale, look, &self.paths.data_dir),
            Screen::PreviewBroken => self.preview_broken_view(look),
        };
        let screen = self.preview_frame(screen, look);
        let screen = match &self.problem {
            Some(problem) => iced::widget::column![
                container(look.error(problem.clone()))
                    .id("app-problem")
                    .padding([8, 24]),
                screen
            ]
            .into(),
            None => screen,
        };
        if self.help_open {
            help::overlay(screen, &self.locale, look)
        } else {
            screen
        }
    }

    /// Keys that work everywhere (see [`Shortcut`]), the window's changes, and
    /// the tick that saves notes while any wait.
    pub fn subscription(&self) -> Subscription<Message> {
        let mut subscriptions = vec![
            keyboard::listen().filter_map(key_message),
            window::events().filter_map(|(id, event)| match event {
                window::Event::Resized(size) => Some(Message::Window(WindowChange::Resized(size))),
                window::Event::Moved(point) => Some(Message::Window(WindowChange::Moved(point))),
                window::Event::CloseRequested => {
                    Some(Message::Window(WindowChange::CloseRequested(id)))
                }
                window::Event::FileDropped(path) => Some(Message::FileDropped(path)),
                _ => None,
            }),
        ];
        subscriptions.extend(self.preview_subscription());
        if self.probe_waits() {
            subscriptions.push(window::frames().map(|_| Message::FrameDrawn));
        }
        if let Screen::Library(state) = &self.screen
            && state.is_drawing_rest()
        {
            subscriptions
                .push(window::frames().map(|_| Message::Library(library::Message::DrawRest)));
        }
        if let Screen::Lesson(state) = &self.screen {
            if state.has_unsaved_notes() {
                subscriptions
                    .push(iced::time::every(NOTE_SAVE_DELAY).map(|_| Message::SavePending));
            }
            // Reading time: input and focus from the window, and a tick so
            // time passing without input is seen (see `progress::ReadingClock`).
            subscriptions.push(iced::event::listen_with(reading_event));
            subscriptions.push(
                iced::time::every(READING_TICK)
                    .map(|now| Message::Lesson(lesson::Message::Tick(now))),
            );
        }
        // Counts down "try again in N seconds" after too many wrong PINs.
        let second = std::time::Duration::from_secs(1);
        match &self.screen {
            Screen::Learners(state) if state.pin_wait().is_some() => subscriptions.push(
                iced::time::every(second).map(|_| Message::Learners(learners::Message::Tick)),
            ),
            Screen::TrainerLock(state) if state.pin_wait().is_some() => subscriptions.push(
                iced::time::every(second)
                    .map(|_| Message::TrainerLock(trainer_lock::Message::Tick)),
            ),
            _ => {}
        }
        Subscription::batch(subscriptions)
    }
}

/// How often the lesson reader is told that time passed.
const READING_TICK: std::time::Duration = std::time::Duration::from_secs(15);

/// The window events that say whether the learner is using the window, for
/// the lesson's reading time: keys, clicks, scrolls and touches count as
/// input, as does the window coming to the front; going to the back stops it.
/// Cursor moves do not count (they would redraw the lesson on every pixel).
fn reading_event(
    event: iced::Event,
    _status: iced::event::Status,
    _window: window::Id,
) -> Option<Message> {
    use iced::{Event, mouse, touch};
    let now = std::time::Instant::now();
    let message = match event {
        Event::Keyboard(keyboard::Event::KeyPressed { .. })
        | Event::Mouse(mouse::Event::ButtonPressed(_) | mouse::Event::WheelScrolled { .. })
        | Event::Touch(touch::Event::FingerPressed { .. })
        | Event::Window(window::Event::Focused) => lesson::Message::Input(now),
        Event::Window(window::Event::Unfocused) => lesson::Message::Away(now),
        _ => return None,
    };
    Some(Message::Lesson(message))
}

/// How long typing may pause before a note is saved.
const NOTE_SAVE_DELAY: std::time::Duration = std::time::Duration::from_millis(800);
