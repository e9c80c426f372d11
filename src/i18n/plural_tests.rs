//! Every message of every language, rendered with sample numbers: a number
//! shown in a sentence must take the form its language gives that number.
//!
//! Arabic has six plural categories (zero, one, two, few for 3–10, many for
//! 11–99, other for 100 and above), each with its own form of the counted
//! noun; French counts 0 as singular ("0 apprenant"). A message that shows a
//! count without a selector, or whose selector lacks a language's category,
//! reads wrong for some numbers; this test finds it before a learner does.

use super::*;
use fluent::{FluentArgs, FluentValue};
use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use std::collections::{BTreeMap, BTreeSet};

/// One number of each Arabic plural category (zero, one, two, few, many,
/// other), which also covers every category of English, French and Spanish.
const SAMPLES: [i64; 6] = [0, 1, 2, 3, 11, 100];

/// Variables the app passes as numbers (`fluent_args!["count" => n]`), by
/// name. Every other variable is text: a title, a path, a figure the app has
/// already formatted with its sign (`"63%"`, `"0.82"`).
const NUMERIC: [&str; 24] = [
    "count",
    "done",
    "total",
    "passed",
    "number",
    "left",
    "seconds",
    "minutes",
    "hours",
    "min",
    "max",
    "points",
    "added",
    "removed",
    "sent",
    "held",
    "exported",
    "delivered",
    "line",
    "column",
    "day",
    "year",
    "drawn",
    "percent",
];

/// Variables that share a numeric name but are text in one message.
const TEXT_DESPITE_NAME: [(&str, &str); 3] = [
    ("quiz-match-pair", "left"),
    ("quiz-number-range", "min"),
    ("quiz-number-range", "max"),
];

/// Whether the app passes `variable` of message `id` as a number.
fn is_numeric(id: &str, variable: &str) -> bool {
    NUMERIC.contains(&variable) && !TEXT_DESPITE_NAME.contains(&(id, variable))
}

/// Arabic numbers that need no selector, and why: nothing is counted by them,
/// so no noun takes a form from them. `*` stands for every message.
const ARABIC_NO_SELECTOR: [(&str, &str, &str); 15] = [
    ("*", "percent", "a percentage, written with its sign"),
    (
        "*",
        "number",
        "a position (lesson 3, question 3), not a count",
    ),
    ("*", "day", "a date"),
    ("*", "year", "a date"),
    (
        "*",
        "total",
        "\"out of N\": the counted noun went with the first figure, or a label precedes",
    ),
    (
        "lesson-progress",
        "count",
        "the end of a position: lesson 3 of 10",
    ),
    (
        "quiz-progress",
        "count",
        "the end of a position: question 3 of 10",
    ),
    (
        "quiz-points",
        "max",
        "\"out of N\" after the counted points",
    ),
    ("problem-where", "line", "a place in a file"),
    ("problem-where", "column", "a place in a file"),
    (
        "trainer-progress-lessons",
        "done",
        "a tally after a label (Lessons: 3 of 10)",
    ),
    (
        "trainer-progress-quizzes",
        "passed",
        "a tally after a label (Quizzes passed: 3 of 10)",
    ),
    (
        "problems-show-all",
        "count",
        "a tally in brackets after the noun",
    ),
    (
        "trainer-questions-share",
        "count",
        "a tally in brackets after a percentage",
    ),
    (
        "trainer-questions-wrong-answer",
        "count",
        "a tally after a colon",
    ),
];

/// More Arabic tallies after a colon (kept apart to keep each list readable).
const ARABIC_TALLIES: [(&str, &str, &str); 6] = [
    (
        "trainer-questions-partial-line",
        "count",
        "a tally after a colon",
    ),
    ("error-input-name-too-long", "max", "a limit after a colon"),
    (
        "error-input-certificate-name-too-long",
        "max",
        "a limit after a colon",
    ),
    ("error-package-too-many", "count", "a tally after a colon"),
    ("error-package-too-many", "max", "a limit after a colon"),
    (
        "error-certificate-trust-file",
        "line",
        "a line number in a file, not a count",
    ),
];

/// Selectors whose variants need not name every plural category of the
/// language a sample falls in, and why: the default variant reads right.
const CATEGORY_FALLS_TO_DEFAULT: [(&str, &str, &str, &str); 5] = [
    (
        "en",
        "records-waiting",
        "exported",
        "\"(1 of them …)\" reads right",
    ),
    (
        "en",
        "records-sent",
        "held",
        "\"held 1 from an earlier try\" reads right",
    ),
    (
        "es",
        "records-sent",
        "held",
        "\"ya tenía 1 de un intento anterior\" reads right",
    ),
    (
        "fr",
        "records-sent",
        "held",
        "« en avait déjà 1 » reads right",
    ),
    (
        "fr",
        "certificate-date",
        "day",
        "only the 1st of a month reads differently (1er)",
    ),
];

