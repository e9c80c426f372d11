//! Colours, sizes and widget styles: the one place the app's look is decided.

use crate::course::CalloutStyle;
use iced::widget::{button, container, svg};
use iced::{Background, Border, Color, Theme, color};

/// Body text size at 100%.
pub const BODY: f32 = 16.0;
/// Small text (metadata, locations).
pub const SMALL: f32 = 13.0;
/// Third-level heading.
pub const H3: f32 = 20.0;
/// Second-level heading (card titles).
pub const H2: f32 = 24.0;
/// First-level heading (screen titles).
pub const H1: f32 = 30.0;
/// The widest a reading column gets, for lines of comfortable length.
pub const CONTENT_WIDTH: f32 = 880.0;

const PRIMARY: Color = color!(0x0b6e6e);
const SURFACE: Color = color!(0xffffff);
const BORDER: Color = color!(0xd3d9df);
/// Secondary text: 6.4:1 on the page background (WCAG AA).
pub const MUTED: Color = color!(0x4f5b66);
const WARNING_TEXT: Color = color!(0x6b4500);
const WARNING_FILL: Color = color!(0xfff1d6);
const WARNING_EDGE: Color = color!(0xc98a00);
const DANGER_TEXT: Color = color!(0x8c1d18);
const DANGER_FILL: Color = color!(0xfde7e5);
const CHIP_FILL: Color = color!(0xe9eef2);

/// The light theme: a calm teal on near-white.
pub fn light() -> Theme {
    Theme::custom(
        "Fieldcourse light".to_owned(),
        iced::theme::Palette {
            background: color!(0xf6f7f9),
            text: color!(0x1b1f24),
            primary: PRIMARY,
            success: color!(0x2e7d32),
            warning: WARNING_EDGE,
            danger: color!(0xb3261e),
        },
    )
}

/// The band across the top of every screen.
pub fn top_bar(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(PRIMARY)),
        text_color: Some(Color::WHITE),
        ..container::Style::default()
    }
}

/// A course card.
pub fn card(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(SURFACE)),
        border: Border {
            color: BORDER,
            width: 1.0,
            radius: 8.0.into(),
        },
        ..container::Style::default()
    }
}

/// A card for a course that cannot be opened: a strong amber edge, so the
/// state shows by shape as well as colour, beside its badge.
pub fn broken_card(theme: &Theme) -> container::Style {
    container::Style {
        border: Border {
            color: WARNING_EDGE,
            width: 2.0,
            radius: 8.0.into(),
        },
        ..card(theme)
    }
}

fn pill(fill: Color, text: Color) -> container::Style {
    container::Style {
        background: Some(Background::Color(fill)),
        text_color: Some(text),
        border: Border {
            radius: 12.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    }
}

/// A small label for facts about a course (language, counts, time).
pub fn chip(_theme: &Theme) -> container::Style {
    pill(CHIP_FILL, color!(0x2b3640))
}

/// The "needs fixing" badge and the label of a warning.
pub fn warning_pill(_theme: &Theme) -> container::Style {
    pill(WARNING_FILL, WARNING_TEXT)
}

/// The label of an error.
pub fn error_pill(_theme: &Theme) -> container::Style {
    pill(DANGER_FILL, DANGER_TEXT)
}

/// A white button on the top bar.
pub fn bar_button(_theme: &Theme, status: button::Status) -> button::Style {
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => color!(0xdff1f1),
        _ => Color::WHITE,
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: PRIMARY,
        border: Border {
            radius: 6.0.into(),
            ..Border::default()
        },
        ..button::Style::default()
    }
}

/// A button that reads as a link: primary-coloured text, underlined on hover.
pub fn text_button(_theme: &Theme, status: button::Status) -> button::Style {
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => Some(Background::Color(CHIP_FILL)),
        _ => None,
    };
    button::Style {
        background,
        text_color: PRIMARY,
        border: Border {
            radius: 6.0.into(),
            ..Border::default()
        },
        ..button::Style::default()
    }
}

