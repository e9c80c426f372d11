//! Installing a course a trainer brings in: checked first, copied into a
//! temporary folder, checked again there, then renamed into place, so a failed
//! or refused import leaves nothing behind and a course with errors is never
//! installed.

use super::publisher::{Publisher, RECORD_DIR, write_publisher};
use super::{COURSE_FILE, LoadedCourse, load_course};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A course installed by [`install_course`].
#[derive(Debug, Clone)]
pub struct Installed {
    /// The course's folder among the installed courses.
    pub folder: PathBuf,
    /// The course as loaded from its new folder (warnings included).
    pub loaded: LoadedCourse,
    /// Whether an installed course with the same id was replaced.
    pub replaced: bool,
}

/// Why a course was not installed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum InstallError {
    /// The course has errors (or did not load): its diagnostics say which.
    #[error("{} has {} problem(s) and was not installed", .0.origin.display(), .0.error_count())]
    Refused(Box<LoadedCourse>),
    /// Copying failed; nothing was installed.
    #[error(
        "could not {action} {}: {source}; nothing was installed: check that the disk has free space and that you may write there",
        path.display()
    )]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// What was being done, as a verb phrase.
        action: &'static str,
        /// What the operating system said.
        #[source]
        source: Arc<std::io::Error>,
    },
}

/// Removes a working folder left from an install; one that cannot be removed
/// only wastes space, so it is logged, not reported.
pub(super) fn remove_leftover(folder: &Path) {
    match fs::remove_dir_all(folder) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => log::warn!(
            "the working folder {} could not be removed: {error}",
            folder.display()
        ),
        _ => {}
    }
}

/// Removes `folder` if it is empty (another install may be using it).
pub(super) fn remove_empty_folder(folder: &Path) {
    if let Err(error) = fs::remove_dir(folder) {
        log::debug!("{} is kept: {error}", folder.display());
    }
}

fn io_error(path: &Path, action: &'static str) -> impl FnOnce(std::io::Error) -> InstallError {
    let path = path.to_owned();
    move |source| InstallError::Io {
        path,
        action,
        source: Arc::new(source),
    }
}

/// Installs the course at `source` (a course folder, its `course.json`, or a
/// lone course `.json` file) into `installed_dir` as a folder named by the
/// course id, replacing an installed course with the same id.
pub fn install_course(source: &Path, installed_dir: &Path) -> Result<Installed, InstallError> {
    install_course_as(source, installed_dir, None)
}

/// Installs as [`install_course`] does, recording `publisher` (who signed the
/// package it came from) in the installed folder. A record in `source` is
/// never copied: only the import that checked a signature writes one.
pub(super) fn install_course_as(
    source: &Path,
    installed_dir: &Path,
    publisher: Option<&Publisher>,
) -> Result<Installed, InstallError> {
    let loaded = load_course(source);
    let Some(course) = loaded.course.clone().filter(|_| loaded.is_usable()) else {
        return Err(InstallError::Refused(Box::new(loaded)));
    };
    fs::create_dir_all(installed_dir)
        .map_err(io_error(installed_dir, "create the courses folder"))?;
    // The working folders sit beside the installed courses (the same disk, so
    // renaming is instant) but not among them, where the library would list them.
    let work = installed_dir
        .parent()
        .unwrap_or(installed_dir)
        .join(".importing");
    fs::create_dir_all(&work).map_err(io_error(&work, "create the import folder"))?;
    let staging = work.join(format!("{}-{}", course.id, fastrand::u64(..)));
    let result = stage(source, &staging).and_then(|()| {
        if let Some(publisher) = publisher {
            write_publisher(&staging, publisher)
                .map_err(io_error(&staging, "record who published"))?;
        }
        // Checked again where it will live: a course that names a file outside
        // its folder would pass at its source and break once installed.
        let copy = load_course(&staging);
        if copy.is_usable() {
            Ok(())
        } else {
            Err(InstallError::Refused(Box::new(copy)))
        }
    });
    if let Err(error) = result {
        remove_leftover(&staging);
        return Err(error);
    }
    let folder = installed_dir.join(&course.id);
    let replaced = folder.exists();
    let old = work.join(format!("{}-old-{}", course.id, fastrand::u64(..)));
    if replaced && let Err(error) = fs::rename(&folder, &old) {
        remove_leftover(&staging);
        return Err(io_error(&folder, "move aside the installed course")(error));
    }
    if let Err(error) = fs::rename(&staging, &folder) {
        // Put the previous version back rather than leave the course missing.
        if replaced && let Err(back) = fs::rename(&old, &folder) {
            log::error!(
                "the installed course {} could not be put back from {}: {back}",
                folder.display(),
                old.display()
            );
        }
        remove_leftover(&staging);
        return Err(io_error(&folder, "install the course")(error));
    }
    if replaced {
        remove_leftover(&old);
    }
    remove_empty_folder(&work);
    Ok(Installed {
        loaded: load_course(&folder),
        folder,
        replaced,
    })
}

/// Copies the course at `source` into a new folder `staging`.
fn stage(source: &Path, staging: &Path) -> Result<(), InstallError> {
    let is_course_file = source.file_name().is_some_and(|name| name == COURSE_FILE);
    if source.is_dir() {
        copy_folder(source, staging, true)
    } else if is_course_file {
        let folder = source
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        copy_folder(folder, staging, true)
    } else {
        // A lone course file becomes a folder of its own.
        fs::create_dir_all(staging).map_err(io_error(staging, "create the folder"))?;
        let target = staging.join(COURSE_FILE);
        fs::copy(source, &target)
            .map(drop)
            .map_err(io_error(source, "copy"))
    }
}

/// Copies the files of `from` into a new folder `to`. Links are not followed:
/// a course is plain files, and a link could reach outside its folder. At the
/// `top` of a course, a publisher record ([`RECORD_DIR`]) is left behind.
fn copy_folder(from: &Path, to: &Path, top: bool) -> Result<(), InstallError> {
    fs::create_dir_all(to).map_err(io_error(to, "create the folder"))?;
    for entry in fs::read_dir(from).map_err(io_error(from, "read the folder"))? {
        let entry = entry.map_err(io_error(from, "read the folder"))?;
        let kind = entry.file_type().map_err(io_error(&entry.path(), "read"))?;
        let target = to.join(entry.file_name());
        if top && entry.file_name() == RECORD_DIR {
            continue;
        }
        if kind.is_dir() {
            copy_folder(&entry.path(), &target, false)?;
        } else if kind.is_file() {
            fs::copy(entry.path(), &target)
                .map(drop)
                .map_err(io_error(&entry.path(), "copy"))?;
        }
    }
    Ok(())
}
