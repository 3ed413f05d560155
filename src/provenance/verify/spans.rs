//! Spans of a brief's graph: each section, paragraph, sentence and mention (NIF strings over
//! the clean text) against the clean text and the source bytes. The graph states a span's clean
//! offsets and exact text; its source pieces (code points and bytes of the source) are derived
//! here from the recorded repairs, as `export` derived them, and must give back the exact text
//! and the span's IRI. Spans exported with Web Annotation selectors have those checked too:
//! position, quote with its context, and the stated source pieces against the derived ones.

use super::graph::{Checker, Clean};
use super::view::{differ, n};
use super::Check;
use crate::emit::iri::SpanKind;
use crate::emit::vocab::{BKG, NIF, OA};
use crate::model::{reconstruct, Anchorer, Repair, SourcePiece, Span, QUOTE_CONTEXT};

/// A span node as the graph states it.
struct SpanNode {
    kind: SpanKind,
    start: usize,
    end: usize,
    /// `nif:anchorOf`, absent on paragraphs.
    anchor_of: Option<String>,
}

/// The class of each kind of span node.
fn class(kind: SpanKind) -> String {
    match kind {
        SpanKind::Section => n(BKG, "Section"),
        SpanKind::Paragraph => n(NIF, "Paragraph"),
        SpanKind::Sentence => n(NIF, "Sentence"),
        SpanKind::Mention => n(BKG, "Mention"),
        SpanKind::Clause => n(BKG, "Clause"),
        SpanKind::Speaker => n(BKG, "Speaker"),
    }
}

