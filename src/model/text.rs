//! The source text and the clean text derived from it, with the offset map and the repairs
//! that lead from one to the other.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The brief exactly as read: its bytes' hash and its text, unchanged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SourceText {
    /// File name of the brief (no directory), used to name its output folder.
    pub name: String,
    /// Media type recognised from the content and the extension (`text/markdown`, `text/plain`).
    pub media_type: String,
    /// Lower-case hex SHA-256 of the exact source bytes.
    pub sha256: String,
    /// Size of the source in bytes.
    pub byte_len: usize,
    /// Size of the source in code points.
    pub char_len: usize,
    /// The decoded source text, byte for byte the input (UTF-8). Not serialised: it is the
    /// input itself, and `knowledge.json` points into it by offsets and hash.
    #[serde(skip)]
    #[schemars(skip)]
    pub text: String,
}

/// What kind of change a repair made to the source on the way to the clean text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum RepairKind {
    /// Markdown or HTML markup removed (heading markers, emphasis, tags, link targets).
    Markup,
    /// A running page header or footer removed.
    RunningHeader,
    /// A page break inside a sentence joined.
    PageBreak,
    /// A word hyphenated across a line break joined.
    Dehyphenation,
    /// A lost drop capital restored (inferred).
    DropCapital,
    /// Stray characters left by the extraction removed (for example `>` after `</a>`).
    Debris,
    /// A footnote marker (`[1]`, `¹`) removed from running text; the note stays in the notes.
    FootnoteMarker,
    /// A UTF-8 byte order mark removed.
    ByteOrderMark,
    /// An HTML character reference decoded (`&amp;` to `&`).
    CharacterReference,
    /// A line break inside a paragraph turned into a space.
    LineJoin,
    /// A bare page number (`7`, `Page 3 of 8`) removed.
    PageNumber,
    /// The metadata block at the start (YAML `---` or TOML `+++` front matter) removed; its
    /// fields are read as metadata.
    FrontMatter,
    /// Double-encoded UTF-8 decoded (`â€™` → `’`).
    Mojibake,
    /// A typographic ligature expanded (`ﬁ` → `fi`).
    Ligature,
    /// An invisible character removed: soft hyphen, zero-width space, word joiner.
    InvisibleCharacter,
    /// A no-break, narrow no-break or other Unicode space turned into a plain space.
    SpaceCharacter,
}

impl RepairKind {
    /// Whether a removal of this kind splits a span that crosses it into several source pieces.
    /// Block-level removals (running headers, page breaks) do; inline markup does not.
    pub fn splits_span(self) -> bool {
        matches!(
            self,
            RepairKind::RunningHeader | RepairKind::PageBreak | RepairKind::PageNumber
        )
    }

    /// The stable kebab-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            RepairKind::Markup => "markup",
            RepairKind::RunningHeader => "running-header",
            RepairKind::PageBreak => "page-break",
            RepairKind::Dehyphenation => "dehyphenation",
            RepairKind::DropCapital => "drop-capital",
            RepairKind::Debris => "debris",
            RepairKind::FootnoteMarker => "footnote-marker",
            RepairKind::ByteOrderMark => "byte-order-mark",
            RepairKind::CharacterReference => "character-reference",
            RepairKind::LineJoin => "line-join",
            RepairKind::PageNumber => "page-number",
            RepairKind::FrontMatter => "front-matter",
            RepairKind::Mojibake => "mojibake",
            RepairKind::Ligature => "ligature",
            RepairKind::InvisibleCharacter => "invisible-character",
            RepairKind::SpaceCharacter => "space-character",
        }
    }

    /// Every kind, in declaration order.
    pub const ALL: [RepairKind; 16] = [
        RepairKind::Markup,
        RepairKind::RunningHeader,
        RepairKind::PageBreak,
        RepairKind::Dehyphenation,
        RepairKind::DropCapital,
        RepairKind::Debris,
        RepairKind::FootnoteMarker,
        RepairKind::ByteOrderMark,
        RepairKind::CharacterReference,
        RepairKind::LineJoin,
        RepairKind::PageNumber,
        RepairKind::FrontMatter,
        RepairKind::Mojibake,
        RepairKind::Ligature,
        RepairKind::InvisibleCharacter,
        RepairKind::SpaceCharacter,
    ];

    /// The kind named `name` (the inverse of [`RepairKind::as_str`]).
    pub fn from_name(name: &str) -> Option<Self> {
        RepairKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// One change from the source to the clean text: the source range `source` was replaced by
/// `replacement` (empty for a removal; an empty source range is an insertion).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Repair {
    /// What was repaired.
    pub kind: RepairKind,
    /// The source range replaced.
    pub source: super::SourcePiece,
    /// The exact source text replaced.
    pub original: String,
    /// The text put in its place in the clean text.
    pub replacement: String,
    /// Where the replacement starts in the clean text.
    pub clean_start: usize,
    /// True when the repair is a guess from evidence rather than a certain fact (drop capitals).
    pub inferred: bool,
}

