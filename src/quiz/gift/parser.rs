//! One GIFT block read into its parts: category, title, question text, and
//! the answer block, classified as Moodle's importer does.
//!
//! Moodle decides the question type from the answer block: empty is an essay,
//! `#` first is numeric, any `~` is multiple choice, `=` with `->` is matching,
//! `T`/`TRUE`/`F`/`FALSE` is true/false, anything else is short answer. No
//! braces at all is a description; text after the closing brace makes it a
//! missing-word question (unless that text is only punctuation or quote marks,
//! which belong to the sentence the answers close).

use super::error::{GiftError, GiftErrorKind, Position};
use super::lexer::{
    Block, Tok, find, find_seq, rfind_seq, skip, split_markers, split_once, starts_with, text, trim,
};
use super::text::{RichText, TextFormat};

/// What one block of the file is.
pub(super) enum Item<'a> {
    /// `$CATEGORY: name`.
    Category(String),
    /// A question of any kind, supported or not.
    Question(RawQuestion<'a>),
}

/// A question as written, before conversion.
pub(super) struct RawQuestion<'a> {
    /// Where the block starts.
    pub start: Position,
    /// The `::title::`, escapes resolved.
    pub title: Option<String>,
    /// The question text.
    pub prompt: RichText<'a>,
    /// The answers, or why there are none.
    pub body: Body<'a>,
}

/// The answer part of a question.
pub(super) enum Body<'a> {
    /// No answer block: text shown between questions.
    Description,
    /// An empty answer block: a free-text answer graded by a person.
    Essay,
    /// An answer block.
    Answers {
        /// The answers.
        answers: Answers<'a>,
        /// The general feedback after `####`.
        explanation: Option<RichText<'a>>,
        /// Text after the answer block, which makes it a missing-word question:
        /// the answers stand for a blank in the middle of the sentence.
        text_after: Option<RichText<'a>>,
    },
}

/// The answers of a question, by kind.
pub(super) enum Answers<'a> {
    /// `=right ~wrong ~%50%partly`.
    Choice(Vec<Choice<'a>>),
    /// `=left -> right`.
    Matching(Vec<Pair<'a>>),
    /// `T`, `TRUE`, `F` or `FALSE`, with feedback for a wrong and a right answer.
    TrueFalse {
        answer: bool,
        wrong_feedback: Option<RichText<'a>>,
        right_feedback: Option<RichText<'a>>,
    },
    /// `=answer =other`.
    Short(Vec<Weighted<'a>>),
    /// `#value:tolerance`, `#min..max`, or several `=` answers, with feedback for any other number.
    Numeric {
        answers: Vec<NumericAnswer<'a>>,
        wrong_feedback: Option<RichText<'a>>,
    },
}

/// An answer of a choice question.
pub(super) struct Choice<'a> {
    /// Written with `=` (right) rather than `~`.
    pub right: bool,
    /// The `%weight%`, in percent.
    pub weight: Option<f64>,
    pub text: RichText<'a>,
    pub feedback: Option<RichText<'a>>,
}

impl Choice<'_> {
    /// The share of the points this answer is worth, in percent.
    pub fn percent(&self) -> f64 {
        self.weight.unwrap_or(if self.right { 100.0 } else { 0.0 })
    }
}

/// A pair of a matching question.
pub(super) struct Pair<'a> {
    pub left: RichText<'a>,
    pub right: RichText<'a>,
    pub pos: Position,
}

/// An answer of a short-answer question.
pub(super) struct Weighted<'a> {
    /// The `%weight%`, in percent (100 when absent).
    pub weight: f64,
    pub text: RichText<'a>,
    pub feedback: Option<RichText<'a>>,
}

/// An answer of a numeric question.
pub(super) struct NumericAnswer<'a> {
    /// The `%weight%`, in percent (100 when absent).
    pub weight: f64,
    pub value: NumericValue,
    pub feedback: Option<RichText<'a>>,
    pub pos: Position,
}

/// What a numeric answer accepts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum NumericValue {
    /// `value` or `value:tolerance`.
    Exact { value: f64, tolerance: Option<f64> },
    /// `min..max`.
    Range { min: f64, max: f64 },
}

type Parsed<T> = Result<T, GiftError>;

