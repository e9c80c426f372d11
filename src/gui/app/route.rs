//! Routing a message to the screen on show, and acting on the event that
//! screen reports back.

use super::{App, Appearance, Message, Screen};
use crate::certificate::keys::Keyring;
use crate::gui::screen::{
    certificate, course, learners, lesson, library, quiz, settings, trainer, trainer_lock,
};
use crate::i18n::{Language, Localizer};
use crate::progress::{LearnerSession, Profile, TrainerAccess};
use iced::Task;
use std::collections::{HashMap, HashSet};

impl App {
    pub(super) fn route(&mut self, message: Message) -> Task<Message> {
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
            paths,
            ..
        } = self;
        let store = match store {
            Ok(store) => store,
            Err(_) => return Task::none(),
        };
        let session = learner
            .as_ref()
            // Not read from the database per message: the learner was
            // checked on sign-in and after the trainer area (which can remove them).
            .and_then(|key| store.session_for(key).ok());
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
                    Some(library::Event::CourseRead(loaded)) => self.course_read(*loaded),
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
                        self.screen = Screen::Settings(settings::State::new(&session, locale));
                        Task::none()
                    }
                    Some(library::Event::CoursesRead) => {
                        let progress = library_progress(state, &session);
                        state.set_progress(progress);
                        state.set_trusted(Keyring::new(&paths.data_dir).trusted_publishers());
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
}

/// The learner's progress in every course the library shows.
pub(super) fn library_progress(
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
pub(super) fn open_link(url: String) -> Task<Message> {
    if !(url.starts_with("https://") || url.starts_with("http://")) {
        return Task::none();
    }
    crate::gui::blocking::run(
        move || {
            // Offline machines often have no browser or network: nothing to
            // show the learner, but the log says why.
            if let Err(error) = open::that(&url) {
                log::warn!("the link {url} could not be opened: {error}");
            }
        },
        |()| Message::LinkOpened,
    )
}
