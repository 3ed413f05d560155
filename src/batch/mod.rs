//! Batch export: what `briefkg export` runs. Streaming, incremental, shardable, and careful
//! with what is already on disk.
//!
//! - **Streaming, bounded memory.** Briefs are processed in parallel (rayon); each brief's
//!   files are written as soon as it is done ([`outdir::write_brief_folder`]: temporary files,
//!   then renames, the manifest last) and dropped. Only a small [`BriefOutcome`] per brief is
//!   kept for the corpus manifest, the run record and the report, so peak memory is that of the
//!   briefs in flight, not of the corpus.
//! - **Incremental.** A brief whose folder holds a manifest naming the same source hash, source
//!   file name and configuration hash (`config_sha256`), with every listed file present at its
//!   listed size, is not processed again and its files are not touched.
//! - **Never loses data.** Every input path must exist and output and input folders must not
//!   overlap, or nothing is touched ([`BatchError`], exit 2). A brief that cannot be read,
//!   decoded or written keeps its last good output, reported as stale. A brief folder is removed
//!   only when its source is really gone: every input is a folder, read completely, and no
//!   input of the run has the folder's name (or its source is an input that another shard
//!   takes). Other brief folders of the output are kept and listed in the corpus manifest.
//! - **Sharded.** With [`Shard`] `K/N`, a brief is processed only when its source hash falls in
//!   part `K` of `N`; `briefkg merge` ([`merge`]) combines the shards' outputs.
//! - **Deterministic.** Outcomes are sorted by name; no clock, thread order or hash-map order
//!   reaches an output byte (timings go to the report only).

pub mod merge;
pub mod outdir;
pub mod report;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::diag::{BriefError, Location};
use crate::extract::Gazetteer;
use crate::kb::Kb;
use crate::pipeline::{self, Finding, Options, Rendered};
use crate::provenance::hash::sha256_hex;
use crate::provenance::manifest::BriefManifest;
use crate::provenance::run::RunBrief;

/// A part of a sharded run: `index` from 0 to `count - 1` (Kubernetes' `JOB_COMPLETION_INDEX`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// Which part, from 0.
    pub index: u64,
    /// How many parts, at least 1.
    pub count: u64,
}

impl Shard {
    /// Whether the brief with this source hash (64 lower-case hex digits) belongs to the shard:
    /// the first 16 hex digits, read as a 64-bit number, modulo `count`, equal `index`.
    pub fn takes(&self, source_sha256: &str) -> bool {
        let head = source_sha256.get(..16).unwrap_or(source_sha256);
        u64::from_str_radix(head, 16).unwrap_or(0) % self.count == self.index
    }
}

impl FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        let bad = || format!("invalid shard `{s}`: expected K/N with 0 <= K < N (as 2/4)");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let index: u64 = k.trim().parse().map_err(|_| bad())?;
        let count: u64 = n.trim().parse().map_err(|_| bad())?;
        if count == 0 || index >= count {
            return Err(bad());
        }
        Ok(Shard { index, count })
    }
}

impl fmt::Display for Shard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

/// What to run.
#[derive(Debug, Clone)]
pub struct Request {
    /// Brief files and folders.
    pub inputs: Vec<PathBuf>,
    /// The output folder.
    pub output: PathBuf,
    /// Formats, base IRI, `SOURCE_DATE_EPOCH`.
    pub options: Options,
    /// Only this part of the briefs.
    pub shard: Option<Shard>,
    /// Write nothing: compare what would be written with the output folder.
    pub check: bool,
    /// Briefs larger than this many bytes are refused (read, hashed and processed, a brief
    /// costs memory in proportion to its size).
    pub max_brief_bytes: u64,
}

/// The default of [`Request::max_brief_bytes`]: 16 MiB, some fifty times the longest policy
/// brief of the samples.
pub const DEFAULT_MAX_BRIEF_BYTES: u64 = 16 << 20;

