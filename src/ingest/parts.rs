//! Which part of a brief each block belongs to (series heading, caption, title, byline, body,
//! heading, bio, notes, editor's note, footer), and which headings are running headers.
//! Shared by every input format: it looks only at heading levels and plain block text.
//!
//! The layout it expects is the common one of think-tank briefs: an optional series heading and
//! picture caption before the title (the first level-1 heading), a `By …` line right after it,
//! the body with its section headings, a biography in parentheses (`(Name is a …)`), a notes
//! list under a `Notes` heading, an editor's note (`Editor's Note: …`), then the publisher
//! footer. A running header is a heading that repeats the series heading with more text
//! (`Prospects & Perspectives No. 65 November 26, 2024`).

use crate::model::Part;

/// What classification needs of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockText {
    /// Heading level, 0 for a paragraph.
    pub level: u8,
    /// The block's text with markup removed.
    pub text: String,
}

/// The part of every block and whether it is a running header.
pub fn classify(blocks: &[BlockText]) -> Vec<(Part, bool)> {
    let title = blocks.iter().position(|b| b.level == 1);
    let series = blocks
        .iter()
        .take(title.unwrap_or(0))
        .find(|b| b.level > 1)
        .map(|b| b.text.clone());
    let mut part = if title.is_some() {
        Part::Caption
    } else {
        Part::Body
    };
    let mut out = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        let text = b.text.as_str();
        let running_header = series.as_deref().is_some_and(|series| {
            b.level > 0 && text.len() > series.len() && text.starts_with(series)
        });
        if running_header {
            out.push((part, true));
            continue;
        }
        if Some(i) == title {
            part = Part::Body;
            out.push((Part::Title, false));
            continue;
        }
        if title.is_some_and(|t| i < t) {
            out.push((
                if b.level > 0 {
                    Part::SeriesHeading
                } else {
                    Part::Caption
                },
                false,
            ));
            continue;
        }
        if title.is_some_and(|t| i == t + 1) && b.level == 0 && text.starts_with("By ") {
            out.push((Part::Byline, false));
            continue;
        }
        if text.starts_with("Editor's Note") || text.starts_with("Editor\u{2019}s Note") {
            part = Part::EditorNote;
        } else if part == Part::EditorNote {
            part = Part::Footer;
        } else if matches!(text, "Notes" | "Endnotes" | "References") {
            part = Part::Notes;
        } else if part == Part::Bio {
            part = Part::Body;
        }
        if part == Part::Body && b.level == 0 && is_bio(text) {
            part = Part::Bio;
            out.push((Part::Bio, false));
            continue;
        }
        out.push((
            if part == Part::Body && b.level > 0 {
                Part::Heading
            } else {
                part
            },
            false,
        ));
    }
    out
}

/// A paragraph that is an author biography: all in parentheses, `(Name is a …)`.
pub fn is_bio(text: &str) -> bool {
    text.starts_with('(') && text.ends_with(')') && bio_verb(text)
}

/// Whether a text reads like a biography (`… is a …`).
pub fn bio_verb(text: &str) -> bool {
    [" is a ", " is an ", " is the ", " serves as "]
        .iter()
        .any(|v| text.contains(v))
}
