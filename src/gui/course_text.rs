//! Course text: markdown set in the course's font and direction.

use super::font;
use super::widget::has_arabic;
use iced::widget::{container, markdown};
use iced::{Element, Fill, Font, Theme};

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
        let mut settings = markdown::Settings::with_text_size(self.size, style);
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
    content: &'a markdown::Content,
    style: TextStyle,
    theme: &Theme,
    on_link: impl Fn(markdown::Uri) -> M + 'a,
) -> Element<'a, M> {
    let settings = style.settings(theme);
    let viewer = CourseViewer { rtl: style.rtl };
    let body: Element<'a, markdown::Uri> = markdown::view_with(content.items(), settings, &viewer);
    container(body.map(on_link)).width(Fill).into()
}

/// Sets headings in bold and, for right-to-left text, aligns blocks to the
/// right. iced 0.14 has no layout direction: list bullets stay on the left and
/// table columns run left to right.
struct CourseViewer {
    rtl: bool,
}

impl CourseViewer {
    fn align<'a>(&self, element: Element<'a, markdown::Uri>) -> Element<'a, markdown::Uri> {
        if self.rtl {
            container(element).align_right(Fill).into()
        } else {
            element
        }
    }
}

impl<'a> markdown::Viewer<'a, markdown::Uri> for CourseViewer {
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
        self.align(markdown::paragraph(settings, text, Self::on_link_click))
    }

    // Cells and list items size to their content: a right-aligned, fill-width
    // paragraph inside them collapses the layout, so they are set left to right
    // and the whole table or list is pushed to the reading side instead.
    fn table(
        &self,
        settings: markdown::Settings,
        columns: &'a [markdown::Column],
        rows: &'a [markdown::Row],
    ) -> Element<'a, markdown::Uri> {
        self.align(markdown::table(
            &CourseViewer { rtl: false },
            settings,
            columns,
            rows,
        ))
    }

    fn unordered_list(
        &self,
        settings: markdown::Settings,
        bullets: &'a [markdown::Bullet],
    ) -> Element<'a, markdown::Uri> {
        self.align(markdown::unordered_list(
            &CourseViewer { rtl: false },
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
        self.align(markdown::ordered_list(
            &CourseViewer { rtl: false },
            settings,
            start,
            bullets,
        ))
    }
}
