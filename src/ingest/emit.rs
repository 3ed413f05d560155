//! The clean text of an analysed layout: every block's pieces emitted through the
//! [`CleanBuilder`] in source order, so every change is a recorded repair and the offset map
//! is complete.
//!
//! - Between blocks, whitespace is kept and markup removed (`markup`); in HTML, and between
//!   table cells, the whole gap becomes one separator (a blank line; a tab between the cells
//!   of a row, a line break between rows). A form feed between blocks is a `page-break`.
//! - Furniture is removed with its kind; inside a page-break join it goes with the join, the
//!   first removal leaving the one space that joins the two halves.
//! - Inside a block, text is copied through the character repairs ([`super::chars`]); a line
//!   break becomes a space (`line-join`), or, after a line-end hyphen, nothing: the hyphen goes
//!   too (`dehyphenation`) when the joined word is a word (in the brief or the bundled word
//!   list) and the brief never writes the hyphenated form, and stays otherwise (`Asia-Pacific`,
//!   `COVID-19`, `G7-led`, `anti-ship`, `Co-operation`).
//! - Footnote markers are removed (`footnote-marker`) outside notes lists.

use super::layout::{Evidence, Kind, Layout, PieceKind, RawBlock, Role};
use super::{chars, BlockDraft, CleanBuilder};
use crate::model::{BlockKind, CleanText, Part, RepairKind, Span};

/// Prefixes written with a hyphen before a word (`co-operation`, `non-proliferation`,
/// `anti-ship`, `self-defence`): at a line end, `co-` / `operation` keeps its hyphen when the
/// second half is a word by itself.
const HYPHENATED_PREFIXES: &[&str] = &["co", "anti", "non", "self", "quasi"];

/// Builds the clean text of an analysed layout and its blocks.
pub fn emit(layout: &Layout<'_>) -> (CleanText, Vec<BlockDraft>) {
    let src = layout.src;
    // Counted only when a line ends with a hyphen: most briefs have none.
    let words = std::cell::LazyCell::new(|| Evidence::of(src));
    let mut b = CleanBuilder::new(src);
    if src.starts_with('\u{feff}') {
        b.replace_to('\u{feff}'.len_utf8(), RepairKind::ByteOrderMark, "", false);
    }
    let mut removals = layout.removals.iter().peekable();
    let mut drafts: Vec<BlockDraft> = Vec::new();
    let mut previous: Option<&RawBlock> = None;
    let mut pending: Vec<&RawBlock> = Vec::new();
    // For each block, the first text of the content block that continues it across a page
    // break, if one does: a word hyphenated at the page's end is rejoined over the break.
    let continuation: Vec<Option<&str>> = (0..layout.blocks.len())
        .map(|i| {
            let next = layout.blocks[i + 1..]
                .iter()
                .find(|n| n.role == Role::Content)?;
            next.join?;
            let first = next.pieces.iter().find(|p| p.kind == PieceKind::Text)?;
            Some(&src[first.start..first.end])
        })
        .collect();
    // Whether the last content block ended with a hyphen at a page break (then the join
    // leaves no space).
    let mut hyphen_at_break = false;
    for (bi, blk) in layout.blocks.iter().enumerate() {
        // Whole ranges removed before this block (front matter).
        while let Some(&(s, e, kind)) = removals.next_if(|r| r.0 < blk.outer.0.min(blk.first())) {
            if s >= b.source_byte() {
                gap_to(&mut b, src, s, None);
                b.replace_to(e, kind, "", false);
            }
        }
        match blk.role {
            Role::Furniture(_) | Role::Debris if blk.absorbed => {
                pending.push(blk);
                continue;
            }
            Role::Furniture(kind) => {
                gap_to(&mut b, src, blk.outer.0, layout.html.then_some(""));
                b.replace_to(blk.outer.1, kind, "", false);
                continue;
            }
            Role::Debris => {
                gap_to(&mut b, src, blk.outer.0, layout.html.then_some(""));
                b.replace_to(blk.outer.1, RepairKind::Debris, "", false);
                continue;
            }
            Role::Content => {}
        }
        if let (Some(kind), Some(d)) = (blk.join, drafts.len().checked_sub(1)) {
            let space = if hyphen_at_break { "" } else { " " };
            join(&mut b, &pending, blk.outer.0.min(blk.first()), kind, space);
            pending.clear();
            hyphen_at_break = emit_pieces(&mut b, src, blk, &words, continuation[bi]);
            drafts[d].span.end = b.clean_pos();
            previous = Some(blk);
            continue;
        }
        pending.clear();
        let separator = separator(layout, previous, blk);
        gap_to(&mut b, src, blk.first(), separator);
        let start = b.clean_pos();
        hyphen_at_break = emit_pieces(&mut b, src, blk, &words, continuation[bi]);
        let span = Span::new(start, b.clean_pos());
        let same_table = matches!(
            (previous.map(|p| p.kind), blk.kind),
            (Some(Kind::Cell { table: a, .. }), Kind::Cell { table: c, .. }) if a == c
        );
        match (blk.kind, drafts.last_mut()) {
            (Kind::Cell { .. }, Some(d)) if same_table && d.kind == BlockKind::Table => {
                d.span.end = span.end;
            }
            _ => drafts.push(BlockDraft {
                kind: match blk.kind {
                    Kind::Heading(level) => BlockKind::Heading { level },
                    Kind::Paragraph => BlockKind::Paragraph,
                    Kind::Cell { .. } => BlockKind::Table,
                },
                part: blk.part,
                span,
                label: blk.label.clone(),
            }),
        }
        previous = Some(blk);
    }
    for &(s, e, kind) in removals {
        if s >= b.source_byte() {
            gap_to(&mut b, src, s, None);
            b.replace_to(e, kind, "", false);
        }
    }
    if layout.html {
        b.replace_to(src.len(), RepairKind::Markup, "\n", false);
    } else {
        gap_to(&mut b, src, src.len(), None);
    }
    (b.finish(), drafts)
}

