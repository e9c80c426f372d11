//! Core errors in the learner's language.
//!
//! A core error carries its kind and values; its `Display` is the command
//! line's wording, with command hints (`fieldcourse backup list`,
//! `--data-dir`) that mean nothing in a window. Here each kind becomes an
//! [`ErrorText`]: a Fluent message and the values it fills in (paths, names,
//! counts, addresses), worded in the interface language with advice that
//! fits the app. English prose a core error carries (an operating system's
//! or library's message, a verb phrase) stays out of the window: an I/O
//! failure is told by its kind ([`io_reason`]), the rest by the error's kind.
//!
//! Each `match` has no catch-all arm over a module's own kinds, so a new kind
//! does not compile until it has its message, and the tests below fail until
//! all four languages have it with every placeable filled.
//!
//! Screens keep an [`ErrorText`] (it is `Clone`, so it travels in messages)
//! and call [`ErrorText::show`] when they draw, so a change of language also
//! changes the words of an error already on screen.

mod certificate;
mod course;
mod diagnostic;
#[cfg(feature = "lrs")]
mod lrs;
mod progress;
mod quiz;
mod records;

#[cfg(test)]
mod tests;

use crate::i18n::Localizer;
use fluent::{FluentArgs, FluentValue};
use std::io;
use std::path::Path;

pub use diagnostic::{diagnostic_message, place_in_file, place_step_message};
pub use progress::progress_text;

/// An error as the GUI tells it: the Fluent message for its kind, and the
/// values it fills in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorText {
    id: &'static str,
    args: Vec<(&'static str, Value)>,
}

/// One value of an [`ErrorText`].
#[derive(Debug, Clone, PartialEq, Eq)]
enum Value {
    /// A path, a name, an address or an id: isolated in a right-to-left
    /// sentence so it keeps its own order.
    Text(String),
    /// A count, a size, a status code.
    Number(i64),
    /// Another message of the same language (the kind of an I/O failure).
    Message(&'static str),
}

impl ErrorText {
    /// The message `id`, with no values yet.
    pub fn new(id: &'static str) -> Self {
        Self {
            id,
            args: Vec::new(),
        }
    }

    /// Fills `$name` with `path`.
    pub fn path(self, name: &'static str, path: &Path) -> Self {
        self.value(name, path.display().to_string())
    }

    /// Fills `$name` with `text`, which is not a sentence of any language: a
    /// name, an address, an id, a version.
    pub fn value(mut self, name: &'static str, text: impl Into<String>) -> Self {
        self.args.push((name, Value::Text(text.into())));
        self
    }

    /// Fills `$name` with a number.
    pub fn number(mut self, name: &'static str, number: i64) -> Self {
        self.args.push((name, Value::Number(number)));
        self
    }

    /// Fills `$reason` with what kind of I/O failure `error` is, in words.
    pub fn io_reason(self, error: &io::Error) -> Self {
        self.text_reason(io_reason(error))
    }

    /// Fills `$reason` with the message `reason` of the same language.
    fn text_reason(self, reason: &'static str) -> Self {
        self.message("reason", reason)
    }

    /// Fills `$name` with the message `id` of the same language.
    fn message(mut self, name: &'static str, id: &'static str) -> Self {
        self.args.push((name, Value::Message(id)));
        self
    }

    /// The Fluent id of the message.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The message's arguments in `locale`: text isolated where the
    /// language runs right to left, I/O reasons in its words.
    pub fn args(&self, locale: &Localizer) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value: FluentValue<'static> = match value {
                Value::Text(text) => locale.isolate(text).into(),
                Value::Number(number) => (*number).into(),
                Value::Message(id) => locale.text(id).into(),
            };
            args.set(*name, value);
        }
        args
    }

    /// The error as the learner reads it, in `locale`'s language.
    pub fn show(&self, locale: &Localizer) -> String {
        locale.text_with(self.id, &self.args(locale))
    }

    /// The text in `locale`, or why it falls short: no message in that
    /// language (not even an I/O reason's), or a placeable left unfilled.
    pub fn checked(&self, locale: &Localizer) -> Result<String, String> {
        for (_, value) in &self.args {
            if let Value::Message(id) = value {
                locale.checked_text_with(id, &FluentArgs::new())?;
            }
        }
        locale.checked_text_with(self.id, &self.args(locale))
    }
}

/// The Fluent id of what kind of I/O failure `error` is. The operating
/// system's own message is English on most systems; its kind is not.
pub fn io_reason(error: &io::Error) -> &'static str {
    use io::ErrorKind as K;
    match error.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied | K::ReadOnlyFilesystem => "io-not-allowed",
        K::StorageFull | K::QuotaExceeded | K::FileTooLarge => "io-disk-full",
        K::AlreadyExists | K::DirectoryNotEmpty => "io-already-there",
        K::NotADirectory | K::IsADirectory | K::InvalidFilename => "io-wrong-kind",
        K::InvalidData | K::UnexpectedEof => "io-unreadable",
        _ => "io-other",
    }
}

/// An `ErrorText` from a core error, by value or by reference, so `?` and
/// `map_err(ErrorText::from)` both work.
macro_rules! worded_by {
    ($error:ty, $word:path) => {
        impl From<&$error> for $crate::gui::error_text::ErrorText {
            fn from(error: &$error) -> Self {
                $word(error)
            }
        }
        impl From<$error> for $crate::gui::error_text::ErrorText {
            fn from(error: $error) -> Self {
                $word(&error)
            }
        }
    };
}
pub(crate) use worded_by;

/// Why the data folder could not be taken.
fn data_folder(error: &crate::data_folder::LockError) -> ErrorText {
    use crate::data_folder::LockError as E;
    match error {
        E::InUse { folder } => ErrorText::new("error-folder-in-use").path("folder", folder),
        E::Io { folder, source } => ErrorText::new("error-folder-lock")
            .path("folder", folder)
            .io_reason(source),
    }
}
worded_by!(crate::data_folder::LockError, data_folder);

/// An I/O failure of the GUI's own (making a folder, opening a viewer).
pub fn io(path: &Path, error: &io::Error) -> ErrorText {
    ErrorText::new("error-file")
        .path("file", path)
        .io_reason(error)
}
