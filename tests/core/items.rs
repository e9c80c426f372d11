//! The item-writing checks of `validate`: each with a case that warns and one
//! that does not, in English and in another language; never an error; silenced
//! per question with `allow`.

use crate::common::*;
use fieldcourse::course::{Code, Diagnostic, Severity};
use serde_json::{Value, json};

/// The sample course with `questions` as its final assessment, in `language`.
fn course_with(language: &str, questions: Value, settings: Value) -> Value {
    let mut course = valid_course();
    set(&mut course, "/language", json!(language));
    set(&mut course, "/final_assessment/questions", questions);
    if let Value::Object(extra) = settings {
        for (key, value) in extra {
            set(&mut course, &format!("/final_assessment/{key}"), value);
        }
    }
    course
}

fn warnings(course: &Value, code: Code) -> Vec<Diagnostic> {
    let loaded = load(course);
    assert!(
        loaded.diagnostics.iter().all(|d| !d.is_error()),
        "{}",
        describe(&loaded)
    );
    loaded
        .diagnostics
        .into_iter()
        .filter(|d| d.code == code)
        .inspect(|d| assert_eq!(d.severity, Severity::Warning))
        .collect()
}

fn single(id: &str, prompt: &str, options: &[(&str, bool)]) -> Value {
    let options: Vec<Value> = options
        .iter()
        .enumerate()
        .map(|(n, (text, correct))| json!({"id": format!("{id}-{n}"), "text": text, "correct": correct}))
        .collect();
    json!({"id": id, "kind": "single_choice", "prompt": prompt, "options": options, "explanation": "Because."})
}

fn true_false(id: &str, answer: bool) -> Value {
    json!({"id": id, "kind": "true_false", "prompt": format!("Statement number {id} about water safety."), "answer": answer, "explanation": "Because."})
}

/// Three single-choice questions whose right option is (or is not) the longest.
fn longest(language: &str, right_longest: bool, texts: [&str; 3]) -> Value {
    let [short, other, long] = texts;
    let questions: Vec<Value> = (0..3)
        .map(|n| {
            let options = if right_longest || n == 0 {
                vec![(short, false), (other, false), (long, true)]
            } else {
                vec![(long, false), (other, false), (short, true)]
            };
            single(
                &format!("lq{n}"),
                &format!("Question {n} on the topic at hand?"),
                &options,
            )
        })
        .collect();
    course_with(language, json!(questions), json!({"shuffle_options": true}))
}

#[test]
fn the_right_option_being_the_longest_in_most_questions_warns() {
    let english = [
        "Boil it",
        "Filter it",
        "Boil it for one full minute at a rolling boil",
    ];
    let found = warnings(&longest("en", true, english), Code::LongestOption);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path, "/final_assessment/questions");
    assert!(
        found[0].message.starts_with("in 3 of the 3 single-choice questions of quiz `final` the right option is clearly the longest (`lq0`, `lq1`, `lq2`)"),
        "{}",
        found[0].message
    );
    assert!(
        found[0]
            .hint
            .as_deref()
            .unwrap()
            .contains("\"allow\": [\"longest-option\"]")
    );
    assert!(warnings(&longest("en", false, english), Code::LongestOption).is_empty());

    let spanish = [
        "Hervirla",
        "Filtrarla",
        "Hervirla durante un minuto entero a borbotones",
    ];
    assert_eq!(
        warnings(&longest("es", true, spanish), Code::LongestOption).len(),
        1
    );
    assert!(warnings(&longest("es", false, spanish), Code::LongestOption).is_empty());
}

#[test]
fn allow_leaves_a_question_out_of_a_check() {
    let mut course = longest(
        "en",
        true,
        [
            "Boil it",
            "Filter it",
            "Boil it for one full minute at a rolling boil",
        ],
    );
    for n in [0, 1] {
        set(
            &mut course,
            &format!("/final_assessment/questions/{n}/allow"),
            json!(["longest-option"]),
        );
    }
    assert!(
        warnings(&course, Code::LongestOption).is_empty(),
        "one of one is not counted"
    );
    set(
        &mut course,
        "/final_assessment/questions/2/allow",
        json!(["longest-optoin"]),
    );
    let loaded = load(&course);
    assert!(
        loaded.diagnostics.iter().any(|d| d.is_error()),
        "a misspelt check name is an error: {}",
        describe(&loaded)
    );
}

