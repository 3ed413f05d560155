//! Claims in RDF: each claim a `schema:Claim` named by the hash of its content, linked to its
//! brief, its evidence, its speaker, its modality, its quantities and dates; its proposition
//! (subject, predicate, object) as plain triples in a named graph of its own, nanopublication
//! style, whose IRI carries the graph's own hash ([`crate::provenance::trusty`]).
//!
//! The node of a claim (in the brief's graph):
//!
//! - `a schema:Claim, bkg:EventClaim` (one of six kinds), `dcterms:isPartOf` the brief;
//! - `prov:wasQuotedFrom` its evidence: the sentence node, or a `bkg:Clause` NIF string when
//!   the claim is a clause of the sentence;
//! - `prov:wasAttributedTo` the speaker: the entity whose mention names the speaker, the
//!   brief's authors (`schema:Person` nodes of the metadata), a `bkg:Speaker` (a NIF string of
//!   the speaker's words, `{brief}#a{start}-{end}`) when no entity covers them, or
//!   `bkg:UnnamedSource`;
//! - `bkg:modality` one or more of `bkg:Asserted`, `Reported`, `Quoted`, `Believed`,
//!   `Expected`, `Negated`;
//! - `bkg:quantity` → `{claim}_qN`: a `schema:QuantitativeValue` (`schema:MonetaryAmount` for
//!   money) with `schema:value` (or `schema:minValue` / `schema:maxValue` for ranges and
//!   bounds), `schema:unitText`, `schema:unitCode` (UN/CEFACT), `schema:currency` (ISO 4217),
//!   `bkg:perUnit`, `bkg:approximation`, `nif:anchorOf` the text, and `a bkg:Limit` for a cap;
//! - `bkg:timeExpression` → `{claim}_tN`: a `bkg:TimeExpression` with `bkg:timeRelation`
//!   (`bkg:At`, `Since`, `After`, `Before`, `During`), `schema:startDate` and for an interval
//!   `schema:endDate` (`xsd:date`, `xsd:gYearMonth` or `xsd:gYear`), `nif:anchorOf`, and
//!   `bkg:dateResolution "resolved"` or `"unresolved"` for a relative date;
//! - `bkg:hasAssertion` → its assertion graph, `{base}assertion/{SHA-256}`, holding `subject
//!   pred:{lemma} object` for every entity of the subject and of the object (a phrase with no
//!   entity is a node of the graph, `{graph}#subject` or `#object`, with its `rdfs:label`).
//!
//! The claim's IRI is `{base}claim/` and the first 32 hex digits of the SHA-256 of its
//! [`ClaimStatement`], the canonical JSON of everything the node states: `verify` rebuilds the
//! statement from the graph, so any changed triple about a claim changes the hash its IRI must
//! carry, and any changed assertion triple changes the hash its graph's IRI must carry.
//!
//! N-Quads and TriG hold the assertion graphs. N-Triples, Turtle and JSON-LD hold one graph, so
//! [`fold`] writes each assertion there as properties of the claim node (`bkg:subject`,
//! `bkg:predicate`, `bkg:object`), and [`unfold`] reads them back into the graph. No RDF-star.

use std::collections::{BTreeMap, BTreeSet};

use oxrdf::{Literal, NamedNode, NamedOrBlankNode, Quad, Term};

use super::graph::{n, Graph, Id};
use super::iri::{encode_segment, Iris, SpanKind};
use super::quads::{Obj, Quads, Rec, TermKind, DEFAULT_GRAPH};
use super::rdf::Profile;
use super::vocab::{BKG, DCTERMS, NIF, PRED, PROV, RDFS, SCHEMA, XSD};
use crate::model::{
    Anchor, Approximation, Claim, ClaimKind, DateResolution, Document, Modality, QuantityRole,
    SpeakerKind, TimeRelation,
};
use crate::provenance::jcs::Canon;
use crate::provenance::statement::Statement;
use crate::provenance::trusty;

/// The class of a claim kind (also typed `schema:Claim`).
pub fn kind_class(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Quotation => "QuotationClaim",
        ClaimKind::Forecast => "ForecastClaim",
        ClaimKind::Quantity => "QuantityClaim",
        ClaimKind::Event => "EventClaim",
        ClaimKind::Relation => "RelationClaim",
        ClaimKind::Assessment => "AssessmentClaim",
    }
}

