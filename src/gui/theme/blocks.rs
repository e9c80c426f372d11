//! The boxes of a lesson's blocks (pictures, callouts, case studies,
//! reflections) and their icons.

use super::{boxed, icon, scheme};
use crate::course::CalloutStyle;
use iced::widget::{container, svg};
use iced::{Background, Border, Color, Theme};

/// A picture's frame: always light, since course pictures are drawn for paper.
pub fn figure(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(Color::WHITE)),
        border: Border {
            color: scheme(theme).border,
            width: 1.0,
            radius: 6.0.into(),
        },
        ..container::Style::default()
    }
}

/// A callout: each style has its own tint, edge, icon and label.
pub fn callout(theme: &Theme, style: CalloutStyle) -> container::Style {
    let scheme = scheme(theme);
    let (fill, edge) = match style {
        CalloutStyle::Note => scheme.boxes[0],
        CalloutStyle::Tip => scheme.boxes[1],
        CalloutStyle::Warning => (scheme.warning_fill, scheme.warning_edge),
        CalloutStyle::KeyPoints => scheme.boxes[2],
    };
    boxed(fill, edge)
}

/// A case study's box.
pub fn case_study(theme: &Theme) -> container::Style {
    let (fill, edge) = scheme(theme).boxes[3];
    boxed(fill, edge)
}

/// A reflection prompt's box.
pub fn reflection(theme: &Theme) -> container::Style {
    let (fill, edge) = scheme(theme).boxes[4];
    boxed(fill, edge)
}

/// The icon and the Fluent id of the label of a callout style.
pub fn callout_icon(style: CalloutStyle) -> (svg::Handle, &'static str) {
    match style {
        CalloutStyle::Note => (
            icon(include_bytes!("../../../assets/icons/note.svg")),
            "callout-note",
        ),
        CalloutStyle::Tip => (
            icon(include_bytes!("../../../assets/icons/tip.svg")),
            "callout-tip",
        ),
        CalloutStyle::Warning => (
            icon(include_bytes!("../../../assets/icons/warning.svg")),
            "callout-warning",
        ),
        CalloutStyle::KeyPoints => (
            icon(include_bytes!("../../../assets/icons/key-points.svg")),
            "callout-key-points",
        ),
    }
}

/// The case study icon.
pub fn case_study_icon() -> svg::Handle {
    icon(include_bytes!("../../../assets/icons/case-study.svg"))
}

/// The reflection icon.
pub fn reflection_icon() -> svg::Handle {
    icon(include_bytes!("../../../assets/icons/reflection.svg"))
}
