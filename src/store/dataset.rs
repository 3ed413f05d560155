//! The RDF files of an output folder (N-Quads, or TriG where a folder has no N-Quads), read and
//! grouped by graph: what `load` sends and what `query` loads.
//!
//! Deterministic: files are taken in path order, graphs are sorted by name (the default graph
//! first), and each graph's triples are sorted by their N-Triples form without duplicates.
//! Brief folders (those holding a `manifest.json`) with neither N-Quads nor TriG are listed in
//! [`Dataset::unreadable_briefs`], so the commands can say which briefs they leave out.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use oxrdf::{GraphName, Quad, Triple};
use oxttl::{NQuadsParser, NTriplesSerializer, TriGParser};

use super::StoreError;
use crate::diag::Location;

/// One graph of the dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Graph {
    /// The graph's name (a named graph for every briefkg brief).
    pub name: GraphName,
    /// The files its triples come from, in path order.
    pub files: Vec<PathBuf>,
    /// Its triples, sorted by N-Triples form, without duplicates.
    pub triples: Vec<Triple>,
}

impl Graph {
    /// The graph's name for messages: `<iri>`, or `the default graph`.
    pub fn label(&self) -> String {
        match &self.name {
            GraphName::DefaultGraph => "the default graph".to_owned(),
            other => other.to_string(),
        }
    }

    /// The files it comes from, comma-separated, for messages.
    pub fn files_label(&self) -> String {
        self.files
            .iter()
            .map(|f| f.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Its triples as an N-Triples document.
    pub fn to_ntriples(&self) -> Vec<u8> {
        let mut w = NTriplesSerializer::new().for_writer(Vec::new());
        for t in &self.triples {
            // Writing to a Vec cannot fail.
            let _ = w.serialize_triple(t);
        }
        w.finish()
    }
}

/// Every graph found in the N-Quads files of a folder.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dataset {
    /// The files read, in path order.
    pub files: Vec<PathBuf>,
    /// The graphs, sorted by name, the default graph (if any) first.
    pub graphs: Vec<Graph>,
    /// Brief folders holding neither an `.nq` nor a `.trig` file (exported with other
    /// formats only), sorted: their graphs are not in the dataset.
    pub unreadable_briefs: Vec<PathBuf>,
}

impl Dataset {
    /// Number of quads (triples summed over graphs).
    pub fn len(&self) -> usize {
        self.graphs.iter().map(|g| g.triples.len()).sum()
    }

    /// True when there is no quad.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every quad, graph by graph.
    pub fn quads(&self) -> impl Iterator<Item = Quad> + '_ {
        self.graphs
            .iter()
            .flat_map(|g| g.triples.iter().map(|t| t.clone().in_graph(g.name.clone())))
    }
}

/// The RDF files under `path` that [`read`] takes: every `.nq` file, and the `.trig` files of
/// folders that hold no `.nq` file (the same graphs in another syntax); `path` itself when it
/// is a file. An error when there is none.
pub fn rdf_files(path: &Path) -> Result<Vec<PathBuf>, StoreError> {
    let meta = std::fs::metadata(path).map_err(|source| StoreError::Io {
        path: path.to_owned(),
        source,
    })?;
    if meta.is_file() {
        return Ok(vec![path.to_owned()]);
    }
    let all = crate::files::files_under(path, &|p| {
        p.extension().is_some_and(|e| e == "nq" || e == "trig")
    })
    .map_err(|(path, source)| StoreError::Io { path, source })?;
    let with_nq: std::collections::BTreeSet<&Path> = all
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "nq"))
        .filter_map(|p| p.parent())
        .collect();
    let files: Vec<PathBuf> = all
        .iter()
        .filter(|p| {
            p.extension().is_some_and(|e| e == "nq")
                || p.parent().is_none_or(|d| !with_nq.contains(d))
        })
        .cloned()
        .collect();
    if files.is_empty() {
        return Err(StoreError::NoNQuads {
            dir: path.to_owned(),
        });
    }
    Ok(files)
}

/// Parses one N-Quads file; a syntax error names the file, line, column and byte offset.
pub fn read_nquads(path: &Path) -> Result<Vec<Quad>, StoreError> {
    read_rdf(path)
}

/// Parses one N-Quads or (by its `.trig` extension) TriG file; a syntax error names the file,
/// line, column and byte offset.
pub fn read_rdf(path: &Path) -> Result<Vec<Quad>, StoreError> {
    let bytes = std::fs::read(path).map_err(|source| StoreError::Io {
        path: path.to_owned(),
        source,
    })?;
    let syntax = |e: oxttl::TurtleSyntaxError| {
        let start = e.location().start;
        StoreError::Syntax {
            path: path.to_owned(),
            at: Location {
                line: to_usize(start.line) + 1,
                column: to_usize(start.column) + 1,
                byte: to_usize(start.offset),
            },
            message: e.message().to_owned(),
        }
    };
    if path.extension().is_some_and(|e| e == "trig") {
        TriGParser::new()
            .for_slice(&bytes)
            .map(|q| q.map_err(syntax))
            .collect()
    } else {
        NQuadsParser::new()
            .for_slice(&bytes)
            .map(|q| q.map_err(syntax))
            .collect()
    }
}

/// The brief folders under `dir` (holding a `manifest.json`) with no file in `files`.
fn briefs_without(dir: &Path, files: &[PathBuf]) -> Vec<PathBuf> {
    let read: std::collections::BTreeSet<&Path> = files.iter().filter_map(|f| f.parent()).collect();
    let mut missing: Vec<PathBuf> = crate::files::walk(dir, &|p| {
        p.file_name().is_some_and(|n| n == "manifest.json")
    })
    .files
    .into_iter()
    .filter_map(|m| m.parent().map(Path::to_owned))
    .filter(|d| d != dir && !read.contains(d.as_path()))
    .collect();
    missing.sort();
    missing
}

fn to_usize(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// Reads every N-Quads file under `path` (TriG where a folder has no N-Quads, see
/// [`rdf_files`]) and groups the quads by graph.
pub fn read(path: &Path) -> Result<Dataset, StoreError> {
    let files = rdf_files(path)?;
    let unreadable_briefs = if path.is_dir() {
        briefs_without(path, &files)
    } else {
        Vec::new()
    };
    // Key: (0, "") for the default graph, (1, IRI or blank node) for the others.
    let mut graphs: BTreeMap<(u8, String), Graph> = BTreeMap::new();
    for file in &files {
        for quad in read_rdf(file)? {
            let key = match &quad.graph_name {
                GraphName::DefaultGraph => (0, String::new()),
                other => (1, other.to_string()),
            };
            let graph = graphs.entry(key).or_insert_with(|| Graph {
                name: quad.graph_name.clone(),
                files: Vec::new(),
                triples: Vec::new(),
            });
            if graph.files.last() != Some(file) {
                graph.files.push(file.clone());
            }
            graph.triples.push(Triple::from(quad));
        }
    }
    let mut graphs: Vec<Graph> = graphs.into_values().collect();
    for g in &mut graphs {
        g.triples.sort_by_cached_key(|t| t.to_string());
        g.triples.dedup();
    }
    Ok(Dataset {
        files,
        graphs,
        unreadable_briefs,
    })
}
