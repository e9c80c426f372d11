//! `fieldcourse issuer create --name ORG --output org.key`, `fieldcourse
//! issuer install org.key`: an organisation's own signing key for certificates;
//! `fieldcourse issuer install did:key:... --name ORG`, `issuer list` and
//! `issuer remove did:key:...`: the issuers `verify` trusts on this device.
//! `fieldcourse issuer verify-url URL|--clear [--issuer DID]` sets the
//! verification page the certificates' QR codes open (also `issuer create
//! --verify-url URL`).
//!
//! Exit code 0 on success, 1 when a key cannot be made, read or written, 2 when
//! the command line is wrong, 75 when `install` or `remove` finds the data
//! folder held by the app.

use crate::certificate::KeyKind;
use crate::certificate::keys::{DidKey, IssuerKey, Keyring, check_verify_url};
use crate::certificate::trust::TrustSource;
use crate::paths::Paths;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `fieldcourse issuer`.
#[derive(Debug, Args)]
pub struct IssuerArgs {
    /// What to do with issuer keys.
    #[command(subcommand)]
    pub action: IssuerAction,
    /// The global `--data-dir`.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
}

/// The `issuer` subcommands.
#[derive(Debug, Subcommand)]
pub enum IssuerAction {
    /// Make a new organisation issuer key and print its did:key.
    Create {
        /// The organisation's name, as certificates will show it.
        #[arg(long, value_name = "ORG")]
        name: String,
        /// The key file to write (it must not exist yet). Keep it secret.
        #[arg(long, short, value_name = "FILE")]
        output: PathBuf,
        /// The organisation's verification page (such as
        /// https://ngo.example.org/verify/): certificate QR codes then hold
        /// URL#<credential> and open it.
        #[arg(long, value_name = "URL")]
        verify_url: Option<String>,
    },
    /// Set (or with --clear remove) the verification page that certificate QR
    /// codes open, on this device's key or on an installed organisation key.
    VerifyUrl {
        /// The page's absolute https:// (or http://) address.
        #[arg(
            value_name = "URL",
            required_unless_present = "clear",
            conflicts_with = "clear"
        )]
        url: Option<String>,
        /// Remove the page: QR codes hold the bare credential again.
        #[arg(long)]
        clear: bool,
        /// The installed organisation key to change, by its did:key; without
        /// it, this device's own key.
        #[arg(long, value_name = "DID")]
        issuer: Option<String>,
    },
    /// Install an issuer on this device. A key FILE (from `issuer create`) signs
    /// the certificates of courses naming its did:key in `certificate.issuer`;
    /// a did:key with --name only makes `verify` trust what that issuer signs.
    /// Either way, `verify` trusts the key from then on.
    Install {
        /// The key file made by `fieldcourse issuer create`, or an issuer's did:key.
        #[arg(value_name = "FILE|DID")]
        key: String,
        /// The issuer's name, with a did:key (how `verify` will call it).
        #[arg(long, value_name = "ORG")]
        name: Option<String>,
    },
    /// List the issuers `verify` trusts on this device.
    List,
    /// Stop trusting an issuer installed with `issuer install did:key:... --name ORG`.
    Remove {
        /// The issuer's did:key.
        #[arg(value_name = "DID")]
        did: String,
    },
}

/// Why an `issuer` command failed, with the exit code it ends with.
enum Failure {
    /// The command line is wrong (exit 2).
    Usage(String),
    /// The work could not be done (exit 1).
    Failed(String),
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Self::Failed(message)
    }
}

