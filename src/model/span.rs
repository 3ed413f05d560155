//! Spans and anchors: where a piece of derived text sits in the clean text and in the source.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of Unicode code points.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct Span {
    /// First code point (inclusive).
    pub start: usize,
    /// One past the last code point (exclusive).
    pub end: usize,
}

impl Span {
    /// Builds a span; `start <= end` is the caller's invariant.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Number of code points covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A contiguous range of the source text, in code points and in UTF-8 bytes.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    JsonSchema,
)]
pub struct SourcePiece {
    /// First code point in the source text (inclusive).
    pub start: usize,
    /// One past the last code point in the source text.
    pub end: usize,
    /// First byte in the source bytes (inclusive).
    pub byte_start: usize,
    /// One past the last byte in the source bytes.
    pub byte_end: usize,
}

/// Where a derived text (section, paragraph, sentence, mention) is: its span in the clean text,
/// the exact clean text with a little context (a Web Annotation TextQuoteSelector), and the
/// source pieces it was derived from.
///
/// Invariant: `clean_text[clean.start..clean.end] == exact` (code points). The source pieces,
/// read from the source bytes with the document's repairs applied, give `exact` again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Anchor {
    /// Span in the clean text.
    pub clean: Span,
    /// The exact clean text of the span.
    pub exact: String,
    /// Up to 32 code points of clean text before the span.
    pub prefix: String,
    /// Up to 32 code points of clean text after the span.
    pub suffix: String,
    /// The source ranges this span comes from, in order. More than one when the span crosses
    /// a removed region that splits it (a running header, a page break).
    pub source: Vec<SourcePiece>,
}

impl Anchor {
    /// The smallest source range covering every piece.
    pub fn source_extent(&self) -> SourcePiece {
        let first = self.source.first().copied().unwrap_or_default();
        let last = self.source.last().copied().unwrap_or_default();
        SourcePiece {
            start: first.start,
            end: last.end,
            byte_start: first.byte_start,
            byte_end: last.byte_end,
        }
    }
}
