//! The answer being given to one question, and the controls that fit its kind.
//!
//! A [`Draft`] is what is on screen before it is saved: it becomes a
//! [`Response`] (the engine's form, what the store keeps) when the learner checks
//! it or moves on, and is rebuilt from a stored response when an attempt resumes.

use super::Message;
use crate::course::{Question, QuestionKind};
use crate::gui::font;
use crate::gui::theme;
use crate::gui::widget::{Look, has_arabic};
use crate::i18n::Localizer;
use crate::quiz::{PlannedQuestion, Response, parse_number};
use iced::widget::{Column, button, checkbox, column, container, radio, svg, text_input};
use iced::{Center, Element, Fill};
use std::collections::BTreeMap;
use std::fmt;

/// A matching question's open choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct OpenList {
    /// The pair id of the left item being matched.
    pub(super) pair: String,
    /// The choice lit up (Enter or Space takes it), by index in the order offered.
    pub(super) highlighted: usize,
}

/// The id of the short answer field, for tests and focus.
pub const TEXT_ID: &str = "answer-text";
/// The id of the number field.
pub const NUMBER_ID: &str = "answer-number";

/// An answer on screen, not necessarily saved yet.
#[derive(Debug, Clone, PartialEq)]
pub enum Draft {
    /// Single choice: the index (in the order shown) of the option picked.
    Single(Option<usize>),
    /// Multiple choice: whether each option (in the order shown) is ticked.
    Multiple(Vec<bool>),
    /// True/false: the answer picked.
    TrueFalse(Option<bool>),
    /// Matching: for each left item (pair id), the pair id of the right item chosen.
    Matching(BTreeMap<String, String>),
    /// Ordering: item ids in the learner's current order.
    Ordering(Vec<String>),
    /// Short answer: the text typed.
    Text(String),
    /// Numeric: the number as typed (read when saved, so `3,5` works).
    Number(String),
}

/// The typed number could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotANumber;

impl Draft {
    /// Nothing given yet (ordering starts from the order shown).
    pub fn new(question: &Question, planned: &PlannedQuestion) -> Self {
        match question.kind {
            QuestionKind::SingleChoice => Self::Single(None),
            QuestionKind::MultipleChoice => Self::Multiple(vec![false; planned.order.len()]),
            QuestionKind::TrueFalse => Self::TrueFalse(None),
            QuestionKind::Matching => Self::Matching(BTreeMap::new()),
            QuestionKind::Ordering => Self::Ordering(planned.order.clone()),
            QuestionKind::ShortAnswer => Self::Text(String::new()),
            QuestionKind::Numeric => Self::Number(String::new()),
        }
    }

    /// The draft showing a stored `response` again.
    pub fn from_response(
        question: &Question,
        planned: &PlannedQuestion,
        response: &Response,
    ) -> Self {
        match (Self::new(question, planned), response) {
            (Self::Single(_), Response::Choice(ids)) => Self::Single(
                ids.first()
                    .and_then(|id| planned.order.iter().position(|shown| shown == id)),
            ),
            (Self::Multiple(_), Response::Choice(ids)) => {
                Self::Multiple(planned.order.iter().map(|id| ids.contains(id)).collect())
            }
            (Self::TrueFalse(_), Response::TrueFalse(value)) => Self::TrueFalse(Some(*value)),
            (Self::Matching(_), Response::Matching(chosen)) => Self::Matching(chosen.clone()),
            (Self::Ordering(_), Response::Ordering(items)) => Self::Ordering(items.clone()),
            (Self::Text(_), Response::Text(typed)) => Self::Text(typed.clone()),
            (Self::Number(_), Response::Number(number)) => Self::Number(format_number(*number)),
            // A response of another kind (the course changed): start afresh.
            (fresh, _) => fresh,
        }
    }

