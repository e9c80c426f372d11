//! The results of a submitted attempt: score, pass mark, a review of each
//! question, and the way on (try again, back to the course). Also the notice
//! shown when every attempt is used.

use super::answer::{format_number, option_text, plain, rounded_for_display};
use super::{Message, Results, SCROLL_ID, find};
use crate::course::{Question, Quiz};
use crate::gui::course_text::{self, TextStyle};
use crate::gui::theme;
use crate::gui::widget::Look;
use crate::i18n::Localizer;
use crate::quiz::{AnswerKey, QuizStatus, Response, Verdict, review_shows_answers};
use fluent::fluent_args;
use iced::widget::{Column, column, container, svg};
use iced::{Center, Element, Fill};

/// Draws the results of `results`.
pub(super) fn view<'a>(
    quiz: &'a Quiz,
    results: &'a Results,
    course_language: &str,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let result = &results.result;
    let passed = result.passed;
    let mut summary = Column::new()
        .spacing(10)
        .push(look.heading(
            locale.text_with(
                "quiz-results-title",
                &fluent_args!["title" => quiz.title.clone()],
            ),
            theme::H2,
        ))
        .push(look.heading(
            locale.text_with(
                "quiz-score",
                &fluent_args!["percent" => percent(result.score)],
            ),
            theme::H1,
        ))
        .push(look.text(
            locale.text_with(
                "quiz-points",
                &fluent_args![
                    "points" => rounded_for_display(result.points),
                    "max" => rounded_for_display(result.max_points)
                ],
            ),
            theme::BODY,
        ))
        .push(look.text(
            locale.text_with(
                "quiz-pass-mark",
                &fluent_args!["percent" => percent(quiz.pass_mark)],
            ),
            theme::BODY,
        ))
        .push(verdict_line(passed, locale, look));
    if let Some(left) = results.status.attempts_left {
        summary = summary.push(look.colored(
            locale.text_with("quiz-attempts-left", &fluent_args!["count" => left]),
            theme::BODY,
            look.muted,
        ));
    }
    if let Some(problem) = &results.problem {
        summary = summary.push(look.text(
            locale.text_with(
                "quiz-not-started",
                &fluent_args!["reason" => problem.show(locale)],
            ),
            theme::BODY,
        ));
    }
    if let Some(problem) = &results.completion_problem {
        summary = summary.push(look.error(locale.text_with(
            "completion-not-saved",
            &fluent_args!["problem" => problem.show(locale)],
        )));
    }
    let mut buttons = Vec::new();
    if results.status.attempts_left != Some(0) {
        // Outlined, not iced's grey secondary, which reads as disabled.
        buttons.push(
            look.secondary_button(
                "try-again",
                locale.text("quiz-try-again"),
                Message::TryAgain,
            )
            .into(),
        );
    }
    buttons.push(
        look.primary_button("done", locale.text("quiz-back-to-course"), Message::Done)
            .into(),
    );
    summary = summary.push(look.start(look.row(buttons).spacing(12)));
    let mut page = Column::new().spacing(16).push(
        container(summary)
            .padding(20)
            .width(Fill)
            .style(theme::card),
    );
    if review_shows_answers(quiz) {
        page = page.push(look.heading(locale.text("quiz-review"), theme::H3));
        for (index, (question_id, outcome)) in result.outcomes.iter().enumerate() {
            let Some(question) = find(quiz, question_id) else {
                continue;
            };
            let mut card = Column::new().spacing(8).push(
                look.start(
                    look.row(vec![
                        look.strong(
                            locale.text_with(
                                "quiz-question-number",
                                &fluent_args!["number" => index + 1],
                            ),
                            theme::H3,
                        ),
                        verdict_badge(outcome, locale, look),
                    ])
                    .spacing(16)
                    .align_y(Center),
                ),
            );
            if let Some(prompt) = results.prompts.get(index) {
                let style = TextStyle::for_course(course_language, &question.prompt);
                card = card.push(course_text::view(
                    prompt,
                    style,
                    &look.theme.theme(),
                    Message::Link,
                ));
            }
            let given = results.attempt.responses.get(question_id).map_or_else(
                || locale.text("quiz-not-answered"),
                |response| describe_response(question, response, locale),
            );
            card = card.push(look.text(
                locale.text_with("quiz-your-answer", &fluent_args!["answer" => given]),
                theme::BODY,
            ));
            card = right_answer_and_why(card, question, outcome, locale, look);
            page = page.push(
                container(card)
                    .id(format!("review-{}", index + 1))
                    .padding(20)
                    .width(Fill)
                    .style(theme::card),
            );
        }
    } else {
        page = page.push(look.colored(locale.text("quiz-review-hidden"), theme::BODY, look.muted));
    }
    framed(page, locale, look)
}