/// A failure that stops the run before anything is touched, or an I/O error on the output
/// folder itself (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum BatchError {
    /// An input path does not exist.
    #[error("{}: no such file or folder; nothing was written (check the path)", path.display())]
    MissingInput {
        /// The path as given.
        path: PathBuf,
    },
    /// An input folder cannot be read at all.
    #[error("{}: cannot read the input folder: {source}; nothing was written", path.display())]
    UnreadableInput {
        /// The folder.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
    /// An input and the output folder overlap.
    #[error(
        "{}: the output folder {} the input {}; choose an output folder outside the inputs",
        output.display(),
        if *inside { "is inside" } else { "contains or is" },
        input.display()
    )]
    Overlap {
        /// The input.
        input: PathBuf,
        /// The output folder.
        output: PathBuf,
        /// Whether the output is inside the input (else the input is inside the output).
        inside: bool,
    },
    /// The output folder cannot be created, written or read.
    #[error("{}: cannot use the output folder: {source}", path.display())]
    Output {
        /// The folder or file.
        path: PathBuf,
        /// Why.
        source: io::Error,
    },
}

/// What happened to one brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Processed and written; it had no output before. (`--check`: its output is missing.)
    New,
    /// Processed and written over an earlier output. (`--check`: its output differs.)
    Changed,
    /// Source and configuration unchanged: not processed, files untouched. (`--check`: its
    /// output is up to date.)
    Unchanged,
    /// Its source is gone from an input folder read completely: its folder was removed.
    /// (`--check`: the folder would be removed.)
    Removed,
    /// Not among this run's inputs, and not known to be gone: its folder is kept as it is.
    Kept,
    /// It could not be processed or written and its last good output is kept, now stale.
    Stale,
    /// It could not be processed and there is no earlier output.
    Failed,
}

impl Status {
    /// The kebab-case name used in the report and the summary.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Changed => "changed",
            Status::Unchanged => "unchanged",
            Status::Removed => "removed",
            Status::Kept => "kept",
            Status::Stale => "stale",
            Status::Failed => "failed",
        }
    }
}

/// A problem met while running, with the file and place it concerns.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Problem {
    /// The file (an input brief, an input folder, or an output file).
    pub path: PathBuf,
    /// The place in the file, when there is one.
    pub location: Option<Location>,
    /// The full message (it names the file).
    pub message: String,
    /// An error (exit 1 or 2) or a warning (exit code unchanged).
    pub severity: Severity,
}

/// How serious a [`Problem`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Something failed.
    Error,
    /// Worth knowing; nothing failed.
    Warning,
}

impl Problem {
    fn error(path: &Path, message: impl Into<String>) -> Self {
        Problem {
            path: path.to_owned(),
            location: None,
            message: message.into(),
            severity: Severity::Error,
        }
    }

    fn warning(path: &Path, message: impl Into<String>) -> Self {
        Problem {
            severity: Severity::Warning,
            ..Problem::error(path, message)
        }
    }

    fn of_brief_error(e: &BriefError) -> Self {
        let (path, location) = match e {
            BriefError::Io { path, .. }
            | BriefError::Empty { path }
            | BriefError::DuplicateName { path, .. }
            | BriefError::Gazetteer { path, .. } => (path, None),
            BriefError::InvalidUtf8 { path, at } | BriefError::Binary { path, at, .. } => {
                (path, Some(*at))
            }
        };
        Problem {
            location,
            ..Problem::error(path, e.to_string())
        }
    }
}

/// How many of each thing a processed brief holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Source bytes.
    pub source_bytes: usize,
    /// Repairs recorded in the clean text.
    pub repairs: usize,
    /// Sentences.
    pub sentences: usize,
    /// Entity mentions.
    pub mentions: usize,
    /// Distinct entities.
    pub entities: usize,
    /// Claims.
    pub claims: usize,
    /// Quads of the brief's graph.
    pub quads: usize,
    /// Bytes of the files written (manifest included).
    pub output_bytes: usize,
}

/// Where a brief's time went, in seconds (the report only: never in the output).
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct Timings {
    /// Reading and hashing the source.
    pub read: f64,
    /// Ingest, segment, extract, normalise.
    pub analyze: f64,
    /// Serialising every format, hashing, the manifest.
    pub render: f64,
    /// Writing (or, with `--check`, comparing) the files.
    pub write: f64,
}

