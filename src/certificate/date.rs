//! Calendar dates for certificates: the completion day, validity that ends a
//! number of months later, and the RFC 3339 times the credential carries.
//!
//! Times are UTC milliseconds, as in the progress store ([`Timestamp`]).

use crate::progress::Timestamp;

const MS_PER_DAY: i64 = 86_400_000;

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
        let (year, month, day) = civil_from_days(moment.unix_ms().div_euclid(MS_PER_DAY));
        Self { year, month, day }
    }
}

/// `moment` moved `months` calendar months later, at the same time of day. A
/// day the target month lacks (31 April) becomes its last day.
pub fn plus_months(moment: Timestamp, months: u32) -> Timestamp {
    let date = CivilDate::of(moment);
    let month_index = date.year * 12 + i64::from(date.month - 1) + i64::from(months);
    let (year, month) = (month_index.div_euclid(12), month_index.rem_euclid(12) + 1);
    let month = u32::try_from(month).unwrap_or(1);
    let day = date.day.min(days_in_month(year, month));
    let time_of_day = moment.unix_ms().rem_euclid(MS_PER_DAY);
    Timestamp::from_unix_ms(days_from_civil(year, month, day) * MS_PER_DAY + time_of_day)
}

/// Reads an RFC 3339 UTC time such as `2026-05-04T09:30:00Z` (fractions of a
/// second allowed and dropped). Other offsets are refused: the credentials this
/// module writes always use `Z`.
pub fn parse_rfc3339(text: &str) -> Option<Timestamp> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() >= 20
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && matches!(bytes[10], b'T' | b't')
        && bytes[13] == b':'
        && bytes[16] == b':'
        && matches!(bytes.last(), Some(b'Z' | b'z'));
    if !shape_ok {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<i64> {
        let digits = text.get(range)?;
        if digits.bytes().all(|byte| byte.is_ascii_digit()) {
            digits.parse().ok()
        } else {
            None
        }
    };
    let fraction = text.get(19..text.len() - 1)?;
    let fraction_ok = fraction.is_empty()
        || (fraction.len() >= 2
            && fraction.starts_with('.')
            && fraction[1..].bytes().all(|byte| byte.is_ascii_digit()));
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    let month = u32::try_from(month).ok()?;
    let day = u32::try_from(day).ok()?;
    let valid = fraction_ok
        && (1..=12).contains(&month)
        && day >= 1
        && day <= days_in_month(year, month)
        && hour < 24
        && minute < 60
        && second < 61;
    if !valid {
        return None;
    }
    let seconds = days_from_civil(year, month, day) * 86_400 + hour * 3_600 + minute * 60 + second;
    Some(Timestamp::from_unix_ms(seconds * 1_000))
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Year, month, day of the day `days` after 1970-01-01.
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let (year, month, day) = crate::progress::time::civil_from_days(days);
    (
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

/// Days from 1970-01-01 to the given date (the inverse of [`civil_from_days`]).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    crate::progress::time::days_from_civil(year, i64::from(month), i64::from(day))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        parse_rfc3339(text).unwrap()
    }

    #[test]
    fn months_are_added_on_the_calendar() {
        let start = at("2026-01-31T10:15:00Z");
        assert_eq!(plus_months(start, 1).to_rfc3339(), "2026-02-28T10:15:00Z");
        assert_eq!(plus_months(start, 13).to_rfc3339(), "2027-02-28T10:15:00Z");
        assert_eq!(plus_months(start, 24).to_rfc3339(), "2028-01-31T10:15:00Z");
        assert_eq!(
            plus_months(at("2027-11-29T00:00:00Z"), 3).to_rfc3339(),
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
        for bad in [
            "",
            "2026-05-04",
            "2026-05-04T09:30:00+02:00",
            "2026-02-30T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-05-04T09:30:00.Z",
            "２０２６-05-04T09:30:00Z",
        ] {
            assert_eq!(parse_rfc3339(bad), None, "{bad}");
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
}
