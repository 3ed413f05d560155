//! Plain text (`.txt`, pdftotext output) into the layout: front matter at the start, then
//! paragraphs as runs of non-blank lines. A line that starts with a form feed starts a new
//! page and a new block (the join across it is decided by the layout); a line that is a bare
//! page number is a block of its own; a line that starts with a list bullet (`•`, `◦`, `▪`, `-`, `*`, `–`, or a bullet that is mojibake) starts a new
//! block, the bullet being markup. Lines of a block are joined with spaces (or across a
//! line-end hyphen); leading and trailing spaces of lines are not text.
//!
//! Two kinds of line start a block of their own although no blank line precedes them, as PDF
//! extractors lay front pages and headings out:
//! - on the front page (the first four blocks, or all blocks before the first prose paragraph
//!   of ten words or more), a series or date line (`Policy Brief No. 14 |
//!   September 2025`) and the line after it, so the publisher line, the series line and the
//!   title are blocks of their own; and a line of names right under the text's first line
//!   (pandoc's title block: title, `Jane Doe; John Roe`, date);
//! - the line after a heading run into its paragraph (`Summary` / `China operates …`): a
//!   first line that looks like a heading ([`super::layout::heading_line`]) followed by a line
//!   at least twice as long (and of 40 characters or more) that opens like a sentence, unless
//!   a name may run on across the break (`The Regional Assistance` / `Mission to Fiji …`).

use super::chars;
use super::layout::{Kind, Layout, Piece, PieceKind, RawBlock, Role};
use crate::model::RepairKind;

