//! Rules for files a course refers to: they must exist and stay inside the course.

use super::Checker;
use crate::course::diagnostic::Code;
use crate::course::structure::closest;
use std::fmt::Display;
use std::path::{Component, Path};

/// Image formats the app can show.
const IMAGE_EXTENSIONS: [&str; 4] = ["png", "jpg", "jpeg", "svg"];

impl Checker<'_> {
    /// A picture: an asset whose type the app can show.
    pub(super) fn image(&mut self, src: &str, path: impl Display + Copy) {
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
    pub(super) fn asset(&mut self, src: &str, path: impl Display + Copy) {
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
            let hint = match suggest_asset(base, src) {
                Some(found) => format!(
                    "did you mean `{found}`? Paths are relative to the course folder and case matters"
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

/// A file of the course folder `base` that the missing path `src` most
/// likely means, written as a course path (`assets/pump.png`): the same path
/// with other capitals (`Assets/Pump.PNG`), a file of that name in another
/// folder of the course (a picture left out of `assets/`, or put in it and
/// written without it), or a close spelling in the folder the path names.
fn suggest_asset(base: &Path, src: &str) -> Option<String> {
    let parts: Vec<&str> = src
        .split(['/', '\\'])
        .filter(|part| !part.is_empty() && *part != ".")
        .collect();
    let (wanted, folders) = parts.split_last()?;
    // Walk the folders, taking any capitals that match.
    let mut folder = base.to_owned();
    let mut written = Vec::new();
    let mut folder_found = true;
    for part in folders {
        match entry_named(&folder, part, |path| path.is_dir()) {
            Some(name) => {
                folder.push(&name);
                written.push(name);
            }
            None => {
                folder_found = false;
                break;
            }
        }
    }
    if folder_found && let Some(name) = entry_named(&folder, wanted, Path::is_file) {
        written.push(name);
        return Some(written.join("/"));
    }
    if let Some(found) = find_by_name(base, wanted) {
        return Some(found);
    }
    // A typo in the file name, in the folder the path names (or `assets/`).
    let folder = if folder_found {
        folder
    } else {
        written = vec!["assets".to_owned()];
        base.join("assets")
    };
    let names = file_names(&folder);
    let guess = closest(wanted, names.iter().map(String::as_str))?;
    written.push(guess.to_owned());
    Some(written.join("/"))
}

/// The entry of `folder` named `name`, or else named so but for capitals.
fn entry_named(folder: &Path, name: &str, kind: impl Fn(&Path) -> bool) -> Option<String> {
    if kind(&folder.join(name)) {
        return Some(name.to_owned());
    }
    let lower = name.to_lowercase();
    file_names(folder)
        .into_iter()
        .find(|entry| entry.to_lowercase() == lower && kind(&folder.join(entry)))
}

/// The names in `folder`, sorted; none when it cannot be read.
fn file_names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .filter_map(|entry| entry.file_name().into_string().ok())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

/// A file named `name` (whatever its capitals) anywhere in the course folder,
/// as a course path; `assets/` is searched first. The search stops a few
/// folders deep and after a few thousand entries, so a huge folder costs
/// little.
fn find_by_name(base: &Path, name: &str) -> Option<String> {
    const MAX_DEPTH: usize = 4;
    const MAX_ENTRIES: usize = 5000;
    let lower = name.to_lowercase();
    let mut seen = 0;
    let mut queue = std::collections::VecDeque::from([(Vec::<String>::new(), base.to_owned())]);
    if base.join("assets").is_dir() {
        queue.push_front((vec!["assets".to_owned()], base.join("assets")));
    }
    while let Some((written, folder)) = queue.pop_front() {
        for entry in file_names(&folder) {
            seen += 1;
            if seen > MAX_ENTRIES {
                return None;
            }
            let path = folder.join(&entry);
            // Links are not followed: the file must lie inside the course.
            let Ok(metadata) = path.symlink_metadata() else {
                continue;
            };
            let mut inner = written.clone();
            inner.push(entry.clone());
            if metadata.is_file() && entry.to_lowercase() == lower {
                return Some(inner.join("/"));
            }
            let skip = written.is_empty() && entry == "assets";
            if metadata.is_dir() && !skip && !entry.starts_with('.') && inner.len() < MAX_DEPTH {
                queue.push_back((inner, path));
            }
        }
    }
    None
}

/// `C:/...` or `C:\\...`: absolute on Windows, whatever this machine is.
fn has_drive_letter(src: &str) -> bool {
    let bytes = src.as_bytes();
    bytes.len() >= 2 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':'
}
