//! JSON-LD 1.1: a compact document with the bundled context inline (never a remote context),
//! one node object per subject and one node object per line, terms for the properties briefkg
//! writes (with their value types coerced, so `"beginIndex": "93"` stands for
//! `"93"^^xsd:nonNegativeInteger`), and prefixed names for every IRI. It expands to exactly the
//! graph of the N-Quads (tested with oxjsonld and pyld).
//!
//! The `@context` is an array: the bundled context (`schemas/context.jsonld`, the same in every
//! document, its SHA-256 recorded in the corpus manifest), then the prefixes of this brief's own
//! namespaces (`b:` for the nodes inside the brief, `brief:`, `graph:`, one per entity kind),
//! which depend on the base IRI.

use oxrdf::{NamedOrBlankNode, Quad, Term};
use serde_json::{json, Map, Value};

use super::vocab::{BKG, DCTERMS, ITSRDF, NIF, OWL, PREFIXES, PROV, RDF, SCHEMA, SKOS, XSD};
use crate::provenance::hash::sha256_hex;

/// Version of the bundled context, `schemas/context.jsonld`. Bump it whenever the context
/// changes, and set [`CONTEXT_SHA256`] to the new file's hash (a test fails until both agree).
pub const CONTEXT_VERSION: &str = "2.1.0";

/// SHA-256 of `schemas/context.jsonld` at [`CONTEXT_VERSION`]: recorded in the corpus manifest
/// and in `schemas/README.md`, so a reader can check that a document's context is the bundled
/// one without fetching anything.
pub const CONTEXT_SHA256: &str = "68f54587eb565c449afd7ba43468bd39fd57d541897f7b5faef004590c702a15";

/// How a term's values are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coerce {
    /// A plain string (`xsd:string`).
    Text,
    /// An IRI (`"@type": "@id"`), written as a prefixed name.
    Id,
    /// A literal of this XML Schema datatype (local name), written as its lexical form.
    Typed(&'static str),
}

