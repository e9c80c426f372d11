//! Importing a course: from a package (checked, then unpacked whole or not at
//! all) or a folder, over an installed course of the same id when the
//! version allows it.
//!
//! Before anything is installed, who published the package is weighed: a
//! package that is unsigned or signed by a key the device does not trust is
//! installed only when the trainer accepts it
//! ([`ImportOptions::accept_unverified`]), and a course whose installed
//! version was published by one key is replaced by one that another key (or
//! nobody) signed only when the trainer accepts that
//! ([`ImportOptions::accept_new_publisher`]). A bad signature is refused
//! while the package is checked.

use super::{Limits, PACKAGE_EXTENSION, PackageError, io_error, unpack_package};
use crate::course::install::install_course_as;
use crate::course::publisher::{TrustedPublishers, Verdict, read_publisher};
use crate::course::{Course, InstallError, Installed, LoadedCourse};
use crate::course::{is_valid_id, load_course};
use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// How [`import_course`] treats an installed course of the same id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Install even when the installed version is newer.
    pub allow_older: bool,
    /// What a package may hold.
    pub limits: Limits,
    /// The folders the library reads courses from (with the courses bundled
    /// with the app): a course there with the same id, when none is
    /// installed, is compared like an installed one and reported as replaced
    /// in the library (see [`super::discover`]); it stays on disk.
    pub other_course_dirs: Vec<PathBuf>,
    /// The keys this device trusts to publish courses.
    pub trusted: TrustedPublishers,
    /// Install a package that is unsigned or signed by a key not in `trusted`.
    pub accept_unverified: bool,
    /// Replace an installed course published by one key with a course that
    /// another key, or nobody, signed.
    pub accept_new_publisher: bool,
}

/// The course a new one replaced, and what changed between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Replaced {
    /// The version that was installed before.
    pub version: String,
    /// Lesson and quiz ids in the new version only.
    pub added: Vec<String>,
    /// Lesson and quiz ids in the old version only: progress recorded
    /// against them no longer shows.
    pub removed: Vec<String>,
    /// Question ids in the new version only.
    pub added_questions: Vec<String>,
    /// Question ids in the old version only: their answers no longer show
    /// in the trainer's question statistics.
    pub removed_questions: Vec<String>,
    /// Where the replaced copy stays, when it is not in the installed
    /// courses' folder (a course bundled with the app): the library shows the
    /// new one in its place.
    pub elsewhere: Option<PathBuf>,
}

/// A course installed by [`import_course`].
#[derive(Debug, Clone)]
pub struct Imported {
    /// What was installed, and where.
    pub installed: Installed,
    /// The course it replaced, if one with the same id was installed.
    pub replaced: Option<Replaced>,
    /// Whether it came from a package.
    pub from_package: bool,
    /// Who signed the package, and whether this device trusts the key
    /// ([`Verdict::Unsigned`] for a folder or a course file).
    pub verdict: Verdict,
}

/// Whether `path` is read as a package rather than a course: its extension is
/// `.fcourse`, or it is a file that starts as a zip file does.
pub fn is_package(path: &Path) -> bool {
    if path.is_dir() {
        return false;
    }
    if path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case(PACKAGE_EXTENSION))
    {
        return true;
    }
    let mut magic = [0_u8; 4];
    fs::File::open(path)
        .and_then(|mut file| file.read_exact(&mut magic))
        .is_ok_and(|()| magic == *b"PK\x03\x04")
}

/// Installs the course at `source` (a package, a course folder, its
/// `course.json`, or a lone course `.json` file) into `installed_dir`. A
/// package is checked and unpacked into a working folder beside the courses
/// first, then installed from there by [`install_course`], so validation and
/// the atomic rename are the same for every source. An older version does not
/// replace a newer one unless [`ImportOptions::allow_older`] is set. A failed
/// import leaves the courses folder as it was and no working folder behind.
pub fn import_course(
    source: &Path,
    installed_dir: &Path,
    options: &ImportOptions,
) -> Result<Imported, PackageError> {
    if !is_package(source) {
        let offered = load_course(source);
        if let Some(course) = &offered.course {
            check_publisher(
                &course.id,
                Some(&course.title),
                &Verdict::Unsigned,
                installed_dir,
                options,
            )?;
        }
        let previous = check_version(&offered, installed_dir, options)?;
        let installed = install_course_as(source, installed_dir, None)?;
        return Ok(finish(installed, previous, false, Verdict::Unsigned));
    }
    let work = installed_dir
        .parent()
        .unwrap_or(installed_dir)
        .join(".importing");
    let unpacked = work.join(format!("package-{}", fastrand::u64(..)));
    let file = fs::File::open(source).map_err(io_error(source, "open"))?;
    let result =
        unpack_package(io::BufReader::new(file), &unpacked, &options.limits).and_then(|checked| {
            let verdict = options.trusted.verdict(checked.publisher.as_ref());
            let manifest = &checked.manifest;
            // Read first, so the questions below can name the course by its title.
            let offered = load_course(&unpacked);
            let title = offered.course.as_ref().map(|course| course.title.as_str());
            if !verdict.is_verified() && !options.accept_unverified {
                return Err(PackageError::Unverified {
                    id: manifest.id.clone(),
                    title: title.map(str::to_owned),
                    version: manifest.version.clone(),
                    verdict: Box::new(verdict),
                });
            }
            check_publisher(&manifest.id, title, &verdict, installed_dir, options)?;
            let previous = check_version(&offered, installed_dir, options)?;
            let installed =
                install_course_as(&unpacked, installed_dir, checked.publisher.as_ref())?;
            Ok(finish(installed, previous, true, verdict))
        });
    // The unpacked copy is only a source for `install_course`, which copies it.
    crate::course::install::remove_leftover(&unpacked);
    // Problems name files inside the package, not in the removed working folder.
    let result = result.map_err(|error| match error {
        PackageError::Unreadable { file: None, damage } => PackageError::Unreadable {
            file: Some(source.to_owned()),
            damage,
        },
        PackageError::Install(InstallError::Refused(mut loaded)) => {
            loaded.origin = source.to_owned();
            for diagnostic in &mut loaded.diagnostics {
                if let Ok(inside) = diagnostic.file.strip_prefix(&unpacked) {
                    diagnostic.file = source.join(inside);
                }
            }
            PackageError::Install(InstallError::Refused(loaded))
        }
        other => other,
    });
    crate::course::install::remove_empty_folder(&work);
    result
}

