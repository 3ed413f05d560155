//! Claims: who asserts what, how sure, how much and when.
//!
//! Each body sentence is cut into clauses where it holds two independent assertions
//! (`clauses`); each clause that asserts something is a [`Claim`] with its reporting frame,
//! speaker and modality (`frame`), dates (`date`), quantities (`quantity`) and
//! proposition (`proposition`). Subject, object and speaker are linked to the entities whose
//! mentions lie inside their words. The words come from the lexicons of `data/claims/`
//! ([`lexicon`]); the grammar is shallow and deterministic.
//!
//! Pure: no I/O, no clock, no randomness. Headings, captions, the byline, the bio, notes, the
//! editor's note and the footer never hold claims: only body paragraphs are read.

mod clauses;
mod date;
mod frame;
pub mod lexicon;
mod proposition;
mod quantity;
mod tokens;

use std::ops::Range;

use crate::model::{
    Anchorer, Argument, Claim, ClaimKind, EntityKey, Mention, Metadata, Modality, Paragraph, Part,
    Quantity, Quotation, Section, Sentence, Span, Speaker, SpeakerKind, TextSpan, TimeExpression,
};

use frame::Who;
use lexicon::{class, verb, Cue, Lexicon, VerbForm};
use tokens::{Shape, Tagged, Token};

