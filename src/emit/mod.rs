//! Emit: the model to bytes. One pure function per format; [`crate::pipeline`] is the one place
//! that writes files and hashes them.
//!
//! Architecture invariant: only this module knows the serialisation crates (oxttl, oxjsonld's
//! conventions, serde_json for `knowledge.json`); [`read`] parses them back for `verify`.

mod entities;
mod graph;
pub mod iri;
pub mod jsonld;
mod metadata;
pub mod prov;
pub mod rdf;
pub mod read;
pub mod vocab;

use std::fmt;
use std::str::FromStr;

use oxrdf::{Quad, Triple};
use oxttl::{NQuadsSerializer, NTriplesSerializer, TriGSerializer, TurtleSerializer};

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
}

impl Format {
    /// Every format, in file-name order of their outputs.
    pub const ALL: [Format; 6] = [
        Format::NTriples,
        Format::Turtle,
        Format::NQuads,
        Format::TriG,
        Format::JsonLd,
        Format::Json,
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
                format!("unknown format `{s}` (expected one of nt, ttl, nq, trig, jsonld, json)")
            })
    }
}

/// Serialises one brief in one format. `quads` are [`rdf::quads`] of the document.
pub fn serialize(format: Format, doc: &Document, quads: &[Quad]) -> Vec<u8> {
    match format {
        Format::Json => {
            let mut out =
                serde_json::to_vec_pretty(doc).expect("the model always serialises to JSON");
            out.push(b'\n');
            out
        }
        rdf => serialize_quads(rdf, quads),
    }
}

/// Serialises sorted quads of one named graph in an RDF format (`Format::Json`, which is not
/// RDF, gives the N-Quads).
pub fn serialize_quads(format: Format, quads: &[Quad]) -> Vec<u8> {
    match format {
        Format::NTriples => {
            let mut w = NTriplesSerializer::new().for_writer(Vec::new());
            for q in quads {
                w.serialize_triple(&Triple::from(q.clone()))
                    .expect("writing to memory cannot fail");
            }
            w.finish()
        }
        Format::NQuads | Format::Json => {
            let mut w = NQuadsSerializer::new().for_writer(Vec::new());
            for q in quads {
                w.serialize_quad(q).expect("writing to memory cannot fail");
            }
            w.finish()
        }
        Format::Turtle => {
            let mut s = TurtleSerializer::new();
            for (p, iri) in vocab::PREFIXES {
                s = s
                    .with_prefix(*p, *iri)
                    .expect("the prefixes are valid IRIs");
            }
            let mut w = s.for_writer(Vec::new());
            for q in quads {
                w.serialize_triple(&Triple::from(q.clone()))
                    .expect("writing to memory cannot fail");
            }
            w.finish().expect("writing to memory cannot fail")
        }
        Format::TriG => {
            let mut s = TriGSerializer::new();
            for (p, iri) in vocab::PREFIXES {
                s = s
                    .with_prefix(*p, *iri)
                    .expect("the prefixes are valid IRIs");
            }
            let mut w = s.for_writer(Vec::new());
            for q in quads {
                w.serialize_quad(q).expect("writing to memory cannot fail");
            }
            w.finish().expect("writing to memory cannot fail")
        }
        Format::JsonLd => jsonld::serialize(quads),
    }
}
