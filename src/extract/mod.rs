//! Extract: entity mentions found in sentences with the knowledge base's surface forms.
//!
//! Matching is case-sensitive on whole words (no letter or digit on either side). Overlapping
//! candidates are resolved leftmost-longest. A single-word alias that is not an acronym is not
//! taken when a capitalised word stands right before it, because it is then part of a longer
//! name (`Congress` in `National People's Congress`).
//!
//! Pure: no I/O, no clock, no randomness.

use aho_corasick::{AhoCorasick, MatchKind};

use crate::kb::Kb;
use crate::model::{Anchorer, MatchForm, Mention, Paragraph, Part, Sentence, Span};

/// Parts of a brief whose sentences are searched for mentions. Editor's note and footer are
/// series boilerplate, not content.
pub const EXTRACTED_PARTS: &[Part] = &[Part::Body, Part::Caption, Part::Bio, Part::Notes];

/// A compiled gazetteer over a knowledge base.
pub struct Gazetteer<'k> {
    kb: &'k Kb,
    automaton: AhoCorasick,
}

impl<'k> Gazetteer<'k> {
    /// Compiles the KB's surface forms.
    pub fn new(kb: &'k Kb) -> Self {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(kb.forms.iter().map(|f| f.text.as_str()))
            .expect("the KB's forms always compile: they are plain strings");
        Gazetteer { kb, automaton }
    }

    /// Finds the mentions in one text: `(span in code points of text, form index)`.
    pub fn find(&self, text: &str) -> Vec<(Span, usize)> {
        let mut cands: Vec<(usize, usize, usize)> = self
            .automaton
            .find_overlapping_iter(text)
            .filter(|m| self.accept(text, m.start(), m.end(), m.pattern().as_usize()))
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect();
        cands.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
        let mut out = Vec::new();
        let mut taken_to = 0;
        for (s, e, p) in cands {
            if s < taken_to {
                continue;
            }
            taken_to = e;
            let cs = text[..s].chars().count();
            let ce = cs + text[s..e].chars().count();
            out.push((Span::new(cs, ce), p));
        }
        out
    }

    fn accept(&self, text: &str, s: usize, e: usize, p: usize) -> bool {
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        let form = &self.kb.forms[p];
        // A combining mark belongs to the letter before it: a match never splits a grapheme.
        let word_char = |c: char| c.is_alphanumeric() || is_combining_mark(c);
        if before.is_some_and(word_char) {
            return false;
        }
        // A form ending in a period (`U.S.`) may be followed by anything; others need a boundary.
        if !form.text.ends_with('.') && after.is_some_and(word_char) {
            return false;
        }
        if form.form == MatchForm::Alias && !form.text.contains(' ') && !is_acronym(&form.text) {
            let prev_word = text[..s].trim_end_matches(' ');
            let gap = text[..s].len() - prev_word.len();
            let prev_word = prev_word
                .strip_suffix("'s")
                .or_else(|| prev_word.strip_suffix("\u{2019}s"))
                .unwrap_or(prev_word);
            let word = prev_word
                .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
                .next()
                .unwrap_or("");
            if gap == 1
                && word.starts_with(char::is_uppercase)
                && !FUNCTION_WORDS.contains(&word.to_lowercase().as_str())
            {
                return false;
            }
        }
        true
    }
}

/// Words that are capitalised only because they start a sentence or a heading; they do not
/// make the next word part of a longer name (`The Quad's agenda`, `No Quad partner`).
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "no", "and", "or", "but", "in", "on", "at", "for", "by", "with", "from",
    "to", "of", "as", "its", "his", "her", "their", "our", "this", "that", "these", "those",
    "both", "every", "each", "some", "any", "all", "while", "when", "if", "since", "after",
    "before", "unlike", "like",
];

/// Combining marks of the common blocks (diacritics, extended, supplement, for symbols, half
/// marks).
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_acronym(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && s.chars()
            .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit() || c == '-')
}

/// Finds the mentions in every sentence of the extracted parts.
pub fn run(
    anchorer: &Anchorer<'_>,
    gazetteer: &Gazetteer<'_>,
    paragraphs: &[Paragraph],
    sentences: &[Sentence],
) -> Vec<Mention> {
    let mut out = Vec::new();
    for (si, sentence) in sentences.iter().enumerate() {
        if !EXTRACTED_PARTS.contains(&paragraphs[sentence.paragraph].part) {
            continue;
        }
        let base = sentence.anchor.clean.start;
        // The matching view folds typography and blanks addresses, code point for code point.
        let view = crate::model::matching_text(&sentence.anchor.exact);
        for (span, p) in gazetteer.find(&view) {
            let form = &gazetteer.kb.forms[p];
            out.push(Mention {
                anchor: anchorer.anchor(Span::new(base + span.start, base + span.end)),
                sentence: si,
                entity: form.entity.clone(),
                form: form.form,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<String> {
        let kb = Kb::bundled();
        let g = Gazetteer::new(&kb);
        let chars: Vec<char> = text.chars().collect();
        g.find(text)
            .into_iter()
            .map(|(s, _)| chars[s.start..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn whole_words_case_sensitive_leftmost_longest() {
        assert_eq!(
            found("North Korea and Russia's NATO allies"),
            ["North Korea", "Russia", "NATO"]
        );
        assert_eq!(
            found("Russian-backed; Nigeria, not Niger"),
            ["Russian", "Nigeria", "Niger"]
        );
        assert!(found("nato russia who").is_empty(), "case-sensitive");
        assert!(found("Russians").is_empty(), "whole words");
    }

    #[test]
    fn a_match_never_splits_a_grapheme() {
        assert!(found("Japan\u{301} is not Japan's name").len() == 1);
        assert_eq!(found("Japan\u{301} and Japan"), ["Japan"]);
    }

    #[test]
    fn single_word_alias_inside_a_longer_name_is_not_taken() {
        assert!(found("the National People's Congress met")
            .iter()
            .all(|m| m != "Congress"));
        assert_eq!(
            found("The Quad's agenda. No Quad partner."),
            ["Quad", "Quad"]
        );
    }
}
