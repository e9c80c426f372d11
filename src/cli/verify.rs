//! `fieldcourse verify FILE.pdf|FILE.json|TOKEN [--trust DID]... [--trust-file FILE]...`:
//! checks a certificate's signed credential offline, and whether its issuer is
//! one the verifier trusts.
//!
//! It first prints the name, course and date the credential holds, to compare
//! with the printed page (the visible text of a PDF is not signed).
//!
//! Exit codes: 0 valid and trusted, 1 not valid, 2 wrong command line (a bad
//! `--trust` or `--trust-file`, a FILE that does not exist), 3 valid and
//! trusted but expired, 4 valid signature but the issuer is not trusted (this
//! wins over 3: the expiry of an untrusted credential means nothing).

use crate::certificate::keys::{DidKey, Keyring};
use crate::certificate::trust::{
    TrustList, TrustSource, TrustedIssuer, read_trust_file, trust_line,
};
use crate::certificate::verify::{Verified, find_token, issued_at, verify_token_at};
use crate::paths::Paths;
use crate::time::Timestamp;
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit code for an authentic certificate that has expired.
pub const EXIT_EXPIRED: u8 = 3;
/// Exit code for a credential whose signature is valid but whose issuer key
/// the verifier does not trust.
pub const EXIT_UNTRUSTED: u8 = 4;

/// Arguments of `fieldcourse verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// A certificate PDF, its .json credential, a .jwt file, or the token itself.
    #[arg(value_name = "FILE.pdf|FILE.json|TOKEN")]
    pub input: String,
    /// Trust this issuer key (a did:key); repeatable.
    #[arg(long = "trust", value_name = "DID")]
    pub trust: Vec<String>,
    /// Trust the issuers listed in FILE: one did:key and a name per line, `#`
    /// comments and blank lines allowed; repeatable.
    #[arg(long = "trust-file", value_name = "FILE")]
    pub trust_files: Vec<PathBuf>,
    /// The global `--data-dir`: the keys installed there are trusted.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
    /// The global `--courses-dir`, to find the course the credential names.
    #[arg(from_global)]
    pub courses_dirs: Vec<PathBuf>,
}

/// What the verifier concluded about a credential whose signature is valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Valid,
    Expired,
    Untrusted,
}

pub(super) fn run(args: &VerifyArgs) -> ExitCode {
    let mut trust = match command_line_trust(args) {
        Ok(trust) => trust,
        Err(code) => return code,
    };
    let (bytes, what) = match read_input(&args.input) {
        Ok(input) => input,
        Err(code) => return code,
    };
    let now = Timestamp::now();
    let verified = match find_token(&bytes, &what).and_then(|token| verify_token_at(&token, now)) {
        Ok(verified) => verified,
        Err(rejection) => {
            println!("NOT VALID: {rejection}");
            return ExitCode::from(super::EXIT_FAILURE);
        }
    };
    let paths = Paths::resolve(args.data_dir.as_deref(), &args.courses_dirs);
    match &paths {
        Ok(paths) => {
            let (installed, problems) = Keyring::new(&paths.data_dir).installed_trust();
            for problem in problems {
                eprintln!("warning: {problem}");
                eprintln!("  = note: the key in that file is not trusted until it is fixed");
            }
            // Command-line trust was added first, so it is what the report names.
            trust.extend(installed);
        }
        Err(error) => eprintln!("warning: no key installed on this device is trusted: {error}"),
    }
    let trusted = trust.find(&verified.issuer);
    let verdict = match (trusted, verified.expired_at(now)) {
        (None, _) => Verdict::Untrusted,
        (Some(_), true) => Verdict::Expired,
        (Some(_), false) => Verdict::Valid,
    };
    print!("{}", credential_facts(&verified));
    println!();
    match trusted {
        Some(trusted) => print!("{}", trusted_report(&verified, trusted, verdict, now)),
        None => {
            let course_names_key = paths.ok().is_some_and(|paths| {
                super::certificate::find_course(&paths, &verified.certificate.course.id)
                    .and_then(|loaded| loaded.course?.certificate.as_ref()?.issuer.clone())
                    .and_then(|did| DidKey::parse(&did).ok())
                    .is_some_and(|did| did == verified.issuer)
            });
            print!(
                "{}",
                untrusted_report(&verified, args, course_names_key, now)
            );
        }
    }
    ExitCode::from(match verdict {
        Verdict::Valid => 0,
        Verdict::Expired => EXIT_EXPIRED,
        Verdict::Untrusted => EXIT_UNTRUSTED,
    })
}

