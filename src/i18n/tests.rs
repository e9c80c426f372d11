use super::*;
use fluent::FluentResource;
use fluent::fluent_args;
use std::collections::BTreeSet;
use std::path::Path;

fn message_ids(source: &str) -> BTreeSet<String> {
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("a Fluent file does not parse: {errors:?}"),
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_defines_exactly_the_english_messages() {
    let english = message_ids(LANGUAGES[0].ftl_source());
    assert!(!english.is_empty());
    for language in &LANGUAGES[1..] {
        let ids = message_ids(language.ftl_source());
        let missing: Vec<_> = english.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.tag);
        assert!(
            extra.is_empty(),
            "{} has messages English lacks: {extra:?}",
            language.tag
        );
    }
}

/// Every `text("id")` / `text_with("id"` in the sources names a defined message.
#[test]
fn every_message_used_in_code_is_defined() {
    let english = message_ids(LANGUAGES[0].ftl_source());
    let mut used = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|ext| ext == "rs")
                && !path.ends_with("i18n/tests.rs")
            {
                let source = std::fs::read_to_string(&path).unwrap();
                // A call may put its id on the next line, after rustfmt.
                for marker in ["text(", "text_with(", "ErrorText::new("] {
                    for (index, _) in source.match_indices(marker) {
                        let rest = source[index + marker.len()..].trim_start();
                        if let Some(rest) = rest.strip_prefix('"')
                            && let Some(end) = rest.find('"')
                        {
                            used.insert(rest[..end].to_owned());
                        }
                    }
                }
            }
        }
    }
    assert!(used.len() > 5, "the scan found too few messages: {used:?}");
    let undefined: Vec<_> = used.difference(&english).collect();
    assert!(
        undefined.is_empty(),
        "used in code but not in locales/en: {undefined:?}"
    );
}

#[test]
fn plurals_follow_each_language() {
    let english = Localizer::new(LANGUAGES[0]);
    assert_eq!(
        english.text_with("course-modules", &fluent_args!["count" => 1]),
        "1 module"
    );
    assert_eq!(
        english.text_with("course-modules", &fluent_args!["count" => 5]),
        "5 modules"
    );
    let french = Localizer::new(Language::from_tag("fr").unwrap());
    assert_eq!(
        french.text_with("course-modules", &fluent_args!["count" => 1]),
        "1 module"
    );
    assert_eq!(
        french.text_with("course-modules", &fluent_args!["count" => 3]),
        "3 modules"
    );
    let arabic = Localizer::new(Language::from_tag("ar").unwrap());
    let two = arabic.text_with("course-modules", &fluent_args!["count" => 2]);
    let eleven = arabic.text_with("course-modules", &fluent_args!["count" => 11]);
    assert_ne!(two, eleven, "Arabic has distinct dual and plural forms");
    assert!(
        !two.contains('\u{2068}'),
        "no isolation marks in interface text"
    );
}

#[test]
fn system_tags_map_to_interface_languages() {
    assert_eq!(Language::from_tag("ar_EG.UTF-8").map(|l| l.tag), Some("ar"));
    assert_eq!(Language::from_tag("fr-CA").map(|l| l.tag), Some("fr"));
    assert_eq!(Language::from_tag("de-DE"), None);
    assert!(Language::from_tag("ar").is_some_and(|l| l.right_to_left));
}

#[test]
fn unknown_messages_fall_back_to_english_then_to_the_id() {
    let arabic = Localizer::new(Language::from_tag("ar").unwrap());
    assert_eq!(arabic.text("no-such-message"), "no-such-message");
}
