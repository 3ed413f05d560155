//! Manifests: per brief, every output file with its SHA-256 and size and the graph's canonical
//! hash; per corpus, every brief's manifest hash and one root hash over them.
//!
//! No manifest sits inside the bytes it covers: a brief's manifest lists the brief's other
//! files, the corpus manifest lists the briefs' manifests.

use serde::{Deserialize, Serialize};

use super::hash::sha256_hex;

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct FileEntry {
    /// Path relative to the folder of the manifest, `/`-separated.
    pub path: String,
    /// Lower-case hex SHA-256 of the file's bytes.
    pub sha256: String,
    /// Size in bytes.
    pub bytes: usize,
}

impl FileEntry {
    /// Describes a file from its bytes.
    pub fn of(path: &str, bytes: &[u8]) -> Self {
        FileEntry {
            path: path.to_owned(),
            sha256: sha256_hex(bytes),
            bytes: bytes.len(),
        }
    }
}

/// The manifest of one brief's outputs, `<DIR>/<name>/manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct BriefManifest {
    /// Version of briefkg that wrote it.
    pub briefkg_version: String,
    /// The brief's source file name.
    pub source_name: String,
    /// SHA-256 of the source bytes.
    pub source_sha256: String,
    /// Size of the source in bytes.
    pub source_bytes: usize,
    /// The brief's IRI.
    pub brief_iri: String,
    /// The brief's named graph IRI.
    pub graph_iri: String,
    /// SHA-256 of the graph's RDFC-1.0 canonical N-Quads.
    pub graph_sha256: String,
    /// Number of quads in the graph.
    pub quads: usize,
    /// Every other file of the brief's folder, sorted by path.
    pub files: Vec<FileEntry>,
}

/// One brief in the corpus manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CorpusEntry {
    /// The brief's output folder name.
    pub name: String,
    /// SHA-256 of the brief's source bytes.
    pub source_sha256: String,
    /// SHA-256 of the graph's canonical N-Quads.
    pub graph_sha256: String,
    /// SHA-256 of the brief's `manifest.json` bytes.
    pub manifest_sha256: String,
}

/// The corpus manifest, `<DIR>/manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CorpusManifest {
    /// Version of briefkg that wrote it.
    pub briefkg_version: String,
    /// The base IRI of the data.
    pub base_iri: String,
    /// SHA-256 of the bundled knowledge base.
    pub kb_sha256: String,
    /// Version of the JSON-LD context inlined in every `brief.jsonld`
    /// (`schemas/context.jsonld`).
    pub jsonld_context_version: String,
    /// SHA-256 of `schemas/context.jsonld`, the bytes of that context version.
    pub jsonld_context_sha256: String,
    /// Every brief, sorted by name.
    pub briefs: Vec<CorpusEntry>,
    /// SHA-256 over the lines `name TAB manifest_sha256 LF` of the briefs sorted by name:
    /// independent of processing order.
    pub root_sha256: String,
}

/// The root hash over the corpus entries (sorted by name first).
pub fn root_hash(briefs: &[CorpusEntry]) -> String {
    let mut lines: Vec<String> = briefs
        .iter()
        .map(|b| format!("{}\t{}\n", b.name, b.manifest_sha256))
        .collect();
    lines.sort();
    sha256_hex(lines.concat().as_bytes())
}

/// Pretty JSON with a final newline: the form every manifest is written in.
pub fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(value).expect("manifests always serialise");
    out.push(b'\n');
    out
}
