//! `verify`: re-checks everything `export` wrote, offline, from the bytes alone.
//!
//! - the corpus manifest: canonical bytes, its root hash, every file of the output folder
//!   listed by some manifest (`corpus.rs`);
//! - the run record: file hashes, graph hash, configuration hash, run identifier (`run.rs`);
//! - each brief: its manifest against the corpus manifest, every file against its manifest,
//!   one RDF format parsed back and re-canonicalised to the graph hash and every other one
//!   written again from that graph and compared by bytes (parsed and re-canonicalised itself
//!   when they differ), `knowledge.json` re-emitted to the same graph (`brief.rs`,
//!   `knowledge.rs`);
//! - the graph's content against the source bytes: the source hash, the clean text rebuilt from
//!   the source and the recorded repairs, every span's exact text at its offsets and its hash,
//!   every statement hash (`graph.rs`, `spans.rs`), every claim and assertion graph
//!   (`claims.rs`);
//! - optionally, each named graph in a SPARQL store against its hash ([`store`]).
//!
//! Briefs are checked in parallel, each on its own, and dropped once checked: only their
//! findings, counts and manifests are kept, so memory is bounded by the briefs in flight and
//! the corpus-level files, not by the corpus.
//!
//! Findings are typed ([`Finding`]): the file, what was expected, what was found. Reading goes
//! through [`Tree`], so the same checks run on a folder ([`DirTree`]) or in memory
//! ([`MemTree`]).

mod brief;
mod claims;
mod corpus;
mod graph;
mod knowledge;
mod run;
mod spans;
pub mod store;
mod tree;
mod view;

use std::fmt;
use std::path::PathBuf;

pub use store::{GraphStore, HttpStore, StoreError, StoreGraph};
pub use tree::{DirTree, MemTree, Tree};

/// Which file (or stored graph) a finding is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileRef {
    /// A file of the output folder, relative, `/`-separated.
    Output(String),
    /// A source brief, relative to the sources folder.
    Source(String),
    /// A named graph in the SPARQL store.
    Store {
        /// The graph's IRI.
        graph: String,
    },
}

impl fmt::Display for FileRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FileRef::Output(p) | FileRef::Source(p) => f.write_str(p),
            FileRef::Store { graph } => write!(f, "<{graph}>"),
        }
    }
}

/// What kind of check failed. The names ([`Check::as_str`]) are stable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Check {
    /// A file a manifest lists is absent.
    MissingFile,
    /// A file of the output folder is listed by no manifest.
    UnlistedFile,
    /// A file's SHA-256 or size differs from its manifest.
    FileHash,
    /// A manifest is malformed, not canonical, or disagrees with another manifest.
    Manifest,
    /// The corpus manifest's root hash is not the hash of its content.
    RootHash,
    /// A file does not parse.
    Parse,
    /// A graph's canonical hash differs from the manifest (one format holds another graph).
    GraphHash,
    /// The source brief is missing or is not the one the manifest names.
    Source,
    /// The brief node or the clean text disagrees with the source.
    Text,
    /// A span's offsets, exact text, context or hash disagree with the texts.
    Span,
    /// A statement hash is not the hash of the statement's content.
    Statement,
    /// The run record disagrees with the manifest.
    Provenance,
    /// `knowledge.json` does not hold the same brief as the graph.
    Knowledge,
    /// A named graph in the store is missing or differs from the manifest.
    Store,
}

impl Check {
    /// The stable name of the check (used in JSON output and annotations).
    pub fn as_str(self) -> &'static str {
        match self {
            Check::MissingFile => "missing-file",
            Check::UnlistedFile => "unlisted-file",
            Check::FileHash => "file-hash",
            Check::Manifest => "manifest",
            Check::RootHash => "root-hash",
            Check::Parse => "parse",
            Check::GraphHash => "graph-hash",
            Check::Source => "source",
            Check::Text => "text",
            Check::Span => "span",
            Check::Statement => "statement",
            Check::Provenance => "provenance",
            Check::Knowledge => "knowledge",
            Check::Store => "store",
        }
    }
}

/// One failed check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The file (or stored graph) at fault.
    pub file: FileRef,
    /// 1-based line in that file, when there is one.
    pub line: Option<usize>,
    /// Which check failed.
    pub check: Check,
    /// What is wrong, in a sentence.
    pub message: String,
    /// What was expected.
    pub expected: String,
    /// What was found.
    pub found: String,
}

