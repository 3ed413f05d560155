//! Entities and their mentions: the named actors of a brief (people, organisations, countries,
//! places, agreements, publications, weapon systems, events), each mention anchored in the clean
//! text and marked with how it was resolved to its entity.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Anchor;

/// The type of an entity. Each maps to one schema.org class in the graph.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    /// A person (`schema:Person`).
    Person,
    /// An organisation: government body, military and units, intergovernmental organisation,
    /// party, company, media, university, think tank (`schema:Organization`).
    Organization,
    /// A country or territory (ISO 3166-1), or a historic state (`schema:Country`).
    Country,
    /// A place: region, sea, strait, island, province, city, border line, base (`schema:Place`).
    Place,
    /// A treaty, agreement, declaration, law, executive order, resolution, sanctions regime,
    /// partnership or international initiative (`schema:Legislation`).
    Agreement,
    /// A report, strategy, series, web site or journal (`schema:CreativeWork`).
    Publication,
    /// A weapon system, platform or programme (`schema:Product`).
    WeaponSystem,
    /// A war, operation, attack, crisis, summit, exercise or election (`schema:Event`).
    Event,
}

impl EntityKind {
    /// Every kind, in declaration order (each gets a prefix in Turtle, TriG and JSON-LD).
    pub const ALL: [EntityKind; 8] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Country,
        EntityKind::Place,
        EntityKind::Agreement,
        EntityKind::Publication,
        EntityKind::WeaponSystem,
        EntityKind::Event,
    ];

    /// The stable name used in IRIs and every output format (`weapon-system`).
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Country => "country",
            EntityKind::Place => "place",
            EntityKind::Agreement => "agreement",
            EntityKind::Publication => "publication",
            EntityKind::WeaponSystem => "weapon-system",
            EntityKind::Event => "event",
        }
    }

    /// The type name of the named-entity annotation schemes (`Person`, `WeaponSystem`), as the
    /// gold files and the generic annotation format write it.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "Person",
            EntityKind::Organization => "Organization",
            EntityKind::Country => "Country",
            EntityKind::Place => "Place",
            EntityKind::Agreement => "Agreement",
            EntityKind::Publication => "Publication",
            EntityKind::WeaponSystem => "WeaponSystem",
            EntityKind::Event => "Event",
        }
    }

    /// The kind of a [`EntityKind::label`] or [`EntityKind::as_str`] name, case-insensitively.
    pub fn parse(name: &str) -> Option<EntityKind> {
        EntityKind::ALL
            .into_iter()
            .find(|k| k.label().eq_ignore_ascii_case(name.trim()) || k.as_str() == name.trim())
    }
}

/// The identity of an entity, the same in every brief: its kind and a key that is either the
/// knowledge-base key (ISO alpha-3 in lower case for countries, the KB key for the other
/// tables) or, for entities the KB does not know, the slug of the normalised name
/// ([`crate::kb::slug`]). KB keys never contain `-` and slugs never contain `_`, so the two
/// never collide.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
pub struct EntityKey {
    /// Kind of the entity.
    pub kind: EntityKind,
    /// Key within the kind.
    pub id: String,
}

/// A role a person holds, as a brief states it (`U.S. Secretary of Defense Lloyd Austin`:
/// title `Secretary of Defense`, of the United States), or as the knowledge base records it
/// when the brief names the title without saying of what.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub struct Role {
    /// The title as written, capitalised as a title (`Secretary of Defense`, `Foreign Minister`).
    pub title: String,
    /// The country or organisation the role is held in, when known.
    pub of: Option<EntityKey>,
}

/// An entity mentioned in a brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Entity {
    /// Identity.
    pub key: EntityKey,
    /// Preferred name: the knowledge base's name, else the fullest name the brief uses.
    pub name: String,
    /// Other names the brief uses for it (aliases, acronyms, surnames), sorted, without `name`.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Wikidata item (`Q…`), when the knowledge base (bundled or a user gazetteer) has one.
    pub wikidata: Option<String>,
    /// ISO 3166-1 alpha-3 code: the country itself, or the country the entity belongs to.
    pub country: Option<String>,
    /// Category from the knowledge base: organisation type (`government_body`, ...), place kind
    /// (`region`, `city`, `capital`, ...), agreement, weapon or event kind.
    pub category: Option<String>,
    /// Roles the brief gives a person, sorted.
    #[serde(default)]
    pub roles: Vec<Role>,
}

/// How a mention's text was resolved to its entity (`bkg:resolution`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Resolution {
    /// The knowledge base's preferred name, as written.
    Exact,
    /// Another name the knowledge base or the brief gives the entity (`Russian Federation`,
    /// `the Army` for the U.S. Army named before).
    Alias,
    /// An acronym: from the knowledge base, or defined in the brief (`Bureau of Industry and
    /// Security (BIS)`).
    Acronym,
    /// A surname standing for a person named in full (in the brief or the knowledge base).
    Surname,
    /// A title or capitalised short name standing for an entity named earlier (`the
    /// Secretary`, `the Treaty`).
    Title,
    /// A capital standing for its government (`Moscow and Pyongyang signed`).
    Metonymy,
    /// A demonym or adjective of a country (`North Korean soldiers`, `Russians`).
    Demonym,
    /// Recognised by a rule (head word, title before a name, apposition, reporting verb,
    /// italic title ...) for an entity the knowledge base does not know.
    Rule,
    /// Taken from an external annotation file (`--annotations`) after grounding.
    External,
}

impl Resolution {
    /// Every value, in order.
    pub const ALL: [Resolution; 9] = [
        Resolution::Exact,
        Resolution::Alias,
        Resolution::Acronym,
        Resolution::Surname,
        Resolution::Title,
        Resolution::Metonymy,
        Resolution::Demonym,
        Resolution::Rule,
        Resolution::External,
    ];

    /// The stable name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Resolution::Exact => "exact",
            Resolution::Alias => "alias",
            Resolution::Acronym => "acronym",
            Resolution::Surname => "surname",
            Resolution::Title => "title",
            Resolution::Metonymy => "metonymy",
            Resolution::Demonym => "demonym",
            Resolution::Rule => "rule",
            Resolution::External => "external",
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
    /// How the text was resolved to the entity.
    pub resolution: Resolution,
    /// The agent that produced the mention when it is not briefkg: the `agent` named by an
    /// external annotation file (`prov:wasAttributedTo` in the graph). `None` for briefkg's own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent: Option<String>,
}
