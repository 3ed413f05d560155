//! `cargo run --release --bin eval [-- --details]`: scores briefkg against the hand-made gold
//! annotations of `tests/gold/` and prints one table per task (claims: detection precision,
//! recall and F1; speaker, modality, quantity, date, kind and predicate accuracy). Exit code 0,
//! or 2 when a gold file or a brief cannot be read.

use std::path::Path;

fn main() {
    let details = std::env::args().any(|a| a == "--details");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    match briefkg::eval::claims::evaluate(root) {
        Ok(scores) => print!("{}", briefkg::eval::claims::report(&scores, details)),
        Err(e) => {
            eprintln!("eval: {e}");
            std::process::exit(2);
        }
    }
}
