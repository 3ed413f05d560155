//! The bundled English word list (`data/lexicon/english-words.txt`, SCOWL via Debian's
//! `wamerican` and `wbritish`): lower-case, sorted, one word per line.

/// The word list, compiled in.
pub const WORDS: &str = include_str!("../../data/lexicon/english-words.txt");

/// Whether `word` (lower case) is in the word list.
pub fn is_word(word: &str) -> bool {
    // Binary search over the bytes (the list is sorted bytewise), aligning to line starts.
    let bytes = WORDS.as_bytes();
    let word = word.as_bytes();
    let mut lo = 0usize;
    let mut hi = bytes.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = bytes[..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1)
            .max(lo);
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| start + p);
        match bytes[start..end].cmp(word) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
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
