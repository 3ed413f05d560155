//! Which sentences are claims, and where a sentence holds two independent assertions.
//!
//! A sentence is cut before an independent clause (its own subject and finite verb) joined by
//! `;`, a colon, a coordinating conjunction (`, and`, `, but`, `and we`), or a bare comma (a comma
//! splice). Reporting frames, subordinate and relative clauses, verb phrases under one subject,
//! lists and quotations are never cut. A clause is a claim when it has a main finite verb and is
//! neither a question, a list-item fragment, a list heading (`Defense objectives include:`), a
//! remark about the text itself (`This summary outlines …`) nor a cross-reference (`(See …)`).
//!
//! The grammar is deliberately shallow: closed-class words and verb forms from
//! `data/claims/`, commas, quotation marks and brackets.

use std::ops::Range;

use super::lexicon::{class, Lexicon, VerbForm};
use super::tokens::{Shape, Tagged};

/// Whether token `i` is outside quotations and brackets and is not a quotation mark or bracket.
pub fn top(tg: &Tagged, i: usize) -> bool {
    let t = &tg.tokens[i];
    !t.quoted
        && !t.bracketed
        && t.shape != Shape::Quote
        && !matches!(t.text.as_str(), "(" | ")" | "[" | "]")
}

/// The comma-delimited segments of a token range (top-level commas only; the commas are left
/// out).
pub fn segments(tg: &Tagged, range: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = range.start;
    for i in range.clone() {
        if tg.tokens[i].is(",") && top(tg, i) {
            out.push(start..i);
            start = i + 1;
        }
    }
    out.push(start..range.end);
    out.retain(|r| !r.is_empty());
    out
}

/// Words after which `that` opens a complement clause (the main proposition), not a relative
/// clause.
const COMPLEMENT_HOSTS: &[&str] = &[
    "clear",
    "undeniable",
    "likely",
    "unlikely",
    "possible",
    "expected",
    "believed",
    "reported",
    "said",
    "evident",
    "certain",
    "concerns",
    "concern",
    "fears",
    "hopes",
    "warning",
    "assessment",
];

/// Whether the `that` at `i` opens a complement clause of a reporting or evidential verb (or of
/// an adjective such as `clear`), which then carries the main proposition.
pub fn complement_that(tg: &Tagged, i: usize) -> bool {
    if tg.tokens[i].lower != "that" || i == 0 {
        return false;
    }
    // Look back over an indirect object and a time (`told the European Parliament in
    // December that`).
    for j in (i.saturating_sub(7)..i).rev() {
        let t = &tg.tokens[j];
        if !top(tg, j) && t.shape != Shape::Quote {
            continue;
        }
        if let Some(v) = tg.verb_at(j) {
            if v.bits & super::lexicon::verb::FRAME != 0 || v.lemma == "make" {
                return true;
            }
        }
        if COMPLEMENT_HOSTS.contains(&t.lower.as_str()) {
            return true;
        }
        if t.is(",") || t.is(";") || tg.has(j, class::REL | class::SUB) {
            return false;
        }
    }
    false
}

/// Whether token `i` closes the main part of its segment: a relative pronoun, a subordinating
/// conjunction (strict set), an interrogative, or a `that` that is not a complement of a
/// reporting verb and not the segment's first word.
fn opens_subordinate(tg: &Tagged, i: usize, seg_start: usize) -> bool {
    let t = &tg.tokens[i];
    if i == seg_start {
        return false;
    }
    // `after Indian and Chinese soldiers fought`: a preposition that opens a clause.
    let such_as =
        t.lower == "as" && i > 0 && matches!(tg.tokens[i - 1].lower.as_str(), "such" | "well");
    if matches!(
        t.lower.as_str(),
        "after" | "before" | "since" | "until" | "as"
    ) && !such_as
        && clause_follows(tg, i + 1)
    {
        return true;
    }
    if tg.has(i, class::REL | class::WH) {
        return true;
    }
    if matches!(
        t.lower.as_str(),
        "although" | "though" | "if" | "when" | "while" | "because" | "unless" | "whereas" | "once"
    ) {
        return true;
    }
    if t.lower == "that" {
        // `that` right before a noun is a determiner (`that figure`).
        let next_noun =
            tg.tokens.get(i + 1).is_some_and(|n| {
                n.is_word() && tg.open_class(i + 1) && tg.verb_at(i + 1).is_none()
            }) && !tg
                .tokens
                .get(i + 2)
                .is_some_and(|n| tg.finite(i + 2) || n.is_word() && tg.has(i + 2, class::AUX));
        return !next_noun && !complement_that(tg, i);
    }
    false
}

/// Whether a subject and a finite verb follow at `i`, before a comma or the end.
fn clause_follows(tg: &Tagged, i: usize) -> bool {
    let starts = tg.tokens.get(i).is_some_and(|t| {
        t.is_word() && (tg.has(i, class::DET | class::POSS | class::SUBJ) || tg.open_class(i))
    });
    // Nine words on, not counting a bracketed aside (`after the Republic of the Congo (DRC)
    // and Rwanda signed`).
    starts
        && (i + 1..tg.tokens.len())
            .filter(|&j| !tg.tokens[j].bracketed && !tg.tokens[j].is("(") && !tg.tokens[j].is(")"))
            .take(9)
            .take_while(|&j| !tg.tokens[j].is(",") && !tg.tokens[j].is("."))
            .any(|j| tg.finite(j))
}

