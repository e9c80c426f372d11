//! Importing into the courses folder: a failed import changes nothing, an older
//! version needs force, a package cut short is named, and a course bundled with
//! the app is replaced rather than listed twice.

use super::{Fixture, accepting, data_dir, files_under, sha256};
use crate::common::*;
use crate::zip_entries;
use fieldcourse::course::{
    Damage, ImportOptions, Manifest, PackageError, import_course, pack_course,
};
use serde_json::json;

#[test]
fn a_failed_import_leaves_the_courses_folder_unchanged() {
    let (data, courses) = data_dir();
    let old = Fixture::new("1.0.0");
    import_course(old.course.path(), &courses, &accepting()).unwrap();
    let before = files_under(data.path());
    // A newer version whose picture was changed after packing.
    let new = Fixture::new("1.1.0");
    let mut entries = zip_entries::entries(&pack_course(new.course.path()).unwrap().bytes);
    entries
        .iter_mut()
        .find(|(name, _)| name == "sample/assets/picture.svg")
        .unwrap()
        .1
        .push(b' ');
    let package = new.out.path().join("bad.fcourse");
    std::fs::write(&package, zip_entries::zip_of(&entries)).unwrap();
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
    let mut entries = zip_entries::entries(&pack_course(new.course.path()).unwrap().bytes);
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
    std::fs::write(&package, zip_entries::zip_of(&entries)).unwrap();
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
