//! Metadata that a brief states as fields: front matter (YAML `---` / TOML `+++`), HTML
//! `<meta>` (Highwire Press `citation_*`, Dublin Core `dc.*`/`dcterms.*`, Open Graph `og:*`,
//! `article:published_time`, `author`, `description`), `<title>`, `<link rel="canonical">`,
//! embedded schema.org JSON-LD, labelled field blocks (`**Author(s):** …`,
//! `Publication Date: …`) and suggested citation lines (`Attribution: Name, "Title," …`).

use yaml_rust2::{Yaml, YamlLoader};

use super::dates::parse_date;
use super::names::{one_name, split_names, NameEntry};
use super::Found;
use crate::ingest::html::{self, HeadItem};
use crate::model::FieldSource;

/// A front-matter value, reduced to what metadata needs.
enum Value {
    Text(String),
    List(Vec<String>),
}

impl Value {
    fn text(&self) -> Option<&str> {
        match self {
            Value::Text(t) => Some(t.as_str()),
            Value::List(l) => l.first().map(String::as_str),
        }
    }
}

/// The fields of front matter at the start of `src` (after a byte order mark): keys in lower
/// case with their values. Invalid YAML or TOML falls back to `key: value` lines, so a
/// slightly broken block still gives its title and date.
fn front_matter(src: &str) -> Vec<(String, Value)> {
    let start = if src.starts_with('\u{feff}') { 3 } else { 0 };
    let Some(end) = crate::ingest::text::front_matter_end(src, start) else {
        return Vec::new();
    };
    let block = &src[start..end];
    if crate::ingest::text::reader_header_end(block).is_some() {
        return from_lines(block);
    }
    let toml = block.starts_with("+++");
    let body: String = block
        .lines()
        .skip(1)
        .take_while(|l| !matches!(l.trim_end(), "---" | "+++" | "..."))
        .collect::<Vec<_>>()
        .join("\n");
    let parsed = if toml {
        from_toml(&body)
    } else {
        from_yaml(&body)
    };
    parsed.unwrap_or_else(|| from_lines(&body))
}

fn from_yaml(body: &str) -> Option<Vec<(String, Value)>> {
    let docs = YamlLoader::load_from_str(body).ok()?;
    let Some(Yaml::Hash(map)) = docs.into_iter().next() else {
        return None;
    };
    let scalar = |y: &Yaml| -> Option<String> {
        match y {
            Yaml::String(s) | Yaml::Real(s) => Some(s.clone()),
            Yaml::Integer(i) => Some(i.to_string()),
            Yaml::Boolean(b) => Some(b.to_string()),
            Yaml::Hash(h) => h
                .iter()
                .find(|(k, _)| k.as_str() == Some("name"))
                .and_then(|(_, v)| v.as_str().map(str::to_owned)),
            _ => None,
        }
    };
    let mut out = Vec::new();
    for (k, v) in map {
        let Some(key) = k.as_str().map(|k| k.trim().to_lowercase()) else {
            continue;
        };
        let value = match &v {
            Yaml::Array(items) => Value::List(items.iter().filter_map(scalar).collect()),
            other => match scalar(other) {
                Some(s) => Value::Text(s),
                None => continue,
            },
        };
        out.push((key, value));
    }
    Some(out)
}

fn from_toml(body: &str) -> Option<Vec<(String, Value)>> {
    let table: toml::Table = body.parse().ok()?;
    let scalar = |v: &toml::Value| -> Option<String> {
        match v {
            toml::Value::String(s) => Some(s.clone()),
            toml::Value::Datetime(d) => Some(d.to_string()),
            toml::Value::Integer(i) => Some(i.to_string()),
            toml::Value::Table(t) => t.get("name").and_then(|n| n.as_str()).map(str::to_owned),
            _ => None,
        }
    };
    let mut out = Vec::new();
    for (k, v) in &table {
        let value = match v {
            toml::Value::Array(items) => Value::List(items.iter().filter_map(scalar).collect()),
            other => match scalar(other) {
                Some(s) => Value::Text(s),
                None => continue,
            },
        };
        out.push((k.to_lowercase(), value));
    }
    Some(out)
}

