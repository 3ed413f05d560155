//! Who says a claim and how: reporting frames (`X said that`, `according to X`, `"…," said X`,
//! `X believes`, `it was reported that`), the claim's speaker, and its modality.
//!
//! The main scope of a clause is where modality is read: its main clause and, under a
//! reporting frame, the reported proposition (inside the quotation when a quotation carries
//! the claim), but not relative, subordinate or participial clauses, brackets, or a list after
//! a colon.

use std::ops::Range;

use super::clauses::{complement_that, main_finite, reporting_tail, segments, top};
use super::lexicon::{class, verb, Cue, Lexicon, ModalityCue, VerbForm};
use super::tokens::{phrase_at, Shape, Tagged, Token};
use crate::model::Modality;

/// Who a clause's speaker is, as found in its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// The brief's author (also `we`).
    Author,
    /// Named by these tokens; `pronoun` when they are `he`/`she`.
    Named {
        /// Token range of the words naming the speaker.
        words: Range<usize>,
        /// The words are a personal pronoun.
        pronoun: bool,
    },
    /// An unnamed source, reported by these tokens (`it was reported`, `reportedly`).
    Unnamed(Range<usize>),
}

/// What the frame analysis of one clause finds.
#[derive(Debug, Clone)]
pub struct Frame {
    /// The speaker.
    pub who: Who,
    /// The frame verb (main reporting verb), when there is one.
    pub verb: Option<usize>,
    /// Where the reported proposition starts (after `that`, after the frame verb, the quoted
    /// words of an inverted quotation), when there is a frame.
    pub complement: Option<usize>,
    /// A direct quotation of the speaker carries the claim.
    pub quote_carried: bool,
    /// Sorted modality set, never empty.
    pub modality: Vec<Modality>,
    /// Per token of the clause: in the main scope.
    pub main: Vec<bool>,
}

/// Whether the clause has a quoted word anywhere.
fn quotes_in(tg: &Tagged, r: Range<usize>) -> Option<usize> {
    r.into_iter()
        .find(|&i| tg.tokens[i].quoted && tg.tokens[i].is_word())
}

/// The words of a noun phrase: trims punctuation and a trailing bracketed remark that is not an
/// acronym.
fn trim_np(tg: &Tagged, mut r: Range<usize>) -> Range<usize> {
    while r.start < r.end
        && !tg.tokens[r.start].is_word()
        && tg.tokens[r.start].shape != Shape::Number
    {
        r.start += 1;
    }
    loop {
        while r.end > r.start
            && matches!(tg.tokens[r.end - 1].shape, Shape::Punct | Shape::Quote)
            && !tg.tokens[r.end - 1].is(")")
        {
            r.end -= 1;
        }
        // `(the most recent available for the country)`: a remark, not an acronym.
        if r.end > r.start && tg.tokens[r.end - 1].is(")") {
            if let Some(open) = (r.start..r.end).rev().find(|&i| tg.tokens[i].is("(")) {
                if r.end - open > 3 {
                    r.end = open;
                    continue;
                }
            }
        }
        break;
    }
    r
}

/// Whether the tokens look like a person's name: two to four capitalised words, no determiner.
fn looks_like_name(tg: &Tagged, r: &Range<usize>) -> bool {
    let words: Vec<usize> = r.clone().filter(|&i| tg.tokens[i].is_word()).collect();
    (1..=5).contains(&words.len())
        && words.iter().enumerate().all(|(n, &i)| {
            let t = &tg.tokens[i];
            // A territorial designation inside a peer's name: `Lord Collins of Highbury`.
            let inner_of = t.lower == "of"
                && n > 0
                && words
                    .get(n + 1)
                    .is_some_and(|&x| tg.tokens[x].capitalized());
            t.capitalized()
                || inner_of
                || t.lower.starts_with("al-")
                || t.lower == "de"
                || t.lower == "von"
                || t.lower == "der"
        })
        && !words.iter().any(|&i| tg.has(i, class::DET | class::POSS))
}

/// The subject of the verb at `v` in a clause: the first segment after introductory
/// segments, or the words before the verb in its own segment; a proper-name apposition wins
/// over a descriptive head (`His counterpart at China's MFA, Zhao Lijian, said`).
pub fn subject(
    tg: &Tagged,
    clause: &Range<usize>,
    v: usize,
    lex: &Lexicon,
) -> Option<Range<usize>> {
    let segs: Vec<Range<usize>> = segments(tg, clause.start..v).into_iter().collect();
    // The part of the verb's own segment before it.
    let mut parts: Vec<Range<usize>> = Vec::new();
    for seg in &segs {
        parts.push(seg.clone());
    }
    // Drop introductory segments at the front.
    let mut k = 0;
    while k < parts.len() && parts.len() - k > 1 && intro_like(tg, &parts[k], lex) {
        k += 1;
    }
    let mut rest = &parts[k..];
    // A segment that holds only a time adverb before the verb (`…, the largest party, later
    // said`) leaves the verb opening its segment.
    let time_adverb = |w: &Token| {
        w.lower.ends_with("ly")
            || matches!(
                w.lower.as_str(),
                "later"
                    | "then"
                    | "also"
                    | "now"
                    | "still"
                    | "again"
                    | "since"
                    | "already"
                    | "once"
                    | "soon"
            )
    };
    let adverb_only = rest.len() > 1
        && rest.last().is_some_and(|r| {
            r.clone()
                .all(|j| !tg.tokens[j].is_word() || time_adverb(&tg.tokens[j]))
        });
    if adverb_only {
        rest = &rest[..rest.len() - 1];
    }
    let last = rest.last()?;
    // Words before the verb in its own segment are its subject (`…, Beijing made it clear`);
    // a verb that opens its segment takes the first segment after the introduction, with
    // what follows as appositions (`Shin Won-sik, South Korea's adviser, said`).
    let verb_opens_segment = last.end < v
        && (last.end..v).all(|j| !tg.tokens[j].is_word() || time_adverb(&tg.tokens[j]));
    let mut head = if rest.len() == 1 || !verb_opens_segment {
        last.clone()
    } else {
        rest[0].clone()
    };
    // A name whose own words hold commas (`The Foreign, Commonwealth and Development
    // Office`): capitalised segments before a last one that ends the list with `and`.
    if !verb_opens_segment && tg.tokens[head.start].capitalized() {
        let caps = |r: &Range<usize>| {
            r.len() <= 4
                && r.clone().all(|j| {
                    let w = &tg.tokens[j];
                    w.is_word() && (w.capitalized() || w.lower == "the")
                })
        };
        let and_in_head = head.clone().any(|j| tg.tokens[j].lower == "and");
        let mut k = rest.len() - 1;
        while and_in_head && k > 0 && caps(&rest[k - 1]) {
            k -= 1;
            head.start = rest[k].start;
        }
    }
    let head = trim_np(tg, head);
    if head.is_empty() {
        return None;
    }
    // Prefer a proper-name apposition to a descriptive head, or to a title held by a
    // country (`Panama's Comptroller General, Anel Flores, found`).
    let possessed = |r: &Range<usize>| r.clone().any(|i| tg.tokens[i].possessive());
    if rest.len() > 1 && verb_opens_segment && (!looks_like_name(tg, &head) || possessed(&head)) {
        if let Some(name) = rest[1..]
            .iter()
            .map(|r| trim_np(tg, r.clone()))
            .find(|r| looks_like_name(tg, r) && !possessed(r))
        {
            return Some(name);
        }
    }
    // A subject that starts with a relative pronoun is not this clause's subject.
    if tg.has(head.start, class::REL) {
        return None;
    }
    Some(head)
}

