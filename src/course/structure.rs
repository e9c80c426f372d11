//! Structural problems (unknown fields, missing fields, wrong types) reported all at once.
//!
//! Serde stops at the first structural problem. When it does, the file is checked
//! again against the JSON Schema generated from the same types, which reports every
//! structural problem in one pass, each with its JSON path.

use super::diagnostic::{Code, Diagnostic, escape_pointer_segment};
use super::schema::course_schema;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::{ValidationError, Validator};
use serde_json::Value;
use std::path::Path;
use std::sync::OnceLock;

fn validator() -> Option<&'static Validator> {
    static VALIDATOR: OnceLock<Option<Validator>> = OnceLock::new();
    VALIDATOR
        .get_or_init(|| jsonschema::validator_for(course_schema()).ok())
        .as_ref()
}

/// Every structural problem of `instance` as diagnostics (without line:column yet).
pub fn structural_diagnostics(file: &Path, instance: &Value) -> Vec<Diagnostic> {
    let Some(validator) = validator() else {
        return Vec::new();
    };
    let mut diagnostics = Vec::new();
    for error in validator.iter_errors(instance) {
        describe(file, &error, &mut diagnostics);
    }
    diagnostics
}

fn describe(file: &Path, error: &ValidationError<'_>, out: &mut Vec<Diagnostic>) {
    let path = error.instance_path().as_str().to_owned();
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let allowed = allowed_fields(&path);
            for name in unexpected {
                let field_path = format!("{path}/{}", escape_pointer_segment(name));
                let diagnostic = Diagnostic::error(Code::UnknownField, file, field_path)
                    .message(format!("unknown field `{name}`"));
                out.push(match closest(name, allowed.iter().map(String::as_str)) {
                    Some(guess) => diagnostic.hint(format!("did you mean `{guess}`?")),
                    None if allowed.is_empty() => diagnostic.hint("remove this field"),
                    None => diagnostic.hint(format!(
                        "remove it; the fields allowed here are {}",
                        quoted_list(allowed.iter().map(String::as_str))
                    )),
                });
            }
        }
        ValidationErrorKind::Required { property } => {
            let name = property.as_str().unwrap_or_default();
            let mut diagnostic = Diagnostic::error(Code::MissingField, file, path.clone())
                .message(format!("missing required field `{name}`"));
            if let Some(description) = field_description(&path, name) {
                diagnostic = diagnostic.hint(format!("add `\"{name}\"`: {description}"));
            }
            out.push(diagnostic);
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(single) => article(&single.to_string()),
                TypeKind::Multiple(set) => format!("one of {set:?}"),
            };
            let found = article(json_type_name(error.instance()));
            out.push(
                Diagnostic::error(Code::Type, file, path)
                    .message(format!("expected {expected} here, found {found}")),
            );
        }
        ValidationErrorKind::Enum { options } => {
            let choices: Vec<&str> = options
                .as_array()
                .map(|values| values.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            out.push(not_one_of(file, path, error.instance(), &choices));
        }
        // Documented enum variants become `oneOf: [{const: ..}, ..]`.
        ValidationErrorKind::OneOfNotValid { context } if constants(context).is_some() => {
            let choices = constants(context).unwrap_or_default();
            out.push(not_one_of(file, path, error.instance(), &choices));
        }
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            // `Option<T>` is `anyOf: [T, null]`: report the errors of the branch
            // that got furthest rather than "matches none of the schemas".
            let best = context
                .iter()
                .filter(|branch| !is_only_null_mismatch(branch))
                .min_by_key(|branch| branch.len());
            match best {
                Some(branch) => branch.iter().for_each(|inner| describe(file, inner, out)),
                None => out.push(generic(file, path, error)),
            }
        }
        ValidationErrorKind::Minimum { limit } => out.push(
            Diagnostic::error(Code::InvalidValue, file, path)
                .message(format!("this number must be at least {limit}")),
        ),
        ValidationErrorKind::Maximum { limit } => out.push(
            Diagnostic::error(Code::InvalidValue, file, path)
                .message(format!("this number must be at most {limit}")),
        ),
        _ => out.push(generic(file, path, error)),
    }
}

