//! A brief's graph checked against the source bytes: the brief node, the repairs the graph
//! records, and the clean text rebuilt from the source with them. The spans and statements
//! are checked in `spans.rs`, through the same [`Checker`].

use super::view::{differ, n, nquads_line, short, GraphView};
use super::{Check, Counts, FileRef, Finding};
use crate::emit::vocab::{BKG, OA, OWL, SCHEMA};
use crate::model::{reconstruct, Repair, RepairKind, SourcePiece, TextIndex};
use crate::provenance::hash::{ni_iri_from_hex, sha256_hex};

/// The verified source of a brief.
pub(super) struct SourceInfo<'a> {
    /// The source text (its bytes hash to the manifest's source hash).
    pub text: &'a str,
    /// Its code-point index.
    pub index: TextIndex,
    /// Where it is, for messages.
    pub file: FileRef,
}

/// What the graph of one brief is checked against.
pub(super) struct Context<'a> {
    /// The graph's file (findings point there).
    pub file: FileRef,
    /// The graph's file when it is N-Quads, to point findings at lines.
    pub nquads: Option<&'a [u8]>,
    /// The brief's IRI.
    pub brief: String,
    /// The trusted source hash.
    pub source_sha256: &'a str,
    /// The source file name the manifest records.
    pub source_name: &'a str,
    /// The source, when found and matching its hash.
    pub source: Option<SourceInfo<'a>>,
}

/// The checks of one graph: what they read, and what they found.
pub(super) struct Checker<'a> {
    pub view: &'a GraphView,
    pub ctx: &'a Context<'a>,
    pub findings: Vec<Finding>,
    pub counts: Counts,
}

impl Checker<'_> {
    pub(super) fn finding(
        &mut self,
        subject: &str,
        predicate: &str,
        check: Check,
        message: String,
        expected: impl Into<String>,
        found: impl Into<String>,
    ) {
        let line = self
            .ctx
            .nquads
            .and_then(|nq| nquads_line(nq, subject, predicate));
        self.findings
            .push(Finding::new(self.ctx.file.clone(), check, message, expected, found).at(line));
    }

    pub(super) fn malformed(&mut self, subject: &str, what: String) {
        self.finding(
            subject,
            "",
            Check::Span,
            format!("<{subject}> is malformed: {what}"),
            "the properties briefkg writes (schemas/README.md)",
            what,
        );
    }

    pub(super) fn piece(&self, iri: &str) -> Result<SourcePiece, String> {
        Ok(SourcePiece {
            start: self.view.count(iri, &n(OA, "start"))?,
            end: self.view.count(iri, &n(OA, "end"))?,
            byte_start: self.view.count(iri, &n(BKG, "byteStart"))?,
            byte_end: self.view.count(iri, &n(BKG, "byteEnd"))?,
        })
    }
}

/// Checks the content of a brief's graph; returns the findings and counts.
pub(super) fn check(view: &GraphView, ctx: &Context<'_>) -> (Vec<Finding>, Counts) {
    let mut c = Checker {
        view,
        ctx,
        findings: Vec::new(),
        counts: Counts::default(),
    };
    c.brief_node();
    let repairs = c.repairs();
    let clean = c.clean_text(&repairs);
    if let Some(clean) = clean {
        c.spans(&clean, &repairs);
    }
    (c.findings, c.counts)
}

/// The clean text as the graph states it, indexed.
pub(super) struct Clean {
    pub text: String,
    pub index: TextIndex,
}

