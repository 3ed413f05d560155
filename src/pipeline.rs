//! The pipeline: ingest → segment → extract → normalize → emit → provenance, for one brief
//! ([`analyze`], [`render`]) and for a batch ([`export`]), plus the one place that writes files
//! ([`write()`]) and the staleness check ([`check()`]).

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Path, PathBuf};

use crate::diag::BriefError;
use rayon::prelude::*;

use crate::claims;
use crate::emit::iri::{Iris, RunIris};
use crate::emit::{self, Format};
use crate::extract::{self, Gazetteer};
use crate::ingest;
use crate::kb::Kb;
use crate::model::{Anchorer, Document, SourceText};
use crate::normalize;
use crate::provenance::hash::canonical_nquads;
use crate::provenance::manifest::{
    self, BriefListing, BriefManifest, CorpusEntry, CorpusManifest, FileEntry, RunEntry,
};
use crate::provenance::run::{RunBrief, RunConfig, RunRecord};
use crate::segment;

/// The version written into manifests.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Options of an export.
#[derive(Debug, Clone)]
pub struct Options {
    /// Base IRI of the data; must end in `/` or `#`.
    pub base_iri: String,
    /// Formats to write (the manifests and the run record are always written; see
    /// [`provenance_files`]).
    pub formats: BTreeSet<Format>,
    /// The value of `SOURCE_DATE_EPOCH`, read by the caller: the only time that may appear in
    /// the output (the run record's `prov:endedAtTime`).
    pub source_date_epoch: Option<u64>,
    /// What the graphs state beyond the lean default (Web Annotation selectors).
    pub profile: emit::rdf::Profile,
    /// User gazetteers (`--gazetteer`; issue 10): file name and text of TSV tables with the
    /// columns of a bundled knowledge-base table. Their entries win over the bundled ones; their
    /// bytes are part of the knowledge base's hash, so of the configuration hashes.
    pub gazetteers: Vec<(String, String)>,
    /// External annotation files (`--annotations`; issue 10), parsed; each applies to the brief
    /// it names. Their bytes are part of the briefs' configuration hash.
    pub annotations: Vec<crate::extract::external::ExternalFile>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            base_iri: emit::vocab::DEFAULT_BASE_IRI.to_owned(),
            formats: Format::DEFAULT.into_iter().collect(),
            source_date_epoch: None,
            profile: emit::rdf::Profile::default(),
            gazetteers: Vec::new(),
            annotations: Vec::new(),
        }
    }
}

/// The run record in N-Quads, written when N-Quads are requested.
pub const PROVENANCE_NQ: &str = "provenance.nq";
/// The run record in TriG, written when TriG is requested, or when neither N-Quads nor TriG is
/// (the run record is always written, in a format that keeps its named graph).
pub const PROVENANCE_TRIG: &str = "provenance.trig";

/// The run record's files for a set of formats: `provenance.nq` with N-Quads, `provenance.trig`
/// with TriG or without either.
pub fn provenance_files(formats: &BTreeSet<Format>) -> Vec<(Format, &'static str)> {
    let mut out = Vec::new();
    if formats.contains(&Format::NQuads) {
        out.push((Format::NQuads, PROVENANCE_NQ));
    }
    if formats.contains(&Format::TriG) || out.is_empty() {
        out.push((Format::TriG, PROVENANCE_TRIG));
    }
    out
}

/// Runs every analysis stage on one decoded brief.
pub fn analyze(source: SourceText, kb: &Kb, gazetteer: &Gazetteer<'_>) -> Document {
    analyze_with(source, kb, gazetteer, &[]).0
}

