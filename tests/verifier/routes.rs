//! The ways a credential reaches the page: pasted (a bare token, a link
//! ending in `#token`, the `.json` envelope), a chosen file, the fragment
//! changed while the page is open; and the page in Arabic, right to left.

use crate::browser::{Browser, serve};
use crate::credentials;

#[test]
fn pasted_tokens_links_and_envelopes_are_checked() {
    let Some(browser) = Browser::start() else {
        return;
    };
    browser.open(&browser.write_page("page"));
    let token = credentials::valid();
    for (form, pasted) in [
        ("bare token", token.clone()),
        ("link", format!("https://ngo.example.org/verify/#{token}")),
        ("json envelope", credentials::envelope(&token)),
    ] {
        browser.paste(&pasted);
        let shown = browser.verdict();
        assert_eq!(shown.verdict, "valid", "{form}: {shown:?}");
    }
    browser.paste(&credentials::foreign());
    assert_eq!(browser.verdict().verdict, "unknown");
}

#[test]
fn a_chosen_json_file_is_checked() {
    let Some(browser) = Browser::start() else {
        return;
    };
    browser.open(&browser.write_page("page"));
    let file = browser.dir.path().join("certificate.json");
    std::fs::write(&file, credentials::envelope(&credentials::expired())).unwrap();
    browser.choose_file(&file);
    assert_eq!(browser.verdict().verdict, "expired");
}

#[test]
fn the_arabic_page_reads_right_to_left() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let page = browser.write_page("page");
    browser.open(&format!("{page}#{}", credentials::valid()));
    assert_eq!(browser.run("return document.documentElement.dir;"), "ltr");
    assert_eq!(browser.verdict().verdict, "valid");
    browser.click("language-ar");
    assert_eq!(browser.run("return document.documentElement.dir;"), "rtl");
    assert_eq!(browser.run("return document.documentElement.lang;"), "ar");
    let shown = browser.verdict();
    assert_eq!(shown.verdict, "valid");
    assert!(shown.text.contains("صالحة"), "{shown:?}");
    // The choice is remembered: a new document opens in Arabic.
    browser.open(&format!("{page}?again#{}", credentials::tampered()));
    assert_eq!(browser.run("return document.documentElement.dir;"), "rtl");
    let shown = browser.verdict();
    assert_eq!(shown.verdict, "invalid");
    assert!(shown.text.contains("غير صالحة"), "{shown:?}");
    // And the link's own language wins: `?lang=fr`.
    browser.open(&format!("{page}?lang=fr#{}", credentials::valid()));
    assert_eq!(browser.run("return document.documentElement.dir;"), "ltr");
    assert!(browser.verdict().text.contains("Valide"));
}

#[test]
fn a_new_fragment_is_checked_without_reloading() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let page = browser.write_page("page");
    browser.open(&format!("{page}#{}", credentials::valid()));
    assert_eq!(browser.verdict().verdict, "valid");
    browser.run(&format!(
        "document.getElementById('verdict').dataset.verdict = 'none'; location.hash = '{}';",
        credentials::foreign()
    ));
    assert_eq!(browser.verdict().verdict, "unknown");
}

#[test]
fn served_over_http_the_page_checks_and_the_server_never_sees_the_token() {
    let Some(browser) = Browser::start() else {
        return;
    };
    let page_url = browser.write_page("hosted");
    let page = std::fs::read(page_url.strip_prefix("file://").unwrap()).unwrap();
    let (address, asked) = serve(page);
    let token = credentials::valid();
    browser.open(&format!("{address}#{token}"));
    assert_eq!(browser.verdict().verdict, "valid");
    let asked = asked.lock().unwrap().clone();
    // The page, and nothing else: no icon, no script, no token.
    assert_eq!(asked, ["/verify/"]);
}

#[test]
fn on_a_plain_http_host_without_crypto_subtle_the_built_in_code_checks() {
    // A name other than localhost over plain http is not a secure context,
    // so the browser offers no crypto.subtle, as on an organisation's
    // intranet server; the name is mapped to loopback inside the browser.
    let Some(browser) =
        Browser::start_with(&["--host-resolver-rules=MAP verify.example 127.0.0.1"])
    else {
        return;
    };
    let page_url = browser.write_page("hosted");
    let page = std::fs::read(page_url.strip_prefix("file://").unwrap()).unwrap();
    let (address, _) = serve(page);
    let address = address.replace("127.0.0.1", "verify.example");
    for (token, verdict) in [
        (credentials::valid(), "valid"),
        (credentials::tampered(), "invalid"),
    ] {
        browser.open(&format!("{address}?{verdict}#{token}"));
        assert_eq!(browser.run("return window.isSecureContext;"), false);
        assert_eq!(browser.run("return typeof crypto.subtle;"), "undefined");
        let shown = browser.verdict();
        assert_eq!(shown.verdict, verdict, "{shown:?}");
        assert_eq!(shown.engine, "library", "{shown:?}");
    }
}
