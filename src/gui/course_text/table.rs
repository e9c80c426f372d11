//! Lesson tables that fit the reading column: columns share its width and
//! their text wraps.
//!
//! iced 0.14's markdown table sizes every column to its longest line and puts
//! the table in a sideways scroller, so a column of sentences hides off the
//! edge (and in right-to-left text the scroller starts on the wrong side). Its
//! rows keep their cells private, so each table's cells are read here from the
//! markdown source and set in a table whose columns take a share of the width
//! in proportion to their text. Only when the columns would be narrower than a
//! few words does the table scroll sideways, starting at the reading side.

use iced::widget::{container, markdown, responsive, scrollable, table};
use iced::{Element, Fill, FillPortion, Length, Shrink};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The narrowest a shared column gets, in multiples of the text size (about
/// eight characters): below it the table scrolls sideways instead.
const MIN_COLUMN: f32 = 8.0;
/// A column's share is capped, so one long cell cannot starve the others.
const MAX_WEIGHT: usize = 40;

/// The cells of one table in a piece of markdown, each parsed on its own.
#[derive(Debug)]
pub struct Cells {
    /// Header cells, one per column.
    head: Vec<markdown::Content>,
    /// Body rows; each has one cell per column.
    rows: Vec<Vec<markdown::Content>>,
    /// Each column's share of the width.
    weights: Vec<u16>,
}

impl Cells {
    /// Whether these are the cells of the table iced parsed as `columns` and `rows`.
    pub fn fits(&self, columns: &[markdown::Column], rows: &[markdown::Row]) -> bool {
        self.head.len() == columns.len() && self.rows.len() == rows.len()
    }

    /// How many columns the table has.
    pub fn column_count(&self) -> usize {
        self.head.len()
    }
}

/// Every table in `source`, in the order they appear.
pub fn parse(source: &str) -> Vec<Cells> {
    if !source.contains('|') {
        return Vec::new();
    }
    let mut tables = Vec::new();
    // Per table: rows of (cell source, cell plain text); the first row is the header.
    let mut current: Option<Vec<Vec<(String, String)>>> = None;
    let mut plain = String::new();
    let mut cell_source = String::new();
    for (event, range) in Parser::new_ext(source, Options::ENABLE_TABLES).into_offset_iter() {
        match event {
            Event::Start(Tag::Table(_)) => current = Some(Vec::new()),
            Event::Start(Tag::TableHead | Tag::TableRow) => {
                if let Some(rows) = &mut current {
                    rows.push(Vec::new());
                }
            }
            Event::Start(Tag::TableCell) => {
                plain.clear();
                cell_source = source.get(range).unwrap_or_default().to_owned();
            }
            Event::Text(text) | Event::Code(text) => plain.push_str(&text),
            Event::End(TagEnd::TableCell) => {
                if let Some(row) = current.as_mut().and_then(|rows| rows.last_mut()) {
                    row.push((inline(&cell_source), plain.clone()));
                }
            }
            Event::End(TagEnd::Table) => {
                if let Some(rows) = current.take() {
                    tables.push(cells(rows));
                }
            }
            _ => {}
        }
    }
    tables
}

fn cells(mut rows: Vec<Vec<(String, String)>>) -> Cells {
    let head = if rows.is_empty() {
        Vec::new()
    } else {
        rows.remove(0)
    };
    let columns = head.len();
    let weights = (0..columns)
        .map(|column| {
            let texts = std::iter::once(&head)
                .chain(&rows)
                .filter_map(|row| row.get(column).map(|(_, plain)| plain.as_str()));
            weight(texts)
        })
        .collect();
    let parse = |row: &[(String, String)]| -> Vec<markdown::Content> {
        (0..columns)
            .map(|column| {
                row.get(column)
                    .map_or_else(markdown::Content::new, |(source, _)| {
                        markdown::Content::parse(source)
                    })
            })
            .collect()
    };
    Cells {
        head: parse(&head),
        rows: rows.iter().map(|row| parse(row)).collect(),
        weights,
    }
}

/// A column's share: its longest cell, but never less than its longest word.
fn weight<'t>(texts: impl Iterator<Item = &'t str>) -> u16 {
    let (longest, word) = texts.fold((0, 0), |(longest, word), text| {
        let length = text.chars().count();
        let longest_word = text
            .split_whitespace()
            .map(|word| word.chars().count())
            .max()
            .unwrap_or(0);
        (longest.max(length), word.max(longest_word))
    });
    let share = longest.clamp(4, MAX_WEIGHT).max(word.min(MAX_WEIGHT));
    u16::try_from(share).unwrap_or(u16::MAX)
}

