//! Core errors in the learner's language.
//!
//! A core error carries its kind and values; its `Display` is the command
//! line's wording, with command hints (`fieldcourse backup list`,
//! `--data-dir`) that mean nothing in a window. Here each kind becomes a
//! Fluent message, in the interface language, with advice that fits the app.
//! The `match` has no catch-all arm, so a new kind does not compile until it
//! has its message (and the locales test fails until all four languages do).

use crate::i18n::Localizer;
use crate::progress;
use fluent::{FluentArgs, fluent_args};

/// The Fluent id and arguments that tell the learner about `error`.
pub fn progress_message(error: &progress::Error) -> (&'static str, FluentArgs<'static>) {
    use progress::Error as E;
    let path = |path: &std::path::Path| path.display().to_string();
    match error {
        E::Database {
            path: file, source, ..
        } => (
            "error-progress-database",
            fluent_args!["file" => path(file), "detail" => source.to_string()],
        ),
        E::Io {
            path: file, source, ..
        } => (
            "error-progress-io",
            fluent_args!["file" => path(file), "detail" => source.to_string()],
        ),
        E::TooNew { path: file, .. } => {
            ("error-progress-too-new", fluent_args!["file" => path(file)])
        }
        E::NotProgressFile { path: file, .. } => (
            "error-progress-not-ours",
            fluent_args!["file" => path(file)],
        ),
        E::Damaged { moved_to, .. } => (
            "error-progress-damaged",
            fluent_args!["moved" => path(moved_to)],
        ),
        E::LearnerNotFound { .. } => ("error-progress-learner-gone", FluentArgs::new()),
        E::PinRequired { .. } => ("learners-pin-empty", FluentArgs::new()),
        E::WrongPin { .. } => ("learners-wrong-pin", FluentArgs::new()),
        E::PinWait { seconds, .. } => (
            "error-progress-pin-wait",
            fluent_args!["seconds" => *seconds],
        ),
        E::PinLength { min, max, .. } => ("pin-length", fluent_args!["min" => *min, "max" => *max]),
        E::InvalidInput { problem, .. } => (
            "error-progress-invalid",
            fluent_args!["detail" => problem.to_string()],
        ),
        // Kinds that a screen's own mistake causes, not the learner's: what
        // helps is to open the screen again.
        E::NotThisSession { .. }
        | E::NotInCourse { .. }
        | E::AttemptNotFound { .. }
        | E::AttemptFinished { .. }
        | E::Json { .. } => ("error-progress-open-again", FluentArgs::new()),
        E::BackupNotFound { .. } | E::BackupUnusable { .. } => {
            ("error-progress-backup", FluentArgs::new())
        }
    }
}

/// `error` as the learner reads it, in the interface language.
pub fn progress_text(error: &progress::Error, locale: &Localizer) -> String {
    let (id, mut args) = progress_message(error);
    // File names and system messages keep their own direction in Arabic.
    let isolated: Vec<(String, String)> = args
        .iter()
        .filter_map(|(name, value)| match value {
            fluent::FluentValue::String(text) => Some((name.to_owned(), locale.isolate(text))),
            _ => None,
        })
        .collect();
    for (name, value) in isolated {
        args.set(name, value);
    }
    locale.text_with(id, &args)
}
