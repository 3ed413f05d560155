//! HTML laid out in lines: the pages of a PDF as `pdftohtml` (poppler) writes them, every line
//! of the PDF followed by `<br/>`, a page an element of its own between `<hr/>` rules. Such a
//! block holds a whole page (title, headings, paragraphs, running heads, page numbers,
//! footnotes), and the HTML says nothing of where its paragraphs end; this module splits it
//! into the blocks a reader sees, as the plain-text reader does for `pdftotext` output, and
//! turns each `<br>` inside a paragraph into a line break ([`PieceKind::Break`]), so a word
//! hyphenated at a line end is rejoined (`dehyphenation`) and the rest of the layout analysis
//! (page furniture, page-break joins, headings by their look) applies as for plain text.
//!
//! A block is laid out in lines when it holds at least six `<br>` and at least three of its
//! lines have 40 characters or more (an address or a poem in a `<p>` has short lines).
//!
//! Where a paragraph ends:
//! - when poppler has grouped a paragraph's lines on one source line (`line<br/>line<br/>…`,
//!   then a newline: poppler's simple mode joins lines that line up on the left), at a source
//!   line end after a sentence end or after a short line (less than 60% of the page's width)
//!   that does not end with a word that runs on (`and`, `of`, `the`): an indented first line,
//!   which poppler leaves alone, or a group broken where the spacing changes goes on;
//! - otherwise at an empty line, before a list item (`•`, `1.`), around a bare page
//!   number (among a page's first or last two lines), a series line or a web address alone,
//!   where the style of whole lines changes (bold, italics, neither),
//!   after a line that ends a sentence where the next line's first word would have fitted on it
//!   (the page's width being that of its long lines), and after a short line (less than 60% of
//!   that width) before a line that opens with a capital or a digit.
//!
//! What the paragraphs are: a group of bold lines after the front page (after a byline or the
//! first prose paragraph) is a section heading; the groups at a page's foot that open with a
//! note number (`1 Ministry of …`: one to three digits, a space, a capital or a quotation
//! mark), page numbers and running feet after them aside, are notes labelled with it. A line
//! also ends its paragraph before such a note line when the note's number is glued to a word
//! earlier on the page (`settled.1`), even in mid-sentence: the sentence goes on after the
//! notes, on the next page.

use super::layout::{self, Kind, Piece, PieceKind, RawBlock};
use super::parts;
use crate::model::RepairKind;

/// One line of a lined block: its pieces (`start..end`, whitespace at both ends left out)
/// and its text.
struct Line {
    start: usize,
    end: usize,
    text: String,
    /// Whether the line is in bold (1) or italics (2) from its first to its last character,
    /// or neither (0).
    style: u8,
    /// Whether a newline follows its `<br>` in the source.
    source_end: bool,
}

/// Whether a piece ends a line: a `<br>`, or the gap between two absolutely positioned groups
/// on different lines (`</p>` … `<p …>`, made by the HTML reader for `pdftohtml -c`).
fn is_br(src: &str, p: &Piece) -> bool {
    matches!(p.kind, PieceKind::Replace(RepairKind::Markup, _))
        && (src
            .get(p.start..p.start + 3)
            .is_some_and(|t| t.eq_ignore_ascii_case("<br"))
            || positioned_gap(src, p))
}

/// Whether a line-ending piece is the gap between two positioned groups (each its own source
/// line, never grouped by poppler).
fn positioned_gap(src: &str, p: &Piece) -> bool {
    src.get(p.start..p.end)
        .is_some_and(|t| t.to_ascii_lowercase().contains("</p>"))
}

fn is_blank(src: &str, p: &Piece) -> bool {
    match &p.kind {
        PieceKind::Space | PieceKind::Break => true,
        PieceKind::Replace(_, r) => r.trim().is_empty() && !is_br(src, p),
        _ => false,
    }
}

