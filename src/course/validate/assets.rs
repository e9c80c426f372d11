//! Rules for files a course refers to: they must exist and stay inside the course.

use super::Checker;
use crate::course::diagnostic::Code;
use crate::course::structure::closest;
use std::path::{Component, Path};

/// Image formats the app can show.
const IMAGE_EXTENSIONS: [&str; 4] = ["png", "jpg", "jpeg", "svg"];

impl Checker<'_> {
    /// A picture: an asset whose type the app can show.
    pub(super) fn image(&mut self, src: &str, path: &str) {
        let extension = Path::new(src)
            .extension()
            .map(|extension| extension.to_string_lossy().to_ascii_lowercase());
        if !extension.is_some_and(|extension| IMAGE_EXTENSIONS.contains(&extension.as_str())) {
            self.error(
                Code::Asset,
                path,
                format!("`{src}` is not a PNG, JPEG or SVG image"),
                "convert the picture to PNG, JPEG or SVG",
            );
            return;
        }
        self.asset(src, path);
    }

    /// A file inside the course folder.
    pub(super) fn asset(&mut self, src: &str, path: &str) {
        let relative = Path::new(src);
        let escapes = relative.is_absolute()
            || src.starts_with('/')
            || src.starts_with('\\')
            || has_drive_letter(src)
            || src.split(['/', '\\']).any(|part| part == "..")
            || relative
                .components()
                .any(|component| !matches!(component, Component::Normal(_) | Component::CurDir));
        if src.trim().is_empty() {
            self.error(
                Code::Asset,
                path,
                "the file path is empty".to_owned(),
                "write a path inside the course folder, such as `assets/picture.png`",
            );
            return;
        }
        if escapes {
            self.error(
                Code::Asset,
                path,
                format!("`{src}` points outside the course folder"),
                "put the file in the course's assets/ folder and write a relative path such as `assets/picture.png`",
            );
            return;
        }
        let Some(base) = self.base else {
            return;
        };
        let full = base.join(relative);
        if full.symlink_metadata().is_err() {
            let hint = match similar_file(&full) {
                Some(name) => format!(
                    "did you mean `{}`? Paths are relative to the course folder and case matters",
                    relative.with_file_name(name).display()
                ),
                None => "put the file in the course folder, or fix the path (it is relative to the course folder)".to_owned(),
            };
            self.error(Code::Asset, path, format!("`{src}` does not exist"), &hint);
            return;
        }
        let inside = match (full.canonicalize(), base.canonicalize()) {
            (Ok(target), Ok(root)) => target.starts_with(root),
            _ => false,
        };
        if !inside {
            self.error(
                Code::Asset,
                path,
                format!("`{src}` is a link to a file outside the course folder"),
                "copy the file into the course folder instead of linking to it",
            );
        } else if !full.is_file() {
            self.error(
                Code::Asset,
                path,
                format!("`{src}` is not a file"),
                "point at a file, not a folder",
            );
        }
    }
}

/// The relative name of a file beside `missing` with a similar name, if any.
fn similar_file(missing: &Path) -> Option<String> {
    let folder = missing.parent()?;
    let wanted = missing.file_name()?.to_str()?;
    let names: Vec<String> = std::fs::read_dir(folder)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().into_string().ok())
        .collect();
    let guess = closest(wanted, names.iter().map(String::as_str)).or_else(|| {
        names
            .iter()
            .find(|name| name.eq_ignore_ascii_case(wanted))
            .map(String::as_str)
    })?;
    Some(guess.to_owned())
}

/// `C:/...` or `C:\\...`: absolute on Windows, whatever this machine is.
fn has_drive_letter(src: &str) -> bool {
    let bytes = src.as_bytes();
    bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':'
}