/// The issuers trusted with `--trust` and `--trust-file`, or the exit code of
/// the usage error already reported.
fn command_line_trust(args: &VerifyArgs) -> Result<TrustList, ExitCode> {
    let mut trust = TrustList::new();
    for did in &args.trust {
        match DidKey::parse(did) {
            Ok(did) => trust.add(TrustedIssuer {
                did,
                name: None,
                source: TrustSource::CommandLine,
            }),
            Err(problem) => {
                eprintln!("error: --trust {did}: {problem}");
                eprintln!("  = help: give the issuer's did:key, such as did:key:z6Mk...");
                return Err(ExitCode::from(super::EXIT_USAGE));
            }
        }
    }
    for file in &args.trust_files {
        match read_trust_file(file) {
            Ok(issuers) => trust.extend(issuers),
            Err(error) => {
                eprintln!("error: --trust-file: {error}");
                return Err(ExitCode::from(super::EXIT_USAGE));
            }
        }
    }
    Ok(trust)
}

/// The bytes to look for a credential in, and how to name them in messages.
fn read_input(input: &str) -> Result<(Vec<u8>, String), ExitCode> {
    let path = Path::new(input);
    let usage = |message: String, help: &str| {
        eprintln!("error: {message}");
        eprintln!("  = help: {help}");
        ExitCode::from(super::EXIT_USAGE)
    };
    if path.is_dir() {
        return Err(usage(
            format!("{} is a folder, not a certificate", path.display()),
            "give the certificate's PDF, its .json file, or the token",
        ));
    }
    if path.is_file() {
        return match std::fs::read(path) {
            Ok(bytes) => Ok((bytes, path.display().to_string())),
            Err(error) => Err(usage(
                format!("could not read {}: {error}", path.display()),
                "check that you may read the file",
            )),
        };
    }
    if looks_like_a_path(input) {
        return Err(usage(
            format!("the file {} does not exist", path.display()),
            "check the path, or give the token itself (it starts with `eyJ`)",
        ));
    }
    Ok((input.as_bytes().to_vec(), "the text given".to_owned()))
}

/// Whether `input`, naming no file, was meant as a file rather than a token: a
/// token is base64url and dots only, so a folder separator or a file
/// extension gives a path away.
fn looks_like_a_path(input: &str) -> bool {
    let lower = input.trim().to_ascii_lowercase();
    input.contains(['/', '\\'])
        || [".pdf", ".json", ".jwt", ".txt"]
            .iter()
            .any(|extension| lower.ends_with(extension))
}

/// The name, course and dates as the credential holds them, to compare with
/// the printed page.
fn credential_facts(verified: &Verified) -> String {
    let certificate = &verified.certificate;
    let mut text = String::from("The credential says:\n");
    for (label, value) in [
        ("issued to", printable(&certificate.learner_name)),
        (
            "course",
            format!(
                "{} (`{}`), version {}",
                printable(&certificate.course.title),
                printable(&certificate.course.id),
                printable(&certificate.course.version)
            ),
        ),
        ("completed", date(certificate.completed_at)),
        ("awarded by", printable(&certificate.organisation)),
    ] {
        text.push_str(&format!("  {label:<11} {value}\n"));
    }
    text.push_str(
        "Compare these with the printed certificate: only the credential is signed, not the text \
         printed on the page, so a page showing another name, course or date is not this certificate.\n",
    );
    text
}

/// The verdict on a credential whose issuer is trusted.
fn trusted_report(
    verified: &Verified,
    trusted: &TrustedIssuer,
    verdict: Verdict,
    now: Timestamp,
) -> String {
    let mut text = String::from(if verdict == Verdict::Expired {
        "VALID SIGNATURE, BUT EXPIRED: the credential is unchanged and its issuer is trusted, but it is no longer valid\n"
    } else {
        "VALID: the signature checks out, the credential is unchanged and its issuer is trusted\n"
    });
    let known_as = trusted
        .name
        .as_deref()
        .map(|name| format!("{}, ", printable(name)))
        .unwrap_or_default();
    let signer = format!(
        "{} ({known_as}trusted: {})",
        verified.issuer, trusted.source
    );
    text.push_str(&details(verified, signer, now));
    text
}