/// The lines of a block's pieces, split at its `<br>`.
fn lines(src: &str, pieces: &[Piece]) -> Vec<Line> {
    let mut out = Vec::new();
    if pieces.is_empty() {
        return out;
    }
    let mut from = 0;
    for (i, p) in pieces
        .iter()
        .enumerate()
        .chain(std::iter::once((pieces.len(), &pieces[0])))
    {
        let at_end = i == pieces.len();
        if !at_end && !is_br(src, p) {
            continue;
        }
        let mut start = from;
        let mut end = i;
        while start < end && is_blank(src, &pieces[start]) {
            start += 1;
        }
        while end > start && is_blank(src, &pieces[end - 1]) {
            end -= 1;
        }
        let text = {
            let mut b = RawBlock::new(Kind::Paragraph, pieces[start..end].to_vec(), (0, 0));
            b.text = layout::plain_text(src, &b);
            b.text
        };
        let style = if start < end {
            let before = tags_before(src, pieces[start].start).to_ascii_lowercase();
            let inside = src[pieces[start].start..pieces[end - 1].end].to_ascii_lowercase();
            let after = tags_after(src, pieces[end - 1].end).to_ascii_lowercase();
            let whole = |open: &str, close: &str| {
                before.contains(open) && after.contains(close) && !inside.contains(close)
            };
            if whole("<b>", "</b>") || whole("<strong>", "</strong>") {
                1
            } else if whole("<i>", "</i>") || whole("<em>", "</em>") {
                2
            } else {
                0
            }
        } else {
            0
        };
        let source_end = !at_end
            && (positioned_gap(src, p) || {
                let mut k = i + 1;
                while pieces.get(k).is_some_and(|n| is_blank(src, n)) {
                    k += 1;
                }
                let next = pieces.get(k).map_or(src.len(), |n| n.start);
                src[p.end..next].contains('\n')
            });
        out.push(Line {
            start,
            end,
            text,
            style,
            source_end,
        });
        if at_end {
            break;
        }
        from = i + 1;
    }
    out
}

/// The tags (and whitespace) right before byte `pos`, back to the `<br>` that ends the line
/// before.
fn tags_before(src: &str, pos: usize) -> &str {
    let mut at = pos;
    loop {
        let head = src[..at].trim_end();
        let tag = head
            .strip_suffix('>')
            .and_then(|h| h.rfind('<'))
            .filter(|&open| !src[open..head.len() - 1].contains('>'));
        match tag {
            Some(open) => {
                at = open;
                if src[open..]
                    .get(..3)
                    .is_some_and(|t| t.eq_ignore_ascii_case("<br"))
                {
                    return &src[at..pos];
                }
            }
            None => return &src[head.len().min(at)..pos],
        }
    }
}

/// The tags (and whitespace) right after byte `pos`.
fn tags_after(src: &str, pos: usize) -> &str {
    let mut at = pos;
    loop {
        let rest = &src[at..];
        let tail = rest.trim_start();
        match tail.strip_prefix('<').and_then(|t| t.find('>')) {
            Some(close) => at = src.len() - tail.len() + close + 2,
            None => return &src[pos..src.len() - tail.len()],
        }
    }
}

/// Whether a line ends with a word that runs on into the next line (`and`, `of`, `the`, …).
fn runs_on(text: &str) -> bool {
    text.rsplit(' ')
        .next()
        .is_some_and(|w| layout::OPEN_ENDINGS.contains(&w.to_lowercase().as_str()))
}

/// Whether a line ends a sentence, a footnote number glued after its end (`year.1`) aside.
fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end();
    let digits = t.len() - t.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let t = if (1..=3).contains(&digits) {
        &t[..t.len() - digits]
    } else {
        t
    };
    t.ends_with(['.', '!', '?', ':', '"', '\u{201d}', ')'])
}

/// Whether footnote number `n` is glued to a word or a punctuation mark (`settled.1`,
/// `Lilongwe,12`) in a line before `line`.
fn marked_before(lines: &[Line], line: &Line, n: &str) -> bool {
    lines
        .iter()
        .take_while(|l| !std::ptr::eq(*l, line))
        .any(|l| {
            l.text.match_indices(n).any(|(i, _)| {
                let before = l.text[..i].chars().next_back();
                let after = l.text[i + n.len()..].chars().next();
                before.is_some_and(|c| c.is_alphabetic() || ".,;:\u{201d}\")".contains(c))
                    && !after.is_some_and(|c| c.is_ascii_digit() || c.is_alphanumeric())
            })
        })
}

/// The number opening a footnote at a page's foot (`1 Maritime Office …`, `12 “Title”, …`):
/// one to three digits, a space, then a capital, a quotation mark or a digit-free word.
fn note_number(text: &str) -> Option<&str> {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let rest = text.get(digits..)?.strip_prefix(' ')?;
    ((1..=3).contains(&digits)
        && rest.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '\u{201c}' | '\'')))
    .then(|| &text[..digits])
}

fn list_start(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if super::text::is_bullet(c) => chars.next() == Some(' '),
        Some(c) if c.is_ascii_digit() => {
            let digits = text.chars().take_while(char::is_ascii_digit).count();
            let rest = &text[digits..];
            digits <= 2 && (rest.starts_with(". ") || rest.starts_with(") "))
        }
        _ => false,
    }
}