/// [`analyze`] with external annotations (issue 10): the grounded spans of the files about this
/// brief are merged into its mentions; the findings say which spans were left out and why.
pub fn analyze_with(
    source: SourceText,
    kb: &Kb,
    gazetteer: &Gazetteer<'_>,
    annotations: &[crate::extract::external::ExternalFile],
) -> (Document, Vec<crate::extract::external::AnnotationFinding>) {
    let (clean, drafts) = ingest::clean(&source);
    let mut metadata = ingest::read_metadata(&source.text, &clean, &drafts);
    let anchorer = Anchorer::new(&source.text, &clean);
    let seg = segment::run(&anchorer, &drafts);
    normalize::link_metadata(kb, &mut metadata);
    let mut extraction = extract::run(
        &anchorer,
        gazetteer,
        &clean,
        &metadata,
        &seg.paragraphs,
        &seg.sentences,
    );
    let mut findings = Vec::new();
    if !annotations.is_empty() {
        let view = Document {
            source: source.clone(),
            clean: clean.clone(),
            metadata: metadata.clone(),
            blocks: Vec::new(),
            sections: Vec::new(),
            paragraphs: seg.paragraphs.clone(),
            sentences: seg.sentences.clone(),
            mentions: Vec::new(),
            entities: Vec::new(),
            claims: Vec::new(),
        };
        findings = extract::external::merge(annotations, &view, kb, &anchorer, &mut extraction);
    }
    let entities = normalize::entities(kb, &extraction, &metadata);
    let claims = claims::run(
        &anchorer,
        &seg.sections,
        &seg.paragraphs,
        &seg.sentences,
        &extraction.mentions,
        &metadata,
    );
    drop(anchorer);
    let doc = Document {
        source,
        clean,
        metadata,
        blocks: seg.blocks,
        sections: seg.sections,
        paragraphs: seg.paragraphs,
        sentences: seg.sentences,
        mentions: extraction.mentions,
        entities,
        claims,
    };
    (doc, findings)
}

/// The files of one brief's output folder, manifest included, and its corpus entry.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// Output folder name (the source file's stem).
    pub name: String,
    /// The source file name.
    pub source_name: String,
    /// File name → bytes, `manifest.json` included.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The brief's line in the corpus manifest.
    pub entry: CorpusEntry,
    /// What the corpus index shows of it (from its manifest).
    pub listing: BriefListing,
}

/// The output folder name of a source file: its stem.
pub fn output_name(source_name: &str) -> String {
    Path::new(source_name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| source_name.to_owned())
}

/// Serialises one analysed brief in every requested format and writes its manifest.
///
/// Memory: every file of the brief is in memory at once (the caller writes and drops them);
/// nothing else is kept.
pub fn render(doc: &Document, options: &Options) -> Rendered {
    let iris = Iris::new(&options.base_iri, &doc.source.sha256);
    let mut quads = emit::rdf::graph(doc, &iris, options.profile);
    let graph_sha256 = quads.graph_sha256();
    render_with(doc, &quads, graph_sha256, options)
}

/// [`render`] with the brief's quads given (sorted, in the brief's named graph) instead of
/// derived from the document: `knowledge.json` still comes from the document. Used by tests
/// that build consistent forgeries to show `verify` catches them. The quads are written in the
/// order given.
pub fn render_quads(doc: &Document, quads: Vec<oxrdf::Quad>, options: &Options) -> Rendered {
    let graph_sha256 = graph_sha256(&quads);
    let quads = emit::Quads::from_quads(quads.iter().map(oxrdf::Quad::as_ref));
    render_with(doc, &quads, graph_sha256, options)
}

/// The files of a brief from its quads (written in their order) and their graph hash.
fn render_with(
    doc: &Document,
    quads: &emit::Quads,
    graph_sha256: String,
    options: &Options,
) -> Rendered {
    let iris = Iris::new(&options.base_iri, &doc.source.sha256);
    let prefixes = iris.prefixes();
    let mut data_files: Vec<&str> = options
        .formats
        .iter()
        .filter(|f| **f != Format::Html)
        .map(|f| f.file_name())
        .collect();
    data_files.sort_unstable();
    let page = emit::html::PageContext {
        iris: &iris,
        graph_sha256: &graph_sha256,
        files: &data_files,
        version: VERSION,
    };
    // The review page reads the graph as oxrdf quads.
    let oxquads = if options.formats.contains(&Format::Html) {
        quads.to_quads()
    } else {
        Vec::new()
    };
    let mut files = BTreeMap::new();
    for format in &options.formats {
        let bytes = match format {
            Format::Json | Format::Html => emit::serialize(*format, doc, &oxquads, &page),
            rdf => emit::serialize_graph(*rdf, quads, &prefixes),
        };
        files.insert(format.file_name().to_owned(), bytes);
    }
    let manifest = BriefManifest {
        briefkg_version: VERSION.to_owned(),
        config_sha256: brief_config_sha256(options),
        source_name: doc.source.name.clone(),
        source_sha256: doc.source.sha256.clone(),
        source_bytes: doc.source.byte_len,
        brief_iri: iris.brief().into_string(),
        graph_iri: iris.graph().into_string(),
        graph_sha256: graph_sha256.clone(),
        quads: quads.len(),
        summary: emit::summary::of_graph(quads.iter(), iris.brief().as_str()),
        files: files.iter().map(|(p, b)| FileEntry::of(p, b)).collect(),
    };
    let manifest_bytes = manifest::to_json(&manifest);
    let entry = CorpusEntry {
        name: output_name(&doc.source.name),
        source_sha256: doc.source.sha256.clone(),
        graph_sha256,
        manifest_sha256: FileEntry::of("", &manifest_bytes).sha256,
    };
    files.insert("manifest.json".to_owned(), manifest_bytes);
    Rendered {
        name: entry.name.clone(),
        source_name: doc.source.name.clone(),
        files,
        entry,
        listing: BriefListing::of(&manifest),
    }
}

