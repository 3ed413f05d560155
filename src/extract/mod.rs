//! Extract: named-entity recognition in the clean text of a brief.
//!
//! Two sources of mentions, combined sentence by sentence, in text order:
//! - the knowledge base's surface forms ([`Gazetteer`]: one Aho-Corasick automaton over every
//!   normalised form, matched on whole words in the normalised sentence, so whitespace runs,
//!   line breaks, curly apostrophes and dash variants inside names do not matter);
//! - rules for names the knowledge base does not know (`rules.rs`): capitalised sequences
//!   classified by their head word (`heads.tsv`), titles before names and appositions
//!   (`titles.txt`), reporting verbs, given names, acronym definitions `Name (ACR)`, italic
//!   titles (from the markup repairs that removed `*`/`_`), quoted titles in notes, report
//!   series and numbers, possessives and hyphenated compounds.
//!
//! Readings are decided in context (`rules.rs`): the longest name wins and names inside names
//! resolve to the outer one; a form with several readings (country or U.S. state, place or
//! given name, capital as place or as government) is decided by the evidence around it and left
//! unlinked when there is none; currency prefixes (`US$`) are not names.
//!
//! Pure: no I/O, no clock, no randomness. One set of buffers is reused for every sentence.

pub(crate) mod lexicon;
mod rules;
mod text;

pub mod external;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, MatchKind};

pub use lexicon::Lexicons;
pub use text::{NormText, TokKind, Token};

use crate::kb::{slug, Kb};
use crate::model::{
    Anchorer, CleanText, EntityKey, EntityKind, Mention, Metadata, Paragraph, Part, RepairKind,
    Role, Sentence, Span,
};

/// Parts of a brief whose sentences are searched for mentions. Editor's note and footer are
/// series boilerplate, not content; titles and headings repeat the body.
pub const EXTRACTED_PARTS: &[Part] = &[Part::Body, Part::Caption, Part::Bio, Part::Notes];

/// The recogniser: a knowledge base compiled into an automaton, and the rules' lexicons.
pub struct Gazetteer<'k> {
    kb: &'k Kb,
    automaton: AhoCorasick,
    lex: Lexicons,
}

/// What a mention refers to before normalisation: a knowledge-base entity, or a new entity of
/// a kind named by the text (keyed by the slug of the name).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Target {
    /// A KB entity.
    Kb(EntityKey),
    /// An entity the KB does not know: kind and name.
    New(EntityKind, String),
}

impl Target {
    /// The entity's kind.
    pub fn kind(&self) -> EntityKind {
        match self {
            Target::Kb(k) => k.kind,
            Target::New(k, _) => *k,
        }
    }

    /// The entity's key: the KB key, or kind + slug of the name.
    pub fn key(&self) -> EntityKey {
        match self {
            Target::Kb(k) => k.clone(),
            Target::New(kind, name) => EntityKey {
                kind: *kind,
                id: slug(name),
            },
        }
    }
}

/// The result of recognition over one brief.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Extraction {
    /// Mentions in text order.
    pub mentions: Vec<Mention>,
    /// The name the brief gives each entity the KB does not know (its fullest form).
    pub names: BTreeMap<EntityKey, String>,
    /// Roles the brief gives persons: person, role.
    pub roles: Vec<(EntityKey, Role)>,
}

impl<'k> Gazetteer<'k> {
    /// Compiles the KB's forms and loads the bundled lexicons.
    pub fn new(kb: &'k Kb) -> Self {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(kb.groups.iter().map(|g| g.text.as_str()))
            .expect("the KB's forms always compile: they are plain strings");
        Gazetteer {
            kb,
            automaton,
            lex: Lexicons::bundled(),
        }
    }

    /// The knowledge base.
    pub fn kb(&self) -> &'k Kb {
        self.kb
    }

    /// The lexicons.
    pub fn lexicons(&self) -> &Lexicons {
        &self.lex
    }
}

