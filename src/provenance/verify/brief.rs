//! One brief's folder: its manifest against the corpus manifest, every file against the
//! manifest, every RDF format parsed back to the graph hash, the graph's content against the
//! source ([`super::graph`]) and `knowledge.json` re-emitted to the same graph.

use std::collections::BTreeMap;

use oxrdf::{GraphName, NamedNode, Quad, Term};

use super::graph::{self, Context, SourceInfo};
use super::tree::is_safe_path;
use super::view::GraphView;
use super::{read_listed, Check, Counts, FileRef, Finding, Tree, VerifyError};
use crate::emit;
use crate::emit::iri::Iris;
use crate::emit::{read, Format};
use crate::model::TextIndex;
use crate::provenance::hash::{canonical_quads, sha256_hex};
use crate::provenance::manifest::{self, BriefManifest, CorpusEntry};

/// The RDF formats, in the order a reference graph is chosen from them (the quickest to read
/// first).
const GRAPH_FORMATS: [Format; 5] = [
    Format::NQuads,
    Format::TriG,
    Format::NTriples,
    Format::Turtle,
    Format::JsonLd,
];

/// The base IRI a brief manifest's brief IRI was minted under.
pub(super) fn base_of(m: &BriefManifest) -> String {
    m.brief_iri
        .strip_suffix(&format!(
            "brief/{}",
            crate::emit::iri::brief_id(&m.source_sha256)
        ))
        .unwrap_or_default()
        .to_owned()
}

/// What the corpus manifest says about one brief.
pub(super) struct BriefInput<'a> {
    /// The brief's folder name.
    pub name: &'a str,
    /// Its corpus entry (none when the corpus manifest is unusable).
    pub entry: Option<&'a CorpusEntry>,
    /// The corpus's base IRI and briefkg version, when known.
    pub base_iri: Option<&'a str>,
    /// The corpus manifest's briefkg version, when known.
    pub version: Option<&'a str>,
}

/// What checking one brief found.
#[derive(Default)]
pub(super) struct BriefOutcome {
    pub findings: Vec<Finding>,
    pub counts: Counts,
    pub notes: Vec<String>,
    /// The brief's manifest, when it parsed.
    pub manifest: Option<BriefManifest>,
    /// The brief's graph as read from its files, when one of them holds the expected graph.
    pub graph: Option<Vec<Quad>>,
}

/// The sources folder, indexed by file name.
pub(super) struct Sources<'a> {
    pub tree: &'a dyn Tree,
    by_name: BTreeMap<String, Vec<String>>,
}

impl<'a> Sources<'a> {
    pub(super) fn new(tree: &'a dyn Tree) -> Result<Self, VerifyError> {
        let mut by_name: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for rel in tree.list()? {
            let name = rel.rsplit('/').next().unwrap_or(&rel).to_owned();
            by_name.entry(name).or_default().push(rel);
        }
        Ok(Sources { tree, by_name })
    }

    /// The source named `name` whose bytes hash to `sha256`, else the first file of that name.
    fn find(&self, name: &str, sha256: &str) -> Result<Option<(String, Vec<u8>)>, VerifyError> {
        let mut first = None;
        for rel in self.by_name.get(name).into_iter().flatten() {
            if let Some(bytes) = self.tree.read(rel)? {
                if sha256_hex(&bytes) == sha256 {
                    return Ok(Some((rel.clone(), bytes)));
                }
                first.get_or_insert((rel.clone(), bytes));
            }
        }
        Ok(first)
    }
}

/// The checks of one brief: what they read, and what they found.
pub(super) struct Brief<'a> {
    pub out: &'a dyn Tree,
    pub input: &'a BriefInput<'a>,
    pub o: BriefOutcome,
}

impl Brief<'_> {
    /// The path of a file of the brief's folder.
    pub(super) fn rel(&self, file: &str) -> String {
        format!("{}/{file}", self.input.name)
    }

    pub(super) fn push(&mut self, f: Finding) {
        self.o.findings.push(f);
    }
}

