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
        let word_char = |c: char| c.is_alphanumeric();
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
        for (span, p) in gazetteer.find(&sentence.anchor.exact) {
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
