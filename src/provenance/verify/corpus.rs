//! The corpus level: the corpus manifest (canonical bytes, root hash, every file of the output
//! folder covered), the run record (file hashes, graph hash, configuration hash, run
//! identifier, the graph re-derived from the manifests), each brief ([`super::brief`]) and the
//! store.

use std::collections::{BTreeMap, BTreeSet};

use oxrdf::Quad;
use rayon::prelude::*;

use super::brief::{self, BriefInput, BriefOutcome, Sources};
use super::run;
use super::store::{self, GraphStore};
use super::tree::is_safe_path;
use super::{Check, FileRef, Finding, Report, Tree, VerifyError};
use crate::emit::iri::Iris;
use crate::provenance::manifest::{self, CorpusEntry, CorpusManifest};

const MANIFEST: &str = "manifest.json";

/// The corpus manifest, as the file of a finding.
pub(super) fn corpus_file() -> FileRef {
    FileRef::Output(MANIFEST.to_owned())
}

/// Verifies the whole output folder.
pub(super) fn verify(
    out: &dyn Tree,
    sources: &dyn Tree,
    store: Option<&dyn GraphStore>,
) -> Result<Report, VerifyError> {
    let listing = out.list()?;
    let sources = Sources::new(sources)?;
    let mut report = Report::default();
    let corpus = read_manifest(out, &mut report)?;
    let briefs: Vec<(String, Option<CorpusEntry>)> = match &corpus {
        Some(m) => m
            .briefs
            .iter()
            .map(|e| (e.name.clone(), Some(e.clone())))
            .collect(),
        // Without a usable corpus manifest, each folder holding a manifest is checked on its own.
        None => listing
            .iter()
            .filter_map(|rel| rel.strip_suffix("/manifest.json"))
            .filter(|name| !name.contains('/'))
            .map(|name| (name.to_owned(), None))
            .collect(),
    };
    let names: BTreeSet<&str> = briefs.iter().map(|(name, _)| name.as_str()).collect();
    let corpus_files: BTreeSet<&str> = corpus
        .iter()
        .flat_map(|m| m.files.iter().map(|f| f.path.as_str()))
        .collect();
    for rel in &listing {
        let covered = rel == MANIFEST
            || corpus_files.contains(rel.as_str())
            || rel
                .split_once('/')
                .is_some_and(|(top, _)| names.contains(top));
        if !covered {
            report.findings.push(Finding::new(
                FileRef::Output(rel.clone()),
                Check::UnlistedFile,
                "a file of the output folder that no manifest lists",
                "only the files the manifests list",
                "an unlisted file",
            ));
        }
    }
    // Each brief is checked on its own and dropped: what is kept of it (findings, counts,
    // notes, its manifest) is small, so memory is bounded by the briefs in flight. With a
    // store and a corpus manifest, the brief's named graph is compared with the store's while
    // its verified graph is at hand. Results are merged in the corpus manifest's order.
    let base_iri = corpus.as_ref().map(|m| m.base_iri.as_str());
    // Without a corpus manifest, the store's graphs are named by the brief manifests, checked
    // after every brief (below): only then are the briefs' graphs kept.
    let keep_graphs = store.is_some() && corpus.is_none();
    let outcomes: Vec<Result<BriefOutcome, VerifyError>> = briefs
        .par_iter()
        .map(|(name, entry)| {
            let input = BriefInput {
                name,
                entry: entry.as_ref(),
                base_iri,
                version: corpus.as_ref().map(|m| m.briefkg_version.as_str()),
            };
            let mut o = brief::verify(out, &sources, &listing, &input)?;
            if let (Some(store), Some(base), Some(e)) = (store, base_iri, entry) {
                let iri = Iris::graph_of(base, &e.source_sha256);
                let checked =
                    store::check_graph(store, &iri, &e.graph_sha256, o.graph.as_deref(), name)?;
                o.counts.store_graphs += 1;
                o.findings.extend(checked.finding);
                o.notes.extend(checked.note);
            }
            if !keep_graphs {
                o.graph = None;
            }
            Ok(o)
        })
        .collect();
    let mut manifests = BTreeMap::new();
    let mut local: BTreeMap<String, Vec<Quad>> = BTreeMap::new();
    for ((name, _), outcome) in briefs.iter().zip(outcomes) {
        let o = outcome?;
        report.findings.extend(o.findings);
        report.counts.add(o.counts);
        report.notes.extend(o.notes);
        if let Some(m) = o.manifest {
            manifests.insert(crate::pipeline::output_name(&m.source_name), m);
        }
        if let Some(g) = o.graph {
            local.insert(name.clone(), g);
        }
    }
    let run_graph = match &corpus {
        Some(m) => run::verify(out, m, &manifests, &mut report)?,
        None => None,
    };
    // The store is compared with full quads; without a store the compact ones are dropped.
    let run_quads = match store {
        Some(_) => run_graph.as_ref().map(|q| q.to_quads()),
        None => None,
    };
    drop(run_graph);
    if let Some(store) = store {
        // (graph IRI, expected hash, what it is, the verified local graph)
        let graphs: Vec<(String, String, String, Option<&[Quad]>)> = match &corpus {
            // The briefs' graphs were checked with the briefs.
            Some(m) => vec![(
                m.run.graph_iri.clone(),
                m.run.graph_sha256.clone(),
                "the run record".to_owned(),
                run_quads.as_deref(),
            )],
            None => manifests
                .iter()
                .map(|(name, bm)| {
                    (
                        bm.graph_iri.clone(),
                        bm.graph_sha256.clone(),
                        name.clone(),
                        local.get(name).map(Vec::as_slice),
                    )
                })
                .collect(),
        };
        for (iri, sha, what, quads) in graphs {
            report.counts.store_graphs += 1;
            let checked = store::check_graph(store, &iri, &sha, quads, &what)?;
            report.findings.extend(checked.finding);
            report.notes.extend(checked.note);
        }
    }
    Ok(report)
}

