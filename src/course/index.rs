//! The library index: a small file in the data folder with what the library
//! shows of each course (its card), so the library draws without parsing a
//! single course, however many there are.
//!
//! Each course found in the course folders has a record: where it is, its
//! [`Stamp`] when it was read, and its [`CourseCard`]. [`read_index`] gives the
//! cards at once and says whether any course changed on disk since;
//! [`refresh_index`] reads again only the courses whose stamp changed (or that
//! are new), drops those that are gone, and saves the index. A course is parsed
//! in full only when it is opened ([`super::load_course_in`]).
//!
//! The index is a cache: a missing, damaged or older-format file is rebuilt
//! from the course folders, and nothing else depends on it.

use super::diagnostic::Diagnostic;
use super::load::{COURSE_FILE, Found, LoadedCourse, course_origins, load_course, one_per_id};
use super::publisher::{Publisher, read_publisher};
use super::stamp::{Stamp, hex};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The index's file name inside the data folder.
pub const INDEX_FILE: &str = "course-index.json";

/// The index's format; a file in another format is rebuilt.
const INDEX_FORMAT: u32 = 1;

/// What the library shows of one course, read from its files once and kept
/// in the index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CourseCard {
    /// The course folder, or the lone `.json` file.
    pub origin: PathBuf,
    /// The course id, when its `course.json` parsed.
    pub id: Option<String>,
    /// The course version, when it parsed.
    pub version: Option<String>,
    /// Title, summary and publisher: the source language first, then each
    /// translation that parsed, by language tag.
    pub texts: Vec<CardText>,
    /// How many modules the course has.
    pub modules: usize,
    /// The ids of its lessons in reading order (their count is the lesson count).
    pub lesson_ids: Vec<String>,
    /// The author's estimate of the course's length, in minutes.
    pub estimated_minutes: u32,
    /// SHA-256 (hex) of the course's text files (`course.json` and its
    /// translations) as read.
    pub content_hash: String,
    /// Every problem found in the course's files, errors first.
    pub diagnostics: Vec<Diagnostic>,
    /// Who signed the package it was installed from, as recorded then
    /// (`None` when unsigned, from a folder, or bundled with the app).
    /// (Boxed: a key is large, and most courses have none.)
    #[serde(default)]
    pub signed_by: Option<Box<Publisher>>,
}

/// A course's words for its card in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CardText {
    /// The language tag (`en`, `fr`, `ar-EG`).
    pub language: String,
    /// The course title.
    pub title: String,
    /// The one-paragraph summary.
    pub summary: String,
    /// Who publishes the course.
    pub publisher: String,
}

impl CourseCard {
    /// The card of a course loaded from disk.
    pub fn of(loaded: &LoadedCourse) -> Self {
        let texts = loaded
            .course
            .iter()
            .map(|course| (course.language.clone(), course))
            .chain(
                loaded
                    .translations
                    .iter()
                    .map(|(tag, course)| (tag.clone(), course)),
            )
            .map(|(language, course)| CardText {
                language,
                title: course.title.clone(),
                summary: course.summary.clone(),
                publisher: course.publisher.clone(),
            })
            .collect();
        let course = loaded.course.as_deref();
        Self {
            origin: loaded.origin.clone(),
            id: course.map(|course| course.id.clone()),
            version: course.map(|course| course.version.clone()),
            texts,
            modules: course.map_or(0, |course| course.modules.len()),
            lesson_ids: course
                .map(|course| course.lessons().map(|lesson| lesson.id.clone()).collect())
                .unwrap_or_default(),
            estimated_minutes: course.map_or(0, |course| course.estimated_minutes),
            content_hash: content_hash(&loaded.origin),
            diagnostics: loaded.diagnostics.clone(),
            signed_by: if loaded.origin.is_dir() {
                read_publisher(&loaded.origin).map(Box::new)
            } else {
                None
            },
        }
    }

    /// Whether the course can be taken: it parsed and has no errors.
    pub fn is_usable(&self) -> bool {
        self.id.is_some() && self.error_count() == 0
    }

    /// The number of errors (not warnings).
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// The number of warnings.
    pub fn warning_count(&self) -> usize {
        self.diagnostics.len() - self.error_count()
    }

    /// The number of lessons.
    pub fn lesson_count(&self) -> usize {
        self.lesson_ids.len()
    }

    /// A name to show for the course even when it did not parse (as
    /// [`LoadedCourse::display_name`]).
    pub fn display_name(&self) -> String {
        match self.texts.first() {
            Some(text) if self.id.is_some() && !text.title.trim().is_empty() => text.title.clone(),
            _ => self
                .origin
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_else(|| self.origin.display().to_string()),
        }
    }

    /// The card's words in `language`: the matching translation when there is
    /// one, else the source (as [`LoadedCourse::in_language`] picks).
    pub fn in_language(&self, language: &str) -> Option<&CardText> {
        let primary = language.split(['-', '_']).next().unwrap_or(language);
        self.texts
            .iter()
            .skip(1)
            .find(|text| {
                text.language == language || text.language.split('-').next() == Some(primary)
            })
            .or(self.texts.first())
    }

    /// Languages the course is available in: the source first, then translations.
    pub fn languages(&self) -> Vec<String> {
        self.texts
            .iter()
            .map(|text| text.language.clone())
            .collect()
    }
}

impl Found for CourseCard {
    fn course_id(&self) -> Option<&str> {
        self.id.as_deref()
    }
    fn found_at(&self) -> &Path {
        &self.origin
    }
    fn diagnostics_mut(&mut self) -> &mut Vec<Diagnostic> {
        &mut self.diagnostics
    }
}