fn from_lines(body: &str) -> Vec<(String, Value)> {
    body.lines()
        .filter_map(|l| {
            let (k, v) = l.split_once([':', '='])?;
            let v = v.trim().trim_matches(['"', '\'']);
            (!k.starts_with(' ') && !k.starts_with('#') && !v.is_empty())
                .then(|| (k.trim().to_lowercase(), Value::Text(v.to_owned())))
        })
        .collect()
}

/// Reads the front matter into `found`.
pub fn read_front_matter(src: &str, found: &mut Found) {
    let fields = front_matter(src);
    if fields.is_empty() {
        return;
    }
    let get = |keys: &[&str]| {
        keys.iter()
            .find_map(|k| fields.iter().find(|(key, _)| key == k).map(|(_, v)| v))
    };
    let src_ = FieldSource::FrontMatter;
    // A web reader's header (`Title:` … `Markdown Content:`) gives the page's `<title>`, which
    // often ends with the site's name: it counts as the page's title element, not as a title
    // the author gave.
    let start = if src.starts_with('\u{feff}') { 3 } else { 0 };
    if crate::ingest::text::reader_header_end(&src[start..]).is_some() {
        if let Some(t) = get(&["title"]).and_then(Value::text) {
            found.title(t, FieldSource::HtmlTitle);
        }
        for key in ["published time", "published"] {
            if let Some(d) = get(&[key]).and_then(Value::text).and_then(parse_date) {
                found.date(&d, src_);
            }
        }
        if let Some(u) = get(&["url source"]).and_then(Value::text) {
            found.url(u, src_);
        }
        return;
    }
    let title = get(&["title"]).and_then(Value::text).map(str::to_owned);
    let description = get(&["description", "summary", "abstract", "subtitle"])
        .and_then(Value::text)
        .map(str::to_owned);
    match (title, description) {
        // A description that is a fuller title (`Through the Looking Glass: The Russian View
        // of Western Sanctions` for `Russian View Of Sanctions`) is the title.
        (Some(t), Some(d)) if fuller_title(&t, &d) => {
            found.title(&d, src_);
            found.title(&t, src_);
        }
        (t, d) => {
            if let Some(t) = t {
                found.title(&t, src_);
            }
            if let Some(d) = d {
                found.description(&d, src_);
            }
        }
    }
    for key in ["authors", "author", "creators", "creator", "contributors"] {
        match get(&[key]) {
            Some(Value::List(items)) => {
                let names: Vec<NameEntry> = items.iter().filter_map(|i| one_name(i)).collect();
                found.authors(names, src_);
            }
            Some(Value::Text(t)) => found.authors(split_names(t), src_),
            None => {}
        }
    }
    for key in [
        "date",
        "published",
        "pubdate",
        "publishdate",
        "date_published",
        "publication_date",
        "issued",
    ] {
        if let Some(d) = get(&[key]).and_then(Value::text).and_then(parse_date) {
            found.date(&d, src_);
        }
    }
    for key in ["publisher", "source", "organization", "organisation"] {
        if let Some(p) = get(&[key]).and_then(Value::text) {
            found.publisher(p, src_);
        }
    }
    for key in [
        "canonical_url",
        "canonical",
        "url",
        "source_url",
        "link",
        "permalink",
    ] {
        if let Some(u) = get(&[key]).and_then(Value::text) {
            found.url(u, src_);
        }
    }
}

/// Whether a front-matter description is a fuller form of the title: a short line, no
/// sentence, holding every word of the title.
fn fuller_title(title: &str, description: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let d = description.trim();
    let dw = words(d);
    !d.ends_with('.')
        && dw.len() <= 25
        && dw.len() > words(title).len()
        && words(title).iter().all(|w| dw.contains(w))
}

/// Whether a page is pdftohtml's (poppler's) output: its `<body bgcolor="#A0A0A0" vlink="blue"
/// link="blue">` or its `generator` meta.
pub fn is_pdftohtml(src: &str) -> bool {
    let mut end = src.len().min(4096);
    while !src.is_char_boundary(end) {
        end -= 1;
    }
    let head = &src[..end];
    head.contains("<body bgcolor=\"#A0A0A0\" vlink=\"blue\" link=\"blue\"")
        || head.contains("content=\"pdftohtml")
}

