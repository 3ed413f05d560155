//! SHA-256 in the forms briefkg uses: lower-case hex, and RFC 6920 `ni:` IRIs.

use base64::Engine;
use sha2::{Digest, Sha256};

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// The RFC 6920 named-information IRI of `bytes`: `ni:///sha-256;` + base64url without padding.
pub fn ni_iri(bytes: &[u8]) -> String {
    ni_iri_from_digest(&Sha256::digest(bytes))
}

/// The RFC 6920 IRI of an already computed SHA-256 digest given as 64 hex digits.
pub fn ni_iri_from_hex(hex: &str) -> Option<String> {
    if hex.len() != 64 {
        return None;
    }
    let digest: Option<Vec<u8>> = (0..32)
        .map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
        .collect();
    Some(ni_iri_from_digest(&digest?))
}

fn ni_iri_from_digest(digest: &[u8]) -> String {
    format!(
        "ni:///sha-256;{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest)
    )
}

/// The RDFC-1.0 canonical N-Quads of a set of quads (oxrdf's `rdfc-10` canonicalisation, then
/// the lines sorted by code point) and its SHA-256 in hex. With no blank nodes, as in every
/// briefkg graph, this is the SHA-256 of the sorted canonical N-Quads lines.
pub fn canonical_nquads(quads: &[oxrdf::Quad]) -> (String, String) {
    use oxrdf::dataset::{CanonicalizationAlgorithm, CanonicalizationHashAlgorithm};
    use oxrdf::{GraphName, Term};
    let blank = |q: &oxrdf::Quad| {
        q.subject.is_blank_node()
            || matches!(q.object, Term::BlankNode(_))
            || matches!(q.graph_name, GraphName::BlankNode(_))
    };
    let mut lines: Vec<String> = if quads.iter().any(blank) {
        let mut dataset: oxrdf::Dataset = quads.iter().collect();
        dataset.canonicalize(CanonicalizationAlgorithm::Rdfc10 {
            hash_algorithm: CanonicalizationHashAlgorithm::Sha256,
        });
        dataset.iter().map(|q| format!("{q} .\n")).collect()
    } else {
        // Without blank nodes RDFC-1.0 relabels nothing: the canonical form is the canonical
        // N-Quads lines themselves (oxrdf writes terms canonically), sorted, without duplicates.
        quads.iter().map(|q| format!("{q} .\n")).collect()
    };
    lines.sort_unstable();
    lines.dedup();
    let text = lines.concat();
    let hash = sha256_hex(text.as_bytes());
    (text, hash)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_vectors() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        // RFC 6920 section 8.1 example: "Hello World!".
        assert_eq!(
            ni_iri(b"Hello World!"),
            "ni:///sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk"
        );
        assert_eq!(
            ni_iri_from_hex(&sha256_hex(b"Hello World!")).as_deref(),
            Some("ni:///sha-256;f4OxZX_x_FO5LcGBSKHWXfwtSx-j1ncoSt3SABJtkGk")
        );
    }

    #[test]
    fn the_blank_free_path_equals_the_rdfc10_path() {
        use oxrdf::dataset::{CanonicalizationAlgorithm, CanonicalizationHashAlgorithm};
        use oxrdf::{BlankNode, Literal, NamedNode, Quad};
        let n = |s: &str| NamedNode::new_unchecked(s);
        let g = n("http://x/g");
        let quads = vec![
            Quad::new(
                n("http://x/b"),
                n("http://x/p"),
                Literal::new_simple_literal("z\n\"é\u{1}"),
                g.clone(),
            ),
            Quad::new(
                n("http://x/a"),
                n("http://x/p"),
                Literal::new_language_tagged_literal_unchecked("y", "en"),
                g.clone(),
            ),
            Quad::new(n("http://x/a"), n("http://x/p"), n("http://x/o"), g.clone()),
            Quad::new(n("http://x/a"), n("http://x/p"), n("http://x/o"), g.clone()),
        ];
        let mut dataset: oxrdf::Dataset = quads.iter().collect();
        dataset.canonicalize(CanonicalizationAlgorithm::Rdfc10 {
            hash_algorithm: CanonicalizationHashAlgorithm::Sha256,
        });
        let mut lines: Vec<String> = dataset.iter().map(|q| format!("{q} .\n")).collect();
        lines.sort();
        let (text, hash) = canonical_nquads(&quads);
        assert_eq!(text, lines.concat());
        assert_eq!(text.lines().count(), 3);
        assert_eq!(hash, sha256_hex(text.as_bytes()));
        // With a blank node the RDFC-1.0 labels are used.
        let with_blank = vec![Quad::new(
            BlankNode::new_unchecked("x7"),
            n("http://x/p"),
            n("http://x/o"),
            g,
        )];
        assert!(canonical_nquads(&with_blank).0.starts_with("_:c14n0 "));
    }
}
