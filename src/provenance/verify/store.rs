//! Named graphs in a SPARQL store, fetched with the SPARQL 1.1 Graph Store HTTP Protocol
//! (`GET {endpoint}?graph={IRI}`), so `verify` can check that what a store serves is what the
//! manifests name. The endpoint is the store's Graph Store Protocol URL (for Oxigraph,
//! `http://HOST:PORT/store`).

use oxrdf::{Literal, NamedNode, Quad, Term};

use super::{Check, FileRef, Finding};
use crate::emit::read;
use crate::provenance::hash::{canonical_nquads, canonical_sha256};

/// A graph as a store served it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreGraph {
    /// The body.
    pub bytes: Vec<u8>,
    /// Its `Content-Type`.
    pub media_type: String,
}

/// Why a store could not be queried (an I/O error: exit code 2, not a finding).
#[derive(Debug, thiserror::Error)]
#[error("{endpoint}: {message}")]
pub struct StoreError {
    /// The endpoint.
    pub endpoint: String,
    /// What went wrong.
    pub message: String,
}

/// A source of named graphs.
pub trait GraphStore: Sync {
    /// The named graph `graph`, or `None` when the store does not have it.
    fn get(&self, graph: &str) -> Result<Option<StoreGraph>, StoreError>;
}

/// A store reached over HTTP with the Graph Store Protocol, through the same client as
/// `briefkg load` ([`crate::store::gsp::GraphStore`]: http or https, credentials from the
/// environment, the same timeouts).
pub struct HttpStore {
    endpoint: String,
    client: crate::store::gsp::GraphStore,
}

/// The media types asked for, most wanted first.
pub const ACCEPT: &str =
    "application/n-triples, application/n-quads;q=0.9, text/turtle;q=0.5, application/trig;q=0.4";

impl HttpStore {
    /// A store at `endpoint` (an `http://` or `https://` Graph Store Protocol URL), with the
    /// credentials `auth` (read from the environment by the caller).
    pub fn new(endpoint: &str, auth: crate::store::gsp::Auth) -> Result<Self, StoreError> {
        let client =
            crate::store::gsp::GraphStore::new(endpoint, auth).map_err(|e| StoreError {
                endpoint: endpoint.to_owned(),
                message: e.to_string(),
            })?;
        Ok(HttpStore {
            endpoint: endpoint.to_owned(),
            client,
        })
    }
}

impl GraphStore for HttpStore {
    fn get(&self, graph: &str) -> Result<Option<StoreGraph>, StoreError> {
        let got = self.client.get(graph, ACCEPT).map_err(|e| StoreError {
            endpoint: self.endpoint.clone(),
            message: e.to_string(),
        })?;
        Ok(got.map(|(media_type, bytes)| StoreGraph { bytes, media_type }))
    }
}

/// The XSD datatypes derived from `xsd:integer`: stores that keep values rather than lexical
/// forms (Oxigraph among them) give all of them back as `xsd:integer`.
const INTEGER_TYPES: &[&str] = &[
    "integer",
    "nonNegativeInteger",
    "positiveInteger",
    "nonPositiveInteger",
    "negativeInteger",
    "long",
    "int",
    "short",
    "byte",
    "unsignedLong",
    "unsignedInt",
    "unsignedShort",
    "unsignedByte",
];

/// A graph with every integer-typed literal written as Oxigraph and other value-based stores
/// give it back: datatype `xsd:integer`, canonical lexical form (no `+`, no leading zeros).
/// Literals whose lexical form is not an integer are left as they are.
pub fn integer_normalized(quads: &[Quad]) -> Vec<Quad> {
    let xsd = crate::emit::vocab::XSD;
    let integer = NamedNode::new_unchecked(format!("{xsd}integer"));
    quads
        .iter()
        .map(|q| {
            let Term::Literal(l) = &q.object else {
                return q.clone();
            };
            let derived = l
                .datatype()
                .as_str()
                .strip_prefix(xsd)
                .is_some_and(|local| INTEGER_TYPES.contains(&local));
            match canonical_integer(l.value()) {
                Some(v) if derived => Quad::new(
                    q.subject.clone(),
                    q.predicate.clone(),
                    Literal::new_typed_literal(v, integer.clone()),
                    q.graph_name.clone(),
                ),
                _ => q.clone(),
            }
        })
        .collect()
}

