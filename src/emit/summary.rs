//! A brief's summary ([`BriefSummary`]: title, date, counts) derived from its graph alone, so
//! `export` (which writes it into the brief manifest for the corpus index) and `verify` (which
//! recomputes it from the graph it has checked) agree by construction.

use std::collections::BTreeSet;

use oxrdf::{NamedOrBlankNodeRef, QuadRef, TermRef};

use super::vocab::{BKG, ITSRDF, NIF, RDF, SCHEMA};
use crate::provenance::manifest::BriefSummary;

/// The summary of a brief graph: `brief` is the brief's IRI. Counts are of distinct nodes
/// typed `bkg:Repair`, `nif:Sentence`, `bkg:Mention` and `schema:Claim`, and of distinct objects of
/// `itsrdf:taIdentRef`; title and date are the smallest `schema:name` and
/// `schema:datePublished` of the brief (a brief has at most one of each).
pub fn of_graph<'a>(quads: impl IntoIterator<Item = QuadRef<'a>>, brief: &str) -> BriefSummary {
    let rdf_type = format!("{RDF}type");
    let types = [
        format!("{BKG}Repair"),
        format!("{NIF}Sentence"),
        format!("{BKG}Mention"),
        format!("{SCHEMA}Claim"),
    ];
    let name = format!("{SCHEMA}name");
    let date = format!("{SCHEMA}datePublished");
    let link = format!("{ITSRDF}taIdentRef");
    let mut typed: [BTreeSet<&'a str>; 4] = Default::default();
    let mut entities: BTreeSet<&'a str> = BTreeSet::new();
    let (mut title, mut published): (Option<&'a str>, Option<&'a str>) = (None, None);
    for q in quads {
        let NamedOrBlankNodeRef::NamedNode(s) = q.subject else {
            continue;
        };
        let p = q.predicate.as_str();
        match q.object {
            TermRef::NamedNode(o) if p == rdf_type => {
                if let Some(i) = types.iter().position(|t| t == o.as_str()) {
                    typed[i].insert(s.as_str());
                }
            }
            TermRef::NamedNode(o) if p == link => {
                entities.insert(o.as_str());
            }
            TermRef::Literal(l) if s.as_str() == brief && (p == name || p == date) => {
                let slot = if p == name {
                    &mut title
                } else {
                    &mut published
                };
                if slot.is_none_or(|v| l.value() < v) {
                    *slot = Some(l.value());
                }
            }
            _ => {}
        }
    }
    BriefSummary {
        title: title.map(str::to_owned),
        date: published.map(str::to_owned),
        repairs: typed[0].len(),
        sentences: typed[1].len(),
        mentions: typed[2].len(),
        claims: typed[3].len(),
        entities: entities.len(),
    }
}
