//! One simulated learner taking a course, module by module, through the
//! calls the app's lesson and quiz screens make.

use super::answer::response;
use super::{Result, question_seed};
use crate::certificate::issue::{Issue, issue_if_complete};
use crate::certificate::keys::Keyring;
use crate::course::{Course, Quiz};
use crate::progress::{AttemptOutcome, CourseVersion, LearnerSession};
use crate::quiz::{Attempt, AttemptPlan, AttemptSummary, NextStep, feedback_now, plan_attempt};
use crate::quiz::{AttemptResult, quiz_status};
use crate::time::Timestamp;

/// What one simulated learner did.
#[derive(Debug, Clone, PartialEq)]
pub struct LearnerOutcome {
    /// The learner's name.
    pub name: String,
    /// Their ability (questions have difficulties from -1.5 to 1.5; most
    /// learners are between -1 and 3).
    pub ability: f64,
    /// Lessons completed.
    pub lessons: u32,
    /// Quiz attempts submitted.
    pub attempts: u32,
    /// Of those, passed.
    pub passed_attempts: u32,
    /// Whether the course's completion rule was met.
    pub completed: bool,
    /// Whether a certificate was issued.
    pub certificate: bool,
}

/// A learner's traits, drawn once.
struct Traits {
    ability: f64,
    /// From 0.6 to 1: the chance to carry on after a failed quiz, and to keep
    /// reading rather than drop out before a lesson.
    persistence: f64,
}

/// The chance a learner gives up before any one lesson, at persistence 0.5
/// (none at persistence 1).
const DROP_OUT: f64 = 0.04;

/// Takes `course` for the learner of `session`, drawing from `rng`.
pub(super) fn take_course(
    session: &LearnerSession<'_>,
    version: &CourseVersion,
    course: &Course,
    keyring: &Keyring,
    seed: u64,
    rng: &mut fastrand::Rng,
) -> Result<LearnerOutcome> {
    // Roughly normal (a sum of uniforms) around 1: most learners manage most
    // questions, as in a group that chose the course.
    let normal = ((0..4).map(|_| rng.f64()).sum::<f64>() - 2.0) * 3.0_f64.sqrt();
    let traits = Traits {
        ability: 1.0 + normal,
        persistence: 0.6 + 0.4 * rng.f64(),
    };
    let mut outcome = LearnerOutcome {
        name: session.learner()?.display_name,
        ability: traits.ability,
        lessons: 0,
        attempts: 0,
        passed_attempts: 0,
        completed: false,
        certificate: false,
    };
    session.enroll(version)?;
    let mut quit = false;
    'modules: for module in &course.modules {
        for lesson in &module.lessons {
            if rng.f64() < DROP_OUT * 2.0 * (1.0 - traits.persistence) {
                quit = true;
                break 'modules;
            }
            session.open_lesson(version, &lesson.id)?;
            let minutes = f64::from(lesson.estimated_minutes.max(1));
            let seconds = minutes * 60.0 * (0.5 + rng.f64());
            session.add_lesson_time(version, &lesson.id, seconds.round() as u32)?;
            session.complete_lesson(version, &lesson.id)?;
            outcome.lessons += 1;
            record(session, version, course, keyring, &mut outcome)?;
        }
        if let Some(quiz) = &module.quiz
            && !sit(
                session,
                version,
                course,
                keyring,
                quiz,
                &traits,
                seed,
                rng,
                &mut outcome,
            )?
        {
            quit = true;
            break;
        }
    }
    if !quit && let Some(quiz) = &course.final_assessment {
        sit(
            session,
            version,
            course,
            keyring,
            quiz,
            &traits,
            seed,
            rng,
            &mut outcome,
        )?;
    }
    Ok(outcome)
}

/// Records the completion and certificate when the rule is met, as the app
/// does after every lesson and quiz.
fn record(
    session: &LearnerSession<'_>,
    version: &CourseVersion,
    course: &Course,
    keyring: &Keyring,
    outcome: &mut LearnerOutcome,
) -> Result<()> {
    match issue_if_complete(session, version, course, keyring, Timestamp::now())? {
        Issue::Issued(_) | Issue::AlreadyIssued(_) => {
            outcome.completed = true;
            outcome.certificate = true;
        }
        Issue::NoCertificate => {
            outcome.completed = session
                .enrollment(&course.id)?
                .is_some_and(|enrollment| enrollment.completed_at.is_some());
        }
        Issue::NotYet(_) => {}
    }
    Ok(())
}

/// Sits `quiz` until passed, out of attempts, or discouraged; returns whether
/// the learner passed (and so goes on).
#[allow(clippy::too_many_arguments)]
fn sit(
    session: &LearnerSession<'_>,
    version: &CourseVersion,
    course: &Course,
    keyring: &Keyring,
    quiz: &Quiz,
    traits: &Traits,
    seed: u64,
    rng: &mut fastrand::Rng,
    outcome: &mut LearnerOutcome,
) -> Result<bool> {
    let mut previous: Vec<String> = Vec::new();
    let mut summaries: Vec<AttemptSummary> = Vec::new();
    loop {
        let status = quiz_status(quiz, &summaries);
        if status.passed {
            return Ok(true);
        }
        if status.next == NextStep::NoAttemptsLeft
            || (!summaries.is_empty() && rng.f64() > traits.persistence)
        {
            return Ok(false);
        }
        let retake = f64::from(u32::try_from(summaries.len()).unwrap_or(u32::MAX));
        let plan = plan_attempt(quiz, rng.u64(..), &previous);
        let result = attempt(
            session,
            version,
            quiz,
            &plan,
            traits.ability + 0.6 * retake,
            seed,
            rng,
        )?;
        previous = plan.questions.into_iter().map(|q| q.question_id).collect();
        outcome.attempts += 1;
        outcome.passed_attempts += u32::from(result.passed);
        summaries.push(AttemptSummary {
            score: result.score,
            passed: result.passed,
            finished: true,
        });
        record(session, version, course, keyring, outcome)?;
    }
}

/// One attempt: started, each planned question answered and recorded, then
/// graded and submitted.
fn attempt(
    session: &LearnerSession<'_>,
    version: &CourseVersion,
    quiz: &Quiz,
    plan: &AttemptPlan,
    ability: f64,
    seed: u64,
    rng: &mut fastrand::Rng,
) -> Result<AttemptResult> {
    let id = session.start_attempt(version, &quiz.id, plan.seed, plan)?;
    let mut attempt = Attempt::new(plan.clone());
    for planned in &plan.questions {
        let Some(question) = quiz.questions.iter().find(|q| q.id == planned.question_id) else {
            continue;
        };
        let difficulty = {
            let mut draw = fastrand::Rng::with_seed(question_seed(seed, &question.id));
            draw.f64() * 3.0 - 1.5
        };
        let chance = 1.0 / (1.0 + (difficulty - ability).exp());
        let right = rng.f64() < chance;
        let Some(given) = response(question, right, rng) else {
            continue;
        };
        // The real grader, as the quiz screen grades an answer.
        let Ok(graded) = attempt.answer(quiz, &question.id, given.clone()) else {
            continue;
        };
        let points = feedback_now(quiz).then_some(graded.points);
        session.record_answer(id, &question.id, &given, points)?;
    }
    let result = attempt.submit(quiz)?;
    session.finish_attempt(id, &AttemptOutcome::from(&result))?;
    Ok(result)
}
