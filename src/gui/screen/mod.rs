//! The app's screens, one module each: its `State`, `Message`, `update` and `view`.
//!
//! Screens that record progress get the learner's session from the app with each
//! `update` (`&LearnerSession`): they never hold the store themselves.

pub mod certificate;
pub mod course;
pub mod learners;
pub mod lesson;
pub mod library;
pub mod pin_wait;
pub mod quiz;
pub mod settings;
pub mod trainer;
pub mod trainer_lock;

use crate::certificate::credential::SignedCertificate;
use crate::certificate::issue::{Issue, issue_if_complete};
use crate::certificate::keys::Keyring;
use crate::course::{Course, LoadedCourse};
use crate::gui::error_text::ErrorText;
use crate::gui::theme;
use crate::gui::widget::Look;
use crate::i18n::Localizer;
use crate::progress::{CourseVersion, LearnerSession, Timestamp};
use fluent::fluent_args;
use iced::widget::container;
use iced::{Element, Fill};
use std::sync::Arc;

/// A course a learner has opened: its files, its text in the language shown,
/// and its version as registered in the progress store.
#[derive(Debug, Clone)]
pub struct OpenCourse {
    /// The course as loaded from disk, with every translation.
    pub loaded: LoadedCourse,
    /// The course in the language shown (a translation, or the original).
    pub course: Arc<Course>,
    /// The course version progress is recorded against.
    pub version: CourseVersion,
}

impl OpenCourse {
    /// The course's source language, when the lesson or quiz `id` is shown
    /// partly (or wholly) in it because the translation shown leaves texts out.
    pub fn untranslated_part(&self, id: &str) -> Option<&str> {
        self.loaded
            .course
            .as_ref()
            .filter(|_| self.loaded.part_untranslated(&self.course, id))
            .map(|source| source.language.as_str())
    }
}

/// The one line saying that parts of the course are not translated yet and
/// are shown in `source_language`, the course's own: on the course overview,
/// and on a lesson or quiz the translation leaves (partly) untranslated.
pub fn partly_translated_notice<'a, M: 'a>(
    source_language: &str,
    locale: &Localizer,
    look: Look,
) -> Element<'a, M> {
    container(look.text(
        locale.text_with(
            "course-partly-translated",
            &fluent_args!["language" => crate::i18n::language_name(source_language)],
        ),
        theme::BODY,
    ))
    .padding([8, 12])
    .width(Fill)
    .style(theme::warning_pill)
    .into()
}

/// Records the course as completed, and issues its certificate, when what the
/// learner has done meets its completion rule ([`issue_if_complete`], the one
/// way the app records either). Called after a lesson is completed or a quiz
/// submitted, and when a course opens. Returns the certificate when it was
/// issued just now, or why recording failed.
pub fn record_completion(
    open: &OpenCourse,
    session: &LearnerSession<'_>,
    keyring: &Keyring,
) -> Result<Option<SignedCertificate>, ErrorText> {
    match issue_if_complete(
        session,
        &open.version,
        &open.course,
        keyring,
        Timestamp::now(),
    ) {
        Ok(Issue::Issued(signed)) => Ok(Some(signed)),
        Ok(_) => Ok(None),
        Err(error) => Err(error.into()),
    }
}