/// The canonical lexical form of an `xsd:integer` lexical form, if it is one.
fn canonical_integer(lexical: &str) -> Option<String> {
    let (sign, digits) = match lexical.as_bytes().first()? {
        b'-' => ("-", &lexical[1..]),
        b'+' => ("", &lexical[1..]),
        _ => ("", lexical),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = digits.trim_start_matches('0');
    Some(match digits {
        "" => "0".to_owned(),
        d => format!("{sign}{d}"),
    })
}

/// What checking one stored graph found.
#[derive(Debug, Default)]
pub(super) struct StoreCheck {
    pub finding: Option<Finding>,
    pub note: Option<String>,
}

/// Fetches one named graph and compares its canonical hash with `expected`. When they differ
/// and the local graph (already verified against `expected`) is given, the two graphs are
/// compared again with integer literals normalised ([`integer_normalized`]): equal then means
/// the store holds the same graph up to its datatype handling (a note), different means a
/// finding that shows the first differing quads. `what` names the graph for messages.
pub(super) fn check_graph(
    store: &dyn GraphStore,
    graph: &str,
    expected: &str,
    local: Option<&[Quad]>,
    what: &str,
) -> Result<StoreCheck, StoreError> {
    let file = FileRef::Store {
        graph: graph.to_owned(),
    };
    let finding = |message: String, expected: String, found: String| StoreCheck {
        finding: Some(Finding::new(
            file.clone(),
            Check::Store,
            message,
            expected,
            found,
        )),
        note: None,
    };
    let Some(served) = store.get(graph)? else {
        return Ok(finding(
            format!("the store does not have the named graph of {what}"),
            format!("a graph with canonical SHA-256 {expected}"),
            "no such graph (HTTP 404)".to_owned(),
        ));
    };
    let Some(format) = read::format_of_media_type(&served.media_type) else {
        return Ok(finding(
            format!("the store served the graph of {what} in a format briefkg does not read"),
            "N-Triples, N-Quads, Turtle or TriG".to_owned(),
            served.media_type,
        ));
    };
    let graph_node = NamedNode::new_unchecked(graph);
    let quads = match read::parse(format, &served.bytes, &graph_node) {
        Ok(q) => q,
        Err(e) => {
            return Ok(finding(
                format!("the store's graph of {what} does not parse: {e}"),
                format!("valid {format}"),
                "a syntax error".to_owned(),
            ))
        }
    };
    // A store may answer a graph GET with quads in the default graph; the graph is the one
    // asked for either way.
    let mut quads: Vec<Quad> = quads
        .into_iter()
        .map(|q| Quad::new(q.subject, q.predicate, q.object, graph_node.clone()))
        .collect();
    // Claims' assertion graphs are named graphs of their own: fetched too, since the graph
    // hash covers them.
    let assertion = format!("{}hasAssertion", crate::emit::vocab::BKG);
    let named: std::collections::BTreeSet<String> = quads
        .iter()
        .filter(|q| q.predicate.as_str() == assertion)
        .filter_map(|q| match &q.object {
            oxrdf::Term::NamedNode(g) => Some(g.as_str().to_owned()),
            _ => None,
        })
        .collect();
    for g in named {
        let node = NamedNode::new_unchecked(&g);
        let Some(served) = store.get(&g)? else {
            continue;
        };
        if let Some(f) = read::format_of_media_type(&served.media_type) {
            if let Ok(q) = read::parse(f, &served.bytes, &node) {
                quads.extend(
                    q.into_iter()
                        .map(|q| Quad::new(q.subject, q.predicate, q.object, node.clone())),
                );
            }
        }
    }
    let found = canonical_sha256(&quads);
    if found == expected {
        return Ok(StoreCheck::default());
    }
    let Some(local) = local else {
        return Ok(finding(
            format!(
                "the store's graph of {what} ({} quads) is not the one the manifests name",
                quads.len()
            ),
            expected.to_owned(),
            found,
        ));
    };
    let (served_text, _) = canonical_nquads(&integer_normalized(&quads));
    let (local_text, _) = canonical_nquads(&integer_normalized(local));
    if served_text == local_text {
        return Ok(StoreCheck {
            finding: None,
            note: Some(format!(
                "the store gives integer literals back as xsd:integer (canonical SHA-256 {found}, not {expected}); its graph of {what} was compared with the local graph with integer literals normalised, and they are equal"
            )),
        });
    }
    let lines = |text: &str| -> std::collections::BTreeSet<String> {
        text.lines().map(str::to_owned).collect()
    };
    let (served_lines, local_lines) = (lines(&served_text), lines(&local_text));
    let extra: Vec<&String> = served_lines.difference(&local_lines).collect();
    let missing: Vec<&String> = local_lines.difference(&served_lines).collect();
    let example = |v: &[&String]| {
        v.first()
            .map(|l| format!(", first: {}", l.chars().take(300).collect::<String>()))
            .unwrap_or_default()
    };
    Ok(finding(
        format!(
            "the store's graph of {what} ({} quads) is not the one the manifests name: {} quads only in the store{}; {} quads missing from it{}",
            quads.len(),
            extra.len(),
            example(&extra),
            missing.len(),
            example(&missing),
        ),
        expected.to_owned(),
        found,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes() {
        let none = || crate::store::gsp::Auth::None;
        assert!(HttpStore::new("http://127.0.0.1:7878/store", none()).is_ok());
        assert!(HttpStore::new("https://example.org/store", none()).is_ok());
        assert!(HttpStore::new("ftp://example.org/store", none()).is_err());
    }

    #[test]
    fn integer_literals_normalise_to_xsd_integer_values() {
        for (lexical, canonical) in [
            ("42", "42"),
            ("+042", "42"),
            ("-0", "0"),
            ("000", "0"),
            ("-07", "-7"),
        ] {
            assert_eq!(canonical_integer(lexical).as_deref(), Some(canonical));
        }
        for bad in ["", "+", "4.2", "x", "1e3"] {
            assert_eq!(canonical_integer(bad), None);
        }
        let xsd = crate::emit::vocab::XSD;
        let q = |v: &str, dt: &str| {
            Quad::new(
                NamedNode::new_unchecked("http://x/s"),
                NamedNode::new_unchecked("http://x/p"),
                Literal::new_typed_literal(v, NamedNode::new_unchecked(format!("{xsd}{dt}"))),
                NamedNode::new_unchecked("http://x/g"),
            )
        };
        let n = integer_normalized(&[
            q("007", "nonNegativeInteger"),
            q("1.0", "decimal"),
            q("x", "int"),
        ]);
        assert_eq!(n[0], q("7", "integer"));
        assert_eq!(n[1], q("1.0", "decimal"));
        assert_eq!(n[2], q("x", "int"));
    }
}
