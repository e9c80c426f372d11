//! What iced 0.14's markdown lacks for right-to-left text: paragraphs whose
//! styled words stay in place, and lists with their bullets on the right.

use crate::i18n::bidi;
use iced::widget::text::Span;
use iced::widget::{Column, container, markdown, rich_text, row, text};
use iced::{Element, Fill, Font};

/// A markdown paragraph as rich text, its spans regrouped so that a word set
/// partly in bold or italic keeps its place in a right-to-left line (see
/// [`bidi::whole_words`] for why iced needs this). Left-to-right text passes
/// through unchanged.
pub fn paragraph<'a, M: 'a>(
    settings: markdown::Settings,
    text: &markdown::Text,
    on_link_click: impl Fn(markdown::Uri) -> M + 'a,
) -> Element<'a, M> {
    rich_text(whole_word_spans(&text.spans(settings.style)))
        .size(settings.text_size)
        .on_link_click(on_link_click)
        .into()
}

/// The spans of one paragraph with no word split between two fonts in a
/// right-to-left line.
pub fn whole_word_spans(
    spans: &[Span<'static, markdown::Uri>],
) -> Vec<Span<'static, markdown::Uri>> {
    let keyed: Vec<(&str, Option<Font>)> = spans
        .iter()
        .map(|span| (span.text.as_ref(), span.font))
        .collect();
    bidi::whole_words(&keyed)
        .into_iter()
        .filter_map(|piece| {
            let mut span = spans.get(piece.style)?.clone();
            span.text = piece.text.into();
            Some(span)
        })
        .collect()
}

/// A bulleted list read right to left: each bullet to the right of its item.
/// iced's own list puts the bullet on the left with no way to mirror it.
pub fn unordered_list<'a, M: 'a>(
    viewer: &impl markdown::Viewer<'a, M>,
    settings: markdown::Settings,
    bullets: &'a [markdown::Bullet],
) -> Element<'a, M> {
    let marks = bullets.iter().map(|bullet| match bullet {
        markdown::Bullet::Point { .. } => "•".to_owned(),
        markdown::Bullet::Task { done: true, .. } => "☑".to_owned(),
        markdown::Bullet::Task { done: false, .. } => "☐".to_owned(),
    });
    mirrored_list(viewer, settings, bullets, marks.collect())
}

/// A numbered list read right to left: each number to the right of its item.
pub fn ordered_list<'a, M: 'a>(
    viewer: &impl markdown::Viewer<'a, M>,
    settings: markdown::Settings,
    start: u64,
    bullets: &'a [markdown::Bullet],
) -> Element<'a, M> {
    let marks = (0..bullets.len() as u64)
        .map(|index| format!("{}.", start + index))
        .collect();
    mirrored_list(viewer, settings, bullets, marks)
}

fn mirrored_list<'a, M: 'a>(
    viewer: &impl markdown::Viewer<'a, M>,
    settings: markdown::Settings,
    bullets: &'a [markdown::Bullet],
    marks: Vec<String>,
) -> Element<'a, M> {
    let items = bullets.iter().zip(marks).map(|(bullet, mark)| {
        let (markdown::Bullet::Point { items } | markdown::Bullet::Task { items, .. }) = bullet;
        let body = markdown::view_with(
            items,
            markdown::Settings {
                spacing: settings.spacing * 0.6,
                ..settings
            },
            viewer,
        );
        row![
            container(body).align_right(Fill),
            text(mark)
                .size(settings.text_size)
                .font(settings.style.font)
        ]
        .spacing(settings.spacing)
        .into()
    });
    Column::with_children(items)
        .spacing(settings.spacing * 0.75)
        .padding([0.0, settings.spacing.0])
        .width(Fill)
        .into()
}
