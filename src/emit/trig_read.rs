//! A fast reader for the TriG that briefkg's own writer produces ([`super::turtle::trig`]),
//! straight into compact [`Quads`], for `verify`: parsing TriG with oxttl was about half of
//! `verify`'s CPU.
//!
//! It reads only the subset that writer emits: `@prefix` lines, then graphs `name {` … `}`
//! (or triples in the default graph), each statement a subject, predicates separated by `;`,
//! objects separated by `,`, and `.`; terms are `<IRI>` (no escapes), prefixed names (local
//! names with `\` escapes, W3C Turtle PN_LOCAL_ESC), `a`, quoted literals (`"…"` with the
//! ECHAR and UCHAR escapes, optionally `@lang` or `^^datatype`), and bare integers, decimals,
//! doubles and booleans. Tokens are separated by white space, as the writer separates them.
//! Anything else (blank nodes, collections, long strings, `@base`, comments, a `;` or `.`
//! glued to a term) gives `None`.
//!
//! It is not a validating parser and is never trusted alone: [`super::read::own_trig`] accepts
//! its result only when writing those quads again gives the file's exact bytes, and `verify`
//! uses it only when the quads' canonical hash is also the graph hash its manifests name. Such
//! quads are the graph briefkg wrote (canonical N-Quads name one graph), whose terms are valid,
//! and the file is its writer's output for them, which oxttl reads back as those quads (the
//! writer is tested to give oxttl's own bytes, `tests/fast_writers.rs`). Every other file
//! (another tool's TriG, a hand edit, tampering) goes to oxttl's strict parser, so findings
//! are the same as without this reader.

use super::quads::{Obj, Quads, TermKind, DEFAULT_GRAPH};
use super::vocab::{RDF, XSD};

/// The quads of a TriG file in briefkg's own layout, in file order, or `None` when the file
/// leaves that subset (see the module documentation). `bytes` must be UTF-8.
pub(crate) fn read(bytes: &[u8]) -> Option<Quads> {
    let text = std::str::from_utf8(bytes).ok()?;
    let mut r = Reader {
        text,
        s: text.as_bytes(),
        i: 0,
        prefixes: Vec::new(),
        quads: Quads::new(),
        scratch: String::new(),
        lang: String::new(),
    };
    r.document()?;
    Some(r.quads)
}

struct Reader<'a> {
    text: &'a str,
    s: &'a [u8],
    /// Byte position in `text`.
    i: usize,
    /// Declared prefixes: name (without `:`) and namespace.
    prefixes: Vec<(&'a str, &'a str)>,
    quads: Quads,
    /// Unescaped local names and literal values.
    scratch: String,
    /// A language tag in lower case.
    lang: String,
}

