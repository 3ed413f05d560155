//! Quantities: numbers with what they count or measure, normalised (`6 million` →
//! `6000000`, `US$1.2 billion` → `1200000000 USD`, `10 to 14 days` → a range), with their
//! approximation (`about`, `more than`, `up to`) and whether they are a limit (`the
//! 500,000-barrel oil cap`) rather than an amount.
//!
//! Not quantities: dates (found first and skipped), ordinals, numbers inside names and
//! identifiers (`Nord Stream 1`, `Executive Order 14110`, `M1989`), calibres (`152 mm artillery
//! shells`), enumerators (`(1)`), `one`, and a spelled-out number after `the` (`the two
//! sides`), except in `the past fourteen months`.

use std::ops::Range;

use super::lexicon::{class, Cue, Lexicon, NumberClass, Phrases, VerbForm};
use super::tokens::{Shape, Tagged};
use crate::model::{Approximation, QuantityRole};

/// An exact decimal: `m / 10^s`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dec {
    m: i128,
    s: u32,
}

impl Dec {
    /// Parses `13,000`, `7.2`, `0.5`, `10^26`.
    pub fn parse(text: &str) -> Option<Dec> {
        if let Some((base, exp)) = text.split_once('^') {
            let b = Dec::parse(base)?;
            let e: u32 = exp.parse().ok()?;
            let mut out = Dec { m: 1, s: 0 };
            for _ in 0..e {
                out = out.mul(b)?;
            }
            return Some(out);
        }
        let clean: String = text.chars().filter(|c| *c != ',').collect();
        let (int, frac) = clean.split_once('.').unwrap_or((&clean, ""));
        if int.is_empty() && frac.is_empty()
            || !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let digits = format!("{int}{frac}");
        let m: i128 = digits.parse().ok()?;
        Some(
            Dec {
                m,
                s: frac.len() as u32,
            }
            .normalized(),
        )
    }

    fn normalized(mut self) -> Dec {
        while self.s > 0 && self.m % 10 == 0 {
            self.m /= 10;
            self.s -= 1;
        }
        self
    }

    /// The product, `None` on overflow.
    pub fn mul(self, o: Dec) -> Option<Dec> {
        Some(
            Dec {
                m: self.m.checked_mul(o.m)?,
                s: self.s + o.s,
            }
            .normalized(),
        )
    }

    /// The sum, `None` on overflow.
    pub fn add(self, o: Dec) -> Option<Dec> {
        let s = self.s.max(o.s);
        let scale = |d: Dec| d.m.checked_mul(10i128.checked_pow(s - d.s)?);
        Some(
            Dec {
                m: scale(self)?.checked_add(scale(o)?)?,
                s,
            }
            .normalized(),
        )
    }

    /// The plain decimal text: no exponent, no separators, no trailing zeros.
    pub fn text(self) -> String {
        let digits = self.m.unsigned_abs().to_string();
        let sign = if self.m < 0 { "-" } else { "" };
        if self.s == 0 {
            return format!("{sign}{digits}");
        }
        let s = self.s as usize;
        let padded = format!("{digits:0>width$}", width = s + 1);
        let (int, frac) = padded.split_at(padded.len() - s);
        format!("{sign}{int}.{frac}")
    }
}

/// A quantity found in a clause, before its text span is attached.
#[derive(Debug, Clone)]
pub struct Found {
    /// Tokens it covers.
    pub tokens: Range<usize>,
    /// Single value.
    pub value: Option<String>,
    /// Range start.
    pub min: Option<String>,
    /// Range end.
    pub max: Option<String>,
    /// Unit text.
    pub unit: Option<String>,
    /// UN/CEFACT code.
    pub unit_code: Option<String>,
    /// ISO 4217.
    pub currency: Option<String>,
    /// Rate denominator.
    pub per: Option<String>,
    /// Approximation.
    pub approximation: Option<Approximation>,
    /// Amount or limit.
    pub role: QuantityRole,
}

/// Whether a token is a year (four digits, 1000–2199).
pub fn is_year(text: &str) -> bool {
    text.len() == 4
        && text.chars().all(|c| c.is_ascii_digit())
        && text.parse::<u32>().is_ok_and(|y| (1000..2200).contains(&y))
}

/// The singular of an English plural noun (lower case).
pub fn singular(word: &str) -> String {
    if word == "series" || word == "news" {
        return word.to_owned();
    }
    if let Some(one) = super::tokens::irregular_plural(word) {
        return one.to_owned();
    }
    if let Some(s) = word.strip_suffix("ies") {
        if s.len() > 1 {
            return format!("{s}y");
        }
    }
    for end in ["sses", "xes", "ches", "shes", "zzes"] {
        if word.ends_with(end) {
            return word[..word.len() - 2].to_owned();
        }
    }
    if word.ends_with('s') && !word.ends_with("ss") && word.len() > 2 {
        return word[..word.len() - 1].to_owned();
    }
    word.to_owned()
}

/// Words that look like adjectives (left out of a unit's compound noun).
fn adjective_like(w: &str) -> bool {
    [
        "al", "ar", "ary", "ic", "ive", "ous", "ful", "less", "able", "ible", "ed", "ing", "ese",
        "ish", "an", "ian", "ern", "est", "er",
    ]
    .iter()
    .any(|e| w.ends_with(e))
        || w.contains('-')
}

struct Number {
    value: Dec,
    next: usize,
    spelled: bool,
    /// A unit glued to a spelled number by a hyphen (`five-year`).
    attached: Option<String>,
    /// The product of the multipliers written after the number (`million` → 10^6), 1 when
    /// none.
    scale: Dec,
}

