//! Tokens of a sentence, with the few word classes the claim rules need: closed-class words
//! from the lexicon, verb forms, numbers, quotation marks and brackets.
//!
//! Offsets are code points of the clean text (absolute), half-open.

use super::lexicon::{class, verb, Lexicon, NumberClass, VerbForm};
use crate::ingest::is_word_with;

/// The shape of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Letters (possibly with digits, apostrophes, inner hyphens or abbreviation periods).
    Word,
    /// Starts with a digit (`13,000`, `7.2`, `10^26`, `170mm`).
    Number,
    /// A quotation mark (`"`, `“`, `”`).
    Quote,
    /// A currency or percent sign (`$`, `€`, `%`).
    Symbol,
    /// Any other punctuation, one character.
    Punct,
}

/// One token.
#[derive(Debug, Clone)]
pub struct Token {
    /// First code point in the clean text.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text.
    pub text: String,
    /// The text in lower case.
    pub lower: String,
    /// Its shape.
    pub shape: Shape,
    /// Inside a quotation (quotation marks excluded).
    pub quoted: bool,
    /// Inside brackets (the brackets excluded).
    pub bracketed: bool,
}

impl Token {
    /// Whether the token starts with an upper-case letter.
    pub fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the token is this punctuation character.
    pub fn is(&self, p: &str) -> bool {
        self.text == p
    }

    /// Whether the token is a word.
    pub fn is_word(&self) -> bool {
        self.shape == Shape::Word
    }

    /// Whether the token ends with a possessive `'s` (or `s'`).
    pub fn possessive(&self) -> bool {
        self.lower.ends_with("'s") || self.lower.ends_with("’s") || self.lower.ends_with("s'")
    }
}

const ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No",
    "Nos", "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Adm", "Gov", "Sen", "Rep", "Prof", "St",
    "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Jr", "Sr",
];

fn quote_char(c: char) -> bool {
    matches!(c, '"' | '\u{201c}' | '\u{201d}' | '\u{201e}')
}

fn symbol_char(c: char) -> bool {
    matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₩' | '₽' | '%')
}

/// Whether the letters at `i`, glued to the digits before them, are a word of their own: a run
/// of letters to the end of the token that is a multiplier or a unit of measure
/// (`data/claims/numbers.tsv`, `units.tsv`: `12m`, `2.5bn`, `5km`); ordinals, decades, calibres
/// and names stay whole (`3rd`, `1990s`, `170mm`, `5G`).
fn glued_word(chars: &[char], i: usize) -> bool {
    let mut j = i;
    while j < chars.len() && chars[j].is_alphabetic() {
        j += 1;
    }
    if chars.get(j).is_some_and(|c| c.is_alphanumeric()) {
        return false;
    }
    let lower = chars[i..j].iter().collect::<String>().to_lowercase();
    let lex = Lexicon::get();
    let multiplier = lex.glued.contains_key(lower.as_str())
        || matches!(
            lex.numbers.get(lower.as_str()),
            Some((_, NumberClass::Multiplier))
        );
    let unit = lex
        .units
        .starting(&lower)
        .any(|(words, _, _)| words.len() == 1);
    multiplier || unit
}

/// Splits `text` (which starts at clean offset `base`) into tokens.
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let alnum = |c: char| c.is_alphanumeric();
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let start = i;
        let shape = if quote_char(c) {
            i += 1;
            Shape::Quote
        } else if symbol_char(c) {
            i += 1;
            Shape::Symbol
        } else if alnum(c) {
            let number = c.is_ascii_digit();
            i += 1;
            while i < chars.len() {
                let d = chars[i];
                let next = chars.get(i + 1).copied();
                let prev = chars[i - 1];
                if number && d.is_alphabetic() && prev.is_ascii_digit() && glued_word(&chars, i) {
                    // A multiplier or unit glued to its number is a word of its own (`£12m`,
                    // `2.5bn`, `5km`); ordinals and decades stay whole (`3rd`, `1990s`).
                    break;
                } else if alnum(d) {
                    // A number stops where letters start after a separator (`13,000-barrel`).
                    i += 1;
                } else if (number
                    && matches!(d, ',' | '.' | '^')
                    && prev.is_ascii_digit()
                    && next.is_some_and(|n| n.is_ascii_digit()))
                    || (!number
                        && matches!(d, '\'' | '\u{2019}' | '-' | '\u{2010}' | '&')
                        && next.is_some_and(|n| n.is_alphabetic())
                        && !prev.is_ascii_digit())
                {
                    // A separator inside a number (`13,000`), or inside a word (`O'Brien`).
                    i += 1;
                } else if !number && d == '.' && next.is_some_and(char::is_alphabetic) {
                    // `U.S`, `e.g`, `Ph.D`
                    i += 1;
                } else if !number && d == '.' {
                    let word: String = chars[start..i].iter().collect();
                    let dotted = word.contains('.');
                    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                    if dotted || initial || ABBREVIATIONS.contains(&word.as_str()) {
                        i += 1;
                    }
                    break;
                } else if !number
                    && matches!(d, '\'' | '\u{2019}')
                    && prev == 's'
                    && !next.is_some_and(char::is_alphanumeric)
                {
                    // `states'`
                    i += 1;
                    break;
                } else {
                    break;
                }
            }
            if number {
                Shape::Number
            } else {
                Shape::Word
            }
        } else {
            i += 1;
            Shape::Punct
        };
        let text: String = chars[start..i].iter().collect();
        // Emphasis marks left by an extraction (`_`, `*`) are not tokens.
        if shape == Shape::Punct && matches!(text.as_str(), "_" | "*") {
            continue;
        }
        out.push(Token {
            start: base + start,
            end: base + i,
            lower: text.to_lowercase(),
            text,
            shape,
            quoted: false,
            bracketed: false,
        });
    }
    mark_quotes_and_brackets(&mut out);
    out
}

