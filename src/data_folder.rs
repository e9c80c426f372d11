//! The data folder's two guards: it is kept owner-only, and one program at a
//! time may change it.
//!
//! On Unix the folder is created with mode 0700 and the files that hold
//! learners' records with 0600; folders and files made looser before (by an
//! older Fieldcourse, or by hand) are tightened when the store opens them.
//! Elsewhere these calls do nothing and the user's profile folder protects the
//! data.
//!
//! [`DataLock`] is an operating-system lock (`flock` on Unix, `LockFileEx` on
//! Windows, through [`std::fs::File::try_lock`]) on `fieldcourse.lock` in the
//! data folder. The app holds it while its window is open and every command
//! that changes the folder holds it while it runs. The system drops the lock
//! when the file is closed, so it is released on exit, and on a crash too:
//! there is never a stale lock to delete by hand.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The lock file inside the data folder.
pub const LOCK_FILE: &str = "fieldcourse.lock";

/// Why the data folder could not be taken.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum LockError {
    /// Another Fieldcourse (the app or a command) holds the folder.
    #[error(
        "the data folder {} is in use by another Fieldcourse (an open window or a running command); close the other Fieldcourse window or wait for the command to finish, then try again",
        folder.display()
    )]
    InUse {
        /// The data folder.
        folder: PathBuf,
    },
    /// The lock file could not be made or locked.
    #[error(
        "could not lock the data folder {} ({source}); check that the folder exists and that you may write there",
        folder.display()
    )]
    Io {
        /// The data folder.
        folder: PathBuf,
        /// What the operating system said.
        #[source]
        source: Arc<io::Error>,
    },
}

/// This program's hold on a data folder; dropping it lets others in.
#[derive(Debug)]
pub struct DataLock {
    // Kept open: the lock lives as long as the open file.
    _file: File,
    folder: PathBuf,
}

impl DataLock {
    /// Takes the data folder `data_dir` (creating it owner-only if needed), or
    /// says it is in use. Never waits.
    pub fn acquire(data_dir: &Path) -> Result<Self, LockError> {
        let io_error = |source| LockError::Io {
            folder: data_dir.to_owned(),
            source: Arc::new(source),
        };
        create_private_dir(data_dir).map_err(io_error)?;
        let path = data_dir.join(LOCK_FILE);
        let mut options = OpenOptions::new();
        // Never truncated: the file holds nothing, only the lock matters.
        options.read(true).write(true).create(true).truncate(false);
        owner_only(&mut options);
        let file = options.open(&path).map_err(io_error)?;
        match file.try_lock() {
            Ok(()) => Ok(Self {
                _file: file,
                folder: data_dir.to_owned(),
            }),
            Err(fs::TryLockError::WouldBlock) => Err(LockError::InUse {
                folder: data_dir.to_owned(),
            }),
            Err(fs::TryLockError::Error(source)) => Err(io_error(source)),
        }
    }

    /// The data folder held.
    pub fn folder(&self) -> &Path {
        &self.folder
    }
}

/// Creates `dir` (and missing parents) owner-only, or tightens it to
/// owner-only when it exists with wider permissions.
pub fn create_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        builder.mode(0o700);
    }
    builder.create(dir)?;
    tighten(dir, 0o700)
}

/// Creates the file `path`, which must not exist yet, readable and writable
/// by its owner only.
pub fn create_private_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    owner_only(&mut options);
    options.open(path)
}

/// Makes an existing file owner-only (0600) when it is wider; a file that
/// does not exist is left so.
pub fn restrict_file(path: &Path) -> io::Result<()> {
    match tighten(path, 0o600) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

fn owner_only(options: &mut OpenOptions) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    #[cfg(not(unix))]
    let _ = options;
}

/// Sets `mode` on `path` when its group or others may do anything with it.
/// Where that cannot be done (a FAT-formatted stick has no modes; a file of
/// another user cannot be changed) the file is left as it is rather than
/// locking the user out of their data.
#[cfg(unix)]
fn tighten(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt as _;
    let current = fs::metadata(path)?.permissions().mode();
    if current & 0o077 == 0 {
        return Ok(());
    }
    match fs::set_permissions(path, fs::Permissions::from_mode(mode)) {
        Err(error)
            if matches!(
                error.kind(),
                io::ErrorKind::PermissionDenied | io::ErrorKind::Unsupported
            ) =>
        {
            Ok(())
        }
        other => other,
    }
}

#[cfg(not(unix))]
fn tighten(path: &Path, _mode: u32) -> io::Result<()> {
    fs::metadata(path).map(drop)
}

/// The file in the data directory that remembers the learning record store
/// (its address and credentials; see `lrs`). Named here, below the store, so
/// the store can keep it owner-only even in a build without LRS support.
pub const LRS_FILE: &str = "lrs.json";

/// Where the LRS is remembered in `data_dir`.
pub fn lrs_file(data_dir: &Path) -> PathBuf {
    data_dir.join(LRS_FILE)
}