/// The terms of the bundled context: `(term, namespace, local name, value type)`. A property
/// whose values are not of the term's type is written with its prefixed name and an expanded
/// value instead.
const TERMS: &[(&str, &str, &str, Coerce)] = &[
    ("addressCountry", SCHEMA, "addressCountry", Coerce::Text),
    ("approximation", BKG, "approximation", Coerce::Text),
    ("hasAssertion", BKG, "hasAssertion", Coerce::Id),
    ("currency", SCHEMA, "currency", Coerce::Text),
    ("dateResolution", BKG, "dateResolution", Coerce::Text),
    ("modality", BKG, "modality", Coerce::Id),
    ("object", BKG, "object", Coerce::Id),
    ("perUnit", BKG, "perUnit", Coerce::Text),
    ("predicate", BKG, "predicate", Coerce::Id),
    ("quantity", BKG, "quantity", Coerce::Id),
    ("subject", BKG, "subject", Coerce::Id),
    ("timeExpression", BKG, "timeExpression", Coerce::Id),
    ("timeRelation", BKG, "timeRelation", Coerce::Id),
    ("unitCode", SCHEMA, "unitCode", Coerce::Text),
    ("unitText", SCHEMA, "unitText", Coerce::Text),
    ("wasAttributedTo", PROV, "wasAttributedTo", Coerce::Id),
    ("wasQuotedFrom", PROV, "wasQuotedFrom", Coerce::Id),
    ("addressLocality", SCHEMA, "addressLocality", Coerce::Text),
    ("address", SCHEMA, "address", Coerce::Id),
    ("affiliation", SCHEMA, "affiliation", Coerce::Id),
    ("altLabel", SKOS, "altLabel", Coerce::Text),
    ("anchorOf", NIF, "anchorOf", Coerce::Text),
    ("author", SCHEMA, "author", Coerce::Id),
    (
        "beginIndex",
        NIF,
        "beginIndex",
        Coerce::Typed("nonNegativeInteger"),
    ),
    (
        "byteLength",
        BKG,
        "byteLength",
        Coerce::Typed("nonNegativeInteger"),
    ),
    (
        "cleanStart",
        BKG,
        "cleanStart",
        Coerce::Typed("nonNegativeInteger"),
    ),
    (
        "datePublished",
        SCHEMA,
        "datePublished",
        Coerce::Typed("date"),
    ),
    ("encodingFormat", SCHEMA, "encodingFormat", Coerce::Text),
    (
        "endIndex",
        NIF,
        "endIndex",
        Coerce::Typed("nonNegativeInteger"),
    ),
    ("faxNumber", SCHEMA, "faxNumber", Coerce::Text),
    ("fileName", BKG, "fileName", Coerce::Text),
    ("inLanguage", SCHEMA, "inLanguage", Coerce::Text),
    ("inferred", BKG, "inferred", Coerce::Typed("boolean")),
    ("isPartOf", DCTERMS, "isPartOf", Coerce::Id),
    ("isString", NIF, "isString", Coerce::Text),
    ("issueNumber", SCHEMA, "issueNumber", Coerce::Text),
    ("jobTitle", SCHEMA, "jobTitle", Coerce::Text),
    ("locationCreated", SCHEMA, "locationCreated", Coerce::Id),
    ("name", SCHEMA, "name", Coerce::Text),
    ("original", BKG, "original", Coerce::Text),
    ("part", BKG, "part", Coerce::Text),
    ("postalCode", SCHEMA, "postalCode", Coerce::Text),
    ("publisher", SCHEMA, "publisher", Coerce::Id),
    ("referenceContext", NIF, "referenceContext", Coerce::Id),
    ("references", DCTERMS, "references", Coerce::Id),
    ("repairKind", BKG, "repairKind", Coerce::Text),
    ("replacement", BKG, "replacement", Coerce::Text),
    ("resolution", BKG, "resolution", Coerce::Text),
    ("sameAs", OWL, "sameAs", Coerce::Id),
    ("sha256", SCHEMA, "sha256", Coerce::Text),
    (
        "sourceStart",
        BKG,
        "sourceStart",
        Coerce::Typed("nonNegativeInteger"),
    ),
    ("streetAddress", SCHEMA, "streetAddress", Coerce::Text),
    ("taIdentRef", ITSRDF, "taIdentRef", Coerce::Id),
    ("telephone", SCHEMA, "telephone", Coerce::Text),
    ("url", SCHEMA, "url", Coerce::Id),
    ("wasDerivedFrom", PROV, "wasDerivedFrom", Coerce::Id),
];