/// Finds the claims of a brief's body sentences. `mentions` are the brief's entity mentions
/// (sorted by position); `metadata.date` (ISO 8601) resolves relative dates.
pub fn run(
    anchorer: &Anchorer<'_>,
    sections: &[Section],
    paragraphs: &[Paragraph],
    sentences: &[Sentence],
    mentions: &[Mention],
    metadata: &Metadata,
) -> Vec<Claim> {
    let lex = Lexicon::get();
    let published = metadata.date.as_deref().and_then(date::Cal::parse);
    let mut out = Vec::new();
    let mut ctx = date::Context {
        published,
        shared_currencies: shared_currencies(mentions, lex),
        ..Default::default()
    };
    let mut paragraph = usize::MAX;
    let mut block_speaker: Option<Speaker> = None;
    let mut signer: Option<Speaker> = None;
    let mut prev_subject: Option<TextSpan> = None;
    // Each sentence's mentions (indexes into `mentions`, ascending), in one pass.
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); sentences.len()];
    for (i, m) in mentions.iter().enumerate() {
        if let Some(v) = by_sentence.get_mut(m.sentence) {
            v.push(i);
        }
    }
    // Paragraphs whose sentences are never claims: outside the body, an author's bio, or a
    // table, whose cells are data, not assertions (a table is the one block whose clean text
    // holds a tab, between its cells; README, "Input"). Decided once per paragraph.
    let skipped: Vec<bool> = paragraphs
        .iter()
        .map(|p| p.part != Part::Body || author_bio(p, metadata) || p.anchor.exact.contains('\t'))
        .collect();
    for (si, s) in sentences.iter().enumerate() {
        if skipped.get(s.paragraph).is_none_or(|&skip| skip) {
            continue;
        }
        if s.paragraph != paragraph {
            paragraph = s.paragraph;
            block_speaker = dash_attribution(anchorer, paragraphs, paragraph, mentions);
            signer = signed_by(anchorer, sections, paragraphs, paragraph, mentions);
            ctx.reference = None;
            ctx.month_reference = None;
            ctx.named = None;
            ctx.last_named = None;
            ctx.now = false;
            ctx.counted = None;
        }
        ctx.sentence_counted = None;
        ctx.sentence_price = None;
        let toks = tokens::tokenize(&s.anchor.exact, s.anchor.clean.start);
        let tg = Tagged::new(&toks, lex);
        let sentence_mentions: &[usize] = &by_sentence[si];
        let mut next_subject = None;
        for clause in clauses::split(&tg, lex) {
            if !clauses::is_claim(&tg, &clause) {
                // A clause that is no claim still names what later numbers count
                // (`… on three condensers, and Estonia plans to buy another two`).
                let fr = frame::analyze(&tg, &clause, lex);
                let dates = date::find(&tg, &clause, &fr.main, &mut ctx.clone(), lex);
                let ranges: Vec<Range<usize>> = dates.iter().map(|d| d.tokens.clone()).collect();
                clause_quantities(&tg, &clause, &ranges, lex, &mut ctx);
                continue;
            }
            let mut claim = analyze(
                anchorer,
                &tg,
                &clause,
                si,
                mentions,
                sentence_mentions,
                &mut ctx,
                prev_subject.as_ref(),
                lex,
            );
            // A quotation paragraph signed by the dash line under it.
            if let Some(sp) = block_speaker
                .as_ref()
                .filter(|_| claim.speaker.kind == SpeakerKind::Author)
            {
                claim.speaker = sp.clone();
                claim
                    .modality
                    .retain(|m| !matches!(m, Modality::Asserted | Modality::Reported));
                claim.modality.push(Modality::Quoted);
                claim.modality.sort();
                claim.modality.dedup();
                claim.kind = ClaimKind::Quotation;
            }
            // A text signed by a person (a section under a heading that is the person's
            // name): the author's voice there is the signer's.
            if let Some(sp) = signer
                .as_ref()
                .filter(|_| claim.speaker.kind == SpeakerKind::Author)
            {
                claim.speaker = sp.clone();
            }
            // A clause in the present or the present perfect (`has kept the arrangement`,
            // `live on the island`) brings the narrative back to the time of writing: a bare
            // month after it is read against the publication date, not the last year named.
            // But a clause in the present perfect that runs from a date written out (`has
            // mediated since March 2025`, `has since closed` after one) keeps the narrative at
            // that date: a bare month after it is read against its year.
            let since = claim
                .dates
                .iter()
                .find(|d| d.relation == crate::model::TimeRelation::Since);
            // (A month written out: `has grown since 2015` still runs to the time of writing.)
            let since_written = since.is_some_and(|d| {
                d.resolution == crate::model::DateResolution::Absolute
                    && d.start.as_ref().is_some_and(|v| v.iso.len() > 4)
            });
            let since_adverb = clause.clone().any(|k| {
                tg.tokens[k].lower == "since"
                    && k > 0
                    && matches!(tg.tokens[k - 1].lower.as_str(), "has" | "have")
            });
            if since_written {
                if let Some(c) = since
                    .and_then(|d| d.start.as_ref())
                    .and_then(|v| date::Cal::parse(&v.iso))
                    .filter(|c| ctx.published.is_none_or(|p| c.not_after(p)))
                {
                    // Its year: a month after it is that year's, not the nearest to it.
                    ctx.reference = Some(date::Cal::parse(&c.y.to_string()).unwrap_or(c));
                    ctx.now = false;
                }
            } else if present_main(&tg, &clause) && !since_adverb {
                ctx.now = true;
            }
            // A named speaker is what a later `it` or `they` says most likely stands for
            // (`The committee concluded that the UK should act. It reported that …`).
            if next_subject.is_none() && claim.speaker.antecedent.is_none() {
                if let Some(t) = claim
                    .speaker
                    .text
                    .as_ref()
                    .filter(|_| claim.speaker.kind == SpeakerKind::Named)
                {
                    next_subject = Some(t.clone());
                }
            }
            if next_subject.is_none() {
                next_subject = claim
                    .subject
                    .as_ref()
                    .filter(|a| a.text.text.chars().next().is_some_and(char::is_uppercase))
                    .map(|a| a.text.clone());
            }
            out.push(claim);
        }
        if next_subject.is_some() {
            prev_subject = next_subject;
        }
    }
    out
}

