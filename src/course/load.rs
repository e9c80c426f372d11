//! Reading courses from disk: one file, one folder, or every course in some folders.

use super::diagnostic::{Code, Diagnostic};
use super::locate::{SourceMap, Target};
use super::model::{Course, FORMAT_V1};
use super::structure::structural_diagnostics;
use super::syntax::{strip_position, syntax_diagnostic};
use super::translate::Untranslated;
use super::validate::{validate_course, validate_to_teach};
use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

mod translations;

pub(crate) use translations::is_translation_tag;
use translations::{files_not_read, load_translation, translation_files};

/// Course files larger than this are refused before they are read.
pub const MAX_COURSE_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The file name of a course's source text inside its folder.
pub const COURSE_FILE: &str = "course.json";

/// The name under which a course folder (or a folder of courses) may keep the
/// course format's JSON Schema for editors: never read as a course nor as a
/// translation, and left out of packages.
pub const SCHEMA_FILE: &str = "fieldcourse.schema.json";

/// Why a course file could not be read at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file system refused (missing file, no permission...).
    #[error("cannot read {}: {source}", path.display())]
    Io {
        /// The file that could not be read.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: io::Error,
    },
    /// The file is over [`MAX_COURSE_FILE_BYTES`].
    #[error("{} is {} MiB; course files may be at most 64 MiB", path.display(), size / (1024 * 1024))]
    TooLarge {
        /// The file that is too large.
        path: PathBuf,
        /// Its size in bytes.
        size: u64,
    },
}

impl LoadError {
    fn into_diagnostic(self) -> Diagnostic {
        match &self {
            Self::Io { path, .. } => Diagnostic::error(Code::Io, path, "")
                .message(self.to_string())
                .hint("check that the file exists and that you may read it"),
            Self::TooLarge { path, .. } => Diagnostic::error(Code::TooLarge, path, "")
                .message(self.to_string())
                .hint("split the course into smaller courses, or move large media out of the JSON"),
        }
    }
}

/// Reads a course file, refusing files over the size limit before reading them.
pub fn read_course_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let size = fs::metadata(path).map_err(io_error)?.len();
    if size > MAX_COURSE_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            size,
        });
    }
    fs::read(path).map_err(io_error)
}

/// A course as found on disk: the parsed course (if it parsed), its translations,
/// and every problem found in any of its files.
#[derive(Debug, Clone)]
pub struct LoadedCourse {
    /// The course folder, or the lone `.json` file.
    pub origin: PathBuf,
    /// The course in its source language, when the file could be parsed. It may
    /// still have errors: check [`LoadedCourse::is_usable`] before teaching from it.
    pub course: Option<Arc<Course>>,
    /// Translations that parsed, by language tag, made whole: wherever a
    /// translation has no text, the source's is used.
    pub translations: BTreeMap<String, Arc<Course>>,
    /// What each translation leaves to the source language, by language tag.
    pub untranslated: BTreeMap<String, Untranslated>,
    /// Every problem in the course's files, errors first.
    pub diagnostics: Vec<Diagnostic>,
}

impl LoadedCourse {
    /// Whether the course can be taken: it parsed and has no errors.
    pub fn is_usable(&self) -> bool {
        self.course.is_some() && self.error_count() == 0
    }

    /// The number of errors (not warnings).
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// The number of warnings.
    pub fn warning_count(&self) -> usize {
        self.diagnostics.len() - self.error_count()
    }

    /// A name to show for the course even when it did not parse.
    pub fn display_name(&self) -> String {
        match &self.course {
            Some(course) if !course.title.trim().is_empty() => course.title.clone(),
            _ => self
                .origin
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_else(|| self.origin.display().to_string()),
        }
    }

    /// The course in `language` (a BCP 47 tag such as `fr` or `ar-EG`): the
    /// matching translation when there is one, else the source.
    pub fn in_language(&self, language: &str) -> Option<&Arc<Course>> {
        let primary = language.split(['-', '_']).next().unwrap_or(language);
        self.translations
            .iter()
            .find(|(tag, _)| tag.as_str() == language || tag.split('-').next() == Some(primary))
            .map(|(_, course)| course)
            .or(self.course.as_ref())
    }

    /// Whether the course shown in `language` (as [`LoadedCourse::in_language`]
    /// picks it) is a translation with parts still in the source language.
    pub fn partly_translated(&self, language: &str) -> bool {
        self.in_language(language)
            .and_then(|shown| self.untranslated_of(shown))
            .is_some_and(|untranslated| !untranslated.is_complete())
    }

    /// Whether the lesson or quiz `id` of `shown` (one of this course's
    /// translations) has texts in the source language, or was left out.
    pub fn part_untranslated(&self, shown: &Arc<Course>, id: &str) -> bool {
        self.untranslated_of(shown)
            .is_some_and(|untranslated| untranslated.partial.contains(id))
    }

