//! The lexicons of the recognition rules, compiled in from `data/kb/lexicon/`: head words of
//! names (`heads.tsv`), titles (`titles.txt`), reporting verbs, sentence-initial function words,
//! publication series, given names (U.S. Census 1990 first-name lists, public domain), proper
//! nouns of the English word list (`proper-nouns.txt`), cue words of a capital's reading
//! (`metonymy-cues.tsv`), nouns a region's name modifies as an adjective
//! (`region-modified-nouns.txt`) and metonyms (read by the KB). Each file
//! documents itself in its header.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::OnceLock;

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

/// `metonymy-cues.tsv`.
pub const METONYMY_CUES: &str = include_str!("../../data/kb/lexicon/metonymy-cues.tsv");

/// `region-modified-nouns.txt`.
pub const REGION_MODIFIED_NOUNS: &str =
    include_str!("../../data/kb/lexicon/region-modified-nouns.txt");

/// What a word around a capital says about it (`metonymy-cues.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// A verb whose object is the city (`attacked`).
    Attack,
    /// A word right before `to` whose destination is the city (`visit`).
    Travel,
    /// A verb of carrying things, before its object and `to` (`delivered`).
    Delivery,
    /// A noun of a message, whose addressee after `at`/`to` is the government (`message`).
    Communication,
    /// A verb whose object is the city someone goes to, tours or leaves (`toured`, `left`), or
    /// a noun of people or parts of the city before `of` (`residents of`, `mayor of`).
    Presence,
}

/// `proper-nouns.txt`.
pub const PROPER_NOUNS: &str = include_str!("../../data/kb/lexicon/proper-nouns.txt");

/// Whether `lower` (a lower-case word) is a common English word: in the bundled word list and
/// not one of the proper nouns SCOWL put there (`arizona`, `wagner`). One hash lookup per list
/// after the first call indexes `proper-nouns.txt` (about 9,600 words).
pub fn is_common_word(lower: &str) -> bool {
    static PROPER: OnceLock<HashSet<&'static str>> = OnceLock::new();
    crate::ingest::is_word(lower)
        && !PROPER
            .get_or_init(|| lines(PROPER_NOUNS).collect())
            .contains(lower)
}

/// Whether a capitalised word reads as a proper adjective (`European`, `Balkan`, `Japanese`,
/// `Turkish`, `Arabic`): the suffixes of adjectives of places and peoples, which SCOWL lists
/// capitalised like names. Such a word is never the short name of an organisation.
pub fn is_proper_adjective(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && ["an", "ese", "ish", "ic", "i"]
            .iter()
            .any(|s| word.ends_with(s))
}

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
    /// Cue words of a capital's reading (lower case).
    pub cues: BTreeMap<String, Cue>,
    /// Lower-case nouns a region's name modifies as an adjective (`the Gulf states`).
    pub region_modified: BTreeSet<String>,
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
            cues: lines(METONYMY_CUES)
                .filter_map(|l| {
                    let (word, class) = l.split_once('\t')?;
                    let cue = match class.trim() {
                        "attack" => Cue::Attack,
                        "travel" => Cue::Travel,
                        "delivery" => Cue::Delivery,
                        "communication" => Cue::Communication,
                        "presence" => Cue::Presence,
                        _ => return None,
                    };
                    Some((word.to_owned(), cue))
                })
                .collect(),
            region_modified: lines(REGION_MODIFIED_NOUNS).map(str::to_owned).collect(),
        }
    }

    /// True for a given name of the list, written with or without its diacritics (`José`,
    /// `Zoë`: the list is in ASCII, so a word is also looked up with its combining marks
    /// removed after Unicode canonical decomposition, NFD).
    pub fn is_given(&self, word: &str) -> bool {
        use unicode_normalization::UnicodeNormalization;
        if self.given.contains(word) {
            return true;
        }
        if word.is_ascii() {
            return false;
        }
        let folded: String = word
            .nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .collect();
        self.given.contains(&folded)
    }

    /// True for a word that is never the start of a name (any case).
    pub fn is_function(&self, word: &str) -> bool {
        word.len() < 16
            && if word
                .bytes()
                .any(|b| b.is_ascii_uppercase() || !b.is_ascii())
            {
                self.function.contains(&word.to_lowercase())
            } else {
                self.function.contains(word)
            }
    }
}