/// Marks the tokens inside quotation marks and brackets. A straight quote opens when nothing
/// is open and closes otherwise; curly quotes say which they are.
fn mark_quotes_and_brackets(tokens: &mut [Token]) {
    let mut open = false;
    let mut depth = 0usize;
    for t in tokens.iter_mut() {
        if t.shape == Shape::Quote {
            open = match t.text.as_str() {
                "\u{201c}" | "\u{201e}" => true,
                "\u{201d}" => false,
                _ => !open,
            };
            continue;
        }
        if t.shape == Shape::Punct && matches!(t.text.as_str(), ")" | "]") {
            depth = depth.saturating_sub(1);
            continue;
        }
        t.quoted = open;
        t.bracketed = depth > 0;
        if t.shape == Shape::Punct && matches!(t.text.as_str(), "(" | "[") {
            depth += 1;
            t.bracketed = false;
        }
    }
}

/// The word classes of the tokens of one sentence, computed once.
pub struct Tagged<'a> {
    /// The tokens.
    pub tokens: &'a [Token],
    /// Closed-class bits per token.
    pub class: Vec<u32>,
    /// Verb entry per token, when it is a verb form (known or a regular `-ed` form).
    pub verb: Vec<Option<Verb>>,
}

/// A verb reading of a token.
#[derive(Debug, Clone)]
pub struct Verb {
    /// The lemma.
    pub lemma: String,
    /// The form.
    pub form: VerbForm,
    /// Class bits of the lemma.
    pub bits: u32,
    /// Whether the verb lexicon lists the form (rather than a guess from the word list).
    pub known: bool,
}

/// The lemma of an unknown `-ed` form, from the English word list: `nationalised` →
/// `nationalise`, `stopped` → `stop`, `damaged` → `damage`, `carried` → `carry`.
pub fn guess_lemma(lower: &str) -> Option<String> {
    let stem = lower.strip_suffix("ed")?;
    if stem.len() < 2 {
        return None;
    }
    // (stem, suffix) pairs.
    let mut candidates: Vec<(&str, &str)> = Vec::with_capacity(4);
    if let Some(s) = stem.strip_suffix('i') {
        candidates.push((s, "y"));
    }
    candidates.push((stem, "e"));
    candidates.push((stem, ""));
    let b = stem.as_bytes();
    if b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] {
        candidates.push((&stem[..stem.len() - 1], ""));
    }
    // `damaged`: `damag` is not a word, `damage` is; `stopped`: `stop`. Prefer the shortest
    // candidate that is a word, except that `-e` wins over a stem ending in a consonant
    // cluster the word list may still hold (`cause`/`caus`).
    candidates
        .into_iter()
        .find(|(s, x)| is_word_with(s, x))
        .map(|(s, x)| format!("{s}{x}"))
}

/// A verb reading of a lower-case word the verb lexicon does not know, from the English word
/// list: a base form (`constrain`, because `constrained` is a word) or an `-ing` form
/// (`sensing`, because `sense` is a word). Words in `-s` and `-ed` are left to other rules.
fn unknown_form(l: &str) -> Option<Verb> {
    if !l.chars().all(|c| c.is_ascii_lowercase()) || l.len() < 4 {
        return None;
    }
    if let Some(stem) = l.strip_suffix("ing") {
        if stem.len() < 3 {
            return None;
        }
        let b = stem.as_bytes();
        let undoubled = (b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2])
            .then(|| (&stem[..stem.len() - 1], ""));
        // (stem, suffix): `sensing` → `sense`, `constraining` → `constrain`, `stopping` → `stop`.
        let lemma = [(stem, "e"), (stem, "")]
            .into_iter()
            .chain(undoubled)
            .find(|&(s, x)| verb_lemma(s, x))
            .map(|(s, x)| format!("{s}{x}"))?;
        return Some(Verb {
            lemma,
            form: VerbForm::Ing,
            bits: 0,
            known: false,
        });
    }
    if l.ends_with('s') || l.ends_with("ed") || l.ends_with("ly") {
        return None;
    }
    verb_lemma(l, "").then(|| Verb {
        lemma: l.to_owned(),
        form: VerbForm::Base,
        bits: 0,
        known: false,
    })
}

