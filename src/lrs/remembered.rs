//! The remembered learning record store: its address and credentials, in
//! `lrs.json` in the data directory, readable and writable by the owner only
//! (mode 0600 on Unix).

use super::error::{Error, Result};
use crate::data_folder::{LRS_FILE, lrs_file};
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// A user name and password for HTTP Basic authentication.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credentials {
    /// The user name (an LRS key).
    pub username: String,
    /// The password (an LRS secret).
    pub password: String,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("username", &self.username)
            .field("password", &"***")
            .finish()
    }
}

impl Credentials {
    /// Reads credentials from a file: JSON `{"username": ..., "password": ...}`,
    /// or a first line `USER:PASSWORD`.
    pub fn read(path: &Path) -> Result<Self> {
        let text =
            fs::read_to_string(path).map_err(Error::io(path, "read the credentials file"))?;
        if let Ok(credentials) = serde_json::from_str::<Self>(&text) {
            return Ok(credentials);
        }
        let line = text.lines().next().unwrap_or_default().trim();
        match line.split_once(':') {
            Some((username, password)) if !username.is_empty() => Ok(Self {
                username: username.to_owned(),
                password: password.to_owned(),
            }),
            _ => Err(Error::BadFile {
                path: path.to_owned(),
                problem: "it holds neither JSON with `username` and `password` nor a line `USER:PASSWORD`".to_owned(),
                fix: "write `USER:PASSWORD` on its first line",
            }),
        }
    }
}

/// The LRS that `xapi sync` sends to when no address is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RememberedLrs {
    /// The LRS address; statements go to `{endpoint}/statements`.
    pub endpoint: String,
    /// The credentials, if the LRS needs them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credentials: Option<Credentials>,
}

/// The remembered LRS, if one was saved.
pub fn load_lrs(data_dir: &Path) -> Result<Option<RememberedLrs>> {
    let path = lrs_file(data_dir);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(Error::io(&path, "read the remembered LRS")(error)),
    };
    serde_json::from_str(&text).map(Some).map_err(|error| Error::BadFile {
        path: path.clone(),
        problem: error.to_string(),
        fix: "give the address again with `fieldcourse xapi sync --endpoint URL`, which rewrites it",
    })
}

/// Remembers the LRS in `data_dir`, in a file only its owner may read (mode
/// 0600 on Unix; elsewhere the data directory's own protection applies).
/// Returns the file's path.
pub fn save_lrs(data_dir: &Path, lrs: &RememberedLrs) -> Result<PathBuf> {
    let path = lrs_file(data_dir);
    fs::create_dir_all(data_dir).map_err(Error::io(data_dir, "create the data folder"))?;
    let text = serde_json::to_string_pretty(lrs).unwrap_or_default();
    let temporary = data_dir.join(format!("{LRS_FILE}.new"));
    // A leftover of a run that stopped midway; `create_new` below says so if
    // it cannot go.
    match fs::remove_file(&temporary) {
        Err(error) if error.kind() != std::io::ErrorKind::NotFound => log::warn!(
            "the leftover {} could not be removed: {error}",
            temporary.display()
        ),
        _ => {}
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options
        .open(&temporary)
        .map_err(Error::io(&temporary, "create"))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(Error::io(&temporary, "write"))?;
    drop(file);
    fs::rename(&temporary, &path).map_err(Error::io(&path, "save the remembered LRS in"))?;
    Ok(path)
}