/// Reads a plain-text brief into its layout.
pub fn read(src: &str) -> Layout<'_> {
    let bom = if src.starts_with('\u{feff}') { 3 } else { 0 };
    let mut removals = Vec::new();
    let mut start = bom;
    if let Some(end) = front_matter_end(src, bom) {
        removals.push((bom, end, RepairKind::FrontMatter));
        start = end;
    }
    let mut blocks = Vec::new();
    let mut current: Option<RawBlock> = None;
    // The current block's lines: how many, the first one's text, and whether the last one
    // was a series or date line of the front page.
    let mut lines = 0usize;
    let mut first_line = "";
    let mut after_series = false;
    // Whether a prose paragraph has been read (blocks before `checked` are looked at).
    let mut prose_seen = false;
    let mut checked = 0;
    let unwrapped = is_unwrapped(&src[start..]);
    // The text's width: its longest line, in characters.
    let width = src[start..]
        .lines()
        .map(|l| l.trim_end().chars().count())
        .max()
        .unwrap_or(0);
    // The table being read from tab-separated rows: its number, the next row and its cells.
    let mut tables = 0usize;
    let mut table: Option<(usize, usize, usize)> = None;
    let mut pos = start;
    while pos < src.len() {
        let nl = src[pos..].find('\n').map_or(src.len(), |n| pos + n);
        let next = (nl + 1).min(src.len());
        let line = &src[pos..nl];
        let content = line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
        if content.is_empty() {
            if let Some(b) = current.take() {
                blocks.push(b);
            }
            table = None;
            pos = next;
            continue;
        }
        // A row of tab-separated cells, with a row of as many cells before or after it.
        let cells = tab_cells(line);
        if cells.len() >= 2 {
            let continues = table.is_some_and(|(_, _, n)| n == cells.len());
            let starts = !continues && next_line_cells(src, next) == cells.len();
            if continues || starts {
                if let Some(b) = current.take() {
                    blocks.push(b);
                }
                let (t, row) = match table {
                    Some((t, row, _)) if continues => (t, row),
                    _ => {
                        tables += 1;
                        (tables - 1, 0)
                    }
                };
                for &(s, e) in &cells {
                    let kind = Kind::Cell { table: t, row };
                    let piece = Piece::new(pos + s, pos + e, PieceKind::Text);
                    blocks.push(RawBlock::new(kind, vec![piece], (pos + s, pos + e)));
                }
                table = Some((t, row + 1, cells.len()));
                after_series = false;
                pos = next;
                continue;
            }
        }
        table = None;
        // The dashed line under a table's header row (`------ --------`, as pandoc's plain
        // and markdown writers and `-layout` text set simple tables): the header above it and
        // the lines below it, to a blank or dashed line, are the rows, cut at its columns.
        let columns = dash_columns(line);
        if columns.len() >= 2 && lines <= 1 {
            let header = current.take();
            tables += 1;
            let t = tables - 1;
            let mut row = 0;
            let mut push_row = |at: usize, text: &str, blocks: &mut Vec<RawBlock>| {
                for (s, e) in column_cells(text, &columns) {
                    let kind = Kind::Cell { table: t, row };
                    let piece = Piece::new(at + s, at + e, PieceKind::Text);
                    blocks.push(RawBlock::new(kind, vec![piece], (at + s, at + e)));
                }
                row += 1;
            };
            let mut header_start = None;
            if let Some(h) = header {
                let at = src[..h.first()].rfind('\n').map_or(0, |n| n + 1);
                header_start = Some(at);
                let end = src[at..].find('\n').map_or(src.len(), |n| at + n);
                push_row(at, &src[at..end], &mut blocks);
            }
            // The dashed line lies between two rows: the rows' separator replaces it (markup).
            pos = next;
            // A multiline table (pandoc) parts its rows with blank lines and closes with a
            // dashed line: its rows run to that line, over single blank lines.
            // (Such a table opens with a dashed line above its header, too.)
            let opened = header_start.is_some_and(|at| {
                src[..at]
                    .trim_end()
                    .rsplit('\n')
                    .next()
                    .map(str::trim)
                    .is_some_and(|l| rule_char(l) == Some('-') && !l.contains(' '))
            });
            let multiline = opened && closing_rule_ahead(src, pos);
            while pos < src.len() {
                let nl = src[pos..].find('\n').map_or(src.len(), |n| pos + n);
                let row_line = &src[pos..nl];
                if rule_char(row_line.trim()) == Some('-') {
                    break;
                }
                if row_line.trim().is_empty() {
                    if !multiline {
                        break;
                    }
                    pos = (nl + 1).min(src.len());
                    continue;
                }
                push_row(pos, row_line, &mut blocks);
                pos = (nl + 1).min(src.len());
            }
            after_series = false;
            continue;
        }
        // A grid table as pandoc's plain writer sets a table whose cells wrap (`+----+----+`
        // borders, `|` between cells, `+====+` under the header): each line of a row is a row
        // of cells cut at the bars (a cell wrapped over lines cannot be one range of the
        // source), the borders and bars markup.
        if is_grid_border(content) && src[next..].trim_start_matches([' ', '\t']).starts_with('|') {
            if let Some(b) = current.take() {
                blocks.push(b);
            }
            tables += 1;
            let t = tables - 1;
            let mut row = 0;
            pos = next;
            while pos < src.len() {
                let nl = src[pos..].find('\n').map_or(src.len(), |n| pos + n);
                let row_line = src[pos..nl].trim_end();
                let lead = row_line.len() - row_line.trim_start().len();
                let body = &row_line[lead..];
                if is_grid_border(body) {
                    pos = (nl + 1).min(src.len());
                    continue;
                }
                if !(body.starts_with('|') && body.ends_with('|') && body.len() > 1) {
                    break;
                }
                let inner_start = pos + lead + 1;
                let mut at = inner_start;
                for seg in body[1..body.len() - 1].split('|') {
                    let trimmed = seg.trim();
                    let s = at + (seg.len() - seg.trim_start().len());
                    let e = s + trimmed.len();
                    let kind = Kind::Cell { table: t, row };
                    let piece = Piece::new(s, e, PieceKind::Text);
                    blocks.push(RawBlock::new(kind, vec![piece], (s, e)));
                    at += seg.len() + 1;
                }
                row += 1;
                pos = (nl + 1).min(src.len());
            }
            after_series = false;
            continue;
        }
        // A rule of `=`, `-`, `_`, `*` or `~`: under a one-line heading it is that heading's
        // underline (setext style, `=` level 1, else level 2), markup; elsewhere a separator,
        // debris. Either way it ends the block.
        if let Some(c) = rule_char(content) {
            let text_end = pos + line.trim_end().len();
            match current.take() {
                Some(mut b) if lines == 1 && underlined(first_line) && matches!(c, '=' | '-') => {
                    b.pieces.push(Piece::new(
                        b.last(),
                        text_end,
                        PieceKind::Replace(RepairKind::Markup, String::new()),
                    ));
                    b.outer.1 = next;
                    b.kind = Kind::Heading(if c == '=' { 1 } else { 2 });
                    blocks.push(b);
                }
                b => {
                    blocks.extend(b);
                    let lead = line.len() - line.trim_start().len();
                    let mut rule = RawBlock::new(
                        Kind::Paragraph,
                        vec![Piece::new(pos + lead, text_end, PieceKind::Text)],
                        (pos + lead, next),
                    );
                    rule.role = Role::Debris;
                    blocks.push(rule);
                }
            }
            after_series = false;
            pos = next;
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let new_page = line[..lead].contains('\u{c}');
        // A line of fields pushed apart (`Badges and Boats        Tasman Policy Centre`) at the
        // top of a page or at its foot is a running head or footer, even where it occurs once.
        let page_end = || {
            let rest = &src[next..];
            let blank = rest.len() - rest.trim_start_matches([' ', '\t', '\r', '\n']).len();
            rest[blank..].starts_with('\u{c}')
        };
        if pushed_apart(content) && (new_page || page_end()) {
            if let Some(b) = current.take() {
                blocks.push(b);
            }
            let text_end = pos + line.trim_end().len();
            let mut head = RawBlock::new(
                Kind::Paragraph,
                vec![Piece::new(pos + lead, text_end, PieceKind::Text)],
                (pos + lead, next),
            );
            head.role = Role::Furniture(RepairKind::RunningHeader);
            blocks.push(head);
            after_series = false;
            pos = next;
            continue;
        }
        let bullet = bullet_len(&line[lead..]).max(number_tab_len(&line[lead..]));
        let text_start = pos + lead + bullet;
        let text_end = pos + line.trim_end().len();
        // A page number on a line of its own is a block of its own, like a new page or a
        // bullet.
        let page_number = super::layout::is_page_number(content);
        let after_page_number = current
            .as_ref()
            .is_some_and(|b| super::layout::is_page_number(&src[b.first()..b.last()]));
        // The front page lasts until the first prose paragraph (a web page's menus and
        // breadcrumbs before the title make more than four blocks).
        while !prose_seen && checked < blocks.len() {
            prose_seen = is_prose(&src[blocks[checked].first()..blocks[checked].last()]);
            checked += 1;
        }
        let series = (blocks.len() < 4 || !prose_seen) && super::layout::series_line(content);
        let run_in_heading = lines == 1
            && content.chars().count() >= 40
            && content.chars().count() >= 2 * first_line.chars().count()
            && super::layout::heading_line(first_line)
            && content.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !name_runs_on(first_line, content);
        // pandoc's title block (`-s`) sets the title, the authors and the date on three
        // lines with no blank line between them: a line of names under the first line of the
        // text starts a block.
        let names_under_title = blocks.is_empty()
            && lines == 1
            && super::parts::is_name_list(content)
            && !super::parts::is_name_list(first_line);
        // A long series line wrapped at the text's width (`… | Policy Brief No. 31 | Maritime`
        // / `Asia Series`): the line after it carries on the series, no new block.
        let series_wraps =
            after_series && lines == 1 && !series && wraps_into(first_line, content, width);
        let front_split = current.is_some()
            && (series || (after_series && !series_wraps) || names_under_title)
            && !first_line.ends_with(['.', ',', ';']);
        if new_page
            || unwrapped
            || bullet > 0
            || page_number
            || after_page_number
            || run_in_heading
            || front_split
        {
            if let Some(b) = current.take() {
                blocks.push(b);
            }
        }
        after_series = series;
        if text_start >= text_end {
            pos = next;
            continue;
        }
        match current.as_mut() {
            Some(b) => {
                let prev_end = b.last();
                b.pieces
                    .push(Piece::new(prev_end, text_start, PieceKind::Break));
                b.pieces
                    .push(Piece::new(text_start, text_end, PieceKind::Text));
                b.outer.1 = next;
                lines += 1;
            }
            None => {
                lines = 1;
                first_line = content;
                current = Some(RawBlock::new(
                    Kind::Paragraph,
                    vec![Piece::new(text_start, text_end, PieceKind::Text)],
                    (pos + lead, next),
                ));
            }
        }
        pos = next;
    }
    if let Some(b) = current.take() {
        blocks.push(b);
    }
    notes_after_rule(src, &mut blocks);
    table_captions(src, &mut blocks);
    Layout {
        src,
        blocks,
        removals,
        html: false,
        plain: true,
    }
}

