//! The translations beside a course's source: which files are translations
//! (`course.<lang>.json`), reading one and making it whole with the source's
//! text where it has none, and the warnings about what is left untranslated
//! or not read at all.

use super::{SCHEMA_FILE, Validate, is_json_schema, locate, read_and_parse, read_course_bytes};
use crate::course::diagnostic::{Code, Diagnostic};
use crate::course::model::Course;
use crate::course::translate::{Merged, UNTRANSLATED_MARKER, Untranslated, with_fallback};
use crate::course::validate::{short, validate_translation, without_echoes};
use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

/// Reads and parses one translation, checks it against `source`, and makes it
/// whole with the source's text where it has none. The checks of the format
/// run on the whole course; what they find that `source_findings` (the
/// source's) already say is the source's to fix, and is not repeated.
pub(super) fn load_translation(
    source: &Course,
    source_findings: &[Diagnostic],
    (language, path, base): (&str, &Path, &Path),
    validate: Validate,
    out: &mut Vec<Diagnostic>,
) -> Option<Merged> {
    let (translation, bytes) = read_and_parse(path, out)?;
    let source_errors: Vec<String> = source_findings
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.path.clone())
        .collect();
    let mut findings = without_echoes(
        validate_translation(source, &translation, language, path, &source_errors),
        source_findings,
    );
    let merged = with_fallback(source, &translation);
    let known: HashSet<(Code, &str)> = source_findings
        .iter()
        .map(|d| (d.code, d.path.as_str()))
        .collect();
    findings.extend(
        validate(&merged.course, path, Some(base))
            .into_iter()
            .filter(|d| !known.contains(&(d.code, d.path.as_str())))
            .map(|mut d| {
                d.path = merged.translation_path(&d.path).unwrap_or_default();
                d
            }),
    );
    // Against a source with errors (two questions with one id...) the
    // counts would echo those errors: they come once the source is right.
    if source_errors.is_empty() {
        findings.extend(untranslated_warnings(
            &merged.untranslated,
            path,
            (&source.language, language),
        ));
    }
    out.extend(locate(&bytes, findings));
    Some(merged)
}

/// What a translation leaves to the source language: one warning per
/// module, lesson, quiz or question it leaves out, and one with the counts.
fn untranslated_warnings(
    untranslated: &Untranslated,
    file: &Path,
    (source_language, language_tag): (&str, &str),
) -> Vec<Diagnostic> {
    if untranslated.is_complete() {
        return Vec::new();
    }
    let language = crate::i18n::language_name(source_language);
    let mut warnings: Vec<Diagnostic> = untranslated
        .missing
        .iter()
        .map(|missing| {
            Diagnostic::warning(Code::Untranslated, file, missing.parent.clone())
                .message(format!(
                    "the translation has no {} `{}` (\"{}\") yet: learners see it in {language}, from course.json",
                    missing.kind,
                    missing.id,
                    short(&missing.title)
                ))
                .hint(format!(
                    "translate it here with the same id, or run `fieldcourse translate <course folder> --language {language_tag}` to add it, marked {UNTRANSLATED_MARKER}"
                ))
        })
        .collect();
    let Untranslated { texts, total, .. } = untranslated;
    let what = if *texts == 1 { "text is" } else { "texts are" };
    let mut left_out = String::new();
    for kind in ["module", "lesson", "quiz", "question"] {
        let count = untranslated
            .missing
            .iter()
            .filter(|m| m.kind == kind)
            .count();
        if count > 0 {
            let plural = match (count, kind) {
                (1, _) => kind.to_owned(),
                (_, "quiz") => "quizzes".to_owned(),
                _ => format!("{kind}s"),
            };
            let separator = if left_out.is_empty() { "" } else { ", " };
            left_out.push_str(&format!("{separator}{count} {plural}"));
        }
    }
    if !left_out.is_empty() {
        left_out = format!(" ({left_out} left out)");
    }
    warnings.push(
        Diagnostic::warning(Code::Untranslated, file, "")
            .message(format!(
                "{texts} of {total} {what} not translated into `{language_tag}` yet{left_out}: learners see them in {language}"
            ))
            .hint(format!(
                "empty texts and texts starting {UNTRANSLATED_MARKER} count as not translated; `fieldcourse translate <course folder> --language {language_tag}` marks every one"
            )),
    );
    warnings
}

/// `course.<lang>.json` files beside `course.json`, sorted by language.
pub(super) fn translation_files(folder: &Path) -> Vec<(String, PathBuf)> {
    let mut files: Vec<(String, PathBuf)> = course_dot_files(folder)
        .into_iter()
        .filter(|(middle, _)| is_translation_tag(middle))
        .collect();
    files.sort();
    files
}

/// Every `course.<something>.json` file in `folder`, with its `<something>`.
fn course_dot_files(folder: &Path) -> Vec<(String, PathBuf)> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    entries
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().to_str()?.to_owned();
            let middle = name.strip_prefix("course.")?.strip_suffix(".json")?;
            (!middle.is_empty()).then(|| (middle.to_owned(), entry.path()))
        })
        .collect()
}

/// Whether `tag` names a translation: a BCP 47 tag whose language is two or
/// three letters (`fr`, `ar`, `pt-BR`, `fil`). `schema` or `backup` parse as
/// tags too (languages of 5 to 8 letters), but no course is written in one,
/// and `course.schema.json` is a common name for the format's schema.
pub(crate) fn is_translation_tag(tag: &str) -> bool {
    let language = tag.split(['-', '_']).next().unwrap_or(tag);
    (2..=3).contains(&language.len())
        && language.chars().all(|c| c.is_ascii_alphabetic())
        && tag.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

/// A warning for each `course.<name>.json` in a course folder that is not
/// read because `<name>` is not a language tag: the author meant something
/// by it (a translation, the editor's schema), and should know it is skipped.
pub(super) fn files_not_read(folder: &Path) -> Vec<Diagnostic> {
    let mut files: Vec<(String, PathBuf)> = course_dot_files(folder)
        .into_iter()
        .filter(|(middle, _)| !is_translation_tag(middle))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|(middle, path)| {
            let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
            let is_schema = read_course_bytes(&path)
                .ok()
                .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
                .is_some_and(|value| is_json_schema(&value));
            if is_schema {
                Diagnostic::warning(Code::NotACourse, &path, "")
                    .message(format!(
                        "{name} is a JSON Schema (the course format, for editors), not a translation: Fieldcourse does not read it"
                    ))
                    .hint(format!(
                        "rename it {SCHEMA_FILE} and write \"$schema\": \"{SCHEMA_FILE}\" in course.json; this warning then goes away"
                    ))
            } else {
                Diagnostic::warning(Code::NotACourse, &path, "")
                    .message(format!(
                        "{name} is not read: `{middle}` is not a language tag, so it is not a translation"
                    ))
                    .hint("a translation is named course.<lang>.json with a language tag, such as course.fr.json or course.pt-BR.json; rename it, or move it out of the course folder")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::is_translation_tag;

    #[test]
    fn translations_are_tagged_with_a_two_or_three_letter_language() {
        for tag in ["fr", "ar", "pt-BR", "fil", "zh-Hant-TW", "es-419"] {
            assert!(is_translation_tag(tag), "{tag}");
        }
        for tag in ["schema", "backup", "", "1x", "f", "fr-", "x-private"] {
            assert!(!is_translation_tag(tag), "{tag}");
        }
    }
}