/// A segment that only introduces (connective, prepositional phrase, participial phrase,
/// subordinate clause) rather than naming the subject.
fn intro_like(tg: &Tagged, seg: &Range<usize>, lex: &Lexicon) -> bool {
    let i = seg.start;
    let t = &tg.tokens[i];
    if !t.is_word() {
        return true;
    }
    // Adverbs only (`More recently`), or calendar words only (`Last month`, `2026`).
    let all = |f: &dyn Fn(usize) -> bool| seg.clone().all(f);
    if all(&|j| {
        let w = &tg.tokens[j];
        !w.is_word()
            || w.lower.ends_with("ly")
            || matches!(
                w.lower.as_str(),
                "more" | "most" | "very" | "much" | "then" | "now"
            )
            || tg.has(j, class::CONNECTIVE)
    }) {
        return true;
    }
    if all(&|j| {
        let w = &tg.tokens[j];
        !w.is_word() || lex.time.contains_key(&w.text) || lex.time.contains_key(w.lower.as_str())
    }) {
        return true;
    }
    if tg.has(i, class::CONNECTIVE | class::SUB | class::PREP) || t.lower == "to" {
        return true;
    }
    if lex.connectives.at(tg.tokens, i).is_some() {
        return true;
    }
    if seg.len() == 1 && t.lower.ends_with("ly") {
        return true;
    }
    matches!(tg.verb_at(i).map(|v| v.form), Some(VerbForm::Ing))
}

/// Whether the subject tokens name a source that can speak through an evidential verb
/// (`the report shows`): a source noun or a capitalised name.
fn source_subject(tg: &Tagged, r: &Range<usize>) -> bool {
    // A name: capitalised open-class words (`This shows that` has no source).
    // A lone common noun capitalised only because it opens the sentence (`Water may prove
    // the binding limit`) is no name.
    let lone_common =
        r.len() == 1 && r.start == 0 && crate::ingest::is_word_with(&tg.tokens[r.start].lower, "");
    r.clone().any(|i| tg.has(i, class::SOURCE))
        || !lone_common
            && r.clone()
                .filter(|&i| tg.tokens[i].is_word())
                .all(|i| tg.tokens[i].capitalized() && tg.open_class(i))
}