/// The individual of a modality (`bkg:Reported`).
pub fn modality_term(m: Modality) -> &'static str {
    match m {
        Modality::Asserted => "Asserted",
        Modality::Reported => "Reported",
        Modality::Quoted => "Quoted",
        Modality::Believed => "Believed",
        Modality::Expected => "Expected",
        Modality::Negated => "Negated",
    }
}

/// The individual of a time relation (`bkg:Since`).
pub fn relation_term(r: TimeRelation) -> &'static str {
    match r {
        TimeRelation::At => "At",
        TimeRelation::Since => "Since",
        TimeRelation::After => "After",
        TimeRelation::Before => "Before",
        TimeRelation::During => "During",
    }
}

/// The predicate IRI of a verb lemma: `pred:supply`, `pred:set_up` (spaces become `_`).
pub fn predicate(lemma: &str) -> NamedNode {
    NamedNode::new_unchecked(format!(
        "{PRED}{}",
        encode_segment(&lemma.replace(' ', "_"))
    ))
}

/// A quantity as the graph states it (the fields of its node, as strings).
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct QuantityStatement {
    /// `nif:anchorOf`.
    pub text: String,
    /// `schema:value`.
    pub value: Option<String>,
    /// `schema:minValue`.
    pub min: Option<String>,
    /// `schema:maxValue`.
    pub max: Option<String>,
    /// `schema:unitText`.
    pub unit: Option<String>,
    /// `schema:unitCode`.
    pub code: Option<String>,
    /// `schema:currency`.
    pub currency: Option<String>,
    /// `bkg:perUnit`.
    pub per: Option<String>,
    /// `bkg:approximation`.
    pub approximation: Option<String>,
    /// Typed `bkg:Limit`.
    pub limit: bool,
}

/// A date as the graph states it.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateStatement {
    /// `nif:anchorOf`.
    pub text: String,
    /// The local name of `bkg:timeRelation` (`Since`).
    pub relation: String,
    /// `schema:startDate`, its ISO text.
    pub start: Option<String>,
    /// `schema:endDate`.
    pub end: Option<String>,
    /// `bkg:dateResolution`, absent for an absolute date.
    pub resolution: Option<String>,
}

/// Everything a claim's node states, in a canonical form whose hash names the claim.
///
/// Canonical form (RFC 8785 JSON, see [`Statement`]): `kind` `"claim"`, `v`, and `brief` (the
/// brief's IRI), `begin` and `end` (the claim's code points in the clean text), `evidence`
/// (the IRI of its sentence or clause node), `claim_kind` (`"EventClaim"` …), `modality`
/// (sorted local names), `speakers` (sorted IRIs), `assertion` (the assertion graph's IRI, when
/// there is one), `quantities` and `dates` (arrays in node order `_q1`, `_q2` …, each an object
/// of its node's fields named as in [`QuantityStatement`] and [`DateStatement`], absent fields
/// left out, `limit` a boolean).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimStatement {
    /// The brief's IRI.
    pub brief: String,
    /// First code point of the claim in the clean text.
    pub begin: usize,
    /// One past its last code point.
    pub end: usize,
    /// The evidence node's IRI.
    pub evidence: String,
    /// The local name of the kind class.
    pub claim_kind: String,
    /// Local names of the modality individuals, sorted.
    pub modality: Vec<String>,
    /// Speaker IRIs, sorted.
    pub speakers: Vec<String>,
    /// The assertion graph's IRI.
    pub assertion: Option<String>,
    /// Quantities, in node order.
    pub quantities: Vec<QuantityStatement>,
    /// Dates, in node order.
    pub dates: Vec<DateStatement>,
}

