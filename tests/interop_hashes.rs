//! (Interop tests of the hashes; `tests/interop.rs` holds those of the formats, shapes and stores.)
//! Independent implementations agree with briefkg's hashes: pyld's URDNA2015 canonicalisation
//! (the algorithm RDFC-1.0 standardised) gives every graph hash from the N-Quads, and from the
//! JSON-LD the hash of its one-graph (folded) form; and a Python re-implementation of the scheme in `schemas/README.md`
//! (`tests/interop/recheck.py`) re-checks every file, root, run, span and statement hash.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use briefkg::provenance::manifest::CorpusManifest;

fn python(script: &str, args: &[&Path]) -> std::process::Output {
    Command::new("python3")
        .arg(common::root().join("tests/interop").join(script))
        .args(args)
        .output()
        .expect("python3 runs (run scripts/install-test-deps.sh)")
}

#[test]
#[ignore = "needs pyld: run scripts/install-test-deps.sh"]
fn pyld_gives_every_graph_hash_of_the_manifests() {
    let tmp = tempfile::tempdir().unwrap();
    let out = common::export_briefs(tmp.path(), "out", &common::all_formats());
    let corpus: CorpusManifest =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let mut expected = BTreeMap::new();
    for b in &corpus.briefs {
        expected.insert(out.join(&b.name).join("brief.nq"), b.graph_sha256.clone());
        // JSON-LD holds the one-graph form (claims' assertion graphs folded into the claim
        // nodes): pyld's hash of it is that of the folded N-Quads, computed here by briefkg.
        let quads: Vec<oxrdf::Quad> = oxttl::NQuadsParser::new()
            .for_slice(&std::fs::read(out.join(&b.name).join("brief.nq")).unwrap())
            .map(|q| q.unwrap())
            .collect();
        let folded = briefkg::emit::claims::fold(&quads);
        assert_ne!(folded.len(), quads.len(), "{}: claims are folded", b.name);
        let (_, folded_hash) = briefkg::provenance::hash::canonical_nquads(&folded);
        expected.insert(out.join(&b.name).join("brief.jsonld"), folded_hash);
    }
    expected.insert(out.join("provenance.nq"), corpus.run.graph_sha256.clone());
    let paths: Vec<&Path> = expected.keys().map(|p| p.as_path()).collect();
    let o = python("pyld_canon.py", &paths);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let found: BTreeMap<_, _> = String::from_utf8(o.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let (p, h) = l.split_once('\t').unwrap();
            (Path::new(p).to_owned(), h.to_owned())
        })
        .collect();
    assert_eq!(found.len(), 4 * 2 + 1);
    assert_eq!(found, expected);
}

#[test]
#[ignore = "needs pyld and rdflib: run scripts/install-test-deps.sh"]
fn a_python_reimplementation_rechecks_every_hash_and_catches_a_change() {
    let root = common::root();
    let tmp = tempfile::tempdir().unwrap();
    // The committed output (TriG) and an export in every format (read from its N-Quads).
    let full = common::export_briefs(tmp.path(), "full", &common::all_formats());
    for out in [root.join("output"), full.clone()] {
        let o = python("recheck.py", &[&out, &root.join("briefs")]);
        let stdout = String::from_utf8_lossy(&o.stdout).into_owned();
        assert!(
            o.status.success(),
            "{}: {stdout}{}",
            out.display(),
            String::from_utf8_lossy(&o.stderr)
        );
        let counts: serde_json::Value =
            serde_json::from_str(stdout.lines().last().unwrap()).unwrap();
        assert!(counts["spans"].as_u64().unwrap() > 500, "{counts}");
        assert!(counts["repairs"].as_u64().unwrap() > 80, "{counts}");
    }

    // The same script on a copy with one sentence's nif:anchorOf changed in brief.nq fails and
    // names the file.
    let out = full;
    let nq = out.join("dev-india-china-border/brief.nq");
    let text = std::fs::read_to_string(&nq).unwrap();
    let line = text
        .lines()
        .find(|l| {
            l.contains("#s")
                && l.contains(
                    "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf>",
                )
        })
        .unwrap()
        .to_owned();
    let changed = line.replacen("the", "teh", 1);
    assert_ne!(line, changed);
    std::fs::write(&nq, text.replacen(&line, &changed, 1)).unwrap();
    let o = python("recheck.py", &[&out, &root.join("briefs")]);
    assert_eq!(o.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("dev-india-china-border/brief.nq:") && stdout.contains("nif:anchorOf"),
        "{stdout}"
    );
}