/// Finds the complement of a reporting verb group ending at `end` (exclusive): the token after
/// `that`, a quotation, a clause, or `of` + `-ing` (`accused it of harming`), within a short
/// window that may hold an indirect object or a prepositional phrase. Returns where it starts
/// and whether it opens with a quotation.
fn complement(tg: &Tagged, end: usize, limit: usize, class_bits: u32) -> Option<(usize, bool)> {
    let window = (end..limit.min(end + 14)).collect::<Vec<_>>();
    for (n, &i) in window.iter().enumerate() {
        if n >= 8 && tg.tokens[i].lower != "that" {
            continue;
        }
        let t = &tg.tokens[i];
        if t.shape == Shape::Quote {
            if speech_quote(tg, end, i, class_bits) {
                return Some((i + 1, true));
            }
            if class_bits & verb::QUOTE_ONLY != 0 && n > 6 {
                return None;
            }
            continue;
        }
        if class_bits & verb::QUOTE_ONLY != 0 {
            continue;
        }
        if !top(tg, i) {
            continue;
        }
        // `that` after at most six words, or further after an addressee and a time or place
        // with no verb of their own (`told the Senate Armed Services Committee in March 2025
        // that …`).
        let plain = || {
            (end..i).all(|k| {
                let w = &tg.tokens[k];
                top(tg, k) && (w.is_word() || w.shape == Shape::Number) && !tg.finite(k)
            })
        };
        // Far from the verb, `that` + a finite verb is a relative pronoun (`agreed 12 km of a
        // frontier that runs for 1,000 km`), not a complementizer.
        // So is `that` + an `-s` word + a determiner (`a shelf that overlaps the one …`): a
        // plural subject would not be followed by a determiner.
        let s_verb = tg.tokens.get(i + 1).is_some_and(|w| {
            w.is_word() && !w.capitalized() && w.lower.ends_with('s') && tg.open_class(i + 1)
        }) && tg.has(i + 2, class::DET | class::POSS);
        // Near the verb too, a noun then `that` + a finite verb is a relative clause
        // (`announced a strategy that reserved the deposits`).
        let near_relative = n >= 1
            && tg.finite(i + 1)
            && !tg.has(i + 1, class::AUX)
            && tg.tokens[i - 1].is_word()
            && tg.open_class(i - 1)
            && (tg.verb_at(i - 1).is_none() || i >= 2 && tg.has(i - 2, class::DET | class::POSS));
        let relative = (n > 6 && (tg.finite(i + 1) || s_verb)) || near_relative;
        // A belief verb takes no addressee: after its object noun phrase, `that` opens a
        // relative clause (`will not consider a claim that another state disputes`).
        let belief_object = class_bits & verb::BELIEF != 0
            && class_bits & verb::SPEECH == 0
            && (end..i).any(|k| tg.has(k, class::DET | class::POSS));
        if t.lower == "that" && !belief_object && !near_relative && (n <= 6 || !relative && plain())
        {
            return Some((i + 1, false));
        }
        if matches!(t.text.as_str(), ":")
            && tg
                .tokens
                .get(i + 1)
                .is_some_and(|q| q.shape == Shape::Quote)
        {
            return Some((i + 2, true));
        }
        // `accused Kigali of arming the rebels`: `of` and a gerund after a plain object (not
        // after a verb form of the object's own: `agree a rule for boarding ships suspected
        // of damaging cables`).
        if t.lower == "of"
            && tg.verb_at(i + 1).is_some_and(|v| v.form == VerbForm::Ing)
            && (end..i).all(|k| {
                !top(tg, k)
                    || !tg
                        .verb_at(k)
                        .is_some_and(|v| v.form.past() || v.form == VerbForm::Ing)
            })
        {
            return Some((i + 1, false));
        }
        // `blames Chișinău for the exodus`: the charge after `for` and a plain object is what
        // the subject asserts, as `accused X of` (not `called for`, with no object).
        if t.lower == "for"
            && n >= 1
            && end > 0
            && tg.verb_at(end - 1).is_some_and(|v| v.lemma == "blame")
            && (end..i).all(|k| top(tg, k) && !tg.finite(k) && tg.tokens[k].is_word())
            && i + 1 < limit
        {
            return Some((i + 1, false));
        }
        if matches!(t.text.as_str(), "." | ";") {
            break;
        }
    }
    if class_bits & verb::QUOTE_ONLY != 0 {
        return evaluative_complement(tg, end, limit).map(|at| (at, false));
    }
    // A gerund clause: `Tehran denies supplying the group`, `admitted shelling the town`.
    if class_bits & verb::SPEECH != 0
        && tg.verb_at(end).is_some_and(|v| v.form == VerbForm::Ing)
        && tg
            .tokens
            .get(end)
            .is_some_and(|t| top(tg, end) && !t.quoted)
    {
        return Some((end, false));
    }
    // A clause straight after the verb: `said the deal showed`, `believe Norwegian output
    // will`, or for expectation verbs any object: `we can expect deepening ties`.
    if class_bits & verb::EXPECT != 0 && end < limit {
        return Some((end, false));
    }
    if class_bits & (verb::SPEECH | verb::BELIEF | verb::EVIDENTIAL) != 0 {
        // Past an addressee pronoun: `told us they expect no tenders`.
        let end = if class_bits & verb::SPEECH != 0
            && tg
                .tokens
                .get(end)
                .is_some_and(|t| matches!(t.lower.as_str(), "us" | "them" | "him" | "her" | "me"))
        {
            end + 1
        } else {
            end
        };
        // A subject, then its finite verb, before any preposition, conjunction or `to`.
        // A subject may open with its number: `say 300 people have died`, `say about 300 …`.
        let approx = Lexicon::get()
            .approximators
            .at(tg.tokens, end)
            .map_or(0, |(n, _)| n);
        let number_at = |k: usize| {
            tg.tokens
                .get(k)
                .is_some_and(|t| t.shape == Shape::Number && top(tg, k))
        };
        // A spelled number or fraction opens it too: `said two-thirds of the harvest left`.
        let spelled_at = |k: usize| {
            tg.tokens.get(k).is_some_and(|t| {
                t.is_word()
                    && !t.capitalized()
                    && t.lower != "one"
                    && t.lower.split('-').all(|w| {
                        let numbers = &Lexicon::get().numbers;
                        numbers.contains_key(w)
                            || w.strip_suffix('s').is_some_and(|w| numbers.contains_key(w))
                    })
            })
        };
        let number_subject = number_at(end + approx) || spelled_at(end + approx);
        // `said 40 percent of farms lack storage`: a partitive `of` inside the subject.
        let mut partitive = false;
        let starts = tg.tokens.get(end).is_some_and(|t| {
            number_subject
                || t.is_word()
                    && (tg.has(end, class::DET | class::POSS | class::SUBJ) || tg.open_class(end))
                    && tg.verb_at(end).is_none_or(|v| {
                        v.form == VerbForm::Third && tg.plural_noun(end)
                            // A noun that may be a verb before the noun it modifies: `says
                            // freight traffic has`, `says price controls will`.
                            || v.form != VerbForm::Past
                                && v.form != VerbForm::Ing
                                && !t.capitalized()
                                && tg.tokens.get(end + 1).is_some_and(|n| {
                                    n.is_word() && tg.open_class(end + 1) && !tg.finite(end + 1)
                                })
                    })
        });
        // A place after the subject's noun: `says container traffic at the port has risen`.
        let place = |i: usize| {
            i > end + 1
                && matches!(tg.tokens[i].lower.as_str(), "at" | "in" | "on" | "from")
                && tg.tokens[i - 1].is_word()
                && tg.open_class(i - 1)
                && tg.verb_at(i - 1).is_none()
                && tg
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && n.capitalized())
        };
        let mut in_place = false;
        for i in end + 1..limit.min(end + 10) {
            // `said the canal "will not take …"`: the subject, then a quotation that opens
            // with its finite verb.
            if starts
                && tg.tokens[i].shape == Shape::Quote
                && tg.tokens.get(i + 1).is_some_and(|q| q.quoted)
                && tg.finite(i + 1)
            {
                return Some((end, false));
            }
            if starts && place(i) {
                in_place = true;
                continue;
            }
            // The place's name: `at Port Sudan`, `in New Delhi` (capitalised words only).
            if in_place && tg.tokens[i].is_word() && tg.tokens[i].capitalized() {
                continue;
            }
            in_place = false;
            if starts
                && number_subject
                && !partitive
                && tg.tokens[i].lower == "of"
                && i <= end + approx + 3
            {
                partitive = true;
                continue;
            }
            if !starts
                || !top(tg, i)
                || matches!(tg.tokens[i].text.as_str(), "," | "." | ";")
                || tg.has(i, class::PREP | class::COORD | class::REL | class::SUB)
                || matches!(tg.tokens[i].lower.as_str(), "to" | "that")
            {
                break;
            }
            // After a subject opening with its number, only an auxiliary or a past form
            // (`say 300 people have died`), not an `-s` form that may be the counted noun
            // (`declared 11 forest reserves red zones`).
            if tg.finite(i)
                && (!number_subject
                    || partitive
                    || tg.has(i, class::AUX)
                    || tg.verb_at(i).is_some_and(|v| v.form.past()))
            {
                return Some((end, false));
            }
        }
        // Belief verbs also take an object and an infinitive: `expect X to be`.
        if class_bits & verb::BELIEF != 0 {
            if let Some(to) = (end..limit.min(end + 8)).find(|&i| tg.tokens[i].lower == "to") {
                if tg.verb_at(to + 1).is_some() {
                    return Some((end, false));
                }
            }
        }
    }
    None
}

/// `called the ruling unlawful`, `calls it irrelevant`: a `call`-type verb's object (a pronoun,
/// or a determiner and one or two words) and an adjective that characterises it and ends the
/// clause or its first conjunct. An adjective is read from its shape (a hyphenated compound or
/// an adjective suffix), so that a name (`calls it the Zangezur corridor`) or a plain noun
/// phrase (`called the snap election`) is no report. Returns where the object starts.
fn evaluative_complement(tg: &Tagged, end: usize, limit: usize) -> Option<usize> {
    let first = tg.tokens.get(end).filter(|_| end < limit)?;
    let adjective = if matches!(first.lower.as_str(), "it" | "them" | "this" | "that") {
        end + 1
    } else if tg.has(end, class::DET | class::POSS) {
        (end + 2..=(end + 3).min(limit)).rev().find(|&k| {
            (end + 1..k).all(|j| {
                let w = &tg.tokens[j];
                w.is_word() && !w.capitalized() && tg.open_class(j)
            }) && adjective_like(tg, k)
        })?
    } else {
        return None;
    };
    (adjective_like(tg, adjective) && closes(tg, adjective + 1, limit)).then_some(end)
}

