//! Bibliographic metadata from every place a brief carries it, each value recording where it
//! was read ([`FieldSource`]). In order of trust:
//!
//! 1. front matter (YAML `---`, TOML `+++`): `title`, `author`/`authors`/`creators`, `date`,
//!    `publisher`/`source`, `description`, `canonical_url`/`url`/`source_url`;
//! 2. HTML `<meta>`: `citation_*`, Dublin Core, Open Graph, `article:published_time`,
//!    `author`, `description`, `<link rel="canonical">`, `<title>`;
//! 3. embedded schema.org JSON-LD (`headline`, `author`, `datePublished`, `publisher`);
//! 4. labelled field blocks (`Author(s):`, `Publication Date:`, `Updated …`);
//! 5. the layout: the title heading, the byline (`By A and B`), date lines (`Updated April 20,
//!    2026`, `THURSDAY 5 JULY 2007`, `JULY 2020`), a suggested citation (`Attribution: Name,
//!    "Title," …`), running headers (issue and date), the series heading, author notes and
//!    biographies (names, roles, affiliations), the first lines of a brief without a title
//!    heading, the publisher footer.
//!
//! A title or author list found in two places that disagree follows the more trusted place;
//! the other is kept as an [`Alternative`]. Names are put in natural order (`Fink, Anya L.` →
//! `Anya L. Fink`, the written form kept). Cited web addresses are the link targets and bare
//! addresses of the brief, recorded whole and percent-encoded into IRIs.
//! Knowledge-base links are added later by `normalize`.

mod bio;
mod dates;
mod fields;
mod names;
mod publisher;

use std::collections::BTreeMap;

use super::BlockDraft;
use crate::model::{
    address_spans, Alternative, Author, BlockKind, CleanText, FieldSource, Metadata, MetadataField,
    Part, Publisher, RepairKind, TextIndex,
};

pub use dates::{find_date, find_date_or_month};
pub use names::is_person_name;
use names::{same_name, split_names, NameEntry};

/// Every value found, with where it was found, in the order found.
#[derive(Debug, Default)]
pub struct Found {
    titles: Vec<(String, FieldSource)>,
    authors: Vec<(Vec<NameEntry>, FieldSource)>,
    dates: Vec<(String, FieldSource)>,
    publishers: Vec<(String, FieldSource)>,
    descriptions: Vec<(String, FieldSource)>,
    urls: Vec<(String, FieldSource)>,
    /// pdftohtml's `author` and `date` metas (the PDF's Info dictionary), read only when the
    /// page names no author or date ([`Found::use_pdf_info`]).
    pdf_info_authors: Vec<NameEntry>,
    pdf_info_dates: Vec<String>,
}

/// Labels that a page title may carry before the brief's own title.
const TITLE_LABELS: &[&str] = &["full text", "full-text", "transcript", "text"];

impl Found {
    fn title(&mut self, t: &str, source: FieldSource) {
        let t = t.trim().trim_end_matches('.').trim();
        if t.is_empty() || is_file_name(t) {
            return;
        }
        // A page's `<title>` names the site after a bar (`Russia's Nuclear Weapons |
        // Congress.gov | Library of Congress`): the part before it is the title, the whole an
        // alternative.
        if source == FieldSource::HtmlTitle {
            if let Some((head, _)) = t.split_once(" | ") {
                if head.split_whitespace().count() >= 2 {
                    self.titles.push((head.trim().to_owned(), source));
                }
            }
        }
        // `Full Text: The Title` is `The Title`; the labelled form stays an alternative.
        if let Some((label, rest)) = t.split_once(": ") {
            if TITLE_LABELS.contains(&label.to_lowercase().as_str()) && !rest.trim().is_empty() {
                self.titles.push((rest.trim().to_owned(), source));
            }
        }
        self.titles.push((t.to_owned(), source));
    }

    fn authors(&mut self, names: Vec<NameEntry>, source: FieldSource) {
        if !names.is_empty() {
            self.authors.push((names, source));
        }
    }

