//! The RDF graph of one brief, built with oxrdf. Every node is an IRI (no blank nodes).

use oxrdf::{Literal, NamedNode, Quad};

use super::graph::{n, Graph};
use super::iri::Iris;
use super::vocab::{BKG, DCTERMS, ITSRDF, OA, OWL, PROV, SCHEMA, SKOS, XSD};
use crate::model::{Anchor, Document};
use crate::provenance::hash::{ni_iri_from_hex, sha256_hex};
use crate::provenance::statement::{SpanStatement, Statement};

impl Graph {
    /// The name of an entity or organisation: `schema:name` and the same as `skos:prefLabel`@en.
    pub(super) fn names(&mut self, s: &NamedNode, name: &str) {
        self.text(s, n(SCHEMA, "name"), name);
        self.add(
            s,
            n(SKOS, "prefLabel"),
            Literal::new_language_tagged_literal_unchecked(name, "en"),
        );
    }

    /// A span node: Web Annotation specific resource over the clean text, with a text position
    /// selector and a text quote selector (clean text), and one source piece per source range.
    fn anchored(&mut self, node: &NamedNode, clean_text: &NamedNode, a: &Anchor) {
        self.typ(node, OA, "SpecificResource");
        self.add(node, n(OA, "hasSource"), clean_text.clone());
        self.text(node, n(SCHEMA, "sha256"), &sha256_hex(a.exact.as_bytes()));
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
            let p = Iris::sub(node, &format!("source/{i}"));
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
pub fn quads(doc: &Document, iris: &Iris) -> Vec<Quad> {
    let mut g = Graph::new(iris.graph());
    let brief = iris.brief();
    let src = &doc.source;
    g.typ(&brief, BKG, "Brief");
    g.typ(&brief, SCHEMA, "Report");
    g.typ(&brief, PROV, "Entity");
    g.text(&brief, n(SCHEMA, "sha256"), &src.sha256);
    if let Some(ni) = ni_iri_from_hex(&src.sha256) {
        g.add(&brief, n(OWL, "sameAs"), NamedNode::new_unchecked(ni));
    }
    g.text(&brief, n(BKG, "fileName"), &src.name);
    g.text(&brief, n(SCHEMA, "encodingFormat"), &src.media_type);
    g.count(&brief, n(BKG, "byteLength"), src.byte_len);
    g.count(&brief, n(BKG, "charLength"), src.char_len);
    super::metadata::metadata(&mut g, doc, iris, &brief);

    let clean = iris.clean_text();
    g.typ(&clean, BKG, "CleanText");
    g.add(&clean, n(PROV, "wasDerivedFrom"), brief.clone());
    g.add(&clean, n(DCTERMS, "isPartOf"), brief.clone());
    g.text(&clean, n(SCHEMA, "text"), &doc.clean.text);
    g.text(&clean, n(SCHEMA, "sha256"), &doc.clean.sha256);
    g.count(&clean, n(BKG, "charLength"), doc.clean.char_len);

    for r in &doc.clean.repairs {
        let node = iris.repair(r.source.start, r.source.end);
        g.typ(&node, BKG, "Repair");
        g.add(&node, n(DCTERMS, "isPartOf"), brief.clone());
        g.text(&node, n(BKG, "repairKind"), r.kind.as_str());
        g.text(&node, n(BKG, "original"), &r.original);
        g.text(&node, n(BKG, "replacement"), &r.replacement);
        g.count(&node, n(BKG, "cleanStart"), r.clean_start);
        g.add(
            &node,
            n(BKG, "inferred"),
            Literal::new_typed_literal(r.inferred.to_string(), n(XSD, "boolean")),
        );
        let p = Iris::sub(&node, "source");
        g.add(&node, n(BKG, "sourcePiece"), p.clone());
        g.typ(&p, OA, "TextPositionSelector");
        g.count(&p, n(OA, "start"), r.source.start);
        g.count(&p, n(OA, "end"), r.source.end);
        g.count(&p, n(BKG, "byteStart"), r.source.byte_start);
        g.count(&p, n(BKG, "byteEnd"), r.source.byte_end);
    }

    let sections: Vec<NamedNode> = doc
        .sections
        .iter()
        .map(|s| iris.span("section", &s.heading))
        .collect();
    for (s, node) in doc.sections.iter().zip(&sections) {
        g.typ(node, BKG, "Section");
        g.anchored(node, &clean, &s.heading);
        g.add(node, n(DCTERMS, "isPartOf"), brief.clone());
        g.text(node, n(SCHEMA, "name"), &s.heading.exact);
    }
    let paragraphs: Vec<NamedNode> = doc
        .paragraphs
        .iter()
        .map(|p| iris.span("paragraph", &p.anchor))
        .collect();
    for (p, node) in doc.paragraphs.iter().zip(&paragraphs) {
        g.typ(node, BKG, "Paragraph");
        g.anchored(node, &clean, &p.anchor);
        let parent = p.section.map_or(brief.clone(), |s| sections[s].clone());
        g.add(node, n(DCTERMS, "isPartOf"), parent);
        g.text(node, n(BKG, "part"), p.part.as_str());
    }
    let sentences: Vec<NamedNode> = doc
        .sentences
        .iter()
        .map(|s| iris.span("sentence", &s.anchor))
        .collect();
    for (s, node) in doc.sentences.iter().zip(&sentences) {
        g.typ(node, BKG, "Sentence");
        g.anchored(node, &clean, &s.anchor);
        let statement = SpanStatement::sentence(&src.sha256, &s.anchor);
        g.text(node, n(BKG, "statementSha256"), &statement.sha256());
        g.add(
            node,
            n(DCTERMS, "isPartOf"),
            paragraphs[s.paragraph].clone(),
        );
    }
    for m in &doc.mentions {
        let node = iris.span("mention", &m.anchor);
        g.typ(&node, BKG, "Mention");
        g.anchored(&node, &clean, &m.anchor);
        let statement = SpanStatement::mention(&src.sha256, m);
        g.text(&node, n(BKG, "statementSha256"), &statement.sha256());
        g.add(&node, n(DCTERMS, "isPartOf"), sentences[m.sentence].clone());
        g.add(&node, n(ITSRDF, "taIdentRef"), iris.entity(&m.entity));
        g.text(&node, n(BKG, "matchForm"), m.resolution.as_str());
    }
    super::entities::entities(&mut g, doc, iris);
    g.finish()
}
