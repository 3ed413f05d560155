//! IRIs derived from content: the brief's from its source SHA-256, an entity's from its key,
//! a span's from the brief and its source offsets. Never random, never from processing order.

use oxrdf::NamedNode;

use crate::model::{Anchor, EntityKey};
use crate::provenance::hash::sha256_hex;

/// Mints every IRI of one brief under a base IRI.
#[derive(Debug, Clone)]
pub struct Iris {
    base: String,
    brief: String,
    graph: String,
}

/// Why a base IRI was refused.
#[derive(Debug, thiserror::Error)]
#[error("invalid --base-iri `{iri}`: {reason}")]
pub struct BaseIriError {
    iri: String,
    reason: String,
}

/// Checks a base IRI: absolute, valid, ending in `/` or `#`.
pub fn check_base(base: &str) -> Result<(), BaseIriError> {
    let err = |reason: &str| BaseIriError {
        iri: base.to_owned(),
        reason: reason.to_owned(),
    };
    NamedNode::new(base).map_err(|e| err(&e.to_string()))?;
    if !(base.ends_with('/') || base.ends_with('#')) {
        return Err(err("it must end with `/` or `#`"));
    }
    Ok(())
}

/// Percent-encodes everything but unreserved ASCII (RFC 3986), so any key makes a valid IRI.
pub fn encode_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Hex digits of the source SHA-256 that name a brief in its IRIs: 32 (128 bits), enough that
/// finding two sources with the same name takes about 2^64 hash evaluations.
pub const BRIEF_ID_HEX: usize = 32;

/// The kinds of span nodes inside a brief, each named by one letter in the fragment of its IRI
/// (`{brief}#s37-296`: a sentence whose source extent is code points 37 to 296).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SpanKind {
    /// A section (its heading), `h`.
    Section,
    /// A paragraph, `p`.
    Paragraph,
    /// A sentence, `s`.
    Sentence,
    /// An entity mention, `m`.
    Mention,
    /// The clause of a sentence that makes a claim, `c`.
    Clause,
    /// The words that name a claim's speaker when no entity covers them, `a`.
    Speaker,
}

impl SpanKind {
    /// Every kind.
    pub const ALL: [SpanKind; 6] = [
        SpanKind::Section,
        SpanKind::Paragraph,
        SpanKind::Sentence,
        SpanKind::Mention,
        SpanKind::Clause,
        SpanKind::Speaker,
    ];

    /// The letter of its fragment.
    pub fn letter(self) -> char {
        match self {
            SpanKind::Section => 'h',
            SpanKind::Paragraph => 'p',
            SpanKind::Sentence => 's',
            SpanKind::Mention => 'm',
            SpanKind::Clause => 'c',
            SpanKind::Speaker => 'a',
        }
    }

    /// The name used in messages (`sentence`).
    pub fn name(self) -> &'static str {
        match self {
            SpanKind::Section => "section",
            SpanKind::Paragraph => "paragraph",
            SpanKind::Sentence => "sentence",
            SpanKind::Mention => "mention",
            SpanKind::Clause => "clause",
            SpanKind::Speaker => "speaker",
        }
    }
}

impl Iris {
    /// IRIs for the brief whose source bytes hash to `source_sha256` (64 hex digits; a shorter
    /// text is used whole).
    pub fn new(base: &str, source_sha256: &str) -> Self {
        let id = brief_id(source_sha256);
        Iris {
            base: base.to_owned(),
            brief: format!("{base}brief/{id}"),
            graph: format!("{base}graph/{id}"),
        }
    }

    fn node(s: String) -> NamedNode {
        NamedNode::new_unchecked(s)
    }

    /// The base IRI.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The brief, `{base}brief/{id}`.
    pub fn brief(&self) -> NamedNode {
        Self::node(self.brief.clone())
    }

    /// The brief's named graph, `{base}graph/{id}`.
    pub fn graph(&self) -> NamedNode {
        Self::node(self.graph.clone())
    }

    /// The namespace of the nodes inside the brief, `{brief}#`: the prefix `b:` of its
    /// Turtle, TriG and JSON-LD.
    pub fn local_namespace(&self) -> String {
        format!("{}#", self.brief)
    }

    /// The brief's clean text, `{brief}#text`.
    pub fn clean_text(&self) -> NamedNode {
        Self::node(format!("{}#text", self.brief))
    }

