//! Course packages: packing, importing, and refusing malicious packages.

use crate::common::*;
use fieldcourse::course::{
    Damage, ImportOptions, Limits, MANIFEST_FILE, Manifest, PACKAGE_FORMAT, PackageError,
    check_package, import_course, pack_course,
};
use serde_json::json;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

fn options() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(CompressionMethod::Deflated)
}

/// A package written by hand: a manifest for course `sample` listing
/// `listed`, then `entries` as they are (names unchecked).
fn handmade(listed: &[(&str, &[u8])], entries: &[(&str, &[u8])]) -> Vec<u8> {
    let manifest = json!({
        "format": PACKAGE_FORMAT,
        "id": "sample",
        "version": "1.0.0",
        "files": listed
            .iter()
            .map(|(name, bytes)| ((*name).to_owned(), json!(sha256(bytes))))
            .collect::<serde_json::Map<_, _>>(),
    });
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    writer.start_file(MANIFEST_FILE, options()).unwrap();
    writer
        .write_all(serde_json::to_string(&manifest).unwrap().as_bytes())
        .unwrap();
    for (name, bytes) in entries {
        writer.start_file(*name, options()).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

fn check(bytes: &[u8]) -> Result<Manifest, PackageError> {
    check_package(Cursor::new(bytes), &Limits::default())
}

/// The refused entry's name and the reason, or a failure naming what came instead.
fn refused_entry(result: Result<Manifest, PackageError>) -> (String, String) {
    match result {
        Err(PackageError::Entry { entry, reason }) => (entry, reason),
        other => panic!("expected a refused entry, got {other:?}"),
    }
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

#[test]
fn pack_then_import_installs_every_file_byte_for_byte() {
    let fixture = Fixture::new("1.0.0");
    fixture
        .course
        .write_text("notes.txt", "not part of the course");
    let package = fixture.pack();
    let (data, courses) = data_dir();
    let imported = import_course(&package, &courses, &accepting()).unwrap();
    assert!(imported.from_package && imported.replaced.is_none());
    assert_eq!(imported.installed.folder, courses.join("sample"));
    let mut source = files_under(fixture.course.path());
    source.remove(Path::new("notes.txt"));
    assert_eq!(source.len(), 3, "{:?}", source.keys());
    assert_eq!(files_under(&courses.join("sample")), source);
    // No working folder is left behind.
    assert!(!data.path().join(".importing").exists());
}

#[test]
fn packing_twice_gives_the_same_bytes() {
    let fixture = Fixture::new("1.0.0");
    let first = pack_course(fixture.course.path()).unwrap();
    // A later modification time must not change the package.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    fixture.course.write("course.json", &{
        let mut course = valid_course();
        course["version"] = json!("1.0.0");
        course
    });
    let second = pack_course(fixture.course.path()).unwrap();
    assert_eq!(first.bytes, second.bytes);
    assert_eq!(first.manifest.format, PACKAGE_FORMAT);
    assert_eq!(first.manifest.id, "sample");
    assert_eq!(first.manifest.version, "1.0.0");
    let names: Vec<&String> = first.manifest.files.keys().collect();
    assert_eq!(
        names,
        ["assets/picture.svg", "course.fr.json", "course.json"]
    );
}

#[test]
fn pack_refuses_a_course_with_errors() {
    let mut course = valid_course();
    remove(&mut course, "/title");
    let dir = CourseDir::new(&course);
    assert!(matches!(
        pack_course(dir.path()),
        Err(PackageError::Refused(_))
    ));
}

/// The entries of the package at `file`, with their bytes.
fn entries_of(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|index| {
            let mut file = archive.by_index(index).unwrap();
            let mut content = Vec::new();
            std::io::Read::read_to_end(&mut file, &mut content).unwrap();
            (file.name().unwrap().into_owned(), content)
        })
        .collect()
}

fn rezip(entries: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        writer.start_file(name.as_str(), options()).unwrap();
        writer.write_all(bytes).unwrap();
    }
    writer.finish().unwrap().into_inner()
}

#[test]
fn a_changed_file_under_the_old_manifest_is_refused() {
    let fixture = Fixture::new("1.0.0");
    let packed = pack_course(fixture.course.path()).unwrap();
    let mut entries = entries_of(&packed.bytes);
    let picture = entries
        .iter_mut()
        .find(|(name, _)| name == "sample/assets/picture.svg")
        .unwrap();
    picture.1[10] ^= 1;
    let (entry, reason) = refused_entry(check(&rezip(&entries)));
    assert_eq!(entry, "sample/assets/picture.svg");
    assert!(reason.contains("SHA-256"), "{reason}");
}

