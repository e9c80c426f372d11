//! The certificate verification page: one self-contained `index.html` that
//! checks a credential in any browser, with the organisations it trusts baked in.
//!
//! The page is assembled from real files kept in the repository
//! (`assets/verifier/page.html`, `page.css`, `page.js`), the page's words in
//! every interface language (`locales/<lang>/verifier.ftl`), and the vendored
//! Ed25519 code used when the browser has no WebCrypto Ed25519
//! (`assets/verifier/vendor/`, kept exactly as released). Everything is
//! inline, so the page makes no request: it works from `file://` and from any
//! static host, and its Content-Security-Policy forbids any connection.

use super::keys::DidKey;
use super::{Result, io_error};
use crate::i18n::LANGUAGES;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use fluent::{FluentArgs, FluentBundle, FluentResource};
use serde_json::{Value, json};
use sha2::{Digest as _, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The file the page is written to inside the output folder.
pub const PAGE_FILE: &str = "index.html";

const PAGE_HTML: &str = include_str!("../../assets/verifier/page.html");
const PAGE_CSS: &str = include_str!("../../assets/verifier/page.css");
const PAGE_JS: &str = include_str!("../../assets/verifier/page.js");

/// The vendored modules, dependencies first: each is loaded after the ones it
/// imports (`page.js` points their relative imports at each other).
const VENDORED_MODULES: [(&str, &str); 5] = [
    (
        "utils.js",
        include_str!("../../assets/verifier/vendor/noble-hashes-2.4.0/utils.js"),
    ),
    (
        "_u64.js",
        include_str!("../../assets/verifier/vendor/noble-hashes-2.4.0/_u64.js"),
    ),
    (
        "_md.js",
        include_str!("../../assets/verifier/vendor/noble-hashes-2.4.0/_md.js"),
    ),
    (
        "sha2.js",
        include_str!("../../assets/verifier/vendor/noble-hashes-2.4.0/sha2.js"),
    ),
    (
        "ed25519.js",
        include_str!("../../assets/verifier/vendor/noble-ed25519-3.2.0/index.js"),
    ),
];

/// The page's words, one Fluent file per interface language.
const PAGE_WORDS: [(&str, &str); 4] = [
    ("en", include_str!("../../locales/en/verifier.ftl")),
    ("fr", include_str!("../../locales/fr/verifier.ftl")),
    ("es", include_str!("../../locales/es/verifier.ftl")),
    ("ar", include_str!("../../locales/ar/verifier.ftl")),
];

/// The placeables the page fills itself, in the reader's browser: each is
/// written into the page as `{name}`.
const PLACEABLES: [&str; 2] = ["issuer", "date"];

/// An organisation the page trusts: certificates its key signed show as
/// "valid and trusted".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageIssuer {
    /// The organisation's key.
    pub did: DidKey,
    /// The name the page shows for it.
    pub name: String,
}

/// The Fluent source of the page's words in `tag`, if the page speaks it.
pub fn words_source(tag: &str) -> Option<&'static str> {
    PAGE_WORDS
        .iter()
        .find(|(language, _)| *language == tag)
        .map(|(_, source)| *source)
}

/// The page's words in `tag`, message id to text, with each placeable left as
/// `{name}` for the page to fill; or what is wrong with the language's file.
pub fn page_words(tag: &str) -> std::result::Result<BTreeMap<String, String>, String> {
    let source = words_source(tag).ok_or_else(|| format!("the page has no words in {tag}"))?;
    let resource = FluentResource::try_new(source.to_owned())
        .map_err(|(_, errors)| format!("locales/{tag}/verifier.ftl: {errors:?}"))?;
    let identifier = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![identifier]);
    // The page isolates placeables itself (in <bdi>), so no marks are added here.
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| format!("locales/{tag}/verifier.ftl repeats entries: {errors:?}"))?;
    let mut args = FluentArgs::new();
    for name in PLACEABLES {
        args.set(name, format!("{{{name}}}"));
    }
    let mut words = BTreeMap::new();
    for id in message_ids(source) {
        let pattern = bundle
            .get_message(id)
            .and_then(|message| message.value())
            .ok_or_else(|| format!("locales/{tag}/verifier.ftl: {id} has no text"))?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        if !errors.is_empty() {
            return Err(format!("locales/{tag}/verifier.ftl: {id}: {errors:?}"));
        }
        words.insert(id.to_owned(), text.into_owned());
    }
    Ok(words)
}

