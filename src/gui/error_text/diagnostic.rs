//! What the course loader and validator found, by kind. A diagnostic's own
//! message and hint are the author's report, in English with the exact field
//! and value (the command line prints them as they are); the app names the
//! kind in the interface language and shows that English detail only in an
//! English window.

use crate::course::Code;

/// The Fluent id that names the kind of problem `code`.
pub fn diagnostic_message(code: Code) -> &'static str {
    match code {
        Code::Io => "diagnostic-io",
        Code::TooLarge => "diagnostic-too-large",
        Code::NotACourse => "diagnostic-not-a-course",
        Code::Syntax => "diagnostic-syntax",
        Code::Type => "diagnostic-type",
        Code::UnknownField => "diagnostic-unknown-field",
        Code::MissingField => "diagnostic-missing-field",
        Code::InvalidValue => "diagnostic-invalid-value",
        Code::NewerFormat => "diagnostic-newer-format",
        Code::DuplicateId => "diagnostic-duplicate-id",
        Code::MalformedId => "diagnostic-malformed-id",
        Code::EmptyText => "diagnostic-empty-text",
        Code::AnswerKey => "diagnostic-answer-key",
        Code::UnusedField => "diagnostic-unused-field",
        Code::QuizSettings => "diagnostic-quiz-settings",
        Code::Asset => "diagnostic-asset",
        Code::MissingAlt => "diagnostic-missing-alt",
        Code::Translation => "diagnostic-translation",
        Code::Untranslated => "diagnostic-untranslated",
        Code::Completion => "diagnostic-completion",
        Code::EmptyLesson => "diagnostic-empty-lesson",
        Code::NoExplanations => "diagnostic-no-explanations",
        Code::LongestOption => "diagnostic-longest-option",
        Code::LopsidedTrueFalse => "diagnostic-lopsided-true-false",
        Code::AllNoneOfTheAbove => "diagnostic-all-none-of-the-above",
        Code::AbsoluteWords => "diagnostic-absolute-words",
        Code::NearDuplicate => "diagnostic-near-duplicate",
        Code::AnswerPosition => "diagnostic-answer-position",
    }
}