/// Whether token `k` looks like an adjective: a lower-case word with a hyphen (`non-binding`)
/// or an adjective suffix, and no finite verb.
fn adjective_like(tg: &Tagged, k: usize) -> bool {
    let Some(w) = tg.tokens.get(k) else {
        return false;
    };
    const SUFFIXES: &[&str] = &[
        "ble", "al", "ous", "ive", "ic", "ful", "less", "ent", "ant", "ary", "ile", "ate",
    ];
    w.is_word()
        && !w.capitalized()
        && tg.open_class(k)
        && !tg.finite(k)
        && (w.text.contains('-') || SUFFIXES.iter().any(|s| w.lower.ends_with(s)))
}

/// Whether the clause or its first conjunct ends at `k`, or only a prepositional phrase
/// follows (its end, punctuation, a coordinator, a preposition: `… non-binding in 2024`).
fn closes(tg: &Tagged, k: usize, limit: usize) -> bool {
    k >= limit
        || tg.tokens.get(k).is_none_or(|t| {
            !t.is_word() && t.shape != Shape::Number || tg.has(k, class::COORD | class::PREP)
        })
}

/// Whether the quotation opening at `q` is a reporting verb's quotation (ending at `end`): right
/// after the verb, a comma, a colon or `that`, or (for `call`, `describe`) a few words on; and
/// three quoted words or more after the verb, so that a scare quote (`the "alarm" stage`) is
/// not one.
fn speech_quote(tg: &Tagged, end: usize, q: usize, class_bits: u32) -> bool {
    let words: usize = (q + 1..tg.tokens.len())
        .filter(|&i| tg.tokens[i].quoted && tg.tokens[i].is_word())
        .take(3)
        .count();
    let between: Vec<&str> = (end..q).map(|i| tg.tokens[i].lower.as_str()).collect();
    let adjacent = between
        .iter()
        .all(|w| matches!(*w, "," | ":" | "that" | "of"));
    // `calls itself the "…"` names the subject; it quotes no one.
    let reflexive = between
        .iter()
        .any(|w| matches!(*w, "itself" | "themselves" | "himself" | "herself"));
    let near = class_bits & verb::QUOTE_ONLY != 0 && between.len() <= 6 && !reflexive;
    // `told parliament, "…"`: the addressee, then a comma or colon.
    let addressee = class_bits & verb::SPEECH != 0
        && (2..=5).contains(&between.len())
        && matches!(between.last(), Some(&"," | &":"))
        && (end..q - 1).all(|i| tg.tokens[i].is_word() && !tg.finite(i) && top(tg, i));
    // `called the charge "absurd"`: a short quotation that names what the object is called,
    // straight after the object (no preposition: `called for a "full" review` quotes no
    // one) and closing the phrase.
    let named = near
        && words >= 1
        && !between.is_empty()
        && !(end..q).any(|i| tg.has(i, class::PREP) || tg.finite(i))
        && (q + 1..tg.tokens.len())
            .find(|&i| tg.tokens[i].shape == Shape::Quote)
            .is_none_or(|c| {
                tg.tokens.get(c + 1).is_none_or(|n| {
                    !n.is_word() && n.shape != Shape::Number
                        || tg.has(c + 1, class::COORD | class::PREP)
                })
            });
    words >= 3 && (adjacent || near || addressee)
        || named
        || (adjacent
            && class_bits & (verb::SPEECH | verb::QUOTE_ONLY) != 0
            && words >= 1
            && q == end)
}

