//! The programme tab with learners collected from two laptops (temp data
//! folders that export their records, collected into the trainer's): filter
//! by device, join the two records of one learner after the confirmation,
//! and undo it.

use fieldcourse::certificate::issue::issue_if_complete;
use fieldcourse::certificate::keys::Keyring;
use fieldcourse::gui::screen::trainer::{self, Tab};
use fieldcourse::progress::{Store, Timestamp};
use fieldcourse::records::{collect_file, export_records};
use std::path::Path;
use std::sync::Arc;
use tempfile::TempDir;

use crate::fixture::{complete, learner, load, write_course};
use crate::trainer::Area;

/// A laptop's data folder under `root`: Amina on both (done on A, one lesson
/// on B), Chen on B; its records saved on the stick.
fn laptop(root: &Path, name: &str, course: &Path) -> std::path::PathBuf {
    let data = root.join(name);
    std::fs::create_dir_all(root.join("stick")).unwrap();
    let store = Store::open(&data).unwrap();
    let course = Arc::clone(load(course).course.as_ref().unwrap());
    let version = store.register_course(&course).unwrap();
    let amina = learner(&store, "Amina", "en");
    if name == "a" {
        complete(&amina, &version);
        amina
            .record_completion(&version, None, Timestamp::from_unix_ms(900))
            .unwrap();
    } else {
        amina.complete_lesson(&version, "boil").unwrap();
        learner(&store, "Chen", "fr").enroll(&version).unwrap();
    }
    export_records(
        &store,
        &Keyring::new(&data),
        &root.join("stick").join(format!("{name}.fcrecords")),
        Some(&format!("Laptop {}", name.to_uppercase())),
        Timestamp::from_unix_ms(1_000),
    )
    .unwrap()
    .path
}

fn round() -> Area {
    let root = TempDir::new().unwrap();
    let course = write_course(&root.path().join("courses"));
    let files = [
        laptop(root.path(), "a", &course),
        laptop(root.path(), "b", &course),
    ];
    let store = Store::open(&root.path().join("data")).unwrap();
    let version = store
        .register_course(load(&course).course.as_ref().unwrap())
        .unwrap();
    learner(&store, "Tess", "en").enroll(&version).unwrap();
    for file in files {
        collect_file(&store, &file, Timestamp::now()).unwrap();
    }
    Area::open(root, store)
}

fn links(area: &Area) -> i64 {
    rusqlite::Connection::open(area.store.path())
        .unwrap()
        .query_row("SELECT count(*) FROM same_person_links", [], |row| {
            row.get(0)
        })
        .unwrap()
}

#[test]
fn collected_learners_are_filtered_by_device_joined_and_apart_again() {
    let mut area = round();
    area.click("tab-programme");
    assert_eq!(area.state.tab(), Tab::Programme);
    assert!(area.shows("4 learners in the programme"));
    assert!(area.shows("This laptop"));
    let order: Vec<String> = area
        .state
        .focus_order()
        .iter()
        .map(|focus| focus.id().to_owned())
        .collect();
    for id in [
        "tab-programme",
        "programme-device-2",
        "programme-sort-activity",
        "programme-select-3",
    ] {
        assert!(order.iter().any(|known| known == id), "{id} in {order:?}");
    }

    // Devices by name: this laptop, Laptop A, Laptop B.
    area.click("programme-device-2");
    assert!(area.shows("Chen"));
    assert!(!area.shows("Tess"));
    assert!(!area.has("programme-select-2"), "two lines: Amina and Chen");
    area.click("programme-device-all");
    assert!(area.shows("Tess"));

    // Both Aminas (by name, A before B), joined after the confirmation.
    area.click("programme-select-0");
    area.click("programme-select-1");
    area.click("programme-join");
    assert!(area.shows(
        "Amina on Laptop A and Amina on Laptop B will show as one learner. In each course, the record with the most lessons done counts, every quiz attempt of both counts, and the earliest certificate is kept. Nothing is deleted or changed: Undo shows them apart again."
    ));
    assert_eq!(links(&area), 0, "nothing changes before the confirmation");
    area.click("programme-join-confirm");
    assert_eq!(links(&area), 1);
    assert!(area.shows("3 learners in the programme"));
    assert!(area.shows("Amina now shows as one learner."));
    assert!(area.shows("Laptop A + Laptop B"));
    assert!(area.shows("Lessons 2 of 2 · Completed"));
    // Found under either device.
    area.click("programme-device-2");
    assert!(area.shows("Laptop A + Laptop B"));
    area.click("programme-device-all");

    area.click("programme-undo-0");
    assert_eq!(links(&area), 0);
    assert!(area.shows("4 learners in the programme"));
    assert!(area.shows("Amina shows as separate records again."));
    assert!(!area.shows("Laptop A + Laptop B"));
}

#[test]
fn sorting_by_the_chosen_key_again_turns_the_order_around() {
    let mut area = round();
    area.click("tab-programme");
    area.click("programme-sort-name");
    assert!(area.shows("Name ↓"));
    area.deliver(vec![trainer::Message::Programme(
        trainer::ProgrammeMessage::PickStatus(Some(fieldcourse::progress::Status::Completed)),
    )]);
    assert!(area.shows("1–1 of 1"));
}

