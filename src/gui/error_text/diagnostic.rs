//! What the course loader and validator found, by kind. A diagnostic's own
//! message and hint are the author's report, in English with the exact field
//! and value (the command line prints them as they are); the app names the
//! kind in the interface language and shows that English detail only in an
//! English window.

use crate::course::{Code, PlaceKind, PlaceStep, place_steps};
use crate::i18n::Localizer;
use fluent::fluent_args;

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

/// The Fluent id that names a step of kind `kind` ("module { $number }").
pub fn place_step_message(kind: PlaceKind) -> &'static str {
    match kind {
        PlaceKind::Module => "place-module",
        PlaceKind::Lesson => "place-lesson",
        PlaceKind::Block => "place-block",
        PlaceKind::Quiz => "place-quiz",
        PlaceKind::FinalAssessment => "place-final-assessment",
        PlaceKind::Question => "place-question",
        PlaceKind::Option => "place-option",
        PlaceKind::Pair => "place-pair",
        PlaceKind::Item => "place-item",
        PlaceKind::Distractor => "place-distractor",
        PlaceKind::AcceptedAnswer => "place-accepted-answer",
        PlaceKind::PartialAnswer => "place-partial-answer",
    }
}

/// Where `pointer` lies in the course, in the interface language and counted
/// from 1 ("module 2, question 2"), with the JSON pointer beside it for the
/// author's editor; the pointer alone where the outline has no words for it.
/// The pointer is isolated, so a right-to-left line keeps its slashes in order.
pub fn place_in_file(pointer: &str, locale: &Localizer) -> String {
    let steps = place_steps(pointer);
    let pointer = locale.isolate(pointer);
    if steps.is_empty() {
        return locale.text_with("problem-field", &fluent_args!["pointer" => pointer]);
    }
    let place = steps
        .iter()
        .map(|step| place_step(*step, locale))
        .collect::<Vec<_>>()
        .join(&locale.text("list-separator"));
    locale.text_with(
        "problem-place",
        &fluent_args!["place" => place, "pointer" => pointer],
    )
}

fn place_step(step: PlaceStep, locale: &Localizer) -> String {
    let id = place_step_message(step.kind);
    match step.number {
        Some(number) => locale.text_with(id, &fluent_args!["number" => number]),
        None => locale.text(id),
    }
}
