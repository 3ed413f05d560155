//! The RDF graph of one brief, built with oxrdf. Every node is an IRI (no blank nodes).
//!
//! The graph is lean: it states what cannot be derived from what it already holds, and `verify`
//! recomputes the rest. Spans (sections, paragraphs, sentences, mentions) are NIF 2.0 strings:
//! `nif:beginIndex` and `nif:endIndex` (code points into the clean text, half-open),
//! `nif:anchorOf` (their exact text; not on paragraphs, whose text is the clean text's),
//! `nif:referenceContext` (the clean text) and `dcterms:isPartOf` (the enclosing span). Their
//! source pieces (code points and bytes of the source file) follow from the recorded repairs, which
//! tile the source with the clean text; with [`Profile::web_annotation`] they are also stated, as
//! W3C Web Annotation selectors. Claims ([`super::claims`]) add their nodes to the brief's
//! graph and their propositions as assertion graphs of their own. `schemas/README.md`
//! describes every node kind.

use oxrdf::{Literal, NamedNode, Quad};

use super::graph::{n, Graph};
use super::iri::{Iris, SpanKind};
use super::vocab::{BKG, DCTERMS, ITSRDF, NIF, OA, PROV, SCHEMA, XSD};
use crate::model::{Anchor, Document};

/// What the graph states beyond the lean default; part of the run configuration.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Profile {
    /// Also describe every span as a W3C Web Annotation `oa:SpecificResource` of the clean text,
    /// with an `oa:TextPositionSelector`, an `oa:TextQuoteSelector` (exact, prefix, suffix) and
    /// its source pieces (`bkg:sourcePiece`: code points and bytes of the source file), for users
    /// who exchange annotations. Off by default: about 15 more triples per span.
    pub web_annotation: bool,
}

impl Graph {
    /// `schema:name`, the preferred name of an entity or organisation.
    pub(super) fn names(&mut self, s: &NamedNode, name: &str) {
        self.text(s, n(SCHEMA, "name"), name);
    }

    /// A span node: a NIF string over the clean text, and with the Web Annotation profile its
    /// selectors and source pieces.
    pub(super) fn span(
        &mut self,
        node: &NamedNode,
        clean_text: &NamedNode,
        a: &Anchor,
        anchor_of: bool,
        profile: Profile,
    ) {
        self.count(node, n(NIF, "beginIndex"), a.clean.start);
        self.count(node, n(NIF, "endIndex"), a.clean.end);
        if anchor_of {
            self.text(node, n(NIF, "anchorOf"), &a.exact);
        }
        self.add(node, n(NIF, "referenceContext"), clean_text.clone());
        if profile.web_annotation {
            self.web_annotation(node, clean_text, a);
        }
    }

    /// The Web Annotation description of a span (see [`Profile::web_annotation`]).
    fn web_annotation(&mut self, node: &NamedNode, clean_text: &NamedNode, a: &Anchor) {
        self.typ(node, OA, "SpecificResource");
        self.add(node, n(OA, "hasSource"), clean_text.clone());
        let pos = Iris::sub(node, "position");
        self.add(node, n(OA, "hasSelector"), pos.clone());
        self.typ(&pos, OA, "TextPositionSelector");
        self.count(&pos, n(OA, "start"), a.clean.start);
        self.count(&pos, n(OA, "end"), a.clean.end);
        let quote = Iris::sub(node, "quote");
        self.add(node, n(OA, "hasSelector"), quote.clone());
        self.typ(&quote, OA, "TextQuoteSelector");
        self.text(&quote, n(OA, "exact"), &a.exact);
        self.text(&quote, n(OA, "prefix"), &a.prefix);
        self.text(&quote, n(OA, "suffix"), &a.suffix);
        for (i, piece) in a.source.iter().enumerate() {
            let p = Iris::sub(node, &format!("source{i}"));
            self.add(node, n(BKG, "sourcePiece"), p.clone());
            self.typ(&p, OA, "TextPositionSelector");
            self.count(&p, n(OA, "start"), piece.start);
            self.count(&p, n(OA, "end"), piece.end);
            self.count(&p, n(BKG, "byteStart"), piece.byte_start);
            self.count(&p, n(BKG, "byteEnd"), piece.byte_end);
        }
    }
}

