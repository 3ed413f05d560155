//! The bundled English word list (`data/lexicon/english-words.txt`, SCOWL via Debian's
//! `wamerican` and `wbritish`): lower-case, sorted, one word per line.

use crate::FastSet;
use std::sync::OnceLock;

/// The word list, compiled in.
pub const WORDS: &str = include_str!("../../data/lexicon/english-words.txt");

/// Whether `word` (lower case) is in the word list. The first call indexes the list (about
/// 75,000 words, a few milliseconds); later calls are one hash lookup.
pub fn is_word(word: &str) -> bool {
    static INDEX: OnceLock<FastSet<&'static str>> = OnceLock::new();
    INDEX
        .get_or_init(|| WORDS.lines().filter(|w| !w.is_empty()).collect())
        .contains(word)
}

#[cfg(test)]
mod tests {
    use super::is_word;

    #[test]
    fn finds_words_and_rejects_non_words() {
        for w in [
            "diversification",
            "international",
            "governance",
            "defence",
            "defense",
            "a",
            "zoology",
        ] {
            assert!(is_word(w), "{w}");
        }
        for w in [
            "antiship",
            "selfdefense",
            "diversi",
            "",
            "zzzz",
            "é",
            "\u{1F600}",
        ] {
            assert!(!is_word(w), "{w}");
        }
    }
}
