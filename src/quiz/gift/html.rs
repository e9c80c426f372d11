//! The HTML of Moodle question text turned into markdown or plain text.
//!
//! Moodle exports write question text as HTML (`<p>`, `<b>`, `<br>`, lists,
//! entities). This is not a browser: it reads the common tags, keeps the text
//! of any other tag, drops scripts, styles and comments, and never fails: a `<`
//! that does not start a tag is text.

use super::markdown::escape_markdown_line;

/// What the HTML becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Markdown,
    Plain,
}

/// The HTML as markdown: `<b>` and `<strong>` bold, `<i>` and `<em>` italic,
/// paragraphs, line breaks and lists kept, other tags removed, entities decoded.
pub(super) fn to_markdown(html: &str) -> String {
    convert(html, Target::Markdown)
}

/// The HTML as plain text: tags removed, paragraphs, line breaks and list
/// items kept as lines, entities decoded.
pub(super) fn to_plain(html: &str) -> String {
    convert(html, Target::Plain)
}

/// Whether Moodle-format text uses HTML: a tag such as `<b>` or `</p>`, or an
/// entity such as `&amp;`.
pub(super) fn looks_like_html(text: &str) -> bool {
    let last_close = text.rfind('>');
    text.char_indices().any(|(index, ch)| {
        let after = text.get(index + ch.len_utf8()..).unwrap_or_default();
        match ch {
            '<' => {
                last_close.is_some_and(|close| close > index)
                    && after
                        .strip_prefix('/')
                        .unwrap_or(after)
                        .starts_with(|next: char| next.is_ascii_alphabetic())
            }
            '&' => {
                let name_length = after
                    .chars()
                    .take(11)
                    .take_while(|next| next.is_ascii_alphanumeric() || *next == '#')
                    .count();
                (1..=10).contains(&name_length)
                    && after
                        .get(name_length..)
                        .is_some_and(|rest| rest.starts_with(';'))
            }
            _ => false,
        }
    })
}

/// A piece of HTML source.
enum Piece<'a> {
    Text(&'a str),
    Open(String),
    Close(String),
}

/// Splits HTML into text and tags. A `<` that starts no tag is text.
fn pieces(html: &str) -> Vec<Piece<'_>> {
    let mut pieces = Vec::new();
    let mut text_start = 0;
    let mut index = 0;
    while let Some(offset) = html.get(index..).and_then(|rest| rest.find('<')) {
        let start = index + offset;
        let rest = html.get(start..).unwrap_or_default();
        let Some((length, tag)) = read_tag(rest) else {
            index = start + 1;
            continue;
        };
        if let Some(text) = html.get(text_start..start).filter(|text| !text.is_empty()) {
            pieces.push(Piece::Text(text));
        }
        if let Some(tag) = tag {
            pieces.push(tag);
        }
        index = start + length;
        text_start = index;
    }
    if let Some(text) = html.get(text_start..).filter(|text| !text.is_empty()) {
        pieces.push(Piece::Text(text));
    }
    pieces
}

/// Reads the tag at the start of `rest` (which starts with `<`): its length in
/// bytes and the tag (`None` for comments and declarations, which are dropped).
fn read_tag(rest: &str) -> Option<(usize, Option<Piece<'static>>)> {
    if let Some(comment) = rest.strip_prefix("<!--") {
        let end = comment.find("-->").map_or(rest.len(), |end| end + 4 + 3);
        return Some((end, None));
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        let end = rest.find('>')?;
        return Some((end + 1, None));
    }
    let after = rest.get(1..)?;
    let (closing, name_part) = match after.strip_prefix('/') {
        Some(name_part) => (true, name_part),
        None => (false, after),
    };
    let name: String = name_part
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    if !name.starts_with(|ch: char| ch.is_ascii_alphabetic()) {
        return None;
    }
    let end = tag_end(rest)?;
    let name = name.to_ascii_lowercase();
    let piece = if closing {
        Piece::Close(name)
    } else {
        Piece::Open(name)
    };
    Some((end + 1, Some(piece)))
}

/// The byte index of the `>` that ends the tag at the start of `rest`, skipping
/// `>` inside quoted attribute values.
fn tag_end(rest: &str) -> Option<usize> {
    let mut quote = None;
    for (index, ch) in rest.char_indices() {
        match (quote, ch) {
            (None, '"' | '\'') => quote = Some(ch),
            (Some(open), _) if ch == open => quote = None,
            (None, '>') => return Some(index),
            _ => {}
        }
    }
    None
}

