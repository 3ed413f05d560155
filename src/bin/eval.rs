//! `cargo run --release --bin eval [-- OPTIONS]`: scores briefkg against the hand-made gold
//! annotations and prints one section per task (see the README's "Evaluation"): entities
//! (`briefkg::eval::entities::report`: mention precision, recall and F1 by type, linking
//! accuracy) and claims (`briefkg::eval::claims`: detection precision, recall and F1; speaker,
//! modality, quantity, date, kind and predicate accuracy).
//!
//! Options: `--task entities|claims` prints one section only; `--errors` lists every missed and
//! spurious mention; `--details` lists the claims' misses; `--system NAME=DIR` scores another
//! system's entity annotations too (files `DIR/<brief stem>.json`, spaCy or briefkg's generic
//! format, grounded like `--annotations`); `--gold DIR` reads entity gold files from `DIR`
//! instead of `tests/gold/entities` (and the fresh briefs' `tests/entity-briefs`).
//!
//! Exit codes: 0 scored; 2 a gold file or brief could not be read, or an unknown option.

use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut entity_args = Vec::new();
    let mut details = false;
    let mut task: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--details" => details = true,
            "--task" => task = args.next(),
            _ => entity_args.push(a),
        }
    }
    let wants = |t: &str| task.as_deref().is_none_or(|x| x == t);
    if let Some(t) = &task {
        if t != "entities" && t != "claims" {
            eprintln!("error: --task takes entities or claims, not {t}");
            return ExitCode::from(2);
        }
    }
    if wants("entities") {
        match briefkg::eval::entities::report(&entity_args) {
            Ok(text) => print!("{text}"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
    } else if !entity_args.is_empty() {
        eprintln!("error: unknown option {}", entity_args[0]);
        return ExitCode::from(2);
    }
    if wants("claims") {
        if wants("entities") {
            println!();
        }
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        match briefkg::eval::claims::evaluate(root) {
            Ok(scores) => print!("{}", briefkg::eval::claims::report(&scores, details)),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        }
    }
    ExitCode::SUCCESS
}