/// One segment of the offset map: a clean range and the source range it comes from.
/// `repair` is `None` for a verbatim copy (equal lengths) and the index of a [`Repair`] otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct MapSegment {
    /// Start in the clean text (code points).
    pub clean_start: usize,
    /// End in the clean text (code points).
    pub clean_end: usize,
    /// The source range.
    pub source: super::SourcePiece,
    /// Index into [`CleanText::repairs`], or `None` for a verbatim copy.
    pub repair: Option<usize>,
}

/// The clean text layer: markup and layout debris removed, with a complete, ordered offset map
/// back to the source. The map's segments tile both texts without gaps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CleanText {
    /// The clean text.
    pub text: String,
    /// Lower-case hex SHA-256 of the clean text's UTF-8 bytes.
    pub sha256: String,
    /// Number of code points in the clean text.
    pub char_len: usize,
    /// Every change from the source, in source order.
    pub repairs: Vec<Repair>,
    /// The offset map, in order; it tiles the clean text and the source text.
    pub map: Vec<MapSegment>,
}

/// Code-point ↔ byte offset conversion for one text, built once.
#[derive(Debug, Clone)]
pub struct TextIndex {
    /// Byte offset of every code point, then the text's byte length.
    starts: Vec<usize>,
}

impl TextIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        TextIndex { starts }
    }

    /// Number of code points.
    pub fn char_len(&self) -> usize {
        self.starts.len() - 1
    }

    /// Byte offset of code point `c` (`c == char_len()` gives the byte length).
    pub fn byte(&self, c: usize) -> usize {
        self.starts[c]
    }

    /// Code point index of byte offset `b`, which must be on a character boundary.
    pub fn char_at_byte(&self, b: usize) -> usize {
        self.starts.partition_point(|&s| s < b)
    }
}

/// Builds [`super::Anchor`]s for clean-text spans of one document: the exact text, the quote
/// context and the source pieces.
pub struct Anchorer<'a> {
    clean: &'a CleanText,
    source_index: TextIndex,
    clean_index: TextIndex,
}

/// Code points of context kept on each side of an anchor's exact text.
pub const QUOTE_CONTEXT: usize = 32;

impl<'a> Anchorer<'a> {
    /// Prepares anchoring into `clean`, derived from `source`.
    pub fn new(source: &'a str, clean: &'a CleanText) -> Self {
        Anchorer {
            clean,
            source_index: TextIndex::new(source),
            clean_index: TextIndex::new(&clean.text),
        }
    }

