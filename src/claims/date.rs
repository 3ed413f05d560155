//! Dates: calendar expressions (`June 2024`, `November 26, 2024`, `the late 1980s`, `2023-24`,
//! `February 10-11, 2025`) and relative ones (`last year`, `since March this year`, `In
//! December`, `two days later`, `last week`), with the relation of the word that governs them
//! (`since`, `after`, `by` …), resolved to ISO 8601.
//!
//! A month or day without a year takes the year that puts it nearest to the last date named
//! before it in the paragraph (`in late July` after `in June 2022`), or, with none or when a
//! clause in the present or present perfect has come since (`… has kept the deal. He told
//! parliament in March`), the most recent such month up to the publication date (the next one
//! for a forecast). A number glued by a slash to a year is a season (`2025/26`) or an
//! identifier (`Regulation (EU) 2023/1115`), never two years. Expressions
//! relative to the publication date stay unresolved when the brief has none.

use std::ops::Range;

use super::lexicon::{class, Lexicon, TimeWord, VerbForm};
use super::quantity::is_year;
use super::tokens::{Shape, Tagged};
use crate::model::{CalendarValue, DateResolution, TimeRelation};

/// A calendar point at year, month or day precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Cal {
    /// Year.
    pub y: i32,
    /// Month 1–12.
    pub m: Option<u32>,
    /// Day 1–31 (only with a month).
    pub d: Option<u32>,
}

impl Cal {
    fn year(y: i32) -> Cal {
        Cal {
            y,
            m: None,
            d: None,
        }
    }

    fn month(y: i32, m: u32) -> Cal {
        Cal {
            y,
            m: Some(m),
            d: None,
        }
    }

    fn day(y: i32, m: u32, d: u32) -> Cal {
        Cal {
            y,
            m: Some(m),
            d: Some(d),
        }
    }

    /// ISO 8601 text.
    pub fn iso(self) -> String {
        match (self.m, self.d) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.y),
            (Some(m), None) => format!("{:04}-{m:02}", self.y),
            _ => format!("{:04}", self.y),
        }
    }

    /// Parses `YYYY`, `YYYY-MM`, `YYYY-MM-DD`.
    pub fn parse(iso: &str) -> Option<Cal> {
        let mut parts = iso.split('-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next().map(str::parse).transpose().ok()?;
        let d = parts.next().map(str::parse).transpose().ok()?;
        Some(Cal { y, m, d })
    }

    fn value(self) -> CalendarValue {
        CalendarValue { iso: self.iso() }
    }

    /// Whether this point is not after `other` (compared at this point's precision).
    pub fn not_after(self, other: Cal) -> bool {
        let a = (self.y, self.m.unwrap_or(0), self.d.unwrap_or(0));
        let b = (
            other.y,
            if self.m.is_some() {
                other.m.unwrap_or(12)
            } else {
                0
            },
            if self.d.is_some() {
                other.d.unwrap_or(31)
            } else {
                0
            },
        );
        a <= b
    }
}

/// Days since 1970-01-01 of a civil date (proleptic Gregorian), after Howard Hinnant's
/// `days_from_civil`.
pub fn days_from_civil(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01 (inverse of [`days_from_civil`]).
pub fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

fn days_in_month(y: i32, m: u32) -> u32 {
    let next = if m == 12 {
        days_from_civil(y + 1, 1, 1)
    } else {
        days_from_civil(y, m + 1, 1)
    };
    (next - days_from_civil(y, m, 1)) as u32
}

fn shift_days(c: Cal, n: i64) -> Option<Cal> {
    let (m, d) = (c.m?, c.d?);
    let (y, m, d) = civil_from_days(days_from_civil(c.y, m, d) + n);
    Some(Cal::day(y, m, d))
}

fn shift_months(y: i32, m: u32, n: i32) -> (i32, u32) {
    let total = y * 12 + (m as i32 - 1) + n;
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32)
}

/// What a date expression resolves against.
#[derive(Debug, Clone, Default)]
pub struct Context {
    /// The publication date.
    pub published: Option<Cal>,
    /// The last date named before, in the paragraph (at or before the publication date).
    pub reference: Option<Cal>,
    /// The last date named before in the paragraph, in any clause or scope (`since then`
    /// points back to it).
    pub named: Option<Cal>,
    /// The last such date with a month: `the same month` after `in October … since 2015`.
    pub month_reference: Option<Cal>,
    /// The tokens of the clause that speak of the future (a forecast, or a forecast's
    /// reported complement): a bare month there is the next one, not the last. A date outside
    /// them (in the reporting frame of `In June, Wagner announced that it would leave` or of
    /// `"…will…," the minister said in January`) keeps the frame's past.
    pub future: Option<Range<usize>>,
    /// The clause's main verb is neither past nor perfect (`is unlikely`, `hopes to hold`): a
    /// month without a year that bounds it (`before June`, `by June`, `after the June
    /// election`) is the next one, when no date named before it in the paragraph applies.
    pub ahead: bool,
    /// A clause in the present or present perfect has come after the last date named: a bare
    /// month is read against the publication date, not that date (`Manele, who took office
    /// in May 2024, has kept the deal. He told parliament in March …`). Anaphors to the date
    /// (`that year`) still take it.
    pub now: bool,
    /// The unit of the last counted quantity in the paragraph, for a number whose noun is
    /// left out (`two more`).
    pub counted: Option<String>,
    /// The unit of the last counted quantity in the sentence, for a bare count whose noun is
    /// left out (`fewer than 100,000 containers …, but … up to 1.4 million a year`).
    pub sentence_counted: Option<String>,
    /// The last price in the sentence (currency, per unit, value), for a later amount in the
    /// same currency whose unit is left out (`US$40 a kilogram, against US$25 before`).
    pub sentence_price: Option<(String, String, f64)>,
    /// The last date named in the paragraph, ahead of the publication date or not (`by then`
    /// points back to it).
    pub last_named: Option<Cal>,
    /// The currency a shared name stands for in this brief (`lei` → `MDL`): (counted noun, ISO
    /// code).
    pub shared_currencies: Vec<(String, String)>,
}

/// A date expression found in a clause.
#[derive(Debug, Clone)]
pub struct Found {
    /// Tokens it covers (the governing word included).
    pub tokens: Range<usize>,
    /// The relation.
    pub relation: TimeRelation,
    /// Point, or interval start.
    pub start: Option<Cal>,
    /// Interval end.
    pub end: Option<Cal>,
    /// How it was found.
    pub resolution: DateResolution,
}

impl Found {
    /// The start as a model value.
    pub fn start_value(&self) -> Option<CalendarValue> {
        self.start.map(Cal::value)
    }

    /// The end as a model value.
    pub fn end_value(&self) -> Option<CalendarValue> {
        self.end.map(Cal::value)
    }
}

/// A date relative to the publication date: from it, a point or an interval.
type FromPublished = dyn Fn(Cal) -> Option<(Cal, Option<Cal>)>;

/// What the expression itself denotes, before its relation is read.
enum Denotes {
    /// A point (absolute).
    Point(Cal),
    /// An interval (absolute).
    Span(Cal, Cal),
    /// A month (and day) without a year.
    Yearless(u32, Option<u32>, Option<u32>),
    /// The months of a part of a year named without the year (`in the first quarter`, `the
    /// second half`), resolved like a bare month.
    YearlessPart(u32, u32),
    /// Relative to the publication date: a point or an interval.
    Published(Box<FromPublished>),
    /// Relative to the reference date.
    Referenced(Box<dyn Fn(Cal) -> Option<Cal>>),
    /// A season named without its year (`in the spring`): the last one to end, or the next one
    /// to start in a clause about the future; none in the present (`ships avoid the strait in
    /// the winter` recurs).
    YearlessSeason(u32, u32),
    /// A day of the week (1 Monday – 7 Sunday) with its shift (`last` −1, `next` +1, bare 0):
    /// the one before or after the publication date, by the clause's tense.
    Weekday(u32, i32),
}

fn weekday_of(tg: &Tagged, i: usize, lex: &Lexicon) -> Option<u32> {
    let t = tg.tokens.get(i)?;
    match lex.time.get(&t.text) {
        Some(TimeWord::Weekday(d)) if t.capitalized() => Some(*d),
        _ => None,
    }
}