/// Clean-text spans in emphasis (`*…*`, `_…_`, `<em>…</em>`, `<i>…</i>`), from the markup
/// repairs that removed the delimiters, in order: the clean text has lost the italics, the
/// repairs remember them.
pub fn emphasis_spans(clean: &CleanText) -> Vec<Span> {
    let mut out = Vec::new();
    let mut open_star: Option<usize> = None;
    let mut open_tag: Option<usize> = None;
    for r in clean
        .repairs
        .iter()
        .filter(|r| r.kind == RepairKind::Markup && r.replacement.is_empty())
    {
        let o = r.original.to_ascii_lowercase();
        match o.as_str() {
            "*" | "_" => match open_star.take() {
                // Emphasis never runs over a paragraph's end: a mark left open there (the
                // stars of a thematic break `* * *`, a lone `_`) is dropped, and this mark
                // opens anew.
                Some(s) if s < r.clean_start && crosses_paragraph(clean, s, r.clean_start) => {
                    open_star = Some(r.clean_start)
                }
                Some(s) if s < r.clean_start => out.push(Span::new(s, r.clean_start)),
                Some(_) => {}
                None => open_star = Some(r.clean_start),
            },
            _ if o.starts_with("<em")
                || o == "<i>"
                || o.starts_with("<i ")
                || o.starts_with("<cite") =>
            {
                open_tag = Some(r.clean_start)
            }
            "</em>" | "</i>" | "</cite>" => {
                if let Some(s) = open_tag.take().filter(|&s| s < r.clean_start) {
                    out.push(Span::new(s, r.clean_start));
                }
            }
            _ => {}
        }
    }
    out.sort();
    out
}

/// Whether the clean text from code point `s` to `e` holds a paragraph break (a blank line).
fn crosses_paragraph(clean: &CleanText, s: usize, e: usize) -> bool {
    let mut newlines = 0;
    for c in clean.text.chars().skip(s).take(e - s) {
        if c == '\n' {
            newlines += 1;
            if newlines == 2 {
                return true;
            }
        } else if !c.is_whitespace() {
            newlines = 0;
        }
    }
    false
}

/// Finds the mentions in every sentence of the extracted parts, in order, and the names and
/// roles of the entities they introduce.
pub fn run(
    anchorer: &Anchorer<'_>,
    gazetteer: &Gazetteer<'_>,
    clean: &CleanText,
    metadata: &Metadata,
    paragraphs: &[Paragraph],
    sentences: &[Sentence],
) -> Extraction {
    let italics = emphasis_spans(clean);
    let mut state = rules::DocState::new(metadata);
    state.set_text(
        sentences
            .iter()
            .filter(|s| EXTRACTED_PARTS.contains(&paragraphs[s.paragraph].part))
            .map(|s| s.anchor.exact.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
    );
    let mut nt = NormText::default();
    let mut found = Vec::new();
    let mut out = Extraction::default();
    let mut prev_paragraph = usize::MAX;
    for (si, sentence) in sentences.iter().enumerate() {
        let part = paragraphs[sentence.paragraph].part;
        if !EXTRACTED_PARTS.contains(&part) {
            continue;
        }
        let first_of_paragraph = sentence.paragraph != prev_paragraph;
        prev_paragraph = sentence.paragraph;
        // A run-on "sentence" (a flattened table, a line of debris, a megabyte without a full
        // stop) is read in windows of at most WINDOW code points, cut at white space, so that the
        // context rules, which look across the sentence, cost linear time in the brief.
        for (offset, window) in windows(&sentence.anchor.exact, WINDOW) {
            // Cited web and e-mail addresses are blanked, code point for code point, so that no
            // name is found inside one (`www.un.org`).
            nt.fill(
                &without_addresses(window),
                sentence.anchor.clean.start + offset,
            );
            found.clear();
            rules::sentence(
                gazetteer,
                &nt,
                part,
                first_of_paragraph && offset == 0,
                &italics,
                &mut state,
                &mut found,
            );
            if found.is_empty() && offset == 0 {
                if let Some(kind) = table_column_kind(&paragraphs[sentence.paragraph], sentence) {
                    if let Some(f) = whole_cell(&nt, kind) {
                        found.push(f);
                    }
                }
            }
            for f in found.drain(..) {
                let (s, e) = nt.clean_span(f.s, f.e);
                if s >= e {
                    continue;
                }
                let key = f.target.key();
                if key.id.is_empty() {
                    continue;
                }
                if let Target::New(_, name) = &f.target {
                    let slot = out.names.entry(key.clone()).or_insert_with(|| name.clone());
                    if name.len() > slot.len() {
                        *slot = name.clone();
                    }
                }
                if let Some(role) = f.role {
                    out.roles.push((key.clone(), role));
                }
                out.mentions.push(Mention {
                    anchor: anchorer.anchor(Span::new(s, e)),
                    sentence: si,
                    entity: key,
                    resolution: f.resolution,
                    agent: None,
                });
            }
        }
    }
    out
}

/// `table-columns.tsv`: column headers whose cells name entities of one kind.
const TABLE_COLUMNS: &str = include_str!("../../data/kb/lexicon/table-columns.tsv");

/// The kind a table cell's column header gives its cells (`Site` → place): the paragraph is a
/// table (tabs between cells, a line per row), the sentence a cell of a body row, its header
/// the cell of the first row in the same column.
fn table_column_kind(paragraph: &Paragraph, sentence: &Sentence) -> Option<EntityKind> {
    let text: Vec<char> = paragraph.anchor.exact.chars().collect();
    if !text.contains(&'\t') {
        return None;
    }
    let d = sentence
        .anchor
        .clean
        .start
        .checked_sub(paragraph.anchor.clean.start)?;
    if d > text.len() {
        return None;
    }
    let line_start = text[..d].iter().rposition(|&c| c == '\n').map(|k| k + 1)?;
    let column = text[line_start..d].iter().filter(|&&c| c == '\t').count();
    let header_line: String = text.iter().take_while(|&&c| c != '\n').collect();
    let header = header_line.split('\t').nth(column)?.trim().to_lowercase();
    TABLE_COLUMNS
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .find(|(h, _)| *h == header)
        .and_then(|(_, kind)| match kind.trim() {
            "Place" => Some(EntityKind::Place),
            "Organization" => Some(EntityKind::Organization),
            _ => None,
        })
}

/// The whole cell as one name of `kind`, when it is one to four capitalised words (a
/// lower-case particle between them) without digits.
fn whole_cell(nt: &NormText, kind: EntityKind) -> Option<rules::Found> {
    let text = nt.text.as_str();
    let trimmed = text.trim();
    let s = text.len() - text.trim_start().len();
    let words: Vec<&str> = trimmed.split(' ').collect();
    let ok = (1..=4).contains(&words.len())
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.iter().all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                && (w.starts_with(char::is_uppercase)
                    || ["de", "da", "du", "del", "es", "al", "el", "la", "le"].contains(w))
        });
    ok.then(|| rules::Found {
        s,
        e: s + trimmed.len(),
        target: Target::New(kind, trimmed.to_owned()),
        resolution: crate::model::Resolution::Rule,
        role: None,
    })
}

