//! JSON syntax errors in words a course author can act on.
//!
//! serde_json stops at the first byte it cannot read and names it in
//! programmers' terms. Two slips are common enough after editing by hand or
//! pasting from a word processor to be recognised by name, with the caret on
//! the character to change: a comma after the last item, and curly quotes
//! (“ ” ‘ ’) where JSON needs straight ones.

use super::diagnostic::{Code, Diagnostic, Location, location_of_offset};
use std::path::Path;

/// Quotation marks a word processor puts in place of the straight `"`.
const CURLY_QUOTES: [char; 4] = ['“', '”', '‘', '’'];

/// The diagnostic for a syntax error (or an early end) `error` in `bytes`.
pub(super) fn syntax_diagnostic(
    file: &Path,
    bytes: &[u8],
    error: &serde_json::Error,
) -> Diagnostic {
    let diagnostic = Diagnostic::error(Code::Syntax, file, "");
    // Offsets are in bytes; lines and columns for people count characters.
    let text = std::str::from_utf8(bytes).ok();
    let offset = text.and_then(|text| error_offset(text, error.line(), error.column()));
    if let (Some(text), Some(offset)) = (text, offset) {
        if let Some(quote) = curly_quote(text, offset) {
            let mark = text[quote..].chars().next().unwrap_or('“');
            return diagnostic
                .message(format!(
                    "invalid JSON: `{mark}` is a curly quote; JSON needs straight double quotes (\") around names and texts"
                ))
                .hint("type this quote again as a straight double quote \" (word processors turn quotes into curly ones; curly quotes are fine inside a text)")
                .at(Some(location_of_offset(text, quote)));
        }
        if error.to_string().starts_with("trailing comma")
            && let Some(comma) = comma_before(text, offset)
        {
            let what = if text[offset..].starts_with(']') {
                "the last item of a list"
            } else {
                "the last field of an object"
            };
            return diagnostic
                .message(format!("invalid JSON: a comma after {what}"))
                .hint("delete this comma: in JSON a comma goes between two items, never after the last one")
                .at(Some(location_of_offset(text, comma)));
        }
    }
    let hint = if error.is_eof() {
        "the file ends too early: look for a missing `}`, `]` or closing quote"
    } else {
        "look for a missing comma, quote or bracket at or just before this point"
    };
    let location = match (text, offset) {
        (Some(text), Some(offset)) => Some(location_of_offset(text, offset)),
        _ => (error.line() > 0).then(|| Location {
            line: error.line(),
            column: error.column().max(1),
        }),
    };
    diagnostic
        .message(format!(
            "invalid JSON: {}",
            strip_position(&error.to_string())
        ))
        .hint(hint)
        .at(location)
}

/// serde_json appends " at line L column C"; the location is shown separately.
pub(super) fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(index) => message[..index].to_owned(),
        None => message.to_owned(),
    }
}

/// The byte offset serde_json means by `line` (from 1) and `column` (bytes,
/// from 1; 0 for the line break ending the line before).
fn error_offset(text: &str, line: usize, column: usize) -> Option<usize> {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n').nth(line - 2)?.0 + 1
    };
    let offset = (line_start + column).saturating_sub(1).min(text.len());
    // A column inside a multi-byte character (never expected) falls back to its start.
    (0..=offset)
        .rev()
        .find(|&index| text.is_char_boundary(index))
}

/// The comma just before `offset`, across spaces and line breaks.
fn comma_before(text: &str, offset: usize) -> Option<usize> {
    let before = text.get(..offset)?;
    let end = before.trim_end().len();
    before[..end].ends_with(',').then(|| end - 1)
}

/// The curly quote the syntax error at `offset` comes from, if any: one at
/// the error or before it on the same line, used as a JSON quote (outside a
/// text), or closing the text the error is in or has just ended.
fn curly_quote(text: &str, offset: usize) -> Option<usize> {
    let line_start = text[..offset].rfind('\n').map_or(0, |index| index + 1);
    let line_end = text[offset..]
        .find('\n')
        .map_or(text.len(), |index| offset + index);
    let mut outside = None;
    let mut in_text = None;
    let mut string_start: Option<usize> = None;
    let mut closed_at = None;
    let mut escaped = false;
    for (index, character) in text[line_start..line_end].char_indices() {
        let index = line_start + index;
        if index > offset {
            break;
        }
        if index == offset && CURLY_QUOTES.contains(&character) && string_start.is_none() {
            return Some(index);
        }
        match (string_start, character) {
            (Some(_), _) if escaped => escaped = false,
            (Some(_), '\\') => escaped = true,
            (Some(_), '"') => {
                string_start = None;
                closed_at = Some(index);
            }
            (Some(_), quote) if CURLY_QUOTES.contains(&quote) => in_text = Some(index),
            (None, '"') => {
                string_start = Some(index);
                in_text = None;
            }
            (None, quote) if CURLY_QUOTES.contains(&quote) => outside = Some(index),
            _ => {}
        }
    }
    // The text that holds the error, or the one closed just before it (the
    // straight quote meant to open the next text closed it instead).
    let error_in_text = string_start.is_some() || closed_at.is_some_and(|at| at + 1 == offset);
    outside.or(in_text.filter(|_| error_in_text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diagnose(text: &str) -> Diagnostic {
        let error = serde_json::from_str::<serde_json::Value>(text)
            .err()
            .unwrap_or_else(|| serde_json::Error::io(std::io::Error::other("parsed")));
        syntax_diagnostic(Path::new("course.json"), text.as_bytes(), &error)
    }

    #[test]
    fn a_trailing_comma_is_pointed_at() {
        let diagnostic = diagnose("{\n  \"a\": [1, 2,\n  ]\n}");
        assert_eq!(
            diagnostic.message,
            "invalid JSON: a comma after the last item of a list"
        );
        assert_eq!(
            diagnostic.location,
            Some(Location {
                line: 2,
                column: 13
            })
        );
        let object = diagnose("{\"a\": 1,}");
        assert_eq!(
            object.message,
            "invalid JSON: a comma after the last field of an object"
        );
        assert_eq!(object.location, Some(Location { line: 1, column: 8 }));
    }

    #[test]
    fn curly_quotes_are_named_wherever_they_are() {
        for (text, column) in [
            ("{“title”: \"x\"}", 2),
            ("{\"title\": “x”}", 11),
            ("{\"title”: \"x\"}", 8),
            ("{\"é\": \"x”,\n\"b\": 1}", 9),
            ("{\"a\": ‘x’}", 7),
        ] {
            let diagnostic = diagnose(text);
            assert!(
                diagnostic.message.contains("is a curly quote"),
                "{text}: {}",
                diagnostic.message
            );
            assert_eq!(
                diagnostic.location,
                Some(Location { line: 1, column }),
                "{text}"
            );
        }
    }

    #[test]
    fn curly_quotes_inside_a_text_are_not_blamed() {
        let diagnostic = diagnose("{\"a\": \"He said “hi”\" \"b\": 1}");
        assert!(diagnostic.message.starts_with("invalid JSON: expected"));
    }
}
