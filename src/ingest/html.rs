//! HTML into the layout, through a real HTML5 tokenizer (html5tokenizer) that reports the
//! source byte range of every token, so HTML gets the same offset guarantees as markdown: body
//! text kept, tags removed, character references decoded (`character-reference`), whitespace
//! runs collapsed (`line-join`), `<br>` a space, `<sup>` numbers footnote markers. Headings
//! (`h1`–`h6`) and block elements (`p`, `li`, `td`, `blockquote`, `figcaption`, `div`, …) make
//! blocks; `head`, `script`, `style`, `template`, `noscript`, `nav` are dropped; `figcaption`
//! marks a caption, so does a description list inside a `<header>` (the page's fields), and
//! `footer` the publisher footer. The same reader reads the HTML blocks of a
//! markdown brief. What the page says about itself (`<meta>`, `<title>`, `<link
//! rel="canonical">`, schema.org JSON-LD) is read by [`head`] for the metadata.

use html5tokenizer::offset::PosTrackingReader;
use html5tokenizer::trace::Trace;
use html5tokenizer::{NaiveParser, Token, TracingEmitter};

use super::chars;
use super::layout::{Kind, Layout, Piece, PieceKind, RawBlock};
use crate::model::{Part, RepairKind};

/// Elements whose content is never text of the brief (`nav`: site menus, breadcrumbs and
/// tables of contents, which repeat headings or name other pages).
const SKIPPED: &[&str] = &[
    "head", "script", "style", "template", "noscript", "title", "svg", "nav",
];
/// Elements that start and end a block. Comments and doctypes are not events: whatever lies
/// between two events is removed as markup.
const BLOCKS: &[&str] = &[
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "dd",
    "dt",
    "blockquote",
    "figcaption",
    "caption",
    "td",
    "th",
    "pre",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "aside",
    "main",
    "nav",
    "figure",
    "ul",
    "ol",
    "dl",
    "table",
    "tr",
    "body",
    "html",
    "address",
    "hr",
];

#[derive(Debug)]
enum Ev {
    Char {
        c: char,
        start: usize,
        end: usize,
    },
    Tag {
        name: String,
        open: bool,
        start: usize,
        end: usize,
        /// An `<a>` whose `href` points into the page (`#ftnt_ref1`).
        internal: bool,
    },
}

impl Ev {
    fn end(&self) -> usize {
        match self {
            Ev::Char { end, .. } | Ev::Tag { end, .. } => *end,
        }
    }
}

#[derive(Debug)]
struct HBlock {
    level: u8,
    /// Indexes of the first and last non-whitespace character events.
    first: usize,
    last: usize,
    text: String,
    caption: bool,
    footer: bool,
}

fn heading_level(name: &str) -> u8 {
    match name {
        "h1" => 1,
        "h2" => 2,
        "h3" => 3,
        "h4" => 4,
        "h5" => 5,
        "h6" => 6,
        _ => 0,
    }
}

