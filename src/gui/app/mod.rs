//! The app: which screen is showing, the learner, the interface language, and
//! what a screen asks of it. Keys and focus are in `keys`, the look and window
//! place in `place`.

mod keys;
mod open_file;
mod place;
mod preview;
mod probe;
mod reveal;

pub use keys::{ScrollKey, Shortcut, key_message};
use place::appearance_key;
pub use place::{Appearance, WINDOW_SETTING, WindowChange, WindowPlace};
pub use preview::{CLOSE_ID as CLOSE_PREVIEW_ID, PROBLEMS_ID, Preview, PreviewMessage};
pub use reveal::reveal_offset;

use super::help;
use super::screen::{
    OpenCourse, certificate, course, learners, lesson, library, quiz, record_completion, settings,
    trainer, trainer_lock,
};
use super::widget::Look;
use crate::certificate::credential::SignedCertificate;
use crate::certificate::issue::Issue;
use crate::certificate::keys::Keyring;
use crate::data_folder::{DataLock, LockError};
use crate::i18n::{Language, Localizer};
use crate::paths::Paths;
use crate::progress::{LearnerSession, Position, Profile, SessionKey, Store, TrainerAccess};
use iced::keyboard;
use iced::widget::container;
use iced::widget::operation::{self, RelativeOffset};
use iced::{Element, Subscription, Task, Theme, window};
use std::collections::{HashMap, HashSet};

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
                app.store = Err(error.to_string());
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
            error.to_string()
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
                let picker = learners::State::new(store);
                // With nobody yet, the name field is ready for typing.
                let task = if picker.is_adding() {
                    operation::focus(learners::NAME_ID)
                } else {
                    Task::none()
                };
                app.screen = Screen::Learners(picker);
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

    fn sign_in(&mut self, key: SessionKey) -> Task<Message> {
        if let Ok(store) = &self.store
            && let Ok(session) = store.resume_session(&key)
        {
            if let Ok(learner) = session.learner()
                && let Some(language) = Language::from_tag(&learner.language)
            {
                self.locale = Localizer::new(language);
            }
            self.appearance = store
                .setting(&appearance_key(key.learner()))
                .inspect_err(|error| log::warn!("the learner's look could not be read: {error}"))
                .ok()
                .flatten()
                .unwrap_or_default();
        }
        self.learner = Some(key);
        self.open_library()
    }

    /// Handles a message. A new screen starts with nothing focused, at the top.
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let Some(message) = self.follow_typing(message) else {
            return Task::none();
        };
        let before = std::mem::discriminant(&self.screen);
        let page = self.quiz_page();
        let shown = self.problem.clone();
        let task = self.route(message);
        if std::mem::discriminant(&self.screen) != before {
            self.focus = None;
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

    fn route(&mut self, message: Message) -> Task<Message> {
        let message = match message {
            Message::Preview(message) => return self.preview_update(message),
            Message::FileDropped(path) => return self.file_dropped(path),
            other => other,
        };
        let Self {
            store,
            learner,
            screen,
            locale,
            ..
        } = self;
        let store = match store {
            Ok(store) => store,
            Err(_) => return Task::none(),
        };
        let session = learner
            .as_ref()
            .and_then(|key| store.resume_session(key).ok());
        match (message, screen, session) {
            (Message::Learners(message), Screen::Learners(state), _) => {
                let (task, event) = state.update(message, store, locale);
                let task = task.map(Message::Learners);
                match event {
                    Some(learners::Event::SignedIn(key)) => self.sign_in(key),
                    None => task,
                }
            }
            (Message::Library(message), Screen::Library(state), Some(session)) => {
                let (task, event) = state.update(message);
                let task = task.map(Message::Library);
                match event {
                    Some(library::Event::OpenCourse(card)) => self.open_from_library(&card),
                    Some(library::Event::SwitchLearner) => self.switch_learner(),
                    Some(library::Event::OpenTrainer) => {
                        // Unreadable: ask for the PIN, which then says why.
                        let (door, task) = match store.trainer_access() {
                            Ok(TrainerAccess::LeftOpen) => return self.open_trainer(),
                            Ok(TrainerAccess::Undecided) => trainer_lock::State::first_time(),
                            Ok(TrainerAccess::Pin) | Err(_) => trainer_lock::State::new(),
                        };
                        self.screen = Screen::TrainerLock(door);
                        task.map(Message::TrainerLock)
                    }
                    Some(library::Event::OpenSettings) => {
                        self.screen = Screen::Settings(settings::State::new(&session));
                        Task::none()
                    }
                    Some(library::Event::CoursesRead) => {
                        let progress = library_progress(state, &session);
                        state.set_progress(progress);
                        task
                    }
                    None => task,
                }
            }
            (Message::Course(message), Screen::Course(state), Some(_)) => {
                let (task, event) = state.update(message);
                let task = task.map(Message::Course);
                match event {
                    Some(course::Event::Back) if self.preview.is_some() => self.close_preview(),
                    Some(course::Event::Back) => self.open_library(),
                    Some(course::Event::OpenLesson { open, position }) => {
                        self.open_lesson(open, position)
                    }
                    Some(course::Event::OpenCertificate(open)) => self.open_certificate(open),
                    Some(course::Event::OpenQuiz { open, quiz_id }) => {
                        self.open_quiz(open, &quiz_id)
                    }
                    None => task,
                }
            }
            (Message::Lesson(message), Screen::Lesson(state), Some(session)) => {
                let (task, event) = state.update(message, &session);
                let task = task.map(Message::Lesson);
                match event {
                    Some(lesson::Event::Back(open)) => self.after_progress(open, None),
                    Some(lesson::Event::CertificateIssued(open, signed)) => {
                        self.after_progress(open, Some(signed))
                    }
                    Some(lesson::Event::OpenLink(url)) => open_link(url),
                    Some(lesson::Event::OpenQuiz { open, quiz_id }) => {
                        self.open_quiz(open, &quiz_id)
                    }
                    None => task,
                }
            }
            (Message::Settings(message), Screen::Settings(state), Some(session)) => {
                let (task, event) = state.update(message, &session, locale);
                let task = task.map(Message::Settings);
                match event {
                    Some(settings::Event::Back) => self.open_library(),
                    Some(settings::Event::Language(tag)) => {
                        if let Some(language) = Language::from_tag(tag) {
                            *locale = Localizer::new(language);
                            // The new language applies now even if it cannot be saved.
                            let saved = session.learner().and_then(|learner| {
                                session.update_profile(&Profile {
                                    language: tag.to_owned(),
                                    display_name: learner.display_name,
                                    certificate_name: learner.certificate_name,
                                })
                            });
                            if let Err(error) = saved {
                                log::warn!("the language choice {tag} could not be saved: {error}");
                            }
                        }
                        task
                    }
                    Some(settings::Event::Theme(theme)) => {
                        self.set_appearance(Appearance {
                            theme,
                            ..self.appearance
                        });
                        task
                    }
                    Some(settings::Event::TextSize(text_size)) => {
                        self.set_appearance(Appearance {
                            text_size,
                            ..self.appearance
                        });
                        task
                    }
                    Some(settings::Event::NamesSaved) | None => task,
                }
            }
            (Message::Quiz(message), Screen::Quiz(state), Some(session)) => {
                let (task, event) = state.update(message, &session);
                match event {
                    Some(quiz::Event::Back) => {
                        if let Some(unsaved) = state.unsaved() {
                            self.unsaved_answers.insert(unsaved.attempt(), unsaved);
                        }
                        let loaded = state.open().loaded.clone();
                        self.open_course(loaded)
                    }
                    Some(quiz::Event::Finished { certificate, .. }) => {
                        let open = state.open().clone();
                        self.after_progress(open, certificate)
                    }
                    None => task.map(Message::Quiz),
                }
            }
            (Message::Certificate(message), Screen::Certificate(state), Some(_)) => {
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
            (Message::Trainer(message), Screen::Trainer(state), _) => {
                let (task, event) = state.update(message, store, &self.paths);
                let task = task.map(Message::Trainer);
                match event {
                    Some(trainer::Event::Back) => self.leave_trainer(),
                    Some(trainer::Event::Preview(folder)) => self.start_preview(folder, true),
                    // The library reads the course folders afresh when it opens.
                    Some(trainer::Event::CoursesChanged) | None => task,
                }
            }
            (Message::TrainerLock(message), Screen::TrainerLock(state), _) => {
                let (task, event) = state.update(message, store, locale);
                match event {
                    Some(trainer_lock::Event::Unlocked) => self.trainer_unlocked(),
                    Some(trainer_lock::Event::Back) => self.leave_trainer(),
                    None => task.map(Message::TrainerLock),
                }
            }
            (Message::SavePending, Screen::Lesson(state), Some(session)) => {
                state.save_notes(&session);
                Task::none()
            }
            (Message::FrameDrawn, _, _) => self.frame_drawn(),
            (Message::Window(change), _, _) => self.window_changed(change),
            (Message::Shortcut(shortcut), _, _) => self.shortcut(shortcut),
            // A message for a screen that has since closed, or a finished link.
            _ => Task::none(),
        }
    }

    fn switch_learner(&mut self) -> Task<Message> {
        self.learner = None;
        if let Ok(store) = &self.store {
            self.screen = Screen::Learners(learners::State::new(store));
        }
        Task::none()
    }

    fn learner_name(&self) -> String {
        match (&self.store, &self.learner) {
            (Ok(store), Some(key)) => store
                .resume_session(key)
                .and_then(|session| session.learner())
                .map(|learner| learner.display_name)
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    fn open_library(&mut self) -> Task<Message> {
        let (library, task) = library::State::new(
            self.paths.course_dirs.clone(),
            self.course_index_file(),
            self.learner_name(),
        );
        self.screen = Screen::Library(library);
        task.map(Message::Library)
    }

    /// Opens a quiz for the current learner; a quiz that cannot open leaves
    /// the overview on show with the reason above it.
    fn open_quiz(&mut self, open: OpenCourse, quiz_id: &str) -> Task<Message> {
        let (Ok(store), Some(key)) = (&self.store, &self.learner) else {
            return Task::none();
        };
        let opened = store
            .resume_session(key)
            .map_err(|error| error.to_string())
            .and_then(|session| {
                // Remembered as where the learner is, so Continue comes back here.
                let place = Position {
                    item_id: quiz_id.to_owned(),
                    block: 0,
                };
                session
                    .set_position(&open.version, &place)
                    .map_err(|error| error.to_string())?;
                quiz::State::new(open, quiz_id, &session, self.keyring())
            });
        match opened {
            Ok(mut state) => {
                if let Some(unsaved) = state
                    .attempt_id()
                    .and_then(|attempt| self.unsaved_answers.remove(&attempt))
                {
                    state.restore(unsaved);
                }
                self.screen = Screen::Quiz(state);
                Task::none()
            }
            Err(reason) => {
                self.problem = Some(self.locale.text_with(
                    "quiz-open-failed",
                    &fluent::fluent_args!["reason" => reason],
                ));
                Task::none()
            }
        }
    }

    /// Back to the overview after progress was made; when that completed the
    /// course and issued its certificate, the certificate screen instead.
    fn after_progress(
        &mut self,
        open: OpenCourse,
        issued: Option<Box<SignedCertificate>>,
    ) -> Task<Message> {
        match issued {
            Some(signed) => self.show_certificate(open, Ok(Issue::Issued(*signed))),
            None => self.open_course(open.loaded),
        }
    }

    /// The keys of the data folder in use, which sign certificates.
    fn keyring(&self) -> Keyring {
        Keyring::new(&self.paths.data_dir)
    }

    /// Opens a library card's course: reads it in full now, in the languages
    /// in use only (the course's own and the one it is shown in). A course
    /// that no longer reads cleanly stays shut: the library says why and
    /// reads the changed folders again, so its card shows the problems.
    fn open_from_library(&mut self, card: &crate::course::CourseCard) -> Task<Message> {
        let loaded = crate::course::load_course_in(&card.origin, &[self.course_language()]);
        if loaded.is_usable() {
            return self.open_course(loaded);
        }
        let Screen::Library(library) = &mut self.screen else {
            return Task::none();
        };
        let problem = match loaded.diagnostics.iter().find(|d| d.is_error()) {
            Some(error) => format!("{}: {}", loaded.display_name(), error.message),
            None => loaded.display_name(),
        };
        library.set_problem(problem);
        let (task, _) = library.update(library::Message::Reload);
        task.map(Message::Library)
    }

    fn open_course(&mut self, loaded: crate::course::LoadedCourse) -> Task<Message> {
        let (Ok(store), Some(key)) = (&self.store, &self.learner) else {
            return Task::none();
        };
        let Ok(session) = store.resume_session(key) else {
            return self.switch_learner();
        };
        let language = self.course_language();
        match course::State::new(loaded, &language, store, &session) {
            Ok(mut state) => {
                // In a preview, back from the overview ends the preview.
                if self.preview.is_some() {
                    state.set_back_label("preview-close");
                }
                // What the learner did may meet a rule changed since (a new
                // version of the course), or a completion never recorded.
                let completion = record_completion(state.open(), &session, &self.keyring());
                let open = state.open().clone();
                self.screen = Screen::Course(state);
                match completion {
                    Ok(Some(signed)) => {
                        return self.show_certificate(open, Ok(Issue::Issued(signed)));
                    }
                    Ok(None) => {}
                    Err(problem) => {
                        self.problem = Some(self.locale.text_with(
                            "completion-not-saved",
                            &fluent::fluent_args!["problem" => problem],
                        ));
                    }
                }
            }
            Err(problem) => {
                if let Screen::Library(library) = &mut self.screen {
                    library.set_problem(problem);
                }
            }
        }
        Task::none()
    }

    fn open_lesson(&mut self, open: OpenCourse, position: usize) -> Task<Message> {
        let (Ok(store), Some(key)) = (&self.store, &self.learner) else {
            return Task::none();
        };
        if let Ok(session) = store.resume_session(key) {
            let state = lesson::State::new(open, position, &session, self.keyring());
            self.screen = Screen::Lesson(state);
        }
        Task::none()
    }

    /// A file dropped on the window is installed through the trainer area
    /// when it is open (behind its PIN); elsewhere the app says where to drop it.
    fn file_dropped(&mut self, path: std::path::PathBuf) -> Task<Message> {
        match &mut self.screen {
            Screen::Trainer(state) if self.preview.is_none() => {
                state.drop_file(path, &self.paths).map(Message::Trainer)
            }
            _ => {
                self.problem = Some(self.locale.text("drop-open-trainer"));
                Task::none()
            }
        }
    }

    /// Opens the trainer area (when the progress store could be opened).
    pub fn open_trainer(&mut self) -> Task<Message> {
        let Ok(store) = &self.store else {
            return Task::none();
        };
        let (state, task) = trainer::State::new(store, &self.paths);
        self.screen = Screen::Trainer(Box::new(state));
        Task::batch([
            task.map(Message::Trainer),
            operation::snap_to(trainer::SCROLL_ID, RelativeOffset::START),
        ])
    }

    /// Opens the certificate screen for the current learner, issuing the
    /// certificate if the course is complete.
    pub fn open_certificate(&mut self, open: OpenCourse) -> Task<Message> {
        let (Ok(store), Some(key)) = (&self.store, &self.learner) else {
            return Task::none();
        };
        let Ok(session) = store.resume_session(key) else {
            return self.switch_learner();
        };
        let state = certificate::State::new(open, &session, &self.paths.data_dir);
        self.screen = Screen::Certificate(state);
        // iced keeps a scrollable's offset across screens of the same shape:
        // start at the top, where the heading is.
        operation::snap_to(certificate::SCROLL_ID, RelativeOffset::START)
    }

    /// Shows the certificate screen with what issuing found.
    fn show_certificate(
        &mut self,
        open: OpenCourse,
        issued: Result<Issue, String>,
    ) -> Task<Message> {
        let state = certificate::State::with_issue(open, issued, &self.paths.data_dir);
        self.screen = Screen::Certificate(state);
        operation::snap_to(certificate::SCROLL_ID, RelativeOffset::START)
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

/// The learner's progress in every course the library shows.
fn library_progress(
    library: &library::State,
    session: &LearnerSession<'_>,
) -> HashMap<String, library::CourseProgress> {
    let Some(courses) = library.courses() else {
        return HashMap::new();
    };
    courses
        .filter_map(|card| card.id.as_ref().map(|id| (id, card)))
        .map(|(id, card)| {
            let enrollment = session.enrollment(id).ok().flatten();
            let completed: HashSet<String> = session
                .lessons(id)
                .unwrap_or_default()
                .into_iter()
                .filter(|lesson| lesson.completed_at.is_some())
                .map(|lesson| lesson.lesson_id)
                .collect();
            let progress = library::CourseProgress {
                lessons_completed: card
                    .lesson_ids
                    .iter()
                    .filter(|lesson| completed.contains(*lesson))
                    .count(),
                lessons_total: card.lesson_count(),
                started: enrollment.is_some(),
                completed: enrollment.is_some_and(|e| e.completed_at.is_some()),
            };
            (id.clone(), progress)
        })
        .collect()
}

/// Opens a web link with the system's handler, off the UI thread (it waits for
/// the launcher). Internal and non-web links are ignored: lessons link to the web only.
fn open_link(url: String) -> Task<Message> {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Task::none();
    }
    Task::perform(
        async move {
            // Offline machines often have no browser or network: nothing to
            // show the learner, but the log says why.
            if let Err(error) = open::that(&url) {
                log::warn!("the link {url} could not be opened: {error}");
            }
        },
        |()| Message::LinkOpened,
    )
}
