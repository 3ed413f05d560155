//! The claims of a brief's graph ([`crate::emit::claims`]): each claim's IRI against the hash of
//! what its node states (rebuilt from the graph as a [`ClaimStatement`]), each assertion graph's
//! IRI against the hash of its own content ([`crate::provenance::trusty`]), each claim's
//! evidence (a sentence or clause node of the brief, whose text the span checks compare with
//! the source) and the texts of its quantities and dates (inside the evidence). An assertion
//! graph no claim points at is a finding too.

use std::collections::{BTreeMap, BTreeSet};

use oxrdf::{GraphName, Quad, Term};

use super::graph::{Checker, Context};
use super::view::{n, GraphView};
use super::{Check, Counts, Finding};
use crate::emit::claims::{ClaimStatement, DateStatement, QuantityStatement};
use crate::emit::vocab::{BKG, NIF, PROV, RDF, SCHEMA};
use crate::provenance::statement::Statement;
use crate::provenance::trusty;

/// The base IRI of a brief IRI (`{base}brief/{id}` → `{base}`).
fn base_of(brief: &str) -> &str {
    brief.rfind("brief/").map_or(brief, |i| &brief[..i])
}

/// The assertion graphs a brief's quads may hold: the graphs under `{base}assertion/` that a
/// claim of the quads names with `bkg:hasAssertion`. Gathered once per graph (one pass over the
/// quads), so that telling whether a quad lies in one is a set lookup.
pub(super) struct AssertionGraphs<'a> {
    prefix: String,
    named: BTreeSet<&'a str>,
}

/// The assertion graphs of `all`, a brief's quads, whose own graph is `brief_graph`.
pub(super) fn assertion_graphs<'a>(brief_graph: &str, all: &'a [Quad]) -> AssertionGraphs<'a> {
    let base = brief_graph
        .rfind("graph/")
        .map_or("", |i| &brief_graph[..i]);
    let has_assertion = n(BKG, "hasAssertion");
    let named = all
        .iter()
        .filter(|a| a.predicate.as_str() == has_assertion)
        .filter_map(|a| match &a.object {
            Term::NamedNode(o) => Some(o.as_str()),
            _ => None,
        })
        .collect();
    AssertionGraphs {
        prefix: format!("{base}assertion/"),
        named,
    }
}

impl AssertionGraphs<'_> {
    /// Whether a quad lies in an assertion graph of the brief (under `{base}assertion/`, named
    /// by a claim of the brief's graph), with no blank node. Used by the brief checks, which
    /// otherwise accept only quads of the brief's own graph.
    pub(super) fn holds(&self, q: &Quad) -> bool {
        let GraphName::NamedNode(g) = &q.graph_name else {
            return false;
        };
        g.as_str().starts_with(&self.prefix)
            && !q.subject.is_blank_node()
            && !matches!(q.object, Term::BlankNode(_))
            && self.named.contains(g.as_str())
    }
}

