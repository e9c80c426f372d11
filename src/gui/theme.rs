//! Colours, sizes and widget styles: the one place the app's look is decided.

mod answers;
mod blocks;
mod controls;

pub use answers::{Tone, answer_box, answer_button, feedback, verdict_icon};
pub use blocks::{
    callout, callout_icon, case_study, case_study_icon, figure, reflection, reflection_icon,
};
pub use controls::{check_box, note_field, page, pick_arrow, pick_box, text_field};

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

/// The colour themes a learner can choose.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeChoice {
    /// Dark text on a near-white page.
    #[default]
    Light,
    /// Light text on a dark page, for dim rooms.
    Dark,
    /// White and yellow on black, for low vision (WCAG AAA text contrast).
    HighContrast,
}

impl ThemeChoice {
    /// Every theme, in the order Settings lists them.
    pub const ALL: [Self; 3] = [Self::Light, Self::Dark, Self::HighContrast];

    /// The Fluent id of the theme's name.
    pub fn label_id(self) -> &'static str {
        match self {
            Self::Light => "theme-light",
            Self::Dark => "theme-dark",
            Self::HighContrast => "theme-high-contrast",
        }
    }

    /// The iced theme.
    pub fn theme(self) -> Theme {
        let scheme = self.scheme();
        Theme::custom_with_fn(
            scheme.name.to_owned(),
            iced::theme::Palette {
                background: scheme.page,
                text: scheme.text,
                primary: scheme.primary,
                success: scheme.success,
                warning: scheme.warning_edge,
                danger: scheme.danger,
            },
            |palette| controls::extended(palette, scheme),
        )
    }

    /// The colours of the theme.
    pub fn scheme(self) -> &'static Scheme {
        match self {
            Self::Light => &LIGHT,
            Self::Dark => &DARK,
            Self::HighContrast => &HIGH_CONTRAST,
        }
    }
}

/// Every colour the app draws with, per theme. Text pairs are chosen for at
/// least 4.5:1 contrast (7:1 in high contrast).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scheme {
    name: &'static str,
    /// The page behind everything.
    pub page: Color,
    /// Body text.
    pub text: Color,
    /// Secondary text (metadata, hints).
    pub muted: Color,
    /// Buttons, links and the top bar.
    pub primary: Color,
    /// Text on the top bar.
    pub on_primary: Color,
    /// Cards and panels.
    pub surface: Color,
    /// Card and panel edges.
    pub border: Color,
    /// The edges of controls (text fields, pick boxes): 3:1 on the page.
    pub control_edge: Color,
    /// Chips and hover fills.
    pub chip_fill: Color,
    /// Text on chips.
    pub chip_text: Color,
    /// The item being read in the outline, and focused controls.
    pub highlight_fill: Color,
    /// Text on the highlight.
    pub highlight_text: Color,
    /// Success (passed, correct), always paired with a word or icon.
    pub success: Color,
    /// Errors, always paired with a word or icon.
    pub danger: Color,
    /// Warning text.
    pub warning_text: Color,
    /// Warning fill.
    pub warning_fill: Color,
    /// Warning edge.
    pub warning_edge: Color,
    /// Error text.
    pub danger_text: Color,
    /// Error fill.
    pub danger_fill: Color,
    /// Success fill (correct answers, passed).
    pub success_fill: Color,
    /// Note, tip, key points, case study and reflection fills and edges.
    boxes: [(Color, Color); 5],
}

const LIGHT: Scheme = Scheme {
    name: "Fieldcourse light",
    page: color!(0xf6f7f9),
    text: color!(0x1b1f24),
    // 6.4:1 on the page.
    muted: color!(0x4f5b66),
    primary: color!(0x0b6e6e),
    on_primary: Color::WHITE,
    surface: color!(0xffffff),
    border: color!(0xd3d9df),
    // 5.1:1 on the page.
    control_edge: color!(0x5f6b77),
    chip_fill: color!(0xe9eef2),
    chip_text: color!(0x2b3640),
    highlight_fill: color!(0xd9eeee),
    highlight_text: color!(0x083f3f),
    success: color!(0x2e7d32),
    danger: color!(0xb3261e),
    warning_text: color!(0x6b4500),
    warning_fill: color!(0xfff1d6),
    warning_edge: color!(0xc98a00),
    danger_text: color!(0x8c1d18),
    danger_fill: color!(0xfde7e5),
    success_fill: color!(0xe5f4e7),
    boxes: [
        (color!(0xeef3f9), color!(0x9fb4cf)),
        (color!(0xedf7f0), color!(0x8fc2a0)),
        (color!(0xe6f3f3), color!(0x0b6e6e)),
        (color!(0xf3f1f9), color!(0xb3a9d6)),
        (color!(0xfbf8ea), color!(0xcfc28a)),
    ],
};

