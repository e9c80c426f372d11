//! The validator: every rule a parsed course must meet, reported in one pass.
//!
//! Rules for the course, modules, lessons and blocks live here; quizzes and
//! questions in `quiz.rs`; asset paths in `assets.rs`; translations in
//! `translation.rs`. Each finding names its JSON path; line and column are added
//! afterwards by the loader.

mod answers;
mod assets;
mod echoes;
mod groups;
mod items;
mod place;
mod quiz;
mod translation;

pub(crate) use echoes::without_echoes;
pub(crate) use translation::short;
pub use translation::validate_translation;

use super::diagnostic::{Code, Diagnostic};
use super::model::{Block, BlockKind, Course, Lesson, Module};
use super::place::place_in_course;
use place::{BlockPlace, IdOwner, LessonPlace, ModulePlace, QuizPlace, index};
use rustc_hash::FxHashMap;
use std::fmt::{self, Display};
use std::path::Path;

/// Checks every rule of the format on a parsed course, and the item-writing
/// checks that tell its author where a quiz measures less than it claims.
/// This is what authors see: `validate`, the preview, imports and the trainer
/// area.
///
/// `base` is the folder asset paths are relative to; without it assets are not
/// checked (as for text that does not come from a folder).
pub fn validate_course(course: &Course, file: &Path, base: Option<&Path>) -> Vec<Diagnostic> {
    check(course, file, base, ItemWriting::Check)
}

/// Checks every rule of the format on a parsed course, leaving out the
/// item-writing checks: what opening a course to learn from it needs. The
/// item-writing checks read every word of every quiz (half the time of
/// loading a large course) and only ever warn, and a learner cannot act on
/// them.
pub fn validate_to_teach(course: &Course, file: &Path, base: Option<&Path>) -> Vec<Diagnostic> {
    check(course, file, base, ItemWriting::Skip)
}

/// Whether a check runs the item-writing checks.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ItemWriting {
    Check,
    Skip,
}

fn check(
    course: &Course,
    file: &Path,
    base: Option<&Path>,
    item_writing: ItemWriting,
) -> Vec<Diagnostic> {
    let mut checker = Checker {
        file,
        base,
        diagnostics: Vec::new(),
        ids: FxHashMap::default(),
    };
    checker.course(course);
    if item_writing == ItemWriting::Check {
        checker.item_writing(course);
    }
    checker.diagnostics
}

/// Whether `text` is an absolute IRI (RFC 3987): a scheme and what the IRI
/// grammar accepts after it, such as `https://training.example.org/xapi/`.
pub fn is_absolute_iri(text: &str) -> bool {
    fluent_uri::Iri::parse(text).is_ok()
}

/// Whether `id` is a well-formed stable id: lowercase ASCII letters, digits and `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}

/// A well-formed id close to `id`, to suggest in a hint.
fn suggest_id(id: &str) -> String {
    let mut slug = String::with_capacity(id.len());
    for character in id.trim().chars().flat_map(char::to_lowercase) {
        if character.is_ascii_alphanumeric() {
            slug.push(character);
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_matches('-').to_owned()
}

struct Checker<'a> {
    file: &'a Path,
    base: Option<&'a Path>,
    diagnostics: Vec<Diagnostic>,
    /// Every id seen so far, with the object of its first use.
    ids: FxHashMap<&'a str, IdOwner>,
}

/// The kind of a block or question as a finding names it: `image` `block`.
#[derive(Clone, Copy)]
struct KindName<'k> {
    /// The kind as written in the file, such as `image` or `single_choice`.
    kind: &'k str,
    /// What it is a kind of: `block` or `question`.
    noun: &'static str,
}

impl Display for KindName<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.kind, self.noun)
    }
}

/// Whether `text` is empty or only white space.
fn is_blank(text: &str) -> bool {
    // Stops at the first visible character, where `trim` would look at both ends.
    text.chars().all(char::is_whitespace)
}