fn number_at(tg: &Tagged, j: usize, end: usize, lex: &Lexicon) -> Option<Number> {
    let t = tg.tokens.get(j)?;
    // `half a million`, `half a billion dollars`: half the multiplier after the article.
    let half_a = t.lower == "half"
        && j + 2 < end
        && matches!(tg.tokens[j + 1].lower.as_str(), "a" | "an")
        && matches!(
            lex.numbers.get(tg.tokens[j + 2].lower.as_str()),
            Some((_, NumberClass::Multiplier))
        );
    let (mut value, spelled, attached) = match t.shape {
        Shape::Number => {
            let v = Dec::parse(&t.text)?;
            (v, false, None)
        }
        Shape::Word => {
            // Most words are no number: rejected before the parts are collected.
            let head = t.lower.split('-').next().unwrap_or_default();
            if !matches!(head, "one" | "a" | "an") && !lex.numbers.contains_key(head) {
                return None;
            }
            let parts: Vec<&str> = t.lower.split('-').collect();
            let card = |w: &str| match lex.numbers.get(w) {
                Some((v, NumberClass::Cardinal)) => Dec::parse(v),
                _ => None,
            };
            // `one` counts only before a fraction: `one and a half times`.
            let one_and_a = parts.len() == 1
                && parts[0] == "one"
                && tg.tokens.get(j + 1).is_some_and(|t| t.lower == "and")
                && tg.tokens.get(j + 2).is_some_and(|t| t.lower == "a")
                && tg.tokens.get(j + 3).is_some_and(|t| {
                    matches!(
                        lex.numbers.get(t.lower.as_str()),
                        Some((_, NumberClass::Fraction))
                    )
                });
            // `a million households`, `about a thousand troops`: `a` before a multiplier.
            // `more than a dozen partnerships`: `a` before `dozen` too, when a bound or an
            // approximation comes before it.
            let bounded = j > 0
                && matches!(
                    tg.tokens[j - 1].lower.as_str(),
                    "than" | "about" | "nearly" | "almost" | "some" | "around" | "roughly"
                );
            let a_multiplier = parts.len() == 1
                && matches!(parts[0], "a" | "an" | "one")
                && tg.tokens.get(j + 1).is_some_and(|t| {
                    j + 1 < end
                        && (t.lower != "dozen" || bounded)
                        && matches!(
                            lex.numbers.get(t.lower.as_str()),
                            Some((_, NumberClass::Multiplier | NumberClass::Dozen))
                        )
                });
            // `one-third`, `one-quarter`: `one` before a fraction is its numerator.
            let one_fraction =
                parts.len() == 2 && parts[0] == "one" && fraction_word(parts[1], lex).is_some();
            let first = card(parts[0])
                .or(one_fraction.then_some(Dec { m: 1, s: 0 }))
                .or((one_and_a || a_multiplier).then_some(Dec { m: 1, s: 0 }))
                .or(half_a.then_some(Dec { m: 5, s: 1 }))?;
            match parts.len() {
                1 => (first, true, None),
                _ => match card(parts[1]) {
                    // `twenty-five`
                    Some(units) if parts.len() == 2 => (
                        Dec {
                            m: first.m + units.m,
                            s: 0,
                        },
                        true,
                        None,
                    ),
                    // `two-thirds`, `three-quarters`: a multiple of a fraction, counted as
                    // a fraction (`0.6666 fraction`).
                    _ if parts.len() == 2 && fraction_word(parts[1], lex).is_some() => {
                        let f = fraction_word(parts[1], lex)?;
                        (first.mul(f)?, true, Some("fraction".to_owned()))
                    }
                    // `five-year`
                    _ if parts.len() == 2 && !lex.numbers.contains_key(parts[1]) => {
                        (first, true, Some(parts[1].to_owned()))
                    }
                    _ => return None,
                },
            }
        }
        _ => return None,
    };
    let mut next = j + 1 + usize::from(half_a);
    let mut attached = attached;
    // `two thirds of`, `three quarters of`: a spelled multiple of a plural fraction word.
    if spelled && attached.is_none() && next < end {
        if let Some(f) = tg.tokens.get(next).and_then(|w| {
            // Also with no noun after it: `rose by two thirds`, `cut two thirds, and …`.
            let after = next + 1;
            let no_noun = tg
                .tokens
                .get(after)
                .is_none_or(|o| after >= end || !(o.is_word() && tg.open_class(after)));
            (w.lower.ends_with('s')
                && (no_noun || tg.tokens.get(after).is_some_and(|o| o.lower == "of")))
            .then(|| fraction_word(&w.lower, lex))
            .flatten()
        }) {
            value = value.mul(f)?;
            attached = Some("fraction".to_owned());
            next += 1;
        }
    }
    // `three and a half`, `two and a quarter`
    if tg.tokens.get(next).is_some_and(|t| t.lower == "and")
        && tg.tokens.get(next + 1).is_some_and(|t| t.lower == "a")
    {
        if let Some((f, NumberClass::Fraction)) = tg
            .tokens
            .get(next + 2)
            .and_then(|t| lex.numbers.get(t.lower.as_str()))
        {
            if next + 2 < end {
                value = value.add(Dec::parse(f)?)?;
                next += 3;
            }
        }
    }
    // Multipliers: `6 million`, `two hundred thousand`, `a €1.2-billion contract`.
    let mut scale = Dec { m: 1, s: 0 };
    if next == j + 1
        && next + 1 < end
        && tg.tokens[next].is("-")
        && tg.tokens[j].end == tg.tokens[next].start
        && tg.tokens[next].end == tg.tokens[next + 1].start
        && matches!(
            lex.numbers.get(tg.tokens[next + 1].lower.as_str()),
            Some((_, NumberClass::Multiplier))
        )
    {
        next += 1;
    }
    while next < end {
        let w = &tg.tokens[next];
        // A glued letter multiplies only an amount of money (`£12m`) or a count of things
        // (`2.4m tonnes`); `3m` alone may be metres: no quantity.
        if let Some(m) = lex.glued.get(w.lower.as_str()) {
            if next != j + 1 || tg.tokens[next - 1].end != w.start {
                break;
            }
            // Or a count of things: `2.4m tonnes`, `5m people` (not `300m long`).
            let counted = tg.tokens.get(next + 1).is_some_and(|n| {
                n.is_word() && (unit_at(tg, next + 1, lex).is_some() || tg.plural_noun(next + 1))
            });
            if !after_currency(tg, j, lex) && !counted {
                return None;
            }
            let m = Dec::parse(m)?;
            value = value.mul(m)?;
            scale = scale.mul(m)?;
            next += 1;
            continue;
        }
        match lex.numbers.get(w.lower.as_str()) {
            Some((m, NumberClass::Multiplier | NumberClass::Dozen)) => {
                let m = Dec::parse(m)?;
                value = value.mul(m)?;
                scale = scale.mul(m)?;
                next += 1;
            }
            _ => break,
        }
    }
    Some(Number {
        value,
        next,
        spelled,
        attached,
        scale,
    })
}

/// Whether a currency is written just before the number at `j` (`£`, `US$`, `CHF`).
fn after_currency(tg: &Tagged, j: usize, lex: &Lexicon) -> bool {
    (1..=2).any(|n| {
        j.checked_sub(n)
            .and_then(|k| currency_prefix(tg, k, lex))
            .is_some_and(|(_, covered)| covered == n)
    })
}

/// The value of a fraction word, singular or plural (`third`, `thirds`, `quarters`).
fn fraction_word(word: &str, lex: &Lexicon) -> Option<Dec> {
    let one = singular(word);
    match lex.numbers.get(one.as_str()) {
        Some((v, NumberClass::Fraction)) => Dec::parse(v),
        _ => None,
    }
}

fn phrase<T: Clone>(tg: &Tagged, i: usize, list: &Phrases<T>) -> Option<(usize, T)> {
    list.at(tg.tokens, i).map(|(n, v)| (n, v.clone()))
}

/// The currency written before a number at `j`: (ISO code, tokens it covers). Handles glued
/// forms (`US$`, `NT$`) spread over two tokens.
fn currency_prefix(tg: &Tagged, j: usize, lex: &Lexicon) -> Option<(String, usize)> {
    let t = tg.tokens.get(j)?;
    if let Some(next) = tg.tokens.get(j + 1) {
        if t.end == next.start {
            let glued = format!("{}{}", t.text, next.text);
            if let Some((code, true)) = lex.currencies.get(&glued) {
                return Some((code.clone(), 2));
            }
        }
    }
    match lex.currencies.get(&t.text) {
        Some((code, true)) => Some((code.clone(), 1)),
        _ => None,
    }
}

/// The unit written at `k` (case-sensitive first, then lower case): (unit, tokens covered).
fn unit_at(tg: &Tagged, k: usize, lex: &Lexicon) -> Option<(super::lexicon::Unit, usize)> {
    for (words, lower_words, unit) in lex.units.starting(&tg.tokens.get(k)?.lower) {
        if k + words.len() > tg.tokens.len() {
            continue;
        }
        let exact = words.iter().zip(&tg.tokens[k..]).all(|(w, t)| &t.text == w);
        let lower = lower_words
            .iter()
            .zip(&tg.tokens[k..])
            .all(|(w, t)| &t.lower == w);
        if exact || (lower && words.iter().any(|w| w.chars().any(char::is_lowercase))) {
            return Some((unit.clone(), words.len()));
        }
    }
    None
}

/// The counted noun after a number: the head of the noun phrase at `k` (skipping calibres,
/// designations, adjectives, a partitive `of its`), as (unit text, last token).
/// Whether the word at `k`, after a number, says no counted noun follows: a comparison (`300
/// fewer than in 2022`, `40 more than planned`) or the time of the count (`about 700 today`).
fn no_noun_after(tg: &Tagged, k: usize) -> bool {
    let Some(t) = tg.tokens.get(k) else {
        return false;
    };
    match t.lower.as_str() {
        "today" | "now" | "yesterday" | "tonight" | "currently" => true,
        // `topped 10,000 last week`, `reached 5,000 this year`: the time of the count.
        "last" | "this" | "next" => tg.tokens.get(k + 1).is_some_and(|n| {
            let lex = Lexicon::get();
            matches!(
                lex.time.get(n.lower.as_str()),
                Some(super::lexicon::TimeWord::Period(_) | super::lexicon::TimeWord::Season(..))
            ) || matches!(
                lex.time.get(n.text.as_str()),
                Some(super::lexicon::TimeWord::Month(_) | super::lexicon::TimeWord::Weekday(_))
            )
        }),
        "fewer" | "more" | "less" | "higher" | "lower" | "above" | "below" => {
            tg.tokens.get(k + 1).is_some_and(|n| n.lower == "than")
        }
        _ => false,
    }
}