/// The ids of the messages of a Fluent file: each starts a line with `id =`.
pub fn message_ids(source: &str) -> Vec<&str> {
    source
        .lines()
        .filter_map(|line| {
            let (id, _) = line.split_once(" =")?;
            let simple = id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            (simple && !id.is_empty()).then_some(id)
        })
        .collect()
}

/// JSON safe inside a `<script>` element: `<` written as `\u003c`, so no
/// text (a name, a vendored comment) can close the element.
fn script_json(value: &Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The CSP source for an inline element's exact text.
fn csp_hash(text: &str) -> String {
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

/// The page, trusting `trusted` (the first entry for a key wins). The same
/// list gives the same bytes.
pub fn render(trusted: &[PageIssuer]) -> String {
    let mut strings = serde_json::Map::new();
    let mut languages = Vec::new();
    for language in LANGUAGES {
        // The embedded files are checked by tests; a broken one falls back to English.
        let words = page_words(language.tag).unwrap_or_else(|problem| {
            log::error!("{problem}");
            BTreeMap::new()
        });
        strings.insert(language.tag.to_owned(), json!(words));
        languages.push(json!({
            "tag": language.tag,
            "name": language.native_name,
            "rtl": language.right_to_left,
        }));
    }
    let mut seen = Vec::new();
    let trusted: Vec<Value> = trusted
        .iter()
        .filter(|issuer| {
            let first = !seen.contains(&issuer.did);
            seen.push(issuer.did.clone());
            first
        })
        .map(|issuer| json!({"did": issuer.did.as_str(), "name": issuer.name}))
        .collect();
    let config = json!({"languages": languages, "strings": strings, "trusted": trusted});
    let vendor = json!({
        "order": VENDORED_MODULES.iter().map(|(name, _)| *name).collect::<Vec<_>>(),
        "modules": VENDORED_MODULES.iter().map(|(name, source)| (name.to_string(), json!(source))).collect::<serde_json::Map<_, _>>(),
        "ed25519": "ed25519.js",
        "sha512": "sha2.js",
    });
    // Nothing may be fetched: only the page's own script and style run, and
    // the vendored modules from the blob: URLs the script makes of them.
    let csp = format!(
        "default-src 'none'; script-src {} blob:; style-src {}; img-src data:; base-uri 'none'; form-action 'none'",
        csp_hash(PAGE_JS),
        csp_hash(PAGE_CSS)
    );
    let english = page_words("en").unwrap_or_default();
    let word = |id: &str| escape_html(english.get(id).map_or(id, String::as_str));
    fill_template(
        PAGE_HTML,
        &[
            ("csp", &csp),
            ("version", env!("CARGO_PKG_VERSION")),
            ("title", &word("verifier-title")),
            ("noscript", &word("verifier-noscript")),
            ("config", &script_json(&config)),
            ("vendor", &script_json(&vendor)),
            ("style", PAGE_CSS),
            ("script", PAGE_JS),
        ],
    )
}

/// `template` with each `{{name}}` replaced by its value, in one pass: a value
/// that happens to contain `{{...}}` (an organisation's name) stays as it is.
fn fill_template(template: &str, values: &[(&str, &str)]) -> String {
    let mut page =
        String::with_capacity(template.len() + values.iter().map(|(_, v)| v.len()).sum::<usize>());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        page.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let value = after.find("}}").and_then(|end| {
            let name = &after[..end];
            values
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value, end))
        });
        match value {
            Some((value, end)) => {
                page.push_str(value);
                rest = &after[end + 2..];
            }
            None => {
                page.push_str("{{");
                rest = after;
            }
        }
    }
    page.push_str(rest);
    page
}

/// Writes the page trusting `trusted` into `dir` (created if missing) as
/// [`PAGE_FILE`], replacing an earlier page; returns the file written.
pub fn write(dir: &Path, trusted: &[PageIssuer]) -> Result<PathBuf> {
    std::fs::create_dir_all(dir).map_err(io_error(dir, "create the page's folder"))?;
    let path = dir.join(PAGE_FILE);
    std::fs::write(&path, render(trusted)).map_err(io_error(&path, "write the page"))?;
    Ok(path)
}
