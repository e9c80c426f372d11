//! PINs: one rule for when two PINs are the same, Argon2id hashes, and a wait
//! after repeated wrong tries.
//!
//! A PIN is normalised the same way when it is set and when it is checked
//! ([`normalize_pin`]): surrounding spaces do not count, and the same digits
//! typed on an Arabic or a Latin keyboard make the same PIN.
//!
//! After [`FREE_TRIES`] wrong tries in a row (for one learner, or for the
//! trainer area) the next try must wait [`FIRST_WAIT_SECONDS`]; each further
//! wrong try doubles the wait, up to [`LONGEST_WAIT_SECONDS`]. The count and the
//! time of the next allowed try are kept in the database, so closing the app
//! does not reset them; the right PIN, or a new PIN set by the trainer, does.

use super::{Error, LearnerId, Result, Store, Timestamp};
use argon2::Argon2;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// Shortest and longest PIN, in characters, after [`normalize_pin`].
pub const PIN_CHARS: std::ops::RangeInclusive<usize> = 4..=32;
/// Wrong tries in a row allowed before a wait.
pub const FREE_TRIES: u32 = 5;
/// The wait after the [`FREE_TRIES`]th wrong try, in seconds.
pub const FIRST_WAIT_SECONDS: i64 = 30;
/// The longest wait, in seconds, however many wrong tries.
pub const LONGEST_WAIT_SECONDS: i64 = 3_600;

/// The setting that holds the trainer PIN's hash.
pub(super) const TRAINER_PIN_SETTING: &str = "trainer.pin";
/// Whose PIN the trainer PIN is, in its errors.
pub(super) const TRAINER_WHO: &str = "the trainer area";
/// The setting that records the choice to leave the trainer area open.
pub(super) const TRAINER_LEFT_OPEN_SETTING: &str = "trainer.left_open";

/// The form a PIN is hashed and checked in: NFKC (so full-width and other
/// compatibility forms become plain characters), Arabic-Indic and Eastern
/// Arabic-Indic digits as ASCII digits (NFKC keeps them apart), and no
/// whitespace before or after. Letters keep their case.
pub fn normalize_pin(pin: &str) -> String {
    let composed: String = pin.nfkc().collect();
    composed.trim().chars().map(ascii_digit).collect()
}

/// `c` as an ASCII digit when it is an Arabic-Indic (U+0660..) or Eastern
/// Arabic-Indic (U+06F0..) digit, else `c`.
fn ascii_digit(c: char) -> char {
    let value = match c {
        '\u{0660}'..='\u{0669}' => u32::from(c) - 0x0660,
        '\u{06F0}'..='\u{06F9}' => u32::from(c) - 0x06F0,
        _ => return c,
    };
    char::from_digit(value, 10).unwrap_or(c)
}

/// How the trainer area is opened on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrainerAccess {
    /// A trainer PIN is set: the area asks for it.
    Pin,
    /// The trainer chose to leave the area open on this computer.
    LeftOpen,
    /// No PIN and no choice yet: the area asks the trainer to set one first.
    Undecided,
}

/// Whose PIN is being tried.
#[derive(Debug, Clone, Copy)]
pub(super) enum Guarded {
    Trainer,
    Learner(LearnerId),
}

impl Guarded {
    /// The device setting that holds the wrong tries.
    fn setting(self) -> String {
        match self {
            Self::Trainer => "pin.tries.trainer".to_owned(),
            Self::Learner(id) => Self::learner_setting(id),
        }
    }

    pub(super) fn learner_setting(id: LearnerId) -> String {
        format!("pin.tries.learner.{id}")
    }
}

/// Wrong tries in a row and when the next try is allowed.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Tries {
    failures: u32,
    /// Unix milliseconds; `None` when no wait runs.
    retry_at: Option<i64>,
}

/// How a typed PIN compares with a stored hash.
pub(super) enum PinMatch {
    /// It matches in its normal form.
    Matches,
    /// It matches only as typed: the hash predates normalisation and should be
    /// made again from the normal form.
    MatchesAsTyped(String),
    /// It does not match.
    Wrong,
}

impl Store {
    /// Hashes the normal form of `pin` ([`normalize_pin`]) after checking its length.
    pub(super) fn hash_pin(&self, pin: &str) -> Result<String> {
        Ok(self.new_pin(pin)?.hash()?.hash)
    }

    /// The Argon2id hash of a PIN already in its normal form.
    pub(super) fn hash_normal_pin(normal: &str) -> std::result::Result<String, String> {
        Argon2::default()
            .hash_password(normal.as_bytes())
            .map(|hash| hash.to_string())
            .map_err(|error| error.to_string())
    }

    /// Compares `typed` with `hash`: its normal form first, then (for hashes
    /// made before PINs were normalised) the PIN as typed and trimmed.
    pub(super) fn compare_pin(hash: &str, typed: &str) -> PinMatch {
        let matches = |pin: &str| {
            Argon2::default()
                .verify_password(pin.as_bytes(), hash)
                .is_ok()
        };
        let normal = normalize_pin(typed);
        if matches(&normal) {
            return PinMatch::Matches;
        }
        let older_forms = [typed.trim(), typed];
        for (index, older) in older_forms.iter().enumerate() {
            let new_form = *older != normal && !older_forms[..index].contains(older);
            if new_form && matches(older) {
                return PinMatch::MatchesAsTyped(normal);
            }
        }
        PinMatch::Wrong
    }

