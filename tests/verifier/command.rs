//! `fieldcourse verifier`: the page it writes (one file, nothing fetched, the
//! trusted organisations and the four languages baked in) and the command
//! lines it refuses.

use fieldcourse::certificate::keys::DidKey;
use fieldcourse::certificate::verifier_page::{self, PageIssuer, message_ids, page_words};
use fieldcourse::i18n::LANGUAGES;
use std::process::Output;
use tempfile::TempDir;

/// Runs the command with a data folder of its own.
pub fn run(args: &[&str]) -> Output {
    let data = TempDir::new().unwrap();
    std::process::Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
        .arg("--data-dir")
        .arg(data.path())
        .args(args)
        .output()
        .unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn organisation() -> PageIssuer {
    PageIssuer {
        did: crate::credentials::organisation_key().did().clone(),
        name: crate::credentials::ORGANISATION.into(),
    }
}

/// The page without its two JSON blocks (the words and the vendored code,
/// whose comments name web addresses no one fetches).
fn markup(page: &str) -> String {
    let mut rest = page;
    let mut kept = String::new();
    while let Some(start) = rest.find("<script type=\"application/json\"") {
        kept.push_str(&rest[..start]);
        let end = rest[start..].find("</script>").unwrap() + start;
        rest = &rest[end..];
    }
    kept.push_str(rest);
    kept
}

#[test]
fn the_page_is_one_file_that_fetches_nothing() {
    let page = verifier_page::render(&[organisation()]);
    let markup = markup(&page);
    // No attribute that loads anything, but the empty icon (which keeps
    // browsers from asking the host for /favicon.ico).
    for attribute in ["src=", "href=", "action=", "srcset="] {
        let uses = markup.matches(attribute).count();
        let allowed = if attribute == "href=" {
            markup.matches("href=\"data:,\"").count()
        } else {
            0
        };
        assert_eq!(uses, allowed, "{attribute} in the page");
    }
    let style = include_str!("../../assets/verifier/page.css");
    assert!(
        !style.contains("url(") && !style.contains("@import"),
        "the style loads something"
    );
    assert!(page.contains("default-src 'none'"), "no CSP");
    assert!(
        page.contains(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#)
    );
    // Only one </script> per script element: nothing inside closes one early.
    assert_eq!(
        page.matches("<script").count(),
        page.matches("</script>").count()
    );
    // Same trust list, same bytes.
    assert_eq!(page, verifier_page::render(&[organisation()]));
}

#[test]
fn the_vendored_code_is_the_released_code_unchanged() {
    let page = verifier_page::render(&[]);
    for file in [
        "noble-ed25519-3.2.0/index.js",
        "noble-hashes-2.4.0/sha2.js",
        "noble-hashes-2.4.0/_md.js",
        "noble-hashes-2.4.0/_u64.js",
        "noble-hashes-2.4.0/utils.js",
    ] {
        let path = format!(
            "{}/assets/verifier/vendor/{file}",
            env!("CARGO_MANIFEST_DIR")
        );
        let source = std::fs::read_to_string(&path).unwrap();
        let embedded = serde_json::to_string(&source)
            .unwrap()
            .replace('<', "\\u003c");
        assert!(
            page.contains(&embedded),
            "{file} is not in the page as released"
        );
    }
}

#[test]
fn a_name_cannot_break_out_of_the_page_data() {
    let hostile = PageIssuer {
        name: "</script><script>alert(1)</script> {{script}}".into(),
        ..organisation()
    };
    let page = verifier_page::render(&[hostile]);
    assert!(!page.contains("<script>alert(1)"));
    assert!(page.contains("\\u003c/script>\\u003cscript>alert(1)\\u003c/script> {{script}}"));
}

#[test]
fn every_language_has_every_word_of_the_page() {
    let english = page_words("en").unwrap();
    let script = include_str!("../../assets/verifier/page.js");
    for language in LANGUAGES {
        let words = page_words(language.tag).unwrap();
        assert_eq!(
            words.keys().collect::<Vec<_>>(),
            english.keys().collect::<Vec<_>>(),
            "{}",
            language.tag
        );
        for (id, text) in &words {
            assert!(!text.trim().is_empty(), "{} {id} is empty", language.tag);
            // Placeables stay for the page to fill, under the same names.
            for placeable in ["{issuer}", "{date}"] {
                assert_eq!(
                    text.contains(placeable),
                    english[id].contains(placeable),
                    "{} {id}: {placeable}",
                    language.tag
                );
            }
        }
    }
    // Every word the script asks for exists; the verdicts and reasons it
    // builds ids for too.
    let source = verifier_page::words_source("en").unwrap();
    let ids = message_ids(source);
    for quoted in script.split('\'').skip(1).step_by(2) {
        if quoted.starts_with("verifier-") && !quoted.ends_with('-') {
            assert!(
                ids.contains(&quoted),
                "page.js uses {quoted}, which no file defines"
            );
        }
    }
    for verdict in ["valid", "unknown", "invalid", "expired"] {
        assert!(ids.contains(&format!("verifier-verdict-{verdict}").as_str()));
    }
    for reason in [
        "not-found",
        "malformed",
        "algorithm",
        "critical",
        "key",
        "key-mismatch",
        "signature",
        "inconsistent",
        "not-yet",
        "no-crypto",
        "file",
    ] {
        assert!(
            ids.contains(&format!("verifier-reason-{reason}").as_str()),
            "{reason}"
        );
        assert!(
            script.contains(&format!("'{reason}'")),
            "page.js never gives {reason}"
        );
    }
}

#[test]
fn the_command_writes_index_html_trusting_each_pair() {
    let out = TempDir::new().unwrap();
    let other = crate::credentials::foreign_key();
    let written = run(&[
        "verifier",
        "--output",
        out.path().join("verify").to_str().unwrap(),
        "--trust",
        organisation().did.as_str(),
        "--name",
        "Riverside  Health Training",
        "--trust",
        other.did().as_str(),
        "--name",
        "Lakeside Clinic",
    ]);
    assert!(written.status.success(), "{written:?}");
    let page = std::fs::read_to_string(out.path().join("verify/index.html")).unwrap();
    assert!(page.contains(&format!(
        r#"{{"did":"{}","name":"Riverside Health Training"}}"#,
        organisation().did
    )));
    assert!(page.contains(&format!(
        r#"{{"did":"{}","name":"Lakeside Clinic"}}"#,
        other.did()
    )));
    let text = String::from_utf8_lossy(&written.stdout);
    assert!(text.contains("Lakeside Clinic"), "{text}");
}

#[test]
fn the_command_refuses_a_trust_without_its_name() {
    let out = TempDir::new().unwrap();
    let did = organisation().did.to_string();
    let refused = run(&[
        "verifier",
        "--output",
        out.path().to_str().unwrap(),
        "--trust",
        &did,
    ]);
    assert_eq!(refused.status.code(), Some(2), "{refused:?}");
    assert!(
        stderr(&refused)
            .contains("1 --trust and 0 --name were given: each --trust needs its own --name"),
        "{}",
        stderr(&refused)
    );
    assert!(!out.path().join("index.html").exists());

    let bad = run(&[
        "verifier",
        "--output",
        out.path().to_str().unwrap(),
        "--trust",
        "did:key:zNotAKey",
        "--name",
        "X",
    ]);
    assert_eq!(bad.status.code(), Some(2), "{bad:?}");
    assert!(
        stderr(&bad).contains("--trust did:key:zNotAKey"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn installed_organisation_keys_can_be_baked_in() {
    let data = TempDir::new().unwrap();
    let out = TempDir::new().unwrap();
    let did = organisation().did.to_string();
    let command = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_fieldcourse"))
            .arg("--data-dir")
            .arg(data.path())
            .args(args)
            .output()
            .unwrap()
    };
    let trusted = command(&[
        "issuer",
        "install",
        &did,
        "--name",
        "Riverside Health Training",
    ]);
    assert!(trusted.status.success(), "{trusted:?}");
    let written = command(&[
        "verifier",
        "--output",
        out.path().to_str().unwrap(),
        "--trust-installed",
    ]);
    assert!(written.status.success(), "{written:?}");
    let page = std::fs::read_to_string(out.path().join("index.html")).unwrap();
    assert!(page.contains(&format!(
        r#"{{"did":"{did}","name":"Riverside Health Training"}}"#
    )));
    assert!(DidKey::parse(&did).is_ok());
}
