//! The text a sentence is matched in: normalised with [`crate::kb::norm_char`] (whitespace runs
//! and line breaks as one space, `’` as `'`, dash variants as `-`), with the way back to clean
//! code points, and cut into tokens. One buffer set is reused for every sentence of a run.

use crate::kb::{norm_char, Norm};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Letters and digits (with inner `.`, `-` before lower case, `'` not a possessive).
    Word,
    /// Digits (with inner `,` `.` `/` and an ordinal suffix: `1,550`, `9/11`, `23rd`).
    Num,
    /// A possessive `'s` (or a lone `'` after a plural).
    Poss,
    /// One punctuation character.
    Punct,
}

/// A token: a byte range of the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Start (bytes of the normalised text).
    pub s: usize,
    /// End.
    pub e: usize,
    /// What it is.
    pub kind: TokKind,
}

/// A normalised sentence: its text, the clean code point of every byte, its tokens.
#[derive(Debug, Default)]
pub struct NormText {
    /// The normalised text.
    pub text: String,
    /// For every byte of `text`, the clean-text code point it comes from (absolute).
    pub map: Vec<usize>,
    /// One past the clean code point of the last character, for ends.
    pub end: usize,
    /// Tokens in order.
    pub tokens: Vec<Token>,
}

/// Abbreviations that end with a period and stay one token (`Dr.`, `Gen.`).
const ABBREVIATIONS: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "St", "Jr", "Sr", "Gen", "Adm", "Col", "Lt", "Capt", "Prof", "Sen",
    "Rep", "Maj", "Sgt", "Gov", "No", "Co", "Inc", "Ltd", "Corp",
];

impl NormText {
    /// Fills the buffers with `sentence`, whose first code point is clean code point `base`.
    pub fn fill(&mut self, sentence: &str, base: usize) {
        self.text.clear();
        self.map.clear();
        self.tokens.clear();
        let mut space: Option<usize> = None;
        for (k, c) in sentence.chars().enumerate() {
            let cp = base + k;
            match norm_char(c) {
                Norm::Drop => {}
                Norm::Space => {
                    if !self.text.is_empty() && space.is_none() {
                        space = Some(cp);
                    }
                }
                Norm::Char(n) => {
                    if let Some(at) = space.take() {
                        self.text.push(' ');
                        self.map.push(at);
                    }
                    self.text.push(n);
                    self.map.extend(std::iter::repeat_n(cp, n.len_utf8()));
                }
            }
        }
        self.end = self.map.last().map_or(base, |&c| c + 1);
        self.tokenize();
    }

    /// The clean code-point span of a byte range of `text`.
    pub fn clean_span(&self, s: usize, e: usize) -> (usize, usize) {
        let start = self.map.get(s).copied().unwrap_or(self.end);
        let end = if e == 0 {
            start
        } else {
            self.map.get(e - 1).map_or(self.end, |&c| c + 1)
        };
        (start, end.max(start))
    }

    /// The text of a token.
    pub fn tok(&self, t: &Token) -> &str {
        &self.text[t.s..t.e]
    }

