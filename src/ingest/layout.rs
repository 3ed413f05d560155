//! The layout of a brief between reading and the clean text, shared by every format.
//!
//! A reader (markdown through pulldown-cmark, plain text, HTML through html5tokenizer) turns
//! the source into [`RawBlock`]s: headings, paragraphs and table cells, each a list of
//! [`Piece`]s that say what becomes of a source range (copied, replaced, a line break, a
//! footnote marker). Whatever lies between pieces is markup. This module then decides, for
//! every format alike, what the blocks are in the brief:
//!
//! 1. debris: Liquid/Jinja tags (`{% … %}`, `{{ … }}`) and kramdown attribute lists
//!    (`{: rel="nofollow" }`) wherever they are, footnote markers inside running text
//!    (`[1]`, `¹`, `Ukraine4`, `deal.2 The`), ordinal brackets of PDF superscripts (`5 [th]`);
//! 2. page furniture: bare page numbers and `Page N of M`, and running heads and footers found
//!    by repetition (short blocks whose text, page numbers aside, recurs; later copies of the
//!    title; headings that repeat the series name);
//! 3. the part of each block (see [`super::parts`]), trailing biographies split off;
//! 4. page-break joins: a body paragraph that does not end a sentence continues in the next
//!    body paragraph when the continuation starts in lower case, or, whatever its case, when
//!    there is evidence of a page break between them (page furniture, a form feed); never
//!    across a thematic break (`---`);
//! 5. a lost drop capital (the first body paragraph starts with a lower-case word).
//!
//! [`super::emit`] then builds the clean text from the blocks through the
//! [`super::CleanBuilder`].

use std::collections::{BTreeMap, BTreeSet};

use super::chars;
use super::parts::{self, BlockText};
use crate::model::{Part, RepairKind};

/// What a block is in the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A heading of the given level.
    Heading(u8),
    /// A paragraph (or list item, quotation, HTML block element).
    Paragraph,
    /// A table cell: the table's number and the cell's row.
    Cell {
        /// Which table of the brief (0, 1, …).
        table: usize,
        /// Which row of the table (0 is the header row).
        row: usize,
    },
}

/// What becomes of one source range of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PieceKind {
    /// Text, copied through the character repairs of [`super::chars`].
    Text,
    /// A fixed replacement (a decoded character reference, `<br>` as a space, …). A replacement
    /// of one space after whitespace becomes empty.
    Replace(RepairKind, String),
    /// Whitespace between words (HTML): one space, none after whitespace.
    Space,
    /// A line break inside a paragraph: a space, or a join across a line-end hyphen.
    Break,
    /// A footnote marker: removed in running text (a space when `space`, because the marker
    /// stood between a sentence end and the next word); in a notes list the `keep` range is
    /// copied (the note's own number).
    Marker {
        /// The source range kept inside a notes list.
        keep: Option<(usize, usize)>,
        /// Whether the removal leaves a space.
        space: bool,
    },
}

/// One source range of a block and what becomes of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What it becomes.
    pub kind: PieceKind,
}

impl Piece {
    /// A piece of the range `start..end`.
    pub fn new(start: usize, end: usize, kind: PieceKind) -> Self {
        Piece { start, end, kind }
    }
}

/// What a block is for the clean text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Text of the brief.
    Content,
    /// Page furniture, removed with this kind.
    Furniture(RepairKind),
    /// Nothing but debris (a Liquid tag, an attribute list), removed.
    Debris,
}

/// A block of the layout: what the reader found, then what the analysis decided.
#[derive(Debug, Clone)]
pub struct RawBlock {
    /// Heading, paragraph or cell.
    pub kind: Kind,
    /// Its pieces, in source order, not overlapping.
    pub pieces: Vec<Piece>,
    /// The block's whole source range, its markup included (a heading's `#` marks and line
    /// end): what is removed when the block is furniture.
    pub outer: (usize, usize),
    /// The part the format says it is (a footnote definition is a note, `<footer>` a footer).
    pub hint: Option<Part>,
    /// A note's label (`1`, `chile`), from a footnote definition.
    pub label: Option<String>,
    /// The text of a bold run that opens the paragraph (`**Jane Doe** is a …`).
    pub lead_strong: Option<String>,
    /// Whether the block is (in) a list item: never page furniture.
    pub list_item: bool,
    /// Whether all its text is link text (a menu entry, a share button, a related article).
    pub link_only: bool,
    /// The text, markup removed and characters repaired (for classification).
    pub text: String,
    /// Its part of the brief.
    pub part: Part,
    /// Content, furniture or debris.
    pub role: Role,
    /// Set on a content block that continues the previous body paragraph across a page
    /// break: the kind of the join.
    pub join: Option<RepairKind>,
    /// Set on furniture that lies inside such a join (it is removed with the join).
    pub absorbed: bool,
    /// A lost drop capital to insert at this source byte.
    pub drop_capital: Option<(usize, char)>,
}

impl RawBlock {
    /// A block of `kind` with its pieces; `outer` is its whole source range.
    pub fn new(kind: Kind, pieces: Vec<Piece>, outer: (usize, usize)) -> Self {
        RawBlock {
            kind,
            pieces,
            outer,
            hint: None,
            label: None,
            lead_strong: None,
            list_item: false,
            link_only: false,
            text: String::new(),
            part: Part::Body,
            role: Role::Content,
            join: None,
            absorbed: false,
            drop_capital: None,
        }
    }