/// Checks the claims of a brief's graph.
pub(super) fn check(
    quads: &[Quad],
    view: &GraphView<'_>,
    ctx: &Context<'_>,
) -> (Vec<Finding>, Counts) {
    let mut c = Checker {
        view,
        ctx,
        findings: Vec::new(),
        counts: Counts::default(),
    };
    let base = base_of(&ctx.brief).to_owned();
    let prefix = format!("{base}assertion/");
    // Assertion graphs, by IRI.
    let mut graphs: BTreeMap<String, Vec<Quad>> = BTreeMap::new();
    for q in quads {
        if let GraphName::NamedNode(g) = &q.graph_name {
            if g.as_str().starts_with(&prefix) {
                graphs
                    .entry(g.as_str().to_owned())
                    .or_default()
                    .push(q.clone());
            }
        }
    }
    let mut referenced = BTreeSet::new();
    for claim in view.of_type(&n(SCHEMA, "Claim")) {
        c.counts.statements += 1;
        match statement(view, claim, &ctx.brief) {
            Ok(s) => {
                let expected = format!("{base}claim/{}", &s.sha256()[..32]);
                if claim != expected {
                    c.finding(
                        claim,
                        "",
                        Check::Statement,
                        format!(
                            "claim <{claim}>: its IRI is not derived from what its node states (the hash of its statement, schemas/README.md)"
                        ),
                        format!("<{expected}>"),
                        format!("<{claim}>"),
                    );
                }
                if let Some(a) = &s.assertion {
                    referenced.insert(a.clone());
                }
                c.evidence(claim, &s);
            }
            Err(e) => c.malformed(claim, e),
        }
    }
    for (g, gq) in &graphs {
        let code = &g[prefix.len()..];
        if !referenced.contains(g) {
            c.finding(
                g,
                "",
                Check::Statement,
                format!("assertion graph <{g}> is the assertion of no claim"),
                "a graph named by some claim's bkg:hasAssertion".to_owned(),
                "a graph no claim names".to_owned(),
            );
        }
        if let Err(e) = trusty::check(&prefix, code, gq) {
            c.finding(
                g,
                "",
                Check::Statement,
                format!(
                    "assertion graph <{g}>: its IRI does not carry the hash of its content: {e}"
                ),
                "the SHA-256 of the graph's canonical N-Quads with the placeholder for its own IRI",
                e.to_string(),
            );
        }
    }
    for g in referenced.iter().filter(|g| !graphs.contains_key(*g)) {
        c.finding(
            g,
            "",
            Check::Statement,
            format!("assertion graph <{g}> that a claim names is missing"),
            "the graph".to_owned(),
            "no quads in it".to_owned(),
        );
    }
    (c.findings, c.counts)
}

impl Checker<'_> {
    /// The claim's evidence is a sentence or clause of the brief at the statement's offsets,
    /// and the texts of its quantities and dates lie inside the evidence's text.
    fn evidence(&mut self, claim: &str, s: &ClaimStatement) {
        let v = self.view;
        let is_span = v.has_type(&s.evidence, &n(NIF, "Sentence"))
            || v.has_type(&s.evidence, &n(BKG, "Clause"));
        if !is_span || !s.evidence.starts_with(&format!("{}#", self.ctx.brief)) {
            self.finding(
                claim,
                &n(PROV, "wasQuotedFrom"),
                Check::Statement,
                format!("claim <{claim}>: its evidence is not a sentence or clause of the brief"),
                "a nif:Sentence or bkg:Clause of the brief",
                format!("<{}>", s.evidence),
            );
            return;
        }
        let text = match v.literal(&s.evidence, &n(NIF, "anchorOf")) {
            Ok(t) => t.to_owned(),
            Err(e) => return self.malformed(&s.evidence, e),
        };
        let texts = s
            .quantities
            .iter()
            .map(|q| ("quantity", &q.text))
            .chain(s.dates.iter().map(|d| ("date", &d.text)));
        for (what, t) in texts {
            if !text.contains(t.as_str()) {
                self.finding(
                    claim,
                    "",
                    Check::Span,
                    format!("claim <{claim}>: the text of a {what} is not in its evidence"),
                    format!("words of {text:?}"),
                    format!("{t:?}"),
                );
            }
        }
    }
}

/// One IRI object of `s p`, or what is wrong.
fn one_iri(view: &GraphView<'_>, s: &str, p: &str) -> Result<Option<String>, String> {
    match view.iris(s, p).as_slice() {
        [] => Ok(None),
        [one] => Ok(Some((*one).to_owned())),
        _ => Err(format!("several {}", super::view::short(p))),
    }
}

fn optional_literal(view: &GraphView<'_>, s: &str, p: &str) -> Result<Option<String>, String> {
    match view.values(s, p).as_slice() {
        [] => Ok(None),
        _ => view.literal(s, p).map(|v| Some(v.to_owned())),
    }
}