/// The quads of one brief, in its named graph, sorted by their N-Quads form (so every
/// serialisation is byte-stable), without duplicates.
pub fn quads(doc: &Document, iris: &Iris, profile: Profile) -> Vec<Quad> {
    let mut g = Graph::new(iris.graph());
    let brief = iris.brief();
    let src = &doc.source;
    g.typ(&brief, BKG, "Brief");
    g.typ(&brief, SCHEMA, "Report");
    g.text(&brief, n(SCHEMA, "sha256"), &src.sha256);
    g.text(&brief, n(BKG, "fileName"), &src.name);
    g.text(&brief, n(SCHEMA, "encodingFormat"), &src.media_type);
    g.count(&brief, n(BKG, "byteLength"), src.byte_len);
    super::metadata::metadata(&mut g, doc, iris, &brief);

    let clean = iris.clean_text();
    g.typ(&clean, BKG, "CleanText");
    g.typ(&clean, NIF, "Context");
    g.add(&clean, n(PROV, "wasDerivedFrom"), brief.clone());
    g.text(&clean, n(NIF, "isString"), &doc.clean.text);

    for r in &doc.clean.repairs {
        let node = iris.repair(r.source.start, r.source.end);
        g.typ(&node, BKG, "Repair");
        g.add(&node, n(DCTERMS, "isPartOf"), brief.clone());
        g.text(&node, n(BKG, "repairKind"), r.kind.as_str());
        g.count(&node, n(BKG, "sourceStart"), r.source.start);
        g.count(&node, n(BKG, "cleanStart"), r.clean_start);
        if !r.original.is_empty() {
            g.text(&node, n(BKG, "original"), &r.original);
        }
        if !r.replacement.is_empty() {
            g.text(&node, n(BKG, "replacement"), &r.replacement);
        }
        if r.inferred {
            g.add(
                &node,
                n(BKG, "inferred"),
                Literal::new_typed_literal("true", n(XSD, "boolean")),
            );
        }
    }

    let sections: Vec<NamedNode> = doc
        .sections
        .iter()
        .map(|s| iris.span(SpanKind::Section, &s.heading))
        .collect();
    for (s, node) in doc.sections.iter().zip(&sections) {
        g.typ(node, BKG, "Section");
        g.span(node, &clean, &s.heading, true, profile);
        g.add(node, n(DCTERMS, "isPartOf"), brief.clone());
    }
    let paragraphs: Vec<NamedNode> = doc
        .paragraphs
        .iter()
        .map(|p| iris.span(SpanKind::Paragraph, &p.anchor))
        .collect();
    for (p, node) in doc.paragraphs.iter().zip(&paragraphs) {
        g.typ(node, NIF, "Paragraph");
        g.span(node, &clean, &p.anchor, false, profile);
        let parent = p.section.map_or(brief.clone(), |s| sections[s].clone());
        g.add(node, n(DCTERMS, "isPartOf"), parent);
        g.text(node, n(BKG, "part"), p.part.as_str());
    }
    let sentences: Vec<NamedNode> = doc
        .sentences
        .iter()
        .map(|s| iris.span(SpanKind::Sentence, &s.anchor))
        .collect();
    for (s, node) in doc.sentences.iter().zip(&sentences) {
        g.typ(node, NIF, "Sentence");
        g.span(node, &clean, &s.anchor, true, profile);
        g.add(
            node,
            n(DCTERMS, "isPartOf"),
            paragraphs[s.paragraph].clone(),
        );
    }
    for m in &doc.mentions {
        let node = iris.span(SpanKind::Mention, &m.anchor);
        g.typ(&node, BKG, "Mention");
        g.span(&node, &clean, &m.anchor, true, profile);
        g.add(&node, n(DCTERMS, "isPartOf"), sentences[m.sentence].clone());
        g.add(&node, n(ITSRDF, "taIdentRef"), iris.entity(&m.entity));
        g.text(&node, n(BKG, "resolution"), m.resolution.as_str());
        // issue 10: who produced a mention that briefkg did not (external annotations).
        super::entities::attribution(&mut g, &node, m, iris);
    }
    super::entities::entities(&mut g, doc, iris);
    let assertions = super::claims::claims(&mut g, doc, iris, &sentences, profile);
    let mut quads = g.finish();
    if !assertions.is_empty() {
        quads.extend(assertions);
        quads.sort_by_cached_key(|q| q.to_string());
        quads.dedup();
    }
    quads
}