    /// First byte of its first piece.
    pub fn first(&self) -> usize {
        self.pieces.first().map_or(self.outer.0, |p| p.start)
    }

    /// One past the last byte of its last piece.
    pub fn last(&self) -> usize {
        self.pieces.last().map_or(self.outer.1, |p| p.end)
    }

    fn level(&self) -> u8 {
        match self.kind {
            Kind::Heading(l) => l,
            _ => 0,
        }
    }

    fn is_body_paragraph(&self) -> bool {
        self.role == Role::Content && self.kind == Kind::Paragraph && self.part == Part::Body
    }
}

/// A brief's layout: its blocks and the ranges removed before any block.
#[derive(Debug, Clone)]
pub struct Layout<'a> {
    /// The source text.
    pub src: &'a str,
    /// Blocks in source order.
    pub blocks: Vec<RawBlock>,
    /// Source ranges removed whole (front matter), in order, before the first block.
    pub removals: Vec<(usize, usize, RepairKind)>,
    /// HTML: every gap between blocks becomes a blank line (its whitespace is not the
    /// brief's layout).
    pub html: bool,
    /// Plain text: section headings are not marked, so one-line blocks are read as headings
    /// by their look ([`find_plain_headings`]).
    pub plain: bool,
}

/// Characters that end a sentence at the end of a block.
const TERMINAL: &[char] = &[
    '.', '!', '?', ':', ';', '"', '\u{201d}', ')', ']', '\'', '\u{2019}',
];
/// Superscript digits used as footnote markers.
pub const SUPERSCRIPTS: &[char] = &['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰'];

/// Runs every analysis step on a layout read by one of the readers.
pub fn analyze(layout: &mut Layout<'_>) {
    let src = layout.src;
    let debris = debris_ranges(src);
    for b in &mut layout.blocks {
        apply_debris(b, &debris);
        mark_footnote_markers(src, b);
    }
    for b in &mut layout.blocks {
        b.text = plain_text(src, b);
    }
    layout
        .blocks
        .retain(|b| !b.text.is_empty() || b.pieces.iter().any(is_debris_piece));
    for b in &mut layout.blocks {
        if b.text.is_empty() {
            b.role = Role::Debris;
        }
    }
    find_furniture(&mut layout.blocks);
    if layout.plain {
        find_plain_headings(src, &mut layout.blocks);
    }
    classify(src, &mut layout.blocks);
    split_trailing_bios(src, &mut layout.blocks);
    find_joins(src, &mut layout.blocks);
    find_drop_capital(src, &mut layout.blocks);
}

fn is_debris_piece(p: &Piece) -> bool {
    matches!(p.kind, PieceKind::Replace(RepairKind::Debris, _))
}

/// The plain text of a block: pieces with their replacements, markers dropped, whitespace
/// collapsed, trimmed.
pub fn plain_text(src: &str, b: &RawBlock) -> String {
    let mut out = String::new();
    for p in &b.pieces {
        match &p.kind {
            PieceKind::Text => out.push_str(&chars::normalize(&src[p.start..p.end])),
            PieceKind::Replace(_, r) => out.push_str(r),
            PieceKind::Space | PieceKind::Break => out.push(' '),
            PieceKind::Marker { .. } => {}
        }
    }
    collapse(&out)
}

/// Whitespace runs collapsed to one space, trimmed.
pub fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---- Debris. ----