/// Sample values given to a message's numeric variables, by name.
type Numbers = Vec<(String, i64)>;

/// For one numeric variable with the others held fixed: each text rendered,
/// with the value that gave it.
type Readings = BTreeMap<(String, Numbers), BTreeMap<String, i64>>;

/// What a message does with its variables.
#[derive(Default)]
struct Uses {
    /// Every variable it reads.
    variables: BTreeSet<String>,
    /// Variables shown as text somewhere in it (in any variant).
    placed: BTreeSet<String>,
    /// For each variable selected on, the keys of each selector on it.
    selectors: BTreeMap<String, Vec<Vec<VariantKey<String>>>>,
}

fn walk_pattern(pattern: &Pattern<&str>, uses: &mut Uses) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, uses);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, uses: &mut Uses) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, uses, true),
        Expression::Select { selector, variants } => {
            walk_inline(selector, uses, false);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|variant| match &variant.key {
                        VariantKey::Identifier { name } => VariantKey::Identifier {
                            name: (*name).to_owned(),
                        },
                        VariantKey::NumberLiteral { value } => VariantKey::NumberLiteral {
                            value: (*value).to_owned(),
                        },
                    })
                    .collect();
                uses.selectors
                    .entry(id.name.to_owned())
                    .or_default()
                    .push(keys);
            }
            for variant in variants {
                walk_pattern(&variant.value, uses);
            }
        }
    }
}

fn walk_inline(inline: &InlineExpression<&str>, uses: &mut Uses, shown: bool) {
    match inline {
        InlineExpression::VariableReference { id } => {
            uses.variables.insert(id.name.to_owned());
            if shown {
                uses.placed.insert(id.name.to_owned());
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, uses),
        // No message here calls functions or references others; if one ever
        // does, its variables are read through the other message's own check.
        _ => {}
    }
}

/// Each message of `language` with what it does with its variables.
fn messages(language: Language) -> BTreeMap<String, Uses> {
    let resource = match FluentResource::try_new(language.ftl_source().to_owned()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{} does not parse: {errors:?}", language.tag),
    };
    let mut found = BTreeMap::new();
    for entry in resource.entries() {
        if let Entry::Message(message) = entry {
            let mut uses = Uses::default();
            if let Some(value) = &message.value {
                walk_pattern(value, &mut uses);
            }
            found.insert(message.id.name.to_owned(), uses);
        }
    }
    found
}

/// The CLDR plural category of `number` in `language`, as Fluent picks it.
fn category(language: Language, number: i64) -> String {
    let identifier: LanguageIdentifier = language.tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![identifier]);
    let probe = "category = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";
    bundle
        .add_resource(FluentResource::try_new(probe.to_owned()).unwrap())
        .unwrap();
    let pattern = bundle.get_message("category").unwrap().value().unwrap();
    let mut args = FluentArgs::new();
    args.set("n", number);
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(&args), &mut errors)
        .into_owned()
}

/// Every combination of sample values for `numeric`, with text for the rest.
fn sample_args(id: &str, uses: &Uses) -> Vec<(Numbers, FluentArgs<'static>)> {
    let numeric: Vec<&String> = uses
        .variables
        .iter()
        .filter(|name| is_numeric(id, name))
        .collect();
    let mut combinations: Vec<Numbers> = vec![Vec::new()];
    for name in &numeric {
        combinations = combinations
            .into_iter()
            .flat_map(|done| {
                SAMPLES.iter().map(move |&sample| {
                    let mut next = done.clone();
                    next.push(((*name).clone(), sample));
                    next
                })
            })
            .collect();
    }
    combinations
        .into_iter()
        .map(|numbers| {
            let mut args = FluentArgs::new();
            for name in &uses.variables {
                if !is_numeric(id, name) {
                    args.set(name.clone(), FluentValue::from("Abc"));
                }
            }
            for (name, value) in &numbers {
                args.set(name.clone(), *value);
            }
            (numbers, args)
        })
        .collect()
}

fn allowed_without_selector(id: &str, variable: &str) -> bool {
    ARABIC_NO_SELECTOR
        .iter()
        .chain(ARABIC_TALLIES.iter())
        .any(|(message, name, _why)| (*message == "*" || *message == id) && *name == variable)
}

