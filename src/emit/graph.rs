//! A builder of one named graph's quads (IRIs and literals only), shared by the brief's graph
//! (`rdf.rs`) and the run record (`prov.rs`).

use oxrdf::{Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use super::vocab::{RDF, XSD};

/// The IRI `{ns}{local}`.
pub(super) fn n(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

/// Collects the quads of one named graph.
pub(super) struct Graph {
    graph: NamedNode,
    quads: Vec<Quad>,
}

impl Graph {
    /// An empty graph named `graph`.
    pub(super) fn new(graph: NamedNode) -> Self {
        Graph {
            graph,
            quads: Vec::new(),
        }
    }

    /// Adds `s p o`.
    pub(super) fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            p,
            o.into(),
            self.graph.clone(),
        ));
    }

    /// Adds `s rdf:type {ns}{local}`.
    pub(super) fn typ(&mut self, s: &NamedNode, ns: &str, local: &str) {
        self.add(s, n(RDF, "type"), n(ns, local));
    }

    /// Adds a plain string literal.
    pub(super) fn text(&mut self, s: &NamedNode, p: NamedNode, v: &str) {
        self.add(s, p, Literal::new_simple_literal(v));
    }

    /// Adds a count (`xsd:nonNegativeInteger`).
    pub(super) fn count(&mut self, s: &NamedNode, p: NamedNode, v: usize) {
        self.add(
            s,
            p,
            Literal::new_typed_literal(v.to_string(), n(XSD, "nonNegativeInteger")),
        );
    }

    /// The quads, sorted by their N-Quads form (so every serialisation is byte-stable),
    /// without duplicates.
    pub(super) fn finish(self) -> Vec<Quad> {
        let mut quads = self.quads;
        quads.sort_by_cached_key(|q| q.to_string());
        quads.dedup();
        quads
    }
}
