//! The proposition of a claim: subject, predicate (the lemma of the main verb) and object.
//!
//! Under a reporting frame the proposition is the reported one (`Austin stated that North
//! Korea has sent …` gives `North Korea` — `send`), and so is the `that` clause a verb of the
//! author's frames (`This shows that …`, `The figures suggest that …`). For verbs of transfer the object is the
//! other party: the recipient of `supply`, `send`, `provide` (`supplied Moscow with …`, `sent …
//! to Russia`), the giver of `receive`, `buy`, `import` (`received … from Russia`).

use std::ops::Range;

use super::clauses::{main_finite, top};
use super::frame::subject;
use super::lexicon::{class, verb, Lexicon, VerbForm};
use super::tokens::{Shape, Tagged};

/// Subject, predicate and object of a clause, as token ranges and a lemma.
#[derive(Debug, Clone, Default)]
pub struct Proposition {
    /// The subject's tokens.
    pub subject: Option<Range<usize>>,
    /// The lemma of the main verb.
    pub predicate: Option<String>,
    /// The object's tokens.
    pub object: Option<Range<usize>>,
}

/// Reads the proposition of `clause`; `complement` is where a reported proposition starts.
pub fn read(
    tg: &Tagged,
    clause: &Range<usize>,
    complement: Option<usize>,
    lex: &Lexicon,
) -> Proposition {
    let complement = complement.or_else(|| that_clause(tg, clause, lex));
    let inner = match complement {
        Some(c) if c > clause.start => c..clause.end,
        _ => clause.clone(),
    };
    // Inside a quotation that opens the clause (`"…," said X`), read the quoted words.
    let inner = if tg.tokens[inner.start].shape == super::tokens::Shape::Quote
        || tg.tokens[inner.start].quoted
    {
        let s = (inner.start..inner.end)
            .find(|&i| tg.tokens[i].quoted)
            .unwrap_or(inner.start);
        let e = (s..inner.end)
            .find(|&i| !tg.tokens[i].quoted && tg.tokens[i].shape == Shape::Quote)
            .unwrap_or(inner.end);
        s..e
    } else {
        inner
    };
    // A gerund complement takes the frame's subject: `Tehran denies supplying the group`.
    if let Some(c) = complement.filter(|&c| c > clause.start && c < clause.end) {
        if let Some(g) = tg.verb_at(c).filter(|g| g.form == VerbForm::Ing) {
            let subj = main_finite(tg, clause.start..c)
                .and_then(|v| subject(tg, &(clause.start..c), v, lex))
                .filter(|s| !s.is_empty());
            let lemma = g.lemma.clone();
            return Proposition {
                subject: subj,
                predicate: Some(lemma),
                object: object(tg, c + 1, clause.end, g.bits),
            };
        }
    }
    // A complement with no verb of its own (`blames X for the exodus`): the frame's verb is
    // the proposition's.
    let inner = if main_finite_any(tg, &inner).is_none() && complement.is_some() {
        clause.clone()
    } else {
        inner
    };
    let Some(v) = main_finite_any(tg, &inner) else {
        return Proposition::default();
    };
    let Some((lexical, lemma)) = tg.group_lemma(v) else {
        return Proposition::default();
    };
    let subj = subject(tg, &inner, v, lex).filter(|s| !s.is_empty());
    let bits = tg.verb_at(lexical).map(|v| v.bits).unwrap_or(0);
    let object = object(tg, lexical + 1, inner.end, bits);
    Proposition {
        subject: subj,
        predicate: Some(lemma),
        object,
    }
}

/// Where the asserted clause starts when the main verb only frames a `that` clause of the
/// author's (`This shows that China will side with …`, `The data suggest that output fell`):
/// the token after `that`, when a finite verb follows it. `None` otherwise (`shows that
/// country's weakness`).
///
/// Only an evidence verb (`verbs.tsv` class `evidential`) frames so, and only when its
/// subject is anaphoric (`this`, `it`: the evidence is a claim already made) or the verb is
/// itself a hedge (`suggest`, `modality.tsv`): `a clash at Yangtse showed that …` keeps `show`,
/// the event and what it showed being the claim.
fn that_clause(tg: &Tagged, clause: &Range<usize>, lex: &Lexicon) -> Option<usize> {
    let v = main_finite(tg, clause.clone())?;
    let (lexical, _) = tg.group_lemma(v)?;
    let evidential = tg
        .verb_at(lexical)
        .is_some_and(|x| x.bits & verb::EVIDENTIAL != 0);
    let that = lexical + 1;
    if !evidential || that + 1 >= clause.end || tg.tokens[that].lower != "that" {
        return None;
    }
    let hedge = matches!(
        lex.modality.at(tg.tokens, lexical),
        Some((1, super::lexicon::ModalityCue::Hedge))
    );
    let anaphoric = subject(tg, clause, v, lex).is_some_and(|s| {
        s.len() == 1 && tg.has(s.start, class::SUBJ | class::DEMO) && !tg.open_class(s.start)
    });
    if !(hedge || anaphoric) {
        return None;
    }
    main_finite(tg, that + 1..clause.end).map(|_| that + 1)
}