/// The lesson outline beside the reading column.
pub fn outline(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(SURFACE)),
        border: Border {
            color: BORDER,
            width: 1.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// The lesson being read, in the outline: filled, so it shows without colour too.
pub fn current_outline_item(_theme: &Theme, _status: button::Status) -> button::Style {
    button::Style {
        background: Some(Background::Color(color!(0xd9eeee))),
        text_color: color!(0x083f3f),
        border: Border {
            color: PRIMARY,
            width: 1.0,
            radius: 6.0.into(),
        },
        ..button::Style::default()
    }
}

/// A picture's frame.
pub fn figure(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(SURFACE)),
        border: Border {
            color: BORDER,
            width: 1.0,
            radius: 6.0.into(),
        },
        ..container::Style::default()
    }
}

fn boxed(fill: Color, edge: Color) -> container::Style {
    container::Style {
        background: Some(Background::Color(fill)),
        border: Border {
            color: edge,
            width: 1.0,
            radius: 8.0.into(),
        },
        ..container::Style::default()
    }
}

/// A callout: each style has its own tint, edge, icon and label.
pub fn callout(_theme: &Theme, style: CalloutStyle) -> container::Style {
    match style {
        CalloutStyle::Note => boxed(color!(0xeef3f9), color!(0x9fb4cf)),
        CalloutStyle::Tip => boxed(color!(0xedf7f0), color!(0x8fc2a0)),
        CalloutStyle::Warning => boxed(WARNING_FILL, WARNING_EDGE),
        CalloutStyle::KeyPoints => boxed(color!(0xe6f3f3), PRIMARY),
    }
}

/// A case study's box.
pub fn case_study(_theme: &Theme) -> container::Style {
    boxed(color!(0xf3f1f9), color!(0xb3a9d6))
}

/// A reflection prompt's box.
pub fn reflection(_theme: &Theme) -> container::Style {
    boxed(color!(0xfbf8ea), color!(0xcfc28a))
}

/// The icon and the Fluent id of the label of a callout style.
pub fn callout_icon(style: CalloutStyle) -> (svg::Handle, &'static str) {
    match style {
        CalloutStyle::Note => (
            icon(include_bytes!("../../assets/icons/note.svg")),
            "callout-note",
        ),
        CalloutStyle::Tip => (
            icon(include_bytes!("../../assets/icons/tip.svg")),
            "callout-tip",
        ),
        CalloutStyle::Warning => (
            icon(include_bytes!("../../assets/icons/warning.svg")),
            "callout-warning",
        ),
        CalloutStyle::KeyPoints => (
            icon(include_bytes!("../../assets/icons/key-points.svg")),
            "callout-key-points",
        ),
    }
}

/// The case study icon.
pub fn case_study_icon() -> svg::Handle {
    icon(include_bytes!("../../assets/icons/case-study.svg"))
}

/// The reflection icon.
pub fn reflection_icon() -> svg::Handle {
    icon(include_bytes!("../../assets/icons/reflection.svg"))
}

fn icon(bytes: &'static [u8]) -> svg::Handle {
    svg::Handle::from_memory(bytes)
}

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
pub fn feedback(_theme: &Theme, tone: Tone) -> container::Style {
    match tone {
        Tone::Good => boxed(color!(0xedf7f0), color!(0x2e7d32)),
        Tone::Mixed => boxed(WARNING_FILL, WARNING_EDGE),
        Tone::Bad => boxed(DANGER_FILL, color!(0xb3261e)),
    }
}

/// The icon of a tone: a tick, a half-filled circle, a cross.
pub fn verdict_icon(tone: Tone) -> svg::Handle {
    match tone {
        Tone::Good => icon(include_bytes!("../../assets/icons/correct.svg")),
        Tone::Mixed => icon(include_bytes!("../../assets/icons/partly.svg")),
        Tone::Bad => icon(include_bytes!("../../assets/icons/incorrect.svg")),
    }
}

/// An answer option: a white line that darkens on hover; disabled (checked
/// answers) keeps its text readable.
pub fn answer_button(_theme: &Theme, status: button::Status) -> button::Style {
    let (background, edge) = match status {
        button::Status::Hovered | button::Status::Pressed => (color!(0xe6f3f3), PRIMARY),
        _ => (SURFACE, BORDER),
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: color!(0x1b1f24),
        border: Border {
            color: edge,
            width: 1.0,
            radius: 6.0.into(),
        },
        ..button::Style::default()
    }
}

/// A line of a matching or ordering question.
pub fn answer_box(_theme: &Theme) -> container::Style {
    boxed(SURFACE, BORDER)
}