/// Marks a table's caption as pandoc sets it, right under the table (`  : Table 1. Exports,
/// 2024–2026`, or `Table: …`): a block opening with `: ` or `Table: ` whose nearest block
/// before it (rules aside) is a table cell.
fn table_captions(src: &str, blocks: &mut [RawBlock]) {
    for i in 1..blocks.len() {
        let text = &src[blocks[i].first()..blocks[i].last()];
        if !(text.starts_with(": ") || text.starts_with("Table: ")) {
            continue;
        }
        let after_table = blocks[..i]
            .iter()
            .rev()
            .find(|b| b.role != Role::Debris)
            .is_some_and(|b| matches!(b.kind, Kind::Cell { .. }));
        if after_table {
            blocks[i].hint = Some(crate::model::Part::Caption);
        }
    }
}

/// Marks the notes a converter sets after a rule at the end of the text (pandoc's plain
/// writer: `------…` then `1.  …` or `[1] …`): after the last rule of 20 dashes or more, the
/// blocks numbered 1, 2, … in order are notes labelled with their number, when the text
/// before the rule holds the first note's reference glued to a word or a full stop
/// (`backed.[1]`). The numbering stops at the first block that does not continue it (a bio).
fn notes_after_rule(src: &str, blocks: &mut [RawBlock]) {
    let Some(rule) = blocks.iter().rposition(|b| {
        b.role == Role::Debris && rule_char(src[b.first()..b.last()].trim()) == Some('-') && {
            let t = src[b.first()..b.last()].trim();
            t.len() >= 20 && !t.contains(' ')
        }
    }) else {
        return;
    };
    let before = &src[..blocks[rule].first()];
    let referenced = before
        .match_indices("[1]")
        .any(|(at, _)| before[..at].ends_with(|c: char| !c.is_whitespace()));
    if !referenced {
        return;
    }
    let mut expected = 1usize;
    for b in blocks[rule + 1..].iter_mut() {
        if b.role != Role::Content {
            continue;
        }
        let text = &src[b.first()..b.last()];
        let number = text
            .strip_prefix('[')
            .and_then(|t| t.split_once(']'))
            .or_else(|| text.split_once(". "))
            .and_then(|(n, _)| n.parse::<usize>().ok());
        if number != Some(expected) {
            break;
        }
        b.hint = Some(crate::model::Part::Notes);
        b.label = Some(expected.to_string());
        expected += 1;
    }
}

