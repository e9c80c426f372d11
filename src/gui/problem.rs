//! One problem found in a course, in plain words: its severity as a word on a
//! pill (not colour alone), its kind in the interface language, where (file,
//! line and column; the place in the outline, such as "module 2, question 2",
//! beside the JSON path), and in an English window the author's own message
//! and what to do. Shared by the library, the preview and the trainer's import.

use crate::course::{Diagnostic, Severity};
use crate::gui::error_text::{diagnostic_message, place_in_file};
use crate::gui::theme;
use crate::gui::widget::Look;
use crate::i18n::Localizer;
use fluent::fluent_args;
use iced::widget::{Column, container};
use iced::{Element, Fill};
use std::path::Path;

/// Draws `diagnostic` of the course at `origin`.
pub fn view<'a, M: 'a>(
    diagnostic: &'a Diagnostic,
    origin: &Path,
    locale: &Localizer,
    look: Look,
) -> Element<'a, M> {
    let (label, style): (String, fn(&iced::Theme) -> container::Style) = match diagnostic.severity {
        Severity::Error => (locale.text("problem-error"), theme::error_pill),
        Severity::Warning => (locale.text("problem-warning"), theme::warning_pill),
    };
    let pill = container(look.strong(label, theme::SMALL))
        .padding([2, 10])
        .style(style);
    // The validator's message and hint are English, with the exact field and
    // value: shown in an English window; others name the kind in their own
    // words. Every window gives the place in the file in its own words.
    let english = locale.language().tag == "en";
    let mut details = Column::new().spacing(4).push(look.text(
        locale.text(diagnostic_message(diagnostic.code)),
        theme::BODY,
    ));
    if english {
        details = details.push(look.text(plain(&diagnostic.message), theme::BODY));
    }
    let file = short_path(&diagnostic.file, origin);
    let place = match diagnostic.location {
        Some(location) => locale.text_with(
            "problem-where",
            &fluent_args!["file" => locale.isolate(&file), "line" => location.line, "column" => location.column],
        ),
        None => file,
    };
    details = details.push(look.colored(place, theme::SMALL, look.muted));
    if !diagnostic.path.is_empty() {
        details = details.push(look.colored(
            place_in_file(&diagnostic.path, locale),
            theme::SMALL,
            look.muted,
        ));
    }
    if let Some(hint) = diagnostic.hint.as_ref().filter(|_| english) {
        details = details.push(look.text(
            locale.text_with("problem-fix", &fluent_args!["hint" => plain(hint)]),
            theme::BODY,
        ));
    }
    look.row(vec![pill.into(), details.width(Fill).into()])
        .spacing(12)
        .into()
}

/// The file's path from the course's parent folder: `my-course/course.json`.
fn short_path(file: &Path, origin: &Path) -> String {
    origin
        .parent()
        .and_then(|parent| file.strip_prefix(parent).ok())
        .unwrap_or(file)
        .display()
        .to_string()
}

/// Author-facing messages mark code with backticks, as in a terminal; on screen
/// they read better as quotation marks.
fn plain(message: &str) -> String {
    let parts: Vec<&str> = message.split('`').collect();
    let last = parts.len() - 1;
    let mut text = String::with_capacity(message.len());
    for (index, part) in parts.iter().enumerate() {
        if index % 2 == 0 {
            text.push_str(part);
            continue;
        }
        // A JSON key quoted inside backticks (`"summary"`) would read “"summary"”;
        // a snippet to type (`"answer": true`) keeps its quotes.
        let code = part
            .strip_prefix('"')
            .and_then(|inner| inner.strip_suffix('"'))
            .filter(|inner| !inner.contains('"'))
            .unwrap_or(part);
        text.push('“');
        text.push_str(code);
        if index < last {
            text.push('”');
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn backticks_read_as_quotation_marks() {
        assert_eq!(plain("add `\"summary\"`"), "add “summary”");
        assert_eq!(
            plain("needs `\"answer\": true` or `\"answer\": false`"),
            "needs “\"answer\": true” or “\"answer\": false”"
        );
        assert_eq!(plain("the id `a` and `b"), "the id “a” and “b");
    }
}