/// Reads one block.
pub(super) fn parse_block(block: &Block) -> Parsed<Item<'_>> {
    let toks = block.toks.as_slice();
    let start = toks
        .first()
        .map_or(Position { line: 1, column: 1 }, |tok| tok.pos);
    if starts_with(toks, "$CATEGORY:") {
        return category(toks, start).map(Item::Category);
    }
    let (title, rest) = title(toks)?;
    let rest = trim(rest);
    let open = find(rest, '{');
    let close = find(rest, '}');
    let (open, close) = match (open, close) {
        (None, None) => {
            return Ok(Item::Question(RawQuestion {
                start,
                title,
                prompt: RichText::parse(rest, TextFormat::Moodle),
                body: Body::Description,
            }));
        }
        (None, Some(close)) => return Err(error_at(rest, close, GiftErrorKind::StrayClosingBrace)),
        (Some(open), None) => return Err(error_at(rest, open, GiftErrorKind::UnclosedAnswers)),
        (Some(open), Some(close)) if close < open => {
            return Err(error_at(rest, close, GiftErrorKind::StrayClosingBrace));
        }
        (Some(open), Some(close)) => (open, close),
    };
    let inner = rest.get(open + 1..close).unwrap_or_default();
    if let Some(nested) = find(inner, '{') {
        return Err(error_at(inner, nested, GiftErrorKind::NestedBrace));
    }
    let prompt = RichText::parse(rest.get(..open).unwrap_or_default(), TextFormat::Moodle);
    let after = trim(skip(rest, close + 1));
    // A `//` comment at the end of the last line is not text after the answers,
    // and neither is a full stop or a closing quote mark.
    let text_after = Some(after)
        .filter(|after| !after.is_empty() && !starts_with(after, "//"))
        .filter(|after| after.iter().any(|tok| tok.ch.is_alphanumeric()))
        .map(|after| RichText::parse(after, TextFormat::Moodle));
    let (answer_toks, explanation) = match rfind_seq(inner, "####") {
        Some(at) => (
            trim(inner.get(..at).unwrap_or_default()),
            Some(RichText::parse(skip(inner, at + 4), prompt.format))
                .filter(|text| !text.is_empty()),
        ),
        None => (trim(inner), None),
    };
    let brace = rest.get(open).map_or(start, |tok| tok.pos);
    let body = match answers(answer_toks, prompt.format, brace)? {
        None => Body::Essay,
        Some(answers) => Body::Answers {
            answers,
            explanation,
            text_after,
        },
    };
    Ok(Item::Question(RawQuestion {
        start,
        title,
        prompt,
        body,
    }))
}

fn error_at(toks: &[Tok], index: usize, kind: GiftErrorKind) -> GiftError {
    let pos = toks
        .get(index)
        .map_or(Position { line: 1, column: 1 }, |tok| tok.pos);
    GiftError::at(pos, kind)
}

fn category(toks: &[Tok], start: Position) -> Parsed<String> {
    let rest = skip(toks, "$CATEGORY:".len());
    let (line, more) = split_once(rest, '\n');
    if let Some(more) = more.map(trim).filter(|more| !more.is_empty()) {
        return Err(error_at(more, 0, GiftErrorKind::TextAfterCategory));
    }
    let name = text(trim(line));
    if name.is_empty() {
        return Err(GiftError::at(start, GiftErrorKind::EmptyCategory));
    }
    Ok(name)
}

/// The `::title::` at the start of the block, if any, and the rest.
fn title(toks: &[Tok]) -> Parsed<(Option<String>, &[Tok])> {
    if !starts_with(toks, "::") {
        return Ok((None, toks));
    }
    let after = skip(toks, 2);
    let Some(end) = find_seq(after, "::") else {
        return Err(error_at(toks, 0, GiftErrorKind::UnclosedTitle));
    };
    let title = text(trim(after.get(..end).unwrap_or_default()));
    Ok((
        Some(title).filter(|title| !title.is_empty()),
        skip(after, end + 2),
    ))
}

