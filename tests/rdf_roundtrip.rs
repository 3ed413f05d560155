//! Every serialisation of every brief holds the same graph: N-Quads and TriG as a dataset,
//! JSON-LD as its one-graph form (the claims' assertion graphs folded into the claim nodes,
//! `briefkg::emit::claims::fold`), N-Triples and Turtle as the triples of that one-graph form.
//! No blank nodes anywhere.

mod common;

use std::collections::BTreeSet;

use oxjsonld::JsonLdParser;
use oxrdf::{Quad, Term, Triple};
use oxttl::{NQuadsParser, NTriplesParser, TriGParser, TurtleParser};

/// The brief folders of an export of the bundled briefs in every format (lean, and with Web
/// Annotation selectors).
fn brief_dirs(tmp: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut dirs = Vec::new();
    for (name, options) in [
        ("lean", common::all_formats()),
        ("wa", common::everything()),
    ] {
        dirs.extend(common::brief_dirs(&common::export_briefs(
            tmp, name, &options,
        )));
    }
    assert_eq!(dirs.len(), 8);
    dirs
}

fn quads_of(parsed: impl Iterator<Item = Quad>) -> BTreeSet<String> {
    parsed
        .map(|q| {
            assert!(!q.subject.is_blank_node(), "blank node subject: {q}");
            assert!(
                !matches!(q.object, Term::BlankNode(_)),
                "blank node object: {q}"
            );
            q.to_string()
        })
        .collect()
}

fn triples_of(parsed: impl Iterator<Item = Triple>) -> BTreeSet<String> {
    parsed.map(|t| t.to_string()).collect()
}

#[test]
fn all_formats_hold_the_same_graph() {
    let tmp = tempfile::tempdir().unwrap();
    for dir in brief_dirs(tmp.path()) {
        assert_same_graph_in_every_format(&dir, 500);
    }
}

/// The hostile fixture (markup-like characters, quotes, backslashes, tabs, line separators,
/// emoji, combining marks, right-to-left text, in the text and in the file name): the parsers
/// (which validate every IRI and literal) read every format back to one graph.
#[test]
fn hostile_text_makes_valid_iris_and_literals_in_every_format() {
    let tmp = tempfile::tempdir().unwrap();
    let out = common::export_hostile(tmp.path());
    let dirs = common::brief_dirs(&out);
    assert_eq!(dirs.len(), 1);
    assert_same_graph_in_every_format(&dirs[0], 300);
    let nq = std::fs::read(dirs[0].join("brief.nq")).unwrap();
    let literals: BTreeSet<String> = NQuadsParser::new()
        .for_slice(&nq)
        .filter_map(|q| match q.unwrap().object {
            Term::Literal(l) => Some(l.value().to_owned()),
            _ => None,
        })
        .collect();
    // `` `Ticks` `` is a CommonMark code span: its backquotes are markup.
    let title = "Hostile <\"Text\"> \\ {Title} | ^ Ticks \t🦀 Cafe\u{301} \
                 \u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{202e}evil\u{202c}";
    assert!(literals.contains(title), "the title survives byte for byte");
    assert!(literals.contains("Zoë \"Zed\" <\\Back> O'Brien"));
    assert!(literals
        .iter()
        .any(|l| l.contains('\u{2028}') && l.contains('\u{85}')));
}

fn assert_same_graph_in_every_format(dir: &std::path::Path, at_least: usize) {
    let read = |f: &str| std::fs::read(dir.join(f)).unwrap();
    let nq = quads_of(
        NQuadsParser::new()
            .for_slice(&read("brief.nq"))
            .map(|q| q.unwrap()),
    );
    assert!(nq.len() > at_least, "{}", dir.display());
    let trig = quads_of(
        TriGParser::new()
            .for_slice(&read("brief.trig"))
            .map(|q| q.unwrap()),
    );
    assert_eq!(nq, trig, "TriG differs in {}", dir.display());
    let nq_quads: Vec<Quad> = NQuadsParser::new()
        .for_slice(&read("brief.nq"))
        .map(|q| q.unwrap())
        .collect();
    let folded = briefkg::emit::claims::fold(&nq_quads);
    let jsonld = quads_of(
        JsonLdParser::new()
            .for_slice(&read("brief.jsonld"))
            .map(|q| q.unwrap()),
    );
    assert_eq!(
        quads_of(folded.iter().cloned()),
        jsonld,
        "JSON-LD differs in {}",
        dir.display()
    );

    let nq_triples: BTreeSet<String> = folded
        .into_iter()
        .map(|q| Triple::from(q).to_string())
        .collect();
    let nt = triples_of(
        NTriplesParser::new()
            .for_slice(&read("brief.nt"))
            .map(|t| t.unwrap()),
    );
    assert_eq!(nq_triples, nt, "N-Triples differs in {}", dir.display());
    let ttl = triples_of(
        TurtleParser::new()
            .for_slice(&read("brief.ttl"))
            .map(|t| t.unwrap()),
    );
    assert_eq!(nq_triples, ttl, "Turtle differs in {}", dir.display());
}

#[test]
fn jsonld_uses_the_bundled_context_inline() {
    let context: serde_json::Value = serde_json::from_slice(
        &std::fs::read(common::root().join("schemas/context.jsonld")).unwrap(),
    )
    .unwrap();
    for dir in common::output_brief_dirs() {
        let doc: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("brief.jsonld")).unwrap()).unwrap();
        assert_eq!(doc["@context"][0], context["@context"], "{}", dir.display());
        // The second context object holds only the brief's own namespaces, each of which the
        // document uses.
        let own = doc["@context"][1].as_object().unwrap();
        assert!(own.contains_key("b"), "{}", dir.display());
        let text = String::from_utf8(std::fs::read(dir.join("brief.jsonld")).unwrap()).unwrap();
        for prefix in own.keys() {
            assert!(
                text.matches(&format!("\"{prefix}:")).count() >= 1,
                "{prefix} declared but unused in {}",
                dir.display()
            );
        }
        assert!(doc["@context"].as_array().unwrap().len() == 2);
    }
}