fn opt(fields: &mut Vec<(&'static str, Canon)>, key: &'static str, v: &Option<String>) {
    if let Some(v) = v {
        fields.push((key, Canon::str(v.clone())));
    }
}

impl Statement for ClaimStatement {
    fn kind(&self) -> &'static str {
        "claim"
    }

    fn fields(&self) -> Vec<(&'static str, Canon)> {
        let strings =
            |v: &[String]| Canon::Array(v.iter().map(|s| Canon::str(s.clone())).collect());
        let quantities = self
            .quantities
            .iter()
            .map(|q| {
                let mut f = vec![
                    ("text", Canon::str(q.text.clone())),
                    ("limit", Canon::Bool(q.limit)),
                ];
                opt(&mut f, "value", &q.value);
                opt(&mut f, "min", &q.min);
                opt(&mut f, "max", &q.max);
                opt(&mut f, "unit", &q.unit);
                opt(&mut f, "code", &q.code);
                opt(&mut f, "currency", &q.currency);
                opt(&mut f, "per", &q.per);
                opt(&mut f, "approximation", &q.approximation);
                Canon::object(f)
            })
            .collect();
        let dates = self
            .dates
            .iter()
            .map(|d| {
                let mut f = vec![
                    ("text", Canon::str(d.text.clone())),
                    ("relation", Canon::str(d.relation.clone())),
                ];
                opt(&mut f, "start", &d.start);
                opt(&mut f, "end", &d.end);
                opt(&mut f, "resolution", &d.resolution);
                Canon::object(f)
            })
            .collect();
        let mut fields = vec![
            ("brief", Canon::str(self.brief.clone())),
            ("begin", Canon::int(self.begin)),
            ("end", Canon::int(self.end)),
            ("evidence", Canon::str(self.evidence.clone())),
            ("claim_kind", Canon::str(self.claim_kind.clone())),
            ("modality", strings(&self.modality)),
            ("speakers", strings(&self.speakers)),
            ("quantities", Canon::Array(quantities)),
            ("dates", Canon::Array(dates)),
        ];
        opt(&mut fields, "assertion", &self.assertion);
        fields
    }
}

/// The datatype local name of an ISO 8601 calendar value.
pub fn date_type(iso: &str) -> &'static str {
    match iso.len() {
        10 => "date",
        7 => "gYearMonth",
        _ => "gYear",
    }
}

/// The index of the sentence that holds a clean-text span.
fn sentence_of(doc: &Document, start: usize) -> Option<usize> {
    let i = doc
        .sentences
        .partition_point(|s| s.anchor.clean.end <= start);
    doc.sentences
        .get(i)
        .filter(|s| s.anchor.clean.start <= start)
        .map(|_| i)
}

/// A NIF string node for a span of the brief (a clause, the words naming a speaker), with Web
/// Annotation selectors under that profile, part of its sentence.
fn span_node(
    g: &mut Graph,
    iris: &Iris,
    node: &NamedNode,
    a: &Anchor,
    sentence: &NamedNode,
    profile: Profile,
) {
    g.span(node, &iris.clean_text(), a, true, profile);
    g.add(node, n(DCTERMS, "isPartOf"), sentence.clone());
}

/// Writes the IRI of a claim's `n`th quantity or time expression into `out`:
/// `{claim}{tag}{n}` ([`Iris::sub`] without allocating).
fn sub_node(out: &mut String, claim: &NamedNode, tag: &str, n: usize) {
    out.clear();
    out.push_str(claim.as_str());
    out.push_str(tag);
    super::quads::write_usize(out, n);
}

/// The ids of the classes and properties a claim node uses, looked up once per brief.
struct Terms {
    claim: Id,
    is_part_of: Id,
    quoted_from: Id,
    modality: Id,
    attributed_to: Id,
    has_assertion: Id,
    quantity: Id,
    monetary_amount: Id,
    quantitative_value: Id,
    limit: Id,
    value: Id,
    min: Id,
    max: Id,
    decimal: Id,
    integer: Id,
    unit_text: Id,
    unit_code: Id,
    currency: Id,
    per_unit: Id,
    approximation: Id,
    anchor_of: Id,
    time_expression: Id,
    time_class: Id,
    time_relation: Id,
    start_date: Id,
    end_date: Id,
    date_resolution: Id,
}

