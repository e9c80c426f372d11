//! Import of Moodle GIFT question files into a Fieldcourse [`Quiz`].
//!
//! GIFT is the plain-text question format of Moodle's question bank. The
//! reading follows Moodle's own importer (blank lines separate questions, the
//! answer block decides the question type), so a file that Moodle imports
//! reads the same here. What Fieldcourse cannot ask (essays, descriptions) is
//! skipped with a reason, never dropped silently; what it can ask with less
//! nuance (partial credit on one option of a single choice) is converted with a
//! note. Missing-word questions keep a blank `_____` where their answers stood;
//! matching distractors and partial credit on short and numeric answers carry over. Malformed GIFT is a [`GiftError`] with a line and a
//! column.
//!
//! ```
//! use fieldcourse::quiz::gift::parse_gift;
//!
//! let import = parse_gift("::Capital:: The capital of France? {=Paris ~Lyon}", "geo.gift").unwrap();
//! assert_eq!(import.quiz.questions[0].id, "capital");
//! ```

mod convert;
mod error;
mod html;
mod ids;
mod lexer;
mod markdown;
mod parser;
mod text;

pub use error::{GiftError, GiftErrorKind, Position};
pub use ids::slugify;

use crate::course::{
    Block, BlockKind, Completion, Course, Diagnostic, FORMAT_V1, FeedbackTiming, Lesson, Module,
    Quiz, Scoring, validate_course,
};
use ids::IdRegistry;
use parser::Item;
use std::fmt;
use std::path::Path;

/// The pass mark of an imported quiz: GIFT has none.
pub const DEFAULT_PASS_MARK: f64 = 0.7;

/// What a GIFT file became.
#[derive(Debug, Clone, PartialEq)]
pub struct GiftImport {
    /// The quiz: the converted questions in file order, and default settings
    /// (pass mark 0.7, immediate feedback, every question asked).
    pub quiz: Quiz,
    /// The questions that could not be converted, with the reason.
    pub skipped: Vec<SkippedQuestion>,
    /// What changed in converted questions (Moodle nuance Fieldcourse lacks).
    pub notes: Vec<ImportNote>,
    /// The `$CATEGORY:` names, in file order.
    pub categories: Vec<String>,
}

/// A question the import left out.
#[derive(Debug, Clone, PartialEq)]
pub struct SkippedQuestion {
    /// Its place among the file's questions, from 1.
    pub number: usize,
    /// The line where it starts.
    pub line: usize,
    /// Its `::title::`, if any.
    pub title: Option<String>,
    /// Why it was left out.
    pub reason: SkipReason,
}

impl fmt::Display for SkippedQuestion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: question {}", self.line, self.number)?;
        if let Some(title) = &self.title {
            write!(f, " (`{title}`)")?;
        }
        write!(f, " skipped: {}", self.reason)
    }
}

/// Why a question was left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SkipReason {
    /// Text with no answer block.
    Description,
    /// An empty answer block `{}`.
    Essay,
    /// No text before the answer block.
    NoText,
    /// Only `~` answers, none with a positive weight.
    NoRightAnswer,
    /// No answer worth 100%.
    NoFullCredit,
    /// Fewer than two matching pairs once pairs without a left item are left out.
    TooFewPairs {
        /// The pairs left.
        count: usize,
    },
    /// Two matching pairs with the same right item.
    DuplicateRightItem {
        /// The item.
        item: String,
    },
    /// Text that is empty once its HTML is removed.
    EmptyText {
        /// Which text.
        what: String,
    },
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Description => f.write_str(
                "it is a description (text with no answer block), and Fieldcourse quizzes hold only questions",
            ),
            Self::Essay => f.write_str(
                "it is an essay question (an empty answer block `{}`), which a person must grade; Fieldcourse grades every question itself",
            ),
            Self::NoText => f.write_str("it has no text before its answer block"),
            Self::NoRightAnswer => f.write_str(
                "no answer is right: there is no `=` and no `~` answer with a positive weight",
            ),
            Self::NoFullCredit => f.write_str("no answer is fully right (worth 100%)"),
            Self::TooFewPairs { count } => write!(
                f,
                "a matching question needs two pairs, and only {count} has something before `->`"
            ),
            Self::DuplicateRightItem { item } => {
                write!(f, "two matching pairs have the same right item `{item}`")
            }
            Self::EmptyText { what } => write!(f, "{what} is empty once its HTML is removed"),
        }
    }
}

