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

use oxrdf::Quad;
use serde_json::{json, Map, Value};

use super::quads::{Obj, Quads, Rec, TermKind, DEFAULT_GRAPH};
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

/// The bundled context as compact JSON, serialised once.
fn context_json() -> &'static [u8] {
    static JSON: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    JSON.get_or_init(|| serde_json::to_vec(&context()).expect("a JSON value always serialises"))
}

/// Which bytes a JSON string escapes (serde_json's table): `b'u'` for `\u00XX`, the letter
/// of the short escape, or 0.
static JSON_ESCAPES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = b'u';
        i += 1;
    }
    t[0x08] = b'b';
    t[b'\t' as usize] = b't';
    t[b'\n' as usize] = b'n';
    t[0x0C] = b'f';
    t[b'\r' as usize] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// Writes a JSON string, escaped exactly as serde_json escapes it (`\"`, `\\`, `\b \t \n \f
/// \r`, other control characters as `\u00xx` with lower-case hex, nothing else).
pub(crate) fn string(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let e = JSON_ESCAPES[b as usize];
        if e == 0 {
            continue;
        }
        out.extend_from_slice(&bytes[run..i]);
        out.push(b'\\');
        if e == b'u' {
            out.extend_from_slice(b"u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 15)]);
        } else {
            out.push(e);
        }
        run = i + 1;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Compacts IRIs with the vocabularies' prefixes and a brief's own: `prefix:local` when the
/// local name is safe to read back as a compact IRI (not empty, no `//` starting it, only
/// ASCII letters, digits, `_ - . %`), the IRI unchanged otherwise.
fn compact<'a>(prefixes: &[(&'a str, &str)], iri: &'a str) -> (Option<&'a str>, &'a str) {
    for (p, ns) in prefixes {
        if let Some(local) = iri.strip_prefix(ns) {
            if !local.is_empty()
                && !local.starts_with("//")
                && local
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.' | b'%'))
            {
                return (Some(p), local);
            }
        }
    }
    (None, iri)
}

/// A key of a node object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Id,
    Type,
    /// A term of the context ([`TERMS`] index).
    Term(usize),
    /// A property without a term for its value: its prefixed name (term id of the predicate).
    Predicate(u32),
}

/// The class of an object that decides which term (if any) writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum ValueClass {
    Iri,
    Blank,
    Simple,
    Lang,
    Typed(u32),
}

const NONE: u32 = u32::MAX;

/// Writes one document.
struct Writer<'q, 'p> {
    quads: &'q Quads,
    prefixes: Vec<(&'p str, &'p str)>,
    /// Per term id: the JSON string of its compact form, as a range of `forms`.
    form: Vec<(u32, u32)>,
    forms: Vec<u8>,
    /// Per predicate and value class: the term that writes it, if any.
    terms: Vec<(u32, ValueClass, Option<usize>)>,
    /// The node object being written: its keys in order of first appearance, and its values
    /// (key index, range of `values`).
    keys: Vec<Key>,
    entries: Vec<(usize, u32, u32)>,
    values: Vec<u8>,
}

impl<'q, 'p> Writer<'q, 'p> {
    /// The JSON string of a term's compact form.
    fn form(&mut self, id: u32) -> (u32, u32) {
        let f = self.form[id as usize];
        if f.0 != NONE {
            return f;
        }
        let start = self.forms.len() as u32;
        let text = self.quads.terms.get(id);
        if self.quads.terms.kind(id) == TermKind::Blank {
            string(&mut self.forms, &format!("_:{text}"));
        } else {
            match compact(&self.prefixes, text) {
                (Some(p), local) => {
                    let mut s = String::with_capacity(p.len() + 1 + local.len());
                    s.push_str(p);
                    s.push(':');
                    s.push_str(local);
                    string(&mut self.forms, &s);
                }
                (None, iri) => string(&mut self.forms, iri),
            }
        }
        let f = (start, self.forms.len() as u32);
        self.form[id as usize] = f;
        f
    }