/// The bundled JSON-LD context, `schemas/context.jsonld` (a test checks the file matches):
/// the vocabularies' prefixes and a term (with its value type) for each property briefkg writes.
pub fn context() -> Value {
    let mut ctx = Map::new();
    ctx.insert("@version".into(), json!(1.1));
    for (p, iri) in PREFIXES {
        ctx.insert((*p).into(), json!(iri));
    }
    let prefix_of = |ns: &str| {
        PREFIXES
            .iter()
            .find(|(_, iri)| *iri == ns)
            .map(|(p, _)| *p)
            .expect("every term's namespace has a prefix")
    };
    for (term, ns, local, coerce) in TERMS {
        let id = format!("{}:{local}", prefix_of(ns));
        let def = match coerce {
            Coerce::Text => json!(id),
            Coerce::Id => json!({ "@id": id, "@type": "@id" }),
            Coerce::Typed(dt) => json!({ "@id": id, "@type": format!("xsd:{dt}") }),
        };
        ctx.insert((*term).into(), def);
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

/// Compacts IRIs with the vocabularies' prefixes and a brief's own.
struct Compactor<'a> {
    /// `(prefix, namespace)`, longest namespace first, so `b:` wins over `brief:`.
    prefixes: Vec<(&'a str, &'a str)>,
}

impl<'a> Compactor<'a> {
    fn new(own: &'a [(String, String)]) -> Self {
        let mut prefixes: Vec<(&str, &str)> = PREFIXES
            .iter()
            .copied()
            .chain(own.iter().map(|(p, ns)| (p.as_str(), ns.as_str())))
            .collect();
        prefixes.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
        Compactor { prefixes }
    }

    /// `prefix:local` when the local name is safe to read back as a compact IRI (no `/`
    /// starting it, no characters that would need escaping), the IRI unchanged otherwise.
    fn compact(&self, iri: &str) -> String {
        for (p, ns) in &self.prefixes {
            if let Some(local) = iri.strip_prefix(ns) {
                if !local.is_empty()
                    && !local.starts_with("//")
                    && local
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '%'))
                {
                    return format!("{p}:{local}");
                }
            }
        }
        iri.to_owned()
    }

    /// The key of one property value of a node object, and the value written as JSON into
    /// `out`.
    fn member(&self, predicate: &str, object: &Term, out: &mut Vec<u8>) -> String {
        let term = TERMS.iter().find(|(_, ns, local, coerce)| {
            predicate.len() == ns.len() + local.len()
                && predicate.starts_with(ns)
                && predicate.ends_with(local)
                && match (coerce, object) {
                    (Coerce::Id, Term::NamedNode(_)) => true,
                    (Coerce::Text, Term::Literal(l)) => {
                        l.language().is_none() && l.datatype().as_str() == XSD_STRING
                    }
                    (Coerce::Typed(dt), Term::Literal(l)) => {
                        l.datatype().as_str().strip_prefix(XSD) == Some(dt)
                    }
                    _ => false,
                }
        });
        if let Some((term, ..)) = term {
            match object {
                Term::NamedNode(n) => string(out, &self.compact(n.as_str())),
                Term::Literal(l) => string(out, l.value()),
                other => string(out, &other.to_string()),
            }
            return (*term).to_owned();
        }
        self.expanded(object, out);
        self.compact(predicate)
    }

    /// A value in expanded form (`{"@id": …}`, `{"@value": …, "@type": …}`, a plain string),
    /// written as JSON into `out`.
    fn expanded(&self, term: &Term, out: &mut Vec<u8>) {
        match term {
            Term::NamedNode(n) => {
                out.extend_from_slice(b"{\"@id\":");
                string(out, &self.compact(n.as_str()));
                out.push(b'}');
            }
            Term::Literal(l) => {
                if let Some(lang) = l.language() {
                    out.extend_from_slice(b"{\"@value\":");
                    string(out, l.value());
                    out.extend_from_slice(b",\"@language\":");
                    string(out, lang);
                    out.push(b'}');
                } else if l.datatype().as_str() == XSD_STRING {
                    string(out, l.value());
                } else {
                    out.extend_from_slice(b"{\"@value\":");
                    string(out, l.value());
                    out.extend_from_slice(b",\"@type\":");
                    string(out, &self.compact(l.datatype().as_str()));
                    out.push(b'}');
                }
            }
            // briefkg never writes blank nodes; keep any other term readable all the same.
            other => {
                out.extend_from_slice(b"{\"@id\":");
                string(out, &other.to_string());
                out.push(b'}');
            }
        }
    }
}

/// Writes a JSON string (serde_json's escaping).
fn string(out: &mut Vec<u8>, s: &str) {
    serde_json::to_writer(&mut *out, s).expect("writing JSON to memory cannot fail");
}

/// One node object being written: its members in order of first appearance, each with its
/// values already written as JSON.
struct Node {
    members: Vec<(String, Vec<Vec<u8>>)>,
}

impl Node {
    fn push(&mut self, key: String, value: Vec<u8>) {
        match self.members.iter_mut().find(|(k, _)| *k == key) {
            Some((_, values)) => values.push(value),
            None => self.members.push((key, vec![value])),
        }
    }

