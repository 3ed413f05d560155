//! A compact set of quads, the form `emit` builds and serialises graphs in: every IRI, blank
//! node label and language tag is stored once (an interned term, named by a `u32`), literal
//! values sit in one buffer, and a quad is a small record of term ids. Building a brief's graph
//! then costs no allocation per quad, and every writer caches per term what it writes for it.
//!
//! [`Quads::canonicalize`] sorts the quads into canonical order (by their canonical N-Quads
//! line, W3C RDF 1.1 N-Quads with the RDFC-1.0 canonical escaping; duplicates removed), writes
//! those lines once into one buffer and hashes it: the buffer is `brief.nq`, its lines without
//! the graph are `brief.nt`, and its SHA-256 is the graph hash (RDFC-1.0 relabels nothing in a
//! graph without blank nodes, and briefkg writes none; a graph with blank nodes is hashed by
//! [`crate::provenance::hash::canonical_nquads`] instead).
//!
//! Sorting compares integers, not lines: the subjects, predicates and graph names are ranked
//! once by their canonical form followed by a space (a prefix-free code, so comparing two lines
//! is comparing those ranks first), and only quads with the same subject and predicate compare
//! the rest of their lines.

use std::cmp::Ordering;

use oxrdf::{
    BlankNodeRef, GraphNameRef, LiteralRef, NamedNodeRef, NamedOrBlankNodeRef, Quad, QuadRef,
    TermRef,
};
use sha2::{Digest, Sha256};

/// The graph-name id of a quad in the default graph.
pub(crate) const DEFAULT_GRAPH: u32 = u32::MAX;

const XSD_STRING: &str = "http://www.w3.org/2001/XMLSchema#string";

/// What an interned term is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TermKind {
    /// An IRI.
    Iri,
    /// A blank node label (without `_:`).
    Blank,
    /// A language tag.
    Lang,
}

/// A quad's object: a node (an interned IRI or blank node) or a literal whose value is in the
/// value buffer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Obj {
    /// An IRI or a blank node: its term id.
    Node(u32),
    /// A plain string (`xsd:string`).
    Simple,
    /// A language-tagged string: the tag's term id.
    Lang(u32),
    /// A typed literal: the datatype's term id (never `xsd:string`).
    Typed(u32),
}

/// One quad: term ids, and for a literal object its value's range in the value buffer.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rec {
    pub s: u32,
    pub p: u32,
    pub o: Obj,
    /// Graph name id, or [`DEFAULT_GRAPH`].
    pub g: u32,
    /// Literal value: start and end in [`Quads::values`].
    pub v: (u32, u32),
}

/// Interned terms: the text of every term once, and an open-addressing table over it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Terms {
    text: String,
    spans: Vec<(u32, u32)>,
    kinds: Vec<TermKind>,
    hashes: Vec<u64>,
    /// Power-of-two table: 0 is empty, else term id + 1.
    slots: Vec<u32>,
}

/// A fast non-cryptographic hash of a term (FxHash's mixing over 8-byte words); collisions
/// only cost a comparison.
fn hash(kind: TermKind, s: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut h = (kind as u64 + 1).wrapping_mul(K);
    let mut chunks = s.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    let mut w = [0u8; 8];
    w[..rest.len()].copy_from_slice(rest);
    h = (h.rotate_left(5) ^ u64::from_le_bytes(w) ^ (s.len() as u64)).wrapping_mul(K);
    h ^ (h >> 32)
}

impl Terms {
    /// Number of terms.
    pub(crate) fn len(&self) -> usize {
        self.spans.len()
    }

    /// The text of term `id`.
    #[inline]
    pub(crate) fn get(&self, id: u32) -> &str {
        let (a, b) = self.spans[id as usize];
        &self.text[a as usize..b as usize]
    }

    /// What term `id` is.
    #[inline]
    pub(crate) fn kind(&self, id: u32) -> TermKind {
        self.kinds[id as usize]
    }