/// Refuses to replace an installed course published by one key with one that
/// another key, or nobody, signed, unless the trainer accepted it.
fn check_publisher(
    id: &str,
    title: Option<&str>,
    offered: &Verdict,
    installed_dir: &Path,
    options: &ImportOptions,
) -> Result<(), PackageError> {
    if options.accept_new_publisher || !is_valid_id(id) {
        return Ok(());
    }
    let Some(installed) = read_publisher(&installed_dir.join(id)) else {
        return Ok(());
    };
    if offered.publisher().map(|publisher| &publisher.did) == Some(&installed.did) {
        return Ok(());
    }
    Err(PackageError::PublisherChanged {
        id: id.to_owned(),
        title: title.map(str::to_owned),
        installed: Box::new(installed),
        offered: Box::new(offered.clone()),
    })
}

fn finish(
    installed: Installed,
    previous: Option<Previous>,
    from_package: bool,
    verdict: Verdict,
) -> Imported {
    let replaced = previous.map(
        |Previous {
             course: old,
             elsewhere,
         }| {
            let old_ids = item_ids(&old);
            let new_ids = installed
                .loaded
                .course
                .as_deref()
                .map(item_ids)
                .unwrap_or_default();
            let old_questions = question_ids(&old);
            let new_questions = installed
                .loaded
                .course
                .as_deref()
                .map(question_ids)
                .unwrap_or_default();
            Replaced {
                version: old.version.clone(),
                added: new_ids.difference(&old_ids).cloned().collect(),
                removed: old_ids.difference(&new_ids).cloned().collect(),
                added_questions: new_questions.difference(&old_questions).cloned().collect(),
                removed_questions: old_questions.difference(&new_questions).cloned().collect(),
                elsewhere,
            }
        },
    );
    Imported {
        installed,
        replaced,
        from_package,
        verdict,
    }
}

/// The course an import replaces in the library.
struct Previous {
    course: Arc<Course>,
    /// Its folder, when it is not the installed courses' folder.
    elsewhere: Option<PathBuf>,
}

/// The course with `id` the library shows now: the installed one, else the
/// last one in the other course folders.
fn shown_course(id: &str, installed_dir: &Path, options: &ImportOptions) -> Option<Previous> {
    let folder = installed_dir.join(id);
    if folder.is_dir() {
        return load_course(&folder).course.map(|course| Previous {
            course,
            elsewhere: None,
        });
    }
    crate::course::discover(&options.other_course_dirs)
        .into_iter()
        .filter(|loaded| !loaded.origin.starts_with(installed_dir))
        .find_map(|loaded| {
            let course = loaded.course.filter(|course| course.id == id)?;
            Some(Previous {
                course,
                elsewhere: Some(loaded.origin),
            })
        })
}

/// The course `offered` would replace in the library, after refusing to put
/// an older version over a newer one (unless allowed).
fn check_version(
    offered: &LoadedCourse,
    installed_dir: &Path,
    options: &ImportOptions,
) -> Result<Option<Previous>, PackageError> {
    let Some(course) = offered.course.as_ref() else {
        return Ok(None);
    };
    if !is_valid_id(&course.id) {
        return Ok(None);
    }
    let Some(previous) = shown_course(&course.id, installed_dir, options) else {
        return Ok(None);
    };
    let old = &previous.course;
    let newer = match (
        semver::Version::parse(&old.version),
        semver::Version::parse(&course.version),
    ) {
        (Ok(installed), Ok(offered)) => installed > offered,
        // A version that does not parse cannot be compared: the validator
        // reports it, and it is no reason to keep the other.
        _ => false,
    };
    if newer && !options.allow_older {
        return Err(PackageError::Older {
            id: course.id.clone(),
            installed: old.version.clone(),
            offered: course.version.clone(),
        });
    }
    Ok(Some(previous))
}

/// The ids of the lessons and quizzes of `course`: what progress is kept against.
fn item_ids(course: &Course) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for module in &course.modules {
        ids.extend(module.lessons.iter().map(|lesson| lesson.id.clone()));
        ids.extend(module.quiz.iter().map(|quiz| quiz.id.clone()));
    }
    ids.extend(course.final_assessment.iter().map(|quiz| quiz.id.clone()));
    ids
}

/// The ids of the questions of every quiz of `course`.
fn question_ids(course: &Course) -> BTreeSet<String> {
    course
        .quizzes()
        .flat_map(|quiz| quiz.questions.iter().map(|question| question.id.clone()))
        .collect()
}
