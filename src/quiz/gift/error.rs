//! What can be wrong in a GIFT file, where, and how to fix it.

use std::fmt;

/// A place in the GIFT file: 1-based line and column (columns count characters).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, in characters.
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A GIFT file that cannot be read as GIFT: what is wrong and where.
///
/// Displays as `line:column: message`; [`GiftError::hint`] says what to do.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{line}:{column}: {kind}")]
pub struct GiftError {
    /// The line of the problem, from 1.
    pub line: usize,
    /// The column of the problem, from 1, in characters.
    pub column: usize,
    /// What is wrong.
    pub kind: GiftErrorKind,
}

impl GiftError {
    pub(super) fn at(position: Position, kind: GiftErrorKind) -> Self {
        Self {
            line: position.line,
            column: position.column,
            kind,
        }
    }

    /// What to do about it, in one sentence.
    pub fn hint(&self) -> &'static str {
        self.kind.hint()
    }
}

/// The kinds of malformed GIFT.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GiftErrorKind {
    /// The bytes are not UTF-8 text.
    #[error("the file is not UTF-8 text")]
    NotUtf8,
    /// `::` opens a question title that no `::` closes.
    #[error("the question title opened by `::` is never closed")]
    UnclosedTitle,
    /// `{` opens an answer block that no `}` closes.
    #[error("the answer block opened by `{{` is never closed")]
    UnclosedAnswers,
    /// `}` with no `{` before it.
    #[error("`}}` closes an answer block that was never opened")]
    StrayClosingBrace,
    /// `{` inside an answer block.
    #[error("`{{` inside an answer block")]
    NestedBrace,
    /// Text in a choice, matching or numeric block before the first `=` or `~`.
    #[error("the answer `{text}` does not start with `=` or `~`")]
    MissingMarker {
        /// The text, as written.
        text: String,
    },
    /// A choice question with fewer than two answers.
    #[error("a multiple-choice question needs at least two answers, and this one has {count}")]
    TooFewChoices {
        /// How many answers the block has.
        count: usize,
    },
    /// `=` or `~` followed by no answer text.
    #[error("this answer is empty")]
    EmptyAnswer,
    /// A `%weight%` outside -100..100.
    #[error("the weight `%{weight}%` is outside -100% to 100%")]
    WeightOutOfRange {
        /// The weight, as written.
        weight: String,
    },
    /// A matching pair without `->`.
    #[error("the matching pair `{text}` has no `->`")]
    MissingArrow {
        /// The pair, as written.
        text: String,
    },
    /// A matching pair with nothing after `->`.
    #[error("this matching pair has nothing after `->`")]
    EmptyMatch,
    /// A matching question with fewer than two pairs.
    #[error("a matching question needs at least two pairs, and this one has {count}")]
    TooFewPairs {
        /// How many pairs the block has.
        count: usize,
    },
    /// A numeric answer that is not a number.
    #[error("`{text}` is not a number")]
    NotANumber {
        /// The text, as written.
        text: String,
    },
    /// A numeric tolerance below zero.
    #[error("the tolerance {tolerance} is negative")]
    NegativeTolerance {
        /// The tolerance, as written.
        tolerance: String,
    },
    /// A numeric range whose start is above its end.
    #[error("the range {min}..{max} starts above its end")]
    ReversedRange {
        /// The start, as written.
        min: String,
        /// The end, as written.
        max: String,
    },
    /// `{#}` with no number in it.
    #[error("this numeric answer block has no answer")]
    NoNumericAnswer,
    /// `$CATEGORY:` with no name after it.
    #[error("`$CATEGORY:` names no category")]
    EmptyCategory,
    /// More lines in the same block as a `$CATEGORY:` line.
    #[error("text follows the `$CATEGORY:` line without a blank line between them")]
    TextAfterCategory,
}

impl GiftErrorKind {
    /// What to do about it, in one sentence.
    pub fn hint(&self) -> &'static str {
        match self {
            Self::NotUtf8 => {
                "save the file as UTF-8 (Moodle exports are UTF-8; most editors offer it in \"Save as\")"
            }
            Self::UnclosedTitle => {
                "close the title with `::`, or write a colon that is not a title as `\\:`"
            }
            Self::UnclosedAnswers => {
                "close the answers with `}`; a blank line ends a question, so an answer block cannot contain one; write a literal brace as `\\{`"
            }
            Self::StrayClosingBrace => "remove it, or write a literal brace as `\\}`",
            Self::NestedBrace => {
                "close the first block with `}` before opening another, or write a literal brace as `\\{`"
            }
            Self::MissingMarker { .. } => {
                "start each answer with `=` (right) or `~` (wrong); write a literal `=` or `~` as `\\=` or `\\~`"
            }
            Self::TooFewChoices { .. } => {
                "add answers, each starting with `=` (right) or `~` (wrong), or make it a short answer such as `{=Paris}`"
            }
            Self::EmptyAnswer => "write the answer after `=` or `~`, or remove the marker",
            Self::WeightOutOfRange { .. } => {
                "write a percentage from -100 to 100 between the `%` signs, such as `~%50%`"
            }
            Self::MissingArrow { .. } => {
                "write each pair as `=left -> right`, or write a literal `=` as `\\=`"
            }
            Self::EmptyMatch => "write the matching item after `->`",
            Self::TooFewPairs { .. } => "add pairs, each written as `=left -> right`",
            Self::NotANumber { .. } => {
                "write a number with a dot for decimals, as `{#3.14:0.01}` (value:tolerance) or `{#1..5}` (min..max)"
            }
            Self::NegativeTolerance { .. } => {
                "write how far from the value an answer may be, as 0 or more, such as `{#10:0.5}`"
            }
            Self::ReversedRange { .. } => "write the smaller number first, such as `{#1..5}`",
            Self::NoNumericAnswer => {
                "write the right number after `#`, such as `{#42}`, `{#42:1}` or `{#40..44}`"
            }
            Self::EmptyCategory => {
                "write the category after the colon, such as `$CATEGORY: Water safety`, or remove the line"
            }
            Self::TextAfterCategory => {
                "leave a blank line after the `$CATEGORY:` line, before the next question"
            }
        }
    }
}
