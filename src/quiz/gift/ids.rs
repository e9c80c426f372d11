//! Stable ids for the imported quiz, its questions, options and pairs.

use std::collections::HashSet;

/// The longest id made from a title; longer titles are cut at a `-`.
const MAX_SLUG_LENGTH: usize = 40;

/// Lowercase ASCII letters, digits and `-` from free text (accents and other
/// scripts transliterated: `Qu'est-ce que l'été ?` becomes `qu-est-ce-que-l-ete`),
/// at most 40 characters. Empty when nothing is left.
pub fn slugify(text: &str) -> String {
    let slug = slug::slugify(text);
    if slug.len() <= MAX_SLUG_LENGTH {
        return slug;
    }
    let cut = slug.get(..MAX_SLUG_LENGTH).unwrap_or_default();
    let cut = match cut.rfind('-') {
        Some(dash) if dash >= MAX_SLUG_LENGTH / 2 => cut.get(..dash).unwrap_or(cut),
        _ => cut,
    };
    cut.trim_end_matches('-').to_owned()
}

/// The ids given so far: each new id is made unique by a `-2`, `-3`... suffix.
#[derive(Debug, Default)]
pub(super) struct IdRegistry {
    taken: HashSet<String>,
}

impl IdRegistry {
    /// Takes `base`, or `base-2`, `base-3`... when it is already taken.
    pub fn claim(&mut self, base: &str) -> String {
        if self.taken.insert(base.to_owned()) {
            return base.to_owned();
        }
        let mut suffix = 2_usize;
        loop {
            let candidate = format!("{base}-{suffix}");
            if self.taken.insert(candidate.clone()) {
                return candidate;
            }
            suffix += 1;
        }
    }
}

/// `a`, `b`, ... `z`, `aa`, `ab`...: the letter of the option at `index`.
pub(super) fn letters(index: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        rest -= 1;
        let letter = b'a' + u8::try_from(rest % 26).unwrap_or(0);
        letters.push(char::from(letter));
        rest /= 26;
    }
    letters.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::is_valid_id;

    #[test]
    fn slugs_are_valid_ids() {
        assert_eq!(slugify("Capital of France?"), "capital-of-france");
        assert_eq!(slugify("Qu'est-ce que l'été ?"), "qu-est-ce-que-l-ete");
        assert_eq!(slugify("  ** "), "");
        let long = slugify("A very long title that goes on and on well past forty characters");
        assert_eq!(long, "a-very-long-title-that-goes-on-and-on");
        assert!(is_valid_id(&long));
    }

    #[test]
    fn claimed_ids_are_unique() {
        let mut ids = IdRegistry::default();
        assert_eq!(ids.claim("q1"), "q1");
        assert_eq!(ids.claim("q1"), "q1-2");
        assert_eq!(ids.claim("q1"), "q1-3");
    }

    #[test]
    fn letters_count_on_after_z() {
        assert_eq!(letters(0), "a");
        assert_eq!(letters(25), "z");
        assert_eq!(letters(26), "aa");
        assert_eq!(letters(27), "ab");
        assert_eq!(letters(701), "zz");
        assert_eq!(letters(702), "aaa");
    }
}