/// Source ranges of Liquid/Jinja tags (`{% … %}`, `{{ … }}`), kramdown inline attribute
/// lists (`{: … }`, `{::comment}`) and Pandoc attribute lists after a span (`[not]{.underline}`:
/// the list and the span's `[`, which may be up to 300 bytes back in the same paragraph), in
/// order, not overlapping.
pub fn debris_ranges(src: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = src.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        // A Pandoc attribute list after a bracketed span, link, emphasis or code
        // (`[not]{.underline}`, `*word*{.smallcaps}`): the list, and the span's `[`.
        if bytes[i] == b'{'
            && matches!(bytes[i + 1], b'.' | b'#')
            && i > 0
            && matches!(bytes[i - 1], b']' | b')' | b'*' | b'_' | b'`')
        {
            let limit = floor_boundary(
                src,
                src[i..]
                    .find('\n')
                    .map_or(src.len(), |n| i + n)
                    .min(i + 200),
            );
            if let Some(rel) = src[i + 2..limit].find('}') {
                let end = i + 2 + rel + 1;
                if bytes[i - 1] == b']' {
                    // The span's `[` may be on an earlier line of the paragraph.
                    let line_start = floor_boundary(src, i.saturating_sub(300))
                        .max(src[..i].rfind("\n\n").map_or(0, |n| n + 2));
                    match src[line_start..i - 1].rfind(['[', ']']) {
                        Some(o) if bytes[line_start + o] == b'[' => {
                            out.push((line_start + o, line_start + o + 1));
                            out.push((i - 1, end));
                        }
                        _ => out.push((i, end)),
                    }
                } else {
                    out.push((i, end));
                }
                i = end;
                continue;
            }
        }
        if bytes[i] == b'{' {
            let close = match bytes[i + 1] {
                b'%' => Some("%}"),
                b'{' => Some("}}"),
                b':' => Some("}"),
                _ => None,
            };
            if let Some(close) = close {
                // Attribute lists stay on one line; template tags may span lines.
                let limit = if close == "}" {
                    src[i..].find('\n').map_or(src.len(), |n| i + n)
                } else {
                    (i + 4096).min(src.len())
                };
                let limit = floor_boundary(src, limit);
                if let Some(rel) = src[i + 2..limit].find(close) {
                    let end = i + 2 + rel + close.len();
                    out.push((i, end));
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    out.sort_unstable();
    out
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Replaces whatever pieces of `b` lie in a debris range by one debris removal.
fn apply_debris(b: &mut RawBlock, debris: &[(usize, usize)]) {
    let (first, last) = (b.first(), b.last());
    let inside: Vec<(usize, usize)> = debris
        .iter()
        .filter(|&&(s, e)| s < last && e > first)
        .copied()
        .collect();
    for (s, e) in inside {
        override_range(
            b,
            s,
            e,
            PieceKind::Replace(RepairKind::Debris, String::new()),
        );
    }
}

/// Puts a piece of `kind` over `s..e`: text pieces are cut around it, other pieces it
/// touches are swallowed whole (the range grows to cover them).
pub fn override_range(b: &mut RawBlock, s: usize, e: usize, kind: PieceKind) {
    let (mut s, mut e) = (s, e);
    for p in &b.pieces {
        if p.kind != PieceKind::Text && p.start < e && p.end > s {
            s = s.min(p.start);
            e = e.max(p.end);
        }
    }
    let mut out = Vec::with_capacity(b.pieces.len() + 2);
    let mut placed = false;
    for p in b.pieces.drain(..) {
        if p.end <= s || p.start >= e {
            if p.start >= e && !placed {
                out.push(Piece::new(s, e, kind.clone()));
                placed = true;
            }
            out.push(p);
            continue;
        }
        // Overlaps: only text pieces are left here (others were swallowed).
        if p.kind == PieceKind::Text {
            if p.start < s {
                out.push(Piece::new(p.start, s, PieceKind::Text));
            }
            if !placed {
                out.push(Piece::new(s, e, kind.clone()));
                placed = true;
            }
            if p.end > e {
                out.push(Piece::new(e, p.end, PieceKind::Text));
            }
        } else if !placed {
            out.push(Piece::new(s, e, kind.clone()));
            placed = true;
        }
    }
    if !placed {
        out.push(Piece::new(s, e, kind));
    }
    b.pieces = out;
}

/// Runs of adjacent text pieces: `(start, end)` source ranges with no gap inside.
fn text_runs(b: &RawBlock) -> Vec<(usize, usize)> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for p in &b.pieces {
        if p.kind != PieceKind::Text {
            continue;
        }
        match runs.last_mut() {
            Some(r) if r.1 == p.start => r.1 = p.end,
            _ => runs.push((p.start, p.end)),
        }
    }
    runs
}

/// Marks footnote markers inside the text of a block: `[12]`, superscript digits, a number
/// glued to a word (`Ukraine4 and`) or to a sentence end (`deal.2 The`, `people.7In`), and the
/// brackets of ordinal superscripts flattened by PDF extraction (`5 [th]` → `5th`).
fn mark_footnote_markers(src: &str, b: &mut RawBlock) {
    let mut marks: Vec<(usize, usize, PieceKind)> = Vec::new();
    for (rs, re) in text_runs(b) {
        let run = &src[rs..re];
        let chars: Vec<(usize, char)> = run.char_indices().collect();
        let cps: Vec<char> = chars.iter().map(|&(_, c)| c).collect();
        let addresses = crate::model::address_spans(&cps);
        let in_address = |k: usize| addresses.iter().any(|&(s, e)| s <= k && k < e);
        let at = |k: usize| chars.get(k).map_or(run.len(), |&(o, _)| o);
        let mut k = 0;
        while k < chars.len() {
            let c = cps[k];
            if in_address(k) {
                k += 1;
                continue;
            }
            // `[12]`
            if c == '[' {
                let digits = cps[k + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if (1..=3).contains(&digits) && cps.get(k + 1 + digits) == Some(&']') {
                    let (s, e) = (rs + at(k), rs + at(k + 2 + digits));
                    marks.push((
                        s,
                        e,
                        PieceKind::Marker {
                            keep: Some((s, e)),
                            space: false,
                        },
                    ));
                    k += 2 + digits;
                    continue;
                }
                // ` [st]` after a number: an ordinal superscript.
                let ord: String = cps[k + 1..].iter().take(3).collect();
                if k >= 2
                    && cps[k - 1] == ' '
                    && cps[k - 2].is_ascii_digit()
                    && ["st]", "nd]", "rd]", "th]"].contains(&ord.as_str())
                {
                    let open = (rs + at(k - 1), rs + at(k + 1));
                    let close = (rs + at(k + 3), rs + at(k + 4));
                    marks.push((
                        open.0,
                        open.1,
                        PieceKind::Replace(RepairKind::Debris, String::new()),
                    ));
                    marks.push((
                        close.0,
                        close.1,
                        PieceKind::Replace(RepairKind::Debris, String::new()),
                    ));
                    k += 4;
                    continue;
                }
            }
            // `^1` or `^1^`: a superscript as text browsers and Pandoc write it, after a word,
            // a sentence end or a link marker; after a digit it is a power (`10^26`).
            if c == '^'
                && k > 0
                && (cps[k - 1].is_alphabetic()
                    || matches!(
                        cps[k - 1],
                        '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\u{201d}' | ')' | ']'
                    ))
            {
                let digits = cps[k + 1..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                let close = usize::from(cps.get(k + 1 + digits) == Some(&'^'));
                let end = k + 1 + digits + close;
                let ends = cps
                    .get(end)
                    .is_none_or(|c| c.is_whitespace() || matches!(c, ',' | ';' | ':' | ')' | '.'));
                if (1..=3).contains(&digits) && ends {
                    let (s, e) = (rs + at(k), rs + at(end));
                    let keep = (rs + at(k + 1), rs + at(k + 1 + digits));
                    marks.push((
                        s,
                        e,
                        PieceKind::Marker {
                            keep: Some(keep),
                            space: false,
                        },
                    ));
                    k = end;
                    continue;
                }
            }
            if SUPERSCRIPTS.contains(&c) {
                let n = cps[k..]
                    .iter()
                    .take_while(|c| SUPERSCRIPTS.contains(c))
                    .count();
                let (s, e) = (rs + at(k), rs + at(k + n));
                marks.push((
                    s,
                    e,
                    PieceKind::Marker {
                        keep: Some((s, e)),
                        space: false,
                    },
                ));
                k += n;
                continue;
            }
            if c.is_ascii_digit() && k > 0 && (k == 0 || !cps[k - 1].is_ascii_digit()) {
                let n = cps[k..].iter().take_while(|c| c.is_ascii_digit()).count();
                let next = cps.get(k + n).copied();
                let after_next = cps.get(k + n + 1).copied();
                // At the run's end (HTML makes each word a run), the first character after
                // the whitespace that follows it in the source.
                let beyond = (k + n == cps.len())
                    .then(|| src.get(re..))
                    .flatten()
                    .filter(|t| t.starts_with(char::is_whitespace))
                    .and_then(|t| t.trim_start().chars().next());
                if let Some(space) = glued_marker(&cps, k, n, next, after_next, beyond) {
                    let (s, e) = (rs + at(k), rs + at(k + n));
                    marks.push((
                        s,
                        e,
                        PieceKind::Marker {
                            keep: Some((s, e)),
                            space,
                        },
                    ));
                }
                k += n;
                continue;
            }
            k += 1;
        }
    }
    for (s, e, kind) in marks {
        override_range(b, s, e, kind);
    }
}

/// Whether the `n` digits at `k` are a footnote number glued to the text before them, and if
/// so whether their removal must leave a space (`people.7In`). `next` and `after_next` are the
/// two characters after the digits in their run; `beyond`, when the digits end the run, the
/// first character after the whitespace that follows it.
fn glued_marker(
    cps: &[char],
    k: usize,
    n: usize,
    next: Option<char>,
    after_next: Option<char>,
    beyond: Option<char>,
) -> Option<bool> {
    if n > 3 {
        return None;
    }
    let before = cps[k - 1];
    let ends_well = |next: Option<char>, after: Option<char>| match next {
        None => true,
        Some(c) if c.is_whitespace() => true,
        Some(',' | ';' | ':' | ')') => true,
        Some('.') => after.is_none_or(char::is_whitespace),
        _ => false,
    };
    // After a sentence end: `deal.2 The`, `weak.2` at the end, `people.7In`.
    if matches!(before, '.' | '!' | '?' | '"' | '\u{201d}') && k >= 2 {
        let word_end = cps[k - 2];
        if !(word_end.is_alphabetic() || matches!(word_end, '"' | '\u{201d}' | ')' | '.')) {
            return None;
        }
        // The word before the period must not be an abbreviation that takes a number.
        let mut t = k - 1;
        while t > 0 && cps[t - 1].is_alphabetic() {
            t -= 1;
        }
        let word: String = cps[t..k - 1].iter().collect();
        if NUMBERED.contains(&word.as_str()) {
            return None;
        }
        return match next {
            None => Some(false),
            Some(c) if c.is_whitespace() => after_next.filter(|c| c.is_uppercase()).map(|_| false),
            Some(c) if c.is_uppercase() => Some(true),
            _ => None,
        };
    }
    // After a comma, semicolon or colon that ends a word, before the clause goes on in lower
    // case: `last year,3 and`, `the ports;12 the`.
    if matches!(before, ',' | ';' | ':') && k >= 3 {
        let word = &cps[k - 3..k - 1];
        let goes_on = (next.is_some_and(char::is_whitespace)
            && after_next.is_some_and(char::is_lowercase))
            || (next.is_none() && beyond.is_some_and(char::is_lowercase));
        if word.iter().all(|c| c.is_alphabetic())
            && word.iter().any(|c| c.is_lowercase())
            && goes_on
        {
            return Some(false);
        }
        return None;
    }
    // Glued to a word of three or more letters with a lower-case letter: `Ukraine4`.
    if before.is_alphabetic() && ends_well(next, after_next) {
        let mut t = k;
        while t > 0 && cps[t - 1].is_alphabetic() {
            t -= 1;
        }
        let word = &cps[t..k];
        if t > 0 && !cps[t - 1].is_whitespace() && !matches!(cps[t - 1], '(' | '"' | '\u{201c}') {
            return None;
        }
        if word.len() >= 3 && word.iter().any(|c| c.is_lowercase()) {
            return Some(false);
        }
    }
    None
}

/// Words that are followed by a number and a period without ending a sentence.
const NUMBERED: &[&str] = &[
    "No", "Nos", "no", "Sec", "Vol", "vol", "p", "pp", "Art", "Fig", "fig", "Ch", "Para", "Rev",
    "Tab", "Nr", "Op",
];

// ---- Furniture. ----

/// Marks page numbers and running heads and footers.
fn find_furniture(blocks: &mut [RawBlock]) {
    let title = blocks
        .iter()
        .position(|b| b.role == Role::Content && b.level() == 1);
    let title_key = title.map(|t| key(&blocks[t].text));
    let mut counts: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, b) in blocks.iter().enumerate() {
        if b.role != Role::Content
            || matches!(b.kind, Kind::Cell { .. })
            || b.hint.is_some()
            || b.list_item
        {
            continue;
        }
        if is_page_number(&b.text) {
            continue;
        }
        if short(&b.text) {
            counts.entry(key(&b.text)).or_default().push(i);
        }
    }
    // The front page lasts until the first prose paragraph.
    let first_prose = blocks
        .iter()
        .position(|b| {
            b.role == Role::Content
                && b.kind == Kind::Paragraph
                && b.text.split_whitespace().count() >= 10
                && ends_sentence(&b.text)
        })
        .unwrap_or(blocks.len());
    let mut furniture: BTreeSet<usize> = BTreeSet::new();
    for (k, at) in &counts {
        if k.is_empty() {
            continue;
        }
        let is_title = title_key.as_deref() == Some(k.as_str());
        let numbered = k.contains('#');
        let address = is_web_address(&blocks[at[0]].text);
        // Headings repeat legitimately (`Recommendations` in every chapter): a repeated
        // heading is furniture only when it repeats the title or carries a page number.
        let headings = at.iter().all(|&i| blocks[i].level() > 0);
        let repeated = if headings {
            at.len() >= 2 && (is_title || numbered)
        } else {
            at.len() >= 3 || (at.len() == 2 && (is_title || numbered || address))
        };
        if repeated {
            for (n, &i) in at.iter().enumerate() {
                // The first copy on the front page is the title or the publisher's line that
                // the running heads repeat, not furniture.
                if Some(i) != title && !(n == 0 && i < first_prose) {
                    furniture.insert(i);
                }
            }
        }
    }
    // After the first prose paragraph, a series line with a page number at its end
    // (`Baltic Energy Monitor | 14 February 2025      2`) is a running head even where it
    // occurs once (a two-page brief).
    for (i, b) in blocks.iter_mut().enumerate() {
        if b.role != Role::Content
            || b.hint.is_some()
            || b.list_item
            || matches!(b.kind, Kind::Cell { .. })
        {
            continue;
        }
        let paged_series = i > first_prose
            && b.text.rsplit_once(' ').is_some_and(|(rest, n)| {
                (1..=3).contains(&n.len())
                    && n.bytes().all(|c| c.is_ascii_digit())
                    && series_line(rest)
            });
        if is_page_number(&b.text) {
            b.role = Role::Furniture(RepairKind::PageNumber);
        } else if furniture.contains(&i) || paged_series {
            b.role = Role::Furniture(RepairKind::RunningHeader);
        }
    }
}

/// Whether a text is a web address alone (`https://crsreports.congress.gov`,
/// `www.example.org`), as running footers print it.
pub fn is_web_address(text: &str) -> bool {
    (text.starts_with("http") || text.starts_with("www.")) && !text.contains(' ')
}

/// A text short enough to be a running head or footer: one line of at most 12 words, not a
/// sentence.
fn short(text: &str) -> bool {
    text.split_whitespace().count() <= 12 && text.chars().count() <= 100 && !text.ends_with('.')
}

/// The repetition key of a text: lower case, letters and digits only, every number `#`.
fn key(text: &str) -> String {
    let mut out = String::new();
    let mut digits = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !digits {
                out.push('#');
            }
            digits = true;
            continue;
        }
        digits = false;
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() && !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    out.trim().to_owned()
}

/// A bare page number: `7`, `- 7 -`, `Page 3`, `Page 3 of 8`, `3 / 8`, `iv`.
pub fn is_page_number(text: &str) -> bool {
    let t = text
        .trim()
        .trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    if t.is_empty() {
        return false;
    }
    // Rejected without allocating: a page number has at most 14 characters besides spaces,
    // each a digit, `/`, or a letter of `page`, `of` or a Roman numeral.
    let mut n = 0;
    for c in t.chars().filter(|c| !c.is_whitespace()) {
        n += 1;
        if n > 14 || !(c.is_ascii_digit() || c == '/' || "pageofivxlcPAGEOFIVXLC".contains(c)) {
            return false;
        }
    }
    let lower = t.to_lowercase();
    let rest = lower.strip_prefix("page").map_or(lower.as_str(), str::trim);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let number = |w: &str| (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
    match words.as_slice() {
        [n] if number(n) => true,
        [n] if lower.starts_with("page") && is_roman(n) => true,
        [n, "of" | "/", m] => number(n) && number(m),
        [n] => {
            // `3/8`
            n.split_once('/')
                .is_some_and(|(a, b)| number(a) && number(b))
        }
        _ => false,
    }
}

fn is_roman(w: &str) -> bool {
    !w.is_empty() && w.len() <= 5 && w.chars().all(|c| "ivxlc".contains(c))
}

// ---- Headings of plain text. ----

/// Marks the section headings of a plain-text brief, which carry no markup: a content block
/// of one line that looks like a heading ([`heading_line`]), is not set in columns (no run of
/// three spaces), does not continue an unfinished paragraph across a page break, and is
/// followed by prose (a paragraph of several lines, or a sentence of six words or more).
/// It becomes a level-2 heading. Runs after the furniture, so a repeated running head is
/// never a heading.
fn find_plain_headings(src: &str, blocks: &mut [RawBlock]) {
    let content: Vec<usize> = (0..blocks.len())
        .filter(|&i| blocks[i].role == Role::Content)
        .collect();
    for (k, &i) in content.iter().enumerate() {
        let b = &blocks[i];
        let one_line = !b.pieces.iter().any(|p| p.kind == PieceKind::Break);
        if b.kind != Kind::Paragraph
            || b.list_item
            || b.hint.is_some()
            || !one_line
            || !heading_line(&b.text)
            || parts::web_chrome(&b.text).is_some()
            || link_list(b)
            || src[b.first()..b.last()].contains("   ")
        {
            continue;
        }
        let open_before = k
            .checked_sub(1)
            .is_some_and(|j| !ends_sentence(&blocks[content[j]].text));
        let before_prose = content.get(k + 1).is_some_and(|&j| {
            let n = &blocks[j];
            n.kind == Kind::Paragraph
                && !n.list_item
                && (n.pieces.iter().any(|p| p.kind == PieceKind::Break)
                    || (ends_sentence(&n.text) && n.text.split_whitespace().count() >= 6))
        });
        let after_page_break = k.checked_sub(1).is_some_and(|j| {
            src.get(blocks[content[j]].last()..b.first())
                .is_some_and(|gap| gap.contains('\u{c}'))
        });
        if before_prose && !(open_before && after_page_break) {
            blocks[i].kind = Kind::Heading(2);
        }
    }
}

/// Whether a line of plain text looks like a heading: 1 to 10 words and at most 80
/// characters, opening with a capital (after an optional section number such as `2.` or
/// `3.1`), ending in a letter, digit, `)` or `?` (not in a sentence or clause end) and not in
/// a word that runs on (`and`, `of`, …), and neither a page number, a series or date line
/// nor a byline.
pub fn heading_line(text: &str) -> bool {
    let text = text.trim();
    let words = text.split_whitespace().count();
    if !(1..=10).contains(&words) || text.chars().count() > 80 {
        return false;
    }
    let body = text
        .split_once(' ')
        .filter(|(n, _)| {
            n.chars().any(|c| c.is_ascii_digit())
                && n.chars().all(|c| c.is_ascii_digit() || c == '.')
        })
        .map_or(text, |(_, rest)| rest);
    let last_word = text.rsplit(' ').next().unwrap_or("");
    body.starts_with(char::is_uppercase)
        && text
            .chars()
            .last()
            .is_some_and(|c| c.is_alphanumeric() || c == ')' || c == '?')
        && !OPEN_ENDINGS.contains(&last_word)
        && !is_page_number(text)
        && !series_line(text)
        && !parts::is_any_byline(text)
}

/// Words a heading never ends with: a line ending with one runs on (`…; and`, `… of the`).
pub const OPEN_ENDINGS: &[&str] = &[
    "and", "or", "but", "nor", "the", "a", "an", "of", "to", "in", "on", "for", "with", "by", "at",
    "from", "as", "that", "which",
];

/// A series or date line of a front page: it holds a date, or a numbered series name (`No.
/// 14`), or `|` separators, in at most 12 words (20 when two `|` part three fields or more,
/// as a publisher, a series number and a series name), and ends in no sentence.
pub fn series_line(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (words <= 12 || (words <= 20 && line.matches(" | ").count() >= 2))
        && !line.ends_with('.')
        && (parts::is_dateline(line)
            || line.contains(" | ")
            || line
                .split_once("No.")
                .is_some_and(|(_, r)| r.trim_start().starts_with(|c: char| c.is_ascii_digit())))
}

// ---- Parts. ----

/// Whether a block is a list of links as a text browser dumps a menu (`[4]Home [5]Research
/// [6]Experts`: two or more markers, at most two words per marker and one more) or the page's
/// `<link>` elements (`#[1]RSS feed [2]alternate`: a `#` and a marker), with no sentence end.
fn link_list(b: &RawBlock) -> bool {
    let markers = b
        .pieces
        .iter()
        .filter(|p| matches!(p.kind, PieceKind::Marker { .. }))
        .count();
    // A text browser's first line lists the page's `<link>` elements: `#[1]Feed [2]alternate`.
    let link_rel = markers >= 1 && b.text.starts_with('#');
    let menu = markers >= 2 && b.text.split_whitespace().count() <= 2 * markers + 1;
    (link_rel || menu) && !b.text.trim_end().ends_with(['.', '!', '?'])
}

fn classify(src: &str, blocks: &mut [RawBlock]) {
    let content: Vec<usize> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.role == Role::Content)
        .map(|(i, _)| i)
        .collect();
    let texts: Vec<BlockText> = content
        .iter()
        .map(|&i| BlockText {
            level: blocks[i].level(),
            text: blocks[i].text.clone(),
            hint: blocks[i]
                .hint
                .or_else(|| link_list(&blocks[i]).then_some(Part::Navigation)),
            lead_strong: blocks[i].lead_strong.clone(),
            link_item: blocks[i].list_item
                && blocks[i].link_only
                && blocks[i].text.split_whitespace().count() <= 12
                && !blocks[i].text.ends_with('.'),
        })
        .collect();
    for (&i, (part, running_header)) in content.iter().zip(parts::classify(&texts)) {
        blocks[i].part = part;
        if running_header {
            blocks[i].role = Role::Furniture(RepairKind::RunningHeader);
        }
        if part == Part::Notes && blocks[i].label.is_none() && blocks[i].kind == Kind::Paragraph {
            blocks[i].label = leading_marker(src, &blocks[i])
                .or_else(|| leading_note_number(&blocks[i].text))
                .map(str::to_owned);
        }
    }
}

/// The number of a note marker a note opens with, kept as the note's own number (`<sup>1</sup>
/// Ministry of …`): its digits, brackets aside.
fn leading_marker<'s>(src: &'s str, b: &RawBlock) -> Option<&'s str> {
    let first = b
        .pieces
        .iter()
        .find(|p| !matches!(p.kind, PieceKind::Space | PieceKind::Break) && p.start < p.end)?;
    let PieceKind::Marker {
        keep: Some((s, e)), ..
    } = first.kind
    else {
        return None;
    };
    let n = src
        .get(s..e)?
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']');
    (!n.is_empty() && n.len() <= 3 && n.chars().all(|c| c.is_ascii_digit())).then_some(n)
}

