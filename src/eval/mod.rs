//! Evaluation against hand-made gold annotations: what `cargo run --release --bin eval`
//! prints. Each task has its own module ([`entities`], [`claims`]) built on the shared
//! pieces here: [`Counts`] (precision, recall, F1 from true and false positives and false
//! negatives) and [`Table`] (a plain-text table).
//!
//! Gold files name their source brief and its SHA-256, so a changed brief is reported instead of
//! scored against stale offsets.

pub mod claims;
pub mod entities;

use std::fmt::Write as _;

/// True positives, false positives, false negatives.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Predictions that match a gold item.
    pub tp: usize,
    /// Predictions that match none.
    pub fp: usize,
    /// Gold items no prediction matches.
    pub fn_: usize,
}

impl Counts {
    /// Precision, 1 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall, 1 when there is nothing to find.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// Adds another count.
    pub fn add(&mut self, o: Counts) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// A plain-text table: a header and rows, columns padded; numbers right-aligned.
#[derive(Debug, Clone, Default)]
pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these column names.
    pub fn new(header: &[&str]) -> Self {
        Table {
            header: header.iter().map(|s| (*s).to_owned()).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row.
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    /// The row cells of a [`Counts`]: P, R, F1 (three decimals), TP, FP, FN.
    pub fn counts(c: &Counts) -> Vec<String> {
        vec![
            format!("{:.3}", c.precision()),
            format!("{:.3}", c.recall()),
            format!("{:.3}", c.f1()),
            c.tp.to_string(),
            c.fp.to_string(),
            c.fn_.to_string(),
        ]
    }

    /// Renders the table.
    pub fn render(&self) -> String {
        let cols = self.header.len();
        let mut width = vec![0; cols];
        for r in std::iter::once(&self.header).chain(&self.rows) {
            for (i, c) in r.iter().enumerate().take(cols) {
                width[i] = width[i].max(c.chars().count());
            }
        }
        let mut out = String::new();
        let line = |out: &mut String, r: &[String]| {
            for (i, c) in r.iter().enumerate().take(cols) {
                let numeric = i > 0
                    && !c.is_empty()
                    && c.chars()
                        .all(|ch| ch.is_ascii_digit() || ch == '.' || ch == '/');
                let pad = width[i] - c.chars().count();
                if i > 0 {
                    out.push_str("  ");
                }
                if numeric {
                    out.push_str(&" ".repeat(pad));
                    out.push_str(c);
                } else {
                    out.push_str(c);
                    if i + 1 < cols {
                        out.push_str(&" ".repeat(pad));
                    }
                }
            }
            out.push('\n');
        };
        line(&mut out, &self.header);
        let _ = writeln!(
            out,
            "{}",
            width
                .iter()
                .map(|w| "-".repeat(*w))
                .collect::<Vec<_>>()
                .join("  ")
        );
        for r in &self.rows {
            line(&mut out, r);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_give_precision_recall_f1() {
        let c = Counts {
            tp: 8,
            fp: 2,
            fn_: 2,
        };
        assert!((c.precision() - 0.8).abs() < 1e-9);
        assert!((c.recall() - 0.8).abs() < 1e-9);
        assert!((c.f1() - 0.8).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 1.0);
        assert_eq!(
            Counts {
                tp: 0,
                fp: 3,
                fn_: 0
            }
            .f1(),
            0.0
        );
    }

    #[test]
    fn tables_align_columns() {
        let mut t = Table::new(&["brief", "F1"]);
        t.row(vec!["a".into(), "0.5".into()]);
        t.row(vec!["longer".into(), "1.0".into()]);
        assert_eq!(
            t.render(),
            "brief   F1\n------  ---\na       0.5\nlonger  1.0\n"
        );
    }
}
