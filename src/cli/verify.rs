//! `fieldcourse verify FILE.pdf|FILE.json|TOKEN [--trust DID]...`: checks a
//! certificate's signed credential offline and says who issued it, to whom, for
//! which course, when, and whether it has expired.
//!
//! Exit code 0 when the signature is valid and the certificate has not expired,
//! 1 when the credential is not valid (or cannot be read), 2 when the command
//! line is wrong, 3 when the signature is valid but the certificate has expired.

use crate::certificate::KeyKind;
use crate::certificate::keys::DidKey;
use crate::certificate::verify::{IssuerStanding, Verified, find_token, verify_token};
use crate::paths::Paths;
use crate::progress::Timestamp;
use clap::Args;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Exit code for an authentic certificate that has expired.
pub const EXIT_EXPIRED: u8 = 3;

/// Arguments of `fieldcourse verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// A certificate PDF, its .json credential, a .jwt file, or the token itself.
    #[arg(value_name = "FILE.pdf|FILE.json|TOKEN")]
    pub input: String,
    /// Trust this issuer key (a did:key); repeatable.
    #[arg(long = "trust", value_name = "DID")]
    pub trust: Vec<String>,
    /// The global `--data-dir`.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
    /// The global `--courses-dir`, to find the course and the issuer it names.
    #[arg(from_global)]
    pub courses_dirs: Vec<PathBuf>,
}

pub(super) fn run(args: &VerifyArgs) -> ExitCode {
    let mut trusted = Vec::new();
    for did in &args.trust {
        match DidKey::parse(did) {
            Ok(key) => trusted.push(key),
            Err(problem) => {
                eprintln!("error: --trust {did}: {problem}");
                eprintln!("  = help: give the issuer's did:key, such as did:key:z6Mk...");
                return ExitCode::from(super::EXIT_USAGE);
            }
        }
    }
    let path = Path::new(&args.input);
    let (bytes, what) = if path.is_file() {
        match std::fs::read(path) {
            Ok(bytes) => (bytes, path.display().to_string()),
            Err(error) => {
                eprintln!(
                    "error: could not read {}: {error}; check the path and that you may read the file",
                    path.display()
                );
                return ExitCode::from(super::EXIT_FAILURE);
            }
        }
    } else {
        (args.input.clone().into_bytes(), "the text given".to_owned())
    };
    let verified = find_token(&bytes, &what).and_then(|token| verify_token(&token));
    let verified = match verified {
        Ok(verified) => verified,
        Err(rejection) => {
            println!("NOT VALID: {rejection}");
            return ExitCode::from(super::EXIT_FAILURE);
        }
    };
    let course_issuer = Paths::resolve(args.data_dir.as_deref(), &args.courses_dirs)
        .ok()
        .and_then(|paths| super::certificate::find_course(&paths, &verified.certificate.course.id))
        .and_then(|loaded| loaded.course?.certificate.as_ref()?.issuer.clone());
    let standing = verified.standing(course_issuer.as_deref(), &trusted);
    let expired = verified.expired_at(Timestamp::now());
    print!("{}", describe(&verified, standing, expired));
    if expired {
        ExitCode::from(EXIT_EXPIRED)
    } else {
        ExitCode::SUCCESS
    }
}

/// What `verify` prints about a credential whose signature is valid.
pub fn describe(verified: &Verified, standing: IssuerStanding, expired: bool) -> String {
    let certificate = &verified.certificate;
    let vc = &verified.claims.vc;
    let date = |moment: Timestamp| moment.to_rfc3339().get(..10).unwrap_or_default().to_owned();
    let who = match standing {
        IssuerStanding::NamedInCourse => format!(
            "the organisation key named in course `{}` ({})",
            certificate.course.id, vc.issuer.name
        ),
        IssuerStanding::Trusted => format!("a key you trust ({})", vc.issuer.name),
        IssuerStanding::Unknown => match vc.fieldcourse.signed_with {
            KeyKind::Device => format!(
                "an unknown key: a learner device's own key (\"{}\"), not vouched for by {}; pass --trust DID if you know this key",
                vc.issuer.name, certificate.organisation
            ),
            KeyKind::Organisation => format!(
                "an unknown key that calls itself \"{}\"; pass --trust DID if you know it, or check with {}",
                vc.issuer.name, certificate.organisation
            ),
        },
    };
    let validity = match (certificate.valid_until, expired) {
        (Some(end), true) => format!("EXPIRED on {}", date(end)),
        (Some(end), false) => format!("valid until {}", date(end)),
        (None, _) => "does not expire".to_owned(),
    };
    let mut text = String::new();
    text.push_str(if expired {
        "VALID SIGNATURE, BUT EXPIRED\n"
    } else {
        "VALID: the signature checks out and the credential is unchanged\n"
    });
    let issued = crate::certificate::verify::issued_at(verified);
    for (label, value) in [
        ("issued by", format!("{} — {who}", verified.issuer)),
        ("issued to", certificate.learner_name.clone()),
        (
            "course",
            format!(
                "{} (`{}`), version {}",
                certificate.course.title, certificate.course.id, certificate.course.version
            ),
        ),
        ("awarded by", certificate.organisation.clone()),
        ("completed", date(certificate.completed_at)),
        ("issued", issued.map(date).unwrap_or_default()),
        ("validity", validity),
        ("code", certificate.code().to_string()),
        ("id", certificate.id.urn()),
    ] {
        text.push_str(&format!("  {label:<11} {value}\n"));
    }
    text
}