/// Whether a segment cannot hold a main verb: it opens with a subordinating conjunction, a
/// relative pronoun, an interrogative, `to` + verb, a participle, or an inverted conditional
/// (`Should deterrence fail,`). A gerund that opens the range and has its own finite verb is a
/// subject (`Maintaining the advantage will require …`); a past form right after a relative
/// clause in commas is the main verb (`Russia, which maintains …, withdrew …`).
fn subordinate_segment(tg: &Tagged, seg: &Range<usize>, range: &Range<usize>) -> bool {
    let Some(i) = seg
        .clone()
        .find(|&i| tg.tokens[i].is_word() || tg.tokens[i].shape == Shape::Number)
    else {
        return true;
    };
    if tg.tokens[i].shape == Shape::Number {
        return false;
    }
    let t = &tg.tokens[i];
    if tg.has(i, class::SUB | class::REL | class::WH) && t.lower != "that" {
        // `as`, `since`, `after`, `before`, `until` are also prepositions: a subordinate
        // clause only when a finite verb follows in the segment.
        if matches!(
            t.lower.as_str(),
            "as" | "since" | "after" | "before" | "until"
        ) {
            // `Since April the board has bought …`: a preposition before a month or a year
            // and the clause's subject.
            let dated = tg.tokens.get(i + 1).is_some_and(|d| {
                d.capitalized()
                    && matches!(
                        super::lexicon::Lexicon::get().time.get(&d.text),
                        Some(super::lexicon::TimeWord::Month(_))
                    )
                    || d.shape == Shape::Number && super::quantity::is_year(&d.text)
            }) && {
                // `Since April the board …`, `Since September 2025 diplomacy has …`
                let k =
                    if tg.tokens.get(i + 2).is_some_and(|y| {
                        y.shape == Shape::Number && super::quantity::is_year(&y.text)
                    }) {
                        i + 3
                    } else {
                        i + 2
                    };
                tg.tokens.get(k).is_some_and(|n| n.is_word()) && !tg.finite(k)
            };
            // `Since then no cable has been cut`: `since then`, `until then` are adverbs.
            let anaphoric = matches!(t.lower.as_str(), "since" | "until")
                && tg.tokens.get(i + 1).is_some_and(|n| n.lower == "then");
            if dated || anaphoric {
                return false;
            }
            return seg.clone().skip(1).any(|j| tg.finite(j));
        }
        return true;
    }
    if t.lower == "to" {
        return true;
    }
    // `Should deterrence fail, …`: an inverted conditional.
    if matches!(t.text.as_str(), "Should" | "Were" | "Had") && i == range.start {
        return true;
    }
    match tg.verb_at(i).map(|v| v.form) {
        Some(VerbForm::Ing) => {
            let opens_range = (range.start..i).all(|j| !tg.tokens[j].is_word());
            // After an introductory phrase, a gerund subject needs an auxiliary of its own
            // (`According to the bank, building the line will cost …`).
            let aux_follows = seg
                .clone()
                .skip(1)
                .any(|j| top(tg, j) && tg.has(j, class::AUX) && tg.finite(j));
            !((opens_range && seg.clone().skip(1).any(|j| tg.finite(j))) || aux_follows)
        }
        Some(VerbForm::Past) if i == seg.start && seg.start > range.start => {
            !after_relative_parenthetical(tg, seg.start, range.start)
        }
        Some(VerbForm::Past) => !tg.finite(i),
        _ => false,
    }
}

/// Whether the segment before the comma at `seg_start - 1` opens with a relative pronoun and
/// the one before that names a subject: `Russia, which maintains a site, withdrew`.
fn after_relative_parenthetical(tg: &Tagged, seg_start: usize, range_start: usize) -> bool {
    let comma = seg_start - 1;
    let prev_start = (range_start..comma)
        .rev()
        .find(|&j| tg.tokens[j].is(",") && top(tg, j))
        .map_or(range_start, |j| j + 1);
    prev_start > range_start
        && tg.has(prev_start, class::REL)
        && !(range_start..prev_start).any(|j| tg.finite(j))
}

/// Whether a segment is a bare noun phrase, an item of a list (`…, nonnuclear capabilities,
/// and nuclear weapons …`): words only, no verb form, not opened by a preposition,
/// conjunction or connective, at most six tokens.
fn bare_np(tg: &Tagged, seg: &Range<usize>) -> bool {
    let first = seg.start;
    seg.len() <= 8
        && tg.tokens[first].is_word()
        && !tg.has(
            first,
            class::PREP | class::SUB | class::REL | class::WH | class::CONNECTIVE | class::COORD,
        )
        && tg
            .verb_at(first)
            .is_none_or(|v| v.form == VerbForm::Third && tg.plural_noun(first))
        && seg.clone().all(|j| {
            let t = &tg.tokens[j];
            (t.is_word() || t.shape == Shape::Number)
                && !tg.finite(j)
                && !tg.has(j, class::AUX | class::REL | class::SUB | class::WH)
                && t.lower != "that"
                && t.lower != "to"
        })
}

/// The segment that ends right before position `end` (a comma).
fn segment_before(tg: &Tagged, start: usize, end: usize) -> Range<usize> {
    let s = (start..end)
        .rev()
        .find(|&j| tg.tokens[j].is(",") && top(tg, j))
        .map_or(start, |j| j + 1);
    s..end
}

