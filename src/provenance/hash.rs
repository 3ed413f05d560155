//! SHA-256 in the forms briefkg uses: lower-case hex, and RFC 6920 `ni:` IRIs.

use base64::Engine;
use sha2::{Digest, Sha256};

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Lower-case hex of a digest.
pub(crate) fn hex(digest: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(digest.len() * 2);
    for b in digest {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 15)]));
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
    if quads.iter().any(has_blank_node) {
        let mut dataset: oxrdf::Dataset = quads.iter().collect();
        dataset.canonicalize(CanonicalizationAlgorithm::Rdfc10 {
            hash_algorithm: CanonicalizationHashAlgorithm::Sha256,
        });
        let mut lines: Vec<String> = dataset.iter().map(|q| format!("{q} .\n")).collect();
        lines.sort_unstable();
        lines.dedup();
        let text = lines.concat();
        let hash = sha256_hex(text.as_bytes());
        return (text, hash);
    }
    // Without blank nodes RDFC-1.0 relabels nothing: the canonical form is the canonical
    // N-Quads lines themselves, sorted, without duplicates.
    let lines = Lines::of(quads);
    let order = lines.canonical_order();
    let mut text = Vec::with_capacity(lines.text.len());
    for &i in &order {
        text.extend_from_slice(lines.line(i));
    }
    let hash = sha256_hex(&text);
    (
        String::from_utf8(text).expect("canonical lines are UTF-8"),
        hash,
    )
}

/// The SHA-256 of [`canonical_nquads`] (the same hash), without keeping the canonical text:
/// without blank nodes the sorted lines are hashed as they are, so peak memory is one copy of
/// the lines.
pub fn canonical_sha256(quads: &[oxrdf::Quad]) -> String {
    if quads.iter().any(has_blank_node) {
        return canonical_nquads(quads).1;
    }
    let lines = Lines::of(quads);
    let mut hasher = Sha256::new();
    for i in lines.canonical_order() {
        hasher.update(lines.line(i));
    }
    hex(&hasher.finalize())
}

fn has_blank_node(q: &oxrdf::Quad) -> bool {
    use oxrdf::{GraphName, Term};
    q.subject.is_blank_node()
        || matches!(q.object, Term::BlankNode(_))
        || matches!(q.graph_name, GraphName::BlankNode(_))
}

/// The canonical N-Quads lines of some quads, in one buffer.
struct Lines {
    text: Vec<u8>,
    ends: Vec<usize>,
}

impl Lines {
    fn of(quads: &[oxrdf::Quad]) -> Self {
        let mut text = Vec::with_capacity(quads.len() * 160);
        let mut ends = Vec::with_capacity(quads.len());
        for q in quads {
            write_canonical_line(&mut text, q.as_ref());
            ends.push(text.len());
        }
        Lines { text, ends }
    }

    fn line(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.text[start..self.ends[i]]
    }

    /// Indexes of the lines sorted by code point (byte order), duplicates removed. A graph
    /// briefkg wrote is usually in that order already, which is checked first.
    fn canonical_order(&self) -> Vec<usize> {
        let n = self.ends.len();
        let mut order: Vec<usize> = (0..n).collect();
        if !(1..n).all(|i| self.line(i - 1) < self.line(i)) {
            order.sort_unstable_by(|&a, &b| self.line(a).cmp(self.line(b)));
            order.dedup_by(|a, b| self.line(*a) == self.line(*b));
        }
        order
    }
}

/// Quads in canonical order (sorted by their canonical N-Quads line, without duplicates: the
/// order `emit` writes them in) and the SHA-256 of their canonical N-Quads, as
/// [`canonical_nquads`] gives it. Without blank nodes (every briefkg graph) the lines are made
/// once; with any, the hash comes from [`canonical_nquads`].
pub fn canonical_quads(quads: Vec<oxrdf::Quad>) -> (Vec<oxrdf::Quad>, String) {
    if quads.iter().any(has_blank_node) {
        let hash = canonical_nquads(&quads).1;
        return (quads, hash);
    }
    let lines = Lines::of(&quads);
    let order = lines.canonical_order();
    let mut hasher = Sha256::new();
    for &i in &order {
        hasher.update(lines.line(i));
    }
    let hash = hex(&hasher.finalize());
    if order.len() == quads.len() && order.iter().enumerate().all(|(k, &i)| k == i) {
        return (quads, hash);
    }
    let mut slots: Vec<Option<oxrdf::Quad>> = quads.into_iter().map(Some).collect();
    let sorted = order.into_iter().filter_map(|i| slots[i].take()).collect();
    (sorted, hash)
}

