//! Learners and their sessions.
//!
//! Several learners share one device. Anyone may see the list of names (to pick
//! their own), but a learner's details and progress are read or changed only
//! through a [`LearnerSession`], which [`Store::open_session`] hands out after
//! checking the PIN. A PIN is kept as a salted Argon2id hash, never as itself;
//! `pin` has the rule for when two PINs are the same and the wait after wrong
//! tries.

mod new_pin;
mod pin;
mod pin_try;
mod subject;

use super::{CourseVersion, Error, InputProblem, Result, Store, Timestamp};
pub use new_pin::{NewPin, PinHash};
use pin::Guarded;
pub use pin::{
    FIRST_WAIT_SECONDS, FREE_TRIES, LONGEST_WAIT_SECONDS, PIN_CHARS, TrainerAccess, normalize_pin,
};
pub use pin_try::{PinCompared, PinTry, SessionStep};
use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;
use std::fmt;
pub(crate) use subject::give_subject_ids;
pub use subject::new_subject_id;

/// A learner's id in the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct LearnerId(pub i64);

impl fmt::Display for LearnerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Longest display name, in characters.
const MAX_NAME_CHARS: usize = 80;
/// Longest name for certificates, in characters.
const MAX_CERTIFICATE_NAME_CHARS: usize = 120;

/// What the learner picker shows: no progress, nothing private.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LearnerSummary {
    /// The learner's id, to pass to [`Store::open_session`].
    pub id: LearnerId,
    /// The name shown on this device.
    pub display_name: String,
    /// The learner's preferred language (BCP 47).
    pub language: String,
    /// Whether opening the session asks for a PIN.
    pub has_pin: bool,
}

/// A learner's details, as read through their session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Learner {
    /// The learner's id.
    pub id: LearnerId,
    /// The name shown on this device.
    pub display_name: String,
    /// The name printed on certificates.
    pub certificate_name: String,
    /// The preferred language (BCP 47).
    pub language: String,
    /// Whether the learner has a PIN.
    pub has_pin: bool,
    /// When the learner was added.
    pub created_at: Timestamp,
}

/// The details a learner can change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    /// The name shown on this device.
    pub display_name: String,
    /// The name printed on certificates; blank means the display name.
    pub certificate_name: String,
    /// The preferred language (BCP 47).
    pub language: String,
}

/// A learner to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewLearner {
    /// Name, name for certificates and language.
    pub profile: Profile,
    /// An optional PIN of 4 to 32 characters (see [`normalize_pin`]).
    pub pin: Option<String>,
}

/// Proof that a learner's session was opened on a store, to keep in GUI state and
/// turn back into a session with [`Store::resume_session`] without asking for
/// the PIN again. It cannot be made any other way, and works only on the store
/// that issued it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionKey {
    store: u64,
    learner: LearnerId,
}

impl SessionKey {
    /// The learner this key opens.
    pub fn learner(&self) -> LearnerId {
        self.learner
    }
}

/// One learner's access to their own details and progress. Every method is one
/// transaction, committed before it returns.
#[derive(Debug)]
pub struct LearnerSession<'a> {
    pub(crate) store: &'a Store,
    pub(crate) learner: LearnerId,
}

/// What removing a learner will delete, for the confirmation dialog. Pass it back
/// to [`LearnerSession::remove`] to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemovalRequest {
    store: u64,
    learner: LearnerId,
    /// The learner's display name.
    pub display_name: String,
    /// Courses started.
    pub courses: u32,
    /// Lessons opened.
    pub lessons: u32,
    /// Quiz attempts.
    pub quiz_attempts: u32,
    /// Reflection notes.
    pub notes: u32,
    /// Certificates issued.
    pub certificates: u32,
}

impl Store {
    /// Everyone who uses this device, by name, for the learner picker.
    pub fn learners(&self) -> Result<Vec<LearnerSummary>> {
        let fail = self.fail("list the learners");
        let mut statement = self
            .conn
            .prepare_cached(include_str!("list.sql"))
            .map_err(self.fail("list the learners"))?;
        let rows = statement
            .query_map([], |row| {
                Ok(LearnerSummary {
                    id: LearnerId(row.get(0)?),
                    display_name: row.get(1)?,
                    language: row.get(2)?,
                    has_pin: row.get(3)?,
                })
            })
            .and_then(Iterator::collect)
            .map_err(fail)?;
        Ok(rows)
    }

