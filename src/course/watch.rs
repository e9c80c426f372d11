//! Watching a course folder while a trainer writes it, for the live preview.
//!
//! Editors save in bursts (a temporary file, a rename, a second write), so
//! changes are gathered until the folder has been quiet for [`SETTLE_TIME`]
//! and reported as one [`FolderChange`]. Reads are not changes: the preview
//! reading the course again must not set off another reload.

use notify_debouncer_full::notify::{self, EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{DebounceEventResult, Debouncer, RecommendedCache, new_debouncer};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a folder must be quiet after a change before it is reported.
/// Short enough that the preview reloads well within a second of a save.
pub const SETTLE_TIME: Duration = Duration::from_millis(250);

/// Why a folder could not be watched.
#[derive(Debug, thiserror::Error)]
pub enum WatchError {
    /// The folder does not exist or is not a folder.
    #[error("{} is not a folder: give the course folder (the one holding course.json)", .0.display())]
    NotAFolder(PathBuf),
    /// The system refused to watch it (too many watches, no permission).
    #[error("could not watch {} for changes: {source}; the preview will not reload by itself", path.display())]
    Refused {
        /// The folder.
        path: PathBuf,
        /// What the system said.
        #[source]
        source: notify::Error,
    },
}

/// A burst of changes in the watched folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FolderChange {
    /// These files (or folders) changed, were created or removed.
    Changed(Vec<PathBuf>),
    /// The watch itself failed (the folder was removed, say): why.
    Failed(String),
}

/// Watches a folder and everything in it until dropped.
pub struct FolderWatcher {
    // Held only to keep the watch running: dropping it stops the watch.
    _debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    folder: PathBuf,
}

impl std::fmt::Debug for FolderWatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FolderWatcher")
            .field("folder", &self.folder)
            .finish_non_exhaustive()
    }
}

impl FolderWatcher {
    /// Starts watching `folder` and its subfolders; `on_change` is called on a
    /// background thread once per settled burst of changes.
    pub fn new(
        folder: &Path,
        mut on_change: impl FnMut(FolderChange) + Send + 'static,
    ) -> Result<Self, WatchError> {
        if !folder.is_dir() {
            return Err(WatchError::NotAFolder(folder.to_owned()));
        }
        let refused = |source| WatchError::Refused {
            path: folder.to_owned(),
            source,
        };
        let mut debouncer = new_debouncer(SETTLE_TIME, None, move |result: DebounceEventResult| {
            let change = match result {
                Ok(events) => {
                    let mut paths: Vec<PathBuf> = events
                        .into_iter()
                        .filter(|event| !matches!(event.kind, EventKind::Access(_)))
                        .flat_map(|event| event.event.paths)
                        .collect();
                    if paths.is_empty() {
                        return;
                    }
                    paths.sort();
                    paths.dedup();
                    FolderChange::Changed(paths)
                }
                Err(errors) => FolderChange::Failed(
                    errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; "),
                ),
            };
            on_change(change);
        })
        .map_err(refused)?;
        debouncer
            .watch(folder, RecursiveMode::Recursive)
            .map_err(refused)?;
        Ok(Self {
            _debouncer: debouncer,
            folder: folder.to_owned(),
        })
    }

    /// The folder watched.
    pub fn folder(&self) -> &Path {
        &self.folder
    }
}
