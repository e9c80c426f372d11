//! Practice data: simulated learners who take a course through the same store
//! calls the app makes (lessons opened, read and completed; quiz attempts
//! planned, answered, graded by the real grader and submitted; the completion
//! and certificate recorded by [`issue_if_complete`]), for trainers trying the
//! trainer area, for tests, benchmarks and screenshots.
//!
//! Each learner has an ability and each question a difficulty (the chance of a
//! right answer is the logistic of their difference, a little higher on each
//! retake), and a persistence that decides whether they retake a failed quiz
//! or give up; so scores, failures, retakes and completions vary as in a real
//! group. Everything drawn comes from the seed: the same seed gives the same
//! learners, answers, scores and completions (times, statement ids and
//! certificate ids are made as the app makes them: from the clock and at random).
//!
//! Simulated learners are named "Simulated learner N" and their ids are kept
//! in the device setting `simulate.learners`, which is how they are told from
//! real learners and removed all at once ([`remove_simulated`]); a data folder
//! with only simulated learners calls itself "simulated" in its records files.
//! No table changes: the marker is a setting.

mod answer;
mod learner;

use crate::certificate::keys::Keyring;
use crate::course::Course;
use crate::progress::{self, LearnerId, NewLearner, Profile, Store};
use std::path::PathBuf;

pub use learner::LearnerOutcome;

/// The device setting listing the simulated learners' ids.
const SIMULATED_SETTING: &str = "simulate.learners";

/// The device name of a data folder holding only simulated learners.
pub const SIMULATED_DEVICE: &str = "simulated";

/// The start of every simulated learner's name.
pub const NAME_PREFIX: &str = "Simulated learner";

/// A result of the simulate module.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why a simulation could not run or be removed.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The data folder holds real learners and `force` was not given.
    #[error(
        "{} holds {count} real learner(s): simulated learners would be mixed with them; use an empty data folder (--data-dir DIR), or add --force to add them anyway (`fieldcourse simulate --remove` takes them out again)",
        path.display()
    )]
    RealLearners {
        /// The progress file.
        path: PathBuf,
        /// How many real learners it holds.
        count: usize,
    },
    /// The progress store failed.
    #[error(transparent)]
    Progress(#[from] progress::Error),
    /// The course's quiz could not be graded (a course that did not pass
    /// validation).
    #[error(transparent)]
    Quiz(#[from] crate::quiz::Error),
    /// Issuing a certificate failed.
    #[error(transparent)]
    Certificate(#[from] crate::certificate::Error),
}

/// What to simulate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// How many learners to add.
    pub learners: u32,
    /// The seed everything drawn comes from.
    pub seed: u64,
    /// Add them even where real learners are.
    pub force: bool,
}

/// What a simulation did.
#[derive(Debug, Clone, PartialEq)]
pub struct Simulated {
    /// Each learner added, in order.
    pub learners: Vec<LearnerOutcome>,
}

impl Simulated {
    /// Learners who completed the course.
    pub fn completed(&self) -> usize {
        self.learners.iter().filter(|l| l.completed).count()
    }

    /// Quiz attempts submitted, and of those, passed.
    pub fn attempts(&self) -> (u32, u32) {
        self.learners.iter().fold((0, 0), |(all, passed), l| {
            (all + l.attempts, passed + l.passed_attempts)
        })
    }
}

/// The ids of the simulated learners still in `store`.
pub fn simulated_learners(store: &Store) -> Result<Vec<LearnerId>> {
    let marked: Vec<i64> = store.setting(SIMULATED_SETTING)?.unwrap_or_default();
    let present: Vec<LearnerId> = store.learners()?.into_iter().map(|l| l.id).collect();
    Ok(marked
        .into_iter()
        .map(LearnerId)
        .filter(|id| present.contains(id))
        .collect())
}

/// How many learners of `store` are real (not simulated).
pub fn real_learner_count(store: &Store) -> Result<usize> {
    let simulated = simulated_learners(store)?;
    Ok(store
        .learners()?
        .iter()
        .filter(|learner| !simulated.contains(&learner.id))
        .count())
}

/// Adds `plan.learners` simulated learners to `store`, each taking `course`
/// as the app would record it, certificates signed with `keyring`'s keys.
/// Refused ([`Error::RealLearners`]) where real learners are, unless
/// `plan.force`. Numbering goes on from the simulated learners already there.
pub fn simulate(
    store: &Store,
    keyring: &Keyring,
    course: &Course,
    plan: &Plan,
) -> Result<Simulated> {
    let real = real_learner_count(store)?;
    if real > 0 && !plan.force {
        return Err(Error::RealLearners {
            path: store.path().to_owned(),
            count: real,
        });
    }
    if real == 0 && store.device_name()?.is_none() {
        store.set_device_name(SIMULATED_DEVICE)?;
    }
    let version = store.register_course(course)?;
    let mut marked: Vec<i64> = store.setting(SIMULATED_SETTING)?.unwrap_or_default();
    let first = u64::try_from(marked.len()).unwrap_or(0) + 1;
    let mut learners = Vec::new();
    for number in first..first + u64::from(plan.learners) {
        let mut rng = fastrand::Rng::with_seed(mix(plan.seed, number));
        let name = format!("{NAME_PREFIX} {number}");
        let session = store.create_learner(&NewLearner {
            profile: Profile {
                display_name: name.clone(),
                certificate_name: name,
                language: language(&mut rng).to_owned(),
            },
            pin: None,
        })?;
        // Marked at once, so a run that fails halfway still removes cleanly.
        marked.push(session.id().0);
        store.set_setting(SIMULATED_SETTING, &marked)?;
        learners.push(learner::take_course(
            &session, &version, course, keyring, plan.seed, &mut rng,
        )?);
    }
    Ok(Simulated { learners })
}

/// Removes every simulated learner of `store` with all their progress,
/// statements and certificates, as removing a learner in the app does; real
/// learners are not touched. Returns how many were removed.
pub fn remove_simulated(store: &Store) -> Result<usize> {
    let simulated = simulated_learners(store)?;
    for id in &simulated {
        let session = store.open_session(*id, None)?;
        let request = session.prepare_removal()?;
        session.remove(request)?;
    }
    store.remove_setting(SIMULATED_SETTING)?;
    if store.learners()?.is_empty() && store.device_name()?.as_deref() == Some(SIMULATED_DEVICE) {
        store.set_device_name("")?;
    }
    Ok(simulated.len())
}

/// A learner's interface (and certificate) language: English most often.
fn language(rng: &mut fastrand::Rng) -> &'static str {
    match rng.u32(..20) {
        0..8 => "en",
        8..13 => "fr",
        13..17 => "es",
        _ => "ar",
    }
}

/// A seed for `number` drawn from `seed` (splitmix64), so learners differ.
fn mix(seed: u64, number: u64) -> u64 {
    let mut z = seed.wrapping_add(number.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A seed for a question's difficulty: the same for every learner of a run.
fn question_seed(seed: u64, question_id: &str) -> u64 {
    // FNV-1a: stable across runs and platforms, unlike the std hasher.
    let hash = question_id
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
        });
    mix(seed, hash)
}
