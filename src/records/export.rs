//! Saving this device's records into one signed file.

use super::error::{Result, io_error};
use super::file::{self, Writer};
use crate::certificate::keys::Keyring;
use crate::progress::Store;
use crate::time::Timestamp;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// What [`export_records`] saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    /// The file written.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: u64,
    /// The name the device gave itself in it.
    pub device_name: String,
    /// The export's number on this device.
    pub export_number: i64,
    /// Learners in it.
    pub learners: usize,
    /// Courses started, counted per learner.
    pub enrollments: usize,
    /// Quiz attempts in it.
    pub attempts: usize,
    /// Certificates in it.
    pub certificates: usize,
    /// Learning records (xAPI statements) in it.
    pub statements: usize,
}

/// Saves every learner of this device with their progress into a records
/// file at `output` (a file, replaced in one step, or a folder to save a new
/// file in), signed with the device key in `keyring`.
///
/// `device_name`, when given, is remembered as this device's name; without
/// it the name remembered before is used, else the computer's host name.
pub fn export_records(
    store: &Store,
    keyring: &Keyring,
    output: &Path,
    device_name: Option<&str>,
    now: Timestamp,
) -> Result<Export> {
    if let Some(name) = device_name {
        store.set_device_name(name)?;
    }
    let device_id = store.device_id()?;
    let device_name = match store.device_name()? {
        Some(name) => name,
        None => host_name().unwrap_or_else(|| {
            let short: String = device_id.chars().take(8).collect();
            format!("Fieldcourse device {short}")
        }),
    };
    let key = keyring.device_key()?;
    let records = store.device_records()?;
    let path = if output.is_dir() {
        output.join(file_name(&device_name, now))
    } else {
        output.to_owned()
    };
    let export_number = store.next_export_number()?;
    let bytes = file::write(
        &records,
        &Writer {
            device_id: &device_id,
            device_name: &device_name,
            key: &key,
            export_number,
            exported_at: now,
        },
        &path,
    )?;
    save(&path, &bytes)?;
    Ok(Export {
        path,
        bytes: bytes.len() as u64,
        device_name,
        export_number,
        learners: records.learners.len(),
        enrollments: records.enrollments.len(),
        attempts: records.attempts.len(),
        certificates: records.certificates.len(),
        statements: records.statements.len(),
    })
}

/// A file name for a records file saved into a folder, such as
/// `laptop-3-20260504T093000Z.fcrecords`.
fn file_name(device_name: &str, now: Timestamp) -> String {
    let slug = slug::slugify(device_name);
    let slug = if slug.is_empty() { "device" } else { &slug };
    format!("{slug}-{}.{}", now.to_compact(), super::EXTENSION)
}

/// The computer's host name, where the system tells it.
fn host_name() -> Option<String> {
    ["/proc/sys/kernel/hostname", "/etc/hostname"]
        .into_iter()
        .find_map(|file| std::fs::read_to_string(file).ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty())
}

/// Writes `bytes` beside `path` first, then gives them its name in one step:
/// a stick pulled out mid-way leaves the earlier file, never half of one.
fn save(path: &Path, bytes: &[u8]) -> Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".fieldcourse-records-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(io_error(path, "create the records file"))?;
    temporary
        .write_all(bytes)
        .and_then(|()| temporary.as_file().sync_all())
        .map_err(io_error(path, "write the records file"))?;
    temporary
        .persist(path)
        .map_err(|error| io_error(path, "save the records file")(error.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::Error;

    #[test]
    fn a_file_saved_into_a_folder_is_named_after_the_device_and_the_time() {
        let now = Timestamp::from_unix_ms(1_777_887_000_000);
        assert_eq!(
            file_name("Laptop 3 (Ana)", now),
            format!("laptop-3-ana-{}.fcrecords", now.to_compact())
        );
        assert!(file_name("…", now).starts_with("device-"));
    }

    #[test]
    fn errors_are_refusals_only_for_what_a_file_holds() {
        let path = PathBuf::from("x.fcrecords");
        assert!(Error::Truncated { path: path.clone() }.is_refusal());
        assert!(
            !Error::NotWritten {
                path,
                problem: String::new()
            }
            .is_refusal()
        );
    }
}