/// The number a note in a notes section opens with (`1 Ministry of …`, `12. See …`, `3) …`,
/// `[4] …`, as newsletters and pages set notes as paragraphs, the number in `<sup>` or not):
/// one to three digits, then a space and a capital, a digit or a quotation mark.
fn leading_note_number(text: &str) -> Option<&str> {
    let t = text.strip_prefix('[').unwrap_or(text);
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(1..=3).contains(&digits) || t.starts_with('0') {
        return None;
    }
    let rest = &t[digits..];
    let rest = if text.starts_with('[') {
        rest.strip_prefix(']')?
    } else {
        rest.strip_prefix(['.', ')']).unwrap_or(rest)
    };
    let after = rest.strip_prefix([' ', '\t', '\u{a0}'])?.trim_start();
    after
        .starts_with(|c: char| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '\u{201c}' | '\'')
        })
        .then_some(&t[..digits])
}

/// Splits an author biography in parentheses off the end of a body paragraph
/// (`… last sentence. (Jane Doe is a Fellow at …)`).
fn split_trailing_bios(src: &str, blocks: &mut Vec<RawBlock>) {
    let mut i = 0;
    while i < blocks.len() {
        let b = &blocks[i];
        if !b.is_body_paragraph() {
            i += 1;
            continue;
        }
        let Some(at) = trailing_bio(src, b) else {
            i += 1;
            continue;
        };
        let mut body = b.clone();
        let mut bio = b.clone();
        body.pieces = cut(&b.pieces, 0, at - 1);
        bio.pieces = cut(&b.pieces, at, usize::MAX);
        body.text = plain_text(src, &body);
        bio.text = plain_text(src, &bio);
        body.outer = (b.outer.0, at - 1);
        bio.outer = (at, b.outer.1);
        bio.part = Part::Bio;
        bio.drop_capital = None;
        blocks[i] = body;
        blocks.insert(i + 1, bio);
        i += 2;
    }
}