    /// What the translation `shown` leaves to the source language; `None`
    /// for the source itself.
    fn untranslated_of(&self, shown: &Arc<Course>) -> Option<&Untranslated> {
        self.translations
            .iter()
            .find(|(_, course)| Arc::ptr_eq(course, shown))
            .and_then(|(tag, _)| self.untranslated.get(tag))
    }

    /// Languages the course is available in: the source first, then translations.
    pub fn languages(&self) -> Vec<String> {
        self.course
            .iter()
            .map(|course| course.language.clone())
            .chain(self.translations.keys().cloned())
            .collect()
    }
}

/// One parsed course file and what was found wrong with it.
#[derive(Debug, Clone)]
pub struct ParsedFile {
    /// The course, when the file parsed.
    pub course: Option<Course>,
    /// Problems found, with line and column filled in.
    pub diagnostics: Vec<Diagnostic>,
}

/// Parses one course file's bytes. Never panics, whatever the bytes.
pub fn parse_course(file: &Path, bytes: &[u8]) -> ParsedFile {
    match serde_json::from_slice::<Course>(bytes) {
        Ok(course) => {
            let diagnostics = match check_format(file, &course.format, "/format") {
                Some(error) => vec![error],
                None => Vec::new(),
            };
            let course = diagnostics.is_empty().then_some(course);
            ParsedFile {
                course,
                diagnostics: locate(bytes, diagnostics),
            }
        }
        Err(error) if error.is_syntax() || error.is_eof() => ParsedFile {
            course: None,
            diagnostics: vec![syntax_diagnostic(file, bytes, &error)],
        },
        Err(error) => ParsedFile {
            course: None,
            diagnostics: locate(bytes, structure_failure(file, bytes, &error)),
        },
    }
}

fn structure_failure(file: &Path, bytes: &[u8], error: &serde_json::Error) -> Vec<Diagnostic> {
    let serde_message = || {
        Diagnostic::error(Code::Type, file, "")
            .message(strip_position(&error.to_string()))
            .at(position_of(error))
    };
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        return vec![serde_message()];
    };
    if is_json_schema(&value) {
        return vec![schema_not_course(file)];
    }
    // A newer format may have fields this build does not know: say only that.
    match value.get("format").and_then(|format| format.as_str()) {
        Some(format) => {
            if let Some(error) = check_format(file, format, "/format") {
                return vec![error];
            }
        }
        None if !value.is_object() => {
            return vec![
                Diagnostic::error(Code::Type, file, "")
                    .message("a course file must hold a JSON object `{ ... }`")
                    .hint("start from docs/authoring.md or courses/authoring-tour/course.json"),
            ];
        }
        None => {}
    }
    let diagnostics = structural_diagnostics(file, &value);
    if diagnostics.is_empty() {
        vec![serde_message()]
    } else {
        diagnostics
    }
}

/// Whether `value` is a JSON Schema document (such as the output of
/// `fieldcourse schema`) rather than a course: its `$schema` names the JSON
/// Schema standard, where a course's names the course format's schema file.
fn is_json_schema(value: &serde_json::Value) -> bool {
    value
        .get("$schema")
        .and_then(|schema| schema.as_str())
        .is_some_and(|schema| schema.contains("json-schema.org"))
}

/// The one error for a JSON Schema met where a course was expected.
fn schema_not_course(file: &Path) -> Diagnostic {
    Diagnostic::error(Code::NotACourse, file, "")
        .message("this file is a JSON Schema (the course format, for editors), not a course")
        .hint(format!(
            "name it {SCHEMA_FILE}, which Fieldcourse never reads as a course, and point \"$schema\" at it; or move it out of the folder of courses"
        ))
}

/// An error when `format` is not one this build reads.
fn check_format(file: &Path, format: &str, path: &str) -> Option<Diagnostic> {
    if format == FORMAT_V1 {
        return None;
    }
    let newer = format
        .strip_prefix("fieldcourse/")
        .and_then(|version| version.parse::<u32>().ok())
        .is_some_and(|version| version > 1);
    Some(if newer {
        Diagnostic::error(Code::NewerFormat, file, path)
            .message(format!(
                "this course needs a newer Fieldcourse (it is in format `{format}`)"
            ))
            .hint(format!(
                "install the latest Fieldcourse, or ask the author for a `{FORMAT_V1}` copy"
            ))
    } else {
        Diagnostic::error(Code::InvalidValue, file, path)
            .message(format!("`{format}` is not a Fieldcourse course format"))
            .hint(format!("write \"format\": \"{FORMAT_V1}\""))
    })
}

fn position_of(error: &serde_json::Error) -> Option<super::Location> {
    (error.line() > 0).then(|| super::Location {
        line: error.line(),
        column: error.column().max(1),
    })
}

