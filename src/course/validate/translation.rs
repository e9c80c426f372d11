//! Rules for translations: the same structure, ids and answer key as the source.
//!
//! A translation changes words only. If its ids or answers differed, a learner's
//! progress and scores would mean different things in different languages.

use crate::course::diagnostic::{Code, Diagnostic};
use crate::course::model::{Block, Course, Question, Quiz};
use std::path::Path;

/// Compares a translation (`course.<language>.json` at `file`) with its source.
///
/// A translation may leave out modules, lessons, quizzes and questions (they
/// are shown from the source); what it has must carry the source's ids and
/// answer key. `source_errors` are the JSON pointers of the source's errors:
/// a difference there is the source's mistake, already reported, so it is not
/// reported again against the translation.
pub fn validate_translation(
    source: &Course,
    translation: &Course,
    language: &str,
    file: &Path,
    source_errors: &[String],
) -> Vec<Diagnostic> {
    let mut compare = Compare {
        file,
        source_errors,
        diagnostics: Vec::new(),
    };
    compare.course(source, translation, language);
    compare.diagnostics
}

struct Compare<'a> {
    file: &'a Path,
    source_errors: &'a [String],
    diagnostics: Vec<Diagnostic>,
}

const HINT_IDS: &str =
    "a translation keeps the ids of the source (course.json); translate only the words";
const HINT_KEY: &str =
    "a translation keeps the answer key of the source (course.json); translate only the words";
const HINT_EXTRA: &str = "use the id it has in course.json, or remove it: a translation only translates what course.json has";

