//! briefkg writes N-Triples, N-Quads, Turtle and TriG straight into byte buffers
//! (`src/emit/quads.rs`, `src/emit/turtle.rs`) instead of through oxttl's serialisers, for
//! speed. The bytes must stay exactly what oxttl writes for the same quads and prefixes: these
//! tests compare the two on every bundled brief (with and without Web Annotation selectors) and
//! on hand-made quads that reach the corners (blank nodes, the default graph, several graphs,
//! language tags, numbers and booleans written bare, every escaped character, local names that
//! need escaping or cannot be written, duplicates and unsorted order).

mod common;

use briefkg::emit::iri::Iris;
use briefkg::emit::rdf::Profile;
use briefkg::emit::{serialize_quads, used_prefixes, Format};
use oxrdf::{BlankNode, GraphName, Literal, NamedNode, Quad, Term, Triple};
use oxttl::{NQuadsSerializer, NTriplesSerializer, TriGSerializer, TurtleSerializer};

/// What oxttl writes for `quads` (in their order; for N-Triples and Turtle, claims' assertion
/// graphs folded by `claims::fold`) in `format`, with the prefixes `used_prefixes` picks: the
/// serialisation briefkg wrote before its own writers.
fn oxttl_bytes(format: Format, quads: &[Quad], prefixes: &[(String, String)]) -> Vec<u8> {
    // The formats of one graph hold claims' assertion graphs folded into the claim nodes.
    let folded = briefkg::emit::claims::fold(quads);
    let quads = match format {
        Format::NTriples | Format::Turtle => &folded[..],
        _ => quads,
    };
    match format {
        Format::NTriples => {
            let mut w = NTriplesSerializer::new().for_writer(Vec::new());
            for q in quads {
                w.serialize_triple(&Triple::from(q.clone())).unwrap();
            }
            w.finish()
        }
        Format::NQuads => {
            let mut w = NQuadsSerializer::new().for_writer(Vec::new());
            for q in quads {
                w.serialize_quad(q).unwrap();
            }
            w.finish()
        }
        Format::Turtle => {
            let mut s = TurtleSerializer::new();
            for (p, iri) in used_prefixes(quads, prefixes) {
                s = s.with_prefix(p, iri).unwrap();
            }
            let mut w = s.for_writer(Vec::new());
            for q in quads {
                w.serialize_triple(&Triple::from(q.clone())).unwrap();
            }
            w.finish().unwrap()
        }
        Format::TriG => {
            let mut s = TriGSerializer::new();
            for (p, iri) in used_prefixes(quads, prefixes) {
                s = s.with_prefix(p, iri).unwrap();
            }
            let mut w = s.for_writer(Vec::new());
            for q in quads {
                w.serialize_quad(q).unwrap();
            }
            w.finish().unwrap()
        }
        other => panic!("{other:?} is not written by oxttl"),
    }
}

const OXTTL_FORMATS: [Format; 4] = [
    Format::NTriples,
    Format::NQuads,
    Format::Turtle,
    Format::TriG,
];

fn assert_same(what: &str, quads: &[Quad], prefixes: &[(String, String)]) {
    for format in OXTTL_FORMATS {
        let ours = serialize_quads(format, quads, prefixes);
        let theirs = oxttl_bytes(format, quads, prefixes);
        if ours != theirs {
            let at = ours
                .iter()
                .zip(&theirs)
                .position(|(a, b)| a != b)
                .unwrap_or(ours.len().min(theirs.len()));
            let from = at.saturating_sub(120);
            panic!(
                "{what}, {format:?}: first difference at byte {at}\nours:  {}\noxttl: {}",
                String::from_utf8_lossy(&ours[from..(at + 120).min(ours.len())]),
                String::from_utf8_lossy(&theirs[from..(at + 120).min(theirs.len())]),
            );
        }
        if format == Format::TriG {
            assert_read_back(what, &ours, quads, prefixes);
        }
    }
}

