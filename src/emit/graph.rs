//! A builder of one named graph's quads (IRIs and literals only), shared by the brief's graph
//! (`rdf.rs`, `metadata.rs`, `entities.rs`) and the run record (`prov.rs`).
//!
//! The quads are kept in compact form ([`Quads`]: each IRI stored once, literal values in one
//! buffer), so adding a quad allocates nothing. Two ways in: the oxrdf-typed methods (`add`,
//! `typ`, `text`, `count`, taking `NamedNode`s and terms) and, for the loops that make most of
//! a brief's quads, term ids (`node`, `prop`, `link`, `literal`, `number`, `class`), which
//! skip even the lookup of a term already known.

use oxrdf::{NamedNode, QuadRef, Term};

use super::quads::{Obj, Quads, TermKind};
use super::vocab::{RDF, XSD};

/// The IRI `{ns}{local}`.
pub(super) fn n(ns: &str, local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{ns}{local}"))
}

/// A term of the graph being built (an IRI), named by its id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Id(u32);

/// Collects the quads of one named graph.
pub(super) struct Graph {
    graph: u32,
    quads: Quads,
    rdf_type: u32,
    non_negative_integer: u32,
    /// The last subject added, to skip its lookup when the next quad has the same one.
    last_subject: u32,
    digits: String,
}

impl Graph {
    /// An empty graph named `graph`.
    pub(super) fn new(graph: NamedNode) -> Self {
        let mut quads = Quads::new();
        let graph = quads.iri(graph.as_str());
        let rdf_type = quads.iri2(RDF, "type");
        let non_negative_integer = quads.iri2(XSD, "nonNegativeInteger");
        Graph {
            graph,
            quads,
            rdf_type,
            non_negative_integer,
            last_subject: u32::MAX,
            digits: String::new(),
        }
    }

    fn subject(&mut self, s: &NamedNode) -> u32 {
        let last = self.last_subject;
        if last != u32::MAX && self.quads.terms.get(last) == s.as_str() {
            return last;
        }
        let id = self.quads.iri(s.as_str());
        self.last_subject = id;
        id
    }

    /// Adds `s p o`.
    pub(super) fn add(&mut self, s: &NamedNode, p: NamedNode, o: impl Into<Term>) {
        let s = self.subject(s);
        let p = self.quads.iri(p.as_str());
        match o.into() {
            Term::NamedNode(o) => {
                let o = self.quads.iri(o.as_str());
                self.quads.push_node(s, p, o, self.graph);
            }
            Term::BlankNode(b) => {
                let o = self.quads.terms.intern(TermKind::Blank, b.as_str());
                self.quads.push_node(s, p, o, self.graph);
            }
            Term::Literal(l) => {
                let obj = self.quads.literal_kind(l.as_ref());
                self.quads.push_literal(s, p, obj, l.value(), self.graph);
            }
        }
    }

    /// Adds `s rdf:type {ns}{local}`.
    pub(super) fn typ(&mut self, s: &NamedNode, ns: &str, local: &str) {
        let s = self.subject(s);
        let class = self.quads.iri2(ns, local);
        self.quads.push_node(s, self.rdf_type, class, self.graph);
    }

    /// Adds a plain string literal.
    pub(super) fn text(&mut self, s: &NamedNode, p: NamedNode, v: &str) {
        let s = self.subject(s);
        let p = self.quads.iri(p.as_str());
        self.quads.push_literal(s, p, Obj::Simple, v, self.graph);
    }

    /// Adds a count (`xsd:nonNegativeInteger`).
    pub(super) fn count(&mut self, s: &NamedNode, p: NamedNode, v: usize) {
        let s = self.subject(s);
        let p = self.quads.iri(p.as_str());
        self.number(Id(s), Id(p), v);
    }

    /// Adds a quad as it is, in whatever graph it names (claims' assertion graphs).
    pub(super) fn add_quad(&mut self, q: QuadRef<'_>) {
        self.quads.push_ref(q);
    }

    /// The id of an IRI (a node).
    pub(super) fn node(&mut self, iri: &str) -> Id {
        Id(self.quads.iri(iri))
    }

    /// The id of the IRI `{ns}{local}` (a property or a class).
    pub(super) fn prop(&mut self, ns: &str, local: &str) -> Id {
        Id(self.quads.iri2(ns, local))
    }

    /// Adds `s p o`, `o` a node.
    pub(super) fn link(&mut self, s: Id, p: Id, o: Id) {
        self.quads.push_node(s.0, p.0, o.0, self.graph);
    }

    /// Adds `s rdf:type class`.
    pub(super) fn class(&mut self, s: Id, class: Id) {
        self.quads
            .push_node(s.0, self.rdf_type, class.0, self.graph);
    }

    /// Adds a plain string literal.
    pub(super) fn literal(&mut self, s: Id, p: Id, v: &str) {
        self.quads
            .push_literal(s.0, p.0, Obj::Simple, v, self.graph);
    }

    /// Adds a literal of the datatype `datatype` (an IRI id from [`Graph::prop`]).
    pub(super) fn typed(&mut self, s: Id, p: Id, v: &str, datatype: Id) {
        self.quads
            .push_literal(s.0, p.0, Obj::Typed(datatype.0), v, self.graph);
    }

    /// Adds a count (`xsd:nonNegativeInteger`).
    pub(super) fn number(&mut self, s: Id, p: Id, v: usize) {
        self.digits.clear();
        super::quads::write_usize(&mut self.digits, v);
        let obj = Obj::Typed(self.non_negative_integer);
        self.quads
            .push_literal(s.0, p.0, obj, &self.digits, self.graph);
    }

    /// The quads in compact form, canonicalised (sorted by their N-Quads form, so every
    /// serialisation is byte-stable, without duplicates; its canonical N-Quads and hash made).
    pub(super) fn finish_quads(self) -> Quads {
        let mut quads = self.quads;
        quads.canonicalize();
        quads
    }
}
