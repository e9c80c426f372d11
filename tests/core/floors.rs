//! The floors of the crate (see the top of `src/lib.rs`): every module imports
//! only from floors below its own, and no module imports one that imports it,
//! directly or through others, at any depth (`certificate::pdf` and
//! `certificate::credential` as much as `progress` and `xapi`).
//!
//! Read from the source itself: each file's `crate::…`, `super::…` (and, in
//! the binary, `fieldcourse::…`) paths, grouped `{…}` imports included, are
//! resolved to the modules they name. Comment lines are skipped.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The top-level modules, floor by floor from the bottom. A module imports
/// only from its own floor or below; within a floor, one way only.
const FLOORS: &[&[&str]] = &[
    &["time", "i18n", "paths", "data_folder", "logging", "did"],
    &["course"],
    &["quiz"],
    &["xapi"],
    &["progress"],
    &["certificate"],
    &["records", "simulate"],
    &["lrs"],
    &["gui"],
    &["cli"],
    &["main"],
];

/// A module path inside the crate, such as `["certificate", "pdf"]`.
type ModulePath = Vec<String>;

fn rust_files(folder: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

/// The module a file under `src/` holds: `progress/outbox/mod.rs` is
/// `progress::outbox`, `main.rs` the binary `main`, `lib.rs` the root.
fn module_of(relative: &Path) -> ModulePath {
    let mut parts: ModulePath = relative
        .iter()
        .map(|part| part.to_string_lossy().trim_end_matches(".rs").to_owned())
        .collect();
    if parts
        .last()
        .is_some_and(|last| last == "mod" || last == "lib")
    {
        parts.pop();
    }
    parts
}

fn is_ident(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'_'
}

/// Reads the path that starts at `text[at..]` (after `crate::` and the like),
/// with its `{…}` groups, into full paths (each at least its first segment).
fn read_paths(text: &[u8], mut at: usize, prefix: &[String], out: &mut Vec<ModulePath>) -> usize {
    let mut path = prefix.to_vec();
    loop {
        let start = at;
        while at < text.len() && is_ident(text[at]) {
            at += 1;
        }
        if at > start {
            path.push(String::from_utf8_lossy(&text[start..at]).into_owned());
        }
        if text[at..].starts_with(b"::{") {
            at += 2;
        }
        if text[at..].starts_with(b"{") {
            at += 1;
            loop {
                while at < text.len() && text[at].is_ascii_whitespace() {
                    at += 1;
                }
                if at >= text.len() || text[at] == b'}' {
                    return at + 1;
                }
                at = read_paths(text, at, &path, out);
                while at < text.len() && text[at] != b',' && text[at] != b'}' {
                    at += 1;
                }
                if at < text.len() && text[at] == b',' {
                    at += 1;
                }
            }
        } else if text[at..].starts_with(b"::") {
            at += 2;
        } else {
            out.push(path);
            return at;
        }
    }
}

/// The module paths a file refers to.
fn references(source: &str, module: &ModulePath) -> Vec<ModulePath> {
    let mut found = Vec::new();
    for line in source.lines() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        let text = line.as_bytes();
        let mut at = 0;
        while at < text.len() {
            let boundary = at == 0 || !is_ident(text[at - 1]);
            if boundary && text[at..].starts_with(b"crate::") {
                at = read_paths(text, at + 7, &[], &mut found);
            } else if boundary && module[..] == ["main"] && text[at..].starts_with(b"fieldcourse::")
            {
                at = read_paths(text, at + 13, &[], &mut found);
            } else if boundary && text[at..].starts_with(b"super::") {
                let mut base = module.clone();
                while text[at..].starts_with(b"super::") {
                    base.pop();
                    at += 7;
                }
                at = read_paths(text, at, &base, &mut found);
            } else {
                at += 1;
            }
        }
    }
    found
}

