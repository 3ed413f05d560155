//! The claim stage's lexicons: the TSV files of `data/claims/`, compiled in and parsed once.
//!
//! Architecture invariant: words are data. A reporting verb, a hedge, a unit or a currency is
//! added by editing a file of `data/claims/`, never this module. Every file documents its
//! columns in its header; lines starting with `#` are comments.

use crate::FastMap as HashMap;
use std::sync::OnceLock;

use crate::model::Approximation;
use crate::provenance::hash::sha256_hex;

/// `data/claims/verbs.tsv`.
pub const VERBS_TSV: &str = include_str!("../../data/claims/verbs.tsv");
/// `data/claims/function-words.tsv`.
pub const FUNCTION_WORDS_TSV: &str = include_str!("../../data/claims/function-words.tsv");
/// `data/claims/modality.tsv`.
pub const MODALITY_TSV: &str = include_str!("../../data/claims/modality.tsv");
/// `data/claims/numbers.tsv`.
pub const NUMBERS_TSV: &str = include_str!("../../data/claims/numbers.tsv");
/// `data/claims/units.tsv`.
pub const UNITS_TSV: &str = include_str!("../../data/claims/units.tsv");
/// `data/claims/currencies.tsv`.
pub const CURRENCIES_TSV: &str = include_str!("../../data/claims/currencies.tsv");
/// `data/claims/approximators.tsv`.
pub const APPROXIMATORS_TSV: &str = include_str!("../../data/claims/approximators.tsv");
/// `data/claims/cues.tsv`.
pub const CUES_TSV: &str = include_str!("../../data/claims/cues.tsv");
/// `data/claims/plurals.tsv`.
pub const PLURALS_TSV: &str = include_str!("../../data/claims/plurals.tsv");
/// `data/claims/time.tsv`.
pub const TIME_TSV: &str = include_str!("../../data/claims/time.tsv");

/// Every lexicon file: (file name under `data/claims/`, content).
pub const FILES: [(&str, &str); 10] = [
    ("approximators.tsv", APPROXIMATORS_TSV),
    ("cues.tsv", CUES_TSV),
    ("currencies.tsv", CURRENCIES_TSV),
    ("function-words.tsv", FUNCTION_WORDS_TSV),
    ("modality.tsv", MODALITY_TSV),
    ("numbers.tsv", NUMBERS_TSV),
    ("plurals.tsv", PLURALS_TSV),
    ("time.tsv", TIME_TSV),
    ("units.tsv", UNITS_TSV),
    ("verbs.tsv", VERBS_TSV),
];

/// SHA-256 (lower-case hex) over the lexicon files, each as `name NUL content NUL`, in file-name
/// order: part of a run's configuration, since the lexicons change the output.
pub fn sha256() -> String {
    let mut all = Vec::new();
    for (name, content) in FILES {
        all.extend_from_slice(name.as_bytes());
        all.push(0);
        all.extend_from_slice(content.as_bytes());
        all.push(0);
    }
    sha256_hex(&all)
}

/// Classes of a closed-class word, as bits (`data/claims/function-words.tsv`).
pub mod class {
    /// Determiner or quantifier.
    pub const DET: u32 = 1;
    /// Possessive determiner.
    pub const POSS: u32 = 1 << 1;
    /// Pronoun that can be a subject.
    pub const SUBJ: u32 = 1 << 2;
    /// Demonstrative.
    pub const DEMO: u32 = 1 << 3;
    /// Preposition.
    pub const PREP: u32 = 1 << 4;
    /// Coordinating conjunction.
    pub const COORD: u32 = 1 << 5;
    /// Subordinating conjunction.
    pub const SUB: u32 = 1 << 6;
    /// Relative pronoun.
    pub const REL: u32 = 1 << 7;
    /// Interrogative word.
    pub const WH: u32 = 1 << 8;
    /// Finite auxiliary or modal.
    pub const AUX: u32 = 1 << 9;
    /// Non-finite auxiliary.
    pub const NONFINITE: u32 = 1 << 10;
    /// Sentence adverbial.
    pub const CONNECTIVE: u32 = 1 << 11;
    /// Document noun.
    pub const DOC: u32 = 1 << 12;
    /// Source noun.
    pub const SOURCE: u32 = 1 << 13;
    /// First-person plural.
    pub const FIRST: u32 = 1 << 14;

