//! Fills a data folder with simulated learners who took the bundled CTiP
//! course's final assessment, for demonstrations and screenshots of the trainer
//! area's questions tab. Never point it at a real data folder.
//!
//! Run: `cargo run --example seed_learners -- DATA_DIR [LEARNERS] [ATTEMPTS]`
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

#[path = "../benches/support/simulated.rs"]
mod simulated;

use fieldcourse::course::load_course;
use fieldcourse::progress::Store;
use std::path::{Path, PathBuf};

fn main() {
    let mut args = std::env::args().skip(1);
    let data_dir = PathBuf::from(
        args.next()
            .expect("usage: seed_learners DATA_DIR [LEARNERS] [ATTEMPTS]"),
    );
    let learners = args
        .next()
        .map_or(200, |n| n.parse().expect("LEARNERS is a number"));
    let attempts = args
        .next()
        .map_or(2, |n| n.parse().expect("ATTEMPTS is a number"));
    let loaded =
        load_course(&Path::new(env!("CARGO_MANIFEST_DIR")).join("courses/ctip-humanitarian"));
    let course = loaded.course.expect("the CTiP course loads");
    let quiz = course.final_assessment.clone().expect("a final assessment");
    let store = Store::open(&data_dir).expect("open the data folder");
    simulated::seed_quiz(&store, &course, &quiz, learners, attempts, 24);
    println!(
        "{learners} learners x {attempts} attempts in {}",
        data_dir.display()
    );
}