/// What happened to one brief of the run.
#[derive(Debug, Clone)]
pub struct BriefOutcome {
    /// The output folder name.
    pub name: String,
    /// The input file, when the brief is among the inputs.
    pub source: Option<PathBuf>,
    /// What happened.
    pub status: Status,
    /// Its line in the corpus manifest and run record (absent for failed and removed briefs).
    pub entry: Option<RunBrief>,
    /// Counts, for briefs processed in this run.
    pub counts: Option<Counts>,
    /// Timings, for briefs read in this run.
    pub timings: Timings,
    /// Errors and warnings about it.
    pub problems: Vec<Problem>,
    /// `--check` only: how its files differ from the output folder.
    pub findings: Vec<Finding>,
    /// Its folder could not be written or removed.
    pub write_error: bool,
}

impl BriefOutcome {
    fn new(name: &str, source: Option<&Path>, status: Status) -> Self {
        BriefOutcome {
            name: name.to_owned(),
            source: source.map(Path::to_owned),
            status,
            entry: None,
            counts: None,
            timings: Timings::default(),
            problems: Vec::new(),
            findings: Vec::new(),
            write_error: false,
        }
    }
}

/// The result of a run.
#[derive(Debug, Default)]
pub struct Summary {
    /// One outcome per brief of the output (and per failed input), sorted by name.
    pub briefs: Vec<BriefOutcome>,
    /// Problems not tied to one brief (an unreadable subfolder, a duplicate name).
    pub problems: Vec<Problem>,
    /// `--check`: the corpus-level files that differ.
    pub findings: Vec<Finding>,
    /// Whether an output file could not be written or removed (exit code 2).
    pub output_error: bool,
    /// How many briefs another shard takes.
    pub other_shards: usize,
    /// Files written or removed (`--check`: that would be).
    pub files_changed: usize,
    /// Wall-clock time of the whole run.
    pub elapsed: Duration,
}

impl Summary {
    /// How many briefs have `status`.
    pub fn count(&self, status: Status) -> usize {
        self.briefs.iter().filter(|b| b.status == status).count()
    }

    /// Every problem, the briefs' first, then the others.
    pub fn all_problems(&self) -> impl Iterator<Item = &Problem> {
        self.briefs
            .iter()
            .flat_map(|b| &b.problems)
            .chain(&self.problems)
    }

    /// Whether something failed or (with `--check`) is out of date.
    pub fn failed(&self) -> bool {
        self.all_problems().any(|p| p.severity == Severity::Error)
            || !self.findings.is_empty()
            || self.briefs.iter().any(|b| !b.findings.is_empty())
    }

    /// The exit code: 0 all good; 1 a brief failed or is stale, or output is out of date;
    /// 2 an output file could not be written.
    pub fn exit_code(&self) -> u8 {
        if self.output_error {
            2
        } else if self.failed() {
            1
        } else {
            0
        }
    }

    /// `3 new, 1 changed, 2 removed, 994 unchanged` (and stale, failed, kept when any).
    pub fn line(&self) -> String {
        let mut parts = Vec::new();
        for status in [
            Status::New,
            Status::Changed,
            Status::Removed,
            Status::Unchanged,
        ] {
            parts.push(format!("{} {}", self.count(status), status.as_str()));
        }
        for status in [Status::Stale, Status::Failed, Status::Kept] {
            let n = self.count(status);
            if n > 0 {
                parts.push(format!("{n} {}", status.as_str()));
            }
        }
        parts.join(", ")
    }
}

/// The planned inputs: one per output name, in path order.
struct Plan {
    inputs: Vec<(String, PathBuf)>,
    /// Every input was a folder and every folder was read completely.
    complete: bool,
    problems: Vec<Problem>,
}