    /// Reads the PDF's Info metas kept aside: its authors when the page named none, its date
    /// when the page gave none.
    fn use_pdf_info(&mut self) {
        if self.authors.is_empty() {
            let names = std::mem::take(&mut self.pdf_info_authors);
            self.authors(names, FieldSource::HtmlMeta);
        }
        if self.dates.is_empty() {
            if let Some(d) = self.pdf_info_dates.first().cloned() {
                self.date(&d, FieldSource::HtmlMeta);
            }
        }
    }

    fn date(&mut self, d: &str, source: FieldSource) {
        self.dates.push((d.to_owned(), source));
    }

    fn publisher(&mut self, p: &str, source: FieldSource) {
        let p = p.trim();
        if !p.is_empty() {
            self.publishers.push((p.to_owned(), source));
        }
    }

    fn description(&mut self, d: &str, source: FieldSource) {
        let d = super::layout::collapse(d);
        if !d.is_empty() {
            self.descriptions.push((d, source));
        }
    }

    fn url(&mut self, u: &str, source: FieldSource) {
        let u = u.trim();
        if u.starts_with("http://") || u.starts_with("https://") {
            self.urls.push((cite_iri(u), source));
        }
    }
}

/// The most trusted of several values: the first of those from the most trusted place.
fn best<T: Clone>(values: &[(T, FieldSource)]) -> Option<(T, FieldSource)> {
    let min = values.iter().map(|(_, s)| *s).min()?;
    values.iter().find(|(_, s)| *s == min).cloned()
}

/// A comparison key: letters and digits, lower case.
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Reads the metadata of one brief from its source, clean text and blocks.
pub fn read(source: &str, clean: &CleanText, blocks: &[BlockDraft]) -> Metadata {
    let index = TextIndex::new(&clean.text);
    let texts: Vec<&str> = blocks
        .iter()
        .map(|b| &clean.text[index.byte(b.span.start)..index.byte(b.span.end)])
        .collect();
    let text = |b: &BlockDraft| -> &str {
        blocks
            .iter()
            .position(|x| std::ptr::eq(x, b))
            .map_or("", |i| texts[i])
    };
    let mut found = Found::default();

    fields::read_front_matter(source, &mut found);
    fields::read_html_head(source, &mut found);

    // Labelled fields and citation lines in the first blocks.
    let mut lines = Vec::new();
    for b in blocks
        .iter()
        .filter(|b| !matches!(b.part, Part::Footer | Part::EditorNote | Part::Notes))
        .take(15)
    {
        lines.extend(block_lines(clean, &index, b));
    }
    fields::read_field_lines(&lines, &mut found);

    // The layout.
    if let Some(t) = blocks.iter().find(|b| b.part == Part::Title) {
        let source = match t.kind {
            BlockKind::Heading { .. } => FieldSource::TitleHeading,
            _ => FieldSource::FirstLines,
        };
        found.title(text(t), source);
    }
    for b in blocks.iter().filter(|b| b.part == Part::Byline) {
        let t = text(b);
        // `Posted on September 12, 2025 by Jane Doe`: the date before the names.
        if let Some((names, head)) = super::parts::posted_byline(t) {
            if let Some(d) = find_date(head) {
                found.date(&d, FieldSource::Dateline);
            }
            found.authors(split_names(names), FieldSource::Byline);
            continue;
        }
        let list = t
            .strip_prefix("By ")
            .or_else(|| t.strip_prefix("by "))
            .or_else(|| t.strip_prefix("BY "))
            .unwrap_or(t);
        let (list, date) = byline_date(list);
        if let Some(d) = date {
            found.date(&d, FieldSource::Dateline);
        }
        found.authors(split_names(list), FieldSource::Byline);
    }
    for b in blocks
        .iter()
        .filter(|b| !matches!(b.part, Part::Footer | Part::EditorNote | Part::Notes))
        .take(12)
    {
        // Only a block with a run of spaces can hold a right-aligned field.
        let pushed = || {
            text(b)
                .contains("   ")
                .then(|| {
                    block_lines(clean, &index, b)
                        .iter()
                        .find_map(|l| pushed_right_date(l))
                })
                .flatten()
        };
        // A front line of a block whose lines a converter joined (`Policy Brief No. 31\` /
        // `18 November 2026`).
        let front_line = || {
            matches!(
                b.part,
                Part::Caption | Part::SeriesHeading | Part::Byline | Part::Title
            )
            .then(|| {
                block_lines(clean, &index, b)
                    .iter()
                    .skip(1)
                    .find_map(|l| dateline(l))
            })
            .flatten()
        };
        if let Some(d) = dateline(text(b)).or_else(pushed).or_else(front_line) {
            found.date(&d, FieldSource::Dateline);
        }
    }
    let series = blocks
        .iter()
        .find(|b| b.part == Part::SeriesHeading)
        .map(|b| text(b).to_owned());
    let mut issue = None;
    for r in clean
        .repairs
        .iter()
        .filter(|r| r.kind == RepairKind::RunningHeader)
    {
        let header = r.original.replace(['#', '*'], " ");
        issue = issue.or_else(|| publisher::issue_number(&header));
        if let Some(d) = find_date(&header) {
            found.date(&d, FieldSource::RunningHeader);
        }
    }
    let bios: Vec<(String, Vec<crate::model::Affiliation>)> = blocks
        .iter()
        .filter(|b| b.part == Part::Bio)
        .flat_map(|b| bio::parse_bios(text(b)))
        .collect();
    let noted: Vec<NameEntry> = bios
        .iter()
        .filter_map(|(name, _)| names::one_name(name))
        .collect();
    found.authors(noted, FieldSource::AuthorNote);
    found.use_pdf_info();

    let footer: Vec<&BlockDraft> = blocks.iter().filter(|b| b.part == Part::Footer).collect();
    let footer_publisher =
        publisher::read_publisher(&footer.iter().map(|b| (b.kind, text(b))).collect::<Vec<_>>());

    let source_bytes = block_source_bytes(clean, blocks);
    resolve(
        found,
        blocks,
        &texts,
        (source, &source_bytes),
        series,
        issue,
        bios,
        footer_publisher,
    )
}