/// The text with every web and e-mail address ([`crate::model::address_spans`]) replaced by
/// spaces, one per code point, so that offsets are unchanged.
fn without_addresses(text: &str) -> std::borrow::Cow<'_, str> {
    let chars: Vec<char> = text.chars().collect();
    let spans = crate::model::address_spans(&chars);
    if spans.is_empty() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = chars;
    for (start, end) in spans {
        for c in &mut out[start..end] {
            *c = ' ';
        }
    }
    std::borrow::Cow::Owned(out.into_iter().collect())
}

/// The longest text, in code points, that the recognition rules read as one sentence: far above
/// any real sentence (the longest in the bundled and real briefs is under 1,000).
const WINDOW: usize = 4_000;

/// Splits `text` into consecutive windows of at most `max` code points (one longer word is cut
/// where it must), each cut after white space: `(code-point offset, window)`.
fn windows(text: &str, max: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start_byte = 0;
    let mut start_cp = 0;
    let bytes_of: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    let n = bytes_of.len();
    while n - start_cp > max {
        let limit = start_cp + max;
        // The last white space inside the window, else the hard limit.
        let cut = (start_cp + 1..limit)
            .rev()
            .find(|&k| text[bytes_of[k - 1]..bytes_of[k]].starts_with(char::is_whitespace))
            .unwrap_or(limit);
        let cut_byte = bytes_of[cut];
        out.push((start_cp, &text[start_byte..cut_byte]));
        start_byte = cut_byte;
        start_cp = cut;
    }
    out.push((start_cp, &text[start_byte..]));
    out
}

#[cfg(test)]
mod window_tests {
    use super::windows;

    #[test]
    fn windows_cover_the_text_and_cut_after_white_space() {
        let text = "Russia and China ".repeat(100);
        let w = windows(&text, 50);
        let joined: String = w.iter().map(|(_, t)| *t).collect();
        assert_eq!(joined, text);
        for pair in w.windows(2) {
            assert_eq!(pair[1].0, pair[0].0 + pair[0].1.chars().count());
            assert!(pair[0].1.ends_with(' '), "{:?}", pair[0].1);
            assert!(pair[0].1.chars().count() <= 50);
        }
        assert_eq!(windows("short é", 50), vec![(0, "short é")]);
        // One word longer than a window is cut at the limit, in code points.
        let w = windows("ééééé", 2);
        assert_eq!(w, vec![(0, "éé"), (2, "éé"), (4, "é")]);
    }
}
