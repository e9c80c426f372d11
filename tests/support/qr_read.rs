//! Reads back the QR code drawn on each page of a certificate PDF (shared by
//! the certificate and verification page tests).

/// The QR code drawn on each page, read back: the page's path drawn under a
/// module-sized scale is rasterised, a pixel a module inside a quiet zone, and
/// decoded.
pub fn page_qr_codes(pdf: &[u8]) -> Vec<String> {
    let document = lopdf::Document::load_mem(pdf).unwrap();
    let number = |object: &lopdf::Object| object.as_float().unwrap();
    document
        .get_pages()
        .values()
        .filter_map(|page| {
            let content = document.get_and_decode_page_content(*page).unwrap();
            let operations = &content.operations;
            // The QR code is the one path drawn under a scale other than 1
            // (no course logo here); a page without one gives no code.
            let start = operations.iter().position(|op| {
                op.operator == "cm" && (number(&op.operands[0]) - 1.0).abs() > 0.01
            })?;
            let scale = number(&operations[start].operands[0]);
            let width = (fieldcourse::certificate::pdf::QR_SIDE_POINTS / scale).round() as usize;
            let mut dark = vec![false; width * width];
            let mut points: Vec<(f32, f32)> = Vec::new();
            for op in &operations[start + 1..] {
                match op.operator.as_str() {
                    "m" | "l" => points.push((number(&op.operands[0]), number(&op.operands[1]))),
                    "h" => {
                        let xs = points.iter().map(|p| p.0);
                        let ys = points.iter().map(|p| p.1);
                        let (x0, x1) =
                            (xs.clone().fold(f32::MAX, f32::min), xs.fold(0.0, f32::max));
                        let (y0, y1) =
                            (ys.clone().fold(f32::MAX, f32::min), ys.fold(0.0, f32::max));
                        for y in y0.round() as usize..y1.round() as usize {
                            for x in x0.round() as usize..x1.round() as usize {
                                dark[y * width + x] = true;
                            }
                        }
                        points.clear();
                    }
                    "f" => break,
                    _ => {}
                }
            }
            let side = width + 8;
            let mut image =
                rqrr::PreparedImage::prepare_from_greyscale(side * 2, side * 2, |x, y| {
                    let (column, row) = (x / 2, y / 2);
                    let inside = (4..width + 4).contains(&column) && (4..width + 4).contains(&row);
                    if inside && dark[(row - 4) * width + (column - 4)] {
                        0
                    } else {
                        255
                    }
                });
            let grids = image.detect_grids();
            assert_eq!(grids.len(), 1);
            Some(grids[0].decode().unwrap().1)
        })
        .collect()
}
