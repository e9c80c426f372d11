//! The course format v1: the serde types a `course.json` file is read into.
//!
//! Every type rejects unknown fields, so a misspelt field is an error rather than
//! a silently ignored setting. Blocks and questions are flat records with a `kind`
//! field: each kind uses a subset of the fields (documented on each field), and the
//! validator reports a field that a kind does not use. Flat records keep parsing
//! fast and give authors precise messages ("a `single_choice` question needs
//! `options`") instead of "matches none of the variants".

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The `format` value this build of Fieldcourse reads and writes.
pub const FORMAT_V1: &str = "fieldcourse/1";

/// A whole course: the root object of `course.json` and of every translation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Fieldcourse course (format fieldcourse/1)")]
pub struct Course {
    /// Optional link to this JSON Schema, for editor completion. Ignored by Fieldcourse.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The course format: always `"fieldcourse/1"` for this version.
    pub format: String,
    /// Stable identifier of the course: lowercase letters, digits and `-`.
    /// Learners' progress is keyed by it, so never change it after release.
    pub id: String,
    /// The course version, as semantic versioning (`1.0.0`).
    pub version: String,
    /// The language of this file's text, as a BCP 47 tag (`en`, `fr`, `es`, `ar`).
    pub language: String,
    /// The course title shown in the library and on certificates.
    pub title: String,
    /// One or two sentences saying what the learner will get from the course.
    pub summary: String,
    /// The people who wrote the course.
    #[serde(default)]
    pub authors: Vec<String>,
    /// The organisation that publishes the course.
    pub publisher: String,
    /// How long the whole course takes, in minutes.
    pub estimated_minutes: u32,
    /// Free keywords, used to search the library.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The modules, in the order learners take them.
    pub modules: Vec<Module>,
    /// An optional final assessment taken after the modules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_assessment: Option<Quiz>,
    /// What a learner must do to complete the course. Default: every lesson
    /// completed and every quiz (with the final assessment) passed.
    #[serde(default)]
    pub completion: Completion,
    /// The completion certificate. Without it the course issues none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certificate: Option<CertificateSettings>,
    /// How the course's learning records (xAPI statements) name its activities.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub xapi: Option<XapiSettings>,
}

/// The course's xAPI settings.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct XapiSettings {
    /// An absolute IRI (such as `https://training.example.org/xapi/`) that the
    /// activity ids of the course's learning records start with. The course, its
    /// modules, lessons, quizzes and questions are named by it and their stable
    /// ids. Default: Fieldcourse's own `https://fieldcourse.invalid/xapi/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_base: Option<String>,
}

/// A group of lessons, optionally closed by a quiz.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Module {
    /// Stable identifier, unique in the course.
    pub id: String,
    /// The module title.
    pub title: String,
    /// A short description of the module.
    #[serde(default)]
    pub summary: String,
    /// The lessons, in reading order.
    pub lessons: Vec<Lesson>,
    /// An optional quiz taken after the lessons.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quiz: Option<Quiz>,
}

/// One lesson: a sequence of content blocks read top to bottom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Stable identifier, unique in the course.
    pub id: String,
    /// The lesson title.
    pub title: String,
    /// How long the lesson takes to read, in minutes.
    #[serde(default)]
    pub estimated_minutes: u32,
    /// The lesson content.
    pub blocks: Vec<Block>,
}

/// The kinds of content block a lesson can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Text in CommonMark: headings, emphasis, lists, links, quotes, tables.
    Markdown,
    /// A picture from the course's `assets/` folder, with alt text.
    Image,
    /// A highlighted box: a note, a tip, a warning or the key points.
    Callout,
    /// A scenario for the learner to think through.
    CaseStudy,
    /// A question for the learner to answer in a private note (not graded).
    Reflection,
}

impl BlockKind {
    /// The name of the kind as written in course files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Markdown => "markdown",
            Self::Image => "image",
            Self::Callout => "callout",
            Self::CaseStudy => "case_study",
            Self::Reflection => "reflection",
        }
    }
}

/// The look of a callout block; each has its own icon and label.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CalloutStyle {
    /// Background or a side remark.
    Note,
    /// Practical advice.
    Tip,
    /// Something that can cause harm if missed.
    Warning,
    /// The points to remember from the lesson.
    KeyPoints,
}

/// A content block. `kind` says which of the other fields apply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Block {
    /// What the block is: `markdown`, `image`, `callout`, `case_study` or `reflection`.
    pub kind: BlockKind,
    /// Stable identifier. Required for `reflection` (the learner's note is kept under it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Heading of a `case_study`, or an optional heading for a `callout`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Markdown body of a `markdown`, `callout` or `case_study` block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Style of a `callout`: `note`, `tip`, `warning` or `key_points`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub style: Option<CalloutStyle>,
    /// Path of an `image` file inside the course folder, such as `assets/diagram.svg`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub src: Option<String>,
    /// Text alternative of an `image`: what the picture shows, for screen readers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alt: Option<String>,
    /// Optional caption shown under an `image`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caption: Option<String>,
    /// The question a `reflection` asks the learner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompt: Option<String>,
}

