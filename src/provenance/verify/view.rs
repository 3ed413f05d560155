//! A graph read back, indexed by subject, with the helpers findings use: compact IRIs, the line
//! of a quad in an N-Quads file, and texts clipped around their first difference.

use std::collections::BTreeMap;

use crate::FastMap as HashMap;

use oxrdf::{NamedOrBlankNode, Quad, Term};

use crate::emit::vocab::RDF;

/// A graph indexed by subject, borrowing the quads: subject IRI → (predicate IRI, object), in
/// quad order, and each class → its instances (sorted, so that checks run in a fixed order).
pub(super) struct GraphView<'q> {
    nodes: HashMap<&'q str, Vec<(&'q str, &'q Term)>>,
    types: BTreeMap<&'q str, Vec<&'q str>>,
}

impl<'q> GraphView<'q> {
    pub(super) fn new(quads: &'q [Quad]) -> Self {
        let rdf_type = format!("{RDF}type");
        let mut nodes: HashMap<&str, Vec<(&str, &Term)>> = HashMap::default();
        let mut types: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for q in quads {
            if let NamedOrBlankNode::NamedNode(s) = &q.subject {
                nodes
                    .entry(s.as_str())
                    .or_default()
                    .push((q.predicate.as_str(), &q.object));
                if let (true, Term::NamedNode(t)) = (q.predicate.as_str() == rdf_type, &q.object) {
                    types.entry(t.as_str()).or_default().push(s.as_str());
                }
            }
        }
        for subjects in types.values_mut() {
            subjects.sort_unstable();
            subjects.dedup();
        }
        GraphView { nodes, types }
    }

    pub(super) fn values(&self, s: &str, p: &str) -> Vec<&Term> {
        self.nodes
            .get(s)
            .into_iter()
            .flatten()
            .filter(|(pp, _)| *pp == p)
            .map(|(_, o)| *o)
            .collect()
    }

    pub(super) fn has_type(&self, s: &str, t: &str) -> bool {
        let rdf_type = format!("{RDF}type");
        self.values(s, &rdf_type)
            .into_iter()
            .any(|o| matches!(o, Term::NamedNode(n) if n.as_str() == t))
    }

    /// The subjects with `rdf:type t`, sorted.
    pub(super) fn of_type(&self, t: &str) -> Vec<&str> {
        self.types.get(t).cloned().unwrap_or_default()
    }

    /// The single literal value of `s p`, or what is wrong with it.
    pub(super) fn literal(&self, s: &str, p: &str) -> Result<&str, String> {
        let values = self.values(s, p);
        match (values.first(), values.get(1)) {
            (Some(Term::Literal(l)), None) => Ok(l.value()),
            (None, _) => Err(format!("no {}", short(p))),
            (Some(_), None) => Err(format!("{} is not a literal", short(p))),
            (Some(_), Some(_)) => Err(format!("several {}", short(p))),
        }
    }

    /// The single IRI value of `s p`.
    pub(super) fn iri(&self, s: &str, p: &str) -> Result<&str, String> {
        let values = self.values(s, p);
        match (values.first(), values.get(1)) {
            (Some(Term::NamedNode(n)), None) => Ok(n.as_str()),
            (None, _) => Err(format!("no {}", short(p))),
            (Some(_), None) => Err(format!("{} is not an IRI", short(p))),
            (Some(_), Some(_)) => Err(format!("several {}", short(p))),
        }
    }

    /// Every IRI value of `s p`.
    pub(super) fn iris(&self, s: &str, p: &str) -> Vec<&str> {
        self.values(s, p)
            .into_iter()
            .filter_map(|o| match o {
                Term::NamedNode(n) => Some(n.as_str()),
                _ => None,
            })
            .collect()
    }

    pub(super) fn count(&self, s: &str, p: &str) -> Result<usize, String> {
        let v = self.literal(s, p)?;
        v.parse()
            .map_err(|_| format!("{} `{v}` is not a count", short(p)))
    }
}

/// Writes an IRI with the usual prefixes, for messages.
pub(super) fn short(iri: &str) -> String {
    for (p, ns) in crate::emit::vocab::PREFIXES {
        if let Some(local) = iri.strip_prefix(ns) {
            return format!("{p}:{local}");
        }
    }
    format!("<{iri}>")
}

/// The 1-based line of the first quad of `s p` in an N-Quads file (any predicate when `p` is
/// empty, or when `s p` has no line). Only computed for findings, so it scans.
pub(super) fn nquads_line(nquads: &[u8], s: &str, p: &str) -> Option<usize> {
    let subject = format!("<{s}> ");
    let with_p = format!("<{s}> <{p}> ");
    let mut first_subject = None;
    for (i, line) in nquads.split(|&b| b == b'\n').enumerate() {
        if !p.is_empty() && line.starts_with(with_p.as_bytes()) {
            return Some(i + 1);
        }
        if first_subject.is_none() && line.starts_with(subject.as_bytes()) {
            first_subject = Some(i + 1);
            if p.is_empty() {
                break;
            }
        }
    }
    first_subject
}

pub(super) fn n(ns: &str, local: &str) -> String {
    format!("{ns}{local}")
}

/// Clips a text to at most 80 code points around `at` (code points), for messages.
pub(super) fn clip(text: &str, at: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let start = at.saturating_sub(30).min(chars.len());
    let end = (start + 80).min(chars.len());
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(&chars[start..end]);
    if end < chars.len() {
        out.push('…');
    }
    format!("{out:?}")
}

/// Expected and found texts clipped around their first difference, and its position.
pub(super) fn differ(expected: &str, found: &str) -> (String, String, usize) {
    let at = expected
        .chars()
        .zip(found.chars())
        .take_while(|(a, b)| a == b)
        .count();
    (clip(expected, at), clip(found, at), at)
}