/// The first main finite verb of a token range: a finite verb in a segment that can hold a
/// main verb, before any relative pronoun or subordinating conjunction of that segment.
pub fn main_finite(tg: &Tagged, range: Range<usize>) -> Option<usize> {
    let segs = segments(tg, range.clone());
    let mut fallback = None;
    // Only when no comma closes the opener: `After the vote, …` has its main verb after the
    // comma.
    let no_comma = !(range.clone())
        .chain(std::iter::once(range.end))
        .any(|i| tg.tokens.get(i).is_some_and(|t| t.is(",")));
    for (k, seg) in segs.iter().enumerate() {
        let seg = seg.clone();
        // A sentence with no comma that opens with a preposition that may open a clause
        // (`Since their first meeting in 2022 the commissions have met`) is read word by word
        // below: its main verb is the one after the opener's own, else the only one.
        let opener_at = seg.clone().find(|&i| tg.tokens[i].is_word());
        let bare_opener = segs.len() == 1
            && no_comma
            && opener_at.is_some_and(|i| {
                tg.has(i, class::PREP)
                    && matches!(
                        tg.tokens[i].lower.as_str(),
                        "as" | "since" | "after" | "before" | "until"
                    )
            });
        if subordinate_segment(tg, &seg, &range) && !bare_opener {
            // A past form opening a segment is a participle (`…, adopted in June 2024, will
            // ban`) when a later segment opens with a finite verb and nothing in its own
            // segment is left open; otherwise it is the main verb after a subject and its
            // appositions (`Lavrov, the minister, and Choe, …, met six times`).
            let past_opening =
                tg.verb_at(seg.start).is_some_and(|v| v.form.past()) && seg.start > range.start;
            let later_finite = segs[k + 1..].iter().any(|s| {
                (s.start..s.end)
                    .find(|&j| {
                        tg.tokens[j].is_word()
                            && !ADVERBS_BEFORE_VERB.contains(&tg.tokens[j].lower.as_str())
                    })
                    .is_some_and(|j| tg.finite(j))
            });
            let open = (seg.start + 1..seg.end).any(|j| {
                top(tg, j)
                    && (tg.tokens[j].lower == "that"
                        || tg.has(j, class::SUB | class::REL | class::WH))
            });
            if !(past_opening && (!later_finite || open)) {
                continue;
            }
            return Some(seg.start);
        }
        // After a subordinate opener with no main verb before it (`Jaiswal's line that India
        // wants … is likely`), the opener's own verb is skipped and the next finite verb, not
        // coordinated with it, is the main one.
        let mut skipping = false;
        let mut skipped_verb = false;
        let mut opener_prep = false;
        for i in seg.clone() {
            if !top(tg, i) {
                continue;
            }
            if opens_subordinate(tg, i, seg.start) || bare_opener && Some(i) == opener_at {
                if skipping {
                    break;
                }
                skipping = true;
                opener_prep = tg.has(i, class::PREP);
                continue;
            }
            if !tg.finite(i) {
                continue;
            }
            // A participle that names, after a noun and before `as` (`the union leader known
            // as “La Roja”`), is no main verb.
            let naming = i > seg.start
                && tg.verb_at(i).is_some_and(|v| v.form == VerbForm::Past)
                && tg.noun_like(i - 1)
                && !tg.has(i - 1, class::AUX)
                && tg.tokens.get(i + 1).is_some_and(|t| t.lower == "as");
            if naming {
                continue;
            }
            if skipping && !skipped_verb {
                skipped_verb = true;
                // An opener that is also a preposition may govern a noun phrase with no verb
                // of its own (`Since their first meeting in 2022 the commissions have met`):
                // with no later finite verb, the skipped one is the main verb.
                if opener_prep && no_comma && fallback.is_none() {
                    fallback = Some(prefer_later(tg, i, seg.end));
                }
                continue;
            }
            if skipping && i > 0 && tg.has(i - 1, class::COORD) {
                continue;
            }
            return Some(prefer_later(tg, i, seg.end));
        }
    }
    fallback
}

/// Whether the words after a comma are an apposition with a reduced relative clause that ends
/// the sentence, its verb's object left out (`…, a figure the ministry disputes.`, `…, a claim
/// Moscow denies`): no clause of its own.
fn apposed_relative(tg: &Tagged, range: Range<usize>) -> bool {
    let s = range.start;
    if !tg
        .tokens
        .get(s)
        .is_some_and(|t| matches!(t.lower.as_str(), "a" | "an"))
    {
        return false;
    }
    let Some(v) = (s + 2..range.end.min(s + 7)).find(|&j| tg.finite(j)) else {
        return false;
    };
    (s + 1..v).all(|j| tg.tokens[j].is_word() && tg.verb_at(j).is_none_or(|_| !tg.finite(j)))
        && tg.verb_at(v).is_some()
        && (v + 1 == range.end
            || tg
                .tokens
                .get(v + 1)
                .is_some_and(|t| matches!(t.text.as_str(), "." | ";" | ":" | ")" | "—")))
}

/// Adverbs that may precede a verb at the start of a segment.
const ADVERBS_BEFORE_VERB: &[&str] = &["then", "also", "still", "now", "reportedly", "again"];

/// A regular `-ed` form right after a noun may be a reduced relative (`The statement released
/// after the meeting states`): a later finite auxiliary or present-tense verb in the segment,
/// before any subordinate opener, is then the main verb.
fn prefer_later(tg: &Tagged, i: usize, end: usize) -> usize {
    let regular_past = tg.verb_at(i).is_some_and(|v| v.form == VerbForm::Past)
        && tg.tokens[i].lower.ends_with("ed")
        && i > 0
        && tg.noun_like(i - 1);
    if !regular_past {
        return i;
    }
    for j in i + 1..end {
        if !top(tg, j) {
            continue;
        }
        if tg.has(j, class::REL | class::WH)
            || tg.tokens[j].lower == "that"
            || matches!(
                tg.tokens[j].lower.as_str(),
                "although" | "though" | "if" | "when" | "while" | "because" | "unless" | "whereas"
            )
        {
            break;
        }
        if tg.finite(j)
            && (tg.has(j, class::AUX) || tg.verb_at(j).is_some_and(|v| v.form == VerbForm::Third))
        {
            return j;
        }
    }
    i
}

/// Whether a range, after its main verb, leaves a subordinate clause open (`This shows that
/// although X, …`): what follows a comma then completes it rather than starting a new clause.
fn open_subordinate(tg: &Tagged, range: Range<usize>) -> bool {
    let Some(v) = main_finite(tg, range.clone()) else {
        return false;
    };
    (v + 1..range.end).any(|i| {
        top(tg, i)
            && (matches!(
                tg.tokens[i].lower.as_str(),
                "although"
                    | "though"
                    | "if"
                    | "when"
                    | "while"
                    | "because"
                    | "unless"
                    | "whereas"
                    | "whether"
                    | "once"
                    | "where"
            ) || tg.tokens[i].lower == "that" && complement_that(tg, i))
    })
}