/// When a quiz shows whether an answer was right.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackTiming {
    /// After each answer.
    #[default]
    Immediate,
    /// In the review, once the whole attempt is submitted.
    AfterSubmit,
    /// Never: only the score is shown.
    Never,
}

/// How questions with several parts are scored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Scoring {
    /// Full points only when every part is right.
    #[default]
    AllOrNothing,
    /// A share of the points for each right part.
    Partial,
}

/// A quiz: a pool of questions, of which `draw` are asked per attempt, or split
/// into `groups` that each give a set number of questions to every attempt.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quiz {
    /// Stable identifier, unique in the course.
    pub id: String,
    /// The quiz title.
    pub title: String,
    /// Optional markdown shown before the first question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    /// The share of points needed to pass, from 0 to 1 (`0.7` is 70%).
    pub pass_mark: f64,
    /// How many attempts a learner has. Unlimited when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_attempts: Option<u32>,
    /// How many questions each attempt draws from the pool. All when absent.
    /// Not used with `groups`, where each group says how many it gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draw: Option<u32>,
    /// Named parts of the pool, each drawing its own number of questions per
    /// attempt (so every attempt has, say, 3 scenarios). A question joins a group
    /// with its `group` field; questions without one are asked in every attempt.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<QuestionGroup>,
    /// Ask the questions in a random order.
    #[serde(default)]
    pub shuffle_questions: bool,
    /// Show the options of each question in a random order.
    #[serde(default)]
    pub shuffle_options: bool,
    /// When feedback is shown: `immediate`, `after_submit` or `never`.
    #[serde(default)]
    pub feedback: FeedbackTiming,
    /// Default scoring for multiple choice, matching and ordering questions.
    #[serde(default)]
    pub scoring: Scoring,
    /// The question pool.
    pub questions: Vec<Question>,
}

/// A named part of a quiz's pool and how many of its questions each attempt asks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct QuestionGroup {
    /// Identifier of the group, unique in the quiz: lowercase letters, digits and `-`.
    pub id: String,
    /// How many of the group's questions each attempt asks (at least 1, at most
    /// the number of questions whose `group` is this id).
    pub draw: u32,
}

/// An item-writing check of `fieldcourse validate` that a question may opt out of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ItemCheck {
    /// The right option is the longest in most single-choice questions.
    LongestOption,
    /// Most true/false statements have the same answer.
    LopsidedTrueFalse,
    /// An option reads "all of the above" or "none of the above".
    AllNoneOfTheAbove,
    /// Absolute words ("always", "never") mostly in wrong options.
    AbsoluteWords,
    /// Two question texts almost the same.
    NearDuplicate,
    /// Options not shuffled and the right one always in the same place.
    AnswerPosition,
}

impl ItemCheck {
    /// The name of the check as written in `allow` and reported as a `code`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::LongestOption => "longest-option",
            Self::LopsidedTrueFalse => "lopsided-true-false",
            Self::AllNoneOfTheAbove => "all-none-of-the-above",
            Self::AbsoluteWords => "absolute-words",
            Self::NearDuplicate => "near-duplicate",
            Self::AnswerPosition => "answer-position",
        }
    }
}

/// The kinds of question a quiz can ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Pick the one right option (`options`, exactly one `correct`).
    SingleChoice,
    /// Pick every right option (`options`, at least one `correct`).
    MultipleChoice,
    /// Say whether a statement is true (`answer`).
    TrueFalse,
    /// Match each left item with its right item (`pairs`).
    Matching,
    /// Put the items in order (`items`, listed in the right order).
    Ordering,
    /// Type a word or phrase (`accepted`).
    ShortAnswer,
    /// Type a number (`value` with `tolerance`, or `min` and `max`).
    Numeric,
}

impl QuestionKind {
    /// The name of the kind as written in course files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::SingleChoice => "single_choice",
            Self::MultipleChoice => "multiple_choice",
            Self::TrueFalse => "true_false",
            Self::Matching => "matching",
            Self::Ordering => "ordering",
            Self::ShortAnswer => "short_answer",
            Self::Numeric => "numeric",
        }
    }
}