/// The signer of a body paragraph: the person whose name is the heading of its section
/// (`#### Jim Mattis` over a letter's conclusion): a person mention with that text, or two or
/// three capitalised words opened by a given name.
fn signed_by(
    anchorer: &Anchorer<'_>,
    sections: &[Section],
    paragraphs: &[Paragraph],
    p: usize,
    mentions: &[Mention],
) -> Option<Speaker> {
    let heading = &sections.get(paragraphs.get(p)?.section?)?.heading;
    let name = heading.exact.trim();
    let m = mentions
        .iter()
        .find(|m| m.entity.kind.as_str() == "person" && m.anchor.exact == name);
    // Else a name by its shape: two or three capitalised words, the first a given name.
    let words: Vec<&str> = name.split_whitespace().collect();
    let shaped = (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).any(char::is_lowercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
        })
        && crate::extract::lexicon::GIVEN_NAMES
            .lines()
            .any(|g| g.trim() == words[0]);
    if m.is_none() && !shaped {
        return None;
    }
    let lead = heading.exact.len() - heading.exact.trim_start().len();
    let start = heading.clean.start + heading.exact[..lead].chars().count();
    let span = crate::model::Span::new(start, start + name.chars().count());
    Some(Speaker {
        kind: SpeakerKind::Named,
        entity: m.map(|m| m.entity.clone()),
        anchor: Some(anchorer.anchor(span)),
        text: Some(TextSpan {
            span,
            text: name.to_owned(),
        }),
        antecedent: None,
    })
}

/// Whether a body paragraph is an author's biography left in the body (`Anahit Sargsyan is a
/// senior fellow at …; Tomas Lindqvist served with …`): it opens with the name of one of the
/// brief's (person) authors and a verb of being or serving.
fn author_bio(p: &Paragraph, metadata: &Metadata) -> bool {
    let text = p.anchor.exact.trim_start();
    metadata.authors.iter().any(|a| {
        a.kind == crate::model::AgentKind::Person
            && a.name.contains(' ')
            && text.strip_prefix(a.name.as_str()).is_some_and(|rest| {
                [
                    "is ", "was ", "served ", "has ", "works ", "leads ", "heads ",
                ]
                .iter()
                .any(|v| rest.trim_start().starts_with(v))
            })
    })
}

/// The speaker of a paragraph that is one quotation when the paragraph after it is an
/// attribution line opening with a dash (`— Foreign Minister Jane Doe, Oslo, May 2026`): the
/// words after the dash up to the first comma, linked to the entity a mention there names.
fn dash_attribution(
    anchorer: &Anchorer<'_>,
    paragraphs: &[Paragraph],
    p: usize,
    mentions: &[Mention],
) -> Option<Speaker> {
    let text = paragraphs.get(p)?.anchor.exact.trim();
    let opens = text.starts_with(['“', '"']);
    let closes = text.ends_with(['”', '"']);
    if !(opens && closes) {
        return None;
    }
    let line = &paragraphs.get(p + 1)?.anchor;
    if !line.exact.trim_start().starts_with(['—', '–']) {
        return None;
    }
    let toks = tokens::tokenize(&line.exact, line.clean.start);
    let first = toks.iter().position(Token::is_word)?;
    let end = toks[first..]
        .iter()
        .position(|t| t.is(","))
        .map_or(toks.len(), |n| first + n);
    let words = first..end;
    if words.is_empty() || !toks[first].capitalized() {
        return None;
    }
    let text = text_span(anchorer, &toks, &words);
    let over = text.span;
    let idx = inside(mentions, &all_indexes(mentions, over), over);
    Some(Speaker {
        kind: SpeakerKind::Named,
        entity: head_entity(mentions, &idx, &text),
        anchor: Some(anchorer.anchor(over)),
        text: Some(text),
        antecedent: None,
    })
}

/// A decimal string in the plain form the model uses (`"13,000"` → `"13000"`, `"7.20"` →
/// `"7.2"`); `None` when it is not a decimal number.
pub fn canonical_decimal(s: &str) -> Option<String> {
    quantity::Dec::parse(s).map(quantity::Dec::text)
}

/// A unit's lemma for comparison: a surface form of the unit table (`data/claims/units.tsv`:
/// `kilogram` → `kg`, `tonnes` → `tonne`) its normalised text, an irregular plural
/// (`data/claims/plurals.tsv`: `people` → `person`) its singular, anything else unchanged.
pub fn unit_lemma(unit: &str) -> String {
    let lex = Lexicon::get();
    let toks = tokens::tokenize(unit, 0);
    if let Some(found) = lex.units.at(&toks, 0).filter(|(n, _)| *n == toks.len()) {
        return found.1.text.clone();
    }
    tokens::irregular_plural(&unit.to_lowercase()).map_or_else(|| unit.to_owned(), str::to_owned)
}