#[test]
fn lopsided_true_false_answers_warn_across_the_course() {
    let lopsided: Vec<Value> = (0..8)
        .map(|n| true_false(&format!("tf{n}"), n == 0))
        .collect();
    let found = warnings(
        &course_with("en", json!(lopsided), json!({})),
        Code::LopsidedTrueFalse,
    );
    assert_eq!(found.len(), 1);
    // The module quiz's true statement counts too: 7 of 9 are false.
    assert_eq!(
        found[0].message,
        "7 of the 9 true/false statements of the course are false, so answering \"false\" every time goes a long way"
    );
    assert_eq!(found[0].path, "");
    let balanced: Vec<Value> = (0..7)
        .map(|n| true_false(&format!("tf{n}"), n % 2 == 0))
        .collect();
    assert!(
        warnings(
            &course_with("fr", json!(balanced), json!({})),
            Code::LopsidedTrueFalse
        )
        .is_empty()
    );
    let lopsided: Vec<Value> = (0..8)
        .map(|n| true_false(&format!("tf{n}"), n != 0))
        .collect();
    assert_eq!(
        warnings(
            &course_with("fr", json!(lopsided), json!({})),
            Code::LopsidedTrueFalse
        )
        .len(),
        1
    );
}

#[test]
fn all_or_none_of_the_above_warns_in_each_language() {
    for (language, text) in [
        ("en", "All of the above."),
        ("en", "None of the above"),
        ("fr", "Toutes les réponses ci-dessus"),
        ("es", "Ninguna de las anteriores"),
        ("ar", "جميع ما سبق"),
    ] {
        let question = single(
            "above",
            "Which of these keeps water safe?",
            &[("Boiling", false), ("Filtering", false), (text, true)],
        );
        let found = warnings(
            &course_with(language, json!([question]), json!({})),
            Code::AllNoneOfTheAbove,
        );
        assert_eq!(found.len(), 1, "{language}: {text}");
        assert_eq!(
            found[0].path,
            "/final_assessment/questions/0/options/2/text"
        );
    }
    let plain = single(
        "above",
        "Which of these keeps water safe?",
        &[("Boiling", true), ("Reading all of the above signs", false)],
    );
    assert!(
        warnings(
            &course_with("en", json!([plain]), json!({})),
            Code::AllNoneOfTheAbove
        )
        .is_empty()
    );
}

fn absolute_quiz(language: &str, wrong: [&str; 3], right: &str) -> Value {
    let questions: Vec<Value> = wrong
        .iter()
        .enumerate()
        .map(|(n, wrong)| {
            single(
                &format!("abs{n}"),
                &format!("What should staff do in situation number {n}?"),
                &[
                    (wrong, false),
                    (right, true),
                    ("Wait for the manager", false),
                ],
            )
        })
        .collect();
    course_with(language, json!(questions), json!({"shuffle_options": true}))
}

#[test]
fn absolute_words_in_wrong_options_warn() {
    let found = warnings(
        &absolute_quiz(
            "en",
            [
                "Always report it alone",
                "Never ask for consent",
                "Only the police may act",
            ],
            "Refer with consent",
        ),
        Code::AbsoluteWords,
    );
    assert_eq!(found.len(), 1);
    assert!(
        found[0]
            .message
            .contains("are in 3 wrong options of quiz `final` but in 0 of its 3 right options")
    );
    // Absolute words on both sides say nothing.
    assert!(
        warnings(
            &absolute_quiz(
                "en",
                [
                    "Always report it alone",
                    "Never ask for consent",
                    "Only the police may act"
                ],
                "Always refer with consent",
            ),
            Code::AbsoluteWords,
        )
        .is_empty()
    );
    let arabic = absolute_quiz(
        "ar",
        [
            "أبلغ دائمًا وحدك",
            "لا تطلب الموافقة أبدًا",
            "الشرطة فقط تتصرف",
        ],
        "أحِل بموافقة الشخص",
    );
    assert_eq!(warnings(&arabic, Code::AbsoluteWords).len(), 1);
    let french = absolute_quiz(
        "fr",
        [
            "Signaler seul",
            "Demander le consentement",
            "Laisser la police agir",
        ],
        "Orienter avec consentement",
    );
    assert!(warnings(&french, Code::AbsoluteWords).is_empty());
}