/// The frame of a clause whose tokens are `clause` (a range of `tg.tokens`); `prev_subject`
/// resolves `he`/`she`.
pub fn analyze(tg: &Tagged, clause: &Range<usize>, lex: &Lexicon) -> Frame {
    let mut who = Who::Author;
    let mut frame_verb = None;
    let mut complement_at = None;
    let mut quote_carried = false;
    let mut speech = false;
    let mut belief_frame = false;
    let mut expect_frame = false;
    let has_quote = quotes_in(tg, clause.clone()).is_some();

    // 1. An inverted quotation: `"…," said X` or `"…," X said`.
    if let Some((words, v)) = inverted(tg, clause) {
        who = named(tg, words);
        frame_verb = Some(v);
        complement_at = Some(clause.start);
        quote_carried = true;
        speech = true;
    }

    // 1b. A reporting clause after what it reports: `…, the regulator said last week.`
    if frame_verb.is_none() {
        let tail = (clause.start + 1..clause.end)
            .rev()
            .find(|&i| top(tg, i) && tg.tokens[i].is(","))
            .filter(|&c| main_finite(tg, clause.start..c).is_some())
            .and_then(|c| reporting_tail(tg, c + 1..clause.end));
        // `The ministry, officials said, will cut spending.`
        let tail = tail.or_else(|| {
            let commas: Vec<usize> = (clause.start + 1..clause.end)
                .filter(|&i| top(tg, i) && tg.tokens[i].is(","))
                .collect();
            commas.windows(2).find_map(|w| {
                let found = reporting_tail(tg, w[0] + 1..w[1])?;
                let outside = main_finite(tg, clause.start..w[0])
                    .or_else(|| main_finite(tg, w[1] + 1..clause.end));
                outside.is_some().then_some(found)
            })
        });
        if let Some((words, v)) = tail {
            let words = trim_np(tg, words);
            if !words.is_empty() {
                who = named(tg, words);
                frame_verb = Some(v);
                complement_at = Some(clause.start);
                speech = true;
            }
        }
    }

    // 2. `according to X` names the speaker; then the main verb only adds its modality.
    let according = according_to(tg, clause);
    let attached_according = according.as_ref().is_some_and(|(_, attached)| *attached);
    // 3. The main verb as a reporting frame.
    let main = main_finite(tg, clause.clone());
    if frame_verb.is_none() {
        if let Some(v) = main {
            if let Some((lexical, bits, end)) = frame_group(tg, v, clause.end, lex) {
                let subj = subject(tg, clause, v, lex);
                let source_ok = bits & verb::EVIDENTIAL == 0
                    || bits & (verb::SPEECH | verb::BELIEF | verb::EXPECT) != 0
                    || subj.as_ref().is_some_and(|s| source_subject(tg, s));
                // `has promised to open more salt flats`: a commitment verb's infinitive is
                // its complement, and a plan.
                let commits = commissive(tg, lexical, end);
                let found = complement(tg, end, clause.end, bits)
                    .or_else(|| {
                        // `a FAS estimate attributes 1,477 warheads to these systems`
                        (bits & verb::EVIDENTIAL != 0 && source_ok && end < clause.end)
                            .then_some((end, false))
                    })
                    .or_else(|| commits.then_some((end, false)))
                    .or_else(|| as_frame(tg, lexical, clause.end).map(|(_, at)| (at, false)));
                if let (true, Some((at, quoted))) = (source_ok, found) {
                    let _ = lexical;
                    // `We must anticipate …` is an obligation, not an expectation.
                    let deontic = (v..lexical)
                        .any(|j| matches!(tg.tokens[j].lower.as_str(), "must" | "should" | "need"));
                    belief_frame = bits & verb::BELIEF != 0;
                    expect_frame = (bits & verb::EXPECT != 0 || commits) && !deontic;
                    if attached_according {
                        // The verb's own subject is not the speaker.
                        continue_frame(&mut complement_at, at);
                    } else {
                        frame_verb = Some(v);
                        complement_at = Some(at);
                        let speechy =
                            bits & (verb::SPEECH | verb::QUOTE_ONLY | verb::EVIDENTIAL) != 0;
                        speech = speechy;
                        quote_carried = speechy
                            && has_quote
                            && (quoted || quote_in_main_complement(tg, at, clause.end));
                        who = match subj {
                            Some(s) if first_person(tg, &s) => Who::Author,
                            // `This brief argues that …`: the text speaks for its author,
                            // who asserts what follows.
                            Some(s) if this_text(tg, &s) => {
                                speech = false;
                                Who::Author
                            }
                            // `Somaliland expected recognition as a state`: an expectation
                            // verb with a plain noun object reports no proposition; the
                            // author states the expectation.
                            Some(_)
                                if bits & (verb::SPEECH | verb::BELIEF) == 0
                                    && bits & verb::EXPECT != 0
                                    && at == end
                                    && !quoted
                                    && tg.tokens.get(end).is_some_and(|t| t.is_word())
                                    && !(end..clause.end).any(|j| {
                                        top(tg, j) && (tg.finite(j) || tg.tokens[j].lower == "to")
                                    }) =>
                            {
                                Who::Author
                            }
                            Some(s) => named(tg, s),
                            None => Who::Author,
                        };
                    }
                }
            }
        }
    }

    // 3b. A reporting verb coordinated with the main verb under one subject: `The committee
    // found famine in two towns and judged that 20 more were at risk`.
    if frame_verb.is_none() && according.is_none() {
        if let Some(v) = main {
            let second = (v + 1..clause.end).find_map(|i| {
                let w = tg.verb_at(i + 1)?;
                (top(tg, i)
                    && tg.tokens[i].lower == "and"
                    && w.form.past()
                    && w.bits & (verb::SPEECH | verb::BELIEF) != 0)
                    .then_some((i + 1, w.bits))
            });
            if let Some((w, bits)) = second {
                let at = tg
                    .tokens
                    .get(w + 1)
                    .filter(|t| t.lower == "that")
                    .map(|_| w + 2);
                if let (Some(at), Some(s)) = (at, subject(tg, clause, v, lex)) {
                    if !first_person(tg, &s) && !this_text(tg, &s) {
                        who = named(tg, s);
                        frame_verb = Some(w);
                        complement_at = Some(at);
                        speech = bits & verb::SPEECH != 0;
                        belief_frame = bits & verb::BELIEF != 0;
                    }
                }
            }
        }
    }

    if let Some((words, attached)) = according.clone() {
        if attached && frame_verb.is_none() {
            who = named(tg, words);
            speech = true;
            complement_at = Some(clause.start);
            quote_carried = has_quote;
        }
    }

    // A sentence of a stand-alone quotation (every word quoted, no frame in it): the
    // quotation carries the claim, and its own negation counts.
    let all_quoted = clause.clone().any(|i| tg.tokens[i].is_word())
        && clause
            .clone()
            .filter(|&i| tg.tokens[i].is_word())
            .all(|i| tg.tokens[i].quoted);
    if all_quoted && frame_verb.is_none() {
        quote_carried = true;
    }

    // Main scope.
    let main_scope = scope(tg, clause, quote_carried);
    let in_main = |i: usize| main_scope.get(i - clause.start).copied().unwrap_or(false);

    // 4. Cues: hedges, forecasts, negations, unnamed sources.
    let mut believed = belief_frame;
    let mut expected = expect_frame;
    let mut negated = false;
    let mut reported = speech || according.is_some();
    let mut unnamed: Option<Range<usize>> = None;
    let mut i = clause.start;
    while i < clause.end {
        let t = &tg.tokens[i];
        if !t.is_word() {
            i += 1;
            continue;
        }
        if t.lower.ends_with("n't") || t.lower.ends_with("n’t") {
            if in_main(i) {
                negated |= !contrastive(tg, i, clause);
            }
            i += 1;
            continue;
        }
        let Some((len, cue)) = lex.modality.at(tg.tokens, i).map(|(n, c)| (n, *c)) else {
            i += 1;
            continue;
        };
        // `may` the modal, not `May` the month.
        let lower_ok = len > 1 || t.text == t.lower || i == clause.start;
        if lower_ok {
            match cue {
                ModalityCue::Hedge if in_main(i) => believed = true,
                // A plan verb is a forecast only as the clause's verb (`Estonia plans to
                // buy`), not as a noun (`Russia's plans to launch`).
                ModalityCue::Forecast
                    if in_main(i)
                        && (tg.verb_at(i).is_none() || tg.has(i, class::AUX) || tg.finite(i)) =>
                {
                    expected = true
                }
                ModalityCue::Negation
                    if in_main(i)
                        && !contrastive(tg, i, clause)
                        && !elliptical_relative(tg, i, clause) =>
                {
                    negated = true
                }
                ModalityCue::Report => reported = true,
                ModalityCue::Unnamed => {
                    reported = true;
                    let on_main_verb = main.is_some_and(|v| {
                        i + len == v || i == v || i == v + 1 || (i < v && t.lower.starts_with("it"))
                    }) || t.lower == "it";
                    if on_main_verb && unnamed.is_none() {
                        unnamed = Some(i..i + len);
                        // `it was reported that …`: the proposition follows `that`.
                        if tg.tokens.get(i + len).is_some_and(|t| t.lower == "that") {
                            complement_at.get_or_insert(i + len + 1);
                        }
                    }
                }
                ModalityCue::BelievedUnnamed => {
                    believed = true;
                    if unnamed.is_none() && in_main(i) {
                        unnamed = Some(i..i + len);
                    }
                }
                _ => {}
            }
        }
        i += len;
    }
    // Verbs of belief, expectation and speech inside the reported proposition or elsewhere.
    let mut quoted_by_speech = false;
    for j in clause.clone() {
        let Some(v) = tg.verb_at(j) else { continue };
        if Some(j) == frame_verb {
            continue;
        }
        let after_complement = complement_at.is_some_and(|c| j >= c);
        // A verb used as a verb: finite, after an auxiliary, or a participle after a comma
        // (`warning that`), not an adjective (`a reporting framework`).
        let verbal = tg.finite(j)
            || (j > 0 && tg.has(j - 1, class::AUX | class::NONFINITE))
            || (v.form == VerbForm::Ing && j > 0 && tg.tokens[j - 1].is(","))
            || (v.form.past() && j > 0 && tg.tokens[j - 1].lower == "which");
        // A noun that is also a belief or expectation verb sets nothing (`before any joint
        // mining project begins`): no verb use, and a finite verb right after it.
        let noun = !verbal
            && (tg.finite(j + 1)
                || tg
                    .verb_at(j + 1)
                    .is_some_and(|n| n.form == VerbForm::Third || n.form.past()));
        // `faster than expected`, `as forecast`: a comparison with an expectation, none of
        // its own.
        let compared = j > 0 && matches!(tg.tokens[j - 1].lower.as_str(), "than" | "as");
        let noun = noun || compared;
        if v.bits & verb::BELIEF != 0 && in_main(j) && after_complement && !v.form.past() && !noun {
            believed = true;
        }
        if v.bits & verb::EXPECT != 0 && in_main(j) && after_complement && !noun {
            expected = true;
        }
        if v.bits & (verb::SPEECH | verb::QUOTE_ONLY) != 0 && verbal {
            let q = (j + 1..clause.end.min(j + 10)).find(|&k| tg.tokens[k].shape == Shape::Quote);
            if q.is_some_and(|q| speech_quote(tg, j + 1, q, v.bits | verb::QUOTE_ONLY)) {
                quoted_by_speech = true;
            }
            if v.bits & verb::SPEECH != 0 && complement(tg, j + 1, clause.end, v.bits).is_some() {
                reported = true;
            }
        }
    }
    // The future in the past of reported speech: `said Russia would continue`.
    if speech && !quote_carried {
        if let Some(c) = complement_at {
            if (c..clause.end).any(|j| tg.tokens[j].lower == "would" && in_main(j)) {
                expected = true;
            }
        }
    } else if quote_carried {
        if let Some(c) = complement_at {
            if (c..clause.end).any(|j| tg.tokens[j].lower == "would" && in_main(j)) {
                expected = true;
            }
        }
    }
    if who == Who::Author {
        if let Some(u) = unnamed {
            who = Who::Unnamed(u);
        }
    }
    let quoted = has_quote && (quote_carried || quoted_by_speech || speech);
    let mut modality = Vec::new();
    if quoted {
        modality.push(Modality::Quoted);
    } else if reported {
        modality.push(Modality::Reported);
    }
    if believed {
        modality.push(Modality::Believed);
    }
    if expected {
        modality.push(Modality::Expected);
    }
    if negated {
        modality.push(Modality::Negated);
    }
    if modality.is_empty() {
        modality.push(Modality::Asserted);
    }
    modality.sort();
    Frame {
        who,
        verb: frame_verb,
        complement: complement_at,
        quote_carried,
        modality,
        main: main_scope,
    }
}

