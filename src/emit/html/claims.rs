//! Claims on the review page: one mark per claim over its evidence in the text, opened by a
//! focusable badge (`C3`) whose tooltip gives the claim's kind, modality, speaker, proposition,
//! quantities and dates, and one row per claim in the claims table, which links back to the
//! mark. Every text from the brief is escaped ([`super::escape`]).
//!
//! The mark's element id is `c{start}-{end}` (the claim's source extent in code points), the
//! fragment the graph gives a claim's clause node ([`SpanKind::Clause`]); a claim whose
//! evidence is a whole sentence has the same id form on the page. The table's rows are
//! `claim-{n}`, numbered from 1 in the model's (text) order.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use oxrdf::{NamedOrBlankNode, Quad, Term};

use super::escape;
use super::text::Item;
use super::{bdi, fragment, Page};
use crate::emit::iri::{Iris, SpanKind};
use crate::emit::vocab::PROV;
use crate::model::{
    Argument, Claim, ClaimKind, DateResolution, Document, Quantity, QuantityRole, Span,
    SpeakerKind, TimeExpression,
};

/// The human name of a claim kind.
pub fn kind_label(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Quotation => "Quotation",
        ClaimKind::Forecast => "Forecast",
        ClaimKind::Quantity => "Quantity",
        ClaimKind::Event => "Event",
        ClaimKind::Relation => "Relation",
        ClaimKind::Assessment => "Assessment",
    }
}

/// The element ids of the claims' marks, one per claim in model order; an id two claims would
/// share is given to the first only.
pub(super) fn ids(page_iris: &Iris, claims: &[Claim]) -> Vec<Option<String>> {
    let mut seen = BTreeSet::new();
    claims
        .iter()
        .map(|c| {
            let id = fragment(&page_iris.span(SpanKind::Clause, &c.anchor));
            seen.insert(id.clone()).then_some(id)
        })
        .collect()
}

/// The IRI of each claim's node in the brief's graph `quads`, in model order: the subject of
/// `prov:wasQuotedFrom` whose object is the claim's evidence (its sentence's node when the
/// claim is the whole sentence, else its clause's). Claims with the same evidence take its
/// nodes in IRI order; a claim the graph does not hold gets `None`.
pub(super) fn iris(doc: &Document, iris: &Iris, quads: &[Quad]) -> Vec<Option<String>> {
    let quoted = format!("{PROV}wasQuotedFrom");
    let mut by_evidence: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for q in quads {
        if let (NamedOrBlankNode::NamedNode(s), Term::NamedNode(o)) = (&q.subject, &q.object) {
            if q.predicate.as_str() == quoted {
                by_evidence.entry(o.as_str()).or_default().push(s.as_str());
            }
        }
    }
    for v in by_evidence.values_mut() {
        v.sort_unstable();
        v.dedup();
        v.reverse();
    }
    doc.claims
        .iter()
        .map(|c| {
            let sentence = doc.sentences.get(c.sentence)?;
            let evidence = if sentence.anchor.clean == c.anchor.clean {
                iris.span(SpanKind::Sentence, &sentence.anchor)
            } else {
                iris.span(SpanKind::Clause, &c.anchor)
            };
            by_evidence
                .get_mut(evidence.as_str())
                .and_then(Vec::pop)
                .map(str::to_owned)
        })
        .collect()
}

/// A cell's list of source words, each followed by its normalised reading, one per line:
/// `<bdi>words</bdi> <span class="src">reading</span>`.
fn labelled<'a>(out: &mut String, items: impl Iterator<Item = (&'a String, String)>) {
    for (k, (words, reading)) in items.enumerate() {
        if k > 0 {
            out.push_str("<br>");
        }
        bdi(out, words);
        out.push_str(" <span class=\"src\">");
        escape::text(out, &reading);
        out.push_str("</span>");
    }
}

/// A quantity as the page shows it: `more than 6000000 artillery shell (limit)`.
pub fn quantity_label(q: &Quantity) -> String {
    let mut s = String::new();
    if let Some(a) = q.approximation {
        s.push_str(&a.as_str().replace('-', " "));
        s.push(' ');
    }
    match (&q.value, &q.min, &q.max) {
        (Some(v), _, _) => s.push_str(v),
        (None, Some(lo), Some(hi)) => {
            let _ = write!(s, "{lo}–{hi}");
        }
        (None, Some(lo), None) => {
            let _ = write!(s, "from {lo}");
        }
        (None, None, Some(hi)) => {
            let _ = write!(s, "up to {hi}");
        }
        (None, None, None) => s.push('?'),
    }
    if let Some(u) = q.currency.as_ref().or(q.unit.as_ref()) {
        s.push(' ');
        s.push_str(u);
    }
    if let Some(p) = &q.per {
        let _ = write!(s, " per {p}");
    }
    if q.role == QuantityRole::Limit {
        s.push_str(" (limit)");
    }
    s
}

