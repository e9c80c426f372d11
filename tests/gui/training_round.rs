//! A training round from end to end in the trainer area: two laptops' records
//! files on a USB stick are collected through the app's picker, their learners
//! show in the programme beside this laptop's, and every certificate of the
//! course prints into one PDF, one page per learner.

use fieldcourse::certificate::issue::issue_if_complete;
use fieldcourse::certificate::keys::Keyring;
use fieldcourse::progress::{Store, Timestamp};
use fieldcourse::records::export_records;
use std::path::Path;
use std::sync::Arc;

use crate::fixture::{complete, learner, load, write_course};
use crate::programme::pages;
use crate::records_files::plug_in_stick;
use crate::trainer::Area;

/// A laptop whose one learner, `who`, completed the course and got a
/// certificate; its records are saved on `stick` as `NAME.fcrecords`.
fn laptop(root: &Path, name: &str, who: &str, course: &Path, stick: &Path) {
    let data = root.join(name);
    let store = Store::open(&data).unwrap();
    let course = Arc::clone(load(course).course.as_ref().unwrap());
    let version = store.register_course(&course).unwrap();
    let session = learner(&store, who, "en");
    complete(&session, &version);
    issue_if_complete(
        &session,
        &version,
        &course,
        &Keyring::new(&data),
        Timestamp::now(),
    )
    .unwrap();
    export_records(
        &store,
        &Keyring::new(&data),
        &stick.join(format!("{name}.fcrecords")),
        Some(name),
        Timestamp::now(),
    )
    .unwrap();
}

#[test]
fn two_laptops_are_collected_seen_in_the_programme_and_printed_in_one_pdf() {
    let mut area = Area::fresh();
    let stick = plug_in_stick(&mut area);
    let laptops = area.root.path().join("laptops");
    let course = write_course(&laptops.join("courses"));
    laptop(&laptops, "Laptop A", "Amina", &course, &stick);
    laptop(&laptops, "Laptop B", "Bilal", &course, &stick);

    // Collect the whole stick through the picker.
    area.click("tab-records-files");
    area.click("collect-records");
    area.click("picker-entry-0");
    area.click("picker-choose");
    assert!(area.shows("2 of 2 files collected."));

    // Both learners, each under their laptop, in the programme.
    area.click("tab-programme");
    for shown in ["Amina", "Bilal", "Laptop A", "Laptop B"] {
        assert!(area.shows(shown), "{shown} is not in the programme");
    }

    // Every certificate of the course, one page each, into the export folder.
    std::fs::create_dir_all(area.state.export_folder()).unwrap();
    area.click("programme-course-0");
    area.click("programme-print-course");
    area.click("picker-choose");
    assert!(area.shows("The PDF is ready: 2 certificates, one per page."));
    let written: Vec<_> = std::fs::read_dir(area.state.export_folder())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    assert_eq!(pages(&written[0]), 2);
}
