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

use super::graph::{n, Graph, Id};
use super::iri::{Iris, SpanKind};
use super::quads::Quads;
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
        let id = self.node(node.as_str());
        let clean = self.node(clean_text.as_str());
        let p = Props::new(self);
        self.nif(&p, id, clean, a, anchor_of);
        if profile.web_annotation {
            self.web_annotation(node, clean_text, a);
        }
    }

    /// The NIF string of a span (see [`Graph::span`]), in term ids.
    fn nif(&mut self, p: &Props, node: Id, clean_text: Id, a: &Anchor, anchor_of: bool) {
        self.number(node, p.begin_index, a.clean.start);
        self.number(node, p.end_index, a.clean.end);
        if anchor_of {
            self.literal(node, p.anchor_of, &a.exact);
        }
        self.link(node, p.reference_context, clean_text);
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

/// The ids of the properties and classes the span loops use, looked up once per brief.
struct Props {
    begin_index: Id,
    end_index: Id,
    anchor_of: Id,
    reference_context: Id,
    is_part_of: Id,
}

impl Props {
    fn new(g: &mut Graph) -> Self {
        Props {
            begin_index: g.prop(NIF, "beginIndex"),
            end_index: g.prop(NIF, "endIndex"),
            anchor_of: g.prop(NIF, "anchorOf"),
            reference_context: g.prop(NIF, "referenceContext"),
            is_part_of: g.prop(DCTERMS, "isPartOf"),
        }
    }
}

/// The quads of one brief, in its named graph, sorted by their N-Quads form (so every
/// serialisation is byte-stable), without duplicates.
pub fn quads(doc: &Document, iris: &Iris, profile: Profile) -> Vec<Quad> {
    graph(doc, iris, profile).to_quads()
}

/// [`quads`] in compact form, canonicalised: what `export` serialises and hashes.
pub fn graph(doc: &Document, iris: &Iris, profile: Profile) -> Quads {
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

    let p = Props::new(&mut g);
    let brief_id = g.node(brief.as_str());
    let clean_id = g.node(clean.as_str());
    let mut iri = String::new();
    if !doc.clean.repairs.is_empty() {
        let repair = g.prop(BKG, "Repair");
        let repair_kind = g.prop(BKG, "repairKind");
        let source_start = g.prop(BKG, "sourceStart");
        let clean_start = g.prop(BKG, "cleanStart");
        let original = g.prop(BKG, "original");
        let replacement = g.prop(BKG, "replacement");
        for r in &doc.clean.repairs {
            iris.write_repair(&mut iri, r.source.start, r.source.end);
            let node = g.node(&iri);
            g.class(node, repair);
            g.link(node, p.is_part_of, brief_id);
            g.literal(node, repair_kind, r.kind.as_str());
            g.number(node, source_start, r.source.start);
            g.number(node, clean_start, r.clean_start);
            if !r.original.is_empty() {
                g.literal(node, original, &r.original);
            }
            if !r.replacement.is_empty() {
                g.literal(node, replacement, &r.replacement);
            }
            if r.inferred {
                let node = NamedNode::new_unchecked(iri.as_str());
                g.add(
                    &node,
                    n(BKG, "inferred"),
                    Literal::new_typed_literal("true", n(XSD, "boolean")),
                );
            }
        }
    }

    let web = profile.web_annotation;
    // The span node of an anchor: its id, and its IRI as a NamedNode when the Web Annotation
    // profile needs one.
    let mut span = |g: &mut Graph, kind: SpanKind, a: &Anchor, anchor_of: bool| {
        iris.write_span(&mut iri, kind, a);
        let node = g.node(&iri);
        g.nif(&p, node, clean_id, a, anchor_of);
        if web {
            let named = NamedNode::new_unchecked(iri.as_str());
            g.web_annotation(&named, &clean, a);
        }
        node
    };
    let section_class = g.prop(BKG, "Section");
    let mut sections = Vec::with_capacity(doc.sections.len());
    for s in &doc.sections {
        let node = span(&mut g, SpanKind::Section, &s.heading, true);
        g.class(node, section_class);
        g.link(node, p.is_part_of, brief_id);
        sections.push(node);
    }
    let paragraph_class = g.prop(NIF, "Paragraph");
    let part = g.prop(BKG, "part");
    let mut paragraphs = Vec::with_capacity(doc.paragraphs.len());
    for par in &doc.paragraphs {
        let node = span(&mut g, SpanKind::Paragraph, &par.anchor, false);
        g.class(node, paragraph_class);
        let parent = par.section.map_or(brief_id, |s| sections[s]);
        g.link(node, p.is_part_of, parent);
        g.literal(node, part, par.part.as_str());
        paragraphs.push(node);
    }
    let sentence_class = g.prop(NIF, "Sentence");
    let mut sentences = Vec::with_capacity(doc.sentences.len());
    for s in &doc.sentences {
        let node = span(&mut g, SpanKind::Sentence, &s.anchor, true);
        g.class(node, sentence_class);
        g.link(node, p.is_part_of, paragraphs[s.paragraph]);
        sentences.push(node);
    }
    // The claims' evidence links to sentences by IRI (only briefs with claims need them).
    let sentence_iris: Vec<NamedNode> = if doc.claims.is_empty() {
        Vec::new()
    } else {
        doc.sentences
            .iter()
            .map(|s| iris.span(SpanKind::Sentence, &s.anchor))
            .collect()
    };
    let mention_class = g.prop(BKG, "Mention");
    let ta_ident_ref = g.prop(ITSRDF, "taIdentRef");
    let resolution = g.prop(BKG, "resolution");
    let mut entity = String::new();
    for m in &doc.mentions {
        let node = span(&mut g, SpanKind::Mention, &m.anchor, true);
        g.class(node, mention_class);
        g.link(node, p.is_part_of, sentences[m.sentence]);
        iris.write_entity(&mut entity, &m.entity);
        let e = g.node(&entity);
        g.link(node, ta_ident_ref, e);
        g.literal(node, resolution, m.resolution.as_str());
        if m.agent.is_some() {
            // issue 10: who produced a mention that briefkg did not (external annotations).
            let named = iris.span(SpanKind::Mention, &m.anchor);
            super::entities::attribution(&mut g, &named, m, iris);
        }
    }
    super::entities::entities(&mut g, doc, iris);
    let assertions = super::claims::claims(&mut g, doc, iris, &sentence_iris, profile);
    for q in &assertions {
        g.add_quad(q.as_ref());
    }
    g.finish_quads()
}