impl Finding {
    /// A finding without a line.
    pub fn new(
        file: FileRef,
        check: Check,
        message: impl Into<String>,
        expected: impl Into<String>,
        found: impl Into<String>,
    ) -> Self {
        Finding {
            file,
            line: None,
            check,
            message: message.into(),
            expected: expected.into(),
            found: found.into(),
        }
    }

    /// The same finding at a line.
    pub fn at(mut self, line: Option<usize>) -> Self {
        self.line = line;
        self
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(l) = self.line {
            write!(f, ":{l}")?;
        }
        write!(
            f,
            ": {} [{}]: expected {}, found {}",
            self.message,
            self.check.as_str(),
            self.expected,
            self.found
        )
    }
}

/// What was checked, for the summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Briefs checked.
    pub briefs: usize,
    /// Files whose hash was checked (outputs and sources).
    pub files: usize,
    /// Graph serialisations parsed and re-canonicalised.
    pub graphs: usize,
    /// Spans checked against the texts.
    pub spans: usize,
    /// Statement hashes recomputed.
    pub statements: usize,
    /// Named graphs fetched from the store.
    pub store_graphs: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.briefs += other.briefs;
        self.files += other.files;
        self.graphs += other.graphs;
        self.spans += other.spans;
        self.statements += other.statements;
        self.store_graphs += other.store_graphs;
    }
}

/// The result of a verification: findings (empty when all holds), counts, and notes on checks
/// that were skipped or weakened, and why (re-emitting with another briefkg version; a store
/// that keeps literal values but not their exact datatypes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Every failed check, sorted by file, line and message.
    pub findings: Vec<Finding>,
    /// What was checked.
    pub counts: Counts,
    /// Checks skipped or weakened, and why.
    pub notes: Vec<String>,
}

impl Report {
    /// True when every check held.
    pub fn ok(&self) -> bool {
        self.findings.is_empty()
    }
}

/// An error that stops verification (exit code 2): not a finding about the data, but a
/// folder that cannot be read or a store that cannot be reached.
#[derive(Debug, thiserror::Error)]
pub enum VerifyError {
    /// A file or folder could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// What could not be read.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The SPARQL store could not be queried.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Reads a file a manifest (`by`) lists, at `rel` in `out`: a finding when it is missing, and,
/// when `check_hash` (the manifest is trusted), when its size or SHA-256 is not the entry's.
fn read_listed(
    out: &dyn Tree,
    rel: &str,
    entry: &crate::provenance::manifest::FileEntry,
    by: &str,
    check_hash: bool,
    findings: &mut Vec<Finding>,
    counts: &mut Counts,
) -> Result<Option<Vec<u8>>, VerifyError> {
    let file = FileRef::Output(rel.to_owned());
    let listed = format!("{} bytes with SHA-256 {}", entry.bytes, entry.sha256);
    let Some(bytes) = out.read(rel)? else {
        findings.push(Finding::new(
            file,
            Check::MissingFile,
            format!("a file {by} lists is missing"),
            listed,
            "no such file",
        ));
        return Ok(None);
    };
    counts.files += 1;
    let found = crate::provenance::hash::sha256_hex(&bytes);
    if check_hash && (found != entry.sha256 || bytes.len() != entry.bytes) {
        findings.push(Finding::new(
            file,
            Check::FileHash,
            format!("the file is not the one {by} lists"),
            listed,
            format!("{} bytes with SHA-256 {found}", bytes.len()),
        ));
    }
    Ok(Some(bytes))
}

/// Verifies an output folder against its manifests and the source briefs, and, with a store,
/// every named graph in the store. Briefs are checked in parallel; the report never depends on
/// the thread count.
pub fn verify(
    out: &dyn Tree,
    sources: &dyn Tree,
    store: Option<&dyn GraphStore>,
) -> Result<Report, VerifyError> {
    let mut report = corpus::verify(out, sources, store)?;
    report.findings.sort_by(|a, b| {
        (&a.file, a.line, a.check, &a.message).cmp(&(&b.file, b.line, b.check, &b.message))
    });
    report.findings.dedup();
    report.notes.sort();
    report.notes.dedup();
    Ok(report)
}
