//! Records files the trainer's laptop refuses, each leaving its database
//! exactly as it was: tampered, truncated, unsigned, from a newer format, not a
//! records file, a known device signed by another key, this device's own file,
//! rows that do not hold together.

use crate::records::Device;
use crate::zip_entries::{entries, zip_of};
use fieldcourse::certificate::KeyKind;
use fieldcourse::certificate::keys::IssuerKey;
use fieldcourse::progress::{AttemptRow, DeviceRecords, LearnerRow, Timestamp};
use fieldcourse::records::file::{self, Writer};
use fieldcourse::records::{self, Error};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// A trainer who already collected one device, a file of another device,
/// and where to put altered copies of it.
struct Scene {
    trainer: Device,
    laptop: Device,
    file: PathBuf,
    stick: tempfile::TempDir,
}

fn scene() -> Scene {
    let stick = tempfile::tempdir().unwrap();
    let trainer = Device::new();
    trainer.learner_started("Tess");
    let first = Device::new();
    first.learner_started("Omar");
    let collected = first.export("Laptop 1", &stick.path().join("one.fcrecords"), 1_000);
    trainer.collect(&collected.path).unwrap();
    let laptop = Device::new();
    laptop.learner_with_progress("Amina");
    let file = laptop
        .export("Laptop 2", &stick.path().join("two.fcrecords"), 2_000)
        .path;
    Scene {
        trainer,
        laptop,
        file,
        stick,
    }
}

impl Scene {
    /// Collects `file`, expecting a refusal that changes nothing; returns it.
    fn refused(&self, file: &Path) -> Error {
        let before = self.trainer.content();
        let error = self.trainer.collect(file).unwrap_err();
        assert!(error.is_refusal(), "{error}");
        assert_eq!(self.trainer.content(), before, "{error}");
        // The message names the file and says what to do.
        let message = error.to_string();
        assert!(message.contains(&file.display().to_string()), "{message}");
        assert!(message.contains("nothing was collected"), "{message}");
        error
    }

    /// A copy of the file with its entries passed through `edit` (`None`
    /// leaves an entry out).
    fn altered(&self, name: &str, edit: impl Fn(&str, Vec<u8>) -> Option<Vec<u8>>) -> PathBuf {
        let kept: Vec<(String, Vec<u8>)> = entries(&std::fs::read(&self.file).unwrap())
            .into_iter()
            .filter_map(|(entry, bytes)| edit(&entry, bytes).map(|bytes| (entry, bytes)))
            .collect();
        let path = self.stick.path().join(name);
        std::fs::write(&path, zip_of(&kept)).unwrap();
        path
    }
}

fn edit_json(bytes: Vec<u8>, change: impl Fn(&mut Value)) -> Vec<u8> {
    let mut value: Value = serde_json::from_slice(&bytes).unwrap();
    change(&mut value);
    serde_json::to_vec_pretty(&value).unwrap()
}

#[test]
fn the_untouched_file_is_collected() {
    let scene = scene();
    scene.trainer.collect(&scene.file).unwrap();
}

#[test]
fn a_changed_score_is_refused() {
    let scene = scene();
    let file = scene.altered("score.fcrecords", |name, bytes| {
        Some(if name == "attempts.json" {
            edit_json(bytes, |attempts| attempts[0]["score"] = json!(0.2))
        } else {
            bytes
        })
    });
    let error = scene.refused(&file);
    assert!(
        matches!(&error, Error::Tampered { problem, .. } if problem.contains("attempts.json")),
        "{error}"
    );
}

#[test]
fn a_changed_manifest_is_refused() {
    let scene = scene();
    let file = scene.altered("manifest.fcrecords", |name, bytes| {
        Some(if name == "manifest.json" {
            edit_json(bytes, |manifest| {
                manifest["device_name"] = json!("Laptop 9")
            })
        } else {
            bytes
        })
    });
    let error = scene.refused(&file);
    assert!(
        matches!(&error, Error::Tampered { problem, .. } if problem.contains("signature")),
        "{error}"
    );
}

#[test]
fn a_part_changed_or_left_out_is_refused() {
    let scene = scene();
    let changed = scene.altered("changed.fcrecords", |name, bytes| {
        Some(if name == "learners.json" {
            let mut text = bytes;
            text.push(b' ');
            text
        } else {
            bytes
        })
    });
    assert!(matches!(scene.refused(&changed), Error::Tampered { .. }));
    let missing = scene.altered("missing.fcrecords", |name, bytes| {
        (name != "certificates.json").then_some(bytes)
    });
    assert!(matches!(scene.refused(&missing), Error::Tampered { .. }));
}

