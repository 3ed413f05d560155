//! The entities a brief mentions: typed, named, linked to Wikidata. Entity IRIs come from
//! their key, so the same entity has the same IRI in every brief's graph.

use super::graph::{n, Graph};
use super::iri::Iris;
use super::vocab::{BKG, OWL, SCHEMA, WD};
use crate::model::{Document, EntityKind};

/// The entity nodes of a brief's graph.
pub(super) fn entities(g: &mut Graph, doc: &Document, iris: &Iris) {
    for e in &doc.entities {
        let node = iris.entity(&e.key);
        match e.key.kind {
            EntityKind::Country => g.typ(&node, SCHEMA, "Country"),
            EntityKind::Place => {
                g.typ(&node, SCHEMA, "Place");
                if matches!(e.category.as_deref(), Some("capital" | "city")) {
                    g.typ(&node, SCHEMA, "City");
                }
            }
            EntityKind::Organization => {
                g.typ(&node, SCHEMA, "Organization");
                if e.category.as_deref() == Some("government_body") {
                    g.typ(&node, SCHEMA, "GovernmentOrganization");
                }
            }
            EntityKind::Person => g.typ(&node, SCHEMA, "Person"),
            EntityKind::Agreement => g.typ(&node, SCHEMA, "Legislation"),
            EntityKind::Publication => g.typ(&node, SCHEMA, "CreativeWork"),
            EntityKind::WeaponSystem => g.typ(&node, SCHEMA, "Product"),
            EntityKind::Event => g.typ(&node, SCHEMA, "Event"),
        }
        g.names(&node, &e.name);
        g.text(
            &node,
            n(BKG, "kbKey"),
            &format!("{}/{}", e.key.kind.as_str(), e.key.id),
        );
        if let Some(q) = &e.wikidata {
            g.add(&node, n(OWL, "sameAs"), n(WD, q));
        }
    }
}
