//! Packages refused before anything is installed: changed or damaged data,
//! unsafe entry names, links, bombs, and manifests that do not match the entries.

use super::{Fixture, options, sha256};
use crate::zip_entries;
use fieldcourse::course::{
    Damage, Limits, MANIFEST_FILE, Manifest, PACKAGE_FORMAT, PackageError, check_package,
    pack_course,
};
use serde_json::json;
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

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

#[test]
fn a_changed_file_under_the_old_manifest_is_refused() {
    let fixture = Fixture::new("1.0.0");
    let packed = pack_course(fixture.course.path()).unwrap();
    let mut entries = zip_entries::entries(&packed.bytes);
    let picture = entries
        .iter_mut()
        .find(|(name, _)| name == "sample/assets/picture.svg")
        .unwrap();
    picture.1[10] ^= 1;
    let (entry, reason) = refused_entry(check(&zip_entries::zip_of(&entries)));
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
    let no_manifest = zip_entries::zip_of(&[("sample/course.json".to_owned(), b"{}".to_vec())]);
    assert!(matches!(
        check(&no_manifest),
        Err(PackageError::BadManifest(_))
    ));
    let bad_id = zip_entries::zip_of(&[(
        MANIFEST_FILE.to_owned(),
        json!({"format": PACKAGE_FORMAT, "id": "../up", "version": "1.0.0", "files": {}})
            .to_string()
            .into_bytes(),
    )]);
    assert!(matches!(check(&bad_id), Err(PackageError::BadManifest(_))));
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