impl SkipReason {
    /// A short name for summaries: `essay`, `missing word`...
    pub fn label(&self) -> &'static str {
        match self {
            Self::Description => "description",
            Self::Essay => "essay",
            Self::NoText => "no text",
            Self::NoRightAnswer => "no right answer",
            Self::NoFullCredit => "no fully right answer",
            Self::TooFewPairs { .. } => "too few pairs",
            Self::DuplicateRightItem { .. } => "same right item twice",
            Self::EmptyText { .. } => "empty text",
        }
    }

    /// What the author can do, in one sentence.
    pub fn hint(&self) -> &'static str {
        match self {
            Self::Description => {
                "put the text in a lesson, or in the quiz's `intro` after the import"
            }
            Self::Essay => "ask it as a reflection block in a lesson instead",
            Self::NoText => "write the question before `{`",
            Self::NoRightAnswer => {
                "mark the right answer with `=`, or give each right answer a positive weight such as `~%50%`"
            }
            Self::NoFullCredit => "mark the fully right answer with `=` (or `=%100%`)",
            Self::TooFewPairs { .. } => "add pairs written as `=left -> right`",
            Self::DuplicateRightItem { .. } => {
                "give each pair its own right item: Fieldcourse lists each right item once"
            }
            Self::EmptyText { .. } => "write the text, or remove the empty answer",
        }
    }
}

/// Something a converted question lost from its Moodle meaning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportNote {
    /// The line where the question starts.
    pub line: usize,
    /// The id the question got.
    pub question: String,
    /// What changed.
    pub message: String,
}

impl fmt::Display for ImportNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}: question `{}`: {}",
            self.line, self.question, self.message
        )
    }
}

impl GiftImport {
    /// Puts `prefix-` before every id of the quiz: the quiz's, and its
    /// questions', options', matching pairs' and items' (ids from question
    /// names, such as `chlorination`, may otherwise be ids the course already
    /// uses). `prefix` must be a valid id; a trailing `-` is not doubled.
    pub fn prefix_ids(&mut self, prefix: &str) {
        let prefix = prefix.trim_end_matches('-');
        let with = |id: &mut String| *id = format!("{prefix}-{id}");
        with(&mut self.quiz.id);
        for question in &mut self.quiz.questions {
            with(&mut question.id);
            question
                .options
                .iter_mut()
                .flatten()
                .for_each(|o| with(&mut o.id));
            question
                .pairs
                .iter_mut()
                .flatten()
                .for_each(|p| with(&mut p.id));
            question
                .items
                .iter_mut()
                .flatten()
                .for_each(|i| with(&mut i.id));
            question
                .distractors
                .iter_mut()
                .for_each(|d| with(&mut d.id));
        }
        self.notes
            .iter_mut()
            .for_each(|note| with(&mut note.question));
    }
}

/// Reads GIFT bytes as text: UTF-8, with or without a byte-order mark.
pub fn decode_gift(bytes: &[u8]) -> Result<&str, GiftError> {
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
        let line_start = valid
            .iter()
            .rposition(|&byte| byte == b'\n')
            .map_or(0, |newline| newline + 1);
        let column = String::from_utf8_lossy(valid.get(line_start..).unwrap_or_default())
            .chars()
            .count()
            + 1;
        GiftError::at(
            Position {
                line: valid.iter().filter(|&&byte| byte == b'\n').count() + 1,
                column,
            },
            GiftErrorKind::NotUtf8,
        )
    })
}