/// A byline that ends with fields after a separator (`A and B · 18 November 2026`, `A | May
/// 3, 2025`, `A — 2026-04-01`, `By A | 15 October 2026 | 6 min read`, as web pages and
/// converters lay a byline, a `<time>` element and a reading time out): the names before the
/// first field that is a date (short: at most 20 letters, room for a month name and a
/// weekday) or a reading time (`6 min read`), and the first such date. Otherwise the byline as
/// it is.
fn byline_date(list: &str) -> (&str, Option<String>) {
    for sep in [" · ", " | ", " — ", " – ", " • "] {
        let mut at = 0;
        let mut cut = None;
        let mut date = None;
        for (i, field) in list.split(sep).enumerate() {
            let f = field.trim();
            if i > 0 {
                if let Some(d) = short_date(f) {
                    cut.get_or_insert(at);
                    date.get_or_insert(d);
                } else if crate::ingest::parts::is_reading_time(f) {
                    cut.get_or_insert(at);
                }
            }
            at += field.len() + sep.len();
        }
        if let Some(cut) = cut {
            return (list[..cut - sep.len()].trim_end(), date);
        }
    }
    (list, None)
}

/// The date of a short field that holds one (at most 20 letters: room for a month name and a
/// weekday), as a byline's tail or a right-aligned field gives it.
fn short_date(field: &str) -> Option<String> {
    let letters = field.chars().filter(|c| c.is_alphabetic()).count();
    (!field.is_empty() && letters <= 20)
        .then(|| find_date_or_month(field))
        .flatten()
}

/// A date pushed to the right end of a line by a run of three or more spaces, as `pdftotext
/// -layout` keeps a right-aligned field (`Pacific Brief No. 14        16 November 2026`): the
/// date when the part after the last such run is short (at most 20 letters) and holds one.
fn pushed_right_date(line: &str) -> Option<String> {
    let line = line.trim_end();
    let at = line.rfind("   ")?;
    short_date(line[at..].trim_start())
}

