//! Setting a PIN in two halves, so the slow one can run off the UI thread.
//!
//! Hashing a new PIN with Argon2 takes a good fraction of a second by design.
//! [`Store::new_pin`] checks the PIN's length (quick, with the store's error);
//! [`NewPin::hash`] makes the hash (slow, no database); and the store keeps it
//! ([`Store::set_trainer_pin_hash`], [`Store::reset_learner_pin_hash`],
//! [`Store::create_learner_hashed`]).

use super::pin::{Guarded, PIN_CHARS, TRAINER_LEFT_OPEN_SETTING, TRAINER_PIN_SETTING};
use super::{Error, LearnerId, LearnerSession, Profile, Result, Store, normalize_pin};
use crate::progress::InputProblem;
use std::path::PathBuf;

/// A new PIN of the right length, in its normal form, not hashed yet.
#[derive(Debug, Clone)]
pub struct NewPin {
    store: u64,
    path: PathBuf,
    normal: String,
}

/// The Argon2 hash of a new PIN, for the store that checked it.
#[derive(Debug, Clone)]
pub struct PinHash {
    store: u64,
    pub(super) hash: String,
}

impl NewPin {
    /// Hashes the PIN: slow (Argon2), and needs no store.
    pub fn hash(self) -> Result<PinHash> {
        let hash = Store::hash_normal_pin(&self.normal).map_err(|error| Error::InvalidInput {
            path: self.path,
            problem: InputProblem::PinNotProtected {
                detail: error.to_string(),
            },
        })?;
        Ok(PinHash {
            store: self.store,
            hash,
        })
    }
}

impl Store {
    /// Checks a new PIN's length once normalised ([`PIN_CHARS`]).
    pub fn new_pin(&self, pin: &str) -> Result<NewPin> {
        let normal = normalize_pin(pin);
        if !PIN_CHARS.contains(&normal.chars().count()) {
            return Err(Error::PinLength {
                path: self.path.clone(),
                min: *PIN_CHARS.start(),
                max: *PIN_CHARS.end(),
            });
        }
        Ok(NewPin {
            store: self.instance,
            path: self.path.clone(),
            normal,
        })
    }

    /// Keeps `hash` as the trainer PIN, and forgets wrong tries.
    pub fn set_trainer_pin_hash(&self, hash: PinHash) -> Result<()> {
        let hash = self.own_hash(hash)?;
        self.set_setting(TRAINER_PIN_SETTING, &hash)?;
        self.remove_setting(TRAINER_LEFT_OPEN_SETTING)?;
        self.clear_tries(Guarded::Trainer)
    }

    /// [`Store::reset_learner_pin`] with a PIN already hashed (`None`: no PIN).
    pub fn reset_learner_pin_hash(&self, learner: LearnerId, hash: Option<PinHash>) -> Result<()> {
        let hash = hash.map(|hash| self.own_hash(hash)).transpose()?;
        LearnerSession {
            store: self,
            learner,
        }
        .set_pin_hash(hash.as_deref())
    }

    /// [`Store::create_learner`] with the PIN already hashed (`None`: no PIN).
    pub fn create_learner_hashed(
        &self,
        profile: &Profile,
        pin: Option<PinHash>,
    ) -> Result<LearnerSession<'_>> {
        let pin_hash = pin.map(|hash| self.own_hash(hash)).transpose()?;
        self.insert_learner(profile, pin_hash.as_deref())
    }

    /// The hash, when this store checked its PIN.
    fn own_hash(&self, hash: PinHash) -> Result<String> {
        if hash.store == self.instance {
            Ok(hash.hash)
        } else {
            Err(Error::NotThisSession {
                path: self.path.clone(),
                what: "new PIN",
            })
        }
    }
}