/// Whether a line is fields pushed apart, as `pdftotext -layout` sets a running head or
/// footer: two or more runs of text separated by eight spaces or more, at most 14 words, no
/// sentence end.
fn pushed_apart(content: &str) -> bool {
    let fields = content
        .split("        ")
        .filter(|f| !f.trim().is_empty())
        .count();
    fields >= 2 && content.split_whitespace().count() <= 14 && !content.ends_with(['.', '!', '?'])
}

/// Whether a text has one paragraph per line, as word processors save plain text (Word's
/// "Plain Text (.txt)" without line breaks): at least two lines of 28 words or more, and they
/// are at least a quarter of the lines of ten words or more. Hard-wrapped text (PDF
/// extractors, e-mail, `lynx -dump`, two columns side by side) has no line of that many
/// words, or only a stray one.
fn is_unwrapped(text: &str) -> bool {
    let (mut long, mut over_10) = (0usize, 0usize);
    for line in text.lines() {
        let n = line.split_whitespace().count();
        long += usize::from(n >= 28);
        over_10 += usize::from(n >= 10);
    }
    long >= 2 && long * 4 >= over_10
}

/// The cells of a line of tab-separated values (byte ranges in the line, trimmed), when the
/// line holds a tab between two non-empty cells; empty cells are kept as empty ranges so
/// that rows of one table have as many cells. A tab that indents the line is not a
/// separator.
fn tab_cells(line: &str) -> Vec<(usize, usize)> {
    let body = line.trim_end();
    let lead = body.len() - body.trim_start().len();
    if !body[lead..].contains('\t') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = lead;
    for cell in body[lead..].split('\t') {
        let inner = cell.trim();
        let s = at + (cell.len() - cell.trim_start().len());
        out.push((s, s + inner.len()));
        at += cell.len() + 1;
    }
    let filled = out.iter().filter(|(s, e)| e > s).count();
    if filled < 2 || number_tab_len(&body[lead..]) > 0 || bullet_len(&body[lead..]) > 0 {
        return Vec::new();
    }
    out
}

