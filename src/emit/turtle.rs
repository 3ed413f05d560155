//! Turtle and TriG written straight into a byte buffer, byte for byte what oxttl's
//! `TurtleSerializer` and `TriGSerializer` (0.2) write for the same quads and prefixes, without
//! going through `fmt::Display`: prefixes tried longest namespace first, a local name escaped
//! as oxttl escapes it (or the full IRI when it cannot be), `a` for `rdf:type`, `;` and `,` for
//! repeated subjects and predicates, one tab of indentation inside a named graph, integers,
//! decimals, doubles and booleans written bare. Each term's written form is computed once per
//! document and reused. `tests/fast_writers.rs` checks the bytes against oxttl.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use super::quads::{write_iri, write_quoted, Obj, Quads, Rec, TermKind, DEFAULT_GRAPH};
use super::vocab::{PREFIXES, RDF, XSD};

const NONE: u32 = u32::MAX;
const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";

/// The prefixes of a document in the order oxttl's serialisers try them: declared into a map
/// by name (a later declaration of a name replaces an earlier one), then sorted by decreasing
/// namespace length with the same (unstable) sort oxttl uses, so even prefixes bound to the
/// same namespace are chosen as oxttl chooses them.
pub(crate) fn serializer_order<'a>(prefixes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut map: BTreeMap<&str, &str> = BTreeMap::new();
    for (p, ns) in prefixes {
        map.insert(p, ns);
    }
    let mut out: Vec<(&str, &str)> = map.into_iter().collect();
    out.sort_unstable_by_key(|(_, ns)| Reverse(ns.len()));
    out
}

/// The prefixes (name, namespace) of `all` that name at least one IRI of `quads` (an IRI
/// starting with the namespace, as subject, predicate, object, datatype or graph name), in
/// the order of `all`.
pub(crate) fn used<'a>(quads: &Quads, all: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut seen = vec![false; quads.terms.len()];
    let (mut simple, mut lang) = (false, false);
    let mut mark = |id: u32| {
        if id != DEFAULT_GRAPH {
            seen[id as usize] = true;
        }
    };
    for r in &quads.recs {
        mark(r.s);
        mark(r.p);
        mark(r.g);
        match r.o {
            Obj::Node(o) | Obj::Typed(o) => mark(o),
            // A literal's datatype counts too: xsd:string, rdf:langString.
            Obj::Simple => simple = true,
            Obj::Lang(_) => lang = true,
        }
    }
    let lang_string = format!("{RDF}langString");
    let iris = seen
        .iter()
        .enumerate()
        .filter(|(id, s)| **s && quads.terms.kind(*id as u32) == TermKind::Iri)
        .map(|(id, _)| quads.terms.get(id as u32))
        .chain(simple.then_some(XSD_STRING))
        .chain(lang.then_some(lang_string.as_str()));
    let mut used = vec![false; all.len()];
    let mut left = all.len();
    for iri in iris {
        if left == 0 {
            break;
        }
        for (i, (_, ns)) in all.iter().enumerate() {
            if !used[i] && iri.starts_with(ns) {
                used[i] = true;
                left -= 1;
            }
        }
    }
    all.iter()
        .zip(used)
        .filter(|(_, u)| *u)
        .map(|(p, _)| *p)
        .collect()
}

/// The vocabularies' prefixes and `extra` that `quads` use, sorted by name (then namespace):
/// what `emit::used_prefixes` returns, computed on the compact quads.
pub(crate) fn used_prefixes<'a>(
    quads: &Quads,
    extra: &'a [(String, String)],
) -> Vec<(&'a str, &'a str)> {
    let all: Vec<(&str, &str)> = PREFIXES
        .iter()
        .copied()
        .chain(extra.iter().map(|(p, ns)| (p.as_str(), ns.as_str())))
        .collect();
    let mut out = used(quads, &all);
    out.sort();
    out
}

/// Writes Turtle (`graphs` false: every quad as a triple of the default graph) or TriG.
struct Writer<'q, 'p> {
    quads: &'q Quads,
    prefixes: Vec<(&'p str, &'p str)>,
    /// Per term id: its written form's range in `forms`, or `NONE` while not computed.
    form: Vec<(u32, u32)>,
    forms: Vec<u8>,
    rdf_type: u32,
}

impl<'q, 'p> Writer<'q, 'p> {
    fn new(quads: &'q Quads, prefixes: &[(&'p str, &'p str)]) -> Self {
        let rdf_type = rdf_type_id(quads);
        Writer {
            quads,
            prefixes: serializer_order(prefixes),
            form: vec![(NONE, NONE); quads.terms.len()],
            forms: Vec::new(),
            rdf_type,
        }
    }

    /// Appends a node (IRI or blank node) as oxttl writes it.
    fn node(&mut self, out: &mut Vec<u8>, id: u32) {
        let (a, b) = self.form[id as usize];
        if a == NONE {
            let start = self.forms.len();
            let text = self.quads.terms.get(id);
            if self.quads.terms.kind(id) == TermKind::Blank {
                self.forms.extend_from_slice(b"_:");
                self.forms.extend_from_slice(text.as_bytes());
            } else {
                compact(&mut self.forms, text, &self.prefixes);
            }
            self.form[id as usize] = (start as u32, self.forms.len() as u32);
            out.extend_from_slice(&self.forms[start..]);
        } else {
            out.extend_from_slice(&self.forms[a as usize..b as usize]);
        }
    }

