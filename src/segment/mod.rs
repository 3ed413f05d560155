//! Segment: blocks into sections and paragraphs, paragraphs into sentences, each with its
//! anchor (clean span, exact text, quote context, source pieces).
//!
//! Pure: no I/O, no clock, no randomness.

mod sentences;

use crate::ingest::BlockDraft;
use crate::model::{Anchorer, Block, BlockKind, Paragraph, Part, Section, Sentence, Span};

pub use sentences::{split_sentences, SENTENCE_OPENERS};

/// The cells of a table's clean text (a tab between cells, a line break between rows), as
/// code-point spans relative to the text, trimmed, empty cells left out. A cell is never
/// split into sentences and never glued to the next.
pub fn table_cells(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<char> = text.chars().collect();
    for i in 0..=chars.len() {
        if i == chars.len() || chars[i] == '\t' || chars[i] == '\n' {
            let (mut s, mut e) = (start, i);
            while s < e && chars[s].is_whitespace() {
                s += 1;
            }
            while e > s && chars[e - 1].is_whitespace() {
                e -= 1;
            }
            if s < e {
                out.push(Span::new(s, e));
            }
            start = i + 1;
        }
    }
    out
}

/// What segmentation produces.
#[derive(Debug, Clone, Default)]
pub struct Segments {
    /// Blocks with anchors.
    pub blocks: Vec<Block>,
    /// Sections of the body.
    pub sections: Vec<Section>,
    /// Paragraphs (every part).
    pub paragraphs: Vec<Paragraph>,
    /// Sentences of body, bio and notes paragraphs.
    pub sentences: Vec<Sentence>,
}

/// Segments the blocks of one clean text.
pub fn run(anchorer: &Anchorer<'_>, drafts: &[BlockDraft]) -> Segments {
    let mut out = Segments::default();
    let mut section: Option<usize> = None;
    for d in drafts {
        let anchor = anchorer.anchor(d.span);
        out.blocks.push(Block {
            kind: d.kind,
            part: d.part,
            anchor: anchor.clone(),
            label: d.label.clone(),
        });
        match d.kind {
            BlockKind::Heading { level } => {
                if d.part == Part::Heading {
                    out.sections.push(Section {
                        heading: anchor,
                        level,
                        paragraphs: Vec::new(),
                    });
                    section = Some(out.sections.len() - 1);
                }
            }
            BlockKind::Paragraph | BlockKind::Table => {
                let in_section = if d.part == Part::Body { section } else { None };
                let index = out.paragraphs.len();
                out.paragraphs.push(Paragraph {
                    anchor,
                    part: d.part,
                    section: in_section,
                    label: d.label.clone(),
                });
                if let Some(s) = in_section {
                    out.sections[s].paragraphs.push(index);
                }
                let text = anchorer.clean_slice(d.span);
                let units = if d.kind == BlockKind::Table {
                    table_cells(text)
                } else {
                    split_sentences(text)
                };
                for s in units {
                    let span = Span::new(d.span.start + s.start, d.span.start + s.end);
                    out.sentences.push(Sentence {
                        anchor: anchorer.anchor(span),
                        paragraph: index,
                    });
                }
            }
        }
    }
    out
}
