//! The run record (`provenance.nq`, `.trig`): each file against the corpus manifest, its graph
//! re-canonicalised, the run's IRIs derived from the configuration hash and the briefs, the
//! configuration text against its hash, and (same briefkg version) the whole graph re-derived
//! from the manifests.

use std::collections::BTreeMap;

use oxrdf::{GraphNameRef, NamedNode, NamedOrBlankNodeRef, Quad, TermRef};

use super::corpus::corpus_file;
use super::tree::is_safe_path;
use super::{read_listed, Check, FileRef, Finding, Report, Tree, VerifyError};
use crate::emit::html::index;
use crate::emit::iri::RunIris;
use crate::emit::vocab::SCHEMA;
use crate::emit::{self, read, Format, Quads};
use crate::pipeline::VERSION;
use crate::provenance::hash::{canonical_sha256, sha256_hex};
use crate::provenance::manifest::{BriefListing, BriefManifest, CorpusManifest};
use crate::provenance::run::{run_id, RunBrief, RunConfig, RunRecord};

fn provenance(file: FileRef, message: String, expected: String, found: String) -> Finding {
    Finding::new(file, Check::Provenance, message, expected, found)
}

/// Checks the run record; returns its graph when a file holds the one the corpus manifest
/// names. `manifests` are the briefs' manifests that parsed, by folder name.
pub(super) fn verify(
    out: &dyn Tree,
    m: &CorpusManifest,
    manifests: &BTreeMap<String, BriefManifest>,
    report: &mut Report,
) -> Result<Option<Quads>, VerifyError> {
    let iris = derivation(m, report);
    let reference = files(out, m, &iris, report)?;
    index_page(out, m, manifests, report)?;
    let Some((file, graph)) = reference else {
        return Ok(None);
    };
    content(m, manifests, &iris, file, &graph, report);
    Ok(Some(graph.quads))
}

/// The run graph of one file: its quads, compact, and how many quads the file holds.
struct RunGraph {
    quads: Quads,
    /// Quads in the file (duplicates counted), for `run.quads`.
    count: usize,
}

/// Every corpus-level file against the manifest; the RDF ones parsed and re-canonicalised.
/// Returns the first that holds the run graph.
///
/// TriG as this version of briefkg writes it (with the prefixes of the run's IRIs, `iris`) is
/// read by its own fast reader into compact quads, whose canonical hash needs no second copy
/// of the graph; it is trusted only when that hash is the one the corpus manifest names.
/// Any other file goes to the strict parser, so findings never depend on the fast path.
fn files(
    out: &dyn Tree,
    m: &CorpusManifest,
    iris: &RunIris,
    report: &mut Report,
) -> Result<Option<(FileRef, RunGraph)>, VerifyError> {
    let graph = NamedNode::new_unchecked(&m.run.graph_iri);
    let prefixes = iris.prefixes();
    let mut reference = None;
    for f in &m.files {
        if !is_safe_path(&f.path) {
            continue;
        }
        let file = FileRef::Output(f.path.clone());
        let Some(bytes) = read_listed(
            out,
            &f.path,
            f,
            "the corpus manifest",
            true,
            &mut report.findings,
            &mut report.counts,
        )?
        else {
            continue;
        };
        let format = match f.path.rsplit('.').next() {
            Some("nq") => Format::NQuads,
            Some("trig") => Format::TriG,
            _ => continue,
        };
        let own = match format {
            Format::TriG => read::own_trig_graph(&bytes, &prefixes, &m.run.graph_sha256),
            _ => None,
        };
        // (the graph, its canonical hash)
        let parsed = match own {
            Some((quads, count)) => Ok((RunGraph { quads, count }, m.run.graph_sha256.clone())),
            None => read::parse(format, &bytes, &graph).map(|q| {
                let found = canonical_sha256(&q);
                let quads = Quads::from_quads(q.iter().map(Quad::as_ref));
                let count = q.len();
                (RunGraph { quads, count }, found)
            }),
        };
        drop(bytes);
        let (run_graph, found) = match parsed {
            Ok(q) => q,
            Err(e) => {
                report.findings.push(
                    Finding::new(
                        file,
                        Check::Parse,
                        format!("the run record does not parse as {format}: {}", e.message),
                        format!("valid {format}"),
                        "a syntax error",
                    )
                    .at(e.line),
                );
                continue;
            }
        };
        report.counts.graphs += 1;
        let outside = run_graph
            .quads
            .iter()
            .any(|q| q.graph_name != GraphNameRef::NamedNode(graph.as_ref()));
        if found != m.run.graph_sha256 || outside {
            report.findings.push(Finding::new(
                file.clone(),
                Check::GraphHash,
                format!(
                    "the run record in this file ({} quads) is not the graph the corpus manifest names",
                    run_graph.count
                ),
                m.run.graph_sha256.clone(),
                found,
            ));
        } else if reference.is_none() {
            reference = Some((file, run_graph));
        }
    }
    Ok(reference)
}