/// Whether `next` carries on `line` as a text wrapped at `width` lays it out: `line` fills
/// the width but for a few characters (12 at most) and `next`'s first word would not have
/// fitted after it.
fn wraps_into(line: &str, next: &str, width: usize) -> bool {
    let len = line.chars().count();
    let word = next
        .split_whitespace()
        .next()
        .map_or(0, |w| w.chars().count());
    width >= 40 && len + 12 >= width && len + 1 + word > width
}

/// A grid table's border (`+------+-----+`, `+======+=====+`, `+:-----+`): two cells or more.
fn is_grid_border(content: &str) -> bool {
    content.len() >= 5
        && content.starts_with('+')
        && content.ends_with('+')
        && content.matches('+').count() >= 3
        && content.chars().all(|c| matches!(c, '+' | '-' | '=' | ':'))
        && !content.contains("++")
}

/// The columns a table's dashed line marks (`  ------- ------ -----`): the byte range of each
/// run of three or more dashes, when the line holds two runs or more and nothing but dashes
/// and spaces.
fn dash_columns(line: &str) -> Vec<(usize, usize)> {
    let body = line.trim_end();
    if body.is_empty() || !body.bytes().all(|b| b == b'-' || b == b' ') {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut at = 0;
    for run in body.split(' ') {
        if !run.is_empty() {
            out.push((at, at + run.len()));
        }
        at += run.len() + 1;
    }
    if out.iter().any(|(s, e)| e - s < 3) {
        return Vec::new();
    }
    out
}

/// Whether a dashed line closes the table whose rows start at `pos`: one run of dashes alone
/// on a line before any two blank lines in a row (at most 200 lines ahead).
fn closing_rule_ahead(src: &str, pos: usize) -> bool {
    let mut blanks = 0;
    for line in src.get(pos..).unwrap_or("").lines().take(200) {
        let t = line.trim();
        if t.is_empty() {
            blanks += 1;
            if blanks >= 2 {
                return false;
            }
            continue;
        }
        blanks = 0;
        if rule_char(t) == Some('-') {
            return !t.contains(' ');
        }
    }
    false
}

/// The cells of a table row under a dashed line's columns (the columns' ranges in characters,
/// which is bytes in the ASCII dashed line; the cells' byte ranges in the line, trimmed; an
/// empty column gives an empty range). Each column starts where its dashes start; a word
/// that runs past a column's start (a right-aligned figure wider than its dashes) moves the
/// cut to the space before the word.
fn column_cells(line: &str, columns: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let body = line.trim_end();
    let mut cuts: Vec<usize> = columns
        .iter()
        .map(|&(s, _)| {
            // Columns count characters (the dashed line is ASCII; a row may hold `–` or `é`).
            let mut s = body.char_indices().nth(s).map_or(body.len(), |(b, _)| b);
            // Back to the start of a word cut by the column's edge.
            while s > 0
                && !body[..s].ends_with(' ')
                && !body[s..].starts_with(' ')
                && s < body.len()
            {
                s = body[..s].rfind(' ').map_or(0, |p| p + 1);
            }
            s
        })
        .collect();
    cuts[0] = 0;
    cuts.push(body.len());
    cuts.windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1].max(w[0]));
            let cell = &body[a..b];
            let s = a + (cell.len() - cell.trim_start().len());
            (s, s + cell.trim().len())
        })
        .collect()
}

