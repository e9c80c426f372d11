//! Translations that can grow: a `course.<lang>.json` may leave out whole
//! modules, lessons, quizzes and questions, and leave texts empty or marked
//! [`UNTRANSLATED_MARKER`]. The loader fills every gap with the source
//! language's text ([`with_fallback`]); `fieldcourse translate` writes the
//! same course with every gap marked for the translator ([`template`]).
//!
//! Ids, answer keys, quiz settings and completion rules always come from the
//! source: a translation changes words only.

mod merger;

use super::model::Course;
use merger::{Fill, Merger};
use std::collections::BTreeSet;

/// What `fieldcourse translate` puts before each text still to translate. A
/// text that starts with it (or is empty) counts as not yet translated.
pub const UNTRANSLATED_MARKER: &str = "[untranslated]";

/// Whether a translated text is really translated: neither empty nor marked.
pub fn is_translated(text: &str) -> bool {
    let text = text.trim_start();
    !text.is_empty() && !text.starts_with(UNTRANSLATED_MARKER)
}

/// A module, lesson, quiz or question the translation leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// `module`, `lesson`, `quiz` or `question`.
    pub kind: &'static str,
    /// Its id.
    pub id: String,
    /// Its title (a question's prompt), in the source language.
    pub title: String,
    /// Where it would go in the translation file (a JSON pointer to the list or
    /// object that lacks it).
    pub parent: String,
}

/// How much of a translation is missing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Untranslated {
    /// The texts shown in the source language.
    pub texts: usize,
    /// Every text of the source that a translation translates.
    pub total: usize,
    /// The modules, lessons, quizzes and questions left out (each counted
    /// once: a missing module does not list its lessons).
    pub missing: Vec<Missing>,
    /// The ids of the lessons and quizzes with a text in the source language,
    /// so the app can say so where the learner meets them.
    pub partial: BTreeSet<String>,
}

impl Untranslated {
    /// Whether every text is translated.
    pub fn is_complete(&self) -> bool {
        self.texts == 0
    }
}

/// A translation made whole: the course in the translation's language, with
/// the source's text wherever the translation has none.
#[derive(Debug, Clone)]
pub struct Merged {
    /// The full course.
    pub course: Course,
    /// What was filled in from the source.
    pub untranslated: Untranslated,
    /// Pairs of JSON pointers (source, translation) for each module, lesson,
    /// quiz and question present in both, most nested last: findings on the
    /// merged course are located in the translation file through them.
    pub paths: Vec<(String, String)>,
}

impl Merged {
    /// The translation file's pointer for `source_path` (a pointer into the
    /// merged course), through the deepest element present in the translation;
    /// `None` when the translation has nothing there.
    pub fn translation_path(&self, source_path: &str) -> Option<String> {
        self.paths
            .iter()
            .filter(|(source, _)| {
                source_path == source
                    || source_path
                        .strip_prefix(source.as_str())
                        .is_some_and(|rest| rest.starts_with('/'))
            })
            .max_by_key(|(source, _)| source.len())
            .map(|(source, translated)| format!("{translated}{}", &source_path[source.len()..]))
    }
}

/// The translation `translated` of `source`, with the source's text wherever
/// the translation has none.
pub fn with_fallback(source: &Course, translated: &Course) -> Merged {
    let mut merger = Merger::new(Fill::Source);
    let course = merger.course(source, translated);
    Merged {
        course,
        untranslated: merger.untranslated,
        paths: merger.paths,
    }
}

/// The translation file `fieldcourse translate` writes: the source's
/// structure, the translated texts of `existing` (when there is one), and every
/// other text as the source's, marked [`UNTRANSLATED_MARKER`].
pub fn template(
    source: &Course,
    existing: Option<&Course>,
    language: &str,
) -> (Course, Untranslated) {
    let mut merger = Merger::new(Fill::Marked);
    let blank;
    let translated = match existing {
        Some(existing) => existing,
        None => {
            blank = Course {
                modules: Vec::new(),
                final_assessment: None,
                ..source.clone()
            };
            merger.blank_root = true;
            &blank
        }
    };
    let mut course = merger.course(source, translated);
    course.language = language.to_owned();
    (course, merger.untranslated)
}