#[test]
fn a_flipped_byte_in_the_packed_data_is_refused() {
    let fixture = Fixture::new("1.0.0");
    let mut bytes = pack_course(fixture.course.path()).unwrap().bytes;
    // The course.json entry's data: after its local header and name.
    let name = b"sample/course.json";
    let at = bytes
        .windows(name.len())
        .position(|window| window == name)
        .unwrap();
    bytes[at + name.len() + 40] ^= 0x55;
    assert!(check(&bytes).is_err());
}

#[test]
fn zip_slip_is_refused() {
    let evil = b"{}".as_slice();
    for name in ["../evil.json", "sample/../../evil.json"] {
        let bytes = handmade(&[], &[(name, evil)]);
        let (entry, reason) = refused_entry(check(&bytes));
        assert_eq!(entry, name);
        assert!(reason.contains(".."), "{reason}");
    }
}

#[test]
fn absolute_paths_drive_letters_and_backslashes_are_refused() {
    for (name, says) in [
        ("/tmp/evil.json", "absolute"),
        ("C:/evil.json", "drive letter"),
        ("sample\\..\\evil.json", "\\"),
    ] {
        let bytes = handmade(&[], &[(name, b"{}")]);
        let (entry, reason) = refused_entry(check(&bytes));
        assert_eq!(entry, name);
        assert!(reason.contains(says), "{name}: {reason}");
    }
}

#[test]
fn symlink_entries_are_refused() {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    writer.start_file(MANIFEST_FILE, options()).unwrap();
    writer
        .write_all(
            json!({"format": PACKAGE_FORMAT, "id": "sample", "version": "1.0.0", "files": {}})
                .to_string()
                .as_bytes(),
        )
        .unwrap();
    writer
        .add_symlink("sample/course.json", "/etc/passwd", options())
        .unwrap();
    let bytes = writer.finish().unwrap().into_inner();
    let (entry, reason) = refused_entry(check(&bytes));
    assert_eq!(entry, "sample/course.json");
    assert!(reason.contains("link"), "{reason}");
}

#[test]
fn more_than_10000_entries_are_refused() {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    for index in 0..10_001 {
        writer
            .start_file(format!("sample/{index}.json"), stored)
            .unwrap();
    }
    let bytes = writer.finish().unwrap().into_inner();
    assert!(matches!(
        check(&bytes),
        Err(PackageError::TooManyEntries {
            count: 10_001,
            max: 10_000
        })
    ));
}

#[test]
fn a_zip_bomb_is_refused_by_its_ratio() {
    let zeros = vec![0_u8; 2 * 1024 * 1024];
    let name = "sample/assets/big.svg";
    let bytes = handmade(&[("assets/big.svg", &zeros)], &[(name, &zeros)]);
    let (entry, reason) = refused_entry(check(&bytes));
    assert_eq!(entry, name);
    assert!(reason.contains("100 times"), "{reason}");
}

#[test]
fn more_than_the_total_cap_is_refused() {
    let fixture = Fixture::new("1.0.0");
    let bytes = pack_course(fixture.course.path()).unwrap().bytes;
    let limits = Limits {
        max_total_bytes: 1000,
        ..Limits::default()
    };
    let result = check_package(Cursor::new(&bytes), &limits);
    assert!(
        matches!(result, Err(PackageError::TooLarge { max: 1000, .. })),
        "{result:?}"
    );
    // The default limits take it.
    assert!(check(&bytes).is_ok());
}

#[test]
fn unlisted_files_are_refused() {
    let course = b"{}".as_slice();
    let bytes = handmade(
        &[("course.json", course)],
        &[
            ("sample/course.json", course),
            ("sample/extra.json", course),
        ],
    );
    let (entry, reason) = refused_entry(check(&bytes));
    assert_eq!(entry, "sample/extra.json");
    assert!(reason.contains("does not list"), "{reason}");
}

#[test]
fn files_a_course_cannot_use_are_refused() {
    let program = b"MZ\x90\x00".as_slice();
    let bytes = handmade(&[("tool.exe", program)], &[("sample/tool.exe", program)]);
    let (entry, reason) = refused_entry(check(&bytes));
    assert_eq!(entry, "sample/tool.exe");
    assert!(reason.contains("type of file"), "{reason}");
}