/// The day a weekday names from the publication day: the last one (on or before it; strictly
/// before for `last`) or, in a clause about the future, the next one (on or after it;
/// strictly after for `next`).
fn weekday_day(p: Cal, wd: u32, shift: i32, future: bool) -> Option<Cal> {
    let days = days_from_civil(p.y, p.m?, p.d?);
    // 1 Monday … 7 Sunday (1970-01-01 was a Thursday).
    let today = (days + 3).rem_euclid(7) + 1;
    let wd = i64::from(wd);
    let day = if shift > 0 || shift == 0 && future {
        let ahead = (wd - today).rem_euclid(7);
        days + if ahead == 0 && shift > 0 { 7 } else { ahead }
    } else {
        let back = (today - wd).rem_euclid(7);
        days - if back == 0 && shift < 0 { 7 } else { back }
    };
    let (y, m, d) = civil_from_days(day);
    Some(Cal::day(y, m, d))
}

fn month_of(tg: &Tagged, i: usize, lex: &Lexicon) -> Option<u32> {
    let t = tg.tokens.get(i)?;
    match lex.time.get(&t.text) {
        Some(TimeWord::Month(m)) if t.capitalized() => Some(*m),
        _ => None,
    }
}

fn number(tg: &Tagged, i: usize) -> Option<u32> {
    let t = tg.tokens.get(i)?;
    (t.shape == Shape::Number && t.text.chars().all(|c| c.is_ascii_digit()) && t.text.len() <= 4)
        .then(|| t.text.parse().ok())
        .flatten()
}