    /// The clean text of a code-point span.
    pub fn clean_slice(&self, span: super::Span) -> &'a str {
        &self.clean.text[self.clean_index.byte(span.start)..self.clean_index.byte(span.end)]
    }

    /// The anchor of a clean-text span.
    pub fn anchor(&self, span: super::Span) -> super::Anchor {
        let len = self.clean_index.char_len();
        let pre = super::Span::new(span.start.saturating_sub(QUOTE_CONTEXT), span.start);
        let post = super::Span::new(span.end, (span.end + QUOTE_CONTEXT).min(len));
        super::Anchor {
            clean: span,
            exact: self.clean_slice(span).to_owned(),
            prefix: self.clean_slice(pre).to_owned(),
            suffix: self.clean_slice(post).to_owned(),
            source: self.source_pieces(span),
        }
    }

    fn piece(&self, start: usize, end: usize) -> super::SourcePiece {
        super::SourcePiece {
            start,
            end,
            byte_start: self.source_index.byte(start),
            byte_end: self.source_index.byte(end),
        }
    }

    /// The source pieces a clean span comes from: the source range between the mapped start and
    /// end, cut wherever a span-splitting repair (running header, page break) lies inside it.
    pub fn source_pieces(&self, span: super::Span) -> Vec<super::SourcePiece> {
        let map = &self.clean.map;
        if map.is_empty() {
            return vec![self.piece(0, 0)];
        }
        // First segment that reaches past the start (skips removals sitting at the start).
        let i = map
            .partition_point(|s| s.clean_end <= span.start)
            .min(map.len() - 1);
        let first = map[i];
        let src_start = match first.repair {
            None => first.source.start + span.start.saturating_sub(first.clean_start),
            Some(_) => first.source.start,
        };
        // Last segment that starts before the end (skips removals sitting at the end).
        let j = map.partition_point(|s| s.clean_start < span.end).max(i + 1) - 1;
        let last = map[j];
        let src_end = match last.repair {
            None => last.source.start + (span.end.max(last.clean_start) - last.clean_start),
            Some(_) => last.source.end,
        };
        let src_end = src_end.max(src_start);
        let mut pieces = Vec::new();
        let mut cursor = src_start;
        for seg in &map[i..=j] {
            let Some(r) = seg.repair else { continue };
            // Only a repair whose replacement lies strictly inside the span cuts it; one the
            // span starts or ends on stays inside a piece (its replacement is part of the text).
            if !self.clean.repairs[r].kind.splits_span()
                || seg.clean_start <= span.start
                || seg.clean_end >= span.end
            {
                continue;
            }
            if seg.source.start >= cursor && seg.source.end <= src_end {
                if seg.source.start > cursor {
                    pieces.push(self.piece(cursor, seg.source.start));
                }
                cursor = seg.source.end;
            }
        }
        if cursor < src_end || pieces.is_empty() {
            pieces.push(self.piece(cursor.min(src_end), src_end));
        }
        pieces
    }
}

/// Lower-case hex SHA-256 of a text's UTF-8 bytes.
fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    use std::fmt::Write;
    let mut out = String::with_capacity(64);
    for b in Sha256::digest(text.as_bytes()) {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// Why [`CleanText::rebuild`] could not rebuild a clean text from a source and its repairs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RebuildError {
    /// A repair's source range is not inside the source or not on character boundaries.
    #[error("repair {index}: source bytes {start}..{end} are not a range of the source")]
    OutOfRange {
        /// Index of the repair, in source order.
        index: usize,
        /// Its first byte.
        start: usize,
        /// One past its last byte.
        end: usize,
    },
    /// A repair starts before the previous one ends.
    #[error("repair {index}: source bytes {start}.. overlap the previous repair, which ends at {previous_end}")]
    Overlap {
        /// Index of the repair, in source order.
        index: usize,
        /// Its first byte.
        start: usize,
        /// Where the previous repair ends.
        previous_end: usize,
    },
}