    fn push_form(&mut self, id: u32) {
        let (a, b) = self.form(id);
        self.values
            .extend_from_slice(&self.forms[a as usize..b as usize]);
    }

    /// The context term writing values of `class` for predicate `p`: the first of [`TERMS`]
    /// for that property whose value type fits.
    fn term_for(&mut self, p: u32, class: ValueClass) -> Option<usize> {
        if let Some((_, _, t)) = self.terms.iter().find(|(q, c, _)| *q == p && *c == class) {
            return *t;
        }
        let predicate = self.quads.terms.get(p);
        let datatype = match class {
            ValueClass::Typed(d) => Some(self.quads.terms.get(d)),
            ValueClass::Simple => Some(XSD_STRING),
            _ => None,
        };
        let found = TERMS.iter().position(|(_, ns, local, coerce)| {
            predicate.len() == ns.len() + local.len()
                && predicate.starts_with(ns)
                && predicate.ends_with(local)
                && match (coerce, class) {
                    (Coerce::Id, ValueClass::Iri) => true,
                    (Coerce::Text, ValueClass::Simple) => true,
                    (Coerce::Typed(dt), ValueClass::Typed(_)) => {
                        datatype.and_then(|d| d.strip_prefix(XSD)) == Some(dt)
                    }
                    _ => false,
                }
        });
        self.terms.push((p, class, found));
        found
    }

    /// Adds one value to the node object being written.
    fn push(&mut self, key: Key, start: usize) {
        let i = match self.keys.iter().position(|k| *k == key) {
            Some(i) => i,
            None => {
                self.keys.push(key);
                self.keys.len() - 1
            }
        };
        self.entries
            .push((i, start as u32, self.values.len() as u32));
    }

    /// Writes the node object being built and clears it.
    fn flush(&mut self, out: &mut Vec<u8>, first: &mut bool) {
        if self.keys.is_empty() {
            return;
        }
        out.extend_from_slice(if *first { b"\n" } else { b",\n" });
        *first = false;
        out.push(b'{');
        for (i, key) in self.keys.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            match key {
                Key::Id => out.extend_from_slice(b"\"@id\""),
                Key::Type => out.extend_from_slice(b"\"@type\""),
                Key::Term(t) => string(out, TERMS[*t].0),
                Key::Predicate(p) => {
                    let (a, b) = self.form[*p as usize];
                    out.extend_from_slice(&self.forms[a as usize..b as usize]);
                }
            }
            out.push(b':');
            let many = self.entries.iter().filter(|e| e.0 == i).nth(1).is_some();
            if many {
                out.push(b'[');
            }
            let mut j = 0;
            for &(k, a, b) in &self.entries {
                if k == i {
                    if j > 0 {
                        out.push(b',');
                    }
                    out.extend_from_slice(&self.values[a as usize..b as usize]);
                    j += 1;
                }
            }
            if many {
                out.push(b']');
            }
        }
        out.push(b'}');
        self.keys.clear();
        self.entries.clear();
        self.values.clear();
    }

    /// A value in expanded form (`{"@id": …}`, `{"@value": …, "@type": …}`, a plain string).
    fn expanded(&mut self, r: &Rec) {
        match r.o {
            Obj::Node(id) => {
                self.values.extend_from_slice(b"{\"@id\":");
                self.push_form(id);
                self.values.push(b'}');
            }
            Obj::Simple => string(&mut self.values, self.quads.value(r)),
            Obj::Lang(l) => {
                self.values.extend_from_slice(b"{\"@value\":");
                string(&mut self.values, self.quads.value(r));
                self.values.extend_from_slice(b",\"@language\":");
                string(&mut self.values, self.quads.terms.get(l));
                self.values.push(b'}');
            }
            Obj::Typed(d) => {
                self.values.extend_from_slice(b"{\"@value\":");
                string(&mut self.values, self.quads.value(r));
                self.values.extend_from_slice(b",\"@type\":");
                self.push_form(d);
                self.values.push(b'}');
            }
        }
    }
}

const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";