fn events(src: &str, base: usize) -> Vec<Ev> {
    let parser =
        NaiveParser::new_with_emitter(PosTrackingReader::new(src), TracingEmitter::default());
    let mut out = Vec::new();
    // One past the last byte an event has covered: literal characters are placed from here when
    // the tokenizer's range for them is off (it can be, after a `<` that opens no tag).
    let mut pos = 0usize;
    // An element the page hides (`hidden`, `style="display:none"`): its name and how many
    // elements of that name are open inside it. Its text is never shown to a reader (an
    // e-mail's preheader, a menu's collapsed copy), so it yields no characters.
    let mut hidden: Option<(String, usize)> = None;
    for (token, trace) in parser.flatten() {
        match (&token, &mut hidden) {
            (Token::StartTag(t), Some((name, depth))) if *name == t.name && !t.self_closing => {
                *depth += 1;
            }
            (Token::EndTag(t), Some((name, depth))) if *name == t.name => {
                if *depth == 0 {
                    hidden = None;
                } else {
                    *depth -= 1;
                }
            }
            (Token::StartTag(t), None) if !VOID.contains(&t.name.as_str()) && is_hidden(t) => {
                hidden = Some((t.name.clone(), 0));
            }
            _ => {}
        }
        if hidden.is_some() && matches!(token, Token::Char(_)) {
            continue;
        }
        let ev = match (token, trace) {
            (Token::Char(c), Trace::Char(r)) => {
                let mut buf = [0u8; 4];
                let lit: &str = c.encode_utf8(&mut buf);
                let exact = src.get(r.start..r.end) == Some(lit);
                let reference = src.get(r.start..).is_some_and(|t| t.starts_with('&'));
                let (start, end) = if exact || reference {
                    (r.start, r.end)
                } else if src.get(pos..).is_some_and(|t| t.starts_with(lit)) {
                    (pos, pos + lit.len())
                } else {
                    (r.start, r.end)
                };
                Ev::Char { c, start, end }
            }
            (Token::StartTag(t), Trace::StartTag(tr)) => Ev::Tag {
                // Into the page itself: `#ftnt_ref1`, or pdftohtml's `brief.html#3`.
                internal: t.name == "a"
                    && t.attributes.get("href").is_some_and(|h| {
                        let h = h.trim_start();
                        h.starts_with('#') || (!h.contains("://") && h.contains(".html#"))
                    }),
                name: t.name,
                open: true,
                start: tr.span.start,
                end: tr.span.end,
            },
            (Token::EndTag(t), Trace::EndTag(tr)) => Ev::Tag {
                name: t.name,
                open: false,
                start: tr.span.start,
                end: tr.span.end,
                internal: false,
            },
            _ => continue,
        };
        pos = pos.max(ev.end());
        out.push(ev);
    }
    for ev in &mut out {
        match ev {
            Ev::Char { start, end, .. } | Ev::Tag { start, end, .. } => {
                *start += base;
                *end += base;
            }
        }
    }
    out
}

