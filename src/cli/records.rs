//! `fieldcourse records export|import|list`: a device's learners and progress
//! saved into one signed `.fcrecords` file, collected on the trainer's laptop.
//!
//! Exit code 0 on success; 1 when a file was refused or could not be written
//! or read (every other file given is still collected); 2 when the command
//! line is wrong; 75 when `import` finds the data folder held by the app or
//! another command (nothing was changed).

use crate::certificate::keys::Keyring;
use crate::paths::Paths;
use crate::progress::{Collection, Store};
use crate::records::{self, Collected};
use crate::time::Timestamp;
use clap::{Args, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Arguments of `fieldcourse records`.
#[derive(Debug, Args)]
pub struct RecordsArgs {
    /// What to do with the records.
    #[command(subcommand)]
    pub action: RecordsAction,
    /// The global `--data-dir`.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
}

/// The `records` subcommands.
#[derive(Debug, Subcommand)]
pub enum RecordsAction {
    /// Save this device's learners, their progress, quiz answers, certificates
    /// and learning records into one signed file for the trainer (PINs stay here).
    Export {
        /// The file to write (replaced if it exists), or a folder to save a
        /// new file in, named after the device and the time.
        #[arg(long, short, value_name = "FILE.fcrecords")]
        output: PathBuf,
        /// The name this device gives itself in the file, remembered for next
        /// time (default: the name remembered, else the computer's name).
        #[arg(long, value_name = "NAME")]
        device_name: Option<String>,
    },
    /// Collect records files saved on other devices (files, or folders holding
    /// them). The same file twice changes nothing; a newer file of a device
    /// replaces its older one; this laptop's own learners are never touched.
    Import {
        /// The records files, or folders holding .fcrecords files.
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// List the devices whose records were collected here.
    List,
}

pub(super) fn run(args: &RecordsArgs) -> ExitCode {
    let paths = match Paths::resolve(args.data_dir.as_deref(), &[]) {
        Ok(paths) => paths,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(super::EXIT_USAGE);
        }
    };
    match &args.action {
        RecordsAction::Export {
            output,
            device_name,
        } => export(&paths, output, device_name.as_deref()),
        RecordsAction::Import { files } => match super::hold_data_folder(&paths.data_dir) {
            Ok(_held) => import(&paths, files),
            Err(code) => code,
        },
        RecordsAction::List => list(&paths),
    }
}

fn export(paths: &Paths, output: &std::path::Path, device_name: Option<&str>) -> ExitCode {
    if device_name.is_some_and(|name| name.trim().is_empty()) {
        eprintln!("error: --device-name cannot be empty; give a name such as \"Laptop 3\"");
        return ExitCode::from(super::EXIT_USAGE);
    }
    let started = Instant::now();
    let exported = Store::open(&paths.data_dir)
        .map_err(records::Error::from)
        .and_then(|store| {
            records::export_records(
                &store,
                &Keyring::new(&paths.data_dir),
                output,
                device_name,
                Timestamp::now(),
            )
        });
    match exported {
        Ok(export) => {
            println!(
                "saved the records of \"{}\" (export {}) to {}: {}, {}, {}, {}, {}",
                export.device_name,
                export.export_number,
                export.path.display(),
                counted(export.learners, "learner", "learners"),
                counted(export.enrollments, "course started", "courses started"),
                counted(export.attempts, "quiz attempt", "quiz attempts"),
                counted(export.certificates, "certificate", "certificates"),
                counted(export.statements, "learning record", "learning records"),
            );
            println!(
                "{} in {:.2} s; bring the file to the trainer's laptop and run `fieldcourse records import {}` there",
                super::backup::human_size(export.bytes),
                started.elapsed().as_secs_f64(),
                export
                    .path
                    .file_name()
                    .map(|name| name.to_string_lossy())
                    .unwrap_or_default(),
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(super::EXIT_FAILURE)
        }
    }
}

fn import(paths: &Paths, inputs: &[PathBuf]) -> ExitCode {
    let started = Instant::now();
    let (files, mut problems) = records::records_files(inputs);
    let store = match Store::open(&paths.data_dir) {
        Ok(store) => store,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(super::EXIT_FAILURE);
        }
    };
    let mut collected = 0_usize;
    for file in &files {
        match records::collect_file(&store, file, Timestamp::now()) {
            Ok(done) => {
                if matches!(
                    done.outcome,
                    Collection::New | Collection::Superseded { .. }
                ) {
                    collected += 1;
                }
                println!("{}", describe(&done));
            }
            Err(error) => problems.push(error),
        }
    }
    for problem in &problems {
        eprintln!("error: {problem}");
    }
    println!(
        "{collected} of {} files collected, {} refused, in {:.2} s",
        files.len(),
        problems.len(),
        started.elapsed().as_secs_f64()
    );
    if problems.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(super::EXIT_FAILURE)
    }
}

/// One line on what became of a file.
fn describe(done: &Collected) -> String {
    let file = done.path.display();
    let device = &done.device_name;
    let saved = done.exported_at.to_rfc3339();
    match &done.outcome {
        Collection::New => format!(
            "{file}: collected {} from \"{device}\" (saved {saved}), a device new here",
            counted(done.learners, "learner", "learners")
        ),
        Collection::Superseded { previous } => format!(
            "{file}: collected {} from \"{device}\" (saved {saved}), replacing its records saved {}",
            counted(done.learners, "learner", "learners"),
            previous.to_rfc3339()
        ),
        Collection::Unchanged => {
            format!("{file}: already collected from \"{device}\"; nothing changed")
        }
        Collection::Older { held } => format!(
            "{file}: \"{device}\" saved newer records ({}), already collected; nothing changed",
            held.to_rfc3339()
        ),
        // Refusals are errors, never described here.
        Collection::KeyMismatch { .. } | Collection::Inconsistent { .. } => {
            format!("{file}: refused")
        }
    }
}

/// `1 learner`, `2 learners`.
fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

fn list(paths: &Paths) -> ExitCode {
    // Listing on a data folder never used must not create a database in it.
    if !crate::progress::database_path(&paths.data_dir).exists() {
        println!("no records collected in {} yet", paths.data_dir.display());
        return ExitCode::SUCCESS;
    }
    let devices = Store::open(&paths.data_dir).and_then(|store| store.collected_devices());
    match devices {
        Ok(devices) if devices.is_empty() => {
            println!("no records collected in {} yet", paths.data_dir.display());
            ExitCode::SUCCESS
        }
        Ok(devices) => {
            println!("DEVICE\tLEARNERS\tSAVED (UTC)\tCOLLECTED (UTC)\tID");
            for device in devices {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    device.name,
                    device.learners,
                    device.exported_at.to_rfc3339(),
                    device.collected_at.to_rfc3339(),
                    device.device_id
                );
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(super::EXIT_FAILURE)
        }
    }
}
