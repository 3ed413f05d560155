//! Ingest: read a brief's bytes, hash them, decode them, and derive the clean text layer.
//!
//! Architecture invariant: [`read`] is the only function here that does I/O; [`decode`] and
//! [`clean`] are pure, so the same bytes always give the same source and clean text.

mod builder;
mod lexicon;
mod markdown;
mod metadata;

use std::path::Path;

use crate::diag::{BriefError, Location};
use crate::model::SourceText;
use crate::provenance::hash::sha256_hex;

pub use builder::CleanBuilder;
pub use markdown::{clean, BlockDraft};
pub use metadata::read as read_metadata;

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

/// Recognises the format from the content first, the extension second.
fn media_type(name: &str, text: &str) -> &'static str {
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