/// Fills in line and column for diagnostics that only have a JSON path.
pub(crate) fn locate(bytes: &[u8], mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    if diagnostics
        .iter()
        .all(|d| d.location.is_some() && d.related.is_none())
    {
        return diagnostics;
    }
    let text = String::from_utf8_lossy(bytes);
    let map = SourceMap::new(&text);
    for diagnostic in &mut diagnostics {
        if diagnostic.location.is_none() {
            let target = match diagnostic.code {
                Code::UnknownField | Code::UnusedField => Target::Key,
                _ => Target::Value,
            };
            diagnostic.location = map.locate(&diagnostic.path, target);
        }
        // The other place the message names, as file:line:column rather than
        // a JSON path, so an editor (or a person) can go straight to it.
        if let Some(related) = diagnostic.related.take()
            && let Some(location) = map.locate(&related, Target::Value)
        {
            let name = diagnostic.file.file_name().map_or_else(
                || diagnostic.file.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            );
            let place = format!("{name}:{}:{}", location.line, location.column);
            diagnostic.message = diagnostic.message.replacen(&related, &place, 1);
        }
    }
    diagnostics
}

/// Loads a course from a folder holding `course.json`, or from a lone `.json` file.
///
/// A path to a `course.json` is read as its folder, so translations are checked too.
pub fn load_course(origin: &Path) -> LoadedCourse {
    load_course_filtered(origin, None)
}

/// Loads a course to teach from it: the source and only the translations in
/// `languages` (BCP 47 tags; a tag also takes a translation in its primary
/// language, as [`LoadedCourse::in_language`] would pick it). Opening a course
/// this way reads one or two files however many translations it has; the
/// problems reported are those of the files read, without the item-writing
/// checks meant for authors (see [`validate_to_teach`]).
pub fn load_course_in(origin: &Path, languages: &[String]) -> LoadedCourse {
    load_course_filtered(origin, Some(languages))
}

/// Whether a translation tagged `tag` serves one of `languages`.
fn wanted(tag: &str, languages: &[String]) -> bool {
    let primary = |tag: &str| tag.split(['-', '_']).next().unwrap_or(tag).to_owned();
    languages
        .iter()
        .any(|language| language == tag || primary(language) == primary(tag))
}

fn load_course_filtered(origin: &Path, languages: Option<&[String]>) -> LoadedCourse {
    // `Path::new("course.json").parent()` is `Some("")`, which names no folder.
    let parent = origin
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if origin.is_file() && origin.file_name().is_some_and(|name| name == COURSE_FILE) {
        let mut loaded = load_course_filtered(parent, languages);
        loaded.origin = origin.to_owned();
        return loaded;
    }
    let (source_file, base) = if origin.is_dir() {
        (origin.join(COURSE_FILE), origin.to_owned())
    } else {
        (origin.to_owned(), parent.to_owned())
    };
    let mut loaded = LoadedCourse {
        origin: origin.to_owned(),
        course: None,
        translations: BTreeMap::new(),
        untranslated: BTreeMap::new(),
        diagnostics: Vec::new(),
    };
    if origin.is_dir() && !source_file.is_file() {
        loaded.diagnostics.push(
            Diagnostic::error(Code::NotACourse, origin, "")
                .message("this folder has no course.json")
                .hint("a course folder holds course.json, optional course.<lang>.json translations and an assets/ folder"),
        );
        return loaded;
    }
    // Opening to teach (a language filter) leaves out the authors' item-writing checks.
    let validate = if languages.is_some() {
        validate_to_teach
    } else {
        validate_course
    };
    let Some((source, _)) = load_file(&source_file, &base, validate, &mut loaded.diagnostics)
    else {
        return loaded;
    };
    if origin.is_dir() && languages.is_none() {
        loaded.diagnostics.extend(files_not_read(origin));
    }
    if origin.is_dir() {
        let files = translation_files(origin)
            .into_iter()
            .filter(|(language, _)| languages.is_none_or(|languages| wanted(language, languages)));
        // Only the source's own findings, before any translation's are added.
        let source_findings = loaded.diagnostics.clone();
        for (language, path) in files {
            let Some(merged) = load_translation(
                &source,
                &source_findings,
                (&language, &path, &base),
                validate,
                &mut loaded.diagnostics,
            ) else {
                continue;
            };
            loaded
                .untranslated
                .insert(language.clone(), merged.untranslated);
            loaded
                .translations
                .insert(language, Arc::new(merged.course));
        }
    }
    loaded.course = Some(Arc::new(source));
    loaded.diagnostics.sort_by_key(|d| d.severity);
    loaded
}

/// The checks a loaded file goes through: [`validate_course`] or [`validate_to_teach`].
type Validate = fn(&Course, &Path, Option<&Path>) -> Vec<Diagnostic>;

