//! Bibliographic metadata read from a brief's parts: title (title block), authors (byline),
//! their roles and affiliations (biography), series (series heading), issue number and date
//! (running header), publisher with address, telephone, fax and web site (footer), and the web
//! addresses the brief cites. Knowledge-base links are added later by `normalize`.

use crate::model::{
    Affiliation, Author, BlockKind, CleanText, Metadata, NamedOrganization, Part, Publisher,
    RepairKind, TextIndex,
};

use super::BlockDraft;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Reads the metadata of one brief from its source, clean text and blocks.
pub fn read(source: &str, clean: &CleanText, blocks: &[BlockDraft]) -> Metadata {
    let index = TextIndex::new(&clean.text);
    let text =
        |b: &BlockDraft| -> &str { &clean.text[index.byte(b.span.start)..index.byte(b.span.end)] };
    let first = |part: Part| blocks.iter().find(|b| b.part == part).map(text);

    let title = first(Part::Title).map(str::to_owned);
    let series = first(Part::SeriesHeading).map(str::to_owned);
    let mut authors: Vec<Author> = first(Part::Byline)
        .and_then(|b| b.strip_prefix("By ").or_else(|| b.strip_prefix("by ")))
        .map(split_names)
        .unwrap_or_default()
        .into_iter()
        .map(|name| Author {
            name,
            affiliations: Vec::new(),
        })
        .collect();
    for bio in blocks.iter().filter(|b| b.part == Part::Bio).map(text) {
        if let Some((name, affiliations)) = parse_bio(bio) {
            if let Some(a) = authors.iter_mut().find(|a| a.name == name) {
                a.affiliations = affiliations;
            }
        }
    }

    let (mut issue, mut date) = (None, None);
    for r in clean
        .repairs
        .iter()
        .filter(|r| r.kind == RepairKind::RunningHeader)
    {
        let header = r.original.replace(['#', '*'], " ");
        issue = issue.or_else(|| issue_number(&header));
        date = date.or_else(|| find_date(&header));
    }

    let footer: Vec<&BlockDraft> = blocks.iter().filter(|b| b.part == Part::Footer).collect();
    let publisher = read_publisher(&footer.iter().map(|b| (b.kind, text(b))).collect::<Vec<_>>());
    let place = publisher
        .as_ref()
        .and_then(|p| p.locality.as_deref())
        .map(|l| l.strip_suffix(" City").unwrap_or(l).to_owned());

    let mut urls: Vec<String> = Vec::new();
    for b in blocks
        .iter()
        .filter(|b| matches!(b.part, Part::Caption | Part::Body | Part::Bio | Part::Notes))
    {
        for url in find_urls(text(b)) {
            if !urls.contains(&url) {
                urls.push(url);
            }
        }
    }
    // Link targets live in the markup the clean text dropped: read them from the source.
    for url in super::html::hrefs(source) {
        if !urls.contains(&url) && publisher.as_ref().and_then(|p| p.url.as_ref()) != Some(&url) {
            urls.push(url);
        }
    }

    Metadata {
        title,
        authors,
        series,
        issue,
        date,
        publisher,
        place,
        place_entity: None,
        language: "en".to_owned(),
        urls,
    }
}

/// `A, B and C` → names.
fn split_names(s: &str) -> Vec<String> {
    s.split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .collect()
}