impl<'a> Checker<'a> {
    fn error(&mut self, code: Code, path: impl Display, message: String, hint: &str) {
        let mut diagnostic = Diagnostic::error(code, self.file, path.to_string()).message(message);
        if !hint.is_empty() {
            diagnostic = diagnostic.hint(hint);
        }
        self.diagnostics.push(diagnostic);
    }

    fn warning(&mut self, code: Code, path: impl Display, message: String, hint: &str) {
        let mut diagnostic =
            Diagnostic::warning(code, self.file, path.to_string()).message(message);
        if !hint.is_empty() {
            diagnostic = diagnostic.hint(hint);
        }
        self.diagnostics.push(diagnostic);
    }

    /// An id that must be well formed and unique in the course; `owner` is
    /// the object it names.
    fn id(&mut self, id: &'a str, owner: IdOwner) {
        if !is_valid_id(id) {
            let suggestion = suggest_id(id);
            let hint = if suggestion.is_empty() {
                "use lowercase letters, digits and `-`, such as `module-1`".to_owned()
            } else {
                format!("use lowercase letters, digits and `-`, such as `{suggestion}`")
            };
            self.error(
                Code::MalformedId,
                format_args!("{owner}/id"),
                format!("`{id}` is not a valid id"),
                &hint,
            );
            return;
        }
        if let Some(first) = self.ids.get(id) {
            let first = format!("{first}/id");
            // The loader writes the first use as file:line:column in place of its pointer.
            let message = match place_in_course(&first) {
                place if place.is_empty() => {
                    format!("the id `{id}` is used twice; it was first used at {first}")
                }
                place => {
                    format!("the id `{id}` is used twice; it was first used at {first} ({place})")
                }
            };
            self.diagnostics.push(
                Diagnostic::error(Code::DuplicateId, self.file, format!("{owner}/id"))
                    .message(message)
                    .hint("every module, lesson, quiz, question, option, matching pair, ordering item and reflection needs its own id")
                    .related(first),
            );
        } else {
            self.ids.insert(id, owner);
        }
    }

    /// Text that must not be empty (titles, prompts, bodies).
    fn text(&mut self, text: &str, path: impl Display, what: &str) {
        if is_blank(text) {
            self.error(
                Code::EmptyText,
                path,
                format!("{what} is empty"),
                "write the text, or remove the item",
            );
        }
    }

