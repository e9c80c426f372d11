//! `fieldcourse xapi export|sync|status|settings`: the learning records (xAPI
//! statements) waiting in the outbox, written to a file or sent to the
//! organisation's learning record store (LRS).
//!
//! Exit code 0 on success, 1 when the records could not be written or sent
//! (the outbox then keeps them), 2 when the command line is wrong.

#[cfg(feature = "lrs")]
use crate::lrs::{self, Credentials, RememberedLrs, SyncConfig};
use crate::paths::Paths;
use crate::progress::{self, Store, XapiDeviceSettings};
use crate::time::Timestamp;
use clap::{ArgGroup, Args, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Arguments of `fieldcourse xapi`.
#[derive(Debug, Args)]
pub struct XapiArgs {
    /// What to do with the learning records.
    #[command(subcommand)]
    pub action: XapiAction,
    /// The global `--data-dir`.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
}

/// The `xapi` subcommands.
#[derive(Debug, Subcommand)]
pub enum XapiAction {
    /// Write the waiting statements to a JSON file (an array). They stay in the
    /// outbox, marked exported, until `xapi sync` delivers them.
    Export {
        /// Only statements recorded on or after DATE (`2026-05-04` or
        /// `2026-05-04T09:30:00Z`, UTC).
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
        /// The file to write.
        #[arg(long, short, value_name = "FILE.json")]
        output: PathBuf,
    },
    /// Check the LRS (its address, then the credentials), then send the
    /// waiting statements in batches of 100. The address and credentials given
    /// are remembered in `lrs.json` in the data folder, readable by you only.
    #[command(group(ArgGroup::new("auth").args(["user", "credentials"]).multiple(false)))]
    Sync {
        /// The LRS address (its xAPI endpoint), such as
        /// `https://lrs.example.org/xapi`. Default: the remembered one.
        #[arg(long, value_name = "URL")]
        endpoint: Option<String>,
        /// The LRS user name (key), with --password.
        #[arg(long, value_name = "USER", requires = "password")]
        user: Option<String>,
        /// The LRS password (secret), with --user.
        #[arg(
            long,
            value_name = "PASSWORD",
            requires = "user",
            env = "FIELDCOURSE_LRS_PASSWORD",
            hide_env_values = true
        )]
        password: Option<String>,
        /// A file holding `USER:PASSWORD` on its first line (or JSON with
        /// `username` and `password`).
        #[arg(long, value_name = "FILE")]
        credentials: Option<PathBuf>,
        /// Do not show a progress bar.
        #[arg(long)]
        quiet: bool,
        /// Send the credentials over plain http:// to another computer, unencrypted
        /// (refused without it; http:// to this computer is always allowed).
        #[arg(long)]
        allow_http: bool,
    },
    /// Say how many statements wait, and which LRS they go to.
    Status,
    /// What this device puts in the statements it records from now on.
    Settings {
        /// The learners' account home page: your organisation's address.
        #[arg(long, value_name = "URL")]
        home_page: Option<String>,
        /// Send learners' names with their pseudonymous ids (`true` or `false`).
        #[arg(long, value_name = "BOOL")]
        include_names: Option<bool>,
    },
}

pub(super) fn run(args: &XapiArgs) -> ExitCode {
    let paths = match Paths::resolve(args.data_dir.as_deref(), &[]) {
        Ok(paths) => paths,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(super::EXIT_USAGE);
        }
    };
    // Export and sync mark statements; settings change them. Status only reads.
    let _held = match &args.action {
        XapiAction::Status => None,
        _ => match super::hold_data_folder(&paths.data_dir) {
            Ok(held) => Some(held),
            Err(code) => return code,
        },
    };
    let outcome = match &args.action {
        XapiAction::Export { since, output } => {
            export(&paths, since.as_deref(), output).map_err(|error| error.to_string())
        }
        #[cfg(feature = "lrs")]
        XapiAction::Sync {
            endpoint,
            user,
            password,
            credentials,
            quiet,
            allow_http,
        } => {
            let given = match (user, password, credentials) {
                (Some(user), Some(password), _) => Ok(Some(Credentials {
                    username: user.clone(),
                    password: password.clone(),
                })),
                (_, _, Some(file)) => Credentials::read(file).map(Some),
                _ => Ok(None),
            };
            given
                .and_then(|given| {
                    sync(
                        &paths,
                        endpoint.as_deref(),
                        given,
                        Options {
                            quiet: *quiet,
                            allow_http: *allow_http,
                        },
                    )
                })
                .map_err(|error| error.to_string())
        }
        #[cfg(not(feature = "lrs"))]
        XapiAction::Sync { .. } => Err(NO_LRS.to_owned()),
        XapiAction::Status => status(&paths),
        XapiAction::Settings {
            home_page,
            include_names,
        } => settings(&paths, home_page.as_deref(), *include_names)
            .map_err(|error| error.to_string()),
    };
    match outcome {
        Ok(code) => code,
        Err(error) => {
            log::error!("xapi: {error}");
            eprintln!("error: {error}");
            ExitCode::from(super::EXIT_FAILURE)
        }
    }
}

/// What `xapi sync` says in a build made without the `lrs` feature.
#[cfg(not(feature = "lrs"))]
const NO_LRS: &str = "this build has no LRS support (it was made without the `lrs` feature), so it cannot send learning records; write them to a file with `fieldcourse xapi export --output FILE.json` and send that, or use a Fieldcourse built with LRS support";

/// How `xapi sync` runs.
#[cfg(feature = "lrs")]
#[derive(Debug, Clone, Copy)]
struct Options {
    quiet: bool,
    allow_http: bool,
}

