//! `schemas/vocab.ttl` describes exactly the own terms the code writes: classes with a label and
//! a comment, properties also with a domain and a range; the output uses no own term it does
//! not describe, and every own property in the output keeps to its domain and range.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use briefkg::emit::vocab::{BKG, OWL, RDF, RDFS, SCHEMA, XSD};
use oxrdf::{Graph, NamedNodeRef, NamedOrBlankNodeRef, Term, TermRef, Triple};
use oxttl::TurtleParser;

use common::objects;

fn vocab() -> Graph {
    let ttl = std::fs::read(common::root().join("schemas/vocab.ttl")).unwrap();
    TurtleParser::new()
        .for_slice(&ttl)
        .map(|t| t.unwrap())
        .collect()
}

fn iri(ns: &str, local: &str) -> String {
    format!("{ns}{local}")
}

/// Every triple of the committed output and of an export with Web Annotation selectors, and
/// of their one-graph forms (claims' assertions folded into the claim nodes, as N-Triples,
/// Turtle and JSON-LD hold them).
fn output_triples() -> Vec<Triple> {
    let tmp = tempfile::tempdir().unwrap();
    let full = common::export_briefs(tmp.path(), "full", &common::everything());
    [common::root().join("output"), full]
        .iter()
        .flat_map(|d| {
            let quads: Vec<oxrdf::Quad> =
                briefkg::store::dataset::read(d).unwrap().quads().collect();
            let folded = briefkg::emit::claims::fold(&quads);
            quads
                .into_iter()
                .chain(folded)
                .map(Triple::from)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn vocab_ttl_describes_every_own_term_and_no_other() {
    let g = vocab();
    let described: BTreeSet<String> = g
        .iter()
        .filter_map(|t| match t.subject {
            NamedOrBlankNodeRef::NamedNode(n) => n.as_str().strip_prefix(BKG).map(str::to_owned),
            NamedOrBlankNodeRef::BlankNode(_) => None,
        })
        .filter(|s| !s.is_empty())
        .collect();
    let expected: BTreeSet<String> = briefkg::emit::vocab::OWN_TERMS
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(described, expected);
    for term in briefkg::emit::vocab::OWN_TERMS {
        let subject = iri(BKG, term);
        let subject = NamedNodeRef::new_unchecked(&subject);
        let has = |p: &str| !objects(&g, subject.into(), &iri(RDFS, p)).is_empty();
        assert!(has("label"), "{term} has no label");
        assert!(has("comment"), "{term} has no comment");
        if term.starts_with(char::is_lowercase) {
            assert!(has("domain"), "{term} has no domain");
            assert!(has("range"), "{term} has no range");
        }
    }
}

#[test]
fn output_uses_only_described_own_terms() {
    let mut used = BTreeSet::new();
    for t in output_triples() {
        for iri in [t.predicate.as_str().to_owned(), t.object.to_string()] {
            if let Some(local) = iri.trim_start_matches('<').strip_prefix(BKG) {
                used.insert(local.trim_end_matches('>').to_owned());
            }
        }
    }
    // The classes of the vocabulary's own individuals the output uses (`bkg:Asserted` is a
    // `bkg:Modality`) are used through them.
    let g = vocab();
    for local in used.clone() {
        let term = iri(BKG, &local);
        for class in objects(
            &g,
            NamedNodeRef::new_unchecked(&term).into(),
            &iri(RDF, "type"),
        ) {
            if let TermRef::NamedNode(c) = class {
                if let Some(l) = c.as_str().strip_prefix(BKG) {
                    used.insert(l.to_owned());
                }
            }
        }
    }
    let known: BTreeSet<String> = briefkg::emit::vocab::OWN_TERMS
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert!(
        used.is_subset(&known),
        "undescribed: {:?}",
        used.difference(&known).collect::<Vec<_>>()
    );
    assert_eq!(used, known, "described terms the output never uses");
}

/// The classes a domain or range names: the class itself, or the members of its
/// `owl:unionOf` list.
fn classes_of(g: &Graph, class: TermRef<'_>) -> Vec<String> {
    match class {
        TermRef::NamedNode(n) => vec![n.as_str().to_owned()],
        TermRef::BlankNode(b) => {
            let mut out = Vec::new();
            let mut list = objects(g, b.into(), &iri(OWL, "unionOf"));
            while let Some(TermRef::BlankNode(cell)) = list.pop() {
                for first in objects(g, cell.into(), &iri(RDF, "first")) {
                    out.extend(classes_of(g, first));
                }
                list = objects(g, cell.into(), &iri(RDF, "rest"));
            }
            out
        }
        _ => Vec::new(),
    }
}

#[test]
fn output_keeps_to_every_own_property_domain_and_range() {
    let g = vocab();
    // Superclasses from vocab.ttl (rdfs:subClassOf), plus: every schema.org class is a
    // schema:Thing.
    let mut supers: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for t in g.iter() {
        if t.predicate.as_str() == iri(RDFS, "subClassOf") {
            if let (NamedOrBlankNodeRef::NamedNode(s), TermRef::NamedNode(o)) =
                (t.subject, t.object)
            {
                supers
                    .entry(s.as_str().to_owned())
                    .or_default()
                    .insert(o.as_str().to_owned());
            }
        }
    }
    let triples = output_triples();
    let mut types: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    // Individuals of the vocabulary (bkg:Reported a bkg:Modality) are typed there.
    let declared: Vec<Triple> = g.iter().map(|t| t.into_owned()).collect();
    for t in declared.iter().chain(&triples) {
        if t.predicate.as_str() == iri(RDF, "type") {
            if let Term::NamedNode(class) = &t.object {
                let set = types.entry(t.subject.to_string()).or_default();
                set.insert(class.as_str().to_owned());
                set.extend(supers.get(class.as_str()).into_iter().flatten().cloned());
                if class.as_str().starts_with(SCHEMA) {
                    set.insert(iri(SCHEMA, "Thing"));
                }
            }
        }
    }
    let mut checked = BTreeSet::new();
    for t in &triples {
        let Some(local) = t.predicate.as_str().strip_prefix(BKG) else {
            continue;
        };
        let property = NamedNodeRef::new_unchecked(t.predicate.as_str());
        let subject_types = types
            .get(&t.subject.to_string())
            .cloned()
            .unwrap_or_default();
        for domain in objects(&g, property.into(), &iri(RDFS, "domain")) {
            let allowed = classes_of(&g, domain);
            assert!(
                allowed.iter().any(|c| subject_types.contains(c)),
                "{local}: subject {} has types {subject_types:?}, none in the domain {allowed:?}",
                t.subject
            );
        }
        for range in objects(&g, property.into(), &iri(RDFS, "range")) {
            // A class, or a union of classes (`[ owl:unionOf ( … ) ]`).
            let allowed = classes_of(&g, range);
            assert!(!allowed.is_empty(), "{local}: range {range} names no class");
            match &t.object {
                Term::Literal(l) if allowed.iter().any(|r| r.starts_with(XSD)) => assert!(
                    allowed.iter().any(|r| l.datatype().as_str() == r),
                    "{local}: literal {l} outside its range {allowed:?}"
                ),
                Term::NamedNode(n) => assert!(
                    allowed.iter().any(|r| *r == iri(RDFS, "Resource")
                        || types.get(&n.to_string()).is_some_and(|ts| ts.contains(r))),
                    "{local}: object {n} is not in {allowed:?}"
                ),
                other => panic!("{local}: object {other} does not fit the range {allowed:?}"),
            }
        }
        checked.insert(local.to_owned());
    }
    assert_eq!(
        checked.len(),
        briefkg::emit::vocab::OWN_TERMS
            .iter()
            .filter(|t| t.starts_with(char::is_lowercase))
            .count(),
        "every own property was checked: {checked:?}"
    );
}