    /// A span node, named by its kind and its source extent in code points:
    /// `{brief}#{letter}{start}-{end}`.
    pub fn span(&self, kind: SpanKind, anchor: &Anchor) -> NamedNode {
        let e = anchor.source_extent();
        self.span_at(kind, e.start, e.end)
    }

    /// The span node of a kind at a source extent (code points).
    pub fn span_at(&self, kind: SpanKind, start: usize, end: usize) -> NamedNode {
        Self::node(format!("{}#{}{start}-{end}", self.brief, kind.letter()))
    }

    /// A sub-node of a node inside the brief (a Web Annotation selector: `{node}_position`).
    pub fn sub(node: &NamedNode, suffix: &str) -> NamedNode {
        Self::node(format!("{}_{suffix}", node.as_str()))
    }

    /// A node that belongs to a node outside the brief (a publisher's address):
    /// `{node}/{name}`.
    pub fn child(node: &NamedNode, name: &str) -> NamedNode {
        Self::node(format!("{}/{name}", node.as_str()))
    }

    /// A repair, named by its source range in code points: `{brief}#r{start}-{end}`.
    pub fn repair(&self, start: usize, end: usize) -> NamedNode {
        Self::node(format!("{}#r{start}-{end}", self.brief))
    }

    /// An entity: the same IRI in every brief, `{base}entity/{kind}/{key}`.
    pub fn entity(&self, key: &EntityKey) -> NamedNode {
        Self::node(format!(
            "{}entity/{}/{}",
            self.base,
            key.kind.as_str(),
            encode_segment(&key.id)
        ))
    }

    /// A claim, named by its statement hash ([`crate::emit::claims::ClaimStatement`]):
    /// `{base}claim/{first 32 hex digits}`, the same wherever the same claim is made.
    pub fn claim(&self, statement_sha256: &str) -> NamedNode {
        Self::node(format!(
            "{}claim/{}",
            self.base,
            statement_sha256
                .get(..BRIEF_ID_HEX)
                .unwrap_or(statement_sha256)
        ))
    }

    /// The prefix of the claims' assertion graphs, `{base}assertion/`: a graph is named by the
    /// SHA-256 of its own content ([`crate::provenance::trusty`]).
    pub fn assertion_prefix(&self) -> String {
        format!("{}assertion/", self.base)
    }

    /// A role a person holds (issue 10), the same in every brief:
    /// `{person entity}#role-{slug of title}[-{kind}-{key of the organisation or country}]`.
    pub fn role(&self, person: &EntityKey, title: &str, of: Option<&EntityKey>) -> NamedNode {
        let mut frag = format!("role-{}", encode_segment(&crate::kb::slug(title)));
        if let Some(o) = of {
            frag.push_str(&format!("-{}-{}", o.kind.as_str(), encode_segment(&o.id)));
        }
        Self::node(format!("{}#{frag}", self.entity(person).as_str()))
    }

    /// The agent of external annotations (issue 10), from its name: `{base}agent/{slug}`.
    pub fn agent(&self, name: &str) -> NamedNode {
        let slug = crate::kb::slug(name);
        let key = if slug.is_empty() {
            format!("sha256-{}", sha256_hex(name.as_bytes()))
        } else {
            encode_segment(&slug)
        };
        Self::node(format!("{}agent/{key}", self.base))
    }

    /// A brief's named graph IRI from its source hash, without building all of its IRIs.
    pub fn graph_of(base: &str, source_sha256: &str) -> String {
        format!("{base}graph/{}", brief_id(source_sha256))
    }

    /// The prefixes of this brief's Turtle, TriG and JSON-LD beyond the vocabularies': `b:` for
    /// the nodes inside the brief, `brief:` and `graph:` for briefs and their graphs, `claim:`
    /// and `assertion:` for claims and their assertion graphs, and one per entity kind (`country:` for `{base}entity/country/`), in name order.
    pub fn prefixes(&self) -> Vec<(String, String)> {
        let mut out = vec![
            ("b".to_owned(), self.local_namespace()),
            ("brief".to_owned(), format!("{}brief/", self.base)),
            ("graph".to_owned(), format!("{}graph/", self.base)),
            ("claim".to_owned(), format!("{}claim/", self.base)),
            ("assertion".to_owned(), self.assertion_prefix()),
        ];
        for kind in crate::model::EntityKind::ALL {
            out.push((
                kind.as_str().to_owned(),
                format!("{}entity/{}/", self.base, kind.as_str()),
            ));
        }
        for kind in NAMED_KINDS {
            out.push(((*kind).to_owned(), format!("{}entity/{kind}/", self.base)));
        }
        out.sort();
        out.dedup_by(|a, b| a.0 == b.0);
        out
    }