fn plan(inputs: &[PathBuf]) -> Result<Plan, BatchError> {
    for input in inputs {
        if std::fs::metadata(input).is_err() {
            return Err(BatchError::MissingInput {
                path: input.clone(),
            });
        }
    }
    let mut complete = !inputs.is_empty();
    let mut problems = Vec::new();
    let mut paths = BTreeSet::new();
    for input in inputs {
        if input.is_dir() {
            let found = crate::files::walk(input, &pipeline::is_brief_file);
            if let Some((path, source)) = found.errors.iter().find(|(p, _)| p == input) {
                return Err(BatchError::UnreadableInput {
                    path: path.clone(),
                    source: io::Error::new(source.kind(), source.to_string()),
                });
            }
            for (path, e) in &found.errors {
                complete = false;
                problems.push(Problem::error(
                    path,
                    format!(
                        "{}: cannot read: {e}; its briefs are skipped and no output is removed",
                        path.display()
                    ),
                ));
            }
            paths.extend(found.files);
        } else {
            complete = false;
            paths.insert(input.clone());
        }
    }
    let mut taken: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in paths {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = pipeline::output_name(&file_name);
        if let Some(other) = taken.get(&name) {
            problems.push(Problem::of_brief_error(&BriefError::DuplicateName {
                path: path.clone(),
                name: name.clone(),
                other: other.clone(),
            }));
            continue;
        }
        taken.insert(name, path);
    }
    Ok(Plan {
        inputs: taken.into_iter().collect(),
        complete,
        problems,
    })
}

/// Refuses an output folder that is an input, holds one, or lies inside an input folder.
fn check_overlap(inputs: &[PathBuf], output: &Path) -> Result<(), BatchError> {
    let out = absolute(output);
    for input in inputs {
        let inp = absolute(input);
        let input_is_dir = input.is_dir();
        if out == inp || inp.starts_with(&out) {
            return Err(BatchError::Overlap {
                input: input.clone(),
                output: output.to_owned(),
                inside: false,
            });
        }
        if input_is_dir && out.starts_with(&inp) {
            return Err(BatchError::Overlap {
                input: input.clone(),
                output: output.to_owned(),
                inside: true,
            });
        }
    }
    Ok(())
}

/// The absolute path with symbolic links resolved, for the part of `path` that exists.
fn absolute(path: &Path) -> PathBuf {
    let mut rest = Vec::new();
    let mut existing = path.to_owned();
    loop {
        if let Ok(c) = existing.canonicalize() {
            return rest.into_iter().rev().fold(c, |p, part| p.join(part));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_owned());
                existing = if parent.as_os_str().is_empty() {
                    PathBuf::from(".")
                } else {
                    parent.to_owned()
                };
            }
            _ => return std::env::current_dir().unwrap_or_default().join(path),
        }
    }
}

/// Everything every brief needs.
struct Context<'a> {
    request: &'a Request,
    kb: &'a Kb,
    gazetteer: &'a Gazetteer<'a>,
    config_sha256: String,
    existing: &'a BTreeSet<String>,
}