fn counted_noun(tg: &Tagged, k: usize, end: usize, quoted: bool) -> Option<(String, usize)> {
    if no_noun_after(tg, k) {
        return None;
    }
    let mut m = k;
    if tg.tokens.get(m).is_some_and(|t| t.lower == "of") && tg.has(m + 1, class::DET | class::POSS)
    {
        m += 2;
    }
    // `two other governments`, `a dozen such deals`: `other` and `such` are no part of the
    // counted noun.
    if tg
        .tokens
        .get(m)
        .is_some_and(|t| matches!(t.lower.as_str(), "other" | "such"))
        && m + 1 < end
    {
        m += 1;
    }
    let mut head: Option<usize> = None;
    // Where the noun phrase proper starts, after calibres and designations.
    let mut np_start = m;
    while m < end {
        let t = &tg.tokens[m];
        if t.quoted != quoted {
            break;
        }
        // Calibres: `152 mm`, `170mm`.
        if t.shape == Shape::Number {
            if t.lower.ends_with("mm") {
                m += 1;
                np_start = m;
                continue;
            }
            if tg.tokens.get(m + 1).is_some_and(|n| n.lower == "mm") {
                m += 2;
                np_start = m;
                continue;
            }
            break;
        }
        if !t.is_word() {
            break;
        }
        // A designation glued by a hyphen before the noun: `six B-2 Spirit bombers`, `two
        // F-35 jets`.
        if t.capitalized()
            && tg
                .tokens
                .get(m + 1)
                .is_some_and(|h| h.is("-") && h.start == t.end)
            && tg
                .tokens
                .get(m + 2)
                .is_some_and(|n| n.shape == Shape::Number && n.start == tg.tokens[m + 1].end)
        {
            // With no noun after it the designation is the counted thing: `24 F-16s` →
            // `F-16`.
            let noun_next = tg.tokens.get(m + 3).is_some_and(|n| {
                n.is_word()
                    && n.quoted == quoted
                    && tg.open_class(m + 3)
                    && !Lexicon::get().time.contains_key(n.lower.as_str())
            });
            if !noun_next && head.is_none() {
                let n = &tg.tokens[m + 2];
                let digits = n.text.strip_suffix('s').unwrap_or(&n.text);
                if digits.chars().all(|c| c.is_ascii_alphanumeric()) {
                    return Some((format!("{}-{digits}", t.text), m + 2));
                }
            }
            m += 3;
            np_start = m;
            head = None;
            continue;
        }
        // A designation before the noun: `two Type 056 corvettes`, `four Block 5 satellites`.
        if t.capitalized()
            && tg.open_class(m)
            && tg
                .tokens
                .get(m + 1)
                .is_some_and(|n| n.shape == Shape::Number && !n.text.contains(','))
            && tg
                .tokens
                .get(m + 2)
                .is_some_and(|n| n.is_word() && n.quoted == quoted && tg.open_class(m + 2))
        {
            m += 2;
            np_start = m;
            head = None;
            continue;
        }
        if !tg.open_class(m) {
            let coordinated = matches!(t.lower.as_str(), "and" | "or")
                && head.is_some_and(|h| !tg.plural_noun(h))
                && tg
                    .tokens
                    .get(m + 1)
                    .is_some_and(|n| n.is_word() && tg.open_class(m + 1));
            if coordinated {
                m += 1;
                continue;
            }
            break;
        }
        if head.is_some()
            && tg.finite(m)
            && (tg.has(m, class::AUX) || tg.verb_at(m).is_some_and(|v| v.form == VerbForm::Base))
        {
            break;
        }
        head = Some(m);
        m += 1;
        if tg.plural_noun(m - 1)
            && !tg
                .tokens
                .get(m)
                .is_some_and(|n| n.is_word() && tg.plural_noun(m) && tg.open_class(m))
        {
            break;
        }
    }
    let h = head?;
    let ht = &tg.tokens[h];
    if matches!(
        tg.verb_at(h).map(|v| v.form),
        Some(VerbForm::Past | VerbForm::Ing)
    ) && !tg.plural_noun(h)
    {
        return None;
    }
    if ht.capitalized()
        && ht
            .text
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic())
    {
        // An acronym alone is a designation, not a counted thing.
        return None;
    }
    // A capitalised head after the number is a proper noun (a demonym or a name: `1,200
    // Serbs`, `three Rafales`): its case is kept.
    let mut unit = if ht.capitalized() {
        singular(&ht.text)
    } else {
        singular(&ht.lower)
    };
    if h > np_start {
        let p = &tg.tokens[h - 1];
        if p.is_word()
            && !p.capitalized()
            && tg.open_class(h - 1)
            && tg.verb_at(h - 1).is_none()
            && !adjective_like(&p.lower)
        {
            unit = format!("{} {unit}", p.lower);
        }
    }
    Some((unit, h))
}

/// The counted noun of the whole after a part (`of the 150 seats` at `k`, `of 64 districts`).
fn partitive_whole(tg: &Tagged, k: usize, end: usize, quoted: bool) -> Option<String> {
    if tg.tokens.get(k)?.lower != "of" {
        return None;
    }
    let mut m = k + 1;
    if tg.has(m, class::DET | class::POSS) {
        m += 1;
    }
    // A possessor before the whole: `500 of the company's 6,000 servers`.
    if let Some(p) = (m..(m + 3).min(end)).find(|&p| tg.tokens[p].possessive()) {
        if (m..p).all(|x| tg.tokens[x].is_word()) && tg.tokens[p].is_word() {
            m = p + 1;
        }
    }
    let n = tg.tokens.get(m).filter(|_| m < end)?;
    if n.shape != Shape::Number || is_year(&n.text) {
        return None;
    }
    counted_noun(tg, m + 1, end, quoted).map(|(u, _)| u)
}

/// The units of the last counted quantities before a clause, for numbers whose noun is left
/// out.
#[derive(Debug, Clone, Copy, Default)]
pub struct Elided<'a> {
    /// In the paragraph: a number after `more` counts it (`built eleven dams … and two more`).
    pub paragraph: Option<&'a str>,
    /// In the sentence: a bare count counts it (`moved fewer than 100,000 containers …, but
    /// … expect it to carry up to 1.4 million a year`).
    pub sentence: Option<&'a str>,
}

/// Finds the quantities of a clause, skipping the tokens of its dates. `elided` gives the
/// units counted before the clause, for numbers whose noun is left out.
pub fn find(
    tg: &Tagged,
    clause: &Range<usize>,
    dates: &[Range<usize>],
    lex: &Lexicon,
    elided: Elided<'_>,
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let in_date = |i: usize| dates.iter().any(|d| d.contains(&i));
    let mut limit_until: Option<usize> = None;
    let mut list_approx: Option<(Approximation, usize)> = None;
    let mut i = clause.start;
    while i < clause.end {
        if in_date(i) {
            i += 1;
            continue;
        }
        // A limit word governs what follows, to the end of its apposition.
        if let Some((n, Cue::Limit)) = phrase(tg, i, &lex.cues) {
            let closes = (i + n..clause.end)
                .find(|&j| matches!(tg.tokens[j].text.as_str(), ";" | ")" | "."))
                .unwrap_or(clause.end);
            let dash_open = (i + n..(i + n + 2).min(clause.end))
                .any(|j| matches!(tg.tokens[j].text.as_str(), "—" | "–" | ":"));
            let until = if dash_open {
                (i + n + 1..clause.end)
                    .find(|&j| matches!(tg.tokens[j].text.as_str(), "—" | "–"))
                    .unwrap_or(closes)
            } else {
                // A limit verb's amount after `at` (`caps imports under waivers at 470
                // tonnes`, `capped at`) or `to` (`limited to`).
                let at = (i + n..(i + n + 10).min(closes)).find(|&j| {
                    matches!(tg.tokens[j].lower.as_str(), "at" | "from")
                        || j == i + n && tg.tokens[j].lower == "to"
                });
                match at {
                    // A change of the limit: `lowered the maximum draught … from 50 feet to
                    // 44 feet`.
                    Some(a) if tg.tokens[a].lower == "from" => (a + 7).min(closes),
                    Some(a) => (a + 4).min(closes),
                    None => (i + n + 4).min(closes),
                }
            };
            limit_until = Some(until);
            i += n;
            continue;
        }
        let last_unit = counted_unit(&out).or(elided.paragraph);
        match quantity_at(tg, i, clause, lex, &out, last_unit, elided.sentence) {
            Some(mut q) => {
                if compared_clause(tg, &q, clause) {
                    q.approximation = None;
                }
                if q.approximation.is_none() {
                    if let Some((a, after)) = list_approx {
                        let gap_ok = (after..q.tokens.start).all(|j| {
                            let t = &tg.tokens[j];
                            matches!(t.text.as_str(), "," | "and" | "with" | "(" | ")")
                                || t.text
                                    .trim_end_matches('s')
                                    .chars()
                                    .all(|c| c.is_uppercase())
                        }) && q.tokens.start - after <= 8;
                        if gap_ok {
                            q.approximation = Some(a);
                        }
                    }
                }
                list_approx = match q.approximation {
                    Some(a) if distributive_approx(tg, q.tokens.start, clause) => {
                        Some((a, q.tokens.end))
                    }
                    Some(a) if list_approx.is_some() => Some((a, q.tokens.end)),
                    _ => None,
                };
                if limit_until.is_some_and(|u| q.tokens.start < u)
                    || limit_after(tg, &q, clause, lex)
                    || penalty_cap(tg, &q, clause)
                {
                    q.role = QuantityRole::Limit;
                    // A list of capped amounts: `caps each side at 1,550 warheads and 700
                    // launchers`.
                    // (`500 tonnes of cod, 300 tonnes of hake`: past the `of` phrase).
                    let mut k = q.tokens.end;
                    if tg.tokens.get(k).is_some_and(|t| t.lower == "of") {
                        k += 1;
                        while k < clause.end
                            && k < q.tokens.end + 4
                            && tg.tokens[k].is_word()
                            && tg.open_class(k)
                            && !tg.finite(k)
                        {
                            k += 1;
                        }
                    }
                    let conj = k;
                    while k < clause.end
                        && k < conj + 2
                        && matches!(tg.tokens[k].text.as_str(), "," | "and" | "or")
                    {
                        k += 1;
                    }
                    let next_number = tg.tokens.get(k).is_some_and(|t| {
                        k < clause.end && (t.shape == Shape::Number || t.shape == Shape::Symbol)
                    });
                    if k > conj && next_number {
                        limit_until = Some(limit_until.unwrap_or(0).max(k + 1));
                    }
                }
                i = q.tokens.end;
                out.push(q);
            }
            None => i += 1,
        }
    }
    out
}