/// In a block not laid out in lines, a `<br>` after a word ending with a hyphen and before a
/// letter or digit (`pro-<br/>mised`, `Niger-<br/>Benue`, as `pdftohtml -c` and other
/// converters keep a PDF's line ends) is a line break inside a word: it becomes a
/// [`PieceKind::Break`], so the word is rejoined as at a hyphenated line end of plain text
/// (the hyphen dropped when the joined form is a word, kept before a capital or a digit).
fn hyphen_breaks(src: &str, b: &mut RawBlock) {
    let n = b.pieces.len();
    let mut i = 0;
    while i < n {
        if !is_br(src, &b.pieces[i]) {
            i += 1;
            continue;
        }
        let mut from = i;
        while from > 0 && is_blank(src, &b.pieces[from - 1]) {
            from -= 1;
        }
        let mut to = i + 1;
        while to < n && is_blank(src, &b.pieces[to]) {
            to += 1;
        }
        let before = from
            .checked_sub(1)
            .map(|k| &b.pieces[k])
            .filter(|p| p.kind == PieceKind::Text)
            .map(|p| &src[p.start..p.end]);
        let after = b
            .pieces
            .get(to)
            .filter(|p| p.kind == PieceKind::Text)
            .map(|p| &src[p.start..p.end]);
        let hyphenated = before.is_some_and(|t| {
            t.strip_suffix('-')
                .and_then(|w| w.chars().next_back())
                .is_some_and(char::is_alphabetic)
        });
        if hyphenated && after.is_some_and(|t| t.starts_with(char::is_alphanumeric)) {
            let (start, end) = (b.pieces[from].start, b.pieces[to].start);
            b.pieces
                .splice(from..to, [Piece::new(start, end, PieceKind::Break)]);
            return hyphen_breaks(src, b);
        }
        i += 1;
    }
}

/// Whether a block is laid out in lines: six `<br>` or more, three lines of 40 characters or
/// more.
fn is_lined(src: &str, b: &RawBlock, lines: &[Line]) -> bool {
    b.pieces.iter().filter(|p| is_br(src, p)).count() >= 6
        && lines
            .iter()
            .filter(|l| l.text.chars().count() >= 40)
            .count()
            >= 3
}

/// The blocks of a page (or HTML fragment) with the blocks laid out in lines split into
/// paragraphs, headings and notes. When one block is laid out in lines, so is every other
/// block holding a `<br>` (a short last page); the page's width is that of the longest line
/// of them all.
pub fn split_all(src: &str, mut blocks: Vec<RawBlock>) -> Vec<RawBlock> {
    // The lines of every paragraph holding a `<br>`, read once.
    let lined: Vec<Option<Vec<Line>>> = blocks
        .iter()
        .map(|b| {
            (b.kind == Kind::Paragraph && b.pieces.iter().any(|p| is_br(src, p)))
                .then(|| lines(src, &b.pieces))
        })
        .collect();
    let any = blocks
        .iter()
        .zip(&lined)
        .any(|(b, l)| l.as_deref().is_some_and(|l| is_lined(src, b, l)));
    if !any {
        for b in &mut blocks {
            hyphen_breaks(src, b);
        }
        return blocks;
    }
    let width = lined
        .iter()
        .flatten()
        .flatten()
        .map(|l| l.text.chars().count())
        .max()
        .unwrap_or(0) as f64;
    let mut front_done = false;
    let mut out = Vec::new();
    for (b, l) in blocks.into_iter().zip(lined) {
        match l {
            Some(lines) => out.extend(split(src, b, &lines, width, &mut front_done)),
            None => out.push(b),
        }
    }
    out
}

