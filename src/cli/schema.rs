//! `fieldcourse schema`: prints the JSON Schema of the course format.

use crate::course::course_schema_text;
use std::io::Write;
use std::process::ExitCode;

pub fn run() -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(course_schema_text().as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: cannot write the schema: {error}");
            ExitCode::from(super::EXIT_FAILURE)
        }
    }
}