/// A break between pieces of text, written only when more text follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Break {
    None,
    /// A new line for a list item.
    Item,
    /// A line break (`<br>`).
    Line,
    /// A new paragraph.
    Paragraph,
}

/// An open list and the number of its next item.
struct List {
    ordered: bool,
    next: usize,
}

/// An open `<b>` or `<i>`: where its text starts (once some was written).
struct Emphasis {
    tag: String,
    start: Option<usize>,
}

struct Writer {
    target: Target,
    out: String,
    pending_break: Break,
    pending_space: bool,
    pending_item: Option<String>,
    lists: Vec<List>,
    emphasis: Vec<Emphasis>,
    /// Inside `<script>` or `<style>`: their text is not shown.
    hidden: usize,
}

fn convert(html: &str, target: Target) -> String {
    let mut writer = Writer {
        target,
        out: String::with_capacity(html.len()),
        pending_break: Break::None,
        pending_space: false,
        pending_item: None,
        lists: Vec::new(),
        emphasis: Vec::new(),
        hidden: 0,
    };
    for piece in pieces(html) {
        match piece {
            Piece::Text(text) => writer.text(text),
            Piece::Open(tag) => writer.open(&tag),
            Piece::Close(tag) => writer.close(&tag),
        }
    }
    writer.out.trim().to_owned()
}

impl Writer {
    fn open(&mut self, tag: &str) {
        match tag {
            "script" | "style" => self.hidden += 1,
            "br" => {
                self.pending_break = if self.pending_break >= Break::Line {
                    Break::Paragraph
                } else {
                    Break::Line
                };
            }
            "ul" | "ol" => {
                self.lists.push(List {
                    ordered: tag == "ol",
                    next: 1,
                });
                self.request(Break::Item);
            }
            "li" => {
                let indent = "   ".repeat(self.lists.len().saturating_sub(1));
                let marker = match self.lists.last_mut() {
                    Some(list) if list.ordered => {
                        let marker = format!("{}. ", list.next);
                        list.next += 1;
                        marker
                    }
                    _ => "- ".to_owned(),
                };
                self.pending_item = Some(format!("{indent}{marker}"));
                self.request(Break::Item);
            }
            "b" | "strong" | "i" | "em" => self.emphasis.push(Emphasis {
                tag: tag.to_owned(),
                start: None,
            }),
            _ if is_block(tag) => self.request(Break::Paragraph),
            _ => {}
        }
    }

    fn close(&mut self, tag: &str) {
        match tag {
            "script" | "style" => self.hidden = self.hidden.saturating_sub(1),
            "ul" | "ol" => {
                self.lists.pop();
                self.request(Break::Paragraph);
            }
            "b" | "strong" | "i" | "em" => {
                if let Some(index) = self.emphasis.iter().rposition(|open| open.tag == tag) {
                    while self.emphasis.len() > index {
                        if let Some(open) = self.emphasis.pop() {
                            self.end_emphasis(&open);
                        }
                    }
                }
            }
            _ if is_block(tag) => self.request(Break::Paragraph),
            _ => {}
        }
    }

    fn request(&mut self, wanted: Break) {
        if !self.out.is_empty() {
            self.pending_break = self.pending_break.max(wanted);
        }
    }

    fn text(&mut self, raw: &str) {
        if self.hidden > 0 {
            return;
        }
        let decoded = html_escape::decode_html_entities(raw);
        let mut words = decoded
            .split(|ch: char| ch.is_ascii_whitespace())
            .peekable();
        if decoded.starts_with(|ch: char| ch.is_ascii_whitespace()) {
            self.pending_space = true;
        }
        while let Some(word) = words.next() {
            if word.is_empty() {
                continue;
            }
            self.word(word);
            if words.peek().is_some() {
                self.pending_space = true;
            }
        }
        if decoded.ends_with(|ch: char| ch.is_ascii_whitespace()) {
            self.pending_space = true;
        }
    }

    /// Writes a word after the pending break or space.
    fn word(&mut self, word: &str) {
        self.flush_break();
        if self.pending_space && !self.at_line_start() {
            self.out.push(' ');
        }
        self.pending_space = false;
        let start = self.out.len();
        for open in &mut self.emphasis {
            open.start.get_or_insert(start);
        }
        match self.target {
            Target::Markdown => escape_markdown_line(word, self.at_line_start(), &mut self.out),
            Target::Plain => self.out.push_str(word),
        }
    }

