//! The clean text of a markdown (or plain-text) brief: markup removed, layout debris repaired,
//! blocks found and assigned to the parts of a brief.
//!
//! The pass works in three steps over the source lines: find raw blocks (runs of text lines and
//! heading lines), decide what every block is and which gaps between blocks must be joined
//! (a running header or a page break inside a sentence), then emit the clean text through the
//! [`CleanBuilder`], which records every change as a [`crate::model::Repair`].

use std::collections::{BTreeMap, BTreeSet};

use super::parts::{bio_verb, BlockText};
use super::CleanBuilder;
use crate::model::{BlockKind, CleanText, Part, RepairKind, Span};

/// A block of the clean text before anchoring: kind, part and clean span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockDraft {
    /// Heading or paragraph.
    pub kind: BlockKind,
    /// Part of the brief.
    pub part: Part,
    /// Span in the clean text.
    pub span: Span,
}

/// One source line: `start..end` is its content without the line ending.
#[derive(Debug, Clone, Copy)]
struct Line {
    start: usize,
    end: usize,
}

#[derive(Debug, Clone)]
struct RawBlock {
    /// Index of the first and one past the last line.
    first: usize,
    last: usize,
    /// Heading level, 0 for a paragraph.
    level: u8,
    /// Byte offset where the content starts (after a heading marker).
    content_start: usize,
    /// Byte offset where the content ends.
    content_end: usize,
    part: Part,
    running_header: bool,
}

/// Characters that end a sentence at the end of a block.
const TERMINAL: &[char] = &['.', '!', '?', ':', ';', '"', '\u{201d}', ')', ']', '\''];
/// Superscript digits used as footnote markers.
const SUPERSCRIPTS: &[char] = &['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰'];

fn split_lines(src: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    for (i, b) in src.bytes().enumerate() {
        if b == b'\n' {
            let end = if i > start && src.as_bytes()[i - 1] == b'\r' {
                i - 1
            } else {
                i
            };
            lines.push(Line { start, end });
            start = i + 1;
        }
    }
    if start < src.len() {
        lines.push(Line {
            start,
            end: src.len(),
        });
    }
    lines
}

fn heading_level(line: &str) -> Option<(u8, usize)> {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with([' ', '\t']) {
        let ws = line[hashes..].len() - line[hashes..].trim_start().len();
        Some((hashes as u8, hashes + ws))
    } else {
        None
    }
}