/// Whether a segment is an introductory phrase that may stand before a clause's subject: a
/// connective, an adverb, a prepositional phrase, a present-participle phrase, a `to` phrase,
/// or a subordinate clause.
fn intro(tg: &Tagged, seg: &Range<usize>, lex: &Lexicon) -> bool {
    let i = seg.start;
    let t = &tg.tokens[i];
    if !t.is_word() {
        return false;
    }
    let len = seg.len();
    if tg.has(i, class::CONNECTIVE) && len <= 2 {
        return true;
    }
    if lex
        .connectives
        .starting(&tg.tokens[i].lower)
        .any(|(_, c, _)| super::tokens::phrase_at(tg.tokens, i, c) == Some(len))
    {
        return true;
    }
    if len == 1 && t.lower.ends_with("ly") {
        return true;
    }
    // A time phrase with no preposition: `the following year,`, `last week,`, `that month,`,
    // `two days later,`.
    if len <= 4 {
        let time_word = |j: usize| {
            let w = &tg.tokens[j];
            lex.time.contains_key(w.text.as_str())
                || lex.time.contains_key(w.lower.as_str())
                || matches!(
                    w.lower.as_str(),
                    "day" | "days" | "weeks" | "months" | "years"
                )
        };
        let filler = |j: usize| {
            let w = &tg.tokens[j];
            w.shape == Shape::Number
                || matches!(
                    w.lower.as_str(),
                    "the"
                        | "that"
                        | "this"
                        | "last"
                        | "next"
                        | "same"
                        | "following"
                        | "previous"
                        | "a"
                        | "an"
                        | "earlier"
                        | "later"
                        | "ago"
                )
                || lex.numbers.contains_key(w.lower.as_str())
        };
        let has_time = seg.clone().any(time_word);
        let only_time = seg.clone().all(|j| {
            let w = &tg.tokens[j];
            w.is_word() || w.shape == Shape::Number
        }) && seg.clone().all(|j| time_word(j) || filler(j));
        if has_time && only_time && !seg.clone().any(|j| tg.finite(j)) {
            return true;
        }
    }
    let finite = seg.clone().any(|j| tg.finite(j));
    if tg.has(i, class::SUB) {
        return true;
    }
    if (tg.has(i, class::PREP) || t.lower == "to") && !finite {
        return true;
    }
    matches!(tg.verb_at(i).map(|v| v.form), Some(VerbForm::Ing)) && !finite
}

/// How many commas may stand between a clause's subject and its verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commas {
    /// None (after a bare comma: a comma splice).
    None,
    /// None or a pair around a parenthetical (after `, and`).
    Paired,
    /// Any (after `;` or a colon).
    Any,
}

/// Whether the range starts with an independent clause: optional introductory segments, then
/// a subject and a finite verb.
pub fn starts_clause(tg: &Tagged, range: Range<usize>, commas: Commas, lex: &Lexicon) -> bool {
    let segs = segments(tg, range.clone());
    for (k, seg) in segs.iter().enumerate() {
        if subject_then_verb(tg, seg.start..range.end, commas, k > 0, lex) {
            return true;
        }
        // After a coordinating conjunction, a semicolon or a colon a clause may open with a
        // short prepositional phrase without a comma (`, and in March 2025 the air force sent
        // …`, `: in Kiribati they have covered …`): its subject and verb follow within a few
        // words that have no verb of their own.
        if matches!(commas, Commas::Paired | Commas::Any)
            && k == 0
            && tg.has(seg.start, class::PREP)
        {
            let reach = seg.end.min(seg.start + 8);
            let opens = (seg.start + 1..reach).any(|p| {
                (seg.start..p).all(|j| top(tg, j) && !tg.finite(j))
                    && subject_then_verb(tg, p..range.end, Commas::None, true, lex)
            });
            if opens {
                return true;
            }
        }
        // After a coordinating conjunction a clause may open with a subordinate clause
        // without a comma (`but when coupled with its arsenal the challenge is clear`).
        if commas == Commas::Paired
            && k == 0
            && tg.has(seg.start, class::SUB)
            && seg.clone().skip(1).any(|j| tg.finite(j))
        {
            return true;
        }
        if !intro(tg, seg, lex) {
            return false;
        }
    }
    false
}

