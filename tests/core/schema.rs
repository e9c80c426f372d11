//! The JSON Schema authors use in their editors.

use fieldcourse::course::{course_schema, course_schema_text};
use std::path::Path;

#[test]
fn the_schema_in_docs_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/course.schema.json");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == course_schema_text(),
        "docs/course.schema.json is stale: run `cargo run -- schema > docs/course.schema.json`"
    );
}

#[test]
fn the_schema_rejects_unknown_fields_and_documents_fields() {
    let schema = course_schema();
    assert_eq!(schema["additionalProperties"], false);
    assert!(
        schema["properties"]["title"]["description"]
            .as_str()
            .unwrap()
            .contains("title")
    );
    let lesson = &schema["$defs"]["Lesson"];
    assert_eq!(lesson["additionalProperties"], false);
    assert!(
        lesson["required"]
            .as_array()
            .unwrap()
            .iter()
            .any(|field| field == "blocks")
    );
}
