//! Self-referencing graph hashes, the Trusty URI pattern, for the claims' assertion graphs (`src/emit/claims.rs`).
//!
//! A claim graph's IRI embeds the hash of the graph itself: `{prefix}{hash}` (for example
//! `{base}claim/{hash}`), and nodes inside it may be named under it (`{prefix}{hash}/assertion`).
//! The hash cannot cover itself, so it is computed over the graph with every self-reference
//! written with the placeholder [`PLACEHOLDER`] instead of the hash:
//!
//! 1. An IRI is a *self-reference* when it is `{prefix}{code}` or starts with `{prefix}{code}`
//!    followed by `/` or `#`, where `code` is the graph's hash (or the placeholder). Only IRIs
//!    (subject, predicate, object, graph name) are rewritten, never literals.
//! 2. hash = SHA-256 of the RDFC-1.0 canonical N-Quads of the graph with the placeholder in
//!    every self-reference ([`super::hash::canonical_nquads`]).
//! 3. The published graph has the hash in place of the placeholder.
//!
//! Checking reverses step 3 and repeats step 2. A sealed graph never contains the placeholder,
//! so a graph that does is refused. briefkg graphs have no blank nodes, so the canonical form
//! does not depend on blank-node labelling (the nondeterminism the nanopublication test suite
//! reports for its skolemised blank nodes cannot arise).

use oxrdf::{GraphName, NamedNode, NamedOrBlankNode, Quad, Term};

use super::hash::{canonical_nquads, canonical_sha256};

/// The code written in self-references while hashing. Not hex, so never a hash.
pub const PLACEHOLDER: &str = "SELF";

/// Why a self-referencing graph does not check.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrustyError {
    /// The code in the IRI is not 64 lower-case hex digits.
    #[error("`{0}` is not a SHA-256 in lower-case hex")]
    BadCode(String),
    /// The graph holds the placeholder, which a sealed graph never does.
    #[error("the graph holds the placeholder self-reference <{0}>")]
    Placeholder(String),
    /// The hash of the graph is not the one its IRI embeds.
    #[error("the graph hashes to {found}, but its IRI embeds {expected}")]
    Mismatch {
        /// The hash in the IRI.
        expected: String,
        /// The hash of the graph.
        found: String,
    },
}

fn is_self(iri: &str, prefix: &str, code: &str) -> bool {
    iri.strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix(code))
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '#']))
}

fn rename(quads: &[Quad], prefix: &str, from: &str, to: &str) -> Vec<Quad> {
    let map = |n: &NamedNode| -> NamedNode {
        if is_self(n.as_str(), prefix, from) {
            let rest = &n.as_str()[prefix.len() + from.len()..];
            NamedNode::new_unchecked(format!("{prefix}{to}{rest}"))
        } else {
            n.clone()
        }
    };
    quads
        .iter()
        .map(|q| {
            let subject = match &q.subject {
                NamedOrBlankNode::NamedNode(n) => NamedOrBlankNode::NamedNode(map(n)),
                other => other.clone(),
            };
            let object = match &q.object {
                Term::NamedNode(n) => Term::NamedNode(map(n)),
                other => other.clone(),
            };
            let graph_name = match &q.graph_name {
                GraphName::NamedNode(n) => GraphName::NamedNode(map(n)),
                other => other.clone(),
            };
            Quad::new(subject, map(&q.predicate), object, graph_name)
        })
        .collect()
}

fn holds_code(quads: &[Quad], prefix: &str, code: &str) -> Option<String> {
    quads.iter().find_map(|q| {
        let mut iris = vec![q.predicate.as_str()];
        if let NamedOrBlankNode::NamedNode(n) = &q.subject {
            iris.push(n.as_str());
        }
        if let Term::NamedNode(n) = &q.object {
            iris.push(n.as_str());
        }
        if let GraphName::NamedNode(n) = &q.graph_name {
            iris.push(n.as_str());
        }
        iris.into_iter()
            .find(|i| is_self(i, prefix, code))
            .map(str::to_owned)
    })
}

