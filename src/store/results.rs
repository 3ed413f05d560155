//! Query results as bytes: an aligned text table for people, SPARQL 1.1 CSV, TSV or JSON for
//! programs (through `sparesults`, the serialiser Oxigraph's server uses).

use std::fmt;
use std::str::FromStr;

use oxigraph::model::{Term, Triple, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::QuerySolution;

use crate::emit::vocab::{compact, XSD};

/// How `briefkg query` prints results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ResultsFormat {
    /// An aligned text table: IRIs with the usual prefixes, literals as their text.
    #[default]
    Table,
    /// SPARQL 1.1 Query Results CSV.
    Csv,
    /// SPARQL 1.1 Query Results TSV (terms in Turtle syntax, so types survive).
    Tsv,
    /// SPARQL 1.1 Query Results JSON.
    Json,
}

impl ResultsFormat {
    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ResultsFormat::Table => "table",
            ResultsFormat::Csv => "csv",
            ResultsFormat::Tsv => "tsv",
            ResultsFormat::Json => "json",
        }
    }

    fn sparesults(self) -> Option<QueryResultsFormat> {
        match self {
            ResultsFormat::Table => None,
            ResultsFormat::Csv => Some(QueryResultsFormat::Csv),
            ResultsFormat::Tsv => Some(QueryResultsFormat::Tsv),
            ResultsFormat::Json => Some(QueryResultsFormat::Json),
        }
    }
}

impl fmt::Display for ResultsFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for ResultsFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        [
            ResultsFormat::Table,
            ResultsFormat::Csv,
            ResultsFormat::Tsv,
            ResultsFormat::Json,
        ]
        .into_iter()
        .find(|f| f.name() == s)
        .ok_or_else(|| format!("unknown results format `{s}` (expected table, csv, tsv or json)"))
    }
}

/// SELECT results.
pub fn solutions(format: ResultsFormat, variables: &[Variable], rows: &[QuerySolution]) -> Vec<u8> {
    let Some(f) = format.sparesults() else {
        return table(variables, rows).into_bytes();
    };
    let serialize = || -> std::io::Result<Vec<u8>> {
        let mut w = QueryResultsSerializer::from_format(f)
            .serialize_solutions_to_writer(Vec::new(), variables.to_vec())?;
        for row in rows {
            w.serialize(row)?;
        }
        w.finish()
    };
    let mut out = serialize().unwrap_or_default();
    if format == ResultsFormat::Json {
        out.push(b'\n');
    }
    out
}

/// ASK results: `true` / `false` (one line), or the SPARQL JSON boolean document.
pub fn boolean(format: ResultsFormat, value: bool) -> Vec<u8> {
    if format == ResultsFormat::Json {
        let mut out = QueryResultsSerializer::from_format(QueryResultsFormat::Json)
            .serialize_boolean_to_writer(Vec::new(), value)
            .unwrap_or_default();
        out.push(b'\n');
        out
    } else {
        format!("{value}\n").into_bytes()
    }
}

/// CONSTRUCT and DESCRIBE results: N-Triples, lines sorted, in every format.
pub fn graph(triples: &[Triple]) -> Vec<u8> {
    let mut lines: Vec<String> = triples.iter().map(|t| format!("{t} .\n")).collect();
    lines.sort();
    lines.dedup();
    lines.concat().into_bytes()
}

/// One cell of the text table: IRIs compacted, literals as their text (with `@lang`, or
/// `^^type` for datatypes that are not numbers, booleans or strings), control characters
/// and bidirectional controls escaped (`\n`, `\u{202e}`) so every row stays on one line and in
/// order.
fn cell(term: &Term) -> String {
    let text = match term {
        Term::NamedNode(n) => {
            let c = compact(n.as_str());
            if c == n.as_str() {
                format!("<{c}>")
            } else {
                c
            }
        }
        Term::BlankNode(b) => b.to_string(),
        Term::Literal(l) => {
            let dt = l.datatype().as_str();
            let plain = dt
                .strip_prefix(XSD)
                .is_some_and(|t| NUMERIC_OR_TEXT.contains(&t));
            if let Some(lang) = l.language() {
                format!("{}@{lang}", l.value())
            } else if plain {
                l.value().to_owned()
            } else {
                format!("{}^^{}", l.value(), compact(dt))
            }
        }
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    };
    crate::terminal::escape(&text).into_owned()
}

