//! Property test: flip one random byte or delete one random line (or renumber one number) of
//! one random output file or source brief, 1,000 times; `verify` must fail every time and name
//! that file.
//!
//! The corpus is two small briefs exported in memory (a markdown brief with the layout debris
//! briefkg repairs, and a plain-text one), so the 1,000 full verifications run in seconds. The
//! random choices come from a seeded xorshift generator: every run checks the same cases, and
//! a failure prints the case number and the mutation to replay it.

mod common;

use std::collections::BTreeMap;

use briefkg::pipeline;
use briefkg::provenance::verify::{self, FileRef, MemTree, Tree, VerifyError};
use rayon::prelude::*;

const CASES: u64 = 1_000;
const SEED: u64 = 0x9e37_79b9_7f4a_7c15;

const ARCTIC: &str = "\n\n## **Prospects & Perspectives**\n\n\
Leaders of Russia and China meet. Picture source: Kremlin, \
<a href=\"http://en.kremlin.ru/events/70748\">http://en.kremlin.ru/events/70748</a>>.\n\n\
# Russia, China and the Arctic\n\n\
By Anna Lindqvist and Bo Chen\n\n\
he Arctic warms fast, and Russia wants more trade with China and\n\n\
#### Prospects & Perspectives No. 90 May 1, 2025\n\n\
*India*. The inter-\nnational response is slow.[1]\n\n\
#### Ports\n\n\
Beijing calls itself a \u{201c}near-Arctic state\u{201d} \u{2014} the most crucial\n\n\
stakeholder claim.\n\n\
#### Notes\n\n\
[1] Rosatom, 2024.\n";

const ALLIANCES: &str = "Alliances\n\n\
Germany and France disagree.\tPoland wants NATO troops.\r\n\r\n\
Turkey r\u{00e9}sum\u{00e9}s talks \u{1F600} with Sweden.\n";

/// A small xorshift64* generator: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// A tree with one file replaced.
struct Overlay<'a> {
    base: &'a MemTree,
    path: &'a str,
    bytes: &'a [u8],
}

impl Tree for Overlay<'_> {
    fn read(&self, rel: &str) -> Result<Option<Vec<u8>>, VerifyError> {
        if rel == self.path {
            return Ok(Some(self.bytes.to_vec()));
        }
        self.base.read(rel)
    }

    fn list(&self) -> Result<Vec<String>, VerifyError> {
        self.base.list()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mutation {
    FlipByte {
        at: usize,
        mask: u8,
    },
    DeleteLine {
        line: usize,
    },
    /// A run of digits replaced by another number (offsets, indexes, sizes): not asked for by
    /// the issue, but it reaches the checks behind the parsers, where a crash would hide.
    Renumber {
        at: usize,
        value: usize,
    },
}

fn mutate(bytes: &[u8], rng: &mut Rng) -> (Mutation, Vec<u8>) {
    let mut out = bytes.to_vec();
    let runs: Vec<(usize, usize)> = digit_runs(bytes);
    let kind = rng.below(5);
    if kind == 4 && !runs.is_empty() {
        let (start, end) = runs[rng.below(runs.len())];
        let old: usize = std::str::from_utf8(&bytes[start..end])
            .ok()
            .and_then(|d| d.parse().ok())
            .unwrap_or(0);
        let value = match rng.below(3) {
            0 => old + 1,
            1 => old.saturating_sub(1 + rng.below(3)),
            _ => rng.below(1 << 20),
        };
        let value = if value == old { old + 7 } else { value };
        out.splice(start..end, value.to_string().into_bytes());
        (Mutation::Renumber { at: start, value }, out)
    } else if kind < 2 {
        let at = rng.below(bytes.len());
        let mask = 1 + rng.below(255) as u8;
        out[at] ^= mask;
        (Mutation::FlipByte { at, mask }, out)
    } else {
        // Lines with their line feed; a last line without one is a line too.
        let mut starts = vec![0];
        starts.extend(
            bytes
                .iter()
                .enumerate()
                .filter(|(i, &b)| b == b'\n' && i + 1 < bytes.len())
                .map(|(i, _)| i + 1),
        );
        let line = rng.below(starts.len());
        let end = starts.get(line + 1).copied().unwrap_or(bytes.len());
        out.drain(starts[line]..end);
        (Mutation::DeleteLine { line: line + 1 }, out)
    }
}

/// The maximal runs of ASCII digits of a file, as byte ranges.
fn digit_runs(bytes: &[u8]) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, b) in bytes.iter().enumerate() {
        match (b.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, bytes.len()));
    }
    runs
}