/// `run.iri` and `run.graph_iri` derived from `config_sha256` and the briefs' manifest hashes.
fn derivation(m: &CorpusManifest, report: &mut Report) -> RunIris {
    let id = run_id(&m.config_sha256, &m.briefs);
    let iris = RunIris::new(&m.base_iri, &id);
    for (field, expected, found) in [
        ("run.iri", iris.run().into_string(), &m.run.iri),
        (
            "run.graph_iri",
            iris.graph().into_string(),
            &m.run.graph_iri,
        ),
    ] {
        if &expected != found {
            report.findings.push(provenance(
                corpus_file(),
                format!(
                    "{field} is not derived from config_sha256 and the briefs' manifest hashes"
                ),
                expected,
                found.clone(),
            ));
        }
    }
    iris
}

/// The run graph's content: quad count, configuration, and the graph re-derived.
fn content(
    m: &CorpusManifest,
    manifests: &BTreeMap<String, BriefManifest>,
    iris: &RunIris,
    file: FileRef,
    graph: &RunGraph,
    report: &mut Report,
) {
    let mut push = |file: FileRef, message: String, expected: String, found: String| {
        report
            .findings
            .push(provenance(file, message, expected, found));
    };
    if graph.count != m.run.quads {
        push(
            corpus_file(),
            "run.quads is not the run record's quad count".to_owned(),
            graph.count.to_string(),
            m.run.quads.to_string(),
        );
    }
    let config_iri = iris.config(&m.config_sha256).into_string();
    let text_iri = format!("{SCHEMA}text");
    // The configuration's one `schema:text`, a literal.
    let mut texts = graph.quads.iter().filter(|q| {
        matches!(q.subject, NamedOrBlankNodeRef::NamedNode(s) if s.as_str() == config_iri)
            && q.predicate.as_str() == text_iri
    });
    let text = match (texts.next().map(|q| q.object), texts.next()) {
        (Some(TermRef::Literal(l)), None) => l.value().to_owned(),
        _ => {
            push(
                file,
                format!("the run record has no configuration <{config_iri}> with a schema:text"),
                "the configuration's canonical JSON".to_owned(),
                "none".to_owned(),
            );
            return;
        }
    };
    let found = sha256_hex(text.as_bytes());
    if found != m.config_sha256 {
        push(
            file.clone(),
            "the configuration's text does not hash to config_sha256".to_owned(),
            m.config_sha256.clone(),
            found,
        );
    }
    let config = match RunConfig::from_canonical_json(&text) {
        Ok(c) => c,
        Err(e) => {
            push(
                file,
                format!("the configuration is not a briefkg configuration: {e}"),
                "canonical JSON with base_iri, briefkg_version, formats, kb_sha256, lexicon_sha256"
                    .to_owned(),
                text,
            );
            return;
        }
    };
    // (field, the run configuration's value, the corpus manifest's value)
    for (field, configured, stated) in [
        (
            "briefkg_version",
            &config.briefkg_version,
            &m.briefkg_version,
        ),
        ("base_iri", &config.base_iri, &m.base_iri),
        ("kb_sha256", &config.kb_sha256, &m.kb_sha256),
    ] {
        if configured != stated {
            push(
                corpus_file(),
                format!("`{field}` is not the run configuration's"),
                configured.clone(),
                stated.clone(),
            );
        }
    }
    // Every brief was made with this configuration (its manifest records the configuration's
    // hash without SOURCE_DATE_EPOCH, which changes only the run record).
    let brief_config = RunConfig {
        source_date_epoch: None,
        ..config.clone()
    }
    .sha256();
    for (name, bm) in manifests {
        if !bm.config_sha256.is_empty() && bm.config_sha256 != brief_config {
            report.findings.push(Finding::new(
                FileRef::Output(format!("{name}/manifest.json")),
                Check::Manifest,
                "the brief was exported with another configuration than the run's",
                brief_config.clone(),
                bm.config_sha256.clone(),
            ));
        }
    }
    if config.briefkg_version != VERSION {
        report.notes.push(format!(
            "run record not re-derived: written by briefkg {}, this is {VERSION}",
            config.briefkg_version
        ));
        return;
    }
    let briefs = match run_briefs(m, manifests) {
        Ok(b) => b,
        Err(name) => {
            report.notes.push(format!(
                "run record not re-derived: the manifest of {name} is unreadable"
            ));
            return;
        }
    };
    let record = RunRecord::new(config, briefs);
    // Built as compact quads, whose canonical hash needs no second copy of the graph.
    let derived = emit::prov::compact(&record, &m.base_iri).graph_sha256();
    if derived != m.run.graph_sha256 {
        report.findings.push(Finding::new(
            file,
            Check::Provenance,
            "the run record is not the one the manifests imply (re-derived from the configuration and the briefs)",
            derived,
            m.run.graph_sha256.clone(),
        ));
    }
}