/// Whether a subject phrase then a finite verb starts at `range.start`.
fn subject_then_verb(
    tg: &Tagged,
    range: Range<usize>,
    commas: Commas,
    after_intro: bool,
    lex: &Lexicon,
) -> bool {
    let s = range.start;
    let t = &tg.tokens[s];
    // `60 heavy trucks carry …`: a count in digits opens a subject.
    let digit_start = commas != Commas::None
        && t.shape == Shape::Number
        && tg
            .tokens
            .get(s + 1)
            .is_some_and(|n| n.is_word() || n.is("%"));
    if !top(tg, s) || !(t.is_word() || digit_start) {
        return false;
    }
    // `nearly all refining capacity is in China`: an adverb before a quantifier.
    if t.lower.ends_with("ly")
        && tg.verb_at(s).is_none()
        && tg
            .tokens
            .get(s + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "all" | "every" | "half" | "most"))
    {
        return subject_then_verb(tg, s + 1..range.end, commas, after_intro, lex);
    }
    let c = tg.class[s];
    let demo = c & class::DEMO != 0 && c & class::DET != 0;
    let after_intro_or_coord = commas == Commas::Paired || after_intro;
    // `nearly half of that came`, `about 40% fell`
    // A number, or a currency before one (`about €150 million in funds remain frozen`).
    let amount = |k: usize| {
        tg.tokens.get(k).is_some_and(|q| {
            q.shape == Shape::Number
                || lex.numbers.contains_key(q.lower.as_str())
                || lex.currencies.contains_key(q.text.as_str())
                    && tg
                        .tokens
                        .get(k + 1)
                        .is_some_and(|n| n.shape == Shape::Number)
        })
    };
    let quantity_start = digit_start
        || lex
            .approximators
            .at(tg.tokens, s)
            .map(|(n, _)| n)
            .is_some_and(|n| amount(s + n));
    let starter = quantity_start
        || c & (class::SUBJ | class::DET | class::POSS) != 0
        || (c & class::CLOSED == 0
            && tg.verb_at(s).is_none_or(|v| {
                // `explosions damaged`: a plural noun that is also a verb form may start;
                // so may a base form before `from`, `for` or `of` (`demand from the cities
                // is growing`).
                v.form == VerbForm::Third && tg.plural_noun(s)
                    // `and uniformed officers have worked`: a participle as an adjective
                    // before a plural noun.
                    || v.form.past()
                        && commas == Commas::Paired
                        && {
                            // `uniformed MPS officers`: past an acronym.
                            let acronym = tg.tokens.get(s + 1).is_some_and(|w| {
                                w.text.len() > 1 && w.text.chars().all(|c| c.is_ascii_uppercase())
                            });
                            let h = if acronym { s + 2 } else { s + 1 };
                            h < tg.tokens.len() && tg.plural_noun(h) && tg.verb_at(h).is_none()
                        }
                    || v.form == VerbForm::Base
                        && after_intro_or_coord
                        && tg
                            .tokens
                            .get(s + 1)
                            .is_some_and(|n| matches!(n.lower.as_str(), "from" | "for" | "of"))
            })
            && !t.lower.ends_with("ly"));
    if !starter
        || matches!(t.lower.as_str(), "one" | "that")
        || (commas == Commas::None && demo && !after_intro)
    {
        return false;
    }
    if t.lower == "there" {
        return tg
            .tokens
            .get(s + 1)
            .is_some_and(|n| tg.has(s + 1, class::AUX) || n.lower == "is");
    }
    let mut seen_commas = 0;
    let mut skip_to = s;
    for j in s..range.end.min(s + 40) {
        if j < skip_to {
            continue;
        }
        if j >= s + 24 && skip_to == s {
            break;
        }
        let tj = &tg.tokens[j];
        if !top(tg, j) {
            if tj.shape == Shape::Quote && j == s {
                return false;
            }
            continue;
        }
        if tj.is(",") {
            seen_commas += 1;
            continue;
        }
        // A dash glued to the words on both sides joins a compound (`the EU–Rwanda
        // memorandum`); a spaced or open dash ends the subject.
        let glued = j > s
            && tg.tokens[j - 1].end == tj.start
            && tg
                .tokens
                .get(j + 1)
                .is_some_and(|n| n.start == tj.end && n.is_word());
        if matches!(tj.text.as_str(), ";" | ":" | "—" | "–") && !(glued && tj.text != ";") {
            return false;
        }
        // A relative clause in commas inside the subject (`the lake, which has lost most of
        // its water, will shrink`): skip to its closing comma.
        // So is a participle phrase in commas (`the offer of help, made in Brussels in May
        // 2025, was never taken up`).
        let participle = tg
            .verb_at(j)
            .is_some_and(|v| v.form.past() && !tg.has(j, class::AUX));
        if commas != Commas::None
            && j > s
            && tg.tokens[j - 1].is(",")
            && (matches!(tj.lower.as_str(), "which" | "who") || participle)
        {
            if let Some(close) =
                (j + 1..range.end.min(s + 40)).find(|&k| top(tg, k) && tg.tokens[k].is(","))
            {
                skip_to = close;
                continue;
            }
        }
        if j > s && tg.finite(j) {
            // After a quantity (`nearly half of that came`), only a clear verb: an
            // auxiliary, a past form, or a plural verb after a counted noun (`some 60
            // trucks a week carry`).
            if quantity_start
                && !(tg.has(j, class::AUX)
                    || tg
                        .verb_at(j)
                        .is_some_and(|v| v.form.past() || v.form == VerbForm::Base))
            {
                // An `-s` form there is the counted noun (`60 heavy trucks a week carry`).
                if tg.verb_at(j).is_some_and(|v| v.form == VerbForm::Third) && tg.plural_noun(j) {
                    continue;
                }
                return false;
            }
            return match commas {
                Commas::None => seen_commas == 0,
                Commas::Paired => seen_commas % 2 == 0,
                // A subject with commas is a list of bare noun phrases.
                Commas::Any => {
                    seen_commas == 0
                        || (s..j).all(|k| {
                            let t = &tg.tokens[k];
                            t.is(",")
                                || (t.is_word()
                                    && !tg.has(k, class::PREP)
                                    && tg.verb_at(k).is_none_or(|v| v.form == VerbForm::Third))
                        })
                }
            };
        }
        // `a global fund to help developing countries build`: an infinitive, not a subject.
        if tj.lower == "to" && tg.verb_at(j + 1).is_some_and(|v| v.form == VerbForm::Base) {
            return false;
        }
        let partitive_that = tj.lower == "that" && tg.tokens[j - 1].lower == "of";
        if j > s
            && !partitive_that
            && (tg.has(j, class::REL | class::SUB | class::WH) || tj.lower == "that")
        {
            return false;
        }
    }
    false
}

/// A claim's span inside its sentence, as a token range.
pub type Clause = Range<usize>;