/// The blocks of `b`, a block laid out in lines, for a page `width` characters wide.
/// `front_done` says whether the front page's lines (publisher, series, title, byline) are
/// behind: a byline or a prose paragraph (ten words or more, ending a sentence)
/// has been read; it is updated. A group of bold lines after them is a heading (before them,
/// bold lines are the title and the publisher's lines, left to the analysis of parts).
fn split(
    src: &str,
    b: RawBlock,
    lines: &[Line],
    width: f64,
    front_done: &mut bool,
) -> Vec<RawBlock> {
    // Poppler's grouping: a paragraph's lines on one source line.
    let grouped = lines
        .iter()
        .zip(lines.iter().skip(1))
        .any(|(l, n)| !l.source_end && l.end > l.start && n.end > n.start);
    let mut groups: Vec<Vec<&Line>> = Vec::new();
    let mut prev: Option<&Line> = None;
    // A bare number is a page number only among a page's first or last two lines; elsewhere
    // it is text (a table's year or count on a line of its own).
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&k| lines[k].start < lines[k].end)
        .collect();
    let edge = |line: &Line| {
        let k = filled
            .iter()
            .position(|&k| std::ptr::eq(&lines[k], line))
            .unwrap_or(0);
        k < 2 || k + 2 >= filled.len()
    };
    let page_number = |line: &Line| layout::is_page_number(&line.text) && edge(line);
    let mid_number = |line: &Line| layout::is_page_number(&line.text) && !edge(line);
    for line in lines {
        if line.start == line.end {
            prev = None;
            continue;
        }
        let new = match prev {
            None => true,
            Some(p) => {
                let plen = p.text.chars().count() as f64;
                let page = page_number(line) || page_number(p);
                let series = layout::series_line(&line.text) || layout::series_line(&p.text);
                // A web address alone on its line (a running footer, `www.example.org`).
                let series =
                    series || layout::is_web_address(&line.text) || layout::is_web_address(&p.text);
                let opens = line
                    .text
                    .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
                // Whether the next line's first word would have fitted on this line: then the
                // line was not broken by the page's width.
                let first_word = line.text.split(' ').next().unwrap_or("").chars().count();
                let fits = plen + 1.0 + first_word as f64 <= width;
                page || series
                    || list_start(&line.text)
                    || note_number(&line.text)
                        .is_some_and(|n| ends_sentence(&p.text) || marked_before(lines, line, n))
                    || p.style != line.style
                    // Poppler groups only lines that line up on the left (and breaks groups
                    // where the spacing changes): a paragraph's indented first line stands
                    // alone, and a group can end in mid-sentence. A group ends a paragraph
                    // when it ends a sentence, or is short (a heading, a front-page line)
                    // without a word that runs on (`… Drought and`).
                    || (grouped
                        && p.source_end
                        && (ends_sentence(&p.text) || (plen < 0.6 * width && !runs_on(&p.text))))
                    || (!grouped
                        && p.style != 1
                        && !mid_number(p)
                        && !mid_number(line)
                        && ((ends_sentence(&p.text) && (fits || plen < 0.85 * width))
                            || (plen < 0.6 * width && opens)))
            }
        };
        if new {
            groups.push(Vec::new());
        }
        groups.last_mut().expect("a group").push(line);
        prev = Some(line);
    }
    // Footnotes at the page's foot: the groups opening with a note number after the last
    // prose, page numbers and running feet after them aside.
    let mut notes = vec![false; groups.len()];
    for (k, g) in groups.iter().enumerate().rev() {
        let text = &g[0].text;
        if g.len() == 1
            && (layout::is_page_number(text) || text.chars().count() < 60 && k + 1 == groups.len())
            && !ends_sentence(text)
        {
            continue;
        }
        if note_number(text).is_none() || k == 0 {
            break;
        }
        notes[k] = true;
    }
    groups
        .into_iter()
        .zip(notes)
        .map(|(g, note)| {
            let mut pieces = Vec::new();
            for (k, line) in g.iter().enumerate() {
                if k > 0 {
                    let before = g[k - 1];
                    let from = b.pieces[before.end - 1].end;
                    let to = b.pieces[line.start].start;
                    pieces.push(Piece::new(from, to, PieceKind::Break));
                }
                let mut own = &b.pieces[line.start..line.end];
                // A bullet (and the spaces after it) opening the first line is markup.
                if k == 0 {
                    if let Some(first) = own.first().filter(|p| p.kind == PieceKind::Text) {
                        let t = &src[first.start..first.end];
                        let n = bullet_len(t);
                        if n > 0 && n < t.len() {
                            let mut cut = first.clone();
                            cut.start += n;
                            pieces.push(cut);
                            own = &own[1..];
                        } else if n > 0 {
                            own = &own[1..];
                            while own.first().is_some_and(|p| is_blank(src, p)) {
                                own = &own[1..];
                            }
                        }
                    }
                }
                pieces.extend(own.iter().cloned());
            }
            let first = pieces[0].start;
            let last = pieces[pieces.len() - 1].end;
            let mut nb = RawBlock::new(Kind::Paragraph, pieces, (first, last));
            nb.hint = b.hint;
            if note {
                nb.hint = Some(crate::model::Part::Notes);
                nb.label = note_number(&g[0].text).map(str::to_owned);
            }
            nb.list_item = g.first().is_some_and(|l| {
                list_start(&l.text) && !l.text.starts_with(|c: char| c.is_ascii_digit())
            });
            let last = &g[g.len() - 1].text;
            if *front_done && g.iter().all(|l| l.style == 1) && !ends_sentence(last) {
                nb.kind = Kind::Heading(2);
            }
            let words: usize = g.iter().map(|l| l.text.split_whitespace().count()).sum();
            if (words >= 10 && ends_sentence(last)) || (g.len() == 1 && parts::is_any_byline(last))
            {
                *front_done = true;
            }
            nb
        })
        .collect()
}

/// The byte length of a bullet character and the spaces after it.
fn bullet_len(t: &str) -> usize {
    match t.chars().next() {
        Some(c) if super::text::is_bullet(c) => {
            let rest = &t[c.len_utf8()..];
            if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
                return 0;
            }
            c.len_utf8() + (rest.len() - rest.trim_start().len())
        }
        _ => 0,
    }
}
