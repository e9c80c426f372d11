//! Rules for translations: the same structure, ids and answer key as the source.
//!
//! A translation changes words only. If its ids or answers differed, a learner's
//! progress and scores would mean different things in different languages.

use crate::course::diagnostic::{Code, Diagnostic};
use crate::course::model::{Block, Course, Question, Quiz};
use std::path::Path;

/// Compares a translation (`course.<language>.json` at `file`) with its source.
pub fn validate_translation(
    source: &Course,
    translation: &Course,
    language: &str,
    file: &Path,
) -> Vec<Diagnostic> {
    let mut compare = Compare {
        file,
        diagnostics: Vec::new(),
    };
    compare.course(source, translation, language);
    compare.diagnostics
}

struct Compare<'a> {
    file: &'a Path,
    diagnostics: Vec<Diagnostic>,
}

const HINT_IDS: &str = "a translation keeps every id and the order of the source (course.json); translate only the words";
const HINT_KEY: &str =
    "a translation keeps the answer key of the source (course.json); translate only the words";

impl Compare<'_> {
    fn differs(&mut self, path: String, message: String, hint: &str) {
        self.diagnostics.push(
            Diagnostic::error(Code::Translation, self.file, path)
                .message(message)
                .hint(hint),
        );
    }

    /// Equal ids at `path`, or one error naming both.
    fn same_id(&mut self, path: String, what: &str, source: &str, translated: &str) -> bool {
        if source == translated {
            return true;
        }
        self.differs(
            path,
            format!("{what} has id `{translated}` here but `{source}` in course.json"),
            HINT_IDS,
        );
        false
    }

    /// Equal lengths at `path`, or one error naming both.
    fn same_len(&mut self, path: &str, what: &str, source: usize, translated: usize) -> bool {
        if source == translated {
            return true;
        }
        self.differs(
            path.to_owned(),
            format!("the translation has {translated} {what} here, course.json has {source}"),
            HINT_IDS,
        );
        false
    }

    fn course(&mut self, source: &Course, translated: &Course, language: &str) {
        if translated.language != language {
            self.differs(
                "/language".to_owned(),
                format!(
                    "this file is named for `{language}` but says `\"language\": \"{}\"`",
                    translated.language
                ),
                "make the file name course.<language>.json match the `language` field",
            );
        }
        self.same_id("/id".to_owned(), "the course", &source.id, &translated.id);
        if source.version != translated.version {
            self.diagnostics.push(
                Diagnostic::warning(Code::Translation, self.file, "/version")
                    .message(format!(
                        "the translation is of version {}, but course.json is version {}",
                        translated.version, source.version
                    ))
                    .hint("bring the translation up to date, then set the same version"),
            );
        }
        if self.same_len(
            "/modules",
            "modules",
            source.modules.len(),
            translated.modules.len(),
        ) {
            for (index, (left, right)) in source.modules.iter().zip(&translated.modules).enumerate()
            {
                let path = format!("/modules/{index}");
                if !self.same_id(format!("{path}/id"), "this module", &left.id, &right.id) {
                    continue;
                }
                let lessons_path = format!("{path}/lessons");
                if self.same_len(
                    &lessons_path,
                    "lessons",
                    left.lessons.len(),
                    right.lessons.len(),
                ) {
                    for (position, (a, b)) in left.lessons.iter().zip(&right.lessons).enumerate() {
                        let lesson_path = format!("{lessons_path}/{position}");
                        if self.same_id(format!("{lesson_path}/id"), "this lesson", &a.id, &b.id) {
                            self.reflections(&a.blocks, &b.blocks, &lesson_path);
                        }
                    }
                }
                self.optional_quiz(
                    left.quiz.as_ref(),
                    right.quiz.as_ref(),
                    &format!("{path}/quiz"),
                );
            }
        }
        self.optional_quiz(
            source.final_assessment.as_ref(),
            translated.final_assessment.as_ref(),
            "/final_assessment",
        );
    }

    /// Reflection ids must match, since learners' notes are kept under them.
    fn reflections(&mut self, source: &[Block], translated: &[Block], lesson_path: &str) {
        let ids = |blocks: &[Block]| -> Vec<String> {
            blocks.iter().filter_map(|block| block.id.clone()).collect()
        };
        let (left, right) = (ids(source), ids(translated));
        if left != right {
            self.differs(
                format!("{lesson_path}/blocks"),
                format!("the reflections here have ids {right:?}, but {left:?} in course.json"),
                HINT_IDS,
            );
        }
    }

    fn optional_quiz(&mut self, source: Option<&Quiz>, translated: Option<&Quiz>, path: &str) {
        match (source, translated) {
            (Some(left), Some(right)) => self.quiz(left, right, path),
            (None, None) => {}
            (Some(_), None) => self.differs(
                path.to_owned(),
                "course.json has a quiz here that the translation lacks".to_owned(),
                HINT_IDS,
            ),
            (None, Some(_)) => self.differs(
                path.to_owned(),
                "the translation has a quiz here that course.json does not".to_owned(),
                HINT_IDS,
            ),
        }
    }

    fn quiz(&mut self, source: &Quiz, translated: &Quiz, path: &str) {
        if !self.same_id(
            format!("{path}/id"),
            "this quiz",
            &source.id,
            &translated.id,
        ) {
            return;
        }
        let settings_match = source.pass_mark == translated.pass_mark
            && source.max_attempts == translated.max_attempts
            && source.draw == translated.draw
            && source.groups == translated.groups
            && source.feedback == translated.feedback
            && source.scoring == translated.scoring;
        if !settings_match {
            self.differs(
                path.to_owned(),
                "this quiz's pass mark, attempts, draw, groups, feedback or scoring differ from course.json".to_owned(),
                "copy the quiz settings from course.json; only the words change in a translation",
            );
        }
        let questions_path = format!("{path}/questions");
        if !self.same_len(
            &questions_path,
            "questions",
            source.questions.len(),
            translated.questions.len(),
        ) {
            return;
        }
        for (index, (left, right)) in source
            .questions
            .iter()
            .zip(&translated.questions)
            .enumerate()
        {
            self.question(left, right, &format!("{questions_path}/{index}"));
        }
    }

    fn question(&mut self, source: &Question, translated: &Question, path: &str) {
        if !self.same_id(
            format!("{path}/id"),
            "this question",
            &source.id,
            &translated.id,
        ) {
            return;
        }
        if source.kind != translated.kind {
            self.differs(
                format!("{path}/kind"),
                format!(
                    "this question is `{}` here but `{}` in course.json",
                    translated.kind.as_str(),
                    source.kind.as_str()
                ),
                HINT_KEY,
            );
            return;
        }
        let option_key = |question: &Question| -> Option<Vec<(String, bool)>> {
            question.options.as_ref().map(|options| {
                options
                    .iter()
                    .map(|option| (option.id.clone(), option.correct))
                    .collect()
            })
        };
        let pair_ids = |question: &Question| -> Option<Vec<String>> {
            question
                .pairs
                .as_ref()
                .map(|pairs| pairs.iter().map(|pair| pair.id.clone()).collect())
        };
        let item_ids = |question: &Question| -> Option<Vec<String>> {
            question
                .items
                .as_ref()
                .map(|items| items.iter().map(|item| item.id.clone()).collect())
        };
        let distractor_ids = |question: &Question| -> Vec<String> {
            question.distractors.iter().map(|d| d.id.clone()).collect()
        };
        let partial_key = |question: &Question| -> Vec<[Option<f64>; 5]> {
            question
                .partial_credit
                .iter()
                .map(|p| [Some(p.credit), p.value, p.tolerance, p.min, p.max])
                .collect()
        };
        if source.group != translated.group {
            self.differs(
                format!("{path}/group"),
                format!(
                    "question `{}` is in group {} here but in group {} in course.json",
                    source.id,
                    group_name(translated.group.as_deref()),
                    group_name(source.group.as_deref())
                ),
                "copy `group` from course.json: a translation asks the same questions",
            );
        }
        let key_matches = option_key(source) == option_key(translated)
            && distractor_ids(source) == distractor_ids(translated)
            && partial_key(source) == partial_key(translated)
            && pair_ids(source) == pair_ids(translated)
            && item_ids(source) == item_ids(translated)
            && source.answer == translated.answer
            && source.value == translated.value
            && source.tolerance == translated.tolerance
            && source.min == translated.min
            && source.max == translated.max
            && source.points == translated.points
            && source.scoring == translated.scoring;
        if !key_matches {
            self.differs(
                path.to_owned(),
                format!(
                    "the answer key of question `{}` differs from course.json (ids, order, correct options, values or points)",
                    source.id
                ),
                HINT_KEY,
            );
        }
    }
}

fn group_name(group: Option<&str>) -> String {
    group.map_or_else(|| "(none)".to_owned(), |id| format!("`{id}`"))
}