#[test]
fn a_flipped_byte_is_refused() {
    let scene = scene();
    let mut bytes = std::fs::read(&scene.file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x55;
    let file = scene.stick.path().join("flipped.fcrecords");
    std::fs::write(&file, bytes).unwrap();
    scene.refused(&file);
}

#[test]
fn a_truncated_file_is_refused() {
    let scene = scene();
    let bytes = std::fs::read(&scene.file).unwrap();
    for (name, length) in [
        ("half", bytes.len() / 2),
        ("short", bytes.len() - 10),
        ("empty", 0),
    ] {
        let file = scene.stick.path().join(format!("{name}.fcrecords"));
        std::fs::write(&file, &bytes[..length]).unwrap();
        let error = scene.refused(&file);
        assert!(matches!(error, Error::Truncated { .. }), "{name}: {error}");
    }
}

#[test]
fn an_unsigned_file_is_refused() {
    let scene = scene();
    let file = scene.altered("unsigned.fcrecords", |name, bytes| {
        (name != file::SIGNATURE_FILE).then_some(bytes)
    });
    assert!(matches!(scene.refused(&file), Error::Unsigned { .. }));
}

#[test]
fn a_file_of_a_newer_format_is_refused_with_the_advice_to_update() {
    let scene = scene();
    let file = scene.altered("newer.fcrecords", |name, bytes| {
        Some(if name == file::MANIFEST_FILE {
            edit_json(bytes, |manifest| {
                manifest["format_version"] = json!(file::FORMAT_VERSION + 1);
                manifest["something_new"] = json!(true);
            })
        } else {
            bytes
        })
    });
    let error = scene.refused(&file);
    assert!(
        matches!(error, Error::NewerFormat { found, .. } if found == u64::from(file::FORMAT_VERSION) + 1),
        "{error}"
    );
    assert!(error.to_string().contains("update Fieldcourse"));
}

#[test]
fn files_that_are_not_records_files_are_refused() {
    let scene = scene();
    let text = scene.stick.path().join("notes.fcrecords");
    std::fs::write(&text, "learner,score\nAmina,1\n").unwrap();
    assert!(matches!(scene.refused(&text), Error::NotRecords { .. }));
    let package = scene.stick.path().join("course.fcrecords");
    let manifest = json!({"format": "fieldcourse-package/1", "id": "x"}).to_string();
    std::fs::write(
        &package,
        zip_of(&[("manifest.json".to_owned(), manifest.into_bytes())]),
    )
    .unwrap();
    assert!(matches!(scene.refused(&package), Error::NotRecords { .. }));
}

#[test]
fn a_known_device_signed_by_another_key_is_refused() {
    let scene = scene();
    scene.trainer.collect(&scene.file).unwrap();
    // The same device (same progress file, same id) with a new key.
    let keys = scene.laptop.fixture.data_dir().join("keys");
    std::fs::remove_dir_all(&keys).unwrap();
    let forged = scene.laptop.export(
        "Laptop 2",
        &scene.stick.path().join("forged.fcrecords"),
        9_000,
    );
    let error = scene.refused(&forged.path);
    assert!(matches!(error, Error::KeyMismatch { .. }), "{error}");
}

#[test]
fn a_file_of_this_very_device_is_refused() {
    let scene = scene();
    let own = scene
        .trainer
        .export("Trainer", &scene.stick.path().join("own.fcrecords"), 3_000);
    // Saving it changed this device's settings (its id, the export count), not
    // its learners; collecting it changes nothing at all.
    let error = scene.refused(&own.path);
    assert!(matches!(error, Error::OwnDevice { .. }), "{error}");
}

#[test]
fn signed_rows_that_do_not_hold_together_are_refused() {
    let scene = scene();
    let key = IssuerKey::from_secret("Fieldcourse device", KeyKind::Device, [7; 32]);
    let learner = LearnerRow {
        id: 1,
        display_name: "Zoe".to_owned(),
        certificate_name: "Zoe Z".to_owned(),
        language: "en".to_owned(),
        created_at: 0,
        subject_id: None,
    };
    // An attempt of a learner and course the file does not have.
    let attempt = AttemptRow {
        id: 1,
        learner_id: 42,
        course_id: "nowhere".to_owned(),
        quiz_id: "q".to_owned(),
        course_version_id: 1,
        seed: 0,
        layout: json!([]),
        started_at: 0,
        finished_at: None,
        points: None,
        max_points: None,
        score: None,
        passed: None,
        answers: Vec::new(),
    };
    let records = DeviceRecords {
        learners: vec![learner],
        attempts: vec![attempt],
        ..DeviceRecords::default()
    };
    let path = scene.stick.path().join("odd.fcrecords");
    let bytes = file::write(
        &records,
        &Writer {
            device_id: "odd-device",
            device_name: "Odd",
            key: &key,
            export_number: 1,
            exported_at: Timestamp::from_unix_ms(1),
        },
        &path,
    )
    .unwrap();
    std::fs::write(&path, bytes).unwrap();
    let error = scene.refused(&path);
    assert!(matches!(error, Error::Inconsistent { .. }), "{error}");
}

#[test]
fn a_folder_without_records_files_is_named() {
    let empty = tempfile::tempdir().unwrap();
    let (files, problems) = records::records_files(&[empty.path().to_owned()]);
    assert!(files.is_empty());
    assert!(matches!(problems.as_slice(), [Error::EmptyFolder { .. }]));
}