#[test]
fn near_duplicate_prompts_warn_within_a_pool_and_against_module_quizzes() {
    let first = single(
        "dup-a",
        "Which container keeps drinking water safest at home?",
        &[("A", true), ("B", false)],
    );
    let second = single(
        "dup-b",
        "Which container keeps drinking water safest at home ?",
        &[("A", true), ("B", false)],
    );
    let found = warnings(
        &course_with("en", json!([first, second]), json!({})),
        Code::NearDuplicate,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path, "/final_assessment/questions/1/prompt");
    assert!(found[0].message.starts_with(
        "question `dup-b` reads almost like question `dup-a` in the same quiz (100% alike)"
    ));

    let different = single(
        "dup-b",
        "Which container should never hold drinking water?",
        &[("A", true), ("B", false)],
    );
    assert!(
        warnings(
            &course_with("en", json!([first, different]), json!({})),
            Code::NearDuplicate
        )
        .is_empty()
    );

    // Against a module quiz, in Spanish, with one word changed.
    let mut course = course_with(
        "es",
        json!([single(
            "dup-f",
            "¿Qué recipiente mantiene el agua potable más segura en casa?",
            &[("A", true), ("B", false)]
        )]),
        json!({}),
    );
    set(
        &mut course,
        "/modules/0/quiz/questions/0/prompt",
        json!("¿Qué recipiente mantiene el agua potable más segura en el hogar?"),
    );
    let found = warnings(&course, Code::NearDuplicate);
    assert!(
        found.is_empty(),
        "about 85% alike stays under the threshold: {found:?}"
    );
    set(
        &mut course,
        "/modules/0/quiz/questions/0/prompt",
        json!("¿Qué recipiente mantiene el agua potable más segura en casa"),
    );
    let found = warnings(&course, Code::NearDuplicate);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("in quiz `quiz-one`"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_pool_of_copies_gives_a_few_near_duplicate_warnings_and_counts_the_rest() {
    let copies: Vec<Value> = (0..12)
        .map(|n| {
            single(
                &format!("copy-{n:02}"),
                "Which container keeps drinking water safest at home?",
                &[("A", true), ("B", false)],
            )
        })
        .collect();
    let found = warnings(
        &course_with("en", Value::Array(copies), json!({})),
        Code::NearDuplicate,
    );
    // Five one by one, then one warning for the six others.
    assert_eq!(found.len(), 6, "{found:?}");
    assert_eq!(found[4].path, "/final_assessment/questions/5/prompt");
    assert_eq!(found[5].path, "/final_assessment/questions");
    assert!(
        found[5].message.starts_with(
            "6 more questions of quiz `final` read almost like another question (`copy-06`"
        ),
        "{}",
        found[5].message
    );
}

#[test]
fn unshuffled_options_with_the_right_one_always_in_one_place_warn() {
    let questions = |positions: [usize; 3]| -> Value {
        let list: Vec<Value> = positions
            .iter()
            .enumerate()
            .map(|(n, at)| {
                let options: Vec<(&str, bool)> = ["Uno", "Dos", "Tres"]
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (*t, i == *at))
                    .collect();
                single(
                    &format!("pos{n}"),
                    &format!("Pregunta número {n} sobre el tema?"),
                    &options,
                )
            })
            .collect();
        json!(list)
    };
    let found = warnings(
        &course_with("es", questions([1, 1, 1]), json!({})),
        Code::AnswerPosition,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path, "/final_assessment");
    assert!(found[0].message.ends_with("the right option is number 2"));
    assert!(
        warnings(
            &course_with("es", questions([1, 0, 2]), json!({})),
            Code::AnswerPosition
        )
        .is_empty()
    );
    assert!(
        warnings(
            &course_with("en", questions([1, 1, 1]), json!({"shuffle_options": true})),
            Code::AnswerPosition
        )
        .is_empty()
    );
}

#[test]
fn validate_json_reports_each_check_by_a_stable_code() {
    let dir = CourseDir::new(&longest(
        "en",
        true,
        [
            "Boil it",
            "Filter it",
            "Boil it for one full minute at a rolling boil",
        ],
    ));
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .args(["validate", "--format", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "warnings only: exit 0");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("\"code\": \"longest-option\""), "{text}");
}

#[test]
fn opening_a_course_to_learn_leaves_the_authors_checks_out() {
    let english = [
        "Boil it",
        "Filter it",
        "Boil it for one full minute at a rolling boil",
    ];
    let course = longest("en", true, english);
    let folder = CourseDir::new(&course);
    let for_authors = folder.load();
    assert_eq!(
        for_authors
            .diagnostics
            .iter()
            .filter(|d| d.code == Code::LongestOption)
            .count(),
        1,
        "{}",
        describe(&for_authors)
    );
    let to_learn = fieldcourse::course::load_course_in(folder.path(), &["en".to_owned()]);
    assert!(to_learn.is_usable());
    assert!(to_learn.diagnostics.is_empty(), "{}", describe(&to_learn));
    assert_eq!(to_learn.course, for_authors.course);
}
