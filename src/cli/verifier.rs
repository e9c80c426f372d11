//! `fieldcourse verifier --output DIR [--trust did:key:... --name ORG]...
//! [--trust-file FILE]... [--trust-installed]`: writes the certificate
//! verification page, one self-contained `index.html` to host anywhere (see
//! [`crate::certificate::verifier_page`]).
//!
//! Exit codes: 0 written, 1 it could not be written, 2 wrong command line (a
//! `--trust` without its `--name`, a bad did:key, an unreadable trust file).

use crate::certificate::keys::{DidKey, Keyring};
use crate::certificate::trust::read_trust_file;
use crate::certificate::verifier_page::{self, PageIssuer};
use crate::paths::Paths;
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `fieldcourse verifier`.
#[derive(Debug, Args)]
pub struct VerifierArgs {
    /// Write the page into DIR as index.html (DIR is created if missing).
    #[arg(long, value_name = "DIR")]
    pub output: PathBuf,
    /// Trust this organisation key (a did:key); each --trust takes the
    /// --name that follows it. Repeatable.
    #[arg(long = "trust", value_name = "DID")]
    pub trust: Vec<String>,
    /// The name the page shows for the --trust before it.
    #[arg(long = "name", value_name = "ORG")]
    pub names: Vec<String>,
    /// Trust the organisations listed in FILE: one did:key and a name per
    /// line, as for `verify --trust-file`. Repeatable.
    #[arg(long = "trust-file", value_name = "FILE")]
    pub trust_files: Vec<PathBuf>,
    /// Also trust the organisation keys installed on this device (with
    /// `issuer install`), but not this device's own key.
    #[arg(long = "trust-installed")]
    pub trust_installed: bool,
    /// The global `--data-dir`: where the installed keys are read from.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
}

fn usage(message: String, help: &str) -> ExitCode {
    eprintln!("error: {message}");
    eprintln!("  = help: {help}");
    ExitCode::from(super::EXIT_USAGE)
}

pub(super) fn run(args: &VerifierArgs) -> ExitCode {
    let trusted = match trusted_issuers(args) {
        Ok(trusted) => trusted,
        Err(code) => return code,
    };
    let path = match verifier_page::write(&args.output, &trusted) {
        Ok(path) => path,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(super::EXIT_FAILURE);
        }
    };
    println!("Wrote the verification page: {}", path.display());
    if trusted.is_empty() {
        println!(
            "It trusts no organisation: every genuine certificate will show as from an unknown issuer. Add --trust did:key:... --name ORG."
        );
    } else {
        println!("It trusts:");
        for issuer in &trusted {
            println!("  {} {}", issuer.did, issuer.name);
        }
    }
    println!(
        "Put it on any static web host (it is one file and asks no server for anything), then set the issuer's verify_url to its address."
    );
    ExitCode::SUCCESS
}

/// The organisations the page trusts, in the order given: the `--trust`
/// and `--name` pairs, the trust files, then the installed keys.
fn trusted_issuers(args: &VerifierArgs) -> Result<Vec<PageIssuer>, ExitCode> {
    if args.trust.len() != args.names.len() {
        return Err(usage(
            format!(
                "{} --trust and {} --name were given: each --trust needs its own --name",
                args.trust.len(),
                args.names.len()
            ),
            "write them in pairs: --trust did:key:z6Mk... --name \"Riverside Health Training\"",
        ));
    }
    let mut trusted = Vec::new();
    for (did, name) in args.trust.iter().zip(&args.names) {
        let did = DidKey::parse(did).map_err(|problem| {
            usage(
                format!("--trust {did}: {problem}"),
                "give the organisation's did:key, such as did:key:z6Mk... (`fieldcourse issuer list` shows the installed ones)",
            )
        })?;
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(usage(
                format!("--name for {did} is empty"),
                "give the name the page should show for this organisation",
            ));
        }
        trusted.push(PageIssuer { did, name });
    }
    for file in &args.trust_files {
        let issuers = read_trust_file(file).map_err(|error| {
            usage(
                format!("--trust-file: {error}"),
                "fix the line, or leave the file out",
            )
        })?;
        trusted.extend(issuers.into_iter().filter_map(|issuer| {
            Some(PageIssuer {
                did: issuer.did,
                name: issuer.name?,
            })
        }));
    }
    if args.trust_installed {
        trusted.extend(installed(args)?);
    }
    Ok(trusted)
}

/// The organisation keys installed on this device and the public keys
/// trusted here; the device's own key is left out, since no one else
/// knows it.
fn installed(args: &VerifierArgs) -> Result<Vec<PageIssuer>, ExitCode> {
    use crate::certificate::trust::TrustSource;
    let paths = Paths::resolve(args.data_dir.as_deref(), &[]).map_err(|error| {
        usage(
            format!("--trust-installed: {error}"),
            "give the data folder with --data-dir, or leave --trust-installed out",
        )
    })?;
    let (issuers, problems) = Keyring::new(&paths.data_dir).installed_trust();
    for problem in problems {
        eprintln!("warning: {problem}");
        eprintln!("  = note: the key in that file is left off the page");
    }
    Ok(issuers
        .into_iter()
        .filter(|issuer| issuer.source != TrustSource::DeviceKey)
        .filter_map(|issuer| {
            Some(PageIssuer {
                did: issuer.did,
                name: issuer.name?,
            })
        })
        .collect())
}