/// What separates `blk` from the block before it when the gap is not kept as it is.
fn separator(
    layout: &Layout<'_>,
    previous: Option<&RawBlock>,
    blk: &RawBlock,
) -> Option<&'static str> {
    match (previous.map(|p| p.kind), blk.kind) {
        (Some(Kind::Cell { table: a, row: r }), Kind::Cell { table: c, row: s }) if a == c => {
            Some(if r == s { "\t" } else { "\n" })
        }
        _ if layout.html => Some(if previous.is_none() { "" } else { "\n\n" }),
        _ => None,
    }
}

/// Removes or keeps what lies between the cursor and `to`: with a separator, the whole gap
/// becomes it; otherwise blank lines are kept (a form feed in them is a page break), and on a
/// line with markup (`## `, `- `, `> `, `|---|`) each mark with the spaces after it is removed.
fn gap_to(b: &mut CleanBuilder<'_>, src: &str, to: usize, separator: Option<&str>) {
    let from = b.source_byte();
    if to <= from {
        return;
    }
    if let Some(sep) = separator {
        b.replace_to(to, RepairKind::Markup, sep, false);
        return;
    }
    let mut line_start = from;
    for line in src[from..to].split_inclusive('\n') {
        let content = line.strip_suffix('\n').unwrap_or(line);
        let content_end = line_start + content.len();
        if content.trim().is_empty() {
            for (i, c) in content.char_indices() {
                if c == '\u{c}' {
                    b.copy_to(line_start + i);
                    b.replace_to(line_start + i + 1, RepairKind::PageBreak, "", false);
                }
            }
        } else {
            // Each mark with the spaces after it (the first with the spaces before it too).
            let mut p = line_start;
            let mut in_mark = false;
            for (i, c) in content.char_indices() {
                let at = line_start + i;
                if !c.is_whitespace() && !in_mark && at > p && !content[..i].trim().is_empty() {
                    b.replace_to(at, RepairKind::Markup, "", false);
                    p = at;
                }
                in_mark = !c.is_whitespace();
            }
            b.replace_to(content_end, RepairKind::Markup, "", false);
        }
        b.copy_to(line_start + line.len());
        line_start += line.len();
    }
    b.copy_to(to);
}

/// Removes a page-break gap up to `to`, the furniture inside it each with its kind: the first
/// removal leaves the space that joins the two halves of the sentence.
fn join(
    b: &mut CleanBuilder<'_>,
    furniture: &[&RawBlock],
    to: usize,
    kind: RepairKind,
    space: &str,
) {
    if furniture.is_empty() {
        b.replace_to(to, kind, space, false);
        return;
    }
    for (n, f) in furniture.iter().enumerate() {
        let end = if n + 1 == furniture.len() {
            to
        } else {
            f.outer.1.max(b.source_byte())
        };
        let k = match f.role {
            Role::Furniture(k) => k,
            _ => RepairKind::Debris,
        };
        b.replace_to(end, k, if n == 0 { space } else { "" }, false);
    }
}