    fn write(&self, out: &mut Vec<u8>) {
        out.push(b'{');
        for (i, (key, values)) in self.members.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            string(out, key);
            out.push(b':');
            match values.as_slice() {
                [one] => out.extend_from_slice(one),
                many => {
                    out.push(b'[');
                    for (j, v) in many.iter().enumerate() {
                        if j > 0 {
                            out.push(b',');
                        }
                        out.extend_from_slice(v);
                    }
                    out.push(b']');
                }
            }
        }
        out.push(b'}');
    }
}

const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";

/// Serialises the quads of one named graph (sorted as [`super::rdf::quads`] gives them, so a
/// subject's quads are adjacent). `own` are the brief's own prefixes
/// ([`super::iri::Iris::prefixes`]); those the quads use are added to the context.
pub fn serialize(quads: &[Quad], own: &[(String, String)]) -> Vec<u8> {
    let used = super::used_prefixes(quads, own);
    let own: Vec<(String, String)> = own.iter().filter(|p| used.contains(p)).cloned().collect();
    let c = Compactor::new(&own);
    let graph = quads
        .first()
        .map(|q| match &q.graph_name {
            oxrdf::GraphName::NamedNode(g) => c.compact(g.as_str()),
            _ => String::new(),
        })
        .unwrap_or_default();
    let mut local = Map::new();
    for (p, ns) in &own {
        local.insert(p.clone(), json!(ns));
    }
    let mut out = Vec::with_capacity(quads.len() * 48);
    out.extend_from_slice(b"{\n\"@context\": ");
    let head = json!([context(), Value::Object(local)]);
    serde_json::to_writer(&mut out, &head).expect("writing JSON to memory cannot fail");
    out.extend_from_slice(b",\n\"@id\": ");
    serde_json::to_writer(&mut out, &json!(graph)).expect("writing JSON to memory cannot fail");
    out.extend_from_slice(b",\n\"@graph\": [");
    let rdf_type = format!("{RDF}type");
    let mut first = true;
    let mut flush = |node: Node, out: &mut Vec<u8>| {
        out.extend_from_slice(if first { b"\n" } else { b",\n" });
        first = false;
        node.write(out);
    };
    let mut current: Option<(&str, Node)> = None;
    for q in quads {
        let NamedOrBlankNode::NamedNode(s) = &q.subject else {
            continue;
        };
        if current.as_ref().is_none_or(|(id, _)| *id != s.as_str()) {
            if let Some((_, node)) = current.take() {
                flush(node, &mut out);
            }
            let mut id = Vec::new();
            string(&mut id, &c.compact(s.as_str()));
            let node = Node {
                members: vec![("@id".to_owned(), vec![id])],
            };
            current = Some((s.as_str(), node));
        }
        let (_, node) = current.as_mut().expect("set just above");
        let mut value = Vec::new();
        let key = if q.predicate.as_str() == rdf_type {
            let Term::NamedNode(t) = &q.object else {
                continue;
            };
            string(&mut value, &c.compact(t.as_str()));
            "@type".to_owned()
        } else {
            c.member(q.predicate.as_str(), &q.object, &mut value)
        };
        node.push(key, value);
    }
    if let Some((_, node)) = current.take() {
        flush(node, &mut out);
    }
    out.extend_from_slice(b"\n]}\n");
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

    #[test]
    fn every_term_is_a_distinct_name_of_a_known_namespace() {
        let mut names: Vec<&str> = TERMS.iter().map(|t| t.0).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(names.len(), before, "a term is defined twice");
        for (term, ns, ..) in TERMS {
            assert!(
                PREFIXES.iter().any(|(_, iri)| iri == ns),
                "{term}: namespace without a prefix"
            );
            assert!(
                !PREFIXES.iter().any(|(p, _)| p == term),
                "{term}: is a prefix"
            );
            // A brief's own prefixes (`claim:`, `assertion:`, `country:`…) are terms of its
            // context too: a property term of the same name would turn its values into IRIs.
            let own = ["b", "brief", "graph", "claim", "assertion"];
            assert!(
                !own.contains(term)
                    && !crate::model::EntityKind::ALL
                        .iter()
                        .any(|k| k.as_str() == *term),
                "{term}: is a brief's prefix"
            );
        }
    }
}
