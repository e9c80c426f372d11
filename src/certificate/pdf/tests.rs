//! The certificate PDF: its QR code, dates and layout.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
use super::qr::{dark_rectangles, qr_modules};

/// The printed code reads back as the signed token, whatever its length.
#[test]
fn the_qr_code_reads_back_as_the_token() {
    for length in [10, 700, 2000] {
        let token: String = (0..length)
            .map(|i| {
                char::from(
                    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_."
                        [i * 7 % 65],
                )
            })
            .collect();
        let (width, dark) = qr_modules(token.as_bytes()).unwrap();
        // Four light modules of quiet zone around, three pixels a module.
        let scale = 3;
        let side = (width + 8) * scale;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| {
            let (column, row) = (x / scale, y / scale);
            let inside = (4..width + 4).contains(&column) && (4..width + 4).contains(&row);
            if inside && dark[(row - 4) * width + (column - 4)] {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "length {length}");
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, token, "length {length}");
    }
}

#[test]
fn the_rectangles_cover_exactly_the_dark_modules() {
    let (width, dark) = qr_modules(b"https://example.org/verify?code=ABCD-EFGH").unwrap();
    let mut covered = vec![0_u8; dark.len()];
    for (x, y, w, h) in dark_rectangles(&dark, width) {
        for row in y..y + h {
            for column in x..x + w {
                covered[row * width + column] += 1;
            }
        }
    }
    let expected: Vec<u8> = dark.iter().map(|&d| u8::from(d)).collect();
    assert_eq!(covered, expected);
}
