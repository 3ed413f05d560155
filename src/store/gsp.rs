//! SPARQL 1.1 Graph Store HTTP Protocol client: `briefkg load` PUTs every graph of the output
//! to `{endpoint}?graph={IRI}`, so a reload replaces each graph and never duplicates it.
//!
//! Credentials come from the environment only (never the command line, where other users and
//! shell histories see them): `BRIEFKG_ENDPOINT_USER` and `BRIEFKG_ENDPOINT_PASSWORD` for
//! HTTP basic authentication, or `BRIEFKG_ENDPOINT_TOKEN` for a bearer token.

use std::fmt;
use std::time::Duration;

use base64::Engine;
use oxrdf::{GraphName, NamedNode};

use super::dataset::{Dataset, Graph};
use super::StoreError;
use crate::emit::iri::encode_segment;

/// Environment variable holding the user name for basic authentication.
pub const ENV_USER: &str = "BRIEFKG_ENDPOINT_USER";
/// Environment variable holding the password for basic authentication.
pub const ENV_PASSWORD: &str = "BRIEFKG_ENDPOINT_PASSWORD";
/// Environment variable holding a bearer token.
pub const ENV_TOKEN: &str = "BRIEFKG_ENDPOINT_TOKEN";

/// How long to wait for a connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long one PUT (send the graph, get the answer) may take.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(600);
/// How much of an error response's body a message quotes, in characters.
const BODY_EXCERPT: usize = 300;

/// Credentials for the endpoint. Its `Debug` form never shows a secret.
#[derive(Clone, PartialEq, Eq, Default)]
pub enum Auth {
    /// No `Authorization` header.
    #[default]
    None,
    /// HTTP basic authentication.
    Basic {
        /// User name.
        user: String,
        /// Password.
        password: String,
    },
    /// A bearer token.
    Bearer(String),
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Auth::None => f.write_str("Auth::None"),
            Auth::Basic { user, .. } => {
                write!(f, "Auth::Basic {{ user: {user:?}, password: *** }}")
            }
            Auth::Bearer(_) => f.write_str("Auth::Bearer(***)"),
        }
    }
}

impl Auth {
    /// Reads the credentials from environment variables through `var` (in the binary,
    /// `std::env::var`): basic when user and password are set, bearer when the token is set,
    /// none when nothing is set. Incomplete or contradictory settings are an error.
    pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Result<Auth, StoreError> {
        let get = |k: &str| var(k).filter(|v| !v.is_empty());
        match (get(ENV_USER), get(ENV_PASSWORD), get(ENV_TOKEN)) {
            (None, None, None) => Ok(Auth::None),
            (None, None, Some(token)) => Ok(Auth::Bearer(token)),
            (Some(user), Some(password), None) => Ok(Auth::Basic { user, password }),
            (_, _, Some(_)) => Err(StoreError::Credentials(format!(
                "set either {ENV_TOKEN} or {ENV_USER} and {ENV_PASSWORD}, not both"
            ))),
            (Some(_), None, None) => Err(StoreError::Credentials(format!(
                "{ENV_USER} is set but {ENV_PASSWORD} is not"
            ))),
            (None, Some(_), None) => Err(StoreError::Credentials(format!(
                "{ENV_PASSWORD} is set but {ENV_USER} is not"
            ))),
        }
    }

    /// The value of the `Authorization` header, if any.
    fn header(&self) -> Option<String> {
        match self {
            Auth::None => None,
            Auth::Basic { user, password } => Some(format!(
                "Basic {}",
                base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
            )),
            Auth::Bearer(token) => Some(format!("Bearer {token}")),
        }
    }
}

/// A Graph Store Protocol endpoint (Oxigraph `…/store`, Fuseki `…/data`, GraphDB
/// `…/rdf-graphs/service`, …).
#[derive(Debug)]
pub struct GraphStore {
    url: String,
    auth: Auth,
    agent: ureq::Agent,
}

