//! Canonical JSON (RFC 8785, JSON Canonicalization Scheme) for the values briefkg hashes:
//! strings, non-negative integers, booleans, arrays and objects. No floating-point numbers
//! and no `null`, so every value has exactly one canonical text.
//!
//! The canonical text: no whitespace; object members sorted by their keys compared as UTF-16
//! code units; strings escaped as RFC 8785 says (`\"`, `\\`, `\b`, `\t`, `\n`, `\f`, `\r`,
//! other characters below U+0020 as `\u00xx` with lower-case hex, everything else as itself in
//! UTF-8); integers in decimal without sign or leading zeros, below 2^53 so that every JSON
//! implementation reads them exactly. Python's `json.dumps(v, sort_keys=True,
//! separators=(",", ":"), ensure_ascii=False)` gives the same text for these values when the
//! keys are ASCII (they always are in briefkg).

use std::cmp::Ordering;

/// The largest integer a canonical value holds: 2^53 − 1, exact in every JSON reader.
pub const MAX_INT: u64 = (1 << 53) - 1;

/// A JSON value with exactly one canonical text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Canon {
    /// A string.
    Str(String),
    /// A non-negative integer, at most [`MAX_INT`].
    Int(u64),
    /// A boolean.
    Bool(bool),
    /// An array, in the given order.
    Array(Vec<Canon>),
    /// An object; members are sorted when written, and keys must be distinct.
    Object(Vec<(String, Canon)>),
}

impl Canon {
    /// A string value.
    pub fn str(s: impl Into<String>) -> Canon {
        Canon::Str(s.into())
    }

    /// An integer value from a count or offset.
    pub fn int(n: usize) -> Canon {
        Canon::Int(n as u64)
    }

    /// An object from `(key, value)` pairs.
    pub fn object<'a>(members: impl IntoIterator<Item = (&'a str, Canon)>) -> Canon {
        Canon::Object(
            members
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect(),
        )
    }

    /// Reads a parsed JSON value, if it is canonicalisable: no float, no negative number, no
    /// integer above [`MAX_INT`], no `null`, no duplicate key (serde_json keeps the last one).
    pub fn from_json(value: &serde_json::Value) -> Option<Canon> {
        use serde_json::Value;
        Some(match value {
            Value::Null => return None,
            Value::Bool(b) => Canon::Bool(*b),
            Value::Number(n) => Canon::Int(n.as_u64().filter(|&n| n <= MAX_INT)?),
            Value::String(s) => Canon::Str(s.clone()),
            Value::Array(items) => {
                Canon::Array(items.iter().map(Canon::from_json).collect::<Option<_>>()?)
            }
            Value::Object(map) => Canon::Object(
                map.iter()
                    .map(|(k, v)| Some((k.clone(), Canon::from_json(v)?)))
                    .collect::<Option<_>>()?,
            ),
        })
    }

    /// The canonical text.
    pub fn to_canonical(&self) -> String {
        let mut out = String::with_capacity(512);
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Canon::Str(s) => write_str(s, out),
            Canon::Int(n) => out.push_str(&n.min(&MAX_INT).to_string()),
            Canon::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Canon::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Canon::Object(members) => {
                let mut sorted: Vec<&(String, Canon)> = members.iter().collect();
                sorted.sort_by(|a, b| utf16_cmp(&a.0, &b.0));
                out.push('{');
                for (i, (k, v)) in sorted.into_iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(k, out);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }
}

/// Compares two strings by their UTF-16 code units, as RFC 8785 sorts object keys.
fn utf16_cmp(a: &str, b: &str) -> Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    // Every character to escape is ASCII, so runs between them are copied whole.
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        out.push_str(&s[run..i]);
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x08 => out.push_str("\\b"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            0x0c => out.push_str("\\f"),
            b'\r' => out.push_str("\\r"),
            b => out.push_str(&format!("\\u{b:04x}")),
        }
        run = i + 1;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_sorts_as_rfc_8785() {
        let v = Canon::object([
            ("b", Canon::Int(10)),
            (
                "a",
                Canon::str("q\"\\\u{8}\t\n\u{c}\r\u{1}\u{1f}\u{7f}é€😀/\u{2028}"),
            ),
            (
                "c",
                Canon::Array(vec![Canon::Bool(true), Canon::Bool(false)]),
            ),
        ]);
        assert_eq!(
            v.to_canonical(),
            "{\"a\":\"q\\\"\\\\\\b\\t\\n\\f\\r\\u0001\\u001f\u{7f}é€😀/\u{2028}\",\"b\":10,\"c\":[true,false]}"
        );
    }

    #[test]
    fn keys_sort_by_utf16_code_units_not_code_points() {
        // U+FF61 sorts after U+1F600 by code point but before it in UTF-16 (0xD83D…).
        let v = Canon::object([("😀", Canon::Int(1)), ("\u{ff61}", Canon::Int(2))]);
        assert_eq!(v.to_canonical(), "{\"😀\":1,\"\u{ff61}\":2}");
    }

    #[test]
    fn from_json_refuses_what_has_no_single_canonical_form() {
        let ok: serde_json::Value = serde_json::from_str(r#"{"z":[1,"x"],"a":true}"#).unwrap();
        assert_eq!(
            Canon::from_json(&ok).unwrap().to_canonical(),
            r#"{"a":true,"z":[1,"x"]}"#
        );
        for bad in ["1.5", "-1", "null", "9007199254740992"] {
            let v: serde_json::Value = serde_json::from_str(bad).unwrap();
            assert!(Canon::from_json(&v).is_none(), "{bad}");
        }
    }
}
