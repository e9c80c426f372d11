//! Signed course packages: `pack --sign`, and what `import` makes of who
//! signed (trusted, unknown, unsigned, a bad signature, another publisher).

use crate::common::*;
use crate::zip_entries::{entries, zip_of};
use fieldcourse::certificate::KeyKind;
use fieldcourse::certificate::keys::{IssuerKey, Keyring};
use fieldcourse::course::{
    ImportOptions, Limits, MANIFEST_FILE, PackageError, PackageSigner, RECORD_DIR, SIGNATURE_FILE,
    TrustedPublishers, Verdict, check_signed_package, import_course, pack_course, pack_signed,
    read_publisher,
};
use serde_json::json;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn key(name: &str, seed: u8) -> IssuerKey {
    IssuerKey::from_secret(name, KeyKind::Organisation, [seed; 32])
}

fn signed_bytes(course: &Path, key: &IssuerKey) -> Vec<u8> {
    let sign = |message: &[u8]| key.sign(message);
    let signer = PackageSigner {
        did: key.did().clone(),
        name: key.name.clone(),
        sign: &sign,
    };
    pack_signed(course, &signer).unwrap().bytes
}

fn course_version(version: &str) -> CourseDir {
    let mut course = valid_course();
    course["version"] = json!(version);
    CourseDir::new(&course)
}

/// A data folder's courses folder and a folder for package files.
struct Place {
    _data: tempfile::TempDir,
    courses: PathBuf,
    out: tempfile::TempDir,
}