/// How many tab-separated cells the line at `pos` has (0 when it is no table row).
fn next_line_cells(src: &str, pos: usize) -> usize {
    let Some(rest) = src.get(pos..) else {
        return 0;
    };
    let line = rest.split('\n').next().unwrap_or("");
    tab_cells(line).len()
}

/// The byte length of a numbered-list marker followed by a tab at the start of a line, as
/// word processors save numbered lists as plain text (`1.\t`, `12)\t`, `a.\t`), with the
/// tabs and spaces after it; 0 when there is none. A number followed by a space stays text
/// (`1. Jane Doe, …` opens a note).
fn number_tab_len(line: &str) -> usize {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let label = if digits > 0 && digits <= 3 {
        digits
    } else if line.starts_with(|c: char| c.is_ascii_lowercase()) {
        1
    } else {
        return 0;
    };
    let rest = &line[label..];
    if !(rest.starts_with(".\t") || rest.starts_with(")\t")) {
        return 0;
    }
    let after = &rest[1..];
    label + 1 + (after.len() - after.trim_start_matches([' ', '\t']).len())
}

/// Whether a block's text is prose: ten words or more ending a sentence.
fn is_prose(text: &str) -> bool {
    text.trim_end().ends_with(['.', '!', '?', '"', '\u{201d}'])
        && text.split_whitespace().count() >= 10
}

/// The character of a rule line: three or more of one of `=`, `-`, `_`, `*`, `~` (spaces
/// between them allowed), nothing else.
fn rule_char(content: &str) -> Option<char> {
    let c = content.chars().next()?;
    let marks = content.chars().filter(|&x| x == c).count();
    (matches!(c, '=' | '-' | '_' | '*' | '~')
        && marks >= 3
        && content.chars().all(|x| x == c || x == ' '))
    .then_some(c)
}

/// Whether a line can be underlined as a heading: at most 20 words, no sentence end.
fn underlined(line: &str) -> bool {
    line.split_whitespace().count() <= 20 && !line.ends_with(['.', ',', ';', ':'])
}

/// Whether a name may run on from a line of several words into the next: the line ends in a
/// capitalised word and the next opens with one (`The Regional Assistance` / `Mission to Fiji
/// (RAMF) left …`). A one-word line (`Summary` / `China operates …`) never runs on.
fn name_runs_on(line: &str, next: &str) -> bool {
    let capitalised = |w: Option<&str>| w.is_some_and(|w| w.starts_with(char::is_uppercase));
    line.split_whitespace().count() > 1
        && capitalised(line.split_whitespace().last())
        && capitalised(next.split_whitespace().next())
}