    fn flush_break(&mut self) {
        let indent = "   ".repeat(self.lists.len());
        match std::mem::replace(&mut self.pending_break, Break::None) {
            Break::None => {}
            Break::Item => self.out.push('\n'),
            Break::Line => {
                if self.target == Target::Markdown {
                    self.out.push('\\');
                }
                self.out.push('\n');
                self.out.push_str(&indent);
            }
            Break::Paragraph => {
                self.out.push_str("\n\n");
                self.out.push_str(&indent);
            }
        }
        if let Some(item) = self.pending_item.take() {
            while self.out.ends_with(' ') {
                self.out.pop();
            }
            if !self.out.is_empty() && !self.out.ends_with('\n') {
                self.out.push('\n');
            }
            self.out.push_str(&item);
        }
        self.pending_space = self.pending_space && !self.at_line_start();
    }

    fn at_line_start(&self) -> bool {
        let line = self.out.rsplit('\n').next().unwrap_or_default();
        line.trim().is_empty() || (self.pending_item.is_none() && is_item_marker(line))
    }

    /// Wraps the text written since the emphasis opened in `**` or `*`,
    /// keeping spaces outside the markers (`** a**` is not bold in markdown).
    fn end_emphasis(&mut self, open: &Emphasis) {
        let Some(start) = open.start else {
            return;
        };
        if self.target == Target::Plain {
            return;
        }
        let Some(content) = self.out.get(start..).map(str::to_owned) else {
            return;
        };
        let inner = content.trim();
        if inner.is_empty() {
            return;
        }
        let marker = if matches!(open.tag.as_str(), "b" | "strong") {
            "**"
        } else {
            "*"
        };
        let leading = content.len() - content.trim_start().len();
        let lead = content.get(..leading).unwrap_or_default().to_owned();
        let inner = inner.to_owned();
        self.out.truncate(start);
        self.out.push_str(&lead);
        self.out.push_str(marker);
        self.out.push_str(&inner);
        self.out.push_str(marker);
        if content.ends_with(char::is_whitespace) {
            self.pending_space = true;
        }
    }
}

/// Whether the line holds only a list marker such as `- ` or `2. `.
fn is_item_marker(line: &str) -> bool {
    let marker = line.trim();
    !marker.is_empty()
        && line.ends_with(' ')
        && (marker == "-"
            || marker
                .strip_suffix('.')
                .is_some_and(|number| number.chars().all(|ch| ch.is_ascii_digit())))
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "hr"
            | "dl"
            | "dt"
            | "dd"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_paragraphs_and_breaks() {
        assert_eq!(
            to_markdown(
                "<p>Is <b>this</b> <i>really</i> <strong> so </strong>?</p><p>Next<br/>line</p>"
            ),
            "Is **this** *really* **so** ?\n\nNext\\\nline"
        );
        assert_eq!(
            to_plain("<p>Is <b>this</b></p><p>Next<br>line</p>"),
            "Is this\n\nNext\nline"
        );
    }

    #[test]
    fn lists_become_markdown_lists() {
        let html = "<p>Pick:</p><ul><li>one</li><li>two <em>2</em></li></ul><ol><li>first</li><li>second</li></ol>after";
        assert_eq!(
            to_markdown(html),
            "Pick:\n\n- one\n- two *2*\n\n1. first\n2. second\n\nafter"
        );
    }

    #[test]
    fn other_tags_are_stripped_and_entities_decoded() {
        let html = "<span class=\"x\">A&amp;B &lt;tag&gt; caf&eacute; &#8364;5</span><script>alert(1)</script><!-- note -->";
        assert_eq!(to_plain(html), "A&B <tag> café €5");
        assert_eq!(to_markdown(html), "A&B \\<tag> café €5");
        assert_eq!(to_markdown("<a href=\"x>y\">link</a> *"), "link \\*");
    }

    #[test]
    fn broken_html_is_text() {
        assert_eq!(to_plain("a < b and <b"), "a < b and <b");
        assert_eq!(to_markdown("<b>unclosed"), "unclosed");
        assert_eq!(to_markdown("</i>x<b></b>"), "x");
    }

    #[test]
    fn html_is_recognised() {
        assert!(looks_like_html("a <b>c</b>"));
        assert!(looks_like_html("Tom &amp; Jerry"));
        assert!(!looks_like_html("a < b > c"));
        assert!(!looks_like_html("salt & pepper; tea"));
    }
}
