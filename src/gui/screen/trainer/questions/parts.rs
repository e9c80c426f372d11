//! The parts of the Questions tab drawn from the figures: the quiz summary,
//! the chart's legend, one question's detail, and the words they use.

use super::super::chart::{ShareBar, Tone, tone_color};
use super::Message;
use crate::course::{Question, QuestionKind, Quiz};
use crate::gui::theme::{self, Scheme};
use crate::gui::widget::Look;
use crate::i18n::Localizer;
use crate::quiz::analysis::{Flag, QuestionAnalysis, QuizAnalysis};
use fluent::fluent_args;
use iced::widget::{Column, canvas, column, container, text};
use iced::{Element, Fill, FillPortion, Length};

/// The theme's text colour, for the charts' labels.
pub(super) fn scheme_text(look: Look) -> iced::Color {
    look.theme.scheme().text
}

/// How a question's bar is coloured: the most serious of its flags.
pub(super) fn tone(figures: &QuestionAnalysis) -> Tone {
    if figures.too_few {
        Tone::TooFew
    } else if figures.flags.contains(&Flag::CheckAnswerKey) {
        Tone::Danger
    } else if figures.flags.is_empty() {
        Tone::Fine
    } else {
        Tone::Warn
    }
}

/// `0.625` as `63%`.
pub(super) fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// A figure to two decimals, or a dash when it cannot be computed.
fn decimal(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |value| format!("{value:.2}"))
}

/// Markdown as a trainer reads it in a list: emphasis marks and line breaks gone.
pub(super) fn plain(markdown: &str) -> String {
    markdown
        .replace(['*', '`', '#'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn flag_id(flag: Flag) -> &'static str {
    match flag {
        Flag::VeryEasy => "trainer-flag-very-easy",
        Flag::VeryHard => "trainer-flag-very-hard",
        Flag::DoesNotSeparate => "trainer-flag-does-not-separate",
        Flag::CheckAnswerKey => "trainer-flag-check-key",
        Flag::UnpickedWrongOption => "trainer-flag-unpicked-option",
    }
}

/// The flags in words, "too few answers", or "no flags".
pub(super) fn flag_words(figures: &QuestionAnalysis, locale: &Localizer) -> String {
    if figures.too_few {
        return locale.text("trainer-flag-too-few");
    }
    if figures.flags.is_empty() {
        return locale.text("trainer-flag-none");
    }
    let words: Vec<String> = figures
        .flags
        .iter()
        .map(|flag| locale.text(flag_id(*flag)))
        .collect();
    words.join(" · ")
}

/// Drawn, facility, SD and discrimination on one line.
pub(super) fn facts(figures: &QuestionAnalysis, locale: &Localizer) -> String {
    locale.text_with(
        "trainer-questions-facts",
        &fluent_args![
            "drawn" => figures.drawn,
            "facility" => figures.facility.map_or_else(|| "–".to_owned(), percent),
            "sd" => decimal(figures.sd),
            "discrimination" => decimal(figures.discrimination),
        ],
    )
}

pub(super) fn summary<'a>(
    analysis: &QuizAnalysis,
    quiz: &Quiz,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let optional_percent = |value: Option<f64>| value.map_or_else(|| "–".to_owned(), percent);
    // Bold text takes only its own width: `start` puts it on the reading side.
    let mut lines = Column::new().spacing(6).push(look.start(look.strong(
        locale.text_with(
            "trainer-questions-attempts",
            &fluent_args!["count" => analysis.attempts],
        ),
        theme::BODY,
    )));
    if analysis.collected > 0 {
        lines = lines.push(
            container(look.text(
                locale.text_with(
                    "trainer-questions-collected",
                    &fluent_args!["count" => analysis.collected],
                ),
                theme::BODY,
            ))
            .id("questions-collected"),
        );
    }
    lines = lines
        .push(look.text(
            locale.text_with(
                "trainer-questions-scores",
                &fluent_args![
                    "mean" => optional_percent(analysis.mean),
                    "median" => optional_percent(analysis.median),
                    "sd" => decimal(analysis.sd),
                ],
            ),
            theme::BODY,
        ))
        .push(look.text(
            locale.text_with(
                "trainer-questions-pass-rate",
                &fluent_args![
                    "rate" => optional_percent(analysis.pass_rate),
                    "mark" => percent(quiz.pass_mark),
                ],
            ),
            theme::BODY,
        ))
        .push(look.text(
            locale.text_with(
                "trainer-questions-alpha",
                &fluent_args!["alpha" => decimal(analysis.alpha)],
            ),
            theme::BODY,
        ));
    if analysis.unreadable > 0 {
        lines = lines.push(look.muted(
            locale.text_with(
                "trainer-questions-unreadable",
                &fluent_args!["count" => analysis.unreadable],
            ),
            theme::SMALL,
        ));
    }
    lines.into()
}

/// What each bar colour and mark means, in words: each square in its bar's
/// colour.
pub(super) fn legend<'a>(locale: &Localizer, look: Look, scheme: &Scheme) -> Element<'a, Message> {
    let entries = [
        ("", "■", Tone::Fine, "trainer-legend-fine"),
        ("!", "■", Tone::Warn, "trainer-legend-warn"),
        ("!!", "■", Tone::Danger, "trainer-legend-danger"),
        ("?", "□", Tone::TooFew, "trainer-legend-too-few"),
    ];
    let items = entries
        .into_iter()
        .map(|(mark, square, tone, id)| {
            let swatch = text(square)
                .size(theme::BODY)
                .color(tone_color(scheme, tone));
            let mut parts = Vec::new();
            if !mark.is_empty() {
                parts.push(look.label(mark, theme::SMALL));
            }
            parts.push(swatch.into());
            parts.push(look.label(locale.text(id), theme::SMALL));
            look.row(parts).spacing(4).align_y(iced::Center).into()
        })
        .collect();
    look.start(look.row(items).spacing(20).wrap()).into()
}

/// The right answer in words.
fn right_answer(question: &Question, locale: &Localizer) -> String {
    let join = |parts: Vec<String>, separator: &str| parts.join(separator);
    match question.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => join(
            question
                .options
                .iter()
                .flatten()
                .filter(|option| option.correct)
                .map(|option| plain(&option.text))
                .collect(),
            " · ",
        ),
        QuestionKind::TrueFalse => match question.answer {
            Some(true) => locale.text("quiz-true"),
            Some(false) => locale.text("quiz-false"),
            None => String::new(),
        },
        QuestionKind::Matching => join(
            question
                .pairs
                .iter()
                .flatten()
                .map(|pair| format!("{} — {}", plain(&pair.left), plain(&pair.right)))
                .collect(),
            " · ",
        ),
        QuestionKind::Ordering => join(
            question
                .items
                .iter()
                .flatten()
                .enumerate()
                .map(|(at, item)| format!("{}. {}", at + 1, plain(&item.text)))
                .collect(),
            " · ",
        ),
        QuestionKind::ShortAnswer => join(question.accepted.clone().unwrap_or_default(), " / "),
        QuestionKind::Numeric => match (question.value, question.min, question.max) {
            (Some(value), _, _) => match question.tolerance.filter(|t| *t > 0.0) {
                Some(tolerance) => format!("{value} ± {tolerance}"),
                None => value.to_string(),
            },
            (None, Some(min), Some(max)) => format!("{min} – {max}"),
            _ => String::new(),
        },
    }
}

