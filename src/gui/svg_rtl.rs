//! Right-to-left text in SVG pictures, made to read as the SVG rules say
//! before usvg lays it out.
//!
//! usvg 0.45 (which iced's `svg` widget and our text outlining use) ignores
//! `direction="rtl"`: it resolves bidi with a left-to-right base, so a comma
//! that ends an Arabic line lands at its left-hand start, and it anchors
//! `text-anchor="start"` on the left, so a label placed at the right margin
//! runs off the picture. For every `<text>` whose direction is `rtl` (its own
//! or inherited) this wraps the content in RIGHT-TO-LEFT EMBEDDING ... POP
//! DIRECTIONAL FORMATTING, which gives the line a right-to-left base, and
//! swaps the anchor's start and end, which is where a right-to-left reader
//! expects them. Both marks are default-ignorable: the shaper draws nothing.

use std::ops::Range;

/// RIGHT-TO-LEFT EMBEDDING.
const RTL_EMBEDDING: &str = "\u{202B}";
/// POP DIRECTIONAL FORMATTING, closing [`RTL_EMBEDDING`].
const POP_FORMATTING: &str = "\u{202C}";

/// The SVG with its right-to-left text set up for usvg, or `None` when it
/// has none (or is not XML usvg could read anyway: usvg reports that).
pub fn embed_rtl_text(svg: &str) -> Option<String> {
    let document = roxmltree::Document::parse(svg).ok()?;
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    for text in document
        .descendants()
        .filter(|node| node.has_tag_name("text") && is_rtl(*node))
    {
        let anchor = text
            .ancestors()
            .find_map(|node| node.attribute("text-anchor"))
            .unwrap_or("start");
        let mirrored = match anchor {
            "start" => "end",
            "end" => "start",
            other => other,
        };
        match text.attribute_node("text-anchor") {
            Some(own) => edits.push((own.range_value(), mirrored.to_owned())),
            None => {
                let after_name = text.range().start + "<text".len();
                edits.push((
                    after_name..after_name,
                    format!(" text-anchor=\"{mirrored}\""),
                ));
            }
        }
        if let (Some(first), Some(last)) = (text.first_child(), text.last_child()) {
            let start = first.range().start;
            let end = last.range().end;
            edits.push((start..start, RTL_EMBEDDING.to_owned()));
            edits.push((end..end, POP_FORMATTING.to_owned()));
        }
    }
    if edits.is_empty() {
        return None;
    }
    // Applied from the end, so earlier positions stay valid.
    edits.sort_by_key(|(range, _)| std::cmp::Reverse((range.start, range.end)));
    let mut out = svg.to_owned();
    for (range, replacement) in edits {
        out.replace_range(range, &replacement);
    }
    Some(out)
}

/// Whether a node's `direction` (its own or the nearest ancestor's) is `rtl`.
fn is_rtl(node: roxmltree::Node<'_, '_>) -> bool {
    node.ancestors()
        .find_map(|ancestor| ancestor.attribute("direction"))
        == Some("rtl")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rtl_text_gets_an_embedding_and_a_mirrored_anchor() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg"><g direction="rtl"><text x="780" y="20">التجنيد، النقل،</text><text x="400" text-anchor="middle">أ</text></g><text x="1">left</text></svg>"#;
        let out = embed_rtl_text(svg).unwrap_or_default();
        assert!(
            out.contains("<text text-anchor=\"end\" x=\"780\" y=\"20\">\u{202B}التجنيد، النقل،\u{202C}</text>"),
            "{out}"
        );
        assert!(
            out.contains("text-anchor=\"middle\">\u{202B}أ\u{202C}</text>"),
            "{out}"
        );
        assert!(out.contains("<text x=\"1\">left</text>"), "{out}");
        let left_to_right = "<svg><text>left</text></svg>";
        assert_eq!(embed_rtl_text(left_to_right), None);
    }
}