fn corpus() -> (MemTree, MemTree) {
    let tmp = tempfile::tempdir().unwrap();
    let mut sources = BTreeMap::new();
    for (name, text) in [("arctic.md", ARCTIC), ("alliances.txt", ALLIANCES)] {
        std::fs::write(tmp.path().join(name), text).unwrap();
        sources.insert(name.to_owned(), text.as_bytes().to_vec());
    }
    // Every format and the Web Annotation selectors: every kind of file and check.
    let export = pipeline::export(&[tmp.path().to_owned()], &common::everything());
    assert!(export.errors.is_empty(), "{:?}", export.errors);
    (MemTree::new(export.files), MemTree::new(sources))
}

#[test]
fn any_byte_flip_or_line_deletion_fails_and_names_the_file() {
    let (out, sources) = corpus();
    let baseline = verify::verify(&out, &sources, None).unwrap();
    assert!(baseline.ok(), "{:?}", baseline.findings);
    // The corpus exercises every check: spans with repairs, mentions.
    assert!(baseline.counts.spans > 20, "{:?}", baseline.counts);
    let targets: Vec<FileRef> = out
        .files
        .keys()
        .map(|k| FileRef::Output(k.clone()))
        .chain(sources.files.keys().map(|k| FileRef::Source(k.clone())))
        .collect();
    // 2 × (7 files + manifest) + corpus manifest, provenance.nq and .trig, index.html + sources.
    assert_eq!(targets.len(), 2 * 8 + 4 + 2);

    let outcomes: Vec<(usize, Mutation, Result<(), String>)> = (0..CASES)
        .into_par_iter()
        .map(|case| {
            let mut rng = Rng::new(SEED ^ case.wrapping_mul(0x1000_0000_01b3));
            let t = rng.below(targets.len());
            let (tree, path) = match &targets[t] {
                FileRef::Output(p) => (&out, p.as_str()),
                FileRef::Source(p) => (&sources, p.as_str()),
                FileRef::Store { .. } => unreachable!("no store here"),
            };
            let (mutation, bytes) = mutate(&tree.files[path], &mut rng);
            assert_ne!(
                bytes, tree.files[path],
                "case {case}: {mutation:?} changed nothing"
            );
            let overlay = Overlay {
                base: tree,
                path,
                bytes: &bytes,
            };
            let report = match &targets[t] {
                FileRef::Output(_) => verify::verify(&overlay, &sources, None),
                _ => verify::verify(&out, &overlay, None),
            }
            .unwrap();
            let result = if report.ok() {
                Err("verify passed".to_owned())
            } else if !report.findings.iter().any(|f| f.file == targets[t]) {
                Err(format!(
                    "no finding names it; findings: {:?}",
                    report
                        .findings
                        .iter()
                        .map(|f| f.to_string())
                        .collect::<Vec<_>>()
                ))
            } else {
                Ok(())
            };
            (
                t,
                mutation,
                result.map_err(|e| format!("case {case}: {} {mutation:?}: {e}", targets[t])),
            )
        })
        .collect();

    let failures: Vec<&String> = outcomes
        .iter()
        .filter_map(|(_, _, r)| r.as_ref().err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {CASES} cases failed:\n{failures:#?}",
        failures.len()
    );
    // Every file was hit, by both kinds of mutation.
    for (t, target) in targets.iter().enumerate() {
        let hits: Vec<&Mutation> = outcomes.iter().filter(|o| o.0 == t).map(|o| &o.1).collect();
        assert!(
            hits.iter().any(|m| matches!(m, Mutation::FlipByte { .. })),
            "{target}: {hits:?}"
        );
        assert!(
            hits.iter()
                .any(|m| matches!(m, Mutation::DeleteLine { .. })),
            "{target}: {hits:?}"
        );
    }
}