/// A date line: `Updated April 20, 2026`, `Published 3 May 2024`, a short block that is a
/// date or a month and year (`THURSDAY 5 JULY 2007`, `JULY 2020`), or a series line whose
/// fields are set apart by `|`, `·` or `•` with a field that is a date (`Policy Brief No. 14 |
/// September 2025`).
fn dateline(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    for label in ["updated", "published", "posted", "released", "last updated"] {
        if let Some(at) = lower.find(label) {
            let after = &text[at + label.len()..];
            let after = after.trim_start_matches([':', ' ', 'o', 'n']);
            if let Some(d) = find_date(after.get(..after.len().min(40)).unwrap_or(after)) {
                return Some(d);
            }
        }
    }
    let words = text.split_whitespace().count();
    if words <= 16 {
        for sep in [" | ", " · ", " • "] {
            let field = |f: &str| short_date(f.trim());
            if let Some(d) = text
                .contains(sep)
                .then(|| text.split(sep).find_map(field))
                .flatten()
            {
                return Some(d);
            }
        }
    }
    if words <= 6 {
        let d = find_date_or_month(text)?;
        // Nothing but the date (and a weekday or a label) on the line.
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        return (letters <= 30).then_some(d);
    }
    None
}

/// The lines of a block as the source wrote them: its clean text cut where line breaks were
/// joined, table cells shown as `cell | cell`.
fn block_lines(clean: &CleanText, index: &TextIndex, b: &BlockDraft) -> Vec<String> {
    let mut cuts: Vec<(usize, usize)> = clean
        .repairs
        .iter()
        .filter(|r| {
            r.kind == RepairKind::LineJoin
                && r.original.contains('\n')
                && r.clean_start >= b.span.start
                && r.clean_start < b.span.end
        })
        .map(|r| (r.clean_start, r.clean_start + r.replacement.chars().count()))
        .collect();
    cuts.sort_unstable();
    let mut out = Vec::new();
    let mut from = b.span.start;
    for (s, e) in cuts
        .into_iter()
        .chain(std::iter::once((b.span.end, b.span.end)))
    {
        let line = &clean.text[index.byte(from)..index.byte(s.max(from))];
        for l in line.split('\n') {
            out.push(l.replace('\t', " | "));
        }
        from = e.max(from);
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn resolve(
    found: Found,
    blocks: &[BlockDraft],
    texts: &[&str],
    (source, source_bytes): (&str, &[(usize, usize)]),
    series: Option<String>,
    mut issue: Option<String>,
    bios: Vec<(String, Vec<crate::model::Affiliation>)>,
    footer_publisher: Option<Publisher>,
) -> Metadata {
    let mut sources = BTreeMap::new();
    let mut alternatives: Vec<Alternative> = Vec::new();

    let title = best(&found.titles);
    if let Some((t, s)) = &title {
        sources.insert(MetadataField::Title, *s);
        let mut seen = vec![key(t)];
        for (alt, s) in &found.titles {
            if !seen.contains(&key(alt)) {
                seen.push(key(alt));
                alternatives.push(Alternative {
                    field: MetadataField::Title,
                    value: alt.clone(),
                    source: *s,
                });
            }
        }
    }

    let chosen = best(&found.authors);
    let mut authors: Vec<Author> = Vec::new();
    if let Some((names, s)) = &chosen {
        sources.insert(MetadataField::Authors, *s);
        for n in names {
            if authors.iter().any(|a| same_name(&a.name, &n.name)) {
                continue;
            }
            authors.push(Author {
                name: n.name.clone(),
                affiliations: n
                    .role
                    .as_ref()
                    .map(|r| {
                        vec![crate::model::Affiliation {
                            role: Some(r.clone()),
                            organization: None,
                            place: None,
                        }]
                    })
                    .unwrap_or_default(),
                kind: n.kind,
                written: n.written.clone(),
            });
        }
        let mut seen: Vec<Vec<String>> = vec![names.iter().map(|n| key(&n.name)).collect()];
        for (other, s) in &found.authors {
            let same = other.len() == names.len()
                && other
                    .iter()
                    .all(|o| names.iter().any(|n| same_name(&n.name, &o.name)));
            let k: Vec<String> = other.iter().map(|n| key(&n.name)).collect();
            // Author notes name the authors again; they are no alternative list.
            if same || seen.contains(&k) || *s == FieldSource::AuthorNote {
                continue;
            }
            seen.push(k);
            alternatives.push(Alternative {
                field: MetadataField::Authors,
                value: other
                    .iter()
                    .map(|n| n.name.as_str())
                    .collect::<Vec<_>>()
                    .join("; "),
                source: *s,
            });
        }
    }
    // Biographies give roles and affiliations to the authors they name.
    for (name, affiliations) in bios {
        if let Some(a) = authors.iter_mut().find(|a| same_name(&a.name, &name)) {
            if !affiliations.is_empty() {
                a.affiliations = affiliations;
            }
        }
    }

    let date = best(&found.dates);
    if let Some((_, s)) = &date {
        sources.insert(MetadataField::Date, *s);
    }

    // The publisher: the most trusted name; the footer's address and numbers when it names
    // the same organisation (or when nothing else names one).
    let named = best(&found.publishers);
    let mut series = series;
    let mut series_source = series.as_ref().map(|_| FieldSource::SeriesHeading);
    let publisher = match (named, footer_publisher) {
        (Some((name, s)), footer) => {
            let (name, rest) = split_publisher(&name);
            if let Some(rest) = rest {
                if issue.is_none() {
                    issue = publisher::issue_number(&rest);
                    if issue.is_some() {
                        sources.insert(MetadataField::Issue, s);
                    }
                }
                if series.is_none() {
                    let s_name = rest.split(" No").next().unwrap_or("").trim().to_owned();
                    if !s_name.is_empty() {
                        series = Some(s_name);
                        series_source = Some(s);
                    }
                }
            }
            sources.insert(MetadataField::Publisher, s);
            match footer {
                Some(f) if key(&f.organization.name) == key(&name) => Some(f),
                _ => Some(Publisher {
                    organization: crate::model::NamedOrganization { name, entity: None },
                    address: None,
                    locality: None,
                    postal_code: None,
                    country: None,
                    telephone: None,
                    fax: None,
                    url: None,
                }),
            }
        }
        (None, Some(f)) => {
            sources.insert(MetadataField::Publisher, FieldSource::Footer);
            Some(f)
        }
        (None, None) => None,
    };
    if let Some(s) = series_source.filter(|_| series.is_some()) {
        sources.insert(MetadataField::Series, s);
    }
    if issue.is_some() {
        sources
            .entry(MetadataField::Issue)
            .or_insert(FieldSource::RunningHeader);
    }
    let place = publisher
        .as_ref()
        .and_then(|p| p.locality.as_deref())
        .map(|l| l.strip_suffix(" City").unwrap_or(l).to_owned());

    let description = best(&found.descriptions).map(|(d, s)| {
        sources.insert(MetadataField::Description, s);
        d
    });
    let url = best(&found.urls).map(|(u, s)| {
        sources.insert(MetadataField::Url, s);
        u
    });

    let publisher_url = publisher.as_ref().and_then(|p| p.url.clone());
    let urls = cited(
        source,
        (blocks, source_bytes),
        texts,
        &[publisher_url, url.clone()],
    );

    Metadata {
        title: title.map(|(t, _)| t),
        authors,
        series,
        issue,
        date: date.map(|(d, _)| d),
        publisher,
        place,
        place_entity: None,
        language: "en".to_owned(),
        urls,
        description,
        url,
        sources,
        alternatives,
    }
}

/// `Observer Research Foundation (ORF), Issue Brief No. 380` → the organisation's name
/// (`Observer Research Foundation`) and what follows it.
fn split_publisher(name: &str) -> (String, Option<String>) {
    let (org, rest) = match name.split_once(", ") {
        Some((o, r)) => (o, Some(r.trim().to_owned())),
        None => (name, None),
    };
    let org = match org.rsplit_once(" (") {
        Some((o, acronym)) if acronym.ends_with(')') && acronym.len() <= 12 => o,
        _ => org,
    };
    (org.trim().to_owned(), rest)
}

/// The web addresses a brief cites, in order, without duplicates, percent-encoded: link
/// targets (markdown and HTML) and bare addresses in its text; the publisher's and the
/// brief's own address left out.
fn cited(
    source: &str,
    (blocks, source_bytes): (&[BlockDraft], &[(usize, usize)]),
    texts: &[&str],
    exclude: &[Option<String>],
) -> Vec<String> {
    let mut urls: Vec<String> = Vec::new();
    let mut push = |u: &str| {
        let u = unwrap_redirect(u);
        let u = u.as_str();
        if !(u.starts_with("http://") || u.starts_with("https://")) || u.len() <= 8 {
            return;
        }
        let iri = cite_iri(u);
        if !urls.contains(&iri) && !exclude.iter().any(|e| e.as_deref() == Some(iri.as_str())) {
            urls.push(iri);
        }
    };
    for (b, t) in blocks.iter().zip(texts) {
        if !CONTENT.contains(&b.part) {
            continue;
        }
        let chars: Vec<char> = t.chars().collect();
        for (s, e) in address_spans(&chars) {
            let u: String = chars[s..e].iter().collect();
            push(&u);
        }
    }
    for u in super::markdown::link_targets(source) {
        push(u.trim());
    }
    for (u, at) in super::html::hrefs(source) {
        // An HTML link is cited when its text is content; a link in the footer or the
        // navigation, or one with no text of its own (a logo, a social icon, as newsletters
        // set them), is chrome.
        let holder = blocks
            .iter()
            .zip(source_bytes)
            .find(|(_, &(s, e))| s <= at && at < e);
        if holder.is_some_and(|(b, _)| CONTENT.contains(&b.part)) {
            push(&u);
        }
    }
    urls
}

/// The parts whose links and addresses a brief cites.
const CONTENT: [Part; 4] = [Part::Caption, Part::Body, Part::Bio, Part::Notes];

/// Each block's range in the source bytes, from the offset map.
fn block_source_bytes(clean: &CleanText, blocks: &[BlockDraft]) -> Vec<(usize, usize)> {
    blocks
        .iter()
        .map(|b| {
            // The map runs left to right: the segments that overlap the block are one run.
            let lo = clean.map.partition_point(|m| m.clean_end <= b.span.start);
            let hi = clean.map.partition_point(|m| m.clean_start < b.span.end);
            let mut segs = clean.map[lo..hi.max(lo)]
                .iter()
                .filter(|m| m.clean_end > b.span.start && m.clean_start < b.span.end);
            let first = segs.next();
            let last = segs.next_back().or(first);
            match (first, last) {
                (Some(f), Some(l)) => (f.source.byte_start, l.source.byte_end),
                _ => (0, 0),
            }
        })
        .collect()
}

/// The address a redirecting link leads to, as editors and mail filters wrap links: Google
/// Docs' exports (`https://www.google.com/url?q=ADDRESS&sa=D&…`) and Outlook's Safe Links
/// (`https://….safelinks.protection.outlook.com/?url=ADDRESS&…`), the parameter
/// percent-decoded; any other address as it is.
pub fn unwrap_redirect(url: &str) -> String {
    let Some((base, query)) = url.split_once('?') else {
        return url.to_owned();
    };
    let base = base.trim_end_matches('/');
    let host_path = base
        .strip_prefix("https://")
        .or_else(|| base.strip_prefix("http://"))
        .unwrap_or("");
    let param = if matches!(host_path, "www.google.com/url" | "google.com/url") {
        ["q", "url"].as_slice()
    } else if host_path.ends_with(".safelinks.protection.outlook.com") {
        ["url"].as_slice()
    } else {
        return url.to_owned();
    };
    let value = query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| param.contains(k))
        .map(|(_, v)| percent_decode(v));
    match value {
        Some(v) if v.starts_with("http://") || v.starts_with("https://") => v,
        _ => url.to_owned(),
    }
}

/// `%XX` escapes (and `+` for a space, as in a query) decoded as UTF-8; an escape that is not
/// one, or bytes that are not UTF-8, left as they are.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match b[i] {
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_owned())
}