impl GraphStore {
    /// Checks the endpoint URL (absolute, `http` or `https`) and prepares a client.
    pub fn new(url: &str, auth: Auth) -> Result<Self, StoreError> {
        let err = |reason: &str| StoreError::Endpoint {
            url: url.to_owned(),
            reason: reason.to_owned(),
        };
        let uri: ureq::http::Uri = url.parse().map_err(|e| err(&format!("{e}")))?;
        if !matches!(uri.scheme_str(), Some("http" | "https")) {
            return Err(err("it must start with http:// or https://"));
        }
        if uri.host().is_none_or(str::is_empty) {
            return Err(err("it has no host"));
        }
        if url.contains('#') {
            return Err(err("it must not have a fragment (#…)"));
        }
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .timeout_connect(Some(CONNECT_TIMEOUT))
            .timeout_global(Some(REQUEST_TIMEOUT))
            .user_agent(concat!("briefkg/", env!("CARGO_PKG_VERSION")))
            .build();
        Ok(GraphStore {
            url: url.to_owned(),
            auth,
            agent: ureq::Agent::new_with_config(config),
        })
    }

    /// The URL of one graph: `{endpoint}?graph={percent-encoded IRI}`, or `{endpoint}?default`
    /// (`&` instead of `?` when the endpoint URL already has a query).
    pub fn graph_url(&self, name: &GraphName) -> String {
        let sep = if self.url.contains('?') { '&' } else { '?' };
        match name {
            GraphName::NamedNode(n) => {
                format!("{}{sep}graph={}", self.url, encode_segment(n.as_str()))
            }
            GraphName::BlankNode(b) => {
                format!("{}{sep}graph={}", self.url, encode_segment(&b.to_string()))
            }
            GraphName::DefaultGraph => format!("{}{sep}default", self.url),
        }
    }

    /// PUTs one graph (N-Triples), replacing whatever the store held under its name. Returns
    /// the HTTP status (2xx).
    pub fn put(&self, graph: &Graph) -> Result<u16, StoreError> {
        let url = self.graph_url(&graph.name);
        let mut request = self
            .agent
            .put(url.as_str())
            .header("Content-Type", "application/n-triples");
        if let Some(value) = self.auth.header() {
            request = request.header("Authorization", value);
        }
        let response =
            request
                .send(&graph.to_ntriples()[..])
                .map_err(|e| StoreError::Unreachable {
                    graph: graph.label(),
                    files: graph.files_label(),
                    url: url.clone(),
                    reason: e.to_string(),
                })?;
        let status = response.status().as_u16();
        if (200..300).contains(&status) {
            return Ok(status);
        }
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(|l| format!(" (redirect to {l}; give that URL as --endpoint)"))
            .unwrap_or_default();
        let text = response
            .into_body()
            .with_config()
            .limit(64 * 1024)
            .read_to_string()
            .unwrap_or_default();
        let body = excerpt(&text);
        let body = if body.is_empty() {
            location
        } else {
            format!("{location}: {body}")
        };
        let (graph, files) = (graph.label(), graph.files_label());
        Err(if matches!(status, 401 | 403) {
            StoreError::Auth {
                graph,
                files,
                url,
                status,
                body,
            }
        } else {
            StoreError::Http {
                graph,
                files,
                url,
                status,
                body,
            }
        })
    }
}