/// The unit a later bare count takes from `found`: the last counted thing that is no span of
/// time (`detained 400 people in the first two weeks, and at least 300 were injured` counts
/// people), else the last unit (`15 years old, and a third are over 20`).
pub fn counted_unit(found: &[Found]) -> Option<&str> {
    let units = || {
        found
            .iter()
            .rev()
            .filter(|q| q.currency.is_none())
            .filter_map(|q| q.unit.as_deref())
    };
    units()
        .find(|u| {
            !matches!(
                *u,
                "year" | "month" | "week" | "day" | "hour" | "decade" | "minute"
            )
        })
        .or_else(|| units().next())
}

/// Whether the approximator of a quantity is followed by a verb before the number (`roughly
/// consisting of 330 …, 12 …, and 58 …`): it then qualifies the whole list.
fn distributive_approx(tg: &Tagged, start: usize, clause: &Range<usize>) -> bool {
    // Only before the number: `over 18,000 suspected cases` has its participle after it.
    let number = (start..clause.end)
        .find(|&j| tg.tokens[j].shape == Shape::Number)
        .unwrap_or(clause.end);
    (start..clause.end.min(start + 3).min(number)).any(|j| {
        tg.verb_at(j)
            .is_some_and(|v| matches!(v.form, VerbForm::Ing | VerbForm::Past))
    })
}

/// Whether an `up to` amount is a legal maximum penalty: a prison term (`faces up to six
/// years in jail`) or a fine (`fines of up to 10,000 euros`, `punishable by up to …`). The law
/// sets a ceiling; no one has yet served or paid it.
fn penalty_cap(tg: &Tagged, q: &Found, clause: &Range<usize>) -> bool {
    if q.approximation != Some(Approximation::UpTo) {
        return false;
    }
    let low = |j: usize| tg.tokens[j].lower.as_str();
    let after = q.tokens.end;
    let prison = after + 1 < clause.end
        && matches!(low(after), "in" | "of" | "behind")
        && matches!(
            low(after + 1),
            "prison" | "jail" | "gaol" | "imprisonment" | "detention" | "bars"
        );
    let before = (q.tokens.start.saturating_sub(3).max(clause.start)..q.tokens.start).any(|j| {
        matches!(
            low(j),
            "fine" | "fines" | "punishable" | "penalty" | "penalties" | "sentence" | "sentences"
        )
    });
    prison || before
}

/// Whether a limit word follows the quantity inside its noun phrase (`the 500,000-barrel oil
/// cap`).
fn limit_after(tg: &Tagged, q: &Found, clause: &Range<usize>, lex: &Lexicon) -> bool {
    (q.tokens.end..clause.end.min(q.tokens.end + 2)).any(|j| {
        tg.tokens[j].is_word() && matches!(phrase(tg, j, &lex.cues), Some((_, Cue::Limit)))
    }) || (q.tokens.start..q.tokens.end)
        .any(|j| matches!(phrase(tg, j, &lex.cues), Some((_, Cue::Limit))))
        || limit_relative(tg, q, clause, lex)
}

/// Whether the quantity's noun is the object of a limit verb in a reduced relative clause
/// right after it (`the 900 beds the ministry authorised`, `the 40 trucks the permit allows`).
fn limit_relative(tg: &Tagged, q: &Found, clause: &Range<usize>, lex: &Lexicon) -> bool {
    let k = q.tokens.end;
    if !tg.has(k, class::DET | class::POSS) || k + 2 >= clause.end {
        return false;
    }
    (k + 2..clause.end.min(k + 5))
        .take_while(|&j| tg.tokens[j].is_word())
        .find(|&j| !tg.open_class(j) || tg.verb_at(j).is_some())
        .is_some_and(|j| {
            tg.verb_at(j).is_some()
                && matches!(phrase(tg, j, &lex.cues), Some((1, Cue::Limit)))
                && (k + 1..j).all(|x| tg.open_class(x) && tg.verb_at(x).is_none())
        })
}

