//! From GIFT text to question blocks of characters that know where they came from.
//!
//! As in Moodle's importer: a blank line ends a question, a line whose first
//! non-blank characters are `//` is a comment (it does not end the question),
//! and every line is trimmed. Escapes are resolved here, so the parser never
//! mistakes `\{` for an answer block: each character remembers whether it was
//! escaped, and only unescaped characters have a GIFT meaning.

use super::error::Position;

/// One character of a question block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tok {
    /// The character (for `\n` the escape, a newline).
    pub ch: char,
    /// Written with a backslash (`\~ \= \# \{ \} \: \n \\`): never special.
    pub escaped: bool,
    /// Where the character (or its backslash) is in the file.
    pub pos: Position,
}

impl Tok {
    /// Whether this is `ch` with its GIFT meaning (not escaped).
    pub fn is(&self, ch: char) -> bool {
        !self.escaped && self.ch == ch
    }

    fn is_blank(&self) -> bool {
        !self.escaped && self.ch.is_whitespace()
    }
}

/// The lines of one question (or `$CATEGORY:`), comments removed, lines joined by `\n`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Block {
    /// The characters; never empty.
    pub toks: Vec<Tok>,
}

/// Characters that a backslash makes literal.
const ESCAPABLE: &[char] = &['~', '=', '#', '{', '}', ':', '\\'];

/// Splits a GIFT file into blocks separated by blank lines.
pub(super) fn blocks(text: &str) -> Vec<Block> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut blocks = Vec::new();
    let mut current: Vec<Tok> = Vec::new();
    for (index, raw_line) in text.split('\n').enumerate() {
        let line_number = index + 1;
        let line = raw_line.strip_suffix('\r').unwrap_or(raw_line);
        let content = line.trim();
        if content.is_empty() {
            if !current.is_empty() {
                blocks.push(Block {
                    toks: std::mem::take(&mut current),
                });
            }
            continue;
        }
        if content.starts_with("//") {
            continue;
        }
        let leading = line.len() - line.trim_start().len();
        let first_column = line.get(..leading).map_or(0, |lead| lead.chars().count()) + 1;
        if let Some(last) = current.last() {
            let pos = Position {
                line: last.pos.line,
                column: last.pos.column + 1,
            };
            current.push(Tok {
                ch: '\n',
                escaped: false,
                pos,
            });
        }
        lex_line(content, line_number, first_column, &mut current);
    }
    if !current.is_empty() {
        blocks.push(Block { toks: current });
    }
    blocks
}

fn lex_line(content: &str, line: usize, first_column: usize, out: &mut Vec<Tok>) {
    let mut column = first_column;
    let mut chars = content.chars().peekable();
    while let Some(ch) = chars.next() {
        let pos = Position { line, column };
        column += 1;
        let escaped_char = match (ch, chars.peek().copied()) {
            ('\\', Some('n')) => Some('\n'),
            ('\\', Some(next)) if ESCAPABLE.contains(&next) => Some(next),
            _ => None,
        };
        match escaped_char {
            Some(literal) => {
                chars.next();
                column += 1;
                out.push(Tok {
                    ch: literal,
                    escaped: true,
                    pos,
                });
            }
            None => out.push(Tok {
                ch,
                escaped: false,
                pos,
            }),
        }
    }
}

/// The slice without blank characters at either end.
pub(super) fn trim(toks: &[Tok]) -> &[Tok] {
    let start = toks.iter().position(|tok| !tok.is_blank());
    let end = toks.iter().rposition(|tok| !tok.is_blank());
    match (start, end) {
        (Some(start), Some(end)) => toks.get(start..=end).unwrap_or_default(),
        _ => &[],
    }
}

/// The index of the first unescaped `ch`.
pub(super) fn find(toks: &[Tok], ch: char) -> Option<usize> {
    toks.iter().position(|tok| tok.is(ch))
}

/// The index of the first unescaped occurrence of `pattern`.
pub(super) fn find_seq(toks: &[Tok], pattern: &str) -> Option<usize> {
    let pattern: Vec<char> = pattern.chars().collect();
    toks.windows(pattern.len())
        .position(|window| matches_seq(window, &pattern))
}