/// A round with certificates: Amina completed on Laptop A (collected), Tess
/// on this laptop; Chen here only enrolled.
fn round_with_certificates() -> Area {
    let root = TempDir::new().unwrap();
    let course_folder = write_course(&root.path().join("courses"));
    let loaded = load(&course_folder);
    let course = Arc::clone(loaded.course.as_ref().unwrap());
    let laptop = root.path().join("a");
    let laptop_store = Store::open(&laptop).unwrap();
    let version = laptop_store.register_course(&course).unwrap();
    let amina = learner(&laptop_store, "Amina", "fr");
    complete(&amina, &version);
    issue_if_complete(
        &amina,
        &version,
        &course,
        &Keyring::new(&laptop),
        Timestamp::now(),
    )
    .unwrap();
    let file = export_records(
        &laptop_store,
        &Keyring::new(&laptop),
        &root.path().join("a.fcrecords"),
        Some("Laptop A"),
        Timestamp::now(),
    )
    .unwrap()
    .path;
    let data = root.path().join("data");
    let store = Store::open(&data).unwrap();
    let version = store.register_course(&course).unwrap();
    let tess = learner(&store, "Tess", "en");
    complete(&tess, &version);
    issue_if_complete(
        &tess,
        &version,
        &course,
        &Keyring::new(&data),
        Timestamp::now(),
    )
    .unwrap();
    learner(&store, "Chen", "es").enroll(&version).unwrap();
    collect_file(&store, &file, Timestamp::now()).unwrap();
    let area = Area::open(root, store);
    std::fs::create_dir_all(area.state.export_folder()).unwrap();
    area
}

pub(crate) fn pages(path: &Path) -> usize {
    lopdf::Document::load(path).unwrap().get_pages().len()
}

#[test]
fn every_certificate_of_a_course_prints_into_one_pdf_in_the_folder_chosen() {
    let mut area = round_with_certificates();
    area.click("tab-programme");
    assert!(
        !area.has("programme-print-course"),
        "a course is chosen first"
    );
    area.click("programme-course-0");
    let order: Vec<String> = area
        .state
        .focus_order()
        .iter()
        .map(|focus| focus.id().to_owned())
        .collect();
    assert!(order.iter().any(|id| id == "programme-print-course"));
    area.click("programme-print-course");
    // The picker opens in the export folder; the PDF goes there.
    assert!(area.has("folder-picker"));
    area.click("picker-choose");
    assert!(!area.has("folder-picker"));
    assert!(area.shows("The PDF is ready: 2 certificates, one per page."));
    let written: Vec<_> = std::fs::read_dir(area.state.export_folder())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    assert_eq!(pages(&written[0]), 2);
    assert!(area.shows(&written[0].display().to_string()));
}

#[test]
fn selected_learners_print_and_those_without_a_certificate_are_named() {
    let mut area = round_with_certificates();
    area.click("tab-programme");
    // By name: Amina (Laptop A), Chen, Tess; one course, so no filter needed.
    area.click("programme-select-1");
    area.click("programme-select-2");
    assert!(area.has("programme-join") && area.has("programme-print-selected"));
    area.click("programme-print-selected");
    area.click("picker-choose");
    assert!(area.shows("The PDF is ready: one certificate on one page."));
    assert!(area.shows("No certificate for this course yet: Chen."));
    let written = std::fs::read_dir(area.state.export_folder())
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    assert_eq!(pages(&written), 1);
}

#[test]
fn simulated_learners_are_removed_after_the_confirmation_and_real_ones_stay() {
    let mut area = round_with_certificates();
    area.click("tab-programme");
    assert!(!area.has("programme-remove-simulated"), "none yet");

    let course_folder = area.root.path().join("courses/water");
    let course = Arc::clone(load(&course_folder).course.as_ref().unwrap());
    let plan = fieldcourse::simulate::Plan {
        learners: 3,
        seed: 7,
        force: true,
    };
    fieldcourse::simulate::simulate(
        &area.store,
        &Keyring::new(&area.paths.data_dir),
        &course,
        &plan,
    )
    .unwrap();
    area.click("tab-programme");
    assert!(area.shows("6 learners in the programme"));
    area.click("programme-remove-simulated");
    assert!(area.shows("The 3 simulated learners (practice data) will be deleted from this laptop with all their progress, quiz attempts and certificates. Real learners and collected records stay as they are."));
    area.click("programme-remove-simulated-cancel");
    assert_eq!(
        area.store.learners().unwrap().len(),
        5,
        "nothing removed on Keep them"
    );
    area.click("programme-remove-simulated");
    area.click("programme-remove-simulated-confirm");
    assert!(area.shows("3 simulated learners were removed."));
    assert!(area.shows("3 learners in the programme"));
    assert!(!area.has("programme-remove-simulated"));
    let names: Vec<String> = area
        .store
        .learners()
        .unwrap()
        .into_iter()
        .map(|learner| learner.display_name)
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.iter().all(|name| !name.starts_with("Simulated")));
}