fn text_span(anchorer: &Anchorer<'_>, toks: &[Token], r: &Range<usize>) -> TextSpan {
    let span = Span::new(toks[r.start].start, toks[r.end - 1].end);
    TextSpan {
        span,
        text: anchorer.clean_slice(span).to_owned(),
    }
}

/// Mentions (indexes into `mentions`) whose span lies inside `span`.
fn inside(mentions: &[Mention], candidates: &[usize], span: Span) -> Vec<usize> {
    candidates
        .iter()
        .copied()
        .filter(|&i| {
            let m = mentions[i].anchor.clean;
            m.start >= span.start && m.end <= span.end
        })
        .collect()
}

fn keys(mentions: &[Mention], idx: &[usize]) -> Vec<EntityKey> {
    let mut out: Vec<EntityKey> = Vec::new();
    for &i in idx {
        if !out.contains(&mentions[i].entity) {
            out.push(mentions[i].entity.clone());
        }
    }
    out
}

/// The entity of a speaker's words: a mention that ends where the words end (the head of an
/// English noun phrase is at its end: `U.S. Secretary of Defense Lloyd Austin` is Lloyd
/// Austin, not the United States), before a bracketed acronym; among several, the most
/// specific.
fn head_entity(mentions: &[Mention], idx: &[usize], words: &TextSpan) -> Option<EntityKey> {
    let mut end = words.span.end;
    let trimmed = words.text.trim_end();
    if let Some(open) = trimmed.rfind(" (").filter(|_| trimmed.ends_with(')')) {
        let acronym = &trimmed[open + 2..trimmed.len() - 1];
        if acronym
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&')
        {
            end -= trimmed[open..].chars().count();
        }
    }
    let at_end: Vec<usize> = idx
        .iter()
        .copied()
        .filter(|&i| mentions[i].anchor.clean.end == end)
        .collect();
    most_specific(mentions, &at_end)
}

/// The most specific entity among mentions: a person before an organisation before anything
/// else, then the longest mention.
fn most_specific(mentions: &[Mention], idx: &[usize]) -> Option<EntityKey> {
    let rank = |m: &Mention| match m.entity.kind.as_str() {
        "person" => 0,
        "organization" => 1,
        "publication" => 2,
        _ => 3,
    };
    idx.iter()
        .map(|&i| &mentions[i])
        .min_by_key(|m| {
            (
                rank(m),
                std::cmp::Reverse(m.anchor.clean.len()),
                m.anchor.clean.start,
            )
        })
        .map(|m| m.entity.clone())
}