/// Runs an export (or, with `check`, compares what it would write). `progress` is called once
/// per brief when it is done, from the worker threads.
pub fn run(
    request: &Request,
    progress: &(dyn Fn(&BriefOutcome) + Sync),
) -> Result<Summary, BatchError> {
    let started = Instant::now();
    check_overlap(&request.inputs, &request.output)?;
    let plan = plan(&request.inputs)?;
    let out = &request.output;
    if !request.check {
        outdir::probe_writable(out).map_err(|source| BatchError::Output {
            path: out.clone(),
            source,
        })?;
        outdir::remove_leftovers(out).map_err(|source| BatchError::Output {
            path: out.clone(),
            source,
        })?;
    }
    let existing = outdir::brief_folders(out).map_err(|source| BatchError::Output {
        path: out.clone(),
        source,
    })?;
    // issue 10: the knowledge base with the user's gazetteers (checked by the CLI).
    let kb = Kb::load(&request.options.gazetteers).unwrap_or_else(|_| Kb::bundled());
    let gazetteer = Gazetteer::new(&kb);
    let ctx = Context {
        request,
        kb: &kb,
        gazetteer: &gazetteer,
        config_sha256: pipeline::brief_config_sha256(&request.options),
        existing: &existing,
    };
    let mut summary = Summary {
        problems: plan.problems,
        ..Summary::default()
    };
    let processed: Vec<Option<BriefOutcome>> = plan
        .inputs
        .par_iter()
        .map(|(name, path)| {
            let outcome = process(&ctx, name, path);
            if let Some(o) = &outcome {
                progress(o);
            }
            outcome
        })
        .collect();
    summary.other_shards = processed.iter().filter(|o| o.is_none()).count();
    let inputs: BTreeSet<&str> = plan.inputs.iter().map(|(n, _)| n.as_str()).collect();
    let mut briefs: Vec<BriefOutcome> = processed.into_iter().flatten().collect();
    let selected: BTreeSet<String> = briefs.iter().map(|b| b.name.clone()).collect();
    for name in existing.iter().filter(|n| !selected.contains(*n)) {
        let outcome = leftover(&ctx, name, inputs.contains(name.as_str()), plan.complete);
        progress(&outcome);
        briefs.push(outcome);
    }
    briefs.sort_by(|a, b| a.name.cmp(&b.name));
    summary.output_error = briefs.iter().any(|b| b.write_error);
    summary.files_changed = briefs
        .iter()
        .map(|b| match b.status {
            Status::New | Status::Changed | Status::Removed => 1,
            _ => 0,
        })
        .sum();
    let entries: Vec<RunBrief> = briefs.iter().filter_map(|b| b.entry.clone()).collect();
    let (kb_sha, lexicon_sha) = (&kb.sha256, crate::ingest::lexicon_sha256());
    let config = pipeline::run_config(&request.options, kb_sha, &lexicon_sha);
    let corpus = pipeline::corpus_files(&entries, &config);
    summary.briefs = briefs;
    if request.check {
        for (name, bytes) in &corpus {
            let path = out.join(name);
            if !outdir::same_bytes(&path, bytes) {
                summary.findings.push(if path.exists() {
                    Finding::Stale(name.clone())
                } else {
                    Finding::Missing(name.clone())
                });
            }
        }
        for name in RUN_RECORD_FILES {
            if !corpus.contains_key(name) && out.join(name).exists() {
                summary.findings.push(Finding::Extra(name.to_owned()));
            }
        }
    } else {
        match write_corpus(out, corpus) {
            Ok(n) => summary.files_changed += n,
            Err(source) => {
                return Err(BatchError::Output {
                    path: out.clone(),
                    source,
                })
            }
        }
    }
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// The corpus-level files a run may write besides the corpus manifest: the run record's
/// ([`pipeline::provenance_files`]) and the corpus review page (with the `html` format).
const RUN_RECORD_FILES: [&str; 3] = [
    pipeline::PROVENANCE_NQ,
    pipeline::PROVENANCE_TRIG,
    crate::emit::html::index::FILE_NAME,
];

/// Writes the corpus-level files, the corpus manifest last (it is the run's commit point), and
/// removes a corpus-level file (`provenance.nq`, `provenance.trig`, `index.html`) the formats
/// no longer give.
/// Returns how many files changed.
pub fn write_corpus(out: &Path, mut corpus: BTreeMap<String, Vec<u8>>) -> io::Result<usize> {
    let mut changed = 0;
    let manifest = corpus.remove(outdir::MANIFEST);
    for (name, bytes) in &corpus {
        changed += usize::from(outdir::write_atomic(&out.join(name), bytes)?);
    }
    for name in RUN_RECORD_FILES {
        let path = out.join(name);
        if !corpus.contains_key(name) && path.exists() {
            std::fs::remove_file(path)?;
            changed += 1;
        }
    }
    if let Some(m) = manifest {
        changed += usize::from(outdir::write_atomic(&out.join(outdir::MANIFEST), &m)?);
    }
    Ok(changed)
}

/// The start of the message of a write failure.
const WRITE_FAILED: &str = "cannot write its output";

/// Processes one planned input; `None` when another shard takes it.
fn process(ctx: &Context<'_>, name: &str, path: &Path) -> Option<BriefOutcome> {
    let request = ctx.request;
    let folder = request.output.join(name);
    let mut timings = Timings::default();
    let clock = Instant::now();
    let earlier = ctx
        .existing
        .contains(name)
        .then(|| outdir::read_brief_manifest(&folder))
        .flatten();
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    if size > request.max_brief_bytes {
        let problem = Problem::error(
            path,
            format!(
                "{}: brief too large (E004): {size} bytes, more than the limit of {} bytes \
                 (--max-brief-bytes); is it a brief?",
                path.display(),
                request.max_brief_bytes
            ),
        );
        return Some(failed(name, path, earlier, problem));
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(source) => {
            let e = BriefError::Io {
                path: path.to_owned(),
                source,
            };
            return Some(failed(name, path, earlier, Problem::of_brief_error(&e)));
        }
    };
    let sha256 = sha256_hex(&bytes);
    if let Some(shard) = request.shard {
        if !shard.takes(&sha256) {
            return None;
        }
    }
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    timings.read = clock.elapsed().as_secs_f64();
    if let (Some((m, manifest_bytes)), false) = (&earlier, request.check) {
        if m.source_sha256 == sha256
            && m.source_name == file_name
            && m.config_sha256 == ctx.config_sha256
            && outdir::files_as_listed(&folder, m)
        {
            let mut o = BriefOutcome::new(name, Some(path), Status::Unchanged);
            o.entry = Some(entry_of(name, m, manifest_bytes));
            o.timings = timings;
            let mut keep: BTreeSet<&str> = m.files.iter().map(|f| f.path.as_str()).collect();
            keep.insert(outdir::MANIFEST);
            if let Err(e) = outdir::tidy(&folder, &keep) {
                o.problems.push(Problem::warning(
                    &folder,
                    format!("{}: cannot remove stray files: {e}", folder.display()),
                ));
            }
            return Some(o);
        }
    }
    let clock = Instant::now();
    let source = match crate::ingest::decode(path, &file_name, &bytes) {
        Ok(s) => s,
        Err(e) => return Some(failed(name, path, earlier, Problem::of_brief_error(&e))),
    };
    drop(bytes);
    let analysed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let (doc, annotation_findings) =
            pipeline::analyze_with(source, ctx.kb, ctx.gazetteer, &request.options.annotations);
        timings.analyze = clock.elapsed().as_secs_f64();
        let clock = Instant::now();
        let rendered = pipeline::render(&doc, &request.options);
        timings.render = clock.elapsed().as_secs_f64();
        let counts = Counts {
            source_bytes: doc.source.byte_len,
            repairs: doc.clean.repairs.len(),
            sentences: doc.sentences.len(),
            mentions: doc.mentions.len(),
            entities: doc.entities.len(),
            claims: doc.claims.len(),
            quads: 0,
            output_bytes: rendered.files.values().map(Vec::len).sum(),
        };
        (rendered, counts, annotation_findings)
    }));
    let (rendered, mut counts, annotation_findings) = match analysed {
        Ok(r) => r,
        Err(panic) => {
            let what = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            let problem = Problem::error(
                path,
                format!(
                    "{}: internal error while processing the brief ({what}); please report it",
                    path.display()
                ),
            );
            return Some(failed(name, path, earlier, problem));
        }
    };
    counts.quads = manifest_quads(&rendered);
    let clock = Instant::now();
    let status = if earlier.is_some() {
        Status::Changed
    } else {
        Status::New
    };
    let mut o = BriefOutcome::new(name, Some(path), status);
    // issue 10: external annotations left out are errors (exit 1), the rest notes.
    for f in &annotation_findings {
        o.problems.push(if f.rejected {
            Problem::error(path, f.to_string())
        } else {
            Problem::warning(path, f.to_string())
        });
    }
    o.entry = Some(rendered.run_brief());
    o.counts = Some(counts);
    if request.check {
        o.findings = compare(&folder, name, &rendered);
        if o.findings.is_empty() {
            o.status = Status::Unchanged;
        }
    } else if let Err(e) = outdir::write_brief_folder(&folder, &rendered.files) {
        let problem = Problem::error(
            &folder,
            format!(
                "{}: {WRITE_FAILED}: {e}; its earlier output, if any, is kept",
                folder.display()
            ),
        );
        let mut f = failed(name, path, earlier, problem);
        f.write_error = true;
        f.counts = Some(counts);
        f.timings = timings;
        return Some(f);
    }
    timings.write = clock.elapsed().as_secs_f64();
    o.timings = timings;
    Some(o)
}