impl CleanText {
    /// Rebuilds the clean text and its offset map from the source text and the repairs alone
    /// (as `verify` does from a graph): verbatim copies of the source between the repairs, each
    /// repair's replacement in place of its source range. `repairs` must be in source order
    /// (an insertion before a removal at the same place) and their `source` pieces must hold
    /// byte and code-point offsets of the source; their `clean_start` is recomputed, so a caller
    /// can compare it with what it was told.
    ///
    /// Errors: a repair outside the source, off character boundaries, or overlapping the
    /// previous one.
    pub fn rebuild(source: &str, mut repairs: Vec<Repair>) -> Result<CleanText, RebuildError> {
        let mut text = String::with_capacity(source.len());
        let mut map = Vec::with_capacity(repairs.len() * 2 + 1);
        let (mut byte, mut chars, mut clean_chars) = (0usize, 0usize, 0usize);
        for (index, r) in repairs.iter_mut().enumerate() {
            let (start, end) = (r.source.byte_start, r.source.byte_end);
            if start > end || source.get(start..end).is_none() {
                return Err(RebuildError::OutOfRange { index, start, end });
            }
            if start < byte {
                return Err(RebuildError::Overlap {
                    index,
                    start,
                    previous_end: byte,
                });
            }
            if start > byte {
                let n = r.source.start.saturating_sub(chars);
                text.push_str(&source[byte..start]);
                map.push(MapSegment {
                    clean_start: clean_chars,
                    clean_end: clean_chars + n,
                    source: super::SourcePiece {
                        start: chars,
                        end: r.source.start,
                        byte_start: byte,
                        byte_end: start,
                    },
                    repair: None,
                });
                clean_chars += n;
            }
            r.clean_start = clean_chars;
            let n = r.replacement.chars().count();
            text.push_str(&r.replacement);
            map.push(MapSegment {
                clean_start: clean_chars,
                clean_end: clean_chars + n,
                source: r.source,
                repair: Some(index),
            });
            clean_chars += n;
            byte = end;
            chars = r.source.end;
        }
        if byte < source.len() {
            let n = source[byte..].chars().count();
            text.push_str(&source[byte..]);
            map.push(MapSegment {
                clean_start: clean_chars,
                clean_end: clean_chars + n,
                source: super::SourcePiece {
                    start: chars,
                    end: chars + n,
                    byte_start: byte,
                    byte_end: source.len(),
                },
                repair: None,
            });
            clean_chars += n;
        }
        Ok(CleanText {
            sha256: sha256_hex(&text),
            char_len: clean_chars,
            text,
            repairs,
            map,
        })
    }
}

/// Rebuilds the clean text of an anchor from the source text alone: the source range from the
/// first piece's start to the last piece's end with every repair inside it applied. This is the
/// check `verify` runs; it must give back the anchor's exact text.
pub fn reconstruct(
    source: &str,
    repairs: &[Repair],
    pieces: &[super::SourcePiece],
) -> Option<String> {
    let (first, last) = (pieces.first()?, pieces.last()?);
    let (start, end) = (first.byte_start, last.byte_end);
    let mut out = String::new();
    let mut cursor = start;
    for r in repairs {
        let (rs, re) = (r.source.byte_start, r.source.byte_end);
        let inside = if rs == re {
            start <= rs && rs < end
        } else {
            start <= rs && re <= end
        };
        if !inside || rs < cursor {
            continue;
        }
        out.push_str(source.get(cursor..rs)?);
        out.push_str(&r.replacement);
        cursor = re;
    }
    out.push_str(source.get(cursor..end)?);
    Some(out)
}