/// Checks one brief's folder. `listing` is every file of the output folder.
pub(super) fn verify(
    out: &dyn Tree,
    sources: &Sources<'_>,
    listing: &[String],
    input: &BriefInput<'_>,
) -> Result<BriefOutcome, VerifyError> {
    let mut b = Brief {
        out,
        input,
        o: BriefOutcome::default(),
    };
    b.o.counts.briefs = 1;
    let mpath = b.rel("manifest.json");
    let mfile = FileRef::Output(mpath.clone());
    let Some(bytes) = out.read(&mpath)? else {
        b.push(Finding::new(
            mfile,
            Check::MissingFile,
            "the brief's manifest is missing",
            format!("{mpath} (listed in the corpus manifest)"),
            "no such file",
        ));
        return Ok(b.o);
    };
    b.o.counts.files += 1;
    let mut trusted = true;
    if let Some(e) = input.entry {
        let found = sha256_hex(&bytes);
        if found != e.manifest_sha256 {
            trusted = false;
            b.push(Finding::new(
                mfile.clone(),
                Check::FileHash,
                "the brief's manifest is not the one the corpus manifest lists (its file hashes are not trusted)",
                e.manifest_sha256.clone(),
                found,
            ));
        }
    }
    let m: BriefManifest = match serde_json::from_slice(&bytes) {
        Ok(m) => m,
        Err(e) => {
            b.push(
                Finding::new(
                    mfile,
                    Check::Parse,
                    format!("the brief's manifest does not parse: {e}"),
                    "a brief manifest (schemas/manifest.schema.json)",
                    "invalid JSON or unknown fields",
                )
                .at(Some(e.line())),
            );
            return Ok(b.o);
        }
    };
    b.manifest_fields(&m, &bytes, &mfile);
    let source_sha = input.entry.map_or(&m.source_sha256, |e| &e.source_sha256);
    let graph_sha = input.entry.map_or(&m.graph_sha256, |e| &e.graph_sha256);
    let files = b.files(&m, listing, trusted)?;
    let graph_iri = NamedNode::new_unchecked(
        input
            .base_iri
            .map_or(m.graph_iri.clone(), |base| Iris::graph_of(base, source_sha)),
    );
    // This version of briefkg re-emits a graph exactly as `export` wrote it, so the other
    // formats can be checked by their bytes instead of parsed (see `graphs`).
    let emit_prefixes = (m.briefkg_version == crate::pipeline::VERSION).then(|| {
        let base = input.base_iri.map_or_else(|| base_of(&m), str::to_owned);
        Iris::new(&base, source_sha).prefixes()
    });
    let reference = b.graphs(&files, &graph_iri, graph_sha, emit_prefixes.as_deref());
    if let Some((_, quads, true)) = &reference {
        if quads.len() != m.quads {
            b.push(Finding::new(
                mfile.clone(),
                Check::Manifest,
                "the manifest's quad count is not the graph's",
                quads.len().to_string(),
                m.quads.to_string(),
            ));
        }
        let brief_iri = input.base_iri.map_or(m.brief_iri.clone(), |base| {
            Iris::new(base, source_sha).brief().into_string()
        });
        let summary = emit::summary::of_graph(quads.iter().map(oxrdf::Quad::as_ref), &brief_iri);
        if summary != m.summary {
            b.push(Finding::new(
                mfile.clone(),
                Check::Manifest,
                "the manifest's summary is not the graph's",
                serde_json::to_string(&summary).unwrap_or_default(),
                serde_json::to_string(&m.summary).unwrap_or_default(),
            ));
        }
    }
    let source = b.source(sources, &m, source_sha)?;
    let source_text = source
        .as_ref()
        .and_then(|(rel, bytes)| Some((rel.clone(), std::str::from_utf8(bytes).ok()?)));
    let knowledge = files.get(Format::Json.file_name()).and_then(|bytes| {
        b.knowledge(
            bytes,
            &m,
            source_sha,
            graph_sha,
            source_text.as_ref().map(|(_, t)| *t),
        )
    });
    // The graph whose content is checked against the source: the first RDF file holding it,
    // else the graph knowledge.json re-emits to (an export with --format json only).
    let content = match &reference {
        Some((format, quads, _)) => Some((format.file_name(), quads)),
        None => knowledge.as_ref().map(|q| (Format::Json.file_name(), q)),
    };
    if let Some((file_name, quads)) = content {
        let nquads = (file_name == Format::NQuads.file_name())
            .then(|| files.get(file_name).map(Vec::as_slice))
            .flatten();
        let ctx = Context {
            file: FileRef::Output(b.rel(file_name)),
            nquads,
            brief: input.base_iri.map_or(m.brief_iri.clone(), |base| {
                Iris::new(base, source_sha).brief().into_string()
            }),
            source_sha256: source_sha,
            source_name: &m.source_name,
            source: source_text.as_ref().map(|(rel, text)| SourceInfo {
                text,
                index: TextIndex::new(text),
                file: FileRef::Source(rel.clone()),
            }),
        };
        let view = GraphView::new(quads);
        let (findings, counts) = graph::check(&view, &ctx);
        b.o.findings.extend(findings);
        b.o.counts.add(counts);
        let (findings, counts) = super::claims::check(quads, &view, &ctx);
        b.o.findings.extend(findings);
        b.o.counts.add(counts);
    } else {
        b.o.notes.push(format!(
            "{}: no graph to check against the source (no RDF file, and knowledge.json did not re-emit to the graph)",
            input.name
        ));
    }
    b.o.manifest = Some(m);
    b.o.graph = match reference {
        Some((_, quads, true)) => Some(quads),
        _ => knowledge,
    };
    Ok(b.o)
}