#[allow(clippy::too_many_arguments)]
fn analyze(
    anchorer: &Anchorer<'_>,
    tg: &Tagged<'_>,
    clause: &Range<usize>,
    sentence: usize,
    mentions: &[Mention],
    sentence_mentions: &[usize],
    ctx: &mut date::Context,
    prev_subject: Option<&TextSpan>,
    lex: &Lexicon,
) -> Claim {
    let toks = tg.tokens;
    let whole = text_span(anchorer, toks, clause);
    let mut fr = frame::analyze(tg, clause, lex);
    ctx.future = future_scope(tg, clause, &fr);
    ctx.ahead = !past_main(tg, clause);
    let dates = date::find(tg, clause, &fr.main, ctx, lex);
    // A present-tense claim about a time after the publication date is a forecast (`Three
    // trends are likely in 2025`).
    if let Some(p) = ctx.published {
        let future = dates.iter().any(|d| {
            fr.main
                .get(d.tokens.start.max(clause.start) - clause.start)
                .copied()
                .unwrap_or(false)
                && d.start.is_some_and(|s| !s.not_after(p))
        });
        if future && !past_main(tg, clause) && !fr.modality.contains(&Modality::Expected) {
            fr.modality.retain(|m| *m != Modality::Asserted);
            fr.modality.push(Modality::Expected);
            fr.modality.sort();
        }
    }
    let date_ranges: Vec<Range<usize>> = dates.iter().map(|d| d.tokens.clone()).collect();
    let found = clause_quantities(tg, clause, &date_ranges, lex, ctx);
    let complement = fr.complement.filter(|_| {
        !fr.verb
            .is_some_and(|v| frame::characterises(tg, v, clause.end))
    });
    let prop = proposition::read(tg, clause, complement, lex);

    let argument = |r: &Range<usize>| -> Argument {
        let text = text_span(anchorer, toks, r);
        let idx = inside(mentions, sentence_mentions, text.span);
        Argument {
            entities: keys(mentions, &idx),
            text,
        }
    };
    let speaker = match &fr.who {
        Who::Author => Speaker {
            kind: SpeakerKind::Author,
            text: None,
            antecedent: None,
            anchor: None,
            entity: None,
        },
        Who::Named { words, pronoun } => {
            let text = text_span(anchorer, toks, words);
            let antecedent = if *pronoun {
                prev_subject.cloned()
            } else {
                None
            };
            let words = antecedent.as_ref().unwrap_or(&text);
            let over = words.span;
            let idx = inside(mentions, &all_indexes(mentions, over), over);
            Speaker {
                kind: SpeakerKind::Named,
                entity: head_entity(mentions, &idx, words),
                anchor: Some(anchorer.anchor(over)),
                text: Some(text),
                antecedent,
            }
        }
        Who::Unnamed(cue) => Speaker {
            kind: SpeakerKind::Unnamed,
            text: Some(text_span(anchorer, toks, cue)),
            antecedent: None,
            anchor: None,
            entity: None,
        },
    };

    let quantities: Vec<Quantity> = found
        .into_iter()
        .map(|q| Quantity {
            text: text_span(anchorer, toks, &q.tokens),
            value: q.value,
            min: q.min,
            max: q.max,
            unit: q.unit,
            unit_code: q.unit_code,
            currency: q.currency,
            per: q.per,
            approximation: q.approximation,
            role: q.role,
        })
        .collect();
    let dates: Vec<TimeExpression> = dates
        .iter()
        .map(|d| TimeExpression {
            text: text_span(anchorer, toks, &d.tokens),
            relation: d.relation,
            start: d.start_value(),
            end: d.end_value(),
            resolution: d.resolution,
        })
        .collect();
    let quotations = quotations(tg, clause)
        .into_iter()
        .map(|r| Quotation {
            text: text_span(anchorer, toks, &r),
        })
        .collect();
    let claim_mentions = inside(mentions, sentence_mentions, whole.span);
    let mut entities = keys(mentions, &claim_mentions);
    entities.sort();
    let kind = kind(tg, clause, &fr, &quantities, &prop, lex);
    Claim {
        anchor: anchorer.anchor(whole.span),
        sentence,
        kind,
        speaker,
        modality: fr.modality.clone(),
        subject: prop.subject.as_ref().map(argument),
        predicate: prop.predicate.clone(),
        object: prop.object.as_ref().map(argument),
        mentions: claim_mentions,
        entities,
        quantities,
        dates,
        quotations,
    }
}

/// The tokens of a clause whose dates are ahead of the time of writing: all of a forecast's;
/// but a date in the reporting frame of a forecast (`In June, Wagner announced that it would
/// leave`, `"…will…," the minister said in January`) is in the frame's past, so only the
/// complement is ahead (up to the frame verb for an inverted quotation).
fn future_scope(tg: &Tagged<'_>, clause: &Range<usize>, fr: &frame::Frame) -> Option<Range<usize>> {
    if !fr.modality.contains(&Modality::Expected) {
        return None;
    }
    Some(match (fr.complement, fr.verb) {
        (Some(c), Some(v)) if c < v => c..v,
        (Some(c), _) if past_main(tg, clause) => c..clause.end,
        _ => clause.clone(),
    })
}