    fn tokenize(&mut self) {
        let text = self.text.as_str();
        let b = text.as_bytes();
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let at = |i: usize| chars.get(i).map(|&(_, c)| c);
        let byte = |i: usize| chars.get(i).map_or(text.len(), |&(p, _)| p);
        let word = |c: char| c.is_alphanumeric() || is_mark(c);
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i].1;
            if c == ' ' {
                i += 1;
                continue;
            }
            let start = i;
            if c.is_ascii_digit() {
                i += 1;
                loop {
                    match at(i) {
                        Some(d) if d.is_ascii_digit() => i += 1,
                        Some(',' | '.' | '/') if at(i + 1).is_some_and(|d| d.is_ascii_digit()) => {
                            i += 2
                        }
                        _ => break,
                    }
                }
                // Ordinal suffix: `23rd`, `1st`.
                let rest: String = chars[i..].iter().take(3).map(|&(_, c)| c).collect();
                for suf in ["st", "nd", "rd", "th"] {
                    if rest.starts_with(suf) && !at(i + 2).is_some_and(word) {
                        i += 2;
                        break;
                    }
                }
                if at(i).is_some_and(char::is_alphabetic) {
                    // `F-35A`, `2nd` handled; `10km` or `M1989` style: one word.
                    while at(i).is_some_and(word) {
                        i += 1;
                    }
                    self.tokens.push(Token {
                        s: byte(start),
                        e: byte(i),
                        kind: TokKind::Word,
                    });
                    continue;
                }
                self.tokens.push(Token {
                    s: byte(start),
                    e: byte(i),
                    kind: TokKind::Num,
                });
                continue;
            }
            if word(c) {
                i += 1;
                loop {
                    match at(i) {
                        Some(d) if word(d) => i += 1,
                        // U.S., D.C.: a period between letters.
                        Some('.')
                            if at(i + 1).is_some_and(char::is_alphabetic)
                                && at(i + 2).is_some_and(|d| !d.is_lowercase() || d == '.') =>
                        {
                            i += 2
                        }
                        // Won-sik, Co-operation, U.S.-led: a hyphen before lower case or digits.
                        Some('-')
                            if at(i + 1)
                                .is_some_and(|d| d.is_lowercase() || d.is_ascii_digit()) =>
                        {
                            i += 2
                        }
                        // O'Brien, d'Ivoire: an apostrophe that is not a possessive.
                        Some('\'')
                            if at(i + 1).is_some_and(char::is_alphabetic)
                                && (at(i + 1) != Some('s') || at(i + 2).is_some_and(word)) =>
                        {
                            i += 2
                        }
                        _ => break,
                    }
                }
                // `al-Kaabi`, `el-Sisi`: an Arabic article joined to the name.
                if matches!(&text[byte(start)..byte(i)], "al" | "el" | "Al" | "El")
                    && at(i) == Some('-')
                    && at(i + 1).is_some_and(char::is_uppercase)
                {
                    i += 2;
                    while at(i).is_some_and(word) {
                        i += 1;
                    }
                }
                let w = &text[byte(start)..byte(i)];
                let single_capital = w.chars().count() == 1 && w.starts_with(char::is_uppercase);
                if at(i) == Some('.')
                    && (w.contains('.') || single_capital || ABBREVIATIONS.contains(&w))
                {
                    i += 1;
                }
                self.tokens.push(Token {
                    s: byte(start),
                    e: byte(i),
                    kind: TokKind::Word,
                });
                continue;
            }
            if c == '\'' && at(i + 1) == Some('s') && !at(i + 2).is_some_and(word) {
                self.tokens.push(Token {
                    s: byte(i),
                    e: byte(i + 2),
                    kind: TokKind::Poss,
                });
                i += 2;
                continue;
            }
            if c == '\'' && i > 0 && chars[i - 1].1 == 's' && !at(i + 1).is_some_and(word) {
                self.tokens.push(Token {
                    s: byte(i),
                    e: byte(i + 1),
                    kind: TokKind::Poss,
                });
                i += 1;
                continue;
            }
            self.tokens.push(Token {
                s: byte(i),
                e: byte(i + 1),
                kind: TokKind::Punct,
            });
            i += 1;
        }
        debug_assert!(self.tokens.iter().all(|t| t.e <= b.len()));
    }
}

/// Combining marks of the common blocks: part of the letter before them.
pub fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<String> {
        let mut n = NormText::default();
        n.fill(s, 0);
        n.tokens.iter().map(|t| n.tok(t).to_owned()).collect()
    }

    #[test]
    fn tokens_keep_abbreviations_and_split_possessives() {
        assert_eq!(
            toks("the U.S.-led talks"),
            ["the", "U.S.", "-", "led", "talks"]
        );
        assert_eq!(toks("U.S. Army"), ["U.S.", "Army"]);
        assert_eq!(toks("China’s MFA"), ["China", "'s", "MFA"]);
        assert_eq!(
            toks("Shin Won-sik, Indo-Pacific"),
            ["Shin", "Won-sik", ",", "Indo", "-", "Pacific"]
        );
        assert_eq!(
            toks("1,550 warheads on 9/11 and the 23rd"),
            ["1,550", "warheads", "on", "9/11", "and", "the", "23rd"]
        );
        assert_eq!(toks("Donald J. Trump"), ["Donald", "J.", "Trump"]);
        assert_eq!(toks("Côte d'Ivoire"), ["Côte", "d'Ivoire"]);
        assert_eq!(toks("Saad al-Kaabi"), ["Saad", "al-Kaabi"]);
    }

    #[test]
    fn the_map_leads_back_to_clean_code_points() {
        let mut n = NormText::default();
        n.fill("Papua  New\nGuinea’s", 10);
        assert_eq!(n.text, "Papua New Guinea's");
        assert_eq!(n.clean_span(0, 16), (10, 27));
        assert_eq!(n.clean_span(6, 9), (17, 20));
    }
}
