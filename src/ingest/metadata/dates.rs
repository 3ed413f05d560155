//! Dates in their common forms, read into ISO 8601:
//!
//! - ISO dates and date-times (`2022-09-07`, `2022-09-07 12:00:00 +0800`,
//!   `2018-01-19T09:00:00Z`): the date part as written, the time and zone dropped;
//! - `April 20, 2026`, `20 April 2026`, `Thursday 5 July 2007`, `5th July 2007`, `Sept. 3, 2024`,
//!   in any letter case;
//! - numeric `04/22/2026`, read month first (the United States' order, which is what numeric
//!   dates in English-language briefs mostly are); day first only when the first number cannot
//!   be a month (`22/04/2026`);
//! - a month and year (`JULY 2020`, `July 2020`) as a year-month (`2020-07`), only where a
//!   date is expected (a date line, a cover) and no full date is found.

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month (1–12) a word names: full names and abbreviations (`Jan`, `Sept.`), any case.
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.').to_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
}

fn day(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(['.', ',']);
    let w = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| w.strip_suffix(s))
        .unwrap_or(w);
    (1..=2)
        .contains(&w.len())
        .then(|| w.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

fn year(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(['.', ',', ')', ';']);
    (w.len() == 4)
        .then(|| w.parse().ok())
        .flatten()
        .filter(|y| (1000..=2999).contains(y))
}

/// Whether `y-m-d` is a real day.
pub fn valid(y: u32, m: u32, d: u32) -> bool {
    if !(1..=12).contains(&m) {
        return false;
    }
    let leap = (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400);
    let days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    (1..=days[m as usize - 1]).contains(&d)
}

fn iso(y: u32, m: u32, d: u32) -> Option<String> {
    valid(y, m, d).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// An ISO date or date-time at the start of `w` (`2022-09-07`, `2022-09-07T12:00`), or a
/// numeric `MM/DD/YYYY`.
fn numeric(w: &str) -> Option<String> {
    let w = w.trim_end_matches([',', '.', ';', ')']);
    let b = w.as_bytes();
    if b.len() >= 10 && b[4] == b'-' && b[7] == b'-' {
        let (y, m, d) = (w.get(0..4)?, w.get(5..7)?, w.get(8..10)?);
        if b.len() > 10 && !matches!(b[10], b'T' | b' ' | b'Z' | b'+') {
            return None;
        }
        return iso(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    }
    let parts: Vec<&str> = w.split('/').collect();
    if let [a, b, c] = parts.as_slice() {
        let (a, b): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
        let y = year(c)?;
        return if a <= 12 { iso(y, a, b) } else { iso(y, b, a) };
    }
    None
}

/// The first full date in `s`, as ISO 8601 (`YYYY-MM-DD`).
pub fn find_date(s: &str) -> Option<String> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    for i in 0..words.len() {
        if let Some(d) = numeric(words[i]) {
            return Some(d);
        }
        let Some(m) = month(words[i]) else { continue };
        // `April 20, 2026` / `April 20th 2026`
        if let (Some(d), Some(y)) = (
            words.get(i + 1).and_then(|w| day(w)),
            words.get(i + 2).and_then(|w| year(w)),
        ) {
            if let Some(date) = iso(y, m, d) {
                return Some(date);
            }
        }
        // `20 April 2026` / `Thursday 5 July 2007`
        if let (Some(d), Some(y)) = (
            i.checked_sub(1).and_then(|j| day(words[j])),
            words.get(i + 1).and_then(|w| year(w)),
        ) {
            if let Some(date) = iso(y, m, d) {
                return Some(date);
            }
        }
    }
    None
}

/// The first full date in `s`, or else the first month and year (`JULY 2020` → `2020-07`).
pub fn find_date_or_month(s: &str) -> Option<String> {
    find_date(s).or_else(|| {
        let words: Vec<&str> = s
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        words.windows(2).find_map(|w| {
            let m = month(w[0])?;
            let y = year(w[1])?;
            Some(format!("{y:04}-{m:02}"))
        })
    })
}

/// A value that is meant to be a date (front matter, `<meta>`, JSON-LD, a labelled field):
/// the date it holds, a year-month, or a bare year.
pub fn parse_date(value: &str) -> Option<String> {
    let v = value.trim().trim_matches(['"', '\'']);
    find_date_or_month(v).or_else(|| year(v).map(|y| format!("{y:04}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_their_common_forms() {
        for (text, date) in [
            ("No. 65 November 26, 2024", "2024-11-26"),
            ("on 1 March 2025 in", "2025-03-01"),
            ("Updated April 20, 2026", "2026-04-20"),
            ("THURSDAY 5 JULY 2007", "2007-07-05"),
            ("5th July 2007", "2007-07-05"),
            ("Sept. 3, 2024", "2024-09-03"),
            ("Publication Date: 04/22/2026", "2026-04-22"),
            ("22/04/2026", "2026-04-22"),
            ("2022-09-07 12:00:00 +0800", "2022-09-07"),
            ("2018-01-19T09:00:00Z", "2018-01-19"),
            ("February 29, 2024", "2024-02-29"),
        ] {
            assert_eq!(find_date(text).as_deref(), Some(date), "{text}");
        }
        for text in [
            "November 2024",
            "February 30, 2024",
            "February 29, 2023",
            "13/13/2024",
            "May be",
        ] {
            assert_eq!(find_date(text), None, "{text}");
        }
    }

    #[test]
    fn month_and_year_only_where_a_date_is_expected() {
        assert_eq!(find_date_or_month("JULY 2020").as_deref(), Some("2020-07"));
        assert_eq!(find_date_or_month("ISSUE NO. 380"), None);
        assert_eq!(parse_date("2020").as_deref(), Some("2020"));
        assert_eq!(parse_date("\"2007-07-05\"").as_deref(), Some("2007-07-05"));
    }
}