impl Checker<'_> {
    fn read_span(&self, iri: &str, kind: SpanKind) -> Result<SpanNode, String> {
        let v = self.view;
        let context = v.iri(iri, &n(NIF, "referenceContext"))?;
        let text = format!("{}#text", self.ctx.brief);
        if context != text {
            return Err(format!("nif:referenceContext is <{context}>, not <{text}>"));
        }
        let anchor_of = match (kind, v.values(iri, &n(NIF, "anchorOf")).as_slice()) {
            (SpanKind::Paragraph, []) => None,
            _ => Some(v.literal(iri, &n(NIF, "anchorOf"))?.to_owned()),
        };
        Ok(SpanNode {
            kind,
            start: v.count(iri, &n(NIF, "beginIndex"))?,
            end: v.count(iri, &n(NIF, "endIndex"))?,
            anchor_of,
        })
    }

    pub(super) fn spans(&mut self, clean: &Clean, repairs: &[Repair]) {
        // One anchorer (code-point indexes of both texts) for every span of the brief.
        let anchorer = match (&clean.map, &self.ctx.source) {
            (Some(map), Some(src)) => Some(Anchorer::new(src.text, map)),
            _ => None,
        };
        for kind in SpanKind::ALL {
            for iri in self.view.of_type(&class(kind)) {
                match self.read_span(iri, kind) {
                    Ok(span) => self.span(iri, &span, clean, anchorer.as_ref(), repairs),
                    Err(e) => self.malformed(iri, e),
                }
            }
        }
    }

    fn span(
        &mut self,
        iri: &str,
        s: &SpanNode,
        clean: &Clean,
        anchorer: Option<&Anchorer<'_>>,
        repairs: &[Repair],
    ) {
        self.counts.spans += 1;
        let what = s.kind.name();
        let len = clean.index.char_len();
        if s.start > s.end || s.end > len {
            self.finding(
                iri,
                &n(NIF, "endIndex"),
                Check::Span,
                format!("{what} <{iri}>: its offsets are outside the clean text"),
                format!("0 <= nif:beginIndex <= nif:endIndex <= {len}"),
                format!("{}..{}", s.start, s.end),
            );
            return;
        }
        let slice = |a: usize, b: usize| &clean.text[clean.index.byte(a)..clean.index.byte(b)];
        let at = slice(s.start, s.end);
        if let Some(exact) = &s.anchor_of {
            if at != exact {
                let (expected, found, k) = differ(at, exact);
                self.finding(
                    iri,
                    &n(NIF, "anchorOf"),
                    Check::Span,
                    format!(
                        "{what} <{iri}>: nif:anchorOf is not the clean text at {}..{} (first difference at code point {k})",
                        s.start, s.end
                    ),
                    expected,
                    found,
                );
            }
        }
        let (Some(map), Some(src), Some(anchorer)) = (&clean.map, &self.ctx.source, anchorer)
        else {
            return;
        };
        if s.end > map.char_len {
            // The stated clean text is longer than the source gives: already a finding on the
            // clean text; this span has no place in the source.
            return;
        }
        let span = Span::new(s.start, s.end);
        let pieces = anchorer.source_pieces(span);
        let first = pieces.first().copied().unwrap_or_default();
        let last = pieces.last().copied().unwrap_or_default();
        let expected_iri = format!(
            "{}#{}{}-{}",
            self.ctx.brief,
            s.kind.letter(),
            first.start,
            last.end
        );
        if iri != expected_iri {
            self.finding(
                iri,
                "",
                Check::Span,
                format!(
                    "{what} <{iri}>: its IRI is not derived from its source extent (code points {}..{} of {})",
                    first.start, last.end, src.file
                ),
                format!("<{expected_iri}>"),
                format!("<{iri}>"),
            );
        }
        let rebuilt = reconstruct(src.text, repairs, &pieces);
        if rebuilt.as_deref() != Some(at) {
            let rebuilt = rebuilt.unwrap_or_default();
            let (expected, found, k) = differ(&rebuilt, at);
            self.finding(
                iri,
                &n(NIF, "beginIndex"),
                Check::Span,
                format!(
                    "{what} <{iri}>: the clean text at {}..{} is not what {} gives at bytes {}..{} with the recorded repairs (first difference at code point {k})",
                    s.start, s.end, src.file, first.byte_start, last.byte_end
                ),
                expected,
                found,
            );
        }
        if !self.view.values(iri, &n(OA, "hasSelector")).is_empty()
            || !self.view.values(iri, &n(BKG, "sourcePiece")).is_empty()
        {
            self.web_annotation(iri, s, clean, &pieces);
        }
    }

    /// The Web Annotation description of a span (`export --web-annotation`): a position selector
    /// at the NIF offsets, a quote selector with the exact text and its context, and the source
    /// pieces the repairs give.
    fn web_annotation(&mut self, iri: &str, s: &SpanNode, clean: &Clean, pieces: &[SourcePiece]) {
        let what = s.kind.name();
        let v = self.view;
        let selectors = v.iris(iri, &n(OA, "hasSelector"));
        let position = selectors
            .iter()
            .find(|x| v.has_type(x, &n(OA, "TextPositionSelector")));
        let quote = selectors
            .iter()
            .find(|x| v.has_type(x, &n(OA, "TextQuoteSelector")));
        let (Some(position), Some(quote)) = (position, quote) else {
            return self.malformed(
                iri,
                "a Web Annotation span needs an oa:TextPositionSelector and an oa:TextQuoteSelector"
                    .to_owned(),
            );
        };
        let len = clean.index.char_len();
        let slice = |a: usize, b: usize| &clean.text[clean.index.byte(a)..clean.index.byte(b)];
        let mut expected: Vec<(&str, String, String)> = vec![
            (position, n(OA, "start"), s.start.to_string()),
            (position, n(OA, "end"), s.end.to_string()),
            (quote, n(OA, "exact"), slice(s.start, s.end).to_owned()),
            (
                quote,
                n(OA, "prefix"),
                slice(s.start.saturating_sub(QUOTE_CONTEXT), s.start).to_owned(),
            ),
            (
                quote,
                n(OA, "suffix"),
                slice(s.end, (s.end + QUOTE_CONTEXT).min(len)).to_owned(),
            ),
        ];
        let mut stated = Vec::new();
        for p in v.iris(iri, &n(BKG, "sourcePiece")) {
            let i = p
                .strip_prefix(&format!("{iri}_source"))
                .and_then(|i| i.parse::<usize>().ok());
            match (i, self.piece(p)) {
                (Some(i), Ok(piece)) => stated.push((i, piece)),
                (None, _) => {
                    return self.malformed(
                        iri,
                        format!("source piece <{p}> is not named <{iri}_sourceN>"),
                    )
                }
                (_, Err(e)) => return self.malformed(p, e),
            }
        }
        stated.sort_by_key(|(i, _)| *i);
        let stated: Vec<SourcePiece> = stated.into_iter().map(|(_, p)| p).collect();
        if stated != pieces {
            expected.push((iri, n(BKG, "sourcePiece"), format!("{pieces:?}")));
        }
        for (node, p, value) in expected {
            let found = if p == n(BKG, "sourcePiece") {
                Ok(format!("{stated:?}"))
            } else if p.starts_with(OA) && (p.ends_with("start") || p.ends_with("end")) {
                v.count(node, &p).map(|c| c.to_string())
            } else {
                v.literal(node, &p).map(str::to_owned)
            };
            match found {
                Ok(f) if f == value => {}
                Ok(f) => self.finding(
                    node,
                    &p,
                    Check::Span,
                    format!(
                        "{what} <{iri}>: its Web Annotation selector disagrees with the clean text and the source"
                    ),
                    value,
                    f,
                ),
                Err(e) => self.malformed(node, e),
            }
        }
    }
}
