//! Whatever bytes a course file holds, loading never panics.

use crate::common::valid_course;
use fieldcourse::course::parse_course;
use proptest::prelude::*;
use serde_json::Value;
use std::path::Path;

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-z_]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::hash_map("[a-z_]{1,12}", inner, 0..8)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let parsed = parse_course(Path::new("fuzz.json"), &bytes);
        prop_assert!(parsed.course.is_some() || !parsed.diagnostics.is_empty());
    }

    #[test]
    fn arbitrary_json_never_panics(value in arbitrary_json()) {
        let bytes = serde_json::to_vec(&value).unwrap();
        let parsed = parse_course(Path::new("fuzz.json"), &bytes);
        prop_assert!(parsed.course.is_some() || !parsed.diagnostics.is_empty());
    }

    /// A valid course with one value replaced anywhere: structural checks and
    /// line:column lookup must cope with every shape.
    #[test]
    fn a_course_with_one_value_replaced_never_panics(pick in any::<prop::sample::Index>(), value in arbitrary_json()) {
        let mut course = valid_course();
        let mut pointers = Vec::new();
        collect_pointers(&course, String::new(), &mut pointers);
        let pointer = pick.get(&pointers).clone();
        if let Some(slot) = course.pointer_mut(&pointer) {
            *slot = value;
        }
        let bytes = serde_json::to_vec_pretty(&course).unwrap();
        let parsed = parse_course(Path::new("fuzz.json"), &bytes);
        for diagnostic in &parsed.diagnostics {
            prop_assert!(!diagnostic.message.is_empty());
        }
    }
}

fn collect_pointers(value: &Value, here: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                collect_pointers(child, format!("{here}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                collect_pointers(child, format!("{here}/{index}"), out);
            }
        }
        _ => {}
    }
    out.push(here);
}
