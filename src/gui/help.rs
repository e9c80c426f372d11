//! Views that belong to no one screen: the shortcuts list (F1) and what to do
//! when the progress file cannot be opened.

use super::theme;
use super::widget::Look;
use crate::i18n::Localizer;
use iced::widget::{Column, column, container, opaque, scrollable, stack};
use iced::{Background, Color, Element, Fill};
use std::path::Path;

/// Every shortcut, as Fluent ids of the keys and of what they do.
const SHORTCUTS: [(&str, &str); 13] = [
    ("keys-f1", "shortcut-help"),
    ("keys-tab", "shortcut-focus"),
    ("keys-enter", "shortcut-activate"),
    ("keys-escape", "shortcut-back"),
    ("keys-arrows-side", "shortcut-lessons"),
    ("keys-arrows-updown", "shortcut-scroll"),
    ("keys-page", "shortcut-page"),
    ("keys-home-end", "shortcut-ends"),
    ("keys-digits", "shortcut-answer"),
    ("keys-space", "shortcut-toggle"),
    ("keys-list", "shortcut-list"),
    ("keys-zoom", "shortcut-zoom"),
    ("keys-reload", "shortcut-reload"),
];

/// `screen` with the list of shortcuts over it.
pub fn overlay<'a, M: 'a>(
    screen: Element<'a, M>,
    locale: &Localizer,
    look: Look,
) -> Element<'a, M> {
    let mut rows = Column::new().spacing(10);
    for (keys, action) in SHORTCUTS {
        rows = rows.push(
            look.row(vec![
                container(look.strong(locale.text(keys), theme::BODY))
                    .width(220)
                    .into(),
                look.text(locale.text(action), theme::BODY).into(),
            ])
            .spacing(16),
        );
    }
    let card = container(
        column![
            look.heading(locale.text("shortcuts-heading"), theme::H2),
            rows,
            look.muted(locale.text("shortcuts-close"), theme::SMALL),
        ]
        .spacing(16),
    )
    .padding(32)
    .max_width(720)
    .style(theme::card);
    let shade = container(scrollable(container(card).center_x(Fill).padding(40)))
        .width(Fill)
        .height(Fill)
        .id("shortcuts")
        .style(|_theme| container::Style {
            background: Some(Background::Color(Color::from_rgba8(0, 0, 0, 0.55))),
            ..container::Style::default()
        });
    stack![screen, opaque(shade)].into()
}

/// The page shown when the progress file cannot be opened: the reason, the
/// folder, and what to do. Nothing is written while it shows.
pub fn store_failed<'a, M: 'a>(
    locale: &Localizer,
    look: Look,
    problem: &str,
    data_dir: &Path,
) -> Element<'a, M> {
    let page = column![
        look.heading(locale.text("store-failed-heading"), theme::H1),
        look.error(problem.to_owned()),
        look.text(
            locale.text_with(
                "store-failed-help",
                &fluent::fluent_args!["folder" => locale.isolate(data_dir.display().to_string())],
            ),
            theme::BODY,
        ),
    ]
    .spacing(16);
    column![
        look.top_bar(vec![look.strong(locale.text("app-title"), theme::H3)]),
        container(container(page).max_width(theme::CONTENT_WIDTH).padding(32)).center_x(Fill),
    ]
    .into()
}

/// The page shown when another Fieldcourse (a window, or a command such as
/// `backup restore`) holds the data folder: this window opened nothing.
pub fn folder_in_use<'a, M: 'a>(locale: &Localizer, look: Look, data_dir: &Path) -> Element<'a, M> {
    let page = column![
        look.heading(locale.text("folder-in-use-heading"), theme::H1),
        look.text(
            locale.text_with(
                "folder-in-use-body",
                &fluent::fluent_args!["folder" => locale.isolate(data_dir.display().to_string())],
            ),
            theme::BODY,
        ),
    ]
    .spacing(16);
    column![
        look.top_bar(vec![look.strong(locale.text("app-title"), theme::H3)]),
        container(container(page).max_width(theme::CONTENT_WIDTH).padding(32)).center_x(Fill),
    ]
    .into()
}
