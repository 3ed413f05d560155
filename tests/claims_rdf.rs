//! Claims in the graph: their nodes, their assertion graphs (named graphs in N-Quads and TriG,
//! folded into the claim nodes in N-Triples, Turtle and JSON-LD), and `verify` catching a claim
//! or an assertion graph changed consistently everywhere (files, manifests, hashes).

mod common;

use briefkg::emit::iri::Iris;
use briefkg::emit::vocab::{BKG, DEFAULT_BASE_IRI, PROV, SCHEMA};
use briefkg::emit::{claims, rdf, read, Format};
use briefkg::kb::Kb;
use briefkg::model::Document;
use briefkg::pipeline::{self, Rendered};
use briefkg::provenance::verify::{self, Check, DirTree, MemTree, Report};
use oxrdf::{GraphName, NamedNode, Quad, Term};

fn brief(name: &str) -> Document {
    common::analyze(&common::root().join("briefs").join(name))
}

fn quads(doc: &Document) -> Vec<Quad> {
    let iris = Iris::new(DEFAULT_BASE_IRI, &doc.source.sha256);
    rdf::quads(doc, &iris, Default::default())
}

fn p(ns: &str, local: &str) -> String {
    format!("{ns}{local}")
}

/// Verifies the export of the bundled briefs with `forged` quads for `doc` (rendered
/// consistently: files, manifests and hashes agree with the forged graph).
fn verify_forged(doc: &Document, forged: Vec<Quad>) -> Report {
    let options = common::all_formats();
    let docs: Vec<Document> = common::sample_briefs()
        .iter()
        .map(|p| common::analyze(p))
        .collect();
    let mut rendered: Vec<Rendered> = docs.iter().map(|d| pipeline::render(d, &options)).collect();
    let i = docs
        .iter()
        .position(|d| d.source.name == doc.source.name)
        .unwrap();
    let mut forged = forged;
    forged.sort_by_cached_key(|q| q.to_string());
    rendered[i] = pipeline::render_quads(&docs[i], forged, &options);
    let tree = MemTree::new(pipeline::assemble(&rendered, &Kb::bundled(), &options));
    verify::verify(&tree, &DirTree::new(common::root().join("briefs")), None).unwrap()
}

fn statement_findings(r: &Report) -> Vec<String> {
    r.findings
        .iter()
        .filter(|f| f.check == Check::Statement)
        .map(|f| f.to_string())
        .collect()
}

#[test]
fn every_claim_has_its_node_and_its_proposition_in_a_graph_of_its_own() {
    let doc = brief("pp65-russia-north-korea.md");
    let q = quads(&doc);
    let claim_nodes: Vec<&Quad> = q
        .iter()
        .filter(|q| {
            q.predicate.as_str() == p(briefkg::emit::vocab::RDF, "type")
                && q.object.to_string() == format!("<{SCHEMA}Claim>")
        })
        .collect();
    assert_eq!(claim_nodes.len(), doc.claims.len());
    let brief_graph = Iris::new(DEFAULT_BASE_IRI, &doc.source.sha256).graph();
    let assertion_graphs: Vec<&Quad> = q
        .iter()
        .filter(|q| q.graph_name != GraphName::NamedNode(brief_graph.clone()))
        .collect();
    assert!(!assertion_graphs.is_empty());
    for a in &assertion_graphs {
        let GraphName::NamedNode(g) = &a.graph_name else {
            panic!("default graph")
        };
        assert!(g
            .as_str()
            .starts_with(&format!("{DEFAULT_BASE_IRI}assertion/")));
    }
    // North Korea supplies Moscow: a plain triple between the two entities (`Moscow`, the
    // capital standing for its government, is a metonymy of Russia).
    let supply = assertion_graphs.iter().any(|a| {
        a.subject.to_string().ends_with("country/prk>")
            && a.predicate.as_str().ends_with("predicate/supply")
            && a.object.to_string().ends_with("country/rus>")
    });
    assert!(supply, "no <prk> pred:supply <rus>");
    // Every claim is attributed, quoted from its evidence, and has a modality.
    for c in &claim_nodes {
        let has = |pred: &str| {
            q.iter()
                .any(|x| x.subject == c.subject && x.predicate.as_str() == pred)
        };
        assert!(has(&p(PROV, "wasQuotedFrom")));
        assert!(has(&p(BKG, "modality")));
        assert!(has(&p(PROV, "wasAttributedTo")), "{}", c.subject);
    }
}

