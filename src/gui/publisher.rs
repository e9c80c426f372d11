//! Who published a course, as the library card, the course overview and the
//! trainer's import show it: "Published by NAME · verified" for a key this
//! device trusts, "Signed as NAME · not verified" for another key. Names and
//! keys are isolated, so an organisation's Latin name keeps its shape inside
//! an Arabic sentence.

use crate::course::Verdict;
use crate::gui::theme;
use crate::gui::widget::Look;
use crate::i18n::Localizer;
use fluent::fluent_args;
use iced::widget::{column, container};
use iced::{Element, Fill};

/// The publisher mark of an installed course: `None` when it was not signed
/// (a bundled course, a folder), which says nothing either way.
pub fn badge<'a, M: 'a>(
    verdict: &Verdict,
    id: &str,
    locale: &Localizer,
    look: Look,
) -> Option<Element<'a, M>> {
    let (key, name, style): (_, _, fn(&iced::Theme) -> container::Style) = match verdict {
        Verdict::Verified { name, .. } => ("course-publisher-verified", name, theme::success_pill),
        Verdict::Unknown(publisher) => (
            "course-publisher-unverified",
            &publisher.name,
            theme::warning_pill,
        ),
        Verdict::Unsigned => return None,
    };
    let words = locale.text_with(key, &fluent_args!["name" => locale.isolate(name)]);
    Some(
        look.start(
            container(look.label(words, theme::SMALL))
                .padding([2, 10])
                .style(style)
                .id(id.to_owned()),
        )
        .into(),
    )
}

/// What the trainer's import says of a package's publisher once installed:
/// verified with the name known here, or not verified and why, with the key.
pub fn import_line<'a, M: 'a>(verdict: &Verdict, locale: &Localizer, look: Look) -> Element<'a, M> {
    let line = match verdict {
        Verdict::Verified { name, .. } => look.strong(
            locale.text_with(
                "publisher-verified",
                &fluent_args!["name" => locale.isolate(name)],
            ),
            theme::BODY,
        ),
        Verdict::Unknown(publisher) => look.strong(
            locale.text_with(
                "publisher-unknown",
                &fluent_args!["name" => locale.isolate(&publisher.name)],
            ),
            theme::BODY,
        ),
        Verdict::Unsigned => look.strong(locale.text("publisher-unsigned"), theme::BODY),
    };
    // Full width, so each line aligns to the start of the notice (the right
    // in Arabic) as the lines around it do.
    let mut lines = column![look.start(line)].spacing(2).width(Fill);
    if verdict.is_verified() {
        lines = lines.push(look.muted(locale.text("publisher-verified-detail"), theme::SMALL));
    }
    if let Some(publisher) = verdict.publisher() {
        lines = lines.push(key_line(publisher.did.as_str(), locale, look));
    }
    container(lines).width(Fill).id("import-publisher").into()
}

/// "Key: did:key:z…", small, the key isolated.
pub fn key_line<'a, M: 'a>(did: &str, locale: &Localizer, look: Look) -> Element<'a, M> {
    look.muted(
        locale.text_with("publisher-key", &fluent_args!["did" => locale.isolate(did)]),
        theme::SMALL,
    )
    .into()
}
