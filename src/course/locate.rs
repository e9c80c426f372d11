//! Finds where a JSON pointer lies in the source text, for line:column in messages.
//!
//! The fast path of loading parses with serde and keeps no positions. Only when a
//! file has something to report is it parsed a second time, with `jsonc-parser`,
//! into a syntax tree that remembers where every value and key starts.

use super::diagnostic::{Location, location_of_offset};
use jsonc_parser::ast::{ObjectPropName, Value};
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions};

/// Which part of an object member to point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The value (the usual case).
    Value,
    /// The key, for problems with the name itself, such as an unknown field.
    Key,
}

/// The parsed source of one file, ready to answer "where is this pointer?".
pub struct SourceMap<'a> {
    text: &'a str,
    root: Option<Value<'a>>,
}

impl<'a> SourceMap<'a> {
    /// Parses `text` strictly as JSON. A text that does not parse locates nothing.
    pub fn new(text: &'a str) -> Self {
        let options = ParseOptions {
            allow_comments: false,
            allow_loose_object_property_names: false,
            allow_trailing_commas: false,
            allow_missing_commas: false,
            allow_single_quoted_strings: false,
            allow_hexadecimal_numbers: false,
            ..ParseOptions::default()
        };
        let root = jsonc_parser::parse_to_ast(text, &CollectOptions::default(), &options)
            .ok()
            .and_then(|result| result.value);
        Self { text, root }
    }

    /// The line and column of `pointer` (`/modules/0/title`), or of the nearest
    /// ancestor that exists when the pointer names something absent.
    pub fn locate(&self, pointer: &str, target: Target) -> Option<Location> {
        let mut node = self.root.as_ref()?;
        let mut offset = node.start();
        let segments: Vec<String> = pointer
            .split('/')
            .skip(1)
            .map(|segment| segment.replace("~1", "/").replace("~0", "~"))
            .collect();
        for (index, segment) in segments.iter().enumerate() {
            let last = index + 1 == segments.len();
            match node {
                Value::Object(object) => {
                    let Some(property) = object
                        .properties
                        .iter()
                        .find(|property| property_name(&property.name) == segment.as_str())
                    else {
                        break;
                    };
                    offset = if last && target == Target::Key {
                        property.name.start()
                    } else {
                        property.value.start()
                    };
                    node = &property.value;
                }
                Value::Array(array) => {
                    let Some(element) = segment
                        .parse::<usize>()
                        .ok()
                        .and_then(|position| array.elements.get(position))
                    else {
                        break;
                    };
                    offset = element.start();
                    node = element;
                }
                _ => break,
            }
        }
        Some(location_of_offset(self.text, offset))
    }

    /// The text of line `line` (1-based), without its line break.
    pub fn line(&self, line: usize) -> Option<&'a str> {
        self.text.lines().nth(line.checked_sub(1)?)
    }
}

fn property_name<'b>(name: &'b ObjectPropName<'_>) -> &'b str {
    match name {
        ObjectPropName::String(literal) => literal.value.as_ref(),
        ObjectPropName::Word(literal) => literal.value,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\n  \"modules\": [\n    {\"id\": \"a\", \"titel\": \"x\"}\n  ]\n}";

    #[test]
    fn finds_values_and_keys() {
        let map = SourceMap::new(TEXT);
        assert_eq!(
            map.locate("/modules/0/id", Target::Value),
            Some(Location {
                line: 3,
                column: 12
            })
        );
        assert_eq!(
            map.locate("/modules/0/titel", Target::Key),
            Some(Location {
                line: 3,
                column: 17
            })
        );
    }

    #[test]
    fn absent_members_point_at_the_nearest_parent() {
        let map = SourceMap::new(TEXT);
        assert_eq!(
            map.locate("/modules/0/title", Target::Value),
            Some(Location { line: 3, column: 5 })
        );
        assert_eq!(
            map.locate("", Target::Value),
            Some(Location { line: 1, column: 1 })
        );
    }
}