/// Cuts a sentence's tokens into clauses that each hold one assertion.
pub fn split(tg: &Tagged, lex: &Lexicon) -> Vec<Clause> {
    let n = tg.tokens.len();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // `According to X, A, and B`: the frame reports both clauses, which stay one claim (as
    // `X said that A and B` does).
    let framed =
        tg.tokens.len() > 2 && tg.tokens[0].lower == "according" && tg.tokens[1].lower == "to";
    while i < n {
        let t = &tg.tokens[i];
        if !top(tg, i) {
            i += 1;
            continue;
        }
        let cut = if t.is(";") {
            // After a semicolon a subject may also hold a phrase in paired commas (`…; the
            // next review, due by May, may be harder`).
            (main_finite(tg, start..i).is_some()
                && (starts_clause(tg, i + 1..n, Commas::Any, lex)
                    || starts_clause(tg, i + 1..n, Commas::Paired, lex)))
            .then_some(i + 1)
        } else if t.is(":") {
            // A focusing adverb may open the clause after the colon (`…: only two ships are
            // based there`).
            let focus = tg
                .tokens
                .get(i + 1)
                .is_some_and(|w| matches!(w.lower.as_str(), "only" | "just" | "even"));
            let from = if focus { i + 2 } else { i + 1 };
            (main_finite(tg, start..i).is_some()
                && !list_heading(tg, start..i)
                && starts_clause(tg, from..n, Commas::Any, lex))
            .then_some(i + 1)
        } else if t.is(",") && i + 1 < n {
            let next = &tg.tokens[i + 1];
            // A bare noun phrase before the comma ends a list (`tanks, jets, and drones`),
            // unless it is a contrast (`a voice, not a veto, and …`) or `but`/`yet` follows,
            // which do not close lists.
            let before = segment_before(tg, start, i);
            // A list already closed by its own `and` (`France, China and Russia, and a
            // state firm holds …`) is not continued by the next `, and`.
            let closed_list = before
                .clone()
                .any(|j| matches!(tg.tokens[j].lower.as_str(), "and" | "or"))
                && tg.has(i + 1, class::COORD);
            // After `, and` a name straight before a past or present verb is a clause's
            // subject, not a list's last item (`…, a record, and Accra followed with …`).
            let named_clause = tg.has(i + 1, class::COORD)
                && tg.tokens.get(i + 2).is_some_and(|w| {
                    w.is_word()
                        && w.capitalized()
                        && tg.open_class(i + 2)
                        && tg.verb_at(i + 2).is_none()
                })
                && tg.finite(i + 3)
                && tg.verb_at(i + 3).is_some()
                // `…, and Mali funded by the EU`: a participle of a last list item.
                && !(tg.verb_at(i + 3).is_some_and(|v| v.form.past())
                    && tg.tokens.get(i + 4).is_some_and(|n| n.lower == "by"));
            let list_item = bare_np(tg, &before)
                && !closed_list
                && !named_clause
                && tg.tokens[before.start].lower != "not"
                && !matches!(next.lower.as_str(), "but" | "yet");
            if tg.has(i + 1, class::COORD) && top(tg, i + 1) && next.lower != "or" {
                if framed {
                    i += 1;
                    continue;
                }
                // A fragment with no verb at all before `, and` + a clause (a running header
                // left glued to the text) is cut off too: it is no claim, the clause is.
                let verbless = (start..i).all(|k| {
                    let w = &tg.tokens[k];
                    let verb = w.is_word() && !w.capitalized() && tg.verb_at(k).is_some();
                    !(tg.has(k, class::AUX) || verb)
                });
                (!list_item
                    && (main_finite(tg, start..i).is_some() || verbless)
                    && i + 2 < n
                    && starts_clause(tg, i + 2..n, Commas::Paired, lex))
                .then_some(i + 2)
            } else {
                (!list_item
                    && main_finite(tg, start..i).is_some_and(|m| !comma_participle(tg, m))
                    && !open_subordinate(tg, start..i)
                    && reporting_tail(tg, i + 1..n).is_none()
                    && !apposed_relative(tg, i + 1..n)
                    && splice(tg, i + 1..n, lex))
                .then_some(i + 1)
            }
        } else if tg.has(i, class::COORD)
            && matches!(t.lower.as_str(), "and" | "but")
            && i > start
            && !framed
        {
            // `We will uphold our commitments and we expect allies …`
            let pronoun = tg
                .tokens
                .get(i + 1)
                .is_some_and(|p| matches!(p.lower.as_str(), "we" | "they" | "he" | "she" | "i"));
            // `… lost much of a harvest and the lake in Cambodia barely reversed its flow`: a
            // subject opened by `the` whose verb is plainly finite (an auxiliary, an `-s` form,
            // or a past form with an object or an adverb before it).
            // A possessive opens one only after a verb ends the first clause (`… had shut and
            // its residents were …`, not `the United States and its partners should`).
            let the_clause = tg.tokens.get(i + 1).is_some_and(|p| {
                p.lower == "the"
                    || matches!(p.lower.as_str(), "its" | "their" | "his" | "her" | "our")
                        && tg.verb_at(i - 1).is_some_and(|v| v.form.past())
            }) && top(tg, i + 1)
                && subject_then_verb(tg, i + 1..n, Commas::None, true, lex)
                && (i + 2..n.min(i + 12))
                    .find(|&j| top(tg, j) && tg.finite(j))
                    .is_some_and(|v| {
                        tg.has(v, class::AUX)
                            || tg.verb_at(v).is_some_and(|w| {
                                w.form == VerbForm::Third
                                    || w.form.past()
                                        && (tg.has(v + 1, class::DET | class::POSS)
                                            || tg.tokens[v - 1].lower.ends_with("ly"))
                            })
                    });
            ((pronoun && (tg.finite(i + 2) || i + 3 < n && tg.finite(i + 3)) || the_clause)
                && main_finite(tg, start..i).is_some()
                && !open_subordinate(tg, start..i))
            .then_some(i + 1)
        } else {
            None
        };
        if let Some(next) = cut {
            out.push(start..i);
            start = next;
            i = next;
            continue;
        }
        i += 1;
    }
    out.push(start..n);
    out.retain(|r| r.clone().any(|j| tg.tokens[j].is_word()));
    out
}