/// A web address as an IRI (RFC 3987): what an IRI cannot hold (spaces, `<>"{}|\^` and
/// backquotes, brackets outside the host, controls, other whitespace, a `%` that starts no
/// escape) percent-encoded as UTF-8; everything else, non-ASCII letters included, kept.
pub fn cite_iri(url: &str) -> String {
    let b = url.as_bytes();
    // Brackets are allowed only around an IP address in the authority.
    let path_start = url
        .find("://")
        .map(|s| s + 3)
        .and_then(|a| url[a..].find(['/', '?', '#']).map(|p| a + p))
        .unwrap_or(url.len());
    let mut out = String::with_capacity(url.len());
    for (i, c) in url.char_indices() {
        let escape = match c {
            '[' | ']' => i >= path_start,
            '%' => {
                !(b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                    && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
            }
            ' ' | '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`' => true,
            c => c.is_control() || c.is_whitespace() || crate::terminal::needs_escape(c),
        };
        if escape {
            let mut buf = [0u8; 4];
            for byte in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{byte:02X}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a title is a file's name (`brief-2026-11.pdf`, `Final draft v3.docx`), as PDF
/// converters and word processors put in `<title>` when the document has no title of its own.
fn is_file_name(t: &str) -> bool {
    t.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty()
            && matches!(
                ext.to_ascii_lowercase().as_str(),
                "pdf"
                    | "doc"
                    | "docx"
                    | "odt"
                    | "rtf"
                    | "txt"
                    | "indd"
                    | "pages"
                    | "md"
                    | "html"
                    | "htm"
            )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_iris_whole() {
        assert_eq!(
            cite_iri("https://www.example.gov/files/Annual Report 2024.pdf"),
            "https://www.example.gov/files/Annual%20Report%202024.pdf"
        );
        assert_eq!(
            cite_iri("https://data.example.org/query?q={2024}|all"),
            "https://data.example.org/query?q=%7B2024%7D%7Call"
        );
        assert_eq!(
            cite_iri("https://archive.example.net/rates/100%"),
            "https://archive.example.net/rates/100%25"
        );
        assert_eq!(cite_iri("https://x.org/a%20b"), "https://x.org/a%20b");
    }

    #[test]
    fn a_date_after_the_names_of_a_byline_is_the_date() {
        assert_eq!(
            byline_date("Ana Ruiz and Wen Li · 3 March 2025"),
            ("Ana Ruiz and Wen Li", Some("2025-03-03".to_owned()))
        );
        assert_eq!(
            byline_date("Ana Ruiz | April 2024"),
            ("Ana Ruiz", Some("2024-04".to_owned()))
        );
        // A separator before something that is not only a date leaves the byline whole.
        assert_eq!(
            byline_date("Ana Ruiz · Senior Fellow, Asia Program"),
            ("Ana Ruiz · Senior Fellow, Asia Program", None)
        );
    }

    #[test]
    fn a_date_pushed_right_on_a_line_is_read() {
        assert_eq!(
            pushed_right_date("Harbour Notes No. 7                    2 March 2025").as_deref(),
            Some("2025-03-02")
        );
        assert_eq!(
            pushed_right_date("MONTHLY REVIEW      JUNE 2019  ").as_deref(),
            Some("2019-06")
        );
        // One space is running text; a long tail is not a right-aligned field.
        assert_eq!(pushed_right_date("Harbour Notes No. 7 2 March 2025"), None);
        assert_eq!(
            pushed_right_date("Talks    began on 2 March 2025 between the two ministries"),
            None
        );
    }

    #[test]
    fn datelines_in_their_forms() {
        assert_eq!(
            dateline("Updated April 20, 2026").as_deref(),
            Some("2026-04-20")
        );
        assert_eq!(
            dateline("Updated September 17, 2026 (IF10165)").as_deref(),
            Some("2026-09-17")
        );
        assert_eq!(
            dateline("THURSDAY 5 JULY 2007").as_deref(),
            Some("2007-07-05")
        );
        assert_eq!(dateline("JULY 2020").as_deref(), Some("2020-07"));
        assert_eq!(
            dateline("The talks began in July 2020 and went on for a long time."),
            None
        );
    }
}
