//! WCAG 2.1 contrast over every theme, measured on the colours the style
//! functions return (so the test cannot drift from what is drawn): 4.5:1 for
//! text on its fill, 3:1 for a control's edge on the page around it.

use fieldcourse::gui::theme::{self, ThemeChoice};
use iced::widget::{button, checkbox, radio, text_editor, text_input};
use iced::{Background, Color, Theme};

const TEXT: f32 = 4.5;
const EDGE: f32 = 3.0;

/// Relative luminance (WCAG 2.1).
fn luminance(color: Color) -> f32 {
    let channel = |c: f32| {
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
}

/// `color` laid over `under` (alpha blended), as the renderer draws it.
fn over(color: Color, under: Color) -> Color {
    let a = color.a;
    Color::from_rgb(
        color.r * a + under.r * (1.0 - a),
        color.g * a + under.g * (1.0 - a),
        color.b * a + under.b * (1.0 - a),
    )
}

fn ratio(a: Color, b: Color) -> f32 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

fn fill(background: Option<Background>, page: Color) -> Color {
    match background {
        Some(Background::Color(color)) => over(color, page),
        _ => page,
    }
}

/// Collects every pair that falls short, so one run names them all.
struct Check {
    theme: ThemeChoice,
    page: Color,
    failures: Vec<String>,
}

impl Check {
    fn pair(&mut self, what: &str, front: Color, back: Color, needed: f32) {
        let back = over(back, self.page);
        let front = over(front, back);
        let measured = ratio(front, back);
        if measured < needed {
            self.failures.push(format!(
                "{:?} {what}: {measured:.2}:1, needs {needed}:1",
                self.theme
            ));
        }
    }

    fn button(&mut self, what: &str, style: impl Fn(&Theme, button::Status) -> button::Style) {
        let theme = self.theme.theme();
        for status in [
            button::Status::Active,
            button::Status::Hovered,
            button::Status::Pressed,
        ] {
            let drawn = style(&theme, status);
            let back = fill(drawn.background, self.page);
            self.pair(
                &format!("{what} text ({status:?})"),
                drawn.text_color,
                back,
                TEXT,
            );
            // An edge, when drawn, must show the button's shape; a filled
            // button shows it by its fill.
            if drawn.border.width > 0.0 && drawn.background.is_none_or(|_| back == self.page) {
                self.pair(
                    &format!("{what} edge ({status:?})"),
                    drawn.border.color,
                    self.page,
                    EDGE,
                );
            }
        }
    }
}

fn check(choice: ThemeChoice) -> Vec<String> {
    let theme = choice.theme();
    let scheme = choice.scheme();
    let mut check = Check {
        theme: choice,
        page: scheme.page,
        failures: Vec::new(),
    };
    // Text, secondary text, links on the page and on cards.
    for (what, back) in [("page", scheme.page), ("card", scheme.surface)] {
        check.pair(&format!("text on {what}"), scheme.text, back, TEXT);
        check.pair(
            &format!("secondary text on {what}"),
            scheme.muted,
            back,
            TEXT,
        );
        check.pair(&format!("link on {what}"), scheme.primary, back, TEXT);
    }
    check.pair("chip text", scheme.chip_text, scheme.chip_fill, TEXT);
    check.pair(
        "warning text",
        scheme.warning_text,
        scheme.warning_fill,
        TEXT,
    );
    check.pair("error text", scheme.danger_text, scheme.danger_fill, TEXT);
    check.pair("text on success", scheme.text, scheme.success_fill, TEXT);
    check.pair("top bar text", scheme.on_primary, scheme.primary, TEXT);

    // Buttons of every kind the app draws.
    check.button("primary button", button::primary);
    check.button("secondary button", theme::secondary_button);
    check.button("link button", theme::text_button);
    check.button("top bar button", theme::bar_button);
    check.button("answer option", theme::answer_button);
    check.button("card button", theme::card_button);
    check.button("current item", theme::current_outline_item);
    check.button("pick box", theme::pick_box);
    check.button("unselected tab", theme::tab(false));
    check.button("selected tab", theme::tab(true));
    // A pick box with nothing chosen shows its placeholder in secondary text.
    let pick = theme::pick_box(&theme, button::Status::Active);
    let pick_fill = fill(pick.background, scheme.page);
    check.pair("pick box placeholder", scheme.muted, pick_fill, TEXT);

    // Text fields and the note editor, as drawn.
    for status in [
        text_input::Status::Active,
        text_input::Status::Hovered,
        text_input::Status::Focused { is_hovered: false },
    ] {
        let field = theme::text_field(&theme, status);
        let back = fill(Some(field.background), scheme.page);
        check.pair(
            &format!("field value ({status:?})"),
            field.value,
            back,
            TEXT,
        );
        check.pair(
            &format!("field placeholder ({status:?})"),
            field.placeholder,
            back,
            TEXT,
        );
        check.pair(
            &format!("field edge ({status:?})"),
            field.border.color,
            scheme.page,
            EDGE,
        );
        check.pair(
            &format!("field edge on card ({status:?})"),
            field.border.color,
            scheme.surface,
            EDGE,
        );
    }
    let note = theme::note_field(&theme, text_editor::Status::Active);
    let back = fill(Some(note.background), scheme.page);
    check.pair("note text", note.value, back, TEXT);
    check.pair("note edge", note.border.color, scheme.page, EDGE);

    // Checkboxes and radios (iced's radio, on our palette).
    for is_checked in [false, true] {
        let mark = theme::check_box(&theme, checkbox::Status::Active { is_checked });
        check.pair(
            &format!("checkbox edge (checked {is_checked})"),
            mark.border.color,
            scheme.surface,
            EDGE,
        );
        if is_checked {
            let back = fill(Some(mark.background), scheme.surface);
            check.pair("checkbox tick", mark.icon_color, back, EDGE);
        }
        let dot = radio::default(
            &theme,
            radio::Status::Active {
                is_selected: is_checked,
            },
        );
        check.pair("radio edge", dot.border_color, scheme.surface, EDGE);
    }
    // The keyboard focus ring.
    let ring = theme::focus_ring(&theme);
    check.pair("focus ring", ring.border.color, scheme.page, EDGE);
    check.failures
}

#[test]
fn every_theme_meets_wcag_aa_contrast() {
    let failures: Vec<String> = ThemeChoice::ALL.into_iter().flat_map(check).collect();
    assert!(
        failures.is_empty(),
        "contrast too low:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_ratio_is_wcags() {
    assert!((ratio(Color::BLACK, Color::WHITE) - 21.0).abs() < 0.01);
    assert!((ratio(Color::WHITE, Color::WHITE) - 1.0).abs() < 0.01);
    // #767676 on white is the classic 4.54:1.
    let grey = Color::from_rgb8(0x76, 0x76, 0x76);
    assert!((ratio(grey, Color::WHITE) - 4.54).abs() < 0.01);
}