    /// The id of a term, added when new.
    pub(crate) fn intern(&mut self, kind: TermKind, s: &str) -> u32 {
        if self.slots.len() < 2 * (self.spans.len() + 1) {
            self.grow();
        }
        let h = hash(kind, s.as_bytes());
        let mask = self.slots.len() - 1;
        let mut i = (h as usize) & mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                let id = self.spans.len() as u32;
                let start = self.text.len() as u32;
                self.text.push_str(s);
                self.spans.push((start, self.text.len() as u32));
                self.kinds.push(kind);
                self.hashes.push(h);
                self.slots[i] = id + 1;
                return id;
            }
            let id = slot - 1;
            if self.hashes[id as usize] == h && self.kinds[id as usize] == kind && self.get(id) == s
            {
                return id;
            }
            i = (i + 1) & mask;
        }
    }

    /// The id of a term, if it is there.
    pub(crate) fn find(&self, kind: TermKind, s: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let h = hash(kind, s.as_bytes());
        let mask = self.slots.len() - 1;
        let mut i = (h as usize) & mask;
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return None;
            }
            let id = slot - 1;
            if self.hashes[id as usize] == h && self.kinds[id as usize] == kind && self.get(id) == s
            {
                return Some(id);
            }
            i = (i + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        self.slots = vec![0; size];
        let mask = size - 1;
        for (id, h) in self.hashes.iter().enumerate() {
            let mut i = (*h as usize) & mask;
            while self.slots[i] != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = id as u32 + 1;
        }
    }
}

/// The canonical N-Quads of a set of quads in canonical order (see [`Quads::canonicalize`]).
#[derive(Debug, Clone, Default)]
struct Canonical {
    /// The lines, each `S P O [G] .\n`.
    text: Vec<u8>,
    /// Per quad: where its line starts, and where its graph name starts (the line's ` .\n`
    /// when it has none).
    lines: Vec<(u32, u32)>,
    /// SHA-256 of `text`, lower-case hex; `None` when a quad has a blank node (RDFC-1.0 then
    /// relabels them, see [`Quads::graph_sha256`]).
    sha256: Option<String>,
}

/// A set of quads in compact form, in the order they were added, or in canonical order once
/// [`Quads::canonicalize`] ran.
#[derive(Debug, Clone, Default)]
pub struct Quads {
    pub(crate) terms: Terms,
    pub(crate) values: String,
    pub(crate) recs: Vec<Rec>,
    canonical: Option<Canonical>,
    scratch: String,
}

/// Appends `<iri>`.
#[inline]
pub(crate) fn write_iri(out: &mut Vec<u8>, iri: &str) {
    out.push(b'<');
    out.extend_from_slice(iri.as_bytes());
    out.push(b'>');
}

/// Which bytes a quoted literal escapes: 1 for the short escapes, 2 for `\uXXXX` (control
/// characters and DEL), 3 for the lead byte of U+FFFE and U+FFFF (checked further), 0 else.
static ESCAPES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = 2;
        i += 1;
    }
    t[0x08] = 1;
    t[b'\t' as usize] = 1;
    t[b'\n' as usize] = 1;
    t[0x0C] = 1;
    t[b'\r' as usize] = 1;
    t[b'"' as usize] = 1;
    t[b'\\' as usize] = 1;
    t[0x7F] = 2;
    t[0xEF] = 3;
    t
};

/// Appends a literal's value between double quotes, escaped as N-Triples, N-Quads, Turtle and
/// TriG write it (oxrdf's `print_quoted_str`, the RDFC-1.0 canonical form): `\b \t \n \f \r \"
/// \\`, other characters below U+0020, U+007F, U+FFFE and U+FFFF as `\uXXXX` (upper-case hex).
pub(crate) fn write_quoted(out: &mut Vec<u8>, value: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.push(b'"');
    let bytes = value.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let class = ESCAPES[b as usize];
        if class == 0 {
            i += 1;
            continue;
        }
        if class == 3 {
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            if !(bytes.get(i + 1) == Some(&0xBF) && matches!(bytes.get(i + 2), Some(0xBE | 0xBF))) {
                i += 1;
                continue;
            }
        }
        out.extend_from_slice(&bytes[run..i]);
        match class {
            1 => {
                out.push(b'\\');
                out.push(match b {
                    0x08 => b'b',
                    b'\t' => b't',
                    b'\n' => b'n',
                    0x0C => b'f',
                    b'\r' => b'r',
                    other => other,
                });
                i += 1;
            }
            2 => {
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 15)]);
                i += 1;
            }
            _ => {
                out.extend_from_slice(if bytes[i + 2] == 0xBE {
                    b"\\uFFFE"
                } else {
                    b"\\uFFFF"
                });
                i += 3;
            }
        }
        run = i;
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Appends the decimal digits of `v`.
#[inline]
pub(crate) fn write_usize(out: &mut String, mut v: usize) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    for &b in &buf[i..] {
        out.push(char::from(b));
    }
}