fn manifest_quads(r: &Rendered) -> usize {
    r.files
        .get(outdir::MANIFEST)
        .and_then(|b| serde_json::from_slice::<BriefManifest>(b).ok())
        .map_or(0, |m| m.quads)
}

/// A brief's files compared with its folder: stale, missing and extra files.
fn compare(folder: &Path, name: &str, r: &Rendered) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (file, bytes) in &r.files {
        let path = folder.join(file);
        if !outdir::same_bytes(&path, bytes) {
            findings.push(if path.exists() {
                Finding::Stale(format!("{name}/{file}"))
            } else {
                Finding::Missing(format!("{name}/{file}"))
            });
        }
    }
    if let Ok(entries) = std::fs::read_dir(folder) {
        let mut extra: Vec<String> = entries
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| !t.is_dir()))
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|f| !r.files.contains_key(f))
            .map(|f| format!("{name}/{f}"))
            .collect();
        extra.sort();
        findings.extend(extra.into_iter().map(Finding::Extra));
    }
    findings.sort_by(|a, b| a.path().cmp(b.path()));
    findings
}

/// A brief that could not be processed: stale when an earlier output is kept, failed when
/// there is none.
fn failed(
    name: &str,
    path: &Path,
    earlier: Option<(BriefManifest, Vec<u8>)>,
    problem: Problem,
) -> BriefOutcome {
    let mut o = BriefOutcome::new(name, Some(path), Status::Failed);
    o.problems.push(problem);
    if let Some((m, bytes)) = earlier {
        o.status = Status::Stale;
        o.entry = Some(entry_of(name, &m, &bytes));
        o.problems.push(Problem::warning(
            path,
            format!(
                "{}: the output of an earlier run is kept in {name}/ and is now stale",
                path.display()
            ),
        ));
    }
    o
}