/// The allowed values when every branch failed only on a `const`.
fn constants<'a>(branches: &'a [Vec<ValidationError<'static>>]) -> Option<Vec<&'a str>> {
    branches
        .iter()
        .map(|branch| match branch.as_slice() {
            [only] => match only.kind() {
                ValidationErrorKind::Constant { expected_value } => expected_value.as_str(),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

fn not_one_of(file: &Path, path: String, instance: &Value, choices: &[&str]) -> Diagnostic {
    let given = match instance {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    };
    let diagnostic = Diagnostic::error(Code::InvalidValue, file, path)
        .message(format!("`{given}` is not allowed here"));
    match closest(&given, choices.iter().copied()) {
        Some(guess) => diagnostic.hint(format!("did you mean `{guess}`?")),
        None => diagnostic.hint(format!("use {}", quoted_list(choices.iter().copied()))),
    }
}

fn generic(file: &Path, path: String, error: &ValidationError<'_>) -> Diagnostic {
    Diagnostic::error(Code::InvalidValue, file, path).message(error.to_string())
}

fn is_only_null_mismatch(branch: &[ValidationError<'_>]) -> bool {
    branch.iter().all(|error| {
        matches!(error.kind(), ValidationErrorKind::Type { kind: TypeKind::Single(single) }
            if single.to_string() == "null")
    })
}

fn json_type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn article(name: &str) -> String {
    match name {
        "array" | "object" | "integer" => format!("an {name}"),
        "null" => "null".to_owned(),
        "boolean" => "true or false".to_owned(),
        other => format!("a {other}"),
    }
}

/// The closest of `candidates` to `given`, if it is close enough to be a likely typo.
pub fn closest<'a>(given: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|candidate| (strsim::jaro_winkler(given, candidate), candidate))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|left, right| left.0.total_cmp(&right.0))
        .map(|(_, candidate)| candidate)
}

/// `` `a`, `b` and `c` ``.
pub fn quoted_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = items.into_iter().map(|item| format!("`{item}`")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

/// The schema that applies at `pointer` in a course document.
fn schema_at(pointer: &str) -> Option<&'static Value> {
    let root = course_schema();
    let mut node = resolve(root, root)?;
    for segment in pointer.split('/').skip(1) {
        let next = match node
            .get("properties")
            .and_then(|properties| properties.get(segment))
        {
            Some(property) => property,
            None => node.get("items")?,
        };
        node = resolve(root, next)?;
    }
    Some(node)
}

/// Follows `$ref` and picks the non-null branch of an optional value.
fn resolve<'a>(root: &'a Value, mut node: &'a Value) -> Option<&'a Value> {
    for _ in 0..8 {
        if let Some(reference) = node.get("$ref").and_then(Value::as_str) {
            node = root.pointer(reference.strip_prefix('#')?)?;
        } else if let Some(branches) = node.get("anyOf").and_then(Value::as_array) {
            node = branches
                .iter()
                .find(|branch| branch.get("type").and_then(Value::as_str) != Some("null"))?;
        } else {
            return Some(node);
        }
    }
    Some(node)
}

fn allowed_fields(pointer: &str) -> Vec<String> {
    schema_at(pointer)
        .and_then(|schema| schema.get("properties"))
        .and_then(Value::as_object)
        .map(|properties| {
            properties
                .keys()
                .filter(|name| !name.starts_with('$'))
                .cloned()
                .collect()
        })
        .unwrap_or_default()
}

fn field_description(pointer: &str, field: &str) -> Option<&'static str> {
    schema_at(pointer)?
        .get("properties")?
        .get(field)?
        .get("description")?
        .as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_find_their_field() {
        assert_eq!(closest("titel", ["id", "title", "summary"]), Some("title"));
        assert_eq!(closest("zzz", ["id", "title"]), None);
    }

    #[test]
    fn allowed_fields_follow_the_path() {
        let fields = allowed_fields("/modules/0/lessons/1");
        assert!(fields.iter().any(|field| field == "blocks"), "{fields:?}");
        let quiz = allowed_fields("/modules/0/quiz");
        assert!(quiz.iter().any(|field| field == "pass_mark"), "{quiz:?}");
    }
}