/// Indexes of the mentions that overlap `span` (any sentence: an antecedent may be in the
/// sentence before).
/// The quantities of a clause ([`quantity::find`], a bare count taking the unit counted
/// earlier in the paragraph or sentence); the last counted unit found becomes that unit.
fn clause_quantities(
    tg: &Tagged<'_>,
    clause: &Range<usize>,
    dates: &[Range<usize>],
    lex: &Lexicon,
    ctx: &mut date::Context,
) -> Vec<quantity::Found> {
    let found = quantity::find(
        tg,
        clause,
        dates,
        lex,
        quantity::Elided {
            paragraph: ctx.counted.as_deref(),
            sentence: ctx.sentence_counted.as_deref(),
        },
    );
    let mut found = found;
    // A name shared by several currencies (`15 lei`): the one of the country the brief names
    // most.
    for q in &mut found {
        if q.currency.is_some() {
            continue;
        }
        let Some(unit) = q.unit.as_deref() else {
            continue;
        };
        if let Some((_, code)) = ctx.shared_currencies.iter().find(|(n, _)| n == unit) {
            q.currency = Some(code.clone());
            q.unit = Some(code.clone());
            q.unit_code = None;
        }
    }
    // An amount of money in apposition to a rate, its value in another currency (`paid 800
    // rupees a week, about €9,`), is the same rate.
    for k in 1..found.len() {
        let (prev, rest) = found.split_at_mut(k);
        let (p, q) = (&prev[k - 1], &mut rest[0]);
        let apposed = p.tokens.end < q.tokens.start
            && (p.tokens.end..q.tokens.start)
                .all(|x| matches!(tg.tokens[x].text.as_str(), "," | "("));
        if apposed && p.currency.is_some() && q.currency.is_some() && q.per.is_none() {
            q.per = p.per.clone();
        }
    }
    // A price's unit carries to a later amount of the same currency and the same order of
    // magnitude in the sentence (`fetched US$40 a kilogram in May, against about US$25 before`,
    // `the cap was US$60 a barrel, and the EU lowered its own to US$47.60`).
    for q in &mut found {
        let value = q
            .value
            .as_deref()
            .or(q.max.as_deref())
            .and_then(|v| v.parse::<f64>().ok());
        match (&q.currency, &q.per, value) {
            (Some(c), None, Some(v)) => {
                if let Some((pc, per, pv)) = &ctx.sentence_price {
                    if pc == c && v > 0.0 && v / pv < 10.0 && pv / v < 10.0 {
                        q.per = Some(per.clone());
                    }
                }
            }
            (Some(c), Some(per), Some(v)) => {
                ctx.sentence_price = Some((c.clone(), per.clone(), v));
            }
            _ => {}
        }
    }
    if let Some(u) = quantity::counted_unit(&found).map(str::to_owned) {
        ctx.counted = Some(u.clone());
        ctx.sentence_counted = Some(u);
    }
    found
}

fn all_indexes(mentions: &[Mention], span: Span) -> Vec<usize> {
    let from = mentions.partition_point(|m| m.anchor.clean.end <= span.start);
    (from..mentions.len())
        .take_while(|&i| mentions[i].anchor.clean.start < span.end)
        .collect()
}

/// The runs of quoted words of a clause (quotation marks excluded).
fn quotations(tg: &Tagged<'_>, clause: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for i in clause.clone() {
        let t = &tg.tokens[i];
        if t.shape == Shape::Quote {
            if let Some(s) = start.take() {
                if i > s {
                    out.push(s..i);
                }
            }
            if tg.tokens.get(i + 1).is_some_and(|n| n.quoted) {
                start = Some(i + 1);
            }
        }
    }
    if let Some(s) = start {
        if s < clause.end {
            out.push(s..clause.end);
        }
    }
    out.retain(|r| r.clone().any(|i| tg.tokens[i].is_word()));
    out
}

/// Whether the main verb of a clause is in a past or perfect tense.
/// Whether the main finite verb of a clause is in the present or the present perfect (`has
/// kept`, `live`, `has struggled since 2023`): its reference time is the time of writing
/// (Reichenbach's tenses), not a date named before it.
fn present_main(tg: &Tagged<'_>, clause: &Range<usize>) -> bool {
    clauses::main_finite(tg, clause.clone()).is_some_and(|v| {
        // Not an infinitive or a verb after a modal (`to cut`, `will cut`).
        let governed = v
            .checked_sub(1)
            .is_some_and(|p| tg.tokens[p].lower == "to" || tg.has(p, class::AUX));
        // A base form that may be a noun's twin (`cut gas demand … followed`) counts only
        // in a clause with no finite past verb.
        let past_elsewhere = clause
            .clone()
            .any(|k| tg.finite(k) && tg.verb_at(k).is_some_and(|x| x.form.past()));
        matches!(
            tg.tokens[v].lower.as_str(),
            "has" | "have" | "is" | "are" | "am" | "does" | "do"
        ) || !governed
            && !tg.has(v, class::AUX)
            && tg.verb_at(v).is_some_and(|x| {
                x.form == VerbForm::Third || x.form == VerbForm::Base && !past_elsewhere
            })
    })
}

