//! The files of `schemas/` that are derived from code: the JSON Schemas of `knowledge.json`
//! and the manifests (from the Rust types, with schemars) and the JSON-LD context (from the
//! prefix table). Tests check that the committed files equal these; `BRIEFKG_BLESS=1 cargo
//! test` rewrites them.

use crate::model::Document;
use crate::provenance::manifest::{BriefManifest, CorpusManifest};

fn pretty(value: &impl serde::Serialize) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("schemas always serialise");
    s.push('\n');
    s
}

fn with_id(mut schema: schemars::Schema, id: &str) -> schemars::Schema {
    schema.insert("$id".to_owned(), id.into());
    schema
}

/// `schemas/knowledge.schema.json`: JSON Schema 2020-12 of `knowledge.json`.
pub fn knowledge_schema() -> String {
    pretty(&with_id(
        schemars::schema_for!(Document),
        "https://w3id.org/briefkg/schemas/knowledge.schema.json",
    ))
}

/// `schemas/manifest.schema.json`: JSON Schema 2020-12 of a brief's `manifest.json`.
pub fn manifest_schema() -> String {
    pretty(&with_id(
        schemars::schema_for!(BriefManifest),
        "https://w3id.org/briefkg/schemas/manifest.schema.json",
    ))
}

/// `schemas/corpus-manifest.schema.json`: JSON Schema 2020-12 of the corpus `manifest.json`.
pub fn corpus_manifest_schema() -> String {
    pretty(&with_id(
        schemars::schema_for!(CorpusManifest),
        "https://w3id.org/briefkg/schemas/corpus-manifest.schema.json",
    ))
}

/// Every derived file of `schemas/`: (file name, content).
pub fn derived_files() -> Vec<(&'static str, String)> {
    vec![
        ("context.jsonld", crate::emit::jsonld::context_file()),
        ("knowledge.schema.json", knowledge_schema()),
        ("manifest.schema.json", manifest_schema()),
        ("corpus-manifest.schema.json", corpus_manifest_schema()),
    ]
}