/// Classifies and reads the answer block (without braces and general
/// feedback); `None` for an empty block (an essay).
fn answers<'a>(
    toks: &'a [Tok],
    format: TextFormat,
    brace: Position,
) -> Parsed<Option<Answers<'a>>> {
    if toks.is_empty() {
        return Ok(None);
    }
    if toks.first().is_some_and(|tok| tok.is('#')) {
        return numeric(skip(toks, 1), format, brace).map(Some);
    }
    if find(toks, '~').is_some() {
        return choices(toks, format, brace).map(Some);
    }
    if find(toks, '=').is_some() && find_seq(toks, "->").is_some() {
        return matching(toks, format, brace).map(Some);
    }
    let (head, feedback) = split_once(toks, '#');
    let head = trim(head);
    let answer = match head
        .iter()
        .all(|tok| !tok.escaped)
        .then(|| text(head))
        .as_deref()
    {
        Some("T" | "TRUE") => Some(true),
        Some("F" | "FALSE") => Some(false),
        _ => None,
    };
    if let Some(answer) = answer {
        let (wrong, right) = match feedback {
            Some(feedback) => {
                let (wrong, right) = split_once(feedback, '#');
                (Some(wrong), right)
            }
            None => (None, None),
        };
        let feedback = |toks: Option<&'a [Tok]>| {
            toks.map(|toks| RichText::parse(toks, format))
                .filter(|text| !text.is_empty())
        };
        return Ok(Some(Answers::TrueFalse {
            answer,
            wrong_feedback: feedback(wrong),
            right_feedback: feedback(right),
        }));
    }
    short_answers(toks, format).map(|answers| Some(Answers::Short(answers)))
}

/// Reads a leading `%weight%` (percent), if there is one.
fn weight(toks: &[Tok]) -> Parsed<(Option<f64>, &[Tok])> {
    let toks = trim(toks);
    if !toks.first().is_some_and(|tok| tok.is('%')) {
        return Ok((None, toks));
    }
    let Some(end) = find(skip(toks, 1), '%') else {
        return Ok((None, toks));
    };
    let written = text(toks.get(1..=end).unwrap_or_default());
    let Some(weight) = written
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|weight| weight.is_finite())
    else {
        return Ok((None, toks));
    };
    if !(-100.0..=100.0).contains(&weight) {
        return Err(error_at(
            toks,
            0,
            GiftErrorKind::WeightOutOfRange {
                weight: written.trim().to_owned(),
            },
        ));
    }
    Ok((Some(weight), trim(skip(toks, end + 2))))
}

/// Splits `text#feedback` at the first `#`.
fn with_feedback(toks: &[Tok], format: TextFormat) -> (RichText<'_>, Option<RichText<'_>>) {
    let (answer, feedback) = split_once(toks, '#');
    (
        RichText::parse(answer, format),
        feedback
            .map(|feedback| RichText::parse(feedback, format))
            .filter(|feedback| !feedback.is_empty()),
    )
}

fn missing_marker(lead: &[Tok]) -> GiftError {
    let lead = trim(lead);
    error_at(lead, 0, GiftErrorKind::MissingMarker { text: text(lead) })
}

fn choices<'a>(toks: &'a [Tok], format: TextFormat, brace: Position) -> Parsed<Answers<'a>> {
    let (lead, parts) = split_markers(toks, &['~', '=']);
    if !trim(lead).is_empty() {
        return Err(missing_marker(lead));
    }
    if parts.len() < 2 {
        return Err(GiftError::at(
            brace,
            GiftErrorKind::TooFewChoices { count: parts.len() },
        ));
    }
    let mut choices = Vec::with_capacity(parts.len());
    for (marker, body) in parts {
        let (weight, body) = weight(body)?;
        let (text, feedback) = with_feedback(body, format);
        if text.is_empty() {
            return Err(GiftError::at(marker.pos, GiftErrorKind::EmptyAnswer));
        }
        choices.push(Choice {
            right: marker.ch == '=',
            weight,
            text,
            feedback,
        });
    }
    Ok(Answers::Choice(choices))
}

fn matching<'a>(toks: &'a [Tok], format: TextFormat, brace: Position) -> Parsed<Answers<'a>> {
    let (lead, parts) = split_markers(toks, &['=']);
    if !trim(lead).is_empty() {
        return Err(missing_marker(lead));
    }
    if parts.len() < 2 {
        return Err(GiftError::at(
            brace,
            GiftErrorKind::TooFewPairs { count: parts.len() },
        ));
    }
    let mut pairs = Vec::with_capacity(parts.len());
    for (marker, body) in parts {
        let Some(arrow) = find_seq(body, "->") else {
            return Err(GiftError::at(
                marker.pos,
                GiftErrorKind::MissingArrow {
                    text: text(trim(body)),
                },
            ));
        };
        let right = RichText::parse(skip(body, arrow + 2), format);
        if right.is_empty() {
            return Err(error_at(body, arrow, GiftErrorKind::EmptyMatch));
        }
        pairs.push(Pair {
            left: RichText::parse(body.get(..arrow).unwrap_or_default(), format),
            right,
            pos: marker.pos,
        });
    }
    Ok(Answers::Matching(pairs))
}