/// The pieces of `pieces` inside `from..to`, text pieces cut at the limits.
fn cut(pieces: &[Piece], from: usize, to: usize) -> Vec<Piece> {
    pieces
        .iter()
        .filter(|p| p.end > from && p.start < to)
        .map(|p| {
            let mut p = p.clone();
            if p.kind == PieceKind::Text {
                p.start = p.start.max(from);
                p.end = p.end.min(to);
            }
            p
        })
        .filter(|p| p.start < p.end)
        .collect()
}

/// Where a biography in parentheses starts at the end of a body paragraph, if it does.
fn trailing_bio(src: &str, b: &RawBlock) -> Option<usize> {
    let (first, last) = (b.first(), b.last());
    let text = &src[first..last];
    if !text.ends_with(')') {
        return None;
    }
    let open = text.rfind(". (")? + 2;
    let inner = &text[open..];
    let at = first + open;
    let in_text = b
        .pieces
        .iter()
        .any(|p| p.kind == PieceKind::Text && p.start < at && at < p.end);
    (in_text && parts::bio_verb(inner) && !inner[1..].contains('(')).then_some(at)
}

// ---- Joins. ----

/// Decides which body paragraphs continue the previous one across a page break.
fn find_joins(src: &str, blocks: &mut [RawBlock]) {
    let mut open: Option<usize> = None;
    let mut between: Vec<usize> = Vec::new();
    for i in 0..blocks.len() {
        match blocks[i].role {
            Role::Furniture(_) => {
                between.push(i);
                continue;
            }
            Role::Debris => continue,
            Role::Content => {}
        }
        if let Some(a) = open {
            let b = &blocks[i];
            let continues = b.is_body_paragraph()
                && !ends_sentence(&blocks[a].text)
                && !thematic_break(src, blocks[a].last(), b.first())
                && b.text
                    .chars()
                    .find(|c| c.is_alphanumeric())
                    .is_some_and(|c| {
                        c.is_lowercase()
                            || !between.is_empty()
                            || page_break_gap(src, blocks[a].last(), b.first())
                    });
            if continues {
                let kind = if between
                    .iter()
                    .any(|&f| blocks[f].role == Role::Furniture(RepairKind::RunningHeader))
                {
                    RepairKind::RunningHeader
                } else {
                    RepairKind::PageBreak
                };
                blocks[i].join = Some(kind);
                for &f in &between {
                    blocks[f].absorbed = true;
                }
                between.clear();
                open = Some(i);
                continue;
            }
        }
        between.clear();
        open = blocks[i].is_body_paragraph().then_some(i);
    }
}

