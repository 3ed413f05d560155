//! Rule-based sentence splitting that knows abbreviations, initials, decimals, quotation marks
//! and brackets.
//!
//! A period after an abbreviation is read in one of three ways:
//! - titles and words that stand before what they qualify (`Dr.`, `Gen.`, `No.`, `e.g.`,
//!   `i.e.`, `Jan.`) never end a sentence;
//! - abbreviations that can end one (`U.S.`, `U.N.`, `Inc.`, `etc.`, `p.m.`, and any dotted
//!   abbreviation of two letters) end it when the next word is one that opens sentences and
//!   not names (`The`, `It`, `In`, `However`, …: the closed list [`SENTENCE_OPENERS`]), so `in the U.S.
//!   The ministry` splits and `the U.N. Secretariat` does not;
//! - dotted abbreviations of three letters or more (`U.S.A.`), which English does not use
//!   before a noun, end a sentence before any capital.
//!
//! An abbreviation that ends a hyphenated compound is read on its own (`the Mekong-U.S.
//! Partnership` does not split, as `the U.S. Partnership` does not).

use crate::model::Span;

/// Abbreviations that never end a sentence (compared without the final period): titles, and
/// words that stand before a number or a name.
const ABBREVIATIONS: &[&str] = &[
    "No", "Nos", "Sec", "Rd", "St", "Dr", "Mr", "Mrs", "Ms", "Prof", "Gen", "Lt", "Col", "Maj",
    "Capt", "Sgt", "Adm", "Gov", "Sen", "Rep", "Amb", "Pres", "Rev", "Hon", "Cdr", "Brig", "vs",
    "e.g", "i.e", "viz", "cf", "Fig", "Vol", "pp", "p", "Art", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ave", "Blvd", "Mt", "Ft", "Ph.D",
];

/// Words that number a figure or table in its caption (`Figure 1. Title`).
const LABELS: &[&str] = &[
    "Figure", "Fig.", "Table", "Chart", "Map", "Box", "Exhibit", "Graph",
];

/// Abbreviations that end a sentence when the next word opens one (see [`SENTENCE_OPENERS`]).
const ENDING_ABBREVIATIONS: &[&str] = &[
    "U.S", "U.K", "U.N", "E.U", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr", "al", "etc", "approx",
    "est", "Dept", "Univ", "a.m", "p.m", "Bros",
];

/// Words that open sentences but are not names: articles, pronouns, determiners,
/// conjunctions, prepositions and sentence adverbs, capitalised.
pub const SENTENCE_OPENERS: &[&str] = &[
    "A",
    "About",
    "According",
    "After",
    "Afterwards",
    "Again",
    "Against",
    "All",
    "Also",
    "Although",
    "Amid",
    "Among",
    "An",
    "And",
    "Another",
    "Any",
    "As",
    "At",
    "Because",
    "Before",
    "Both",
    "But",
    "By",
    "Consequently",
    "Despite",
    "During",
    "Each",
    "Either",
    "Even",
    "Every",
    "Few",
    "Finally",
    "First",
    "For",
    "Following",
    "From",
    "Furthermore",
    "He",
    "Hence",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Indeed",
    "Instead",
    "It",
    "Its",
    "Later",
    "Like",
    "Many",
    "Meanwhile",
    "Moreover",
    "Most",
    "My",
    "Neither",
    "Nevertheless",
    "No",
    "Nonetheless",
    "Nor",
    "Not",
    "Now",
    "Of",
    "On",
    "One",
    "Only",
    "Or",
    "Other",
    "Our",
    "Over",
    "Second",
    "Several",
    "She",
    "Similarly",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "Therefore",
    "These",
    "They",
    "Third",
    "This",
    "Those",
    "Though",
    "Thus",
    "To",
    "Today",
    "Under",
    "Unlike",
    "Until",
    "We",
    "What",
    "When",
    "Where",
    "Whether",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Within",
    "Without",
    "Yet",
    "You",
    "Your",
];

/// Characters that may close a sentence after its final punctuation.
const CLOSERS: &[char] = &['"', '\'', '\u{201d}', '\u{2019}', ')', ']'];
/// Characters that may open a sentence before its first letter.
const OPENERS: &[char] = &['"', '\'', '\u{201c}', '\u{2018}', '(', '['];

