//! The page at phone size for docs/screenshots (valid, invalid, Arabic):
//! `cargo test --test verifier screenshots -- --ignored`.

use crate::browser::Browser;
use crate::credentials;

#[test]
#[ignore = "writes docs/screenshots; run on purpose"]
fn screenshots() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let page = browser.write_page("page");
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots");
    for (file, query, token) in [
        ("verifier-valid.png", "?lang=en", credentials::valid()),
        ("verifier-invalid.png", "?lang=en", credentials::tampered()),
        ("verifier-ar.png", "?lang=ar", credentials::valid()),
    ] {
        browser.open(&format!("{page}{query}&shot={file}#{token}"));
        browser.verdict();
        std::fs::write(folder.join(file), browser.screenshot()).unwrap();
    }
}
