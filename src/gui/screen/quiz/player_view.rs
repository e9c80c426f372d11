//! The player's view: one question, its answer controls, feedback, and the way on.

use super::results::{right_answer_and_why, top_bar, verdict_badge};
use super::{Message, Player, Problem, SCROLL_ID, answer};
use crate::course::{Question, QuestionKind, Quiz};
use crate::gui::course_text::{self, TextStyle};
use crate::gui::picture::Picture;
use crate::gui::theme;
use crate::gui::widget::Look;
use crate::i18n::Localizer;
use crate::quiz::{Outcome, Verdict};
use fluent::fluent_args;
use iced::widget::{Column, column, container, space};
use iced::{Element, Fill};

/// The id of a question's picture (its frame), for tests.
pub const PICTURE_ID: &str = "question-picture";

/// Draws the question shown, in the course's language and the interface's
/// direction; `untranslated_in` is the course's source language when the quiz
/// is shown partly in it.
pub(super) fn view<'a>(
    quiz: &'a Quiz,
    player: &'a Player,
    pictures: &super::Pictures,
    course_language: &str,
    untranslated_in: Option<&str>,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let count = player.attempt.plan.questions.len();
    let mut page = Column::new()
        .spacing(16)
        .push(look.heading(quiz.title.clone(), theme::H2));
    if let Some(source) = untranslated_in {
        page = page.push(crate::gui::screen::partly_translated_notice(
            source, locale, look,
        ));
    }
    if let Some((question, planned)) = player.question(quiz) {
        let number = player.position + 1;
        page = page
            .push(look.colored(
                locale.text_with(
                    "quiz-progress",
                    &fluent_args!["number" => number, "count" => count],
                ),
                theme::SMALL,
                look.muted,
            ))
            .push(look.progress_bar(0.0..=count as f32, number as f32, 6.0));
        // The author's introduction comes before the first question.
        if player.position == 0
            && let Some(intro) = &player.intro
        {
            let style = TextStyle::for_course(course_language, &quiz.title);
            page = page.push(
                container(course_text::view(
                    intro,
                    style,
                    &look.theme.theme(),
                    Message::Link,
                ))
                .id("quiz-intro")
                .padding(16)
                .width(Fill)
                .style(theme::answer_box),
            );
        }
        if let Some(prompt) = player.prompts.get(player.position) {
            let style = TextStyle::for_course(course_language, &question.prompt);
            page = page.push(course_text::view(
                prompt,
                style,
                &look.theme.theme(),
                Message::Link,
            ));
        }
        if let Some(image) = &question.image {
            let missing = Picture::Missing(image.src.clone());
            let picture = pictures.get(&image.src).unwrap_or(&missing);
            page = page.push(picture.view(PICTURE_ID, &image.alt, locale, look));
        }
        page = page.push(look.colored(hint(question, locale), theme::SMALL, look.muted));
        if let Some(draft) = player.drafts.get(player.position) {
            page = page.push(answer::controls(
                question,
                planned,
                draft,
                player.locked(),
                player.list.as_ref(),
                locale,
                look,
            ));
        }
        if let Some(Some(outcome)) = player.checked.get(player.position) {
            page = page.push(feedback(question, outcome, locale, look));
        }
    }
    if let Some(problem) = &player.problem {
        page = page.push(problem_box(problem, locale, look));
    }
    if player.confirming {
        page = page.push(confirm_box(player, locale, look));
    }
    page = page.push(navigation(quiz, player, locale, look));
    let page = container(page).max_width(theme::CONTENT_WIDTH).padding(32);
    column![
        top_bar(locale, look),
        crate::gui::page_frame::scrolled_page(page, SCROLL_ID),
    ]
    .into()
}

/// What the learner is asked to do, by kind of question.
fn hint(question: &Question, locale: &Localizer) -> String {
    match question.kind {
        QuestionKind::SingleChoice => locale.text("quiz-hint-single"),
        QuestionKind::MultipleChoice => locale.text("quiz-hint-multiple"),
        QuestionKind::TrueFalse => locale.text("quiz-hint-true-false"),
        QuestionKind::Matching => locale.text("quiz-hint-matching"),
        QuestionKind::Ordering => locale.text("quiz-hint-ordering"),
        QuestionKind::ShortAnswer => locale.text("quiz-hint-short"),
        QuestionKind::Numeric => locale.text("quiz-hint-numeric"),
    }
}

