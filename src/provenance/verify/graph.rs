//! A brief's graph checked against the source bytes: the brief node, the repairs the graph
//! records, and the clean text rebuilt from the source with them. The spans and statements
//! are checked in `spans.rs`, through the same [`Checker`].

use super::view::{differ, n, nquads_line, short, GraphView};
use super::{Check, Counts, FileRef, Finding};
use crate::emit::vocab::{BKG, NIF, OA, SCHEMA};
use crate::model::{CleanText, Repair, RepairKind, SourcePiece, TextIndex};

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
    pub view: &'a GraphView<'a>,
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
pub(super) fn check(view: &GraphView<'_>, ctx: &Context<'_>) -> (Vec<Finding>, Counts) {
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

/// The clean text as the graph states it, indexed, and, when the source is at hand and the
/// repairs rebuild it, the clean text with its offset map rebuilt from the source.
pub(super) struct Clean {
    pub text: String,
    pub index: TextIndex,
    pub map: Option<CleanText>,
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
            for (p, expected) in [(n(BKG, "byteLength"), text.len())] {
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

    /// The repairs the graph records, in source order, each checked against the source. Their
    /// byte offsets come from the source; without it they are left at 0 (and nothing that needs
    /// them is checked).
    fn repairs(&mut self) -> Vec<Repair> {
        let mut repairs = Vec::new();
        for iri in self.view.of_type(&n(BKG, "Repair")) {
            match self.repair(iri) {
                Ok(r) => repairs.push(r),
                Err(e) => self.malformed(iri, e),
            }
        }
        repairs.sort_by_key(|r| (r.source.start, r.source.end, r.clean_start));
        repairs
    }

    fn repair(&mut self, iri: &str) -> Result<Repair, String> {
        let v = self.view;
        let kind = v.literal(iri, &n(BKG, "repairKind"))?;
        let kind = RepairKind::from_name(kind).ok_or(format!("unknown repair kind `{kind}`"))?;
        let optional = |p: &str| match v.values(iri, &n(BKG, p)).as_slice() {
            [] => Ok(String::new()),
            _ => v.literal(iri, &n(BKG, p)).map(str::to_owned),
        };
        let original = optional("original")?;
        let replacement = optional("replacement")?;
        if original.is_empty() && replacement.is_empty() {
            return Err("neither bkg:original nor bkg:replacement".to_owned());
        }
        let inferred = match v.values(iri, &n(BKG, "inferred")).as_slice() {
            [] => false,
            _ => match v.literal(iri, &n(BKG, "inferred"))? {
                "true" => true,
                other => return Err(format!("bkg:inferred `{other}` is not true")),
            },
        };
        let start = v.count(iri, &n(BKG, "sourceStart"))?;
        let end = start + original.chars().count();
        let expected_iri = format!("{}#r{start}-{end}", self.ctx.brief);
        if iri != expected_iri {
            return Err(format!("its IRI should be <{expected_iri}>"));
        }
        let mut piece = SourcePiece {
            start,
            end,
            byte_start: 0,
            byte_end: 0,
        };
        if let Some(src) = &self.ctx.source {
            let len = src.index.char_len();
            if end > len {
                self.finding(
                    iri,
                    &n(BKG, "sourceStart"),
                    Check::Text,
                    format!(
                        "repair <{iri}>: code points {start}..{end} are outside {} ({len} code points)",
                        src.file
                    ),
                    format!("a range of 0..{len}"),
                    format!("{start}..{end}"),
                );
                return Err("its source range is outside the source".to_owned());
            }
            piece.byte_start = src.index.byte(start);
            piece.byte_end = src.index.byte(end);
            let at = &src.text[piece.byte_start..piece.byte_end];
            if at != original {
                self.finding(
                    iri,
                    &n(BKG, "original"),
                    Check::Text,
                    format!(
                        "repair <{iri}>: bkg:original is not the text of {} at code points {start}..{end}",
                        src.file
                    ),
                    format!("{at:?}"),
                    format!("{original:?}"),
                );
            }
        }
        Ok(Repair {
            kind,
            source: piece,
            original,
            replacement,
            clean_start: v.count(iri, &n(BKG, "cleanStart"))?,
            inferred,
        })
    }

    /// The clean text the graph states, checked against the source rebuilt with the recorded
    /// repairs; with the source, also the offset map those repairs give (for the spans).
    fn clean_text(&mut self, repairs: &[Repair]) -> Option<Clean> {
        let iri = format!("{}#text", self.ctx.brief);
        let v = self.view;
        let text = match v.literal(&iri, &n(NIF, "isString")) {
            Ok(t) => t.to_owned(),
            Err(e) => {
                self.malformed(&iri, e);
                return None;
            }
        };
        let mut map = None;
        if let Some(src) = &self.ctx.source {
            match CleanText::rebuild(src.text, repairs.to_vec()) {
                Err(e) => self.finding(
                    &iri,
                    &n(NIF, "isString"),
                    Check::Text,
                    format!("the recorded repairs do not tile {}: {e}", src.file),
                    "repairs in source order, inside the source, not overlapping",
                    e.to_string(),
                ),
                Ok(rebuilt) => {
                    if rebuilt.text != text {
                        let (expected, found, at) = differ(&rebuilt.text, &text);
                        self.finding(
                            &iri,
                            &n(NIF, "isString"),
                            Check::Text,
                            format!(
                                "the clean text is not {} with the recorded repairs applied (first difference at code point {at})",
                                src.file
                            ),
                            expected,
                            found,
                        );
                    } else {
                        for (stated, r) in repairs.iter().zip(&rebuilt.repairs) {
                            if stated.clean_start != r.clean_start {
                                let node = format!(
                                    "{}#r{}-{}",
                                    self.ctx.brief, r.source.start, r.source.end
                                );
                                self.finding(
                                    &node,
                                    &n(BKG, "cleanStart"),
                                    Check::Text,
                                    format!(
                                        "repair <{node}>: bkg:cleanStart is not where its replacement is in the clean text"
                                    ),
                                    r.clean_start.to_string(),
                                    stated.clean_start.to_string(),
                                );
                            }
                        }
                    }
                    // Kept even when the texts differ: the spans are then checked against
                    // the source through it, which names the spans that differ.
                    map = Some(rebuilt);
                }
            }
        }
        let index = TextIndex::new(&text);
        Some(Clean { text, index, map })
    }
}