const DARK: Scheme = Scheme {
    name: "Fieldcourse dark",
    page: color!(0x14181c),
    text: color!(0xe7eaee),
    // 8.1:1 on the page.
    muted: color!(0xaab4be),
    primary: color!(0x4fb8b0),
    on_primary: color!(0x0b1416),
    surface: color!(0x1e2429),
    border: color!(0x3a444d),
    // 5.9:1 on the page.
    control_edge: color!(0x8a96a2),
    chip_fill: color!(0x2b343c),
    chip_text: color!(0xdde3e8),
    highlight_fill: color!(0x1f4a4a),
    highlight_text: color!(0xe9fbfb),
    success: color!(0x7bc47f),
    danger: color!(0xf08a80),
    warning_text: color!(0xffd58a),
    warning_fill: color!(0x3d3017),
    warning_edge: color!(0xd9a23a),
    danger_text: color!(0xffb4ab),
    danger_fill: color!(0x46211e),
    success_fill: color!(0x1d3a21),
    boxes: [
        (color!(0x1d2a38), color!(0x5d7898)),
        (color!(0x1b3325), color!(0x5f9c73)),
        (color!(0x173434), color!(0x4fb8b0)),
        (color!(0x29253a), color!(0x8a7fc0)),
        (color!(0x34301b), color!(0xb3a564)),
    ],
};

const HIGH_CONTRAST: Scheme = Scheme {
    name: "Fieldcourse high contrast",
    page: Color::BLACK,
    text: Color::WHITE,
    // 15:1 on black.
    muted: color!(0xe0e0e0),
    primary: color!(0xffd400),
    on_primary: Color::BLACK,
    surface: Color::BLACK,
    border: Color::WHITE,
    control_edge: Color::WHITE,
    chip_fill: color!(0x262626),
    chip_text: Color::WHITE,
    highlight_fill: color!(0xffd400),
    highlight_text: Color::BLACK,
    success: color!(0x7dff8a),
    danger: color!(0xff8a80),
    warning_text: color!(0xffd400),
    warning_fill: Color::BLACK,
    warning_edge: color!(0xffd400),
    danger_text: color!(0xff8a80),
    danger_fill: Color::BLACK,
    success_fill: Color::BLACK,
    boxes: [(Color::BLACK, Color::WHITE); 5],
};

/// The colours behind an iced theme made by [`ThemeChoice::theme`].
pub fn scheme(theme: &Theme) -> &'static Scheme {
    let background = theme.palette().background;
    ThemeChoice::ALL
        .into_iter()
        .map(ThemeChoice::scheme)
        .find(|scheme| scheme.page == background)
        .unwrap_or(&LIGHT)
}

/// The band across the top of every screen.
pub fn top_bar(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    container::Style {
        background: Some(Background::Color(scheme.primary)),
        text_color: Some(scheme.on_primary),
        ..container::Style::default()
    }
}

/// A card or panel.
pub fn card(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    container::Style {
        background: Some(Background::Color(scheme.surface)),
        text_color: Some(scheme.text),
        border: Border {
            color: scheme.border,
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
            color: scheme(theme).warning_edge,
            width: 2.0,
            radius: 8.0.into(),
        },
        ..card(theme)
    }
}

/// A card that stands out: the learner's current course, a passed quiz.
pub fn success_card(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    container::Style {
        background: Some(Background::Color(scheme.success_fill)),
        border: Border {
            color: scheme.success,
            width: 2.0,
            radius: 8.0.into(),
        },
        ..card(theme)
    }
}

fn pill(fill: Color, text: Color, edge: Color) -> container::Style {
    container::Style {
        background: Some(Background::Color(fill)),
        text_color: Some(text),
        border: Border {
            radius: 12.0.into(),
            color: edge,
            width: 1.0,
        },
        ..container::Style::default()
    }
}

/// A small label for facts about a course (language, counts, time).
pub fn chip(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    pill(scheme.chip_fill, scheme.chip_text, scheme.chip_fill)
}

/// The "needs fixing" badge and the label of a warning.
pub fn warning_pill(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    pill(
        scheme.warning_fill,
        scheme.warning_text,
        scheme.warning_edge,
    )
}

/// The label of an error.
pub fn error_pill(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    pill(scheme.danger_fill, scheme.danger_text, scheme.danger_text)
}

/// The label of something done or passed.
pub fn success_pill(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    pill(scheme.success_fill, scheme.text, scheme.success)
}

/// A message box for an error, with what to do next.
pub fn error_box(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    boxed(scheme.danger_fill, scheme.danger_text)
}

/// A button on the top bar.
pub fn bar_button(theme: &Theme, status: button::Status) -> button::Style {
    let scheme = scheme(theme);
    let (background, text) = match status {
        button::Status::Hovered | button::Status::Pressed => {
            (scheme.highlight_fill, scheme.highlight_text)
        }
        _ => (scheme.on_primary, scheme.primary),
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: text,
        border: Border {
            radius: 6.0.into(),
            ..Border::default()
        },
        ..button::Style::default()
    }
}

/// A button for a secondary action or an unchosen option: outlined, so it
/// reads as a button in every theme without competing with the primary one.
pub fn secondary_button(theme: &Theme, status: button::Status) -> button::Style {
    let scheme = scheme(theme);
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => scheme.highlight_fill,
        _ => scheme.surface,
    };
    button::Style {
        background: Some(Background::Color(background)),
        text_color: match status {
            button::Status::Hovered | button::Status::Pressed => scheme.highlight_text,
            _ => scheme.primary,
        },
        border: Border {
            color: scheme.primary,
            width: 1.0,
            radius: 6.0.into(),
        },
        ..button::Style::default()
    }
}