/// The quantity that starts at token `i`, if any.
fn quantity_at(
    tg: &Tagged,
    i: usize,
    clause: &Range<usize>,
    lex: &Lexicon,
    before: &[Found],
    elided: Option<&str>,
    sentence_unit: Option<&str>,
) -> Option<Found> {
    let end = clause.end;
    let mut j = i;
    let mut approximation = None;
    if let Some((n, a)) = phrase(tg, j, &lex.approximators) {
        // `did not fall below 50 tonnes`, `rose above 3 percent`: where the amount moved.
        let moved = matches!(
            tg.tokens[j].lower.as_str(),
            "below" | "above" | "under" | "over"
        ) && j > 0
            && tg.verb_at(j - 1).is_some_and(|v| {
                lex.cues
                    .starting(&v.lemma)
                    .any(|(w, _, c)| w.len() == 1 && *c == Cue::Motion)
            });
        // `is being built around three projects`, `was organised around two pillars`: after a
        // passive participle, `around` is the preposition, not an approximation.
        let structural = tg.tokens[j].lower == "around"
            && j >= 2
            && tg.verb_at(j - 1).is_some_and(|v| v.form.past())
            && (j.saturating_sub(3)..j - 1).any(|b| {
                matches!(
                    tg.tokens[b].lower.as_str(),
                    "is" | "are" | "was" | "were" | "be" | "been" | "being"
                )
            });
        approximation = (!moved && !structural).then_some(a);
        j += n;
        // `roughly consisting of 330`
        let mut k = j;
        while k < end.min(j + 3)
            && (tg.verb_at(k).is_some() || tg.tokens[k].lower == "of")
            && tg.tokens[k].shape == Shape::Word
        {
            k += 1;
        }
        if k > j && number_at(tg, k, end, lex).is_some() {
            j = k;
        }
        // `at least another 50`, `up to a further 200`, `some 30 additional`: the increment
        // word between the approximator and the number.
        let skip = match tg.tokens.get(j).map(|t| t.lower.as_str()) {
            Some("another") => 1,
            Some("a" | "an")
                if tg
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| matches!(t.lower.as_str(), "further" | "additional")) =>
            {
                2
            }
            _ => 0,
        };
        if skip > 0 && j + skip < end && number_at(tg, j + skip, end, lex).is_some() {
            j += skip;
        }
    }
    let mut currency = None;
    if let Some((code, n)) = currency_prefix(tg, j, lex) {
        currency = Some(code);
        j += n;
    }
    // Fractions: `nearly half of that`, `a tenth of the peak`.
    // `fell by a third`, `cut by about a quarter`: a proportion on its own.
    let by = i > 0 && tg.tokens[i - 1].lower == "by";
    // An amount of tokens `tokens` in a unit of no currency: a share (`fraction`) or a
    // multiple (`time`).
    let amount = |tokens: Range<usize>, value: String, unit: &str| Found {
        tokens,
        value: Some(value),
        min: None,
        max: None,
        unit: Some(unit.to_owned()),
        unit_code: None,
        currency: None,
        per: None,
        approximation,
        role: QuantityRole::Amount,
    };
    if let Some((value, next)) = fraction_at(tg, j, approximation.is_some(), by, lex) {
        return Some(amount(i..next, value.text(), "fraction"));
    }
    // `one in five children`, `three out of four voters`: a share, counted as a fraction.
    if let Some((value, next)) = ratio_at(tg, j, end, lex) {
        return Some(amount(i..next, value, "fraction"));
    }
    // `half a century`: a fraction of one unit of measure.
    if let Some((value, u, n)) = fraction_of_unit(tg, j, lex) {
        return Some(Found {
            tokens: i..j + n,
            value: Some(value.text()),
            min: None,
            max: None,
            unit: Some(u.text),
            unit_code: u.code,
            currency: None,
            per: None,
            approximation,
            role: QuantityRole::Amount,
        });
    }
    // `by a factor of three`: a multiple, counted in times.
    if word_at(tg, j) == "factor"
        && j > 0
        && matches!(word_at(tg, j - 1), "a" | "an")
        && word_at(tg, j + 1) == "of"
    {
        if let Some(n) = number_at(tg, j + 2, end, lex).filter(|n| n.scale.m == 1) {
            return Some(amount(j - 1..n.next, n.value.text(), "time"));
        }
    }
    // A count of times in one word: `twice`.
    if let Some((v, NumberClass::Times)) = tg
        .tokens
        .get(j)
        .and_then(|t| lex.numbers.get(t.lower.as_str()))
    {
        return Some(amount(i..j + 1, Dec::parse(v)?.text(), "time"));
    }
    let number = number_at(tg, j, end, lex)?;
    let t = &tg.tokens[j];
    if excluded_number(
        tg,
        j,
        &number,
        clause,
        currency.is_some() || approximation.is_some(),
        lex,
    ) {
        return None;
    }
    let mut k = number.next;
    let mut min = None;
    let mut max = None;
    let mut value = Some(number.value);
    // Ranges: `50,000 to 60,000`, `10-14`, `between 3 and 10`.
    let between = i > 0 && tg.tokens[i - 1].lower == "between";
    if k + 1 < end
        && (matches!(tg.tokens[k].text.as_str(), "to" | "-" | "–")
            || (between && tg.tokens[k].lower == "and"))
    {
        // The second end may repeat the currency (`between US$300 million and US$600
        // million`).
        let mut s = k + 1;
        if let Some((code, n)) = currency_prefix(tg, s, lex) {
            if currency.as_ref() == Some(&code) {
                s += n;
            }
        }
        if let Some(second) = number_at(tg, s, end, lex) {
            // `from 36 to 22`: a fall from one value to another, not a range.
            let falls = as_f64(second.value) < as_f64(number.value)
                && shared_scale(&number, &second).is_none();
            if (tg.tokens[s].shape == t.shape || second.spelled == number.spelled) && !falls {
                min = Some(shared_scale(&number, &second).unwrap_or(number.value));
                max = Some(second.value);
                value = None;
                k = second.next;
            }
        }
    }
    // A range of percentages with the sign on both ends: `4.25%-4.5%`, `between 3% and 5%`,
    // `2% to 3%` (not `from 3% to 5%` or `rose (by) 0.5% to 6%`, a change and its end).
    let change_to = tg.tokens.get(k + 1).is_some_and(|t| t.lower == "to")
        && i > 0
        && (tg.tokens[i - 1].lower == "by"
            || tg.verb_at(i - 1).is_some_and(|v| v.lemma != "be") && !tg.has(i - 1, class::AUX));
    if value.is_some()
        && !change_to
        && number.attached.is_none()
        && k + 2 < end
        && tg.tokens[k].text == "%"
        && (matches!(tg.tokens[k + 1].text.as_str(), "to" | "-" | "–")
            || between && tg.tokens[k + 1].lower == "and")
        && !(i > 0 && tg.tokens[i - 1].lower == "from")
    {
        if let Some(second) = number_at(tg, k + 2, end, lex) {
            let rises = as_f64(second.value) > as_f64(number.value);
            if rises
                && second.attached.is_none()
                && tg.tokens.get(second.next).is_some_and(|p| p.text == "%")
            {
                min = Some(number.value);
                max = Some(second.value);
                value = None;
                k = second.next;
            }
        }
    }
    let mut unit = None;
    let mut unit_code = None;
    let mut factor = Dec { m: 1, s: 0 };
    let mut last = k;
    if let Some(att) = &number.attached {
        unit = Some(singular(att));
    } else if k < end && tg.tokens[k].shape == Shape::Symbol && tg.tokens[k].text == "%" {
        unit = Some("percent".to_owned());
        unit_code = Some("P1".to_owned());
        last = k + 1;
    } else if let Some((code, f, n)) = currency
        .is_none()
        .then(|| subunit_at(tg, k, lex, before))
        .flatten()
    {
        // `6.5 US cents`: a hundredth of the main unit.
        currency = Some(code);
        factor = f;
        last = k + n;
    } else if let Some((code, n)) = suffix_currency(tg, k, lex) {
        currency = Some(code);
        last = k + n;
    } else if k < end && tg.tokens[k].is("-") {
        // `the 400-kilovolt line`, `a 330-kV substation`: a voltage rating names the kind of
        // line, as a calibre names the kind of shell; it is no amount.
        if tg
            .tokens
            .get(k + 1)
            .is_some_and(|w| matches!(w.lower.as_str(), "kilovolt" | "kv" | "volt" | "megavolt"))
        {
            return None;
        }
        // `500,000-barrel`, `39-member`
        if let Some((u, n)) = unit_at(tg, k + 1, lex) {
            unit = Some(u.text.clone());
            unit_code = u.code.clone();
            factor = Dec::parse(&u.factor)?;
            last = k + 1 + n;
        } else if let Some(n) = tg.tokens.get(k + 2).filter(|n| {
            tg.tokens[k + 1].lower == "strong" && k + 2 < end && n.is_word() && tg.open_class(k + 2)
        }) {
            // `a 5,000-strong force`: the noun it sizes is what is counted.
            unit = Some(singular(&n.lower));
            last = k + 3;
        } else if let Some(w) = tg.tokens.get(k + 1).filter(|w| w.is_word()) {
            // `a 200-nautical-mile zone`: a unit of several words joined by hyphens.
            let spaced = w.lower.replace('-', " ");
            let known = w.lower.contains('-')
                && spaced
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| lex.units.starting(last).next().is_some());
            unit = Some(if known {
                singular(&spaced)
            } else {
                singular(&w.lower)
            });
            last = k + 2;
        }
    } else if currency.is_none() {
        if let Some((u, n)) = unit_at(tg, k, lex) {
            unit = Some(u.text.clone());
            unit_code = u.code.clone();
            factor = Dec::parse(&u.factor)?;
            last = k + n;
        } else if tg.tokens.get(k).is_some_and(|w| w.lower == "mm") {
            return None;
        } else if let Some(u) = partitive_whole(tg, k, end, t.quoted) {
            // `89 of the 150 seats`, `at least 20 of 64 districts`: the part counts the noun
            // of the whole, which is a quantity of its own.
            unit = Some(u);
            last = k;
        } else if let Some((u, h)) = counted_noun(tg, k, end, t.quoted) {
            unit = Some(u);
            last = h + 1;
        } else if let Some((u, h)) = tg
            .tokens
            .get(k)
            .filter(|w| {
                matches!(
                    w.lower.as_str(),
                    "more" | "fewer" | "further" | "additional"
                ) && !no_noun_after(tg, k)
            })
            .and_then(|_| counted_noun(tg, k + 1, end, t.quoted))
        {
            // `two more cables failed`, `three further ships`: the noun after the increment.
            unit = Some(u);
            last = h + 1;
        } else if tg.tokens.get(k).is_some_and(|w| w.lower == "more")
            && !tg
                .tokens
                .get(k + 1)
                .is_some_and(|w| w.is_word() && tg.open_class(k + 1))
        {
            // `two more` with the noun left out: the noun counted before.
            if let Some(u) = elided {
                unit = Some(u.to_owned());
                last = k + 1;
            }
        } else if i > 0
            && tg.tokens[i - 1].lower == "another"
            && !tg
                .tokens
                .get(k)
                .is_some_and(|w| w.is_word() && tg.open_class(k))
        {
            // `another two` with the noun left out: the noun counted before.
            if let Some(u) = elided {
                unit = Some(u.to_owned());
                last = k;
            }
        }
    }
    // `over three years` is a span of time, not more than one.
    if approximation == Some(Approximation::MoreThan)
        && tg.tokens[i].lower == "over"
        && unit
            .as_deref()
            .is_some_and(|u| matches!(u, "day" | "week" | "month" | "year" | "decade"))
    {
        approximation = None;
    }
    if unit.is_none() && currency.is_none() {
        // `523 votes to 46`, `from six officers to between 25 and 30`: the second number
        // takes the first one's unit.
        let linked = before.last().filter(|prev| {
            let mut gap = prev.tokens.end..i;
            gap.len() <= 2
                && gap.clone().any(|x| tg.tokens[x].lower == "to")
                && gap.all(|x| matches!(tg.tokens[x].lower.as_str(), "to" | "between"))
        });
        if let Some(prev) = linked {
            unit = prev.unit.clone();
            unit_code = prev.unit_code.clone();
        } else {
            unit = Some(bare_count_unit(
                tg,
                i,
                j,
                &number,
                k,
                clause,
                before,
                sentence_unit,
                lex,
            )?);
        }
    }
    if let Some(code) = &currency {
        unit = Some(code.clone());
    }
    // Date offsets are dates: `two days later`.
    if unit
        .as_deref()
        .is_some_and(|u| matches!(u, "day" | "week" | "month" | "year"))
        && tg
            .tokens
            .get(last)
            .is_some_and(|w| matches!(w.lower.as_str(), "later" | "earlier" | "ago"))
        && tg.tokens.get(last + 1).is_none_or(|w| w.lower != "than")
    {
        return None;
    }
    let scale = |d: Dec| d.mul(factor).map(Dec::text);
    // Rates: `EUR 340/MWh`, `15 bcm a year`, `155 billion cubic metres (bcm) of gas a year`.
    let mut per = None;
    if tg.tokens.get(last).is_some_and(|w| w.is("/")) {
        if let Some(w) = tg.tokens.get(last + 1).filter(|w| w.is_word()) {
            per = Some(w.text.clone());
            last += 2;
        }
    } else {
        let mut r = last;
        if tg.tokens.get(r).is_some_and(|w| w.is("(")) {
            if let Some(close) = (r..end.min(r + 5)).find(|&x| tg.tokens[x].is(")")) {
                r = close + 1;
            }
        }
        if tg.tokens.get(r).is_some_and(|w| w.lower == "of") {
            r = (r + 1..end.min(r + 6))
                .find(|&x| {
                    phrase(tg, x, &lex.cues).is_some_and(|(_, c)| matches!(c, Cue::Rate(_)))
                        || tg.tokens[x].lower == "per"
                        || !tg.tokens[x].is_word()
                })
                .unwrap_or(r);
        }
        // `a year earlier` is a date, not a rate.
        let offset = |n: usize| {
            tg.tokens.get(r + n).is_some_and(|w| {
                matches!(
                    w.lower.as_str(),
                    "earlier" | "later" | "ago" | "before" | "after"
                )
            })
        };
        // A share's `of` phrase names the whole it is a share of; a time word after it goes
        // with the verb (`will check 3 percent of operators each year`), not a rate.
        let share_of = r > last && unit.as_deref() == Some("percent");
        if let Some((n, Cue::Rate(p))) = phrase(tg, r, &lex.cues)
            .filter(|(n, _)| !offset(*n))
            .filter(|_| !share_of)
        {
            per = Some(p);
            if r == last {
                last = r + n;
            }
        } else if let Some((u, n)) = tg
            .tokens
            .get(r)
            .filter(|w| matches!(w.lower.as_str(), "a" | "an" | "per" | "each"))
            .and_then(|_| unit_at(tg, r + 1, lex))
            .filter(|(_, n)| !offset(1 + n) && !share_of)
        {
            // `US$80 a pound`, `EUR 60 per tonne`: a price per unit of measure.
            per = Some(u.text.clone());
            if r == last {
                last = r + 1 + n;
            }
        } else if let Some(w) = tg
            .tokens
            .get(r + 1)
            .filter(|_| currency.is_some() && r == last && r + 2 <= clause.end)
            .filter(|_| matches!(tg.tokens[r].lower.as_str(), "a" | "an"))
            .filter(|w| {
                // `$3.50 a dose`, `€15 a head,`: a price per counted thing, the noun alone
                // before punctuation, a preposition or a conjunction.
                w.is_word()
                    && !w.capitalized()
                    && tg.open_class(r + 1)
                    && !tg.finite(r + 1)
                    && tg.verb_at(r + 1).is_none_or(|v| v.form == VerbForm::Base)
                    && !tg.plural_noun(r + 1)
                    && tg.tokens.get(r + 2).is_none_or(|n| {
                        r + 2 >= clause.end
                            || !n.is_word()
                            || tg.has(r + 2, class::PREP | class::COORD)
                    })
            })
        {
            per = Some(w.lower.clone());
            last = r + 2;
        } else if let Some((p, n)) = tg
            .tokens
            .get(r)
            .filter(|w| w.lower == "per")
            .and_then(|_| per_count(tg, r + 1, end, lex, before))
        {
            // `€90 per 1,000 litres`, `1.5 doctors per thousand residents`, `3 per 1,000`
            // (the base named before): a rate per a counted number of units.
            per = Some(p);
            if r == last {
                last = r + 1 + n;
            }
        } else if tg.tokens.get(r).is_some_and(|w| w.lower == "per") {
            // `1% of a ship's value per transit`, `USD 20 per barrel`
            if let Some(w) = tg.tokens.get(r + 1).filter(|w| w.is_word()) {
                per = Some(singular(&w.lower));
                let mut n = 2;
                // `per vessel day`, `per person year`: a noun before a unit of time.
                if let Some((u, m)) = unit_at(tg, r + 2, lex)
                    .filter(|(u, _)| u.code.as_deref().is_some_and(time_code))
                {
                    per = Some(format!("{} {}", w.lower, u.text));
                    n += m;
                }
                if r == last {
                    last = r + n;
                }
            }
        }
    }
    // `an annual deficit of 20 billion cubic metres`: the adjective of the noun whose `of`
    // phrase holds the amount.
    if per.is_none() && i > 0 && tg.tokens[i - 1].lower == "of" {
        per = (i.saturating_sub(5)..i - 1).rev().find_map(|x| {
            let ok = (x + 1..i - 1).all(|y| tg.tokens[y].is_word() && tg.open_class(y));
            match phrase(tg, x, &lex.cues) {
                Some((1, Cue::RateBefore(p))) if ok && x + 1 < i - 1 => Some(p),
                _ => None,
            }
        });
    }
    Some(Found {
        tokens: i..last.max(number.next),
        value: match value {
            Some(v) => Some(scale(v)?),
            None => None,
        },
        min: match min {
            Some(v) => Some(scale(v)?),
            None => None,
        },
        max: match max {
            Some(v) => Some(scale(v)?),
            None => None,
        },
        unit,
        unit_code,
        currency,
        per,
        approximation,
        role: QuantityRole::Amount,
    })
}

