//! From the printed certificate to the verdict on a phone: the organisation's
//! key carries a `verify_url` (the address where its verification page is
//! hosted); the certificate PDF's QR code, read back from the PDF, starts with
//! that address; opened as it is, the page served there says "valid and
//! trusted", and the server never sees the token (it is in the fragment).
//!
//! Needs the issuer's `verify_url` (issue #23, item 3): enabled in main.rs
//! once that has landed.

use crate::browser::{Browser, serve};
use crate::credentials::{self, ORGANISATION};
use fieldcourse::certificate::keys::Keyring;
use fieldcourse::certificate::pdf::{PdfOptions, render};
use std::path::Path;

/// The text of the QR code on each page of a certificate PDF. The code is
/// drawn as filled squares under one scaling: they are painted into a
/// greyscale image with a quiet zone and read back with rqrr.
fn qr_codes(pdf: &[u8]) -> Vec<String> {
    let document = lopdf::Document::load_mem(pdf).unwrap();
    let number = |object: &lopdf::Object| object.as_float().unwrap();
    let mut codes = Vec::new();
    for page in document.get_pages().values() {
        let operations = document
            .get_and_decode_page_content(*page)
            .unwrap()
            .operations;
        // The QR code is the one path drawn under a scale other than 1 (no logo here).
        let start = operations
            .iter()
            .position(|op| op.operator == "cm" && (number(&op.operands[0]) - 1.0).abs() > 0.01)
            .unwrap();
        let width = (124.0 / number(&operations[start].operands[0])).round() as usize;
        let mut dark = vec![false; width * width];
        let mut points: Vec<(f32, f32)> = Vec::new();
        for op in &operations[start + 1..] {
            match op.operator.as_str() {
                "m" | "l" => points.push((number(&op.operands[0]), number(&op.operands[1]))),
                "h" => {
                    let low = |axis: fn(&(f32, f32)) -> f32| {
                        points.iter().map(axis).fold(f32::MAX, f32::min).round() as usize
                    };
                    let high = |axis: fn(&(f32, f32)) -> f32| {
                        points.iter().map(axis).fold(0.0, f32::max).round() as usize
                    };
                    for y in low(|p| p.1)..high(|p| p.1) {
                        for x in low(|p| p.0)..high(|p| p.0) {
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
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(side * 2, side * 2, |x, y| {
            let (column, row) = (x / 2, y / 2);
            let inside = (4..width + 4).contains(&column) && (4..width + 4).contains(&row);
            if inside && dark[(row - 4) * width + (column - 4)] {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code per page");
        codes.push(grids[0].decode().unwrap().1);
    }
    codes
}

#[test]
fn the_qr_code_opens_the_hosted_page_which_says_valid() {
    let Some(browser) = Browser::start() else {
        return;
    };
    // The organisation's page, hosted on a (loopback) web server.
    let page_url = browser.write_page("hosted");
    let page_file = page_url.strip_prefix("file://").unwrap();
    let (verify_url, asked) = serve(std::fs::read(page_file).unwrap());

    // The organisation's key, installed with its verify_url on the device
    // that prints certificates.
    let data = tempfile::TempDir::new().unwrap();
    let keyring = Keyring::new(data.path());
    let mut organisation = credentials::organisation_key();
    organisation.verify_url = Some(verify_url.clone());
    let key_file = data.path().join("org.key");
    organisation.write_new(&key_file).unwrap();
    keyring.install(&key_file).unwrap();

    let signed = credentials::signed_at(&organisation, -1);
    let options = PdfOptions {
        verify_url: keyring.verify_url_for(organisation.did().as_str()),
        ..PdfOptions::default()
    };
    let pdf = render(&signed, &options, Path::new("certificate.pdf")).unwrap();
    let codes = qr_codes(&pdf);
    assert_eq!(codes.len(), 1);
    assert!(
        codes[0].starts_with(&format!("{verify_url}#")),
        "the QR code does not start with the verify_url: {}",
        codes[0]
    );

    // What the phone's camera opens: the QR code's text, as it is.
    browser.open(&codes[0]);
    let shown = browser.verdict();
    assert_eq!(shown.verdict, "valid", "{shown:?}");
    assert!(shown.text.contains(ORGANISATION), "{shown:?}");
    // The server saw the page's address, never the token.
    let asked = asked.lock().unwrap().clone();
    assert!(asked.iter().any(|url| url == "/verify/"), "{asked:?}");
    assert!(
        asked.iter().all(|url| !url.contains(&signed.token[..20])),
        "the token reached the server: {asked:?}"
    );
}
