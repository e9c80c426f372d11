//! Moments in time as the store keeps them: Unix milliseconds, shown in UTC.
//!
//! The store needs only "now", ordering, and two text forms (RFC 3339 for reports,
//! a compact form for backup file names), so a few lines of calendar arithmetic
//! replace a date-time dependency.

use serde::{Serialize, Serializer};
use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

/// A moment in time: milliseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

const MS_PER_SECOND: i64 = 1_000;
const MS_PER_DAY: i64 = 86_400 * MS_PER_SECOND;

impl Timestamp {
    /// The current time from the system clock. A clock set before 1970 reads as 1970.
    pub fn now() -> Self {
        let elapsed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        Self(i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX))
    }

    /// The moment `ms` milliseconds after the Unix epoch.
    pub const fn from_unix_ms(ms: i64) -> Self {
        Self(ms)
    }

    /// Milliseconds since the Unix epoch.
    pub const fn unix_ms(self) -> i64 {
        self.0
    }

    /// This moment plus `hours` hours (minus when negative).
    pub const fn plus_hours(self, hours: i64) -> Self {
        Self(
            self.0
                .saturating_add(hours.saturating_mul(3_600 * MS_PER_SECOND)),
        )
    }

    /// RFC 3339 in UTC to the second, such as `2026-05-04T09:30:00Z`.
    pub fn to_rfc3339(self) -> String {
        let (date, (hour, minute, second)) = self.parts();
        format!(
            "{:04}-{:02}-{:02}T{hour:02}:{minute:02}:{second:02}Z",
            date.0, date.1, date.2
        )
    }

    /// RFC 3339 in UTC to the millisecond, such as `2026-05-04T09:30:00.250Z`
    /// (xAPI timestamps).
    pub fn to_rfc3339_ms(self) -> String {
        let (date, (hour, minute, second)) = self.parts();
        format!(
            "{:04}-{:02}-{:02}T{hour:02}:{minute:02}:{second:02}.{:03}Z",
            date.0,
            date.1,
            date.2,
            self.0.rem_euclid(MS_PER_SECOND)
        )
    }

    /// The compact form used in file names, such as `20260504T093000Z`.
    pub fn to_compact(self) -> String {
        let (date, (hour, minute, second)) = self.parts();
        format!(
            "{:04}{:02}{:02}T{hour:02}{minute:02}{second:02}Z",
            date.0, date.1, date.2
        )
    }

    /// Reads the compact form written by [`Timestamp::to_compact`].
    pub fn parse_compact(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        if bytes.len() != 16 || bytes[8] != b'T' || bytes[15] != b'Z' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<i64> {
            let digits = text.get(range)?;
            digits
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| digits.parse().ok())?
        };
        let (year, month, day) = (number(0..4)?, number(4..6)?, number(6..8)?);
        let (hour, minute, second) = (number(9..11)?, number(11..13)?, number(13..15)?);
        let valid = (1..=12).contains(&month)
            && (1..=31).contains(&day)
            && hour < 24
            && minute < 60
            && second < 60;
        if !valid {
            return None;
        }
        let days = days_from_civil(year, month, day);
        let seconds = days * 86_400 + hour * 3_600 + minute * 60 + second;
        Some(Self(seconds * MS_PER_SECOND))
    }

    fn parts(self) -> ((i64, i64, i64), (i64, i64, i64)) {
        let days = self.0.div_euclid(MS_PER_DAY);
        let second_of_day = self.0.rem_euclid(MS_PER_DAY) / MS_PER_SECOND;
        (
            civil_from_days(days),
            (
                second_of_day / 3_600,
                second_of_day % 3_600 / 60,
                second_of_day % 60,
            ),
        )
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_rfc3339())
    }
}

/// Year, month, day of the day `days` after 1970-01-01 (Howard Hinnant's algorithm).
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Days from 1970-01-01 to the given date (the inverse of [`civil_from_days`]).
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_moments() {
        assert_eq!(
            Timestamp::from_unix_ms(0).to_rfc3339(),
            "1970-01-01T00:00:00Z"
        );
        // 2024-02-29T23:59:59Z, a leap day.
        let leap = Timestamp::from_unix_ms(1_709_251_199_000);
        assert_eq!(leap.to_rfc3339(), "2024-02-29T23:59:59Z");
        assert_eq!(leap.to_compact(), "20240229T235959Z");
        assert_eq!(
            Timestamp::from_unix_ms(1_709_251_199_042).to_rfc3339_ms(),
            "2024-02-29T23:59:59.042Z"
        );
        assert_eq!(
            Timestamp::from_unix_ms(-1_000).to_rfc3339(),
            "1969-12-31T23:59:59Z"
        );
    }

    #[test]
    fn the_compact_form_reads_back() {
        for ms in [0, 951_782_400_000, 1_709_251_199_000, 4_102_444_800_000] {
            let moment = Timestamp::from_unix_ms(ms);
            assert_eq!(Timestamp::parse_compact(&moment.to_compact()), Some(moment));
        }
        for bad in [
            "",
            "20240229T235959",
            "2024022xT235959Z",
            "20241329T000000Z",
        ] {
            assert_eq!(Timestamp::parse_compact(bad), None, "{bad}");
        }
    }

    #[test]
    fn every_day_of_four_centuries_round_trips() {
        for days in -146_097..146_097 {
            let (year, month, day) = civil_from_days(days);
            assert_eq!(days_from_civil(year, month, day), days);
        }
    }
}