/// The briefs of the run as the run record and the corpus page see them, from the corpus
/// manifest and the brief manifests; `Err(name)` names a brief whose manifest is unreadable.
fn run_briefs(
    m: &CorpusManifest,
    manifests: &BTreeMap<String, BriefManifest>,
) -> Result<Vec<RunBrief>, String> {
    m.briefs
        .iter()
        .map(|e| {
            let bm = manifests.get(&e.name).ok_or_else(|| e.name.clone())?;
            Ok(RunBrief {
                name: e.name.clone(),
                source_name: bm.source_name.clone(),
                source_sha256: e.source_sha256.clone(),
                graph_sha256: e.graph_sha256.clone(),
                manifest_sha256: e.manifest_sha256.clone(),
                listing: BriefListing::of(bm),
            })
        })
        .collect()
}

/// The corpus page (`index.html`), when the corpus manifest lists it and this version of
/// briefkg wrote it: rendered again from the corpus manifest and the brief manifests (whose
/// summaries are checked against their graphs) and compared byte for byte. Its hash against
/// the corpus manifest is checked with the other corpus files ([`files`]).
fn index_page(
    out: &dyn Tree,
    m: &CorpusManifest,
    manifests: &BTreeMap<String, BriefManifest>,
    report: &mut Report,
) -> Result<(), VerifyError> {
    if !m.files.iter().any(|f| f.path == index::FILE_NAME) {
        return Ok(());
    }
    if m.briefkg_version != VERSION {
        report.notes.push(format!(
            "{} not rendered again: written by briefkg {}, this is {VERSION}",
            index::FILE_NAME,
            m.briefkg_version
        ));
        return Ok(());
    }
    let Some(found) = out.read(index::FILE_NAME)? else {
        return Ok(());
    };
    let briefs = match run_briefs(m, manifests) {
        Ok(b) => b,
        Err(name) => {
            report.notes.push(format!(
                "{} not rendered again: the manifest of {name} is unreadable",
                index::FILE_NAME
            ));
            return Ok(());
        }
    };
    let corpus = index::Corpus {
        version: VERSION,
        base_iri: &m.base_iri,
        config_sha256: &m.config_sha256,
    };
    let expected = index::render(&corpus, &briefs);
    if expected != found {
        report.findings.push(Finding::new(
            FileRef::Output(index::FILE_NAME.to_owned()),
            Check::Manifest,
            "the corpus page is not the one the brief manifests give (rendered again from them)",
            format!("SHA-256 {}", sha256_hex(&expected)),
            format!("SHA-256 {}", sha256_hex(&found)),
        ));
    }
    Ok(())
}
