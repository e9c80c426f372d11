//! Right-to-left text that the text engine gets wrong on its own, put right
//! before it is drawn. Plain text in, plain text out: no GUI types here.

use unicode_bidi::{BidiClass, Direction, bidi_class, get_base_direction};

/// First Strong Isolate: the text up to [`POP_ISOLATE`] takes its direction
/// from its own first letter and is placed as one block in the sentence.
pub const FIRST_STRONG_ISOLATE: char = '\u{2068}';
/// Pop Directional Isolate: ends a [`FIRST_STRONG_ISOLATE`].
pub const POP_ISOLATE: char = '\u{2069}';

/// Wraps `value` in [`FIRST_STRONG_ISOLATE`] ... [`POP_ISOLATE`] when it goes
/// into a right-to-left sentence and holds anything but right-to-left letters
/// and spaces (Latin words, a path, a command, a number with punctuation).
///
/// Without it the bidi algorithm mixes the value's neutrals (`:`, `/`, `.`,
/// digits) with the sentence around it: "Check: a course is a folder" inside
/// an Arabic line comes out as "folder a is course a :Check". Isolated, the
/// value keeps its own order and sits where the sentence puts it.
pub fn isolate(value: &str, right_to_left: bool) -> String {
    let plain_rtl = value.chars().all(|c| {
        matches!(
            bidi_class(c),
            BidiClass::R | BidiClass::AL | BidiClass::WS | BidiClass::NSM
        )
    });
    if !right_to_left || plain_rtl || value.is_empty() {
        value.to_owned()
    } else {
        format!("{FIRST_STRONG_ISOLATE}{value}{POP_ISOLATE}")
    }
}

/// One styled piece of a paragraph, as [`whole_words`] returns it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyledPiece {
    /// The index of the input piece whose style this text takes.
    pub style: usize,
    /// The text.
    pub text: String,
}

/// The styled pieces of one paragraph (each with the font it is set in),
/// regrouped so that no word of a right-to-left line changes font part-way.
///
/// Why: bidi is resolved over the whole paragraph by the text engine under
/// iced 0.14 (cosmic-text 0.15), but a *word* set in two fonts is shaped as
/// two runs that are then placed in logical order, left to right, whatever
/// the line's direction. In "يكفي توافر **الفعل** و**غرض الاستغلال**،" the
/// conjunction "و" and the comma are glued to bold words, so they were drawn
/// on the wrong side of them. An Arabic word cannot change font mid-word
/// without breaking its joined letters anyway, so the whole word takes the
/// font that covers most of it (the attached "و" and the comma turn bold);
/// words of one font, and every left-to-right line, are left untouched.
///
/// `pieces` are the paragraph's pieces in order, each with a key for its
/// font: pieces whose keys are equal are shaped together and never regrouped.
pub fn whole_words<K: PartialEq>(pieces: &[(&str, K)]) -> Vec<StyledPiece> {
    let mut owner: Vec<(char, usize)> = pieces
        .iter()
        .enumerate()
        .flat_map(|(index, (text, _))| text.chars().map(move |c| (c, index)))
        .collect();
    let mut line_start = 0;
    while line_start < owner.len() {
        let line_end = owner[line_start..]
            .iter()
            .position(|(c, _)| *c == '\n')
            .map_or(owner.len(), |offset| line_start + offset);
        let line: String = owner[line_start..line_end].iter().map(|(c, _)| c).collect();
        if get_base_direction(line.as_str()) == Direction::Rtl {
            regroup_words(&mut owner[line_start..line_end], pieces);
        }
        line_start = line_end + 1;
    }
    let mut result: Vec<StyledPiece> = Vec::new();
    for (c, style) in owner {
        match result.last_mut() {
            Some(last) if last.style == style => last.text.push(c),
            _ => result.push(StyledPiece {
                style,
                text: c.to_string(),
            }),
        }
    }
    result
}

/// Gives each word of a right-to-left line set in more than one font the
/// piece that covers most of its characters (the first such piece on a tie).
fn regroup_words<K: PartialEq>(line: &mut [(char, usize)], pieces: &[(&str, K)]) {
    let mut start = 0;
    while start < line.len() {
        if line[start].0.is_whitespace() {
            start += 1;
            continue;
        }
        let end = line[start..]
            .iter()
            .position(|(c, _)| c.is_whitespace())
            .map_or(line.len(), |offset| start + offset);
        let word = &mut line[start..end];
        let first_key = &pieces[word[0].1].1;
        if word.iter().any(|(_, piece)| pieces[*piece].1 != *first_key) {
            let mut counts: Vec<(usize, usize)> = Vec::new();
            for (_, piece) in word.iter() {
                match counts.iter_mut().find(|(index, _)| index == piece) {
                    Some((_, count)) => *count += 1,
                    None => counts.push((*piece, 1)),
                }
            }
            let widest = counts
                .iter()
                .fold((word[0].1, 0), |best, &(index, count)| {
                    if count > best.1 { (index, count) } else { best }
                })
                .0;
            for (_, piece) in word.iter_mut() {
                *piece = widest;
            }
        }
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bold_word_keeps_its_attached_conjunction_and_comma() {
        // "يكفي توافر **الفعل** و**غرض الاستغلال**، ولا" as markdown gives these spans.
        let pieces = [
            ("يكفي توافر ", false),
            ("الفعل", true),
            (" و", false),
            ("غرض الاستغلال", true),
            ("، ولا", false),
        ];
        let regrouped = whole_words(&pieces);
        let texts: Vec<(&str, bool)> = regrouped
            .iter()
            .map(|piece| (piece.text.as_str(), pieces[piece.style].1))
            .collect();
        assert_eq!(
            texts,
            [
                ("يكفي توافر ", false),
                ("الفعل", true),
                (" ", false),
                ("وغرض الاستغلال،", true),
                (" ولا", false),
            ]
        );
        // Nothing is lost or moved: the text reads the same.
        let joined: String = regrouped.iter().map(|piece| piece.text.as_str()).collect();
        assert_eq!(joined, pieces.map(|(text, _)| text).concat());
    }

    #[test]
    fn left_to_right_lines_and_one_font_words_are_untouched() {
        let english = [("a **bold**", false), ("word", true), (", then", false)];
        let pieces = whole_words(&english);
        assert_eq!(pieces.len(), 3);
        assert_eq!(pieces[1].text, "word");
        let same_font = [("كلمة ", 1), ("رابط", 1), ("،", 1)];
        let pieces = whole_words(&same_font);
        assert_eq!(
            pieces.iter().map(|p| p.style).collect::<Vec<_>>(),
            [0, 1, 2]
        );
    }

    #[test]
    fn each_line_keeps_its_own_direction() {
        let pieces = [
            ("English ", 0),
            ("bold", 1),
            (".\nعربي ", 0),
            ("غامق", 1),
            ("،", 0),
        ];
        let texts: Vec<String> = whole_words(&pieces).into_iter().map(|p| p.text).collect();
        assert_eq!(texts, ["English ", "bold", ".\nعربي ", "غامق،"]);
    }

    #[test]
    fn isolation_wraps_only_mixed_values_in_right_to_left_sentences() {
        assert_eq!(
            isolate("/home/amal/.local", true),
            "\u{2068}/home/amal/.local\u{2069}"
        );
        assert_eq!(
            isolate("Check: a course", true),
            "\u{2068}Check: a course\u{2069}"
        );
        assert_eq!(isolate("/home/amal/.local", false), "/home/amal/.local");
        assert_eq!(isolate("دورة قصيرة", true), "دورة قصيرة");
        assert_eq!(isolate("", true), "");
    }
}