/// A comma splice: what follows the comma is (intro segments then) an independent clause
/// whose subject has no comma in it and is not a demonstrative (`…, these include …` only
/// elaborates).
/// A reporting clause after what it reports, without quotation marks: `…, the regulator said
/// last week.`, `…, officials told reporters.` The range starts after the comma; gives the
/// speaker's words and the verb. The speaker is a short noun phrase without a verb of its own,
/// the verb a finite verb of speech, and nothing after it has a verb or a `that`.
pub fn reporting_tail(tg: &Tagged, range: Range<usize>) -> Option<(Range<usize>, usize)> {
    let n = range.end;
    let start = range.start;
    if start >= n || tg.tokens[start].shape == Shape::Quote {
        return None;
    }
    let v = (start + 1..n.min(start + 9)).find(|&j| tg.verb_at(j).is_some() && tg.finite(j))?;
    let verb = tg.verb_at(v)?;
    if verb.bits & super::lexicon::verb::SPEECH == 0 || verb.form == VerbForm::Ing {
        return None;
    }
    // The speaker's words are a noun phrase: not a verb phrase coordinated with the
    // reporting verb (`…, banned payments in dinars and posted police on …`).
    let first_is_verb = tg
        .verb_at(start)
        .is_some_and(|w| w.form.past() || w.form == VerbForm::Base)
        && !tg.tokens[start].capitalized();
    let ends_coord = v > start && tg.has(v - 1, class::COORD);
    if first_is_verb || ends_coord {
        return None;
    }
    let words_ok = (start..v).all(|j| {
        let t = &tg.tokens[j];
        top(tg, j)
            && !t.is(",")
            && !tg.has(j, class::REL | class::SUB | class::WH)
            && t.lower != "that"
    });
    let rest_ok = (v + 1..n).all(|j| {
        let t = &tg.tokens[j];
        !tg.finite(j) && t.lower != "that" && !t.is(",") && t.shape != Shape::Quote
    });
    (words_ok && rest_ok).then_some((start..v, v))
}

/// Whether the verb at `m` is a past form right after a comma (`At the first summit …, held in
/// Samarkand in April 2025, Brussels pledged …`): a participle phrase, which cannot be the
/// finite verb of a clause that a comma splice would close.
fn comma_participle(tg: &Tagged, m: usize) -> bool {
    m > 0 && tg.tokens[m - 1].is(",") && tg.verb_at(m).is_some_and(|v| v.form.past())
}

fn splice(tg: &Tagged, range: Range<usize>, lex: &Lexicon) -> bool {
    let first = &tg.tokens[range.start];
    if first.shape == Shape::Quote || !top(tg, range.start) {
        return false;
    }
    // A past participle right after the comma attaches to what precedes (`…, aimed at …`).
    if tg.verb_at(range.start).is_some_and(|v| v.form.past()) {
        return false;
    }
    // A series of verb phrases under one subject (`Each delay raises costs, absorbs staff
    // time and tests the budget`): an `-s` form after the comma, before a past form used as
    // an adjective, with a later `and` + `-s` form closing the series.
    let third = |j: usize| {
        tg.verb_at(j)
            .is_some_and(|v| v.form == VerbForm::Third && !tg.tokens[j].capitalized())
    };
    if third(range.start)
        && tg.verb_at(range.start + 1).is_some_and(|v| v.form.past())
        && tg.tokens.get(range.start + 2).is_some_and(|w| {
            w.is_word()
                && tg.open_class(range.start + 2)
                && !w.lower.ends_with("ly")
                && !tg.finite(range.start + 2)
        })
        && (range.start + 2..range.end.min(range.start + 10))
            .any(|j| tg.tokens[j].lower == "and" && third(j + 1))
    {
        return false;
    }
    // An approximated amount after a bare comma is an apposition (`…, roughly 70 percent of
    // the area China built there`), not a new clause.
    if let Some((n, _)) = lex.approximators.at(tg.tokens, range.start) {
        if tg
            .tokens
            .get(range.start + n)
            .is_some_and(|q| q.shape == Shape::Number || lex.numbers.contains_key(q.lower.as_str()))
        {
            return false;
        }
    }
    // An indefinite noun phrase with a past form after the comma is an apposition with a
    // reduced relative (`…, a 1,860-megawatt project expected to cost …`, `…, a port built
    // by …`), not a new clause.
    if matches!(first.lower.as_str(), "a" | "an") {
        let verb = (range.start + 1..range.end.min(range.start + 12))
            .find(|&j| top(tg, j) && (tg.finite(j) || tg.tokens[j].is(",")));
        if verb
            .is_some_and(|v| !tg.has(v, class::AUX) && tg.verb_at(v).is_some_and(|f| f.form.past()))
        {
            return false;
        }
    }
    starts_clause(tg, range, Commas::None, lex)
}

/// Whether a clause ending in a colon only announces a list (`Defense objectives include:`,
/// `… in the following scenarios:`, `… compete to:`).
fn list_heading(tg: &Tagged, range: Range<usize>) -> bool {
    let words: Vec<&str> = range
        .clone()
        .filter(|&i| tg.tokens[i].is_word())
        .map(|i| tg.tokens[i].lower.as_str())
        .collect();
    let last = words.last().copied().unwrap_or("");
    matches!(
        last,
        "include"
            | "includes"
            | "including"
            | "are"
            | "is"
            | "as"
            | "to"
            | "of"
            | "follows"
            | "comprise"
            | "comprises"
            | "following"
            | "namely"
    ) || words.windows(2).any(|w| w == ["the", "following"])
        || words.iter().rev().take(3).any(|w| *w == "following")
}

/// Lemmas of verbs that describe the text itself (`this summary outlines …`).
const META_VERBS: &[&str] = &[
    "articulate",
    "outline",
    "examine",
    "discuss",
    "describe",
    "summarize",
    "summarise",
    "review",
    "explore",
    "present",
    "analyse",
    "analyze",
];

