//! The course's completion rule, judged from what the learner has done.

use crate::course::Course;
use crate::quiz::QuizStatus;
use std::collections::{HashMap, HashSet};

/// What a learner has done in a course, as the progress store knows it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Standing {
    /// Ids of the lessons the learner has completed.
    pub lessons_completed: HashSet<String>,
    /// The learner's standing on each quiz they have attempted, by quiz id.
    pub quizzes: HashMap<String, QuizStatus>,
}

/// Whether the completion rule is met, and if not, what is left to do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Eligibility {
    /// Lessons the rule requires that are not completed yet, in course order.
    pub missing_lessons: Vec<String>,
    /// Quizzes the rule requires that are not passed yet, in course order.
    pub missing_quizzes: Vec<String>,
}

impl Eligibility {
    /// Whether everything the rule asks for is done.
    pub fn is_met(&self) -> bool {
        self.missing_lessons.is_empty() && self.missing_quizzes.is_empty()
    }
}

/// Judges `course`'s completion rule: the lessons it lists (all when it lists
/// none) completed, and the quizzes it lists (all, with the final assessment,
/// when it lists none) passed. An id the course does not have counts as not
/// done, so a broken rule never hands out certificates.
pub fn eligibility(course: &Course, standing: &Standing) -> Eligibility {
    let required_lessons: Vec<&str> = match &course.completion.lessons {
        Some(ids) => ids.iter().map(String::as_str).collect(),
        None => course.lessons().map(|lesson| lesson.id.as_str()).collect(),
    };
    let required_quizzes: Vec<&str> = match &course.completion.quizzes {
        Some(ids) => ids.iter().map(String::as_str).collect(),
        None => course.quizzes().map(|quiz| quiz.id.as_str()).collect(),
    };
    let lesson_exists = |id: &str| course.lessons().any(|lesson| lesson.id == id);
    let quiz_exists = |id: &str| course.quizzes().any(|quiz| quiz.id == id);
    Eligibility {
        missing_lessons: required_lessons
            .into_iter()
            .filter(|id| !(lesson_exists(id) && standing.lessons_completed.contains(*id)))
            .map(str::to_owned)
            .collect(),
        missing_quizzes: required_quizzes
            .into_iter()
            .filter(|id| {
                !(quiz_exists(id) && standing.quizzes.get(*id).is_some_and(|quiz| quiz.passed))
            })
            .map(str::to_owned)
            .collect(),
    }
}

/// The score printed on the certificate, from 0 to 1: the final assessment's
/// best score when the course has one, else the mean best score of the quizzes
/// the rule requires; `None` when no quiz was taken.
pub fn final_score(course: &Course, standing: &Standing) -> Option<f64> {
    let best = |id: &str| standing.quizzes.get(id).and_then(|quiz| quiz.best_score);
    if let Some(final_assessment) = &course.final_assessment
        && let Some(score) = best(&final_assessment.id)
    {
        return Some(score);
    }
    let scores: Vec<f64> = match &course.completion.quizzes {
        Some(ids) => ids.iter().filter_map(|id| best(id)).collect(),
        None => course.quizzes().filter_map(|quiz| best(&quiz.id)).collect(),
    };
    if scores.is_empty() {
        None
    } else {
        Some(scores.iter().sum::<f64>() / scores.len() as f64)
    }
}
