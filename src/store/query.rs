//! `briefkg query`: an embedded, in-memory Oxigraph store over the output's N-Quads, and
//! SPARQL 1.1 queries against it.
//!
//! The default graph of a query is the union of all named graphs (as in GraphDB, Virtuoso and
//! Neptune by default, and Oxigraph and Fuseki when configured so), unless the query names its
//! own dataset with `FROM` / `FROM NAMED`. Nothing is fetched: oxigraph is built without its HTTP client, so `SERVICE` fails.

use std::path::Path;

use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

use super::dataset::Dataset;
use super::results::{self, ResultsFormat};
use super::StoreError;

/// A query and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryText {
    /// The `.rq` file it was read from, or `query` when given inline; used in messages.
    pub source_name: String,
    /// The SPARQL text.
    pub text: String,
}

impl QueryText {
    /// Reads the QUERY argument: the file it names when one exists (or when it ends in
    /// `.rq`, so a mistyped path is an error rather than a query), the text itself otherwise.
    pub fn from_arg(arg: &str) -> Result<QueryText, StoreError> {
        let path = Path::new(arg);
        if path.is_file() || arg.ends_with(".rq") {
            let text = std::fs::read_to_string(path).map_err(|source| StoreError::Io {
                path: path.to_owned(),
                source,
            })?;
            Ok(QueryText {
                source_name: arg.to_owned(),
                text,
            })
        } else {
            Ok(QueryText {
                source_name: "query".to_owned(),
                text: arg.to_owned(),
            })
        }
    }
}

/// An in-memory store holding every quad of the dataset.
pub fn open(dataset: &Dataset) -> Result<Store, StoreError> {
    let failed = |e: &dyn std::fmt::Display| StoreError::QueryEvaluation {
        source_name: "store".to_owned(),
        message: e.to_string(),
    };
    let store = Store::new().map_err(|e| failed(&e))?;
    store.extend(dataset.quads()).map_err(|e| failed(&e))?;
    Ok(store)
}

/// Runs a query and writes its results in `format`: rows in the order the engine gives them
/// (use `ORDER BY` for a stable order); CONSTRUCT and DESCRIBE results as sorted N-Triples.
pub fn run(store: &Store, query: &QueryText, format: ResultsFormat) -> Result<Vec<u8>, StoreError> {
    // Built without oxigraph's `http-client` feature: SERVICE has no way to fetch anything.
    let mut prepared = SparqlEvaluator::new()
        .parse_query(&query.text)
        .map_err(|e| StoreError::QuerySyntax {
            source_name: query.source_name.clone(),
            message: e.to_string(),
        })?;
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    let failed = |e: &dyn std::fmt::Display| StoreError::QueryEvaluation {
        source_name: query.source_name.clone(),
        message: e.to_string(),
    };
    match prepared.on_store(store).execute().map_err(|e| failed(&e))? {
        QueryResults::Solutions(solutions) => {
            let variables = solutions.variables().to_vec();
            let rows = solutions
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| failed(&e))?;
            Ok(results::solutions(format, &variables, &rows))
        }
        QueryResults::Boolean(value) => Ok(results::boolean(format, value)),
        QueryResults::Graph(triples) => {
            let triples = triples
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| failed(&e))?;
            Ok(results::graph(&triples))
        }
    }
}