#[test]
fn files_listed_but_missing_are_refused() {
    let course = b"{}".as_slice();
    let bytes = handmade(
        &[("course.json", course), ("course.fr.json", course)],
        &[("sample/course.json", course)],
    );
    assert!(matches!(check(&bytes), Err(PackageError::Missing(name)) if name == "course.fr.json"));
}

#[test]
fn junk_and_foreign_manifests_are_refused() {
    assert!(matches!(
        check(b"not a zip at all"),
        Err(PackageError::Unreadable {
            damage: Damage::NotZip,
            ..
        })
    ));
    let no_manifest = rezip(&[("sample/course.json".to_owned(), b"{}".to_vec())]);
    assert!(matches!(
        check(&no_manifest),
        Err(PackageError::BadManifest(_))
    ));
    let bad_id = rezip(&[(
        MANIFEST_FILE.to_owned(),
        json!({"format": PACKAGE_FORMAT, "id": "../up", "version": "1.0.0", "files": {}})
            .to_string()
            .into_bytes(),
    )]);
    assert!(matches!(check(&bad_id), Err(PackageError::BadManifest(_))));
}

#[test]
fn a_failed_import_leaves_the_courses_folder_unchanged() {
    let (data, courses) = data_dir();
    let old = Fixture::new("1.0.0");
    import_course(old.course.path(), &courses, &accepting()).unwrap();
    let before = files_under(data.path());
    // A newer version whose picture was changed after packing.
    let new = Fixture::new("1.1.0");
    let mut entries = entries_of(&pack_course(new.course.path()).unwrap().bytes);
    entries
        .iter_mut()
        .find(|(name, _)| name == "sample/assets/picture.svg")
        .unwrap()
        .1
        .push(b' ');
    let package = new.out.path().join("bad.fcourse");
    std::fs::write(&package, rezip(&entries)).unwrap();
    let result = import_course(&package, &courses, &accepting());
    assert!(
        matches!(result, Err(PackageError::Entry { .. })),
        "{result:?}"
    );
    assert_eq!(files_under(data.path()), before);
    assert!(!data.path().join(".importing").exists());
    // And a package whose course has errors.
    let mut broken = valid_course();
    broken["version"] = json!("2.0.0");
    remove(&mut broken, "/title");
    let broken_dir = CourseDir::new(&broken);
    let mut entries = entries_of(&pack_course(new.course.path()).unwrap().bytes);
    let text = std::fs::read(broken_dir.path().join("course.json")).unwrap();
    let mut manifest: Manifest = serde_json::from_slice(&entries[0].1).unwrap();
    manifest
        .files
        .insert("course.json".to_owned(), sha256(&text));
    entries[0].1 = serde_json::to_vec(&manifest).unwrap();
    entries
        .iter_mut()
        .find(|(name, _)| name == "sample/course.json")
        .unwrap()
        .1 = text;
    std::fs::write(&package, rezip(&entries)).unwrap();
    let result = import_course(&package, &courses, &accepting());
    let Err(PackageError::Install(fieldcourse::course::InstallError::Refused(loaded))) = result
    else {
        panic!("{result:?}");
    };
    // The problems name files in the package, not in the removed working folder.
    assert_eq!(loaded.origin, package);
    assert!(
        loaded
            .diagnostics
            .iter()
            .all(|diagnostic| diagnostic.file.starts_with(&package)),
        "{}",
        describe(&loaded)
    );
    assert_eq!(files_under(data.path()), before);
}

#[test]
fn an_older_version_needs_force_and_changes_are_counted() {
    let (_data, courses) = data_dir();
    let newer = Fixture::new("2.0.0");
    import_course(&newer.pack(), &courses, &accepting()).unwrap();
    let mut course = valid_course();
    course["version"] = json!("1.0.0");
    course["modules"][0]["lessons"][0]["id"] = json!("lesson-renamed");
    course["modules"][0]["quiz"]["questions"][2]["id"] = json!("q-true-false");
    remove(&mut course, "/final_assessment");
    let older = CourseDir::new(&course);
    let result = import_course(older.path(), &courses, &accepting());
    assert!(
        matches!(&result, Err(PackageError::Older { installed, offered, .. }) if installed == "2.0.0" && offered == "1.0.0"),
        "{result:?}"
    );
    let forced = ImportOptions {
        allow_older: true,
        ..accepting()
    };
    let imported = import_course(older.path(), &courses, &forced).unwrap();
    let replaced = imported.replaced.unwrap();
    assert_eq!(replaced.version, "2.0.0");
    assert_eq!(replaced.added, ["lesson-renamed"]);
    assert_eq!(replaced.removed, ["final", "lesson-one"]);
    assert_eq!(replaced.added_questions, ["q-true-false"]);
    assert_eq!(replaced.removed_questions, ["final-range", "q-tf"]);
}

