//! Packing a course: every file installed byte for byte, the same bytes when
//! packed twice, and no package for a course with errors.

use super::{Fixture, accepting, data_dir, files_under};
use crate::common::*;
use fieldcourse::course::{PACKAGE_FORMAT, PackageError, import_course, pack_course};
use serde_json::json;
use std::path::Path;

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