pub(super) fn run(args: &IssuerArgs) -> ExitCode {
    let result = match &args.action {
        IssuerAction::Create {
            name,
            output,
            verify_url,
        } => create(name, output, verify_url.as_deref()),
        IssuerAction::VerifyUrl { url, issuer, .. } => {
            match holding_data_folder(args, || {
                set_verify_url(args, url.as_deref(), issuer.as_deref())
            }) {
                Ok(result) => result,
                Err(code) => return code,
            }
        }
        IssuerAction::List => list(args).map_err(Failure::from),
        // Installing and removing write the data folder: not while the app holds it.
        IssuerAction::Install { key, name } => {
            match holding_data_folder(args, || install(args, key, name.as_deref())) {
                Ok(result) => result,
                Err(code) => return code,
            }
        }
        IssuerAction::Remove { did } => match holding_data_folder(args, || remove(args, did)) {
            Ok(result) => result,
            Err(code) => return code,
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Failed(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(super::EXIT_FAILURE)
        }
        Err(Failure::Usage(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(super::EXIT_USAGE)
        }
    }
}

/// Runs `work` while this command holds the data folder, or returns the exit
/// code that says the app has it open.
fn holding_data_folder(
    args: &IssuerArgs,
    work: impl FnOnce() -> Result<(), Failure>,
) -> Result<Result<(), Failure>, ExitCode> {
    let paths = match Paths::resolve(args.data_dir.as_deref(), &[]) {
        Ok(paths) => paths,
        Err(error) => return Ok(Err(Failure::Failed(error.to_string()))),
    };
    let _held = super::hold_data_folder(&paths.data_dir)?;
    Ok(work())
}

fn create(name: &str, output: &std::path::Path, verify_url: Option<&str>) -> Result<(), Failure> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Failure::Usage(
            "the organisation name is empty; pass --name \"Your Organisation\"".into(),
        ));
    }
    let verify_url = verify_url
        .map(check_verify_url)
        .transpose()
        .map_err(|problem| Failure::Usage(format!("--verify-url: {problem}")))?;
    if output.exists() {
        return Err(Failure::Failed(format!(
            "{} already exists; choose another --output (a key file is never overwritten, so no key is lost)",
            output.display()
        )));
    }
    let mut key =
        IssuerKey::generate(name, KeyKind::Organisation, output).map_err(|e| e.to_string())?;
    key.verify_url = verify_url;
    key.write_new(output).map_err(|e| e.to_string())?;
    println!("{}", key.did());
    eprintln!(
        "wrote the issuer key of {name} to {} (readable only by you; keep it secret and backed up)",
        output.display()
    );
    eprintln!(
        "  = next: put \"issuer\": \"{}\" in each course's `certificate`, then run `fieldcourse issuer install {}` on the devices you manage",
        key.did(),
        output.display()
    );
    eprintln!(
        "  = verifiers: give them this did:key yourself; they trust it with `fieldcourse issuer install {} --name \"{name}\"` (no secret needed)",
        key.did()
    );
    Ok(())
}

fn set_verify_url(
    args: &IssuerArgs,
    url: Option<&str>,
    issuer: Option<&str>,
) -> Result<(), Failure> {
    if let Some(url) = url {
        check_verify_url(url).map_err(|problem| {
            Failure::Usage(format!(
                "{problem}; give the page's full address, such as https://ngo.example.org/verify/"
            ))
        })?;
    }
    let did = issuer
        .map(|text| {
            DidKey::parse(text)
                .map_err(|problem| Failure::Usage(format!("--issuer {text}: {problem}")))
        })
        .transpose()?;
    let (keyring, data_dir) = keyring(args)?;
    let Some(key) = keyring
        .set_verify_url(did.as_ref(), url)
        .map_err(|e| e.to_string())?
    else {
        return Err(Failure::Usage(format!(
            "no signing key {} is installed in {}; `fieldcourse issuer list` shows the keys that sign here",
            issuer.unwrap_or_default(),
            data_dir.display()
        )));
    };
    println!("{}", key.did());
    match &key.verify_url {
        Some(url) => eprintln!(
            "the certificate PDFs signed by {} that are made from now on carry {url}#<credential> in their QR code; publish the verification page at that address",
            key.name
        ),
        None => eprintln!(
            "the certificate PDFs signed by {} that are made from now on carry the credential alone in their QR code",
            key.name
        ),
    }
    eprintln!(
        "  = note: PDFs of earlier certificates change too when made again; the signed credentials themselves do not change"
    );
    Ok(())
}