    /// Refuses a try while a wait runs for `who`, with the seconds left.
    pub(super) fn check_no_wait(&self, who: Guarded, name: &str, now: Timestamp) -> Result<()> {
        let key = who.setting();
        let mut tries: Tries = self.setting(&key)?.unwrap_or_default();
        let Some(retry_at) = tries.retry_at else {
            return Ok(());
        };
        let mut left = retry_at.saturating_sub(now.unix_ms());
        if left <= 0 {
            return Ok(());
        }
        // A clock set back must not stretch the wait beyond the longest one.
        let longest = LONGEST_WAIT_SECONDS * 1_000;
        if left > longest {
            left = longest;
            tries.retry_at = Some(now.unix_ms().saturating_add(longest));
            self.set_setting(&key, &tries)?;
        }
        Err(self.wait_error(name, left))
    }

    /// Counts a wrong try for `who`: the error to return, a wait when this try
    /// starts one.
    pub(super) fn wrong_pin(&self, who: Guarded, name: &str, now: Timestamp) -> Result<Error> {
        let key = who.setting();
        let mut tries: Tries = self.setting(&key)?.unwrap_or_default();
        tries.failures = tries.failures.saturating_add(1);
        let error = match tries.failures.checked_sub(FREE_TRIES) {
            Some(beyond) => {
                let doubled = FIRST_WAIT_SECONDS.saturating_mul(1_i64 << beyond.min(20));
                let wait_ms = doubled.min(LONGEST_WAIT_SECONDS) * 1_000;
                tries.retry_at = Some(now.unix_ms().saturating_add(wait_ms));
                self.wait_error(name, wait_ms)
            }
            None => Error::WrongPin {
                path: self.path.clone(),
                name: name.to_owned(),
            },
        };
        self.set_setting(&key, &tries)?;
        Ok(error)
    }

    /// Forgets the wrong tries of `who` (right PIN, or a new one set).
    pub(super) fn clear_tries(&self, who: Guarded) -> Result<()> {
        self.remove_setting(&who.setting())
    }

    fn wait_error(&self, name: &str, left_ms: i64) -> Error {
        Error::PinWait {
            path: self.path.clone(),
            name: name.to_owned(),
            // Rounded up: "1 second" until the very end of the wait.
            seconds: u64::try_from(left_ms.saturating_add(999) / 1_000).unwrap_or(0),
        }
    }

    /// How the trainer area opens on this device.
    pub fn trainer_access(&self) -> Result<TrainerAccess> {
        if self.has_trainer_pin()? {
            Ok(TrainerAccess::Pin)
        } else if self
            .setting::<bool>(TRAINER_LEFT_OPEN_SETTING)?
            .unwrap_or(false)
        {
            Ok(TrainerAccess::LeftOpen)
        } else {
            Ok(TrainerAccess::Undecided)
        }
    }

    /// Whether opening the trainer area asks for a PIN.
    pub fn has_trainer_pin(&self) -> Result<bool> {
        Ok(self.setting::<String>(TRAINER_PIN_SETTING)?.is_some())
    }

    /// Sets the trainer PIN (4 to 32 characters once normalised; only its
    /// Argon2 hash is kept), which also forgets wrong tries. `None` removes it,
    /// which is the choice to leave the trainer area open on this computer
    /// ([`TrainerAccess::LeftOpen`]).
    pub fn set_trainer_pin(&self, pin: Option<&str>) -> Result<()> {
        match pin {
            Some(pin) => return self.set_trainer_pin_hash(self.new_pin(pin)?.hash()?),
            None => {
                self.remove_setting(TRAINER_PIN_SETTING)?;
                self.set_setting(TRAINER_LEFT_OPEN_SETTING, &true)?;
            }
        }
        self.clear_tries(Guarded::Trainer)
    }

    /// Whether `pin` opens the trainer area: true when it matches, or when no
    /// trainer PIN is set. After [`FREE_TRIES`] wrong tries it is
    /// [`Error::PinWait`] until the wait is over.
    pub fn check_trainer_pin(&self, pin: &str) -> Result<bool> {
        self.check_trainer_pin_at(pin, Timestamp::now())
    }

    /// [`Store::check_trainer_pin`] as if the time were `now`.
    pub fn check_trainer_pin_at(&self, pin: &str, now: Timestamp) -> Result<bool> {
        match self.trainer_pin_try(pin, now)? {
            Some(pin_try) => self.finish_trainer_pin(pin_try.compare(), now),
            None => Ok(true),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_pin;

    #[test]
    fn spaces_compatibility_forms_and_arabic_digits_make_the_same_pin() {
        assert_eq!(normalize_pin(" 2468\t"), "2468");
        assert_eq!(normalize_pin("٢٤٦٨"), "2468");
        assert_eq!(normalize_pin("۲۴۶۸"), "2468");
        assert_eq!(normalize_pin("２４６８"), "2468");
        assert_eq!(normalize_pin("\u{3000}Ab12\u{3000}"), "Ab12");
        assert_ne!(normalize_pin("ab12"), normalize_pin("AB12"));
    }
}