/// Seals a graph written with [`PLACEHOLDER`] self-references under `prefix`: returns its hash
/// and the graph with the hash in place of the placeholder.
pub fn seal(prefix: &str, quads: &[Quad]) -> (String, Vec<Quad>) {
    let hash = canonical_sha256(quads);
    let sealed = rename(quads, prefix, PLACEHOLDER, &hash);
    (hash, sealed)
}

/// Checks a sealed graph whose IRI is `{prefix}{code}`.
pub fn check(prefix: &str, code: &str, quads: &[Quad]) -> Result<(), TrustyError> {
    let hex = code.len() == 64 && code.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if !hex {
        return Err(TrustyError::BadCode(code.to_owned()));
    }
    if let Some(iri) = holds_code(quads, prefix, PLACEHOLDER) {
        return Err(TrustyError::Placeholder(iri));
    }
    let (_, found) = canonical_nquads(&rename(quads, prefix, code, PLACEHOLDER));
    if found == code {
        Ok(())
    } else {
        Err(TrustyError::Mismatch {
            expected: code.to_owned(),
            found,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxrdf::Literal;

    const PREFIX: &str = "https://w3id.org/briefkg/id/claim/";

    fn n(s: &str) -> NamedNode {
        NamedNode::new_unchecked(s)
    }

    fn claim() -> Vec<Quad> {
        let g = n(&format!("{PREFIX}{PLACEHOLDER}"));
        let node = n(&format!("{PREFIX}{PLACEHOLDER}/assertion"));
        vec![
            Quad::new(
                node.clone(),
                n("http://schema.org/text"),
                Literal::new_simple_literal("Russia supplies North Korea."),
                g.clone(),
            ),
            Quad::new(
                node,
                n("http://www.w3.org/ns/prov#wasQuotedFrom"),
                n("https://w3id.org/briefkg/id/brief/abc/sentence/1-2"),
                g,
            ),
            // Another claim graph: not a self-reference, kept as is.
            Quad::new(
                n(&format!("{PREFIX}{}", "0".repeat(64))),
                n("http://schema.org/text"),
                Literal::new_simple_literal(format!("{PREFIX}{PLACEHOLDER}")),
                n(&format!("{PREFIX}{PLACEHOLDER}")),
            ),
        ]
    }

    #[test]
    fn a_sealed_graph_checks_and_embeds_its_hash() {
        let (hash, sealed) = seal(PREFIX, &claim());
        assert_eq!(hash, canonical_nquads(&claim()).1);
        let text = canonical_nquads(&sealed).0;
        assert!(text.contains(&format!("<{PREFIX}{hash}/assertion>")));
        assert!(!text.contains(&format!("<{PREFIX}{PLACEHOLDER}")));
        // Literals are never rewritten.
        assert!(text.contains(&format!("\"{PREFIX}{PLACEHOLDER}\"")));
        assert_eq!(check(PREFIX, &hash, &sealed), Ok(()));
    }

    #[test]
    fn any_change_or_a_wrong_code_fails() {
        let (hash, mut sealed) = seal(PREFIX, &claim());
        sealed[0].object = Literal::new_simple_literal("Russia supplies Iran.").into();
        assert!(matches!(
            check(PREFIX, &hash, &sealed),
            Err(TrustyError::Mismatch { .. })
        ));
        let (_, sealed) = seal(PREFIX, &claim());
        let other = "f".repeat(64);
        assert!(check(PREFIX, &other, &sealed).is_err());
        assert!(matches!(
            check(PREFIX, "SELF", &sealed),
            Err(TrustyError::BadCode(_))
        ));
        assert!(matches!(
            check(PREFIX, &hash, &claim()),
            Err(TrustyError::Placeholder(_))
        ));
    }
}
