//! Stores: briefkg's output read back as RDF, loaded into a SPARQL 1.1 Graph Store over HTTP
//! ([`gsp`]) or into an embedded, in-memory Oxigraph store and queried ([`query`]).
//!
//! Both read the same thing, every `*.nq` and `*.trig` file under an output folder
//! ([`dataset`]): the per-brief graphs and the run record beside them.
//!
//! Architecture invariant: this module only reads what `export` wrote; it never runs the
//! pipeline and never writes under the output folder. Only [`gsp`] does network I/O.

pub mod dataset;
pub mod gsp;
pub mod query;
pub mod results;

use std::path::PathBuf;

use crate::diag::Location;

/// Why a load or a query could not be done. Every variant names the file, graph or endpoint
/// it is about; all of them are usage or I/O errors (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A file or folder could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The folder holds no N-Quads (nor TriG) file.
    #[error("{}: no .nq or .trig file found; run `briefkg export` (with the nq or trig format) first", dir.display())]
    NoNQuads {
        /// The folder searched.
        dir: PathBuf,
    },
    /// An N-Quads file does not parse.
    #[error("{}:{at}: invalid RDF: {message}", path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// Where the error starts.
        at: Location,
        /// The parser's message.
        message: String,
    },
    /// The credentials in the environment are incomplete or contradictory.
    #[error("credentials: {0}")]
    Credentials(String),
    /// The endpoint URL is not an absolute `http:` or `https:` URL.
    #[error("invalid --endpoint `{url}`: {reason}")]
    Endpoint {
        /// The URL given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The endpoint could not be reached (connection refused, unknown host, timeout, TLS).
    #[error("cannot load graph {graph} (from {files}): endpoint {url} is unreachable: {reason}")]
    Unreachable {
        /// The graph being sent.
        graph: String,
        /// The files it comes from.
        files: String,
        /// The request URL.
        url: String,
        /// What the HTTP client said.
        reason: String,
    },
    /// The endpoint refused the credentials (HTTP 401 or 403).
    #[error(
        "cannot load graph {graph} (from {files}): authentication failed at {url}: HTTP {status}; \
         set BRIEFKG_ENDPOINT_USER and BRIEFKG_ENDPOINT_PASSWORD, or BRIEFKG_ENDPOINT_TOKEN{body}"
    )]
    Auth {
        /// The graph being sent.
        graph: String,
        /// The files it comes from.
        files: String,
        /// The request URL.
        url: String,
        /// 401 or 403.
        status: u16,
        /// The start of the response body, `: …`, or empty.
        body: String,
    },
    /// The endpoint answered with another HTTP error.
    #[error("cannot load graph {graph} (from {files}): {url} answered HTTP {status}{body}")]
    Http {
        /// The graph being sent.
        graph: String,
        /// The files it comes from.
        files: String,
        /// The request URL.
        url: String,
        /// The status code.
        status: u16,
        /// The start of the response body, `: …`, or empty.
        body: String,
    },
    /// The query does not parse.
    /// A graph could not be fetched (GET) from the store.
    #[error("cannot fetch graph {graph}: {url}: {reason}")]
    Fetch {
        /// The graph asked for.
        graph: String,
        /// The URL.
        url: String,
        /// What went wrong (unreachable, HTTP status, refused credentials).
        reason: String,
    },
    #[error("{source_name}: invalid SPARQL query: {message}")]
    QuerySyntax {
        /// The `.rq` file, or `query` for a query given on the command line.
        source_name: String,
        /// The parser's message, with the position.
        message: String,
    },
    /// The query failed while running.
    #[error("{source_name}: query failed: {message}")]
    QueryEvaluation {
        /// The `.rq` file, or `query` for a query given on the command line.
        source_name: String,
        /// What went wrong.
        message: String,
    },
}
