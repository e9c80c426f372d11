//! Reading time: how long a lesson was open while the learner was using the
//! window. The time after the last input (a key, a click, a scroll, the window
//! coming to the front) counts for at most [`IDLE_CAP`]; time while the window
//! is in the background does not count. The caller says when things happen
//! (instants from its event loop, or chosen by a test), so nothing here reads
//! the clock or waits.

use std::time::{Duration, Instant};

/// How long reading counts after the last input: five minutes, a long page
/// read slowly without scrolling; beyond it the learner has most likely left.
pub const IDLE_CAP: Duration = Duration::from_secs(5 * 60);

/// Counts reading time from the events it is told about.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadingClock {
    /// The latest instant seen: time before it has been counted.
    mark: Option<Instant>,
    /// Counting stops at this instant unless more input comes; `None` while
    /// the window is in the background or before any input.
    counting_until: Option<Instant>,
    /// Counted and not yet taken.
    counted: Duration,
}

impl ReadingClock {
    /// A clock that has counted nothing and waits for the first input.
    pub fn new() -> Self {
        Self::default()
    }

    /// The learner used the window at `now` (or brought it to the front).
    pub fn input(&mut self, now: Instant) {
        self.advance(now);
        self.counting_until = now.checked_add(IDLE_CAP);
    }

    /// The window went to the background at `now`: nothing counts until the
    /// next input.
    pub fn away(&mut self, now: Instant) {
        self.advance(now);
        self.counting_until = None;
    }

    /// Time passed until `now` with no input (a regular tick): it counts
    /// within [`IDLE_CAP`] of the last input.
    pub fn tick(&mut self, now: Instant) {
        self.advance(now);
    }

    /// Whole seconds counted and not taken yet.
    pub fn pending_seconds(&self) -> u64 {
        self.counted.as_secs()
    }

    /// Takes the whole seconds counted so far (for the lesson they belong
    /// to); the fraction of a second left over is kept for the next.
    pub fn take_seconds(&mut self) -> u32 {
        let seconds = self.counted.as_secs();
        self.counted = self.counted.saturating_sub(Duration::from_secs(seconds));
        u32::try_from(seconds).unwrap_or(u32::MAX)
    }

    fn advance(&mut self, now: Instant) {
        if let (Some(mark), Some(until)) = (self.mark, self.counting_until) {
            let end = now.min(until);
            self.counted += end.saturating_duration_since(mark);
        }
        // Instants out of order (two event sources) never count twice.
        self.mark = Some(self.mark.map_or(now, |mark| mark.max(now)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_counts_from_input_up_to_the_cap_and_not_in_the_background() {
        let start = Instant::now();
        let at = |seconds: u64| start + Duration::from_secs(seconds);
        let mut clock = ReadingClock::new();
        clock.tick(at(0));
        assert_eq!(clock.take_seconds(), 0, "nothing before the first input");
        clock.input(at(10));
        clock.tick(at(100));
        assert_eq!(clock.take_seconds(), 90);
        // Gone for an hour: only the cap counts.
        clock.tick(at(3_700));
        assert_eq!(u64::from(clock.take_seconds()), IDLE_CAP.as_secs() - 90);
        clock.input(at(4_000));
        clock.away(at(4_030));
        clock.tick(at(4_200));
        assert_eq!(clock.take_seconds(), 30, "the background does not count");
        clock.input(at(4_300));
        clock.tick(at(4_250));
        assert_eq!(
            clock.take_seconds(),
            0,
            "an instant out of order counts nothing"
        );
    }
}