    /// The answer to save, `None` while nothing is given.
    pub fn response(&self, planned: &PlannedQuestion) -> Result<Option<Response>, NotANumber> {
        Ok(match self {
            Self::Single(picked) => picked
                .and_then(|index| planned.order.get(index))
                .map(|id| Response::Choice(vec![id.clone()])),
            Self::Multiple(ticked) => {
                let ids: Vec<String> = planned
                    .order
                    .iter()
                    .zip(ticked)
                    .filter(|(_, ticked)| **ticked)
                    .map(|(id, _)| id.clone())
                    .collect();
                (!ids.is_empty()).then_some(Response::Choice(ids))
            }
            Self::TrueFalse(value) => value.map(Response::TrueFalse),
            Self::Matching(chosen) => {
                (!chosen.is_empty()).then(|| Response::Matching(chosen.clone()))
            }
            Self::Ordering(items) => Some(Response::Ordering(items.clone())),
            Self::Text(typed) => {
                (!typed.trim().is_empty()).then(|| Response::Text(typed.trim().to_owned()))
            }
            Self::Number(typed) if typed.trim().is_empty() => None,
            Self::Number(typed) => Some(Response::Number(parse_number(typed).ok_or(NotANumber)?)),
        })
    }

    /// Picks (or, in multiple choice, ticks or unticks) the option at `index`
    /// in the order shown. True/false offers "True" then "False". The caller
    /// checks that the option exists (see [`option_count`]).
    pub fn pick(&mut self, index: usize) {
        match self {
            Self::Single(picked) => *picked = Some(index),
            Self::Multiple(ticked) => {
                if let Some(tick) = ticked.get_mut(index) {
                    *tick = !*tick;
                }
            }
            Self::TrueFalse(value) if index < 2 => *value = Some(index == 0),
            _ => {}
        }
    }

    /// Matches the left item of pair `left` with the right item of pair `right`.
    pub fn choose(&mut self, left: String, right: String) {
        if let Self::Matching(chosen) = self {
            chosen.insert(left, right);
        }
    }

    /// Moves the item at `index` one place towards the start (`up`) or the end.
    pub fn shift(&mut self, index: usize, up: bool) {
        if let Self::Ordering(items) = self {
            let other = if up {
                index.checked_sub(1)
            } else {
                index.checked_add(1)
            };
            if let Some(other) = other.filter(|other| *other < items.len())
                && index < items.len()
            {
                items.swap(index, other);
            }
        }
    }

    /// Replaces the typed text of a short answer or numeric question.
    pub fn type_in(&mut self, typed: String) {
        match self {
            Self::Text(text) | Self::Number(text) => *text = typed,
            _ => {}
        }
    }
}

/// A right-hand item of a matching question, as offered in a pick list.
#[derive(Debug, Clone, PartialEq)]
pub struct RightItem {
    /// The pair id the item belongs to.
    pub pair: String,
    /// Its text, without markdown marks.
    pub text: String,
}

/// The focus id of a matching question's pick list for the left item of `pair`.
pub fn match_id(pair: &str) -> String {
    format!("match-{pair}")
}

/// The focus id of an ordering question's item.
pub fn order_id(item: &str) -> String {
    format!("order-{item}")
}

/// The right items of a matching question, distractors among them, in the
/// shuffled order of the plan, not file order.
pub fn offered(question: &Question, planned: &PlannedQuestion) -> Vec<RightItem> {
    planned
        .order
        .iter()
        .filter_map(|id| {
            question.right_item(id).map(|text| RightItem {
                pair: id.clone(),
                text: plain(text),
            })
        })
        .collect()
}

impl fmt::Display for RightItem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.text)
    }
}