/// The base of a rate per a counted number of units after `per` at `k`: (`1000 litre`,
/// tokens taken). The number is a round base (`1,000`, `100,000`, `thousand`); the noun after
/// it is a unit of measure or a counted noun, or, when none follows (`2.2 per 1,000`), the base
/// of the last rate before it with the same number.
fn per_count(
    tg: &Tagged,
    k: usize,
    end: usize,
    lex: &Lexicon,
    before: &[Found],
) -> Option<(String, usize)> {
    let t = tg.tokens.get(k)?;
    let (value, next) = match lex.numbers.get(t.lower.as_str()) {
        Some((m, NumberClass::Multiplier)) => (Dec::parse(m)?, k + 1),
        _ if t.shape == Shape::Number => {
            let n = number_at(tg, k, end, lex)?;
            (n.value, n.next)
        }
        _ => return None,
    };
    let base = value.text();
    // A round base only: `per 1,000`, `per 100,000`, not `per 3 hours`.
    if !(base.starts_with('1') && base[1..].chars().all(|c| c == '0') && base.len() >= 3) {
        return None;
    }
    if let Some((u, n)) = unit_at(tg, next, lex).filter(|_| next < end) {
        return Some((format!("{base} {}", u.text), next - k + n));
    }
    if next < end && tg.plural_noun(next) && tg.open_class(next) && !tg.finite(next) {
        let w = &tg.tokens[next];
        return Some((format!("{base} {}", singular(&w.lower)), next - k + 1));
    }
    let prefix = format!("{base} ");
    let elided = before
        .iter()
        .rev()
        .find_map(|q| q.per.as_deref().filter(|p| p.starts_with(&prefix)))?;
    Some((elided.to_owned(), next - k))
}

/// Whether `more than` or `less than` before the quantity compares two clauses, the second
/// one's verb elided to an auxiliary (`changed the town more than ten years of planning did`):
/// the amount is then exact.
fn compared_clause(tg: &Tagged, q: &Found, clause: &Range<usize>) -> bool {
    let start = q.tokens.start;
    let than = start + 1 < q.tokens.end
        && matches!(tg.tokens[start].lower.as_str(), "more" | "less" | "fewer")
        && tg.tokens[start + 1].lower == "than";
    if !than {
        return false;
    }
    let mut k = q.tokens.end;
    if tg.tokens.get(k).is_some_and(|t| t.lower == "of") {
        k += 1;
        while k < clause.end && k < q.tokens.end + 5 && tg.tokens[k].is_word() && tg.open_class(k) {
            k += 1;
        }
    }
    k < clause.end
        && matches!(
            tg.tokens[k].lower.as_str(),
            "did" | "do" | "does" | "had" | "have" | "has" | "could" | "would" | "can" | "will"
        )
        && tg.tokens.get(k + 1).is_none_or(|n| !n.is_word())
}

