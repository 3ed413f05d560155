//! The document: one brief with its text layers, structure and extracted content.

use std::collections::BTreeMap;

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
    /// The chrome of a web page a text dump keeps: navigation and breadcrumb lines, skip
    /// links, share, related-content and subscription lines (`data/ingest/web-chrome.tsv`).
    Navigation,
    /// A pull quote: a sentence of the body set again in display type (`“…”` in a box of its
    /// own), a repetition for the eye, not a second statement.
    PullQuote,
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
            Part::Navigation => "navigation",
            Part::PullQuote => "pull-quote",
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
    /// A table: its cells are the text, a tab between the cells of a row and a line break
    /// between rows; each cell is one sentence.
    Table,
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
    /// A note's label (`1`, `chile`), from a footnote definition (`[^chile]: …`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
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
    /// A note's label (`1`, `chile`), from a footnote definition (`[^chile]: …`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
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

/// Whether an author is a person or an organisation (`US Department of Defense`).
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum AgentKind {
    /// A person (`schema:Person`).
    #[default]
    Person,
    /// An organisation (`schema:Organization`).
    Organization,
}

impl AgentKind {
    /// `false` for the default kind (person): keeps it out of `knowledge.json`.
    pub fn is_person(&self) -> bool {
        *self == AgentKind::Person
    }
}

/// An author of the brief.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Author {
    /// Name in natural order (`Anya L. Fink`, also when written `Fink, Anya L.`).
    pub name: String,
    /// Affiliations from the biography, in order.
    pub affiliations: Vec<Affiliation>,
    /// Person or organisation.
    #[serde(default, skip_serializing_if = "AgentKind::is_person")]
    pub kind: AgentKind,
    /// The name as the source wrote it, when that differs from `name` (`Fink, Anya L.`,
    /// `S UNIL A BRAHAM`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub written: Option<String>,
}

/// Where a metadata value was read. The order is the order of trust: when two places give
/// different values, the value of the earlier place is taken and the other kept as an
/// [`Alternative`].
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum FieldSource {
    /// YAML (`---`) or TOML (`+++`) front matter.
    FrontMatter,
    /// HTML `<meta>`: `citation_*` (Highwire Press), Dublin Core, Open Graph,
    /// `article:published_time`, `author`, `description`; `<link rel="canonical">`.
    HtmlMeta,
    /// Embedded schema.org JSON-LD (`<script type="application/ld+json">`).
    JsonLd,
    /// A labelled field block (`**Author(s):** Fink, Anya L.`, `Publication Date: 04/22/2026`).
    FieldBlock,
    /// The title heading (the first level-1 heading).
    TitleHeading,
    /// The byline (`By Jane Doe and John Roe`).
    Byline,
    /// A date line (`Updated April 20, 2026`, `THURSDAY 5 JULY 2007`).
    Dateline,
    /// A suggested citation of the brief (`Attribution: Name, "Title," Series, Date.`); its
    /// title may be restyled, so it ranks after the title heading.
    Citation,
    /// The page's `<title>` element: it often carries the site's name too, so it ranks after
    /// the title heading.
    HtmlTitle,
    /// A running header or footer (`Prospects & Perspectives No. 65 November 26, 2024`).
    RunningHeader,
    /// The series heading above the title.
    SeriesHeading,
    /// An author note or biography (`(Jane Doe is a …)`, `**Jane Doe**, Senior Fellow`).
    AuthorNote,
    /// The first lines of a brief without a title heading (plain text, HTML).
    FirstLines,
    /// The publisher footer.
    Footer,
}

impl FieldSource {
    /// The stable kebab-case name used in every output format.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldSource::FrontMatter => "front-matter",
            FieldSource::HtmlMeta => "html-meta",
            FieldSource::JsonLd => "json-ld",
            FieldSource::FieldBlock => "field-block",
            FieldSource::TitleHeading => "title-heading",
            FieldSource::Byline => "byline",
            FieldSource::Dateline => "dateline",
            FieldSource::Citation => "citation",
            FieldSource::HtmlTitle => "html-title",
            FieldSource::RunningHeader => "running-header",
            FieldSource::SeriesHeading => "series-heading",
            FieldSource::AuthorNote => "author-note",
            FieldSource::FirstLines => "first-lines",
            FieldSource::Footer => "footer",
        }
    }

    /// Every source, in order of trust.
    pub const ALL: [FieldSource; 14] = [
        FieldSource::FrontMatter,
        FieldSource::HtmlMeta,
        FieldSource::JsonLd,
        FieldSource::FieldBlock,
        FieldSource::TitleHeading,
        FieldSource::Byline,
        FieldSource::Dateline,
        FieldSource::Citation,
        FieldSource::HtmlTitle,
        FieldSource::RunningHeader,
        FieldSource::SeriesHeading,
        FieldSource::AuthorNote,
        FieldSource::FirstLines,
        FieldSource::Footer,
    ];
}

/// A metadata field whose source is recorded.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum MetadataField {
    /// [`Metadata::title`].
    Title,
    /// [`Metadata::authors`].
    Authors,
    /// [`Metadata::date`].
    Date,
    /// [`Metadata::series`].
    Series,
    /// [`Metadata::issue`].
    Issue,
    /// [`Metadata::publisher`].
    Publisher,
    /// [`Metadata::description`].
    Description,
    /// [`Metadata::url`].
    Url,
}

/// A value of a field found in a less trusted place than the one taken, and different from
/// it (compared without case, punctuation and spacing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Alternative {
    /// The field.
    pub field: MetadataField,
    /// The value as found (for authors, the names joined with `; `).
    pub value: String,
    /// Where it was found.
    pub source: FieldSource,
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
    /// Publication date, ISO 8601: a day (`2024-11-26`), or a month (`2020-07`) or year when
    /// the brief gives no more.
    pub date: Option<String>,
    /// The publisher.
    pub publisher: Option<Publisher>,
    /// Place of publication (the publisher's city, `Taipei`).
    pub place: Option<String>,
    /// The place entity, when the knowledge base knows it (set by `normalize`).
    pub place_entity: Option<EntityKey>,
    /// Language (BCP 47). briefkg reads English briefs; this is always `en` for now.
    pub language: String,
    /// Web addresses cited in the brief (caption sources, links), in order, without
    /// duplicates, recorded whole and percent-encoded into IRIs (RFC 3987) where they hold
    /// characters an IRI cannot (`Annual Report 2024.pdf` → `Annual%20Report%202024.pdf`).
    pub urls: Vec<String>,
    /// A summary: front matter `description`, `<meta name="description">`, JSON-LD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The brief's own web address (its canonical URL), percent-encoded like `urls`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Where each field that has a value was read.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: BTreeMap<MetadataField, FieldSource>,
    /// Titles and author lists found in less trusted places that differ from the ones taken.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<Alternative>,
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