/// Reads and checks the corpus manifest; `None` when it is missing or does not parse.
fn read_manifest(
    out: &dyn Tree,
    report: &mut Report,
) -> Result<Option<CorpusManifest>, VerifyError> {
    let Some(bytes) = out.read(MANIFEST)? else {
        report.findings.push(Finding::new(
            corpus_file(),
            Check::MissingFile,
            "the corpus manifest is missing",
            "manifest.json at the top of the output folder",
            "no such file",
        ));
        return Ok(None);
    };
    report.counts.files += 1;
    let m: CorpusManifest = match serde_json::from_slice(&bytes) {
        Ok(m) => m,
        Err(e) => {
            report.findings.push(
                Finding::new(
                    corpus_file(),
                    Check::Parse,
                    format!("the corpus manifest does not parse: {e}"),
                    "a corpus manifest (schemas/corpus-manifest.schema.json)",
                    "invalid JSON or unknown fields",
                )
                .at(Some(e.line())),
            );
            return Ok(None);
        }
    };
    let mut push = |check, message: &str, expected: String, found: String| {
        report
            .findings
            .push(Finding::new(corpus_file(), check, message, expected, found));
    };
    if manifest::to_json(&m) != bytes {
        push(
            Check::Manifest,
            "the corpus manifest is not in the canonical form briefkg writes",
            "pretty-printed JSON, fields in schema order, final newline".to_owned(),
            "other bytes for the same content".to_owned(),
        );
    }
    let root = manifest::root_hash(&m);
    if root != m.root_sha256 {
        push(
            Check::RootHash,
            "root_sha256 is not the hash of the corpus manifest's content",
            root,
            m.root_sha256.clone(),
        );
    }
    let names: Vec<&str> = m.briefs.iter().map(|b| b.name.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    sorted.dedup();
    if sorted != names || names.iter().any(|n| !is_safe_path(n) || n.contains('/')) {
        push(
            Check::Manifest,
            "the corpus manifest's briefs are not plain folder names, sorted, each once",
            "sorted distinct folder names".to_owned(),
            names.join(", "),
        );
    }
    let paths: Vec<&str> = m.files.iter().map(|f| f.path.as_str()).collect();
    let mut sorted = paths.clone();
    sorted.sort_unstable();
    sorted.dedup();
    if sorted != paths || paths.iter().any(|p| !is_safe_path(p) || p.contains('/')) {
        push(
            Check::Manifest,
            "the corpus manifest's files are not top-level files, sorted, each once",
            "sorted distinct file names".to_owned(),
            paths.join(", "),
        );
    }
    Ok(Some(m))
}
