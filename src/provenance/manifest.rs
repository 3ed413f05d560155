//! Manifests: per brief, every output file with its SHA-256 and size and the graph's canonical
//! hash; per corpus, every brief's manifest hash, the run record's graph and files, and one
//! root hash over all of it.
//!
//! No hash sits inside the bytes it covers: a brief's manifest lists the brief's other files,
//! the corpus manifest lists the briefs' manifests and the run record's files, and the root
//! hash covers the corpus manifest with the root itself left out.

use serde::{Deserialize, Serialize};

use super::hash::sha256_hex;
use super::jcs::Canon;

/// One output file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
pub struct BriefManifest {
    /// Version of briefkg that wrote it.
    pub briefkg_version: String,
    /// SHA-256 of the configuration the brief's files were made with: the run configuration's
    /// canonical JSON without `source_date_epoch` (which changes only the run record). With
    /// `source_sha256` it decides whether a re-run must process the brief again. Empty in
    /// manifests written before it was recorded (such briefs are always processed again).
    #[serde(default)]
    pub config_sha256: String,
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
    /// What the graph holds, for the corpus index (`index.html`) and incremental runs:
    /// derived from the graph alone ([`crate::emit::summary`]), and checked against it by
    /// `verify`. Empty in manifests written before it was recorded.
    #[serde(default)]
    pub summary: BriefSummary,
    /// Every other file of the brief's folder, sorted by path.
    pub files: Vec<FileEntry>,
}

/// What a brief's graph holds, in a few figures: its title and date, and how many repairs,
/// sentences, mentions, entities and claims it has. Everything here is derived from the graph
/// ([`crate::emit::summary`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BriefSummary {
    /// The brief's title (`schema:name` of the brief), when it has one.
    pub title: Option<String>,
    /// Its publication date (`schema:datePublished`, ISO 8601), when it has one.
    pub date: Option<String>,
    /// Repairs (`bkg:Repair` nodes).
    pub repairs: usize,
    /// Sentences (`nif:Sentence` nodes).
    pub sentences: usize,
    /// Entity mentions (`bkg:Mention` nodes).
    pub mentions: usize,
    /// Entities mentioned (distinct objects of `itsrdf:taIdentRef`).
    pub entities: usize,
    /// Claims (`schema:Claim` nodes).
    #[serde(default)]
    pub claims: usize,
}

/// What the corpus index (`index.html`) shows of a brief besides its corpus entry, read from
/// its manifest: the summary, the source size, the quad count and the files of its folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BriefListing {
    /// The manifest's summary.
    pub summary: BriefSummary,
    /// Size of the source in bytes.
    pub source_bytes: usize,
    /// Quads of the brief's graph.
    pub quads: usize,
    /// The files of the brief's folder the manifest lists, sorted (the manifest itself not
    /// among them).
    pub files: Vec<String>,
}

impl BriefListing {
    /// The listing of a brief from its manifest.
    pub fn of(m: &BriefManifest) -> Self {
        BriefListing {
            summary: m.summary.clone(),
            source_bytes: m.source_bytes,
            quads: m.quads,
            files: m.files.iter().map(|f| f.path.clone()).collect(),
        }
    }
}

/// One brief in the corpus manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
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

/// The run record in the corpus manifest: the PROV-O graph written by `export`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RunEntry {
    /// The run's IRI, `{base}run/{run id}`.
    pub iri: String,
    /// The run's named graph, `{base}graph/run/{run id}`.
    pub graph_iri: String,
    /// SHA-256 of the run graph's RDFC-1.0 canonical N-Quads.
    pub graph_sha256: String,
    /// Number of quads in the run graph.
    pub quads: usize,
}

/// The corpus manifest, `<DIR>/manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
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
    /// SHA-256 of the run's configuration (canonical JSON, also in the run graph).
    pub config_sha256: String,
    /// Every brief, sorted by name.
    pub briefs: Vec<CorpusEntry>,
    /// The run record.
    pub run: RunEntry,
    /// The corpus-level files (the run record's serialisations), sorted by path.
    pub files: Vec<FileEntry>,
    /// SHA-256 of the RFC 8785 canonical JSON of this manifest without `root_sha256`
    /// ([`root_hash`]): covers every other field, independent of processing order.
    pub root_sha256: String,
}

/// The root hash of a corpus manifest: SHA-256 of the RFC 8785 canonical JSON of the manifest
/// with the `root_sha256` member removed.
pub fn root_hash(manifest: &CorpusManifest) -> String {
    let mut value = serde_json::to_value(manifest).expect("manifests always serialise");
    if let Some(object) = value.as_object_mut() {
        object.remove("root_sha256");
    }
    match Canon::from_json(&value) {
        Some(canon) => sha256_hex(canon.to_canonical().as_bytes()),
        // Only integers above 2^53 could get here (sizes of 8 PiB); hash the plain JSON then.
        None => sha256_hex(value.to_string().as_bytes()),
    }
}

/// Pretty JSON with a final newline: the form every manifest is written in.
pub fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(value).expect("manifests always serialise");
    out.push(b'\n');
    out
}