fn ends_with_space(b: &CleanBuilder<'_>) -> bool {
    b.text().chars().last().is_none_or(char::is_whitespace)
}

/// Emits the pieces of one block.
/// Emits a block's pieces. `continuation` is the first text of the block that continues this
/// one across a page break, if one does: a word hyphenated at this block's end is then
/// rejoined with it as at a line end (the hyphen removed as `dehyphenation` when the joined
/// form is a word, kept otherwise). Returns whether the block ended with such a hyphen, so
/// that the join leaves no space.
fn emit_pieces(
    b: &mut CleanBuilder<'_>,
    src: &str,
    blk: &RawBlock,
    words: &impl std::ops::Deref<Target = Evidence>,
    continuation: Option<&str>,
) -> bool {
    let in_notes = blk.part == Part::Notes;
    let start = b.clean_pos();
    let mut i = 0;
    let last = blk.pieces.len().saturating_sub(1);
    while i < blk.pieces.len() {
        let p = &blk.pieces[i];
        b.replace_to(p.start, RepairKind::Markup, "", false);
        let at_start = b.clean_pos() == start;
        match &p.kind {
            PieceKind::Text if i == last && continuation.is_some() => {
                let text = &src[p.start..p.end];
                let right = continuation.unwrap_or_default();
                if let Some(h) = line_end_hyphen(text) {
                    if join_hyphen(&text[..h], right, words) {
                        copy_text(b, src, p.start, p.start + h, blk);
                        b.replace_to(p.end, RepairKind::Dehyphenation, "", false);
                    } else {
                        copy_text(b, src, p.start, p.end, blk);
                    }
                    return true;
                }
                copy_joined(b, src, p.start, p.end, blk, words);
            }
            PieceKind::Text => {
                if let Some(next) = blk.pieces.get(i + 1).filter(|n| n.kind == PieceKind::Break) {
                    let text = &src[p.start..p.end];
                    if let Some(h) = line_end_hyphen(text) {
                        let right = blk.pieces.get(i + 2).map_or("", |r| &src[r.start..r.end]);
                        if join_hyphen(&text[..h], right, words) {
                            copy_text(b, src, p.start, p.start + h, blk);
                            b.replace_to(next.end, RepairKind::Dehyphenation, "", false);
                        } else {
                            copy_text(b, src, p.start, p.end, blk);
                            b.replace_to(next.end, RepairKind::LineJoin, "", false);
                        }
                        i += 2;
                        continue;
                    }
                }
                copy_joined(b, src, p.start, p.end, blk, words);
            }
            PieceKind::Replace(kind, r) => {
                let r = if r == " " && (at_start || ends_with_space(b)) {
                    ""
                } else {
                    r.as_str()
                };
                b.replace_to(p.end, *kind, r, false);
            }
            PieceKind::Space | PieceKind::Break => {
                if at_start || ends_with_space(b) {
                    b.replace_to(p.end, RepairKind::LineJoin, "", false);
                } else if src.get(p.start..p.end) == Some(" ") {
                    b.copy_to(p.end);
                } else {
                    b.replace_to(p.end, RepairKind::LineJoin, " ", false);
                }
            }
            PieceKind::Marker { keep, space } => match keep {
                Some((ks, ke)) if in_notes => {
                    b.replace_to(*ks, RepairKind::Markup, "", false);
                    copy_text(b, src, *ks, *ke, blk);
                    b.replace_to(p.end, RepairKind::Markup, "", false);
                }
                _ => {
                    let r = if *space && !ends_with_space(b) {
                        " "
                    } else {
                        ""
                    };
                    b.replace_to(p.end, RepairKind::FootnoteMarker, r, false);
                }
            },
        }
        i += 1;
    }
    false
}

