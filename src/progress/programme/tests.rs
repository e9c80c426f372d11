//! The programme's rules on hand-made records: joining, the merge rule,
//! filters and sorting.
#![allow(clippy::unwrap_used)]

use super::*;
use crate::progress::{LearnerId, QuizSummary};

fn quiz(id: &str, attempts: u32, best: Option<f64>, passed: bool) -> QuizSummary {
    QuizSummary {
        quiz_id: id.to_owned(),
        title: id.to_uppercase(),
        attempts,
        best_score: best,
        passed,
    }
}

fn row(name: &str, course: &str, lessons: u32, last: i64) -> ReportRow {
    ReportRow {
        learner_id: LearnerId(1),
        display_name: name.to_owned(),
        certificate_name: format!("{name} Fullname"),
        course_id: course.to_owned(),
        course_title: course.to_uppercase(),
        course_version: "1.0.0".to_owned(),
        lessons_completed: lessons,
        lessons_total: 4,
        quizzes: vec![quiz("q1", 0, None, false)],
        final_assessment: Some(quiz("final", 0, None, false)),
        started_at: Timestamp::from_unix_ms(last - 100),
        completed_at: None,
        certificate_id: None,
        device: None,
        last_activity: Some(Timestamp::from_unix_ms(last)),
    }
}

fn record(device: Option<&str>, id: i64, name: &str, courses: Vec<ReportRow>) -> Record {
    Record {
        member: Member {
            learner: LearnerRef {
                device_id: device.map(|device| format!("id-{device}")),
                learner_id: id,
            },
            device_name: device.map(str::to_owned),
            display_name: name.to_owned(),
        },
        certificate_name: format!("{name} Fullname"),
        courses,
    }
}

fn reference(device: Option<&str>, id: i64) -> LearnerRef {
    LearnerRef {
        device_id: device.map(|device| format!("id-{device}")),
        learner_id: id,
    }
}

/// Tess on this laptop; Amina on laptops A and B; Chen on B, who started nothing.
fn records() -> Vec<Record> {
    let mut amina_a = row("Amina", "safety", 3, 5_000);
    amina_a.quizzes = vec![quiz("q1", 2, Some(0.5), false)];
    amina_a.completed_at = Some(Timestamp::from_unix_ms(4_000));
    amina_a.certificate_id = Some("FC-A".to_owned());
    let mut amina_b = row("amina k.", "safety", 1, 9_000);
    amina_b.quizzes = vec![quiz("q1", 1, Some(0.9), true)];
    amina_b.completed_at = Some(Timestamp::from_unix_ms(8_000));
    amina_b.certificate_id = Some("FC-B".to_owned());
    vec![
        record(None, 1, "Tess", vec![row("Tess", "safety", 2, 7_000)]),
        record(Some("Laptop A"), 1, "Amina", vec![amina_a]),
        record(
            Some("Laptop B"),
            1,
            "amina k.",
            vec![amina_b, row("amina k.", "water", 1, 3_000)],
        ),
        record(Some("Laptop B"), 2, "Chen", Vec::new()),
    ]
}

fn amina_link() -> Vec<(i64, [LearnerRef; 2])> {
    vec![(
        7,
        [
            reference(Some("Laptop A"), 1),
            reference(Some("Laptop B"), 1),
        ],
    )]
}

#[test]
fn joined_records_show_as_one_learner_by_the_written_rule() {
    let programme = join(records(), &amina_link());
    let names: Vec<&str> = programme
        .learners
        .iter()
        .map(|learner| learner.display_name.as_str())
        .collect();
    assert_eq!(names, ["Tess", "Amina", "Chen"]);
    let amina = &programme.learners[1];
    assert!(amina.is_joined());
    assert_eq!(amina.newest_link, Some(7));
    assert_eq!(amina.members.len(), 2);
    assert_eq!(amina.courses.len(), 2);
    let safety = &amina.courses[0];
    // The record with the most lessons counts; every attempt counts; the
    // best score and any pass of either; the earliest completion and its
    // certificate; the latest activity.
    assert_eq!(safety.lessons_completed, 3);
    assert_eq!(safety.quizzes[0].attempts, 3);
    assert_eq!(safety.quizzes[0].best_score, Some(0.9));
    assert!(safety.quizzes[0].passed);
    assert_eq!(safety.completed_at, Some(Timestamp::from_unix_ms(4_000)));
    assert_eq!(safety.certificate_id.as_deref(), Some("FC-A"));
    assert_eq!(safety.last_activity, Some(Timestamp::from_unix_ms(9_000)));
    assert_eq!(safety.display_name, "Amina");
    // A course only one record started is that record's, under the first name.
    assert_eq!(amina.courses[1].course_id, "water");
    assert_eq!(amina.courses[1].display_name, "Amina");
    assert_eq!(amina.last_activity, Some(Timestamp::from_unix_ms(9_000)));
    assert_eq!(programme.devices.len(), 3);
    assert_eq!(programme.devices[0].name, None);
}

#[test]
fn undoing_the_link_gives_back_the_programme_as_it_was() {
    let before = join(records(), &[]);
    assert_eq!(before.learners.len(), 4);
    assert!(before.learners.iter().all(|learner| !learner.is_joined()));
    let joined = join(records(), &amina_link());
    assert_ne!(joined, before);
    // Undo deletes the link: the records are built again without it.
    assert_eq!(join(records(), &[]), before);
}