impl Checker<'_> {
    fn brief_node(&mut self) {
        let brief = self.ctx.brief.clone();
        let v = self.view;
        if !v.has_type(&brief, &n(BKG, "Brief")) {
            self.finding(
                &brief,
                "",
                Check::Text,
                format!("the graph has no bkg:Brief <{brief}>"),
                "the brief node",
                "none",
            );
            return;
        }
        let sha = n(SCHEMA, "sha256");
        match v.literal(&brief, &sha) {
            Ok(h) if h == self.ctx.source_sha256 => {}
            Ok(h) => self.finding(
                &brief,
                &sha,
                Check::Text,
                "the brief's schema:sha256 is not the manifest's source hash".to_owned(),
                self.ctx.source_sha256,
                h,
            ),
            Err(e) => self.malformed(&brief, e),
        }
        let same_as = n(OWL, "sameAs");
        let ni = ni_iri_from_hex(self.ctx.source_sha256).unwrap_or_default();
        if !v.iris(&brief, &same_as).contains(&ni.as_str()) {
            self.finding(
                &brief,
                &same_as,
                Check::Text,
                "the brief is not owl:sameAs the ni: IRI of its source hash".to_owned(),
                format!("<{ni}>"),
                format!("{:?}", v.iris(&brief, &same_as)),
            );
        }
        let file_name = n(BKG, "fileName");
        match v.literal(&brief, &file_name) {
            Ok(f) if f == self.ctx.source_name => {}
            Ok(f) => self.finding(
                &brief,
                &file_name,
                Check::Text,
                "the brief's bkg:fileName is not the manifest's source name".to_owned(),
                self.ctx.source_name,
                f,
            ),
            Err(e) => self.malformed(&brief, e),
        }
        if let Some(src) = &self.ctx.source {
            let text = src.text;
            for (p, expected) in [
                (n(BKG, "byteLength"), text.len()),
                (n(BKG, "charLength"), src.index.char_len()),
            ] {
                match v.count(&brief, &p) {
                    Ok(found) if found == expected => {}
                    Ok(found) => self.finding(
                        &brief,
                        &p,
                        Check::Text,
                        format!("the brief's {} is not the source's", short(&p)),
                        expected.to_string(),
                        found.to_string(),
                    ),
                    Err(e) => self.malformed(&brief, e),
                }
            }
        }
    }

    /// The repairs the graph records, in source order, each checked against the source.
    fn repairs(&mut self) -> Vec<Repair> {
        let mut repairs = Vec::new();
        for iri in self.view.of_type(&n(BKG, "Repair")) {
            match self.repair(iri) {
                Ok(r) => repairs.push(r),
                Err(e) => self.malformed(iri, e),
            }
        }
        repairs.sort_by_key(|r| (r.source.byte_start, r.source.byte_end, r.clean_start));
        repairs
    }

    fn repair(&mut self, iri: &str) -> Result<Repair, String> {
        let v = self.view;
        let kind = v.literal(iri, &n(BKG, "repairKind"))?;
        let kind = RepairKind::from_name(kind).ok_or(format!("unknown repair kind `{kind}`"))?;
        let piece = self.piece(&format!("{iri}/source"))?;
        let original = v.literal(iri, &n(BKG, "original"))?.to_owned();
        let expected_iri = format!("{}/repair/{}-{}", self.ctx.brief, piece.start, piece.end);
        if iri != expected_iri {
            return Err(format!("its IRI should be <{expected_iri}>"));
        }
        if let Some(src) = &self.ctx.source {
            let at = src.text.get(piece.byte_start..piece.byte_end);
            if at != Some(original.as_str()) || !Self::piece_matches(src, &piece) {
                let found = at.map(|s| format!("{s:?}")).unwrap_or("no text".to_owned());
                self.finding(
                    iri,
                    &n(BKG, "original"),
                    Check::Text,
                    format!(
                        "repair <{iri}>: bkg:original is not the text of {} at bytes {}..{}",
                        src.file, piece.byte_start, piece.byte_end
                    ),
                    found,
                    format!("{original:?}"),
                );
            }
        }
        Ok(Repair {
            kind,
            source: piece,
            original,
            replacement: v.literal(iri, &n(BKG, "replacement"))?.to_owned(),
            clean_start: v.count(iri, &n(BKG, "cleanStart"))?,
            inferred: v.literal(iri, &n(BKG, "inferred"))? == "true",
        })
    }

    /// Whether a piece's code-point offsets are those of its byte offsets in the source.
    pub(super) fn piece_matches(src: &SourceInfo<'_>, p: &SourcePiece) -> bool {
        p.byte_start <= p.byte_end
            && src.text.get(p.byte_start..p.byte_end).is_some()
            && src.index.char_at_byte(p.byte_start) == p.start
            && src.index.char_at_byte(p.byte_end) == p.end
    }

    fn clean_text(&mut self, repairs: &[Repair]) -> Option<Clean> {
        let iri = format!("{}/text", self.ctx.brief);
        let v = self.view;
        let text = match v.literal(&iri, &n(SCHEMA, "text")) {
            Ok(t) => t.to_owned(),
            Err(e) => {
                self.malformed(&iri, e);
                return None;
            }
        };
        let sha = n(SCHEMA, "sha256");
        match v.literal(&iri, &sha) {
            Ok(h) if h == sha256_hex(text.as_bytes()) => {}
            Ok(h) => self.finding(
                &iri,
                &sha,
                Check::Text,
                "the clean text's schema:sha256 is not the hash of its schema:text".to_owned(),
                sha256_hex(text.as_bytes()),
                h,
            ),
            Err(e) => self.malformed(&iri, e),
        }
        let len = n(BKG, "charLength");
        match v.count(&iri, &len) {
            Ok(l) if l == text.chars().count() => {}
            Ok(l) => self.finding(
                &iri,
                &len,
                Check::Text,
                "the clean text's bkg:charLength is not its length".to_owned(),
                text.chars().count().to_string(),
                l.to_string(),
            ),
            Err(e) => self.malformed(&iri, e),
        }
        if let Some(src) = &self.ctx.source {
            let whole = SourcePiece {
                start: 0,
                end: src.index.char_len(),
                byte_start: 0,
                byte_end: src.text.len(),
            };
            let rebuilt = reconstruct(src.text, repairs, &[whole]).unwrap_or_default();
            if rebuilt != text {
                let (expected, found, at) = differ(&rebuilt, &text);
                self.finding(
                    &iri,
                    &n(SCHEMA, "text"),
                    Check::Text,
                    format!(
                        "the clean text is not {} with the recorded repairs applied (first difference at code point {at})",
                        src.file
                    ),
                    expected,
                    found,
                );
            }
        }
        let index = TextIndex::new(&text);
        Some(Clean { text, index })
    }
}