/// Keeps the first complement found.
fn continue_frame(complement_at: &mut Option<usize>, at: usize) {
    if complement_at.is_none() {
        *complement_at = Some(at);
    }
}

fn named(tg: &Tagged, mut words: Range<usize>) -> Who {
    // `al-Kaabi reportedly warned`: the adverb is not part of the name.
    while words.len() > 1 && {
        let t = &tg.tokens[words.end - 1];
        t.is_word() && !t.capitalized() && t.lower.ends_with("ly")
    } {
        words.end -= 1;
    }
    let pronoun = words.len() == 1
        && matches!(
            tg.tokens[words.start].lower.as_str(),
            "he" | "she" | "it" | "they"
        );
    Who::Named { words, pronoun }
}

/// Whether the verb at `lexical` commits its subject to an act and `to` + a base verb
/// follows at `end` (`promised to end it`, `has vowed to retake`).
fn commissive(tg: &Tagged, lexical: usize, end: usize) -> bool {
    tg.verb_at(lexical)
        .is_some_and(|v| matches!(v.lemma.as_str(), "promise" | "pledge" | "vow"))
        && tg.tokens.get(end).is_some_and(|t| t.lower == "to")
        && tg
            .verb_at(end + 1)
            .is_some_and(|v| v.form == VerbForm::Base)
}

/// `This brief`, `this paper`: the text itself.
fn this_text(tg: &Tagged, r: &Range<usize>) -> bool {
    r.len() == 2 && tg.tokens[r.start].lower == "this" && tg.has(r.start + 1, class::DOC)
}

fn first_person(tg: &Tagged, r: &Range<usize>) -> bool {
    r.len() == 1 && (tg.has(r.start, class::FIRST) || tg.tokens[r.start].lower == "i")
}

/// The reporting verb group at a main finite verb `v`: the lexical verb's lemma and class
/// bits, and where the group ends. `None` when it is no reporting verb, or a passive one
/// (`is believed to` is an unnamed source, not the subject speaking).
fn frame_group(tg: &Tagged, v: usize, end: usize, lex: &Lexicon) -> Option<(usize, u32, usize)> {
    // `made it clear that`
    for (_, words, cue) in lex.cues.starting(&tg.tokens[v].lower) {
        if *cue == Cue::SpeechPhrase {
            if let Some(n) = phrase_at(tg.tokens, v, words) {
                return Some((v, verb::SPEECH, v + n));
            }
        }
    }
    let (lexical, _) = tg.group_lemma(v)?;
    let lv = tg.verb_at(lexical)?;
    let passive = lexical > v
        && lv.form.past()
        && (v..lexical).any(|j| {
            matches!(
                tg.tokens[j].lower.as_str(),
                "is" | "are" | "was" | "were" | "be" | "been" | "being"
            )
        });
    if passive {
        return None;
    }
    if let Some((bits, _)) = as_frame(tg, lexical, end) {
        return Some((lexical, bits, lexical + 1));
    }
    if lv.bits & verb::FRAME != 0 {
        return Some((lexical, lv.bits, lexical + 1));
    }
    // `used the same stage to argue that`: an infinitive reporting verb after the main verb.
    for j in lexical + 1..end.min(lexical + 7) {
        if !top(tg, j) || tg.tokens[j].is(",") {
            break;
        }
        // But after an adjective the infinitive is the adjective's (`made it harder to claim
        // that`, `found it difficult to say that`): nobody claims anything.
        let adjective = j > 0
            && (adjective_like(tg, j - 1)
                || matches!(
                    tg.tokens[j - 1].lower.as_str(),
                    "hard"
                        | "harder"
                        | "easy"
                        | "easier"
                        | "difficult"
                        | "impossible"
                        | "safe"
                        | "safer"
                ));
        if tg.tokens[j].lower == "to" && !adjective {
            if let Some(inf) = tg.verb_at(j + 1) {
                if inf.bits & (verb::SPEECH | verb::BELIEF) != 0 && inf.form == VerbForm::Base {
                    return Some((j + 1, inf.bits, j + 2));
                }
            }
        }
    }
    // A verb followed straight by a quotation of three words or more: `Their declaration
    // opposed "destabilizing or unilateral actions …"`.
    let q = lexical + 1;
    if tg.tokens.get(q).is_some_and(|t| t.shape == Shape::Quote) {
        let words = (q + 1..end)
            .take_while(|&i| tg.tokens[i].quoted)
            .filter(|&i| tg.tokens[i].is_word())
            .count();
        if words >= 3 {
            return Some((lexical, verb::QUOTE_ONLY, lexical + 1));
        }
    }
    None
}