    /// A field the kind needs: reports it when absent, and returns it.
    fn required<'v, T>(
        &mut self,
        value: &'v Option<T>,
        path: impl Display,
        field: &str,
        kind: KindName<'_>,
    ) -> Option<&'v T> {
        if value.is_none() {
            // "an `image` block": the kind as written in the file, then plain words.
            let KindName { kind: name, noun } = kind;
            let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
                "an"
            } else {
                "a"
            };
            self.error(
                Code::MissingField,
                path,
                format!("{article} `{name}` {noun} needs `{field}`"),
                &format!("add `\"{field}\"` to this {noun}"),
            );
        }
        value.as_ref()
    }

    /// A field set on a kind that does not use it.
    fn unused(&mut self, is_set: bool, path: impl Display, field: &str, kind: impl Display) {
        if is_set {
            self.warning(
                Code::UnusedField,
                format_args!("{path}/{field}"),
                format!("`{field}` is not used by a `{kind}`; it will be ignored"),
                "remove it, or check `kind`",
            );
        }
    }

    fn course(&mut self, course: &'a Course) {
        if !is_valid_id(&course.id) {
            let hint = format!(
                "use lowercase letters, digits and `-`, such as `{}`",
                suggest_id(&course.id)
            );
            self.error(
                Code::MalformedId,
                "/id",
                format!("`{}` is not a valid course id", course.id),
                &hint,
            );
        }
        if semver::Version::parse(&course.version).is_err() {
            self.error(
                Code::InvalidValue,
                "/version",
                format!("`{}` is not a version number", course.version),
                "use semantic versioning such as `1.0.0`, and raise it with every release",
            );
        }
        if course
            .language
            .parse::<unic_langid::LanguageIdentifier>()
            .is_err()
            || course.language.is_empty()
        {
            self.error(
                Code::InvalidValue,
                "/language",
                format!("`{}` is not a language tag", course.language),
                "use a BCP 47 tag such as `en`, `fr`, `es` or `ar`",
            );
        }
        self.text(&course.title, "/title", "the course title");
        self.text(&course.summary, "/summary", "the course summary");
        self.text(&course.publisher, "/publisher", "the publisher");
        if course.modules.is_empty() {
            self.error(
                Code::EmptyText,
                "/modules",
                "the course has no modules".to_owned(),
                "add at least one module with one lesson",
            );
        }
        for (position, module) in course.modules.iter().enumerate() {
            self.module(module, ModulePlace(index(position)));
        }
        if let Some(final_assessment) = &course.final_assessment {
            self.quiz(final_assessment, QuizPlace::FinalAssessment);
        }
        self.completion(course);
        if let Some(base) = course
            .xapi
            .as_ref()
            .and_then(|xapi| xapi.activity_base.as_deref())
            && !is_absolute_iri(base)
        {
            self.error(
                Code::InvalidValue,
                "/xapi/activity_base",
                format!("`{base}` is not an absolute IRI"),
                "use an address with a scheme, such as `https://training.example.org/xapi/`",
            );
        }
        if let Some(certificate) = &course.certificate {
            self.text(
                &certificate.organisation,
                "/certificate/organisation",
                "the certificate's organisation",
            );
            self.text(
                &certificate.signatory_name,
                "/certificate/signatory_name",
                "the signatory's name",
            );
            self.text(
                &certificate.signatory_title,
                "/certificate/signatory_title",
                "the signatory's title",
            );
            if let Some(logo) = &certificate.logo {
                self.image(logo, "/certificate/logo");
            }
            if let Some(issuer) = &certificate.issuer
                && !(issuer.starts_with("did:key:z") && issuer.len() > 12)
            {
                self.error(
                    Code::InvalidValue,
                    "/certificate/issuer",
                    format!("`{issuer}` is not a did:key"),
                    "paste the did:key printed by `fieldcourse issuer create`, such as `did:key:z6Mk...`",
                );
            }
            if certificate.validity_months == Some(0) {
                self.error(
                    Code::InvalidValue,
                    "/certificate/validity_months",
                    "a certificate cannot be valid for 0 months".to_owned(),
                    "leave `validity_months` out for a certificate that never expires",
                );
            }
        }
    }

    fn module(&mut self, module: &'a Module, path: ModulePlace) {
        self.id(&module.id, IdOwner::Module(path));
        self.text(
            &module.title,
            format_args!("{path}/title"),
            "the module title",
        );
        if module.lessons.is_empty() {
            self.error(
                Code::EmptyText,
                format_args!("{path}/lessons"),
                format!("module `{}` has no lessons", module.id),
                "add at least one lesson",
            );
        }
        for (position, lesson) in module.lessons.iter().enumerate() {
            let place = LessonPlace {
                module: path,
                index: index(position),
            };
            self.lesson(lesson, place);
        }
        if let Some(quiz) = &module.quiz {
            self.quiz(quiz, QuizPlace::Module(path));
        }
    }

    fn lesson(&mut self, lesson: &'a Lesson, path: LessonPlace) {
        self.id(&lesson.id, IdOwner::Lesson(path));
        self.text(
            &lesson.title,
            format_args!("{path}/title"),
            "the lesson title",
        );
        if lesson.blocks.is_empty() {
            self.warning(
                Code::EmptyLesson,
                format_args!("{path}/blocks"),
                format!("lesson `{}` has no content", lesson.id),
                "add at least one block, such as {\"kind\": \"markdown\", \"text\": \"...\"}",
            );
        }
        for (position, block) in lesson.blocks.iter().enumerate() {
            let place = BlockPlace {
                lesson: path,
                index: index(position),
            };
            self.block(block, place);
        }
    }

    fn block(&mut self, block: &'a Block, path: BlockPlace) {
        let kind_name = KindName {
            kind: block.kind.as_str(),
            noun: "block",
        };
        let uses = |field: &str| -> bool {
            match block.kind {
                BlockKind::Markdown => field == "text",
                BlockKind::Image => matches!(field, "src" | "alt" | "caption"),
                BlockKind::Callout => matches!(field, "style" | "text" | "title"),
                BlockKind::CaseStudy => matches!(field, "title" | "text"),
                BlockKind::Reflection => matches!(field, "id" | "prompt"),
            }
        };
        for (field, is_set) in [
            ("id", block.id.is_some()),
            ("title", block.title.is_some()),
            ("text", block.text.is_some()),
            ("style", block.style.is_some()),
            ("src", block.src.is_some()),
            ("alt", block.alt.is_some()),
            ("caption", block.caption.is_some()),
            ("prompt", block.prompt.is_some()),
        ] {
            if !uses(field) {
                self.unused(is_set, path, field, kind_name);
            }
        }
        match block.kind {
            BlockKind::Markdown => {
                if let Some(text) = self.required(&block.text, path, "text", kind_name) {
                    self.text(text, format_args!("{path}/text"), "the text");
                }
            }
            BlockKind::Image => {
                if let Some(src) = self.required(&block.src, path, "src", kind_name) {
                    self.image(src, format_args!("{path}/src"));
                }
                self.alt(block.alt.as_deref(), path);
            }
            BlockKind::Callout => {
                self.required(&block.style, path, "style", kind_name);
                if let Some(text) = self.required(&block.text, path, "text", kind_name) {
                    self.text(text, format_args!("{path}/text"), "the callout text");
                }
            }
            BlockKind::CaseStudy => {
                if let Some(title) = self.required(&block.title, path, "title", kind_name) {
                    self.text(title, format_args!("{path}/title"), "the case study title");
                }
                if let Some(text) = self.required(&block.text, path, "text", kind_name) {
                    self.text(text, format_args!("{path}/text"), "the case study text");
                }
            }
            BlockKind::Reflection => {
                if let Some(id) = self.required(&block.id, path, "id", kind_name) {
                    self.id(id, IdOwner::Block(path));
                }
                if let Some(prompt) = self.required(&block.prompt, path, "prompt", kind_name) {
                    self.text(
                        prompt,
                        format_args!("{path}/prompt"),
                        "the reflection prompt",
                    );
                }
            }
        }
    }

    /// Alt text an image must have (`path` is the image's object).
    fn alt(&mut self, alt: Option<&str>, path: impl Display) {
        if alt.is_none_or(is_blank) {
            self.error(
                Code::MissingAlt,
                format_args!("{path}/alt"),
                "this image has no alt text".to_owned(),
                "add `\"alt\"`: a sentence saying what the picture shows, for learners who cannot see it",
            );
        }
    }

    fn completion(&mut self, course: &Course) {
        if let Some(lessons) = &course.completion.lessons {
            for (index, id) in lessons.iter().enumerate() {
                if !course.lessons().any(|lesson| &lesson.id == id) {
                    self.error(
                        Code::Completion,
                        format_args!("/completion/lessons/{index}"),
                        format!("the completion rule names lesson `{id}`, which the course does not have"),
                        "use the id of one of the course's lessons",
                    );
                }
            }
        }
        if let Some(quizzes) = &course.completion.quizzes {
            for (index, id) in quizzes.iter().enumerate() {
                if !course.quizzes().any(|quiz| &quiz.id == id) {
                    self.error(
                        Code::Completion,
                        format_args!("/completion/quizzes/{index}"),
                        format!(
                            "the completion rule names quiz `{id}`, which the course does not have"
                        ),
                        "use the id of a module quiz or of the final assessment",
                    );
                }
            }
        }
    }
}