/// A decimal as a float, for comparisons only.
fn as_f64(d: Dec) -> f64 {
    d.text().parse().unwrap_or(0.0)
}

/// The unit of a bare count, a number in digits or with a multiplier whose noun is left out
/// because the sentence has named it (`cut daily slots from 36 to 22`, `Transits … rose to
/// about 13,400`, `more than 30 million people …, and about 12 million had`, `with 14 in
/// favour`): the plural noun just before it (`slots at 36 a day`), else the unit counted
/// before it in the sentence, else votes for `in favour` and `against`, else the nearest
/// plural noun before it in the clause. `None` when a word of the number's own noun phrase
/// follows it or nothing names what it counts.
#[allow(clippy::too_many_arguments)]
fn bare_count_unit(
    tg: &Tagged,
    i: usize,
    j: usize,
    number: &Number,
    k: usize,
    clause: &Range<usize>,
    before: &[Found],
    sentence_unit: Option<&str>,
    lex: &Lexicon,
) -> Option<String> {
    let t = &tg.tokens[j];
    if t.shape != Shape::Number && number.next <= j + 1 {
        // A spelled number set against a count before it takes that count's noun: `29
        // features against nine held by …`, `12 ships versus five`.
        let contrast = i > clause.start
            && matches!(tg.tokens[i - 1].lower.as_str(), "against" | "versus" | "vs");
        let noun_follows = tg.tokens.get(k).is_some_and(|n| {
            k < clause.end
                && n.is_word()
                && tg.open_class(k)
                && !tg.finite(k)
                && tg.verb_at(k).is_none()
        });
        return before
            .last()
            .filter(|_| contrast && !noun_follows)
            .filter(|q| q.currency.is_none() && q.unit_code.is_none())
            .and_then(|q| q.unit.clone())
            .filter(|u| !matches!(u.as_str(), "percent" | "fraction" | "time"));
    }
    // A number glued to the token before it is part of a code or date (`9/11`).
    if j > 0 && tg.tokens[j - 1].end == t.start {
        return None;
    }
    // A small number alone in digits is too often a label (`page 5`, `phase 2`).
    if number.next <= j + 1 && t.text.chars().filter(char::is_ascii_digit).count() < 2 {
        return None;
    }
    if let Some(n) = tg.tokens.get(k).filter(|_| k < clause.end) {
        if n.is_word() && tg.open_class(k) && !tg.finite(k) && !no_noun_after(tg, k) {
            return None;
        }
        if n.is("-") || n.is("/") || n.is("%") {
            return None;
        }
    }
    let noun = |x: usize| {
        let w = &tg.tokens[x];
        // A capital only at the start of the sentence (`Transits … rose to about 13,400`). An
        // `-s` form after the clause's finite verb is its object, not a second verb (`cut
        // berth permits from 48`).
        tg.plural_noun(x)
            && (!w.capitalized() || x == 0)
            && (!tg.finite(x) || (clause.start..x).any(|y| tg.finite(y)))
    };
    // `slots at 36`, `slots from 36`.
    if i > clause.start + 1 && !tg.open_class(i - 1) && tg.tokens[i - 1].is_word() && noun(i - 2) {
        return Some(singular(&tg.tokens[i - 2].lower));
    }
    if i > clause.start && noun(i - 1) {
        return Some(singular(&tg.tokens[i - 1].lower));
    }
    let counted = |u: &str| !matches!(u, "percent" | "fraction" | "time");
    if let Some(u) = before
        .iter()
        .rev()
        .filter(|q| q.currency.is_none() && q.unit_code.is_none())
        .find_map(|q| q.unit.clone())
        .filter(|u| counted(u))
    {
        return Some(u);
    }
    if let Some(u) = sentence_unit.filter(|u| counted(u)) {
        return Some(u.to_owned());
    }
    let next = |n: usize| tg.tokens.get(k + n).map(|w| w.lower.as_str());
    if next(0) == Some("in") && next(1) == Some("favour") || next(0) == Some("against") {
        return Some("vote".to_owned());
    }
    (clause.start..i)
        .rev()
        .find(|&x| noun(x))
        .map(|x| {
            // `Refugee numbers climbed to 120 million`: the numbers are of the noun before.
            let w = &tg.tokens[x].lower;
            let modifier = x > clause.start
                && matches!(w.as_str(), "numbers" | "totals" | "counts")
                && tg.tokens[x - 1].is_word()
                && tg.open_class(x - 1)
                && tg.verb_at(x - 1).is_none();
            if modifier {
                singular(&tg.tokens[x - 1].lower)
            } else {
                singular(w)
            }
        })
        .or_else(|| {
            // `its population has grown by some 20 million`: the members of a collective
            // named before it.
            (clause.start..i)
                .rev()
                .find_map(|x| match phrase(tg, x, &lex.cues) {
                    Some((1, Cue::Collective(u))) => Some(u),
                    _ => None,
                })
        })
}

/// The first end of a range with the multiplier written once, after the second end, applied
/// to it (`US$5–10 million`, `50 to 60 million tonnes`): `None` when the first end has its own
/// multiplier or the second's would make it larger than the second (`between 500,000 and 1
/// million` keeps 500000).
fn shared_scale(first: &Number, second: &Number) -> Option<Dec> {
    if first.scale != (Dec { m: 1, s: 0 }) || second.scale == (Dec { m: 1, s: 0 }) {
        return None;
    }
    let scaled = first.value.mul(second.scale)?;
    let as_f = |d: Dec| d.text().parse::<f64>().ok();
    (as_f(scaled)? <= as_f(second.value)?).then_some(scaled)
}

/// Whether a UN/CEFACT code is a unit of time (year, month, week, day, hour).
fn time_code(code: &str) -> bool {
    matches!(code, "ANN" | "MON" | "WEE" | "DAY" | "HUR")
}

/// A fraction of one unit of measure: `half a century` (50 year), `a quarter of an hour`
/// is not (it has `of`); `half a tonne`. (value, unit, tokens covered from `j`).
fn fraction_of_unit(
    tg: &Tagged,
    j: usize,
    lex: &Lexicon,
) -> Option<(Dec, super::lexicon::Unit, usize)> {
    let Some((f, NumberClass::Fraction)) = lex.numbers.get(tg.tokens.get(j)?.lower.as_str()) else {
        return None;
    };
    if !matches!(tg.tokens.get(j + 1)?.lower.as_str(), "a" | "an") {
        return None;
    }
    let (u, n) = unit_at(tg, j + 2, lex)?;
    let value = Dec::parse(f)?.mul(Dec::parse(&u.factor)?)?;
    Some((value, u, 2 + n))
}

/// A currency subunit after a number (`6.5 US cents`, `40 pence`; `cents` alone in the
/// currency of the last amount of money before it in the clause): (ISO code, factor to the
/// main unit, tokens covered).
fn subunit_at(
    tg: &Tagged,
    k: usize,
    lex: &Lexicon,
    before: &[Found],
) -> Option<(String, Dec, usize)> {
    let (n, (code, factor)) = phrase(tg, k, &lex.subunits)?;
    let code = match code {
        Some(c) => c,
        // The currency of an amount before it, else of one just after it (`from 50 cents
        // to $1.20`).
        None => before
            .iter()
            .rev()
            .find_map(|q| q.currency.clone())
            .or_else(|| {
                (k + n..(k + n + 6).min(tg.tokens.len()))
                    .take_while(|&x| !matches!(tg.tokens[x].text.as_str(), "." | ";"))
                    .find_map(|x| currency_prefix(tg, x, lex).map(|(c, _)| c))
            })?,
    };
    Some((code, Dec::parse(&factor)?, n))
}

/// A currency word after a number (`5 billion euros`).
fn suffix_currency(tg: &Tagged, k: usize, lex: &Lexicon) -> Option<(String, usize)> {
    let t = tg.tokens.get(k)?;
    if let Some((code, false)) = lex.currencies.get(&t.lower) {
        return Some((code.clone(), 1));
    }
    // An ISO 4217 code is written after the amount as often as before it (`50 million USD`).
    if let Some((code, true)) = lex.currencies.get(&t.text) {
        if *code == t.text {
            return Some((code.clone(), 1));
        }
    }
    phrase(tg, k, &lex.currency_phrases).map(|(n, code)| (code, n))
}