/// Whether the word `stem` + `suffix` (`suffix` empty or `e`) is in the English word list with
/// a regular past form (`constrain`: `constrained`; `sens` + `e`: `sensed`).
fn verb_lemma(stem: &str, suffix: &str) -> bool {
    // The past of `{stem}e` is `{stem}ed`, as is that of a `stem` not ending in `e`.
    let past = if suffix.is_empty() && stem.ends_with('e') {
        "d"
    } else {
        "ed"
    };
    is_word_with(stem, suffix) && is_word_with(stem, past)
}

/// Whether a comma and a quotation follow token `i` (`… states, "…"`).
fn next_is_quote(tg: &Tagged, i: usize) -> bool {
    tg.tokens.get(i + 1).is_some_and(|n| n.is(","))
        && tg
            .tokens
            .get(i + 2)
            .is_some_and(|q| q.shape == Shape::Quote)
}

/// Adverbs that may stand between a subject and its verb.
const ADVERBS: &[&str] = &[
    "now",
    "then",
    "also",
    "still",
    "already",
    "often",
    "again",
    "ever",
    "never",
    "soon",
    "just",
    "even",
    "yet",
    "likewise",
    "increasingly",
    "generally",
    "jointly",
    "reportedly",
    "allegedly",
    "alone",
];

/// Words ending in `-ed` that are not verbs.
const NOT_PAST: &[&str] = &[
    "hundred", "indeed", "need", "speed", "seed", "red", "bed", "shed", "creed", "greed", "breed",
    "deed", "feed", "heed", "weed", "sacred", "naked", "wicked", "hatred", "kindred", "embed",
    "proceed", "exceed", "succeed", "bleed", "steed",
];

