//! Which kinds of question are converted and which are skipped, in one file
//! and in every gradable example of Moodle's GIFT documentation.

use super::import;
use fieldcourse::quiz::gift::SkipReason;

#[test]
fn unsupported_kinds_are_skipped_with_their_line() {
    let import = import(
        "Describe your day. {}\n\n\
         Essay with feedback. {####Thanks.}\n\n\
         Grant is {~buried =entombed ~living} in Grant's tomb.\n\n\
         Just a description.\n\n\
         ::Empty:: {T}\n\n\
         Kept. {T}",
    );
    let skipped: Vec<(usize, usize, &SkipReason)> = import
        .skipped
        .iter()
        .map(|skipped| (skipped.number, skipped.line, &skipped.reason))
        .collect();
    assert_eq!(
        skipped,
        [
            (1, 1, &SkipReason::Essay),
            (2, 3, &SkipReason::Essay),
            (4, 7, &SkipReason::Description),
            (5, 9, &SkipReason::NoText),
        ]
    );
    assert_eq!(import.skipped[3].title.as_deref(), Some("Empty"));
    assert_eq!(
        import.skipped[2].to_string(),
        "line 7: question 4 skipped: it is a description (text with no answer block), and Fieldcourse quizzes hold only questions"
    );
    let ids: Vec<&str> = import
        .quiz
        .questions
        .iter()
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(ids, ["q3", "q6"], "the missing-word question is converted");
}

#[test]
fn every_gradable_example_of_moodles_documentation_is_converted() {
    let import = import(&super::fixture("moodle_docs.gift"));
    let kinds: Vec<(&str, &str)> = import
        .quiz
        .questions
        .iter()
        .map(|q| (q.id.as_str(), q.kind.as_str()))
        .collect();
    assert_eq!(
        kinds,
        [
            ("river", "single_choice"),
            ("tomb", "single_choice"),
            ("q3", "single_choice"),
            ("sky", "true_false"),
            ("sun", "true_false"),
            ("capital", "short_answer"),
            ("q7", "short_answer"),
            ("animals", "matching"),
            ("born", "numeric"),
            ("pi", "numeric"),
            ("born-partly", "numeric"),
            ("cat", "short_answer"),
            ("colours", "multiple_choice"),
        ]
    );
    let skipped: Vec<&SkipReason> = import.skipped.iter().map(|s| &s.reason).collect();
    assert_eq!(skipped, [&SkipReason::Essay, &SkipReason::Description]);
    assert_eq!(
        import.quiz.questions[2].prompt,
        "Mount Kenya is \\_\\_\\_\\_\\_ of the equator... mostly."
    );
    assert_eq!(import.quiz.questions[7].distractors.len(), 1);
    assert_eq!(import.quiz.questions[10].partial_credit.len(), 1);
    assert!(import.notes.is_empty(), "{:?}", import.notes);
}
