//! Course packages: packing, importing, and refusing malicious packages. The
//! helpers here build, take apart and install packages for the files below.

mod commands;
mod installing;
mod packing;
mod refused;

use crate::common::*;
use fieldcourse::course::{ImportOptions, pack_course};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

fn options() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(CompressionMethod::Deflated)
}

/// Every file under `root`, by relative path, with its bytes.
fn files_under(root: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, folder: &Path, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for entry in std::fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, files);
            } else {
                let bytes = std::fs::read(&path).unwrap();
                files.insert(path.strip_prefix(root).unwrap().to_owned(), bytes);
            }
        }
    }
    let mut files = BTreeMap::new();
    if root.exists() {
        walk(root, root, &mut files);
    }
    files
}

/// A course folder with a translation, packed to a file in its own temp folder.
struct Fixture {
    course: CourseDir,
    out: tempfile::TempDir,
}

impl Fixture {
    fn new(version: &str) -> Self {
        let mut course = valid_course();
        course["version"] = json!(version);
        let dir = CourseDir::new(&course);
        let mut french = course.clone();
        french["language"] = json!("fr");
        dir.write("course.fr.json", &french);
        Self {
            course: dir,
            out: tempfile::tempdir().unwrap(),
        }
    }

    fn pack(&self) -> PathBuf {
        let packed = pack_course(self.course.path()).unwrap();
        let file = self.out.path().join("sample.fcourse");
        std::fs::write(&file, packed.bytes).unwrap();
        file
    }
}

/// Import options that install unsigned packages (these tests are not about
/// publishers: see `signed.rs`).
fn accepting() -> ImportOptions {
    ImportOptions {
        accept_unverified: true,
        ..ImportOptions::default()
    }
}

fn data_dir() -> (tempfile::TempDir, PathBuf) {
    let data = tempfile::tempdir().unwrap();
    let courses = data.path().join("courses");
    (data, courses)
}