impl Compare<'_> {
    fn differs(&mut self, path: String, message: String, hint: &str) {
        self.diagnostics.push(
            Diagnostic::error(Code::Translation, self.file, path)
                .message(message)
                .hint(hint),
        );
    }

    /// Whether the source has an error at or inside `source_path`.
    fn source_wrong(&self, source_path: &str) -> bool {
        self.source_errors.iter().any(|error| {
            error == source_path
                || error
                    .strip_prefix(source_path)
                    .is_some_and(|rest| rest.starts_with('/'))
        })
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

    /// An element of the translation whose id course.json does not have.
    /// `renamed` is the source's id at the same place when the lists are as
    /// long and that id is absent from the translation: most likely the id
    /// was changed, and the message says so.
    fn extra(&mut self, path: String, what: &str, id: &str, title: &str, renamed: Option<&str>) {
        if let Some(original) = renamed {
            self.same_id(path, &format!("this {what}"), original, id);
            return;
        }
        self.differs(
            path,
            format!(
                "the translation has {what} `{id}` (\"{}\") that course.json does not have",
                short(title)
            ),
            HINT_EXTRA,
        );
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
        if !self.source_wrong("/id") {
            self.same_id("/id".to_owned(), "the course", &source.id, &translated.id);
        }
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
        for (index, right) in translated.modules.iter().enumerate() {
            let path = format!("/modules/{index}");
            let Some((at, left)) = find(&source.modules, &right.id, |m| &m.id) else {
                if !self.source_wrong(&format!("{path}/id")) {
                    let renamed = renamed(&source.modules, &translated.modules, index, |m| &m.id);
                    self.extra(
                        format!("{path}/id"),
                        "module",
                        &right.id,
                        &right.title,
                        renamed,
                    );
                }
                continue;
            };
            let source_path = format!("/modules/{at}");
            for (position, lesson) in right.lessons.iter().enumerate() {
                let lesson_path = format!("{path}/lessons/{position}");
                match find(&left.lessons, &lesson.id, |l| &l.id) {
                    Some((_, original)) if !lesson.blocks.is_empty() => {
                        self.reflections(&original.blocks, &lesson.blocks, &lesson_path);
                    }
                    Some(_) => {}
                    None => {
                        let renamed = renamed(&left.lessons, &right.lessons, position, |l| &l.id);
                        self.extra(
                            format!("{lesson_path}/id"),
                            "lesson",
                            &lesson.id,
                            &lesson.title,
                            renamed,
                        );
                    }
                }
            }
            self.optional_quiz(
                left.quiz.as_ref(),
                right.quiz.as_ref(),
                &format!("{path}/quiz"),
                &format!("{source_path}/quiz"),
            );
        }
        self.optional_quiz(
            source.final_assessment.as_ref(),
            translated.final_assessment.as_ref(),
            "/final_assessment",
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

    fn optional_quiz(
        &mut self,
        source: Option<&Quiz>,
        translated: Option<&Quiz>,
        path: &str,
        source_path: &str,
    ) {
        match (source, translated) {
            (Some(left), Some(right)) => self.quiz(left, right, path, source_path),
            // A quiz left out is shown from course.json.
            (_, None) => {}
            (None, Some(_)) => self.differs(
                path.to_owned(),
                "the translation has a quiz here that course.json does not".to_owned(),
                HINT_IDS,
            ),
        }
    }

    fn quiz(&mut self, source: &Quiz, translated: &Quiz, path: &str, source_path: &str) {
        if !self.source_wrong(&format!("{source_path}/id"))
            && !self.same_id(
                format!("{path}/id"),
                "this quiz",
                &source.id,
                &translated.id,
            )
        {
            return;
        }
        let settings_match = source.pass_mark == translated.pass_mark
            && source.max_attempts == translated.max_attempts
            && source.draw == translated.draw
            && source.groups == translated.groups
            && source.feedback == translated.feedback
            && source.scoring == translated.scoring;
        let settings_wrong = ["/pass_mark", "/max_attempts", "/draw", "/groups"]
            .iter()
            .any(|field| self.source_wrong(&format!("{source_path}{field}")));
        if !settings_match && !settings_wrong {
            self.differs(
                path.to_owned(),
                "this quiz's pass mark, attempts, draw, groups, feedback or scoring differ from course.json".to_owned(),
                "copy the quiz settings from course.json; only the words change in a translation",
            );
        }
        for (index, right) in translated.questions.iter().enumerate() {
            let question_path = format!("{path}/questions/{index}");
            match find(&source.questions, &right.id, |q| &q.id) {
                Some((at, left)) => {
                    let source_question = format!("{source_path}/questions/{at}");
                    if !self.source_wrong(&source_question) {
                        self.question(left, right, &question_path);
                    }
                }
                None => {
                    let renamed =
                        renamed(&source.questions, &translated.questions, index, |q| &q.id);
                    self.extra(
                        format!("{question_path}/id"),
                        "question",
                        &right.id,
                        &right.prompt,
                        renamed,
                    );
                }
            }
        }
    }

    /// A question of the translation against the source's with the same id.
    fn question(&mut self, source: &Question, translated: &Question, path: &str) {
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

/// The element of `list` with `id`, with its position.
fn find<'a, T>(list: &'a [T], id: &str, id_of: impl Fn(&T) -> &String) -> Option<(usize, &'a T)> {
    list.iter().enumerate().find(|(_, item)| id_of(item) == id)
}

/// The source's id at `index` when both lists are as long and the
/// translation does not have it: the id the translation likely changed.
fn renamed<'a, T>(
    source: &'a [T],
    translated: &[T],
    index: usize,
    id_of: impl Fn(&T) -> &String,
) -> Option<&'a str> {
    if source.len() != translated.len() {
        return None;
    }
    let original = id_of(source.get(index)?);
    (!translated.iter().any(|item| id_of(item) == original)).then_some(original.as_str())
}

/// A title or prompt cut to one short line, for a message.
pub(crate) fn short(text: &str) -> String {
    let line = text
        .lines()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
        .trim();
    let mut words: String = line.chars().take(60).collect();
    if line.chars().count() > 60 {
        words = words.trim_end().to_owned() + "…";
    }
    words
}
