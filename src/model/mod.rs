//! The typed document model that every stage passes on.
//!
//! Architecture invariant: this module imports no stage (`ingest`, `segment`, `extract`,
//! `normalize`, `emit`, `provenance`). Stages depend on the model, never the reverse.
//!
//! Offsets: every [`Span`] is half-open `[start, end)` in Unicode code points (the W3C Web
//! Annotation / NIF convention). [`SourcePiece`] carries both code-point and UTF-8 byte offsets
//! into the source text, so a span can be checked against the raw bytes.

mod claim;
mod document;
mod entity;
mod span;
mod text;

pub use claim::{
    Approximation, Argument, CalendarValue, Claim, ClaimKind, DateResolution, Modality, Quantity,
    QuantityRole, Quotation, Speaker, SpeakerKind, TextSpan, TimeExpression, TimeRelation,
};
pub use document::{
    Affiliation, AgentKind, Alternative, Author, Block, BlockKind, Document, FieldSource, Metadata,
    MetadataField, NamedOrganization, Paragraph, Part, Publisher, Section, Sentence,
};
pub use entity::{Entity, EntityKey, EntityKind, Mention, Resolution, Role};
pub use span::{Anchor, SourcePiece, Span};
pub use text::{
    address_spans, matching_text, reconstruct, Anchorer, CleanText, MapSegment, RebuildError,
    Repair, RepairKind, SourceText, TextIndex, QUOTE_CONTEXT,
};
