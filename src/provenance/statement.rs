//! Statement hashes: one mechanism for the statements briefkg derives from a brief and names by
//! their content (claims). Spans (sentences, mentions) carry no hash of their own: the graph
//! states their text, and `verify` checks it against the source.
//!
//! A statement's content is a small JSON object with `kind`, the format version `v` and the
//! fields of its kind (see [`Statement::fields`]); its hash is the lower-case hex SHA-256 of
//! the RFC 8785 canonical text of that object ([`super::jcs`]). It covers the statement's
//! content, never the graph's bytes, so no hash sits inside the bytes it covers.
//!
//! `emit` builds statements from the model and `verify` builds them from a graph read back, so
//! both sides hash through the same code; `schemas/README.md` specifies the form for other
//! implementations.

use super::hash::sha256_hex;
use super::jcs::Canon;

/// Version of the canonical statement form, written as `v`.
pub const STATEMENT_FORM_VERSION: u64 = 1;

/// A statement derived from a brief, with a canonical form of its content.
pub trait Statement {
    /// What kind of statement it is (`claim`).
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A statement with one field, for the trait's own tests.
    struct Sample(&'static str);

    impl Statement for Sample {
        fn kind(&self) -> &'static str {
            "sample"
        }
        fn fields(&self) -> Vec<(&'static str, Canon)> {
            vec![("text", Canon::str(self.0)), ("n", Canon::Int(3))]
        }
    }

    #[test]
    fn canonical_form_is_the_documented_text() {
        let expected = r#"{"kind":"sample","n":3,"text":"Russia","v":1}"#;
        assert_eq!(Sample("Russia").canonical_form(), expected);
        assert_eq!(Sample("Russia").sha256(), sha256_hex(expected.as_bytes()));
        assert_ne!(Sample("Russia").sha256(), Sample("Russia ").sha256());
    }
}
