//! `fieldcourse records export|import|list` and the report's `device`
//! column, run as trainers run them.

use crate::cli::{fieldcourse, stderr, stdout};
use crate::records::{Device, database_content};
use serde_json::Value;

#[test]
fn a_round_from_two_laptops_to_the_trainers_report() {
    let stick = tempfile::tempdir().unwrap();
    let laptop_a = Device::new();
    laptop_a.learner_with_progress("Amina");
    let laptop_b = Device::new();
    laptop_b.learner_started("Chen");
    let trainer = Device::new();
    trainer.learner_started("Tess");
    let data = |device: &Device| device.fixture.data_dir().to_owned();

    let output = fieldcourse(
        &data(&laptop_a),
        &[
            "records",
            "export",
            "--device-name",
            "Laptop A",
            "--output",
            stick.path().to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("\"Laptop A\""), "{text}");
    assert!(
        text.contains(": 1 learner, 1 course started, 1 quiz attempt,"),
        "{text}"
    );
    // Its size and the time it took.
    assert!(
        text.contains(" KiB in ") || text.contains(" B in "),
        "{text}"
    );
    assert!(text.contains(" s;"), "{text}");
    // The name is remembered for next time.
    let b_file = stick.path().join("b.fcrecords");
    let output = fieldcourse(
        &data(&laptop_b),
        &["records", "export", "--output", b_file.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let stick_path = stick.path().to_str().unwrap();
    let output = fieldcourse(&data(&trainer), &["records", "import", stick_path]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("2 of 2 files collected, 0 refused"), "{text}");
    let before = database_content(&trainer.fixture.database());
    // Again: nothing changes, and it says so.
    let output = fieldcourse(&data(&trainer), &["records", "import", stick_path]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).contains("0 of 2 files collected"));
    assert!(stdout(&output).contains("nothing changed"));
    assert_eq!(database_content(&trainer.fixture.database()), before);

    let output = fieldcourse(&data(&trainer), &["records", "list"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("Laptop A\t1\t"),
        "{}",
        stdout(&output)
    );

    let output = fieldcourse(&data(&trainer), &["report"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert!(lines[0].ends_with(",device"), "{text}");
    assert!(
        lines[1].starts_with("1,Tess,") && lines[1].ends_with(','),
        "{text}"
    );
    assert!(
        lines[2].starts_with("1,Amina,") && lines[2].ends_with(",Laptop A"),
        "{text}"
    );
    assert_eq!(lines.len(), 5, "{text}");
    let output = fieldcourse(&data(&trainer), &["report", "--format", "json"]);
    let report: Value = serde_json::from_str(&stdout(&output)).unwrap();
    let devices: Vec<&Value> = report["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| &row["device"])
        .collect();
    assert_eq!(devices[0], &Value::Null);
    assert_eq!(devices[1], "Laptop A");
}

#[test]
fn import_names_each_refused_file_and_collects_the_rest() {
    let stick = tempfile::tempdir().unwrap();
    let laptop = Device::new();
    laptop.learner_started("Chen");
    let good = laptop.export("Laptop B", &stick.path().join("good.fcrecords"), 1_000);
    let bad = stick.path().join("bad.fcrecords");
    std::fs::write(&bad, "not records").unwrap();
    let trainer = Device::new();
    let output = fieldcourse(
        trainer.fixture.data_dir(),
        &[
            "records",
            "import",
            bad.to_str().unwrap(),
            good.path.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let errors = stderr(&output);
    assert!(
        errors.contains("bad.fcrecords is not a Fieldcourse records file"),
        "{errors}"
    );
    assert!(stdout(&output).contains("1 of 2 files collected, 1 refused"));
    assert_eq!(trainer.store().collected_learners().unwrap().len(), 1);
}
