//! Errors and diagnostics that point into a brief.
//!
//! A stage returns its output plus [`Diagnostic`]s; [`BriefError`] is for failures that stop
//! one brief (the rest of the batch goes on). Every message names the file and, where there is
//! one, the place in it (line, column and byte offset).

use std::fmt;
use std::path::PathBuf;

use serde::Serialize;

/// A place in a file: 1-based line and column (in code points) and the 0-based byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Location {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in code points.
    pub column: usize,
    /// 0-based byte offset.
    pub byte: usize,
}

impl Location {
    /// Locates byte offset `byte` in `bytes` (which may not be valid UTF-8 past `byte`).
    pub fn of_byte(bytes: &[u8], byte: usize) -> Self {
        let before = &bytes[..byte.min(bytes.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count()
            + 1;
        Location { line, column, byte }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{} (byte {})", self.line, self.column, self.byte)
    }
}

/// A failure that stops the processing of one brief.
#[derive(Debug, thiserror::Error)]
pub enum BriefError {
    /// The file could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The bytes are not valid UTF-8.
    #[error("{}:{at}: invalid UTF-8 (E001): the byte sequence at byte offset {} is not UTF-8; re-encode the file as UTF-8", path.display(), at.byte)]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Where the first invalid byte is.
        at: Location,
    },
    /// The file holds no text.
    #[error("{}: empty brief (E002): the file holds no text", path.display())]
    Empty {
        /// The file.
        path: PathBuf,
    },
    /// The file is binary (holds NUL bytes or control characters that text never has).
    #[error("{}:{at}: binary file (E003): byte 0x{byte:02x} at byte offset {} is not text", path.display(), at.byte)]
    Binary {
        /// The file.
        path: PathBuf,
        /// Where the offending byte is.
        at: Location,
        /// The byte.
        byte: u8,
    },
    /// A user gazetteer (`--gazetteer`) could not be used: nothing is processed.
    #[error("{message}")]
    Gazetteer {
        /// The gazetteer file.
        path: PathBuf,
        /// File, line and what is wrong.
        message: String,
    },
    /// Two inputs would write to the same output folder.
    #[error("{}: output name `{name}` is already used by {}; rename one of the files", path.display(), other.display())]
    DuplicateName {
        /// The file.
        path: PathBuf,
        /// The output folder name.
        name: String,
        /// The file that took the name first.
        other: PathBuf,
    },
}

/// A non-fatal finding about a brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Stable code (`W…` for warnings).
    pub code: &'static str,
    /// What was found.
    pub message: String,
    /// Byte offset into the source, when the finding has a place.
    pub byte: Option<usize>,
}
