//! The document: one brief with its text layers, structure and extracted content.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Anchor, Claim, CleanText, Entity, EntityKey, Mention, SourceText};

/// Which part of a brief a block belongs to. Only `Body` content is used for extraction;
/// the other parts are recognised so they are kept apart from the body.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    /// The series heading at the top (`Prospects & Perspectives`).
    SeriesHeading,
    /// A picture caption.
    Caption,
    /// The title.
    Title,
    /// The `By …` line.
    Byline,
    /// A section heading inside the body.
    Heading,
    /// The running text of the brief.
    Body,
    /// The author biography.
    Bio,
    /// A notes (footnotes, endnotes) list.
    Notes,
    /// The editor's note (disclaimer).
    EditorNote,
    /// The publisher footer (self-description, address, URL).
    Footer,
}

impl Part {
    /// The stable kebab-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::SeriesHeading => "series-heading",
            Part::Caption => "caption",
            Part::Title => "title",
            Part::Byline => "byline",
            Part::Heading => "heading",
            Part::Body => "body",
            Part::Bio => "bio",
            Part::Notes => "notes",
            Part::EditorNote => "editor-note",
            Part::Footer => "footer",
        }
    }
}

/// The kind of a block found by ingest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case", tag = "type")]
pub enum BlockKind {
    /// A heading of the given level (1 for `#`).
    Heading {
        /// Heading level, 1 to 6.
        level: u8,
    },
    /// A paragraph of running text.
    Paragraph,
}

/// A block of the clean text (heading or paragraph), as ingest found it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Block {
    /// Heading or paragraph.
    pub kind: BlockKind,
    /// The part of the brief it belongs to.
    pub part: Part,
    /// Where it is.
    pub anchor: Anchor,
}

/// A section of the body, opened by a heading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Section {
    /// The heading's anchor; its exact text is the section title.
    pub heading: Anchor,
    /// Heading level.
    pub level: u8,
    /// Indexes into [`Document::paragraphs`] of the paragraphs in this section.
    pub paragraphs: Vec<usize>,
}

/// A paragraph (any part).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Paragraph {
    /// Where it is.
    pub anchor: Anchor,
    /// The part of the brief it belongs to.
    pub part: Part,
    /// Index into [`Document::sections`], when inside a section.
    pub section: Option<usize>,
}

/// A sentence of a paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Sentence {
    /// Where it is.
    pub anchor: Anchor,
    /// Index into [`Document::paragraphs`].
    pub paragraph: usize,
}

/// An organisation named in the metadata (publisher, affiliation), linked to the knowledge
/// base when the name is known there.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct NamedOrganization {
    /// The name as written.
    pub name: String,
    /// The knowledge-base entity, when the KB knows the name (set by `normalize`).
    pub entity: Option<EntityKey>,
}

/// One affiliation of an author, read from the biography.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Affiliation {
    /// Role or job title (`Research Assistant`).
    pub role: Option<String>,
    /// The organisation.
    pub organization: Option<NamedOrganization>,
    /// A place named with the organisation (`India`, `Taipei`).
    pub place: Option<String>,
}

/// An author of the brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Author {
    /// Name, as in the byline.
    pub name: String,
    /// Affiliations from the biography, in order.
    pub affiliations: Vec<Affiliation>,
}

/// The publisher, read from the footer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Publisher {
    /// The publishing organisation.
    pub organization: NamedOrganization,
    /// Postal address as written (without telephone and fax).
    pub address: Option<String>,
    /// Locality of the address (`Taipei City`).
    pub locality: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Country of the address as written.
    pub country: Option<String>,
    /// Telephone number as written.
    pub telephone: Option<String>,
    /// Fax number as written.
    pub fax: Option<String>,
    /// Web site.
    pub url: Option<String>,
}

/// Bibliographic metadata read from the brief.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Metadata {
    /// The title.
    pub title: Option<String>,
    /// Authors, in byline order.
    pub authors: Vec<Author>,
    /// The series (`Prospects & Perspectives`).
    pub series: Option<String>,
    /// Issue number within the series, as written (`65`).
    pub issue: Option<String>,
    /// Publication date, ISO 8601 (`2024-11-26`).
    pub date: Option<String>,
    /// The publisher.
    pub publisher: Option<Publisher>,
    /// Place of publication (the publisher's city, `Taipei`).
    pub place: Option<String>,
    /// The place entity, when the knowledge base knows it (set by `normalize`).
    pub place_entity: Option<EntityKey>,
    /// Language (BCP 47). briefkg reads English briefs; this is always `en` for now.
    pub language: String,
    /// Web addresses cited in the brief (caption sources, links), in order, without duplicates.
    pub urls: Vec<String>,
}

/// One brief after every stage: the unit `emit` serialises.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Document {
    /// The source as read.
    pub source: SourceText,
    /// The clean text layer and how it maps back to the source.
    pub clean: CleanText,
    /// Bibliographic metadata.
    pub metadata: Metadata,
    /// Blocks in clean-text order.
    pub blocks: Vec<Block>,
    /// Sections of the body, in order.
    pub sections: Vec<Section>,
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Entity mentions in order.
    pub mentions: Vec<Mention>,
    /// The entities mentioned, sorted by key.
    pub entities: Vec<Entity>,
    /// The claims of the body, in text order.
    pub claims: Vec<Claim>,
}