/// A cell's source as a paragraph of its own: a cell holds inline text only,
/// so marks that would start a block elsewhere (`# `, `- `, `1. `, `> `) are
/// escaped.
fn inline(cell: &str) -> String {
    let cell = cell.trim().replace("\\|", "|");
    if cell.starts_with(['#', '>']) || ["- ", "+ ", "* "].iter().any(|mark| cell.starts_with(mark))
    {
        return format!("\\{cell}");
    }
    // `1. ` or `1) `: escape the mark after the number.
    let digits = cell.chars().take_while(char::is_ascii_digit).count();
    match cell.get(digits..) {
        Some(rest) if digits > 0 && rest.starts_with(['.', ')']) => {
            format!("{}\\{rest}", &cell[..digits])
        }
        _ => cell,
    }
}

/// Draws `cells` with `cell` setting one cell's markdown (`bold` for the header).
/// Columns run right to left when `rtl`. Each cell is named
/// `table-{index}-{row}-{column}` (row 0 is the header; columns in source order).
pub fn view<'a, M: 'a>(
    cells: &'a Cells,
    index: usize,
    settings: markdown::Settings,
    rtl: bool,
    cell: impl Fn(&'a markdown::Content, bool) -> Element<'a, M> + Copy + 'a,
) -> Element<'a, M> {
    let count = cells.column_count();
    let min_column = settings.text_size.0 * MIN_COLUMN;
    responsive(move |size| {
        let order: Vec<usize> = if rtl {
            (0..count).rev().collect()
        } else {
            (0..count).collect()
        };
        let shared = size.width >= min_column * count as f32;
        let columns = order.into_iter().map(|column| {
            // Sideways, every column is as narrow as allowed. (Not `Fixed`
            // columns: iced's table turns the first of those into `Fill`.)
            let share = if shared {
                cells.weights.get(column).copied().unwrap_or(1)
            } else {
                1
            };
            let named = move |content: Option<&'a markdown::Content>, row: usize| {
                let drawn = match content {
                    Some(content) => cell(content, row == 0),
                    None => iced::widget::text(String::new()).into(),
                };
                container(drawn).id(format!("table-{index}-{row}-{column}"))
            };
            table::column(
                named(cells.head.get(column), 0),
                move |(row, cells): (usize, &'a Vec<markdown::Content>)| {
                    named(cells.get(column), row + 1)
                },
            )
            .width(FillPortion(share))
        });
        let grid = table(columns, cells.rows.iter().enumerate())
            .padding_x(settings.spacing.0 / 2.0)
            .padding_y(settings.spacing.0 / 2.0)
            .separator_x(0);
        if shared {
            grid.width(Fill).into()
        } else {
            let gap = settings.spacing.0;
            let grid = grid.width(Length::Fixed((min_column + gap) * count as f32));
            // The last resort for very many columns: scroll sideways, from
            // the side where reading starts.
            let scroller = scrollable(grid).direction(scrollable::Direction::Horizontal(
                scrollable::Scrollbar::default(),
            ));
            if rtl {
                scroller.anchor_right().into()
            } else {
                scroller.into()
            }
        }
    })
    .height(Shrink)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "Intro.\n\n| | Smuggling | Trafficking |\n|---|---|---|\n| **Consent** | The migrant agrees | Consent is irrelevant once means are used, and for children in any case |\n| `x \\| y` | - not a list | |\n";

    #[test]
    fn reads_each_cell_and_shares_width_by_text() {
        let tables = parse(TABLE);
        assert_eq!(tables.len(), 1);
        let cells = &tables[0];
        assert_eq!(cells.column_count(), 3);
        assert_eq!(cells.rows.len(), 2);
        // The column of sentences gets the largest share, the labels the least.
        assert!(cells.weights[2] > cells.weights[1]);
        assert!(cells.weights[1] >= cells.weights[0]);
        assert_eq!(cells.weights[2], MAX_WEIGHT as u16);
    }

    #[test]
    fn a_cell_stays_inline() {
        assert_eq!(inline(" - not a list "), "\\- not a list");
        assert_eq!(inline("1. first"), "1\\. first");
        assert_eq!(inline("`x \\| y`"), "`x | y`");
        assert_eq!(inline("**Consent**"), "**Consent**");
    }

    #[test]
    fn text_without_tables_has_none() {
        assert!(parse("Just a paragraph with a | bar.").is_empty());
    }
}
