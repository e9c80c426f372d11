//! Moving between screens: signing in, opening a course, a lesson, a quiz,
//! the certificate or the trainer area, each with what it needs from the store.

use super::{App, Message, Screen, place::appearance_key};
use crate::certificate::credential::SignedCertificate;
use crate::certificate::issue::Issue;
use crate::certificate::keys::Keyring;
use crate::gui::error_text::ErrorText;
use crate::gui::screen::{
    OpenCourse, certificate, course, learners, lesson, library, quiz, record_completion, trainer,
};
use crate::i18n::{Language, Localizer};
use crate::progress::{Position, SessionKey};
use iced::Task;
use iced::widget::operation::{self, RelativeOffset};

impl App {
    pub(super) fn sign_in(&mut self, key: SessionKey) -> Task<Message> {
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

    pub(super) fn switch_learner(&mut self) -> Task<Message> {
        self.learner = None;
        if let Ok(store) = &self.store {
            self.screen = Screen::Learners(learners::State::new(store, &self.locale));
        }
        Task::none()
    }

    pub(super) fn learner_name(&self) -> String {
        match (&self.store, &self.learner) {
            (Ok(store), Some(key)) => store
                .resume_session(key)
                .and_then(|session| session.learner())
                .map(|learner| learner.display_name)
                .unwrap_or_default(),
            _ => String::new(),
        }
    }

    pub(super) fn open_library(&mut self) -> Task<Message> {
        let (library, task) = library::State::new(
            self.paths.course_dirs.clone(),
            self.course_index_file(),
            self.learner_name(),
        );
        self.screen = Screen::Library(library);
        task.map(Message::Library)
    }

    /// Opens a library card's course: reads it in full, in the languages in
    /// use only (the course's own and the one it is shown in), and hands it
    /// to [`App::course_read`].
    pub(super) fn open_from_library(&mut self, card: &crate::course::CourseCard) -> Task<Message> {
        // Reading and checking a course takes tens of milliseconds: off the
        // UI thread, while its card says it is opening.
        let origin = card.origin.clone();
        let language = [self.course_language()];
        crate::gui::blocking::run(
            move || crate::course::load_course_in(&origin, &language),
            |loaded| Message::Library(library::Message::CourseRead(Box::new(loaded))),
        )
    }

    /// Shows the overview of a course read for the library. A course that no
    /// longer reads cleanly stays shut: the library says why and reads the
    /// changed folders again, so its card shows the problems.
    pub(super) fn course_read(&mut self, loaded: crate::course::LoadedCourse) -> Task<Message> {
        if loaded.is_usable() {
            return self.open_course(loaded);
        }
        let Screen::Library(library) = &mut self.screen else {
            return Task::none();
        };
        // The card lists the problems themselves once the folders are read again.
        library.set_problem(
            ErrorText::new("error-course-broken").value("course", loaded.display_name()),
        );
        let (task, _) = library.update(library::Message::Reload);
        task.map(Message::Library)
    }

    /// Opens a quiz for the current learner; a quiz that cannot open leaves
    /// the overview on show with the reason above it.
    pub(super) fn open_quiz(&mut self, open: OpenCourse, quiz_id: &str) -> Task<Message> {
        let (Ok(store), Some(key)) = (&self.store, &self.learner) else {
            return Task::none();
        };
        let opened = store
            .session_for(key)
            .map_err(ErrorText::from)
            .and_then(|session| {
                // Remembered as where the learner is, so Continue comes back here.
                let place = Position {
                    item_id: quiz_id.to_owned(),
                    block: 0,
                };
                session.set_position(&open.version, &place)?;
                quiz::State::new(open, quiz_id, &session, self.keyring())
            });
        match opened {
            Ok((mut state, pictures)) => {
                if let Some(unsaved) = state
                    .attempt_id()
                    .and_then(|attempt| self.unsaved_answers.remove(&attempt))
                {
                    state.restore(unsaved);
                }
                self.screen = Screen::Quiz(state);
                pictures.map(Message::Quiz)
            }
            Err(reason) => {
                self.problem = Some(self.locale.text_with(
                    "quiz-open-failed",
                    &fluent::fluent_args!["reason" => reason.show(&self.locale)],
                ));
                Task::none()
            }
        }
    }

    /// Back to the overview after progress was made; when that completed the
    /// course and issued its certificate, the certificate screen instead.
    pub(super) fn after_progress(
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
    pub(super) fn keyring(&self) -> Keyring {
        Keyring::new(&self.paths.data_dir)
    }

    pub(super) fn open_course(&mut self, loaded: crate::course::LoadedCourse) -> Task<Message> {
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
                } else if state.open().loaded.origin.is_dir()
                    && let Some(signed_by) =
                        crate::course::read_publisher(&state.open().loaded.origin)
                {
                    // Who signed it, and whether the key is trusted here now.
                    let trusted = self.keyring().trusted_publishers();
                    state.set_publisher(trusted.verdict(Some(&signed_by)));
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
                            &fluent::fluent_args!["problem" => problem.show(&self.locale)],
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

    pub(super) fn open_lesson(&mut self, open: OpenCourse, position: usize) -> Task<Message> {
        let (Ok(store), Some(key)) = (&self.store, &self.learner) else {
            return Task::none();
        };
        if let Ok(session) = store.resume_session(key) {
            let (state, pictures) = lesson::State::new(open, position, &session, self.keyring());
            self.screen = Screen::Lesson(state);
            return pictures.map(Message::Lesson);
        }
        Task::none()
    }

    /// A file dropped on the window is installed through the trainer area
    /// when it is open (behind its PIN); elsewhere the app says where to drop it.
    pub(super) fn file_dropped(&mut self, path: std::path::PathBuf) -> Task<Message> {
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
    pub(super) fn show_certificate(
        &mut self,
        open: OpenCourse,
        issued: Result<Issue, ErrorText>,
    ) -> Task<Message> {
        let state = certificate::State::with_issue(open, issued, &self.paths.data_dir);
        self.screen = Screen::Certificate(state);
        operation::snap_to(certificate::SCROLL_ID, RelativeOffset::START)
    }
}
