//! The lexicons of the recognition rules, compiled in from `data/kb/lexicon/`: head words of
//! names (`heads.tsv`), titles (`titles.txt`), reporting verbs, sentence-initial function words,
//! publication series, given names (U.S. Census 1990 first-name lists, public domain), and
//! metonyms (read by the KB). Each file documents itself in its header.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::EntityKind;

/// `heads.tsv`.
pub const HEADS_TSV: &str = include_str!("../../data/kb/lexicon/heads.tsv");
/// `titles.txt`.
pub const TITLES: &str = include_str!("../../data/kb/lexicon/titles.txt");
/// `reporting-verbs.txt`.
pub const REPORTING_VERBS: &str = include_str!("../../data/kb/lexicon/reporting-verbs.txt");
/// `function-words.txt`.
pub const FUNCTION_WORDS: &str = include_str!("../../data/kb/lexicon/function-words.txt");
/// `series.txt`.
pub const SERIES: &str = include_str!("../../data/kb/lexicon/series.txt");
/// `given-names.txt`.
pub const GIVEN_NAMES: &str = include_str!("../../data/kb/lexicon/given-names.txt");

/// Where a head word stands in a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadPlace {
    /// Last word.
    Last,
    /// Before `of`/`for`/`on`.
    First,
    /// Either.
    Both,
    /// First word, a name following.
    Prefix,
}

/// The lexicons, parsed once.
#[derive(Debug, Clone)]
pub struct Lexicons {
    /// Head word (one or two words) → type and place.
    pub heads: BTreeMap<String, (EntityKind, HeadPlace)>,
    /// Title head words.
    pub titles: BTreeSet<String>,
    /// Reporting verbs.
    pub reporting: BTreeSet<String>,
    /// Function words (lower case).
    pub function: BTreeSet<String>,
    /// Publication series, as word lists.
    pub series: Vec<Vec<String>>,
    /// Given names.
    pub given: BTreeSet<String>,
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Lexicons {
    /// The bundled lexicons.
    pub fn bundled() -> Lexicons {
        let mut heads = BTreeMap::new();
        for l in lines(HEADS_TSV) {
            let f: Vec<&str> = l.split('\t').collect();
            if f.len() != 3 {
                continue;
            }
            let place = match f[2] {
                "last" => HeadPlace::Last,
                "first" => HeadPlace::First,
                "prefix" => HeadPlace::Prefix,
                _ => HeadPlace::Both,
            };
            if let Some(kind) = EntityKind::parse(f[1]) {
                heads.insert(f[0].to_owned(), (kind, place));
            }
        }
        Lexicons {
            heads,
            titles: lines(TITLES).map(str::to_owned).collect(),
            reporting: lines(REPORTING_VERBS).map(str::to_owned).collect(),
            function: lines(FUNCTION_WORDS).map(str::to_owned).collect(),
            series: lines(SERIES)
                .map(|l| l.split(' ').map(str::to_owned).collect())
                .collect(),
            given: lines(GIVEN_NAMES).map(str::to_owned).collect(),
        }
    }

    /// True for a word that is never the start of a name (any case).
    pub fn is_function(&self, word: &str) -> bool {
        word.len() < 16 && self.function.contains(&word.to_lowercase())
    }
}
