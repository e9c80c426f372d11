//! The words the item-writing checks look for, in the four course languages,
//! and the folding that lets them match whatever the case, accents or
//! punctuation.

use std::collections::HashSet;
use std::sync::LazyLock;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Options that stand for the others: "all of the above", "none of the above".
/// Compared after folding, as whole option texts or at their end.
const ABOVE: &[&str] = &[
    // English
    "all of the above",
    "none of the above",
    "all the above",
    "both of the above",
    "neither of the above",
    // French
    "toutes les reponses ci dessus",
    "aucune des reponses ci dessus",
    "toutes les reponses precedentes",
    "aucune des reponses precedentes",
    "tout ce qui precede",
    "toutes ces reponses",
    "aucune de ces reponses",
    // Spanish
    "todas las anteriores",
    "ninguna de las anteriores",
    "todas las respuestas anteriores",
    "ninguna de las respuestas anteriores",
    "todo lo anterior",
    "nada de lo anterior",
    // Arabic (folded: diacritics and hamza marks dropped)
    "جميع ما سبق",
    "كل ما سبق",
    "لا شيء مما سبق",
    "ولا واحدة مما سبق",
    "جميع الاجابات السابقة",
    "لا شيء مما ذكر",
    "كل ما ذكر",
];

/// Absolute words, folded. Learners learn that options with them are wrong.
const ABSOLUTE: &[&str] = &[
    // English
    "always",
    "never",
    "only",
    "all",
    "none",
    "every",
    "nobody",
    "nothing",
    // French
    "toujours",
    "jamais",
    "seulement",
    "uniquement",
    "tous",
    "toutes",
    "aucun",
    "aucune",
    "rien",
    "personne",
    // Spanish
    "siempre",
    "nunca",
    "jamas",
    "solo",
    "unicamente",
    "todos",
    "todas",
    "ninguno",
    "ninguna",
    "nada",
    "nadie",
    // Arabic
    "دايما",
    "ابدا",
    "فقط",
    "جميع",
    "ابد",
    "مطلقا",
    "اطلاقا",
];

/// Lowercase, without accents or Arabic diacritics (hamza written above or
/// below a letter goes too: أ is ا, ئ is ي), and every run of punctuation or
/// spaces as one space.
pub(super) fn fold(text: &str) -> String {
    // Most course text is ASCII, which has nothing to decompose and folds a
    // byte at a time (every prompt and option of every quiz is folded on
    // each load, so this path is what the course-load benchmark measures).
    if text.is_ascii() {
        fold_ascii(text)
    } else {
        fold_chars(text.nfd().filter(|c| !is_combining_mark(*c)), text.len())
    }
}

fn fold_ascii(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut space = true;
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() {
            folded.push(char::from(byte.to_ascii_lowercase()));
            space = false;
        } else if !space {
            folded.push(' ');
            space = true;
        }
    }
    if folded.ends_with(' ') {
        folded.pop();
    }
    folded
}

fn fold_chars(characters: impl Iterator<Item = char>, capacity: usize) -> String {
    let mut folded = String::with_capacity(capacity);
    let mut space = true;
    for character in characters {
        if character.is_alphanumeric() {
            folded.extend(character.to_lowercase());
            space = false;
        } else if !space {
            folded.push(' ');
            space = true;
        }
    }
    if folded.ends_with(' ') {
        folded.pop();
    }
    folded
}

/// Whether a (folded) option text is "all of the above" or "none of the above".
pub(super) fn is_all_or_none_of_the_above(folded: &str) -> bool {
    ABOVE.iter().any(|phrase| {
        folded == *phrase
            || folded
                .strip_suffix(phrase)
                .is_some_and(|before| before.is_empty() || before.ends_with(' '))
    })
}

/// [`ABSOLUTE`] as a set: every word of every option is looked up.
static ABSOLUTE_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| ABSOLUTE.iter().copied().collect());

/// Whether a (folded) text has an absolute word.
pub(super) fn has_absolute_word(folded: &str) -> bool {
    folded.split(' ').any(|word| {
        // Arabic writes "and" and "with" joined to the word: وابدا, بجميع.
        let bare = word
            .strip_prefix('و')
            .filter(|rest| ABSOLUTE_SET.contains(rest))
            .unwrap_or(word);
        ABSOLUTE_SET.contains(bare)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn ascii_folds_a_byte_at_a_time_as_it_would_a_character_at_a_time(
            text in "[ -~\t\n]{0,80}"
        ) {
            proptest::prop_assert_eq!(fold_ascii(&text), fold_chars(text.chars(), text.len()));
        }
    }

    #[test]
    fn folding_ignores_case_accents_diacritics_and_punctuation() {
        assert_eq!(
            fold("  Toutes les réponses ci-dessus !"),
            "toutes les reponses ci dessus"
        );
        // Hamza above a letter is a combining mark: ئ folds to ي, أ to ا.
        assert_eq!(fold("دائمًا"), "دايما");
        assert_eq!(fold("أبدًا"), "ابدا");
        assert!(is_all_or_none_of_the_above(&fold("(d) None of the above.")));
        assert!(!is_all_or_none_of_the_above(&fold(
            "Read all of the above text"
        )));
        assert!(has_absolute_word(&fold("You must ALWAYS ask.")));
        assert!(has_absolute_word(&fold("ولا تسأل أبدًا")));
        assert!(!has_absolute_word(&fold("Ask for consent first.")));
    }
}
