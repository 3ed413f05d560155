//! Prints what the claim stage sees in each line of standard input (one sentence per line):
//! `echo "Russia has supplied North Korea with 1 million barrels." | cargo run --example
//! explain_claims -- 2024-11-26` (the argument is an optional publication date).

use std::io::BufRead;

fn main() {
    let published = std::env::args().nth(1);
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        print!("{}", briefkg::claims::explain(&line, published.as_deref()));
    }
}