/// Whether the frame verb group at `v` characterises its object (`describe X as Y`): the
/// proposition is then the frame's own, as the object is no clause.
pub fn characterises(tg: &Tagged, v: usize, end: usize) -> bool {
    tg.group_lemma(v)
        .is_some_and(|(lexical, _)| as_frame(tg, lexical, end).is_some())
}

/// `Ugandan officials describe the deployment as counter-terrorism`, `the alliance regards the
/// deterrent as working`: a finite verb of characterising (speech) or of seeing (belief), a
/// short object noun phrase and `as`. Returns the verb's class and where the object starts.
fn as_frame(tg: &Tagged, lexical: usize, end: usize) -> Option<(u32, usize)> {
    let lv = tg.verb_at(lexical)?;
    let bits = match lv.lemma.as_str() {
        "describe" | "portray" | "characterise" | "characterize" | "depict" => verb::SPEECH,
        "see" | "regard" | "view" => verb::BELIEF,
        _ => return None,
    };
    if !matches!(
        lv.form,
        VerbForm::Third | VerbForm::Base | VerbForm::Preterite | VerbForm::Past
    ) || lexical > 0 && tg.tokens[lexical - 1].lower == "to"
    {
        return None;
    }
    let obj = lexical + 1;
    let opens = tg.tokens.get(obj).is_some_and(|t| {
        t.is_word()
            && (tg.has(obj, class::DET | class::POSS)
                || t.capitalized()
                || matches!(t.lower.as_str(), "it" | "them" | "this" | "that"))
    });
    if !opens {
        return None;
    }
    let as_at = (obj + 1..end.min(obj + 6)).find(|&k| tg.tokens[k].lower == "as")?;
    let plain = (obj..as_at).all(|k| {
        let t = &tg.tokens[k];
        t.is_word() && !t.quoted && top(tg, k) && !tg.finite(k)
    });
    (plain && as_at + 1 < end && tg.tokens[as_at + 1].is_word()).then_some((bits, obj))
}

/// `to give Helsinki the clarity the first ruling did not.`: an elided verb phrase (`did not`
/// at the end of the clause) after a noun phrase that follows another noun, when the clause
/// has a finite verb before it: a relative clause with no `that`, not the main negation.
fn elliptical_relative(tg: &Tagged, i: usize, clause: &Range<usize>) -> bool {
    let t = &tg.tokens[i];
    if t.lower != "not" || i < clause.start + 3 {
        return false;
    }
    let aux = i - 1;
    let at_end = tg
        .tokens
        .get(i + 1)
        .is_none_or(|n| matches!(n.text.as_str(), "." | ";" | "," | ")") || i + 1 >= clause.end);
    let aux_ok = matches!(
        tg.tokens[aux].lower.as_str(),
        "did" | "does" | "do" | "has" | "have" | "had" | "could" | "would" | "can" | "will"
    );
    // The relative's subject: a determiner and its noun, after another noun.
    let subject_start = (aux.saturating_sub(4)..aux).find(|&k| tg.has(k, class::DET | class::POSS));
    let after_noun = subject_start.is_some_and(|s| {
        s > clause.start && tg.tokens[s - 1].is_word() && tg.open_class(s - 1) && !tg.finite(s - 1)
    });
    let earlier_verb = subject_start.is_some_and(|s| (clause.start..s).any(|k| tg.finite(k)));
    at_end && aux_ok && after_noun && earlier_verb
}

/// Whether the first quotation after `at` lies in the main part of the complement (not after
/// a subordinating conjunction such as `while`).
fn quote_in_main_complement(tg: &Tagged, at: usize, end: usize) -> bool {
    for i in at..end {
        let t = &tg.tokens[i];
        if t.shape == Shape::Quote {
            return true;
        }
        if top(tg, i)
            && matches!(
                t.lower.as_str(),
                "while" | "although" | "though" | "because" | "if" | "unless" | "whereas" | "when"
            )
        {
            return false;
        }
    }
    false
}

/// `"…," said X` or `"…," X said`: the speaker's words and the verb.
fn inverted(tg: &Tagged, clause: &Range<usize>) -> Option<(Range<usize>, usize)> {
    let first = (clause.start..clause.end).find(|&i| tg.tokens[i].shape != Shape::Punct)?;
    if tg.tokens[first].shape != Shape::Quote {
        return None;
    }
    let close = (first + 1..clause.end).find(|&i| tg.tokens[i].shape == Shape::Quote)?;
    let mut i = close + 1;
    if tg.tokens.get(i).is_some_and(|t| t.is(",")) {
        i += 1;
    }
    let speech = |j: usize| {
        tg.verb_at(j).is_some_and(|v| {
            v.bits & (verb::SPEECH | verb::QUOTE_ONLY) != 0 && v.form != VerbForm::Ing
        })
    };
    if i < clause.end && speech(i) {
        // `said Robert Habeck, Vice-Chancellor …`
        let end = (i + 1..clause.end)
            .find(|&j| {
                let t = &tg.tokens[j];
                matches!(t.text.as_str(), "," | "." | ";") || tg.has(j, class::PREP)
            })
            .unwrap_or(clause.end);
        let words = trim_np(tg, i + 1..end);
        return (!words.is_empty()).then_some((words, i));
    }
    // `X, title, said`; a proper-name apposition wins over a descriptive head (`the
    // mission's commander, Rear Admiral Vasileios Gryparis, told`).
    let v = (i..clause.end.min(i + 16)).find(|&j| speech(j) && top(tg, j))?;
    let segs = segments(tg, i..v);
    let words = trim_np(tg, segs.first()?.clone());
    if !looks_like_name(tg, &words) {
        if let Some(name) = segs[1..]
            .iter()
            .map(|r| trim_np(tg, r.clone()))
            .find(|r| looks_like_name(tg, r))
        {
            return Some((name, v));
        }
    }
    (!words.is_empty()).then_some((words, v))
}

/// `according to X`: the words of X, and whether the phrase attaches to the whole clause (not
/// inside a relative clause: `counties that, according to New Delhi, include …`).
fn according_to(tg: &Tagged, clause: &Range<usize>) -> Option<(Range<usize>, bool)> {
    let a = (clause.start..clause.end.saturating_sub(1)).find(|&i| {
        top(tg, i) && tg.tokens[i].lower == "according" && tg.tokens[i + 1].lower == "to"
    })?;
    let start = a + 2;
    let end = (start..clause.end)
        .find(|&j| {
            let t = &tg.tokens[j];
            (top(tg, j) && matches!(t.text.as_str(), "," | "." | ";" | ":"))
                || tg.has(j, class::REL)
                || t.shape == Shape::Quote
        })
        .unwrap_or(clause.end);
    let words = trim_np(tg, start..end);
    if words.is_empty() {
        return None;
    }
    // Inside a relative clause when the segment before it ends with a relative pronoun or a
    // relative `that`.
    let before = (clause.start..a)
        .rev()
        .find(|&j| top(tg, j) && !tg.tokens[j].is(","));
    let relative = before.is_some_and(|j| tg.has(j, class::REL) || tg.tokens[j].lower == "that");
    Some((words, !relative))
}

