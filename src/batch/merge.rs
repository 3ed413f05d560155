//! `briefkg merge SHARD... -o OUT`: the outputs of sharded exports (`export --shard K/N`)
//! combined into the output one run over all the briefs gives, byte for byte.
//!
//! Every shard must be a briefkg output folder (a corpus `manifest.json`) made with the same
//! configuration (the corpus manifests' `config_sha256`), and no brief may be in two shards;
//! otherwise nothing is written. Each brief's files are checked against its manifest (SHA-256
//! and size) as they are copied, and its manifest against the shard's corpus manifest; the
//! corpus files are then made from the union of the briefs, with the shards' configuration
//! (read from their run records), exactly as `export` makes them.

use std::collections::{BTreeMap, BTreeSet};
use std::io;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{outdir, BatchError, BriefOutcome, Problem, Status, Summary};
use crate::pipeline;
use crate::provenance::hash::sha256_hex;
use crate::provenance::manifest::{BriefManifest, CorpusManifest};
use crate::provenance::run::{RunBrief, RunConfig};

/// Why a merge was refused (nothing written; exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// A shard folder has no readable corpus manifest.
    #[error("{}: not a briefkg output folder (no readable manifest.json): {message}", path.display())]
    NotAnOutput {
        /// The shard folder.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// Two shards were made with different configurations.
    #[error("{} and {}: made with different configurations (config_sha256 {} and {}); export every shard with the same options and briefkg version", first.display(), second.display(), first_sha256, second_sha256)]
    Configuration {
        /// One shard.
        first: PathBuf,
        /// Its configuration hash.
        first_sha256: String,
        /// A shard with another configuration.
        second: PathBuf,
        /// Its configuration hash.
        second_sha256: String,
    },
    /// A brief is in two shards.
    #[error("brief `{name}` is in two shards, {} and {}; shards must not overlap (use one --shard K/N per shard, with the same N)", first.display(), second.display())]
    Overlap {
        /// The brief's name.
        name: String,
        /// One shard.
        first: PathBuf,
        /// The other.
        second: PathBuf,
    },
    /// The output folder would overlap a shard, exists without being a briefkg output, or
    /// cannot be written.
    #[error(transparent)]
    Output(#[from] BatchError),
    /// The run record of a shard does not hold its configuration.
    #[error("{}: the run record (provenance.trig or provenance.nq) does not hold the configuration {config_sha256}", path.display())]
    NoConfiguration {
        /// The shard folder.
        path: PathBuf,
        /// The configuration hash the corpus manifest names.
        config_sha256: String,
    },
}

/// Merges the shard folders into `output`. Brief folders of `output` that no shard holds are
/// removed (`output` must be absent, empty, or an earlier briefkg output).
pub fn merge(shards: &[PathBuf], output: &Path) -> Result<Summary, MergeError> {
    let started = std::time::Instant::now();
    let mut manifests = Vec::new();
    for shard in shards {
        let bytes =
            std::fs::read(shard.join(outdir::MANIFEST)).map_err(|e| MergeError::NotAnOutput {
                path: shard.clone(),
                message: e.to_string(),
            })?;
        let corpus: CorpusManifest =
            serde_json::from_slice(&bytes).map_err(|e| MergeError::NotAnOutput {
                path: shard.clone(),
                message: e.to_string(),
            })?;
        manifests.push((shard.clone(), corpus));
    }
    super::check_overlap(shards, output)?;
    if let Some((first, m)) = manifests.first() {
        for (other, o) in &manifests[1..] {
            if o.config_sha256 != m.config_sha256 {
                return Err(MergeError::Configuration {
                    first: first.clone(),
                    first_sha256: m.config_sha256.clone(),
                    second: other.clone(),
                    second_sha256: o.config_sha256.clone(),
                });
            }
        }
    }
    let mut owner: BTreeMap<String, (PathBuf, String)> = BTreeMap::new();
    for (shard, m) in &manifests {
        for b in &m.briefs {
            if let Some((first, _)) = owner.get(&b.name) {
                return Err(MergeError::Overlap {
                    name: b.name.clone(),
                    first: first.clone(),
                    second: shard.clone(),
                });
            }
            owner.insert(b.name.clone(), (shard.clone(), b.manifest_sha256.clone()));
        }
    }
    let config = match manifests.first() {
        Some((shard, m)) => read_config(shard, &m.config_sha256)?,
        None => {
            return Err(MergeError::NotAnOutput {
                path: PathBuf::from("."),
                message: "no shard given".to_owned(),
            })
        }
    };
    if output.exists()
        && !output.join(outdir::MANIFEST).is_file()
        && std::fs::read_dir(output).is_ok_and(|mut d| d.next().is_some())
    {
        return Err(MergeError::Output(BatchError::Output {
            path: output.to_owned(),
            source: io::Error::other(
                "the folder is neither empty nor a briefkg output; merge into a new folder",
            ),
        }));
    }
    let fail = |source| BatchError::Output {
        path: output.to_owned(),
        source,
    };
    outdir::probe_writable(output).map_err(fail)?;
    outdir::remove_leftovers(output).map_err(fail)?;
    let existing = outdir::brief_folders(output).map_err(fail)?;
    let mut briefs: Vec<BriefOutcome> = owner
        .par_iter()
        .map(|(name, (shard, manifest_sha256))| {
            copy_brief(shard, name, manifest_sha256, output, &existing)
        })
        .collect();
    for name in existing.iter().filter(|n| !owner.contains_key(*n)) {
        let mut o = BriefOutcome::new(name, None, Status::Removed);
        if let Err(e) = outdir::remove_brief_folder(&output.join(name)) {
            o.write_error = true;
            o.problems.push(Problem::error(
                &output.join(name),
                format!("{}: cannot remove it: {e}", output.join(name).display()),
            ));
        }
        briefs.push(o);
    }
    briefs.sort_by(|a, b| a.name.cmp(&b.name));
    let entries: Vec<RunBrief> = briefs.iter().filter_map(|b| b.entry.clone()).collect();
    let mut summary = Summary {
        output_error: briefs.iter().any(|b| b.write_error),
        briefs,
        ..Summary::default()
    };
    let written =
        super::write_corpus(output, pipeline::corpus_files(&entries, &config)).map_err(fail)?;
    summary.files_changed = written;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// The configuration whose canonical JSON hashes to `config_sha256`, from the shard's run
/// record in either of its formats (the `schema:text` of its configuration node).
fn read_config(shard: &Path, config_sha256: &str) -> Result<RunConfig, MergeError> {
    let missing = || MergeError::NoConfiguration {
        path: shard.to_owned(),
        config_sha256: config_sha256.to_owned(),
    };
    for name in [pipeline::PROVENANCE_NQ, pipeline::PROVENANCE_TRIG] {
        let path = shard.join(name);
        if !path.is_file() {
            continue;
        }
        let quads = crate::store::dataset::read_rdf(&path).map_err(|_| missing())?;
        for quad in quads {
            if let oxrdf::Term::Literal(l) = &quad.object {
                if sha256_hex(l.value().as_bytes()) == config_sha256 {
                    return RunConfig::from_canonical_json(l.value()).map_err(|_| missing());
                }
            }
        }
    }
    Err(missing())
}

/// Copies one brief folder, checking every file against the brief manifest and the manifest
/// against the shard's corpus manifest.
fn copy_brief(
    shard: &Path,
    name: &str,
    manifest_sha256: &str,
    output: &Path,
    existing: &BTreeSet<String>,
) -> BriefOutcome {
    let from = shard.join(name);
    let status = if existing.contains(name) {
        Status::Changed
    } else {
        Status::New
    };
    let mut o = BriefOutcome::new(name, Some(&from), status);
    let bad = |o: &mut BriefOutcome, message: String| {
        o.status = Status::Failed;
        o.problems.push(Problem::error(&from, message));
    };
    let Some((manifest, manifest_bytes)) = outdir::read_brief_manifest(&from) else {
        bad(
            &mut o,
            format!("{}: no readable brief manifest", from.display()),
        );
        return o;
    };
    if sha256_hex(&manifest_bytes) != manifest_sha256 {
        bad(
            &mut o,
            format!(
                "{}: manifest.json is not the one the shard's corpus manifest names",
                from.display()
            ),
        );
        return o;
    }
    let mut files = BTreeMap::new();
    for f in &manifest.files {
        match std::fs::read(from.join(&f.path)) {
            Ok(bytes) if bytes.len() == f.bytes && sha256_hex(&bytes) == f.sha256 => {
                files.insert(f.path.clone(), bytes);
            }
            Ok(_) => {
                bad(
                    &mut o,
                    format!("{}/{}: differs from its manifest", from.display(), f.path),
                );
                return o;
            }
            Err(e) => {
                bad(
                    &mut o,
                    format!("{}/{}: cannot read: {e}", from.display(), f.path),
                );
                return o;
            }
        }
    }
    files.insert(outdir::MANIFEST.to_owned(), manifest_bytes.clone());
    match outdir::write_brief_folder(&output.join(name), &files) {
        Ok(false) => o.status = Status::Unchanged,
        Ok(true) => {}
        Err(e) => {
            o.write_error = true;
            bad(
                &mut o,
                format!("{}: cannot write: {e}", output.join(name).display()),
            );
            return o;
        }
    }
    o.entry = Some(entry(name, &manifest, &manifest_bytes));
    o
}

fn entry(name: &str, m: &BriefManifest, bytes: &[u8]) -> RunBrief {
    super::entry_of(name, m, bytes)
}
