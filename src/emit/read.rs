//! Reading briefkg's outputs back (for `verify`): RDF in every format briefkg writes, and
//! `knowledge.json`. Kept in `emit` so that only this module knows the serialisation crates.
//!
//! Parsing is strict (oxttl and oxjsonld in their default, validating mode); JSON-LD remote
//! contexts are never fetched (no document loader is installed, so one is an error).

use oxjsonld::JsonLdParser;
use oxrdf::{GraphName, NamedNode, Quad};
use oxttl::{NQuadsParser, NTriplesParser, TriGParser, TurtleParser};

use super::Format;
use crate::model::Document;

/// Why a file could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{message}", line.map(|l| format!("line {l}: ")).unwrap_or_default())]
pub struct ParseError {
    /// 1-based line of the error, when the parser says.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl ParseError {
    fn turtle(e: oxttl::TurtleSyntaxError) -> Self {
        ParseError {
            line: Some(e.location().start.line as usize + 1),
            message: e.message().to_owned(),
        }
    }

    fn jsonld(e: oxjsonld::JsonLdSyntaxError) -> Self {
        ParseError {
            line: e.location().map(|l| l.start.line as usize + 1),
            message: e.to_string(),
        }
    }
}

/// Parses one RDF file written by briefkg. Triples (N-Triples, Turtle) are put in `graph`;
/// quads keep their graph name; claims' assertion graphs, folded into the claim nodes in
/// N-Triples, Turtle and JSON-LD, are unfolded ([`super::claims::unfold`]). `Format::Json` and
/// `Format::Html` are not RDF and are refused.
pub fn parse(format: Format, bytes: &[u8], graph: &NamedNode) -> Result<Vec<Quad>, ParseError> {
    let quads = parse_as_written(format, bytes, graph)?;
    Ok(match format {
        // Claims' assertion graphs are folded into their claim nodes in these formats.
        Format::NTriples | Format::Turtle | Format::JsonLd => super::claims::unfold(quads),
        _ => quads,
    })
}

/// The quads of a TriG file that this version of briefkg wrote with the brief's own `prefixes`,
/// read by a fast reader of its own subset (`emit::trig_read`), or `None` when the file is
/// not exactly what briefkg writes for those quads (then [`parse`] reads it strictly). The
/// result is accepted only when serialising it again gives `bytes`, so it is the graph oxttl
/// would read. The quads are in file order.
pub fn own_trig(bytes: &[u8], prefixes: &[(String, String)]) -> Option<super::Quads> {
    let quads = super::trig_read::read(bytes)?;
    (super::serialize_graph(Format::TriG, &quads, prefixes) == bytes).then_some(quads)
}

/// [`own_trig`], kept only when the quads are the graph a manifest names: their RDFC-1.0
/// canonical hash is `graph_sha256`. Returns them in canonical order, with the number of quads
/// the file holds (duplicates counted, as a strict parser counts them).
pub fn own_trig_graph(
    bytes: &[u8],
    prefixes: &[(String, String)],
    graph_sha256: &str,
) -> Option<(super::Quads, usize)> {
    let mut quads = own_trig(bytes, prefixes)?;
    let written = quads.len();
    (quads.graph_sha256() == graph_sha256).then_some((quads, written))
}

/// Parses one RDF file as written, without unfolding claims' assertion graphs.
fn parse_as_written(
    format: Format,
    bytes: &[u8],
    graph: &NamedNode,
) -> Result<Vec<Quad>, ParseError> {
    let in_graph = |t: oxrdf::Triple| t.in_graph(GraphName::NamedNode(graph.clone()));
    // Quads are large: a vector sized from the file (briefkg writes about 50 bytes per quad in
    // TriG and JSON-LD, more in the line formats) is not copied over and over while it grows.
    let collect = |items: &mut dyn Iterator<Item = Result<Quad, ParseError>>| {
        let mut out = Vec::with_capacity(bytes.len() / 48);
        for q in items {
            out.push(q?);
        }
        Ok(out)
    };
    match format {
        Format::NQuads => collect(
            &mut NQuadsParser::new()
                .for_slice(bytes)
                .map(|q| q.map_err(ParseError::turtle)),
        ),
        Format::TriG => collect(
            &mut TriGParser::new()
                .for_slice(bytes)
                .map(|q| q.map_err(ParseError::turtle)),
        ),
        Format::NTriples => collect(
            &mut NTriplesParser::new()
                .for_slice(bytes)
                .map(|t| t.map(in_graph).map_err(ParseError::turtle)),
        ),
        Format::Turtle => collect(
            &mut TurtleParser::new()
                .for_slice(bytes)
                .map(|t| t.map(in_graph).map_err(ParseError::turtle)),
        ),
        Format::JsonLd => collect(
            &mut JsonLdParser::new()
                .for_slice(bytes)
                .map(|q| q.map_err(ParseError::jsonld)),
        ),
        Format::Json | Format::Html => Err(ParseError {
            line: None,
            message: format!("{} is not an RDF format", format.file_name()),
        }),
    }
}

/// The RDF format of an HTTP `Content-Type` (parameters ignored), among those briefkg reads.
pub fn format_of_media_type(content_type: &str) -> Option<Format> {
    let media = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    match media.as_str() {
        "application/n-triples" | "text/plain" => Some(Format::NTriples),
        "application/n-quads" | "text/x-nquads" => Some(Format::NQuads),
        "text/turtle" | "application/x-turtle" => Some(Format::Turtle),
        "application/trig" => Some(Format::TriG),
        "application/ld+json" => Some(Format::JsonLd),
        _ => None,
    }
}

/// Reads `knowledge.json` back into the model (the source text itself is not in it), refusing
/// a document whose cross-references (paragraph → section, sentence → paragraph, mention →
/// sentence, section → paragraphs, map → repairs) point at nothing, so that no later step can
/// index out of range.
pub fn knowledge(bytes: &[u8]) -> Result<Document, ParseError> {
    let doc: Document = serde_json::from_slice(bytes).map_err(|e| ParseError {
        line: Some(e.line()),
        message: e.to_string(),
    })?;
    let bad = |what: &str, i: usize, n: usize| ParseError {
        line: None,
        message: format!("{what} index {i} is out of range (there are {n})"),
    };
    let (sections, paragraphs, sentences) = (
        doc.sections.len(),
        doc.paragraphs.len(),
        doc.sentences.len(),
    );
    for p in &doc.paragraphs {
        if let Some(s) = p.section.filter(|&s| s >= sections) {
            return Err(bad("a paragraph's section", s, sections));
        }
    }
    for s in &doc.sections {
        if let Some(&p) = s.paragraphs.iter().find(|&&p| p >= paragraphs) {
            return Err(bad("a section's paragraph", p, paragraphs));
        }
    }
    if let Some(s) = doc.sentences.iter().find(|s| s.paragraph >= paragraphs) {
        return Err(bad("a sentence's paragraph", s.paragraph, paragraphs));
    }
    if let Some(m) = doc.mentions.iter().find(|m| m.sentence >= sentences) {
        return Err(bad("a mention's sentence", m.sentence, sentences));
    }
    let repairs = doc.clean.repairs.len();
    if let Some(r) = doc
        .clean
        .map
        .iter()
        .filter_map(|m| m.repair)
        .find(|&r| r >= repairs)
    {
        return Err(bad("an offset-map segment's repair", r, repairs));
    }
    Ok(doc)
}
