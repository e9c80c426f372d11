//! A file handed to the app when it starts (`fieldcourse FILE.fcourse`, what a
//! file manager runs on a double click): it goes to the trainer area's import,
//! with the same checks and questions as a file dropped there. Behind a trainer
//! PIN, the PIN is asked first and the import follows once it is right.

use super::{App, Message, Screen};
use crate::gui::screen::trainer_lock;
use iced::Task;
use std::path::PathBuf;

impl App {
    /// Opens the trainer area on the import of `path` (a package, a course
    /// folder or a course.json), or the trainer PIN prompt first when a PIN is
    /// set. Nothing is imported while the progress store cannot be opened: the
    /// app then shows why, as it does without a file.
    pub fn open_file(&mut self, path: PathBuf) -> Task<Message> {
        let Ok(store) = &self.store else {
            return Task::none();
        };
        if store.has_trainer_pin().unwrap_or(true) {
            self.pending_import = Some(path);
            let (lock, task) = trainer_lock::State::new();
            self.screen = Screen::TrainerLock(lock);
            return task.map(Message::TrainerLock);
        }
        self.open_trainer_importing(Some(path))
    }

    /// The file waiting for the trainer PIN, if any.
    pub fn pending_import(&self) -> Option<&std::path::Path> {
        self.pending_import.as_deref()
    }

    /// The trainer PIN was right: the area opens, importing the file that
    /// waited for it.
    pub(super) fn trainer_unlocked(&mut self) -> Task<Message> {
        let waiting = self.pending_import.take();
        self.open_trainer_importing(waiting)
    }

    /// Leaving the trainer area or its PIN prompt: back to the learner's
    /// library, or to the learner picker when the area was opened for a file
    /// before anyone signed in. A file still waiting for the PIN is forgotten.
    pub(super) fn leave_trainer(&mut self) -> Task<Message> {
        self.pending_import = None;
        // The trainer may have removed the learner who was signed in.
        if let (Ok(store), Some(key)) = (&self.store, &self.learner)
            && store.resume_session(key).is_err()
        {
            self.learner = None;
        }
        if self.learner.is_some() {
            self.open_library()
        } else {
            self.switch_learner()
        }
    }

    fn open_trainer_importing(&mut self, path: Option<PathBuf>) -> Task<Message> {
        let opened = self.open_trainer();
        match path {
            Some(path) => Task::batch([opened, self.file_dropped(path)]),
            None => opened,
        }
    }
}
