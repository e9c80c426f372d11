//! `fieldcourse simulate --learners N [--course ID] [--seed S] [--force]`:
//! fills the data folder with simulated learners taking a course, to try the
//! trainer area, and `fieldcourse simulate --remove` takes them all out again.
//!
//! Exit code 0 on success, 1 when the progress file cannot be written, 2 when
//! the command line is wrong, the course is not found, or the folder holds
//! real learners and `--force` is not given.

use crate::certificate::keys::Keyring;
use crate::course::{Course, discover};
use crate::paths::Paths;
use crate::progress::Store;
use crate::simulate::{self, Plan};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

/// The course simulated when none is named, if it is installed.
const DEFAULT_COURSE: &str = "ctip-humanitarian";

/// Arguments of `fieldcourse simulate`.
#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// How many simulated learners to add ("Simulated learner 1", ...).
    #[arg(
        long,
        value_name = "N",
        required_unless_present = "remove",
        value_parser = clap::value_parser!(u32).range(1..=100_000)
    )]
    pub learners: Option<u32>,
    /// The course they take (default: the bundled ctip-humanitarian course,
    /// or the only course found).
    #[arg(long, value_name = "ID")]
    pub course: Option<String>,
    /// The seed: the same seed gives the same learners, answers and scores.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
    /// Add them even though the data folder holds real learners.
    #[arg(long)]
    pub force: bool,
    /// Remove every simulated learner (and their progress) instead; real
    /// learners are not touched.
    #[arg(long, conflicts_with_all = ["learners", "course", "force"])]
    pub remove: bool,
    /// The global `--data-dir`.
    #[arg(from_global)]
    pub data_dir: Option<PathBuf>,
    /// The global `--courses-dir`.
    #[arg(from_global)]
    pub courses_dirs: Vec<PathBuf>,
}

pub(super) fn run(args: &SimulateArgs) -> ExitCode {
    let paths = match Paths::resolve(args.data_dir.as_deref(), &args.courses_dirs) {
        Ok(paths) => paths,
        Err(error) => return fail(super::EXIT_USAGE, &error.to_string()),
    };
    let _held = match super::hold_data_folder(&paths.data_dir) {
        Ok(held) => held,
        Err(code) => return code,
    };
    let store = match Store::open(&paths.data_dir) {
        Ok(store) => store,
        Err(error) => return fail(super::EXIT_FAILURE, &error.to_string()),
    };
    if args.remove {
        return match simulate::remove_simulated(&store) {
            Ok(removed) => {
                println!(
                    "removed {removed} simulated learners from {}",
                    paths.data_dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(error) => fail(super::EXIT_FAILURE, &error.to_string()),
        };
    }
    let course = match course(&paths, args.course.as_deref()) {
        Ok(course) => course,
        Err(message) => return fail(super::EXIT_USAGE, &message),
    };
    let plan = Plan {
        learners: args.learners.unwrap_or(1),
        seed: args.seed,
        force: args.force,
    };
    let started = std::time::Instant::now();
    match simulate::simulate(&store, &Keyring::new(&paths.data_dir), &course, &plan) {
        Ok(simulated) => {
            let (attempts, passed) = simulated.attempts();
            let certificates = simulated.learners.iter().filter(|l| l.certificate).count();
            println!(
                "added {} simulated learners taking {} (seed {}) in {:.1} s: {} completed it, {certificates} certificates; {attempts} quiz attempts, {passed} passed and {} failed",
                simulated.learners.len(),
                course.id,
                plan.seed,
                started.elapsed().as_secs_f64(),
                simulated.completed(),
                attempts - passed,
            );
            println!("`fieldcourse simulate --remove` takes them out again");
            ExitCode::SUCCESS
        }
        Err(error @ simulate::Error::RealLearners { .. }) => {
            fail(super::EXIT_USAGE, &error.to_string())
        }
        Err(error) => fail(super::EXIT_FAILURE, &error.to_string()),
    }
}

/// The course to simulate: the one named, else the default or the only one.
fn course(paths: &Paths, wanted: Option<&str>) -> Result<Course, String> {
    let courses: Vec<std::sync::Arc<Course>> = discover(&paths.course_dirs)
        .into_iter()
        .filter_map(|loaded| loaded.course)
        .collect();
    let ids = || {
        courses
            .iter()
            .map(|course| course.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let found = match wanted {
        Some(id) => courses.iter().find(|course| course.id == id),
        None if courses.len() == 1 => courses.first(),
        None => courses.iter().find(|course| course.id == DEFAULT_COURSE),
    };
    match (found, wanted) {
        (Some(course), _) => Ok(Course::clone(course)),
        (None, Some(id)) => Err(format!(
            "no course has the id `{id}` in the course folders; the courses found are: {}",
            ids()
        )),
        (None, None) => Err(format!(
            "name the course to simulate with --course ID; the courses found are: {}",
            ids()
        )),
    }
}

fn fail(code: u8, message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(code)
}