/// Reads what an HTML page says about itself into `found`.
pub fn read_html_head(src: &str, found: &mut Found) {
    if !(src.contains("<meta")
        || src.contains("<title")
        || src.contains("ld+json")
        || src.contains("canonical"))
    {
        return;
    }
    let items = html::head(src);
    let meta = |names: &[&str]| -> Vec<&str> {
        names
            .iter()
            .flat_map(|n| {
                items.iter().filter_map(move |i| match i {
                    HeadItem::Meta(k, v) if k == n && !v.is_empty() => Some(v.as_str()),
                    _ => None,
                })
            })
            .collect()
    };
    let s = FieldSource::HtmlMeta;
    for t in meta(&[
        "citation_title",
        "dc.title",
        "dcterms.title",
        "og:title",
        "twitter:title",
    ]) {
        found.title(t, s);
    }
    for i in &items {
        if let HeadItem::Title(t) = i {
            found.title(t, FieldSource::HtmlTitle);
        }
    }
    let citation_authors: Vec<NameEntry> = meta(&["citation_author"])
        .into_iter()
        .filter_map(one_name)
        .collect();
    found.authors(citation_authors, s);
    // A PDF converted by pdftohtml carries the PDF's Info dictionary as `author` and `date`
    // metas: often a machine account (`Microsoft Office User`) and the file's creation date,
    // not the brief's. They are kept aside and read only when the page itself names no author
    // or date (`Found::use_pdf_info`, after the layout).
    let pdf_info = is_pdftohtml(src);
    for a in meta(&["dc.creator", "dcterms.creator", "author", "article:author"]) {
        if pdf_info {
            found.pdf_info_authors.extend(split_names(a));
        } else {
            found.authors(split_names(a), s);
        }
    }
    for d in meta(&[
        "citation_publication_date",
        "citation_date",
        "citation_online_date",
        "dc.date",
        "dc.date.issued",
        "dcterms.issued",
        "dcterms.date",
        "article:published_time",
        "date",
        "pubdate",
    ]) {
        if let Some(d) = parse_date(d) {
            if pdf_info {
                found.pdf_info_dates.push(d);
            } else {
                found.date(&d, s);
            }
        }
    }
    for p in meta(&[
        "citation_publisher",
        "dc.publisher",
        "dcterms.publisher",
        "og:site_name",
    ]) {
        found.publisher(p, s);
    }
    for d in meta(&[
        "description",
        "dc.description",
        "dcterms.abstract",
        "og:description",
    ]) {
        found.description(d, s);
    }
    for i in &items {
        if let HeadItem::Canonical(u) = i {
            found.url(u, s);
        }
    }
    for u in meta(&[
        "og:url",
        "citation_public_url",
        "citation_abstract_html_url",
    ]) {
        found.url(u, s);
    }
    for i in &items {
        if let HeadItem::JsonLd(text) = i {
            if let Ok(v) = serde_json::from_str::<serde_json::Value>(text) {
                read_json_ld(&v, found);
            }
        }
    }
}

/// The schema.org types of a creative work whose JSON-LD node describes the page.
const WORK_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "Report",
    "ScholarlyArticle",
    "BlogPosting",
    "CreativeWork",
    "WebPage",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "Legislation",
    "GovernmentDocument",
];

fn read_json_ld(v: &serde_json::Value, found: &mut Found) {
    use serde_json::Value as J;
    match v {
        J::Array(items) => items.iter().for_each(|i| read_json_ld(i, found)),
        J::Object(o) => {
            if let Some(g) = o.get("@graph") {
                read_json_ld(g, found);
            }
            let types: Vec<&str> = match o.get("@type") {
                Some(J::String(t)) => vec![t.as_str()],
                Some(J::Array(a)) => a.iter().filter_map(J::as_str).collect(),
                _ => Vec::new(),
            };
            if !types.iter().any(|t| WORK_TYPES.contains(t)) {
                return;
            }
            let s = FieldSource::JsonLd;
            let text = |k: &str| o.get(k).and_then(J::as_str);
            if let Some(t) = text("headline").or_else(|| text("name")) {
                found.title(t, s);
            }
            let name_of = |v: &J| -> Option<String> {
                match v {
                    J::String(s) => Some(s.clone()),
                    J::Object(o) => o.get("name").and_then(J::as_str).map(str::to_owned),
                    _ => None,
                }
            };
            if let Some(a) = o.get("author").or_else(|| o.get("creator")) {
                let names: Vec<NameEntry> = match a {
                    J::Array(items) => items
                        .iter()
                        .filter_map(name_of)
                        .filter_map(|n| one_name(&n))
                        .collect(),
                    other => name_of(other).map(|n| split_names(&n)).unwrap_or_default(),
                };
                found.authors(names, s);
            }
            for k in ["datePublished", "dateCreated", "dateModified"] {
                if let Some(d) = text(k).and_then(parse_date) {
                    found.date(&d, s);
                }
            }
            if let Some(p) = o.get("publisher").and_then(name_of) {
                found.publisher(&p, s);
            }
            if let Some(d) = text("description") {
                found.description(d, s);
            }
            if let Some(u) = text("url").or_else(|| text("@id")) {
                found.url(u, s);
            }
        }
        _ => {}
    }
}

