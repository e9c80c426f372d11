//! The certificate's QR code: its modules, and the rectangles that draw them.

use fast_qr::{ECL, QRBuilder};
use std::collections::BTreeMap;

/// The QR code of `data` (error correction L) as its width and its modules,
/// row by row, `true` for dark.
pub(super) fn qr_modules(data: &[u8]) -> Option<(usize, Vec<bool>)> {
    let code = QRBuilder::new(data).ecl(ECL::L).build().ok()?;
    let width = code.size;
    let dark = code
        .data
        .get(..width * width)?
        .iter()
        .map(|module| module.value())
        .collect();
    Some((width, dark))
}

/// The dark modules of a `width`-wide QR code as rectangles (x, y, width,
/// height in modules): runs along a row, joined with the same run in the rows
/// below. Together they cover exactly the dark modules.
pub(super) fn dark_rectangles(dark: &[bool], width: usize) -> Vec<(usize, usize, usize, usize)> {
    let mut rectangles = Vec::new();
    // Runs (start, end) still growing downwards, with the row they began on.
    let mut open: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for row in 0..=width {
        let mut next = BTreeMap::new();
        if row < width {
            let cells = dark.get(row * width..(row + 1) * width).unwrap_or(&[]);
            let mut column = 0;
            while column < cells.len() {
                if cells[column] {
                    let start = column;
                    while column < cells.len() && cells[column] {
                        column += 1;
                    }
                    let top = open.remove(&(start, column)).unwrap_or(row);
                    next.insert((start, column), top);
                } else {
                    column += 1;
                }
            }
        }
        for ((start, end), top) in std::mem::replace(&mut open, next) {
            rectangles.push((start, top, end - start, row - top));
        }
    }
    rectangles
}
