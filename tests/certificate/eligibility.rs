//! The completion rule: every combination of lessons and quizzes.

use crate::common::{course, course_from, course_json};
use fieldcourse::certificate::{Standing, eligibility, final_score};
use fieldcourse::quiz::{NextStep, QuizStatus};
use serde_json::json;

fn status(passed: bool, best: f64) -> QuizStatus {
    QuizStatus {
        attempts_used: 1,
        attempts_left: None,
        best_score: Some(best),
        passed,
        next: NextStep::Start,
    }
}

fn standing(lessons: &[&str], passed: &[&str], failed: &[&str]) -> Standing {
    let mut standing = Standing {
        lessons_completed: lessons.iter().map(|id| (*id).to_owned()).collect(),
        ..Standing::default()
    };
    for id in passed {
        standing.quizzes.insert((*id).to_owned(), status(true, 0.9));
    }
    for id in failed {
        standing
            .quizzes
            .insert((*id).to_owned(), status(false, 0.2));
    }
    standing
}

const LESSONS: [&str; 3] = ["l1", "l2", "l3"];
const QUIZZES: [&str; 3] = ["q1", "q2", "final"];

/// Each subset of `items`, as a bit mask.
fn subsets(items: &[&'static str]) -> Vec<Vec<&'static str>> {
    (0..1_u32 << items.len())
        .map(|mask| {
            items
                .iter()
                .enumerate()
                .filter(|(index, _)| mask & (1 << index) != 0)
                .map(|(_, id)| *id)
                .collect()
        })
        .collect()
}

#[test]
fn by_default_every_lesson_and_every_quiz_with_the_final_assessment_is_needed() {
    let course = course();
    for lessons in subsets(&LESSONS) {
        for quizzes in subsets(&QUIZZES) {
            let failed: Vec<&str> = QUIZZES
                .iter()
                .copied()
                .filter(|q| !quizzes.contains(q))
                .collect();
            let result = eligibility(&course, &standing(&lessons, &quizzes, &failed));
            let all = lessons.len() == LESSONS.len() && quizzes.len() == QUIZZES.len();
            assert_eq!(
                result.is_met(),
                all,
                "lessons {lessons:?}, passed {quizzes:?}"
            );
            assert_eq!(result.missing_lessons.len(), LESSONS.len() - lessons.len());
            assert_eq!(result.missing_quizzes.len(), QUIZZES.len() - quizzes.len());
        }
    }
}

#[test]
fn listed_lessons_and_quizzes_are_all_that_count() {
    // Every combination of rule (lessons listed or not, quizzes listed or not)
    // against every combination of progress.
    for lesson_rule in [None, Some(vec![]), Some(vec!["l2"])] {
        for quiz_rule in [None, Some(vec![]), Some(vec!["final"])] {
            let mut json = course_json();
            json["completion"] = json!({});
            if let Some(ids) = &lesson_rule {
                json["completion"]["lessons"] = json!(ids);
            }
            if let Some(ids) = &quiz_rule {
                json["completion"]["quizzes"] = json!(ids);
            }
            let course = course_from(json);
            let required_lessons: Vec<&str> = lesson_rule.clone().unwrap_or(LESSONS.to_vec());
            let required_quizzes: Vec<&str> = quiz_rule.clone().unwrap_or(QUIZZES.to_vec());
            for lessons in subsets(&LESSONS) {
                for quizzes in subsets(&QUIZZES) {
                    let result = eligibility(&course, &standing(&lessons, &quizzes, &[]));
                    let expected = required_lessons.iter().all(|id| lessons.contains(id))
                        && required_quizzes.iter().all(|id| quizzes.contains(id));
                    assert_eq!(
                        result.is_met(),
                        expected,
                        "rule {lesson_rule:?}/{quiz_rule:?}, lessons {lessons:?}, passed {quizzes:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_failed_quiz_does_not_count_and_an_unknown_id_never_completes() {
    let course = course();
    let result = eligibility(&course, &standing(&LESSONS, &["q1", "q2"], &["final"]));
    assert_eq!(result.missing_quizzes, vec!["final"]);
    let mut json = course_json();
    json["completion"] = json!({"lessons": ["no-such-lesson"], "quizzes": []});
    let broken = course_from(json);
    let result = eligibility(&broken, &standing(&LESSONS, &QUIZZES, &[]));
    assert!(!result.is_met());
    assert_eq!(result.missing_lessons, vec!["no-such-lesson"]);
}

#[test]
fn the_final_score_is_the_final_assessment_else_the_mean_of_the_quizzes() {
    let course = course();
    let mut done = standing(&LESSONS, &[], &[]);
    assert_eq!(final_score(&course, &done), None);
    done.quizzes.insert("q1".into(), status(true, 0.6));
    done.quizzes.insert("q2".into(), status(true, 0.8));
    assert!((final_score(&course, &done).unwrap() - 0.7).abs() < 1e-9);
    done.quizzes.insert("final".into(), status(true, 0.95));
    assert_eq!(final_score(&course, &done), Some(0.95));
}