    /// Adds a learner and opens their session.
    pub fn create_learner(&self, new: &NewLearner) -> Result<LearnerSession<'_>> {
        self.checked_profile(&new.profile)?;
        let pin_hash = new
            .pin
            .as_deref()
            .map(|pin| self.hash_pin(pin))
            .transpose()?;
        self.insert_learner(&new.profile, pin_hash.as_deref())
    }

    /// Adds a learner with this PIN hash, and opens their session.
    fn insert_learner(
        &self,
        profile: &Profile,
        pin_hash: Option<&str>,
    ) -> Result<LearnerSession<'_>> {
        let profile = self.checked_profile(profile)?;
        self.conn
            .prepare_cached(include_str!("insert.sql"))
            .and_then(|mut insert| {
                insert.execute(params![
                    profile.display_name,
                    profile.certificate_name,
                    profile.language,
                    pin_hash,
                    Timestamp::now().unix_ms(),
                    new_subject_id(),
                ])
            })
            .map_err(self.fail("add the learner"))?;
        Ok(LearnerSession {
            store: self,
            learner: LearnerId(self.conn.last_insert_rowid()),
        })
    }

    /// Opens a learner's session, checking their PIN when they have one (in
    /// its normal form, see [`normalize_pin`]). After [`FREE_TRIES`] wrong
    /// tries the learner must wait ([`Error::PinWait`]) before the next.
    pub fn open_session(
        &self,
        learner: LearnerId,
        pin: Option<&str>,
    ) -> Result<LearnerSession<'_>> {
        self.open_session_at(learner, pin, Timestamp::now())
    }

    /// [`Store::open_session`] as if the time were `now`.
    pub fn open_session_at(
        &self,
        learner: LearnerId,
        pin: Option<&str>,
        now: Timestamp,
    ) -> Result<LearnerSession<'_>> {
        match self.learner_pin_try(learner, pin, now)? {
            SessionStep::Open(session) => Ok(session),
            SessionStep::Compare(pin_try) => self.finish_learner_pin(pin_try.compare(), now),
        }
    }

    /// Sets a new PIN for a learner who forgot theirs, or removes it with
    /// `None`, and forgets their wrong tries: for the trainer area, which the
    /// app keeps behind the trainer PIN.
    pub fn reset_learner_pin(&self, learner: LearnerId, pin: Option<&str>) -> Result<()> {
        LearnerSession {
            store: self,
            learner,
        }
        .set_pin(pin)
    }

    /// The session a key opened, without reading the database: for a caller
    /// that checked the learner is still there ([`Store::resume_session`]) when
    /// it took the key and after anything that can remove a learner. A
    /// learner removed since finds nothing, and saving for them fails.
    pub fn session_for(&self, key: &SessionKey) -> Result<LearnerSession<'_>> {
        if key.store != self.instance {
            return Err(Error::NotThisSession {
                path: self.path.clone(),
                what: "session key",
            });
        }
        Ok(LearnerSession {
            store: self,
            learner: key.learner,
        })
    }

    /// Turns a key from [`LearnerSession::key`] back into the session.
    pub fn resume_session(&self, key: &SessionKey) -> Result<LearnerSession<'_>> {
        if key.store != self.instance {
            return Err(Error::NotThisSession {
                path: self.path.clone(),
                what: "session key",
            });
        }
        // The learner may have been removed since.
        self.read_learner(key.learner)?;
        Ok(LearnerSession {
            store: self,
            learner: key.learner,
        })
    }

    fn read_learner(&self, id: LearnerId) -> Result<StoredLearner> {
        let found = self
            .conn
            .prepare_cached(include_str!("get.sql"))
            .and_then(|mut statement| {
                statement
                    .query_row([id.0], |row| {
                        Ok(StoredLearner {
                            learner: Learner {
                                id: LearnerId(row.get(0)?),
                                display_name: row.get(1)?,
                                certificate_name: row.get(2)?,
                                language: row.get(3)?,
                                has_pin: row.get::<_, Option<String>>(4)?.is_some(),
                                created_at: Timestamp::from_unix_ms(row.get(5)?),
                            },
                            pin_hash: row.get(4)?,
                        })
                    })
                    .optional()
            })
            .map_err(self.fail("read the learner"))?;
        found.ok_or_else(|| Error::LearnerNotFound {
            path: self.path.clone(),
            learner: id,
        })
    }

    fn checked_profile(&self, profile: &Profile) -> Result<Profile> {
        let invalid = |problem| Error::InvalidInput {
            path: self.path.clone(),
            problem,
        };
        let display_name = profile.display_name.trim();
        if display_name.is_empty() {
            return Err(invalid(InputProblem::NameEmpty));
        }
        if display_name.chars().count() > MAX_NAME_CHARS {
            return Err(invalid(InputProblem::NameTooLong {
                max: MAX_NAME_CHARS,
            }));
        }
        let certificate_name = match profile.certificate_name.trim() {
            "" => display_name,
            name => name,
        };
        if certificate_name.chars().count() > MAX_CERTIFICATE_NAME_CHARS {
            return Err(invalid(InputProblem::CertificateNameTooLong {
                max: MAX_CERTIFICATE_NAME_CHARS,
            }));
        }
        let language = profile.language.trim();
        if language.is_empty() {
            return Err(invalid(InputProblem::NoLanguage));
        }
        Ok(Profile {
            display_name: display_name.to_owned(),
            certificate_name: certificate_name.to_owned(),
            language: language.to_owned(),
        })
    }
}

struct StoredLearner {
    learner: Learner,
    pin_hash: Option<String>,
}