fn export(
    paths: &Paths,
    since: Option<&str>,
    output: &std::path::Path,
) -> progress::Result<ExitCode> {
    let since = match since {
        Some(text) => match Timestamp::parse_day_or_rfc3339(text) {
            Some(moment) => Some(moment),
            None => {
                eprintln!(
                    "error: `{text}` is not a date; give it as `2026-05-04` or `2026-05-04T09:30:00Z` (UTC)"
                );
                return Ok(ExitCode::from(super::EXIT_USAGE));
            }
        },
        None => None,
    };
    let store = Store::open(&paths.data_dir)?;
    let written = store.export_outbox(since, output)?;
    println!(
        "wrote {written} statements to {}; they stay in the outbox until `fieldcourse xapi sync` delivers them",
        output.display()
    );
    Ok(ExitCode::SUCCESS)
}

#[cfg(feature = "lrs")]
fn sync(
    paths: &Paths,
    endpoint: Option<&str>,
    credentials: Option<Credentials>,
    options: Options,
) -> lrs::Result<ExitCode> {
    let remembered = lrs::load_lrs(&paths.data_dir)?;
    let lrs = match (endpoint, remembered) {
        (Some(endpoint), remembered) => {
            // A new address forgets the old credentials unless new ones are given.
            let credentials = credentials.or_else(|| {
                remembered
                    .filter(|lrs| lrs.endpoint == endpoint)
                    .and_then(|lrs| lrs.credentials)
            });
            let lrs = RememberedLrs {
                endpoint: endpoint.to_owned(),
                credentials,
            };
            let file = lrs::save_lrs(&paths.data_dir, &lrs)?;
            println!(
                "remembered the LRS address{} in {} (readable by you only)",
                if lrs.credentials.is_some() {
                    " and credentials"
                } else {
                    ""
                },
                file.display()
            );
            lrs
        }
        (None, Some(mut remembered)) => {
            if let Some(credentials) = credentials {
                remembered.credentials = Some(credentials);
                lrs::save_lrs(&paths.data_dir, &remembered)?;
            }
            remembered
        }
        (None, None) => return Err(lrs::Error::NoEndpoint),
    };
    let store = Store::open(&paths.data_dir)?;
    let has_credentials = lrs.credentials.is_some();
    let mut config = SyncConfig::new(lrs.endpoint.clone(), lrs.credentials);
    config.allow_http = options.allow_http;
    let bar = if options.quiet {
        indicatif::ProgressBar::hidden()
    } else {
        indicatif::ProgressBar::new(0)
    };
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} statements ({per_sec})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let result = lrs::sync(&store, &config, |progress| {
        bar.set_length(progress.total);
        bar.set_position(progress.delivered);
    });
    bar.finish_and_clear();
    let report = result?;
    if report.sent + report.already_held == 0 {
        println!(
            "the LRS at {} answered{}; nothing was waiting to be sent",
            lrs.endpoint,
            if has_credentials {
                " and accepted the credentials"
            } else {
                ""
            }
        );
        return Ok(ExitCode::SUCCESS);
    }
    println!(
        "delivered {} statements to {} ({} the LRS already held); nothing is left to send",
        report.sent + report.already_held,
        lrs.endpoint,
        report.already_held
    );
    Ok(ExitCode::SUCCESS)
}

fn status(paths: &Paths) -> Result<ExitCode, String> {
    let store = Store::open(&paths.data_dir).map_err(|error| error.to_string())?;
    let count = store.outbox_count().map_err(|error| error.to_string())?;
    println!(
        "{} statements wait to be sent ({} of them exported to a file)",
        count.pending, count.exported
    );
    let collected = store
        .statements_to_forward_count()
        .map_err(|error| error.to_string())?;
    if collected > 0 {
        println!(
            "{collected} statements collected from other laptops wait to be forwarded (`xapi sync` sends them too)"
        );
    }
    #[cfg(feature = "lrs")]
    match lrs::load_lrs(&paths.data_dir).map_err(|error| error.to_string())? {
        Some(lrs) => println!(
            "they go to {}{}",
            lrs.endpoint,
            if lrs.credentials.is_some() {
                " (credentials remembered)"
            } else {
                ""
            }
        ),
        None => println!("no LRS is set up: `fieldcourse xapi sync --endpoint URL` sets one"),
    }
    #[cfg(not(feature = "lrs"))]
    println!(
        "this build has no LRS support: `fieldcourse xapi export --output FILE.json` writes them to a file"
    );
    let settings = store
        .xapi_device_settings()
        .map_err(|error| error.to_string())?;
    println!(
        "learners' names are {}sent",
        if settings.include_names { "" } else { "not " }
    );
    Ok(ExitCode::SUCCESS)
}

fn settings(
    paths: &Paths,
    home_page: Option<&str>,
    include_names: Option<bool>,
) -> progress::Result<ExitCode> {
    if let Some(page) = home_page
        && !crate::course::is_absolute_iri(page)
    {
        eprintln!(
            "error: `{page}` is not an absolute address; give it as `https://ngo.example.org`"
        );
        return Ok(ExitCode::from(super::EXIT_USAGE));
    }
    let store = Store::open(&paths.data_dir)?;
    let mut settings: XapiDeviceSettings = store.xapi_device_settings()?;
    if let Some(page) = home_page {
        settings.home_page = Some(page.to_owned());
    }
    if let Some(include) = include_names {
        settings.include_names = include;
    }
    store.set_xapi_device_settings(&settings)?;
    println!(
        "statements recorded from now on name learners on {} and {}",
        settings
            .home_page
            .as_deref()
            .unwrap_or("this device's own page"),
        if settings.include_names {
            "include their names"
        } else {
            "leave their names out"
        }
    );
    Ok(ExitCode::SUCCESS)
}
