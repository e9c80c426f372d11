//! Small view helpers shared by screens: text in the right font and direction.
//!
//! iced 0.14 has no layout direction, so right-to-left is done here: rows are
//! reversed and text containers aligned right (see docs in shared iced notes).

use super::font;
use super::theme::ThemeChoice;
use crate::i18n::Language;
use iced::widget::{Container, Row, button, container, text};
use iced::{Color, Element, Fill, Font};

/// How text is set for the current interface language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Look {
    /// Whether the interface runs right to left.
    pub rtl: bool,
    /// The theme's colour for secondary text.
    pub muted: Color,
    /// The colour theme, for views that style rich text themselves.
    pub theme: ThemeChoice,
    /// The [`focus_key`] of the control with the keyboard focus, if any.
    pub focused: Option<u64>,
}

/// Something Tab can move to on a screen, in the order the screen shows it.
#[derive(Debug, Clone)]
pub enum Focus<M> {
    /// A button: its container id and the message Enter or Space sends.
    Press(String, M),
    /// A text field, by id: focusing it lets the learner type.
    Field(String),
    /// A control that reads its own keys while it has the focus (a pick list
    /// opened and chosen from with the arrows, an item moved with Up/Down):
    /// the screen is asked what a key means there.
    Keys(String),
}

impl<M> Focus<M> {
    /// The widget id.
    pub fn id(&self) -> &str {
        match self {
            Self::Press(id, _) | Self::Field(id) | Self::Keys(id) => id,
        }
    }

    /// The same target carrying the app's message.
    pub fn map<N>(self, wrap: impl Fn(M) -> N) -> Focus<N> {
        match self {
            Self::Press(id, message) => Focus::Press(id, wrap(message)),
            Self::Field(id) => Focus::Field(id),
            Self::Keys(id) => Focus::Keys(id),
        }
    }
}

/// A short key for a widget id, so [`Look`] can stay `Copy`.
pub fn focus_key(id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    id.hash(&mut hasher);
    hasher.finish()
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
    /// The look for an interface language in a colour theme.
    pub fn new(language: Language, theme: ThemeChoice) -> Self {
        Self {
            rtl: language.right_to_left,
            muted: theme.scheme().muted,
            theme,
            focused: None,
        }
    }

    /// The same look with the keyboard focus on the control with this id.
    pub fn with_focus(self, id: Option<&str>) -> Self {
        Self {
            focused: id.map(focus_key),
            ..self
        }
    }

    /// A control that Tab can reach: wrapped with its `id` (for tests and
    /// focus), with a ring drawn around it when it has the keyboard focus,
    /// since iced 0.14 buttons draw no focus of their own.
    pub fn action<'a, M: 'a>(
        &self,
        id: impl Into<String>,
        content: impl Into<Element<'a, M>>,
    ) -> Container<'a, M> {
        let id = id.into();
        let focused = self.focused == Some(focus_key(&id));
        let ring = container(content).padding(3).id(id);
        if focused {
            ring.style(super::theme::focus_ring)
        } else {
            ring
        }
    }

    /// Secondary text (metadata, hints) in the theme's muted colour.
    pub fn muted<'a, M: 'a>(&self, content: impl Into<String>, size: f32) -> Container<'a, M> {
        self.colored(content, size, self.muted)
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
        self.action(
            id,
            button(self.label(label, super::theme::BODY))
                .on_press(message)
                .padding([6, 16])
                .style(super::theme::bar_button),
        )
        .into()
    }

    /// A message box for an error, with what to do next.
    pub fn error<'a, M: 'a>(&self, content: impl Into<String>) -> Container<'a, M> {
        container(self.text(content, super::theme::BODY))
            .padding(12)
            .width(Fill)
            .style(super::theme::error_box)
    }

    /// A screen's main action, reachable by Tab under `id`.
    pub fn primary_button<'a, M: Clone + 'a>(
        &self,
        id: impl Into<String>,
        label: String,
        message: M,
    ) -> Container<'a, M> {
        self.labelled_button(id, label, Some(message), button::primary)
    }

    /// [`Look::primary_button`], shown disabled while `message` is `None`
    /// (work it started is still running).
    pub fn primary_button_when<'a, M: Clone + 'a>(
        &self,
        id: impl Into<String>,
        label: String,
        message: Option<M>,
    ) -> Container<'a, M> {
        self.labelled_button(id, label, message, button::primary)
    }

    /// A secondary action, outlined, reachable by Tab under `id`.
    pub fn secondary_button<'a, M: Clone + 'a>(
        &self,
        id: impl Into<String>,
        label: String,
        message: M,
    ) -> Container<'a, M> {
        self.labelled_button(id, label, Some(message), super::theme::secondary_button)
    }

    fn labelled_button<'a, M: Clone + 'a>(
        &self,
        id: impl Into<String>,
        label: String,
        message: Option<M>,
        style: fn(&iced::Theme, button::Status) -> button::Style,
    ) -> Container<'a, M> {
        self.action(
            id,
            button(self.label(label, super::theme::BODY))
                .on_press_maybe(message)
                .padding([10, 24])
                .style(style),
        )
    }

    /// The band across the top of a screen, its items in reading order.
    pub fn top_bar<'a, M: 'a>(&self, items: Vec<Element<'a, M>>) -> Element<'a, M> {
        // Wraps at large text sizes instead of running items over each other.
        let row = self
            .row(items)
            .spacing(16)
            .align_y(iced::Center)
            .wrap()
            .vertical_spacing(8);
        // The wrapping row is only as wide as its items: the band itself
        // puts them on the reading side.
        let row = if self.rtl {
            row.align_x(iced::alignment::Horizontal::Right)
        } else {
            row
        };
        self.start(row)
            .padding([12, 24])
            .style(super::theme::top_bar)
            .into()
    }

    /// A bar showing how far `value` is through `range`, filled from the
    /// reading side. iced 0.14's `progress_bar` has no direction and always
    /// fills from the left, so in right-to-left the bar is drawn here from
    /// two boxes sharing the width in proportion (to a thousandth).
    pub fn progress_bar<'a, M: 'a>(
        &self,
        range: std::ops::RangeInclusive<f32>,
        value: f32,
        girth: f32,
    ) -> Element<'a, M> {
        let (start, end) = range.into_inner();
        if !self.rtl {
            return iced::widget::progress_bar(start..=end, value)
                .girth(girth)
                .length(Fill)
                .into();
        }
        let fraction = if end > start {
            ((value - start) / (end - start)).clamp(0.0, 1.0)
        } else {
            0.0
        };
        let filled = (fraction * 1000.0).round() as u16;
        let mut parts: Vec<Element<'a, M>> = Vec::new();
        if filled < 1000 {
            parts.push(
                iced::widget::space()
                    .width(iced::Length::FillPortion(1000 - filled))
                    .into(),
            );
        }
        if filled > 0 {
            parts.push(
                container(iced::widget::space())
                    .width(iced::Length::FillPortion(filled))
                    .height(Fill)
                    .style(|theme: &iced::Theme| container::Style {
                        background: Some(iced::widget::progress_bar::primary(theme).bar),
                        border: iced::widget::progress_bar::primary(theme).border,
                        ..container::Style::default()
                    })
                    .into(),
            );
        }
        container(Row::with_children(parts).height(Fill))
            .width(Fill)
            .height(girth)
            .style(|theme: &iced::Theme| {
                let style = iced::widget::progress_bar::primary(theme);
                container::Style {
                    background: Some(style.background),
                    border: style.border,
                    ..container::Style::default()
                }
            })
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