fn past_main(tg: &Tagged<'_>, clause: &Range<usize>) -> bool {
    clauses::main_finite(tg, clause.clone()).is_some_and(|v| {
        tg.verb_at(v).is_some_and(|x| x.form.past())
            || matches!(
                tg.tokens[v].lower.as_str(),
                "has" | "have" | "had" | "was" | "were" | "did"
            )
    })
}

/// What the claim stage sees in one sentence, for people writing rules: every token with its
/// word classes and verb reading (`*` marks a finite verb), the clauses it is cut into, and for
/// each clause whether it is a claim, its frame, modality, dates, quantities and proposition.
/// `published` is an ISO 8601 publication date for relative dates.
pub fn explain(sentence: &str, published: Option<&str>) -> String {
    use std::fmt::Write as _;
    let lex = Lexicon::get();
    let toks = tokens::tokenize(sentence, 0);
    let tg = Tagged::new(&toks, lex);
    let mut out = String::new();
    for (i, t) in toks.iter().enumerate() {
        let v = tg
            .verb_at(i)
            .map(|v| format!(" {:?}:{}", v.form, v.lemma))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{i:3} {:<18} class={:#x}{v}{}{}",
            t.text,
            tg.class[i],
            if tg.finite(i) { " *" } else { "" },
            if t.quoted { " q" } else { "" }
        );
    }
    let mut ctx = date::Context {
        published: published.and_then(date::Cal::parse),
        ..Default::default()
    };
    for clause in clauses::split(&tg, lex) {
        let text = &sentence.chars().collect::<Vec<_>>()
            [toks[clause.start].start..toks[clause.end - 1].end];
        let text: String = text.iter().collect();
        let _ = writeln!(out, "clause {:?}: {text}", clause);
        if !clauses::is_claim(&tg, &clause) {
            let _ = writeln!(out, "  not a claim");
            let fr = frame::analyze(&tg, &clause, lex);
            let dates = date::find(&tg, &clause, &fr.main, &mut ctx.clone(), lex);
            let ranges: Vec<Range<usize>> = dates.iter().map(|d| d.tokens.clone()).collect();
            clause_quantities(&tg, &clause, &ranges, lex, &mut ctx);
            continue;
        }
        let fr = frame::analyze(&tg, &clause, lex);
        ctx.future = future_scope(&tg, &clause, &fr);
        ctx.ahead = !past_main(&tg, &clause);
        let dates = date::find(&tg, &clause, &fr.main, &mut ctx, lex);
        let ranges: Vec<Range<usize>> = dates.iter().map(|d| d.tokens.clone()).collect();
        let qs = clause_quantities(&tg, &clause, &ranges, lex, &mut ctx);
        let complement = fr.complement.filter(|_| {
            !fr.verb
                .is_some_and(|v| frame::characterises(&tg, v, clause.end))
        });
        let prop = proposition::read(&tg, &clause, complement, lex);
        let _ = writeln!(
            out,
            "  who {:?} verb {:?} complement {:?} quote_carried {}",
            fr.who, fr.verb, fr.complement, fr.quote_carried
        );
        let _ = writeln!(out, "  modality {:?}", fr.modality);
        let main: String = fr.main.iter().map(|m| if *m { '1' } else { '0' }).collect();
        let _ = writeln!(out, "  main {main}");
        for d in &dates {
            let _ = writeln!(
                out,
                "  date {:?} {:?} {:?} {:?} {:?}",
                d.tokens, d.relation, d.start, d.end, d.resolution
            );
        }
        for q in &qs {
            let _ = writeln!(
                out,
                "  quantity {:?} {:?} {:?}..{:?} {:?} per {:?} {:?} {:?}",
                q.tokens, q.value, q.min, q.max, q.unit, q.per, q.approximation, q.role
            );
        }
        let _ = writeln!(
            out,
            "  proposition {:?} {:?} {:?}",
            prop.subject, prop.predicate, prop.object
        );
    }
    out
}