/// A button that reads as a link: primary-coloured text, filled on hover.
pub fn text_button(theme: &Theme, status: button::Status) -> button::Style {
    let scheme = scheme(theme);
    let background = match status {
        button::Status::Hovered | button::Status::Pressed => {
            Some(Background::Color(scheme.chip_fill))
        }
        _ => None,
    };
    button::Style {
        background,
        text_color: scheme.primary,
        border: Border {
            radius: 6.0.into(),
            ..Border::default()
        },
        ..button::Style::default()
    }
}

/// A card that is a button (a learner to choose): lifts its edge on hover.
pub fn card_button(theme: &Theme, status: button::Status) -> button::Style {
    let scheme = scheme(theme);
    let edge = match status {
        button::Status::Hovered | button::Status::Pressed => scheme.primary,
        _ => scheme.border,
    };
    button::Style {
        background: Some(Background::Color(scheme.surface)),
        text_color: scheme.text,
        border: Border {
            color: edge,
            width: 2.0,
            radius: 8.0.into(),
        },
        ..button::Style::default()
    }
}

/// A learner's initials in a round badge.
pub fn avatar(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    container::Style {
        background: Some(Background::Color(scheme.primary)),
        text_color: Some(scheme.on_primary),
        border: Border {
            radius: 32.0.into(),
            ..Border::default()
        },
        ..container::Style::default()
    }
}

/// The ring around the control with the keyboard focus: thick, in the text
/// colour, so it shows in every theme and without colour vision.
pub fn focus_ring(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    container::Style {
        border: Border {
            color: scheme.text,
            width: 3.0,
            radius: 9.0.into(),
        },
        ..container::Style::default()
    }
}

/// The lesson outline beside the reading column.
pub fn outline(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    container::Style {
        background: Some(Background::Color(scheme.surface)),
        border: Border {
            color: scheme.border,
            width: 1.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// The lesson being read, in the outline: filled, so it shows without colour too.
pub fn current_outline_item(theme: &Theme, _status: button::Status) -> button::Style {
    let scheme = scheme(theme);
    button::Style {
        background: Some(Background::Color(scheme.highlight_fill)),
        text_color: scheme.highlight_text,
        border: Border {
            color: scheme.primary,
            width: 1.0,
            radius: 6.0.into(),
        },
        ..button::Style::default()
    }
}

/// The PDF's teal, for the certificate preview's heading and code.
pub const CERTIFICATE_TEAL: Color = color!(0x165263);
const CERTIFICATE_GOLD: Color = color!(0xb08d57);

/// The certificate preview: a white sheet with the PDF's teal frame.
pub fn certificate_sheet(_theme: &Theme) -> container::Style {
    // Always white, like the paper it previews.
    container::Style {
        background: Some(Background::Color(Color::WHITE)),
        text_color: Some(color!(0x212529)),
        border: Border {
            color: CERTIFICATE_TEAL,
            width: 3.0,
            radius: 2.0.into(),
        },
        ..container::Style::default()
    }
}

/// The thin gold frame inside the certificate preview's teal one.
pub fn certificate_inner_frame(_theme: &Theme) -> container::Style {
    container::Style {
        border: Border {
            color: CERTIFICATE_GOLD,
            width: 1.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// A notice that something went well (saved, installed): a green edge and a
/// word, not colour alone.
pub fn success_note(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    container::Style {
        text_color: Some(scheme.text),
        ..boxed(scheme.success_fill, scheme.success)
    }
}

/// A question to answer before going on (install an older version?).
pub fn warning_note(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    container::Style {
        text_color: Some(scheme.warning_text),
        ..boxed(scheme.warning_fill, scheme.warning_edge)
    }
}

/// The band across the top of the live preview: amber, unlike the app's bar.
pub fn preview_band(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    container::Style {
        text_color: Some(scheme.warning_text),
        background: Some(scheme.warning_fill.into()),
        border: Border {
            color: scheme.warning_edge,
            width: 1.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// A notice that something failed, with what to do next.
pub fn error_note(theme: &Theme) -> container::Style {
    let scheme = scheme(theme);
    container::Style {
        text_color: Some(scheme.danger_text),
        ..boxed(scheme.danger_fill, scheme.danger_text)
    }
}

/// A tab of the trainer area; the open one is filled and edged, so it shows
/// without colour too.
pub fn tab(selected: bool) -> impl Fn(&Theme, button::Status) -> button::Style {
    move |theme, status| {
        if selected {
            current_outline_item(theme, status)
        } else {
            text_button(theme, status)
        }
    }
}

/// A box with a fill and a thin edge, rounded: callouts, notes, feedback.
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

/// An icon from the app's own SVG files.
fn icon(bytes: &'static [u8]) -> svg::Handle {
    svg::Handle::from_memory(bytes)
}
