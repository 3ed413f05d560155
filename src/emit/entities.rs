//! The entities a brief mentions (issue 10): one schema.org type, `schema:name` (the preferred
//! label), `skos:altLabel` (the other names the brief uses), `owl:sameAs` Wikidata, and the
//! roles the brief gives a person (schema.org's Role pattern: `person schema:memberOf role`,
//! `role a schema:OrganizationRole; schema:roleName; schema:memberOf` the country or
//! organisation). Entity IRIs come from their key (`{base}entity/{kind}/{key}`), so the same
//! entity has the same IRI in every brief's graph and graphs of many briefs merge in a store.
//!
//! Mentions that briefkg did not produce (external annotations) are attributed to their agent
//! with `prov:wasAttributedTo`; briefkg's own mentions say nothing (the run record names
//! briefkg), so the lean graph pays for attribution only where it is news.

use super::graph::{n, Graph};
use super::iri::Iris;
use super::vocab::{OWL, PROV, SCHEMA, SKOS, WD};
use crate::model::{Document, EntityKind, Mention};

/// The schema.org class of an entity: one type per node.
pub fn class(kind: EntityKind, category: Option<&str>) -> &'static str {
    match kind {
        EntityKind::Country => "Country",
        // Capitals and cities: schema:City (a schema:Place).
        EntityKind::Place if matches!(category, Some("capital" | "city")) => "City",
        EntityKind::Place => "Place",
        // schema:GovernmentOrganization is a schema:Organization.
        EntityKind::Organization if category == Some("government_body") => "GovernmentOrganization",
        EntityKind::Organization => "Organization",
        EntityKind::Person => "Person",
        EntityKind::Agreement => "Legislation",
        EntityKind::Publication => "CreativeWork",
        EntityKind::WeaponSystem => "Product",
        EntityKind::Event => "Event",
    }
}

/// The entity nodes of a brief's graph.
pub(super) fn entities(g: &mut Graph, doc: &Document, iris: &Iris) {
    for e in &doc.entities {
        let node = iris.entity(&e.key);
        g.typ(&node, SCHEMA, class(e.key.kind, e.category.as_deref()));
        g.names(&node, &e.name);
        for alias in &e.aliases {
            g.text(&node, n(SKOS, "altLabel"), alias);
        }
        if let Some(q) = &e.wikidata {
            g.add(&node, n(OWL, "sameAs"), n(WD, q));
        }
        for r in &e.roles {
            let role = iris.role(&e.key, &r.title, r.of.as_ref());
            g.add(&node, n(SCHEMA, "memberOf"), role.clone());
            g.typ(&role, SCHEMA, "OrganizationRole");
            g.text(&role, n(SCHEMA, "roleName"), &r.title);
            if let Some(of) = &r.of {
                g.add(&role, n(SCHEMA, "memberOf"), iris.entity(of));
            }
        }
    }
}

/// `prov:wasAttributedTo` the agent of a mention from an external annotation file, and the
/// agent node (`prov:Agent`, `schema:name`); nothing for briefkg's own mentions.
pub(super) fn attribution(g: &mut Graph, node: &oxrdf::NamedNode, m: &Mention, iris: &Iris) {
    if let Some(agent) = &m.agent {
        let a = iris.agent(agent);
        g.add(node, n(PROV, "wasAttributedTo"), a.clone());
        g.typ(&a, PROV, "Agent");
        g.text(&a, n(SCHEMA, "name"), agent);
    }
}
