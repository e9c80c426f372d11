//! The wait after too many wrong PINs, counted down on the PIN prompts. The
//! core refuses every try until it is over; this only keeps the message true.
//! Also: a refused new PIN said in the learner's language.

use crate::i18n::Localizer;
use crate::progress;
use fluent::fluent_args;
use std::time::{Duration, Instant};

/// A wait that runs until a moment, with the whole seconds left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PinWait {
    until: Instant,
    seconds: u64,
}

impl PinWait {
    /// A wait of `seconds` from now, as the store reported it.
    pub fn new(seconds: u64) -> Self {
        Self {
            until: Instant::now()
                .checked_add(Duration::from_secs(seconds))
                .unwrap_or_else(Instant::now),
            seconds,
        }
    }

    /// Counts down to `now`; `None` once the wait is over.
    pub fn tick(self, now: Instant) -> Option<Self> {
        let left = self.until.saturating_duration_since(now);
        let seconds = left.as_secs() + u64::from(left.subsec_nanos() > 0);
        (seconds > 0).then_some(Self { seconds, ..self })
    }

    /// Whole seconds left, rounded up.
    pub fn seconds(self) -> u64 {
        self.seconds
    }

    /// "Too many wrong PINs. Try again in N seconds…", in the interface language.
    pub fn message(self, locale: &Localizer) -> String {
        locale.text_with("pin-wait", &fluent::fluent_args!["seconds" => self.seconds])
    }
}

/// Why a new PIN (a learner's, the trainer's, or one the trainer sets for a
/// learner) was not saved, in the interface language: a PIN of the wrong
/// length is a plain sentence, never the store's technical message.
pub fn pin_problem(error: &progress::Error, locale: &Localizer) -> String {
    match error {
        progress::Error::PinLength { min, max, .. } => {
            locale.text_with("pin-length", &fluent_args!["min" => *min, "max" => *max])
        }
        other => crate::gui::error_text::progress_text(other, locale),
    }
}