    fn predicate(&mut self, out: &mut Vec<u8>, id: u32) {
        if id == self.rdf_type {
            out.push(b'a');
        } else {
            self.node(out, id);
        }
    }

    fn object(&mut self, out: &mut Vec<u8>, r: &Rec) {
        match r.o {
            Obj::Node(id) => self.node(out, id),
            Obj::Simple => write_quoted(out, self.quads.value(r)),
            Obj::Lang(l) => {
                write_quoted(out, self.quads.value(r));
                out.push(b'@');
                out.extend_from_slice(self.quads.terms.get(l).as_bytes());
            }
            Obj::Typed(d) => {
                let value = self.quads.value(r);
                let inline = match self.quads.terms.get(d).strip_prefix(XSD) {
                    Some("boolean") => matches!(value, "true" | "false"),
                    Some("integer") => is_integer(value),
                    Some("decimal") => is_decimal(value),
                    Some("double") => is_double(value),
                    _ => false,
                };
                if inline {
                    out.extend_from_slice(value.as_bytes());
                } else {
                    write_quoted(out, value);
                    out.extend_from_slice(b"^^");
                    self.node(out, d);
                }
            }
        }
    }

    /// oxttl's `LowLevelTriGSerializer::serialize_quad` and `finish`, over all quads.
    fn write(mut self, graphs: bool) -> Vec<u8> {
        let quads = self.quads;
        let mut out = Vec::with_capacity(quads.values.len() + quads.len() * 40 + 1024);
        if quads.is_empty() {
            return out;
        }
        for (name, ns) in &self.prefixes {
            out.extend_from_slice(b"@prefix ");
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b": ");
            write_iri(&mut out, ns);
            out.extend_from_slice(b" .\n");
        }
        let mut graph = DEFAULT_GRAPH;
        let mut current: Option<(u32, u32)> = None;
        for r in &quads.recs {
            let g = if graphs { r.g } else { DEFAULT_GRAPH };
            if g == graph {
                match current {
                    Some((s, p)) if s == r.s && p == r.p => {
                        out.extend_from_slice(b" , ");
                        self.object(&mut out, r);
                    }
                    Some((s, _)) if s == r.s => {
                        current = Some((s, r.p));
                        out.extend_from_slice(b" ;\n");
                        if graph != DEFAULT_GRAPH {
                            out.push(b'\t');
                        }
                        out.push(b'\t');
                        self.predicate(&mut out, r.p);
                        out.push(b' ');
                        self.object(&mut out, r);
                    }
                    Some(_) => {
                        current = Some((r.s, r.p));
                        out.extend_from_slice(b" .\n");
                        if graph != DEFAULT_GRAPH {
                            out.push(b'\t');
                        }
                        self.triple(&mut out, r);
                    }
                    None => {
                        current = Some((r.s, r.p));
                        if graph != DEFAULT_GRAPH {
                            out.push(b'\t');
                        }
                        self.triple(&mut out, r);
                    }
                }
            } else {
                if current.is_some() {
                    out.extend_from_slice(b" .\n");
                }
                if graph != DEFAULT_GRAPH {
                    out.extend_from_slice(b"}\n");
                }
                graph = g;
                current = Some((r.s, r.p));
                if graph != DEFAULT_GRAPH {
                    self.node(&mut out, graph);
                    out.extend_from_slice(b" {\n\t");
                }
                self.triple(&mut out, r);
            }
        }
        if current.is_some() {
            out.extend_from_slice(b" .\n");
        }
        if graph != DEFAULT_GRAPH {
            out.extend_from_slice(b"}\n");
        }
        out
    }

    fn triple(&mut self, out: &mut Vec<u8>, r: &Rec) {
        self.node(out, r.s);
        out.push(b' ');
        self.predicate(out, r.p);
        out.push(b' ');
        self.object(out, r);
    }
}

/// The id of `rdf:type` among the quads' terms, or `NONE`.
fn rdf_type_id(quads: &Quads) -> u32 {
    // Predicates are few: look for rdf:type among them rather than hashing.
    let mut seen = NONE;
    for r in &quads.recs {
        if r.p == seen {
            continue;
        }
        let p = quads.terms.get(r.p);
        if p.len() == RDF.len() + 4 && p.starts_with(RDF) && p.ends_with("type") {
            return r.p;
        }
        seen = r.p;
    }
    NONE
}

/// Turtle of the quads (their triples, in order) with `prefixes` (name, namespace) declared.
pub(crate) fn turtle(quads: &Quads, prefixes: &[(&str, &str)]) -> Vec<u8> {
    Writer::new(quads, prefixes).write(false)
}

