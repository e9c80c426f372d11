//! Where Fieldcourse keeps data and finds courses.

use directories::ProjectDirs;
use std::path::{Path, PathBuf};

/// Why no data directory could be chosen.
#[derive(Debug, thiserror::Error)]
pub enum PathsError {
    /// The operating system reports no home folder, and no `--data-dir` was given.
    #[error(
        "no home folder was found to keep Fieldcourse's data in; pass --data-dir DIR or set FIELDCOURSE_DATA_DIR"
    )]
    NoHome,
}

/// The folders one run of Fieldcourse works with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// Where progress, settings and installed courses live.
    pub data_dir: PathBuf,
    /// Folders searched for courses, in order: bundled, installed, then extra.
    pub course_dirs: Vec<PathBuf>,
}

impl Paths {
    /// Chooses the folders: `data_dir` when given, else the platform's default
    /// (`~/.local/share/fieldcourse` on Linux); the bundled courses, the data
    /// directory's `courses/`, then each of `extra_course_dirs`.
    pub fn resolve(
        data_dir: Option<&Path>,
        extra_course_dirs: &[PathBuf],
    ) -> Result<Self, PathsError> {
        let data_dir = match data_dir {
            Some(dir) => dir.to_owned(),
            None => default_data_dir().ok_or(PathsError::NoHome)?,
        };
        let mut course_dirs: Vec<PathBuf> = bundled_courses_dir().into_iter().collect();
        course_dirs.push(data_dir.join("courses"));
        course_dirs.extend(extra_course_dirs.iter().cloned());
        Ok(Self {
            data_dir,
            course_dirs,
        })
    }

    /// The folder where installed courses are kept.
    pub fn installed_courses_dir(&self) -> PathBuf {
        self.data_dir.join("courses")
    }
}

/// The platform's data directory for Fieldcourse, if the platform has one.
pub fn default_data_dir() -> Option<PathBuf> {
    ProjectDirs::from("org", "Fieldcourse", "fieldcourse").map(|dirs| dirs.data_dir().to_owned())
}

/// Where files for people to keep (certificates, reports) are saved: the
/// Documents folder, else the home folder, else `data_dir`. File dialogs cannot
/// be relied on (with no desktop portal they return nothing), so the app saves
/// here and shows the path.
pub fn documents_dir(data_dir: &Path) -> PathBuf {
    directories::UserDirs::new()
        .map(|dirs| {
            dirs.document_dir()
                .unwrap_or_else(|| dirs.home_dir())
                .to_owned()
        })
        .unwrap_or_else(|| data_dir.to_owned())
}

/// The courses that ship with Fieldcourse: `courses/` beside the executable, in
/// `../share/fieldcourse/courses` for an installed build, or in the source tree
/// for a build run with cargo.
pub fn bundled_courses_dir() -> Option<PathBuf> {
    let beside_executable = std::env::current_exe().ok().and_then(|exe| {
        let bin = exe.parent()?.to_owned();
        [
            bin.join("courses"),
            bin.join("../share/fieldcourse/courses"),
        ]
        .into_iter()
        .find(|dir| dir.is_dir())
    });
    beside_executable.or_else(|| {
        let source_tree = Path::new(env!("CARGO_MANIFEST_DIR")).join("courses");
        source_tree.is_dir().then_some(source_tree)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_data_dir_wins_and_courses_are_searched_in_order() {
        let extra = PathBuf::from("/tmp/extra-courses");
        let paths = Paths::resolve(
            Some(Path::new("/tmp/fc-data")),
            std::slice::from_ref(&extra),
        )
        .unwrap();
        assert_eq!(paths.data_dir, PathBuf::from("/tmp/fc-data"));
        assert_eq!(
            paths.installed_courses_dir(),
            PathBuf::from("/tmp/fc-data/courses")
        );
        assert_eq!(paths.course_dirs.last(), Some(&extra));
        assert!(
            paths
                .course_dirs
                .contains(&PathBuf::from("/tmp/fc-data/courses"))
        );
    }
}