#[test]
fn every_message_renders_every_sample_number_in_every_language() {
    let english = messages(LANGUAGES[0]);
    let mut problems = Vec::new();
    for language in LANGUAGES {
        let own = messages(language);
        let bundle = bundle_for(language);
        let categories: BTreeMap<i64, String> = SAMPLES
            .iter()
            .map(|&sample| (sample, category(language, sample)))
            .collect();
        for (id, english_uses) in &english {
            let tag = language.tag;
            let Some(uses) = own.get(id) else {
                problems.push(format!("{tag} {id}: missing"));
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
                problems.push(format!("{tag} {id}: has no value"));
                continue;
            };
            // Where English makes a count agree, every language must too.
            for variable in english_uses.selectors.keys() {
                if !uses.selectors.contains_key(variable) {
                    problems.push(format!(
                        "{tag} {id}: English selects on ${variable}, this does not"
                    ));
                }
            }
            let placed_numbers: Vec<&String> = uses
                .placed
                .iter()
                .filter(|name| is_numeric(id, name))
                .collect();
            // Arabic: a number shown is a number counted, unless listed above.
            if tag == "ar" {
                for variable in &placed_numbers {
                    if !uses.selectors.contains_key(*variable)
                        && !allowed_without_selector(id, variable)
                    {
                        problems.push(format!(
                            "ar {id}: shows ${variable} without a selector on it"
                        ));
                    }
                }
            }
            // A selector on a shown number names each sample's category (or the number).
            for variable in &placed_numbers {
                let excused =
                    CATEGORY_FALLS_TO_DEFAULT
                        .iter()
                        .any(|(lang, message, name, _why)| {
                            *lang == tag && message == id && name == *variable
                        });
                for keys in uses.selectors.get(*variable).into_iter().flatten() {
                    for (&sample, category) in &categories {
                        let named = keys.iter().any(|key| match key {
                            VariantKey::Identifier { name } => name == category,
                            VariantKey::NumberLiteral { value } => {
                                value.parse::<f64>().ok() == Some(sample as f64)
                            }
                        });
                        if !named && category != "other" && !excused {
                            problems.push(format!(
                                "{tag} {id}: ${variable} = {sample} is in the category {category}, which the selector lacks"
                            ));
                        }
                    }
                }
            }
            // Render every combination: no errors, nothing left unfilled, and
            // two different numbers never read the same.
            let mut readings = Readings::new();
            for (numbers, args) in sample_args(id, uses) {
                let mut errors = Vec::new();
                let text = bundle
                    .format_pattern(pattern, Some(&args), &mut errors)
                    .into_owned();
                if !errors.is_empty() {
                    problems.push(format!("{tag} {id} with {numbers:?}: {errors:?}"));
                }
                if text.contains('{') || text.contains('}') {
                    problems.push(format!(
                        "{tag} {id} with {numbers:?}: unfilled placeable in {text:?}"
                    ));
                }
                for (index, (variable, value)) in numbers.iter().enumerate() {
                    if !uses.placed.contains(variable) {
                        continue;
                    }
                    let mut others = numbers.clone();
                    others.remove(index);
                    let seen = readings.entry((variable.clone(), others)).or_default();
                    if let Some(before) = seen.insert(text.clone(), *value) {
                        problems.push(format!(
                            "{tag} {id}: ${variable} = {before} and {value} both read {text:?}"
                        ));
                    }
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn sample_numbers_fall_in_every_arabic_category() {
    let arabic = Language::from_tag("ar").unwrap();
    let found: Vec<String> = SAMPLES.iter().map(|&n| category(arabic, n)).collect();
    assert_eq!(found, ["zero", "one", "two", "few", "many", "other"]);
    let french = Language::from_tag("fr").unwrap();
    assert_eq!(category(french, 0), "one", "French counts zero as singular");
}

#[test]
fn arabic_counts_take_the_form_of_their_number() {
    let arabic = Localizer::new(Language::from_tag("ar").unwrap());
    let lessons =
        |count: i64| arabic.text_with("course-lessons", &fluent::fluent_args!["count" => count]);
    assert_eq!(lessons(3), "3 دروس");
    assert_eq!(lessons(11), "11 درسًا");
    assert_eq!(lessons(100), "100 درس");
    let french = Localizer::new(Language::from_tag("fr").unwrap());
    let learners = |count: i64| {
        french.text_with(
            "trainer-learners-heading",
            &fluent::fluent_args!["count" => count],
        )
    };
    assert_eq!(learners(0), "Aucun apprenant sur cet ordinateur");
    assert_eq!(learners(1), "Un apprenant sur cet ordinateur");
}