/// XSD datatypes shown without their type in the table.
const NUMERIC_OR_TEXT: &[&str] = &[
    "string",
    "boolean",
    "integer",
    "nonNegativeInteger",
    "positiveInteger",
    "int",
    "long",
    "decimal",
    "double",
    "float",
];

/// The text table: a header of variable names, a rule, one line per row; columns padded to
/// their widest cell (in characters), separated by two spaces, no trailing spaces.
fn table(variables: &[Variable], rows: &[QuerySolution]) -> String {
    let header: Vec<String> = variables.iter().map(|v| v.as_str().to_owned()).collect();
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            variables
                .iter()
                .map(|v| row.get(v).map(cell).unwrap_or_default())
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &body {
        for (w, c) in widths.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let line = |cells: &[String]| {
        let mut s = String::new();
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            if i > 0 {
                s.push_str("  ");
            }
            s.push_str(c);
            if i + 1 < cells.len() {
                s.extend(std::iter::repeat_n(' ', w - c.chars().count()));
            }
        }
        s.truncate(s.trim_end().len());
        s.push('\n');
        s
    };
    let mut out = line(&header);
    let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
    out.push_str(&line(&rule));
    for row in &body {
        out.push_str(&line(row));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    fn row(vars: &[Variable], terms: Vec<Option<Term>>) -> QuerySolution {
        QuerySolution::from((vars.to_vec(), terms))
    }

    #[test]
    fn table_aligns_compacts_and_escapes() {
        let vars = vec![
            Variable::new_unchecked("country"),
            Variable::new_unchecked("n"),
        ];
        let rows = vec![
            row(
                &vars,
                vec![
                    Some(NamedNode::new_unchecked("http://schema.org/Country").into()),
                    Some(Literal::from(12).into()),
                ],
            ),
            row(
                &vars,
                vec![
                    Some(Literal::new_simple_literal("a\tb\nc\u{202e}d").into()),
                    None,
                ],
            ),
            row(
                &vars,
                vec![
                    Some(NamedNode::new_unchecked("https://example.org/x y").into()),
                    Some(Literal::new_language_tagged_literal_unchecked("Rus", "en").into()),
                ],
            ),
        ];
        let t = String::from_utf8(solutions(ResultsFormat::Table, &vars, &rows)).unwrap();
        assert_eq!(
            t,
            "country                    n\n\
             -------------------------  ------\n\
             schema:Country             12\n\
             a\\tb\\nc\\u{202e}d\n\
             <https://example.org/x y>  Rus@en\n"
        );
    }

    #[test]
    fn csv_json_and_booleans_follow_the_sparql_formats() {
        let vars = vec![Variable::new_unchecked("x")];
        let rows = vec![row(&vars, vec![Some(Literal::from("a,b").into())])];
        assert_eq!(
            solutions(ResultsFormat::Csv, &vars, &rows),
            b"x\r\n\"a,b\"\r\n"
        );
        let json: serde_json::Value =
            serde_json::from_slice(&solutions(ResultsFormat::Json, &vars, &rows)).unwrap();
        assert_eq!(json["results"]["bindings"][0]["x"]["value"], "a,b");
        assert_eq!(boolean(ResultsFormat::Table, true), b"true\n");
        let json: serde_json::Value =
            serde_json::from_slice(&boolean(ResultsFormat::Json, false)).unwrap();
        assert_eq!(json["boolean"], false);
    }
}