impl Quads {
    /// An empty set.
    pub fn new() -> Self {
        Quads::default()
    }

    /// The quads given, in their order, duplicates kept (as a serialiser sees them).
    pub fn from_quads<'a>(quads: impl IntoIterator<Item = QuadRef<'a>>) -> Self {
        let mut out = Quads::new();
        for q in quads {
            out.push_ref(q);
        }
        out
    }

    /// No quad, but the terms and literal values of `self`, so that its records can be pushed
    /// into the copy as they are.
    pub(crate) fn empty_like(&self) -> Quads {
        Quads {
            terms: self.terms.clone(),
            values: self.values.clone(),
            ..Quads::default()
        }
    }

    /// Number of quads.
    pub fn len(&self) -> usize {
        self.recs.len()
    }

    /// Whether there is no quad.
    pub fn is_empty(&self) -> bool {
        self.recs.is_empty()
    }

    /// The id of an IRI, added when new.
    #[inline]
    pub(crate) fn iri(&mut self, iri: &str) -> u32 {
        self.terms.intern(TermKind::Iri, iri)
    }

    /// The id of the IRI `{ns}{local}`, added when new (no allocation).
    pub(crate) fn iri2(&mut self, ns: &str, local: &str) -> u32 {
        let mut s = std::mem::take(&mut self.scratch);
        s.clear();
        s.push_str(ns);
        s.push_str(local);
        let id = self.terms.intern(TermKind::Iri, &s);
        self.scratch = s;
        id
    }

    /// Adds a quad whose object is a node.
    #[inline]
    pub(crate) fn push_node(&mut self, s: u32, p: u32, o: u32, g: u32) {
        self.canonical = None;
        self.recs.push(Rec {
            s,
            p,
            o: Obj::Node(o),
            g,
            v: (0, 0),
        });
    }

    /// Adds a quad whose object is a literal (`obj` says which kind) of value `value`.
    #[inline]
    pub(crate) fn push_literal(&mut self, s: u32, p: u32, obj: Obj, value: &str, g: u32) {
        let start = self.values.len() as u32;
        self.values.push_str(value);
        self.push_value(s, p, obj, start, g);
    }

    /// Adds a quad whose literal value is `values[start..]` (already appended).
    #[inline]
    pub(crate) fn push_value(&mut self, s: u32, p: u32, obj: Obj, start: u32, g: u32) {
        self.canonical = None;
        self.recs.push(Rec {
            s,
            p,
            o: obj,
            g,
            v: (start, self.values.len() as u32),
        });
    }

    /// Adds a quad given as oxrdf terms.
    pub fn push_ref(&mut self, q: QuadRef<'_>) {
        let s = self.node_ref(q.subject);
        let p = self.iri(q.predicate.as_str());
        let g = match q.graph_name {
            GraphNameRef::NamedNode(n) => self.iri(n.as_str()),
            GraphNameRef::BlankNode(b) => self.terms.intern(TermKind::Blank, b.as_str()),
            GraphNameRef::DefaultGraph => DEFAULT_GRAPH,
        };
        match q.object {
            TermRef::NamedNode(n) => {
                let o = self.iri(n.as_str());
                self.push_node(s, p, o, g);
            }
            TermRef::BlankNode(b) => {
                let o = self.terms.intern(TermKind::Blank, b.as_str());
                self.push_node(s, p, o, g);
            }
            TermRef::Literal(l) => {
                let obj = self.literal_kind(l);
                self.push_literal(s, p, obj, l.value(), g);
            }
        }
    }

    fn node_ref(&mut self, n: NamedOrBlankNodeRef<'_>) -> u32 {
        match n {
            NamedOrBlankNodeRef::NamedNode(n) => self.iri(n.as_str()),
            NamedOrBlankNodeRef::BlankNode(b) => self.terms.intern(TermKind::Blank, b.as_str()),
        }
    }

    /// The object kind of a literal (its datatype or language tag interned).
    pub(crate) fn literal_kind(&mut self, l: LiteralRef<'_>) -> Obj {
        if let Some(lang) = l.language() {
            Obj::Lang(self.terms.intern(TermKind::Lang, lang))
        } else if l.datatype().as_str() == XSD_STRING {
            Obj::Simple
        } else {
            Obj::Typed(self.iri(l.datatype().as_str()))
        }
    }

    /// A literal's value.
    #[inline]
    pub(crate) fn value(&self, r: &Rec) -> &str {
        &self.values[r.v.0 as usize..r.v.1 as usize]
    }

    /// Quad `i` as oxrdf terms (borrowed, no allocation).
    pub fn get(&self, i: usize) -> QuadRef<'_> {
        self.quad_ref(&self.recs[i])
    }

    fn node_term(&self, id: u32) -> NamedOrBlankNodeRef<'_> {
        let s = self.terms.get(id);
        match self.terms.kind(id) {
            TermKind::Blank => BlankNodeRef::new_unchecked(s).into(),
            _ => NamedNodeRef::new_unchecked(s).into(),
        }
    }

    pub(crate) fn quad_ref<'a>(&'a self, r: &Rec) -> QuadRef<'a> {
        let object: TermRef<'a> = match r.o {
            Obj::Node(id) => match self.node_term(id) {
                NamedOrBlankNodeRef::NamedNode(n) => n.into(),
                NamedOrBlankNodeRef::BlankNode(b) => b.into(),
            },
            Obj::Simple => LiteralRef::new_simple_literal(self.value(r)).into(),
            Obj::Lang(l) => {
                LiteralRef::new_language_tagged_literal_unchecked(self.value(r), self.terms.get(l))
                    .into()
            }
            Obj::Typed(d) => LiteralRef::new_typed_literal(
                self.value(r),
                NamedNodeRef::new_unchecked(self.terms.get(d)),
            )
            .into(),
        };
        let graph_name = match r.g {
            DEFAULT_GRAPH => GraphNameRef::DefaultGraph,
            g => match self.node_term(g) {
                NamedOrBlankNodeRef::NamedNode(n) => n.into(),
                NamedOrBlankNodeRef::BlankNode(b) => b.into(),
            },
        };
        QuadRef::new(
            self.node_term(r.s),
            NamedNodeRef::new_unchecked(self.terms.get(r.p)),
            object,
            graph_name,
        )
    }

    /// Every quad as oxrdf terms (borrowed), in order.
    pub fn iter(&self) -> impl Iterator<Item = QuadRef<'_>> + Clone + '_ {
        self.recs.iter().map(|r| self.quad_ref(r))
    }

    /// Every quad as owned oxrdf quads, in order.
    pub fn to_quads(&self) -> Vec<Quad> {
        self.iter().map(QuadRef::into_owned).collect()
    }

    /// Whether any quad has the predicate `iri`.
    pub(crate) fn uses_predicate(&self, iri: &str) -> bool {
        self.terms
            .find(TermKind::Iri, iri)
            .is_some_and(|p| self.recs.iter().any(|r| r.p == p))
    }

    /// Whether any quad has a blank node.
    pub fn has_blank_node(&self) -> bool {
        let blank = |id: u32| id != DEFAULT_GRAPH && self.terms.kind(id) == TermKind::Blank;
        self.recs
            .iter()
            .any(|r| blank(r.s) || blank(r.g) || matches!(r.o, Obj::Node(o) if blank(o)))
    }

    /// Appends a node's canonical form: `<iri>` or `_:label`.
    fn write_node(&self, out: &mut Vec<u8>, id: u32) {
        let s = self.terms.get(id);
        if self.terms.kind(id) == TermKind::Blank {
            out.extend_from_slice(b"_:");
            out.extend_from_slice(s.as_bytes());
        } else {
            write_iri(out, s);
        }
    }

    /// Appends an object's canonical form.
    fn write_object(&self, out: &mut Vec<u8>, r: &Rec) {
        match r.o {
            Obj::Node(id) => self.write_node(out, id),
            Obj::Simple => write_quoted(out, self.value(r)),
            Obj::Lang(l) => {
                write_quoted(out, self.value(r));
                out.push(b'@');
                out.extend_from_slice(self.terms.get(l).as_bytes());
            }
            Obj::Typed(d) => {
                write_quoted(out, self.value(r));
                out.extend_from_slice(b"^^");
                write_iri(out, self.terms.get(d));
            }
        }
    }

    /// Appends the end of a quad's canonical line after its predicate: `O [G] .\n`.
    fn write_tail(&self, out: &mut Vec<u8>, r: &Rec) {
        self.write_object(out, r);
        if r.g != DEFAULT_GRAPH {
            out.push(b' ');
            self.write_node(out, r.g);
        }
        out.extend_from_slice(b" .\n");
    }

    /// Appends a quad's canonical N-Quads line, `S P O [G] .\n` (oxrdf's `Display` followed by
    /// ` .\n`, the RDFC-1.0 canonical form); returns where its graph name starts.
    fn write_line(&self, out: &mut Vec<u8>, r: &Rec) -> usize {
        self.write_node(out, r.s);
        out.push(b' ');
        write_iri(out, self.terms.get(r.p));
        out.push(b' ');
        self.write_object(out, r);
        let graph_at = out.len();
        if r.g != DEFAULT_GRAPH {
            out.push(b' ');
            self.write_node(out, r.g);
        }
        out.extend_from_slice(b" .\n");
        graph_at
    }

    /// Puts the quads in canonical order (their canonical N-Quads lines sorted by code point,
    /// duplicates removed), writes those lines and hashes them. Idempotent.
    pub fn canonicalize(&mut self) {
        if self.canonical.is_some() {
            return;
        }
        self.sort_dedup();
        let mut text = Vec::with_capacity(self.values.len() * 2 + self.recs.len() * 120);
        let mut lines = Vec::with_capacity(self.recs.len());
        for r in &self.recs {
            let start = text.len() as u32;
            let graph_at = self.write_line(&mut text, r) as u32;
            lines.push((start, graph_at));
        }
        let sha256 =
            (!self.has_blank_node()).then(|| crate::provenance::hash::hex(&Sha256::digest(&text)));
        self.canonical = Some(Canonical {
            text,
            lines,
            sha256,
        });
    }

    /// Puts the records in canonical order (their canonical N-Quads lines sorted by code
    /// point) and removes duplicates, without writing the lines.
    pub(crate) fn sort_dedup(&mut self) {
        self.canonical = None;
        let n = self.terms.len();
        // The canonical form of every node used as subject, predicate or graph name, followed
        // by a space, ranked by code point.
        let mut used = vec![false; n];
        for r in &self.recs {
            used[r.s as usize] = true;
            used[r.p as usize] = true;
            if r.g != DEFAULT_GRAPH {
                used[r.g as usize] = true;
            }
        }
        let mut forms = Vec::new();
        let mut form_at: Vec<(u32, u32)> = vec![(0, 0); n];
        let mut ids: Vec<u32> = Vec::new();
        for (id, u) in used.iter().enumerate() {
            if *u {
                let start = forms.len() as u32;
                self.write_node(&mut forms, id as u32);
                forms.push(b' ');
                form_at[id] = (start, forms.len() as u32);
                ids.push(id as u32);
            }
        }
        let form = |id: u32| {
            let (a, b) = form_at[id as usize];
            &forms[a as usize..b as usize]
        };
        ids.sort_unstable_by(|&a, &b| form(a).cmp(form(b)));
        // A form that is a prefix of the next one (impossible for valid IRIs, which hold no
        // `>` or space) would make ranks disagree with lines: then compare whole lines.
        let prefix_free = ids.windows(2).all(|w| !form(w[1]).starts_with(form(w[0])));
        if !prefix_free {
            return self.sort_dedup_by_lines();
        }
        let mut rank = vec![0u32; n];
        for (i, &id) in ids.iter().enumerate() {
            rank[id as usize] = i as u32;
        }
        let mut keyed: Vec<(u64, u32)> = self
            .recs
            .iter()
            .enumerate()
            .map(|(i, r)| {
                (
                    (u64::from(rank[r.s as usize]) << 32) | u64::from(rank[r.p as usize]),
                    i as u32,
                )
            })
            .collect();
        let already = keyed.windows(2).all(|w| {
            w[0].0 < w[1].0
                || (w[0].0 == w[1].0
                    && self.cmp_tail(&self.recs[w[0].1 as usize], &self.recs[w[1].1 as usize])
                        == Ordering::Less)
        });
        if already {
            return;
        }
        // A stable merge sort: it finds the sorted runs the records mostly come in (a folded
        // graph is its sorted records with a few appended), where a quicksort would start over.
        keyed.sort_by(|a, b| {
            a.0.cmp(&b.0)
                .then_with(|| self.cmp_tail(&self.recs[a.1 as usize], &self.recs[b.1 as usize]))
        });
        keyed.dedup_by(|b, a| {
            a.0 == b.0
                && self.cmp_tail(&self.recs[a.1 as usize], &self.recs[b.1 as usize])
                    == Ordering::Equal
        });
        self.recs = keyed.iter().map(|&(_, i)| self.recs[i as usize]).collect();
    }

    /// Compares what follows the predicate in two quads' canonical lines.
    fn cmp_tail(&self, a: &Rec, b: &Rec) -> Ordering {
        if let (Obj::Node(x), Obj::Node(y)) = (a.o, b.o) {
            if x == y && a.g == b.g {
                return Ordering::Equal;
            }
        }
        let mut x = Vec::with_capacity(64);
        let mut y = Vec::with_capacity(64);
        self.write_tail(&mut x, a);
        self.write_tail(&mut y, b);
        x.cmp(&y)
    }

    fn sort_dedup_by_lines(&mut self) {
        let mut keyed: Vec<(Vec<u8>, Rec)> = self
            .recs
            .iter()
            .map(|r| {
                let mut line = Vec::new();
                self.write_line(&mut line, r);
                (line, *r)
            })
            .collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        keyed.dedup_by(|b, a| a.0 == b.0);
        self.recs = keyed.into_iter().map(|(_, r)| r).collect();
    }

    /// The canonical N-Quads text (`brief.nq`): the lines of the quads in canonical order.
    /// Canonicalises first when needed.
    pub fn nquads(&mut self) -> &[u8] {
        self.canonicalize();
        self.canonical.as_ref().map_or(&[], |c| &c.text)
    }

    /// The SHA-256 of the graph's RDFC-1.0 canonical N-Quads, lower-case hex (the graph hash
    /// of the manifests). Canonicalises first when needed.
    pub fn graph_sha256(&mut self) -> String {
        self.canonicalize();
        match self.canonical.as_ref().and_then(|c| c.sha256.clone()) {
            Some(h) => h,
            None => crate::provenance::hash::canonical_nquads(&self.to_quads()).1,
        }
    }

    /// The N-Quads of the quads as they are (canonical lines in the current order, duplicates
    /// kept): oxttl's N-Quads serialiser byte for byte.
    pub(crate) fn write_nquads(&self, out: &mut Vec<u8>) {
        if let Some(c) = &self.canonical {
            out.extend_from_slice(&c.text);
            return;
        }
        for r in &self.recs {
            self.write_line(out, r);
        }
    }

    /// The N-Triples of the quads as they are (their triples, graph names dropped, in order):
    /// oxttl's N-Triples serialiser byte for byte.
    pub(crate) fn write_ntriples(&self, out: &mut Vec<u8>) {
        if let Some(c) = &self.canonical {
            for &(start, graph_at) in &c.lines {
                out.extend_from_slice(&c.text[start as usize..graph_at as usize]);
                out.extend_from_slice(b" .\n");
            }
            return;
        }
        for r in &self.recs {
            self.write_node(out, r.s);
            out.push(b' ');
            write_iri(out, self.terms.get(r.p));
            out.push(b' ');
            self.write_object(out, r);
            out.extend_from_slice(b" .\n");
        }
    }
}
