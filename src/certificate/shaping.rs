//! Lines of text for the PDF: split into bidi runs in visual order, each run
//! split by font (Noto Sans for Latin script, Noto Sans Arabic for Arabic) and
//! shaped with rustybuzz, so Arabic names join and run right to left and every
//! line can be measured before it is placed.

use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Direction, UnicodeBuffer};
use unicode_bidi::{BidiInfo, Level};

static LATIN_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
static LATIN_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
static ARABIC_REGULAR: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf");
static ARABIC_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf");

/// How heavy the text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    Regular,
    Bold,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Arabic,
}

struct Face {
    pdf: Font,
    shaper: rustybuzz::Face<'static>,
}

impl Face {
    fn new(data: &'static [u8]) -> Option<Self> {
        Some(Self {
            pdf: Font::new(data.into(), 0)?,
            shaper: rustybuzz::Face::from_slice(data, 0)?,
        })
    }
}

/// The four embedded faces, parsed once per document.
pub(crate) struct Fonts {
    faces: [Face; 4],
}

/// One shaped run: glyphs of one font in one direction, in visual order.
pub(crate) struct Run {
    pub(crate) font: Font,
    pub(crate) glyphs: Vec<KrillaGlyph>,
    pub(crate) text: String,
    /// The advance of the whole run, in ems.
    pub(crate) width_em: f32,
}

/// A line ready to draw: runs from left to right.
pub(crate) struct Line {
    pub(crate) runs: Vec<Run>,
}

impl Line {
    /// The line's width at `size` points.
    pub(crate) fn width(&self, size: f32) -> f32 {
        self.runs.iter().map(|run| run.width_em).sum::<f32>() * size
    }
}

impl Fonts {
    /// Parses the embedded fonts; `None` only if the font files are broken.
    pub(crate) fn load() -> Option<Self> {
        Some(Self {
            faces: [
                Face::new(LATIN_REGULAR)?,
                Face::new(LATIN_BOLD)?,
                Face::new(ARABIC_REGULAR)?,
                Face::new(ARABIC_BOLD)?,
            ],
        })
    }

    fn face(&self, script: Script, weight: Weight) -> &Face {
        let index = match (script, weight) {
            (Script::Latin, Weight::Regular) => 0,
            (Script::Latin, Weight::Bold) => 1,
            (Script::Arabic, Weight::Regular) => 2,
            (Script::Arabic, Weight::Bold) => 3,
        };
        &self.faces[index]
    }

    /// Lays out `text` as one line. `right_to_left` is the paragraph direction
    /// (the certificate's language); each run keeps its own direction.
    pub(crate) fn line(&self, text: &str, weight: Weight, right_to_left: bool) -> Line {
        let base = if right_to_left {
            Level::rtl()
        } else {
            Level::ltr()
        };
        let bidi = BidiInfo::new(text, Some(base));
        let mut runs = Vec::new();
        for paragraph in &bidi.paragraphs {
            let (levels, visual_runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
            for range in visual_runs {
                let rtl = levels.get(range.start).is_some_and(|level| level.is_rtl());
                let mut pieces: Vec<Run> = self
                    .font_segments(&text[range.clone()], weight)
                    .into_iter()
                    .map(|(script, piece)| self.shape(piece, self.face(script, weight), rtl))
                    .collect();
                if rtl {
                    // Within a right-to-left run the first piece is the rightmost.
                    pieces.reverse();
                }
                runs.extend(pieces);
            }
        }
        Line { runs }
    }

    /// Splits `text` into pieces of one script each. Spaces, digits and
    /// punctuation stay with the piece before them when its font has them, so
    /// an Arabic phrase is shaped as one piece.
    fn font_segments<'t>(&self, text: &'t str, weight: Weight) -> Vec<(Script, &'t str)> {
        let mut segments: Vec<(Script, &'t str)> = Vec::new();
        let mut current: Option<(Script, usize)> = None;
        for (index, character) in text.char_indices() {
            let script = if is_arabic(character) {
                Script::Arabic
            } else if !character.is_alphabetic()
                && let Some((previous, _)) = current
                && self
                    .face(previous, weight)
                    .shaper
                    .glyph_index(character)
                    .is_some()
            {
                previous
            } else {
                Script::Latin
            };
            match current {
                Some((previous, start)) if previous != script => {
                    segments.push((previous, &text[start..index]));
                    current = Some((script, index));
                }
                None => current = Some((script, index)),
                Some(_) => {}
            }
        }
        if let Some((script, start)) = current {
            segments.push((script, &text[start..]));
        }
        segments
    }

    fn shape(&self, text: &str, face: &Face, right_to_left: bool) -> Run {
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if right_to_left {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        });
        let output = rustybuzz::shape(&face.shaper, &[], buffer);
        let units = face.shaper.units_per_em() as f32;
        let infos = output.glyph_infos();
        let mut cluster_starts: Vec<usize> =
            infos.iter().map(|info| info.cluster as usize).collect();
        cluster_starts.sort_unstable();
        cluster_starts.dedup();
        let glyphs: Vec<KrillaGlyph> = infos
            .iter()
            .zip(output.glyph_positions())
            .map(|(info, position)| {
                let start = info.cluster as usize;
                // A glyph covers its cluster: up to the next cluster's start.
                let end = cluster_starts
                    .iter()
                    .copied()
                    .find(|&other| other > start)
                    .unwrap_or(text.len());
                KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    position.x_advance as f32 / units,
                    position.x_offset as f32 / units,
                    position.y_offset as f32 / units,
                    position.y_advance as f32 / units,
                    start..end,
                    None,
                )
            })
            .collect();
        let width_em = output
            .glyph_positions()
            .iter()
            .map(|position| position.x_advance as f32 / units)
            .sum();
        Run {
            font: face.pdf.clone(),
            glyphs,
            text: text.to_owned(),
            width_em,
        }
    }
}

/// Whether `character` is written with the Arabic font.
fn is_arabic(character: char) -> bool {
    matches!(character,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}')
}