/// Splits `text` into sentences: code-point spans relative to `text`, trimmed of whitespace.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth: i32 = 0;
    let mut quoted = false;
    // A quotation that opens its sentence and closes with a full stop of its own (`"We need
    // trucks. Give us ninety days."`) is a run of sentences: no frame follows it, and it
    // splits where its sentences end.
    let mut open_run = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            '"' | '\u{201c}' if !quoted || c == '\u{201c}' => {
                quoted = true;
                let at_start = chars[start..i].iter().all(|c| c.is_whitespace());
                let close = if c == '"' { '"' } else { '\u{201d}' };
                open_run = at_start
                    && chars[i + 1..]
                        .iter()
                        .position(|&x| x == close)
                        .is_some_and(|k| {
                            let end = i + 1 + k;
                            // Nothing but a new sentence after it (`"Stop. Now." he said`
                            // has its frame after it).
                            let after = chars[end + 1..].iter().find(|c| !c.is_whitespace());
                            matches!(chars[end - 1], '.' | '!' | '?')
                                && after.is_none_or(|c| c.is_uppercase() || c.is_ascii_digit())
                        });
            }
            '"' | '\u{201d}' => {
                quoted = false;
                open_run = false;
            }
            _ => {}
        }
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j], '.' | '!' | '?') {
                j += 1;
            }
            while j < chars.len() && CLOSERS.contains(&chars[j]) {
                match chars[j] {
                    ')' | ']' => depth = (depth - 1).max(0),
                    '"' | '\u{201d}' => {
                        quoted = false;
                        open_run = false;
                    }
                    _ => {}
                }
                j += 1;
            }
            // Inside a quotation, a sentence ends only where the quotation does, unless the
            // quotation is a run of sentences (above).
            if (!quoted || open_run) && is_boundary(&chars[start..], i - start, j - start, depth) {
                push_trimmed(&chars, start, j, &mut out);
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    push_trimmed(&chars, start, chars.len(), &mut out);
    out
}

fn push_trimmed(chars: &[char], mut s: usize, mut e: usize, out: &mut Vec<Span>) {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    if s < e {
        out.push(Span::new(s, e));
    }
}