/// The notice when every allowed attempt is used: where the learner stands and
/// what to do about it.
pub(super) fn out_of_attempts<'a>(
    quiz: &'a Quiz,
    status: &QuizStatus,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let mut notice = Column::new()
        .spacing(12)
        .push(look.heading(quiz.title.clone(), theme::H2))
        .push(look.heading(locale.text("quiz-out-of-attempts"), theme::H3))
        .push(look.text(
            locale.text_with(
                "quiz-attempts-used",
                &fluent_args!["count" => status.attempts_used],
            ),
            theme::BODY,
        ));
    if let Some(best) = status.best_score {
        notice = notice.push(look.text(
            locale.text_with("quiz-best-score", &fluent_args!["percent" => percent(best)]),
            theme::BODY,
        ));
    }
    notice = notice
        .push(verdict_line(status.passed, locale, look))
        .push(look.text(
            if status.passed {
                locale.text("quiz-out-of-attempts-passed")
            } else {
                locale.text("quiz-out-of-attempts-help")
            },
            theme::BODY,
        ))
        .push(look.start(look.primary_button(
            "done",
            locale.text("quiz-back-to-course"),
            Message::Back,
        )));
    let page = Column::new().push(
        container(notice)
            .id("out-of-attempts")
            .padding(20)
            .width(Fill)
            .style(theme::card),
    );
    framed(page, locale, look)
}

fn framed<'a>(page: Column<'a, Message>, locale: &Localizer, look: Look) -> Element<'a, Message> {
    let page = container(page).max_width(theme::CONTENT_WIDTH).padding(32);
    column![
        top_bar(locale, look),
        crate::gui::page_frame::scrolled_page(page, SCROLL_ID),
    ]
    .into()
}

/// "Passed" or "Not passed yet", with an icon so it never rests on colour.
fn verdict_line<'a>(passed: bool, locale: &Localizer, look: Look) -> Element<'a, Message> {
    let (icon, text) = if passed {
        (
            theme::verdict_icon(theme::Tone::Good),
            locale.text("quiz-passed"),
        )
    } else {
        (
            theme::verdict_icon(theme::Tone::Bad),
            locale.text("quiz-not-passed"),
        )
    };
    look.start(
        look.row(vec![
            svg(icon).width(24).height(24).into(),
            look.strong(text, theme::H3),
        ])
        .spacing(8)
        .align_y(Center),
    )
    .into()
}

/// An icon and a word for how right an answer was.
/// A partly right answer says which share of the points it earned.
pub(super) fn verdict_badge<'a>(
    outcome: &crate::quiz::Outcome,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let (tone, text) = match outcome.verdict {
        Verdict::Correct => (theme::Tone::Good, locale.text("quiz-correct")),
        Verdict::Partly if outcome.max_points > 0.0 => (
            theme::Tone::Mixed,
            locale.text_with(
                "quiz-partly-share",
                &fluent_args!["percent" => percent(outcome.points / outcome.max_points)],
            ),
        ),
        Verdict::Partly => (theme::Tone::Mixed, locale.text("quiz-partly")),
        Verdict::Incorrect => (theme::Tone::Bad, locale.text("quiz-incorrect")),
    };
    look.row(vec![
        svg(theme::verdict_icon(tone)).width(24).height(24).into(),
        look.strong(text, theme::H3),
    ])
    .spacing(8)
    .align_y(Center)
    .into()
}

/// A score from 0 to 1 as a whole percentage.
fn percent(share: f64) -> String {
    format!("{}", (share * 100.0).round())
}

/// What the learner answered, in words.
pub(super) fn describe_response(
    question: &Question,
    response: &Response,
    locale: &Localizer,
) -> String {
    match response {
        Response::Choice(ids) => ids
            .iter()
            .map(|id| option_text(question, id))
            .collect::<Vec<_>>()
            .join(list_separator(locale)),
        Response::TrueFalse(value) => yes_no(*value, locale),
        Response::Matching(chosen) => question
            .pairs
            .iter()
            .flatten()
            .map(|pair| {
                let right = chosen
                    .get(&pair.id)
                    .and_then(|right| question.right_item(right))
                    .map_or_else(|| locale.text("quiz-not-answered"), plain);
                match_pair(&pair.left, &right, locale)
            })
            .collect::<Vec<_>>()
            .join(list_separator(locale)),
        Response::Ordering(ids) => ordered(question, ids),
        Response::Text(typed) => typed.clone(),
        Response::Number(number) => format_number(*number),
    }
}

