//! `fieldcourse new`: a starter course for a trainer to rewrite.
//!
//! The starter uses every block kind and every question kind once, has a
//! picture in `assets/`, and keeps the format's JSON Schema beside the course
//! under [`SCHEMA_FILE`], a name the loader never reads as a course, so that
//! `"$schema"` works in any editor wherever the folder is moved.

use super::load::{COURSE_FILE, SCHEMA_FILE, is_translation_tag};
use super::schema::course_schema_text;
use super::validate::is_valid_id;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The languages the starter's texts are written in. For another language
/// the texts are in English, with the course's `language` set as asked.
pub const STARTER_LANGUAGES: &[&str] = &["en", "fr", "es", "ar"];

/// The starter's picture, inside the course folder.
const PICTURE: &str = "assets/welcome.svg";

/// One starter text: the language, the default title, the course template.
struct Template {
    language: &'static str,
    title: &'static str,
    course: &'static str,
}

/// The English text, also used for languages without a starter text.
const ENGLISH: Template = Template {
    language: "en",
    title: "My first course",
    course: include_str!("starter/en.json"),
};

const TEMPLATES: &[Template] = &[
    ENGLISH,
    Template {
        language: "fr",
        title: "Mon premier cours",
        course: include_str!("starter/fr.json"),
    },
    Template {
        language: "es",
        title: "Mi primer curso",
        course: include_str!("starter/es.json"),
    },
    Template {
        language: "ar",
        title: "دورتي الأولى",
        course: include_str!("starter/ar.json"),
    },
];

/// Why no starter course was written.
#[derive(Debug, thiserror::Error)]
pub enum StarterError {
    /// The folder already holds files: nothing is written over them.
    #[error("{} already exists and is not empty", path.display())]
    NotEmpty {
        /// The folder asked for.
        path: PathBuf,
    },
    /// The path names a file, not a folder.
    #[error("{} is a file, not a folder", path.display())]
    NotAFolder {
        /// The path asked for.
        path: PathBuf,
    },
    /// The language is not a BCP 47 tag.
    #[error("`{tag}` is not a language tag")]
    BadLanguage {
        /// The tag given.
        tag: String,
    },
    /// The title is empty.
    #[error("the title is empty")]
    EmptyTitle,
    /// The file system refused.
    #[error("cannot write {}: {source}", path.display())]
    Io {
        /// The file or folder that could not be written.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: io::Error,
    },
}

/// What [`write_starter`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Starter {
    /// The course folder.
    pub folder: PathBuf,
    /// The course id, made from the folder's name.
    pub id: String,
    /// The course's `language`.
    pub language: String,
    /// Whether the texts are in that language (else they are in English).
    pub translated: bool,
    /// The files written, inside the folder: the course, the picture, the schema.
    pub files: Vec<PathBuf>,
}

/// The starter's `course.json` text in `language`, with `id` and `title`
/// (the language's default title when `None`), and whether its texts are in
/// that language.
pub fn starter_course_text(
    id: &str,
    title: Option<&str>,
    language: &str,
) -> Result<(String, bool), StarterError> {
    if !is_translation_tag(language) {
        return Err(StarterError::BadLanguage {
            tag: language.to_owned(),
        });
    }
    let primary = language.split(['-', '_']).next().unwrap_or(language);
    let found = TEMPLATES
        .iter()
        .find(|template| template.language.eq_ignore_ascii_case(primary));
    let template = found.unwrap_or(&ENGLISH);
    let title = title.map(str::trim).unwrap_or(template.title);
    if title.is_empty() {
        return Err(StarterError::EmptyTitle);
    }
    // Each placeholder is a whole JSON string in the template: the value
    // replaces it quoted and escaped, so any title stays valid JSON.
    let quoted = |text: &str| serde_json::to_string(text).unwrap_or_default();
    let text = template
        .course
        .replace("\"__ID__\"", &quoted(id))
        .replace("\"__LANGUAGE__\"", &quoted(language))
        .replace("\"__TITLE__\"", &quoted(title));
    Ok((text, found.is_some()))
}

/// A course id made from a folder name: lowercase ASCII letters, digits and
/// `-` (accents dropped, other letters spelt out); `my-course` when nothing is left.
pub fn id_from_folder(folder: &Path) -> String {
    let name = folder
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let id = slug::slugify(name);
    if is_valid_id(&id) {
        id
    } else {
        "my-course".to_owned()
    }
}

/// Writes a starter course into `folder` (created if needed; refused when it
/// holds anything): `course.json` in `language` with `title`, the picture in
/// `assets/`, and the format's schema as [`SCHEMA_FILE`].
pub fn write_starter(
    folder: &Path,
    title: Option<&str>,
    language: &str,
) -> Result<Starter, StarterError> {
    let id = id_from_folder(folder);
    let (course, translated) = starter_course_text(&id, title, language)?;
    if folder.is_file() {
        return Err(StarterError::NotAFolder {
            path: folder.to_owned(),
        });
    }
    let io_error = |path: &Path| {
        let path = path.to_owned();
        move |source| StarterError::Io { path, source }
    };
    if folder.is_dir() {
        let mut entries = fs::read_dir(folder).map_err(io_error(folder))?;
        if entries.next().is_some() {
            return Err(StarterError::NotEmpty {
                path: folder.to_owned(),
            });
        }
    }
    let assets = folder.join("assets");
    fs::create_dir_all(&assets).map_err(io_error(&assets))?;
    let files = [
        (COURSE_FILE, course),
        (PICTURE, include_str!("starter/welcome.svg").to_owned()),
        (SCHEMA_FILE, course_schema_text()),
    ];
    let mut written = Vec::with_capacity(files.len());
    for (name, text) in files {
        let path = folder.join(name);
        fs::write(&path, text).map_err(io_error(&path))?;
        written.push(path);
    }
    Ok(Starter {
        folder: folder.to_owned(),
        id,
        language: language.to_owned(),
        translated,
        files: written,
    })
}
