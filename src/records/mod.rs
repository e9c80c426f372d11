//! Records files (`.fcrecords`): one device's learners and their progress,
//! carried on a USB stick to the trainer's laptop and collected there.
//!
//! - [`file`]: the file itself, a zip holding a signed manifest (device,
//!   format version, export time, the SHA-256 of every part) and the parts,
//!   one JSON file per table family; written and checked here.
//! - [`export_records`]: this device's records into a new file, signed with
//!   the device key that signs its certificates.
//! - [`collect_file`]: a file checked to the last byte, then its rows stored
//!   apart from this laptop's own learners (see `progress::collected`).
//!
//! Nothing here uses the GUI or the network.

mod error;
mod export;
pub mod file;
mod import;

pub use error::{Error, Result};
pub use export::{Export, export_records};
pub use import::{Collected, collect_file, records_files};

/// The file name extension of a records file.
pub const EXTENSION: &str = "fcrecords";
