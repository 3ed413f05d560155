//! The pipeline: ingest → segment → extract → normalize → emit → provenance, for one brief
//! ([`analyze`], [`render`]) and for a batch ([`export`]), plus the one place that writes files
//! ([`write()`]) and the staleness check ([`check()`]).

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Path, PathBuf};

use crate::diag::BriefError;
use crate::emit::{self, iri::Iris, Format};
use crate::extract::{self, Gazetteer};
use crate::ingest;
use crate::kb::Kb;
use crate::model::{Anchorer, Document, SourceText};
use crate::normalize;
use crate::provenance::hash::canonical_nquads;
use crate::provenance::manifest::{self, BriefManifest, CorpusEntry, CorpusManifest, FileEntry};
use crate::segment;

/// The version written into manifests.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Options of an export.
#[derive(Debug, Clone)]
pub struct Options {
    /// Base IRI of the data; must end in `/` or `#`.
    pub base_iri: String,
    /// Formats to write (the manifests are always written).
    pub formats: BTreeSet<Format>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            base_iri: emit::vocab::DEFAULT_BASE_IRI.to_owned(),
            formats: Format::ALL.into_iter().collect(),
        }
    }
}

/// Runs every analysis stage on one decoded brief.
pub fn analyze(source: SourceText, kb: &Kb, gazetteer: &Gazetteer<'_>) -> Document {
    let (clean, drafts) = ingest::clean(&source);
    let mut metadata = ingest::read_metadata(&source.text, &clean, &drafts);
    let anchorer = Anchorer::new(&source.text, &clean);
    let seg = segment::run(&anchorer, &drafts);
    let mentions = extract::run(&anchorer, gazetteer, &seg.paragraphs, &seg.sentences);
    normalize::link_metadata(kb, &mut metadata);
    let entities = normalize::entities(kb, &mentions, &metadata);
    drop(anchorer);
    Document {
        source,
        clean,
        metadata,
        blocks: seg.blocks,
        sections: seg.sections,
        paragraphs: seg.paragraphs,
        sentences: seg.sentences,
        mentions,
        entities,
    }
}

/// The files of one brief's output folder, manifest included, and its corpus entry.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// Output folder name (the source file's stem).
    pub name: String,
    /// File name → bytes, `manifest.json` included.
    pub files: BTreeMap<String, Vec<u8>>,
    /// The brief's line in the corpus manifest.
    pub entry: CorpusEntry,
}

/// The output folder name of a source file: its stem.
pub fn output_name(source_name: &str) -> String {
    Path::new(source_name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| source_name.to_owned())
}

/// Serialises one analysed brief in every requested format and writes its manifest.
pub fn render(doc: &Document, options: &Options) -> Rendered {
    let iris = Iris::new(&options.base_iri, &doc.source.sha256);
    let quads = emit::rdf::quads(doc, &iris);
    let (_, graph_sha256) = canonical_nquads(&quads);
    let mut files = BTreeMap::new();
    for format in &options.formats {
        files.insert(
            format.file_name().to_owned(),
            emit::serialize(*format, doc, &quads),
        );
    }
    let manifest = BriefManifest {
        briefkg_version: VERSION.to_owned(),
        source_name: doc.source.name.clone(),
        source_sha256: doc.source.sha256.clone(),
        source_bytes: doc.source.byte_len,
        brief_iri: iris.brief().into_string(),
        graph_iri: iris.graph().into_string(),
        graph_sha256: graph_sha256.clone(),
        quads: quads.len(),
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
        files,
        entry,
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
fn is_brief_file(path: &Path) -> bool {
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

/// Runs the whole pipeline over the inputs, in memory.
pub fn export(inputs: &[PathBuf], options: &Options) -> Export {
    let kb = Kb::bundled();
    let gazetteer = Gazetteer::new(&kb);
    let mut result = Export::default();
    let paths = match collect_inputs(inputs) {
        Ok(p) => p,
        Err(e) => {
            result.errors.push(e);
            return result;
        }
    };
    let mut taken: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut entries = Vec::new();
    for path in paths {
        let source = match ingest::read(&path) {
            Ok(s) => s,
            Err(e) => {
                result.errors.push(e);
                continue;
            }
        };
        let name = output_name(&source.name);
        if let Some(other) = taken.get(&name) {
            result.errors.push(BriefError::DuplicateName {
                path,
                name,
                other: other.clone(),
            });
            continue;
        }
        taken.insert(name, path);
        let doc = analyze(source, &kb, &gazetteer);
        let rendered = render(&doc, options);
        for (file, bytes) in rendered.files {
            result
                .files
                .insert(format!("{}/{file}", rendered.name), bytes);
        }
        entries.push(rendered.entry);
    }
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    let corpus = CorpusManifest {
        briefkg_version: VERSION.to_owned(),
        base_iri: options.base_iri.clone(),
        kb_sha256: kb.sha256.clone(),
        jsonld_context_version: emit::jsonld::CONTEXT_VERSION.to_owned(),
        jsonld_context_sha256: emit::jsonld::context_sha256(),
        root_sha256: manifest::root_hash(&entries),
        briefs: entries,
    };
    result
        .files
        .insert("manifest.json".to_owned(), manifest::to_json(&corpus));
    result
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
    match f {
        Finding::Stale(p) | Finding::Missing(p) | Finding::Extra(p) => p,
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