/// The matching view of a clean text: the same text with the author's typography folded so
/// that names match their plain forms, **code point for code point** (the view has exactly the
/// clean text's code points, so every offset into it is an offset into the clean text and no
/// separate map is needed):
///
/// - curly and other apostrophes and single quotes (`’ ‘ ‛ ′ ＇`) → `'`, double quotes
///   (`“ ” „ ‟ ″ ＂`) → `"`;
/// - hyphens and dashes inside words (`‐` U+2010, `‑` U+2011) → `-`;
/// - fullwidth ASCII forms (U+FF01–U+FF5E) → ASCII (`Ｕ` → `U`);
/// - any whitespace → a space;
/// - web and e-mail addresses (`https://…`, `www.…`, `name@host.tld`) → spaces, so no name is
///   ever found inside an address.
///
/// Entity matching runs on this view (`People’s Republic of China` matches `People's
/// Republic of China`); spans found in it are spans of the clean text.
pub fn matching_text(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out: Vec<char> = chars
        .iter()
        .map(|&c| match c {
            '\u{2019}' | '\u{2018}' | '\u{201b}' | '\u{2032}' | '\u{ff07}' => '\'',
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ff02}' => '"',
            '\u{2010}' | '\u{2011}' => '-',
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    for (start, end) in address_spans(&chars) {
        for c in &mut out[start..end] {
            *c = ' ';
        }
    }
    out.into_iter().collect()
}

/// Code-point spans of web and e-mail addresses in a text: from `http://`, `https://`,
/// `ftp://` or `www.` (or the local part of an e-mail address) up to the next whitespace or
/// angle bracket, trailing punctuation excluded.
pub fn address_spans(chars: &[char]) -> Vec<(usize, usize)> {
    let starts_with = |i: usize, p: &str| {
        p.chars().enumerate().all(|(k, pc)| {
            chars
                .get(i + k)
                .is_some_and(|c| c.eq_ignore_ascii_case(&pc))
        })
    };
    let stop = |c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\u{201d}');
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let boundary = i == 0 || !chars[i - 1].is_alphanumeric();
        // (Checked only where one can start: a scheme never contains `@`, so `at` below is
        // the same either way.)
        let scheme = boundary
            && matches!(chars[i], 'h' | 'H' | 'f' | 'F' | 'w' | 'W')
            && ["https://", "http://", "ftp://", "www."]
                .iter()
                .any(|p| starts_with(i, p));
        let at = !scheme && chars[i] == '@' && i > 0 && chars[i - 1].is_alphanumeric();
        if (scheme && boundary) || at {
            let mut start = i;
            if at {
                while start > 0
                    && (chars[start - 1].is_alphanumeric()
                        || matches!(chars[start - 1], '.' | '_' | '-' | '+'))
                {
                    start -= 1;
                }
            }
            let mut end = i;
            while end < chars.len() && !stop(chars[end]) {
                end += 1;
            }
            while end > i + 1
                && matches!(
                    chars[end - 1],
                    '.' | ',' | ';' | ':' | '!' | '?' | ')' | '\'' | '\u{2019}'
                )
            {
                // A closing parenthesis belongs to the address when it has its opening one.
                if chars[end - 1] == ')' {
                    let opens = chars[start..end].iter().filter(|&&c| c == '(').count();
                    let closes = chars[start..end].iter().filter(|&&c| c == ')').count();
                    if opens >= closes {
                        break;
                    }
                }
                end -= 1;
            }
            if at && !chars[i..end].contains(&'.') {
                i += 1;
                continue;
            }
            out.push((start, end));
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::RepairKind;

    /// An exhaustive match: a new kind does not compile until it is numbered here, and the
    /// test below then fails until it is in [`RepairKind::ALL`].
    fn number(k: RepairKind) -> usize {
        match k {
            RepairKind::Markup => 0,
            RepairKind::RunningHeader => 1,
            RepairKind::PageBreak => 2,
            RepairKind::Dehyphenation => 3,
            RepairKind::DropCapital => 4,
            RepairKind::Debris => 5,
            RepairKind::FootnoteMarker => 6,
            RepairKind::ByteOrderMark => 7,
            RepairKind::CharacterReference => 8,
            RepairKind::LineJoin => 9,
            RepairKind::PageNumber => 10,
            RepairKind::FrontMatter => 11,
            RepairKind::Mojibake => 12,
            RepairKind::Ligature => 13,
            RepairKind::InvisibleCharacter => 14,
            RepairKind::SpaceCharacter => 15,
        }
    }
    const LAST: usize = 15;

    #[test]
    fn matching_view_folds_typography_code_point_for_code_point() {
        let text = "People\u{2019}s Republic of China, \u{201c}Ｕ.Ｎ.\u{201d} and Paris: https://x.org/Paris_(1951). Mail a@b.org";
        let view = super::matching_text(text);
        assert_eq!(view.chars().count(), text.chars().count());
        assert!(view.starts_with("People's Republic of China, \"U.N.\" and Paris: "));
        assert!(!view.contains("Paris_") && !view.contains("b.org"));
        assert!(view.ends_with(&format!(". Mail {}", " ".repeat("a@b.org".len()))));
    }

    #[test]
    fn all_lists_every_kind_once_and_names_round_trip() {
        let mut seen: Vec<usize> = RepairKind::ALL.iter().map(|k| number(*k)).collect();
        seen.sort_unstable();
        assert_eq!(seen, (0..=LAST).collect::<Vec<_>>());
        for k in RepairKind::ALL {
            assert_eq!(RepairKind::from_name(k.as_str()), Some(k));
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str());
        }
    }
}