#[test]
fn one_graph_formats_fold_the_assertions_and_read_back_to_the_same_dataset() {
    let doc = brief("pp65-russia-north-korea.md");
    let q = quads(&doc);
    let folded = claims::fold(&q);
    let brief_graph = Iris::new(DEFAULT_BASE_IRI, &doc.source.sha256).graph();
    assert!(folded
        .iter()
        .all(|x| x.graph_name == GraphName::NamedNode(brief_graph.clone())));
    assert!(folded
        .iter()
        .any(|x| x.predicate.as_str() == p(BKG, "subject")));
    assert_eq!(claims::unfold(folded), q);
    let prefixes = Iris::new(DEFAULT_BASE_IRI, &doc.source.sha256).prefixes();
    for format in [
        Format::NTriples,
        Format::Turtle,
        Format::JsonLd,
        Format::TriG,
        Format::NQuads,
    ] {
        let bytes = briefkg::emit::serialize_quads(format, &q, &prefixes);
        let mut back = read::parse(format, &bytes, &brief_graph).unwrap();
        back.sort_by_cached_key(|q| q.to_string());
        assert_eq!(back, q, "{format}");
    }
}

#[test]
fn a_claim_changed_consistently_everywhere_is_caught() {
    let doc = brief("dev-india-china-border.md");
    let mut q = quads(&doc);
    // Turn one claim's modality into another.
    let target = q
        .iter_mut()
        .find(|x| {
            x.predicate.as_str() == p(BKG, "modality")
                && x.object.to_string().ends_with("#Asserted>")
        })
        .unwrap();
    let claim = target.subject.to_string();
    target.object = Term::NamedNode(NamedNode::new_unchecked(p(BKG, "Negated")));
    let report = verify_forged(&doc, q);
    let found = statement_findings(&report);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].contains(claim.trim_matches(['<', '>'])),
        "{}",
        found[0]
    );
}

#[test]
fn an_assertion_graph_changed_consistently_everywhere_is_caught() {
    let doc = brief("pp65-russia-north-korea.md");
    let mut q = quads(&doc);
    let brief_graph = Iris::new(DEFAULT_BASE_IRI, &doc.source.sha256).graph();
    // Make North Korea the supplier of someone else.
    let target = q
        .iter_mut()
        .find(|x| {
            x.graph_name != GraphName::NamedNode(brief_graph.clone())
                && x.predicate.as_str().ends_with("predicate/supply")
        })
        .unwrap();
    target.object = Term::NamedNode(NamedNode::new_unchecked(format!(
        "{DEFAULT_BASE_IRI}entity/country/irn"
    )));
    let report = verify_forged(&doc, q);
    let found = statement_findings(&report);
    assert!(
        found
            .iter()
            .any(|f| f.contains("does not carry the hash of its content")),
        "{found:#?}"
    );
}

#[test]
fn a_quantity_moved_or_a_graph_dropped_is_caught() {
    let doc = brief("pp65-russia-north-korea.md");
    // A quantity's value changed: the claim's IRI no longer carries its statement's hash.
    let mut q = quads(&doc);
    let v = q
        .iter_mut()
        .find(|x| {
            x.predicate.as_str() == p(SCHEMA, "value") && x.object.to_string().contains("6000000")
        })
        .unwrap();
    v.object = oxrdf::Literal::new_typed_literal(
        "60000",
        NamedNode::new_unchecked("http://www.w3.org/2001/XMLSchema#integer"),
    )
    .into();
    let found = statement_findings(&verify_forged(&doc, q));
    assert_eq!(found.len(), 1, "{found:#?}");
    // An assertion graph removed: the claim names a graph that is not there.
    let q = quads(&doc);
    let brief_graph = GraphName::NamedNode(Iris::new(DEFAULT_BASE_IRI, &doc.source.sha256).graph());
    let first_graph = q
        .iter()
        .find(|x| x.graph_name != brief_graph)
        .unwrap()
        .graph_name
        .clone();
    let kept: Vec<Quad> = q
        .into_iter()
        .filter(|x| x.graph_name != first_graph)
        .collect();
    let found = statement_findings(&verify_forged(&doc, kept));
    assert!(found.iter().any(|f| f.contains("is missing")), "{found:#?}");
}
