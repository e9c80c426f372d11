//! How long to wait before trying an LRS again: the LRS's own `Retry-After`
//! when it gives one, else a doubling back-off; both with a little random
//! jitter, so many devices told to wait do not all come back at once.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// How a sync waits between tries. The usual one sleeps the thread; a test can
/// put in one that only notes the waits, so no test sleeps.
#[derive(Clone)]
pub struct Pause(Arc<dyn Fn(Duration) + Send + Sync>);

impl Pause {
    /// Waits by calling `wait` with each duration.
    pub fn new(wait: impl Fn(Duration) + Send + Sync + 'static) -> Self {
        Self(Arc::new(wait))
    }

    /// Waits `duration`.
    pub fn wait(&self, duration: Duration) {
        (self.0)(duration);
    }
}

impl Default for Pause {
    fn default() -> Self {
        Self::new(std::thread::sleep)
    }
}

impl std::fmt::Debug for Pause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pause")
    }
}

/// The wait an LRS asks for in a `Retry-After` header: seconds (`120`) or an
/// HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`, a date already past meaning
/// now). `None` when the header says neither.
pub fn retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let when = httpdate::parse_http_date(value).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

/// `wait` and up to a tenth more, at random.
pub fn jittered(wait: Duration) -> Duration {
    wait + wait.mul_f64(fastrand::f64() * 0.1)
}

/// The back-off before try `attempt` (from 2): `first`, doubling with each
/// try, then up to half of it more at random.
pub fn backoff(first: Duration, attempt: u32) -> Duration {
    let doublings = attempt.saturating_sub(2).min(16);
    let wait = first.saturating_mul(1 << doublings);
    wait + wait.mul_f64(fastrand::f64() * 0.5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let now = httpdate::parse_http_date("Wed, 21 Oct 2026 07:28:00 GMT").unwrap();
        assert_eq!(retry_after(" 7 ", now), Some(Duration::from_secs(7)));
        assert_eq!(
            retry_after("Wed, 21 Oct 2026 07:28:30 GMT", now),
            Some(Duration::from_secs(30))
        );
        assert_eq!(
            retry_after("Wed, 21 Oct 2026 07:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(retry_after("soon", now), None);
        assert_eq!(retry_after("-3", now), None);
    }

    #[test]
    fn waits_grow_and_jitter_stays_within_its_share() {
        let second = Duration::from_secs(1);
        for _ in 0..100 {
            let third_try = backoff(second, 3);
            assert!(third_try >= 2 * second && third_try <= 3 * second);
            let asked = jittered(10 * second);
            assert!(asked >= 10 * second && asked <= 11 * second);
        }
        assert_eq!(backoff(Duration::ZERO, 5), Duration::ZERO);
    }
}