/// Extensions of the files taken from a folder.
pub const BRIEF_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "html", "htm"];

/// Expands inputs into brief files: files as given, folders walked recursively for files with
/// a brief extension (skipping `README*` files), sorted by path, duplicates removed.
pub fn collect_inputs(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, BriefError> {
    let mut out = BTreeSet::new();
    for input in inputs {
        if input.is_dir() {
            let found = crate::files::files_under(input, &is_brief_file)
                .map_err(|(path, source)| BriefError::Io { path, source })?;
            out.extend(found);
        } else {
            out.insert(input.clone());
        }
    }
    Ok(out.into_iter().collect())
}

/// A file a folder search takes as a brief: a brief extension, not a `README*`.
pub fn is_brief_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let ext_ok = path
        .extension()
        .is_some_and(|e| BRIEF_EXTENSIONS.contains(&e.to_string_lossy().to_lowercase().as_str()));
    ext_ok && !name.starts_with("readme")
}

/// Everything an export produces, in memory: relative path → bytes, and the briefs that failed.
#[derive(Debug, Default)]
pub struct Export {
    /// Relative output path (`/`-separated) → bytes.
    pub files: BTreeMap<String, Vec<u8>>,
    /// Briefs that could not be processed; the others are in `files`.
    pub errors: Vec<BriefError>,
}

/// Runs the whole pipeline over the inputs, in memory. Briefs are processed in parallel
/// (rayon; `RAYON_NUM_THREADS` or the caller's thread pool decides how many threads) and their
/// results collected in input order, so the bytes never depend on the thread count.
pub fn export(inputs: &[PathBuf], options: &Options) -> Export {
    let mut result = Export::default();
    let kb = match Kb::load(&options.gazetteers) {
        Ok(kb) => kb,
        Err(e) => {
            result.errors.push(BriefError::Gazetteer {
                path: PathBuf::from(&e.file),
                message: e.to_string(),
            });
            return result;
        }
    };
    let gazetteer = Gazetteer::new(&kb);
    let paths = match collect_inputs(inputs) {
        Ok(p) => p,
        Err(e) => {
            result.errors.push(e);
            return result;
        }
    };
    let processed: Vec<(PathBuf, Result<Rendered, BriefError>)> = paths
        .into_par_iter()
        .map(|path| {
            let rendered = ingest::read(&path).map(|source| {
                let (doc, _) = analyze_with(source, &kb, &gazetteer, &options.annotations);
                render(&doc, options)
            });
            (path, rendered)
        })
        .collect();
    let mut taken: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut briefs = Vec::new();
    for (path, rendered) in processed {
        let rendered = match rendered {
            Ok(r) => r,
            Err(e) => {
                result.errors.push(e);
                continue;
            }
        };
        if let Some(other) = taken.get(&rendered.name) {
            result.errors.push(BriefError::DuplicateName {
                path,
                name: rendered.name,
                other: other.clone(),
            });
            continue;
        }
        taken.insert(rendered.name.clone(), path);
        briefs.push(rendered);
    }
    result.files = assemble(&briefs, &kb, options);
    result
}

/// Every file of an export from briefs already rendered (names distinct): their folders, the
/// run record and the corpus manifest. [`export`] ends with the same steps.
pub fn assemble(briefs: &[Rendered], kb: &Kb, options: &Options) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for r in briefs {
        for (file, bytes) in &r.files {
            files.insert(format!("{}/{file}", r.name), bytes.clone());
        }
    }
    let entries: Vec<RunBrief> = briefs.iter().map(Rendered::run_brief).collect();
    files.extend(corpus_files(
        &entries,
        &run_config(options, &kb.sha256, &ingest::lexicon_sha256()),
    ));
    files
}