/// `verify`'s fast reader of briefkg's own TriG gives what oxttl reads from the same bytes,
/// in file order; it leaves graphs with blank nodes (which briefkg never writes) to oxttl.
fn assert_read_back(what: &str, trig: &[u8], quads: &[Quad], prefixes: &[(String, String)]) {
    let fast = briefkg::emit::read::own_trig(trig, prefixes);
    let blank = quads.iter().any(|q| {
        q.subject.is_blank_node()
            || matches!(q.object, Term::BlankNode(_))
            || matches!(q.graph_name, GraphName::BlankNode(_))
    });
    if blank {
        assert!(fast.is_none(), "{what}: blank nodes are left to oxttl");
        return;
    }
    let strict: Vec<Quad> = oxttl::TriGParser::new()
        .for_slice(trig)
        .collect::<Result<_, _>>()
        .unwrap();
    let fast = fast.unwrap_or_else(|| panic!("{what}: the fast reader refused briefkg's TriG"));
    assert_eq!(fast.to_quads(), strict, "{what}: the fast reader's quads");
}

#[test]
fn every_bundled_brief_is_written_as_oxttl_writes_it() {
    let briefs = common::sample_briefs();
    assert!(!briefs.is_empty());
    for path in briefs {
        let doc = common::analyze(&path);
        let iris = Iris::new(briefkg::emit::vocab::DEFAULT_BASE_IRI, &doc.source.sha256);
        for web_annotation in [false, true] {
            let quads = briefkg::emit::rdf::quads(&doc, &iris, Profile { web_annotation });
            assert!(quads.len() > 50, "{}: a real graph", path.display());
            // The compact graph's canonical order is that of the N-Quads lines, no duplicate.
            let lines: Vec<String> = quads.iter().map(|q| q.to_string()).collect();
            assert!(
                lines.windows(2).all(|w| w[0] < w[1]),
                "{}: quads in canonical order",
                path.display()
            );
            let what = format!("{} (web annotation {web_annotation})", path.display());
            assert_same(&what, &quads, &iris.prefixes());
        }
    }
}

fn iri(s: &str) -> NamedNode {
    NamedNode::new(s).unwrap()
}

/// Quads that reach what the bundled briefs do not: every kind of term, position and escape.
fn corner_quads() -> Vec<Quad> {
    let ex = "http://example.org/ns#";
    let g1 = GraphName::NamedNode(iri("http://example.org/graph/1"));
    let g2 = GraphName::NamedNode(iri("http://example.org/graph/2"));
    let blank_graph = GraphName::BlankNode(BlankNode::new("g0").unwrap());
    let s = iri(&format!("{ex}s"));
    let b = BlankNode::new("b1").unwrap();
    let p = iri(&format!("{ex}p"));
    let typ = iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    let xsd = |t: &str| iri(&format!("http://www.w3.org/2001/XMLSchema#{t}"));
    let locals = [
        "plain", "a.b", "ends.", "-dash", "1digit", "_under", "a~b", "a/b", "a%20b", "a:b", "",
        "é", "a b", "a#b", "x?y", "a,b", "a'b", "a!b",
    ];
    let literals = [
        Literal::new_simple_literal("plain"),
        Literal::new_simple_literal("quote \" backslash \\ newline \n tab \t cr \r"),
        Literal::new_simple_literal("controls \u{0}\u{1}\u{8}\u{b}\u{c}\u{1f}\u{7f} end"),
        Literal::new_simple_literal("non-characters \u{fffe} \u{ffff} and \u{fffd} \u{10ffff}"),
        Literal::new_simple_literal(""),
        Literal::new_language_tagged_literal("chat", "fr").unwrap(),
        Literal::new_language_tagged_literal("colour", "en-GB").unwrap(),
        Literal::new_typed_literal("42", xsd("integer")),
        Literal::new_typed_literal("-7", xsd("integer")),
        Literal::new_typed_literal("+7", xsd("integer")),
        Literal::new_typed_literal("4 2", xsd("integer")),
        Literal::new_typed_literal("3.14", xsd("decimal")),
        Literal::new_typed_literal(".5", xsd("decimal")),
        Literal::new_typed_literal("5.", xsd("decimal")),
        Literal::new_typed_literal("1e10", xsd("double")),
        Literal::new_typed_literal("-1.5E-3", xsd("double")),
        Literal::new_typed_literal("NaN", xsd("double")),
        Literal::new_typed_literal("true", xsd("boolean")),
        Literal::new_typed_literal("false", xsd("boolean")),
        Literal::new_typed_literal("1", xsd("boolean")),
        Literal::new_typed_literal("12", xsd("nonNegativeInteger")),
        Literal::new_typed_literal("2024-01-31", xsd("date")),
        Literal::new_typed_literal("x", iri(&format!("{ex}custom"))),
    ];
    let mut quads = Vec::new();
    for (i, l) in literals.iter().enumerate() {
        let g = [&g1, &g2, &GraphName::DefaultGraph][i % 3].clone();
        quads.push(Quad::new(s.clone(), p.clone(), l.clone(), g));
    }
    for local in locals {
        let Ok(node) = NamedNode::new(format!("{ex}{local}")) else {
            continue;
        };
        quads.push(Quad::new(
            node.clone(),
            typ.clone(),
            iri(&format!("{ex}Class")),
            g1.clone(),
        ));
        quads.push(Quad::new(s.clone(), node.clone(), node.clone(), g1.clone()));
    }
    quads.push(Quad::new(b.clone(), p.clone(), s.clone(), g1.clone()));
    quads.push(Quad::new(s.clone(), p.clone(), b.clone(), g1.clone()));
    quads.push(Quad::new(
        b.clone(),
        typ.clone(),
        iri(&format!("{ex}Class")),
        blank_graph,
    ));
    quads.push(Quad::new(
        s.clone(),
        typ.clone(),
        iri(&format!("{ex}Class")),
        g2.clone(),
    ));
    quads.push(Quad::new(
        iri("http://other.example/x"),
        p.clone(),
        iri("http://other.example/y"),
        GraphName::DefaultGraph,
    ));
    // A duplicate, and a subject that comes back after another one.
    quads.push(quads[0].clone());
    quads.push(Quad::new(
        s.clone(),
        p.clone(),
        Literal::new_simple_literal("again"),
        g1,
    ));
    quads
}