/// Reads and parses one file, adding what stops it to `out`. Returns the
/// course with the file's bytes, for locating later findings.
fn read_and_parse(path: &Path, out: &mut Vec<Diagnostic>) -> Option<(Course, Vec<u8>)> {
    let bytes = match read_course_bytes(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            out.push(error.into_diagnostic());
            return None;
        }
    };
    let parsed = parse_course(path, &bytes);
    out.extend(parsed.diagnostics);
    Some((parsed.course?, bytes))
}

/// Reads, parses and validates one file, adding its diagnostics to `out`.
/// Returns the course with the file's bytes, for locating later findings.
fn load_file(
    path: &Path,
    base: &Path,
    validate: Validate,
    out: &mut Vec<Diagnostic>,
) -> Option<(Course, Vec<u8>)> {
    let (course, bytes) = read_and_parse(path, out)?;
    out.extend(locate(&bytes, validate(&course, path, Some(base))));
    Some((course, bytes))
}

/// Every course in `folders`: each sub-folder with a `course.json` and each lone
/// `.json` file. A folder that is itself a course counts as one. Courses are
/// returned in a stable order; a broken course is returned with its diagnostics.
///
/// One course id, one course: a course in a later folder takes the place of a
/// course with the same id from an earlier folder (so a course installed by
/// the trainer replaces the copy bundled with the app, where it stood). Two
/// courses with one id in the same folder are both returned, the second
/// flagged as a duplicate for its author.
pub fn discover(folders: &[PathBuf]) -> Vec<LoadedCourse> {
    let found = folders
        .iter()
        .map(|folder| {
            let courses: Vec<LoadedCourse> = course_origins(folder)
                .iter()
                .map(|origin| load_course(origin))
                .collect();
            (folder.clone(), courses)
        })
        .collect();
    one_per_id(found)
}

/// The course origins in one folder, in name order: the folder itself when it
/// holds `course.json`, else each sub-folder holding one and each `.json` file.
pub fn course_origins(folder: &Path) -> Vec<PathBuf> {
    if folder.join(COURSE_FILE).is_file() {
        return vec![folder.to_owned()];
    }
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    paths.sort();
    paths.retain(|path| {
        if path.file_name().is_some_and(|name| name == SCHEMA_FILE) {
            return false;
        }
        let is_course_dir = path.is_dir() && path.join(COURSE_FILE).is_file();
        let is_json = path.is_file() && path.extension().is_some_and(|ext| ext == "json");
        is_course_dir || is_json
    });
    paths
}

/// What [`one_per_id`] needs to know of a course found in a folder: a fully
/// loaded course, or the library's card of one.
pub(crate) trait Found {
    /// The course id, when the course parsed.
    fn course_id(&self) -> Option<&str>;
    /// Where the course was found.
    fn found_at(&self) -> &Path;
    /// Where a duplicate id is reported.
    fn diagnostics_mut(&mut self) -> &mut Vec<Diagnostic>;
}

impl Found for LoadedCourse {
    fn course_id(&self) -> Option<&str> {
        self.course.as_ref().map(|course| course.id.as_str())
    }
    fn found_at(&self) -> &Path {
        &self.origin
    }
    fn diagnostics_mut(&mut self) -> &mut Vec<Diagnostic> {
        &mut self.diagnostics
    }
}

/// The courses found, folder by folder, with one course per id: a later
/// folder's course takes the place of an earlier folder's course with the
/// same id; a second course with one id in the same folder is flagged.
pub(crate) fn one_per_id<T: Found>(folders: Vec<(PathBuf, Vec<T>)>) -> Vec<T> {
    let mut courses: Vec<T> = Vec::new();
    for (folder, mut found) in folders {
        flag_duplicate_course_ids(&mut found);
        for course in found {
            let earlier = course.course_id().and_then(|id| {
                courses.iter().position(|other| {
                    other.course_id() == Some(id) && !other.found_at().starts_with(&folder)
                })
            });
            match earlier.and_then(|index| courses.get_mut(index)) {
                Some(slot) => *slot = course,
                None => courses.push(course),
            }
        }
    }
    courses
}

fn flag_duplicate_course_ids<T: Found>(courses: &mut [T]) {
    let mut first_seen: HashMap<String, PathBuf> = HashMap::new();
    for course in courses.iter_mut() {
        let Some(id) = course.course_id().map(str::to_owned) else {
            continue;
        };
        if let Some(first) = first_seen.get(&id) {
            let file = course.found_at().to_owned();
            course.diagnostics_mut().push(
                Diagnostic::warning(Code::DuplicateId, file, "/id")
                    .message(format!(
                        "another course with id `{id}` was found first, in {}",
                        first.display()
                    ))
                    .hint("give each course its own id, or remove the older copy"),
            );
        } else {
            first_seen.insert(id, course.found_at().to_owned());
        }
    }
}
