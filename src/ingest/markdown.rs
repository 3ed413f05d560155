//! Markdown through a real CommonMark parser: pulldown-cmark's offset iterator, with GFM
//! tables, footnotes, strikethrough and YAML (`---`) / TOML (`+++`) metadata blocks. Markdown
//! syntax is the parser's business; this reader turns its events into the layout's blocks and
//! pieces ([`super::layout`]), which briefkg's own code then reads for brief structure and PDF
//! debris.
//!
//! - Paragraphs, headings, list items, quotations and table cells are blocks; footnote
//!   definitions are notes with their labels; a metadata block is front matter (removed, read
//!   as metadata).
//! - Text is copied; character references and backslash escapes are decoded
//!   (`character-reference`; the backslash is markup); soft and hard line breaks are line
//!   joins; footnote references (`[^1]`) and `<sup>` numbers are footnote markers; `<br>` is
//!   a space; every other tag, emphasis mark, link destination and title, reference
//!   definition, image (with its alternative text) and table rule is markup.
//! - HTML blocks are read with the HTML reader ([`super::html`]).
//! - A bold run that fills the first lines of a paragraph and is followed by more text on
//!   the next line is a run-in heading (`**Program Status**` / `The Army…`), made a heading.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::chars;
use super::layout::{Kind, Layout, Piece, PieceKind, RawBlock};
use crate::model::{Part, RepairKind};

/// The parser options briefkg reads markdown with.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
}

/// A leaf block being read.
struct Open {
    kind: Kind,
    outer: (usize, usize),
    pieces: Vec<Piece>,
    /// Whether each piece was inside strong emphasis.
    bold: Vec<bool>,
    /// The text of the bold run opening the block, once it is closed.
    lead_strong: Option<String>,
    hint: Option<Part>,
    label: Option<String>,
    paragraph: bool,
    list_item: bool,
    /// Whether each piece was inside a link.
    linked: Vec<bool>,
    /// Whether an image was read in the block.
    image: bool,
}

struct Reader<'a> {
    src: &'a str,
    blocks: Vec<RawBlock>,
    removals: Vec<(usize, usize, RepairKind)>,
    open: Option<Open>,
    /// The containers' ranges (list item, quotation), for implicit paragraphs, and whether
    /// each is a list item.
    container: Vec<(usize, usize)>,
    items: usize,
    strong: usize,
    image: usize,
    /// Link depth.
    link: usize,
    /// A back-link into the page being read (`[↩](#fnref1)`): the number of pieces before it.
    backlink: Option<usize>,
    /// The numbers of the open ordered lists' current items (`None` for a bullet list).
    numbers: Vec<Option<u64>>,
    /// The last block closed was an image alone: a short paragraph after it with a credit is
    /// its caption.
    after_image: bool,
    table: usize,
    row: usize,
    footnote: Option<String>,
    /// Whether the footnote definition's first block is still to come (it gets the label).
    note_first: bool,
    /// A `<sup>` being read: its start and the number of pieces before it.
    sup: Option<(usize, usize)>,
    html_block: Option<(usize, usize)>,
    /// A closing tag just ended: a `>` right after it is debris of the extraction.
    after_close_tag: bool,
    /// Inside a `---` block that is not at the start: text of the brief, not front matter.
    inner_metadata: bool,
    /// Inside the front matter: its text is metadata, read elsewhere.
    front_matter: bool,
}

/// Reads a markdown brief into its layout.
pub fn read(src: &str) -> Layout<'_> {
    let bom = if src.starts_with('\u{feff}') { 3 } else { 0 };
    // A web reader's header (Jina Reader's `Title:` … `Markdown Content:`) is front matter.
    let header = super::text::reader_header_end(&src[bom..]).map(|n| bom + n);
    let offset = header.unwrap_or(bom);
    let mut r = Reader {
        src,
        blocks: Vec::new(),
        removals: Vec::new(),
        open: None,
        container: Vec::new(),
        items: 0,
        strong: 0,
        image: 0,
        link: 0,
        backlink: None,
        numbers: Vec::new(),
        after_image: false,
        table: 0,
        row: 0,
        footnote: None,
        note_first: false,
        sup: None,
        html_block: None,
        after_close_tag: false,
        inner_metadata: false,
        front_matter: false,
    };
    if let Some(end) = header {
        r.removals.push((bom, end, RepairKind::FrontMatter));
    }
    for (event, range) in Parser::new_ext(&src[offset..], options()).into_offset_iter() {
        r.event(event, (range.start + offset, range.end + offset));
    }
    r.close();
    Layout {
        src,
        blocks: r.blocks,
        removals: r.removals,
        html: false,
        plain: false,
    }
}