/// Every arrow between two modules that are neither one inside the other,
/// raised to the level where they part: `certificate::pdf` using
/// `certificate::credential::SignedCertificate` is the arrow `pdf ->
/// credential` among the rooms of `certificate`; `xapi::statement` using
/// `crate::course::Course` is `xapi -> course` among the top-level modules.
fn arrows() -> BTreeMap<ModulePath, BTreeSet<ModulePath>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<ModulePath> = files
        .iter()
        .map(|file| module_of(file.strip_prefix(&src).unwrap()))
        .collect();
    let mut arrows: BTreeMap<ModulePath, BTreeSet<ModulePath>> = BTreeMap::new();
    for file in &files {
        let module = module_of(file.strip_prefix(&src).unwrap());
        let source = std::fs::read_to_string(file).unwrap();
        for target in references(&source, &module) {
            let common = module
                .iter()
                .zip(&target)
                .take_while(|(a, b)| a == b)
                .count();
            if common >= module.len() || common >= target.len() {
                continue; // one inside the other: a room and its own parts
            }
            let to = target[..=common].to_vec();
            if modules.contains(&to) {
                arrows
                    .entry(module[..=common].to_vec())
                    .or_default()
                    .insert(to);
            }
        }
    }
    arrows
}

/// A loop through `start`, if there is one.
fn loop_through(
    arrows: &BTreeMap<ModulePath, BTreeSet<ModulePath>>,
    start: &ModulePath,
) -> Option<Vec<ModulePath>> {
    let mut trail = vec![start.clone()];
    let mut seen = BTreeSet::new();
    fn walk(
        arrows: &BTreeMap<ModulePath, BTreeSet<ModulePath>>,
        start: &ModulePath,
        trail: &mut Vec<ModulePath>,
        seen: &mut BTreeSet<ModulePath>,
    ) -> bool {
        let here = trail.last().unwrap().clone();
        for next in arrows.get(&here).into_iter().flatten() {
            if next == start {
                trail.push(next.clone());
                return true;
            }
            if seen.insert(next.clone()) {
                trail.push(next.clone());
                if walk(arrows, start, trail, seen) {
                    return true;
                }
                trail.pop();
            }
        }
        false
    }
    walk(arrows, start, &mut trail, &mut seen).then_some(trail)
}

fn named(path: &ModulePath) -> String {
    path.join("::")
}

#[test]
fn imports_only_run_down_the_floors() {
    let floor_of = |name: &str| FLOORS.iter().position(|floor| floor.contains(&name));
    let mut wrong = Vec::new();
    for (from, targets) in arrows() {
        if from.len() != 1 {
            continue;
        }
        let Some(from_floor) = floor_of(&from[0]) else {
            wrong.push(format!(
                "the module `{}` is on no floor: add it to FLOORS here and in src/lib.rs",
                from[0]
            ));
            continue;
        };
        for to in targets {
            match floor_of(&to[0]) {
                None => wrong.push(format!(
                    "the module `{}` is on no floor: add it to FLOORS here and in src/lib.rs",
                    to[0]
                )),
                Some(to_floor) if to_floor > from_floor => wrong.push(format!(
                    "`{}` (floor {from_floor}) imports `{}` (floor {to_floor}), above it: move the shared part down",
                    from[0], to[0]
                )),
                Some(_) => {}
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn no_module_imports_one_that_imports_it() {
    let arrows = arrows();
    let loops: Vec<String> = arrows
        .keys()
        .filter_map(|start| loop_through(&arrows, start))
        .map(|trail| trail.iter().map(named).collect::<Vec<_>>().join(" -> "))
        .collect();
    assert!(
        loops.is_empty(),
        "imports that run in a circle:\n{}",
        loops.join("\n")
    );
}

#[test]
fn the_reader_finds_grouped_nested_and_relative_paths() {
    let module: ModulePath = vec!["certificate".into(), "pdf".into()];
    let found = references(
        "use crate::{course::Course, time::{CivilDate, Timestamp}};\n\
         // use crate::gui::Nothing;\n\
         use super::credential::Signed;\n\
         let x = super::super::lrs::sync();\n",
        &module,
    );
    let names: Vec<String> = found.iter().map(named).collect();
    assert_eq!(
        names,
        [
            "course::Course",
            "time::CivilDate",
            "time::Timestamp",
            "certificate::credential::Signed",
            "lrs::sync"
        ]
    );
}