impl Brief<'_> {
    /// The manifest's own fields: canonical bytes, agreement with the corpus entry and base IRI,
    /// a sorted list of safe paths.
    fn manifest_fields(&mut self, m: &BriefManifest, bytes: &[u8], mfile: &FileRef) {
        if manifest::to_json(m) != bytes {
            self.push(Finding::new(
                mfile.clone(),
                Check::Manifest,
                "the brief's manifest is not in the canonical form briefkg writes",
                "pretty-printed JSON, fields in schema order, final newline",
                "other bytes for the same content",
            ));
        }
        let mut pairs: Vec<(&str, String, String)> = Vec::new();
        if let Some(e) = self.input.entry {
            pairs.push((
                "source_sha256",
                e.source_sha256.clone(),
                m.source_sha256.clone(),
            ));
            pairs.push((
                "graph_sha256",
                e.graph_sha256.clone(),
                m.graph_sha256.clone(),
            ));
        }
        if let Some(base) = self.input.base_iri {
            let iris = Iris::new(base, &m.source_sha256);
            pairs.push(("brief_iri", iris.brief().into_string(), m.brief_iri.clone()));
            pairs.push(("graph_iri", iris.graph().into_string(), m.graph_iri.clone()));
        }
        if let Some(v) = self.input.version {
            pairs.push(("briefkg_version", v.to_owned(), m.briefkg_version.clone()));
        }
        if crate::pipeline::output_name(&m.source_name) != self.input.name {
            pairs.push((
                "source_name",
                format!("a file named {}.*", self.input.name),
                m.source_name.clone(),
            ));
        }
        for (field, expected, found) in pairs {
            if expected != found {
                self.push(Finding::new(
                    mfile.clone(),
                    Check::Manifest,
                    format!(
                        "the brief's manifest field `{field}` disagrees with the corpus manifest"
                    ),
                    expected,
                    found,
                ));
            }
        }
        let paths: Vec<&str> = m.files.iter().map(|f| f.path.as_str()).collect();
        let mut sorted = paths.clone();
        sorted.sort_unstable();
        sorted.dedup();
        if sorted != paths {
            self.push(Finding::new(
                mfile.clone(),
                Check::Manifest,
                "the brief's manifest lists its files out of order or twice",
                "paths sorted, each once",
                paths.join(", "),
            ));
        }
    }

    /// Checks every listed file and flags unlisted ones; returns the readable files by path.
    fn files(
        &mut self,
        m: &BriefManifest,
        listing: &[String],
        trusted: bool,
    ) -> Result<BTreeMap<String, Vec<u8>>, VerifyError> {
        let prefix = self.rel("");
        // The listing is sorted: the folder's files are one run of it.
        let first = listing.partition_point(|r| r.as_str() < prefix.as_str());
        for rel in listing[first..]
            .iter()
            .take_while(|r| r.starts_with(&prefix))
        {
            let file = &rel[prefix.len()..];
            if file != "manifest.json" && !m.files.iter().any(|f| f.path == file) {
                self.push(Finding::new(
                    FileRef::Output(rel.clone()),
                    Check::UnlistedFile,
                    "a file of the brief's folder that its manifest does not list",
                    "only the files the manifest lists",
                    "an unlisted file",
                ));
            }
        }
        let mut files = BTreeMap::new();
        for f in &m.files {
            let rel = self.rel(&f.path);
            if !is_safe_path(&f.path) || f.path == "manifest.json" {
                self.push(Finding::new(
                    FileRef::Output(self.rel("manifest.json")),
                    Check::Manifest,
                    "the manifest lists a path that is not a plain file of the brief's folder",
                    "a relative path without `..`",
                    f.path.clone(),
                ));
                continue;
            }
            let Some(bytes) = read_listed(
                self.out,
                &rel,
                f,
                "the brief's manifest",
                trusted,
                &mut self.o.findings,
                &mut self.o.counts,
            )?
            else {
                continue;
            };
            files.insert(f.path.clone(), bytes);
        }
        Ok(files)
    }

    /// Parses every RDF file back and compares its canonical hash with `graph_sha`; returns the
    /// reference graph for the content checks: the first format holding the expected graph,
    /// else the first that parsed (flagged `false`).
    /// Every RDF file of the brief against the graph hash. The first that parses and holds the
    /// graph is the reference, whose content is then checked against the source. Each other
    /// format is re-emitted from the reference graph when this version of briefkg wrote the
    /// manifest (`prefixes` is then the brief's own): identical bytes are the same graph, so
    /// it needs no parsing; any other file is parsed and its graph hashed.
    fn graphs(
        &mut self,
        files: &BTreeMap<String, Vec<u8>>,
        graph_iri: &NamedNode,
        graph_sha: &str,
        prefixes: Option<&[(String, String)]>,
    ) -> Option<(Format, Vec<Quad>, bool)> {
        let mut reference: Option<(Format, Vec<Quad>, bool)> = None;
        // The reference graph in compact form, when the fast TriG reader gave it: the other
        // formats are re-emitted from it without interning its quads again.
        let mut compact: Option<emit::Quads> = None;
        for format in GRAPH_FORMATS {
            let Some(bytes) = files.get(format.file_name()) else {
                continue;
            };
            if let (Some((_, quads, true)), Some(prefixes)) = (&reference, prefixes) {
                let again = match &compact {
                    Some(compact) => emit::serialize_graph(format, compact, prefixes),
                    None => emit::serialize_quads(format, quads, prefixes),
                };
                if again == *bytes {
                    self.o.counts.graphs += 1;
                    continue;
                }
            }
            let file = FileRef::Output(self.rel(format.file_name()));
            // TriG as this version of briefkg writes it is read by its own fast reader, which
            // also gives the canonical hash without re-reading the quads.
            // Any other outcome (another layout, another graph) is left to the strict parser,
            // so that findings do not depend on the fast path.
            let own = match (format, prefixes) {
                (Format::TriG, Some(prefixes)) => {
                    read::own_trig_graph(bytes, prefixes, graph_sha).map(|(own, _)| own)
                }
                _ => None,
            };
            let quads = if let Some(own) = &own {
                // In canonical order, as `canonical_quads` gives them.
                own.to_quads()
            } else {
                match read::parse(format, bytes, graph_iri) {
                    Ok(q) => q,
                    Err(e) => {
                        self.push(
                            Finding::new(
                                file,
                                Check::Parse,
                                format!("the file does not parse as {format}: {}", e.message),
                                format!("valid {format}"),
                                "a syntax error",
                            )
                            .at(e.line),
                        );
                        continue;
                    }
                }
            };
            self.o.counts.graphs += 1;
            let assertions = super::claims::assertion_graphs(graph_iri.as_str(), &quads);
            if let Some(q) = quads
                .iter()
                .find(|q| not_in(q, graph_iri) && !assertions.holds(q))
            {
                self.push(Finding::new(
                    file.clone(),
                    Check::GraphHash,
                    "a quad is outside the brief's named graph or uses a blank node",
                    format!("IRIs and literals only, in <{}>", graph_iri.as_str()),
                    q.to_string(),
                ));
            }
            // An N-Quads file written by briefkg is its graph's canonical text: its bytes hash
            // to the graph hash, with no need to canonicalise.
            // The fast reader's quads hold the graph hash and are in canonical order already.
            let (quads, found) =
                if own.is_some() || format == Format::NQuads && sha256_hex(bytes) == graph_sha {
                    (quads, graph_sha.to_owned())
                } else {
                    canonical_quads(quads)
                };
            let holds = found == graph_sha;
            if !holds {
                self.push(Finding::new(
                    file,
                    Check::GraphHash,
                    format!(
                        "the graph in this file ({} quads) is not the one the manifests name",
                        quads.len()
                    ),
                    graph_sha.to_owned(),
                    found,
                ));
            }
            if reference.as_ref().is_none_or(|(_, _, ok)| !ok && holds) {
                reference = Some((format, quads, holds));
                compact = own;
            }
        }
        reference
    }

    /// Finds and checks the source brief; returns it when its bytes are the manifest's.
    fn source(
        &mut self,
        sources: &Sources<'_>,
        m: &BriefManifest,
        source_sha: &str,
    ) -> Result<Option<(String, Vec<u8>)>, VerifyError> {
        let Some((rel, bytes)) = sources.find(&m.source_name, source_sha)? else {
            self.push(Finding::new(
                FileRef::Source(m.source_name.clone()),
                Check::Source,
                "the source brief is not in the sources folder (see --sources)",
                format!("{} with SHA-256 {source_sha}", m.source_name),
                "no such file",
            ));
            return Ok(None);
        };
        self.o.counts.files += 1;
        let found = sha256_hex(&bytes);
        if found != source_sha || bytes.len() != m.source_bytes {
            self.push(Finding::new(
                FileRef::Source(rel),
                Check::Source,
                "the source brief is not the one the manifest names (spans not checked against it)",
                format!("{} bytes with SHA-256 {source_sha}", m.source_bytes),
                format!("{} bytes with SHA-256 {found}", bytes.len()),
            ));
            return Ok(None);
        }
        Ok(Some((rel, bytes)))
    }
}

/// True when a quad is not in `graph` or has a blank node.
fn not_in(q: &Quad, graph: &NamedNode) -> bool {
    q.subject.is_blank_node()
        || matches!(q.object, Term::BlankNode(_))
        || !matches!(&q.graph_name, GraphName::NamedNode(g) if g == graph)
}