/// Whether the punctuation at `p` (with closers up to `j`) ends a sentence.
fn is_boundary(chars: &[char], p: usize, j: usize, depth: i32) -> bool {
    // Must be followed by whitespace, then an opener, a capital or a digit.
    if j >= chars.len() || !chars[j].is_whitespace() {
        return false;
    }
    let mut k = j;
    while k < chars.len() && chars[k].is_whitespace() {
        k += 1;
    }
    let mut n = k;
    while n < chars.len() && OPENERS.contains(&chars[n]) {
        n += 1;
    }
    let Some(&next) = chars.get(n) else {
        return false;
    };
    let next_word: String = chars[n..]
        .iter()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    if !(next.is_uppercase() || next.is_ascii_digit()) {
        return false;
    }
    // Inside brackets, only a sentence-final bracketed sentence ends there.
    if depth > 0 {
        return false;
    }
    if chars[p] != '.' {
        return true;
    }
    // The token before the period.
    let mut t = p;
    while t > 0 && !chars[t - 1].is_whitespace() && !OPENERS.contains(&chars[t - 1]) {
        t -= 1;
    }
    // In a hyphenated compound the abbreviation is the last part (`the Mekong-U.S.
    // Partnership`, `a pro-U.N. rally`).
    let t = match chars[t..p].iter().rposition(|c| *c == '-') {
        Some(h) if t + h + 1 < p => t + h + 1,
        _ => t,
    };
    let token: String = chars[t..p].iter().collect();
    if token.is_empty() {
        return true;
    }
    // A single capital letter is an initial (`S. Jaishankar`).
    if token.chars().count() == 1 && token.chars().all(char::is_uppercase) {
        return false;
    }
    // Abbreviations in capitals too (`ISSUE NO. 380`).
    let title_case: String = token
        .chars()
        .enumerate()
        .map(|(i, c)| if i == 0 { c } else { c.to_ascii_lowercase() })
        .collect();
    if ABBREVIATIONS.contains(&token.as_str()) || ABBREVIATIONS.contains(&title_case.as_str()) {
        return false;
    }
    // A numbered label: `Figure 1. Typhon Launchers`, `Table 2. Budgets`.
    if token.chars().all(|c| c.is_ascii_digit()) {
        let before: String = chars[..t].iter().collect();
        if let Some(label) = before.split_whitespace().last() {
            if LABELS.contains(&label) {
                return false;
            }
        }
    }
    let opener = SENTENCE_OPENERS.contains(&next_word.as_str());
    // What would end here holds a subject and a verb at least (`The U.S. Later agreed.` is
    // one sentence).
    let words_before = chars[..t]
        .iter()
        .collect::<String>()
        .split_whitespace()
        .count();
    if ENDING_ABBREVIATIONS.contains(&token.as_str()) {
        return opener && words_before >= 2;
    }
    // Other dotted abbreviations: `U.S.A.` ends before a capital, `D.C.` before an opener.
    let dotted = token.contains('.') && token.split('.').all(|s| s.chars().count() <= 2);
    if dotted {
        let letters = token.chars().filter(|c| c.is_alphabetic()).count();
        return (letters >= 3 || opener) && words_before >= 2;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        split_sentences(text)
            .into_iter()
            .map(|s| chars[s.start..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn abbreviations_initials_decimals_do_not_split() {
        assert_eq!(
            sents("U.S. Secretary of Defense Lloyd Austin spoke. It was 2.5 km. S. Jaishankar agreed."),
            vec!["U.S. Secretary of Defense Lloyd Austin spoke.", "It was 2.5 km.", "S. Jaishankar agreed."]
        );
        assert_eq!(
            sents("No.1, Lane 60, Sec. 3, Tingzhou Rd., Zhongzheng District. Dr. Kim and Ph.D. Candidate Lee came."),
            vec!["No.1, Lane 60, Sec. 3, Tingzhou Rd., Zhongzheng District.", "Dr. Kim and Ph.D. Candidate Lee came."]
        );
    }

    #[test]
    fn suffixes_titles_and_lists_of_initials() {
        assert_eq!(
            sents("John Smith Jr. and Dr. Lee met Mr. Kim at 5 p.m. on Jan. 3. J. R. R. Tolkien wrote it. The U.S. Later agreed."),
            vec![
                "John Smith Jr. and Dr. Lee met Mr. Kim at 5 p.m. on Jan. 3.",
                "J. R. R. Tolkien wrote it.",
                "The U.S. Later agreed."
            ]
        );
    }

    #[test]
    fn an_abbreviation_ending_a_hyphenated_name_does_not_split() {
        assert_eq!(
            sents("Funds came from the Andes-U.S. Compact in May. Talks stalled in the Andes-U.S. The ministry gave no reason."),
            vec![
                "Funds came from the Andes-U.S. Compact in May.",
                "Talks stalled in the Andes-U.S.",
                "The ministry gave no reason."
            ]
        );
    }

    #[test]
    fn abbreviations_that_end_a_sentence_split_before_an_opener() {
        assert_eq!(
            sents("Sanctions hit shipyards in the U.S. The ministry gave no reason. It will be hosted in the U.S.A. Japan will join."),
            vec![
                "Sanctions hit shipyards in the U.S.",
                "The ministry gave no reason.",
                "It will be hosted in the U.S.A.",
                "Japan will join."
            ]
        );
        assert_eq!(
            sents("They met Dr. Lena Ortiz of the U.N. Secretariat and Gen. Park, e.g. on Jan. 14 at Acme Inc. The end came at 5 p.m. Nobody left, i.e. All stayed."),
            vec![
                "They met Dr. Lena Ortiz of the U.N. Secretariat and Gen. Park, e.g. on Jan. 14 at Acme Inc.",
                "The end came at 5 p.m. Nobody left, i.e. All stayed."
            ]
        );
    }

    #[test]
    fn numbered_captions_and_capital_abbreviations_do_not_split() {
        assert_eq!(
            sents("Figure 1. Typhon Launchers and Battery. ISSUE NO. 380 is out. It ended in 2. Then more."),
            vec!["Figure 1. Typhon Launchers and Battery.", "ISSUE NO. 380 is out.", "It ended in 2.", "Then more."]
        );
    }

    #[test]
    fn quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            sents(
                "He said, \"It is over.\" Then he left. (This is aside. It continues.) Next one!"
            ),
            vec![
                "He said, \"It is over.\"",
                "Then he left.",
                "(This is aside. It continues.)",
                "Next one!"
            ]
        );
    }

    #[test]
    fn exclamation_inside_a_quotation_does_not_split() {
        assert_eq!(
            sents("\"Historic! The EU leads,\" wrote Breton. He left."),
            vec!["\"Historic! The EU leads,\" wrote Breton.", "He left."]
        );
    }

    #[test]
    fn lower_case_continuation_is_not_a_boundary() {
        assert_eq!(
            sents("in eastern Russia ... our most recent."),
            vec!["in eastern Russia ... our most recent."]
        );
    }

    #[test]
    fn a_quotation_standing_alone_splits_into_its_sentences() {
        // A paragraph that is one quotation, closed by its own full stop.
        assert_eq!(
            sents(
                "\u{201c}We have no fuel. Send tankers and we will sail.\u{201d} The port agreed."
            ),
            vec![
                "\u{201c}We have no fuel.",
                "Send tankers and we will sail.\u{201d}",
                "The port agreed."
            ]
        );
        // A quotation with its frame after it, or after its frame, stays whole.
        assert_eq!(
            sents("\"Grim! The harvest failed again,\" said the minister."),
            vec!["\"Grim! The harvest failed again,\" said the minister."]
        );
        assert_eq!(
            sents("\u{201c}Stop. Now.\u{201d} he said."),
            vec!["\u{201c}Stop. Now.\u{201d} he said."]
        );
        assert_eq!(
            sents("The note states, \"Prices rose. Stocks fell.\""),
            vec!["The note states, \"Prices rose. Stocks fell.\""]
        );
    }
}