/// Labels of fields (compared in lower case, without `(s)` and the colon).
const AUTHOR_LABELS: &[&str] = &[
    "author",
    "authors",
    "by",
    "written by",
    "prepared by",
    "creator",
    "creators",
];
const DATE_LABELS: &[&str] = &[
    "publication date",
    "date",
    "published",
    "date published",
    "publication",
    "updated",
    "last updated",
    "released",
    "issued",
    "date of publication",
];
const TITLE_LABELS: &[&str] = &["title", "report title"];

const PUBLISHER_LABELS: &[&str] = &["publisher", "published by", "organization", "organisation"];
const URL_LABELS: &[&str] = &["source", "url", "link", "web", "permalink"];
const CITATION_LABELS: &[&str] = &[
    "attribution",
    "suggested citation",
    "cite as",
    "citation",
    "recommended citation",
    "how to cite",
    "please cite as",
];

/// Whether a line is nothing but a field label (`Published`, `Author(s)`), any case.
fn is_label(line: &str) -> bool {
    let label = line
        .trim_end_matches(':')
        .trim()
        .to_lowercase()
        .replace("(s)", "s");
    [
        AUTHOR_LABELS,
        DATE_LABELS,
        TITLE_LABELS,
        PUBLISHER_LABELS,
        URL_LABELS,
    ]
    .iter()
    .any(|l| l.contains(&label.as_str()))
}

/// Reads labelled fields (`Label: value`, or a `| Label: | value |` row) from the lines of
/// the brief's first blocks into `found`.
pub fn read_field_lines(lines: &[String], found: &mut Found) {
    let s = FieldSource::FieldBlock;
    // A label alone on its line and its value on the next (`<dt>Published</dt><dd>…</dd>`, a
    // two-column table read row by row) is the field `Label: value`.
    let paired: Vec<String> = lines
        .windows(2)
        .filter(|w| is_label(w[0].trim()) && !w[1].contains(':') && !is_label(w[1].trim()))
        .map(|w| format!("{}: {}", w[0].trim(), w[1].trim()))
        .collect();
    for line in lines.iter().chain(&paired) {
        let line = line.trim().trim_matches('|').trim();
        // `| Label: | value` rows and `Label: value` lines.
        let (label, value) = match line.split_once('|') {
            Some((l, v)) if l.trim().ends_with(':') => (
                l.trim().trim_end_matches(':'),
                v.trim().trim_matches('|').trim(),
            ),
            _ => match line.split_once(':') {
                Some((l, v)) if l.split_whitespace().count() <= 4 && !l.is_empty() => (l, v.trim()),
                _ => continue,
            },
        };
        if value.is_empty() {
            continue;
        }
        let label = label.trim().to_lowercase().replace("(s)", "s");
        let label = label.as_str();
        if AUTHOR_LABELS.contains(&label) {
            found.authors(split_names(value), s);
        } else if DATE_LABELS.contains(&label) {
            if let Some(d) = parse_date(value) {
                found.date(&d, s);
            }
        } else if TITLE_LABELS.contains(&label) {
            found.title(value, s);
        } else if PUBLISHER_LABELS.contains(&label) {
            found.publisher(value, s);
        } else if URL_LABELS.contains(&label) && value.starts_with("http") {
            found.url(value.split_whitespace().next().unwrap_or(value), s);
        } else if CITATION_LABELS.contains(&label) {
            read_citation(value, found);
        }
    }
}