impl<'a> Tagged<'a> {
    /// Tags `tokens` with the lexicon.
    pub fn new(tokens: &'a [Token], lex: &Lexicon) -> Self {
        let class = tokens
            .iter()
            // A word in capitals is an acronym, not a function word: `US` the country, not
            // the pronoun; `WHO` the health body, not the relative (`…, the WHO said`).
            .map(|t| {
                let acronym = t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && t.text.chars().all(|c| !c.is_lowercase());
                if t.is_word() && !acronym {
                    lex.class(&t.lower)
                } else {
                    0
                }
            })
            .collect();
        let verb = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if !t.is_word() {
                    return None;
                }
                // A capitalised word is a name unless it opens the sentence (or a quotation,
                // a bracket, a list item).
                let opening = i == 0
                    || tokens[..i]
                        .iter()
                        .all(|p| !p.is_word() && p.shape != Shape::Number)
                    || matches!(tokens[i - 1].shape, Shape::Quote)
                    || tokens[i - 1].is("(");
                // An `-s` form right after a spelled cardinal is the counted noun (`three
                // times its volume`, `two plans`), as after a number in digits.
                let after_cardinal = i > 0
                    && tokens[i - 1].lower != "one"
                    && lex.numbers.get(&tokens[i - 1].lower).is_some_and(|(_, c)| {
                        matches!(c, NumberClass::Cardinal | NumberClass::Multiplier)
                    });
                if let Some(e) = lex.verb(&t.lower) {
                    if after_cardinal && e.form == VerbForm::Third {
                        return None;
                    }
                    let (lemma, bits) = lex.lemma(e);
                    return Some(Verb {
                        lemma: lemma.to_owned(),
                        form: e.form,
                        bits,
                        known: true,
                    });
                }
                let l = &t.lower;
                if (t.capitalized() && !opening) || lex.class(l) != 0 {
                    return None;
                }
                if let Some(lemma) = unknown_form(l) {
                    return Some(lemma);
                }
                // `commands`, `underpins`: an unknown `-s` form whose stem is a verb; `finite`
                // then asks for an object after it.
                if let Some(stem) = l.strip_suffix('s') {
                    let stem = stem
                        .strip_suffix("e")
                        .filter(|s| {
                            // `reaches`, `pushes`, `taxes`, `crosses`
                            s.ends_with("ch")
                                || s.ends_with("sh")
                                || s.ends_with('x')
                                || s.ends_with("ss")
                        })
                        .unwrap_or(stem);
                    if !after_cardinal
                        && !l.ends_with("ss")
                        && !l.ends_with("us")
                        && !l.ends_with("is")
                        && verb_lemma(stem, "")
                    {
                        return Some(Verb {
                            lemma: stem.to_owned(),
                            form: VerbForm::Third,
                            bits: 0,
                            known: false,
                        });
                    }
                }
                if l.len() > 4
                    && l.ends_with("ed")
                    && !NOT_PAST.contains(&l.as_str())
                    && l.chars().all(|c| c.is_alphabetic() || c == '-')
                {
                    let last = l.rsplit('-').next().unwrap_or(l);
                    let lemma = guess_lemma(last)?;
                    let prefix = &l[..l.len() - last.len()];
                    return Some(Verb {
                        lemma: format!("{prefix}{lemma}"),
                        form: VerbForm::Past,
                        bits: lex.lemma_bits(&lemma),
                        known: false,
                    });
                }
                None
            })
            .collect();
        Tagged {
            tokens,
            class,
            verb,
        }
    }

    /// Whether token `i` has closed-class bit `bit`.
    pub fn has(&self, i: usize, bit: u32) -> bool {
        self.class.get(i).is_some_and(|c| c & bit != 0)
    }

    /// Whether token `i` is a finite verb in its context: a finite auxiliary, or a lexical
    /// verb in the past or third person (not right after a determiner, an adjective-like
    /// possessive or `to`), or a base form right after a noun or pronoun subject.
    pub fn finite(&self, i: usize) -> bool {
        // Callers look one token ahead: past the end there is no verb.
        let Some(t) = self.tokens.get(i) else {
            return false;
        };
        if !t.is_word() {
            return false;
        }
        // A capitalised verb form inside a sentence is a name (`Focus`, `Order`, `May`).
        if t.capitalized() && i > 0 && !self.sentence_start(i) {
            return false;
        }
        // `May 22, 2025`: the month before a number, not the modal.
        if t.text == "May"
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|n| n.shape == Shape::Number)
        {
            return false;
        }
        if self.has(i, class::AUX) {
            return true;
        }
        let Some(v) = &self.verb[i] else {
            return false;
        };
        let prev = i.checked_sub(1).map(|p| &self.tokens[p]);
        // `that` before a verb form is a relative pronoun, not a determiner; `this` before an
        // `-s` form is a pronoun subject (`none of this proves`), as a singular determiner
        // cannot stand before a plural noun.
        let after_det = i > 0
            && self.has(i - 1, class::DET | class::POSS | class::PREP)
            && self.tokens[i - 1].lower != "that"
            && !(self.tokens[i - 1].lower == "this" && v.form == VerbForm::Third);
        let after_to = prev.is_some_and(|p| p.lower == "to");
        let after_possessive_or_number =
            prev.is_some_and(|p| p.possessive() || p.shape == Shape::Number);
        // `but several spend months in port`, `few want to choose`: a quantifier as
        // the subject, at the start of its clause, before a verb with a complement.
        let next = self.tokens.get(i + 1);
        let quantifier = i > 0
            && matches!(
                self.tokens[i - 1].lower.as_str(),
                "few" | "many" | "several" | "others" | "both"
            )
            && (i == 1
                || self.has(i - 2, class::COORD)
                || matches!(self.tokens[i - 2].text.as_str(), "," | ";" | ":"));
        let complement_next = next.is_some_and(|n| {
            n.lower == "to"
                || n.lower == "that"
                || n.shape == Shape::Number
                || matches!(n.lower.as_str(), "months" | "years" | "weeks" | "days")
        }) || self.has(i + 1, class::DET | class::POSS | class::PREP);
        if v.form == VerbForm::Base && i > 0 && quantifier && complement_next {
            return true;
        }
        // `Both expelled French forces`: a past form after the quantifier, unless it is an
        // adjective before a plural noun (`Several injured soldiers died`).
        if v.form.past() && quantifier && !(i + 1 < self.tokens.len() && self.plural_noun(i + 1)) {
            return true;
        }
        if after_det || after_to {
            return false;
        }
        // `the Armed Forces led by General X`: a participle before its agent.
        // (`a report published last week by the Global Fishing Watch found`: past a time
        // phrase, and a name after `the`).
        let by_at = (i + 1..(i + 5).min(self.tokens.len())).find(|&k| {
            self.tokens[k].lower == "by"
                && (i + 1..k).all(|x| {
                    let w = &self.tokens[x];
                    matches!(
                        w.lower.as_str(),
                        "last" | "this" | "in" | "on" | "earlier" | "week" | "month" | "year"
                    ) || w.capitalized()
                        || w.shape == Shape::Number
                })
        });
        let agent_at = by_at.map(|b| {
            if self.tokens.get(b + 1).is_some_and(|t| t.lower == "the") {
                b + 2
            } else {
                b + 1
            }
        });
        if v.form.past()
            && !self.has(i, class::AUX)
            && agent_at.is_some_and(|g| {
                // The agent: a name (not `fell by about 60%`, `left by the end of 2023`).
                self.tokens
                    .get(g)
                    .is_some_and(|a| a.is_word() && a.capitalized())
            })
            && prev.is_some_and(|p| p.is_word() && !self.has(i - 1, class::SUBJ))
        {
            return false;
        }
        match v.form {
            VerbForm::Past | VerbForm::Preterite => !prev.is_some_and(|p| {
                // `has supplied`, `was reported`: the auxiliary is the finite verb; `later
                // than promised`, `as planned`: an elliptical comparison.
                self.has(i - 1, class::AUX | class::NONFINITE)
                    || matches!(p.lower.as_str(), "not" | "than" | "as")
            }),
            VerbForm::Third => {
                // A plural noun that is also a verb form (`imports`, `tests`, `plans`) before
                // a verb, at the end of a phrase, or after a possessive or a number.
                // `Estlink 2 carries 650 megawatts`: a number after a name is part of the
                // name, and an `-s` form after it, before an amount, is the verb.
                let designation = i >= 2
                    && prev.is_some_and(|p| p.shape == Shape::Number && !p.text.contains(','))
                    && self.tokens[i - 2].is_word()
                    && self.tokens[i - 2].capitalized()
                    && self.verb[i - 2].is_none()
                    && self.tokens.get(i + 1).is_some_and(|n| {
                        // `The Act of August 2022 provides $39 billion`: money too.
                        n.shape == Shape::Number || n.shape == Shape::Symbol && n.text != "%"
                    });
                if after_possessive_or_number && !designation {
                    return false;
                }
                // `60 heavy trucks a week`: a counted noun after its number and adjectives.
                let counted = (1..=2).any(|back| {
                    i > back
                        && self.tokens[i - back - 1].shape == Shape::Number
                        && (i - back..i).all(|k| {
                            self.tokens[k].is_word()
                                && self.open_class(k)
                                && self.verb[k].is_none()
                                && !self.tokens[k].capitalized()
                        })
                });
                if counted {
                    return false;
                }
                let next = self.tokens.get(i + 1);
                let next_quote = self
                    .tokens
                    .get(i + 2)
                    .is_some_and(|q| q.shape == Shape::Quote);
                // Before punctuation, a verb only after a complete subject: a name, a pronoun,
                // an adverb, or a noun phrase opened by a determiner (`The infrastructure race
                // also continues.`), not a bare noun in a list (`missile tests, and …`).
                if v.bits & verb::NOUN_TOO != 0
                    && next.is_none_or(|n| matches!(n.text.as_str(), "." | ";" | ")" | ":" | ","))
                {
                    return next_is_quote(self, i);
                }
                let complete_subject = i > 0 && {
                    let p = &self.tokens[i - 1];
                    self.has(i - 1, class::SUBJ)
                        || ADVERBS.contains(&p.lower.as_str())
                        || (i.saturating_sub(4)..i - 1).rev().any(|j| {
                            self.has(j, class::DET | class::POSS)
                                && (j + 1..i)
                                    .all(|k| self.tokens[k].is_word() && self.open_class(k))
                        })
                };
                match next {
                    None => complete_subject,
                    Some(n) if matches!(n.text.as_str(), "." | ";" | ")" | ":") => complete_subject,
                    Some(n) if n.is(",") => next_quote || complete_subject,
                    // `a state firm holds stakes in`, `the council offers rules and science`:
                    // after a complete singular subject, an `-s` form before a plural noun and
                    // a preposition, a conjunction, a determiner or punctuation is the verb.
                    Some(n)
                        if n.is_word()
                            && complete_subject
                            && !self.plural_noun(i - 1)
                            && self.verb[i + 1]
                                .as_ref()
                                .is_some_and(|w| w.form == VerbForm::Third)
                            && self.plural_noun(i + 1)
                            && (self.has(i + 2, class::PREP | class::COORD | class::DET)
                                || self.tokens.get(i + 2).is_none_or(|t| {
                                    matches!(t.text.as_str(), "." | "," | ";" | ":")
                                })) =>
                    {
                        true
                    }
                    Some(n)
                        if n.is_word()
                            && (self.has(i + 1, class::AUX)
                                || self.verb[i + 1].as_ref().is_some_and(|w| {
                                    w.form.past() || w.form == VerbForm::Third
                                }) && self.open_class(i + 1)
                                    && !self.has(i + 1, class::DET)) =>
                    {
                        false
                    }
                    // `Estonia plans to buy`, `the ministry hopes to hold`: an `-s` form
                    // before an infinitive, after a name or a complete subject.
                    Some(n)
                        if n.lower == "to"
                            && self.verb.get(i + 2).is_some_and(|w| {
                                w.as_ref().is_some_and(|w| w.form == VerbForm::Base)
                            })
                            && (complete_subject
                                || i > 0
                                    && self.tokens[i - 1].is_word()
                                    && self.tokens[i - 1].capitalized()
                                    && !self.has(i - 1, class::DET | class::PREP)) =>
                    {
                        true
                    }
                    // `it crosses from`, `she travels to`: after a singular subject pronoun
                    // an `-s` form is a verb, whatever follows.
                    Some(_)
                        if i > 0
                            && matches!(self.tokens[i - 1].lower.as_str(), "it" | "he" | "she") =>
                    {
                        true
                    }
                    // `The freeze lasts until 2027.`, `the levy lapses by 2030.`: after a
                    // complete subject, an `-s` form that is no plural noun before a date
                    // that ends the clause is the verb.
                    Some(n)
                        if complete_subject
                            && v.bits & verb::NOUN_TOO == 0
                            && matches!(
                                n.lower.as_str(),
                                "until"
                                    | "till"
                                    | "by"
                                    | "through"
                                    | "in"
                                    | "from"
                                    | "since"
                                    | "after"
                                    | "before"
                            )
                            && self.tokens.get(i + 2).is_some_and(|y| {
                                y.shape == Shape::Number
                                    && y.text.len() == 4
                                    && y.text.chars().all(|c| c.is_ascii_digit())
                            })
                            && self
                                .tokens
                                .get(i + 3)
                                .is_none_or(|e| matches!(e.text.as_str(), "." | ";" | ",")) =>
                    {
                        true
                    }
                    Some(_) if !v.known || v.bits & verb::NOUN_TOO != 0 => {
                        // An `-s` form the lexicon does not know needs an object after it.
                        let n = i + 1;
                        let nt = &self.tokens[n];
                        // `releases roughly 200 million litres`, `mines only about 4,000
                        // tonnes`: an approximated amount.
                        let n = if matches!(nt.lower.as_str(), "only" | "just")
                            && self
                                .tokens
                                .get(n + 1)
                                .is_some_and(|a| a.shape == Shape::Number || a.is_word())
                        {
                            n + 1
                        } else {
                            n
                        };
                        let nt = &self.tokens[n];
                        // An amount of money: `$1.60`, `US$1.60`, `€40`.
                        let money = |k: usize| {
                            self.tokens.get(k).is_some_and(|a| {
                                a.shape == Shape::Symbol && a.text != "%"
                                    || a.is_word()
                                        && self.tokens.get(k + 1).is_some_and(|s| {
                                            s.shape == Shape::Symbol
                                                && s.text != "%"
                                                && s.start == a.end
                                        })
                            })
                        };
                        let approx_amount = (nt.lower.ends_with("ly")
                            || matches!(nt.lower.as_str(), "about" | "around" | "some"))
                            && self.tokens.get(n + 1).is_some_and(|a| {
                                a.shape == Shape::Number
                                    || money(n + 1)
                                    || matches!(a.lower.as_str(), "a" | "an")
                                        && self.tokens.get(n + 2).is_some_and(|m| {
                                            matches!(
                                                m.lower.as_str(),
                                                "hundred" | "thousand" | "million" | "billion"
                                            )
                                        })
                            });
                        // `disputes part of the boundary`: a noun before `of`.
                        let noun_of = nt.is_word()
                            && self.open_class(n)
                            && self.tokens.get(n + 1).is_some_and(|o| o.lower == "of");
                        self.has(n, class::DET | class::POSS | class::WH)
                            || noun_of
                            || matches!(nt.lower.as_str(), "it" | "them" | "him" | "us")
                            || nt.shape == Shape::Number
                            || money(n)
                            || approx_amount
                            || (nt.is_word() && nt.capitalized())
                            || (nt.is_word()
                                && self.open_class(n)
                                && self.verb[n].is_none()
                                && !ADVERBS.contains(&nt.lower.as_str())
                                && !nt.lower.ends_with("ly"))
                    }
                    _ => true,
                }
            }
            VerbForm::Base => {
                // A base form is finite only after a plural subject (`analysts believe`,
                // `manufacturers still depend`): after a singular noun it is more often a
                // noun itself (`international order`, `defense support`).
                let Some(pi) = i.checked_sub(1) else {
                    return false;
                };
                // `important part of`: a noun before `of`; `the American people.`: a noun at
                // the end of a phrase; `fascism's defeat`: a noun after a possessive.
                let next = self.tokens.get(i + 1);
                if next.is_some_and(|n| n.lower == "of") || after_possessive_or_number {
                    return false;
                }
                // `Sources close to the talks said`: the adjective before a noun phrase or an
                // amount, not the verb (`Factories close to cut costs`).
                if t.lower == "close"
                    && next.is_some_and(|n| n.lower == "to")
                    && (self.has(i + 2, class::DET | class::POSS)
                        || self
                            .tokens
                            .get(i + 2)
                            .is_some_and(|n| n.shape == Shape::Number || n.capitalized()))
                {
                    return false;
                }
                if next.is_none_or(|n| matches!(n.text.as_str(), "." | "," | ";" | ")")) {
                    let p = &self.tokens[pi];
                    // `Some 3,000 fighters remain.`: a counted plural subject.
                    let counted_subject = pi > 0
                        && self.plural_noun(pi)
                        && self.tokens[pi - 1].shape == Shape::Number
                        && v.known;
                    return matches!(p.lower.as_str(), "we" | "they" | "i" | "you")
                        || ADVERBS.contains(&p.lower.as_str())
                        || counted_subject;
                }
                let plural_subject = |j: usize| {
                    let p = &self.tokens[j];
                    matches!(
                        p.lower.as_str(),
                        "we" | "they" | "i" | "you" | "these" | "those"
                    ) || self.plural_noun(j)
                };
                let adverb = |j: usize| {
                    ADVERBS.contains(&self.tokens[j].lower.as_str())
                        || self.has(j, class::CONNECTIVE)
                        || (self.tokens[j].lower.ends_with("ly") && self.verb[j].is_none())
                };
                let subject_end = if adverb(pi) {
                    pi.checked_sub(1)
                } else {
                    Some(pi)
                };
                let Some(mut se) = subject_end else {
                    return false;
                };
                // `Officers of the Ministry (MPS) now train`: look past a bracketed acronym.
                if self.tokens[se].is(")") {
                    if let Some(open) = (se.saturating_sub(6)..se)
                        .rev()
                        .find(|&j| self.tokens[j].is("("))
                    {
                        if open == 0 {
                            return false;
                        }
                        se = open - 1;
                    }
                }
                // `Rogue regimes, such as North Korea, continue`: look past a parenthetical (up
                // to 24 tokens: `The two state buyers, X (CCC) and the Y Board (COCOBOD), sell`).
                if self.tokens[se].is(",") {
                    let Some(open) = (se.saturating_sub(24)..se)
                        .rev()
                        .find(|&j| self.tokens[j].is(","))
                    else {
                        return false;
                    };
                    if open == 0
                        || (open + 1..se).any(|j| self.finite_shallow(j) || self.has(j, class::AUX))
                    {
                        return false;
                    }
                    se = open - 1;
                }
                if plural_subject(se) {
                    return true;
                }
                // A rate after the plural subject: `60 trucks a week carry`.
                if se >= 2
                    && matches!(
                        self.tokens[se].lower.as_str(),
                        "day" | "week" | "month" | "year"
                    )
                    && matches!(
                        self.tokens[se - 1].lower.as_str(),
                        "a" | "an" | "per" | "each"
                    )
                    && self.plural_noun(se - 2)
                {
                    return true;
                }
                // A coordinated subject (`actions and rhetoric continue`) or a plural head
                // before a short prepositional phrase (`threats to stability remain`).
                if !self.tokens[se].is_word() || !self.open_class(se) || self.verb[se].is_some() {
                    return false;
                }
                let mut j = se;
                let mut steps = 0;
                while j > 0 && steps < 5 {
                    j -= 1;
                    steps += 1;
                    let tj = &self.tokens[j];
                    if !tj.is_word() || self.has(j, class::AUX) || self.finite_shallow(j) {
                        return false;
                    }
                    if tj.lower == "and" {
                        // A subject, not an object: a noun before `and`, no verb before it in
                        // its segment.
                        // `a security and development package`: after `a`, one noun phrase
                        // whose head a base form cannot agree with.
                        let noun_before = j > 0
                            && self.tokens[j - 1].is_word()
                            && self.open_class(j - 1)
                            && self.verb[j - 1].is_none()
                            && !(j > 1 && matches!(self.tokens[j - 2].lower.as_str(), "a" | "an"));
                        let seg_start = (0..j)
                            .rev()
                            .find(|&k| self.tokens[k].is(","))
                            .map_or(0, |k| k + 1);
                        return noun_before
                            && !(seg_start..j)
                                .any(|k| self.verb[k].is_some() || self.has(k, class::AUX));
                    }
                    if self.has(j, class::PREP) && j > 0 && self.plural_noun(j - 1) {
                        return true;
                    }
                }
                false
            }
            VerbForm::Ing => false,
        }
    }

    /// Whether token `i` is a past or present-tense verb form (no context).
    fn finite_shallow(&self, i: usize) -> bool {
        self.verb[i]
            .as_ref()
            .is_some_and(|v| v.form.past() || v.form == VerbForm::Third)
    }

    /// Whether token `i` opens its sentence or a clause after a quotation or bracket.
    fn sentence_start(&self, i: usize) -> bool {
        self.tokens[..i]
            .iter()
            .all(|t| !t.is_word() && t.shape != Shape::Number)
    }

    /// Whether token `i` looks like a plural noun: a word in `-s` (not `-ss`, `-us`, `-is`, not
    /// possessive) that is no closed-class word and no past or `-ing` verb form.
    pub fn plural_noun(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        if t.is_word() && self.open_class(i) && irregular_plural(&t.lower).is_some() {
            return true;
        }
        // `fishermen`, `women`, `servicemen`: a `-men` plural of a `-man` word.
        if t.is_word()
            && self.open_class(i)
            && !t.capitalized()
            && t.lower
                .strip_suffix("men")
                .is_some_and(|stem| !stem.is_empty() && is_word_with(stem, "man"))
        {
            return true;
        }
        let acronym = t
            .text
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        t.is_word()
            && !acronym
            && self.open_class(i)
            && t.lower.ends_with('s')
            && !["ss", "us", "is"].iter().any(|e| t.lower.ends_with(e))
            && !t.possessive()
            && !self.verb[i]
                .as_ref()
                .is_some_and(|v| v.form.past() || v.form == VerbForm::Ing)
    }

    /// Whether token `i` is an open-class word (not a function word).
    pub fn open_class(&self, i: usize) -> bool {
        self.class.get(i).is_some_and(|c| c & class::CLOSED == 0)
    }

    /// Whether token `i` can be (part of) a noun phrase head: a word that is not a
    /// closed-class word other than a pronoun, or a number.
    pub fn noun_like(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        if t.shape == Shape::Number {
            return true;
        }
        if !t.is_word() {
            return t.is(")");
        }
        let c = self.class[i];
        if c & class::SUBJ != 0 {
            return true;
        }
        c & (class::PREP
            | class::COORD
            | class::SUB
            | class::REL
            | class::WH
            | class::AUX
            | class::DET
            | class::POSS)
            == 0
            && !matches!(self.verb[i].as_ref().map(|v| v.form), Some(VerbForm::Ing))
    }

    /// The verb reading of token `i`.
    pub fn verb_at(&self, i: usize) -> Option<&Verb> {
        self.verb.get(i).and_then(|v| v.as_ref())
    }

    /// The lemma of the lexical verb of the verb group whose finite verb is at `i`: skips
    /// auxiliaries, `not`, adverbs in `-ly` and `be`/`been` to the first lexical verb
    /// (`has also supplied` → `supply`, `can be judged` → `judge`); an auxiliary with no
    /// lexical verb after it is its own lemma (`is` → `be`).
    pub fn group_lemma(&self, i: usize) -> Option<(usize, String)> {
        let mut j = i;
        let mut last_aux = None;
        while j < self.tokens.len() {
            let t = &self.tokens[j];
            if !t.is_word() {
                break;
            }
            if self.has(j, class::AUX | class::NONFINITE) {
                last_aux = Some(j);
                j += 1;
                continue;
            }
            if matches!(
                t.lower.as_str(),
                "not" | "never" | "also" | "still" | "now" | "then" | "already" | "yet" | "n't"
            ) || (t.lower.ends_with("ly") && self.verb[j].is_none())
                // Between an auxiliary and its verb: `has instead said`, `has since resumed`,
                // `had always claimed`.
                || last_aux.is_some()
                    && matches!(
                        t.lower.as_str(),
                        "instead" | "since" | "again" | "just" | "even" | "ever" | "always"
                    )
                    && self.verb.get(j + 1).is_some_and(|v| v.is_some())
            {
                j += 1;
                continue;
            }
            if let Some(v) = &self.verb[j] {
                if j == i || last_aux.is_some() {
                    return Some((j, v.lemma.clone()));
                }
            }
            break;
        }
        let a = last_aux?;
        let lemma = match self.tokens[a].lower.as_str() {
            "has" | "have" | "had" | "hasn't" | "haven't" | "hadn't" => "have",
            "do" | "does" | "did" | "doesn't" | "don't" | "didn't" => "do",
            _ => "be",
        };
        Some((a, lemma.to_owned()))
    }
}

