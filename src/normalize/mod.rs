//! Normalise: turn mentions into the document's entity list, one entity per key, with the
//! knowledge base's preferred name and Wikidata link.
//!
//! Pure: no I/O, no clock, no randomness.

use std::collections::BTreeSet;

use crate::kb::Kb;
use crate::model::{Entity, EntityKey, EntityKind, Mention, Metadata, NamedOrganization};

/// The entities the mentions and the metadata refer to, sorted by key.
pub fn entities(kb: &Kb, mentions: &[Mention], metadata: &Metadata) -> Vec<Entity> {
    let mut keys: BTreeSet<&EntityKey> = mentions.iter().map(|m| &m.entity).collect();
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
    keys.extend(orgs.filter_map(|o| o.entity.as_ref()));
    keys.extend(metadata.place_entity.as_ref());
    keys.into_iter()
        .filter_map(|k| kb.entities.get(k).cloned())
        .collect()
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
