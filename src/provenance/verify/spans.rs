//! Spans and statements of a brief's graph: each section, paragraph, sentence and mention
//! against the clean text and the source bytes (exact text, context, hash, IRI), and each
//! sentence's and mention's statement hash recomputed from what the graph states.

use super::graph::{Checker, Clean};
use super::view::{differ, n};
use super::Check;
use crate::emit::vocab::{BKG, ITSRDF, OA, SCHEMA};
use crate::model::{reconstruct, Repair, SourcePiece, Span, QUOTE_CONTEXT};
use crate::provenance::hash::sha256_hex;
use crate::provenance::statement::{EntityLink, SpanKind, SpanStatement, Statement};

/// A span node as the graph states it.
struct SpanNode {
    kind: &'static str,
    sha256: String,
    position: String,
    start: usize,
    end: usize,
    quote: String,
    exact: String,
    prefix: String,
    suffix: String,
    pieces: Vec<SourcePiece>,
}

impl Checker<'_> {
    fn read_span(&self, iri: &str, kind: &'static str) -> Result<SpanNode, String> {
        let v = self.view;
        let selectors = v.iris(iri, &n(OA, "hasSelector"));
        let position = selectors
            .iter()
            .find(|s| v.has_type(s, &n(OA, "TextPositionSelector")))
            .ok_or("no oa:TextPositionSelector")?;
        let quote = selectors
            .iter()
            .find(|s| v.has_type(s, &n(OA, "TextQuoteSelector")))
            .ok_or("no oa:TextQuoteSelector")?;
        let mut indexed = Vec::new();
        for p in v.iris(iri, &n(BKG, "sourcePiece")) {
            let i: usize = p
                .strip_prefix(&format!("{iri}/source/"))
                .and_then(|i| i.parse().ok())
                .ok_or_else(|| format!("source piece <{p}> is not named <{iri}/source/N>"))?;
            indexed.push((i, self.piece(p)?));
        }
        indexed.sort_by_key(|(i, _)| *i);
        if indexed.is_empty() {
            return Err("no bkg:sourcePiece".to_owned());
        }
        Ok(SpanNode {
            kind,
            sha256: v.literal(iri, &n(SCHEMA, "sha256"))?.to_owned(),
            position: position.to_string(),
            start: v.count(position, &n(OA, "start"))?,
            end: v.count(position, &n(OA, "end"))?,
            quote: quote.to_string(),
            exact: v.literal(quote, &n(OA, "exact"))?.to_owned(),
            prefix: v.literal(quote, &n(OA, "prefix"))?.to_owned(),
            suffix: v.literal(quote, &n(OA, "suffix"))?.to_owned(),
            pieces: indexed.into_iter().map(|(_, p)| p).collect(),
        })
    }

    pub(super) fn spans(&mut self, clean: &Clean, repairs: &[Repair]) {
        let kinds = [
            ("Section", "section"),
            ("Paragraph", "paragraph"),
            ("Sentence", "sentence"),
            ("Mention", "mention"),
        ];
        for (class, kind) in kinds {
            for iri in self.view.of_type(&n(BKG, class)) {
                match self.read_span(iri, kind) {
                    Ok(span) => self.span(iri, &span, clean, repairs),
                    Err(e) => self.malformed(iri, e),
                }
            }
        }
    }

    fn span(&mut self, iri: &str, s: &SpanNode, clean: &Clean, repairs: &[Repair]) {
        self.counts.spans += 1;
        let exact_p = n(OA, "exact");
        let hash = sha256_hex(s.exact.as_bytes());
        if hash != s.sha256 {
            self.finding(
                iri,
                &n(SCHEMA, "sha256"),
                Check::Span,
                format!(
                    "{} <{iri}>: schema:sha256 is not the hash of its oa:exact",
                    s.kind
                ),
                hash,
                s.sha256.clone(),
            );
        }
        let len = clean.index.char_len();
        if s.start > s.end || s.end > len {
            self.finding(
                &s.position,
                &n(OA, "end"),
                Check::Span,
                format!("{} <{iri}>: its position is outside the clean text", s.kind),
                format!("0 <= start <= end <= {len}"),
                format!("{}..{}", s.start, s.end),
            );
        } else {
            let slice = |a: usize, b: usize| &clean.text[clean.index.byte(a)..clean.index.byte(b)];
            let at = slice(s.start, s.end);
            if at != s.exact {
                let (expected, found, k) = differ(at, &s.exact);
                self.finding(
                    &s.quote,
                    &exact_p,
                    Check::Span,
                    format!(
                        "{} <{iri}>: oa:exact is not the clean text at {}..{} (first difference at code point {k})",
                        s.kind, s.start, s.end
                    ),
                    expected,
                    found,
                );
            }
            let pre = slice(s.start.saturating_sub(QUOTE_CONTEXT), s.start);
            let post = slice(s.end, (s.end + QUOTE_CONTEXT).min(len));
            for (p, expected, found) in [("prefix", pre, &s.prefix), ("suffix", post, &s.suffix)] {
                if expected != found {
                    self.finding(
                        &s.quote,
                        &n(OA, p),
                        Check::Span,
                        format!(
                            "{} <{iri}>: oa:{p} is not the clean text around the span",
                            s.kind
                        ),
                        format!("{expected:?}"),
                        format!("{found:?}"),
                    );
                }
            }
        }
        let first = s.pieces.first().copied().unwrap_or_default();
        let last = s.pieces.last().copied().unwrap_or_default();
        let expected_iri = format!("{}/{}/{}-{}", self.ctx.brief, s.kind, first.start, last.end);
        if iri != expected_iri {
            self.finding(
                iri,
                "",
                Check::Span,
                format!(
                    "{} <{iri}>: its IRI is not derived from its source pieces",
                    s.kind
                ),
                format!("<{expected_iri}>"),
                format!("<{iri}>"),
            );
        }
        if let Some(src) = &self.ctx.source {
            let bad_piece = s.pieces.iter().find(|p| !Self::piece_matches(src, p));
            let rebuilt = reconstruct(src.text, repairs, &s.pieces);
            if let Some(p) = bad_piece {
                self.finding(
                    &format!("{iri}/source/0"),
                    "",
                    Check::Span,
                    format!(
                        "{} <{iri}>: a source piece's offsets do not match {}",
                        s.kind, src.file
                    ),
                    "code points and bytes of the same characters of the source",
                    format!(
                        "code points {}..{}, bytes {}..{}",
                        p.start, p.end, p.byte_start, p.byte_end
                    ),
                );
            } else if rebuilt.as_deref() != Some(s.exact.as_str()) {
                let rebuilt = rebuilt.unwrap_or_default();
                let (expected, found, k) = differ(&rebuilt, &s.exact);
                self.finding(
                    &s.quote,
                    &exact_p,
                    Check::Span,
                    format!(
                        "{} <{iri}>: oa:exact is not what {} gives at bytes {}..{} with the recorded repairs (first difference at code point {k})",
                        s.kind, src.file, first.byte_start, last.byte_end
                    ),
                    expected,
                    found,
                );
            }
        }
        if s.kind == "sentence" || s.kind == "mention" {
            self.statement(iri, s);
        }
    }

    fn statement(&mut self, iri: &str, s: &SpanNode) {
        self.counts.statements += 1;
        let v = self.view;
        let entity = if s.kind == "mention" {
            let link = v.iri(iri, &n(ITSRDF, "taIdentRef")).and_then(|e| {
                Ok(EntityLink {
                    kb_key: v.literal(e, &n(BKG, "kbKey"))?.to_owned(),
                    form: v.literal(iri, &n(BKG, "matchForm"))?.to_owned(),
                })
            });
            match link {
                Ok(l) => Some(l),
                Err(e) => return self.malformed(iri, e),
            }
        } else {
            None
        };
        let statement = SpanStatement {
            kind: if entity.is_some() {
                SpanKind::Mention
            } else {
                SpanKind::Sentence
            },
            source_sha256: self.ctx.source_sha256.to_owned(),
            clean: Span {
                start: s.start,
                end: s.end,
            },
            exact: s.exact.clone(),
            pieces: s.pieces.clone(),
            entity,
        };
        let p = n(BKG, "statementSha256");
        match v.literal(iri, &p) {
            Ok(h) if h == statement.sha256() => {}
            Ok(h) => self.finding(
                iri,
                &p,
                Check::Statement,
                format!(
                    "{} <{iri}>: bkg:statementSha256 is not the hash of the statement's canonical form",
                    s.kind
                ),
                statement.sha256(),
                h,
            ),
            Err(e) => self.malformed(iri, e),
        }
    }
}