impl<'a> LearnerSession<'a> {
    /// The learner this session is for.
    pub fn id(&self) -> LearnerId {
        self.learner
    }

    /// A key to keep in GUI state and resume this session with.
    pub fn key(&self) -> SessionKey {
        SessionKey {
            store: self.store.instance,
            learner: self.learner,
        }
    }

    /// The learner's details.
    pub fn learner(&self) -> Result<Learner> {
        Ok(self.store.read_learner(self.learner)?.learner)
    }

    /// Changes the learner's name, name for certificates or language.
    pub fn update_profile(&self, profile: &Profile) -> Result<()> {
        let profile = self.store.checked_profile(profile)?;
        let changed = self
            .store
            .conn
            .prepare_cached(include_str!("update_profile.sql"))
            .and_then(|mut update| {
                update.execute(params![
                    self.learner.0,
                    profile.display_name,
                    profile.certificate_name,
                    profile.language,
                ])
            })
            .map_err(self.store.fail("save the learner's details"))?;
        self.found(changed)
    }

    /// Sets, changes or (with `None`) removes the learner's PIN, and forgets
    /// their wrong tries.
    pub fn set_pin(&self, pin: Option<&str>) -> Result<()> {
        let hash = pin.map(|pin| self.store.hash_pin(pin)).transpose()?;
        self.set_pin_hash(hash.as_deref())
    }

    /// Keeps `hash` as the learner's PIN hash (`None`: no PIN), and forgets
    /// their wrong tries.
    fn set_pin_hash(&self, hash: Option<&str>) -> Result<()> {
        let changed = self
            .store
            .conn
            .prepare_cached(include_str!("set_pin.sql"))
            .and_then(|mut update| update.execute(params![self.learner.0, hash]))
            .map_err(self.store.fail("save the PIN"))?;
        self.found(changed)?;
        self.store.clear_tries(Guarded::Learner(self.learner))
    }

    /// Says what [`LearnerSession::remove`] would delete, for the user to confirm.
    pub fn prepare_removal(&self) -> Result<RemovalRequest> {
        let learner = self.learner()?;
        let counts = self
            .store
            .conn
            .prepare_cached(include_str!("removal_summary.sql"))
            .and_then(|mut statement| {
                statement.query_row([self.learner.0], |row| {
                    Ok((
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                    ))
                })
            })
            .map_err(self.store.fail("count the learner's records"))?;
        let (courses, lessons, quiz_attempts, notes, certificates) = counts;
        Ok(RemovalRequest {
            store: self.store.instance,
            learner: self.learner,
            display_name: learner.display_name,
            courses,
            lessons,
            quiz_attempts,
            notes,
            certificates,
        })
    }

    /// Removes the learner and every row of theirs, once the user has confirmed
    /// the [`RemovalRequest`] from [`LearnerSession::prepare_removal`]. The
    /// session ends with it. (Backups made earlier still hold the learner until
    /// they are rotated away.)
    pub fn remove(self, confirmed: RemovalRequest) -> Result<()> {
        if confirmed.store != self.store.instance || confirmed.learner != self.learner {
            return Err(Error::NotThisSession {
                path: self.store.path.clone(),
                what: "removal request",
            });
        }
        let removed = self
            .store
            .in_transaction("remove the learner", |transaction| {
                // Their wrong PIN tries go too: a later learner may get the id.
                transaction
                    .prepare_cached(include_str!("../settings/remove.sql"))?
                    .execute([Guarded::learner_setting(self.learner)])?;
                // So are the same-person links naming them, for the same reason.
                transaction
                    .prepare_cached(include_str!("../programme/forget_learner.sql"))?
                    .execute([self.learner.0])?;
                transaction
                    .prepare_cached(include_str!("delete.sql"))?
                    .execute([self.learner.0])
            })?;
        self.found(removed)
    }

    /// `Ok` when a write touched the learner's row, else "no such learner".
    fn found(&self, changed: usize) -> Result<()> {
        if changed == 0 {
            Err(Error::LearnerNotFound {
                path: self.store.path.clone(),
                learner: self.learner,
            })
        } else {
            Ok(())
        }
    }

    /// Runs `work` as one IMMEDIATE transaction and commits it: one learner action.
    pub(crate) fn write<T>(
        &self,
        action: &'static str,
        work: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        self.store.in_transaction(action, work)
    }

    /// [`LearnerSession::write`] for an action on one item of a course version:
    /// a foreign-key failure then means the item is not in that version.
    pub(crate) fn write_item<T>(
        &self,
        action: &'static str,
        version: &CourseVersion,
        item_id: &str,
        work: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T> {
        self.store.check_version(version)?;
        self.write(action, work).map_err(|error| match error {
            Error::Database { source, .. }
                if source.sqlite_extended_error_code()
                    == Some(rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY) =>
            {
                Error::NotInCourse {
                    path: self.store.path.clone(),
                    course_id: version.course_id().to_owned(),
                    version: version.version().to_owned(),
                    item_id: item_id.to_owned(),
                }
            }
            other => other,
        })
    }
}