#[test]
fn corner_quads_are_written_as_oxttl_writes_them() {
    let quads = corner_quads();
    let prefixes = vec![
        ("ex".to_owned(), "http://example.org/ns#".to_owned()),
        ("exg".to_owned(), "http://example.org/graph/".to_owned()),
        ("e".to_owned(), "http://example.org/".to_owned()),
        ("unused".to_owned(), "http://unused.example/".to_owned()),
    ];
    // In the order given, sorted as the emitter sorts, and reversed.
    assert_same("corner quads", &quads, &prefixes);
    let mut sorted = quads.clone();
    sorted.sort_by_cached_key(|q| q.to_string());
    sorted.dedup();
    assert_same("corner quads, sorted", &sorted, &prefixes);
    let mut reversed = quads.clone();
    reversed.reverse();
    assert_same("corner quads, reversed", &reversed, &[]);
    // Without their blank nodes, so that `verify`'s fast TriG reader reads every escape too.
    let named: Vec<Quad> = quads
        .into_iter()
        .filter(|q| {
            !q.subject.is_blank_node()
                && !matches!(q.object, Term::BlankNode(_))
                && !matches!(q.graph_name, GraphName::BlankNode(_))
        })
        .collect();
    assert!(named.len() > 10);
    assert_same("corner quads without blank nodes", &named, &prefixes);
}

#[test]
fn the_graph_hash_is_that_of_the_canonical_nquads() {
    // `render` hashes the compact graph's own canonical N-Quads; the reference hashes
    // oxrdf's canonical form of the same quads.
    let options = briefkg::pipeline::Options::default();
    for path in common::sample_briefs() {
        let doc = common::analyze(&path);
        let iris = Iris::new(&options.base_iri, &doc.source.sha256);
        let quads = briefkg::emit::rdf::quads(&doc, &iris, options.profile);
        let rendered = briefkg::pipeline::render(&doc, &options);
        assert_eq!(
            rendered.entry.graph_sha256,
            briefkg::pipeline::graph_sha256(&quads),
            "{}",
            path.display()
        );
    }
}
