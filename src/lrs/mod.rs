//! Sending learning records to the organisation's learning record store (LRS):
//! the HTTP client that delivers the progress store's outbox of xAPI
//! statements, checks an LRS, and remembers its address.
//!
//! This is the one part of the core that touches the network, and only when
//! asked to (`fieldcourse xapi sync`, or the trainer area's button). It sits
//! above the progress store and is built with the `lrs` feature only.

mod address;
mod check;
mod error;
mod remembered;
mod retry;
mod sync;

pub use check::{check_lrs, refuses_plain_http};

pub use crate::data_folder::{LRS_FILE, lrs_file};
pub use error::{Error, NetworkCause, Result};
pub use remembered::{Credentials, RememberedLrs, load_lrs, save_lrs};
pub use retry::{Pause, retry_after};
pub use sync::{MAX_BATCH, SyncConfig, SyncProgress, SyncReport, XAPI_VERSION, sync};

use std::path::Path;

/// [`sync`] for a background task (the trainer area's "Send learning records"
/// button): opens the progress store of `data_dir` itself, so the task owns its
/// own connection, and sends its outbox.
pub fn sync_data_dir(
    data_dir: &Path,
    config: &SyncConfig,
    progress: impl FnMut(SyncProgress),
) -> Result<SyncReport> {
    let store = crate::progress::Store::open(data_dir)?;
    sync(&store, config, progress)
}

/// The [`SyncConfig`] for the LRS remembered in `data_dir`, if there is one.
pub fn remembered_config(data_dir: &Path) -> Result<Option<SyncConfig>> {
    Ok(load_lrs(data_dir)?.map(|lrs| SyncConfig::new(lrs.endpoint, lrs.credentials)))
}
