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

/// Whether `stem` followed by `suffix` (both lower case) is in the word list, without
/// allocating for words of up to 64 bytes.
pub fn is_word_with(stem: &str, suffix: &str) -> bool {
    let n = stem.len() + suffix.len();
    if n > 64 {
        return is_word(&format!("{stem}{suffix}"));
    }
    let mut buf = [0u8; 64];
    buf[..stem.len()].copy_from_slice(stem.as_bytes());
    buf[stem.len()..n].copy_from_slice(suffix.as_bytes());
    // Two whole UTF-8 strings joined are UTF-8.
    std::str::from_utf8(&buf[..n]).is_ok_and(is_word)
}

#[cfg(test)]
mod tests {
    use super::{is_word, is_word_with};

    #[test]
    fn joined_words_are_looked_up_whole() {
        assert!(is_word_with("govern", "ance"));
        assert!(is_word_with("", "defence"));
        assert!(!is_word_with("govern", "ancx"));
        assert!(!is_word_with(&"a".repeat(70), "s"));
    }

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
