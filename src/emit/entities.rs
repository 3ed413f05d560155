//! The entities a brief mentions: one schema.org type, `schema:name`, `owl:sameAs` Wikidata.
//! Entity IRIs come from their key (`{base}entity/{kind}/{key}`), so the same entity has the
//! same IRI in every brief's graph and graphs of many briefs merge in a store.

use super::graph::{n, Graph};
use super::iri::Iris;
use super::vocab::{OWL, SCHEMA, WD};
use crate::model::{Document, EntityKind};

/// The entity nodes of a brief's graph.
pub(super) fn entities(g: &mut Graph, doc: &Document, iris: &Iris) {
    for e in &doc.entities {
        let node = iris.entity(&e.key);
        match e.key.kind {
            EntityKind::Country => g.typ(&node, SCHEMA, "Country"),
            // The knowledge base's places are capitals: schema:City (a schema:Place).
            EntityKind::Place => g.typ(&node, SCHEMA, "City"),
            // One type: schema:GovernmentOrganization is a schema:Organization.
            EntityKind::Organization => {
                let class = if e.org_type.as_deref() == Some("government_body") {
                    "GovernmentOrganization"
                } else {
                    "Organization"
                };
                g.typ(&node, SCHEMA, class);
            }
        }
        g.names(&node, &e.name);
        if let Some(q) = &e.wikidata {
            g.add(&node, n(OWL, "sameAs"), n(WD, q));
        }
    }
}