/// The controls for `draft`; `locked` once the answer is checked (immediate
/// feedback), so the feedback shown always matches the answer on screen.
/// `list` is a matching question's pick list opened from the keyboard.
pub fn controls<'a>(
    question: &'a Question,
    planned: &'a PlannedQuestion,
    draft: &'a Draft,
    locked: bool,
    list: Option<&OpenList>,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let enabled = |message: Message| (!locked).then_some(message);
    // Once checked, the author's word on each picked option sits under it.
    let note = |id: &str, picked: bool| {
        locked
            .then_some(())
            .filter(|()| picked)
            .and_then(|()| option_feedback(question, id))
    };
    match draft {
        Draft::Single(picked) => {
            let options = planned.order.iter().enumerate().map(|(index, id)| {
                let label = option_text(question, id);
                let mark = radio("", index, *picked, Message::Pick);
                let row = choice_row(
                    index,
                    mark.into(),
                    label,
                    enabled(Message::Pick(index)),
                    look,
                );
                with_note(row, note(id, *picked == Some(index)), look)
            });
            Column::with_children(options).spacing(8).into()
        }
        Draft::Multiple(ticked) => {
            let options = planned.order.iter().enumerate().map(|(index, id)| {
                let label = option_text(question, id);
                let ticked = ticked.get(index).copied().unwrap_or(false);
                let mark = checkbox(ticked)
                    .style(crate::gui::theme::check_box)
                    .on_toggle_maybe((!locked).then_some(move |_: bool| Message::Pick(index)));
                let row = choice_row(
                    index,
                    mark.into(),
                    label,
                    enabled(Message::Pick(index)),
                    look,
                );
                with_note(row, note(id, ticked), look)
            });
            Column::with_children(options).spacing(8).into()
        }
        Draft::TrueFalse(value) => {
            let picked = value.map(|value| if value { 0 } else { 1 });
            let options = [locale.text("quiz-true"), locale.text("quiz-false")]
                .into_iter()
                .enumerate()
                .map(|(index, label)| {
                    let mark = radio("", index, picked, Message::Pick);
                    choice_row(
                        index,
                        mark.into(),
                        label,
                        enabled(Message::Pick(index)),
                        look,
                    )
                });
            Column::with_children(options).spacing(8).into()
        }
        Draft::Matching(chosen) => matching(question, planned, chosen, locked, list, locale, look),
        Draft::Ordering(items) => ordering(question, items, locked, locale, look),
        Draft::Text(typed) => typed_field(
            typed,
            TEXT_ID,
            locale.text("quiz-type-answer"),
            locked,
            look,
        ),
        Draft::Number(typed) => typed_field(
            typed,
            NUMBER_ID,
            locale.text("quiz-type-number"),
            locked,
            look,
        ),
    }
}

/// One option: its number key, a mark, and its text, all one button so the
/// whole line is a target; mirrored in right-to-left languages.
fn choice_row<'a>(
    index: usize,
    mark: Element<'a, Message>,
    label: String,
    on_press: Option<Message>,
    look: Look,
) -> Element<'a, Message> {
    let line = look
        .row(vec![
            mark,
            look.colored(format!("{}", index + 1), theme::SMALL, look.muted)
                .width(iced::Shrink)
                .into(),
            look.text(label, theme::BODY).into(),
        ])
        .spacing(12)
        .align_y(Center);
    look.action(
        format!("option-{}", index + 1),
        button(line)
            .on_press_maybe(on_press)
            .padding([10, 14])
            .width(Fill)
            .style(theme::answer_button),
    )
    .into()
}

/// An option's row with the author's feedback on it underneath, indented.
fn with_note<'a>(
    row: Element<'a, Message>,
    note: Option<String>,
    look: Look,
) -> Element<'a, Message> {
    match note {
        Some(note) => column![
            row,
            container(look.text(note, theme::BODY)).padding(if look.rtl {
                iced::Padding::ZERO.right(48).bottom(4)
            } else {
                iced::Padding::ZERO.left(48).bottom(4)
            })
        ]
        .spacing(4)
        .into(),
        None => row,
    }
}

