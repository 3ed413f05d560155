//! Normalise: the brief's entity list from its mentions and metadata, one entity per
//! real-world thing. KB entities keep the KB's key, name, Wikidata item and category; entities
//! the KB does not know are keyed by kind + slug of their fullest name, so the same name gives
//! the same IRI in every brief. Each entity gets the other names the brief uses for it
//! (`skos:altLabel`) and the roles the brief gives it.
//!
//! Pure: no I/O, no clock, no randomness.

use std::collections::{BTreeMap, BTreeSet};

use crate::extract::Extraction;
use crate::kb::{norm, Kb};
use crate::model::{Entity, EntityKey, EntityKind, Metadata, NamedOrganization};

/// The entities the mentions and the metadata refer to, sorted by key.
pub fn entities(kb: &Kb, extraction: &Extraction, metadata: &Metadata) -> Vec<Entity> {
    let mut out: BTreeMap<EntityKey, Entity> = BTreeMap::new();
    let mut labels: BTreeMap<EntityKey, BTreeSet<String>> = BTreeMap::new();
    for m in &extraction.mentions {
        let e = out.entry(m.entity.clone()).or_insert_with(|| {
            kb.entity(&m.entity)
                .map(|k| k.entity.clone())
                .unwrap_or_else(|| Entity {
                    key: m.entity.clone(),
                    name: extraction
                        .names
                        .get(&m.entity)
                        .cloned()
                        .unwrap_or_else(|| norm(&m.anchor.exact)),
                    aliases: Vec::new(),
                    wikidata: None,
                    country: None,
                    category: None,
                    roles: Vec::new(),
                })
        });
        let _ = e;
        labels
            .entry(m.entity.clone())
            .or_default()
            .insert(norm(&m.anchor.exact));
    }
    for (key, role) in &extraction.roles {
        if let Some(e) = out.get_mut(key) {
            if !e.roles.contains(role) {
                e.roles.push(role.clone());
            }
        }
    }
    // Metadata: publisher, affiliations, place of publication.
    let orgs =
        metadata
            .publisher
            .iter()
            .map(|p| &p.organization)
            .chain(metadata.authors.iter().flat_map(|a| {
                a.affiliations
                    .iter()
                    .filter_map(|f| f.organization.as_ref())
            }));
    for key in orgs
        .filter_map(|o| o.entity.as_ref())
        .chain(metadata.place_entity.as_ref())
    {
        if let Some(k) = kb.entity(key) {
            out.entry(key.clone()).or_insert_with(|| k.entity.clone());
        }
    }
    for (key, e) in &mut out {
        // A person the KB knows whose roles the brief does not say of what: the KB's country.
        if key.kind == EntityKind::Person {
            let country = e.country.clone();
            for r in &mut e.roles {
                if r.of.is_none() {
                    r.of = country.as_ref().map(|c| EntityKey {
                        kind: EntityKind::Country,
                        id: c.to_lowercase(),
                    });
                }
            }
            e.roles.sort();
            e.roles.dedup_by(|a, b| a.title == b.title && a.of == b.of);
        }
        let name = norm(&e.name);
        e.aliases = labels
            .remove(key)
            .unwrap_or_default()
            .into_iter()
            .filter(|l| *l != name)
            .collect();
    }
    out.into_values().collect()
}

/// Links the metadata's organisations and place to knowledge-base entities by exact name
/// (or alias) match.
pub fn link_metadata(kb: &Kb, metadata: &mut Metadata) {
    let link = |o: &mut NamedOrganization| {
        o.entity = kb.lookup(&o.name, EntityKind::Organization);
    };
    if let Some(p) = metadata.publisher.as_mut() {
        link(&mut p.organization);
    }
    for a in &mut metadata.authors {
        for f in &mut a.affiliations {
            if let Some(o) = f.organization.as_mut() {
                link(o);
            }
        }
    }
    metadata.place_entity = metadata
        .place
        .as_deref()
        .and_then(|p| kb.lookup(p, EntityKind::Place));
}