impl Terms {
    fn new(g: &mut Graph) -> Self {
        Terms {
            claim: g.prop(SCHEMA, "Claim"),
            is_part_of: g.prop(DCTERMS, "isPartOf"),
            quoted_from: g.prop(PROV, "wasQuotedFrom"),
            modality: g.prop(BKG, "modality"),
            attributed_to: g.prop(PROV, "wasAttributedTo"),
            has_assertion: g.prop(BKG, "hasAssertion"),
            quantity: g.prop(BKG, "quantity"),
            monetary_amount: g.prop(SCHEMA, "MonetaryAmount"),
            quantitative_value: g.prop(SCHEMA, "QuantitativeValue"),
            limit: g.prop(BKG, "Limit"),
            value: g.prop(SCHEMA, "value"),
            min: g.prop(SCHEMA, "minValue"),
            max: g.prop(SCHEMA, "maxValue"),
            decimal: g.prop(XSD, "decimal"),
            integer: g.prop(XSD, "integer"),
            unit_text: g.prop(SCHEMA, "unitText"),
            unit_code: g.prop(SCHEMA, "unitCode"),
            currency: g.prop(SCHEMA, "currency"),
            per_unit: g.prop(BKG, "perUnit"),
            approximation: g.prop(BKG, "approximation"),
            anchor_of: g.prop(NIF, "anchorOf"),
            time_expression: g.prop(BKG, "timeExpression"),
            time_class: g.prop(BKG, "TimeExpression"),
            time_relation: g.prop(BKG, "timeRelation"),
            start_date: g.prop(SCHEMA, "startDate"),
            end_date: g.prop(SCHEMA, "endDate"),
            date_resolution: g.prop(BKG, "dateResolution"),
        }
    }
}

/// The claims of a brief: their nodes go into `g` (the brief's graph); the quads of their
/// assertion graphs are returned.
pub(super) fn claims(
    g: &mut Graph,
    doc: &Document,
    iris: &Iris,
    sentences: &[NamedNode],
    profile: Profile,
) -> Vec<Quad> {
    let mut assertions = Vec::new();
    let t = Terms::new(g);
    let brief_id = g.node(iris.brief().as_str());
    let mut sub = String::new();
    for c in &doc.claims {
        let Some(sentence) = sentences.get(c.sentence) else {
            continue;
        };
        // Evidence: the sentence itself, or the clause.
        let whole = doc
            .sentences
            .get(c.sentence)
            .is_some_and(|s| s.anchor.clean == c.anchor.clean);
        let evidence = if whole {
            sentence.clone()
        } else {
            let node = iris.span(SpanKind::Clause, &c.anchor);
            g.typ(&node, BKG, "Clause");
            span_node(g, iris, &node, &c.anchor, sentence, profile);
            node
        };
        let speakers = speakers(g, doc, iris, sentences, c, profile);
        let assertion = assertion(iris, c).map(|(graph, quads)| {
            assertions.extend(quads);
            graph
        });
        let statement = statement(iris, c, &evidence, &speakers, assertion.as_ref());
        let node = iris.claim(&statement.sha256());
        let id = g.node(node.as_str());
        g.class(id, t.claim);
        let kind = g.prop(BKG, kind_class(c.kind));
        g.class(id, kind);
        g.link(id, t.is_part_of, brief_id);
        let evidence = g.node(evidence.as_str());
        g.link(id, t.quoted_from, evidence);
        for m in &c.modality {
            let m = g.prop(BKG, modality_term(*m));
            g.link(id, t.modality, m);
        }
        for s in &speakers {
            let s = g.node(s.as_str());
            g.link(id, t.attributed_to, s);
        }
        if let Some(a) = &assertion {
            let a = g.node(a.as_str());
            g.link(id, t.has_assertion, a);
        }
        for (i, q) in statement.quantities.iter().enumerate() {
            sub_node(&mut sub, &node, "_q", i + 1);
            let qn = g.node(&sub);
            g.link(id, t.quantity, qn);
            g.class(
                qn,
                if q.currency.is_some() {
                    t.monetary_amount
                } else {
                    t.quantitative_value
                },
            );
            if q.limit {
                g.class(qn, t.limit);
            }
            for (p, v) in [(t.value, &q.value), (t.min, &q.min), (t.max, &q.max)] {
                if let Some(v) = v {
                    let datatype = if v.contains('.') {
                        t.decimal
                    } else {
                        t.integer
                    };
                    g.typed(qn, p, v, datatype);
                }
            }
            for (p, v) in [
                (t.unit_text, &q.unit),
                (t.unit_code, &q.code),
                (t.currency, &q.currency),
                (t.per_unit, &q.per),
                (t.approximation, &q.approximation),
            ] {
                if let Some(v) = v {
                    g.literal(qn, p, v);
                }
            }
            g.literal(qn, t.anchor_of, &q.text);
        }
        for (i, d) in statement.dates.iter().enumerate() {
            sub_node(&mut sub, &node, "_t", i + 1);
            let dn = g.node(&sub);
            g.link(id, t.time_expression, dn);
            g.class(dn, t.time_class);
            let relation = g.prop(BKG, &d.relation);
            g.link(dn, t.time_relation, relation);
            for (p, v) in [(t.start_date, &d.start), (t.end_date, &d.end)] {
                if let Some(v) = v {
                    let datatype = g.prop(XSD, date_type(v));
                    g.typed(dn, p, v, datatype);
                }
            }
            if let Some(r) = &d.resolution {
                g.literal(dn, t.date_resolution, r);
            }
            g.literal(dn, t.anchor_of, &d.text);
        }
    }
    assertions
}

