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

impl Iris {
    /// IRIs for the brief whose source bytes hash to `source_sha256`.
    pub fn new(base: &str, source_sha256: &str) -> Self {
        Iris {
            base: base.to_owned(),
            brief: format!("{base}brief/{source_sha256}"),
            graph: format!("{base}graph/{source_sha256}"),
        }
    }

    fn node(s: String) -> NamedNode {
        NamedNode::new_unchecked(s)
    }

    /// The base IRI.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// The brief.
    pub fn brief(&self) -> NamedNode {
        Self::node(self.brief.clone())
    }

    /// The brief's named graph.
    pub fn graph(&self) -> NamedNode {
        Self::node(self.graph.clone())
    }

    /// The brief's clean text.
    pub fn clean_text(&self) -> NamedNode {
        Self::node(format!("{}/text", self.brief))
    }

    /// A span node of a given kind (`sentence`, `mention`, ...), named by its source extent.
    pub fn span(&self, kind: &str, anchor: &Anchor) -> NamedNode {
        let e = anchor.source_extent();
        Self::node(format!("{}/{kind}/{}-{}", self.brief, e.start, e.end))
    }

    /// A sub-node of a node (`position`, `quote`, `source/0`).
    pub fn sub(node: &NamedNode, suffix: &str) -> NamedNode {
        Self::node(format!("{}/{suffix}", node.as_str()))
    }

    /// A repair, named by its source range.
    pub fn repair(&self, start: usize, end: usize) -> NamedNode {
        Self::node(format!("{}/repair/{start}-{end}", self.brief))
    }

    /// An entity: the same IRI in every brief.
    pub fn entity(&self, key: &EntityKey) -> NamedNode {
        Self::node(format!(
            "{}entity/{}/{}",
            self.base,
            key.kind.as_str(),
            encode_segment(&key.id)
        ))
    }

    /// A brief's named graph IRI from its source hash, without building all of its IRIs.
    pub fn graph_of(base: &str, source_sha256: &str) -> String {
        format!("{base}graph/{source_sha256}")
    }

    /// A person, from the normalised name: the same IRI in every brief. A name with no letter
    /// or digit (all symbols or emoji) has an empty slug; it is named by the SHA-256 of its
    /// text instead, so two such names never share an IRI.
    pub fn person(&self, name: &str) -> NamedNode {
        self.named("person", name)
    }

    /// A node of a kind named by the slug of its name (`person`, `series`, `organization`
    /// outside the knowledge base): the same IRI in every brief. A name with no letter or digit
    /// (all symbols or emoji) has an empty slug; it is named by the SHA-256 of its text
    /// instead, so two such names never share an IRI.
    pub fn named(&self, kind: &str, name: &str) -> NamedNode {
        let slug = crate::kb::slug(name);
        let key = if slug.is_empty() {
            format!("sha256-{}", sha256_hex(name.as_bytes()))
        } else {
            encode_segment(&slug)
        };
        Self::node(format!("{}{kind}/{key}", self.base))
    }
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
            .starts_with("https://example.org/person/sha256-"));
        NamedNode::new(crab.as_str()).expect("valid IRI");
        assert_eq!(
            iris.person("Zoë \"Zed\" O'Brien").as_str(),
            "https://example.org/person/zo%C3%AB-zed-o-brien"
        );
        assert!(iris
            .named("series", "¡¿")
            .as_str()
            .starts_with("https://example.org/series/sha256-"));
    }
}
