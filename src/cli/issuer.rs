//! `fieldcourse issuer create --name ORG --output org.key` and `fieldcourse
//! issuer install org.key`: an organisation's own signing key for certificates.
//!
//! Exit code 0 on success, 1 when the key cannot be made, read or written, 75
//! when `install` finds the data folder held by the app.

use crate::certificate::KeyKind;
use crate::certificate::keys::{IssuerKey, Keyring};
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
    },
    /// Install an organisation key on this device, so it signs the certificates
    /// of courses that name its did:key in `certificate.issuer`.
    Install {
        /// The key file made by `fieldcourse issuer create`.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

pub(super) fn run(args: &IssuerArgs) -> ExitCode {
    let result = match &args.action {
        IssuerAction::Create { name, output } => create(name, output),
        IssuerAction::Install { file } => {
            // Installing writes the data folder: not while the app holds it.
            let held = Paths::resolve(args.data_dir.as_deref(), &[])
                .map(|paths| super::hold_data_folder(&paths.data_dir));
            match held {
                Ok(Err(code)) => return code,
                Ok(Ok(_held)) => install(args, file),
                Err(error) => Err(error.to_string()),
            }
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(super::EXIT_FAILURE)
        }
    }
}

fn create(name: &str, output: &std::path::Path) -> Result<(), String> {
    let name = name.trim();
    if name.is_empty() {
        return Err("the organisation name is empty; pass --name \"Your Organisation\"".into());
    }
    if output.exists() {
        return Err(format!(
            "{} already exists; choose another --output (a key file is never overwritten, so no key is lost)",
            output.display()
        ));
    }
    let key =
        IssuerKey::generate(name, KeyKind::Organisation, output).map_err(|e| e.to_string())?;
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
    Ok(())
}

fn install(args: &IssuerArgs, file: &std::path::Path) -> Result<(), String> {
    let paths = Paths::resolve(args.data_dir.as_deref(), &[]).map_err(|e| e.to_string())?;
    let keyring = Keyring::new(&paths.data_dir);
    let key = keyring.install(file).map_err(|e| e.to_string())?;
    println!("{}", key.did());
    eprintln!(
        "installed the issuer key of {} in {}: courses naming this did:key in `certificate.issuer` are now signed with it",
        key.name,
        paths.data_dir.display()
    );
    Ok(())
}