impl Rendered {
    /// The brief's line in the run record and the corpus manifest.
    pub fn run_brief(&self) -> RunBrief {
        RunBrief {
            name: self.name.clone(),
            source_name: self.source_name.clone(),
            source_sha256: self.entry.source_sha256.clone(),
            graph_sha256: self.entry.graph_sha256.clone(),
            manifest_sha256: self.entry.manifest_sha256.clone(),
            listing: self.listing.clone(),
        }
    }
}

/// The run configuration of an export with `options`, the bundled knowledge base's and word
/// list's hashes given.
pub fn run_config(options: &Options, kb_sha256: &str, lexicon_sha256: &str) -> RunConfig {
    let mut formats: Vec<String> = options
        .formats
        .iter()
        .map(|f| f.name().to_owned())
        .collect();
    formats.sort();
    RunConfig {
        briefkg_version: VERSION.to_owned(),
        base_iri: options.base_iri.clone(),
        formats,
        kb_sha256: kb_sha256.to_owned(),
        lexicon_sha256: lexicon_sha256.to_owned(),
        web_annotation: options.profile.web_annotation,
        source_date_epoch: options.source_date_epoch,
    }
}

/// SHA-256 of the bundled knowledge base and of the bundled word list, computed once.
fn bundled_hashes() -> &'static (String, String) {
    static HASHES: std::sync::OnceLock<(String, String)> = std::sync::OnceLock::new();
    HASHES.get_or_init(|| (Kb::bundled().sha256, ingest::lexicon_sha256()))
}

/// The configuration hash recorded in every brief manifest (`config_sha256`): SHA-256 of the
/// canonical JSON of the run configuration without `source_date_epoch`, which changes only
/// the run record, never a brief's files.
pub fn brief_config_sha256(options: &Options) -> String {
    let (kb, lexicon) = bundled_hashes();
    let mut config = run_config(options, kb, lexicon);
    config.source_date_epoch = None;
    // issue 10: user gazetteers and external annotations change a brief's output.
    if options.gazetteers.is_empty() && options.annotations.is_empty() {
        return config.sha256();
    }
    let mut extra = config.sha256();
    for (name, text) in &options.gazetteers {
        extra.push_str(&format!(
            "\0gazetteer\0{name}\0{}",
            crate::provenance::hash::sha256_hex(text.as_bytes())
        ));
    }
    for a in &options.annotations {
        extra.push_str(&format!("\0annotations\0{}\0{}", a.file, a.sha256));
    }
    crate::provenance::hash::sha256_hex(extra.as_bytes())
}

/// The SHA-256 of a graph's RDFC-1.0 canonical N-Quads ([`canonical_nquads`], which writes the
/// lines straight into one buffer and sorts them only when they are not in order already).
pub fn graph_sha256(quads: &[oxrdf::Quad]) -> String {
    canonical_nquads(quads).1
}

/// The corpus-level files of a set of briefs (names distinct): the run record
/// ([`provenance_files`]), the corpus review page (`index.html`, with the `html` format) and
/// the corpus manifest (`manifest.json`). The briefs' order does not matter.
pub fn corpus_files(briefs: &[RunBrief], config: &RunConfig) -> BTreeMap<String, Vec<u8>> {
    let (corpus, mut files) = corpus(briefs, config);
    files.insert("manifest.json".to_owned(), manifest::to_json(&corpus));
    files
}

