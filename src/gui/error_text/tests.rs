//! Every error kind the GUI words has its message in every language, with
//! every placeable filled and no command-line hint.

mod samples;

use super::ErrorText;
use crate::i18n::{Language, Localizer};
use crate::progress;
use samples::{every_kind, file};

/// Command-line advice and developer wording, which a window must not show.
const COMMAND_HINTS: [&str; 5] = ["fieldcourse ", "--", "backup list", "`", "{"];

fn locales() -> [Localizer; 4] {
    ["en", "fr", "es", "ar"].map(|tag| {
        Localizer::new(Language::from_tag(tag).expect("the four languages are built in"))
    })
}

#[test]
fn every_error_kind_has_a_message_in_every_language_with_its_values_filled() {
    let locales = locales();
    for kind in every_kind() {
        let english = kind.checked(&locales[0]);
        for locale in &locales {
            let tag = locale.language().tag;
            let text = match kind.checked(locale) {
                Ok(text) => text,
                Err(why) => panic!("{kind:?}: {why}"),
            };
            for hint in COMMAND_HINTS {
                assert!(!text.contains(hint), "{tag} {text:?} holds {hint:?}");
            }
            if tag != "en" {
                assert_ne!(
                    Ok(&text),
                    english.as_ref(),
                    "{} is English in {tag}",
                    kind.id()
                );
            }
        }
    }
}

#[test]
fn every_io_reason_has_words_in_every_language() {
    use std::io::ErrorKind as K;
    let kinds = [
        K::NotFound,
        K::PermissionDenied,
        K::StorageFull,
        K::AlreadyExists,
        K::IsADirectory,
        K::InvalidData,
        K::Other,
    ];
    for locale in locales() {
        for kind in kinds {
            let id = super::io_reason(&std::io::Error::from(kind));
            let words = locale.checked_text_with(id, &fluent::FluentArgs::new());
            assert!(words.is_ok(), "{words:?}");
        }
        for id in ["io-busy", "io-not-allowed", "io-disk-full", "io-unreadable"] {
            let words = locale.checked_text_with(id, &fluent::FluentArgs::new());
            assert!(words.is_ok(), "{words:?}");
        }
    }
}

#[test]
fn paths_and_addresses_keep_their_direction_in_arabic_only() {
    let error = progress::Error::TooNew {
        path: file(),
        found: 9,
        supported: 3,
    };
    let [english, .., arabic] = locales();
    let text = ErrorText::from(&error);
    assert!(
        text.show(&arabic)
            .contains("\u{2068}/data/progress.sqlite3\u{2069}")
    );
    assert!(!text.show(&english).contains('\u{2068}'));
}

#[test]
fn every_kind_of_course_problem_is_named_in_every_language() {
    use crate::course::Code as C;
    let codes = [
        C::Io,
        C::TooLarge,
        C::NotACourse,
        C::Syntax,
        C::Type,
        C::UnknownField,
        C::MissingField,
        C::InvalidValue,
        C::NewerFormat,
        C::DuplicateId,
        C::MalformedId,
        C::EmptyText,
        C::AnswerKey,
        C::UnusedField,
        C::QuizSettings,
        C::Asset,
        C::MissingAlt,
        C::Translation,
        C::Untranslated,
        C::Completion,
        C::EmptyLesson,
        C::NoExplanations,
        C::LongestOption,
        C::LopsidedTrueFalse,
        C::AllNoneOfTheAbove,
        C::AbsoluteWords,
        C::NearDuplicate,
        C::AnswerPosition,
    ];
    let locales = locales();
    for code in codes {
        let id = super::diagnostic_message(code);
        let english = locales[0].checked_text_with(id, &fluent::FluentArgs::new());
        for locale in &locales[1..] {
            let words = locale.checked_text_with(id, &fluent::FluentArgs::new());
            assert!(words.is_ok(), "{code:?}: {words:?}");
            assert_ne!(
                words,
                english,
                "{id} is English in {}",
                locale.language().tag
            );
        }
    }
    let pointer = fluent::fluent_args!["pointer" => "/modules/0/title"];
    for locale in &locales {
        assert!(locale.checked_text_with("problem-field", &pointer).is_ok());
    }
}

#[test]
fn places_in_a_course_are_worded_in_every_language() {
    use crate::course::PlaceKind as K;
    let kinds = [
        K::Module,
        K::Lesson,
        K::Block,
        K::Quiz,
        K::FinalAssessment,
        K::Question,
        K::Option,
        K::Pair,
        K::Item,
        K::Distractor,
        K::AcceptedAnswer,
        K::PartialAnswer,
    ];
    let locales = locales();
    let number = fluent::fluent_args!["number" => 2];
    for kind in kinds {
        let id = super::place_step_message(kind);
        for locale in &locales {
            let words = locale.checked_text_with(id, &number);
            assert!(words.is_ok(), "{kind:?}: {words:?}");
        }
    }
    let args = fluent::fluent_args!["place" => "module 1", "pointer" => "/modules/0"];
    for locale in &locales {
        assert!(locale.checked_text_with("problem-place", &args).is_ok());
    }
    let pointer = "/modules/0/quiz/questions/1/answer";
    let [en, fr, es, ar] = &locales;
    assert_eq!(
        super::place_in_file(pointer, en),
        format!("Place in the file: module 1, question 2 ({pointer})")
    );
    assert_eq!(
        super::place_in_file(pointer, fr),
        format!("Endroit dans le fichier\u{202f}: module 1, question 2 ({pointer})")
    );
    assert_eq!(
        super::place_in_file("/modules/1/lessons/0/blocks/2", es),
        "Lugar en el archivo: módulo 2, lección 1, bloque 3 (/modules/1/lessons/0/blocks/2)"
    );
    // Arabic steps joined by the Arabic comma; the pointer isolated.
    assert_eq!(
        super::place_in_file(pointer, ar),
        format!("الموضع في الملف: الوحدة 1، السؤال 2 (\u{2068}{pointer}\u{2069})")
    );
    // Outside the outline, the pointer alone.
    assert_eq!(
        super::place_in_file("/title", en),
        "Place in the file: /title"
    );
}