/// Whether a clause is a claim (see the module documentation).
pub fn is_claim(tg: &Tagged, clause: &Clause) -> bool {
    let toks = &tg.tokens[clause.clone()];
    let words: Vec<usize> = clause.clone().filter(|&i| tg.tokens[i].is_word()).collect();
    let Some(&first) = words.first() else {
        return false;
    };
    // Questions.
    if toks
        .iter()
        .rev()
        .find(|t| !matches!(t.shape, Shape::Quote) && !t.is(")"))
        .is_some_and(|t| t.is("?"))
    {
        return false;
    }
    // A heading left in the body: title case, no final punctuation (`Arms Control and Risk
    // Reduction`).
    let ends_open = toks
        .iter()
        .rev()
        .find(|t| t.shape != Shape::Quote)
        .is_some_and(|t| t.is_word() || t.shape == Shape::Number);
    if ends_open
        && clause.start == 0
        && clause.end == tg.tokens.len()
        && words.len() >= 2
        && words.iter().all(|&i| {
            let t = &tg.tokens[i];
            t.capitalized()
                || matches!(
                    t.lower.as_str(),
                    "and"
                        | "or"
                        | "of"
                        | "the"
                        | "a"
                        | "an"
                        | "in"
                        | "on"
                        | "for"
                        | "to"
                        | "with"
                        | "at"
                        | "by"
                )
        })
    {
        return false;
    }
    // Cross-references: `(See …)`, `See …`.
    if tg.tokens[first].lower == "see" && (first == clause.start || tg.tokens[first - 1].is("(")) {
        return false;
    }
    // A list item: ends with `;` (or `; and`).
    let last_top = clause
        .clone()
        .rev()
        .find(|&i| top(tg, i) && !tg.tokens[i].is("."))
        .map(|i| (i, tg.tokens[i].lower.as_str()));
    if let Some((i, l)) = last_top {
        if l == ";" || (matches!(l, "and" | "or") && i > 0 && tg.tokens[i - 1].is(";")) {
            return false;
        }
    }
    let Some(verb) = main_finite(tg, clause.clone())
        .or_else(|| quoted_frame_verb(tg, clause))
        .or_else(|| {
            clause
                .clone()
                .find(|&i| tg.tokens[i].quoted && tg.finite(i))
        })
    else {
        return false;
    };
    // A list heading: `Defense objectives include:`, `… have agreed on the following:`.
    let lows: Vec<&str> = words.iter().map(|&i| tg.tokens[i].lower.as_str()).collect();
    let colon_end = toks.last().is_some_and(|t| t.is(":"));
    if colon_end
        && list_heading(tg, clause.clone())
        && (words.len() <= 5 || lows.ends_with(&["the", "following"]))
    {
        return false;
    }
    // A short clause that ends by counting what the colon opens: `We propose four
    // measures:`, `The council has two options:`.
    let counts_list = lows.len() >= 2
        && matches!(
            lows[lows.len() - 2],
            "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        );
    if colon_end && counts_list && lows.len() <= 6 {
        return false;
    }
    // A signpost that counts what follows: `Three steps would help:`, `Three risks stand
    // out.`, `Two lessons follow.`
    let counted_start = lows.first().is_some_and(|w| {
        matches!(
            *w,
            "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
    }) && lows.get(1).is_some_and(|w| {
        matches!(
            *w,
            "steps"
                | "risks"
                | "lessons"
                | "questions"
                | "options"
                | "points"
                | "things"
                | "priorities"
                | "reasons"
                | "factors"
                | "issues"
                | "principles"
                | "changes"
                | "measures"
                | "tasks"
                | "conclusions"
        )
    });
    if counted_start
        && (colon_end
            || words.len() <= 5
                && (lows.ends_with(&["stand", "out"]) || lows.last() == Some(&"follow")))
    {
        return false;
    }
    // A signpost to a table or figure: `Table 2 lists the sources.`, `Figure 3 shows the
    // trend.` The content is in the table, not the sentence.
    let exhibit_verb = |w: &str| {
        matches!(
            w,
            "shows"
                | "lists"
                | "sets"
                | "gives"
                | "presents"
                | "summarises"
                | "summarizes"
                | "compares"
                | "displays"
                | "illustrates"
        )
    };
    let exhibit_noun = |w: &str| {
        matches!(
            w,
            "table" | "figure" | "chart" | "graph" | "map" | "box" | "annex" | "appendix"
        )
    };
    // `Table 1 shows …` (a number or letter after the noun), `The table below gives …`.
    let toks_low: Vec<&str> = toks.iter().map(|t| t.lower.as_str()).collect();
    // A long signpost still only describes the exhibit; one that states a finding (`Table 1
    // shows that exports fell`) is a claim.
    let exhibit = !toks_low.contains(&"that")
        && match toks_low.as_slice() {
            [n, label, v, ..] if exhibit_noun(n) && exhibit_verb(v) => {
                tg.tokens[first].capitalized()
                    && (toks[1].shape == Shape::Number || label.len() == 1)
            }
            ["the", n, "below" | "above", v, ..] if exhibit_noun(n) && exhibit_verb(v) => true,
            _ => false,
        };
    if exhibit {
        return false;
    }
    // About the text itself: `This synopsis articulates …`, `this summary outlines …`.
    let (lexical, lemma) = tg.group_lemma(verb).unwrap_or((verb, String::new()));
    // `This brief sets out …`, `lays out`: a phrasal verb of the same kind.
    let phrasal_meta = matches!(lemma.as_str(), "set" | "lay")
        && tg.tokens.get(lexical + 1).is_some_and(|t| t.lower == "out");
    if META_VERBS.contains(&lemma.as_str()) || phrasal_meta {
        let subject = clause.start..verb;
        let doc = subject.clone().any(|i| tg.has(i, class::DOC));
        let this = subject
            .clone()
            .any(|i| matches!(tg.tokens[i].lower.as_str(), "this" | "these"));
        if doc && this {
            return false;
        }
    }
    true
}

/// In `"…," said X`, the verb after the quotation.
pub fn quoted_frame_verb(tg: &Tagged, clause: &Clause) -> Option<usize> {
    let close = clause
        .clone()
        .find(|&i| tg.tokens[i].shape == Shape::Quote && i > clause.start)?;
    (close + 1..clause.end.min(close + 6)).find(|&i| {
        tg.verb_at(i)
            .is_some_and(|v| v.bits & super::lexicon::verb::SPEECH != 0 && v.form != VerbForm::Ing)
    })
}