/// A date expression as the page shows it: `since 2024-03 (resolved)`.
pub fn date_label(t: &TimeExpression) -> String {
    let mut s = t.relation.as_str().to_owned();
    match (&t.start, &t.end) {
        (Some(a), Some(b)) => {
            let _ = write!(s, " {}/{}", a.iso, b.iso);
        }
        (Some(a), None) => {
            let _ = write!(s, " {}", a.iso);
        }
        _ => s.push_str(" ?"),
    }
    match t.resolution {
        DateResolution::Absolute => {}
        r => {
            let _ = write!(s, " ({})", r.as_str());
        }
    }
    s
}

impl Page<'_> {
    /// Who a claim is attributed to, as text (escaped into `out`).
    fn speaker(&self, out: &mut String, c: &Claim) {
        let sp = &c.speaker;
        match sp.kind {
            SpeakerKind::Author => {
                out.push_str("the author");
                let authors = &self.doc.metadata.authors;
                if !authors.is_empty() {
                    out.push_str(" (");
                    for (i, a) in authors.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        bdi(out, &a.name);
                    }
                    out.push(')');
                }
            }
            SpeakerKind::Named => {
                let entity = sp
                    .entity
                    .as_ref()
                    .and_then(|k| self.entity_row.get(k))
                    .map(|&row| &self.doc.entities[row].name);
                let words = sp.text.as_ref().map(|t| t.text.as_str());
                match (entity, words) {
                    (Some(name), _) => bdi(out, name),
                    (None, Some(w)) => bdi(out, w),
                    (None, None) => out.push_str("named"),
                }
                if let (Some(a), Some(w)) = (&sp.antecedent, words) {
                    out.push_str(" (");
                    bdi(out, w);
                    out.push_str(" → ");
                    bdi(out, &a.text);
                    out.push(')');
                }
            }
            SpeakerKind::Unnamed => {
                out.push_str("unnamed source");
                if let Some(w) = &sp.text {
                    out.push_str(" (");
                    bdi(out, &w.text);
                    out.push(')');
                }
            }
        }
    }

    /// Subject · predicate · object, as far as the claim gives them.
    fn proposition(&self, out: &mut String, c: &Claim) {
        let arg = |out: &mut String, a: &Option<Argument>| match a {
            Some(a) => bdi(out, &a.text.text),
            None => out.push('–'),
        };
        arg(out, &c.subject);
        out.push_str(" · ");
        match &c.predicate {
            Some(p) => bdi(out, p),
            None => out.push('–'),
        }
        out.push_str(" · ");
        arg(out, &c.object);
    }

    /// The modality names, comma-separated.
    fn modality(c: &Claim) -> String {
        c.modality
            .iter()
            .map(|m| m.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The items of the claims `active` (indexes into the document's claims) that overlap
    /// `block`: each claim's mark (outermost), cut at block ends and continued in the next
    /// block, and its quantities and dates. `started` records which claims' first pieces are
    /// written.
    pub(super) fn claim_items(
        &self,
        block: Span,
        active: &[usize],
        started: &mut [bool],
    ) -> Vec<Item> {
        let mut items = Vec::new();
        for &i in active {
            let c = &self.doc.claims[i];
            let span = c.anchor.clean;
            let overlaps = span.start < block.end && span.end > block.start;
            if !overlaps {
                continue;
            }
            let kind = escape::name(c.kind.as_str());
            let cont = format!("<span class=\"c cx\" data-ck=\"{kind}\">");
            let first = if started[i] {
                cont.clone()
            } else {
                started[i] = true;
                self.claim_open(i, c)
            };
            items.push(Item {
                start: span.start.clamp(block.start, block.end),
                end: span.end.clamp(block.start, block.end),
                rank: 0,
                first,
                cont,
                close: "</span>",
            });
            let inside = |s: Span| s.start >= block.start && s.end <= block.end && s.start < s.end;
            for q in c.quantities.iter().filter(|q| inside(q.text.span)) {
                items.push(Item {
                    start: q.text.span.start,
                    end: q.text.span.end,
                    rank: 2,
                    first: "<span class=\"qv\">".to_owned(),
                    cont: "<span class=\"qv\">".to_owned(),
                    close: "</span>",
                });
            }
            for t in c.dates.iter().filter(|t| inside(t.text.span)) {
                items.push(Item {
                    start: t.text.span.start,
                    end: t.text.span.end,
                    rank: 2,
                    first: "<span class=\"tv\">".to_owned(),
                    cont: "<span class=\"tv\">".to_owned(),
                    close: "</span>",
                });
            }
        }
        items
    }

    /// The opening of a claim's mark: the span with its id and the badge with its tooltip.
    fn claim_open(&self, i: usize, c: &Claim) -> String {
        let kind = escape::name(c.kind.as_str());
        let n = i + 1;
        let mut s = format!("<span class=\"c\" data-ck=\"{kind}\"");
        if let Some(id) = &self.claim_ids[i] {
            let _ = write!(s, " id=\"{id}\"");
        }
        let _ = write!(
            s,
            "><a class=\"cn\" href=\"#claim-{n}\">C{n}<span class=\"tip\" role=\"tooltip\"><b>Claim {n}: {}</b><br>modality: {}<br>speaker: ",
            kind_label(c.kind),
            Self::modality(c)
        );
        self.speaker(&mut s, c);
        if c.subject.is_some() || c.predicate.is_some() || c.object.is_some() {
            s.push_str("<br>proposition: ");
            self.proposition(&mut s, c);
        }
        for q in &c.quantities {
            s.push_str("<br>quantity: ");
            bdi(&mut s, &q.text.text);
            s.push_str(" = ");
            escape::text(&mut s, &quantity_label(q));
        }
        for t in &c.dates {
            s.push_str("<br>date: ");
            bdi(&mut s, &t.text.text);
            s.push_str(" = ");
            escape::text(&mut s, &date_label(t));
        }
        s.push_str("</span></a>");
        s
    }

    /// The claims table: one row per claim, linking to its mark.
    pub(super) fn claims(&self, out: &mut String) {
        let claims = &self.doc.claims;
        out.push_str("<section class=\"part\" id=\"claims\" aria-labelledby=\"claims-h\">\n<h2 id=\"claims-h\">Claims</h2>\n");
        if claims.is_empty() {
            out.push_str("<p>No claim in this brief.</p>\n</section>\n");
            return;
        }
        out.push_str("<p>Every claim of the body, in text order: what it is (kind), how it is asserted (modality), who asserts it (speaker), its proposition (subject · predicate · object), the quantities and dates it states, each with its normalised value, its evidence in the text (clean code points) and its node in the graph, named by the hash of what it states.</p>\n");
        out.push_str("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\" class=\"num\">#<th scope=\"col\">Kind<th scope=\"col\">Modality<th scope=\"col\">Speaker<th scope=\"col\">Proposition<th scope=\"col\">Quantities<th scope=\"col\">Dates<th scope=\"col\">Evidence<th scope=\"col\">Claim IRI</tr></thead>\n<tbody>\n");
        for (i, c) in claims.iter().enumerate() {
            let n = i + 1;
            let _ = write!(
                out,
                "<tr id=\"claim-{n}\"><td class=\"num\">{n}<td><span class=\"sw\" data-ck=\"{}\">{}</span><td>{}<td>",
                escape::name(c.kind.as_str()),
                kind_label(c.kind),
                Self::modality(c)
            );
            self.speaker(out, c);
            out.push_str("<td>");
            self.proposition(out, c);
            out.push_str("<td>");
            labelled(
                out,
                c.quantities
                    .iter()
                    .map(|q| (&q.text.text, quantity_label(q))),
            );
            out.push_str("<td>");
            labelled(out, c.dates.iter().map(|t| (&t.text.text, date_label(t))));
            out.push_str("<td>");
            let span = c.anchor.clean;
            match &self.claim_ids[i] {
                Some(id) => {
                    let _ = write!(out, "<a href=\"#{id}\">{}–{}</a>", span.start, span.end);
                }
                None => {
                    let _ = write!(out, "{}–{}", span.start, span.end);
                }
            }
            out.push_str("<td>");
            if let Some(iri) = &self.claim_iris[i] {
                out.push_str("<code class=\"hash\">");
                escape::text(out, iri);
                out.push_str("</code>");
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody></table></div>\n</section>\n");
    }
}