/// The index of the last unescaped occurrence of `pattern`.
pub(super) fn rfind_seq(toks: &[Tok], pattern: &str) -> Option<usize> {
    let pattern: Vec<char> = pattern.chars().collect();
    toks.windows(pattern.len())
        .rposition(|window| matches_seq(window, &pattern))
}

fn matches_seq(window: &[Tok], pattern: &[char]) -> bool {
    window.iter().zip(pattern).all(|(tok, &ch)| tok.is(ch))
}

/// Whether the slice starts with unescaped `pattern`.
pub(super) fn starts_with(toks: &[Tok], pattern: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    toks.get(..pattern.len())
        .is_some_and(|head| matches_seq(head, &pattern))
}

/// The part before the first unescaped `ch` and the part after it (without `ch`).
pub(super) fn split_once(toks: &[Tok], ch: char) -> (&[Tok], Option<&[Tok]>) {
    match find(toks, ch) {
        Some(index) => (
            toks.get(..index).unwrap_or_default(),
            Some(toks.get(index + 1..).unwrap_or_default()),
        ),
        None => (toks, None),
    }
}

/// Everything after `count` characters (empty when there are fewer).
pub(super) fn skip(toks: &[Tok], count: usize) -> &[Tok] {
    toks.get(count..).unwrap_or_default()
}

/// Splits at each unescaped marker character: the text before the first marker,
/// then each marker with the text up to the next one.
pub(super) fn split_markers<'a>(
    toks: &'a [Tok],
    markers: &[char],
) -> (&'a [Tok], Vec<(Tok, &'a [Tok])>) {
    let starts: Vec<usize> = toks
        .iter()
        .enumerate()
        .filter(|(_, tok)| !tok.escaped && markers.contains(&tok.ch))
        .map(|(index, _)| index)
        .collect();
    let lead_end = starts.first().copied().unwrap_or(toks.len());
    let lead = toks.get(..lead_end).unwrap_or_default();
    let mut parts = Vec::with_capacity(starts.len());
    for (n, &start) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(toks.len());
        if let (Some(marker), Some(body)) = (toks.get(start), toks.get(start + 1..end)) {
            parts.push((*marker, body));
        }
    }
    (lead, parts)
}

/// The characters as a string (escapes resolved).
pub(super) fn text(toks: &[Tok]) -> String {
    toks.iter().map(|tok| tok.ch).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(block: &Block) -> String {
        text(&block.toks)
    }

    #[test]
    fn blank_lines_split_blocks_and_comment_lines_vanish() {
        let blocks = blocks("// intro\nOne {T}\n\n  // note\nTwo\n  {F}\n\n\n");
        assert_eq!(blocks.len(), 2);
        assert_eq!(chars(&blocks[0]), "One {T}");
        assert_eq!(chars(&blocks[1]), "Two\n{F}");
        let brace = blocks[1].toks.iter().find(|tok| tok.is('{')).unwrap();
        assert_eq!(brace.pos, Position { line: 6, column: 3 });
    }

    #[test]
    fn escapes_become_literal_characters() {
        let blocks = blocks("a\\{b\\}\\n\\\\c\\x");
        let toks = &blocks[0].toks;
        assert_eq!(text(toks), "a{b}\n\\c\\x");
        assert!(find(toks, '{').is_none());
        assert!(toks[1].escaped && toks[5].escaped);
        assert_eq!(toks[3].pos.column, 5);
        assert!(!toks[7].escaped, "an unknown escape keeps its backslash");
    }

    #[test]
    fn crlf_and_bom_are_ignored() {
        let blocks = blocks("\u{feff}Q {T}\r\n\r\nR {F}\r\n");
        assert_eq!(blocks.len(), 2);
        assert_eq!(chars(&blocks[0]), "Q {T}");
        assert_eq!(blocks[1].toks[0].pos, Position { line: 3, column: 1 });
    }

    #[test]
    fn markers_split_answers() {
        let blocks = blocks("x =a ~b\\=c ~d");
        let (lead, parts) = split_markers(&blocks[0].toks, &['=', '~']);
        assert_eq!(text(lead), "x ");
        let bodies: Vec<String> = parts.iter().map(|(_, body)| text(body)).collect();
        assert_eq!(bodies, ["a ", "b=c ", "d"]);
    }
}