/// Whether a block's text ends like a sentence. An empty text ends nothing.
pub fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .chars()
        .last()
        .is_none_or(|c| TERMINAL.contains(&c))
}

/// Whether a gap holds a thematic break line (`---`, `***`, `___`).
fn thematic_break(src: &str, from: usize, to: usize) -> bool {
    src.get(from..to).unwrap_or("").lines().any(|l| {
        let t: String = l.chars().filter(|c| !c.is_whitespace()).collect();
        t.len() >= 3
            && (t.chars().all(|c| c == '-')
                || t.chars().all(|c| c == '*')
                || t.chars().all(|c| c == '_'))
    })
}

/// Evidence of a page break in a gap: a form feed. (Blank lines are not: converters put
/// two or three between ordinary paragraphs.)
fn page_break_gap(src: &str, from: usize, to: usize) -> bool {
    src.get(from..to).unwrap_or("").contains('\u{c}')
}

// ---- Drop capitals. ----

/// What the brief says about words: lower-case word counts and the hyphenated compounds it
/// writes within a line. The evidence for drop capitals and hyphenation.
pub struct Evidence {
    /// Lower-case word → count.
    pub words: BTreeMap<String, usize>,
    /// Lower-case hyphenated compounds written within a line.
    pub compounds: BTreeSet<String>,
}