/// The feedback on a checked answer: an icon and a word (never colour alone),
/// the author's messages, the right answer when it was missed, and why.
fn feedback<'a>(
    question: &Question,
    outcome: &Outcome,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let mut body = Column::new()
        .spacing(8)
        .push(look.start(verdict_badge(outcome, locale, look)));
    // Feedback on a picked option is shown under that option (see `answer`).
    if let Some(message) = &outcome.feedback {
        body = body.push(look.text(answer::plain(message), theme::BODY));
    }
    body = right_answer_and_why(body, question, outcome, locale, look);
    let tone = outcome_tone(outcome.verdict);
    container(body)
        .padding(16)
        .width(Fill)
        .style(move |theme| theme::feedback(theme, tone))
        .into()
}

fn outcome_tone(verdict: Verdict) -> theme::Tone {
    match verdict {
        Verdict::Correct => theme::Tone::Good,
        Verdict::Partly => theme::Tone::Mixed,
        Verdict::Incorrect => theme::Tone::Bad,
    }
}

/// Why the last action did not go through, and what to do.
fn problem_box<'a>(problem: &Problem, locale: &Localizer, look: Look) -> Element<'a, Message> {
    let text = match problem {
        Problem::NotSaved(reason) => locale.text_with(
            "quiz-not-saved",
            &fluent_args!["reason" => reason.show(locale)],
        ),
        Problem::NotSubmitted(reason) => locale.text_with(
            "quiz-not-submitted",
            &fluent_args!["reason" => reason.show(locale)],
        ),
        Problem::NotANumber => locale.text("quiz-not-a-number"),
        Problem::CourseChanged(reason) => locale.text_with(
            "quiz-course-changed",
            &fluent_args!["reason" => reason.show(locale)],
        ),
    };
    container(look.text(text, theme::BODY))
        .id("quiz-problem")
        .padding(16)
        .width(Fill)
        .style(|theme| theme::feedback(theme, theme::Tone::Bad))
        .into()
}

/// Asks before submitting with questions unanswered, naming them.
fn confirm_box<'a>(player: &Player, locale: &Localizer, look: Look) -> Element<'a, Message> {
    let unanswered = player.attempt.unanswered();
    let numbers: Vec<String> = player
        .attempt
        .plan
        .questions
        .iter()
        .enumerate()
        .filter(|(_, planned)| unanswered.contains(&planned.question_id.as_str()))
        .map(|(index, _)| (index + 1).to_string())
        .collect();
    let warning = locale.text_with(
        "quiz-unanswered",
        &fluent_args!["count" => numbers.len(), "numbers" => numbers.join(if look.rtl { "\u{060c} " } else { ", " })],
    );
    let buttons = look
        .row(vec![
            look.secondary_button(
                "keep-answering",
                locale.text("quiz-keep-answering"),
                Message::KeepAnswering,
            )
            .into(),
            look.primary_button(
                "submit-anyway",
                locale.text("quiz-submit-anyway"),
                Message::SubmitAnyway,
            )
            .into(),
        ])
        .spacing(12);
    container(column![look.text(warning, theme::BODY), look.start(buttons)].spacing(12))
        .padding(16)
        .width(Fill)
        .style(|theme| theme::feedback(theme, theme::Tone::Mixed))
        .into()
}

/// Previous at the start of the line; Check (when there is an answer to check)
/// and Next or Submit at its end: mirrored in right-to-left languages.
fn navigation<'a>(
    quiz: &Quiz,
    player: &Player,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let previous: Element<'a, Message> = if player.position > 0 {
        // Outlined, not iced's grey secondary, which reads as disabled.
        look.secondary_button("previous", locale.text("quiz-previous"), Message::Previous)
            .into()
    } else {
        space::horizontal().width(1).into()
    };
    let primary = player.primary(quiz);
    let button_for = |label: String, message: Message, id: &'static str| -> Element<'a, Message> {
        // The button Enter presses is filled; the others are outlined.
        if std::mem::discriminant(&message) == std::mem::discriminant(&primary) {
            look.primary_button(id, label, message).into()
        } else {
            look.secondary_button(id, label, message).into()
        }
    };
    let mut items = vec![previous, space::horizontal().into()];
    if matches!(primary, Message::Check) {
        items.push(button_for(
            locale.text("quiz-check"),
            Message::Check,
            "check",
        ));
    }
    items.push(if player.is_last() {
        button_for(locale.text("quiz-submit"), Message::Submit, "submit")
    } else {
        button_for(locale.text("quiz-next"), Message::Next, "next")
    });
    look.row(items)
        .spacing(12)
        .align_y(iced::Center)
        .padding([8, 0])
        .into()
}
