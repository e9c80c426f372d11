//! Escaping plain text so markdown shows it as written: shared by the GIFT
//! text reader and the HTML converter.

/// Appends `line` with every character markdown would read as markup escaped.
/// `at_line_start` says whether the text begins a line (where `#`, `-`, `1.`
/// and `>` start headings, lists and quotes).
pub(super) fn escape_markdown_line(line: &str, at_line_start: bool, out: &mut String) {
    let chars: Vec<char> = line.chars().collect();
    let first = chars.iter().position(|ch| !ch.is_whitespace());
    for (index, &ch) in chars.iter().enumerate() {
        let next = chars.get(index + 1).copied();
        let ends_marker = next.is_none_or(char::is_whitespace);
        let line_start = at_line_start && Some(index) == first;
        let escape = match ch {
            '\\' | '`' | '*' | '_' | '[' | '~' => true,
            '<' => next.is_some_and(|next| next.is_ascii_alphabetic() || "/!?".contains(next)),
            '&' => starts_entity(chars.get(index + 1..).unwrap_or_default()),
            '>' => line_start,
            '#' | '-' | '+' | '=' => line_start && (ends_marker || next == Some(ch)),
            '.' | ')' => {
                at_line_start
                    && ends_marker
                    && first.is_some_and(|first| {
                        index > first
                            && chars
                                .get(first..index)
                                .is_some_and(|digits| digits.iter().all(char::is_ascii_digit))
                    })
            }
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(ch);
    }
}

/// Whether the characters after a `&` would make markdown read an entity (`&amp;`).
fn starts_entity(after: &[char]) -> bool {
    let name = after
        .iter()
        .take_while(|ch| ch.is_ascii_alphanumeric() || **ch == '#')
        .count();
    name > 0 && after.get(name) == Some(&';')
}