/// Serialises the quads of one named graph (sorted as [`super::rdf::quads`] gives them, so a
/// subject's quads are adjacent). `own` are the brief's own prefixes
/// ([`super::iri::Iris::prefixes`]); those the quads use are added to the context.
pub fn serialize(quads: &[Quad], own: &[(String, String)]) -> Vec<u8> {
    write(&Quads::from_quads(quads.iter().map(Quad::as_ref)), own)
}

/// [`serialize`] of quads in compact form.
pub(crate) fn write(quads: &Quads, own: &[(String, String)]) -> Vec<u8> {
    let used = super::turtle::used_prefixes(quads, own);
    let own: Vec<(&str, &str)> = own
        .iter()
        .map(|(p, ns)| (p.as_str(), ns.as_str()))
        .filter(|p| used.contains(p))
        .collect();
    let mut prefixes: Vec<(&str, &str)> = PREFIXES
        .iter()
        .copied()
        .chain(own.iter().copied())
        .collect();
    prefixes.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
    let mut w = Writer {
        quads,
        prefixes,
        form: vec![(NONE, NONE); quads.terms.len()],
        forms: Vec::new(),
        terms: Vec::new(),
        keys: Vec::new(),
        entries: Vec::new(),
        values: Vec::new(),
    };
    let mut out = Vec::with_capacity(quads.values.len() + quads.len() * 48 + 4096);
    out.extend_from_slice(b"{\n\"@context\": [");
    out.extend_from_slice(context_json());
    out.extend_from_slice(b",{");
    for (i, (p, ns)) in own.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        string(&mut out, p);
        out.push(b':');
        string(&mut out, ns);
    }
    out.extend_from_slice(b"}],\n\"@id\": ");
    match quads.recs.first().map(|r| r.g) {
        Some(g) if g != DEFAULT_GRAPH && quads.terms.kind(g) == TermKind::Iri => {
            let (a, b) = w.form(g);
            out.extend_from_slice(&w.forms[a as usize..b as usize]);
        }
        _ => out.extend_from_slice(b"\"\""),
    }
    out.extend_from_slice(b",\n\"@graph\": [");
    let rdf_type = format!("{RDF}type");
    let mut first = true;
    let mut current = NONE;
    for r in &quads.recs {
        if quads.terms.kind(r.s) != TermKind::Iri {
            continue;
        }
        if current != r.s {
            w.flush(&mut out, &mut first);
            current = r.s;
            w.push_form(r.s);
            w.push(Key::Id, 0);
        }
        let start = w.values.len();
        if quads.terms.get(r.p) == rdf_type {
            let Obj::Node(t) = r.o else {
                continue;
            };
            if quads.terms.kind(t) != TermKind::Iri {
                continue;
            }
            w.push_form(t);
            w.push(Key::Type, start);
            continue;
        }
        let class = match r.o {
            Obj::Node(id) if quads.terms.kind(id) == TermKind::Iri => ValueClass::Iri,
            Obj::Node(_) => ValueClass::Blank,
            Obj::Simple => ValueClass::Simple,
            Obj::Lang(_) => ValueClass::Lang,
            Obj::Typed(d) => ValueClass::Typed(d),
        };
        match w.term_for(r.p, class) {
            Some(t) => {
                match r.o {
                    Obj::Node(id) => w.push_form(id),
                    _ => string(&mut w.values, quads.value(r)),
                }
                w.push(Key::Term(t), start);
            }
            None => {
                w.expanded(r);
                w.form(r.p);
                w.push(Key::Predicate(r.p), start);
            }
        }
    }
    w.flush(&mut out, &mut first);
    out.extend_from_slice(b"\n]}\n");
    out
}

/// The JSON-LD writer before the compact quads: kept as the reference the fast writer must
/// equal byte for byte.
#[cfg(test)]
pub(crate) mod reference {
    use oxrdf::{NamedOrBlankNode, Quad, Term};
    use serde_json::{json, Map, Value};