/// The main finite verb, reading quoted words as top level when the range is all quotation.
fn main_finite_any(tg: &Tagged, r: &Range<usize>) -> Option<usize> {
    if let Some(v) = main_finite(tg, r.clone()) {
        return Some(v);
    }
    r.clone().find(|&i| tg.finite(i))
}

/// Where a noun phrase starting at `s` ends (exclusive): at a preposition (other than `of`),
/// punctuation, a relative or subordinating word, a finite verb or a quotation mark; an
/// appositive proper name after a comma is taken along (`his Chinese counterpart, Dong Jun,`).
fn np_end(tg: &Tagged, s: usize, end: usize) -> usize {
    let mut j = s;
    while j < end {
        let t = &tg.tokens[j];
        if t.is("(") {
            // A short parenthesis is taken whole (`GBP 100 million (about USD 125 million)`,
            // `Institute (AISI)`); an unclosed one ends the phrase.
            match (j + 1..end.min(j + 10)).find(|&k| tg.tokens[k].is(")")) {
                Some(close) if j > s => {
                    j = close + 1;
                    continue;
                }
                _ => break,
            }
        }
        let stop = match t.shape {
            Shape::Punct => !matches!(t.text.as_str(), ")" | "-" | "'"),
            Shape::Quote => j > s,
            _ => {
                (tg.has(j, class::PREP) && t.lower != "of" && j > s)
                    || tg.has(j, class::REL | class::SUB | class::WH)
                    || (j > s && t.lower == "that")
                    || (j > s && tg.finite(j))
                    || (j > s && t.lower == "to")
            }
        };
        if stop {
            break;
        }
        j += 1;
    }
    while j > s && matches!(tg.tokens[j - 1].text.as_str(), "-" | "'" | ")") {
        if tg.tokens[j - 1].is(")") && (s..j - 1).any(|k| tg.tokens[k].is("(")) {
            break;
        }
        j -= 1;
    }
    // Apposition: `, Dong Jun,`
    if j + 1 < end && tg.tokens[j].is(",") {
        let a = j + 1;
        let mut b = a;
        while b < end && tg.tokens[b].is_word() && tg.tokens[b].capitalized() {
            b += 1;
        }
        if b > a && b < end && tg.tokens[b].is(",") && b - a <= 4 {
            return b;
        }
    }
    j
}

fn object(tg: &Tagged, after: usize, end: usize, bits: u32) -> Option<Range<usize>> {
    let mut s = after;
    // Skip adverbs and particles right after the verb.
    while s < end
        && tg.tokens[s].is_word()
        && (tg.tokens[s].lower.ends_with("ly") && tg.verb_at(s).is_none()
            || matches!(
                tg.tokens[s].lower.as_str(),
                "also" | "again" | "up" | "off" | "out" | "not"
            ))
    {
        s += 1;
    }
    if s >= end {
        return None;
    }
    if bits & verb::TRANSFER_FROM != 0 {
        // `received … from Russia`
        if let Some(f) = (s..end).find(|&i| top(tg, i) && tg.tokens[i].lower == "from") {
            let e = np_end(tg, f + 1, end);
            return (e > f + 1).then_some(f + 1..e);
        }
    }
    if bits & verb::TRANSFER_TO != 0 {
        // `supplied Moscow with …`
        if let Some(w) = (s..end.min(s + 8)).find(|&i| top(tg, i) && tg.tokens[i].lower == "with") {
            if w > s {
                return Some(s..w);
            }
        }
        // `sent … to Russia`, `… to train in eastern Russia`
        for i in s..end {
            if !top(tg, i) && !tg.tokens[i].quoted {
                continue;
            }
            let t = &tg.tokens[i];
            if matches!(t.lower.as_str(), "to" | "into" | "in") {
                let n = i + 1;
                if tg.verb_at(n).is_some() && t.lower == "to" {
                    continue;
                }
                let e = np_end(tg, n, end);
                if e > n && (n..e).any(|k| tg.tokens[k].capitalized()) {
                    return Some(n..e);
                }
            }
            if matches!(t.text.as_str(), "." | ";") {
                break;
            }
        }
    }
    let t = &tg.tokens[s];
    if tg.has(s, class::PREP) && t.lower != "of" {
        return None;
    }
    if !(t.is_word() || t.shape == Shape::Number || t.shape == Shape::Quote)
        || tg.has(s, class::SUB | class::REL)
    {
        return None;
    }
    let e = np_end(tg, s, end);
    (e > s).then_some(s..e)
}
