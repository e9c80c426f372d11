//! Course text: markdown set in the course's font and direction.

pub mod rtl;
pub mod table;

use crate::gui::font;
use crate::gui::widget::has_arabic;
use iced::widget::{container, markdown};
use iced::{Element, Fill, Font, Theme};
use std::cell::Cell;

/// Course text parsed once: iced's markdown, and the cells of its tables
/// (which iced keeps private) so tables can wrap (see [`table`]).
#[derive(Debug, Default)]
pub struct Document {
    content: markdown::Content,
    tables: Vec<table::Cells>,
}

impl Document {
    /// Parses markdown `source`.
    pub fn parse(source: &str) -> Self {
        Self {
            content: markdown::Content::parse(source),
            tables: table::parse(source),
        }
    }
}

/// How one course's text is set: its font, direction and size.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextStyle {
    /// The regular face (headings use its bold weight).
    pub font: Font,
    /// Whether text runs right to left.
    pub rtl: bool,
    /// Body text size.
    pub size: f32,
}

impl TextStyle {
    /// The style for a course in `language` (a BCP 47 tag) with a sample of its text.
    pub fn for_course(language: &str, sample: &str) -> Self {
        let arabic = language.starts_with("ar") || has_arabic(sample);
        Self {
            font: if arabic { font::ARABIC } else { font::SANS },
            rtl: arabic,
            size: 17.0,
        }
    }

    fn settings(&self, theme: &Theme) -> markdown::Settings {
        let mut style = markdown::Style::from_palette(theme.palette());
        style.font = self.font;
        // Code in a monospace face, so columns (and a validator's caret) line up.
        style.code_block_font = font::MONO;
        style.inline_code_font = font::MONO;
        let mut settings = markdown::Settings::with_text_size(self.size, style);
        // iced's default (0.75 of the body) is too small to read comfortably.
        settings.code_size = (self.size * 0.88).into();
        // The default heading scale (2x) is made for documents, not lessons.
        settings.h1_size = (self.size * 1.55).into();
        settings.h2_size = (self.size * 1.35).into();
        settings.h3_size = (self.size * 1.18).into();
        settings.h4_size = self.size.into();
        settings.spacing = (self.size * 0.8).into();
        settings
    }
}

/// Markdown text with a link message `M`.
pub fn view<'a, M: 'a>(
    document: &'a Document,
    style: TextStyle,
    theme: &Theme,
    on_link: impl Fn(markdown::Uri) -> M + 'a,
) -> Element<'a, M> {
    let settings = style.settings(theme);
    let viewer = CourseViewer::new(style.rtl, &document.tables);
    let body: Element<'a, markdown::Uri> =
        markdown::view_with(document.content.items(), settings, &viewer);
    container(body.map(on_link)).width(Fill).into()
}

/// Sets headings in bold and, for right-to-left text, aligns blocks to the
/// right. iced 0.14 has no layout direction: lists are mirrored by
/// [`rtl`]; tables are drawn by [`table`], their columns right to
/// left in RTL.
struct CourseViewer<'a> {
    rtl: bool,
    /// The cells of the document's tables, in order.
    tables: &'a [table::Cells],
    /// Which of `tables` the next table call draws (iced calls the viewer
    /// in document order).
    next_table: Cell<usize>,
}

impl<'a> CourseViewer<'a> {
    fn new(rtl: bool, tables: &'a [table::Cells]) -> Self {
        Self {
            rtl,
            tables,
            next_table: Cell::new(0),
        }
    }

    fn align<'b>(&self, element: Element<'b, markdown::Uri>) -> Element<'b, markdown::Uri> {
        if self.rtl {
            container(element).align_right(Fill).into()
        } else {
            element
        }
    }
}

impl<'a> markdown::Viewer<'a, markdown::Uri> for CourseViewer<'a> {
    fn on_link_click(url: markdown::Uri) -> markdown::Uri {
        url
    }

    fn heading(
        &self,
        mut settings: markdown::Settings,
        level: &'a markdown::HeadingLevel,
        text: &'a markdown::Text,
        index: usize,
    ) -> Element<'a, markdown::Uri> {
        settings.style.font = Font {
            weight: iced::font::Weight::Bold,
            ..settings.style.font
        };
        self.align(markdown::heading(
            settings,
            level,
            text,
            index,
            Self::on_link_click,
        ))
    }

    fn paragraph(
        &self,
        settings: markdown::Settings,
        text: &markdown::Text,
    ) -> Element<'a, markdown::Uri> {
        self.align(rtl::paragraph(settings, text, Self::on_link_click))
    }

    // iced gives each line of a code block the body font (its spans carry
    // `style.font`), so the mono face goes there. Code stays left to right.
    fn code_block(
        &self,
        mut settings: markdown::Settings,
        _language: Option<&'a str>,
        _code: &'a str,
        lines: &'a [markdown::Text],
    ) -> Element<'a, markdown::Uri> {
        settings.style.font = font::MONO;
        markdown::code_block(settings, lines, Self::on_link_click)
    }

    fn table(
        &self,
        settings: markdown::Settings,
        columns: &'a [markdown::Column],
        rows: &'a [markdown::Row],
    ) -> Element<'a, markdown::Uri> {
        let index = self.next_table.get();
        self.next_table.set(index + 1);
        let rtl = self.rtl;
        match self
            .tables
            .get(index)
            .filter(|cells| cells.fits(columns, rows))
        {
            Some(cells) => table::view(cells, index, settings, rtl, move |content, header| {
                let mut settings = settings;
                if header {
                    settings.style.font = Font {
                        weight: iced::font::Weight::Bold,
                        ..settings.style.font
                    };
                }
                // Cells have a set width, so their text can align right.
                markdown::view_with(content.items(), settings, &CourseViewer::new(rtl, &[]))
            }),
            // Not found (cannot happen with text parsed by `Document`): iced's own.
            None => self.align(markdown::table(
                &CourseViewer::new(false, &[]),
                settings,
                columns,
                rows,
            )),
        }
    }

    // List items size to their content: a right-aligned, fill-width
    // paragraph inside them collapses the layout, so they are set left to
    // right and the whole list is pushed to the reading side instead.
    fn unordered_list(
        &self,
        settings: markdown::Settings,
        bullets: &'a [markdown::Bullet],
    ) -> Element<'a, markdown::Uri> {
        if self.rtl {
            return rtl::unordered_list(self, settings, bullets);
        }
        self.align(markdown::unordered_list(
            &CourseViewer::new(false, &[]),
            settings,
            bullets,
        ))
    }

    fn ordered_list(
        &self,
        settings: markdown::Settings,
        start: u64,
        bullets: &'a [markdown::Bullet],
    ) -> Element<'a, markdown::Uri> {
        if self.rtl {
            return rtl::ordered_list(self, settings, start, bullets);
        }
        self.align(markdown::ordered_list(
            &CourseViewer::new(false, &[]),
            settings,
            start,
            bullets,
        ))
    }
}
