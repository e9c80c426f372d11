//! One course's card in the library: what it holds, the learner's progress,
//! and for a course with problems or suggestions, those in plain words.

use super::{Card, CourseProgress, Message, PROBLEMS_SHOWN};
use crate::course::{CourseCard, Verdict, length_phrase};
use crate::gui::widget::Look;
use crate::gui::{problem, theme};
use crate::i18n::{Localizer, language_name};
use fluent::fluent_args;
use iced::widget::{Column, button, column, container};
use iced::{Element, Fill};

pub(super) fn card_view<'a>(
    index: usize,
    card: &'a Card,
    publisher: &Verdict,
    progress: CourseProgress,
    opening: bool,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let loaded = &card.loaded;
    let mut content = Column::new().spacing(8);
    let usable = loaded.is_usable();
    // Title and summary in the learner's language when the course has it.
    let shown = loaded.in_language(locale.language().tag);
    if let (true, Some(course)) = (usable, shown) {
        content = content.push(look.heading(course.title.clone(), theme::H2));
    } else if usable {
        content = content.push(look.heading(loaded.display_name(), theme::H2));
    } else {
        let badge = container(look.strong(locale.text("course-broken-badge"), theme::SMALL))
            .padding([2, 10])
            .style(theme::warning_pill);
        content = content.push(
            look.row(vec![
                look.heading(loaded.display_name(), theme::H2).into(),
                badge.into(),
            ])
            .spacing(12)
            .align_y(iced::Center),
        );
    }
    if let Some(course) = shown.filter(|_| loaded.id.is_some()) {
        content = content
            .push(look.colored(
                locale.text_with(
                    "course-by",
                    &fluent_args!["publisher" => course.publisher.clone()],
                ),
                theme::SMALL,
                look.muted,
            ))
            .push(crate::gui::publisher::badge(
                publisher,
                &format!("publisher-{index}"),
                locale,
                look,
            ))
            .push(look.text(course.summary.clone(), theme::BODY));
        if usable {
            let label = if opening {
                "library-opening"
            } else if progress.completed {
                "course-review"
            } else if progress.started {
                "course-continue"
            } else {
                "course-start"
            };
            let open = button(look.label(locale.text(label), theme::BODY))
                .on_press_maybe((!opening).then_some(Message::Open(index)))
                .padding([8, 20])
                .style(button::primary);
            content = content
                .push(facts(loaded, locale, look))
                .push(progress_bar(progress, locale, look))
                .push(look.start(look.action(format!("open-course-{index}"), open)));
        }
    }
    if !usable {
        let summary = locale.text_with(
            "course-broken-summary",
            &fluent_args!["count" => loaded.error_count()],
        );
        content = content
            .push(look.text(summary, theme::BODY))
            .push(problems(index, card, locale, look));
    } else if loaded.warning_count() > 0 {
        content = content.push(suggestions(index, card, locale, look));
    }
    let style = if usable {
        theme::card
    } else {
        theme::broken_card
    };
    container(content)
        .padding(24)
        .width(Fill)
        .style(style)
        .id(format!("course-{index}"))
        .into()
}

/// Lessons done as a bar and in words, so it reads without colour.
fn progress_bar<'a>(
    progress: CourseProgress,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let words = if progress.completed {
        locale.text("course-completed")
    } else {
        locale.text_with(
            "course-lessons-done",
            &fluent_args!["done" => progress.lessons_completed, "total" => progress.lessons_total],
        )
    };
    let total = progress.lessons_total.max(1) as f32;
    let bar = look.progress_bar(0.0..=total, progress.lessons_completed as f32, 8.0);
    column![bar, look.muted(words, theme::SMALL)]
        .spacing(4)
        .into()
}

fn facts<'a>(loaded: &'a CourseCard, locale: &Localizer, look: Look) -> Element<'a, Message> {
    if loaded.id.is_none() {
        return column![].into();
    }
    let languages: Vec<String> = loaded
        .languages()
        .iter()
        // Each name isolated: "English, Français" must not mix with Arabic.
        .map(|tag| locale.isolate(language_name(tag)))
        .collect();
    let chip = |label: String| -> Element<'a, Message> {
        container(look.label(label, theme::SMALL))
            .padding([2, 10])
            .style(theme::chip)
            .into()
    };
    look.row(vec![
        chip(locale.text_with(
            "course-languages",
            &fluent_args!["languages" => languages.join(&locale.text("list-separator"))],
        )),
        chip(locale.text_with("course-modules", &fluent_args!["count" => loaded.modules])),
        chip(locale.text_with(
            "course-lessons",
            &fluent_args!["count" => loaded.lesson_count()],
        )),
        chip(length_phrase(locale, loaded.estimated_minutes)),
    ])
    .spacing(8)
    .wrap()
    .into()
}

/// A usable course's suggestions for its author: a button that lists them.
fn suggestions<'a>(
    index: usize,
    card: &'a Card,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let loaded = &card.loaded;
    let toggle = button(look.colored(
        locale.text_with(
            "course-warnings",
            &fluent_args!["count" => loaded.warning_count()],
        ),
        theme::SMALL,
        look.muted,
    ))
    .on_press(Message::ToggleProblems(index))
    .padding([4, 8])
    .style(theme::text_button);
    let mut list = Column::new()
        .spacing(12)
        .push(look.start(look.action(format!("toggle-problems-{index}"), toggle)));
    if card.show_all_problems {
        for diagnostic in &loaded.diagnostics {
            list = list.push(problem::view(diagnostic, &loaded.origin, locale, look));
        }
    }
    list.into()
}

fn problems<'a>(
    index: usize,
    card: &'a Card,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let diagnostics = &card.loaded.diagnostics;
    let shown = if card.show_all_problems {
        diagnostics.len()
    } else {
        PROBLEMS_SHOWN
    };
    let mut list = Column::new().spacing(12);
    for diagnostic in diagnostics.iter().take(shown) {
        list = list.push(problem::view(diagnostic, &card.loaded.origin, locale, look));
    }
    if diagnostics.len() > PROBLEMS_SHOWN {
        let label = if card.show_all_problems {
            locale.text("problems-show-fewer")
        } else {
            locale.text_with(
                "problems-show-all",
                &fluent_args!["count" => diagnostics.len()],
            )
        };
        let toggle = button(look.label(label, theme::BODY))
            .on_press(Message::ToggleProblems(index))
            .padding([4, 8])
            .style(theme::text_button);
        list = list.push(look.start(look.action(format!("toggle-problems-{index}"), toggle)));
    }
    list.into()
}