/// Copies `src[start..end]`, repairing characters and inserting a lost drop capital.
fn copy_text(b: &mut CleanBuilder<'_>, src: &str, start: usize, end: usize, blk: &RawBlock) {
    b.copy_to(start);
    let mut p = start;
    while p < end {
        if let Some((at, c)) = blk.drop_capital {
            if at == p {
                b.copy_to(p);
                b.insert(RepairKind::DropCapital, &c.to_string(), true);
            }
        }
        let rest = &src[p..end];
        let Some(c) = rest.chars().next() else { break };
        if chars::may_need_fix(c) {
            if let Some((len, kind, rep)) = chars::fix_at(rest) {
                b.copy_to(p);
                b.replace_to(p + len, kind, &rep, false);
                p += len;
                continue;
            }
        }
        p += c.len_utf8();
    }
    b.copy_to(end);
}

/// Copies the text `start..end` of a block like [`copy_text`], joining the words a converter
/// split with a hyphen and a space inside a line (`secu- rity`, where it joined the lines of a
/// PDF without undoing their hyphenation), as [`join_hyphen`] decides for a line-end hyphen: a
/// letter before the hyphen, a lower-case letter after the space, the joined form a word. A
/// suspended hyphen (`pre- and post-war`) and a compound the brief writes (`long- term`, where
/// `longterm` is no word) stay.
fn copy_joined(
    b: &mut CleanBuilder<'_>,
    src: &str,
    start: usize,
    end: usize,
    blk: &RawBlock,
    words: &impl std::ops::Deref<Target = Evidence>,
) {
    let text = &src[start..end];
    let mut from = start;
    let mut search = 0;
    while let Some(k) = text[search..].find("- ") {
        let h = search + k;
        search = h + 2;
        let letter_before = text[..h]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
        let lower_after = text[h + 2..].chars().next().is_some_and(char::is_lowercase);
        if letter_before && lower_after && join_hyphen(&text[..h], &text[h + 2..], words) {
            copy_text(b, src, from, start + h, blk);
            b.replace_to(start + h + 2, RepairKind::Dehyphenation, "", false);
            from = start + h + 2;
        }
    }
    copy_text(b, src, from, end, blk);
}

/// The byte offset of a hyphen that ends a line after a letter or digit.
fn line_end_hyphen(text: &str) -> Option<usize> {
    let t = text.trim_end();
    let h = t.strip_suffix('-')?;
    h.chars()
        .last()
        .filter(|c| c.is_alphanumeric())
        .map(|_| h.len())
}

/// Decides whether `left` (before a line-end hyphen) and `right` (the next line) form one
/// word. They do not when the next line starts with a capital or a digit (`Asia-` /
/// `Pacific`, `COVID-` / `19`), when the left part is an acronym or holds a digit (`G7-` /
/// `led`), when the brief writes the hyphenated form, or when the left part is a prefix that
/// is written with a hyphen and the right part is a word (`Co-` / `operation`). Otherwise they
/// do when the joined form is a word (in the brief or the bundled word list).
fn join_hyphen(left: &str, right: &str, words: &impl std::ops::Deref<Target = Evidence>) -> bool {
    let head: String = left
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let right = right.trim_start();
    let tail: String = right.chars().take_while(|c| c.is_alphabetic()).collect();
    if head.is_empty() || tail.is_empty() || !right.starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let upper = head.chars().filter(|c| c.is_uppercase()).count();
    if head.chars().any(|c| !c.is_alphabetic()) || upper >= 2 || head.chars().count() == 1 {
        return false;
    }
    let (head, tail) = (head.to_lowercase(), tail.to_lowercase());
    if words.compounds.contains(&format!("{head}-{tail}")) {
        return false;
    }
    if HYPHENATED_PREFIXES.contains(&head.as_str()) && super::lexicon::is_word(&tail) {
        return false;
    }
    let joined = format!("{head}{tail}");
    words.words.contains_key(&joined) || super::lexicon::is_word(&joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphens_before_capitals_digits_and_after_acronyms_stay() {
        let words = Box::new(Evidence::of(""));
        assert!(!join_hyphen("Asia", "Pacific Economic", &words));
        assert!(!join_hyphen("COVID", "19 fund", &words));
        assert!(!join_hyphen("F", "16 hub", &words));
        assert!(!join_hyphen("G7", "led centre", &words));
        assert!(!join_hyphen("Co", "operation and", &words));
        assert!(!join_hyphen("long", "term", &words));
        assert!(join_hyphen("Diversi", "fication", &words));
        assert!(join_hyphen("Inter", "national", &words));
        assert!(join_hyphen("co", "lonial", &words));
    }
}
