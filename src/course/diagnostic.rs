//! Diagnostics: what the loader and validator say about a course file.

use super::place::place_and_pointer;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::PathBuf;

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The course cannot be used until this is fixed.
    Error,
    /// The course works, but learners would be better served if this were fixed.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Error => "error",
            Self::Warning => "warning",
        })
    }
}

/// A 1-based line and column (in characters) inside a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Location {
    /// Line number, from 1.
    pub line: usize,
    /// Column number in characters, from 1.
    pub column: usize,
}

/// A stable name for each kind of problem, so tools and tests need not match text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    /// The file could not be read.
    Io,
    /// The file is larger than Fieldcourse accepts.
    TooLarge,
    /// A folder holds no `course.json`.
    NotACourse,
    /// The file is not valid JSON.
    Syntax,
    /// A value has the wrong type (text where a number belongs, say).
    Type,
    /// A field that the format does not know.
    UnknownField,
    /// A required field is absent.
    MissingField,
    /// A value outside the allowed set or range.
    InvalidValue,
    /// The course needs a newer Fieldcourse.
    NewerFormat,
    /// An id appears twice in the course.
    DuplicateId,
    /// An id uses characters other than lowercase letters, digits and `-`.
    MalformedId,
    /// A title, prompt or text that must not be empty is empty.
    EmptyText,
    /// A question's answer key does not fit its kind.
    AnswerKey,
    /// A field set on a block or question kind that does not use it.
    UnusedField,
    /// A quiz setting that cannot work (draw larger than the pool, say).
    QuizSettings,
    /// An asset that does not exist or lies outside the course folder.
    Asset,
    /// An image without alt text.
    MissingAlt,
    /// A translation that does not match its source.
    Translation,
    /// Texts a translation does not translate yet (shown in the source language).
    Untranslated,
    /// A completion rule names an id the course does not have.
    Completion,
    /// A lesson with no blocks.
    EmptyLesson,
    /// A quiz whose questions explain nothing.
    NoExplanations,
    /// The right option is the longest in most single-choice questions.
    LongestOption,
    /// Most true/false statements of a quiz have the same answer.
    LopsidedTrueFalse,
    /// An option reads "all of the above" or "none of the above".
    AllNoneOfTheAbove,
    /// Absolute words ("always", "never") mostly in wrong options.
    AbsoluteWords,
    /// Two question texts almost the same.
    NearDuplicate,
    /// Options not shuffled and the right one always in the same place.
    AnswerPosition,
}

/// One problem found in a course file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// What kind of problem it is.
    pub code: Code,
    /// The file the problem is in.
    pub file: PathBuf,
    /// Where in the JSON, as a JSON pointer (`/modules/2/lessons/0`); empty for the root.
    pub path: String,
    /// Line and column, when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// What is wrong, in plain words.
    pub message: String,
    /// What to do about it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// Another place in the same file that the message names by its JSON
    /// pointer (the first use of a duplicate id); the loader then writes it in
    /// the message as `file:line:column`.
    #[serde(skip)]
    pub related: Option<String>,
}

impl Diagnostic {
    /// An error at `path` in `file`.
    pub fn error(code: Code, file: impl Into<PathBuf>, path: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            code,
            file: file.into(),
            path: path.into(),
            location: None,
            message: String::new(),
            hint: None,
            related: None,
        }
    }

    /// A warning at `path` in `file`.
    pub fn warning(code: Code, file: impl Into<PathBuf>, path: impl Into<String>) -> Self {
        Self {
            severity: Severity::Warning,
            ..Self::error(code, file, path)
        }
    }

    /// Sets the message.
    pub fn message(mut self, message: impl Into<String>) -> Self {
        self.message = message.into();
        self
    }

    /// Sets the hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Sets the line and column.
    pub fn at(mut self, location: Option<Location>) -> Self {
        self.location = location;
        self
    }

    /// Names another place of the same file (a JSON pointer the message
    /// contains), to be written as `file:line:column` once it is located.
    pub fn related(mut self, pointer: impl Into<String>) -> Self {
        self.related = Some(pointer.into());
        self
    }

    /// Whether this is an error (rather than a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    /// One line: `file:line:col: error: message (module 1, question 2, at /path)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(location) = self.location {
            write!(f, ":{}:{}", location.line, location.column)?;
        }
        write!(f, ": {}: {}", self.severity, self.message)?;
        if !self.path.is_empty() {
            write!(f, " ({})", place_and_pointer(&self.path))?;
        }
        Ok(())
    }
}

/// Turns a byte offset in `text` into a 1-based line and column.
pub fn location_of_offset(text: &str, offset: usize) -> Location {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line_start = before.rfind('\n').map_or(0, |index| index + 1);
    Location {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
    }
}

/// Escapes one JSON pointer segment (`~` and `/`).
pub fn escape_pointer_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_become_lines_and_columns() {
        let text = "{\n  \"é\": 1,\n  \"b\": 2\n}";
        assert_eq!(location_of_offset(text, 0), Location { line: 1, column: 1 });
        let b = text.find("\"b\"").unwrap_or(0);
        assert_eq!(location_of_offset(text, b), Location { line: 3, column: 3 });
        let one = text.find('1').unwrap_or(0);
        // "é" is one character but two bytes: the column counts characters.
        assert_eq!(
            location_of_offset(text, one),
            Location { line: 2, column: 8 }
        );
    }
}
