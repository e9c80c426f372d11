//! GIFT text formats (`[moodle]`, `[html]`, `[plain]`, `[markdown]`) turned into
//! the markdown of Fieldcourse's text fields, or into plain strings for fields
//! compared with what the learner types.

use super::html;
use super::lexer::{Tok, find, skip, text, trim};
use super::markdown::escape_markdown_line;

/// The format of a piece of GIFT text, named in brackets before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum TextFormat {
    /// Moodle's auto-format, the default: plain text in which HTML tags work
    /// and every line break shows.
    Moodle,
    /// HTML.
    Html,
    /// Plain text, shown as written.
    Plain,
    /// Markdown.
    Markdown,
}

impl TextFormat {
    fn from_name(name: &str) -> Option<Self> {
        match name.to_ascii_lowercase().as_str() {
            "moodle" => Some(Self::Moodle),
            "html" => Some(Self::Html),
            "plain" => Some(Self::Plain),
            "markdown" => Some(Self::Markdown),
            _ => None,
        }
    }
}

/// A piece of GIFT text with its format.
#[derive(Debug, Clone, Copy)]
pub(super) struct RichText<'a> {
    pub format: TextFormat,
    pub toks: &'a [Tok],
}

impl<'a> RichText<'a> {
    /// Reads an optional `[format]` prefix; without one the text has `default`.
    pub fn parse(toks: &'a [Tok], default: TextFormat) -> Self {
        let toks = trim(toks);
        if toks.first().is_some_and(|tok| tok.is('['))
            && let Some(close) = find(toks, ']')
            && let Some(format) =
                TextFormat::from_name(&text(toks.get(1..close).unwrap_or_default()))
        {
            return Self {
                format,
                toks: trim(skip(toks, close + 1)),
            };
        }
        Self {
            format: default,
            toks,
        }
    }

    /// Whether there is no text at all.
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The text as markdown, trimmed.
    pub fn to_markdown(self) -> String {
        let raw = text(self.toks);
        let markdown = match self.format {
            TextFormat::Markdown => markdown_source(self.toks),
            TextFormat::Html => html::to_markdown(&raw),
            TextFormat::Moodle if html::looks_like_html(&raw) => {
                html::to_markdown(&raw.replace('\n', "<br>"))
            }
            TextFormat::Moodle | TextFormat::Plain => plain_to_markdown(&raw),
        };
        markdown.trim().to_owned()
    }

    /// The text as a plain string, trimmed: markup of HTML removed, markdown kept as written.
    pub fn to_plain(self) -> String {
        let raw = text(self.toks);
        let plain = match self.format {
            TextFormat::Html => html::to_plain(&raw),
            TextFormat::Moodle if html::looks_like_html(&raw) => {
                html::to_plain(&raw.replace('\n', "<br>"))
            }
            TextFormat::Moodle | TextFormat::Plain | TextFormat::Markdown => raw,
        };
        plain.trim().to_owned()
    }

    /// The text as markdown, or `None` when empty.
    pub fn to_markdown_opt(self) -> Option<String> {
        Some(self.to_markdown()).filter(|text| !text.is_empty())
    }
}

/// Markdown written in GIFT: kept as written, except that the characters GIFT
/// made literal with a backslash and that markdown would read as markup keep it.
fn markdown_source(toks: &[Tok]) -> String {
    let mut out = String::with_capacity(toks.len());
    for tok in toks {
        if tok.escaped && matches!(tok.ch, '#' | '~' | '\\') {
            out.push('\\');
        }
        out.push(tok.ch);
    }
    out
}

/// Plain text as markdown that shows exactly that text: markup characters
/// escaped, a line break kept as a hard break, an empty line as a new paragraph.
pub(super) fn plain_to_markdown(plain: &str) -> String {
    let mut out = String::with_capacity(plain.len() + 8);
    let mut newlines = 0;
    for line in plain.split('\n') {
        if line.trim().is_empty() {
            newlines += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if newlines > 1 { "\n\n" } else { "\\\n" });
        }
        newlines = 1;
        escape_markdown_line(line, true, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::gift::lexer::blocks;

    fn rich(source: &str) -> String {
        let block = &blocks(source)[0];
        RichText::parse(&block.toks, TextFormat::Moodle).to_markdown()
    }

    #[test]
    fn plain_text_is_escaped_for_markdown() {
        assert_eq!(rich("[plain]2 * 3 = 6_a"), "2 \\* 3 = 6\\_a");
        assert_eq!(rich("[plain]# not a heading"), "\\# not a heading");
        assert_eq!(rich("[plain]#1 priority"), "#1 priority");
        assert_eq!(rich("[plain]1. first"), "1\\. first");
        assert_eq!(rich("[plain]-5 degrees"), "-5 degrees");
        assert_eq!(rich("[plain]a < b & c <b>"), "a < b & c \\<b>");
        assert_eq!(rich("[plain]R&D &amp;"), "R&D \\&amp;");
    }

    #[test]
    fn line_breaks_are_kept() {
        assert_eq!(rich("one\\ntwo\\n\\nthree"), "one\\\ntwo\n\nthree");
        assert_eq!(rich("[plain]one\ntwo"), "one\\\ntwo");
    }

    #[test]
    fn markdown_is_kept_and_gift_escapes_stay_literal() {
        assert_eq!(rich("[markdown]**bold** \\# x \\= y"), "**bold** \\# x = y");
    }

    #[test]
    fn moodle_text_with_tags_is_read_as_html() {
        assert_eq!(rich("Is <b>this</b> right?"), "Is **this** right?");
        assert_eq!(rich("[moodle]no tags * here"), "no tags \\* here");
    }

    #[test]
    fn unknown_brackets_are_text() {
        assert_eq!(rich("[1] first"), "\\[1] first");
    }
}