/// Appends the canonical N-Quads line of a quad, `<s> <p> o <g> .\n`, to `out`: exactly what
/// oxrdf's `Display` and the RDFC-1.0 canonical form write (IRIs as they are; literals quoted
/// with `\b \t \n \f \r \" \\` escaped, other characters below U+0020, U+007F, U+FFFE and
/// U+FFFF as `\uXXXX`, `xsd:string` never written), without the formatting machinery.
pub fn write_canonical_line(out: &mut Vec<u8>, q: oxrdf::QuadRef<'_>) {
    use oxrdf::{GraphNameRef, NamedOrBlankNodeRef, TermRef};
    let node = |out: &mut Vec<u8>, n: NamedOrBlankNodeRef<'_>| match n {
        NamedOrBlankNodeRef::NamedNode(n) => iri(out, n.as_str()),
        NamedOrBlankNodeRef::BlankNode(b) => {
            out.extend_from_slice(b"_:");
            out.extend_from_slice(b.as_str().as_bytes());
        }
    };
    node(out, q.subject);
    out.push(b' ');
    iri(out, q.predicate.as_str());
    out.push(b' ');
    match q.object {
        TermRef::NamedNode(n) => iri(out, n.as_str()),
        TermRef::BlankNode(b) => {
            out.extend_from_slice(b"_:");
            out.extend_from_slice(b.as_str().as_bytes());
        }
        TermRef::Literal(l) => {
            quoted(out, l.value());
            if let Some(lang) = l.language() {
                out.push(b'@');
                out.extend_from_slice(lang.as_bytes());
            } else if l.datatype().as_str() != XSD_STRING {
                out.extend_from_slice(b"^^");
                iri(out, l.datatype().as_str());
            }
        }
        #[allow(unreachable_patterns)]
        other => out.extend_from_slice(other.to_string().as_bytes()),
    }
    match q.graph_name {
        GraphNameRef::NamedNode(g) => {
            out.push(b' ');
            iri(out, g.as_str());
        }
        GraphNameRef::BlankNode(b) => {
            out.extend_from_slice(b" _:");
            out.extend_from_slice(b.as_str().as_bytes());
        }
        GraphNameRef::DefaultGraph => {}
    }
    out.extend_from_slice(b" .\n");
}

const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";

fn iri(out: &mut Vec<u8>, iri: &str) {
    out.push(b'<');
    out.extend_from_slice(iri.as_bytes());
    out.push(b'>');
}

/// A literal's value between quotes, escaped as canonical N-Quads escape it.
fn quoted(out: &mut Vec<u8>, value: &str) {
    out.push(b'"');
    let bytes = value.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let escape: Option<&[u8]> = match b {
            0x08 => Some(b"\\b"),
            b'\t' => Some(b"\\t"),
            b'\n' => Some(b"\\n"),
            0x0C => Some(b"\\f"),
            b'\r' => Some(b"\\r"),
            b'"' => Some(b"\\\""),
            b'\\' => Some(b"\\\\"),
            _ => None,
        };
        let unicode = match b {
            0x00..=0x1F | 0x7F if escape.is_none() => Some(u32::from(b)),
            // U+FFFE and U+FFFF: EF BF BE, EF BF BF.
            0xEF if bytes.get(i + 1) == Some(&0xBF)
                && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) =>
            {
                Some(if bytes[i + 2] == 0xBE { 0xFFFE } else { 0xFFFF })
            }
            _ => None,
        };
        if escape.is_none() && unicode.is_none() {
            i += 1;
            continue;
        }
        out.extend_from_slice(&bytes[run..i]);
        if let Some(e) = escape {
            out.extend_from_slice(e);
            i += 1;
        } else if let Some(c) = unicode {
            out.extend_from_slice(format!("\\u{c:04X}").as_bytes());
            i += if c > 0x7F { 3 } else { 1 };
        }
        run = i;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_lines_are_oxrdf_display_byte_for_byte() {
        use oxrdf::{Literal, NamedNode, Quad};
        let s = NamedNode::new_unchecked("https://example.org/s#a-1");
        let p = NamedNode::new_unchecked("http://schema.org/name");
        let g = NamedNode::new_unchecked("https://example.org/g");
        let texts = [
            "plain",
            "quote \" and \\ back",
            "\u{8}\t\n\u{c}\r",
            "\u{0}\u{1}\u{1f}\u{7f}\u{80}",
            "\u{fffe}\u{ffff}\u{fffd}\u{efbf}",
            "\u{2028}\u{85} 🦀 עברית \u{202e}evil\u{202c}",
            "",
        ];
        for t in texts {
            for o in [
                Literal::new_simple_literal(t),
                Literal::new_language_tagged_literal_unchecked(t, "en"),
                Literal::new_typed_literal(
                    t,
                    NamedNode::new_unchecked("http://www.w3.org/2001/XMLSchema#date"),
                ),
            ] {
                let q = Quad::new(s.clone(), p.clone(), o, g.clone());
                let mut out = Vec::new();
                write_canonical_line(&mut out, q.as_ref());
                assert_eq!(String::from_utf8(out).unwrap(), format!("{q} .\n"), "{t:?}");
            }
        }
        let q = Quad::new(
            s.clone(),
            p.clone(),
            g.clone(),
            oxrdf::GraphName::DefaultGraph,
        );
        let mut out = Vec::new();
        write_canonical_line(&mut out, q.as_ref());
        assert_eq!(String::from_utf8(out).unwrap(), format!("{q} .\n"));
    }

    #[test]
    fn canonical_quads_sort_dedup_and_hash_as_canonical_nquads() {
        use oxrdf::{Literal, NamedNode, Quad};
        let g = NamedNode::new_unchecked("https://example.org/g");
        let q = |s: &str, o: &str| {
            Quad::new(
                NamedNode::new_unchecked(format!("https://example.org/{s}")),
                NamedNode::new_unchecked("http://schema.org/name"),
                Literal::new_simple_literal(o),
                g.clone(),
            )
        };
        let shuffled = vec![q("b", "2"), q("a", "1"), q("b", "2"), q("a", "0")];
        let (sorted, hash) = canonical_quads(shuffled.clone());
        assert_eq!(sorted, vec![q("a", "0"), q("a", "1"), q("b", "2")]);
        assert_eq!(hash, canonical_nquads(&shuffled).1);
        let (again, hash2) = canonical_quads(sorted.clone());
        assert_eq!((again, hash2), (sorted, hash));
    }

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
