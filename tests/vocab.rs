//! `schemas/vocab.ttl` describes exactly the own terms the code writes, each with a label and a
//! comment, properties with a range; and the output uses no own term it does not describe.

mod common;

use std::collections::BTreeSet;

use briefkg::emit::vocab::{BKG, OWN_TERMS};
use oxttl::{NQuadsParser, TurtleParser};

#[test]
fn vocab_ttl_describes_every_own_term_and_no_other() {
    let ttl = std::fs::read(common::root().join("schemas/vocab.ttl")).unwrap();
    let triples: Vec<_> = TurtleParser::new()
        .for_slice(&ttl)
        .map(|t| t.unwrap())
        .collect();
    let described: BTreeSet<String> = triples
        .iter()
        .filter_map(|t| {
            t.subject
                .to_string()
                .strip_prefix(&format!("<{BKG}"))?
                .strip_suffix('>')
                .map(str::to_owned)
        })
        .filter(|s| !s.is_empty())
        .collect();
    let expected: BTreeSet<String> = OWN_TERMS.iter().map(|s| s.to_string()).collect();
    assert_eq!(described, expected);
    for term in OWN_TERMS {
        let subject = format!("<{BKG}{term}>");
        let has = |p: &str| {
            triples
                .iter()
                .any(|t| t.subject.to_string() == subject && t.predicate.as_str() == p)
        };
        assert!(
            has("http://www.w3.org/2000/01/rdf-schema#label"),
            "{term} has no label"
        );
        assert!(
            has("http://www.w3.org/2000/01/rdf-schema#comment"),
            "{term} has no comment"
        );
        if term.starts_with(char::is_lowercase) {
            assert!(
                has("http://www.w3.org/2000/01/rdf-schema#range"),
                "{term} has no range"
            );
        }
    }
}

#[test]
fn output_uses_only_described_own_terms() {
    let mut used = BTreeSet::new();
    for path in common::sample_briefs() {
        let name = briefkg::pipeline::output_name(&path.file_name().unwrap().to_string_lossy());
        let nq = std::fs::read(common::root().join("output").join(name).join("brief.nq")).unwrap();
        for q in NQuadsParser::new().for_slice(&nq) {
            let q = q.unwrap();
            for iri in [q.predicate.to_string(), q.object.to_string()] {
                if let Some(local) = iri.strip_prefix(&format!("<{BKG}")) {
                    used.insert(local.trim_end_matches('>').to_owned());
                }
            }
        }
    }
    let known: BTreeSet<String> = OWN_TERMS.iter().map(|s| s.to_string()).collect();
    assert!(
        used.is_subset(&known),
        "undescribed: {:?}",
        used.difference(&known).collect::<Vec<_>>()
    );
    assert_eq!(used, known, "described terms the output never uses");
}
