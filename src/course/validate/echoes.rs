//! Translation findings that only echo an error of the source course.
//!
//! When `course.json` has an error (two questions with one id, a question with
//! no correct option), a translation that is right differs from it at that
//! very place. Reporting the difference too would send the author to fix a
//! file that is right; the source's error is reported, and once it is fixed any
//! real difference shows on the next check.

use crate::course::diagnostic::{Code, Diagnostic};

/// `mismatches` (from comparing a translation with its source) without those
/// at a place where `source` (the source file's diagnostics) has an error.
pub fn without_echoes(mismatches: Vec<Diagnostic>, source: &[Diagnostic]) -> Vec<Diagnostic> {
    let errors: Vec<&str> = source
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.path.as_str())
        .collect();
    mismatches
        .into_iter()
        .filter(|mismatch| {
            mismatch.code != Code::Translation
                || !errors.iter().any(|error| echoes(&mismatch.path, error))
        })
        .collect()
}

/// Whether a translation finding at `translated` echoes a source error at
/// `source`: the same place; the object one of whose fields is wrong (a quiz
/// whose `draw` is too large); or the question the error lies in (a question
/// whose answer key is compared as a whole).
fn echoes(translated: &str, source: &str) -> bool {
    if translated == source {
        return true;
    }
    let Some(rest) = source
        .strip_prefix(translated)
        .and_then(|rest| rest.strip_prefix('/'))
    else {
        return false;
    };
    let is_field = rest
        .split('/')
        .next()
        .is_some_and(|segment| segment.parse::<usize>().is_err());
    let is_field_of_object = is_field && !rest.contains('/');
    let parent = translated.rsplit_once('/').map(|(parent, _)| parent);
    let is_question = parent.is_some_and(|parent| parent.ends_with("/questions"))
        && translated
            .rsplit('/')
            .next()
            .is_some_and(|last| last.parse::<usize>().is_ok());
    is_field_of_object || (is_question && is_field)
}

#[cfg(test)]
mod tests {
    use super::echoes;

    #[test]
    fn echoes_are_the_place_its_object_or_its_question() {
        let question = "/modules/0/quiz/questions/1";
        assert!(echoes(
            "/modules/0/quiz/questions/1/id",
            "/modules/0/quiz/questions/1/id"
        ));
        assert!(echoes(question, "/modules/0/quiz/questions/1/options"));
        assert!(echoes(question, "/modules/0/quiz/questions/1/options/0/id"));
        assert!(echoes("/modules/0/quiz", "/modules/0/quiz/draw"));
        // A count that differs is the translation's own finding.
        assert!(!echoes("/modules/0/lessons", "/modules/0/lessons/2/id"));
        assert!(!echoes("/modules", "/modules/0/quiz/draw"));
        assert!(!echoes(
            "/modules/0/quiz",
            "/modules/0/quiz/questions/0/options"
        ));
        assert!(!echoes(
            "/modules/0/quiz/questions/1",
            "/modules/0/quiz/questions/10/id"
        ));
    }
}