/// The sub-nodes of a claim by a property, in their number order (`_q1`, `_q2` …).
fn numbered(
    view: &GraphView<'_>,
    claim: &str,
    p: &str,
    letter: char,
) -> Result<Vec<String>, String> {
    let mut nodes: Vec<(usize, String)> = Vec::new();
    for node in view.iris(claim, p) {
        let i = node
            .strip_prefix(&format!("{claim}_{letter}"))
            .and_then(|i| i.parse::<usize>().ok())
            .ok_or(format!("<{node}> is not named <{claim}_{letter}N>"))?;
        nodes.push((i, node.to_owned()));
    }
    nodes.sort();
    if nodes.iter().enumerate().any(|(k, (i, _))| *i != k + 1) {
        return Err(format!("its `_{letter}` nodes are not numbered 1, 2, …"));
    }
    Ok(nodes.into_iter().map(|(_, n)| n).collect())
}

/// Rebuilds the statement of a claim from the graph.
fn statement(view: &GraphView<'_>, claim: &str, brief: &str) -> Result<ClaimStatement, String> {
    let evidence =
        one_iri(view, claim, &n(PROV, "wasQuotedFrom"))?.ok_or("no prov:wasQuotedFrom")?;
    let kinds: Vec<String> = view
        .iris(claim, &n(RDF, "type"))
        .into_iter()
        .filter_map(|t| t.strip_prefix(BKG))
        .map(str::to_owned)
        .collect();
    let claim_kind = match kinds.as_slice() {
        [k] => k.clone(),
        _ => return Err("not exactly one bkg: kind class".to_owned()),
    };
    let mut modality: Vec<String> = view
        .iris(claim, &n(BKG, "modality"))
        .into_iter()
        .map(|m| m.strip_prefix(BKG).unwrap_or(m).to_owned())
        .collect();
    modality.sort();
    let mut speakers: Vec<String> = view
        .iris(claim, &n(PROV, "wasAttributedTo"))
        .into_iter()
        .map(str::to_owned)
        .collect();
    speakers.sort();
    let mut quantities = Vec::new();
    for q in numbered(view, claim, &n(BKG, "quantity"), 'q')? {
        let lit = |ns: &str, p: &str| optional_literal(view, &q, &n(ns, p));
        quantities.push(QuantityStatement {
            text: view.literal(&q, &n(NIF, "anchorOf"))?.to_owned(),
            value: lit(SCHEMA, "value")?,
            min: lit(SCHEMA, "minValue")?,
            max: lit(SCHEMA, "maxValue")?,
            unit: lit(SCHEMA, "unitText")?,
            code: lit(SCHEMA, "unitCode")?,
            currency: lit(SCHEMA, "currency")?,
            per: lit(BKG, "perUnit")?,
            approximation: lit(BKG, "approximation")?,
            limit: view.has_type(&q, &n(BKG, "Limit")),
        });
    }
    let mut dates = Vec::new();
    for d in numbered(view, claim, &n(BKG, "timeExpression"), 't')? {
        let relation = one_iri(view, &d, &n(BKG, "timeRelation"))?
            .ok_or("a time expression without bkg:timeRelation")?;
        dates.push(DateStatement {
            text: view.literal(&d, &n(NIF, "anchorOf"))?.to_owned(),
            relation: relation.strip_prefix(BKG).unwrap_or(&relation).to_owned(),
            start: optional_literal(view, &d, &n(SCHEMA, "startDate"))?,
            end: optional_literal(view, &d, &n(SCHEMA, "endDate"))?,
            resolution: optional_literal(view, &d, &n(BKG, "dateResolution"))?,
        });
    }
    Ok(ClaimStatement {
        brief: brief.to_owned(),
        begin: view.count(&evidence, &n(NIF, "beginIndex"))?,
        end: view.count(&evidence, &n(NIF, "endIndex"))?,
        evidence,
        claim_kind,
        modality,
        speakers,
        assertion: one_iri(view, claim, &n(BKG, "hasAssertion"))?,
        quantities,
        dates,
    })
}
