//! A course's or a lesson's estimated length, said the same way everywhere:
//! the library card, the course overview, the certificate screen and its PDF
//! all turn the course's `estimated_minutes` into words here, and the signed
//! credential's `hours` comes from the same minutes.

use crate::i18n::Localizer;
use fluent::fluent_args;

/// `minutes` as a reader says a length, in `words`' language: "40 min",
/// "1 h", "1 h 15 min". Whole hours and the minutes left, never a fraction.
pub fn length_phrase(words: &Localizer, minutes: u32) -> String {
    let (hours, rest) = (minutes / 60, minutes % 60);
    match (hours, rest) {
        (0, _) => words.text_with("length-minutes", &fluent_args!["minutes" => rest]),
        (_, 0) => words.text_with("length-hours", &fluent_args!["hours" => hours]),
        _ => words.text_with(
            "length-hours-minutes",
            &fluent_args!["hours" => hours, "minutes" => rest],
        ),
    }
}

/// `minutes` in hours to the nearest quarter hour: what a signed credential
/// states as `hours` (a number other systems read).
pub fn length_hours(minutes: u32) -> f64 {
    (f64::from(minutes) / 15.0).round() / 4.0
}

/// The minutes a credential's `hours` stand for, for credentials signed before
/// they carried the minutes themselves. Negative or absurd values give 0.
pub fn minutes_from_hours(hours: f64) -> u32 {
    let minutes = (hours * 60.0).round();
    if minutes.is_finite() && (0.0..=f64::from(u32::MAX)).contains(&minutes) {
        // In range and whole: the conversion is exact.
        format!("{minutes:.0}").parse().unwrap_or(0)
    } else {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    fn english() -> Localizer {
        Localizer::new(Language::from_tag("en").unwrap_or(crate::i18n::LANGUAGES[0]))
    }

    #[test]
    fn lengths_read_as_hours_and_minutes() {
        let words = english();
        assert_eq!(length_phrase(&words, 40), "40 min");
        assert_eq!(length_phrase(&words, 60), "1 h");
        assert_eq!(length_phrase(&words, 75), "1 h 15 min");
        assert_eq!(length_phrase(&words, 0), "0 min");
    }

    #[test]
    fn hours_are_quarter_hours_of_the_same_minutes() {
        assert!((length_hours(40) - 0.75).abs() < f64::EPSILON);
        assert!((length_hours(210) - 3.5).abs() < f64::EPSILON);
        assert_eq!(minutes_from_hours(0.75), 45);
        assert_eq!(minutes_from_hours(-1.0), 0);
        assert_eq!(minutes_from_hours(f64::NAN), 0);
    }
}