/// Whether the negation at `i` is contrastive (`X, not Y`; `not X but Y`; `not only`;
/// `whether or not`) or a bound (`no earlier than`, `no more than`) rather than negating the
/// claim.
fn contrastive(tg: &Tagged, i: usize, clause: &Range<usize>) -> bool {
    let prev = i.checked_sub(1).map(|p| tg.tokens[p].lower.as_str());
    let next = tg.tokens.get(i + 1).map(|t| t.lower.as_str());
    if tg.tokens[i].lower == "no" && tg.tokens.get(i + 2).is_some_and(|t| t.lower == "than") {
        return true;
    }
    if matches!(prev, Some("," | "or" | "if" | "—" | "but")) {
        return true;
    }
    if matches!(next, Some("only" | "just" | "simply" | "merely")) {
        return true;
    }
    // `the costs of not implementing`: a negated gerund, not the claim.
    if tg.verb_at(i + 1).is_some_and(|v| v.form == VerbForm::Ing) {
        return true;
    }
    (i + 1..clause.end).any(|j| {
        top(tg, j)
            && tg.tokens[j].lower == "but"
            && tg
                .tokens
                .get(j + 1)
                .is_some_and(|n| matches!(n.lower.as_str(), "rather" | "as" | "to" | "also"))
    })
}

/// The main scope of a clause: per token, whether modality cues there count (see the module
/// documentation). Quoted words count when a quotation carries the claim.
fn scope(tg: &Tagged, clause: &Range<usize>, quote_main: bool) -> Vec<bool> {
    let mut main = vec![false; clause.len()];
    // Everything after an unsplit colon is a list.
    let colon = (clause.start..clause.end).find(|&i| top(tg, i) && tg.tokens[i].is(":"));
    let limit = colon.unwrap_or(clause.end);
    let mut main_verb_seen = false;
    // The previous segment ended inside a relative or subordinate clause.
    let mut left_open = false;
    for seg in segments(tg, clause.start..limit) {
        let first = seg
            .clone()
            .find(|&i| tg.tokens[i].is_word() || tg.tokens[i].shape == Shape::Number);
        let Some(first) = first else { continue };
        let t = &tg.tokens[first];
        let whole_quote = tg.tokens[first].quoted;
        let has_finite = seg.clone().any(|j| top(tg, j) && tg.finite(j));
        let verb_first = tg.finite(first)
            || (tg.has(first, class::COORD)
                && tg
                    .tokens
                    .get(first + 1)
                    .is_some_and(|_| tg.finite(first + 1)));
        // `Since then no cable has been cut`: an adverb, no subordinate clause.
        let adverb_then = matches!(t.lower.as_str(), "since" | "until")
            && tg.tokens.get(first + 1).is_some_and(|n| n.lower == "then");
        let subordinate = !whole_quote
            && !adverb_then
            && (tg.has(first, class::SUB | class::REL | class::WH) && t.lower != "that"
                // A participial phrase; a gerund opening the clause with its own verb is its
                // subject.
                || (matches!(tg.verb_at(first).map(|v| v.form), Some(VerbForm::Ing))
                    && !((clause.start..first).all(|j| !tg.tokens[j].is_word()) && has_finite))
                // `…, adopted in June 2024, …` after the main verb.
                || (tg.verb_at(first).is_some_and(|v| v.form == VerbForm::Past)
                    && first > clause.start
                    && (!tg.finite(first) || main_verb_seen))
                // `…, and a culture of performance` without a verb is a list item.
                || (tg.has(first, class::COORD) && !has_finite)
                // `…, is not dominated by …` continuing a relative clause.
                || (left_open && verb_first));
        if subordinate {
            // A clause whose main verb follows an opener with no comma (`Since their first
            // meeting in 2022 the commissions have met 14 times`): the main part runs from
            // that verb.
            if let Some(v) = main_finite(tg, clause.clone()).filter(|v| seg.contains(v)) {
                for i in v..seg.end {
                    if !tg.tokens[i].bracketed {
                        main[i - clause.start] = true;
                    }
                }
                main_verb_seen = true;
                continue;
            }
            left_open = left_open || tg.has(first, class::SUB | class::REL | class::WH);
            continue;
        }
        // Inside a quotation, a subordinate clause closes the main part of the quotation only.
        let mut quote_closed = false;
        // After a relative or subordinate opener, the opener's own verb is skipped; a later
        // verb not coordinated with it resumes the main clause (`Jaiswal's line that India
        // wants … is likely`).
        let mut closed: Option<bool> = None;
        for i in seg.clone() {
            let tok = &tg.tokens[i];
            if tok.bracketed {
                continue;
            }
            if tok.shape == Shape::Quote {
                quote_closed = false;
                continue;
            }
            if tok.quoted {
                if quote_main && !quote_closed && closes_main(tg, i) && i > seg.start {
                    quote_closed = true;
                }
                main[i - clause.start] = quote_main && !quote_closed && closed.is_none();
                continue;
            }
            if closed.is_none() && i > seg.start && closes_main(tg, i) {
                closed = Some(false);
                continue;
            }
            // `a deal that pays the armed groups that hold the mines will …`: a plural noun
            // before a relative pronoun is the relative's head, not a verb.
            let head_noun = tg.plural_noun(i)
                && tg
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.lower == "that" || tg.has(i + 1, class::REL));
            if let Some(seen_verb) = closed {
                if tg.finite(i) && !head_noun {
                    if !seen_verb {
                        closed = Some(true);
                        continue;
                    }
                    if !(main_verb_seen || i > 0 && tg.has(i - 1, class::COORD)) {
                        closed = None;
                    } else {
                        continue;
                    }
                } else {
                    continue;
                }
            }
            if tg.finite(i) {
                main_verb_seen = true;
            }
            main[i - clause.start] = true;
        }
        left_open = closed.is_some();
    }
    main
}

/// Whether token `i` ends the main part of its segment (a relative pronoun, a subordinating
/// conjunction, a relative `that`).
fn closes_main(tg: &Tagged, i: usize) -> bool {
    let t = &tg.tokens[i];
    if tg.has(i, class::REL | class::WH) {
        return true;
    }
    if matches!(
        t.lower.as_str(),
        "although"
            | "though"
            | "if"
            | "when"
            | "while"
            | "because"
            | "unless"
            | "whereas"
            | "once"
            | "where"
    ) {
        return true;
    }
    t.lower == "that" && !complement_that(tg, i) && {
        // `that` before a plain noun is a determiner.
        !tg.tokens
            .get(i + 1)
            .is_some_and(|n| n.is_word() && tg.open_class(i + 1) && tg.verb_at(i + 1).is_none())
    }
}
