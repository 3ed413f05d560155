//! Ingest: read a brief's bytes, hash them, decode them, and derive the clean text layer.
//!
//! Architecture invariant: [`read`] is the only function here that does I/O; [`decode`] and
//! [`clean`] are pure, so the same bytes always give the same source and clean text.

mod builder;
mod chars;
mod emit;
mod html;
mod layout;
mod lexicon;
mod lined;
// Used by extract (entities) to tell common words from surnames.
pub(crate) use lexicon::{is_word, is_word_with};

/// SHA-256 of the bundled English word list (`data/lexicon/english-words.txt`), evidence for
/// dehyphenation: part of the run configuration, since it changes the output.
pub fn lexicon_sha256() -> String {
    sha256_hex(lexicon::WORDS.as_bytes())
}
mod markdown;
mod metadata;
mod parts;
mod text;

use std::path::Path;

use crate::diag::{BriefError, Location};
use crate::model::{BlockKind, Part, SourceText, Span};
use crate::provenance::hash::sha256_hex;

pub use builder::CleanBuilder;
pub use metadata::find_date_or_month;
pub use metadata::read as read_metadata;

/// A block of the clean text before anchoring: kind, part, clean span and, for a note, its
/// label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockDraft {
    /// Heading, paragraph or table.
    pub kind: BlockKind,
    /// Part of the brief.
    pub part: Part,
    /// Span in the clean text.
    pub span: Span,
    /// A note's label (`1`, `chile`), from a footnote definition.
    pub label: Option<String>,
}

/// Reads a brief from disk and decodes it.
pub fn read(path: &Path) -> Result<SourceText, BriefError> {
    let bytes = std::fs::read(path).map_err(|source| BriefError::Io {
        path: path.to_owned(),
        source,
    })?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    decode(path, &name, &bytes)
}

/// Decodes a brief's bytes: refuses empty, binary and non-UTF-8 input with an error naming the
/// file and the byte offset; keeps the text exactly as it is otherwise.
pub fn decode(path: &Path, name: &str, bytes: &[u8]) -> Result<SourceText, BriefError> {
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(BriefError::Binary {
            path: path.to_owned(),
            at: Location::of_byte(bytes, pos),
            byte: 0,
        });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_owned(),
        Err(e) => {
            return Err(BriefError::InvalidUtf8 {
                path: path.to_owned(),
                at: Location::of_byte(bytes, e.valid_up_to()),
            })
        }
    };
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        return Err(BriefError::Empty {
            path: path.to_owned(),
        });
    }
    Ok(SourceText {
        name: name.to_owned(),
        media_type: media_type(name, &text).to_owned(),
        sha256: sha256_hex(bytes),
        byte_len: bytes.len(),
        char_len: text.chars().count(),
        text,
    })
}

/// Derives the clean text and the blocks of a decoded brief: its format's reader gives the
/// layout (markdown through pulldown-cmark, plain text by lines, HTML through html5tokenizer),
/// the layout analysis finds debris, furniture, parts and page-break joins alike for every
/// format, and the emitter builds the clean text with every change recorded.
pub fn clean(source: &SourceText) -> (crate::model::CleanText, Vec<BlockDraft>) {
    let text = source.text.as_str();
    let mut layout = match source.media_type.as_str() {
        "text/html" => html::read(text),
        "text/markdown" => markdown::read(text),
        _ => text::read(text),
    };
    layout::analyze(&mut layout);
    emit::emit(&layout)
}

/// Recognises the format from the content first, the extension second: HTML when the text
/// starts with a doctype or an `<html>`, `<body>` or `<p>` tag (or the file is `.html`/`.htm`
/// and holds tags), markdown when it has markdown headings, emphasis or bullets or the file is
/// `.md`, plain text otherwise.
fn media_type(name: &str, text: &str) -> &'static str {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let head_lower = head
        .get(..head.len().min(64))
        .unwrap_or(head)
        .to_ascii_lowercase();
    let html_start = [
        "<!doctype html",
        "<html",
        "<body",
        "<head",
        "<p>",
        "<p ",
        "<h1",
        "<div",
        "<article",
    ]
    .iter()
    .any(|t| head_lower.starts_with(t));
    let lower = name.to_ascii_lowercase();
    let html_ext = lower.ends_with(".html") || lower.ends_with(".htm") || lower.ends_with(".xhtml");
    if html_start || (html_ext && head.starts_with('<')) {
        return "text/html";
    }
    let markdown_lines = text
        .lines()
        .filter(|l| l.starts_with('#') || l.contains("**") || l.starts_with("* "))
        .count();
    if markdown_lines > 0 || name.ends_with(".md") || name.ends_with(".markdown") {
        "text/markdown"
    } else {
        "text/plain"
    }
}