fn keyring(args: &IssuerArgs) -> Result<(Keyring, PathBuf), String> {
    let paths = Paths::resolve(args.data_dir.as_deref(), &[]).map_err(|e| e.to_string())?;
    Ok((Keyring::new(&paths.data_dir), paths.data_dir))
}

fn install(args: &IssuerArgs, key: &str, name: Option<&str>) -> Result<(), Failure> {
    if key.starts_with("did:") {
        let did = DidKey::parse(key).map_err(|problem| {
            Failure::Usage(format!(
                "{key}: {problem}; give the issuer's did:key (did:key:z6Mk...) or a key file"
            ))
        })?;
        let name = name.map(str::trim).filter(|name| !name.is_empty()).ok_or_else(|| {
            Failure::Usage(format!(
                "say whose key {did} is: `fieldcourse issuer install {did} --name \"Their Organisation\"`"
            ))
        })?;
        let (keyring, data_dir) = keyring(args)?;
        let trusted = keyring.trust(&did, name).map_err(|e| e.to_string())?;
        println!("{did}");
        eprintln!(
            "verify now trusts the credentials {did} signs, as {} (in {}); this device cannot sign with it",
            trusted.name.as_deref().unwrap_or(name),
            data_dir.display()
        );
        eprintln!("  = note: `fieldcourse issuer remove {did}` stops trusting it");
        return Ok(());
    }
    if name.is_some() {
        return Err(Failure::Usage(
            "--name goes with a did:key; a key file already holds its organisation's name".into(),
        ));
    }
    let file = std::path::Path::new(key);
    let (keyring, data_dir) = keyring(args)?;
    let key = keyring.install(file).map_err(|e| e.to_string())?;
    println!("{}", key.did());
    eprintln!(
        "installed the issuer key of {} in {}: courses naming this did:key in `certificate.issuer` are now signed with it, and verify trusts it",
        key.name,
        data_dir.display()
    );
    Ok(())
}

fn list(args: &IssuerArgs) -> Result<(), String> {
    let (keyring, data_dir) = keyring(args)?;
    let (trusted, problems) = keyring.installed_trust();
    for problem in &problems {
        eprintln!("warning: {problem}");
    }
    if trusted.is_empty() {
        eprintln!(
            "no issuer is trusted in {} yet: `fieldcourse issuer install did:key:... --name ORG` trusts one",
            data_dir.display()
        );
    }
    for issuer in trusted {
        let how = match issuer.source {
            TrustSource::DeviceKey => "device key (signs here)",
            TrustSource::InstalledKey => "organisation key (signs here)",
            _ => "trusted (verify only)",
        };
        println!(
            "{}\t{}\t{how}",
            issuer.did,
            issuer.name.as_deref().unwrap_or_default()
        );
    }
    Ok(())
}

fn remove(args: &IssuerArgs, did: &str) -> Result<(), Failure> {
    let did = DidKey::parse(did).map_err(|problem| Failure::Usage(format!("{did}: {problem}")))?;
    let (keyring, data_dir) = keyring(args)?;
    if keyring.untrust(&did).map_err(|e| e.to_string())? {
        println!("{did}");
        eprintln!("verify no longer trusts {did} in {}", data_dir.display());
        return Ok(());
    }
    let (trusted, _) = keyring.installed_trust();
    let source = trusted
        .into_iter()
        .find(|issuer| issuer.did == did)
        .map(|issuer| issuer.source);
    match source {
        Some(TrustSource::DeviceKey) => Err(Failure::Failed(format!(
            "{did} is this device's own key: it signs the certificates issued here, so it stays trusted"
        ))),
        Some(TrustSource::InstalledKey) => Err(Failure::Failed(format!(
            "{did} is an organisation signing key installed from a key file; it is kept, so this device can still sign as that organisation: delete its file in {} yourself if you are sure",
            keyring.dir().join("issuers").display()
        ))),
        _ => Err(Failure::Usage(format!(
            "{did} is not installed in {}; `fieldcourse issuer list` shows the issuers trusted there",
            data_dir.display()
        ))),
    }
}
