//! A PIN check in two halves, so the slow one can run off the UI thread.
//!
//! Comparing a typed PIN with its Argon2 hash takes a good fraction of a
//! second by design. The store's half needs the database and is quick: it
//! reads the hash and refuses a try while a wait runs ([`Store::learner_pin_try`],
//! [`Store::trainer_pin_try`]). The slow half needs no database
//! ([`PinTry::compare`]), and its result goes back to the same store, which
//! counts a wrong try or forgets the wrong tries ([`Store::finish_learner_pin`],
//! [`Store::finish_trainer_pin`]). Only [`PinTry::compare`] makes a
//! [`PinCompared`], so a check cannot be finished without the right PIN.

use super::pin::{Guarded, PinMatch, TRAINER_PIN_SETTING, TRAINER_WHO};
use super::{Error, LearnerId, LearnerSession, Result, Store, Timestamp, normalize_pin};

/// A typed PIN and the hash to compare it with; see the module docs.
#[derive(Debug)]
pub struct PinTry {
    ticket: Ticket,
    hash: String,
    typed: String,
}

/// What [`PinTry::compare`] found, for the store that made the try.
#[derive(Debug, Clone)]
pub struct PinCompared {
    ticket: Ticket,
    found: Found,
}

/// Whose try it is, in which store.
#[derive(Debug, Clone)]
struct Ticket {
    store: u64,
    who: Guarded,
    name: String,
}

#[derive(Debug, Clone)]
enum Found {
    Matches,
    /// It matched only as typed; the hash of its normal form replaces the old one.
    Rehashed(String),
    Wrong,
}

/// The first half of opening a learner's session.
#[derive(Debug)]
pub enum SessionStep<'a> {
    /// The learner has no PIN: the session is open.
    Open(LearnerSession<'a>),
    /// Compare the PIN (off the UI thread), then [`Store::finish_learner_pin`].
    Compare(PinTry),
}

impl PinTry {
    /// Compares the typed PIN with the hash: slow (Argon2), and needs no store.
    pub fn compare(self) -> PinCompared {
        let found = match Store::compare_pin(&self.hash, &self.typed) {
            PinMatch::Matches => Found::Matches,
            PinMatch::MatchesAsTyped(normal) => match Store::hash_normal_pin(&normal) {
                Ok(hash) => Found::Rehashed(hash),
                // The PIN is right; the old hash simply stays.
                Err(problem) => {
                    log::warn!("a PIN's hash could not be renewed: {problem}");
                    Found::Matches
                }
            },
            PinMatch::Wrong => Found::Wrong,
        };
        PinCompared {
            ticket: self.ticket,
            found,
        }
    }
}

impl Store {
    /// Starts opening `learner`'s session with `pin`: the session at once when
    /// they have no PIN, else the comparison to run. Errors as
    /// [`Store::open_session`] (no PIN typed, a wait running, a learner gone).
    pub fn learner_pin_try(
        &self,
        learner: LearnerId,
        pin: Option<&str>,
        now: Timestamp,
    ) -> Result<SessionStep<'_>> {
        let found = self.read_learner(learner)?;
        let Some(hash) = found.pin_hash else {
            return Ok(SessionStep::Open(LearnerSession {
                store: self,
                learner,
            }));
        };
        let name = found.learner.display_name;
        let Some(pin) = pin.filter(|pin| !normalize_pin(pin).is_empty()) else {
            return Err(Error::PinRequired {
                path: self.path.clone(),
                name,
            });
        };
        let who = Guarded::Learner(learner);
        self.check_no_wait(who, &name, now)?;
        Ok(SessionStep::Compare(PinTry {
            ticket: Ticket {
                store: self.instance,
                who,
                name,
            },
            hash,
            typed: pin.to_owned(),
        }))
    }

    /// Finishes a learner's PIN check: their session when the PIN was right,
    /// else [`Error::WrongPin`] or [`Error::PinWait`], the try counted.
    pub fn finish_learner_pin(
        &self,
        compared: PinCompared,
        now: Timestamp,
    ) -> Result<LearnerSession<'_>> {
        let Guarded::Learner(learner) = self.own_ticket(&compared.ticket)? else {
            return Err(self.not_this_try());
        };
        let session = LearnerSession {
            store: self,
            learner,
        };
        let who = compared.ticket.who;
        match compared.found {
            Found::Matches => {}
            Found::Rehashed(hash) => session.set_pin_hash(Some(&hash))?,
            Found::Wrong => return Err(self.wrong_pin(who, &compared.ticket.name, now)?),
        }
        self.clear_tries(who)?;
        Ok(session)
    }

    /// Starts checking `pin` for the trainer area: `None` when no trainer PIN
    /// is set (the area opens), else the comparison to run. A running wait is
    /// [`Error::PinWait`].
    pub fn trainer_pin_try(&self, pin: &str, now: Timestamp) -> Result<Option<PinTry>> {
        let Some(hash) = self.setting::<String>(TRAINER_PIN_SETTING)? else {
            return Ok(None);
        };
        self.check_no_wait(Guarded::Trainer, TRAINER_WHO, now)?;
        Ok(Some(PinTry {
            ticket: Ticket {
                store: self.instance,
                who: Guarded::Trainer,
                name: TRAINER_WHO.to_owned(),
            },
            hash,
            typed: pin.to_owned(),
        }))
    }

    /// Finishes a trainer PIN check: whether it opens the area, the try
    /// counted; a wrong try that starts a wait is [`Error::PinWait`].
    pub fn finish_trainer_pin(&self, compared: PinCompared, now: Timestamp) -> Result<bool> {
        let Guarded::Trainer = self.own_ticket(&compared.ticket)? else {
            return Err(self.not_this_try());
        };
        match compared.found {
            Found::Matches => {}
            Found::Rehashed(hash) => self.set_setting(TRAINER_PIN_SETTING, &hash)?,
            Found::Wrong => {
                return match self.wrong_pin(Guarded::Trainer, TRAINER_WHO, now)? {
                    Error::WrongPin { .. } => Ok(false),
                    wait => Err(wait),
                };
            }
        }
        self.clear_tries(Guarded::Trainer)?;
        Ok(true)
    }

    /// Whose try `ticket` is, when this store made it.
    fn own_ticket(&self, ticket: &Ticket) -> Result<Guarded> {
        if ticket.store == self.instance {
            Ok(ticket.who)
        } else {
            Err(self.not_this_try())
        }
    }

    fn not_this_try(&self) -> Error {
        Error::NotThisSession {
            path: self.path.clone(),
            what: "PIN check",
        }
    }
}