/// The right answer, in words.
/// Under an answer that was not right, the right one; under every answer, why.
pub(super) fn right_answer_and_why<'a>(
    mut column: Column<'a, Message>,
    question: &Question,
    outcome: &crate::quiz::Outcome,
    locale: &Localizer,
    look: Look,
) -> Column<'a, Message> {
    if outcome.verdict != Verdict::Correct {
        column = column.push(look.text(
            locale.text_with(
                "quiz-right-answer",
                &fluent_args!["answer" => describe_key(question, &outcome.answer_key, locale)],
            ),
            theme::BODY,
        ));
    }
    if let Some(partial) = partial_answers(&outcome.answer_key) {
        column = column.push(look.text(
            locale.text_with("quiz-partial-answers", &fluent_args!["answers" => partial]),
            theme::BODY,
        ));
    }
    if let Some(explanation) = &outcome.explanation {
        column = column.push(look.text(
            locale.text_with(
                "quiz-why",
                &fluent_args!["explanation" => plain(explanation)],
            ),
            theme::BODY,
        ));
    }
    column
}

pub(super) fn describe_key(question: &Question, key: &AnswerKey, locale: &Localizer) -> String {
    match key {
        AnswerKey::Options { correct } => correct
            .iter()
            .map(|id| option_text(question, id))
            .collect::<Vec<_>>()
            .join(list_separator(locale)),
        AnswerKey::TrueFalse { answer } => yes_no(*answer, locale),
        AnswerKey::Pairs { pairs, .. } => pairs
            .iter()
            .filter_map(|id| question.pairs.iter().flatten().find(|pair| &pair.id == id))
            .map(|pair| match_pair(&pair.left, &plain(&pair.right), locale))
            .collect::<Vec<_>>()
            .join(list_separator(locale)),
        AnswerKey::Order { items } => ordered(question, items),
        AnswerKey::Accepted { answers, .. } => answers.join(" / "),
        AnswerKey::Number {
            value, tolerance, ..
        } if *tolerance > 0.0 => locale.text_with(
            "quiz-number-tolerance",
            &fluent_args![
                "value" => format_number(*value),
                "tolerance" => format_number(*tolerance)
            ],
        ),
        AnswerKey::Number { value, .. } => format_number(*value),
        AnswerKey::Range { min, max, .. } => locale.text_with(
            "quiz-number-range",
            &fluent_args!["min" => format_number(*min), "max" => format_number(*max)],
        ),
    }
}

/// The answers worth part of the points, each with its share: `Kitten (50%)`.
fn partial_answers(key: &AnswerKey) -> Option<String> {
    let listed: Vec<String> = match key {
        AnswerKey::Accepted { partial, .. } => partial
            .iter()
            .map(|(answer, credit)| format!("{answer} ({}%)", percent(*credit)))
            .collect(),
        AnswerKey::Number { partial, .. } | AnswerKey::Range { partial, .. } => partial
            .iter()
            .map(|range| {
                let numbers = if range.min == range.max {
                    format_number(range.min)
                } else {
                    format!("{}–{}", format_number(range.min), format_number(range.max))
                };
                format!("{numbers} ({}%)", percent(range.credit))
            })
            .collect(),
        _ => Vec::new(),
    };
    (!listed.is_empty()).then(|| listed.join(" / "))
}

/// Between the items of a list: Arabic writes its own semicolon, which also
/// keeps the bidi order of the items right.
pub(super) fn list_separator(locale: &Localizer) -> &'static str {
    if locale.language().right_to_left {
        "\u{061b} "
    } else {
        "; "
    }
}

fn yes_no(value: bool, locale: &Localizer) -> String {
    if value {
        locale.text("quiz-true")
    } else {
        locale.text("quiz-false")
    }
}

fn match_pair(left: &str, right: &str, locale: &Localizer) -> String {
    locale.text_with(
        "quiz-match-pair",
        &fluent_args!["left" => plain(left), "right" => right.to_owned()],
    )
}

fn ordered(question: &Question, ids: &[String]) -> String {
    ids.iter()
        .enumerate()
        .map(|(index, id)| {
            let text = question
                .items
                .iter()
                .flatten()
                .find(|item| &item.id == id)
                .map_or_else(|| id.clone(), |item| plain(&item.text));
            format!("{}. {text}", index + 1)
        })
        .collect::<Vec<_>>()
        .join("  ")
}

/// The band across the top: back to the course overview.
pub(super) fn top_bar<'a>(locale: &Localizer, look: Look) -> Element<'a, Message> {
    look.top_bar(vec![
        look.bar_button(locale.text("nav-course"), Message::Back, "back"),
        look.strong(locale.text("app-title"), theme::H3),
    ])
}