/// Converts the GIFT text of the file `source_name` into a quiz.
///
/// The quiz id is the file's stem as an id (`Water Safety.gift` gives
/// `water-safety`), its title the first `$CATEGORY:` (its last part) or else
/// the stem. Every malformed question is reported, in file order; any one
/// makes the result an error.
pub fn parse_gift(text: &str, source_name: &str) -> Result<GiftImport, Vec<GiftError>> {
    let stem = Path::new(source_name)
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    let quiz_id = Some(slugify(&stem))
        .filter(|id| !id.is_empty())
        .unwrap_or_else(|| "quiz".to_owned());
    let mut ids = IdRegistry::default();
    ids.claim(&quiz_id);
    let mut errors = Vec::new();
    let mut import = GiftImport {
        quiz: Quiz {
            id: quiz_id,
            title: String::new(),
            intro: None,
            pass_mark: DEFAULT_PASS_MARK,
            max_attempts: None,
            draw: None,
            groups: Vec::new(),
            shuffle_questions: false,
            shuffle_options: false,
            feedback: FeedbackTiming::Immediate,
            scoring: Scoring::AllOrNothing,
            questions: Vec::new(),
        },
        skipped: Vec::new(),
        notes: Vec::new(),
        categories: Vec::new(),
    };
    let blocks = lexer::blocks(text);
    let mut number = 0;
    for block in &blocks {
        let raw = match parser::parse_block(block) {
            Ok(Item::Category(name)) => {
                import.categories.push(name);
                continue;
            }
            Ok(Item::Question(raw)) => raw,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };
        number += 1;
        match convert::convert(&raw) {
            Ok(mut draft) => {
                convert::assign_ids(&mut draft.question, raw.title.as_deref(), number, &mut ids);
                import
                    .notes
                    .extend(draft.notes.into_iter().map(|message| ImportNote {
                        line: raw.start.line,
                        question: draft.question.id.clone(),
                        message,
                    }));
                import.quiz.questions.push(draft.question);
            }
            Err(reason) => import.skipped.push(SkippedQuestion {
                number,
                line: raw.start.line,
                title: raw.title.clone(),
                reason,
            }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    import.quiz.title = import
        .categories
        .first()
        .map(|category| category_title(category))
        .filter(|title| !title.is_empty())
        .unwrap_or(stem);
    if import.quiz.title.trim().is_empty() {
        import.quiz.title = import.quiz.id.clone();
    }
    Ok(import)
}

/// The last part of a Moodle category path: `$course$/top/Water safety` gives
/// `Water safety`. A `/` inside a name is written `//`.
fn category_title(category: &str) -> String {
    const SLASH: char = '\u{0}';
    category
        .replace("//", &SLASH.to_string())
        .split('/')
        .map(|part| part.trim().replace(SLASH, "/"))
        .rfind(|part| {
            !part.is_empty()
                && part != "top"
                && !(part.len() > 1 && part.starts_with('$') && part.ends_with('$'))
        })
        .unwrap_or_default()
}

/// Ids the course built by [`check_quiz`] uses around the quiz.
const CHECK_MODULE_ID: &str = "gift-import-check-module";
const CHECK_LESSON_ID: &str = "gift-import-check-lesson";

/// Runs the course validator on `quiz`, placed alone in a minimal course, and
/// returns what it finds in the quiz (its paths start with `/final_assessment`).
pub fn check_quiz(quiz: &Quiz) -> Vec<Diagnostic> {
    let course = Course {
        schema: None,
        format: FORMAT_V1.to_owned(),
        id: "gift-import-check".to_owned(),
        version: "1.0.0".to_owned(),
        language: "en".to_owned(),
        title: "GIFT import check".to_owned(),
        summary: "Holds an imported quiz to validate it.".to_owned(),
        authors: Vec::new(),
        publisher: "Fieldcourse".to_owned(),
        estimated_minutes: 1,
        tags: Vec::new(),
        modules: vec![Module {
            id: CHECK_MODULE_ID.to_owned(),
            title: "Check".to_owned(),
            summary: String::new(),
            lessons: vec![Lesson {
                id: CHECK_LESSON_ID.to_owned(),
                title: "Check".to_owned(),
                estimated_minutes: 1,
                blocks: vec![Block {
                    kind: BlockKind::Markdown,
                    id: None,
                    title: None,
                    text: Some("Check.".to_owned()),
                    style: None,
                    src: None,
                    alt: None,
                    caption: None,
                    prompt: None,
                }],
            }],
            quiz: None,
        }],
        final_assessment: Some(quiz.clone()),
        completion: Completion::default(),
        certificate: None,
        xapi: None,
    };
    validate_course(&course, Path::new("quiz.json"), None)
        .into_iter()
        .filter(|diagnostic| diagnostic.path.starts_with("/final_assessment"))
        .collect()
}
