//! Normalise: turn mentions into the document's entity list, one entity per key, with the
//! knowledge base's preferred name and Wikidata link.
//!
//! Pure: no I/O, no clock, no randomness.

use std::collections::BTreeSet;

use crate::kb::Kb;
use crate::model::{Entity, EntityKey, Mention};

/// The entities the mentions refer to, sorted by key.
pub fn entities(kb: &Kb, mentions: &[Mention]) -> Vec<Entity> {
    let keys: BTreeSet<&EntityKey> = mentions.iter().map(|m| &m.entity).collect();
    keys.into_iter()
        .filter_map(|k| kb.entities.get(k).cloned())
        .collect()
}
