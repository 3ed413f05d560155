//! The clean text of an HTML brief, through a real HTML5 tokenizer (html5tokenizer) that
//! reports the source byte range of every token, so HTML gets the same offset guarantees as
//! markdown: body text kept, tags removed, character references decoded, whitespace collapsed,
//! each change a recorded repair. Headings (`h1`–`h6`) and block elements (`p`, `li`,
//! `blockquote`, `figcaption`, …) make blocks; `head`, `script`, `style`, `template`,
//! `noscript` are dropped; `figcaption` marks a caption and `footer` the publisher footer.
//! Link targets (`href`) are read as metadata URLs from the source.

use html5tokenizer::offset::PosTrackingReader;
use html5tokenizer::trace::Trace;
use html5tokenizer::{NaiveParser, Token, TracingEmitter};

use super::parts::{classify, BlockText};
use super::{BlockDraft, CleanBuilder};
use crate::model::{BlockKind, CleanText, Part, RepairKind, Span};

/// Elements whose content is never text of the brief.
const SKIPPED: &[&str] = &[
    "head", "script", "style", "template", "noscript", "title", "svg",
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
    },
}

impl Ev {
    fn start(&self) -> usize {
        match self {
            Ev::Char { start, .. } | Ev::Tag { start, .. } => *start,
        }
    }

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

fn events(src: &str) -> Vec<Ev> {
    let parser =
        NaiveParser::new_with_emitter(PosTrackingReader::new(src), TracingEmitter::default());
    let mut out = Vec::new();
    // One past the last byte an event has covered: literal characters are placed from here when
    // the tokenizer's range for them is off (it can be, after a `<` that opens no tag).
    let mut pos = 0usize;
    for (token, trace) in parser.flatten() {
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
            },
            _ => continue,
        };
        pos = pos.max(ev.end());
        out.push(ev);
    }
    out
}

fn blocks(evs: &[Ev]) -> Vec<HBlock> {
    let mut out: Vec<HBlock> = Vec::new();
    let mut current: Option<HBlock> = None;
    let (mut skip, mut caption, mut footer) = (0usize, 0usize, 0usize);
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
                    "footer" => Some(&mut footer),
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
                    caption: caption > 0,
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

/// Builds the clean text of an HTML brief and its blocks.
pub fn clean(src: &str) -> (CleanText, Vec<BlockDraft>) {
    let evs = events(src);
    let hblocks = blocks(&evs);
    let texts: Vec<BlockText> = hblocks
        .iter()
        .map(|b| BlockText {
            level: b.level,
            text: b.text.clone(),
        })
        .collect();
    let parts = classify(&texts);
    let mut b = CleanBuilder::new(src);
    let mut drafts = Vec::new();
    for (n, (blk, (part, running_header))) in hblocks.iter().zip(parts).enumerate() {
        let Ev::Char { start, .. } = evs[blk.first] else {
            continue;
        };
        b.replace_to(
            start,
            RepairKind::Markup,
            if n == 0 { "" } else { "\n\n" },
            false,
        );
        let clean_start = b.clean_pos();
        let mut space = false;
        let mut i = blk.first;
        while i <= blk.last {
            // Comments and anything else between tokens is markup too.
            b.replace_to(evs[i].start(), RepairKind::Markup, "", false);
            match &evs[i] {
                Ev::Char { c, start, end } if c.is_whitespace() => {
                    // A run of whitespace becomes one space (none after a space already).
                    let mut run_end = *end;
                    let mut j = i + 1;
                    while let Some(Ev::Char { c: c2, end: e2, .. }) = evs.get(j) {
                        if !c2.is_whitespace() || j > blk.last {
                            break;
                        }
                        run_end = *e2;
                        j += 1;
                    }
                    if space {
                        b.replace_to(run_end, RepairKind::LineJoin, "", false);
                    } else if src.get(*start..run_end) == Some(" ") {
                        b.copy_to(run_end);
                    } else {
                        b.replace_to(run_end, RepairKind::LineJoin, " ", false);
                    }
                    space = true;
                    i = j;
                    continue;
                }
                Ev::Char { c, start, end } => {
                    // The characters of one reference share its start; the tokenizer's end is
                    // not reliable for references, so the reference is measured here.
                    let mut decoded = c.to_string();
                    let mut j = i + 1;
                    while let Some(Ev::Char {
                        c: c2, start: s2, ..
                    }) = evs.get(j)
                    {
                        if s2 != start || j > blk.last {
                            break;
                        }
                        decoded.push(*c2);
                        j += 1;
                    }
                    let end = reference_end(src, *start).unwrap_or(*end);
                    let original = src.get(*start..end).unwrap_or_default();
                    if original == decoded {
                        b.copy_to(end);
                    } else {
                        b.replace_to(end, RepairKind::CharacterReference, &decoded, false);
                    }
                    space = false;
                    i = j;
                    continue;
                }
                Ev::Tag { name, .. } if name == "br" && !space => {
                    b.replace_to(evs[i].end(), RepairKind::Markup, " ", false);
                    space = true;
                }
                ev => b.replace_to(ev.end(), RepairKind::Markup, "", false),
            }
            i += 1;
        }
        let part = if blk.footer {
            Part::Footer
        } else if blk.caption {
            Part::Caption
        } else {
            part
        };
        if running_header {
            continue;
        }
        drafts.push(BlockDraft {
            kind: if blk.level > 0 {
                BlockKind::Heading { level: blk.level }
            } else {
                BlockKind::Paragraph
            },
            part,
            span: Span::new(clean_start, b.clean_pos()),
        });
    }
    b.replace_to(src.len(), RepairKind::Markup, "\n", false);
    (b.finish(), drafts)
}