/// The author's feedback on the option `id`, if any.
fn option_feedback(question: &Question, id: &str) -> Option<String> {
    question
        .options
        .iter()
        .flatten()
        .find(|option| option.id == id)
        .and_then(|option| option.feedback.as_deref())
        .map(plain)
}

fn matching<'a>(
    question: &'a Question,
    planned: &'a PlannedQuestion,
    chosen: &'a BTreeMap<String, String>,
    locked: bool,
    list: Option<&OpenList>,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let pairs = question.pairs.as_deref().unwrap_or_default();
    let offered = offered(question, planned);
    let mut rows = Column::new().spacing(10);
    for pair in pairs {
        let selected = chosen
            .get(&pair.id)
            .and_then(|right| offered.iter().find(|item| &item.pair == right))
            .cloned();
        let is_open = list.is_some_and(|open| {
            open.pair == pair.id
                && look.focused == Some(crate::gui::widget::focus_key(&match_id(&pair.id)))
        });
        // Not iced's pick list: its menu sets each choice on one line that runs
        // past the window's edge, and its box cuts a long choice off. This box
        // wraps the chosen text and opens the choices under it, in the page.
        let picker: Element<'a, Message> = if locked {
            look.text(
                selected.map_or_else(|| locale.text("quiz-not-answered"), |item| item.text),
                theme::BODY,
            )
            .into()
        } else {
            let shown = match selected {
                Some(item) => look.text(item.text, theme::BODY),
                None => look.colored(locale.text("quiz-choose"), theme::BODY, look.muted),
            };
            let arrow = svg(svg::Handle::from_memory(if is_open {
                ARROW_UP
            } else {
                ARROW_DOWN
            }))
            .width(14)
            .height(14)
            .style(theme::pick_arrow);
            let content = look
                .row(vec![shown.width(Fill).into(), arrow.into()])
                .spacing(8)
                .align_y(Center);
            let message = if is_open {
                Message::CloseList
            } else {
                Message::OpenList(pair.id.clone())
            };
            let pick = button(content)
                .on_press(message)
                .padding([8, 10])
                .width(Fill)
                .style(theme::pick_box);
            look.action(match_id(&pair.id), pick).into()
        };
        let line = look
            .row(vec![
                look.text(plain(&pair.left), theme::BODY).width(Fill).into(),
                container(picker).width(Fill).into(),
            ])
            .spacing(16)
            .align_y(Center);
        let mut item = Column::new().spacing(8).push(line);
        // The choices, shown while the list keeps the focus.
        if let Some(open) = list.filter(|_| is_open) {
            item = item.push(open_list(&pair.id, &offered, open.highlighted, look));
        }
        rows = rows.push(container(item).padding([8, 12]).style(theme::answer_box));
    }
    rows.into()
}

/// The arrows of a closed and an open pick list.
const ARROW_DOWN: &[u8] = br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M2 5l6 6 6-6z" fill="black"/></svg>"#;
const ARROW_UP: &[u8] = br#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M2 11l6-6 6 6z" fill="black"/></svg>"#;

/// A pick list's choices under it, the lit one marked: arrows move the light,
/// Enter or Space (or a click) takes it, Escape closes.
fn open_list<'a>(
    left: &str,
    offered: &[RightItem],
    highlighted: usize,
    look: Look,
) -> Element<'a, Message> {
    let choices = offered.iter().enumerate().map(|(index, item)| {
        let style = if index == highlighted {
            theme::current_outline_item
        } else {
            theme::text_button
        };
        container(
            button(look.text(item.text.clone(), theme::BODY))
                .on_press(Message::Match {
                    left: left.to_owned(),
                    right: item.pair.clone(),
                })
                .padding([6, 12])
                .width(Fill)
                .style(style),
        )
        .id(format!("choice-{left}-{}", index + 1))
        .into()
    });
    container(Column::with_children(choices).spacing(2))
        .padding(4)
        .width(Fill)
        .style(theme::focus_ring)
        .into()
}