/// The kind of a claim: the first of quotation, forecast, quantity, event, relation,
/// assessment that applies (`tests/gold/claims/README.md`).
fn kind(
    tg: &Tagged<'_>,
    clause: &Range<usize>,
    fr: &frame::Frame,
    quantities: &[Quantity],
    prop: &proposition::Proposition,
    lex: &Lexicon,
) -> ClaimKind {
    if fr.quote_carried {
        return ClaimKind::Quotation;
    }
    if fr.modality.contains(&Modality::Expected) {
        return ClaimKind::Forecast;
    }
    let in_main = |i: usize| fr.main.get(i - clause.start).copied().unwrap_or(false);
    // `none is likely to start`: a hedged prediction (its modality is `believed`), but not a
    // comparison (`less likely to turn violent`).
    let likely_to = clause.clone().any(|i| {
        in_main(i)
            && matches!(tg.tokens[i].lower.as_str(), "likely" | "unlikely")
            && tg.tokens.get(i + 1).is_some_and(|t| t.lower == "to")
            && !(i > 0 && matches!(tg.tokens[i - 1].lower.as_str(), "less" | "more"))
    });
    if likely_to {
        return ClaimKind::Forecast;
    }
    if !quantities.is_empty() {
        return ClaimKind::Quantity;
    }
    // An event: a past or perfect main verb that is not a state.
    let start = fr.complement.unwrap_or(clause.start).max(clause.start);
    if let Some(v) = clauses::main_finite(tg, start..clause.end) {
        let lexical = tg.group_lemma(v).map(|(j, _)| j).unwrap_or(v);
        let stative = tg
            .verb_at(lexical)
            .is_some_and(|x| x.bits & verb::STATIVE != 0)
            || prop.predicate.as_deref() == Some("be");
        let modal = matches!(
            tg.tokens[v].lower.as_str(),
            "can" | "could" | "may" | "might" | "must" | "should" | "would" | "cannot"
        );
        let past = tg.verb_at(v).is_some_and(|x| x.form.past())
            || (matches!(
                tg.tokens[v].lower.as_str(),
                "has" | "have" | "had" | "was" | "were" | "did"
            ) && lexical > v);
        if past && !stative && !modal {
            return ClaimKind::Event;
        }
    }
    let relation = clause.clone().any(|i| {
        in_main(i)
            && tg.tokens[i].is_word()
            && lex
                .cues
                .iter()
                .any(|(w, c)| *c == Cue::Relation && w.len() == 1 && w[0] == tg.tokens[i].lower)
    });
    if relation {
        return ClaimKind::Relation;
    }
    ClaimKind::Assessment
}

/// For each name shared by several currencies (`data/claims/currencies.tsv`, `shared`), the
/// currency of the country the brief's mentions name most often among those that use it; none
/// when no such country is named or two are named equally often.
fn shared_currencies(mentions: &[Mention], lex: &Lexicon) -> Vec<(String, String)> {
    let count = |country: &str| {
        mentions
            .iter()
            .filter(|m| {
                m.entity.kind == crate::model::EntityKind::Country
                    && m.entity.id.eq_ignore_ascii_case(country)
            })
            .count()
    };
    let mut out: Vec<(String, String)> = Vec::new();
    for (name, _, _) in &lex.shared_currencies {
        if out.iter().any(|(n, _)| n == name) {
            continue;
        }
        let mut best: Option<(usize, &str)> = None;
        let mut tie = false;
        for (n2, code, country) in &lex.shared_currencies {
            if n2 != name {
                continue;
            }
            let c = count(country);
            if c == 0 {
                continue;
            }
            match best {
                Some((b, _)) if c < b => {}
                Some((b, _)) if c == b => tie = true,
                _ => {
                    best = Some((c, code));
                    tie = false;
                }
            }
        }
        if let (Some((_, code)), false) = (best, tie) {
            out.push((name.clone(), code.to_owned()));
        }
    }
    out
}