/// A question. `kind` says which of the answer fields apply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable identifier, unique in the course.
    pub id: String,
    /// The kind of question.
    pub kind: QuestionKind,
    /// The question itself, in markdown.
    pub prompt: String,
    /// The id of the quiz group this question belongs to (see the quiz's
    /// `groups`). Without it, the question is asked in every attempt of a quiz
    /// with groups.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Item-writing checks of `fieldcourse validate` to skip for this question,
    /// such as `["longest-option"]`, when the warning has been weighed and the
    /// question is right as it is.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<ItemCheck>,
    /// An optional picture shown with the prompt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<ImageRef>,
    /// Points for a fully right answer (default 1).
    #[serde(default = "default_points")]
    pub points: f64,
    /// Scoring rule for this question, overriding the quiz's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scoring: Option<Scoring>,
    /// Options of a `single_choice` or `multiple_choice` question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<ChoiceOption>>,
    /// The right answer of a `true_false` question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<bool>,
    /// Pairs of a `matching` question; the right-hand sides are shuffled for the learner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pairs: Option<Vec<MatchPair>>,
    /// `matching`: extra right-hand items that match no left item, offered in
    /// every pick list among the right ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distractors: Vec<MatchDistractor>,
    /// Items of an `ordering` question, listed in the right order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<OrderItem>>,
    /// Accepted answers of a `short_answer` question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accepted: Option<Vec<String>>,
    /// `short_answer`: letter case must match (default false).
    #[serde(default, skip_serializing_if = "is_false")]
    pub case_sensitive: bool,
    /// `short_answer`: accents must match (default false: `é` equals `e`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub accent_sensitive: bool,
    /// The right number of a `numeric` question (with `tolerance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// `numeric`: how far from `value` an answer may be and still count (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    /// `numeric`: lowest accepted number, with `max` (instead of `value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// `numeric`: highest accepted number, with `min` (instead of `value`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    /// `short_answer` and `numeric`: answers that earn a share of the points,
    /// such as a near miss worth half.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partial_credit: Vec<PartialAnswer>,
    /// Messages shown after a right, wrong or partly right answer.
    #[serde(default, skip_serializing_if = "Feedback::is_empty")]
    pub feedback: Feedback,
    /// Why the right answer is right, shown on review. Teach here.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
}

fn default_points() -> f64 {
    1.0
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// A picture attached to a question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ImageRef {
    /// Path of the file inside the course folder, such as `assets/map.png`.
    pub src: String,
    /// What the picture shows, for learners who cannot see it.
    pub alt: String,
}

/// One option of a choice question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    /// Stable identifier, unique in the course.
    pub id: String,
    /// The option text, in markdown.
    pub text: String,
    /// Whether picking this option is right.
    #[serde(default)]
    pub correct: bool,
    /// Shown when the learner picks this option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<String>,
}

/// One pair of a matching question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MatchPair {
    /// Stable identifier, unique in the course.
    pub id: String,
    /// The item shown on the left.
    pub left: String,
    /// The item it matches, offered in a list on the right.
    pub right: String,
}

/// A right-hand item of a matching question that matches no left item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MatchDistractor {
    /// Stable identifier, unique in the course.
    pub id: String,
    /// The text offered in the pick lists.
    pub text: String,
}

/// An answer worth part of the points: a text for a `short_answer` question, a
/// number (`value` with `tolerance`, or `min` and `max`) for a `numeric` one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartialAnswer {
    /// The share of the question's points it earns, above 0 and below 1 (`0.5` is half).
    pub credit: f64,
    /// `short_answer`: the answer, compared as the accepted answers are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// `numeric`: the number (with `tolerance`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// `numeric`: how far from `value` an answer may be (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    /// `numeric`: lowest number of a range, with `max`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// `numeric`: highest number of a range, with `min`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

/// One item of an ordering question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OrderItem {
    /// Stable identifier, unique in the course.
    pub id: String,
    /// The item text.
    pub text: String,
}

/// Messages for a right, a wrong and a partly right answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    /// Shown when the answer is right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correct: Option<String>,
    /// Shown when the answer is wrong.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub incorrect: Option<String>,
    /// Shown when the answer is partly right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partly: Option<String>,
}

impl Feedback {
    fn is_empty(&self) -> bool {
        self.correct.is_none() && self.incorrect.is_none() && self.partly.is_none()
    }
}

/// What completes the course. A list left out means "all of them".
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Completion {
    /// Ids of the lessons that must be completed. Default: every lesson.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lessons: Option<Vec<String>>,
    /// Ids of the quizzes that must be passed. Default: every module quiz and the
    /// final assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quizzes: Option<Vec<String>>,
}

/// The completion certificate's settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CertificateSettings {
    /// Whether the course issues a certificate (default true).
    #[serde(default = "default_true")]
    pub enabled: bool,
    /// Heading of the certificate. Default: "Certificate of completion" in the
    /// learner's language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The organisation that awards the certificate.
    pub organisation: String,
    /// Name of the person who signs the certificate.
    pub signatory_name: String,
    /// Role of the person who signs, such as "Head of Training".
    pub signatory_title: String,
    /// Optional logo: a PNG or SVG file inside the course folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logo: Option<String>,
    /// How many months the certificate stays valid. Forever when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub validity_months: Option<u32>,
    /// The organisation's public issuer key as a `did:key` (`did:key:z6Mk...`).
    /// Devices with that key installed sign this course's certificates with it;
    /// others sign with their own device key and say so.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
}

fn default_true() -> bool {
    true
}

impl Course {
    /// Every quiz of the course: module quizzes in order, then the final assessment.
    pub fn quizzes(&self) -> impl Iterator<Item = &Quiz> {
        self.modules
            .iter()
            .filter_map(|module| module.quiz.as_ref())
            .chain(self.final_assessment.as_ref())
    }

    /// Every lesson of the course, in reading order.
    pub fn lessons(&self) -> impl Iterator<Item = &Lesson> {
        self.modules.iter().flat_map(|module| module.lessons.iter())
    }

    /// The number of lessons in the course.
    pub fn lesson_count(&self) -> usize {
        self.modules.iter().map(|module| module.lessons.len()).sum()
    }
}
