//! Signed packages in the app: the trainer's import says who signed and asks
//! before an unsigned, unknown or different publisher's package goes in; a
//! bad signature is refused; the library and the overview show the publisher.

use fieldcourse::certificate::KeyKind;
use fieldcourse::certificate::keys::IssuerKey;
use fieldcourse::course::{
    ImportOptions, MANIFEST_FILE, SIGNATURE_FILE, import_course, pack_course,
};
use fieldcourse::gui::screen::trainer::{self, Event};
use serde_json::json;
use std::path::{Path, PathBuf};

use crate::common::{app_for, click, paths_for, simulator};
use crate::fixture::{course_json, publisher_key, signed_package, trusted_package};
use crate::trainer::Area;
use crate::zip_entries::{entries, zip_of};

/// The "water" course at `version` in its own folder under `root`.
fn course_at(root: &Path, version: &str) -> PathBuf {
    let folder = root.join(format!("source-{version}"));
    std::fs::create_dir_all(&folder).unwrap();
    let mut course = course_json();
    course["version"] = json!(version);
    std::fs::write(folder.join("course.json"), course.to_string()).unwrap();
    folder
}

fn write(area: &Area, name: &str, bytes: &[u8]) -> PathBuf {
    let path = area.root.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Imports `path` again: the path replaces what the field holds.
fn import_again(area: &mut Area, path: &Path) -> Vec<Event> {
    area.deliver(vec![trainer::Message::PathChanged(
        path.display().to_string(),
    )]);
    area.click("import")
}

fn installed_version(area: &Area) -> Option<String> {
    let file = area.paths.installed_courses_dir().join("water/course.json");
    let text = std::fs::read_to_string(file).ok()?;
    let course: serde_json::Value = serde_json::from_str(&text).unwrap();
    course["version"].as_str().map(str::to_owned)
}

#[test]
fn a_package_from_a_trusted_publisher_installs_and_says_verified() {
    let mut area = Area::fresh();
    let folder = course_at(area.root.path(), "1.0.0");
    let package = write(
        &area,
        "water.fcourse",
        &trusted_package(&folder, &area.paths.data_dir),
    );
    assert_eq!(area.import(&package), vec![Event::CoursesChanged]);
    assert_eq!(installed_version(&area).as_deref(), Some("1.0.0"));
    assert!(area.shows("Published by Riverside Health (verified)"));
    assert!(area.shows("Signed with a key this device trusts."));
    let did = publisher_key().did().as_str().to_owned();
    assert!(area.shows(&format!("Key: {did}")));
}

#[test]
fn an_unsigned_package_waits_for_the_trainer_and_cancel_installs_nothing() {
    let mut area = Area::fresh();
    let folder = course_at(area.root.path(), "1.0.0");
    let package = write(&area, "water.fcourse", &pack_course(&folder).unwrap().bytes);
    assert!(area.import(&package).is_empty());
    assert!(area.shows("“Safe water” version 1.0.0 is not signed."));
    assert!(area.has("import-unverified-question"));
    assert_eq!(installed_version(&area), None, "nothing before the answer");
    area.click("import-cancel");
    assert!(!area.has("import-unverified-question"));
    assert_eq!(installed_version(&area), None);

    assert!(import_again(&mut area, &package).is_empty());
    assert_eq!(area.click("import-unverified"), vec![Event::CoursesChanged]);
    assert_eq!(installed_version(&area).as_deref(), Some("1.0.0"));
    assert!(area.shows("Not signed: nothing shows who published this package (not verified)"));
}

#[test]
fn a_package_signed_by_an_unknown_key_names_the_signer_and_its_key() {
    let mut area = Area::fresh();
    let folder = course_at(area.root.path(), "1.0.0");
    let stranger = IssuerKey::from_secret("Riverside Health", KeyKind::Organisation, [9; 32]);
    let package = write(&area, "water.fcourse", &signed_package(&folder, &stranger));
    assert!(area.import(&package).is_empty());
    assert!(area.shows(
        "“Safe water” version 1.0.0 is signed as “Riverside Health”, by a key this device does not trust."
    ));
    assert!(area.shows(&format!("Key: {}", stranger.did())));
    assert_eq!(installed_version(&area), None);
    assert_eq!(area.click("import-unverified"), vec![Event::CoursesChanged]);
    assert!(
        area.shows(
            "Signed as “Riverside Health” by a key this device does not trust (not verified)"
        )
    );
}

/// The package with one byte of its signature entry changed.
fn with_changed_signature(bytes: &[u8]) -> Vec<u8> {
    let mut entries = entries(bytes);
    for (name, content) in &mut entries {
        if name == SIGNATURE_FILE {
            let mut signature: serde_json::Value = serde_json::from_slice(content).unwrap();
            let text = signature["signature"].as_str().unwrap().to_owned();
            let first = if text.starts_with('A') { "B" } else { "A" };
            signature["signature"] = json!(format!("{first}{}", &text[1..]));
            *content = serde_json::to_vec(&signature).unwrap();
        }
        assert!(name != MANIFEST_FILE || !content.is_empty());
    }
    zip_of(&entries)
}

#[test]
fn a_bad_signature_is_refused_and_the_installed_course_stays() {
    let mut area = Area::fresh();
    let first = course_at(area.root.path(), "1.0.0");
    let good = write(
        &area,
        "v1.fcourse",
        &trusted_package(&first, &area.paths.data_dir),
    );
    area.import(&good);
    let second = course_at(area.root.path(), "2.0.0");
    let signed = signed_package(&second, &publisher_key());
    let bad = write(&area, "v2.fcourse", &with_changed_signature(&signed));
    assert!(import_again(&mut area, &bad).is_empty());
    assert!(area.shows(
        "The course could not be installed: This package's signature does not match its content: it was changed after it was signed, or damaged on the way. Nothing was installed: ask the publisher for a new copy."
    ));
    assert!(
        !area.has("import-unverified"),
        "no way to install it anyway"
    );
    assert_eq!(installed_version(&area).as_deref(), Some("1.0.0"));
}

#[test]
fn an_update_from_another_publisher_asks_and_keeps_the_course_unless_told() {
    let mut area = Area::fresh();
    let first = course_at(area.root.path(), "1.0.0");
    let v1 = write(
        &area,
        "v1.fcourse",
        &trusted_package(&first, &area.paths.data_dir),
    );
    area.import(&v1);
    let other = IssuerKey::from_secret("Lakeside Clinic", KeyKind::Organisation, [3; 32]);
    fieldcourse::certificate::keys::Keyring::new(&area.paths.data_dir)
        .trust(other.did(), "Lakeside Clinic")
        .unwrap();
    let second = course_at(area.root.path(), "1.1.0");
    let v2 = write(&area, "v2.fcourse", &signed_package(&second, &other));
    assert!(import_again(&mut area, &v2).is_empty());
    assert!(area.shows(
        "The installed “Safe water” was published by “Riverside Health”; this package is signed by another key, as “Lakeside Clinic”."
    ));
    area.click("import-cancel");
    assert_eq!(installed_version(&area).as_deref(), Some("1.0.0"));

    assert!(import_again(&mut area, &v2).is_empty());
    assert_eq!(
        area.click("import-new-publisher"),
        vec![Event::CoursesChanged]
    );
    assert_eq!(installed_version(&area).as_deref(), Some("1.1.0"));
    assert!(area.shows("Published by Lakeside Clinic (verified)"));
}

#[test]
fn the_library_and_the_overview_show_the_publisher_and_the_mark() {
    let root = tempfile::TempDir::new().unwrap();
    let home = root.path().join("home");
    let paths = paths_for(&home);
    let folder = course_at(root.path(), "1.0.0");
    let package = root.path().join("water.fcourse");
    std::fs::write(&package, trusted_package(&folder, &paths.data_dir)).unwrap();
    let options = ImportOptions {
        trusted: fieldcourse::certificate::keys::Keyring::new(&paths.data_dir).trusted_publishers(),
        ..ImportOptions::default()
    };
    // Into the folder the test app's library reads.
    import_course(&package, &home, &options).unwrap();

    let mut app = app_for(&home, "en");
    let shows = |app: &fieldcourse::gui::app::App, text: &str| simulator(app).find(text).is_ok();
    assert!(shows(&app, "Published by Riverside Health · verified"));
    click(&mut app, "open-course-0");
    assert!(shows(&app, "Published by Riverside Health · verified"));

    // Once the key is no longer trusted here, the same course is "not verified".
    drop(app);
    fieldcourse::certificate::keys::Keyring::new(&paths.data_dir)
        .untrust(publisher_key().did())
        .unwrap();
    let app = app_for(&home, "en");
    assert!(shows(&app, "Signed as “Riverside Health” · not verified"));
}
