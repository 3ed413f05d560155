//! Statement hashes: one mechanism for every statement briefkg derives from a brief (sentences
//! and mentions now, claims later).
//!
//! A statement's content is a small JSON object with `kind`, the format version `v` and the
//! fields of its kind (see [`Statement::fields`]); its hash is the lower-case hex SHA-256 of
//! the RFC 8785 canonical text of that object ([`super::jcs`]). The hash is written in the
//! brief's graph as `bkg:statementSha256` on the statement's node. It covers the statement's
//! content, never the graph's bytes, so no hash sits inside the bytes it covers.
//!
//! `emit` builds [`SpanStatement`]s from the model and `verify` builds them from a graph read
//! back, so both sides hash through the same code; `schemas/README.md` specifies the form for
//! other implementations.

use super::hash::sha256_hex;
use super::jcs::Canon;
use crate::model::{Anchor, Mention, SourcePiece, Span};

/// Version of the canonical statement form, written as `v`.
pub const STATEMENT_FORM_VERSION: u64 = 1;

/// A statement derived from a brief, with a canonical form of its content.
pub trait Statement {
    /// What kind of statement it is (`sentence`, `mention`, later `claim`).
    fn kind(&self) -> &'static str;

    /// The fields of its content other than `kind` and `v`, as `(key, value)` pairs with
    /// distinct ASCII keys.
    fn fields(&self) -> Vec<(&'static str, Canon)>;

    /// The canonical text of its content: RFC 8785 JSON of `{kind, v, ...fields}`.
    fn canonical_form(&self) -> String {
        let mut members = vec![
            ("kind", Canon::str(self.kind())),
            ("v", Canon::Int(STATEMENT_FORM_VERSION)),
        ];
        members.extend(self.fields());
        Canon::object(members).to_canonical()
    }

    /// Lower-case hex SHA-256 of [`Statement::canonical_form`].
    fn sha256(&self) -> String {
        sha256_hex(self.canonical_form().as_bytes())
    }
}

/// The entity link of a mention: the entity's knowledge-base key (`country/rus`, the
/// `bkg:kbKey` of the entity) and how the text matched (`name`, `alias`, `demonym`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityLink {
    /// `kind/id` of the entity.
    pub kb_key: String,
    /// The match form.
    pub form: String,
}

/// A sentence or a mention: a span of a brief's clean text with its source pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpanStatement {
    /// `sentence` or `mention`.
    pub kind: SpanKind,
    /// SHA-256 of the brief's source bytes.
    pub source_sha256: String,
    /// Span in the clean text (code points).
    pub clean: Span,
    /// The exact text.
    pub exact: String,
    /// The source pieces, in order.
    pub pieces: Vec<SourcePiece>,
    /// For a mention: the entity it names.
    pub entity: Option<EntityLink>,
}

/// The kinds of span statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanKind {
    /// A sentence.
    Sentence,
    /// An entity mention.
    Mention,
}

impl SpanStatement {
    /// The statement of a sentence.
    pub fn sentence(source_sha256: &str, anchor: &Anchor) -> Self {
        SpanStatement {
            kind: SpanKind::Sentence,
            source_sha256: source_sha256.to_owned(),
            clean: anchor.clean,
            exact: anchor.exact.clone(),
            pieces: anchor.source.clone(),
            entity: None,
        }
    }

    /// The statement of a mention.
    pub fn mention(source_sha256: &str, mention: &Mention) -> Self {
        SpanStatement {
            kind: SpanKind::Mention,
            entity: Some(EntityLink {
                kb_key: format!("{}/{}", mention.entity.kind.as_str(), mention.entity.id),
                form: mention.resolution.as_str().to_owned(),
            }),
            ..SpanStatement::sentence(source_sha256, &mention.anchor)
        }
    }
}

impl Statement for SpanStatement {
    fn kind(&self) -> &'static str {
        match self.kind {
            SpanKind::Sentence => "sentence",
            SpanKind::Mention => "mention",
        }
    }

    fn fields(&self) -> Vec<(&'static str, Canon)> {
        let pieces = self
            .pieces
            .iter()
            .map(|p| {
                Canon::object([
                    ("start", Canon::int(p.start)),
                    ("end", Canon::int(p.end)),
                    ("byte_start", Canon::int(p.byte_start)),
                    ("byte_end", Canon::int(p.byte_end)),
                ])
            })
            .collect();
        let mut fields = vec![
            ("source_sha256", Canon::str(&self.source_sha256)),
            (
                "clean",
                Canon::object([
                    ("start", Canon::int(self.clean.start)),
                    ("end", Canon::int(self.clean.end)),
                ]),
            ),
            ("exact", Canon::str(&self.exact)),
            ("pieces", Canon::Array(pieces)),
        ];
        if let Some(e) = &self.entity {
            fields.push(("entity", Canon::str(&e.kb_key)));
            fields.push(("form", Canon::str(&e.form)));
        }
        fields
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> SpanStatement {
        SpanStatement {
            kind: SpanKind::Mention,
            source_sha256: "ab".repeat(32),
            clean: Span::new(3, 9),
            exact: "Russia".to_owned(),
            pieces: vec![SourcePiece {
                start: 10,
                end: 16,
                byte_start: 11,
                byte_end: 17,
            }],
            entity: Some(EntityLink {
                kb_key: "country/rus".to_owned(),
                form: "name".to_owned(),
            }),
        }
    }

    #[test]
    fn canonical_form_is_the_documented_text() {
        let s = sample();
        let expected = format!(
            "{{\"clean\":{{\"end\":9,\"start\":3}},\"entity\":\"country/rus\",\"exact\":\"Russia\",\
             \"form\":\"name\",\"kind\":\"mention\",\"pieces\":[{{\"byte_end\":17,\"byte_start\":11,\
             \"end\":16,\"start\":10}}],\"source_sha256\":\"{}\",\"v\":1}}",
            "ab".repeat(32)
        );
        assert_eq!(s.canonical_form(), expected);
        assert_eq!(s.sha256(), sha256_hex(expected.as_bytes()));
    }

    #[test]
    fn every_field_changes_the_hash() {
        let base = sample().sha256();
        let mut variants = Vec::new();
        let mut s = sample();
        s.kind = SpanKind::Sentence;
        variants.push(s);
        let mut s = sample();
        s.source_sha256 = "cd".repeat(32);
        variants.push(s);
        let mut s = sample();
        s.clean.end = 10;
        variants.push(s);
        let mut s = sample();
        s.exact = "Russia ".to_owned();
        variants.push(s);
        let mut s = sample();
        s.pieces[0].byte_end = 18;
        variants.push(s);
        let mut s = sample();
        s.entity = Some(EntityLink {
            kb_key: "country/prk".to_owned(),
            form: "name".to_owned(),
        });
        variants.push(s);
        let mut s = sample();
        s.entity = Some(EntityLink {
            kb_key: "country/rus".to_owned(),
            form: "alias".to_owned(),
        });
        variants.push(s);
        for v in variants {
            assert_ne!(v.sha256(), base, "{v:?}");
        }
    }
}