/// The speakers of a claim as IRIs; writes the node of a speaker named by words no entity
/// covers.
fn speakers(
    g: &mut Graph,
    doc: &Document,
    iris: &Iris,
    sentences: &[NamedNode],
    c: &Claim,
    profile: Profile,
) -> Vec<NamedNode> {
    let mut out = match c.speaker.kind {
        SpeakerKind::Author => doc
            .metadata
            .authors
            .iter()
            .map(|a| iris.person(&a.name))
            .collect(),
        SpeakerKind::Unnamed => vec![n(BKG, "UnnamedSource")],
        SpeakerKind::Named => match (&c.speaker.entity, &c.speaker.anchor) {
            (Some(e), _) => vec![iris.entity(e)],
            (None, Some(a)) => {
                let node = iris.span(SpanKind::Speaker, a);
                let sentence = sentence_of(doc, a.clean.start)
                    .and_then(|s| sentences.get(s))
                    .cloned();
                if let Some(sentence) = sentence {
                    g.typ(&node, BKG, "Speaker");
                    span_node(g, iris, &node, a, &sentence, profile);
                }
                vec![node]
            }
            (None, None) => Vec::new(),
        },
    };
    out.sort_by(|a, b| a.as_str().cmp(b.as_str()));
    out.dedup();
    out
}

/// The statement of a claim: what its node states.
fn statement(
    iris: &Iris,
    c: &Claim,
    evidence: &NamedNode,
    speakers: &[NamedNode],
    assertion: Option<&NamedNode>,
) -> ClaimStatement {
    let mut modality: Vec<String> = c
        .modality
        .iter()
        .map(|m| modality_term(*m).to_owned())
        .collect();
    modality.sort();
    ClaimStatement {
        brief: iris.brief().into_string(),
        begin: c.anchor.clean.start,
        end: c.anchor.clean.end,
        evidence: evidence.as_str().to_owned(),
        claim_kind: kind_class(c.kind).to_owned(),
        modality,
        speakers: speakers.iter().map(|s| s.as_str().to_owned()).collect(),
        assertion: assertion.map(|a| a.as_str().to_owned()),
        quantities: c
            .quantities
            .iter()
            .map(|q| {
                let (value, min, max) = match (q.approximation, &q.value) {
                    (Some(Approximation::MoreThan | Approximation::AtLeast), Some(v)) => {
                        (None, Some(v.clone()), q.max.clone())
                    }
                    (Some(Approximation::LessThan | Approximation::UpTo), Some(v)) => {
                        (None, q.min.clone(), Some(v.clone()))
                    }
                    _ => (q.value.clone(), q.min.clone(), q.max.clone()),
                };
                QuantityStatement {
                    text: q.text.text.clone(),
                    value,
                    min,
                    max,
                    unit: if q.currency.is_some() {
                        None
                    } else {
                        q.unit.clone()
                    },
                    code: q.unit_code.clone(),
                    currency: q.currency.clone(),
                    per: q.per.clone(),
                    approximation: q.approximation.map(|a| a.as_str().to_owned()),
                    limit: q.role == QuantityRole::Limit,
                }
            })
            .collect(),
        dates: c
            .dates
            .iter()
            .map(|d| DateStatement {
                text: d.text.text.clone(),
                relation: relation_term(d.relation).to_owned(),
                start: d.start.as_ref().map(|v| v.iso.clone()),
                end: d.end.as_ref().map(|v| v.iso.clone()),
                resolution: match d.resolution {
                    DateResolution::Absolute => None,
                    r => Some(r.as_str().to_owned()),
                },
            })
            .collect(),
    }
}