/// TriG of the quads, in order, with `prefixes` (name, namespace) declared.
pub(crate) fn trig(quads: &Quads, prefixes: &[(&str, &str)]) -> Vec<u8> {
    Writer::new(quads, prefixes).write(true)
}

/// Appends an IRI as oxttl writes it with these prefixes (in serialiser order): the first
/// prefix whose namespace starts the IRI and leaves a local name that is empty or can be
/// escaped, else `<iri>`.
fn compact(out: &mut Vec<u8>, iri: &str, prefixes: &[(&str, &str)]) {
    for (name, ns) in prefixes {
        if let Some(local) = iri.strip_prefix(ns) {
            let start = out.len();
            out.extend_from_slice(name.as_bytes());
            out.push(b':');
            if local.is_empty() || escape_local_name(out, local) {
                return;
            }
            out.truncate(start);
        }
    }
    write_iri(out, iri);
}

/// oxttl's `escape_local_name`: appends the local name with `\` before the characters PN_LOCAL
/// allows only escaped, or returns false (having appended part of it) when a character can
/// appear in none.
fn escape_local_name(out: &mut Vec<u8>, value: &str) -> bool {
    let mut chars = value.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let mut utf8 = [0u8; 4];
    if is_pn_chars_u(first) || first == ':' || first.is_ascii_digit() {
        out.extend_from_slice(first.encode_utf8(&mut utf8).as_bytes());
    } else if can_be_escaped(first) {
        out.push(b'\\');
        out.extend_from_slice(first.encode_utf8(&mut utf8).as_bytes());
    } else {
        return false;
    }
    while let Some(c) = chars.next() {
        if is_pn_chars(c) || c == ':' || (c == '.' && !chars.as_str().is_empty()) {
            out.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
        } else if can_be_escaped(c) {
            out.push(b'\\');
            out.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
        } else {
            return false;
        }
    }
    true
}

/// PN_CHARS_BASE (Turtle grammar rule 163s).
fn is_pn_chars_base(c: char) -> bool {
    matches!(c,
        'A'..='Z'
        | 'a'..='z'
        | '\u{00C0}'..='\u{00D6}'
        | '\u{00D8}'..='\u{00F6}'
        | '\u{00F8}'..='\u{02FF}'
        | '\u{0370}'..='\u{037D}'
        | '\u{037F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{2070}'..='\u{218F}'
        | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FDCF}'
        | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

/// PN_CHARS_U (164s).
fn is_pn_chars_u(c: char) -> bool {
    is_pn_chars_base(c) || c == '_'
}

/// PN_CHARS (166s).
fn is_pn_chars(c: char) -> bool {
    is_pn_chars_u(c)
        || matches!(c, '-' | '0'..='9' | '\u{00B7}' | '\u{0300}'..='\u{036F}' | '\u{203F}'..='\u{2040}')
}

/// The characters oxttl writes escaped in a local name (PN_LOCAL_ESC, and `%`).
fn can_be_escaped(c: char) -> bool {
    matches!(
        c,
        '_' | '~'
            | '.'
            | '-'
            | '!'
            | '$'
            | '&'
            | '\''
            | '('
            | ')'
            | '*'
            | '+'
            | ','
            | ';'
            | '='
            | '/'
            | '?'
            | '#'
            | '@'
            | '%'
    )
}

fn strip_sign(v: &[u8]) -> &[u8] {
    v.strip_prefix(b"+")
        .or_else(|| v.strip_prefix(b"-"))
        .unwrap_or(v)
}

/// Turtle's INTEGER, `[+-]? [0-9]+`.
pub(super) fn is_integer(value: &str) -> bool {
    let v = strip_sign(value.as_bytes());
    !v.is_empty() && v.iter().all(u8::is_ascii_digit)
}

/// Turtle's DECIMAL, `[+-]? [0-9]* '.' [0-9]+`.
pub(super) fn is_decimal(value: &str) -> bool {
    let mut v = strip_sign(value.as_bytes());
    while v.first().is_some_and(u8::is_ascii_digit) {
        v = &v[1..];
    }
    let Some(v) = v.strip_prefix(b".") else {
        return false;
    };
    !v.is_empty() && v.iter().all(u8::is_ascii_digit)
}

/// Turtle's DOUBLE, `[+-]? ([0-9]+ '.' [0-9]* EXPONENT | '.' [0-9]+ EXPONENT | [0-9]+
/// EXPONENT)`, EXPONENT `[eE] [+-]? [0-9]+`.
pub(super) fn is_double(value: &str) -> bool {
    let mut v = strip_sign(value.as_bytes());
    let mut before = false;
    while v.first().is_some_and(u8::is_ascii_digit) {
        v = &v[1..];
        before = true;
    }
    let mut after = false;
    if let Some(rest) = v.strip_prefix(b".") {
        v = rest;
        while v.first().is_some_and(u8::is_ascii_digit) {
            v = &v[1..];
            after = true;
        }
    }
    let Some(rest) = v.strip_prefix(b"e").or_else(|| v.strip_prefix(b"E")) else {
        return false;
    };
    let v = strip_sign(rest);
    (before || after) && !v.is_empty() && v.iter().all(u8::is_ascii_digit)
}