    use super::{context, Coerce, PREFIXES, RDF, TERMS, XSD};

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
                        && local.chars().all(|c| {
                            c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.' | '%')
                        })
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
    pub(super) fn serialize(quads: &[Quad], own: &[(String, String)]) -> Vec<u8> {
        let used = crate::emit::used_prefixes(quads, own);
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

    /// The fast writer ([`write`]) must give the bytes of the reference writer.
    fn assert_same_as_reference(what: &str, quads: &[Quad], own: &[(String, String)]) {
        let ours = serialize(quads, own);
        let reference = reference::serialize(quads, own);
        assert!(
            ours == reference,
            "{what}: the JSON-LD differs from the reference writer's\nours:      {}\nreference: {}",
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&reference)
        );
    }

    #[test]
    fn every_bundled_brief_is_written_as_the_reference_writes_it() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let briefs = crate::pipeline::collect_inputs(&[root.join("briefs")]).unwrap();
        assert!(!briefs.is_empty());
        let kb = crate::kb::Kb::bundled();
        let gazetteer = crate::extract::Gazetteer::new(&kb);
        for path in briefs {
            let doc =
                crate::pipeline::analyze(crate::ingest::read(&path).unwrap(), &kb, &gazetteer);
            let iris = super::super::iri::Iris::new(
                super::super::vocab::DEFAULT_BASE_IRI,
                &doc.source.sha256,
            );
            for web_annotation in [false, true] {
                let profile = super::super::rdf::Profile { web_annotation };
                let quads = super::super::rdf::quads(&doc, &iris, profile);
                let what = format!("{} (web annotation {web_annotation})", path.display());
                assert_same_as_reference(&what, &quads, &iris.prefixes());
            }
        }
    }

    #[test]
    fn corner_quads_are_written_as_the_reference_writes_them() {
        use oxrdf::{BlankNode, Literal, NamedNode};
        let iri = |s: &str| NamedNode::new(s).unwrap();
        let g = iri("https://example.org/graph/x");
        let s = iri("https://example.org/brief/x#s1-2");
        let other = iri("https://example.org/brief/x#m3-4");
        let b = BlankNode::new("b0").unwrap();
        let nn = iri(&format!("{XSD}nonNegativeInteger"));
        let objects: Vec<oxrdf::Term> = vec![
            Literal::new_simple_literal("text \"quoted\" \\ \n \u{1} \u{7f} \u{2028} é").into(),
            Literal::new_simple_literal("").into(),
            Literal::new_language_tagged_literal("chat", "fr")
                .unwrap()
                .into(),
            Literal::new_typed_literal("12", nn.clone()).into(),
            Literal::new_typed_literal("x", iri(&format!("{XSD}date"))).into(),
            Literal::new_typed_literal("true", iri(&format!("{XSD}boolean"))).into(),
            other.clone().into(),
            iri("https://unknown.example/thing").into(),
            b.clone().into(),
        ];
        let mut predicates: Vec<NamedNode> = TERMS
            .iter()
            .map(|(term, ns, ..)| iri(&format!("{ns}{term}")))
            .collect();
        predicates.push(iri(&format!("{RDF}type")));
        predicates.push(iri("https://unknown.example/p"));
        predicates.push(iri(&format!("{BKG}notATerm")));
        let mut quads = Vec::new();
        for p in &predicates {
            for o in &objects {
                quads.push(Quad::new(s.clone(), p.clone(), o.clone(), g.clone()));
            }
        }
        quads.push(Quad::new(
            b,
            iri(&format!("{RDF}type")),
            other.clone(),
            g.clone(),
        ));
        quads.push(Quad::new(
            other,
            iri(&format!("{NIF}beginIndex")),
            Literal::new_typed_literal("3", nn),
            g,
        ));
        quads.sort_by_cached_key(|q| q.to_string());
        quads.dedup();
        let own = vec![
            ("b".to_owned(), "https://example.org/brief/x#".to_owned()),
            ("brief".to_owned(), "https://example.org/brief/".to_owned()),
            ("graph".to_owned(), "https://example.org/graph/".to_owned()),
        ];
        assert_same_as_reference("corner quads", &quads, &own);
        assert_same_as_reference("corner quads, no own prefix", &quads, &[]);
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