impl Place {
    fn new() -> Self {
        let data = tempfile::tempdir().unwrap();
        let courses = data.path().join("courses");
        Self {
            _data: data,
            courses,
            out: tempfile::tempdir().unwrap(),
        }
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.out.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn import(&self, package: &Path, options: &ImportOptions) -> Result<Verdict, PackageError> {
        import_course(package, &self.courses, options).map(|imported| imported.verdict)
    }

    fn installed_version(&self) -> Option<String> {
        let text = std::fs::read_to_string(self.courses.join("sample/course.json")).ok()?;
        let course: serde_json::Value = serde_json::from_str(&text).unwrap();
        course["version"].as_str().map(str::to_owned)
    }
}

fn trusting(keys: &[&IssuerKey]) -> ImportOptions {
    let mut trusted = TrustedPublishers::new();
    for key in keys {
        trusted.trust(key.did(), Some(format!("{} (known here)", key.name)));
    }
    ImportOptions {
        trusted,
        ..ImportOptions::default()
    }
}

/// The package again with `change` applied to the bytes of entry `name`.
fn rewritten(bytes: &[u8], name: &str, change: impl Fn(&mut Vec<u8>)) -> Vec<u8> {
    let mut entries = entries(bytes);
    for (entry, content) in &mut entries {
        if entry == name {
            change(content);
        }
    }
    zip_of(&entries)
}

fn signature_of(bytes: &[u8]) -> serde_json::Value {
    let (_, content) = entries(bytes)
        .into_iter()
        .find(|(name, _)| name == SIGNATURE_FILE)
        .unwrap();
    serde_json::from_slice(&content).unwrap()
}

#[test]
fn packing_with_a_key_gives_the_same_bytes_every_time_and_a_signature_entry() {
    let course = course_version("1.0.0");
    let org = key("Riverside Health", 1);
    let first = signed_bytes(course.path(), &org);
    let second = signed_bytes(course.path(), &org);
    assert_eq!(first, second, "the same course and key give the same bytes");
    let unsigned = pack_course(course.path()).unwrap().bytes;
    assert_ne!(first, unsigned);
    assert_ne!(
        first,
        signed_bytes(course.path(), &key("Riverside Health", 2))
    );
    let names: Vec<String> = entries(&first).into_iter().map(|(name, _)| name).collect();
    assert_eq!(names[..2], [MANIFEST_FILE, SIGNATURE_FILE]);
    // The manifest is the unsigned package's: the hash scheme is unchanged.
    assert_eq!(entries(&first)[0], entries(&unsigned)[0]);
    let signature = signature_of(&first);
    assert_eq!(signature["format"], "fieldcourse-signature/1");
    assert_eq!(signature["signer"], org.did().as_str());
    assert_eq!(signature["name"], "Riverside Health");
    let checked = check_signed_package(Cursor::new(&first), &Limits::default()).unwrap();
    let publisher = checked.publisher.unwrap();
    assert_eq!(publisher.did, *org.did());
    assert_eq!(publisher.name, "Riverside Health");
    let checked = check_signed_package(Cursor::new(&unsigned), &Limits::default()).unwrap();
    assert_eq!(checked.publisher, None);
}

#[test]
fn a_package_signed_by_a_trusted_key_installs_verified_and_is_remembered() {
    let place = Place::new();
    let org = key("Riverside Health", 1);
    let package = place.file(
        "signed.fcourse",
        &signed_bytes(course_version("1.0.0").path(), &org),
    );
    let verdict = place.import(&package, &trusting(&[&org])).unwrap();
    let Verdict::Verified { publisher, name } = verdict else {
        panic!("expected verified, got {verdict:?}");
    };
    assert_eq!(name, "Riverside Health (known here)", "the name known here");
    assert_eq!(publisher.did, *org.did());
    let recorded = read_publisher(&place.courses.join("sample")).unwrap();
    assert_eq!(recorded, publisher);
    // The record stays out of the course: it loads with no new diagnostic,
    // and packing the installed course leaves the record out.
    let installed = place.courses.join("sample");
    let repacked = pack_course(&installed).unwrap();
    assert!(
        repacked
            .manifest
            .files
            .keys()
            .all(|file| !file.starts_with(RECORD_DIR)),
        "{:?}",
        repacked.manifest.files
    );
    assert!(
        !repacked
            .skipped
            .iter()
            .any(|file| file.starts_with(RECORD_DIR))
    );
}

#[test]
fn an_unknown_key_or_no_signature_installs_only_when_accepted() {
    let place = Place::new();
    let stranger = key("Riverside Health", 9);
    let trusted = key("Riverside Health", 1);
    let course = course_version("1.0.0");
    let foreign = place.file("foreign.fcourse", &signed_bytes(course.path(), &stranger));
    let unsigned = place.file(
        "unsigned.fcourse",
        &pack_course(course.path()).unwrap().bytes,
    );
    let options = trusting(&[&trusted]);
    for package in [&foreign, &unsigned] {
        match place.import(package, &options) {
            Err(PackageError::Unverified {
                id, title, version, ..
            }) => {
                assert_eq!((id.as_str(), version.as_str()), ("sample", "1.0.0"));
                // The question names the course by its title, read from
                // the package before anything is installed.
                assert_eq!(title.as_deref(), Some("Sample course"));
            }
            other => panic!("expected a question, got {other:?}"),
        }
        assert!(!place.courses.join("sample").exists(), "nothing installed");
    }
    let error = place.import(&foreign, &options).unwrap_err().to_string();
    assert!(
        error.contains("a key this device does not trust"),
        "{error}"
    );
    assert!(
        error.starts_with("\"Sample course\" (sample) 1.0.0"),
        "{error}"
    );
    let accepted = ImportOptions {
        accept_unverified: true,
        ..options
    };
    let verdict = place.import(&foreign, &accepted).unwrap();
    assert!(matches!(&verdict, Verdict::Unknown(publisher) if publisher.did == *stranger.did()));
    let verdict = place.import(&unsigned, &accepted);
    // Unsigned over a signed install is also a change of publisher.
    assert!(
        matches!(verdict, Err(PackageError::PublisherChanged { .. })),
        "{verdict:?}"
    );
}

#[test]
fn a_bad_signature_is_refused_and_nothing_changes() {
    let place = Place::new();
    let org = key("Riverside Health", 1);
    let good = signed_bytes(course_version("1.0.0").path(), &org);
    let options = ImportOptions {
        accept_unverified: true,
        accept_new_publisher: true,
        allow_older: true,
        ..trusting(&[&org])
    };
    place
        .import(&place.file("v1.fcourse", &good), &options)
        .unwrap();
    let before = std::fs::read(place.courses.join("sample/course.json")).unwrap();
    let newer = signed_bytes(course_version("2.0.0").path(), &org);
    let one_signature_byte = rewritten(&newer, SIGNATURE_FILE, |content| {
        let mut signature: serde_json::Value = serde_json::from_slice(content).unwrap();
        let text = signature["signature"].as_str().unwrap().to_owned();
        let flipped = if text.starts_with('A') { "B" } else { "A" };
        signature["signature"] = json!(format!("{flipped}{}", &text[1..]));
        *content = serde_json::to_vec(&signature).unwrap();
    });
    let one_manifest_byte = rewritten(&newer, MANIFEST_FILE, |content| {
        let at = content.iter().position(|byte| *byte == b'2').unwrap();
        content[at] = b'3';
    });
    let renamed = rewritten(&newer, SIGNATURE_FILE, |content| {
        let mut signature: serde_json::Value = serde_json::from_slice(content).unwrap();
        signature["name"] = json!("Someone Else");
        *content = serde_json::to_vec(&signature).unwrap();
    });
    let malformed_key = rewritten(&newer, SIGNATURE_FILE, |content| {
        let mut signature: serde_json::Value = serde_json::from_slice(content).unwrap();
        signature["signer"] = json!("did:key:z6Mkhello");
        *content = serde_json::to_vec(&signature).unwrap();
    });
    let garbled = rewritten(&newer, SIGNATURE_FILE, |content| {
        *content = b"{ not json".to_vec();
    });
    for (label, bytes) in [
        ("a signature byte", one_signature_byte),
        ("a manifest byte", one_manifest_byte),
        ("the signed name", renamed),
        ("a malformed key", malformed_key),
        ("a garbled signature", garbled),
    ] {
        let package = place.file("changed.fcourse", &bytes);
        let result = place.import(&package, &options);
        assert!(
            matches!(&result, Err(PackageError::BadSignature(_))),
            "{label}: {result:?}"
        );
        let text = result.unwrap_err().to_string();
        assert!(text.contains("nothing was changed"), "{label}: {text}");
        let after = std::fs::read(place.courses.join("sample/course.json")).unwrap();
        assert_eq!(after, before, "{label}: the installed course is untouched");
        assert_eq!(
            read_publisher(&place.courses.join("sample")).unwrap().did,
            *org.did()
        );
        assert!(!place.courses.parent().unwrap().join(".importing").exists());
    }
}

#[test]
fn an_update_signed_by_another_key_asks_first() {
    let place = Place::new();
    let first = key("Riverside Health", 1);
    let second = key("Riverside Health", 2);
    let options = trusting(&[&first, &second]);
    let v1 = place.file(
        "v1.fcourse",
        &signed_bytes(course_version("1.0.0").path(), &first),
    );
    place.import(&v1, &options).unwrap();
    let v2 = place.file(
        "v2.fcourse",
        &signed_bytes(course_version("1.1.0").path(), &second),
    );
    match place.import(&v2, &options) {
        Err(PackageError::PublisherChanged {
            id,
            title,
            installed,
            offered,
        }) => {
            assert_eq!(id, "sample");
            assert_eq!(title.as_deref(), Some("Sample course"));
            assert_eq!(installed.did, *first.did());
            assert_eq!(offered.publisher().unwrap().did, *second.did());
        }
        other => panic!("expected a question, got {other:?}"),
    }
    assert_eq!(place.installed_version().as_deref(), Some("1.0.0"));
    // The same key again needs no question.
    let v1_1 = place.file(
        "v1-1.fcourse",
        &signed_bytes(course_version("1.1.0").path(), &first),
    );
    place.import(&v1_1, &options).unwrap();
    assert_eq!(place.installed_version().as_deref(), Some("1.1.0"));
    // A plain folder over a signed course is a change of publisher too.
    let folder = course_version("1.2.0");
    assert!(matches!(
        place.import(folder.path(), &options),
        Err(PackageError::PublisherChanged { .. })
    ));
    let v1_2 = place.file(
        "v1-2.fcourse",
        &signed_bytes(course_version("1.2.0").path(), &second),
    );
    let accepted = ImportOptions {
        accept_new_publisher: true,
        ..options
    };
    let verdict = place.import(&v1_2, &accepted).unwrap();
    assert!(verdict.is_verified());
    assert_eq!(place.installed_version().as_deref(), Some("1.2.0"));
    let recorded = read_publisher(&place.courses.join("sample")).unwrap();
    assert_eq!(
        recorded.did,
        *second.did(),
        "the new publisher is remembered"
    );
}

#[test]
fn no_source_can_bring_its_own_publisher_record() {
    let place = Place::new();
    let org = key("Riverside Health", 1);
    let record = json!({"format": "fieldcourse-publisher/1", "did": org.did().as_str(), "name": "Riverside Health"});
    // A folder with a record (an installed course copied elsewhere): installed without it.
    let folder = course_version("1.0.0");
    std::fs::create_dir_all(folder.path().join(RECORD_DIR)).unwrap();
    std::fs::write(
        folder.path().join(RECORD_DIR).join("publisher.json"),
        record.to_string(),
    )
    .unwrap();
    let imported = import_course(folder.path(), &place.courses, &ImportOptions::default()).unwrap();
    assert_eq!(imported.verdict, Verdict::Unsigned);
    assert_eq!(read_publisher(&place.courses.join("sample")), None);
    // A package holding one is refused.
    let unsigned = pack_course(course_version("1.0.0").path()).unwrap().bytes;
    let mut with_record = entries(&unsigned);
    with_record.push((
        "sample/.package/publisher.json".to_owned(),
        record.to_string().into_bytes(),
    ));
    let bytes = zip_of(&with_record);
    let result = check_signed_package(Cursor::new(bytes), &Limits::default());
    assert!(
        matches!(&result, Err(PackageError::Entry { entry, .. }) if entry == "sample/.package/publisher.json"),
        "{result:?}"
    );
}

#[test]
fn the_device_trusts_as_publishers_the_keys_it_trusts_as_issuers() {
    let data = tempfile::tempdir().unwrap();
    let keyring = Keyring::new(data.path());
    let org = key("Riverside Health", 1);
    let file = data.path().join("org.key");
    org.write_new(&file).unwrap();
    keyring.install(&file).unwrap();
    let partner = key("Partner", 2);
    keyring.trust(partner.did(), "Partner NGO").unwrap();
    let trusted = keyring.trusted_publishers();
    assert!(trusted.contains(org.did()) && trusted.contains(partner.did()));
    assert!(!trusted.contains(key("Stranger", 3).did()));
}

fn fieldcourse(data: &Path, args: &[&str], current_dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .current_dir(current_dir)
        .env_remove("FIELDCOURSE_DATA_DIR")
        .output()
        .unwrap()
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

#[test]
fn the_commands_sign_and_say_who_signed() {
    let work = tempfile::tempdir().unwrap();
    let publisher_data = tempfile::tempdir().unwrap();
    let trainer_data = tempfile::tempdir().unwrap();
    let run = |data: &Path, args: &[&str]| fieldcourse(data, args, work.path());
    let key_file = work.path().join("org.key");
    let key_arg = key_file.to_str().unwrap();
    let made = run(
        publisher_data.path(),
        &[
            "issuer",
            "create",
            "--name",
            "Riverside Health",
            "--output",
            key_arg,
        ],
    );
    assert!(made.status.success(), "{}", said(&made));
    let course = course_version("1.0.0");
    let course_arg = course.path().to_str().unwrap();
    let packed = run(
        publisher_data.path(),
        &[
            "pack",
            course_arg,
            "--sign",
            key_arg,
            "--output",
            "signed.fcourse",
        ],
    );
    assert!(packed.status.success(), "{}", said(&packed));
    assert!(said(&packed).contains("signed as \"Riverside Health\" with did:key:z"));
    let again = run(
        publisher_data.path(),
        &[
            "pack",
            course_arg,
            "--sign",
            key_arg,
            "--output",
            "again.fcourse",
        ],
    );
    assert!(again.status.success(), "{}", said(&again));
    assert_eq!(
        std::fs::read(work.path().join("signed.fcourse")).unwrap(),
        std::fs::read(work.path().join("again.fcourse")).unwrap(),
        "pack --sign is deterministic"
    );

    // Not trusted yet on the trainer's laptop: refused without a terminal,
    // naming the flag, and nothing installed.
    let refused = run(trainer_data.path(), &["import", "signed.fcourse"]);
    assert_eq!(refused.status.code(), Some(1), "{}", said(&refused));
    let text = said(&refused);
    assert!(text.contains("a key this device does not trust"), "{text}");
    assert!(text.contains("--accept-unverified"), "{text}");
    assert!(
        text.contains("fieldcourse issuer install did:key:z"),
        "{text}"
    );
    assert!(!trainer_data.path().join("courses/sample").exists());

    // Trusted once the organisation's key is installed.
    let installed = run(trainer_data.path(), &["issuer", "install", key_arg]);
    assert!(installed.status.success(), "{}", said(&installed));
    let imported = run(trainer_data.path(), &["import", "signed.fcourse"]);
    assert!(imported.status.success(), "{}", said(&imported));
    assert!(
        said(&imported).contains("Published by Riverside Health (verified)"),
        "{}",
        said(&imported)
    );

    // Unsigned: refused without the flag, installed with it (over a signed
    // install, which also needs the other flag).
    let unsigned = run(
        publisher_data.path(),
        &["pack", course_arg, "--output", "unsigned.fcourse"],
    );
    assert!(unsigned.status.success(), "{}", said(&unsigned));
    let refused = run(trainer_data.path(), &["import", "unsigned.fcourse"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(
        said(&refused).contains("is not signed"),
        "{}",
        said(&refused)
    );
    let refused = run(
        trainer_data.path(),
        &["import", "--accept-unverified", "unsigned.fcourse"],
    );
    assert_eq!(refused.status.code(), Some(1));
    let text = said(&refused);
    assert!(
        text.contains("was published by \"Riverside Health\""),
        "{text}"
    );
    assert!(text.contains("--accept-new-publisher"), "{text}");
    let accepted = run(
        trainer_data.path(),
        &[
            "import",
            "--accept-unverified",
            "--accept-new-publisher",
            "unsigned.fcourse",
        ],
    );
    assert!(accepted.status.success(), "{}", said(&accepted));
    assert!(
        said(&accepted).contains("not signed"),
        "{}",
        said(&accepted)
    );

    // A bad key file is named.
    let not_a_key = work.path().join("notes.key");
    std::fs::write(&not_a_key, "hello").unwrap();
    let bad = run(
        publisher_data.path(),
        &["pack", course_arg, "--sign", not_a_key.to_str().unwrap()],
    );
    assert_eq!(bad.status.code(), Some(1));
    assert!(said(&bad).contains("notes.key"), "{}", said(&bad));
}