impl<'a> Reader<'a> {
    fn skip_space(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// The next run of non-space bytes.
    fn word(&mut self) -> &'a str {
        self.skip_space();
        let start = self.i;
        while self
            .s
            .get(self.i)
            .is_some_and(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        {
            self.i += 1;
        }
        // Space bytes are ASCII, so both ends are character boundaries.
        &self.text[start..self.i]
    }

    fn document(&mut self) -> Option<()> {
        let mut graph = DEFAULT_GRAPH;
        let mut statements = false;
        loop {
            self.skip_space();
            let Some(&b) = self.s.get(self.i) else {
                return (graph == DEFAULT_GRAPH).then_some(());
            };
            match b {
                b'@' => {
                    if statements || self.word() != "@prefix" {
                        return None;
                    }
                    let name = self.word().strip_suffix(':')?;
                    let ns = self.word().strip_prefix('<')?.strip_suffix('>')?;
                    if ns.contains('\\') || self.word() != "." {
                        return None;
                    }
                    self.prefixes.push((name, ns));
                }
                b'}' => {
                    if graph == DEFAULT_GRAPH {
                        return None;
                    }
                    self.i += 1;
                    graph = DEFAULT_GRAPH;
                }
                _ => {
                    statements = true;
                    let node = self.node()?;
                    self.skip_space();
                    if self.s.get(self.i) == Some(&b'{') {
                        if graph != DEFAULT_GRAPH {
                            return None;
                        }
                        self.i += 1;
                        graph = node;
                    } else {
                        self.statement(node, graph)?;
                    }
                }
            }
        }
    }

    /// The predicate-object lists of subject `s`, up to and including the final `.`.
    fn statement(&mut self, s: u32, g: u32) -> Option<()> {
        loop {
            let p = self.predicate()?;
            loop {
                self.object(s, p, g)?;
                match self.word() {
                    "," => continue,
                    ";" => break,
                    "." => return Some(()),
                    _ => return None,
                }
            }
        }
    }

    fn predicate(&mut self) -> Option<u32> {
        self.skip_space();
        if self.s.get(self.i) == Some(&b'a')
            && matches!(self.s.get(self.i + 1), Some(b' ' | b'\t' | b'\n'))
        {
            self.i += 1;
            return Some(self.quads.iri2(RDF, "type"));
        }
        self.node()
    }

    /// An IRI, written `<…>` or as a prefixed name.
    fn node(&mut self) -> Option<u32> {
        let w = self.word();
        self.iri(w)
    }

    fn iri(&mut self, w: &str) -> Option<u32> {
        if let Some(iri) = w.strip_prefix('<') {
            let iri = iri.strip_suffix('>')?;
            if iri.contains(['\\', '<', '>', '"']) {
                return None;
            }
            return Some(self.quads.iri(iri));
        }
        let (name, local) = w.split_once(':')?;
        let ns = self.prefixes.iter().find(|(n, _)| *n == name)?.1;
        if !local.contains('\\') {
            return Some(self.quads.iri2(ns, local));
        }
        let mut plain = std::mem::take(&mut self.scratch);
        plain.clear();
        let mut chars = local.chars();
        while let Some(c) = chars.next() {
            plain.push(if c == '\\' { chars.next()? } else { c });
        }
        let id = self.quads.iri2(ns, &plain);
        self.scratch = plain;
        Some(id)
    }

    fn object(&mut self, s: u32, p: u32, g: u32) -> Option<()> {
        self.skip_space();
        match self.s.get(self.i)? {
            b'"' => self.literal(s, p, g),
            b'<' => {
                let o = self.node()?;
                self.quads.push_node(s, p, o, g);
                Some(())
            }
            b'-' | b'+' | b'.' | b'0'..=b'9' | b't' | b'f' => {
                let w = self.word();
                let datatype = match w {
                    "true" | "false" => "boolean",
                    _ if super::turtle::is_integer(w) => "integer",
                    _ if super::turtle::is_decimal(w) => "decimal",
                    _ if super::turtle::is_double(w) => "double",
                    // A prefixed name whose prefix starts with `t` or `f`.
                    _ => {
                        let o = self.iri(w)?;
                        self.quads.push_node(s, p, o, g);
                        return Some(());
                    }
                };
                let d = self.quads.iri2(XSD, datatype);
                self.quads.push_literal(s, p, Obj::Typed(d), w, g);
                Some(())
            }
            _ => {
                let o = self.node()?;
                self.quads.push_node(s, p, o, g);
                Some(())
            }
        }
    }

    /// A quoted literal at `self.i` (its opening `"`), with its language tag or datatype.
    fn literal(&mut self, s: u32, p: u32, g: u32) -> Option<()> {
        let start = self.i + 1;
        let mut j = start;
        let mut escaped = false;
        loop {
            match self.s.get(j)? {
                b'"' => break,
                b'\\' => {
                    escaped = true;
                    j += 2;
                }
                b'\n' | b'\r' => return None,
                _ => j += 1,
            }
        }
        let raw = self.text.get(start..j)?;
        self.i = j + 1;
        let mut value = std::mem::take(&mut self.scratch);
        value.clear();
        if escaped {
            unescape(raw, &mut value)?;
        } else {
            value.push_str(raw);
        }
        let obj = match self.s.get(self.i) {
            Some(b'@') => {
                let tag = &self.word()[1..];
                if tag.is_empty() {
                    return None;
                }
                // oxrdf keeps language tags in lower case, as oxttl reads them.
                let mut lower = std::mem::take(&mut self.lang);
                lower.clear();
                lower.push_str(tag);
                lower.make_ascii_lowercase();
                let id = self.quads.terms.intern(TermKind::Lang, &lower);
                self.lang = lower;
                Obj::Lang(id)
            }
            Some(b'^') => {
                let w = self.word().strip_prefix("^^")?;
                let d = self.iri(w)?;
                if self.quads.terms.get(d) == "http://www.w3.org/2001/XMLSchema#string" {
                    Obj::Simple
                } else {
                    Obj::Typed(d)
                }
            }
            Some(b' ' | b'\t' | b'\n' | b'\r') => Obj::Simple,
            _ => return None,
        };
        self.quads.push_literal(s, p, obj, &value, g);
        self.scratch = value;
        Some(())
    }
}

/// Appends `raw` (the inside of a quoted literal) to `out` with its escapes decoded: ECHAR
/// (`\t \b \n \r \f \" \' \\`) and UCHAR (`\uXXXX`, `\UXXXXXXXX`), W3C Turtle rules 159s and
/// 26. `None` for any other escape or a code point that is not a character.
fn unescape(raw: &str, out: &mut String) -> Option<()> {
    let mut rest = raw;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let e = rest.as_bytes().get(at + 1)?;
        let (c, len) = match e {
            b't' => ('\t', 2),
            b'b' => ('\u{8}', 2),
            b'n' => ('\n', 2),
            b'r' => ('\r', 2),
            b'f' => ('\u{c}', 2),
            b'"' => ('"', 2),
            b'\'' => ('\'', 2),
            b'\\' => ('\\', 2),
            b'u' | b'U' => {
                let n = if *e == b'u' { 4 } else { 8 };
                let hex = rest.get(at + 2..at + 2 + n)?;
                if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return None;
                }
                (char::from_u32(u32::from_str_radix(hex, 16).ok()?)?, 2 + n)
            }
            _ => return None,
        };
        out.push(c);
        rest = &rest[at + len..];
    }
    out.push_str(rest);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxrdf::Quad;

    fn oxttl(bytes: &[u8]) -> Vec<Quad> {
        oxttl::TriGParser::new()
            .for_slice(bytes)
            .collect::<Result<_, _>>()
            .unwrap()
    }

    #[test]
    fn reads_the_writers_subset_as_oxttl_does() {
        let trig = "@prefix ex: <http://example.org/> .\n@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\
            ex:g {\n\tex:a a ex:T ;\n\t\tex:p \"x \\\"y\\\"\\n\\u00E9\" , \"chat\"@fr-CA ;\n\t\tex:q 12 , -1.5 , 1e3 , true ;\n\t\t\
            ex:r \"2024-01\"^^xsd:gYearMonth , ex:b\\#c , <http://other.org/x> .\n\tex:b\\#c ex:p \"\" .\n}\n\
            <http://example.org/h> {\n\tex:a ex:p ex:f .\n}\n";
        let ours = read(trig.as_bytes()).expect("in the subset");
        assert_eq!(ours.to_quads(), oxttl(trig.as_bytes()));
        assert_eq!(ours.len(), 12);
    }

    #[test]
    fn leaves_what_the_writer_never_writes_to_oxttl() {
        for trig in [
            "@prefix ex: <http://example.org/> .\nex:g {\n\t_:b ex:p ex:o .\n}\n",
            "@prefix ex: <http://example.org/> .\nex:g {\n\tex:s ex:p \"\"\"long\"\"\" .\n}\n",
            "@prefix ex: <http://example.org/> .\nex:g {\n\tex:s ex:p ex:o.\n}\n",
            "@prefix ex: <http://example.org/> .\nex:g {\n\tex:s ex:p ex:o .\n",
            "@prefix ex: <http://example.org/> .\nex:g {\n\tex:s ex:p (ex:o) .\n}\n",
            "ex:g {\n\tex:s ex:p ex:o .\n}\n",
            "# a comment\n",
            "@prefix ex: <http://example.org/> .\nex:g {\n\tex:s ex:p \"\\q\" .\n}\n",
        ] {
            assert!(read(trig.as_bytes()).is_none(), "{trig}");
        }
    }
}