/// The text of a raw range with markup stripped, for classification only (no offsets kept).
fn plain(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '*' => {}
            '<' => {
                for d in chars.by_ref() {
                    if d == '>' {
                        break;
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out.trim().to_owned()
}

/// What the brief itself says about words: lower-case word counts and the hyphenated
/// compounds it writes within a line. The evidence for drop capitals and hyphenation.
struct Evidence {
    words: BTreeMap<String, usize>,
    compounds: BTreeSet<String>,
}

impl Evidence {
    fn of(text: &str) -> Self {
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

/// Builds the clean text of `src` and its blocks.
pub fn clean(src: &str) -> (CleanText, Vec<BlockDraft>) {
    let lines = split_lines(src);
    let blocks = classify(src, raw_blocks(src, &lines));
    let words = Evidence::of(src);
    emit(src, &lines, &blocks, &words)
}

fn raw_blocks(src: &str, lines: &[Line]) -> Vec<RawBlock> {
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let text = &src[lines[i].start..lines[i].end];
        if text.trim().is_empty() {
            i += 1;
            continue;
        }
        if let Some((level, skip)) = heading_level(text) {
            blocks.push(RawBlock {
                first: i,
                last: i + 1,
                level,
                content_start: lines[i].start + skip,
                content_end: lines[i].start + text.trim_end().len().max(skip),
                part: Part::Body,
                running_header: false,
            });
            i += 1;
            continue;
        }
        let first = i;
        while i < lines.len() {
            let t = &src[lines[i].start..lines[i].end];
            if t.trim().is_empty() || heading_level(t).is_some() {
                break;
            }
            i += 1;
        }
        let lead = text.len() - text.trim_start().len();
        let last_line = lines[i - 1];
        let last_text = &src[last_line.start..last_line.end];
        blocks.push(RawBlock {
            first,
            last: i,
            level: 0,
            content_start: lines[first].start + lead,
            content_end: last_line.start + last_text.trim_end().len(),
            part: Part::Body,
            running_header: false,
        });
    }
    blocks
}

/// Assigns parts and spots running headers (see [`super::parts::classify`]).
fn classify(src: &str, mut blocks: Vec<RawBlock>) -> Vec<RawBlock> {
    let texts: Vec<BlockText> = blocks
        .iter()
        .map(|b| BlockText {
            level: b.level,
            text: plain(&src[b.content_start..b.content_end]),
        })
        .collect();
    for (b, (part, running_header)) in blocks.iter_mut().zip(super::parts::classify(&texts)) {
        b.part = part;
        b.running_header = running_header;
    }
    blocks
}

/// Where an author bio in parentheses starts at the end of a body paragraph, if it does.
fn trailing_bio(src: &str, b: &RawBlock) -> Option<usize> {
    let text = &src[b.content_start..b.content_end];
    if !text.ends_with(')') {
        return None;
    }
    let open = text.rfind(". (")? + 2;
    let inner = &text[open..];
    (bio_verb(inner) && !inner[1..].contains('(')).then_some(b.content_start + open)
}

/// Whether a block's text ends like a sentence (so a following block is a new paragraph).
/// A block with no text ends nothing, and nothing is joined onto it.
fn ends_sentence(src: &str, b: &RawBlock) -> bool {
    plain(&src[b.content_start..b.content_end])
        .chars()
        .last()
        .is_none_or(|c| TERMINAL.contains(&c))
}

fn first_char(src: &str, b: &RawBlock) -> Option<char> {
    plain(&src[b.content_start..b.content_end])
        .chars()
        .find(|c| c.is_alphanumeric())
}

fn emit(
    src: &str,
    lines: &[Line],
    blocks: &[RawBlock],
    words: &Evidence,
) -> (CleanText, Vec<BlockDraft>) {
    let mut b = CleanBuilder::new(src);
    if src.starts_with('\u{feff}') {
        b.replace_to('\u{feff}'.len_utf8(), RepairKind::ByteOrderMark, "", false);
    }
    let mut drafts: Vec<BlockDraft> = Vec::new();
    // The body paragraph that a join would continue: (draft index, raw block index).
    let mut open: Option<(usize, usize)> = None;
    let mut first_body_seen = false;
    let mut i = 0;
    while i < blocks.len() {
        let blk = &blocks[i];
        if blk.running_header {
            // A running header: joined over when it splits a sentence, removed otherwise.
            let next = (i + 1..blocks.len()).find(|&k| !blocks[k].running_header);
            if let (Some((d, p)), Some(k)) = (open, next) {
                let n = &blocks[k];
                if n.level == 0 && n.part == Part::Body && !ends_sentence(src, &blocks[p]) {
                    b.replace_to(n.content_start, RepairKind::RunningHeader, " ", false);
                    emit_paragraph(&mut b, src, lines, n, words, false);
                    drafts[d].span.end = b.clean_pos();
                    open = Some((d, k));
                    i = k + 1;
                    continue;
                }
            }
            b.copy_to(lines[blk.first].start);
            let end = lines.get(blk.last).map_or(src.len(), |l| l.start);
            b.replace_to(end, RepairKind::RunningHeader, "", false);
            i += 1;
            continue;
        }
        // A page break inside a sentence: the next paragraph continues in lower case.
        if let Some((d, p)) = open {
            if blk.level == 0
                && blk.part == Part::Body
                && !ends_sentence(src, &blocks[p])
                && first_char(src, blk).is_some_and(|c| c.is_lowercase())
            {
                b.replace_to(blk.content_start, RepairKind::PageBreak, " ", false);
                emit_paragraph(&mut b, src, lines, blk, words, false);
                drafts[d].span.end = b.clean_pos();
                open = Some((d, i));
                i += 1;
                continue;
            }
        }
        open = None;
        if blk.level > 0 {
            b.copy_to(lines[blk.first].start);
            b.replace_to(blk.content_start, RepairKind::Markup, "", false);
            let start = b.clean_pos();
            emit_inline(&mut b, src, blk.content_start, blk.content_end, false);
            drafts.push(BlockDraft {
                kind: BlockKind::Heading { level: blk.level },
                part: blk.part,
                span: Span::new(start, b.clean_pos()),
            });
        } else {
            let drop_cap = blk.part == Part::Body && !first_body_seen;
            if blk.part == Part::Body {
                first_body_seen = true;
            }
            let bio_at = if blk.part == Part::Body {
                trailing_bio(src, blk)
            } else {
                None
            };
            b.copy_to(blk.content_start);
            let start = b.clean_pos();
            match bio_at {
                Some(at) => {
                    let mut body = blk.clone();
                    body.content_end = at - 1;
                    emit_paragraph(&mut b, src, lines, &body, words, drop_cap);
                    drafts.push(BlockDraft {
                        kind: BlockKind::Paragraph,
                        part: Part::Body,
                        span: Span::new(start, b.clean_pos()),
                    });
                    b.copy_to(at);
                    let bio_start = b.clean_pos();
                    let mut bio = blk.clone();
                    bio.content_start = at;
                    emit_paragraph(&mut b, src, lines, &bio, words, false);
                    drafts.push(BlockDraft {
                        kind: BlockKind::Paragraph,
                        part: Part::Bio,
                        span: Span::new(bio_start, b.clean_pos()),
                    });
                }
                None => {
                    emit_paragraph(&mut b, src, lines, blk, words, drop_cap);
                    drafts.push(BlockDraft {
                        kind: BlockKind::Paragraph,
                        part: blk.part,
                        span: Span::new(start, b.clean_pos()),
                    });
                    if blk.part == Part::Body {
                        open = Some((drafts.len() - 1, i));
                    }
                }
            }
        }
        i += 1;
    }
    (b.finish(), drafts)
}

/// Emits a paragraph: its lines joined by spaces (or dehyphenated), inline markup removed,
/// and, for the first body paragraph, a lost drop capital restored.
fn emit_paragraph(
    b: &mut CleanBuilder,
    src: &str,
    lines: &[Line],
    blk: &RawBlock,
    words: &Evidence,
    drop_cap: bool,
) {
    b.copy_to(blk.content_start);
    if drop_cap {
        restore_drop_capital(b, src, blk, words);
    }
    for li in blk.first..blk.last {
        let line = lines[li];
        let start = line.start.max(blk.content_start);
        let end = line.end.min(blk.content_end);
        if start >= end && li + 1 < blk.last {
            continue;
        }
        let is_last = li + 1 >= blk.last || lines[li + 1].start >= blk.content_end;
        let trimmed_end = start + src[start..end].trim_end().len();
        if is_last {
            emit_inline(b, src, start, end.max(start), blk.part == Part::Notes);
            break;
        }
        let next = lines[li + 1];
        let next_text = &src[next.start..next.end];
        let next_start = next.start + (next_text.len() - next_text.trim_start().len());
        let text = &src[start..trimmed_end];
        let hyphenated = text.ends_with('-')
            && text[..text.len() - 1].ends_with(|c: char| c.is_alphabetic())
            && next_text
                .trim_start()
                .starts_with(|c: char| c.is_lowercase());
        if hyphenated && join_hyphen(text, next_text.trim_start(), words) {
            emit_inline(b, src, start, trimmed_end - 1, blk.part == Part::Notes);
            b.replace_to(next_start, RepairKind::Dehyphenation, "", false);
        } else if hyphenated {
            emit_inline(b, src, start, trimmed_end, blk.part == Part::Notes);
            b.replace_to(next_start, RepairKind::LineJoin, "", false);
        } else {
            emit_inline(b, src, start, trimmed_end, blk.part == Part::Notes);
            b.replace_to(next_start, RepairKind::LineJoin, " ", false);
        }
    }
}

/// Decides whether `left-` at a line end and `right` on the next line form one word: they do
/// when the joined form is a word (elsewhere in the brief, or in the bundled English word
/// list) and the brief never writes the hyphenated form itself. Otherwise the hyphen is real
/// (`anti-` / `ship`) and only the line break goes.
fn join_hyphen(left: &str, right: &str, words: &Evidence) -> bool {
    let head = left[..left.len() - 1]
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let tail: String = right
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if head.is_empty() || tail.is_empty() {
        return false;
    }
    if words.compounds.contains(&format!("{head}-{tail}")) {
        return false;
    }
    let joined = format!("{head}{tail}");
    words.words.contains_key(&joined) || super::lexicon::is_word(&joined)
}

/// Restores a lost drop capital: the first body paragraph starts with a lower-case word `w`,
/// and the capital `C` chosen is the one for which `Cw` occurs most often as a word elsewhere in
/// the brief (the evidence). No evidence, no repair. The repair is marked inferred.
fn restore_drop_capital(b: &mut CleanBuilder, src: &str, blk: &RawBlock, words: &Evidence) {
    let text = &src[blk.content_start..blk.content_end];
    // The word may follow an opening quotation mark or bracket.
    let lead = text
        .char_indices()
        .find(|(_, c)| !matches!(c, '"' | '\'' | '\u{201c}' | '\u{2018}' | '(' | '[' | '*'))
        .map_or(0, |(i, _)| i);
    let word: String = text[lead..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if word.is_empty() || !word.chars().all(|c| c.is_lowercase()) {
        return;
    }
    let best = ('a'..='z')
        .filter_map(|c| {
            let n = words.words.get(&format!("{c}{word}")).copied().unwrap_or(0);
            (n > 0).then_some((n, std::cmp::Reverse(c)))
        })
        .max();
    if let Some((_, std::cmp::Reverse(c))) = best {
        if lead > 0 {
            emit_inline(b, src, blk.content_start, blk.content_start + lead, false);
        }
        b.insert(RepairKind::DropCapital, &c.to_uppercase().to_string(), true);
    }
}

/// Emits `src[start..end]` with inline markup removed: emphasis asterisks, HTML tags, the stray
/// `>` after a closing tag, markdown link targets, footnote markers (outside the notes list).
fn emit_inline(b: &mut CleanBuilder, src: &str, start: usize, end: usize, in_notes: bool) {
    b.copy_to(start);
    let bytes = src.as_bytes();
    let mut p = start;
    while p < end {
        let c = src[p..].chars().next().unwrap_or(' ');
        let clen = c.len_utf8();
        match c {
            '*' => {
                let run = src[p..end].bytes().take_while(|&x| x == b'*').count();
                b.copy_to(p);
                b.replace_to(p + run, RepairKind::Markup, "", false);
                p += run;
            }
            '<' if is_tag(&src[p..end]) => {
                let close = src[p..end].find('>').map_or(end, |q| p + q + 1);
                let closing_a = src[p..close].eq_ignore_ascii_case("</a>");
                b.copy_to(p);
                b.replace_to(close, RepairKind::Markup, "", false);
                p = close;
                if closing_a && p < end && bytes[p] == b'>' {
                    b.replace_to(p + 1, RepairKind::Debris, "", false);
                    p += 1;
                }
            }
            '[' => {
                if let Some(len) = footnote_ref(&src[p..end]) {
                    if !in_notes {
                        b.copy_to(p);
                        b.replace_to(p + len, RepairKind::FootnoteMarker, "", false);
                    }
                    p += len;
                } else if let Some((text_end, link_end)) = md_link(&src[p..end]) {
                    b.copy_to(p);
                    b.replace_to(p + 1, RepairKind::Markup, "", false);
                    b.copy_to(p + text_end);
                    b.replace_to(p + link_end, RepairKind::Markup, "", false);
                    p += link_end;
                } else {
                    p += clen;
                }
            }
            c if SUPERSCRIPTS.contains(&c) && !in_notes => {
                let run: usize = src[p..end]
                    .chars()
                    .take_while(|x| SUPERSCRIPTS.contains(x))
                    .map(char::len_utf8)
                    .sum();
                b.copy_to(p);
                b.replace_to(p + run, RepairKind::FootnoteMarker, "", false);
                p += run;
            }
            _ => p += clen,
        }
    }
    b.copy_to(end);
}

fn is_tag(s: &str) -> bool {
    let rest = s.strip_prefix('<').unwrap_or("");
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    rest.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.find('>')
            .is_some_and(|q| !s[1..q].contains('<') && !s[1..q].contains('\n'))
}

/// `[12]`: a bracketed footnote reference; returns its byte length.
fn footnote_ref(s: &str) -> Option<usize> {
    let close = s.find(']')?;
    let inner = &s[1..close];
    (!inner.is_empty() && inner.len() <= 3 && inner.bytes().all(|c| c.is_ascii_digit()))
        .then_some(close + 1)
}

/// `[text](target)`: returns the byte offsets of `]` and one past `)`.
fn md_link(s: &str) -> Option<(usize, usize)> {
    let close = s.find("](")?;
    if s[1..close].contains(['[', ']', '\n']) {
        return None;
    }
    let end = s[close..].find(')')? + close + 1;
    (!s[close + 2..end - 1].contains(char::is_whitespace)).then_some((close, end))
}