/// The library's cards as one full parse of every course gives them (what
/// the index must agree with), one per id as [`super::discover`] finds them.
pub fn cards_of(loaded: &[LoadedCourse]) -> Vec<CourseCard> {
    loaded.iter().map(CourseCard::of).collect()
}

/// SHA-256 of `course.json` and its translations (by name, in name order), or
/// of the lone course file.
fn content_hash(origin: &Path) -> String {
    let mut files: Vec<PathBuf> = if origin.is_dir() {
        fs::read_dir(origin)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .map(|entry| entry.path())
                    .filter(|path| {
                        path.file_name()
                            .and_then(|name| name.to_str())
                            .is_some_and(|name| {
                                name == COURSE_FILE
                                    || (name.starts_with("course.") && name.ends_with(".json"))
                            })
                    })
                    .collect()
            })
            .unwrap_or_default()
    } else {
        vec![origin.to_owned()]
    };
    files.sort();
    let mut hasher = Sha256::new();
    for file in files {
        if let Ok(bytes) = super::read_course_bytes(&file) {
            hasher.update(file.file_name().unwrap_or_default().as_encoded_bytes());
            hasher.update([0]);
            hasher.update(&bytes);
        }
    }
    hex(&hasher.finalize())
}

/// One course as the index remembers it.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Record {
    stamp: Stamp,
    card: CourseCard,
}

/// The index file.
#[derive(Debug, Serialize, Deserialize)]
struct IndexFile {
    format: u32,
    courses: Vec<Record>,
}

/// The library as the index has it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cached {
    /// The cards, one per course id, in the order the library shows them.
    /// A course the index does not know yet has no card here.
    pub cards: Vec<CourseCard>,
    /// Whether some course changed, came or went since the index was saved:
    /// then [`refresh_index`] brings the cards up to date.
    pub stale: bool,
}

/// The cards of the courses in `folders` as the index at `index_file` has
/// them, without parsing any course: only the folders' stamps are taken.
pub fn read_index(index_file: &Path, folders: &[PathBuf]) -> Cached {
    let mut records = load_records(index_file);
    let mut stale = false;
    let found: Vec<(PathBuf, Vec<CourseCard>)> = folders
        .iter()
        .map(|folder| {
            let cards: Vec<CourseCard> = course_origins(folder)
                .into_iter()
                .filter_map(|origin| {
                    let record = records.remove(&origin);
                    match &record {
                        Some(record) if record.stamp == Stamp::of(&origin) => {}
                        _ => stale = true,
                    }
                    record.map(|record| record.card)
                })
                .collect();
            (folder.clone(), cards)
        })
        .collect();
    Cached {
        cards: one_per_id(found),
        stale: stale || !records.is_empty(),
    }
}

/// The cards of the courses in `folders`, up to date: a course whose stamp
/// changed, or that the index does not know, is read again; a course gone
/// from disk leaves the index. The index is saved when anything changed (a
/// failure to save is logged: the cards are right all the same).
pub fn refresh_index(index_file: &Path, folders: &[PathBuf]) -> Vec<CourseCard> {
    let mut old = load_records(index_file);
    let mut kept: Vec<Record> = Vec::new();
    let mut changed = false;
    let mut found = Vec::new();
    for folder in folders {
        let mut cards = Vec::new();
        for origin in course_origins(folder) {
            let stamp = Stamp::of(&origin);
            let record = match old.remove(&origin) {
                Some(record) if record.stamp == stamp => record,
                _ => {
                    changed = true;
                    // Stamped before reading: a change made while it is read
                    // shows at the next refresh.
                    let card = CourseCard::of(&load_course(&origin));
                    Record { stamp, card }
                }
            };
            cards.push(record.card.clone());
            kept.push(record);
        }
        found.push((folder.clone(), cards));
    }
    if (changed || !old.is_empty())
        && let Err(error) = save_records(index_file, kept)
    {
        log::warn!(
            "the library index {} could not be saved ({error}); it is rebuilt at the next start",
            index_file.display()
        );
    }
    one_per_id(found)
}

/// The index's records by origin; none when the file is missing, damaged or
/// of another format (it is then rebuilt).
fn load_records(index_file: &Path) -> HashMap<PathBuf, Record> {
    let Ok(bytes) = fs::read(index_file) else {
        return HashMap::new();
    };
    match serde_json::from_slice::<IndexFile>(&bytes) {
        Ok(index) if index.format == INDEX_FORMAT => index
            .courses
            .into_iter()
            .map(|record| (record.card.origin.clone(), record))
            .collect(),
        Ok(_) => HashMap::new(),
        Err(error) => {
            log::warn!(
                "the library index {} could not be read ({error}); rebuilding it",
                index_file.display()
            );
            HashMap::new()
        }
    }
}

/// Writes the index to a new file beside its place and renames it there, so
/// a crash mid-write leaves the old index whole and two refreshes at once
/// never mix their writes.
fn save_records(index_file: &Path, courses: Vec<Record>) -> std::io::Result<()> {
    let index = IndexFile {
        format: INDEX_FORMAT,
        courses,
    };
    let bytes = serde_json::to_vec(&index).map_err(std::io::Error::other)?;
    let folder = index_file
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(folder)?;
    let mut partial = tempfile::NamedTempFile::new_in(folder)?;
    partial.write_all(&bytes)?;
    partial.persist(index_file).map_err(|error| error.error)?;
    Ok(())
}