fn ordering<'a>(
    question: &'a Question,
    items: &'a [String],
    locked: bool,
    locale: &Localizer,
    look: Look,
) -> Element<'a, Message> {
    let all = question.items.as_deref().unwrap_or_default();
    let mut list = Column::new().spacing(8);
    for (index, id) in items.iter().enumerate() {
        let text = all
            .iter()
            .find(|item| &item.id == id)
            .map_or_else(|| id.clone(), |item| plain(&item.text));
        let movable = |allowed: bool, message: Message| (!locked && allowed).then_some(message);
        let up = button(look.label(locale.text("quiz-move-up"), theme::SMALL))
            .on_press_maybe(movable(index > 0, Message::MoveUp(index)))
            .padding([4, 10])
            .style(theme::secondary_button);
        let down = button(look.label(locale.text("quiz-move-down"), theme::SMALL))
            .on_press_maybe(movable(index + 1 < items.len(), Message::MoveDown(index)))
            .padding([4, 10])
            .style(theme::secondary_button);
        let line = look
            .row(vec![
                look.strong(format!("{}.", index + 1), theme::BODY),
                look.text(text, theme::BODY).into(),
                look.action(format!("up-{}", index + 1), up).into(),
                look.action(format!("down-{}", index + 1), down).into(),
            ])
            .spacing(12)
            .align_y(Center);
        // The item itself takes the focus: Up and Down move it.
        let item = container(line).padding([8, 12]).style(theme::answer_box);
        let item: Element<'a, Message> = if locked {
            item.into()
        } else {
            look.action(order_id(id), item).into()
        };
        list = list.push(item);
    }
    list.into()
}

fn typed_field<'a>(
    typed: &'a str,
    id: &'static str,
    placeholder: String,
    locked: bool,
    look: Look,
) -> Element<'a, Message> {
    if locked {
        // A disabled field greys its text out; a checked answer stays readable.
        return look
            .start(
                container(look.label(typed.to_owned(), theme::BODY))
                    .padding(10)
                    .width(360)
                    .style(theme::answer_box),
            )
            .into();
    }
    let field = text_input(&placeholder, typed)
        .style(crate::gui::theme::text_field)
        .id(id)
        .on_input(Message::Input)
        .on_submit(Message::Confirm)
        .size(theme::BODY)
        .padding(10)
        .width(360);
    // Arabic typed text is set in the Arabic face (see `widget::font_for`).
    let field = if has_arabic(typed) || (typed.is_empty() && look.rtl) {
        field.font(font::ARABIC)
    } else {
        field
    };
    column![look.start(field)].into()
}

/// How many options the keys 1–9 can pick from: choice options, or True and False.
pub fn option_count(question: &Question, planned: &PlannedQuestion) -> usize {
    match question.kind {
        QuestionKind::SingleChoice | QuestionKind::MultipleChoice => planned.order.len(),
        QuestionKind::TrueFalse => 2,
        _ => 0,
    }
}

/// An option's text by id, or the id itself when the course lost it.
pub fn option_text(question: &Question, id: &str) -> String {
    question
        .options
        .iter()
        .flatten()
        .find(|option| option.id == id)
        .map_or_else(|| id.to_owned(), |option| plain(&option.text))
}

/// Course text without the markdown marks that a plain label would show as-is
/// (option texts are short: code spans and emphasis are all they use).
pub fn plain(markdown: &str) -> String {
    markdown
        .replace("**", "")
        .replace('`', "")
        .trim()
        .to_owned()
}

/// A number as a person writes it: no trailing `.0`.
pub fn format_number(number: f64) -> String {
    format!("{}", rounded_for_display(number))
}

/// `number` without the float noise of sums such as 0.1 + 0.2, so that it is
/// written as a person writes it. Pass it to Fluent as a number (not as text)
/// where a sentence selects its plural form on it.
pub fn rounded_for_display(number: f64) -> f64 {
    (number * 1e9).round() / 1e9
}