/// A chosen question: its text, the options with their shares, the right
/// answer, the flags, and what learners typed or how partly right they were.
pub(super) fn detail<'a>(
    figures: &'a QuestionAnalysis,
    question: &'a Question,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let scheme = look.theme.scheme();
    let mut page = Column::new()
        .spacing(10)
        .push(look.text(plain(&question.prompt), theme::BODY))
        .push(look.text(
            locale.text_with(
                "trainer-questions-right-answer",
                &fluent_args!["answer" => right_answer(question, locale)],
            ),
            theme::BODY,
        ))
        .push(look.strong(flag_words(figures, locale), theme::BODY))
        .push(look.muted(facts(figures, locale), theme::SMALL));
    if !figures.options.is_empty() {
        page = page.push(look.strong(locale.text("trainer-questions-options"), theme::BODY));
    }
    for option in &figures.options {
        let label = match (question.kind, option.option_id.as_str()) {
            (QuestionKind::TrueFalse, "true") => locale.text("quiz-true"),
            (QuestionKind::TrueFalse, _) => locale.text("quiz-false"),
            _ => question
                .options
                .iter()
                .flatten()
                .find(|choice| choice.id == option.option_id)
                .map_or_else(|| option.option_id.clone(), |choice| plain(&choice.text)),
        };
        let label = if option.correct {
            locale.text_with(
                "trainer-questions-right-option",
                &fluent_args!["option" => label],
            )
        } else {
            label
        };
        let share = locale.text_with(
            "trainer-questions-share",
            &fluent_args!["share" => percent(option.share), "count" => option.picked],
        );
        let bar = canvas(ShareBar {
            share: option.share,
            correct: option.correct,
            scheme,
            rtl: look.rtl,
        })
        .width(Fill)
        .height(Length::Fixed(14.0));
        page = page.push(
            container(
                column![
                    look.row(vec![
                        container(look.text(label, theme::BODY))
                            .width(FillPortion(4))
                            .into(),
                        container(look.end(look.label(share, theme::BODY)))
                            .width(FillPortion(2))
                            .into(),
                    ])
                    .spacing(12),
                    bar,
                ]
                .spacing(4),
            )
            .id(format!("option-{}", option.option_id)),
        );
    }
    if !figures.wrong_answers.is_empty() {
        page = page.push(look.strong(locale.text("trainer-questions-wrong-answers"), theme::BODY));
        for wrong in &figures.wrong_answers {
            page = page.push(look.text(
                locale.text_with(
                    "trainer-questions-wrong-answer",
                    &fluent_args!["answer" => wrong.answer.clone(), "count" => wrong.count],
                ),
                theme::BODY,
            ));
        }
    }
    if !figures.partial_scores.is_empty() {
        page = page.push(look.strong(locale.text("trainer-questions-partial"), theme::BODY));
        for share in &figures.partial_scores {
            page = page.push(look.text(
                locale.text_with(
                    "trainer-questions-partial-line",
                    &fluent_args!["score" => percent(share.score), "count" => share.count],
                ),
                theme::BODY,
            ));
        }
    }
    page.into()
}