#[test]
fn links_join_by_steps_and_a_link_to_a_missing_record_joins_nothing() {
    let links = vec![
        (
            1,
            [
                reference(Some("Laptop B"), 2),
                reference(Some("Laptop A"), 1),
            ],
        ),
        (2, [reference(Some("Laptop A"), 1), reference(None, 1)]),
        (
            3,
            [reference(Some("Gone"), 9), reference(Some("Laptop B"), 1)],
        ),
    ];
    let programme = join(records(), &links);
    assert_eq!(programme.learners.len(), 2);
    let first = &programme.learners[0];
    // The earliest record names the learner.
    assert_eq!(first.display_name, "Tess");
    assert_eq!(first.members.len(), 3);
    assert_eq!(first.newest_link, Some(2));
    assert!(!programme.learners[1].is_joined());
}

#[test]
fn merging_no_rows_gives_none() {
    assert_eq!(merge_course(Vec::new()), None);
}

#[test]
fn filters_keep_the_course_device_and_status_asked_for() {
    let programme = join(records(), &[]);
    let all = programme.lines(&ProgrammeFilter::default(), ProgrammeSort::default());
    // A line per learner and course, one for Chen who started none.
    assert_eq!(all.len(), 5);
    let names = |lines: &[ProgrammeLine]| -> Vec<String> {
        lines
            .iter()
            .map(|line| {
                let learner = programme.learner(*line).unwrap();
                let course = programme
                    .row(*line)
                    .map_or("-".to_owned(), |row| row.course_id.clone());
                format!("{}/{course}", learner.display_name)
            })
            .collect()
    };
    assert_eq!(
        names(&all),
        [
            "Amina/safety",
            "amina k./safety",
            "amina k./water",
            "Chen/-",
            "Tess/safety"
        ]
    );
    let water = ProgrammeFilter {
        course: Some("water".to_owned()),
        ..ProgrammeFilter::default()
    };
    let lines = programme.lines(&water, ProgrammeSort::default());
    assert_eq!(lines.len(), 4);
    let not_started = ProgrammeFilter {
        status: Some(Status::NotStarted),
        ..water.clone()
    };
    assert_eq!(
        names(&programme.lines(&not_started, ProgrammeSort::default())),
        ["Amina/-", "Chen/-", "Tess/-"]
    );
    let laptop_b = ProgrammeFilter {
        device: Some(Some("id-Laptop B".to_owned())),
        ..ProgrammeFilter::default()
    };
    assert_eq!(
        names(&programme.lines(&laptop_b, ProgrammeSort::default())),
        ["amina k./safety", "amina k./water", "Chen/-"]
    );
    let this_laptop = ProgrammeFilter {
        device: Some(None),
        ..ProgrammeFilter::default()
    };
    assert_eq!(
        names(&programme.lines(&this_laptop, ProgrammeSort::default())),
        ["Tess/safety"]
    );
    let completed = ProgrammeFilter {
        status: Some(Status::Completed),
        ..ProgrammeFilter::default()
    };
    assert_eq!(
        names(&programme.lines(&completed, ProgrammeSort::default())),
        ["Amina/safety", "amina k./safety"]
    );
    let in_progress = ProgrammeFilter {
        status: Some(Status::InProgress),
        ..ProgrammeFilter::default()
    };
    assert_eq!(
        programme
            .lines(&in_progress, ProgrammeSort::default())
            .len(),
        2
    );
}

#[test]
fn lines_sort_by_each_key_both_ways_ties_in_name_order() {
    let programme = join(records(), &[]);
    let order = |key: SortKey, descending: bool| -> Vec<String> {
        programme
            .lines(
                &ProgrammeFilter::default(),
                ProgrammeSort { key, descending },
            )
            .iter()
            .map(|line| {
                let learner = programme.learner(*line).unwrap();
                let course = programme
                    .row(*line)
                    .map_or("-".to_owned(), |row| row.course_id.clone());
                format!("{}/{course}", learner.display_name)
            })
            .collect()
    };
    assert_eq!(
        order(SortKey::Name, true),
        [
            "Tess/safety",
            "Chen/-",
            "amina k./safety",
            "amina k./water",
            "Amina/safety"
        ]
    );
    assert_eq!(
        order(SortKey::Device, false),
        [
            "Tess/safety",
            "Amina/safety",
            "amina k./safety",
            "amina k./water",
            "Chen/-"
        ]
    );
    assert_eq!(
        order(SortKey::Progress, true),
        [
            "Amina/safety",
            "Tess/safety",
            "amina k./safety",
            "amina k./water",
            "Chen/-"
        ]
    );
    assert_eq!(
        order(SortKey::LastActivity, false),
        [
            "Chen/-",
            "amina k./water",
            "Amina/safety",
            "Tess/safety",
            "amina k./safety"
        ]
    );
    assert_eq!(
        order(SortKey::LastActivity, true),
        [
            "amina k./safety",
            "Tess/safety",
            "Amina/safety",
            "amina k./water",
            "Chen/-"
        ]
    );
}
