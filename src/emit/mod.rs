//! Emit: the model to bytes. One pure function per format; [`crate::pipeline`] is the one place
//! that writes files and hashes them.
//!
//! Architecture invariant: only this module knows the serialisation crates (oxttl, oxjsonld's
//! conventions, serde_json for `knowledge.json`); [`read`] parses them back for `verify`.

pub mod claims;
mod entities;
mod graph;
pub mod html;
pub mod iri;
pub mod jsonld;
mod metadata;
pub mod prov;
pub mod quads;
pub mod rdf;
pub mod read;
pub mod summary;
mod trig_read;
mod turtle;
pub mod vocab;

use std::fmt;
use std::str::FromStr;

use oxrdf::Quad;

pub use quads::Quads;

use crate::model::Document;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Format {
    /// N-Triples (the brief's graph as triples).
    NTriples,
    /// Turtle with prefixes.
    Turtle,
    /// N-Quads, in the brief's named graph.
    NQuads,
    /// TriG, in the brief's named graph.
    TriG,
    /// JSON-LD, compact, with the bundled context inline.
    JsonLd,
    /// `knowledge.json`: the typed model through serde.
    Json,
    /// `brief.html`: the review page (not RDF; [`html::brief_page`]).
    Html,
}

impl Format {
    /// The formats `export` writes by default: TriG (one named graph per brief, loads into
    /// Oxigraph, Jena, GraphDB, Virtuoso and Stardog, and is what `briefkg load` sends) and
    /// JSON-LD (for JSON-LD consumers). N-Quads (for Amazon Neptune and line-oriented tools),
    /// N-Triples, Turtle and `knowledge.json` are written on request.
    pub const DEFAULT: [Format; 2] = [Format::TriG, Format::JsonLd];

    /// Every format, in file-name order of their outputs.
    pub const ALL: [Format; 7] = [
        Format::NTriples,
        Format::Turtle,
        Format::NQuads,
        Format::TriG,
        Format::JsonLd,
        Format::Json,
        Format::Html,
    ];

    /// The file this format is written to, inside the brief's output folder.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::NTriples => "brief.nt",
            Format::Turtle => "brief.ttl",
            Format::NQuads => "brief.nq",
            Format::TriG => "brief.trig",
            Format::JsonLd => "brief.jsonld",
            Format::Json => "knowledge.json",
            Format::Html => "brief.html",
        }
    }

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Format::NTriples => "nt",
            Format::Turtle => "ttl",
            Format::NQuads => "nq",
            Format::TriG => "trig",
            Format::JsonLd => "jsonld",
            Format::Json => "json",
            Format::Html => "html",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Format::ALL
            .into_iter()
            .find(|f| f.name() == s)
            .ok_or_else(|| {
                format!(
                    "unknown format `{s}` (expected one of nt, ttl, nq, trig, jsonld, json, html)"
                )
            })
    }
}

/// Serialises one brief in one format. `quads` are [`rdf::quads`] of the document; the
/// brief's own prefixes ([`iri::Iris::prefixes`] of `page.iris`) are written with the
/// vocabularies' in Turtle, TriG and JSON-LD; the review page takes the rest of `page`.
pub fn serialize(
    format: Format,
    doc: &Document,
    quads: &[Quad],
    page: &html::PageContext<'_>,
) -> Vec<u8> {
    match format {
        Format::Json => {
            let mut out =
                serde_json::to_vec_pretty(doc).expect("the model always serialises to JSON");
            out.push(b'\n');
            out
        }
        Format::Html => html::brief_page(doc, quads, page),
        rdf => serialize_quads(rdf, quads, &page.iris.prefixes()),
    }
}

/// The prefixes a Turtle or TriG document of `quads` declares: those of the vocabularies and
/// `extra` that name at least one IRI of the quads (an unused prefix is only bytes), sorted by
/// name. A namespace that another one extends (`{base}brief/` and `{base}brief/{id}#`) is kept
/// apart by the serialiser, which tries prefixes longest namespace first and takes the first
/// that leaves a local name it can write.
pub fn used_prefixes(quads: &[Quad], extra: &[(String, String)]) -> Vec<(String, String)> {
    let quads = Quads::from_quads(quads.iter().map(Quad::as_ref));
    turtle::used_prefixes(&quads, extra)
        .into_iter()
        .map(|(p, ns)| (p.to_owned(), ns.to_owned()))
        .collect()
}

/// Serialises sorted quads of one named graph in an RDF format (`Format::Json` and
/// `Format::Html`, which are not RDF, give the N-Quads). N-Triples, Turtle and JSON-LD hold one
/// graph: claims' assertion graphs are folded into their claim nodes ([`claims::fold`]).
/// `prefixes` are added to the vocabularies' in Turtle, TriG and JSON-LD (see
/// [`used_prefixes`]). The bytes are those of oxttl's serialisers (N-Triples, Turtle, N-Quads,
/// TriG) and of [`jsonld::serialize`]; the quads are written in the order given.
pub fn serialize_quads(format: Format, quads: &[Quad], prefixes: &[(String, String)]) -> Vec<u8> {
    serialize_graph(
        format,
        &Quads::from_quads(quads.iter().map(Quad::as_ref)),
        prefixes,
    )
}

/// [`serialize_quads`] of quads in compact form, in their order (canonical order after
/// [`Quads::canonicalize`], which also gives N-Quads and N-Triples without writing them again).
pub fn serialize_graph(format: Format, quads: &Quads, prefixes: &[(String, String)]) -> Vec<u8> {
    // Formats of one graph hold each claim's assertion graph as properties of the claim.
    let folded;
    let quads = match format {
        Format::NTriples | Format::Turtle | Format::JsonLd
            if quads.uses_predicate(&format!("{}hasAssertion", vocab::BKG)) =>
        {
            folded = claims::fold_quads(quads);
            &folded
        }
        _ => quads,
    };
    match format {
        Format::NTriples => {
            let mut out = Vec::new();
            quads.write_ntriples(&mut out);
            out
        }
        Format::NQuads | Format::Json | Format::Html => {
            let mut out = Vec::new();
            quads.write_nquads(&mut out);
            out
        }
        Format::Turtle => turtle::turtle(quads, &turtle::used_prefixes(quads, prefixes)),
        Format::TriG => turtle::trig(quads, &turtle::used_prefixes(quads, prefixes)),
        Format::JsonLd => jsonld::write(quads, prefixes),
    }
}