/// A fraction at `j`: (value, next token).
/// `by` says the word before the quantity (and its approximator) is `by` (`fell by a third`).
fn fraction_at(
    tg: &Tagged,
    j: usize,
    approximated: bool,
    by: bool,
    lex: &Lexicon,
) -> Option<(Dec, usize)> {
    let (article, f) = match tg.tokens.get(j)?.lower.as_str() {
        "a" | "one" => (true, j + 1),
        _ => (false, j),
    };
    let word = tg.tokens.get(f)?;
    let Some((v, NumberClass::Fraction)) = lex.numbers.get(word.lower.as_str()) else {
        return None;
    };
    let of = tg.tokens.get(f + 1).is_some_and(|t| t.lower == "of");
    // `the first half of the year`, `the last quarter of 2024`: a part of a period, a date.
    let period = f >= 1
        && matches!(
            tg.tokens[f - 1].lower.as_str(),
            "first" | "second" | "third" | "fourth" | "last" | "final" | "latter"
        );
    if period {
        return None;
    }
    // `a decade and a half`
    // (not `…, and a third are over 20`: a clause opening after the comma)
    let and_a = j >= 2
        && tg.tokens[j - 1].lower == "and"
        && (tg.tokens[j - 2].is_word() || tg.tokens[j - 2].shape == Shape::Number);
    // `cut by about half`, `fell by half`: a proportion on its own; so is a bounded share
    // with its article (`a cut of up to a quarter`, `at most a third`), unless a unit of
    // measure follows (`about a quarter mile`).
    let bounded = approximated
        && article
        && !tg
            .tokens
            .get(f + 1)
            .is_some_and(|t| t.is_word() && unit_at(tg, f + 1, lex).is_some());
    // `a fifth lower than forecast`, `a third more than in 2020`: a proportion before a
    // comparative.
    let comparative = article
        && tg.tokens.get(f + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "lower"
                    | "higher"
                    | "more"
                    | "less"
                    | "fewer"
                    | "smaller"
                    | "larger"
                    | "bigger"
                    | "greater"
                    | "cheaper"
                    | "above"
                    | "below"
            )
        });
    // `a third are over 20`, `half were sold`: a share standing as the subject.
    let subject = (article || word.lower == "half")
        && tg.tokens.get(f + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "are" | "were" | "is" | "was" | "have" | "had" | "has"
            )
        });
    // `half the country`, `half its budget`: `half` as a predeterminer.
    let predeterminer = word.lower == "half"
        && !article
        && tg.tokens.get(f + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "the" | "its" | "their" | "our" | "his" | "her" | "these" | "those" | "this"
            )
        });
    let proportion = by
        || word.lower == "half" && !article && approximated
        || bounded
        || comparative
        || subject
        || predeterminer;
    if and_a || !(of && (article || approximated || word.lower == "half") || proportion) {
        return None;
    }
    Some((Dec::parse(v)?, f + 1))
}

/// A share written as two counts at `j`: `one in five`, `three out of four`, `1 in 10`: the
/// quotient (to four places, as `third` is written), with the token after the second count.
/// Not a year after `in` (`two in 2024`), nor a first count larger than the second.
fn ratio_at(tg: &Tagged, j: usize, end: usize, lex: &Lexicon) -> Option<(String, usize)> {
    let count = |k: usize| -> Option<f64> {
        let t = tg.tokens.get(k).filter(|_| k < end)?;
        match t.shape {
            Shape::Number if !is_year(&t.text) && !t.text.contains('.') => {
                t.text.replace(',', "").parse().ok()
            }
            Shape::Word if t.lower == "one" => Some(1.0),
            Shape::Word => match lex.numbers.get(t.lower.as_str()) {
                Some((v, NumberClass::Cardinal)) => v.parse().ok(),
                _ => None,
            },
            _ => None,
        }
    };
    let a = count(j)?;
    let (b_at, b) = match word_at(tg, j + 1) {
        "in" => (j + 2, count(j + 2)?),
        "out" if word_at(tg, j + 2) == "of" => (j + 3, count(j + 3)?),
        _ => return None,
    };
    if a >= b || b == 0.0 {
        return None;
    }
    let text = Dec::parse(&format!("{:.4}", a / b))?.text();
    Some((text, b_at + 1))
}

fn word_at<'a>(tg: &'a Tagged<'a>, k: usize) -> &'a str {
    tg.tokens.get(k).map_or("", |t| t.lower.as_str())
}

/// Whether the number at `j` is not a quantity: a year, a day of a month, part of a name or an
/// identifier, an enumerator, a spelled-out number after `the`, `one`, an ordinal.
fn excluded_number(
    tg: &Tagged,
    j: usize,
    number: &Number,
    clause: &Range<usize>,
    qualified: bool,
    lex: &Lexicon,
) -> bool {
    let t = &tg.tokens[j];
    let prev = j.checked_sub(1).map(|p| &tg.tokens[p]);
    if t.shape == Shape::Number {
        if t.text.chars().any(char::is_alphabetic) {
            return true;
        }
        if is_year(&t.text) && !qualified {
            return true;
        }
        // `9/11`, `04/22/2026`
        if tg.tokens.get(j + 1).is_some_and(|n| n.is("/"))
            && tg
                .tokens
                .get(j + 2)
                .is_some_and(|n| n.shape == Shape::Number)
        {
            return true;
        }
        // `(1)`
        if prev.is_some_and(|p| p.is("(")) && tg.tokens.get(j + 1).is_some_and(|n| n.is(")")) {
            return true;
        }
        // A number glued by `+` to a name (`C5+1`, `P5+1`) or by a hyphen to a capitalised
        // word or letter: a model designation (`B-52`, `F-35`, `Su-27`, `COVID-19`).
        if let (Some(p), Some(b)) = (prev, j.checked_sub(2).map(|b| &tg.tokens[b])) {
            let glued = p.start == b.end && t.start == p.end;
            if glued && (p.is("+") || p.is("-") && b.is_word() && b.capitalized()) {
                return true;
            }
        }
        // A number after a capitalised word is part of a name: `Nord Stream 1`, `Order 14110`.
        if let Some(p) = prev {
            let p_i = j - 1;
            let sentence_start = p_i == clause.start
                || (p_i > 0 && matches!(tg.tokens[p_i - 1].text.as_str(), "." | "\"" | "“"));
            // But a measured or large amount after a name is an amount (`lease Ethiopia 20
            // kilometres`, `gave Kyiv 1.5 million shells`, `sent Kyiv 10,000 rounds`).
            let measured = number.next > j + 1
                || t.text.contains(',')
                || unit_at(tg, j + 1, lex).is_some()
                || tg.tokens.get(j + 1).is_some_and(|n| n.is("%"));
            // At the start of a sentence the capital proves nothing, but a finite verb right
            // after the number before its object does (`Line 2 carries 650 megawatts`).
            let verb_next = tg
                .verb_at(j + 1)
                .is_some_and(|v| matches!(v.form, VerbForm::Third | VerbForm::Past))
                && tg.tokens.get(j + 2).is_some_and(|o| {
                    o.shape == Shape::Number || tg.has(j + 2, class::DET | class::POSS)
                });
            // Nor does `of` and a determiner right after it: `Phase 2 of the project`, `Unit 4
            // of the plant` (an adverb opening the sentence is no name: `Only 2 of the …`).
            let part_of = tg.tokens.get(j + 1).is_some_and(|o| o.lower == "of")
                && tg.has(j + 2, class::DET | class::POSS)
                && !p.lower.ends_with("ly");
            if p.is_word()
                && p.capitalized()
                && tg.open_class(p_i)
                && !lex.time.contains_key(&p.text)
                && !lex.currencies.contains_key(&p.text)
                && (!sentence_start || verb_next || part_of)
                && !measured
            {
                return true;
            }
            if p.lower == "no." {
                return true;
            }
        }
    } else {
        if t.lower == "one" && number.next == j + 1 {
            return true;
        }
        // `the two sides`, `the last two friction points`, `the other seven members`, `all six
        // member states`, `these
        // three cases` (a known set, not a figure), `any two claimants` (no
        // set at all), but `the past fourteen months`.
        for back in 1..=3 {
            let Some(b) = j.checked_sub(back) else { break };
            let bt = &tg.tokens[b];
            let definite = bt.lower == "the"
                || back == 1 && matches!(bt.lower.as_str(), "all" | "these" | "those" | "any");
            if definite {
                let time_span = (b + 1..j).any(|x| {
                    matches!(
                        tg.tokens[x].lower.as_str(),
                        "past" | "last" | "next" | "first" | "coming"
                    )
                }) && tg.tokens.get(number.next).is_some_and(|u| {
                    matches!(
                        singular(&u.lower).as_str(),
                        "year" | "month" | "week" | "day" | "decade" | "hour"
                    )
                });
                return !time_span;
            }
            // The noun phrase ends at a verb (`the utility runs nine plants`); `other` and
            // `remaining` stay inside it (`the other seven members`).
            let inside = matches!(bt.lower.as_str(), "other" | "remaining");
            if !inside
                && (!bt.is_word() || !tg.open_class(b) && !tg.has(b, class::POSS) || tg.finite(b))
            {
                break;
            }
        }
    }
    false
}