/// The assertion graph of a claim with a subject, a predicate and an object: its IRI and its
/// quads (sealed: the IRI carries the graph's hash).
fn assertion(iris: &Iris, c: &Claim) -> Option<(NamedNode, Vec<Quad>)> {
    let (s, p, o) = (
        c.subject.as_ref()?,
        c.predicate.as_deref()?,
        c.object.as_ref()?,
    );
    let prefix = iris.assertion_prefix();
    let graph = NamedNode::new_unchecked(format!("{prefix}{}", trusty::PLACEHOLDER));
    let mut quads = Vec::new();
    let mut side = |arg: &crate::model::Argument, name: &str| -> Vec<NamedNode> {
        if arg.entities.is_empty() {
            let node = NamedNode::new_unchecked(format!("{}#{name}", graph.as_str()));
            quads.push(Quad::new(
                node.clone(),
                n(RDFS, "label"),
                Literal::new_simple_literal(&arg.text.text),
                graph.clone(),
            ));
            vec![node]
        } else {
            arg.entities.iter().map(|e| iris.entity(e)).collect()
        }
    };
    let subjects = side(s, "subject");
    let objects = side(o, "object");
    let pred = predicate(p);
    for su in &subjects {
        for ob in &objects {
            quads.push(Quad::new(
                su.clone(),
                pred.clone(),
                ob.clone(),
                graph.clone(),
            ));
        }
    }
    // Order and duplicates do not matter: the graph's hash is over its sorted set of lines, and
    // the brief's dataset is sorted and deduplicated when it is finished.
    let (hash, sealed) = trusty::seal(&prefix, &quads);
    Some((NamedNode::new_unchecked(format!("{prefix}{hash}")), sealed))
}

/// The assertion graphs of a dataset: graph IRI → its quads (the graph names of `bkg:hasAssertion`
/// objects).
fn assertion_graphs(quads: &[Quad]) -> BTreeSet<String> {
    let assertion = format!("{BKG}hasAssertion");
    quads
        .iter()
        .filter(|q| q.predicate.as_str() == assertion)
        .filter_map(|q| match &q.object {
            Term::NamedNode(g) => Some(g.as_str().to_owned()),
            _ => None,
        })
        .collect()
}

fn sorted(mut quads: Vec<Quad>) -> Vec<Quad> {
    quads.sort_by_cached_key(|q| q.to_string());
    quads.dedup();
    quads
}

/// The one-graph form of a brief's dataset (for N-Triples, Turtle and JSON-LD): every
/// assertion graph folded into its claim nodes (`bkg:subject`, `bkg:predicate`, `bkg:object`;
/// labels of phrase nodes kept as they are), all in the brief's graph. Sorted; [`unfold`]
/// inverts it. [`fold_quads`] on oxrdf quads.
pub fn fold(quads: &[Quad]) -> Vec<Quad> {
    fold_quads(&Quads::from_quads(quads.iter().map(Quad::as_ref))).to_quads()
}

/// [`fold`] in compact form: the folded quads in canonical order (as
/// [`Quads::canonicalize`] sorts them), duplicates removed. Quads without an assertion graph
/// (no `bkg:hasAssertion` to a named graph) come back as they are, in their order.
///
/// The brief's graph is the graph of the first quad in a named graph that is not an assertion
/// graph (the default graph when there is none); quads outside assertion graphs are kept; an
/// assertion graph's `rdfs:label` triples move into the brief's graph; its other triples
/// become, for each claim that `bkg:hasAssertion` it, `bkg:subject` of every (IRI) subject,
/// `bkg:predicate` of every predicate and `bkg:object` of every object.
pub fn fold_quads(quads: &Quads) -> Quads {
    let Some(has_assertion) = quads
        .terms
        .find(TermKind::Iri, &format!("{BKG}hasAssertion"))
    else {
        return quads.clone();
    };
    // Assertion graphs (sorted term ids) and the claims that point at them, in quad order.
    let claims: Vec<(u32, u32)> = quads
        .recs
        .iter()
        .filter(|r| r.p == has_assertion)
        .filter_map(|r| match r.o {
            Obj::Node(g) if quads.terms.kind(g) == TermKind::Iri => Some((r.s, g)),
            _ => None,
        })
        .collect();
    if claims.is_empty() {
        return quads.clone();
    }
    let mut graphs: Vec<u32> = claims.iter().map(|&(_, g)| g).collect();
    graphs.sort_unstable();
    graphs.dedup();
    let is_assertion = |g: u32| g != DEFAULT_GRAPH && graphs.binary_search(&g).is_ok();
    let named = |g: u32| g != DEFAULT_GRAPH && quads.terms.kind(g) == TermKind::Iri;
    let brief_graph = quads
        .recs
        .iter()
        .find(|r| named(r.g) && !is_assertion(r.g))
        .map_or(DEFAULT_GRAPH, |r| r.g);
    let label = quads.terms.find(TermKind::Iri, &format!("{RDFS}label"));
    let mut out = quads.empty_like();
    // Per assertion graph (index in `graphs`): its subjects (IRIs), predicates and objects.
    let mut parts: Vec<(Vec<u32>, Vec<u32>, Vec<Rec>)> = vec![Default::default(); graphs.len()];
    for r in &quads.recs {
        if !named(r.g) || !is_assertion(r.g) {
            out.recs.push(*r);
            continue;
        }
        if Some(r.p) == label {
            out.recs.push(Rec {
                g: brief_graph,
                ..*r
            });
            continue;
        }
        let Ok(i) = graphs.binary_search(&r.g) else {
            continue;
        };
        let e = &mut parts[i];
        if quads.terms.kind(r.s) == TermKind::Iri {
            e.0.push(r.s);
        }
        e.1.push(r.p);
        e.2.push(*r);
    }
    let local = ["subject", "predicate", "object"].map(|l| out.iri2(BKG, l));
    for (claim, g) in claims {
        let Ok(i) = graphs.binary_search(&g) else {
            continue;
        };
        let (s, p, o) = &parts[i];
        for &t in s {
            out.push_node(claim, local[0], t, brief_graph);
        }
        for &t in p {
            out.push_node(claim, local[1], t, brief_graph);
        }
        for r in o {
            out.recs.push(Rec {
                s: claim,
                p: local[2],
                g: brief_graph,
                ..*r
            });
        }
    }
    out.sort_dedup();
    out
}