#[test]
fn import_reports_added_and_removed_questions() {
    let (data, _courses) = data_dir();
    let data_arg = data.path().to_str().unwrap();
    let first = CourseDir::new(&valid_course());
    let output = fieldcourse(
        &[
            "--data-dir",
            data_arg,
            "import",
            first.path().to_str().unwrap(),
        ],
        first.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let mut course = valid_course();
    course["version"] = json!("1.1.0");
    course["modules"][0]["quiz"]["questions"][2]["id"] = json!("q-true-false");
    let second = CourseDir::new(&course);
    let output = fieldcourse(
        &[
            "--data-dir",
            data_arg,
            "import",
            second.path().to_str().unwrap(),
        ],
        second.path(),
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let report = text(&output);
    let lines: Vec<&str> = report
        .lines()
        .skip_while(|line| !line.starts_with("replaced"))
        .collect();
    assert_eq!(
        lines,
        [
            "replaced the installed version 1.0.0: 0 lesson/quiz id(s) added, 0 removed; 1 question added, 1 removed",
            "  added questions: q-true-false",
            "  removed questions: q-tf",
        ],
        "{report}"
    );
}

fn fieldcourse(args: &[&str], current_dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args(args)
        .current_dir(current_dir)
        .env_remove("FIELDCOURSE_DATA_DIR")
        .output()
        .unwrap()
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn the_pack_and_import_commands() {
    let fixture = Fixture::new("1.0.0");
    let work = fixture.out.path();
    let course = fixture.course.path().to_str().unwrap();
    let output = fieldcourse(&["pack", course], work);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    let package = work.join("sample-1.0.0.fcourse");
    assert!(package.is_file(), "{}", text(&output));
    let data = tempfile::tempdir().unwrap();
    let data_arg = data.path().to_str().unwrap();
    let package_arg = package.to_str().unwrap();
    let output = fieldcourse(
        &[
            "--data-dir",
            data_arg,
            "import",
            "--accept-unverified",
            package_arg,
        ],
        work,
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    assert!(
        text(&output).contains("installed sample 1.0.0 from the package into"),
        "{}",
        text(&output)
    );
    let output = fieldcourse(
        &[
            "--data-dir",
            data_arg,
            "import",
            "--accept-unverified",
            package_arg,
        ],
        work,
    );
    assert!(
        text(&output)
            .contains("replaced the installed version 1.0.0: 0 lesson/quiz id(s) added, 0 removed"),
        "{}",
        text(&output)
    );
    // An older version is refused with the way to override it.
    let mut older = valid_course();
    older["version"] = json!("0.9.0");
    let older = CourseDir::new(&older);
    let older_arg = older.path().to_str().unwrap();
    let output = fieldcourse(&["--data-dir", data_arg, "import", older_arg], work);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output).contains("--force"), "{}", text(&output));
    let output = fieldcourse(
        &["--data-dir", data_arg, "import", "--force", older_arg],
        work,
    );
    assert_eq!(output.status.code(), Some(0), "{}", text(&output));
    // A course with errors is not packed, and its problems are printed.
    let mut broken = valid_course();
    remove(&mut broken, "/title");
    let broken = CourseDir::new(&broken);
    let output = fieldcourse(
        &[
            "pack",
            broken.path().to_str().unwrap(),
            "--output",
            "broken.fcourse",
        ],
        work,
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output).contains("error"), "{}", text(&output));
    assert!(!work.join("broken.fcourse").exists());
    // A damaged package names the entry.
    let output = fieldcourse(&["--data-dir", data_arg, "import", "missing.fcourse"], work);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn truncated_and_damaged_packages_are_refused_without_panicking() {
    let fixture = Fixture::new("1.0.0");
    let bytes = pack_course(fixture.course.path()).unwrap().bytes;
    for cut in (0..bytes.len()).step_by(61) {
        assert!(check(&bytes[..cut]).is_err(), "cut at {cut}");
    }
    for at in (0..bytes.len()).step_by(53) {
        let mut damaged = bytes.clone();
        damaged[at] ^= 0xff;
        // Some bytes (such as a header's date) change nothing that is checked;
        // what matters is that reading returns rather than panics.
        let _ = check(&damaged);
    }
}

#[test]
fn a_package_cut_short_is_said_to_be_incomplete_naming_the_file() {
    let fixture = Fixture::new("1.0.0");
    let bytes = pack_course(fixture.course.path()).unwrap().bytes;
    let cut = fixture.out.path().join("cut.fcourse");
    std::fs::write(&cut, &bytes[..bytes.len() * 2 / 3]).unwrap();
    let (_data, courses) = data_dir();
    let error = import_course(&cut, &courses, &accepting()).unwrap_err();
    assert!(
        matches!(&error, PackageError::Unreadable { file: Some(file), damage: Damage::Incomplete } if *file == cut),
        "{error:?}"
    );
    let message = error.to_string();
    assert!(message.starts_with(&cut.display().to_string()), "{message}");
    assert!(
        message.contains("not a complete Fieldcourse package"),
        "{message}"
    );
    assert!(message.contains("copy it again"), "{message}");
    assert!(!message.contains("EOCD"), "{message}");
    assert!(!courses.join("sample").exists());
}

#[test]
fn the_import_command_says_in_words_what_is_wrong_with_a_package() {
    let fixture = Fixture::new("1.0.0");
    let work = fixture.out.path();
    let bytes = pack_course(fixture.course.path()).unwrap().bytes;
    std::fs::write(work.join("cut.fcourse"), &bytes[..bytes.len() / 2]).unwrap();
    std::fs::write(work.join("notes.fcourse"), "meeting notes, not a course").unwrap();
    let data = tempfile::tempdir().unwrap();
    let data_arg = data.path().to_str().unwrap();
    let output = fieldcourse(&["--data-dir", data_arg, "import", "cut.fcourse"], work);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    let said = text(&output);
    assert!(
        said.contains("cut.fcourse: this is not a complete Fieldcourse package"),
        "{said}"
    );
    assert!(said.contains("cut short while it was copied"), "{said}");
    assert!(
        !said.contains("Zip archive") && !said.contains("EOCD"),
        "{said}"
    );
    let output = fieldcourse(&["--data-dir", data_arg, "import", "notes.fcourse"], work);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output));
    let said = text(&output);
    assert!(
        said.contains("notes.fcourse: this is not a Fieldcourse package"),
        "{said}"
    );
    assert!(
        !said.contains("Zip archive") && !said.contains("EOCD"),
        "{said}"
    );
}