/// Elements that have no end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Whether a start tag hides its element from readers: the `hidden` attribute, or an inline
/// style with `display: none` or `visibility: hidden` (spaces and case ignored).
fn is_hidden(t: &html5tokenizer::StartTag) -> bool {
    if t.attributes.get("hidden").is_some() {
        return true;
    }
    t.attributes.get("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

fn hblocks(evs: &[Ev]) -> Vec<HBlock> {
    let mut out: Vec<HBlock> = Vec::new();
    let mut current: Option<HBlock> = None;
    let (mut skip, mut caption, mut footer) = (0usize, 0usize, 0usize);
    // A description list in a `<header>` holds the page's fields (`<dt>Published</dt>`,
    // `<dd>…</dd>`): read by the metadata, never body text.
    let (mut header, mut dl) = (0usize, 0usize);
    // A `<footer>` inside a `<blockquote>` is the quotation's attribution (`— Jane Doe,
    // Institute …`), part of the text, not the page's footer.
    let (mut quote, mut quote_footer) = (0usize, 0usize);
    let mut level = 0u8;
    let close = |current: &mut Option<HBlock>, out: &mut Vec<HBlock>| {
        if let Some(mut b) = current.take() {
            b.text = b.text.trim().to_owned();
            if !b.text.is_empty() {
                out.push(b);
            }
        }
    };
    for (i, ev) in evs.iter().enumerate() {
        match ev {
            Ev::Tag { name, open, .. } => {
                let name = name.as_str();
                if SKIPPED.contains(&name) {
                    if *open {
                        skip += 1;
                    } else {
                        skip = skip.saturating_sub(1);
                    }
                    continue;
                }
                let counter = match name {
                    "figcaption" => Some(&mut caption),
                    "blockquote" => Some(&mut quote),
                    "footer" if quote > 0 || (!*open && quote_footer > 0) => {
                        Some(&mut quote_footer)
                    }
                    "footer" => Some(&mut footer),
                    "header" => Some(&mut header),
                    "dl" => Some(&mut dl),
                    _ => None,
                };
                if let Some(c) = counter {
                    *c = if *open { *c + 1 } else { c.saturating_sub(1) };
                }
                if BLOCKS.contains(&name) {
                    close(&mut current, &mut out);
                    level = if *open { heading_level(name) } else { 0 };
                }
                if name == "br" {
                    if let Some(b) = current.as_mut() {
                        b.text.push(' ');
                    }
                }
            }
            Ev::Char { c, .. } if skip == 0 => {
                if c.is_whitespace() {
                    if let Some(b) = current.as_mut() {
                        if !b.text.ends_with(' ') {
                            b.text.push(' ');
                        }
                    }
                    continue;
                }
                let b = current.get_or_insert_with(|| HBlock {
                    level,
                    first: i,
                    last: i,
                    text: String::new(),
                    caption: caption > 0 || (header > 0 && dl > 0),
                    footer: footer > 0,
                });
                b.last = i;
                b.text.push(*c);
            }
            _ => {}
        }
    }
    close(&mut current, &mut out);
    out
}

fn is_reference(src: &str, start: usize) -> bool {
    src.get(start..).is_some_and(|t| t.starts_with('&'))
}

/// The end of a character reference (`&amp;`, `&#8212;`, `&#x2014;`) starting at `start`.
fn reference_end(src: &str, start: usize) -> Option<usize> {
    let rest = src.get(start..)?.strip_prefix('&')?;
    let run = rest
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    if run == 0 {
        return None;
    }
    let semi = usize::from(rest.as_bytes().get(run) == Some(&b';'));
    Some(start + 1 + run + semi)
}

/// Reads an HTML brief into its layout.
pub fn read(src: &str) -> Layout<'_> {
    let blocks = blocks_in(src, 0, src.len());
    // Pages laid out in lines (`pdftohtml`) mark no headings: they are found by their look,
    // as in plain text.
    let plain = blocks
        .iter()
        .any(|b| b.pieces.iter().any(|p| p.kind == PieceKind::Break));
    Layout {
        src,
        blocks,
        removals: Vec::new(),
        html: true,
        plain,
    }
}

/// The blocks of the HTML in `src[start..end]` (a whole page, or an HTML block of a markdown
/// brief), with offsets into `src`.
pub fn blocks_in(src: &str, start: usize, end: usize) -> Vec<RawBlock> {
    let Some(fragment) = src.get(start..end) else {
        return Vec::new();
    };
    let evs = events(fragment, start);
    let blocks: Vec<(RawBlock, Option<i64>)> = hblocks(&evs)
        .into_iter()
        .filter_map(|h| block(src, &evs, &h).map(|b| (b, position_top(src, &evs, &h))))
        .collect();
    super::lined::split_all(src, positioned_lines(blocks))
}

/// The top offset (px) of an absolutely positioned block, as `pdftohtml -c` sets every group
/// of a page's lines (`<p style="position:absolute;top:160px;left:108px;…">`).
fn position_top(src: &str, evs: &[Ev], h: &HBlock) -> Option<i64> {
    let open = evs[..h.first].iter().rev().find_map(|e| match e {
        Ev::Tag {
            name,
            open: true,
            start,
            end,
            ..
        } if BLOCKS.contains(&name.as_str()) => Some(&src[*start..*end]),
        _ => None,
    })?;
    let style: String = open
        .to_ascii_lowercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if !style.contains("position:absolute") {
        return None;
    }
    // `top:` as a property of its own (not `margin-top:` or `padding-top:`).
    let at = style
        .match_indices("top:")
        .find(|&(i, _)| i == 0 || matches!(style.as_bytes()[i - 1], b';' | b'"' | b'\''))?
        .0
        + 4;
    let digits: String = style[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    digits.parse().ok()
}

/// A page of absolutely positioned groups (`pdftohtml -c`, one `<p>` per group and often
/// per line or per run of one font) read as one block of lines: groups at the same top are
/// one line (a space between them), each new top a line break (a `</p>` … `<p>` piece that
/// [`super::lined`] reads like a `<br>`), a top above the last one a new page. Six or more
/// positioned paragraphs are needed; other blocks are left as they are.
fn positioned_lines(blocks: Vec<(RawBlock, Option<i64>)>) -> Vec<RawBlock> {
    let positioned = blocks
        .iter()
        .filter(|(b, t)| t.is_some() && b.kind == Kind::Paragraph && b.hint.is_none())
        .count();
    if positioned < 6 {
        return blocks.into_iter().map(|(b, _)| b).collect();
    }
    let mut out = Vec::new();
    let mut current: Option<(RawBlock, i64)> = None;
    for (b, top) in blocks {
        let top = top.filter(|_| b.kind == Kind::Paragraph && b.hint.is_none());
        match (top, current.take()) {
            (Some(t), Some((mut c, last))) if t >= last - 3 => {
                let (from, to) = (c.last(), b.first());
                let gap = if t <= last + 3 {
                    Piece::new(from, to, PieceKind::Space)
                } else {
                    Piece::new(from, to, PieceKind::Replace(RepairKind::Markup, " ".into()))
                };
                c.pieces.push(gap);
                c.pieces.extend(b.pieces);
                c.outer.1 = b.outer.1;
                current = Some((c, t));
            }
            (Some(t), previous) => {
                out.extend(previous.map(|(c, _)| c));
                current = Some((b, t));
            }
            (None, previous) => {
                out.extend(previous.map(|(c, _)| c));
                out.push(b);
            }
        }
    }
    out.extend(current.map(|(c, _)| c));
    out
}

/// The pieces of one block: literal characters are text, references are decoded, whitespace
/// runs are spaces, `<br>` is a space, a `<sup>` holding a number is a footnote marker; tags
/// and comments (what lies between pieces) are markup.
fn block(src: &str, evs: &[Ev], h: &HBlock) -> Option<RawBlock> {
    let mut pieces: Vec<Piece> = Vec::new();
    let mut sup: Option<(usize, usize)> = None;
    // An internal link being read (its start and the number of pieces before it): a number
    // linked into the page and glued to the word before it is a footnote marker (pdftohtml
    // keeps a PDF's footnote references as such links: `drought.<a href="b.html#2">1</a>`).
    let mut link: Option<(usize, usize)> = None;
    // The inline tags right after the block's last character close what it opened (`year.<sup>2</sup></p>`):
    // read them too, so that a note number at the block's end is a marker.
    let mut last = h.last;
    while let Some(Ev::Tag { name, .. }) = evs.get(last + 1) {
        if BLOCKS.contains(&name.as_str()) || name == "br" || SKIPPED.contains(&name.as_str()) {
            break;
        }
        last += 1;
    }
    let mut i = h.first;
    while i <= last {
        match &evs[i] {
            // Whitespace written as itself (a reference such as `&nbsp;` is decoded below).
            Ev::Char { c, start, end } if c.is_whitespace() && !is_reference(src, *start) => {
                let mut run_end = *end;
                let mut j = i + 1;
                while j <= last {
                    match &evs[j] {
                        Ev::Char {
                            c: c2,
                            start: s2,
                            end: e2,
                        } if c2.is_whitespace() && !is_reference(src, *s2) => {
                            run_end = *e2;
                            j += 1;
                        }
                        _ => break,
                    }
                }
                pieces.push(Piece::new(*start, run_end, PieceKind::Space));
                i = j;
                continue;
            }
            Ev::Char { c, start, end } => {
                // The characters of one reference share its start; the tokenizer's end is not
                // reliable for references, so the reference is measured here.
                let mut decoded = c.to_string();
                let mut j = i + 1;
                while j <= last {
                    match &evs[j] {
                        Ev::Char {
                            c: c2, start: s2, ..
                        } if s2 == start => {
                            decoded.push(*c2);
                            j += 1;
                        }
                        _ => break,
                    }
                }
                let end = reference_end(src, *start).unwrap_or(*end).max(*start);
                let original = src.get(*start..end).unwrap_or_default();
                if original == decoded {
                    match pieces.last_mut() {
                        Some(p) if p.kind == PieceKind::Text && p.end == *start => p.end = end,
                        _ => pieces.push(Piece::new(*start, end, PieceKind::Text)),
                    }
                } else {
                    pieces.push(Piece::new(
                        *start,
                        end,
                        PieceKind::Replace(
                            RepairKind::CharacterReference,
                            chars::normalize(&decoded).into_owned(),
                        ),
                    ));
                }
                i = j;
                continue;
            }
            Ev::Tag {
                name,
                open,
                start,
                end,
                internal,
            } => match (name.as_str(), open) {
                ("a", true) => link = internal.then_some((*start, pieces.len())),
                ("a", false) => {
                    if let Some((s, n)) = link.take() {
                        let inner = &pieces[n..];
                        let number = inner.len() == 1
                            && inner[0].kind == PieceKind::Text
                            && (1..=3).contains(&(inner[0].end - inner[0].start))
                            && src[inner[0].start..inner[0].end]
                                .bytes()
                                .all(|c| c.is_ascii_digit());
                        let glued = n > 0
                            && pieces[n - 1].kind == PieceKind::Text
                            && pieces[n - 1].end == s
                            && src[..s].ends_with(|c: char| !c.is_whitespace());
                        if number && glued {
                            let keep = (inner[0].start, inner[0].end);
                            pieces.truncate(n);
                            pieces.push(Piece::new(
                                s,
                                *end,
                                PieceKind::Marker {
                                    keep: Some(keep),
                                    space: false,
                                },
                            ));
                        }
                    }
                }
                ("br", _) => pieces.push(Piece::new(
                    *start,
                    *end,
                    PieceKind::Replace(RepairKind::Markup, " ".into()),
                )),
                ("sup", true) => sup = Some((*start, pieces.len())),
                ("sup", false) => {
                    if let Some((s, n)) = sup.take() {
                        let inner = &pieces[n..];
                        let number = !inner.is_empty()
                            && inner.iter().all(|p| {
                                p.kind == PieceKind::Text
                                    && src[p.start..p.end]
                                        .chars()
                                        .all(|c| c.is_ascii_digit() || c == ',')
                            });
                        if number {
                            let keep = (inner[0].start, inner[inner.len() - 1].end);
                            pieces.truncate(n);
                            pieces.push(Piece::new(
                                s,
                                *end,
                                PieceKind::Marker {
                                    keep: Some(keep),
                                    space: false,
                                },
                            ));
                        }
                    }
                }
                _ => {}
            },
        }
        i += 1;
    }
    // A `<sup>` left open ends with the block: its pieces stay as they are.
    while pieces.last().is_some_and(|p| p.kind == PieceKind::Space) {
        pieces.pop();
    }
    let first = pieces.first()?.start;
    let last = pieces.last()?.end;
    let kind = if h.level > 0 {
        Kind::Heading(h.level)
    } else {
        Kind::Paragraph
    };
    let mut b = RawBlock::new(kind, pieces, (first, last));
    let label = note_label(evs, h);
    b.hint = if h.footer {
        Some(Part::Footer)
    } else if h.caption {
        Some(Part::Caption)
    } else if label.is_some() {
        Some(Part::Notes)
    } else {
        None
    };
    b.label = label;
    Some(b)
}

/// The label of a footnote as word processors export it to HTML, when the block is one: the
/// paragraph opens with a link back into the page whose text is a note number (`<a
/// href="#ftnt_ref1" id="ftnt1">[1]</a> …` from Google Docs, `<a href="#_ftnref1">[1]</a>`
/// from Word; `1`, `[12]`, `[a]`, `*`), and more text follows it. The label is the number
/// without brackets.
fn note_label(evs: &[Ev], h: &HBlock) -> Option<String> {
    // The link must open before the block's first character, with only tags between.
    let mut k = h.first;
    let open_at = loop {
        k = k.checked_sub(1)?;
        match &evs[k] {
            Ev::Tag {
                name,
                open: true,
                internal: true,
                ..
            } if name == "a" => break k,
            Ev::Tag { name, .. } if BLOCKS.contains(&name.as_str()) => return None,
            Ev::Tag { .. } => {}
            Ev::Char { c, .. } if c.is_whitespace() => {}
            Ev::Char { .. } => return None,
        }
    };
    let mut text = String::new();
    let mut close_at = None;
    for (j, ev) in evs.iter().enumerate().skip(open_at + 1) {
        if j > h.last {
            break;
        }
        match ev {
            Ev::Tag {
                name, open: false, ..
            } if name == "a" => {
                close_at = Some(j);
                break;
            }
            Ev::Char { c, .. } => text.push(*c),
            Ev::Tag { .. } => {}
        }
    }
    let close_at = close_at?;
    let more_text = evs[close_at..=h.last]
        .iter()
        .any(|e| matches!(e, Ev::Char { c, .. } if c.is_alphanumeric()));
    let label = text
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim();
    let is_label = !label.is_empty()
        && label.chars().count() <= 4
        && (label.chars().all(|c| c.is_ascii_digit())
            || (label.chars().count() == 1 && label.chars().all(|c| c.is_ascii_lowercase()))
            || label
                .chars()
                .all(|c| matches!(c, '*' | '\u{2020}' | '\u{2021}')));
    (is_label && more_text).then(|| label.to_owned())
}

/// One `<meta>` (or `<link>`, `<title>`, JSON-LD script) of a page: what it says about the
/// page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeadItem {
    /// `<meta name|property="…" content="…">`: the name (lower case) and the content.
    Meta(String, String),
    /// `<title>…</title>`.
    Title(String),
    /// `<link rel="canonical" href="…">`.
    Canonical(String),
    /// The text of a `<script type="application/ld+json">`.
    JsonLd(String),
}

/// What a page says about itself, in source order.
pub fn head(src: &str) -> Vec<HeadItem> {
    let parser =
        NaiveParser::new_with_emitter(PosTrackingReader::new(src), TracingEmitter::default());
    let mut out = Vec::new();
    let mut capture: Option<(bool, String)> = None;
    for (token, _) in parser.flatten() {
        match token {
            Token::StartTag(t) => match t.name.as_str() {
                "meta" => {
                    let name = t
                        .attributes
                        .get("name")
                        .or_else(|| t.attributes.get("property"))
                        .or_else(|| t.attributes.get("itemprop"));
                    if let (Some(n), Some(c)) = (name, t.attributes.get("content")) {
                        out.push(HeadItem::Meta(n.to_ascii_lowercase(), c.trim().to_owned()));
                    }
                }
                "link" => {
                    let rel = t.attributes.get("rel").unwrap_or("").to_ascii_lowercase();
                    if let (true, Some(h)) = (
                        rel.split_whitespace().any(|r| r == "canonical"),
                        t.attributes.get("href"),
                    ) {
                        out.push(HeadItem::Canonical(h.trim().to_owned()));
                    }
                }
                "title" => capture = Some((false, String::new())),
                "script" => {
                    let ty = t.attributes.get("type").unwrap_or("").to_ascii_lowercase();
                    if ty.trim() == "application/ld+json" {
                        capture = Some((true, String::new()));
                    }
                }
                _ => {}
            },
            Token::Char(c) => {
                if let Some((_, text)) = capture.as_mut() {
                    text.push(c);
                }
            }
            Token::EndTag(t) if matches!(t.name.as_str(), "title" | "script") => {
                if let Some((json, text)) = capture.take() {
                    out.push(if json {
                        HeadItem::JsonLd(text)
                    } else {
                        HeadItem::Title(super::layout::collapse(&text))
                    });
                }
            }
            _ => {}
        }
    }
    out
}

/// `href="…"` values of the page's links that are web addresses.
pub fn hrefs(src: &str) -> Vec<(String, usize)> {
    if !src.contains("href") {
        return Vec::new();
    }
    let parser =
        NaiveParser::new_with_emitter(PosTrackingReader::new(src), TracingEmitter::default());
    let mut out = Vec::new();
    for (token, trace) in parser.flatten() {
        if let (Token::StartTag(t), Trace::StartTag(tr)) = (token, trace) {
            if t.name == "a" {
                if let Some(h) = t.attributes.get("href") {
                    let h = h.trim();
                    if h.starts_with("http://") || h.starts_with("https://") {
                        out.push((h.to_owned(), tr.span.end));
                    }
                }
            }
        }
    }
    out
}
