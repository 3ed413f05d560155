//! Entities and their mentions.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Anchor;

/// The kind of an entity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    /// A country or territory (ISO 3166-1).
    Country,
    /// An organisation (intergovernmental, government body, military, media, think tank, ...).
    Organization,
    /// A place (for now the capitals the knowledge base knows).
    Place,
}

impl EntityKind {
    /// Every kind, in declaration order (each gets a prefix in Turtle, TriG and JSON-LD).
    pub const ALL: [EntityKind; 3] = [
        EntityKind::Country,
        EntityKind::Organization,
        EntityKind::Place,
    ];

    /// The stable name used in IRIs and every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Country => "country",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
        }
    }
}

/// The identity of an entity, the same in every brief: its kind and a key that is either the
/// knowledge-base key (ISO alpha-3 in lower case for countries, the KB key for organisations)
/// or, for entities the KB does not know, a normalised name.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct EntityKey {
    /// Kind of the entity.
    pub kind: EntityKind,
    /// Key within the kind.
    pub id: String,
}

/// An entity mentioned in a brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Entity {
    /// Identity.
    pub key: EntityKey,
    /// Preferred name.
    pub name: String,
    /// Wikidata item (`Q…`), when the knowledge base has one.
    pub wikidata: Option<String>,
    /// ISO 3166-1 alpha-3 code: the country itself, or the country an organisation belongs to.
    pub country: Option<String>,
    /// Type from the knowledge base (`intergovernmental`, `government_body`, ... for
    /// organisations; `capital` for capitals).
    pub org_type: Option<String>,
}

/// How a mention's surface text matched the entity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum MatchForm {
    /// The preferred name.
    Name,
    /// An official name or alias (including acronyms).
    Alias,
    /// A demonym or adjective (`Russian` for Russia).
    Demonym,
}

impl MatchForm {
    /// The stable name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            MatchForm::Name => "name",
            MatchForm::Alias => "alias",
            MatchForm::Demonym => "demonym",
        }
    }
}

/// A mention of an entity in a sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Mention {
    /// Where it is.
    pub anchor: Anchor,
    /// Index into [`crate::model::Document::sentences`].
    pub sentence: usize,
    /// The entity it refers to.
    pub entity: EntityKey,
    /// How the text matched.
    pub form: MatchForm,
}