/// A day of a month at `i`, in digits or as an ordinal (`3`, `3rd`, `21st`).
fn day_number(tg: &Tagged, i: usize) -> Option<u32> {
    let t = tg.tokens.get(i)?;
    if t.shape != Shape::Number {
        return None;
    }
    let digits = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|o| t.lower.strip_suffix(o))
        .unwrap_or(&t.lower);
    (digits.len() <= 2 && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn year(tg: &Tagged, i: usize) -> Option<i32> {
    let t = tg.tokens.get(i)?;
    // A number glued by a hyphen to a capitalised word is part of a name (`CASA-1000`), not a
    // year; `Pre-2022`, `Mid-2025` at a sentence's start still are.
    let named = i >= 2 && {
        let (h, w) = (&tg.tokens[i - 1], &tg.tokens[i - 2]);
        h.is("-")
            && h.start == w.end
            && t.start == h.end
            && w.is_word()
            && w.capitalized()
            && !matches!(w.lower.as_str(), "pre" | "post" | "mid" | "late" | "early")
    };
    (t.shape == Shape::Number && is_year(&t.text) && !named)
        .then(|| t.text.parse().ok())
        .flatten()
}

/// Whether token `i` follows a capitalised open-class word inside the sentence that is no time
/// word (`Project 2025`, not `May 2025` nor a sentence's first word).
fn after_name(tg: &Tagged, i: usize, lex: &Lexicon) -> bool {
    let Some(p) = i.checked_sub(1) else {
        return false;
    };
    let t = &tg.tokens[p];
    let starts = p == 0 || matches!(tg.tokens[p - 1].text.as_str(), "." | "\"" | "“" | ":");
    t.is_word()
        && t.capitalized()
        && !t.possessive()
        && tg.open_class(p)
        && !starts
        && !lex.time.contains_key(&t.text)
        && !lex.time.contains_key(&t.lower)
}

/// The number glued by a slash after the number at `i` (`2023/1115`, `2025/26`).
fn slashed<'a>(tg: &'a Tagged<'a>, i: usize) -> Option<&'a super::tokens::Token> {
    let t = tg.tokens.get(i)?;
    let slash = tg
        .tokens
        .get(i + 1)
        .filter(|s| s.is("/") && s.start == t.end)?;
    tg.tokens
        .get(i + 2)
        .filter(|n| n.shape == Shape::Number && n.start == slash.end && t.shape == Shape::Number)
}

fn dash(tg: &Tagged, i: usize) -> bool {
    tg.tokens
        .get(i)
        .is_some_and(|t| matches!(t.text.as_str(), "-" | "–"))
}

fn word<'a>(tg: &'a Tagged<'a>, i: usize) -> &'a str {
    tg.tokens.get(i).map(|t| t.lower.as_str()).unwrap_or("")
}

fn shift_of(lex: &Lexicon, w: &str) -> Option<i32> {
    match lex.time.get(w) {
        Some(TimeWord::Shift(s)) => Some(*s),
        _ => None,
    }
}

/// The year shift of `this year`, `last year`, `next year` at `k` (0, -1, 1).
fn shifted_year(tg: &Tagged, k: usize, lex: &Lexicon) -> Option<i32> {
    (word(tg, k + 1) == "year")
        .then(|| shift_of(lex, word(tg, k)))
        .flatten()
}

/// A day of a month in a year named relative to the publication date (`1 December last
/// year`); a day the month does not have keeps the month only.
fn day_from_published(m: u32, d: u32, shift: i32) -> Denotes {
    Denotes::Published(Box::new(move |p| {
        let y = p.y + shift;
        let c = if d <= days_in_month(y, m) {
            Cal::day(y, m, d)
        } else {
            Cal::month(y, m)
        };
        Some((c, None))
    }))
}

fn season_of(lex: &Lexicon, w: &str) -> Option<(u32, u32)> {
    match lex.time.get(w) {
        Some(TimeWord::Season(a, b)) => Some((*a, *b)),
        _ => None,
    }
}

/// The season interval of year `y` (winter runs December `y` to February `y + 1`).
fn season(y: i32, (a, b): (u32, u32)) -> (Cal, Cal) {
    if a > b {
        (Cal::month(y, a), Cal::month(y + 1, b))
    } else {
        (Cal::month(y, a), Cal::month(y, b))
    }
}

/// The date expression starting at token `i`: its end token and what it denotes.
fn expression_at(tg: &Tagged, i: usize, end: usize, lex: &Lexicon) -> Option<(usize, Denotes)> {
    let t = &tg.tokens[i];
    // Days of the week: `on Tuesday`, `last Thursday`, `next Monday`, `Friday's vote`; not
    // `Tuesday, 4 March` (the day that follows is the date) or a name (`Black Friday`).
    if let Some(wd) = weekday_of(tg, i, lex) {
        let prev = i.checked_sub(1).map(|p| tg.tokens[p].lower.as_str());
        let shift = match prev {
            Some("last" | "past") => -1,
            Some("next" | "coming") => 1,
            _ => 0,
        };
        let governed = shift != 0
            || matches!(
                prev,
                Some("on" | "since" | "until" | "by" | "before" | "after" | "from" | "this")
            );
        let dated = month_of(tg, i + 1, lex).is_some()
            || day_number(tg, i + 1).is_some()
            || tg.tokens.get(i + 1).is_some_and(|c| c.is(","))
                && (month_of(tg, i + 2, lex).is_some() || day_number(tg, i + 2).is_some());
        if governed && !dated {
            return Some((i + 1, Denotes::Weekday(wd, shift)));
        }
        return None;
    }
    // Month names.
    if let Some(m) = month_of(tg, i, lex) {
        if t.text == "May" || t.text == "March" {
            // `mid-March`, `end-May`: the part before the hyphen governs.
            let gov = match i.checked_sub(1) {
                Some(p) if tg.tokens[p].is("-") && p > 0 => p - 1,
                Some(p) => p,
                None => usize::MAX,
            };
            let governed = gov != usize::MAX
                && (matches!(
                    lex.time.get(tg.tokens[gov].lower.as_str()),
                    Some(TimeWord::Relation(_) | TimeWord::DecadePart(..) | TimeWord::Shift(_))
                ) || matches!(tg.tokens[gov].lower.as_str(), "end" | "start"));
            let followed = number(tg, i + 1).is_some();
            if !(governed || followed || i > 0 && tg.tokens[i - 1].lower == "the") {
                return None;
            }
        }
        // Month D(-D)(, YYYY)
        if let Some(d) = day_number(tg, i + 1) {
            let mut k = i + 2;
            let mut d2 = None;
            if dash(tg, k) {
                if let Some(e) = number(tg, k + 1).filter(|e| (1..=31).contains(e) && *e > d) {
                    d2 = Some(e);
                    k += 2;
                }
            }
            let y = if tg.tokens.get(k).is_some_and(|c| c.is(",")) && year(tg, k + 1).is_some() {
                k += 2;
                year(tg, k - 1)
            } else if let Some(y) = year(tg, k) {
                k += 1;
                Some(y)
            } else {
                None
            };
            // `December 1 last year`
            if let (None, None, Some(s)) = (y, d2, shifted_year(tg, k, lex)) {
                return Some((k + 2, day_from_published(m, d, s)));
            }
            return Some(match (y, d2) {
                (Some(y), Some(e)) => (k, Denotes::Span(Cal::day(y, m, d), Cal::day(y, m, e))),
                (Some(y), None) => (k, Denotes::Point(Cal::day(y, m, d))),
                (None, _) => (k, Denotes::Yearless(m, Some(d), d2)),
            });
        }
        if let Some(y) = year(tg, i + 1) {
            return Some((i + 2, Denotes::Point(Cal::month(y, m))));
        }
        // `March this year`, `June last year`
        if word(tg, i + 2) == "year" {
            if let Some(s) = shift_of(lex, word(tg, i + 1)) {
                return Some((
                    i + 3,
                    Denotes::Published(Box::new(move |p| Some((Cal::month(p.y + s, m), None)))),
                ));
            }
        }
        // `April and May 2020`, `March to May 2024`, `March–April 2024`: the year of the
        // second month.
        if matches!(word(tg, i + 1), "and" | "to" | "until" | "through") || dash(tg, i + 1) {
            let k2 = past_part(tg, i + 2);
            if let (Some(m2), Some(y)) = (month_of(tg, k2, lex), year(tg, k2 + 1)) {
                // `November to February 2024` starts in the year before.
                let y = if m > m2 { y - 1 } else { y };
                return Some((i + 1, Denotes::Point(Cal::month(y, m))));
            }
        }
        return Some((i + 1, Denotes::Yearless(m, None, None)));
    }
    // D(-D) Month YYYY, `the 3rd of May`
    if let Some(d) = day_number(tg, i) {
        let mut k = i + 1;
        if word(tg, k) == "of" && month_of(tg, k + 1, lex).is_some() {
            k += 1;
        }
        let mut d2 = None;
        // `3-9 June`, `from 3 to 9 June` (a month must follow the second day).
        let to_day = word(tg, k) == "to" && month_of(tg, k + 2, lex).is_some();
        if dash(tg, k) || to_day {
            if let Some(e) = number(tg, k + 1).filter(|e| (1..=31).contains(e) && *e > d) {
                d2 = Some(e);
                k += 2;
            }
        }
        // `on 1 and 2 March`, `on 4, 5 and 6 June`: consecutive days listed before their
        // month are one span, as `5-6 June` is.
        if d2.is_none() && matches!(word(tg, k), "and" | ",") {
            let mut last = d;
            let mut j = k;
            while matches!(word(tg, j), "and" | ",") {
                match number(tg, j + 1).filter(|e| *e == last + 1) {
                    Some(e) => {
                        last = e;
                        j += 2;
                    }
                    None => break,
                }
            }
            if last > d && month_of(tg, j, lex).is_some() {
                d2 = Some(last);
                k = j;
            }
        }
        // `1 December last year`
        if let (Some(m), None, Some(s)) = (month_of(tg, k, lex), d2, shifted_year(tg, k + 1, lex)) {
            return Some((k + 3, day_from_published(m, d, s)));
        }
        if let (Some(m), Some(y)) = (month_of(tg, k, lex), year(tg, k + 1)) {
            return Some(match d2 {
                Some(e) => (k + 2, Denotes::Span(Cal::day(y, m, d), Cal::day(y, m, e))),
                None => (k + 2, Denotes::Point(Cal::day(y, m, d))),
            });
        }
        // `on 3 May`, `from 12 to 14 June`: a day with no year, read like `May 3`.
        if let Some(m) = month_of(tg, k, lex) {
            if d <= days_in_month(2024, m) {
                return Some((k + 1, Denotes::Yearless(m, Some(d), d2)));
            }
        }
        // MM/DD/YYYY
        if tg.tokens.get(i + 1).is_some_and(|s| s.is("/"))
            && tg.tokens.get(i + 3).is_some_and(|s| s.is("/"))
        {
            if let (Some(dd), Some(y)) = (number(tg, i + 2), year(tg, i + 4)) {
                if (1..=12).contains(&d) && (1..=days_in_month(y, d)).contains(&dd) {
                    return Some((i + 5, Denotes::Point(Cal::day(y, d, dd))));
                }
            }
        }
    }
    // `the following month`, `the previous year`, `the same day`, `that month`: from the
    // reference date.
    // `by the end of the decade`: the last year of the publication's decade (its first for
    // `the start of the decade`).
    if word(tg, i) == "the"
        && word(tg, i + 1) == "decade"
        && i >= 2
        && word(tg, i - 1) == "of"
        && matches!(word(tg, i - 2), "end" | "close" | "start" | "beginning")
    {
        let last = matches!(word(tg, i - 2), "end" | "close");
        return Some((
            i + 2,
            Denotes::Published(Box::new(move |p| {
                let d = p.y - p.y.rem_euclid(10);
                Some((Cal::year(if last { d + 9 } else { d }), None))
            })),
        ));
    }
    // `The year before, …`, `the month after.`: one unit from the reference date, when
    // nothing follows the adverb (`the year before the war` is a named event).
    if word(tg, i) == "the"
        && matches!(word(tg, i + 1), "year" | "month")
        && matches!(word(tg, i + 2), "before" | "after")
        && tg
            .tokens
            .get(i + 3)
            .is_none_or(|t| matches!(t.text.as_str(), "," | "." | ";" | "—"))
    {
        let s: i32 = if word(tg, i + 2) == "before" { -1 } else { 1 };
        let unit = word(tg, i + 1).to_owned();
        let step = move |c: Cal| -> Option<Cal> {
            if unit == "year" {
                Some(Cal::year(c.y + s))
            } else {
                let (y, m) = shift_months(c.y, c.m?, s);
                Some(Cal::month(y, m))
            }
        };
        return Some((i + 3, Denotes::Referenced(Box::new(step))));
    }
    let demonstrative = word(tg, i) == "that";
    if word(tg, i) == "the" || demonstrative {
        let shift: Option<i32> = match (demonstrative, word(tg, i + 1)) {
            (true, _) => Some(0),
            (false, "following" | "next" | "subsequent") => Some(1),
            (false, "previous" | "preceding" | "prior") => Some(-1),
            (false, "same") => Some(0),
            _ => None,
        };
        let skip = usize::from(!demonstrative);
        let unit = word(tg, i + 1 + skip).to_owned();
        if let (Some(s), true) = (shift, matches!(unit.as_str(), "day" | "month" | "year")) {
            let step = move |c: Cal| -> Option<Cal> {
                match unit.as_str() {
                    "year" => Some(Cal::year(c.y + s)),
                    "month" => {
                        let (y, m) = shift_months(c.y, c.m?, s);
                        Some(Cal::month(y, m))
                    }
                    _ => shift_days(Cal::day(c.y, c.m?, c.d?), i64::from(s)),
                }
            };
            return Some((i + 2 + skip, Denotes::Referenced(Box::new(step))));
        }
    }
    // `in the first quarter`, `the second half` with no year after them: the part of the year
    // in view (a year after `of` is read by the part rule of [`relation`]).
    if word(tg, i.wrapping_sub(1)) == "the"
        && matches!(word(tg, i + 1), "quarter" | "half")
        && word(tg, i + 2) != "of"
        && !tg
            .tokens
            .get(i + 2)
            .is_some_and(|t| t.is_word() && !tg.has(i + 2, class::PREP))
    {
        if let Some((a, b)) = part_months(tg, i + 2) {
            return Some((i + 2, Denotes::YearlessPart(a, b)));
        }
    }
    // `mid-March`, `early-May 2024`, `end-June` (one token): the month, as written bare.
    if let Some((part, name)) = t.text.split_once('-') {
        let part_word = matches!(
            lex.time.get(part.to_lowercase().as_str()),
            Some(TimeWord::DecadePart(..))
        ) || matches!(part.to_lowercase().as_str(), "end" | "start");
        let month = match lex.time.get(name) {
            Some(TimeWord::Month(m)) if name.starts_with(char::is_uppercase) => Some(*m),
            _ => None,
        };
        if let (true, Some(m)) = (part_word, month) {
            return Some(match year(tg, i + 1) {
                Some(y) => (i + 2, Denotes::Point(Cal::month(y, m))),
                None => (i + 1, Denotes::Yearless(m, None, None)),
            });
        }
    }
    // A season of a year: `the autumn of 2023`, `summer 2020` (winter runs into the next year).
    if let Some(sea) = season_of(lex, &t.lower) {
        let at = if word(tg, i + 1) == "of" {
            i + 2
        } else {
            i + 1
        };
        if let Some(y) = year(tg, at) {
            // `the winter of 2025–26`: a season written across two years is those years.
            let two = tg
                .tokens
                .get(at + 2)
                .filter(|_| dash(tg, at + 1))
                .and_then(|n| {
                    let tail = n.text.as_str();
                    let next = (y + 1).to_string();
                    (n.shape == Shape::Number && (tail == next || tail == &next[2..]))
                        .then_some(y + 1)
                });
            if let Some(y2) = two {
                return Some((at + 3, Denotes::Span(Cal::year(y), Cal::year(y2))));
            }
            let (a, b) = season(y, sea);
            return Some((at + 1, Denotes::Span(a, b)));
        }
        // `in the spring`, `during the winter`: no year, no noun after it (`the spring
        // offensive`, `the summer season`), no `of` (`the autumn of the regime`).
        let governed = i >= 2
            && word(tg, i - 1) == "the"
            && matches!(
                word(tg, i - 2),
                "in" | "during" | "over" | "through" | "throughout"
            );
        let nothing_after = tg
            .tokens
            .get(i + 1)
            .is_none_or(|n| !n.is_word() || (tg.has(i + 1, class::PREP) && n.lower != "of"));
        if governed && nothing_after {
            return Some((i + 1, Denotes::YearlessSeason(sea.0, sea.1)));
        }
    }
    // A quarter, a half or a fiscal year in its short form: `Q3 2024`, `H1 2025`, `FY2023`,
    // `FY2023-24`.
    let part = |prefix: char, parts: u32| {
        t.text
            .strip_prefix(prefix)
            .and_then(|q| q.parse::<u32>().ok())
            .filter(|n| (1..=parts).contains(n))
            .map(|n| (n, 12 / parts))
    };
    if let Some((n, len)) = part('Q', 4).or_else(|| part('H', 2)) {
        if let Some(y) = year(tg, i + 1) {
            return Some((
                i + 2,
                Denotes::Span(Cal::month(y, len * (n - 1) + 1), Cal::month(y, len * n)),
            ));
        }
    }
    // `FY24` is 2024; `FY 2024` is read as a year after a name would not be.
    let fiscal = t.text.strip_prefix("FY").and_then(|y| match y.len() {
        4 if is_year(y) => y.parse::<i32>().ok(),
        2 if y.chars().all(|c| c.is_ascii_digit()) => y.parse::<i32>().ok().map(|yy| 2000 + yy),
        0 => year(tg, i + 1).filter(|_| tg.tokens.get(i + 1).is_some()),
        _ => None,
    });
    let spaced = t.text == "FY";
    if let Some(y) = fiscal {
        let i = if spaced { i + 1 } else { i };
        // `FY2023-24`: the two years the fiscal year spans.
        if dash(tg, i + 1) {
            let e = tg.tokens.get(i + 2).and_then(|n| match n.text.len() {
                2 => n.text.parse::<i32>().ok().map(|yy| y / 100 * 100 + yy),
                4 => n.text.parse::<i32>().ok(),
                _ => None,
            });
            if let Some(e) = e.filter(|e| *e == y + 1) {
                return Some((i + 3, Denotes::Span(Cal::year(y), Cal::year(e))));
            }
        }
        return Some((i + 1, Denotes::Point(Cal::year(y))));
    }
    // Years, year ranges, ISO dates; not a year that is part of a name (`Project 2025`,
    // `Vision 2030`: after a capitalised word that is no month or other time word, inside
    // the sentence).
    if let Some(y) = year(tg, i).filter(|_| !after_name(tg, i, lex)) {
        // Glued by a slash to another number: a season (`2025/26`, `2025/2026`) or, when the
        // second is not the next year, an identifier (`Regulation (EU) 2023/1115`), no date.
        if let Some(n) = slashed(tg, i) {
            let e = match n.text.len() {
                2 => n.text.parse::<i32>().ok().map(|yy| y / 100 * 100 + yy),
                4 => n.text.parse::<i32>().ok(),
                _ => None,
            };
            return e
                .filter(|e| *e == y + 1)
                .map(|e| (i + 3, Denotes::Span(Cal::year(y), Cal::year(e))));
        }
        if i >= 2 && slashed(tg, i - 2).is_some() {
            return None;
        }
        if dash(tg, i + 1) {
            if let Some(n) = tg.tokens.get(i + 2).filter(|n| n.shape == Shape::Number) {
                // YYYY-MM-DD
                if n.text.len() == 2 && dash(tg, i + 3) {
                    if let (Some(m), Some(d)) = (number(tg, i + 2), number(tg, i + 4)) {
                        if (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d) {
                            return Some((i + 5, Denotes::Point(Cal::day(y, m, d))));
                        }
                    }
                }
                // 2023-24, 2019-2023
                let e = match n.text.len() {
                    2 => n.text.parse::<i32>().ok().map(|yy| y / 100 * 100 + yy),
                    4 => n.text.parse::<i32>().ok(),
                    _ => None,
                };
                if let Some(e) = e.filter(|e| *e > y && *e - y < 100) {
                    return Some((i + 3, Denotes::Span(Cal::year(y), Cal::year(e))));
                }
            }
        }
        // `2024 to 2027`, `2020 through 2025`: one interval.
        if matches!(word(tg, i + 1), "to" | "through" | "until") {
            if let Some(e) = year(tg, i + 2).filter(|e| *e > y && *e - y < 100) {
                return Some((i + 3, Denotes::Span(Cal::year(y), Cal::year(e))));
            }
        }
        return Some((i + 1, Denotes::Point(Cal::year(y))));
    }
    // Decades: `1980s`, `the late 1980s`.
    if t.shape == Shape::Number && t.text.len() == 5 && t.text.ends_with('s') {
        if let Ok(y) = t.text[..4].parse::<i32>() {
            if y % 10 == 0 && (1000..2200).contains(&y) {
                // `the late 1980s`, `the mid-1980s`: the part before, a hyphen looked through.
                let before = match i.checked_sub(1) {
                    Some(p) if tg.tokens[p].is("-") => p.checked_sub(1),
                    p => p,
                };
                let (a, b) = match before.and_then(|p| lex.time.get(tg.tokens[p].lower.as_str())) {
                    Some(TimeWord::DecadePart(a, b)) => (*a, *b),
                    _ => (0, 9),
                };
                return Some((i + 1, Denotes::Span(Cal::year(y + a), Cal::year(y + b))));
            }
        }
    }
    // last/this/next year|month|week|season; earlier/later this …
    let (shift_at, s) = match (shift_of(lex, &t.lower), word(tg, i)) {
        (Some(s), _) => (i, s),
        (None, "earlier" | "later") => match shift_of(lex, word(tg, i + 1)) {
            Some(0) => (i + 1, 0),
            _ => return offset(tg, i, end, lex),
        },
        _ => return offset(tg, i, end, lex),
    };
    // `last month's flood`, `this year's budget`: the possessive names the period too.
    let what = word(tg, shift_at + 1)
        .trim_end_matches("'s")
        .trim_end_matches("’s")
        .to_owned();
    let next = shift_at + 2;
    // `this September`, `last March`, `next May`: the month of the publication year, the last
    // one before the publication month, the next one after it.
    if let Some(m) = month_of(tg, shift_at + 1, lex).filter(|_| year(tg, next).is_none()) {
        return Some((
            next,
            Denotes::Published(Box::new(move |p| {
                let pm = p.m?;
                let y = match s {
                    0 => p.y,
                    s if s < 0 => p.y - i32::from(m >= pm),
                    _ => p.y + i32::from(m <= pm),
                };
                Some((Cal::month(y, m), None))
            })),
        ));
    }
    if let Some(sea) = season_of(lex, &what) {
        return Some((
            next,
            Denotes::Published(Box::new(move |p| {
                let pm = p.m?;
                let at = |c: Cal| c.y * 12 + c.m.unwrap_or(1) as i32;
                let now = p.y * 12 + pm as i32;
                let of = |y: i32| season(y, sea);
                // The season containing the publication date, the next one to start, the
                // last one to end.
                let years = p.y - 2..=p.y + 1;
                let containing = years
                    .clone()
                    .find(|&y| at(of(y).0) <= now && now <= at(of(y).1));
                let upcoming = || years.clone().find(|&y| at(of(y).0) > now);
                let previous = || years.clone().rev().find(|&y| at(of(y).1) < now);
                let y = match (s, containing) {
                    (0, Some(c)) => c,
                    (-1, Some(c)) => c - 1,
                    // `this summer` outside the season: the publication year's, as `this
                    // September` is (`were not finished this summer`, written in November).
                    (0, None) => p.y,
                    (1, _) => upcoming()?,
                    (-1, None) => previous()?,
                    _ => return None,
                };
                let (start, end) = of(y);
                Some((start, Some(end)))
            })),
        ));
    }
    // `this decade`, `the current decade`: the publication's decade.
    if what == "decade" && s == 0 && matches!(t.lower.as_str(), "this" | "current") {
        return Some((
            next,
            Denotes::Published(Box::new(|p| {
                let d = p.y - p.y.rem_euclid(10);
                Some((Cal::year(d), Some(Cal::year(d + 9))))
            })),
        ));
    }
    match lex.time.get(what.as_str()) {
        Some(TimeWord::Period(period)) => {
            let period = period.clone();
            // `the past` is not `last`: `the past fourteen months` is a duration.
            if t.lower == "past" || t.lower == "coming" && period != "year" {
                return None;
            }
            Some((
                next,
                Denotes::Published(Box::new(move |p| match period.as_str() {
                    "year" => Some((Cal::year(p.y + s), None)),
                    "month" => {
                        let (y, m) = shift_months(p.y, p.m?, s);
                        Some((Cal::month(y, m), None))
                    }
                    _ => {
                        // Monday to Sunday.
                        let days = days_from_civil(p.y, p.m?, p.d?);
                        let monday = days - (days + 3).rem_euclid(7) + 7 * i64::from(s);
                        let (y1, m1, d1) = civil_from_days(monday);
                        let (y2, m2, d2) = civil_from_days(monday + 6);
                        Some((Cal::day(y1, m1, d1), Some(Cal::day(y2, m2, d2))))
                    }
                })),
            ))
        }
        _ => None,
    }
}

/// `two days later`, `a year earlier`, `a decade earlier`, `five years on,` (from the reference
/// date), `three years ago` (from the publication date).
fn offset(tg: &Tagged, i: usize, end: usize, lex: &Lexicon) -> Option<(usize, Denotes)> {
    let n: i64 = match word(tg, i) {
        "a" | "one" => 1,
        w => match lex.numbers.get(w) {
            Some((v, super::lexicon::NumberClass::Cardinal)) => v.parse().ok()?,
            _ => {
                let t = tg.tokens.get(i)?;
                if t.shape != Shape::Number {
                    return None;
                }
                t.text.parse().ok()?
            }
        },
    };
    if i + 2 > end {
        return None;
    }
    let unit = word(tg, i + 1).trim_end_matches('s').to_owned();
    // `Five years on, …`: `on` closing the phrase is `later`.
    let on_closing = word(tg, i + 2) == "on"
        && tg
            .tokens
            .get(i + 3)
            .is_none_or(|t| matches!(t.text.as_str(), "," | "." | ";" | "—"));
    // `two years later than promised` is a delay, a duration, no date.
    if word(tg, i + 3) == "than" {
        return None;
    }
    let dir = match word(tg, i + 2) {
        "later" => 1,
        "on" if on_closing => 1,
        "earlier" | "ago" => -1,
        _ => return None,
    };
    let ago = word(tg, i + 2) == "ago";
    // One unit keeps the reference's precision (`a year earlier` is the same day a year
    // before); several are only as precise as the unit (`seventeen months later` names a
    // month, `three years later` a year).
    let several = n > 1;
    let step = move |c: Cal| -> Option<Cal> {
        match unit.as_str() {
            "day" => shift_days(c, dir * n),
            "week" => shift_days(c, dir * n * 7),
            "month" => {
                let (y, m) = shift_months(c.y, c.m?, (dir * n) as i32);
                Some(Cal {
                    y,
                    m: Some(m),
                    d: c.d.filter(|d| *d <= days_in_month(y, m) && !several),
                })
            }
            "decade" => Some(Cal::year(c.y + (dir * n * 10) as i32)),
            "year" if several => Some(Cal::year(c.y + (dir * n) as i32)),
            "year" => Some(Cal {
                y: c.y + (dir * n) as i32,
                ..c
            }),
            _ => None,
        }
    };
    if !matches!(
        word(tg, i + 1).trim_end_matches('s'),
        "day" | "week" | "month" | "year" | "decade"
    ) {
        return None;
    }
    // `three years ago` names a year, `six months ago` a month, `ten days ago` a day.
    let unit_word = word(tg, i + 1).trim_end_matches('s');
    let keep_month = matches!(unit_word, "month" | "week" | "day");
    let keep_day = matches!(unit_word, "week" | "day");
    if ago {
        return Some((
            i + 3,
            Denotes::Published(Box::new(move |p| {
                step(Cal::year(p.y).max(p)).map(|c| {
                    (
                        Cal {
                            m: c.m.filter(|_| keep_month),
                            d: c.d.filter(|_| keep_day),
                            ..c
                        },
                        None,
                    )
                })
            })),
        ));
    }
    Some((i + 3, Denotes::Referenced(Box::new(step))))
}

/// A part of a period: `the end of 2023`, `the first half of this year`.
/// Whether a season names the span of the date before token `k` (`the 2027 dry season`,
/// `the 2026 harvest season`).
fn season_after(tg: &Tagged, k: usize) -> bool {
    word(tg, k) == "season"
        || word(tg, k + 1) == "season" && tg.tokens.get(k).is_some_and(|t| t.is_word())
}

fn period_part(word: &str) -> bool {
    matches!(
        word,
        "end" | "beginning" | "start" | "middle" | "close" | "turn" | "half" | "quarter" | "months"
    )
}

/// The months of a half or quarter of a year (`first half` → 1–6), read from the words before
/// `of` at `of_at`.
fn part_months(tg: &Tagged, of_at: usize) -> Option<(u32, u32)> {
    let part = word(tg, of_at.checked_sub(1)?);
    // `the first five months of 2025`, `the last three months of the year`.
    if part == "months" {
        let count = of_at.checked_sub(2)?;
        let n: u32 = match tg.tokens.get(count)? {
            t if t.shape == Shape::Number => t.text.parse().ok()?,
            t => match Lexicon::get().numbers.get(t.lower.as_str()) {
                Some((v, super::lexicon::NumberClass::Cardinal)) => v.parse().ok()?,
                _ => return None,
            },
        };
        if !(2..=11).contains(&n) {
            return None;
        }
        return match word(tg, count.checked_sub(1)?) {
            "first" => Some((1, n)),
            "last" | "final" => Some((13 - n, 12)),
            _ => None,
        };
    }
    let ordinal = word(tg, of_at.checked_sub(2)?);
    let n = match ordinal {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" | "last" => 4,
        _ => return None,
    };
    match (part, n) {
        ("half", 1) => Some((1, 6)),
        ("half", 2 | 4) => Some((7, 12)),
        ("quarter", n) => Some((3 * n - 2, 3 * n)),
        _ => None,
    }
}

/// The relation of the word governing the date at `i` (looking back over determiners,
/// possessives and `early`/`late`), with the first token of the expression. A part of the
/// period is looked through (`by the end of 2023` is `before`, `in the first half of` is
/// `during`).
fn relation(tg: &Tagged, i: usize, lex: &Lexicon) -> (TimeRelation, usize) {
    let (rel, first) = relation_near(tg, i, lex);
    if first < i && word(tg, first) == "of" {
        // `the end of 2023`, `the first half of this year`
        let mut p = first;
        while p > 0 && p + 5 > first {
            let w = word(tg, p - 1);
            let count = tg
                .tokens
                .get(p - 1)
                .is_some_and(|t| t.shape == Shape::Number && t.text.len() <= 2)
                || matches!(
                    lex.numbers.get(w),
                    Some((_, super::lexicon::NumberClass::Cardinal))
                );
            if period_part(w)
                || count
                || matches!(w, "the" | "first" | "second" | "third" | "fourth" | "last")
            {
                p -= 1;
            } else {
                break;
            }
        }
        if p < first && (p..first).any(|k| period_part(word(tg, k))) {
            let (outer, start) = relation_near(tg, p, lex);
            let rel = match outer {
                TimeRelation::At if part_months(tg, first).is_some() => TimeRelation::During,
                r => r,
            };
            return (rel, start);
        }
    }
    if rel == TimeRelation::At {
        if let Some((r, _)) = subordinate_relation_before(tg, first, lex) {
            return (r, first);
        }
    }
    (rel, first)
}

/// The relation of a `since`, `after` or `before` phrase or clause that opens before the date
/// whose expression starts at token `first`, when the date dates that phrase's event (`since
/// its independence in 1968`, `since the mission arrived in Honiara in 2003`, `Since the law took
/// effect in July 2024, …`, `after taking office in August 2024` (a gerund only), `before the
/// Philippines hands the chair to Singapore in January 2027`): the subordinator is found within
/// twenty tokens back,
/// with only `at`-words (`in`, `on`, `at`, `of`) among the relation words and no clause
/// punctuation, number or other relation between. A quotation opened and closed inside the
/// phrase (scare quotes: `reached a “provisional understanding” on …`) is looked through. The
/// date then bounds the claim as `since 2003`, `after August 2024` would.
fn subordinate_relation_before(
    tg: &Tagged,
    first: usize,
    lex: &Lexicon,
) -> Option<(TimeRelation, usize)> {
    let mut closed_quote = false;
    for p in (first.saturating_sub(20)..first).rev() {
        let t = &tg.tokens[p];
        // Quotation marks: a closing mark seen going back opens a quotation to look through;
        // an opening mark outside one is a boundary.
        match t.text.as_str() {
            "”" => {
                closed_quote = true;
                continue;
            }
            "“" if closed_quote => {
                closed_quote = false;
                continue;
            }
            _ => {}
        }
        if closed_quote {
            continue;
        }
        match t.lower.as_str() {
            "since" => return Some((TimeRelation::Since, p)),
            // Only a gerund phrase (`after taking office in August 2024`): after a clause or a
            // noun (`after Pristina stopped goods in June 2023`, `soon after the inauguration
            // on January 20`) the date is the point of the event that follows.
            "after" => {
                let gerund = tg.verb_at(p + 1).is_some_and(|v| v.form == VerbForm::Ing);
                return gerund.then_some((TimeRelation::After, p));
            }
            "before" | "until" => return Some((TimeRelation::Before, p)),
            _ => {}
        }
        // An ordinal is part of the phrase (`since its 14th package in June 2024`).
        let ordinal = ["st", "nd", "rd", "th"]
            .iter()
            .any(|o| t.lower.ends_with(o));
        let number = t.lower.starts_with(|c: char| c.is_ascii_digit()) && !ordinal;
        // A clause or quotation boundary; parentheses and possessives are inside the phrase.
        let punct = matches!(
            t.lower.as_str(),
            "," | ";" | ":" | "." | "!" | "?" | "—" | "–" | "“" | "\""
        );
        let other_relation = matches!(
            lex.time.get(t.lower.as_str()),
            Some(TimeWord::Relation(r)) if r != "at"
        );
        if number || punct || other_relation {
            return None;
        }
    }
    None
}

fn relation_near(tg: &Tagged, i: usize, lex: &Lexicon) -> (TimeRelation, usize) {
    let mut j = i;
    for _ in 0..4 {
        let Some(p) = j.checked_sub(1) else { break };
        let t = &tg.tokens[p];
        if t.is("-") && p > 0 {
            // `by mid-2026`, `by end-2026`: the part of the year is looked through.
            if matches!(
                lex.time.get(tg.tokens[p - 1].lower.as_str()),
                Some(TimeWord::DecadePart(..))
            ) || matches!(tg.tokens[p - 1].lower.as_str(), "end" | "start")
            {
                j = p;
                continue;
            }
            // `pre-2022`, `post-2000`
            if let Some(TimeWord::Relation(r)) = lex.time.get(tg.tokens[p - 1].lower.as_str()) {
                if matches!(tg.tokens[p - 1].lower.as_str(), "pre" | "post") {
                    return (
                        TimeRelation::from_name(r).unwrap_or(TimeRelation::At),
                        p - 1,
                    );
                }
            }
            break;
        }
        // A phrase ending here before the single word it ends with (`ahead of`, not `of`).
        for (words, r) in &lex.time_phrases {
            let n = words.len();
            if p + 1 >= n && super::tokens::phrase_at(tg.tokens, p + 1 - n, words).is_some() {
                return (
                    TimeRelation::from_name(r).unwrap_or(TimeRelation::At),
                    p + 1 - n,
                );
            }
        }
        if let Some(TimeWord::Relation(r)) = lex.time.get(t.lower.as_str()) {
            return (TimeRelation::from_name(r).unwrap_or(TimeRelation::At), p);
        }
        let skippable = matches!(
            t.lower.as_str(),
            "the" | "a" | "an" | "its" | "their" | "late" | "early" | "mid" | "end"
        ) || t.possessive()
            || matches!(
                lex.time.get(t.lower.as_str()),
                Some(TimeWord::DecadePart(..))
            );
        if !skippable {
            break;
        }
        j = p;
    }
    (TimeRelation::At, i)
}

/// Finds the dates of a clause. `main` says, per token of the clause, whether it is in the
/// main scope; dates there become the reference for later ones.
pub fn find(
    tg: &Tagged,
    clause: &Range<usize>,
    main: &[bool],
    ctx: &mut Context,
    lex: &Lexicon,
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut in_clause: Option<Cal> = None;
    // The first date of the clause's main scope, which an offset in a later phrase counts from
    // (`Transits in the year to September 2025 rose …, still below the level of 2022, and
    // twice the figure of a decade earlier`).
    let mut main_in_clause: Option<Cal> = None;
    let mut i = clause.start;
    while i < clause.end {
        // `since then`, `have since made`: since the last date named before.
        if let Some(n) = anaphoric_since(tg, i, clause.end) {
            if let Some(r) = ctx.named.or(ctx.reference).or(in_clause) {
                out.push(Found {
                    tokens: i..i + n,
                    relation: TimeRelation::Since,
                    start: Some(r),
                    end: None,
                    resolution: DateResolution::Resolved,
                });
            }
            i += n;
            continue;
        }
        // `in each of the last three years`, `in the past two years`: the whole years before
        // the publication's (a count after `for` or `over` is a duration, a quantity).
        if let Some(n) = last_years(tg, i, clause.end, lex) {
            if let Some(p) = ctx.published {
                out.push(Found {
                    tokens: i..i + 4,
                    relation: TimeRelation::During,
                    start: Some(Cal::year(p.y - n)),
                    end: Some(Cal::year(p.y - 1)),
                    resolution: DateResolution::Resolved,
                });
                i += 4;
                continue;
            }
        }
        // `by then`: before the last date named before, in the future or not (`The plant opens
        // in 2028; by then the lake may be dry`). (`until then` only bounds a wait: the gold
        // marks no date on it.)
        if word(tg, i) == "by" && i + 1 < clause.end && word(tg, i + 1) == "then" {
            if let Some(r) = ctx.last_named.or(in_clause) {
                out.push(Found {
                    tokens: i..i + 2,
                    relation: TimeRelation::Before,
                    start: Some(r),
                    end: None,
                    resolution: DateResolution::Resolved,
                });
            }
            i += 2;
            continue;
        }
        // A bound before a season with no year (`before the spring`, `by the winter`): the
        // month it starts, as for a bare month.
        let season_bound = matches!(word(tg, i), "before" | "by" | "until" | "after")
            && word(tg, i + 1) == "the"
            && i + 2 < clause.end
            && !matches!(word(tg, i + 3), "of" | "season")
            && year(tg, i + 3).is_none();
        let season_start = season_bound
            .then(|| season_of(lex, word(tg, i + 2)))
            .flatten();
        let found = match season_start {
            Some((a, _)) => Some((i + 3, Denotes::Yearless(a, None, None))),
            None => expression_at(tg, i, clause.end, lex),
        };
        let Some((next, denotes)) = found else {
            i += 1;
            continue;
        };
        if season_start.is_some() {
            i += 1;
        }
        // A recurring time (`each October`, `every May`) is no date; nor is a season with no
        // year in the present (`ships avoid the strait in the winter`).
        let habitual_season = matches!(denotes, Denotes::YearlessSeason(..))
            && ctx.ahead
            && !ctx.future.as_ref().is_some_and(|f| f.contains(&i));
        // A month after an indefinite article is a kind of month, no date: `enough for a
        // cold January`, `a February like the last`.
        let indefinite = |k: usize| matches!(word(tg, k), "a" | "an");
        let a_month = matches!(denotes, Denotes::Yearless(_, None, None))
            && i > 0
            && (indefinite(i - 1)
                || i > 1
                    && indefinite(i - 2)
                    && tg.tokens[i - 1].is_word()
                    && !tg.tokens[i - 1].capitalized()
                    && tg.open_class(i - 1));
        // A month or season without its year in a clause that says it recurs (`The rainy
        // season, which usually lasts from June to September, …`, `prices typically peak in
        // March`) is no date.
        let habitual = matches!(
            denotes,
            Denotes::Yearless(_, None, None)
                | Denotes::YearlessSeason(..)
                | Denotes::YearlessPart(..)
        ) && (clause.start..i)
            .rev()
            .take_while(|&k| !matches!(word(tg, k), "," | ";" | "—"))
            .any(|k| {
                matches!(
                    word(tg, k),
                    "usually"
                        | "typically"
                        | "normally"
                        | "generally"
                        | "customarily"
                        | "traditionally"
                        | "routinely"
                        | "annually"
                        | "invariably"
                )
            });
        if i > 0 && matches!(word(tg, i - 1), "each" | "every")
            || habitual_season
            || a_month
            || habitual
        {
            i = next;
            continue;
        }
        // A span between two months with no year and no year in view (`most storms come
        // between October and February`, `keep a ship on call from November to March`) is a
        // season that recurs, no date.
        // In a clause in the past it is the last such span (`exports fell between March and
        // May`).
        // (a verb in the past that is not also its base form, as `come` and `cut` are).
        let simple_past = (clause.start..i)
            .rev()
            .find(|&k| tg.finite(k))
            .and_then(|k| tg.verb_at(k).map(|v| (k, v)))
            .is_some_and(|(k, v)| v.form.past() && tg.tokens[k].lower != v.lemma);
        if matches!(denotes, Denotes::Yearless(_, None, None))
            && ctx.reference.is_none()
            && (ctx.ahead || !simple_past)
        {
            let joined = matches!(word(tg, next), "and" | "to" | "until" | "through")
                && (word(tg, next) != "and" || i > 0 && word(tg, i - 1) == "between");
            // The second month may be `March` or `May`, read as a month after `to`.
            let bare_month = month_of(tg, next + 1, lex).is_some()
                && number(tg, next + 2).is_none()
                && year(tg, next + 2).is_none();
            if joined && bare_month {
                i = next + 2;
                continue;
            }
        }
        let (mut rel, mut first) = relation(tg, i, lex);
        // A period that ends at the date: `the fiscal year to September 2025`, `the twelve
        // months to March` (a `to` with no `from` before it).
        if rel == TimeRelation::At
            && first == i
            && i >= 2
            && word(tg, i - 1) == "to"
            && (matches!(
                word(tg, i - 2),
                "year" | "years" | "month" | "months" | "quarter" | "weeks"
            ) || tg.verb_at(i - 2).is_some_and(|v| {
                // `its mandate runs to February 2027`: a verb of duration.
                matches!(
                    v.lemma.as_str(),
                    "run" | "last" | "extend" | "continue" | "stretch"
                )
            }))
        {
            rel = TimeRelation::Before;
            first = i - 1;
        }
        // `of` only says the date is a point (`the night of June 15`, `a tenth of the 2022
        // peak`); it is no part of the date's words.
        if word(tg, first) == "of" {
            first += 1;
        }
        // `the first half of this year`: the months of that part.
        let part = (first..i)
            .rev()
            .find(|&k| word(tg, k) == "of")
            .and_then(|of_at| part_months(tg, of_at));
        let yearless = matches!(
            denotes,
            Denotes::Yearless(..)
                | Denotes::YearlessPart(..)
                | Denotes::YearlessSeason(..)
                | Denotes::Referenced(_)
        );
        let (start, end, resolution) = match denotes {
            Denotes::Point(c) => (Some(c), None, DateResolution::Absolute),
            Denotes::Span(a, b) => (Some(a), Some(b), DateResolution::Absolute),
            Denotes::Yearless(m, d, d2) => {
                let bound = matches!(rel, TimeRelation::Before | TimeRelation::After);
                // A day in a clause in the present is a schedule (`The ban takes effect on 1
                // July`), the next one; so is a bare month at which a present verb happens
                // (`Talks resume in mid-October`).
                let scheduled = (d.is_some()
                    || rel == TimeRelation::At
                        && !(clause.start..i).any(|k| {
                            tg.verb_at(k).is_some_and(|v| v.form.past())
                        }))
                    && ctx.ahead
                    && main.get(i - clause.start).copied().unwrap_or(false)
                    // The verb the day follows is in the present too (not `say the attack
                    // began on 2 February`).
                    && (clause.start..i)
                        .rev()
                        .find(|&k| tg.finite(k))
                        .and_then(|k| tg.verb_at(k))
                        .is_some_and(|v| matches!(v.form, VerbForm::Third | VerbForm::Base));
                let future = ctx.future.as_ref().is_some_and(|f| f.contains(&i))
                    || (bound || scheduled) && ctx.ahead;
                // `since January` starts no later than the publication date (`from 1 April`
                // may be a schedule).
                let since_past = |y: i32| {
                    let after = ctx
                        .published
                        .is_some_and(|p| !Cal::month(y, m).not_after(p));
                    if rel == TimeRelation::Since && word(tg, first) == "since" && after {
                        y - 1
                    } else {
                        y
                    }
                };
                match yearless_year(m, ctx, future).map(since_past) {
                    Some(y) => {
                        let start = match d {
                            Some(d) if d <= days_in_month(y, m) => Cal::day(y, m, d),
                            _ => Cal::month(y, m),
                        };
                        let end = d2.map(|e| Cal::day(y, m, e.min(days_in_month(y, m))));
                        (Some(start), end, DateResolution::Resolved)
                    }
                    None => (None, None, DateResolution::Unresolved),
                }
            }
            Denotes::YearlessPart(a, b) => {
                let future = ctx.future.as_ref().is_some_and(|f| f.contains(&i));
                match yearless_year(a, ctx, future) {
                    Some(y) => (
                        Some(Cal::month(y, a)),
                        Some(Cal::month(y, b)),
                        DateResolution::Resolved,
                    ),
                    None => (None, None, DateResolution::Unresolved),
                }
            }
            Denotes::YearlessSeason(a, b) => {
                let future = ctx.future.as_ref().is_some_and(|f| f.contains(&i));
                let y = if future {
                    yearless_year(a, ctx, true)
                } else {
                    yearless_year(b, ctx, false).map(|y| if a > b { y - 1 } else { y })
                };
                match y.map(|y| season(y, (a, b))) {
                    Some((s, e)) => (Some(s), Some(e), DateResolution::Resolved),
                    None => (None, None, DateResolution::Unresolved),
                }
            }
            Denotes::Weekday(wd, shift) => {
                let future = ctx.future.as_ref().is_some_and(|f| f.contains(&i)) || ctx.ahead;
                match ctx
                    .published
                    .and_then(|p| weekday_day(p, wd, shift, future))
                {
                    Some(c) => (Some(c), None, DateResolution::Resolved),
                    None => (None, None, DateResolution::Unresolved),
                }
            }
            Denotes::Published(f) => match ctx.published.and_then(f) {
                Some((a, b)) => (Some(a), b, DateResolution::Resolved),
                None => (None, None, DateResolution::Unresolved),
            },
            // From the last date before it in the clause (in the main scope or not: `the
            // Agreement of February 2023, whose annex was agreed a month later`), else the
            // paragraph's reference, else the last one with a month.
            Denotes::Referenced(f) => match main_in_clause
                .or(in_clause)
                .or(ctx.reference)
                .and_then(&f)
                .or_else(|| ctx.month_reference.and_then(&f))
                // Else the last date named before in the paragraph, in a reported clause too
                // (`told a radio station on 14 August that … . Three weeks later …`).
                .or_else(|| ctx.named.and_then(&f))
            {
                Some(c) => (Some(c), None, DateResolution::Resolved),
                None => (None, None, DateResolution::Unresolved),
            },
        };
        let (mut start, end) = match (part, start, end) {
            (Some((a, b)), Some(c), None) if c.m.is_none() => {
                (Some(Cal::month(c.y, a)), Some(Cal::month(c.y, b)))
            }
            _ => (start, end),
        };
        // `between August 2022 and March 2023`
        let mut end = end;
        let mut last = next;
        if rel == TimeRelation::During && word(tg, first) == "between" && word(tg, next) == "and" {
            let k2 = past_part(tg, next + 1);
            match (start, expression_at(tg, k2, clause.end, lex)) {
                (_, Some((n2, Denotes::Point(c2)))) => {
                    end = Some(c2);
                    last = n2;
                }
                // `between March and May`: the second month of the first's year, or of the
                // next when it comes earlier in the calendar.
                (Some(s1), _)
                    if yearless
                        && s1.m.is_some()
                        && s1.d.is_none()
                        && month_of(tg, k2, lex).is_some()
                        && number(tg, k2 + 1).is_none()
                        && year(tg, k2 + 1).is_none() =>
                {
                    let m2 = month_of(tg, k2, lex).unwrap_or(12);
                    let y2 = if s1.m.is_some_and(|m1| m2 < m1) {
                        s1.y + 1
                    } else {
                        s1.y
                    };
                    // In the past, the last such span to have ended by the publication date.
                    let back = !ctx.ahead
                        && ctx
                            .published
                            .is_some_and(|p| !Cal::month(y2, m2).not_after(p));
                    let shift = i32::from(back);
                    start = Some(Cal::month(s1.y - shift, s1.m.unwrap_or(1)));
                    end = Some(Cal::month(y2 - shift, m2));
                    last = k2 + 1;
                }
                _ => {}
            }
        }
        // `from June 2023 to February 2024`, `from March to May 2024`, `March–April 2024`:
        // one interval, when both ends are written out to the same precision.
        let from_to = rel == TimeRelation::Since
            && word(tg, first) == "from"
            && matches!(word(tg, next), "to" | "until" | "through");
        let dashed = rel == TimeRelation::At && dash(tg, next);
        if end.is_none() && (from_to || dashed) {
            if let (Some(s1), Some((n2, Denotes::Point(c2)))) = (
                start,
                expression_at(tg, past_part(tg, next + 1), clause.end, lex),
            ) {
                if s1.m.is_some() == c2.m.is_some() && s1.d.is_none() == c2.d.is_none() {
                    end = Some(c2);
                    last = n2;
                    if dashed {
                        rel = TimeRelation::During;
                    }
                }
            }
        }
        // `from 2024 to 2027` is the interval, not a start.
        if end.is_some() && rel == TimeRelation::Since && word(tg, first) == "from" {
            rel = TimeRelation::During;
        }
        if end.is_some() && rel == TimeRelation::At {
            rel = TimeRelation::During;
        }
        if end.is_none() && rel == TimeRelation::During && word(tg, first) != "during" {
            rel = TimeRelation::At;
        }
        // A bound before a season of a year is the month it starts, as for a season with no
        // year: `before the summer of 2027`.
        if rel == TimeRelation::Before
            && end.is_some()
            && start.is_some_and(|s| s.m.is_some())
            && (first..last).any(|k| season_of(lex, word(tg, k)).is_some())
        {
            end = None;
        }
        // `in the whole of 2024`, `all of 2023`: the span of the year.
        if rel == TimeRelation::At
            && end.is_none()
            && start.is_some_and(|s| s.m.is_none())
            && first >= 2
            && word(tg, first - 1) == "of"
            && (word(tg, first - 2) == "whole" || word(tg, first - 2) == "all")
        {
            rel = TimeRelation::During;
        }
        // A season of the year is a span: `through the 2027 dry season`, `in the 2026 rainy
        // season`.
        if rel == TimeRelation::At && season_after(tg, last) {
            rel = TimeRelation::During;
        }
        let in_main = main.get(i - clause.start).copied().unwrap_or(false);
        // A date relative to the publication (`this year`, `last month`) after a year written
        // out brings the narrative back to the time of writing, as a present-tense clause
        // does: `… of 2002, the Philippines, as chair this year, promised … . X conceded in
        // July …` is this July.
        if start.is_some()
            && resolution == DateResolution::Resolved
            && !yearless
            && ctx.reference.is_some()
        {
            ctx.now = true;
        }
        if let (Some(s), true) = (start, in_main) {
            let point = end.is_none();
            let ok = ctx.published.is_none_or(|p| s.not_after(p));
            // Only a date written out (`June 2024`, `2023`) or derived from one sets the
            // narrative time: `last year` or `this month`, relative to the publication
            // date, leaves a later bare month relative to it too.
            let deictic = resolution == DateResolution::Resolved && !yearless;
            if point && ok && rel != TimeRelation::Before && !deictic {
                ctx.reference = Some(s);
                ctx.now = false;
                if s.m.is_some() {
                    ctx.month_reference = Some(s);
                }
            }
        }
        if let (Some(s), None, false) = (start, end, rel == TimeRelation::Before) {
            if ctx.published.is_none_or(|p| s.not_after(p)) {
                in_clause = Some(s);
                ctx.named = Some(s);
            }
        }
        if let Some(s) = start {
            ctx.last_named = Some(s);
            if in_main && main_in_clause.is_none() {
                main_in_clause = Some(s);
            }
        }
        out.push(Found {
            tokens: first..last,
            relation: rel,
            start,
            end,
            resolution,
        });
        i = last;
    }
    out
}

/// The count of `the last three years` at `i`, governed by `in` or `each of`.
fn last_years(tg: &Tagged, i: usize, end: usize, lex: &Lexicon) -> Option<i32> {
    if i < 1 || i + 4 > end || word(tg, i) != "the" || !matches!(word(tg, i + 1), "last" | "past") {
        return None;
    }
    if word(tg, i + 3) != "years" {
        return None;
    }
    let governed =
        word(tg, i - 1) == "in" || i >= 2 && word(tg, i - 1) == "of" && word(tg, i - 2) == "each";
    if !governed {
        return None;
    }
    let n = match number(tg, i + 2) {
        Some(n) => n as i32,
        None => match lex.numbers.get(word(tg, i + 2)) {
            Some((v, super::lexicon::NumberClass::Cardinal)) => v.parse().ok()?,
            _ => return None,
        },
    };
    (2..=30).contains(&n).then_some(n)
}

/// `since then`, which points back to the last date named: gives how many tokens it covers.
/// (The adverb of `have since made` is left alone: the gold marks no date on it.)
fn anaphoric_since(tg: &Tagged, i: usize, end: usize) -> Option<usize> {
    if word(tg, i) != "since" {
        return None;
    }
    (i + 1 < end && word(tg, i + 1) == "then").then_some(2)
}

/// The token after a part of a period at `k` that only narrows the date after it (`early`,
/// `mid`, `late`, also hyphenated: `to early 2024`, `and mid-2021`), else `k`.
fn past_part(tg: &Tagged, k: usize) -> usize {
    if !matches!(word(tg, k), "early" | "mid" | "late") {
        return k;
    }
    if dash(tg, k + 1) {
        k + 2
    } else {
        k + 1
    }
}

/// The year of a month named without one (see the module documentation).
fn yearless_year(m: u32, ctx: &Context, future: bool) -> Option<i32> {
    if let Some(r) = ctx.reference.filter(|_| !ctx.now) {
        let Some(rm) = r.m else {
            return Some(r.y);
        };
        let target = r.y * 12 + rm as i32;
        return [r.y - 1, r.y, r.y + 1]
            .into_iter()
            .min_by_key(|y| ((y * 12 + m as i32) - target).abs());
    }
    let p = ctx.published?;
    let pm = p.m?;
    Some(if future {
        if m >= pm {
            p.y
        } else {
            p.y + 1
        }
    } else if m <= pm {
        p.y
    } else {
        p.y - 1
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_day_counts_round_trip() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for z in [-1000, 0, 11_017, 19_000, 20_157, 30_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2025, 2), 28);
        assert_eq!(
            shift_days(Cal::day(2024, 10, 21), 2),
            Some(Cal::day(2024, 10, 23))
        );
        assert_eq!(
            shift_days(Cal::day(2024, 12, 31), 1),
            Some(Cal::day(2025, 1, 1))
        );
    }

    #[test]
    fn a_bare_month_takes_the_nearest_year() {
        let ctx = Context {
            published: Cal::parse("2025-03-12"),
            reference: Cal::parse("2024-09-21"),
            month_reference: None,
            named: None,
            future: None,
            ahead: false,
            now: false,
            counted: None,
            sentence_counted: None,
            sentence_price: None,
            last_named: None,
            shared_currencies: Vec::new(),
        };
        assert_eq!(yearless_year(1, &ctx, false), Some(2025));
        // After a present clause the reference no longer resolves a bare month.
        let now = Context {
            now: true,
            ..ctx.clone()
        };
        assert_eq!(yearless_year(11, &now, false), Some(2024));
        assert_eq!(yearless_year(2, &now, false), Some(2025));
        let ctx = Context {
            reference: None,
            ..ctx
        };
        assert_eq!(yearless_year(11, &ctx, false), Some(2024));
        assert_eq!(yearless_year(2, &ctx, false), Some(2025));
        assert_eq!(yearless_year(2, &ctx, true), Some(2026));
    }
}