    /// Bits that mark a closed-class (function) word; `DOC`, `SOURCE` and `FIRST` only
    /// annotate open-class nouns and pronouns.
    pub const CLOSED: u32 = !(DOC | SOURCE);

    /// The bit of a class name.
    pub fn of(name: &str) -> Option<u32> {
        Some(match name {
            "det" => DET,
            "poss" => POSS,
            "subj" => SUBJ,
            "demo" => DEMO,
            "prep" => PREP,
            "coord" => COORD,
            "sub" => SUB,
            "rel" => REL,
            "wh" => WH,
            "aux" => AUX,
            "nonfinite" => NONFINITE,
            "connective" => CONNECTIVE,
            "doc" => DOC,
            "source" => SOURCE,
            "first" => FIRST,
            _ => return None,
        })
    }
}

/// Classes of a verb, as bits (`data/claims/verbs.tsv`).
pub mod verb {
    /// Reporting verb of speech.
    pub const SPEECH: u32 = 1;
    /// Belief verb.
    pub const BELIEF: u32 = 1 << 1;
    /// Expectation verb.
    pub const EXPECT: u32 = 1 << 2;
    /// Evidence verb.
    pub const EVIDENTIAL: u32 = 1 << 3;
    /// Speech verb only before a quotation.
    pub const QUOTE_ONLY: u32 = 1 << 4;
    /// The object is the receiving party.
    pub const TRANSFER_TO: u32 = 1 << 5;
    /// The object is the giving party.
    pub const TRANSFER_FROM: u32 = 1 << 6;
    /// A state, not an event.
    pub const STATIVE: u32 = 1 << 7;
    /// Its `-s` form is as often a plural noun (`imports`, `plans`, `talks`).
    pub const NOUN_TOO: u32 = 1 << 8;
    /// Any verb whose subject can be a claim's speaker.
    pub const FRAME: u32 = SPEECH | BELIEF | EXPECT | EVIDENTIAL | QUOTE_ONLY;

    /// The bit of a class name.
    pub fn of(name: &str) -> Option<u32> {
        Some(match name {
            "speech" => SPEECH,
            "belief" => BELIEF,
            "expect" => EXPECT,
            "evidential" => EVIDENTIAL,
            "quote-only" => QUOTE_ONLY,
            "transfer-to" => TRANSFER_TO,
            "transfer-from" => TRANSFER_FROM,
            "stative" => STATIVE,
            "noun-too" => NOUN_TOO,
            _ => return None,
        })
    }
}

/// The grammatical form of a verb token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    /// Base form (`supply`).
    Base,
    /// Third person singular present (`supplies`).
    Third,
    /// Past tense or past participle (`supplied`, `sent`).
    Past,
    /// Past tense only, never a participle (`withdrew`, `took`, `became`).
    Preterite,
    /// Present participle or gerund (`supplying`).
    Ing,
}

impl VerbForm {
    /// A past tense or past participle.
    pub fn past(self) -> bool {
        matches!(self, VerbForm::Past | VerbForm::Preterite)
    }
}

/// A known verb form.
#[derive(Debug, Clone, Copy)]
pub struct VerbEntry {
    /// Index into [`Lexicon::lemmas`].
    pub lemma: usize,
    /// Which form it is.
    pub form: VerbForm,
}

/// What a modality cue does (`data/claims/modality.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModalityCue {
    /// Believed.
    Hedge,
    /// Expected.
    Forecast,
    /// Negated.
    Negation,
    /// Reported.
    Report,
    /// Reported by an unnamed source.
    Unnamed,
    /// Believed by an unnamed source.
    BelievedUnnamed,
}

