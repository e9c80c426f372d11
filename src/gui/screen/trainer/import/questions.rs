//! The import's questions about a package's publisher: before an unsigned
//! package, or one signed by a key this device does not trust, is installed,
//! and before a course published by one key is replaced by another's.

use super::Message;
use crate::course::{Publisher, Verdict};
use crate::gui::widget::{Look, notice};
use crate::gui::{publisher, theme};
use crate::i18n::Localizer;
use fluent::fluent_args;
use iced::Element;
use iced::widget::{column, container};

/// The question before an unsigned package, or one signed by a key this
/// device does not trust, is installed. `course` names it: its title, or its
/// id when the package holds no readable course.
pub(super) fn unverified_view<'a>(
    course: &str,
    version: &str,
    verdict: &Verdict,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let (heading, body) = match verdict.publisher() {
        Some(signer) => (
            locale.text_with(
                "trainer-import-unknown",
                &fluent_args![
                    "course" => locale.isolate(course),
                    "version" => locale.isolate(version),
                    "name" => locale.isolate(&signer.name)
                ],
            ),
            locale.text_with(
                "trainer-import-unknown-body",
                &fluent_args!["name" => locale.isolate(&signer.name)],
            ),
        ),
        None => (
            locale.text_with(
                "trainer-import-unsigned",
                &fluent_args![
                    "course" => locale.isolate(course),
                    "version" => locale.isolate(version)
                ],
            ),
            locale.text("trainer-import-unsigned-body"),
        ),
    };
    let mut lines = column![look.strong(heading, theme::BODY)].spacing(10);
    if let Some(signer) = verdict.publisher() {
        lines = lines.push(publisher::key_line(signer.did.as_str(), locale, look));
    }
    lines = lines.push(look.text(body, theme::BODY)).push(choice(
        locale.text("trainer-import-cancel"),
        (
            "import-unverified",
            locale.text("trainer-import-install-anyway"),
        ),
        Message::ImportUnverified,
        look,
    ));
    container(notice(lines, theme::warning_note))
        .id("import-unverified-question")
        .into()
}

/// The question before a course published by one key is replaced by a
/// package another key (or nobody) signed.
pub(super) fn new_publisher_view<'a>(
    course: &str,
    installed: &Publisher,
    offered: &Verdict,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let heading = match offered.publisher() {
        Some(signer) => locale.text_with(
            "trainer-import-new-publisher",
            &fluent_args![
                "course" => locale.isolate(course),
                "installed" => locale.isolate(&installed.name),
                "offered" => locale.isolate(&signer.name)
            ],
        ),
        None => locale.text_with(
            "trainer-import-new-publisher-unsigned",
            &fluent_args![
                "course" => locale.isolate(course),
                "installed" => locale.isolate(&installed.name)
            ],
        ),
    };
    let mut lines = column![look.strong(heading, theme::BODY)].spacing(10);
    if let Some(signer) = offered.publisher() {
        lines = lines.push(publisher::key_line(signer.did.as_str(), locale, look));
    }
    lines = lines
        .push(look.text(
            locale.text("trainer-import-new-publisher-body"),
            theme::BODY,
        ))
        .push(choice(
            locale.text("trainer-import-keep-publisher"),
            (
                "import-new-publisher",
                locale.text("trainer-import-replace-anyway"),
            ),
            Message::ImportNewPublisher,
            look,
        ));
    container(notice(lines, theme::warning_note))
        .id("import-publisher-question")
        .into()
}

/// Not installing first (the safe choice, the primary button), then going on.
fn choice<'a>(
    cancel: String,
    (id, go_on): (&'static str, String),
    message: Message,
    look: Look,
) -> Element<'a, Message> {
    look.start(
        look.row(vec![
            look.primary_button("import-cancel", cancel, Message::CancelImport)
                .into(),
            look.secondary_button(id, go_on, message).into(),
        ])
        .spacing(12),
    )
    .into()
}
