//! Namespaces and the terms briefkg writes. One table; the Turtle prefixes, the JSON-LD context
//! and `schemas/vocab.ttl` checks all read from here.

/// schema.org, in its `http://` form: the one the official schema.org JSON-LD context expands
/// to, so briefkg's data joins other schema.org data (see `schemas/README.md`).
pub const SCHEMA: &str = "http://schema.org/";
/// PROV-O.
pub const PROV: &str = "http://www.w3.org/ns/prov#";
/// W3C Web Annotation vocabulary.
pub const OA: &str = "http://www.w3.org/ns/oa#";
/// Dublin Core terms.
pub const DCTERMS: &str = "http://purl.org/dc/terms/";
/// SKOS.
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";
/// OWL.
pub const OWL: &str = "http://www.w3.org/2002/07/owl#";
/// RDF.
pub const RDF: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
/// RDFS.
pub const RDFS: &str = "http://www.w3.org/2000/01/rdf-schema#";
/// XML Schema datatypes.
pub const XSD: &str = "http://www.w3.org/2001/XMLSchema#";
/// NIF 2.0 Core (NLP Interchange Format): strings with offsets into a context.
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
/// ITS 2.0 RDF (NIF's entity-linking property `taIdentRef`).
pub const ITSRDF: &str = "http://www.w3.org/2005/11/its/rdf#";
/// Wikidata entities.
pub const WD: &str = "http://www.wikidata.org/entity/";
/// briefkg's own terms, each described in `schemas/vocab.ttl`.
pub const BKG: &str = "https://w3id.org/briefkg/vocab#";
/// The predicates of claims' propositions: one property per verb lemma (`pred:supply`,
/// `pred:meet`), described as a family in `schemas/vocab.ttl`.
pub const PRED: &str = "https://w3id.org/briefkg/predicate/";

/// The default base IRI of the data (briefs, entities); `--base-iri` replaces it.
pub const DEFAULT_BASE_IRI: &str = "https://w3id.org/briefkg/id/";

/// Prefixes written in Turtle, TriG and the JSON-LD context, sorted by name.
pub const PREFIXES: &[(&str, &str)] = &[
    ("bkg", BKG),
    ("dcterms", DCTERMS),
    ("itsrdf", ITSRDF),
    ("nif", NIF),
    ("oa", OA),
    ("owl", OWL),
    ("pred", PRED),
    ("prov", PROV),
    ("rdf", RDF),
    ("rdfs", RDFS),
    ("schema", SCHEMA),
    ("skos", SKOS),
    ("wd", WD),
    ("xsd", XSD),
];

/// Compacts an IRI with [`PREFIXES`] (`schema:Country`) when the result reads back
/// unambiguously (a plain local name), and returns it unchanged otherwise.
pub fn compact(iri: &str) -> String {
    for (p, ns) in PREFIXES {
        if let Some(local) = iri.strip_prefix(ns) {
            if !local.is_empty()
                && !local.starts_with("//")
                && local
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
            {
                return format!("{p}:{local}");
            }
        }
    }
    iri.to_owned()
}

/// briefkg's own classes and properties (local names in [`BKG`]); `schemas/vocab.ttl` must
/// describe exactly these (a test checks it).
pub const OWN_TERMS: &[&str] = &[
    "Brief",
    "CleanText",
    "Section",
    "Mention",
    "Repair",
    "byteLength",
    "fileName",
    "part",
    "repairKind",
    "original",
    "replacement",
    "inferred",
    "sourceStart",
    "cleanStart",
    "resolution",
    "sourcePiece",
    "byteStart",
    "byteEnd",
    "titleSource",
    "authorSource",
    "dateSource",
    // Claims (`emit::claims`).
    "QuotationClaim",
    "ForecastClaim",
    "QuantityClaim",
    "EventClaim",
    "RelationClaim",
    "AssessmentClaim",
    "Clause",
    "Speaker",
    "Limit",
    "TimeExpression",
    "Modality",
    "Asserted",
    "Reported",
    "Quoted",
    "Believed",
    "Expected",
    "Negated",
    "TimeRelation",
    "At",
    "Since",
    "After",
    "Before",
    "During",
    "UnnamedSource",
    "modality",
    "hasAssertion",
    "quantity",
    "timeExpression",
    "timeRelation",
    "approximation",
    "perUnit",
    "dateResolution",
    "subject",
    "predicate",
    "object",
];