/// A number word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberClass {
    /// A number on its own.
    Cardinal,
    /// Multiplies the number before it.
    Multiplier,
    /// A fraction.
    Fraction,
    /// Twelve, after a number.
    Dozen,
    /// A count of times in one word (`twice`): the value, unit `time`.
    Times,
}

/// A unit of measure.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Normalised unit text.
    pub text: String,
    /// UN/CEFACT Common Code.
    pub code: Option<String>,
    /// The factor, as a decimal string.
    pub factor: String,
}

/// A cue for quantities and kinds (`data/claims/cues.tsv`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cue {
    /// A limit word.
    Limit,
    /// A rate, per the given period.
    Rate(String),
    /// An adjective that makes the amount of its noun's `of` phrase a rate (`an annual
    /// deficit of 20 billion cubic metres`), per the given period.
    RateBefore(String),
    /// A collective noun that names what a bare count counts (`its population has grown by
    /// some 20 million`: persons), with the counted unit.
    Collective(String),
    /// A verb of motion (lemma): `below`, `above`, `under`, `over` after it say where an
    /// amount moved (`did not fall below 50 tonnes`), not a bound of the amount.
    Motion,
    /// A relation word.
    Relation,
    /// A date offset word.
    Offset,
    /// A phrase that reports speech (`made it clear`).
    SpeechPhrase,
}

/// A calendar word (`data/claims/time.tsv`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TimeWord {
    /// A month, 1–12.
    Month(u32),
    /// A day of the week, 1 (Monday) – 7 (Sunday).
    Weekday(u32),
    /// A season: first and last month.
    Season(u32, u32),
    /// `year`, `month` or `week`.
    Period(String),
    /// last/this/next.
    Shift(i32),
    /// early/mid/late: first and last year within a decade.
    DecadePart(i32, i32),
    /// A word governing a date, with the relation's name.
    Relation(String),
}

/// Phrases (word sequences) with payloads, in priority order (longest first, then file
/// order), indexed by the lower-cased first word so that finding the phrases at a token costs
/// one hash probe instead of a scan of the list.
pub struct Phrases<T> {
    list: Vec<(Vec<String>, T)>,
    /// Each phrase's words in lower case (for lists kept in their written case).
    lower: Vec<Vec<String>>,
    /// Lower-cased first word → indexes into `list`, ascending (priority order).
    by_first: HashMap<String, Vec<usize>>,
}

impl<T> Phrases<T> {
    /// Orders `v` longest first (stable: equal lengths keep their order) and indexes it.
    pub fn new(mut v: Vec<(Vec<String>, T)>) -> Self {
        v.sort_by_key(|b| std::cmp::Reverse(b.0.len()));
        let lower: Vec<Vec<String>> = v
            .iter()
            .map(|(w, _)| w.iter().map(|x| x.to_lowercase()).collect())
            .collect();
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        for (i, l) in lower.iter().enumerate() {
            if let Some(first) = l.first() {
                by_first.entry(first.clone()).or_default().push(i);
            }
        }
        Phrases {
            list: v,
            lower,
            by_first,
        }
    }

    /// How many phrases.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Every phrase in priority order: (words as written, payload).
    pub fn iter(&self) -> std::slice::Iter<'_, (Vec<String>, T)> {
        self.list.iter()
    }

    /// The phrases whose first word, lower-cased, is `first_lower`, in priority order:
    /// (words as written, the same words in lower case, payload).
    pub fn starting<'a>(
        &'a self,
        first_lower: &str,
    ) -> impl Iterator<Item = (&'a [String], &'a [String], &'a T)> + 'a {
        self.by_first
            .get(first_lower)
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .map(|&i| {
                (
                    self.list[i].0.as_slice(),
                    self.lower[i].as_slice(),
                    &self.list[i].1,
                )
            })
    }

    /// The first phrase (in priority order) whose lower-case words are the lower-case texts
    /// of the tokens from `i`: (tokens it covers, payload).
    pub fn at(&self, tokens: &[super::tokens::Token], i: usize) -> Option<(usize, &T)> {
        let first = &tokens.get(i)?.lower;
        self.starting(first)
            .find_map(|(_, lower, v)| super::tokens::phrase_at(tokens, i, lower).map(|n| (n, v)))
    }
}

