//! Small view helpers shared by screens: text in the right font and direction.
//!
//! iced 0.14 has no layout direction, so right-to-left is done here: rows are
//! reversed and text containers aligned right (see docs in shared iced notes).

use super::font;
use crate::i18n::Language;
use iced::widget::{Container, Row, button, container, text};
use iced::{Color, Element, Fill, Font};

/// How text is set for the current interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// Whether the interface runs right to left.
    pub rtl: bool,
}

/// Whether `content` has Arabic letters.
pub fn has_arabic(content: &str) -> bool {
    content.chars().any(|c| {
        matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
    })
}

/// The font for a string: Noto Sans Arabic when it has Arabic letters (named
/// explicitly, or fallback may pick a face that leaves letters unjoined), else
/// Noto Sans (the Arabic face has no Latin letters of its own).
fn font_for(content: &str, bold: bool) -> Font {
    match (has_arabic(content), bold) {
        (true, false) => font::ARABIC,
        (true, true) => font::ARABIC_BOLD,
        (false, false) => font::SANS,
        (false, true) => font::SANS_BOLD,
    }
}

impl Look {
    /// The look for an interface language.
    pub fn for_language(language: Language) -> Self {
        Self {
            rtl: language.right_to_left,
        }
    }

    /// A paragraph of regular text across the available width.
    pub fn text<'a, M: 'a>(&self, content: impl Into<String>, size: f32) -> Container<'a, M> {
        let content = content.into();
        let font = font_for(&content, false);
        self.align(text(content).font(font).size(size))
    }

    /// Regular text in a colour.
    pub fn colored<'a, M: 'a>(
        &self,
        content: impl Into<String>,
        size: f32,
        color: Color,
    ) -> Container<'a, M> {
        let content = content.into();
        let font = font_for(&content, false);
        self.align(text(content).font(font).size(size).color(color))
    }

    /// A bold heading across the available width.
    pub fn heading<'a, M: 'a>(&self, content: impl Into<String>, size: f32) -> Container<'a, M> {
        let content = content.into();
        let font = font_for(&content, true);
        self.align(text(content).font(font).size(size))
    }

    /// Text that takes only the room it needs (for buttons and labels).
    pub fn label<'a, M: 'a>(&self, content: impl Into<String>, size: f32) -> Element<'a, M> {
        let content = content.into();
        let font = font_for(&content, false);
        text(content).font(font).size(size).into()
    }

    /// Bold text that takes only the room it needs.
    pub fn strong<'a, M: 'a>(&self, content: impl Into<String>, size: f32) -> Element<'a, M> {
        let content = content.into();
        let font = font_for(&content, true);
        text(content).font(font).size(size).into()
    }

    /// A row whose children run in reading order.
    pub fn row<'a, M: 'a>(&self, mut children: Vec<Element<'a, M>>) -> Row<'a, M> {
        if self.rtl {
            children.reverse();
        }
        Row::with_children(children)
    }

    /// A white button on the top bar, wrapped so tests can find it by `id`.
    pub fn bar_button<'a, M: Clone + 'a>(
        &self,
        label: String,
        message: M,
        id: &'static str,
    ) -> Element<'a, M> {
        container(
            button(self.label(label, super::theme::BODY))
                .on_press(message)
                .padding([6, 16])
                .style(super::theme::bar_button),
        )
        .id(id)
        .into()
    }

    /// The band across the top of a screen, its items in reading order.
    pub fn top_bar<'a, M: 'a>(&self, items: Vec<Element<'a, M>>) -> Element<'a, M> {
        container(self.row(items).spacing(16).align_y(iced::Center))
            .padding([12, 24])
            .width(Fill)
            .style(super::theme::top_bar)
            .into()
    }

    /// Places `content` at the start of the line: left, or right in right-to-left.
    pub fn start<'a, M: 'a>(&self, content: impl Into<Element<'a, M>>) -> Container<'a, M> {
        self.align(content)
    }

    /// Places `content` at the end of the line: right, or left in right-to-left.
    pub fn end<'a, M: 'a>(&self, content: impl Into<Element<'a, M>>) -> Container<'a, M> {
        if self.rtl {
            container(content).width(Fill)
        } else {
            container(content).align_right(Fill)
        }
    }

    fn align<'a, M: 'a>(&self, content: impl Into<Element<'a, M>>) -> Container<'a, M> {
        // `text(..).width(Fill).align_x(Right)` loses single-line Arabic in iced
        // 0.14; aligning the container instead keeps it.
        if self.rtl {
            container(content).align_right(Fill)
        } else {
            container(content).width(Fill)
        }
    }
}

/// A framed notice across the column (saved, installed, failed), styled by
/// one of the theme's note styles.
pub fn notice<'a, M: 'a>(
    content: impl Into<Element<'a, M>>,
    style: fn(&iced::Theme) -> iced::widget::container::Style,
) -> Element<'a, M> {
    container(content)
        .padding([12, 16])
        .width(Fill)
        .style(style)
        .into()
}