fn short_answers(toks: &[Tok], format: TextFormat) -> Parsed<Vec<Weighted<'_>>> {
    let (lead, parts) = split_markers(toks, &['=']);
    // Moodle accepts an answer without `=` before the first one, as in `{Paris}`.
    let lead = trim(lead);
    let lead = lead.first().map(|first| (first.pos, lead));
    let parts = parts.into_iter().map(|(marker, body)| (marker.pos, body));
    let mut answers = Vec::new();
    for (pos, body) in lead.into_iter().chain(parts) {
        let (weight, body) = weight(body)?;
        let (text, feedback) = with_feedback(body, format);
        if text.is_empty() {
            return Err(GiftError::at(pos, GiftErrorKind::EmptyAnswer));
        }
        answers.push(Weighted {
            weight: weight.unwrap_or(100.0),
            text,
            feedback,
        });
    }
    Ok(answers)
}

fn numeric<'a>(toks: &'a [Tok], format: TextFormat, brace: Position) -> Parsed<Answers<'a>> {
    let (answer_toks, wrong) = split_once(toks, '~');
    let wrong_feedback = wrong
        .and_then(|wrong| split_once(wrong, '#').1)
        .map(|feedback| RichText::parse(feedback, format))
        .filter(|feedback| !feedback.is_empty());
    let (lead, parts) = split_markers(answer_toks, &['=']);
    let lead = trim(lead);
    let lead = lead.first().map(|first| (first.pos, lead));
    let parts = parts.into_iter().map(|(marker, body)| (marker.pos, body));
    let mut answers = Vec::new();
    for (pos, body) in lead.into_iter().chain(parts) {
        let (weight, body) = weight(body)?;
        let (number, feedback) = split_once(body, '#');
        let number = trim(number);
        if number.is_empty() {
            return Err(GiftError::at(pos, GiftErrorKind::NoNumericAnswer));
        }
        answers.push(NumericAnswer {
            weight: weight.unwrap_or(100.0),
            value: numeric_value(number)?,
            feedback: feedback
                .map(|feedback| RichText::parse(feedback, format))
                .filter(|feedback| !feedback.is_empty()),
            pos,
        });
    }
    if answers.is_empty() {
        return Err(GiftError::at(brace, GiftErrorKind::NoNumericAnswer));
    }
    Ok(Answers::Numeric {
        answers,
        wrong_feedback,
    })
}

/// Reads `min..max`, `value:tolerance` or `value`.
fn numeric_value(toks: &[Tok]) -> Parsed<NumericValue> {
    if let Some(dots) = find_seq(toks, "..").filter(|&dots| dots > 0) {
        let min_toks = trim(toks.get(..dots).unwrap_or_default());
        let max_toks = trim(skip(toks, dots + 2));
        let min = number(min_toks, toks)?;
        let max = number(max_toks, toks)?;
        if min > max {
            return Err(error_at(
                toks,
                0,
                GiftErrorKind::ReversedRange {
                    min: text(min_toks),
                    max: text(max_toks),
                },
            ));
        }
        return Ok(NumericValue::Range { min, max });
    }
    if let Some(colon) = find(toks, ':').filter(|&colon| colon > 0) {
        let value = number(trim(toks.get(..colon).unwrap_or_default()), toks)?;
        let tolerance_toks = trim(skip(toks, colon + 1));
        let tolerance = number(tolerance_toks, toks)?;
        if tolerance < 0.0 {
            return Err(error_at(
                tolerance_toks,
                0,
                GiftErrorKind::NegativeTolerance {
                    tolerance: text(tolerance_toks),
                },
            ));
        }
        return Ok(NumericValue::Exact {
            value,
            tolerance: Some(tolerance),
        });
    }
    Ok(NumericValue::Exact {
        value: number(toks, toks)?,
        tolerance: None,
    })
}

/// Reads a finite number; `whole` locates the error when `toks` is empty.
fn number(toks: &[Tok], whole: &[Tok]) -> Parsed<f64> {
    let written = text(toks);
    written
        .parse::<f64>()
        .ok()
        .filter(|number| number.is_finite())
        .ok_or_else(|| {
            let at = if toks.is_empty() { whole } else { toks };
            error_at(
                at,
                0,
                GiftErrorKind::NotANumber {
                    text: if written.is_empty() {
                        text(trim(whole))
                    } else {
                        written
                    },
                },
            )
        })
}