/// A suggested citation: `Name and Name, "Title," Series No. 380, July 2020, Publisher.`
fn read_citation(value: &str, found: &mut Found) {
    let s = FieldSource::Citation;
    let open = value.find(['"', '\u{201c}']);
    let Some(open) = open else { return };
    let names = value[..open].trim().trim_end_matches(',').trim();
    let rest = &value[open + value[open..].chars().next().map_or(1, char::len_utf8)..];
    let Some(close) = rest.find(['"', '\u{201d}']) else {
        return;
    };
    let title = rest[..close].trim().trim_end_matches(',').trim();
    let after = &rest[close..];
    if !names.is_empty() {
        found.authors(split_names(names), s);
    }
    if !title.is_empty() {
        found.title(title, s);
    }
    if let Some(d) = super::dates::find_date_or_month(after) {
        found.date(&d, s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_toml_and_broken_front_matter() {
        let yaml = "---\nlayout: post\ntitle : Russian View Of Sanctions\nauthor: Saskia Zandstra and Tom Keatinge\ndate  : 2022-09-07 12:00:00 +0800\nimage : https://i.example/x.jpg #comment\n#image_caption: \ndescription: \"Through the Looking Glass: The Russian View of Western Sanctions\"\n---\nText";
        let mut f = Found::default();
        read_front_matter(yaml, &mut f);
        assert_eq!(
            f.titles[0].0,
            "Through the Looking Glass: The Russian View of Western Sanctions"
        );
        assert_eq!(f.titles[1].0, "Russian View Of Sanctions");
        assert_eq!(f.dates[0].0, "2022-09-07");
        assert_eq!(f.authors[0].0.len(), 2);
        let toml = "+++\ntitle = \"T\"\ndate = 2024-05-01\nauthors = [\"Doe, Jane\"]\n+++\n";
        let mut f = Found::default();
        read_front_matter(toml, &mut f);
        assert_eq!(
            (f.titles[0].0.as_str(), f.dates[0].0.as_str()),
            ("T", "2024-05-01")
        );
        assert_eq!(f.authors[0].0[0].name, "Jane Doe");
        let broken = "---\ntitle: A: B: C\ndate: 2021-01-02\n  bad: [\n---\n";
        let mut f = Found::default();
        read_front_matter(broken, &mut f);
        assert_eq!(f.dates[0].0, "2021-01-02");
    }

    #[test]
    fn html_meta_and_json_ld() {
        let page = r#"<html><head><title>Page | Site</title>
<meta name="citation_title" content="The Title">
<meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Roe, John">
<meta name="citation_publication_date" content="2021/03/04">
<meta property="og:site_name" content="Example Institute">
<link rel="canonical" href="https://example.org/brief">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Report","headline":"The Title","author":[{"@type":"Person","name":"Jane Doe"}],"datePublished":"2021-03-04"}</script>
</head><body><p>x</p></body></html>"#;
        let mut f = Found::default();
        read_html_head(page, &mut f);
        assert_eq!(f.titles[0], ("The Title".to_owned(), FieldSource::HtmlMeta));
        let names: Vec<&str> = f.authors[0].0.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Jane Doe", "John Roe"]);
        assert_eq!(f.dates[0].0, "2021-03-04");
        assert_eq!(f.urls[0].0, "https://example.org/brief");
        assert!(f.dates.iter().any(|d| d.1 == FieldSource::JsonLd));
    }

    #[test]
    fn field_lines_and_citations() {
        let lines: Vec<String> = [
            "Product Type: In Focus",
            "Publication Date: 04/22/2026",
            "Author(s): Fink, Anya L.",
            "| Author: | Fink, Anya L.",
            "Attribution: Sunil Abraham, \u{201c}Unified Payment Interface: Towards greater cyber sovereignty,\u{201d} ORF Issue Brief No. 380, July 2020, Observer Research Foundation.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut f = Found::default();
        read_field_lines(&lines, &mut f);
        assert_eq!(f.dates[0].0, "2026-04-22");
        assert_eq!(f.authors[0].0[0].name, "Anya L. Fink");
        assert_eq!(
            f.authors[2],
            (split_names("Sunil Abraham"), FieldSource::Citation)
        );
        assert_eq!(
            f.titles[0].0,
            "Unified Payment Interface: Towards greater cyber sovereignty"
        );
        assert_eq!(f.dates[1].0, "2020-07");
    }
}
