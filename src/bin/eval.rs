//! `cargo run --release --bin eval`: scores briefkg against the hand-made gold annotations and
//! prints the tables (see the README's "Evaluation"). Each task prints its own section; a task
//! adds its section to `SECTIONS` (entities: `briefkg::eval::entities::report`).
//!
//! Options: `--errors` lists every missed and spurious mention; `--system NAME=DIR` scores
//! another system's annotations too (files `DIR/<brief stem>.json`, spaCy or briefkg's generic
//! format, grounded like `--annotations`); `--gold DIR` reads gold files from `DIR` instead of
//! `tests/gold/entities` (and the fresh briefs' `tests/entity-briefs`).
//!
//! Exit codes: 0 scored; 2 a gold file or brief could not be read.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match briefkg::eval::entities::report(&args) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}