/// `(Name is a Role at the Organisation, Place and a Role2 at …, where …)`.
fn parse_bio(bio: &str) -> Option<(String, Vec<Affiliation>)> {
    let inner = bio
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    let inner = inner.strip_suffix('.').unwrap_or(inner);
    let (name, rest) = [" is an ", " is a ", " is the "]
        .iter()
        .find_map(|v| inner.split_once(v))?;
    // A comma followed by a lower-case word starts a description (`, where she works on …`).
    let rest = cut_description(rest);
    let mut affiliations = Vec::new();
    for clause in split_clauses(rest) {
        let (role, org) = match clause.split_once(" at ") {
            Some((role, org)) => (Some(role.trim().to_owned()), Some(org.trim())),
            None => (Some(clause.trim().to_owned()), None),
        };
        let (organization, place) = match org {
            Some(org) => {
                let org = org.strip_prefix("the ").unwrap_or(org);
                let (org, place) = match org.rsplit_once(", ") {
                    Some((o, p)) if p.starts_with(char::is_uppercase) => (o, Some(p.to_owned())),
                    _ => match org.rsplit_once(" in ") {
                        Some((o, p)) if p.starts_with(char::is_uppercase) => {
                            (o, Some(p.to_owned()))
                        }
                        _ => (org, None),
                    },
                };
                (
                    Some(NamedOrganization {
                        name: org.trim().to_owned(),
                        entity: None,
                    }),
                    place,
                )
            }
            None => (None, None),
        };
        affiliations.push(Affiliation {
            role,
            organization,
            place,
        });
    }
    Some((name.trim().to_owned(), affiliations))
}

fn cut_description(s: &str) -> &str {
    let mut from = 0;
    while let Some(i) = s[from..].find(", ") {
        let at = from + i;
        if s[at + 2..].starts_with(char::is_lowercase) {
            return &s[..at];
        }
        from = at + 2;
    }
    s
}

fn split_clauses(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let next = [" and an ", " and a "]
            .iter()
            .filter_map(|sep| rest.find(sep).map(|i| (i, sep.len())))
            .min();
        match next {
            Some((i, len)) => {
                out.push(&rest[..i]);
                rest = &rest[i + len..];
            }
            None => {
                out.push(rest);
                return out;
            }
        }
    }
}

/// `… No. 65 …` → `65`.
fn issue_number(s: &str) -> Option<String> {
    let at = s.find("No.")?;
    let digits: String = s[at + 3..]
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    (!digits.is_empty()).then_some(digits)
}

/// The first `Month D, YYYY` or `D Month YYYY` date in `s`, as ISO 8601.
pub fn find_date(s: &str) -> Option<String> {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let month = |w: &str| MONTHS.iter().position(|m| *m == w).map(|i| i + 1);
    let num = |w: &str| w.parse::<u32>().ok();
    let year = |w: &str| w.parse::<u32>().ok().filter(|y| (1000..=9999).contains(y));
    let valid = |y: u32, m: usize, d: u32| {
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
        (1..=days[m - 1]).contains(&d)
    };
    for i in 0..words.len() {
        let Some(m) = month(words[i]) else { continue };
        let after = (
            words.get(i + 1).and_then(|w| num(w)),
            words.get(i + 2).and_then(|w| year(w)),
        );
        let before = (
            i.checked_sub(1).and_then(|j| num(words[j])),
            words.get(i + 1).and_then(|w| year(w)),
        );
        for (d, y) in [after, before] {
            if let (Some(d), Some(y)) = (d, y) {
                if valid(y, m, d) {
                    return Some(format!("{y:04}-{m:02}-{d:02}"));
                }
            }
        }
    }
    None
}

/// The publisher from the footer blocks: its name (the footer heading, or the bold lead of the
/// self-description), address, telephone, fax and web site.
fn read_publisher(footer: &[(BlockKind, &str)]) -> Option<Publisher> {
    let name = footer
        .iter()
        .find(|(k, _)| matches!(k, BlockKind::Heading { .. }))
        .map(|(_, t)| t.trim().to_owned())
        .or_else(|| {
            footer
                .iter()
                .find_map(|(_, t)| t.split_once(" is an ").map(|(n, _)| n.trim().to_owned()))
        })
        .or_else(|| {
            // A short first footer line without commas or digits names the publisher.
            footer
                .first()
                .map(|(_, t)| t.trim())
                .filter(|t| {
                    t.len() < 80 && !t.contains(',') && !t.contains(|c: char| c.is_ascii_digit())
                })
                .map(str::to_owned)
        })?;
    let mut p = Publisher {
        organization: NamedOrganization { name, entity: None },
        address: None,
        locality: None,
        postal_code: None,
        country: None,
        telephone: None,
        fax: None,
        url: None,
    };
    let mut previous: Option<&str> = None;
    for (kind, t) in footer {
        if matches!(kind, BlockKind::Heading { .. }) {
            continue;
        }
        let t = t.trim();
        if t.starts_with("http://") || t.starts_with("https://") {
            p.url = find_urls(t).into_iter().next();
        } else if let Some(tel_at) = t.find("Tel:").or_else(|| t.find("Fax:")) {
            let (before, phones) = t.split_at(tel_at);
            let (tel, fax) = match phones.split_once("Fax:") {
                Some((tel, fax)) => (tel, Some(fax)),
                None => (phones, None),
            };
            p.telephone = tel
                .strip_prefix("Tel:")
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty());
            p.fax = fax.map(|s| s.trim().to_owned());
            let address = if before.trim().is_empty() {
                previous
            } else {
                Some(before.trim())
            };
            if let Some(a) = address {
                set_address(&mut p, a);
            }
        } else if !t.contains(" is an ") && !t.contains(" is a ") && t.contains(',') {
            previous = Some(t);
            if p.address.is_none() {
                set_address(&mut p, t);
            }
        }
    }
    Some(p)
}