/// Whether a character is a list bullet (`•`, `◦`, `▪`, `‣`, `●`, `-`, `*`, `–`).
pub(super) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '◦' | '▪' | '‣' | '●' | '-' | '*' | '–')
}

/// The byte length of a list bullet and the spaces after it at the start of a line: a bullet
/// character, or the mojibake of one.
fn bullet_len(line: &str) -> usize {
    let len = match line.chars().next() {
        Some(c) if is_bullet(c) => c.len_utf8(),
        _ => match chars::fix_at(line) {
            Some((len, RepairKind::Mojibake, rep))
                if rep.chars().count() == 1 && rep.starts_with(is_bullet) =>
            {
                len
            }
            _ => return 0,
        },
    };
    let rest = &line[len..];
    if !rest.starts_with([' ', '\t']) {
        return 0;
    }
    len + (rest.len() - rest.trim_start().len())
}

/// The end (after the `Markdown Content:` line) of the header that Jina Reader
/// (`r.jina.ai`) writes before a page's markdown: `Title: …`, then other `Field: value` lines
/// (`URL Source`, `Published Time`, `Description`, `Warning`) and blank lines, at most 30 lines.
pub fn reader_header_end(text: &str) -> Option<usize> {
    if !text.starts_with("Title:") {
        return None;
    }
    let mut pos = 0;
    for _ in 0..30 {
        let nl = text[pos..].find('\n').map_or(text.len(), |n| pos + n);
        let line = text[pos..nl].trim_end();
        if line == "Markdown Content:" {
            return Some((nl + 1).min(text.len()));
        }
        let field = line.split_once(": ").is_some_and(|(k, _)| {
            k.len() <= 30
                && k.starts_with(|c: char| c.is_ascii_uppercase())
                && k.chars().all(|c| c.is_ascii_alphabetic() || c == ' ')
        });
        if !line.is_empty() && !field || nl >= text.len() {
            return None;
        }
        pos = nl + 1;
    }
    None
}

/// The end (after its closing line) of front matter at `start`: YAML between `---` lines or
/// TOML between `+++` lines, the opening line first in the file.
pub fn front_matter_end(src: &str, start: usize) -> Option<usize> {
    let rest = &src[start..];
    if let Some(end) = reader_header_end(rest) {
        return Some(start + end);
    }
    let fence = if rest.starts_with("---") {
        "---"
    } else if rest.starts_with("+++") {
        "+++"
    } else {
        return None;
    };
    let first_nl = rest.find('\n')?;
    if !rest[..first_nl].trim_end().eq(fence) {
        return None;
    }
    let mut pos = first_nl + 1;
    while pos < rest.len() {
        let nl = rest[pos..].find('\n').map_or(rest.len(), |n| pos + n);
        let line = rest[pos..nl].trim_end();
        if line == fence || (fence == "---" && line == "...") {
            return Some(start + (nl + 1).min(rest.len()));
        }
        pos = nl + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bullets_in_their_forms() {
        assert_eq!(bullet_len("• text"), "• ".len());
        assert_eq!(
            bullet_len("\u{e2}\u{80}\u{a2} If"),
            "\u{e2}\u{80}\u{a2} ".len()
        );
        assert_eq!(bullet_len("- item"), 2);
        assert_eq!(bullet_len("-5 degrees"), 0);
        assert_eq!(bullet_len("Text"), 0);
    }

    #[test]
    fn front_matter_yaml_and_toml() {
        assert_eq!(front_matter_end("---\na: 1\n---\nText", 0), Some(13));
        assert_eq!(front_matter_end("+++\na = 1\n+++\n", 0), Some(14));
        assert_eq!(front_matter_end("---\nno end", 0), None);
        assert_eq!(front_matter_end("----\n", 0), None);
    }
}
