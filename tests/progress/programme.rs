//! The programme across devices: two data folders stand in for laptops, their
//! exports are collected on the trainer's, and the trainer joins the two
//! records of a learner who used both ("the same person"), undoes it, and
//! collects a newer export with the link kept.

use crate::cli::{fieldcourse, stderr, stdout};
use crate::records::Device;
use fieldcourse::progress::{LearnerRef, ProgrammeFilter, ProgrammeSort, Timestamp};

fn record(device_id: &str, learner_id: i64) -> LearnerRef {
    LearnerRef {
        device_id: Some(device_id.to_owned()),
        learner_id,
    }
}

#[test]
fn a_learner_of_two_laptops_is_joined_reported_once_and_apart_again_after_undo() {
    let stick = tempfile::tempdir().unwrap();
    let laptop_a = Device::new();
    laptop_a.learner_with_progress("Amina");
    let laptop_b = Device::new();
    laptop_b.learner_started("Amina");
    laptop_b.learner_started("Chen");
    let trainer = Device::new();
    trainer.learner_started("Tess");
    let a = laptop_a.export("Laptop A", &stick.path().join("a.fcrecords"), 1_000);
    let b = laptop_b.export("Laptop B", &stick.path().join("b.fcrecords"), 2_000);
    trainer.collect(&a.path).unwrap();
    trainer.collect(&b.path).unwrap();
    let store = trainer.store();
    let a_id = laptop_a.store().device_id().unwrap();
    let b_id = laptop_b.store().device_id().unwrap();

    let before = store.programme().unwrap();
    let names: Vec<(&str, Option<&str>)> = before
        .learners
        .iter()
        .map(|learner| {
            (
                learner.display_name.as_str(),
                learner.members[0].device_name.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        names,
        [
            ("Tess", None),
            ("Amina", Some("Laptop A")),
            ("Amina", Some("Laptop B")),
            ("Chen", Some("Laptop B")),
        ]
    );
    assert_eq!(before.devices.len(), 3);
    assert_eq!(before.courses.len(), 1);

    let link = store
        .link_same_person(&record(&a_id, 1), &record(&b_id, 1), Timestamp::now())
        .unwrap()
        .unwrap();
    let joined = store.programme().unwrap();
    assert_eq!(joined.learners.len(), 3);
    let amina = &joined.learners[1];
    assert!(amina.is_joined());
    assert_eq!(amina.newest_link, Some(link));
    let course = &amina.courses[0];
    assert_eq!(course.lessons_completed, 1);
    assert_eq!(course.quizzes[0].attempts, 1);
    assert_eq!(course.certificate_id.as_deref(), Some("FC-Amina"));
    // Filtering by either device finds her.
    for device in [&a_id, &b_id] {
        let filter = ProgrammeFilter {
            device: Some(Some(device.clone())),
            ..ProgrammeFilter::default()
        };
        let lines = joined.lines(&filter, ProgrammeSort::default());
        assert!(lines.iter().any(|line| line.learner == 1), "{device}");
    }

    // The report shows her once, naming both devices.
    let output = fieldcourse(trainer.fixture.data_dir(), &["report"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let aminas: Vec<&str> = text
        .split("\r\n")
        .filter(|line| line.contains(",Amina,"))
        .collect();
    assert_eq!(aminas.len(), 1, "{text}");
    assert!(aminas[0].ends_with(",Laptop A + Laptop B"), "{text}");

    // Undo: exactly the programme of before.
    store.undo_same_person(link).unwrap();
    assert_eq!(store.programme().unwrap(), before);

    // Joined again, then laptop B's newer export (with a new learner) is
    // collected, replacing its rows: the link stays.
    store
        .link_same_person(&record(&b_id, 1), &record(&a_id, 1), Timestamp::now())
        .unwrap();
    laptop_b.learner_with_progress("Bilal");
    let newer = laptop_b.export("Laptop B", &stick.path().join("b2.fcrecords"), 3_000);
    trainer.collect(&newer.path).unwrap();
    let after = store.programme().unwrap();
    let amina = after
        .learners
        .iter()
        .find(|learner| learner.display_name == "Amina")
        .unwrap();
    assert!(amina.is_joined());
    assert_eq!(amina.members[0].device_name.as_deref(), Some("Laptop A"));
    assert_eq!(after.learners.len(), 4);
    assert_eq!(
        trainer
            .fixture
            .count("SELECT count(*) FROM same_person_links"),
        1
    );
}

#[test]
fn a_record_joined_with_itself_stores_nothing() {
    let trainer = Device::new();
    let me = LearnerRef {
        device_id: None,
        learner_id: 1,
    };
    assert_eq!(
        trainer
            .store()
            .link_same_person(&me, &me, Timestamp::now())
            .unwrap(),
        None
    );
}

#[test]
fn a_v5_progress_file_moves_to_v6_and_keeps_links() {
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/progress/v5.sqlite");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(&fixture, fieldcourse::progress::database_path(dir.path())).unwrap();
    let store = fieldcourse::progress::Store::open(dir.path()).unwrap();
    assert_eq!(store.opening().upgraded_from, Some(5));
    let before = store.programme().unwrap();
    let names: Vec<&str> = before
        .learners
        .iter()
        .map(|learner| learner.display_name.as_str())
        .collect();
    assert_eq!(names, ["Amina", "Bilal"]);
    let amina = before.learners[0].first().clone();
    let bilal = before.learners[1].first().clone();
    let link = store
        .link_same_person(&amina, &bilal, Timestamp::now())
        .unwrap()
        .unwrap();
    assert_eq!(store.programme().unwrap().learners.len(), 1);
    store.undo_same_person(link).unwrap();
    assert_eq!(store.programme().unwrap(), before);
}

#[test]
fn removing_a_learner_of_this_laptop_forgets_their_links() {
    let stick = tempfile::tempdir().unwrap();
    let laptop = Device::new();
    laptop.learner_started("Amina");
    let file = laptop.export("Laptop A", &stick.path().join("a.fcrecords"), 1_000);
    let trainer = Device::new();
    trainer.collect(&file.path).unwrap();
    let amina_here = trainer.fixture.learner("Amina");
    let here = LearnerRef {
        device_id: None,
        learner_id: amina_here.id().0,
    };
    let there = record(&laptop.store().device_id().unwrap(), 1);
    let store = trainer.store();
    store
        .link_same_person(&here, &there, Timestamp::now())
        .unwrap();
    assert_eq!(store.programme().unwrap().learners.len(), 1);
    let request = amina_here.prepare_removal().unwrap();
    amina_here.remove(request).unwrap();
    // A later learner may get the id: the link is gone with her.
    assert_eq!(
        trainer
            .fixture
            .count("SELECT count(*) FROM same_person_links"),
        0
    );
    let newcomer = trainer.fixture.learner("Bilal");
    assert_eq!(newcomer.id().0, here.learner_id);
    let programme = store.programme().unwrap();
    assert_eq!(programme.learners.len(), 2);
    assert!(
        programme
            .learners
            .iter()
            .all(|learner| !learner.is_joined())
    );
}
