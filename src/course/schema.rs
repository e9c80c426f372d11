//! The JSON Schema of the course format, generated from the serde types.
//!
//! Authors point `"$schema"` at `docs/course.schema.json` to get completion and
//! checks in their editor; the loader uses the same schema to list every
//! structural problem of a file at once.

use super::model::Course;
use serde_json::Value;
use std::sync::OnceLock;

/// The schema as a JSON value, generated once per process.
pub fn course_schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| schemars::schema_for!(Course).to_value())
}

/// The schema as pretty-printed JSON text with a final newline, as in
/// `docs/course.schema.json`.
pub fn course_schema_text() -> String {
    let mut text = serde_json::to_string_pretty(course_schema()).unwrap_or_default();
    text.push('\n');
    text
}