/// The verdict on a credential signed by a key nobody said to trust, with the
/// ways to trust it.
fn untrusted_report(
    verified: &Verified,
    args: &VerifyArgs,
    course_names_key: bool,
    now: Timestamp,
) -> String {
    let did = verified.issuer.as_str();
    let name = one_line(&verified.claims.credential.issuer.name);
    let mut text = String::from(
        "NOT TRUSTED: the signature is valid, but the key that signed it is not one you trust\n",
    );
    let signer = format!(
        "{did}\n  {:<11} {} (as written in the credential by whoever holds the key)",
        "issuer name",
        printable(&name)
    );
    text.push_str(&details(verified, signer, now));
    if verified.expired_at(now) {
        text.push_str("  note        it has also expired\n");
    }
    if course_names_key {
        text.push_str(&format!(
            "  note        the course `{}` on this device names this key as its issuer; that is the course file's word, not yours\n",
            printable(&verified.certificate.course.id)
        ));
    }
    text.push_str(
        "\nAnyone can make a key and sign a credential in any name, so a valid signature shows \
         only that the credential is unchanged since it was signed, not who signed it.\n\
         If the issuer confirms, other than through this credential, that this did:key is theirs, \
         trust it in one of these ways and verify again:\n",
    );
    let input = if Path::new(&args.input).is_file() {
        args.input.as_str()
    } else {
        "TOKEN"
    };
    let mut global = vec!["fieldcourse".to_owned()];
    if let Some(dir) = &args.data_dir {
        global.push("--data-dir".into());
        global.push(dir.display().to_string());
    }
    let command = |words: &[&str]| {
        let all = global
            .iter()
            .map(String::as_str)
            .chain(words.iter().copied());
        shlex::try_join(all).unwrap_or_else(|_| "(a name holding a NUL byte)".into())
    };
    text.push_str(&format!(
        "  {}\n",
        printable(&command(&["verify", input, "--trust", did]))
    ));
    // The verifier's own list, when one was given, is where the line belongs.
    let list = args.trust_files.first().map_or_else(
        || "trusted-issuers.txt".to_owned(),
        |path| path.display().to_string(),
    );
    text.push_str(&format!(
        "  {}\n      with this line in {}:  {}\n",
        printable(&command(&["verify", input, "--trust-file", &list])),
        printable(&list),
        printable(&trust_line(&verified.issuer, &name))
    ));
    text.push_str(&format!(
        "  {}\n      (trusts it on this device from now on)\n",
        printable(&command(&["issuer", "install", did, "--name", &name]))
    ));
    text
}

/// The rest of what `verify` prints about a verified credential.
fn details(verified: &Verified, signer: String, now: Timestamp) -> String {
    let certificate = &verified.certificate;
    let validity = match certificate.valid_until {
        Some(end) if certificate.expired_at(now) => {
            format!("EXPIRED on {}", date(end))
        }
        Some(end) => format!("valid until {}", date(end)),
        None => "does not expire".to_owned(),
    };
    let mut text = String::new();
    for (label, value) in [
        ("signed by", signer),
        ("issued", issued_at(verified).map(date).unwrap_or_default()),
        ("validity", validity),
        ("code", certificate.code().to_string()),
        ("id", certificate.id.urn()),
    ] {
        text.push_str(&format!("  {label:<11} {value}\n"));
    }
    text
}

fn date(moment: Timestamp) -> String {
    moment.to_rfc3339().get(..10).unwrap_or_default().to_owned()
}

/// `name` on one line, for commands and trusted-issuers lines.
fn one_line(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` safe to print on a terminal: the credential's words are chosen by
/// whoever signed it, so control characters (which could rewrite the lines
/// above) and bidirectional overrides are shown escaped.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| {
            let bidi_control = matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi_control {
                c.escape_unicode().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}