/// `No.1, Lane 60, …, Zhongzheng District Taipei City, 10087, Republic of China (Taiwan)`.
fn set_address(p: &mut Publisher, address: &str) {
    let parts: Vec<&str> = address.split(", ").map(str::trim).collect();
    p.address = Some(address.to_owned());
    if let Some(i) = parts
        .iter()
        .position(|s| (3..=10).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
    {
        p.postal_code = Some(parts[i].to_owned());
        if i > 0 {
            let loc = parts[i - 1];
            let loc = loc.rsplit_once("District ").map_or(loc, |(_, l)| l);
            p.locality = Some(loc.to_owned());
        }
        if i + 1 < parts.len() {
            p.country = Some(parts[i + 1..].join(", "));
        }
    }
}

/// Whether a name looks like a person's: two to five words, each capitalised, no digits, no
/// word that names an organisation.
pub fn is_person_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.contains(|c: char| c.is_ascii_digit()))
        && !name.ends_with(':')
}

/// Bare `http(s)://` addresses in a text, trailing punctuation dropped.
fn find_urls(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = text[from..].find("http") {
        let at = from + i;
        let rest = &text[at..];
        if rest.starts_with("http://") || rest.starts_with("https://") {
            let end = rest
                .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | ')'))
                .unwrap_or(rest.len());
            let url = rest[..end].trim_end_matches(['.', ',', ';', ':']);
            if oxiri_like(url) {
                out.push(url.to_owned());
            }
            from = at + end.max(1);
        } else {
            from = at + 4;
        }
    }
    out
}

/// A cheap check that a URL can be an IRI (no spaces, quotes or angle brackets).
fn oxiri_like(url: &str) -> bool {
    url.len() > 8
        && !url.chars().any(|c| {
            c.is_whitespace() || matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_both_orders() {
        assert_eq!(
            find_date("No. 65 November 26, 2024").as_deref(),
            Some("2024-11-26")
        );
        assert_eq!(
            find_date("on 1 March 2025 in").as_deref(),
            Some("2025-03-01")
        );
        assert_eq!(find_date("November 2024"), None);
        assert_eq!(find_date("February 30, 2024"), None);
        assert_eq!(
            find_date("February 29, 2024").as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(find_date("February 29, 2023"), None);
    }

    #[test]
    fn bio_with_two_affiliations() {
        let (name, a) = parse_bio("(Abhishek Sharma is a Research Assistant at the Observer Research Foundation, India and a Ph.D. Candidate in Korean Studies at the Department of East Asian Studies at Delhi University.)").unwrap();
        assert_eq!(name, "Abhishek Sharma");
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].role.as_deref(), Some("Research Assistant"));
        assert_eq!(
            a[0].organization.as_ref().unwrap().name,
            "Observer Research Foundation"
        );
        assert_eq!(a[0].place.as_deref(), Some("India"));
        assert_eq!(
            a[1].role.as_deref(),
            Some("Ph.D. Candidate in Korean Studies")
        );
        assert_eq!(
            a[1].organization.as_ref().unwrap().name,
            "Department of East Asian Studies at Delhi University"
        );
    }
}