impl GraphStore {
    /// GETs one named graph, asking for `accept`: its `Content-Type` and body, or `None` when
    /// the store answers 404. Same client, credentials and timeouts as [`GraphStore::put`].
    pub fn get(&self, graph: &str, accept: &str) -> Result<Option<(String, Vec<u8>)>, StoreError> {
        let name = GraphName::NamedNode(NamedNode::new_unchecked(graph));
        let url = self.graph_url(&name);
        let fail = |reason: String| StoreError::Fetch {
            graph: graph.to_owned(),
            url: url.clone(),
            reason,
        };
        let mut request = self.agent.get(url.as_str()).header("Accept", accept);
        if let Some(value) = self.auth.header() {
            request = request.header("Authorization", value);
        }
        let mut response = request
            .call()
            .map_err(|e| fail(format!("the endpoint is unreachable: {e}")))?;
        let status = response.status().as_u16();
        match status {
            404 => return Ok(None),
            200 => {}
            401 | 403 => {
                return Err(fail(format!(
                    "HTTP {status}: authentication failed (check BRIEFKG_ENDPOINT_USER/PASSWORD or BRIEFKG_ENDPOINT_TOKEN)"
                )))
            }
            _ => return Err(fail(format!("HTTP {status}"))),
        }
        let media_type = response
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let body = response
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_to_vec()
            .map_err(|e| fail(format!("reading the body: {e}")))?;
        Ok(Some((media_type, body)))
    }
}

/// The start of a response body on one line: whitespace runs collapsed, at most
/// [`BODY_EXCERPT`] characters.
fn excerpt(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let one_line = words.join(" ");
    let mut out: String = one_line.chars().take(BODY_EXCERPT).collect();
    if one_line.chars().count() > BODY_EXCERPT {
        out.push('…');
    }
    out
}

/// Loads a dataset graph by graph, in its (sorted) order, calling `on_graph` after each
/// successful PUT with the graph and the HTTP status. Stops at the first error.
pub fn load(
    dataset: &Dataset,
    store: &GraphStore,
    mut on_graph: impl FnMut(&Graph, u16),
) -> Result<(), StoreError> {
    for graph in &dataset.graphs {
        let status = store.put(graph)?;
        on_graph(graph, status);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn credentials_come_from_the_environment_and_must_be_complete() {
        assert_eq!(Auth::from_env(env(&[])).unwrap(), Auth::None);
        assert_eq!(
            Auth::from_env(env(&[(ENV_TOKEN, "t0k")])).unwrap(),
            Auth::Bearer("t0k".into())
        );
        let basic = Auth::from_env(env(&[(ENV_USER, "ann"), (ENV_PASSWORD, "s3cret")])).unwrap();
        assert_eq!(basic.header().as_deref(), Some("Basic YW5uOnMzY3JldA=="));
        assert!(!format!("{basic:?}").contains("s3cret"));
        for bad in [
            &[(ENV_USER, "ann")][..],
            &[(ENV_PASSWORD, "s3cret")],
            &[(ENV_USER, "ann"), (ENV_PASSWORD, "x"), (ENV_TOKEN, "t")],
        ] {
            assert!(matches!(
                Auth::from_env(env(bad)),
                Err(StoreError::Credentials(_))
            ));
        }
    }

    #[test]
    fn graph_urls_percent_encode_the_iri() {
        let store = GraphStore::new("http://127.0.0.1:7878/store", Auth::None).unwrap();
        let g = GraphName::NamedNode(oxrdf::NamedNode::new_unchecked(
            "https://w3id.org/briefkg/id/graph/ab?c#d",
        ));
        assert_eq!(
            store.graph_url(&g),
            "http://127.0.0.1:7878/store?graph=https%3A%2F%2Fw3id.org%2Fbriefkg%2Fid%2Fgraph%2Fab%3Fc%23d"
        );
        assert_eq!(
            store.graph_url(&GraphName::DefaultGraph),
            "http://127.0.0.1:7878/store?default"
        );
        let with_query = GraphStore::new("http://h/x?repo=a", Auth::None).unwrap();
        assert!(with_query
            .graph_url(&g)
            .starts_with("http://h/x?repo=a&graph="));
    }

    #[test]
    fn bad_endpoint_urls_are_refused() {
        for url in [
            "ftp://h/store",
            "not a url",
            "/store",
            "http:///x",
            "http://h/s#f",
        ] {
            assert!(
                matches!(
                    GraphStore::new(url, Auth::None),
                    Err(StoreError::Endpoint { .. })
                ),
                "{url}"
            );
        }
    }
}