#[test]
fn a_course_bundled_with_the_app_is_replaced_in_the_library_not_listed_twice() {
    // The bundled courses' folder, with the course in it.
    let app = tempfile::tempdir().unwrap();
    let bundled_dir = app.path().join("courses");
    let bundled = Fixture::new("1.1.0");
    import_course(&bundled.pack(), &bundled_dir, &accepting()).unwrap();
    let (_data, courses) = data_dir();
    let options = ImportOptions {
        other_course_dirs: vec![bundled_dir.clone(), courses.clone()],
        ..accepting()
    };
    // Older than the bundled copy: asked first, like an installed one.
    let older = Fixture::new("1.0.0");
    let result = import_course(&older.pack(), &courses, &options);
    assert!(
        matches!(&result, Err(PackageError::Older { installed, offered, .. }) if installed == "1.1.0" && offered == "1.0.0"),
        "{result:?}"
    );
    // The same version: installed, and reported as taking the bundled copy's place.
    let same = Fixture::new("1.1.0");
    let imported = import_course(&same.pack(), &courses, &options).unwrap();
    let replaced = imported.replaced.expect("it replaces the bundled copy");
    assert_eq!(replaced.version, "1.1.0");
    assert_eq!(replaced.elsewhere, Some(bundled_dir.join("sample")));
    let library = fieldcourse::course::discover(&[bundled_dir, courses.clone()]);
    assert_eq!(library.len(), 1, "one course for one id");
    assert_eq!(library[0].origin, courses.join("sample"));
    assert!(
        library[0]
            .diagnostics
            .iter()
            .all(|d| d.code != fieldcourse::course::Code::DuplicateId)
    );
    // Imported again: it now replaces the installed copy.
    let again = import_course(&same.pack(), &courses, &options).unwrap();
    assert_eq!(again.replaced.and_then(|replaced| replaced.elsewhere), None);
}
