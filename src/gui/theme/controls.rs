//! The colours of iced's own controls (text fields, radios, checkboxes), and
//! the quiz's pick box: every control edge at least 3:1 against the page and
//! every text 4.5:1 against its fill (WCAG 2.1 AA; checked by a test over
//! every theme).

use super::{Scheme, scheme};
use iced::theme::Palette;
use iced::theme::palette::Extended;
use iced::widget::{button, checkbox, container, svg, text_editor, text_input};
use iced::{Background, Border, Theme};

/// The extended palette iced's default widget styles read, made from the
/// theme's scheme. iced derives it from the page colour by small steps: on
/// black (high contrast) that gives grey placeholders and dim radio edges.
/// Only what controls read is changed here (its `background.strong` also
/// draws progress tracks and rules, so fields get [`text_field`] instead).
pub fn extended(palette: Palette, scheme: &Scheme) -> Extended {
    let mut extended = Extended::generate(palette);
    extended.background.base.text = scheme.text;
    // Placeholders.
    extended.secondary.base.color = scheme.muted;
    // Radio edges and dots, a focused field's edge.
    extended.primary.strong.color = scheme.primary;
    extended
}

/// A text field: the page's fill, an edge of 3:1, muted placeholder; the edge
/// turns primary and thicker on hover and focus.
pub fn text_field(theme: &Theme, status: text_input::Status) -> text_input::Style {
    let scheme = scheme(theme);
    let (edge, width) = match status {
        text_input::Status::Focused { .. } => (scheme.primary, 2.0),
        text_input::Status::Hovered => (scheme.text, 1.0),
        _ => (scheme.control_edge, 1.0),
    };
    text_input::Style {
        background: Background::Color(scheme.surface),
        border: Border {
            color: edge,
            width,
            radius: 4.0.into(),
        },
        icon: scheme.muted,
        placeholder: scheme.muted,
        value: scheme.text,
        selection: scheme.highlight_fill,
    }
}

/// A multi-line note field, drawn like [`text_field`].
pub fn note_field(theme: &Theme, status: text_editor::Status) -> text_editor::Style {
    let field = text_field(
        theme,
        match status {
            text_editor::Status::Active => text_input::Status::Active,
            text_editor::Status::Hovered => text_input::Status::Hovered,
            text_editor::Status::Focused { is_hovered } => {
                text_input::Status::Focused { is_hovered }
            }
            text_editor::Status::Disabled => text_input::Status::Disabled,
        },
    );
    text_editor::Style {
        background: field.background,
        border: field.border,
        placeholder: field.placeholder,
        value: field.value,
        selection: field.selection,
    }
}

/// A checkbox: an edge of 3:1 on the page, the primary fill when ticked.
pub fn check_box(theme: &Theme, status: checkbox::Status) -> checkbox::Style {
    let scheme = scheme(theme);
    let (checked, hovered) = match status {
        checkbox::Status::Active { is_checked } | checkbox::Status::Disabled { is_checked } => {
            (is_checked, false)
        }
        checkbox::Status::Hovered { is_checked } => (is_checked, true),
    };
    checkbox::Style {
        background: Background::Color(if checked {
            scheme.primary
        } else {
            scheme.surface
        }),
        icon_color: scheme.on_primary,
        border: Border {
            color: if checked || hovered {
                scheme.primary
            } else {
                scheme.control_edge
            },
            width: if hovered { 2.0 } else { 1.0 },
            radius: 3.0.into(),
        },
        text_color: Some(scheme.text),
    }
}

/// A matching question's pick box: a field-like button showing the choice.
pub fn pick_box(theme: &Theme, status: button::Status) -> button::Style {
    let scheme = scheme(theme);
    let (edge, width) = match status {
        button::Status::Hovered | button::Status::Pressed => (scheme.primary, 2.0),
        _ => (scheme.control_edge, 1.0),
    };
    button::Style {
        background: Some(Background::Color(scheme.surface)),
        text_color: scheme.text,
        border: Border {
            color: edge,
            width,
            radius: 4.0.into(),
        },
        ..button::Style::default()
    }
}

/// The arrow of a pick box, in the text colour.
pub fn pick_arrow(theme: &Theme, _status: svg::Status) -> svg::Style {
    svg::Style {
        color: Some(scheme(theme).text),
    }
}

/// A box in the page colour (a programme line not selected). A screen's
/// scrolled content needs none: the window is cleared to the page colour
/// (see `gui::page_frame`).
pub fn page(theme: &Theme) -> container::Style {
    container::Style {
        background: Some(Background::Color(scheme(theme).page)),
        ..container::Style::default()
    }
}