/// The destination of every link (inline, reference, autolink) of a markdown text, in order.
pub fn link_targets(src: &str) -> Vec<String> {
    Parser::new_ext(src, options())
        .filter_map(|e| match e {
            Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.into_string()),
            _ => None,
        })
        .collect()
}

impl<'a> Reader<'a> {
    /// Where the text starts (after a byte order mark).
    fn offset_start(&self) -> usize {
        if self.src.starts_with('\u{feff}') {
            3
        } else {
            0
        }
    }

    fn event(&mut self, event: Event<'_>, (s, e): (usize, usize)) {
        if self.front_matter && !matches!(event, Event::End(_)) {
            return;
        }
        let after_close_tag = std::mem::take(&mut self.after_close_tag);
        match event {
            Event::Start(tag) => self.start(tag, (s, e)),
            Event::End(tag) => self.end(tag, (s, e)),
            Event::Text(t) if self.inner_metadata => {
                // Lines of a fenced block that is not front matter: text joined by breaks.
                let mut at = s;
                for line in self.src[s..e].split_inclusive('\n') {
                    let content = line.trim_end();
                    let lead = content.len() - content.trim_start().len();
                    if content.trim().is_empty() {
                        at += line.len();
                        continue;
                    }
                    let (ts, te) = (at + lead, at + content.len());
                    let prev = self
                        .open
                        .as_ref()
                        .and_then(|o| o.pieces.last())
                        .map(|p| p.end);
                    if let Some(prev) = prev {
                        self.piece(prev, ts, PieceKind::Break);
                    }
                    self.piece(ts, te, PieceKind::Text);
                    at += line.len();
                }
                let _ = t;
            }
            Event::Text(t) => {
                if self.image > 0 {
                    return;
                }
                if self.html_block.is_some() {
                    return;
                }
                let (mut s, mut t) = (s, t);
                if after_close_tag && t.starts_with('>') && self.src[s..e].starts_with('>') {
                    self.piece(
                        s,
                        s + 1,
                        PieceKind::Replace(RepairKind::Debris, String::new()),
                    );
                    s += 1;
                    t = pulldown_cmark::CowStr::from(t[1..].to_owned());
                    if s == e {
                        return;
                    }
                }
                let raw = &self.src[s..e];
                let kind = if raw == &*t {
                    PieceKind::Text
                } else if raw.starts_with('&') {
                    PieceKind::Replace(
                        RepairKind::CharacterReference,
                        chars::normalize(&t).into_owned(),
                    )
                } else if let Some(at) = raw.find(&*t) {
                    // The parser's text is inside the range (an escape's backslash before it).
                    self.piece(s + at, s + at + t.len(), PieceKind::Text);
                    return;
                } else {
                    PieceKind::Replace(RepairKind::Markup, chars::normalize(&t).into_owned())
                };
                self.piece(s, e, kind);
            }
            Event::Code(t) => {
                if self.image > 0 {
                    return;
                }
                let raw = &self.src[s..e];
                match raw.find(&*t) {
                    Some(at) if !t.is_empty() => {
                        self.piece(s + at, s + at + t.len(), PieceKind::Text)
                    }
                    _ => self.piece(
                        s,
                        e,
                        PieceKind::Replace(RepairKind::Markup, t.into_string()),
                    ),
                }
            }
            Event::SoftBreak | Event::HardBreak if self.image == 0 => {
                self.piece(s, e, PieceKind::Break);
            }
            Event::FootnoteReference(_) => self.piece(
                s,
                e,
                PieceKind::Marker {
                    keep: None,
                    space: false,
                },
            ),
            Event::InlineHtml(h) => {
                self.inline_html(&h, (s, e));
                self.after_close_tag = h.starts_with("</");
            }
            Event::Html(_) => {
                if let Some(b) = self.html_block.as_mut() {
                    b.1 = b.1.max(e);
                }
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, (s, e): (usize, usize)) {
        match tag {
            Tag::Paragraph => self.open_leaf(Kind::Paragraph, (s, e), true),
            Tag::Heading { level, .. } => self.open_leaf(Kind::Heading(level as u8), (s, e), false),
            Tag::CodeBlock(_) => self.open_leaf(Kind::Paragraph, (s, e), false),
            Tag::TableCell => self.open_leaf(
                Kind::Cell {
                    table: self.table,
                    row: self.row,
                },
                (s, e),
                false,
            ),
            Tag::Table(_) => {
                self.close();
                self.table += 1;
                self.row = 0;
            }
            Tag::TableHead => self.row = 0,
            Tag::TableRow => self.row += 1,
            Tag::Strong => {
                self.strong += 1;
            }
            Tag::Image { .. } => {
                self.image += 1;
                if let Some(o) = self.open.as_mut() {
                    o.image = true;
                }
            }
            Tag::Link { dest_url, .. } => {
                self.link += 1;
                // A fragment naming a reference (`#fnref1`, `#ref2`; web readers make it
                // absolute: `https://…/page#fnref1`).
                let d = dest_url.to_ascii_lowercase();
                if d.split_once('#').is_some_and(|(_, f)| f.contains("ref")) {
                    self.backlink = Some(self.open.as_ref().map_or(0, |o| o.pieces.len()));
                }
            }
            Tag::FootnoteDefinition(label) => {
                self.close();
                self.footnote = Some(label.into_string());
                self.note_first = true;
            }
            Tag::MetadataBlock(_) => {
                self.close();
                // Front matter only opens a file; a fenced block further down is text.
                if self.src[self.offset_start()..s].trim().is_empty() {
                    self.removals.push((s, e, RepairKind::FrontMatter));
                    self.front_matter = true;
                } else {
                    self.inner_metadata = true;
                    self.open_leaf(Kind::Paragraph, (s, e), false);
                }
            }
            Tag::HtmlBlock => {
                self.close();
                self.html_block = Some((s, s));
            }
            Tag::BlockQuote(_) | Tag::List(_) | Tag::Item => {
                self.close();
                self.container.push((s, e));
                match tag {
                    Tag::Item => {
                        self.items += 1;
                        if let Some(Some(k)) = self.numbers.last_mut() {
                            *k += 1;
                        }
                    }
                    Tag::List(start) => self.numbers.push(start.map(|n| n.saturating_sub(1))),
                    _ => {}
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, _range: (usize, usize)) {
        match tag {
            TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::CodeBlock | TagEnd::TableCell => {
                self.close()
            }
            TagEnd::Strong => {
                self.strong = self.strong.saturating_sub(1);
                if self.strong == 0 {
                    if let Some(o) = self.open.as_mut() {
                        if o.lead_strong.is_none()
                            && o.bold.first() == Some(&true)
                            && o.bold.iter().all(|b| *b)
                        {
                            let pieces = o.pieces.clone();
                            let text = pieces_text(self.src, &pieces);
                            o.lead_strong = Some(text);
                        }
                    }
                }
            }
            TagEnd::Image => self.image = self.image.saturating_sub(1),
            TagEnd::Link => {
                self.link = self.link.saturating_sub(1);
                if let Some(n) = self.backlink.take() {
                    self.back_link(n);
                }
            }
            TagEnd::MetadataBlock(_) => {
                self.front_matter = false;
                if std::mem::take(&mut self.inner_metadata) {
                    self.close();
                }
            }
            TagEnd::FootnoteDefinition => {
                self.close();
                self.footnote = None;
            }
            TagEnd::HtmlBlock => {
                if let Some((s, e)) = self.html_block.take() {
                    let mut blocks = super::html::blocks_in(self.src, s, e);
                    for b in &mut blocks {
                        if self.footnote.is_some() {
                            b.hint = Some(Part::Notes);
                        }
                    }
                    self.blocks.extend(blocks);
                }
            }
            TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Item => {
                if matches!(tag, TagEnd::List(_)) {
                    self.numbers.pop();
                }
                self.close();
                self.container.pop();
                if matches!(tag, TagEnd::Item) {
                    self.items = self.items.saturating_sub(1);
                }
            }
            _ => {}
        }
    }

    /// A link back into the page (`[↩](#fnref1)`, `[^](#ref1)`) whose text is an arrow or a
    /// caret, read after the first `n` pieces of the open block: its text is markup, and the
    /// list item holding it is a note, labelled with the item's number (footnotes as WordPress,
    /// Ghost and web readers render them).
    fn back_link(&mut self, n: usize) {
        let src = self.src;
        let number = self.numbers.last().copied().flatten();
        let in_item = self.items > 0;
        let Some(o) = self.open.as_mut() else {
            return;
        };
        let inner: String = o.pieces[n.min(o.pieces.len())..]
            .iter()
            .map(|p| &src[p.start..p.end])
            .collect();
        let arrow = matches!(
            inner
                .trim()
                .trim_end_matches('\u{fe0e}')
                .trim_end_matches('\u{fe0f}'),
            "\u{21a9}" | "^" | "\u{2191}" | "\u{2934}" | "\u{23ce}"
        );
        if !arrow || !in_item {
            return;
        }
        for p in &mut o.pieces[n..] {
            p.kind = PieceKind::Replace(RepairKind::Markup, String::new());
        }
        o.hint = Some(Part::Notes);
        if o.label.is_none() {
            o.label = number.map(|k| k.to_string());
        }
    }

    fn open_leaf(&mut self, kind: Kind, outer: (usize, usize), paragraph: bool) {
        self.close();
        let label = if self.note_first {
            self.note_first = false;
            self.footnote.clone()
        } else {
            None
        };
        self.open = Some(Open {
            kind,
            outer,
            pieces: Vec::new(),
            bold: Vec::new(),
            lead_strong: None,
            hint: self.footnote.as_ref().map(|_| Part::Notes),
            label,
            paragraph,
            list_item: self.items > 0,
            linked: Vec::new(),
            image: false,
        });
    }

    fn piece(&mut self, s: usize, e: usize, kind: PieceKind) {
        if self.open.is_none() {
            // Text straight inside a list item (a tight list): an implicit paragraph.
            let outer = self.container.last().copied().unwrap_or((s, e));
            self.open_leaf(Kind::Paragraph, (s, outer.1.max(e)), false);
        }
        let bold = self.strong > 0;
        let linked = self.link > 0;
        if let Some(o) = self.open.as_mut() {
            // Merge adjacent text pieces.
            if kind == PieceKind::Text {
                if let Some(last) = o.pieces.last_mut() {
                    if last.kind == PieceKind::Text
                        && last.end == s
                        && o.bold.last() == Some(&bold)
                        && o.linked.last() == Some(&linked)
                    {
                        last.end = e;
                        return;
                    }
                }
            }
            o.pieces.push(Piece::new(s, e, kind));
            o.bold.push(bold);
            o.linked.push(linked);
        }
    }

    fn inline_html(&mut self, h: &str, (s, e): (usize, usize)) {
        let lower = h.trim().to_ascii_lowercase();
        let name: String = lower
            .trim_start_matches('<')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '/')
            .collect();
        match name.as_str() {
            "br" | "br/" => self.piece(s, e, PieceKind::Replace(RepairKind::Markup, " ".into())),
            "sup" => {
                let n = self.open.as_ref().map_or(0, |o| o.pieces.len());
                self.sup = Some((s, n));
            }
            "/sup" => {
                let Some((start, n)) = self.sup.take() else {
                    return;
                };
                let src = self.src;
                if let Some(o) = self.open.as_mut() {
                    let inner: Vec<&Piece> = o.pieces.iter().skip(n).collect();
                    let numbers = !inner.is_empty()
                        && inner.iter().all(|p| {
                            p.kind == PieceKind::Text
                                && src[p.start..p.end]
                                    .chars()
                                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '-' | ' '))
                        });
                    if numbers {
                        let keep = (inner[0].start, inner[inner.len() - 1].end);
                        o.pieces.truncate(n);
                        o.bold.truncate(n);
                        o.pieces.push(Piece::new(
                            start,
                            e,
                            PieceKind::Marker {
                                keep: Some(keep),
                                space: false,
                            },
                        ));
                        o.bold.push(false);
                    }
                }
            }
            _ => {}
        }
    }

    fn close(&mut self) {
        let Some(mut o) = self.open.take() else {
            return;
        };
        if o.pieces.is_empty() {
            self.after_image = o.image;
            return;
        }
        let after_image = std::mem::take(&mut self.after_image);
        let src = self.src;
        let texts = || {
            o.pieces.iter().zip(&o.linked).filter(|(p, _)| {
                p.kind == PieceKind::Text && !src[p.start..p.end].trim().is_empty()
            })
        };
        let link_only = texts().next().is_some() && texts().all(|(_, &l)| l);
        if after_image
            && o.paragraph
            && o.hint.is_none()
            && is_credited_caption(&pieces_text(src, &o.pieces))
        {
            o.hint = Some(Part::Caption);
        }
        let run_in = if o.paragraph && o.hint.is_none() {
            run_in_heading(&o)
        } else {
            None
        };
        let mut push =
            |kind: Kind, pieces: Vec<Piece>, outer: (usize, usize), lead: Option<String>| {
                let mut b = RawBlock::new(kind, pieces, outer);
                b.hint = o.hint;
                b.label = o.label.clone();
                b.lead_strong = lead;
                b.list_item = o.list_item;
                b.link_only = link_only;
                self.blocks.push(b);
            };
        match run_in {
            Some(k) => {
                let heading: Vec<Piece> = o.pieces[..k]
                    .iter()
                    .map(|p| match p.kind {
                        PieceKind::Break => Piece::new(p.start, p.end, PieceKind::Space),
                        _ => p.clone(),
                    })
                    .collect();
                let rest = o.pieces[k + 1..].to_vec();
                let split = o.pieces[k + 1].start;
                push(
                    Kind::Heading(4),
                    heading,
                    (o.outer.0, o.pieces[k].end),
                    None,
                );
                push(Kind::Paragraph, rest, (split, o.outer.1), None);
            }
            None => push(o.kind, o.pieces, o.outer, o.lead_strong),
        }
    }
}

/// Whether a paragraph right after an image is its caption: at most 60 words, with a credit
/// (`Photo: …`, `Photograph by …`, `Image: …`, `Credit: …`, `(Photo …)`, `©`, `Map: …`,
/// `Chart: …`).
fn is_credited_caption(text: &str) -> bool {
    const CREDITS: &[&str] = &[
        "photo:",
        "photo by",
        "photograph:",
        "photograph by",
        "photos:",
        "image:",
        "image by",
        "credit:",
        "(photo",
        "\u{a9}",
        "picture:",
        "illustration:",
        "map:",
        "chart:",
        "graphic:",
        "infographic:",
    ];
    let lower = text.to_lowercase();
    text.split_whitespace().count() <= 60 && CREDITS.iter().any(|c| lower.contains(c))
}

/// Where a run-in heading ends: the index of the line break after the bold lines that open a
/// paragraph, when text that is not bold follows.
fn run_in_heading(o: &Open) -> Option<usize> {
    let mut split = None;
    for (i, p) in o.pieces.iter().enumerate() {
        if p.kind == PieceKind::Break {
            if i == 0
                || !o.bold[..i]
                    .iter()
                    .zip(&o.pieces[..i])
                    .all(|(b, p)| *b || p.kind == PieceKind::Break)
            {
                break;
            }
            split = Some(i);
            continue;
        }
        if !o.bold[i] {
            break;
        }
    }
    let k = split?;
    let rest_has_text = o.pieces[k + 1..]
        .iter()
        .zip(&o.bold[k + 1..])
        .any(|(p, b)| !*b && p.kind == PieceKind::Text);
    rest_has_text.then_some(k)
}

/// The plain text of a list of pieces.
fn pieces_text(src: &str, pieces: &[Piece]) -> String {
    let mut out = String::new();
    for p in pieces {
        match &p.kind {
            PieceKind::Text => out.push_str(&chars::normalize(&src[p.start..p.end])),
            PieceKind::Replace(_, r) => out.push_str(r),
            PieceKind::Space | PieceKind::Break => out.push(' '),
            PieceKind::Marker { .. } => {}
        }
    }
    super::layout::collapse(&out)
}
