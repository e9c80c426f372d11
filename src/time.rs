//! Moments in time and the one calendar every part of Fieldcourse uses: Unix
//! milliseconds, shown and read in UTC.
//!
//! The bottom floor: imports nothing from the crate. The calendar arithmetic
//! (days of months, leap years, adding months) is `jiff`'s; this module only
//! fixes the text forms Fieldcourse writes and accepts.

use jiff::tz::TimeZone;
use serde::{Serialize, Serializer};
use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

/// A moment in time: milliseconds since 1970-01-01T00:00:00Z.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(i64);

const MS_PER_SECOND: i64 = 1_000;

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

    /// This moment moved `months` calendar months later, at the same time of
    /// day. A day the target month lacks (31 April) becomes its last day.
    pub fn plus_months(self, months: u32) -> Self {
        let civil = TimeZone::UTC.to_datetime(self.instant());
        civil
            .checked_add(jiff::Span::new().months(i64::from(months)))
            .ok()
            .and_then(|later| TimeZone::UTC.to_timestamp(later).ok())
            .map_or(Self(i64::MAX), |later| Self(later.as_millisecond()))
    }

    /// The UTC day of this moment.
    pub fn date(self) -> CivilDate {
        let date = TimeZone::UTC.to_datetime(self.instant()).date();
        CivilDate {
            year: i64::from(date.year()),
            month: u32::try_from(date.month()).unwrap_or(1),
            day: u32::try_from(date.day()).unwrap_or(1),
        }
    }

    /// RFC 3339 in UTC to the second, such as `2026-05-04T09:30:00Z`.
    pub fn to_rfc3339(self) -> String {
        self.instant().strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
    }

    /// RFC 3339 in UTC to the millisecond, such as `2026-05-04T09:30:00.250Z`
    /// (xAPI timestamps).
    pub fn to_rfc3339_ms(self) -> String {
        self.instant()
            .strftime("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string()
    }

    /// The compact form used in file names, such as `20260504T093000Z`.
    pub fn to_compact(self) -> String {
        self.instant().strftime("%Y%m%dT%H%M%SZ").to_string()
    }

    /// Reads the compact form written by [`Timestamp::to_compact`].
    pub fn parse_compact(text: &str) -> Option<Self> {
        let shape_ok = text.len() == 16
            && text.bytes().enumerate().all(|(index, byte)| match index {
                8 => byte == b'T',
                15 => byte == b'Z',
                _ => byte.is_ascii_digit(),
            });
        if !shape_ok {
            return None;
        }
        Self::parse_utc("%Y%m%dT%H%M%SZ", text)
    }

    /// Reads an RFC 3339 UTC time such as `2026-05-04T09:30:00Z` (fractions of
    /// a second allowed and dropped). Other offsets are refused: what
    /// Fieldcourse writes always uses `Z`.
    pub fn parse_rfc3339(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() >= 20
            && bytes.is_ascii()
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && matches!(bytes[10], b'T' | b't')
            && bytes[13] == b':'
            && bytes[16] == b':'
            && matches!(bytes.last(), Some(b'Z' | b'z'))
            && [0..4, 5..7, 8..10, 11..13, 14..16, 17..19]
                .into_iter()
                .all(|range| bytes[range].iter().all(u8::is_ascii_digit));
        if !shape_ok {
            return None;
        }
        let fraction = bytes.get(19..bytes.len() - 1)?;
        let fraction_ok = fraction.is_empty()
            || (fraction.len() >= 2
                && fraction[0] == b'.'
                && fraction[1..].iter().all(u8::is_ascii_digit));
        if !fraction_ok {
            return None;
        }
        let whole_seconds = text.get(..19)?.replace(['t'], "T");
        Self::parse_utc("%Y-%m-%dT%H:%M:%S", &whole_seconds)
    }

    /// Reads a day or a time, as a `--since` option takes it: `2026-05-04`
    /// (from midnight UTC) or an RFC 3339 UTC time.
    pub fn parse_day_or_rfc3339(text: &str) -> Option<Self> {
        let text = text.trim();
        Self::parse_rfc3339(text).or_else(|| Self::parse_rfc3339(&format!("{text}T00:00:00Z")))
    }

    /// Reads `text` in `format` as a civil time in UTC; the calendar refuses
    /// days a month lacks.
    fn parse_utc(format: &str, text: &str) -> Option<Self> {
        let civil = jiff::civil::DateTime::strptime(format, text).ok()?;
        let instant = TimeZone::UTC.to_timestamp(civil).ok()?;
        Some(Self(instant.as_millisecond()))
    }

    /// This moment for the calendar, held to the years it knows (-9999 to 9999).
    fn instant(self) -> jiff::Timestamp {
        jiff::Timestamp::from_millisecond(self.0).unwrap_or(if self.0 < 0 {
            jiff::Timestamp::MIN
        } else {
            jiff::Timestamp::MAX
        })
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

/// A day of the (proleptic Gregorian) calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    /// The year, such as 2026.
    pub year: i64,
    /// The month, 1 to 12.
    pub month: u32,
    /// The day of the month, 1 to 31.
    pub day: u32,
}

impl CivilDate {
    /// The UTC day of `moment`.
    pub fn of(moment: Timestamp) -> Self {
        moment.date()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse_rfc3339(text).unwrap()
    }

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
            Timestamp::from_unix_ms(1_709_251_199_000).to_rfc3339_ms(),
            "2024-02-29T23:59:59.000Z"
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
            "20230229T000000Z",
        ] {
            assert_eq!(Timestamp::parse_compact(bad), None, "{bad}");
        }
    }

    #[test]
    fn months_are_added_on_the_calendar() {
        let start = at("2026-01-31T10:15:00Z");
        assert_eq!(start.plus_months(1).to_rfc3339(), "2026-02-28T10:15:00Z");
        assert_eq!(start.plus_months(13).to_rfc3339(), "2027-02-28T10:15:00Z");
        assert_eq!(start.plus_months(24).to_rfc3339(), "2028-01-31T10:15:00Z");
        assert_eq!(
            at("2027-11-29T00:00:00Z").plus_months(3).to_rfc3339(),
            "2028-02-29T00:00:00Z"
        );
    }

    #[test]
    fn rfc3339_reads_back_and_refuses_nonsense() {
        for text in ["1970-01-01T00:00:00Z", "2024-02-29T23:59:59Z"] {
            assert_eq!(at(text).to_rfc3339(), text);
        }
        assert_eq!(
            at("2026-05-04T09:30:00.250Z").to_rfc3339(),
            "2026-05-04T09:30:00Z"
        );
        assert_eq!(
            at("2026-05-04t09:30:00z").to_rfc3339(),
            "2026-05-04T09:30:00Z"
        );
        for bad in [
            "",
            "2026-05-04",
            "2026-05-04T09:30:00+02:00",
            "2026-02-30T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-05-04T09:30:00.Z",
            "2026-05-04 09:30:00Z",
            "+2026-05-04T09:30:00Z",
            "２０２６-05-04T09:30:00Z",
        ] {
            assert_eq!(Timestamp::parse_rfc3339(bad), None, "{bad}");
        }
        assert_eq!(
            CivilDate::of(at("2026-05-04T23:59:59Z")),
            CivilDate {
                year: 2026,
                month: 5,
                day: 4
            }
        );
    }

    #[test]
    fn a_day_reads_as_its_midnight() {
        assert_eq!(
            Timestamp::parse_day_or_rfc3339(" 2026-05-04 "),
            Some(at("2026-05-04T00:00:00Z"))
        );
        assert_eq!(Timestamp::parse_day_or_rfc3339("yesterday"), None);
    }
}
