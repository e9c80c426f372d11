//! The quiz's answer lines and its feedback boxes, each in a tone that
//! never rests on colour alone.

use super::{boxed, icon, scheme};
use iced::widget::{button, container, svg};
use iced::{Background, Border, Theme};

/// How an answer or an attempt went: each tone has a tint and an icon, so the
/// meaning never rests on colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Right, or passed.
    Good,
    /// Partly right, or a question to confirm.
    Mixed,
    /// Wrong, not passed, or a problem.
    Bad,
}

/// A quiz feedback, notice or problem box in a tone.
pub fn feedback(theme: &Theme, tone: Tone) -> container::Style {
    let scheme = scheme(theme);
    let (fill, edge) = match tone {
        Tone::Good => (scheme.success_fill, scheme.success),
        Tone::Mixed => (scheme.warning_fill, scheme.warning_edge),
        Tone::Bad => (scheme.danger_fill, scheme.danger),
    };
    container::Style {
        text_color: Some(scheme.text),
        ..boxed(fill, edge)
    }
}

/// The icon of a tone: a tick, a half-filled circle, a cross.
pub fn verdict_icon(tone: Tone) -> svg::Handle {
    match tone {
        Tone::Good => icon(include_bytes!("../../../assets/icons/correct.svg")),
        Tone::Mixed => icon(include_bytes!("../../../assets/icons/partly.svg")),
        Tone::Bad => icon(include_bytes!("../../../assets/icons/incorrect.svg")),
    }
}

/// An answer option: a line on the surface that takes the highlight on hover;
/// disabled (checked answers) keeps its text readable.
pub fn answer_button(theme: &Theme, status: button::Status) -> button::Style {
    let scheme = scheme(theme);
    let (background, text, edge) = match status {
        button::Status::Hovered | button::Status::Pressed => {
            (scheme.highlight_fill, scheme.highlight_text, scheme.primary)
        }
        _ => (scheme.surface, scheme.text, scheme.border),
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: text,
        border: Border {
            color: edge,
            width: 1.0,
            radius: 6.0.into(),
        },
        ..button::Style::default()
    }
}

/// A line of a matching or ordering question.
pub fn answer_box(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    container::Style {
        text_color: Some(scheme.text),
        ..boxed(scheme.surface, scheme.border)
    }
}