/// The dataset of a brief from its one-graph form ([`fold`]): the `bkg:subject`,
/// `bkg:predicate` and `bkg:object` of each claim become the triples of its assertion graph
/// (every subject with every object), and the labels of the graph's own nodes move into it.
/// Quads that are already in an assertion graph are kept. Sorted.
pub fn unfold(quads: Vec<Quad>) -> Vec<Quad> {
    let graphs = assertion_graphs(&quads);
    if graphs.is_empty() {
        return quads;
    }
    let local = |p: &str| format!("{BKG}{p}");
    let (subject, pred, object, assertion) = (
        local("subject"),
        local("predicate"),
        local("object"),
        local("hasAssertion"),
    );
    // Per claim: subjects, predicates, objects, and its assertion graphs.
    type Parts = (Vec<Term>, Vec<Term>, Vec<Term>, Vec<String>);
    let mut per_claim: BTreeMap<String, Parts> = BTreeMap::new();
    let mut out = Vec::new();
    for q in &quads {
        let key = q.subject.to_string();
        let p = q.predicate.as_str();
        if p == subject || p == pred || p == object {
            let e = per_claim.entry(key).or_default();
            let slot = if p == subject {
                &mut e.0
            } else if p == pred {
                &mut e.1
            } else {
                &mut e.2
            };
            slot.push(q.object.clone());
            continue;
        }
        if p == assertion {
            if let Term::NamedNode(g) = &q.object {
                per_claim
                    .entry(key.clone())
                    .or_default()
                    .3
                    .push(g.as_str().to_owned());
            }
        }
        // The label of an assertion graph's own node belongs to that graph.
        if let NamedOrBlankNode::NamedNode(s) = &q.subject {
            if let Some(g) = s.as_str().split_once('#').map(|(g, _)| g) {
                if graphs.contains(g) && q.predicate.as_str() == local_rdfs_label() {
                    out.push(Quad::new(
                        q.subject.clone(),
                        q.predicate.clone(),
                        q.object.clone(),
                        NamedNode::new_unchecked(g),
                    ));
                    continue;
                }
            }
        }
        out.push(q.clone());
    }
    for (s, p, o, gs) in per_claim.values() {
        for g in gs {
            let graph = NamedNode::new_unchecked(g.clone());
            for su in s {
                let Term::NamedNode(su) = su else { continue };
                for pr in p {
                    let Term::NamedNode(pr) = pr else { continue };
                    for ob in o {
                        out.push(Quad::new(su.clone(), pr.clone(), ob.clone(), graph.clone()));
                    }
                }
            }
        }
    }
    sorted(out)
}

fn local_rdfs_label() -> String {
    format!("{RDFS}label")
}