impl<'a, T> IntoIterator for &'a Phrases<T> {
    type Item = &'a (Vec<String>, T);
    type IntoIter = std::slice::Iter<'a, (Vec<String>, T)>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

/// Every lexicon, parsed.
pub struct Lexicon {
    /// Closed-class words: lower-case word → class bits.
    pub function: HashMap<String, u32>,
    /// Multi-word connectives, longest first.
    pub connectives: Phrases<()>,
    /// Verb forms (lower case) → entry.
    pub verbs: HashMap<String, VerbEntry>,
    /// Lemmas with their class bits.
    pub lemmas: Vec<(String, u32)>,
    /// Modality cues, longest first.
    pub modality: Phrases<ModalityCue>,
    /// Number words → (value as a decimal string, class).
    pub numbers: HashMap<String, (String, NumberClass)>,
    /// Multipliers read only when glued to an amount of money (`£12m`, `$3tn`): letter →
    /// value. Kept apart from `numbers`: spaced, the same letter is a unit or a word.
    pub glued: HashMap<String, String>,
    /// Units by surface form (exact, then lower case), longest first.
    pub units: Phrases<Unit>,
    /// Currencies: surface (exact) → (ISO code, prefix?).
    pub currencies: HashMap<String, (String, bool)>,
    /// Multi-word suffix currencies (`pounds sterling`), longest first.
    pub currency_phrases: Phrases<String>,
    /// Currency subunits written after a number (`6.5 US cents`, `40 pence`), longest first:
    /// (ISO code of the main unit, or `None` for the currency named before it in the clause;
    /// the factor to the main unit as a decimal string).
    pub subunits: Phrases<(Option<String>, String)>,
    /// Names shared by several currencies (`lei`, `peso`), as (counted noun, ISO code, knowledge
    /// base id of a country using it, lower case), in file order.
    pub shared_currencies: Vec<(String, String, String)>,
    /// Approximators, longest first.
    pub approximators: Phrases<Approximation>,
    /// Cues, longest first.
    pub cues: Phrases<Cue>,
    /// Calendar words: surface → meaning (months case-sensitive, the rest lower case).
    pub time: HashMap<String, TimeWord>,
    /// Multi-word date relations (`prior to`), longest first.
    pub time_phrases: Phrases<String>,
}

fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn words(phrase: &str) -> Vec<String> {
    phrase.split(' ').map(str::to_lowercase).collect()
}

/// Regular inflections of a verb lemma: (3rd person singular, past, -ing).
fn regular_forms(lemma: &str) -> (String, String, String) {
    let vowel = |c: char| "aeiou".contains(c);
    let chars: Vec<char> = lemma.chars().collect();
    let last = chars.last().copied().unwrap_or(' ');
    let before = chars.len().checked_sub(2).map(|i| chars[i]).unwrap_or(' ');
    let third = if ["s", "x", "z", "ch", "sh", "o"]
        .iter()
        .any(|s| lemma.ends_with(s))
    {
        format!("{lemma}es")
    } else if last == 'y' && !vowel(before) {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}s")
    };
    let past = if last == 'e' {
        format!("{lemma}d")
    } else if last == 'y' && !vowel(before) {
        format!("{}ied", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ed")
    };
    let ing = if let Some(stem) = lemma.strip_suffix("ie") {
        format!("{stem}ying")
    } else if last == 'e' && !["ee", "ye", "oe"].iter().any(|s| lemma.ends_with(s)) {
        format!("{}ing", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ing")
    };
    (third, past, ing)
}

impl Lexicon {
    fn parse() -> Self {
        let mut function = HashMap::default();
        let mut connectives = Vec::new();
        for r in rows(FUNCTION_WORDS_TSV) {
            let bit = r.get(1).and_then(|c| class::of(c)).unwrap_or(0);
            if r[0].contains(' ') {
                connectives.push((words(r[0]), ()));
            } else {
                *function.entry(r[0].to_owned()).or_insert(0) |= bit;
            }
        }
        let connectives = Phrases::new(connectives);

        let mut verbs = HashMap::default();
        let mut lemmas = Vec::new();
        for r in rows(VERBS_TSV) {
            let lemma = r[0].to_owned();
            let bits = r
                .get(2)
                .map(|c| c.split(',').filter_map(verb::of).fold(0, |a, b| a | b))
                .unwrap_or(0);
            let index = lemmas.len();
            lemmas.push((lemma.clone(), bits));
            let (third, past, ing) = regular_forms(&lemma);
            let irregular: Vec<&str> = r
                .get(1)
                .filter(|f| **f != "-")
                .map(|f| f.split(',').collect())
                .unwrap_or_default();
            let mut add = |form: String, kind: VerbForm| {
                verbs.entry(form).or_insert(VerbEntry {
                    lemma: index,
                    form: kind,
                });
            };
            // Listed past forms: the first is the past tense, the second the participle; a
            // past tense that differs from the participle is never a participle.
            let pasts: Vec<&str> = irregular
                .iter()
                .copied()
                .filter(|f| {
                    !f.ends_with("ing")
                        && ![
                            "is", "are", "am", "'s", "’s", "has", "does", "goes", "says", "was",
                            "were",
                        ]
                        .contains(f)
                })
                .collect();
            for f in &irregular {
                let kind = if f.ends_with("ing") {
                    VerbForm::Ing
                } else if ["is", "are", "am", "'s", "’s", "has", "does", "goes", "says"].contains(f)
                {
                    VerbForm::Third
                } else if ["was", "were"].contains(f)
                    || (pasts.len() >= 2 && pasts[0] == *f && pasts[1] != *f)
                {
                    VerbForm::Preterite
                } else {
                    VerbForm::Past
                };
                add((*f).to_owned(), kind);
            }
            add(lemma.clone(), VerbForm::Base);
            add(third, VerbForm::Third);
            let has_past = irregular
                .iter()
                .any(|f| !f.ends_with("ing") && !f.ends_with('s'));
            if !has_past {
                add(past, VerbForm::Past);
            }
            if !irregular.iter().any(|f| f.ends_with("ing")) {
                add(ing, VerbForm::Ing);
            }
        }

        let modality = Phrases::new(
            rows(MODALITY_TSV)
                .filter_map(|r| {
                    let cue = match *r.get(1)? {
                        "hedge" => ModalityCue::Hedge,
                        "forecast" => ModalityCue::Forecast,
                        "negation" => ModalityCue::Negation,
                        "report" => ModalityCue::Report,
                        "unnamed" => ModalityCue::Unnamed,
                        "believed-unnamed" => ModalityCue::BelievedUnnamed,
                        _ => return None,
                    };
                    Some((words(r[0]), cue))
                })
                .collect(),
        );

        let numbers = rows(NUMBERS_TSV)
            .filter_map(|r| {
                let class = match *r.get(2)? {
                    "cardinal" => NumberClass::Cardinal,
                    "multiplier" => NumberClass::Multiplier,
                    "fraction" => NumberClass::Fraction,
                    "dozen" => NumberClass::Dozen,
                    "times" => NumberClass::Times,
                    _ => return None,
                };
                Some((r[0].to_owned(), (r.get(1)?.to_string(), class)))
            })
            .collect();

        let glued = rows(NUMBERS_TSV)
            .filter(|r| r.get(2) == Some(&"glued"))
            .filter_map(|r| Some((r[0].to_owned(), r.get(1)?.to_string())))
            .collect();

        let units = Phrases::new(
            rows(UNITS_TSV)
                .filter_map(|r| {
                    let unit = Unit {
                        text: r.get(1)?.to_string(),
                        code: r.get(2).filter(|c| **c != "-").map(|c| c.to_string()),
                        factor: r.get(3).unwrap_or(&"1").to_string(),
                    };
                    Some((r[0].split(' ').map(str::to_owned).collect(), unit))
                })
                .collect(),
        );

        let mut currencies = HashMap::default();
        let mut currency_phrases = Vec::new();
        let mut subunits = Vec::new();
        let mut shared_currencies = Vec::new();
        for r in rows(CURRENCIES_TSV) {
            let (Some(code), Some(pos)) = (r.get(1), r.get(2)) else {
                continue;
            };
            if *pos == "subunit" {
                let Some(factor) = r.get(3) else { continue };
                let code = (*code != "*").then(|| code.to_string());
                subunits.push((words(r[0]), (code, factor.to_string())));
                continue;
            }
            if *pos == "shared" {
                if let Some(country) = r.get(3) {
                    shared_currencies.push((
                        r[0].to_owned(),
                        code.to_string(),
                        country.to_ascii_lowercase(),
                    ));
                }
                continue;
            }
            if r[0].contains(' ') {
                currency_phrases.push((words(r[0]), code.to_string()));
            } else {
                currencies.insert(r[0].to_owned(), (code.to_string(), *pos == "prefix"));
            }
        }
        let currency_phrases = Phrases::new(currency_phrases);
        let subunits = Phrases::new(subunits);

        let approximators = Phrases::new(
            rows(APPROXIMATORS_TSV)
                .filter_map(|r| Some((words(r[0]), Approximation::from_name(r.get(1)?)?)))
                .collect(),
        );

        let cues = Phrases::new(
            rows(CUES_TSV)
                .filter_map(|r| {
                    let cue = match *r.get(1)? {
                        "limit" => Cue::Limit,
                        "rate" => Cue::Rate(r.get(2)?.to_string()),
                        "rate-before" => Cue::RateBefore(r.get(2)?.to_string()),
                        "collective" => Cue::Collective(r.get(2)?.to_string()),
                        "motion" => Cue::Motion,
                        "relation" => Cue::Relation,
                        "offset" => Cue::Offset,
                        "speech-phrase" => Cue::SpeechPhrase,
                        _ => return None,
                    };
                    Some((words(r[0]), cue))
                })
                .collect(),
        );

        let mut time = HashMap::default();
        let mut time_phrases = Vec::new();
        for r in rows(TIME_TSV) {
            let (Some(class), Some(value)) = (r.get(1), r.get(2)) else {
                continue;
            };
            let pair = |v: &str| -> Option<(i32, i32)> {
                let (a, b) = v.split_once('/')?;
                Some((a.parse().ok()?, b.parse().ok()?))
            };
            let word = match *class {
                "month" => value.parse().ok().map(TimeWord::Month),
                "weekday" => value.parse().ok().map(TimeWord::Weekday),
                "season" => pair(value).map(|(a, b)| TimeWord::Season(a as u32, b as u32)),
                "period" => Some(TimeWord::Period(value.to_string())),
                "shift" => value.parse().ok().map(TimeWord::Shift),
                "decade-part" => pair(value).map(|(a, b)| TimeWord::DecadePart(a, b)),
                "relation" => Some(TimeWord::Relation(value.to_string())),
                _ => None,
            };
            let Some(word) = word else { continue };
            if r[0].contains(' ') {
                if let TimeWord::Relation(rel) = word {
                    time_phrases.push((words(r[0]), rel));
                }
            } else {
                time.insert(r[0].to_owned(), word);
            }
        }
        let time_phrases = Phrases::new(time_phrases);

        Lexicon {
            function,
            connectives,
            verbs,
            lemmas,
            modality,
            numbers,
            glued,
            units,
            currencies,
            currency_phrases,
            subunits,
            shared_currencies,
            approximators,
            cues,
            time,
            time_phrases,
        }
    }

    /// The lexicons, parsed on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::parse)
    }

    /// Class bits of a closed-class word (lower case); 0 when it is not one.
    pub fn class(&self, lower: &str) -> u32 {
        self.function.get(lower).copied().unwrap_or(0)
    }

    /// The verb entry of a lower-case form.
    pub fn verb(&self, lower: &str) -> Option<VerbEntry> {
        self.verbs.get(lower).copied()
    }

    /// Lemma and class bits of a verb entry.
    pub fn lemma(&self, entry: VerbEntry) -> (&str, u32) {
        let (l, bits) = &self.lemmas[entry.lemma];
        (l, *bits)
    }

    /// The class bits of a lemma (0 when unknown).
    pub fn lemma_bits(&self, lemma: &str) -> u32 {
        self.verbs
            .get(lemma)
            .map(|e| self.lemmas[e.lemma].1)
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_forms_follow_english_spelling() {
        assert_eq!(
            regular_forms("supply"),
            ("supplies".into(), "supplied".into(), "supplying".into())
        );
        assert_eq!(
            regular_forms("state"),
            ("states".into(), "stated".into(), "stating".into())
        );
        assert_eq!(
            regular_forms("reach"),
            ("reaches".into(), "reached".into(), "reaching".into())
        );
        assert_eq!(
            regular_forms("agree"),
            ("agrees".into(), "agreed".into(), "agreeing".into())
        );
        assert_eq!(
            regular_forms("deploy"),
            ("deploys".into(), "deployed".into(), "deploying".into())
        );
    }

    #[test]
    fn every_file_parses_every_line() {
        let lex = Lexicon::get();
        let count = |tsv: &'static str| rows(tsv).count();
        assert_eq!(lex.lemmas.len(), count(VERBS_TSV));
        assert_eq!(lex.modality.len(), count(MODALITY_TSV));
        assert_eq!(lex.numbers.len() + lex.glued.len(), count(NUMBERS_TSV));
        assert_eq!(lex.units.len(), count(UNITS_TSV));
        assert_eq!(
            lex.currencies.len()
                + lex.currency_phrases.len()
                + lex.subunits.len()
                + lex.shared_currencies.len(),
            count(CURRENCIES_TSV)
        );
        assert_eq!(lex.approximators.len(), count(APPROXIMATORS_TSV));
        assert_eq!(lex.cues.len(), count(CUES_TSV));
        assert_eq!(lex.time.len() + lex.time_phrases.len(), count(TIME_TSV));
        for r in rows(FUNCTION_WORDS_TSV) {
            assert!(class::of(r[1]).is_some(), "unknown class in {r:?}");
        }
        for r in rows(VERBS_TSV) {
            for c in r[2].split(',').filter(|c| *c != "-") {
                assert!(verb::of(c).is_some(), "unknown class in {r:?}");
            }
        }
    }

    #[test]
    fn verb_forms_map_to_their_lemma() {
        let lex = Lexicon::get();
        for (form, lemma, kind) in [
            ("supplied", "supply", VerbForm::Past),
            ("sent", "send", VerbForm::Past),
            ("met", "meet", VerbForm::Past),
            ("says", "say", VerbForm::Third),
            ("hosting", "host", VerbForm::Ing),
            ("stopped", "stop", VerbForm::Past),
        ] {
            let e = lex.verb(form).unwrap_or_else(|| panic!("{form}"));
            assert_eq!(lex.lemma(e).0, lemma, "{form}");
            assert_eq!(e.form, kind, "{form}");
        }
    }
}