impl Evidence {
    /// Counts the words of `text`.
    pub fn of(text: &str) -> Self {
        let mut words = BTreeMap::new();
        for w in text.split(|c: char| !c.is_alphabetic()) {
            if !w.is_empty() {
                *words.entry(w.to_lowercase()).or_insert(0) += 1;
            }
        }
        let compounds = text
            .split(|c: char| !(c.is_alphabetic() || c == '-'))
            .filter(|t| {
                t.contains('-') && !t.starts_with('-') && !t.ends_with('-') && !t.contains("--")
            })
            .map(str::to_lowercase)
            .collect();
        Evidence { words, compounds }
    }
}

/// A lost drop capital: the first body paragraph starts with a lower-case word `w`, and the
/// capital `C` chosen is the one for which `Cw` occurs most often as a word elsewhere in the
/// brief (the evidence). No evidence, no repair.
fn find_drop_capital(src: &str, blocks: &mut [RawBlock]) {
    let Some(b) = blocks.iter_mut().find(|b| b.is_body_paragraph()) else {
        return;
    };
    if b.join.is_some() {
        return;
    }
    let Some(p) = b.pieces.first().filter(|p| p.kind == PieceKind::Text) else {
        return;
    };
    let text = &src[p.start..p.end];
    // The word may follow an opening quotation mark or bracket.
    let lead = text
        .char_indices()
        .find(|(_, c)| !matches!(c, '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '['))
        .map_or(0, |(i, _)| i);
    let word: String = text[lead..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if word.is_empty() || !word.chars().all(|c| c.is_lowercase()) {
        return;
    }
    // The rest of the word may continue in the next piece; the evidence is the whole source.
    let evidence = Evidence::of(src);
    let best = ('a'..='z')
        .filter_map(|c| {
            let n = evidence
                .words
                .get(&format!("{c}{word}"))
                .copied()
                .unwrap_or(0);
            (n > 0).then_some((n, std::cmp::Reverse(c)))
        })
        .max();
    if let Some((_, std::cmp::Reverse(c))) = best {
        b.drop_capital = Some((p.start + lead, c.to_ascii_uppercase()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_in_their_common_forms() {
        for t in [
            "7",
            "12",
            "- 3 -",
            "Page 3",
            "Page 3 of 8",
            "page 12 of 40",
            "3 / 8",
            "Page iv",
        ] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["2024 was a year", "Page", "Chapter 3", "12345", "iv"] {
            assert!(!is_page_number(t), "{t}");
        }
    }

    #[test]
    fn template_tags_and_attribute_lists_are_debris() {
        let src =
            "a {% include x.html %} b {{ page.title }} c [l](u){: rel=\"nofollow\" } d {Curly} e";
        let found: Vec<&str> = debris_ranges(src)
            .iter()
            .map(|&(s, e)| &src[s..e])
            .collect();
        assert_eq!(
            found,
            [
                "{% include x.html %}",
                "{{ page.title }}",
                "{: rel=\"nofollow\" }"
            ]
        );
    }

    #[test]
    fn repetition_keys_ignore_numbers_and_case() {
        assert_eq!(
            key("2 ORF ISSUE BRIEF No. 380 l JULY 2020"),
            key("3 ORF Issue Brief No. 380 l July 2020")
        );
    }
}