/// The corpus manifest and the run record's files of a set of briefs.
fn corpus(briefs: &[RunBrief], config: &RunConfig) -> (CorpusManifest, BTreeMap<String, Vec<u8>>) {
    let base_iri = config.base_iri.clone();
    let kb_sha256 = config.kb_sha256.clone();
    let formats: BTreeSet<Format> = config
        .formats
        .iter()
        .filter_map(|f| f.parse().ok())
        .collect();
    let record = RunRecord::new(config.clone(), briefs.to_vec());
    let mut quads = emit::prov::compact(&record, &base_iri);
    let prefixes = RunIris::new(&base_iri, &record.run_id).prefixes();
    let graph_sha256 = quads.graph_sha256();
    let mut files = BTreeMap::new();
    for (format, name) in provenance_files(&formats) {
        files.insert(
            name.to_owned(),
            emit::serialize_graph(format, &quads, &prefixes),
        );
    }
    let quad_count = quads.len();
    drop(quads);
    if formats.contains(&Format::Html) {
        let corpus = emit::html::index::Corpus {
            version: VERSION,
            base_iri: &base_iri,
            config_sha256: &record.config_sha256,
        };
        files.insert(
            emit::html::index::FILE_NAME.to_owned(),
            emit::html::index::render(&corpus, &record.briefs),
        );
    }
    let run_iris = RunIris::new(&base_iri, &record.run_id);
    let mut entries: Vec<CorpusEntry> = record
        .briefs
        .iter()
        .map(|b| CorpusEntry {
            name: b.name.clone(),
            source_sha256: b.source_sha256.clone(),
            graph_sha256: b.graph_sha256.clone(),
            manifest_sha256: b.manifest_sha256.clone(),
        })
        .collect();
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    let mut corpus = CorpusManifest {
        briefkg_version: VERSION.to_owned(),
        base_iri,
        kb_sha256,
        jsonld_context_version: emit::jsonld::CONTEXT_VERSION.to_owned(),
        jsonld_context_sha256: emit::jsonld::context_sha256(),
        config_sha256: record.config_sha256.clone(),
        briefs: entries,
        run: RunEntry {
            iri: run_iris.run().into_string(),
            graph_iri: run_iris.graph().into_string(),
            graph_sha256,
            quads: quad_count,
        },
        files: files.iter().map(|(p, b)| FileEntry::of(p, b)).collect(),
        root_sha256: String::new(),
    };
    corpus.root_sha256 = manifest::root_hash(&corpus);
    (corpus, files)
}

/// Writes an export under `dir`, each file atomically (a temporary file renamed into place),
/// and removes files of earlier exports that this one no longer produces: brief folders that
/// hold a `manifest.json`, and unknown files inside the folders it writes.
pub fn write(dir: &Path, export: &Export) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (rel, bytes) in &export.files {
        let path = dir.join(rel);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        if std::fs::read(&path).is_ok_and(|old| &old == bytes) {
            continue;
        }
        let tmp = path.with_extension("briefkg-tmp");
        std::fs::write(&tmp, bytes)?;
        std::fs::rename(&tmp, &path)?;
    }
    for extra in check(dir, export).into_iter().filter_map(|f| match f {
        Finding::Extra(p) => Some(p),
        _ => None,
    }) {
        let path = dir.join(&extra);
        let owned = path
            .parent()
            .is_some_and(|p| p != dir && p.join("manifest.json").exists());
        if owned {
            std::fs::remove_file(&path)?;
            if let Some(parent) = path.parent() {
                let _ = std::fs::remove_dir(parent);
            }
        }
    }
    Ok(())
}

/// A difference between an export in memory and a folder on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    /// The file exists with other bytes.
    Stale(String),
    /// The file does not exist.
    Missing(String),
    /// The file exists but the export does not produce it.
    Extra(String),
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Finding::Stale(p) => write!(f, "stale: {p} differs from what export produces"),
            Finding::Missing(p) => write!(f, "missing: {p} is produced by export but absent"),
            Finding::Extra(p) => write!(f, "extra: {p} is not produced by export"),
        }
    }
}

/// Compares an export with `dir`: stale, missing and extra files, sorted by path.
pub fn check(dir: &Path, export: &Export) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (rel, bytes) in &export.files {
        match std::fs::read(dir.join(rel)) {
            Ok(old) if &old == bytes => {}
            Ok(_) => findings.push(Finding::Stale(rel.clone())),
            Err(_) => findings.push(Finding::Missing(rel.clone())),
        }
    }
    let mut on_disk = BTreeSet::new();
    list_files(dir, dir, &mut on_disk);
    for rel in on_disk {
        if !export.files.contains_key(&rel) {
            findings.push(Finding::Extra(rel));
        }
    }
    findings.sort_by(|a, b| finding_path(a).cmp(finding_path(b)));
    findings
}

fn finding_path(f: &Finding) -> &str {
    f.path()
}

impl Finding {
    /// The path the finding is about, relative to the output folder.
    pub fn path(&self) -> &str {
        match self {
            Finding::Stale(p) | Finding::Missing(p) | Finding::Extra(p) => p,
        }
    }
}

fn list_files(root: &Path, dir: &Path, out: &mut BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            list_files(root, &path, out);
        } else if let Ok(rel) = path.strip_prefix(root) {
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.insert(rel.join("/"));
        }
    }
}