/// A phrase of `words` (lower case) at token `i`: the number of tokens it covers.
pub fn phrase_at(tokens: &[Token], i: usize, words: &[String]) -> Option<usize> {
    if i + words.len() > tokens.len() {
        return None;
    }
    words
        .iter()
        .zip(&tokens[i..])
        .all(|(w, t)| &t.lower == w)
        .then_some(words.len())
}

/// The singular of an irregular plural (lower case; `people` → `person`), from
/// `data/claims/plurals.tsv`; `None` for any other word.
pub fn irregular_plural(lower: &str) -> Option<&'static str> {
    static PLURALS: std::sync::LazyLock<crate::FastMap<&'static str, &'static str>> =
        std::sync::LazyLock::new(|| {
            let mut map = crate::FastMap::default();
            for (p, s) in super::lexicon::PLURALS_TSV
                .lines()
                .filter(|l| !l.starts_with('#'))
                .filter_map(|l| l.split_once('\t'))
            {
                // The first row of a plural wins, as the scan it replaces found it.
                map.entry(p).or_insert(s.trim());
            }
            map
        });
    PLURALS.get(lower).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        tokenize(s, 0).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn numbers_abbreviations_and_currencies() {
        assert_eq!(
            texts("U.S. Secretary said US$1.2 billion, 13,000-barrel and 10^26 ops."),
            vec![
                "U.S.",
                "Secretary",
                "said",
                "US",
                "$",
                "1.2",
                "billion",
                ",",
                "13,000",
                "-",
                "barrel",
                "and",
                "10^26",
                "ops",
                "."
            ]
        );
        assert_eq!(
            texts("Russia's \"like-minded\" Jan. 3, 170mm (M1989)."),
            vec![
                "Russia's",
                "\"",
                "like-minded",
                "\"",
                "Jan.",
                "3",
                ",",
                "170mm",
                "(",
                "M1989",
                ")",
                "."
            ]
        );
    }

    #[test]
    fn offsets_are_code_points_from_the_base() {
        let t = tokenize("Zoë met “Ann”.", 10);
        assert_eq!((t[0].start, t[0].end), (10, 13));
        assert_eq!(t[3].text, "Ann");
        assert!(t[3].quoted);
        assert!(!t[4].quoted);
    }

    #[test]
    fn lemmas_of_unknown_past_forms() {
        assert_eq!(guess_lemma("nationalised").as_deref(), Some("nationalise"));
        assert_eq!(guess_lemma("damaged").as_deref(), Some("damage"));
        assert_eq!(guess_lemma("stopped").as_deref(), Some("stop"));
        assert_eq!(guess_lemma("carried").as_deref(), Some("carry"));
        assert_eq!(guess_lemma("eased").as_deref(), Some("ease"));
    }
}