fn entry_of(name: &str, m: &BriefManifest, manifest_bytes: &[u8]) -> RunBrief {
    RunBrief {
        name: name.to_owned(),
        source_name: m.source_name.clone(),
        source_sha256: m.source_sha256.clone(),
        graph_sha256: m.graph_sha256.clone(),
        manifest_sha256: sha256_hex(manifest_bytes),
        listing: crate::provenance::manifest::BriefListing::of(m),
    }
}

/// A brief folder of the output that this run does not process: removed when its source is
/// an input another shard takes or is really gone (`complete`), kept otherwise.
fn leftover(ctx: &Context<'_>, name: &str, other_shard: bool, complete: bool) -> BriefOutcome {
    let folder = ctx.request.output.join(name);
    if other_shard || complete {
        let mut o = BriefOutcome::new(name, None, Status::Removed);
        if ctx.request.check {
            o.findings.push(Finding::Extra(format!("{name}/")));
        } else if let Err(e) = outdir::remove_brief_folder(&folder) {
            o.write_error = true;
            o.problems.push(Problem::error(
                &folder,
                format!(
                    "{}: {WRITE_FAILED}: cannot remove it: {e}",
                    folder.display()
                ),
            ));
        }
        return o;
    }
    let mut o = BriefOutcome::new(name, None, Status::Kept);
    match outdir::read_brief_manifest(&folder) {
        Some((m, bytes)) => {
            if m.config_sha256 != ctx.config_sha256 {
                o.status = Status::Stale;
                o.problems.push(Problem::error(
                    &folder,
                    format!(
                        "{}: made with another configuration and its source is not among the \
                         inputs: it is kept, stale; export its source again or remove the folder",
                        folder.display()
                    ),
                ));
            }
            o.entry = Some(entry_of(name, &m, &bytes));
            if !ctx.request.check {
                let _ = outdir::remove_leftovers(&folder);
            }
        }
        None => {
            o.status = Status::Stale;
            o.problems.push(Problem::error(
                &folder,
                format!(
                    "{}: its manifest.json cannot be read as a brief manifest; the folder is left \
                     as it is",
                    folder.display()
                ),
            ));
        }
    }
    o
}
