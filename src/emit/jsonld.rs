//! JSON-LD: a compact, readable document with the bundled context inline (never a remote
//! context): one node object per subject, prefixed names for properties, types and IRIs.
//! It expands to exactly the graph of the N-Quads (tested with oxjsonld and pyld).

use oxrdf::{NamedOrBlankNode, Quad, Term};
use serde_json::{json, Map, Value};

use super::vocab::{compact, PREFIXES, RDF};
use crate::provenance::hash::sha256_hex;

/// Version of the bundled context, `schemas/context.jsonld`. Bump it whenever the context
/// changes, and set [`CONTEXT_SHA256`] to the new file's hash (a test fails until both agree).
pub const CONTEXT_VERSION: &str = "1.0.0";

/// SHA-256 of `schemas/context.jsonld` at [`CONTEXT_VERSION`]: recorded in the corpus manifest
/// and in `schemas/README.md`, so a reader can check that a document's context is the bundled
/// one without fetching anything.
pub const CONTEXT_SHA256: &str = "c5e8524c2071153589bcf2d7037a08908396adb8072b3a15520c096b01a65f13";

/// The bundled JSON-LD context, `schemas/context.jsonld` (a test checks the file matches).
pub fn context() -> Value {
    let mut ctx = Map::new();
    ctx.insert("@version".into(), json!(1.1));
    for (p, iri) in PREFIXES {
        ctx.insert((*p).into(), json!(iri));
    }
    Value::Object(ctx)
}

/// The text of `schemas/context.jsonld`.
pub fn context_file() -> String {
    let mut s = serde_json::to_string_pretty(&json!({ "@context": context() }))
        .expect("a JSON value always serialises");
    s.push('\n');
    s
}

/// The SHA-256 of [`context_file`], lower-case hex.
pub fn context_sha256() -> String {
    sha256_hex(context_file().as_bytes())
}

fn object(term: &Term) -> Value {
    match term {
        Term::NamedNode(n) => json!({ "@id": compact(n.as_str()) }),
        Term::Literal(l) => {
            if let Some(lang) = l.language() {
                json!({ "@value": l.value(), "@language": lang })
            } else if l.datatype().as_str() == "http://www.w3.org/2001/XMLSchema#string" {
                json!(l.value())
            } else {
                json!({ "@value": l.value(), "@type": compact(l.datatype().as_str()) })
            }
        }
        // briefkg never writes blank nodes; keep any other term readable all the same.
        other => json!({ "@id": other.to_string() }),
    }
}

/// Serialises the quads of one named graph (sorted as [`super::rdf::quads`] gives them).
pub fn serialize(quads: &[Quad]) -> Vec<u8> {
    let graph = quads
        .first()
        .map(|q| q.graph_name.to_string())
        .unwrap_or_default();
    let graph = graph
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_owned();
    let mut nodes: Vec<Value> = Vec::new();
    let mut current: Option<(String, Map<String, Value>)> = None;
    let rdf_type = format!("{RDF}type");
    for q in quads {
        let NamedOrBlankNode::NamedNode(s) = &q.subject else {
            continue;
        };
        if current.as_ref().is_none_or(|(id, _)| id != s.as_str()) {
            if let Some((_, node)) = current.take() {
                nodes.push(Value::Object(node));
            }
            let mut node = Map::new();
            node.insert("@id".into(), json!(s.as_str()));
            current = Some((s.as_str().to_owned(), node));
        }
        let (_, node) = current.as_mut().expect("set just above");
        let (key, value) = if q.predicate.as_str() == rdf_type {
            let Term::NamedNode(t) = &q.object else {
                continue;
            };
            ("@type".to_owned(), json!(compact(t.as_str())))
        } else {
            (compact(q.predicate.as_str()), object(&q.object))
        };
        match node.get_mut(&key) {
            None => {
                node.insert(key, value);
            }
            Some(Value::Array(values)) => values.push(value),
            Some(existing) => {
                let first = existing.take();
                *existing = Value::Array(vec![first, value]);
            }
        }
    }
    if let Some((_, node)) = current.take() {
        nodes.push(Value::Object(node));
    }
    let doc = json!({
        "@context": context(),
        "@id": graph,
        "@graph": nodes,
    });
    let mut out = serde_json::to_vec_pretty(&doc).expect("a JSON value always serialises");
    out.push(b'\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_version_and_hash_agree_with_the_context() {
        assert_eq!(
            context_sha256(),
            CONTEXT_SHA256,
            "the bundled context changed: bump CONTEXT_VERSION (now {CONTEXT_VERSION}) and set \
             CONTEXT_SHA256 to the new hash"
        );
    }
}
