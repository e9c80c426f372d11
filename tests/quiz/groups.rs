//! Drawing by group: exact counts per group, every question reachable, a seed
//! that always gives the same attempt, and plans of quizzes without groups
//! unchanged from earlier versions.

use crate::common::*;
use fieldcourse::course::Quiz;
use fieldcourse::quiz::{Attempt, AttemptPlan, Response, plan_attempt};
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// Two questions always asked, a group of 5 drawing 2 and a group of 3 drawing 1.
fn grouped_quiz(shuffle_questions: bool) -> Quiz {
    let mut quiz = quiz_of(
        10,
        json!({
            "shuffle_questions": shuffle_questions,
            "groups": [{"id": "scenarios", "draw": 2}, {"id": "law", "draw": 1}]
        }),
    );
    for (index, question) in quiz.questions.iter_mut().enumerate() {
        question.group = match index {
            0 | 9 => None,
            1..=5 => Some("scenarios".to_owned()),
            _ => Some("law".to_owned()),
        };
    }
    quiz
}

fn group_of(quiz: &Quiz, id: &str) -> Option<String> {
    quiz.questions
        .iter()
        .find(|question| question.id == id)
        .and_then(|question| question.group.clone())
}

#[test]
fn every_attempt_draws_exactly_each_groups_count_and_every_question_can_come() {
    for shuffle in [false, true] {
        let quiz = grouped_quiz(shuffle);
        let mut times_drawn: HashMap<String, usize> = HashMap::new();
        for seed in 0..10_000 {
            let plan = plan_attempt(&quiz, seed, &[]);
            let mut per_group: BTreeMap<Option<String>, usize> = BTreeMap::new();
            for planned in &plan.questions {
                *per_group
                    .entry(group_of(&quiz, &planned.question_id))
                    .or_default() += 1;
                *times_drawn.entry(planned.question_id.clone()).or_default() += 1;
            }
            assert_eq!(
                per_group,
                BTreeMap::from([
                    (None, 2),
                    (Some("law".to_owned()), 1),
                    (Some("scenarios".to_owned()), 2),
                ]),
                "seed {seed}"
            );
            if !shuffle {
                let ids: Vec<&str> = plan
                    .questions
                    .iter()
                    .map(|q| q.question_id.as_str())
                    .collect();
                let mut sorted = ids.clone();
                sorted.sort_by_key(|id| id[1..].parse::<usize>().unwrap());
                assert_eq!(ids, sorted, "without shuffle the file order is kept");
            }
        }
        assert_eq!(
            times_drawn.len(),
            10,
            "every question is drawn by some seed"
        );
        // Always-asked questions come every time; group questions in their share.
        assert_eq!(times_drawn["q0"], 10_000);
        assert_eq!(times_drawn["q9"], 10_000);
        for id in ["q1", "q2", "q3", "q4", "q5"] {
            assert!(
                (3_000..5_000).contains(&times_drawn[id]),
                "{id}: {}",
                times_drawn[id]
            );
        }
        for id in ["q6", "q7", "q8"] {
            assert!(
                (2_800..3_900).contains(&times_drawn[id]),
                "{id}: {}",
                times_drawn[id]
            );
        }
    }
}

#[test]
fn a_retry_draws_other_questions_in_each_group_while_it_can() {
    let quiz = grouped_quiz(true);
    for seed in 0..500 {
        let first = plan_attempt(&quiz, seed, &[]);
        let previous: Vec<String> = first
            .questions
            .iter()
            .map(|q| q.question_id.clone())
            .collect();
        let second = plan_attempt(&quiz, seed + 1, &previous);
        let repeated: Vec<&str> = second
            .questions
            .iter()
            .map(|q| q.question_id.as_str())
            .filter(|id| previous.iter().any(|p| p == id))
            .filter(|id| group_of(&quiz, id).as_deref() == Some("scenarios"))
            .collect();
        assert!(
            repeated.is_empty(),
            "seed {seed}: 5 allow two disjoint draws of 2"
        );
    }
}

#[test]
fn a_stored_attempt_resumes_identical() {
    let quiz = grouped_quiz(true);
    let plan = plan_attempt(&quiz, 2024, &[]);
    assert_eq!(
        plan,
        plan_attempt(&quiz, 2024, &[]),
        "the seed decides everything"
    );
    let mut attempt = Attempt::new(plan.clone());
    let first = plan.questions[0].question_id.clone();
    attempt
        .answer(&quiz, &first, Response::TrueFalse(true))
        .unwrap();
    // What the store keeps is the plan as JSON: read back, it is the same attempt.
    let stored = serde_json::to_value(&attempt.plan).unwrap();
    let resumed: AttemptPlan = serde_json::from_value(stored).unwrap();
    assert_eq!(resumed, plan);
    let mut resumed = Attempt::new(resumed);
    resumed.responses = attempt.responses.clone();
    assert_eq!(resumed.resume_position(), Some(1));
    assert_eq!(
        resumed.submit(&quiz).unwrap(),
        attempt.submit(&quiz).unwrap()
    );
}

/// Quizzes without groups whose plans were recorded before groups existed.
fn recorded_quizzes() -> Vec<(&'static str, Quiz)> {
    vec![
        ("mixed", mixed_quiz(true)),
        ("mixed-in-order", mixed_quiz(false)),
        (
            "drawn",
            quiz_of(10, json!({"draw": 4, "shuffle_questions": true})),
        ),
        ("drawn-in-order", quiz_of(10, json!({"draw": 4}))),
    ]
}

fn recorded_plans() -> Value {
    let mut plans = serde_json::Map::new();
    for (name, quiz) in recorded_quizzes() {
        let previous = ["q1".to_owned(), "q2".to_owned(), "q3".to_owned()];
        let list: Vec<AttemptPlan> = (0..25)
            .map(|seed| plan_attempt(&quiz, seed, if seed % 2 == 0 { &[] } else { &previous }))
            .collect();
        plans.insert(name.to_owned(), serde_json::to_value(list).unwrap());
    }
    Value::Object(plans)
}

const RECORDED: &str = "tests/quiz/fixtures/plans_before_groups.json";

#[test]
fn plans_of_quizzes_without_groups_are_unchanged() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(RECORDED);
    let recorded: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(recorded_plans(), recorded);
}

/// Writes the recorded plans. Run by hand only with the engine of a released
/// version: `FIELDCOURSE_WRITE_FIXTURE=1 cargo test --test quiz write_plans -- --ignored`
#[test]
#[ignore = "writes a fixture into the source tree"]
fn write_plans() {
    if std::env::var_os("FIELDCOURSE_WRITE_FIXTURE").is_none() {
        return;
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(RECORDED);
    let mut text = serde_json::to_string_pretty(&recorded_plans()).unwrap();
    text.push('\n');
    std::fs::write(path, text).unwrap();
}