    /// A person, from the normalised name: the same IRI in every brief. A name with no letter
    /// or digit (all symbols or emoji) has an empty slug; it is named by the SHA-256 of its
    /// text instead, so two such names never share an IRI.
    pub fn person(&self, name: &str) -> NamedNode {
        self.named("person", name)
    }

    /// A node of a kind named by the slug of its name (`person`, `series`, `organization`
    /// outside the knowledge base; one of [`NAMED_KINDS`]), `{base}entity/{kind}/{slug}`: the
    /// same IRI in every brief. A name
    /// with no letter or digit (all symbols or emoji) has an empty slug; it is named by the
    /// SHA-256 of its text instead, so two such names never share an IRI.
    pub fn named(&self, kind: &str, name: &str) -> NamedNode {
        debug_assert!(NAMED_KINDS.contains(&kind));
        let slug = crate::kb::slug(name);
        let key = if slug.is_empty() {
            format!("sha256-{}", sha256_hex(name.as_bytes()))
        } else {
            encode_segment(&slug)
        };
        Self::node(format!("{}entity/{kind}/{key}", self.base))
    }
}

/// The kinds of nodes named by [`Iris::named`], under `{base}entity/{kind}/` like the
/// knowledge base's entities (whose keys use `_`, never `-`, so a slug never collides with one).
pub const NAMED_KINDS: &[&str] = &["organization", "person", "series"];

/// The part of the source SHA-256 that names a brief: its first [`BRIEF_ID_HEX`] hex digits.
pub fn brief_id(source_sha256: &str) -> &str {
    source_sha256.get(..BRIEF_ID_HEX).unwrap_or(source_sha256)
}

/// IRIs of the run record (`emit::prov`), all derived from content.
#[derive(Debug, Clone)]
pub struct RunIris {
    base: String,
    run_id: String,
}

impl RunIris {
    /// IRIs of run `run_id` under `base`.
    pub fn new(base: &str, run_id: &str) -> Self {
        RunIris {
            base: base.to_owned(),
            run_id: run_id.to_owned(),
        }
    }

    /// The run activity, `{base}run/{run id}`.
    pub fn run(&self) -> NamedNode {
        Iris::node(format!("{}run/{}", self.base, self.run_id))
    }

    /// The run's named graph, `{base}graph/run/{run id}`.
    pub fn graph(&self) -> NamedNode {
        Iris::node(format!("{}graph/run/{}", self.base, self.run_id))
    }

    /// The software agent of a briefkg version, `{base}software/briefkg/{version}`.
    pub fn agent(&self, version: &str) -> NamedNode {
        Iris::node(format!(
            "{}software/briefkg/{}",
            self.base,
            encode_segment(version)
        ))
    }

    /// The run's configuration, `{base}config/{config sha256}`.
    pub fn config(&self, config_sha256: &str) -> NamedNode {
        Iris::node(format!("{}config/{config_sha256}", self.base))
    }

    /// The prefixes of the run record's Turtle and TriG beyond the vocabularies': `brief:` and
    /// `graph:`, in name order.
    pub fn prefixes(&self) -> Vec<(String, String)> {
        vec![
            ("brief".to_owned(), format!("{}brief/", self.base)),
            ("graph".to_owned(), format!("{}graph/", self.base)),
        ]
    }

    /// The knowledge base, `{base}kb/{kb sha256}`.
    pub fn kb(&self, kb_sha256: &str) -> NamedNode {
        Iris::node(format!("{}kb/{kb_sha256}", self.base))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_without_letters_still_gets_its_own_valid_iri() {
        let iris = Iris::new("https://example.org/", "00");
        let crab = iris.person("🦀");
        let quotes = iris.person("<\"|\">");
        assert_ne!(crab, quotes);
        assert!(crab
            .as_str()
            .starts_with("https://example.org/entity/person/sha256-"));
        NamedNode::new(crab.as_str()).expect("valid IRI");
        assert_eq!(
            iris.person("Zoë \"Zed\" O'Brien").as_str(),
            "https://example.org/entity/person/zo%C3%AB-zed-o-brien"
        );
        assert!(iris
            .named("series", "¡¿")
            .as_str()
            .starts_with("https://example.org/entity/series/sha256-"));
    }
}
