//! The clean-text builder: walks the source once, copying or replacing ranges, and records the
//! offset map and the repairs as it goes. It is the only way a clean text is made, so the map is
//! complete by construction.

use crate::model::{CleanText, MapSegment, Repair, RepairKind, SourcePiece};
use crate::provenance::hash::sha256_hex;

/// Builds a [`CleanText`] from a source text, left to right.
pub struct CleanBuilder<'a> {
    source: &'a str,
    /// Source cursor: bytes and code points consumed so far.
    byte: usize,
    chars: usize,
    text: String,
    clean_chars: usize,
    map: Vec<MapSegment>,
    repairs: Vec<Repair>,
}

impl<'a> CleanBuilder<'a> {
    /// Starts at the beginning of `source`.
    pub fn new(source: &'a str) -> Self {
        CleanBuilder {
            source,
            byte: 0,
            chars: 0,
            text: String::with_capacity(source.len()),
            clean_chars: 0,
            map: Vec::new(),
            repairs: Vec::new(),
        }
    }

    /// Byte offset of the source cursor.
    pub fn source_byte(&self) -> usize {
        self.byte
    }

    /// Code-point offset of the clean-text cursor.
    pub fn clean_pos(&self) -> usize {
        self.clean_chars
    }

    /// The clean text built so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    fn advance(&mut self, to_byte: usize) -> SourcePiece {
        let mut to_byte = to_byte.clamp(self.byte, self.source.len());
        // Never split a character: a caller's offset inside one moves back to its start.
        while !self.source.is_char_boundary(to_byte) {
            to_byte -= 1;
        }
        let n = self.source[self.byte..to_byte].chars().count();
        let piece = SourcePiece {
            start: self.chars,
            end: self.chars + n,
            byte_start: self.byte,
            byte_end: to_byte,
        };
        self.byte = to_byte;
        self.chars += n;
        piece
    }

    /// Copies the source verbatim up to byte `to_byte`.
    pub fn copy_to(&mut self, to_byte: usize) {
        if to_byte <= self.byte {
            return;
        }
        let piece = self.advance(to_byte);
        self.text
            .push_str(&self.source[piece.byte_start..piece.byte_end]);
        let n = piece.end - piece.start;
        match self.map.last_mut() {
            Some(last) if last.repair.is_none() && last.source.byte_end == piece.byte_start => {
                last.clean_end += n;
                last.source.end = piece.end;
                last.source.byte_end = piece.byte_end;
            }
            _ => self.map.push(MapSegment {
                clean_start: self.clean_chars,
                clean_end: self.clean_chars + n,
                source: piece,
                repair: None,
            }),
        }
        self.clean_chars += n;
    }

    /// Replaces the source from the cursor up to byte `to_byte` by `replacement` (a removal when
    /// empty, an insertion when `to_byte` is the cursor).
    pub fn replace_to(
        &mut self,
        to_byte: usize,
        kind: RepairKind,
        replacement: &str,
        inferred: bool,
    ) {
        let piece = self.advance(to_byte);
        if piece.byte_start == piece.byte_end && replacement.is_empty() {
            return;
        }
        let n = replacement.chars().count();
        self.repairs.push(Repair {
            kind,
            source: piece,
            original: self.source[piece.byte_start..piece.byte_end].to_owned(),
            replacement: replacement.to_owned(),
            clean_start: self.clean_chars,
            inferred,
        });
        self.map.push(MapSegment {
            clean_start: self.clean_chars,
            clean_end: self.clean_chars + n,
            source: piece,
            repair: Some(self.repairs.len() - 1),
        });
        self.text.push_str(replacement);
        self.clean_chars += n;
    }

    /// Inserts text at the cursor without consuming source.
    pub fn insert(&mut self, kind: RepairKind, text: &str, inferred: bool) {
        self.replace_to(self.byte, kind, text, inferred);
    }

    /// Copies the rest of the source and returns the clean text.
    pub fn finish(mut self) -> CleanText {
        self.copy_to(self.source.len());
        CleanText {
            sha256: sha256_hex(self.text.as_bytes()),
            char_len: self.clean_chars,
            text: self.text,
            repairs: self.repairs,
            map: self.map,
        }
    }
}
