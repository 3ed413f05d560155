//! Which part of a brief each block belongs to (series heading, caption, title, byline, body,
//! heading, bio, notes, editor's note, footer), and which blocks are running headers.
//! Shared by every input format: it looks only at heading levels, plain block text and what
//! the format says of a block (a footnote definition is a note, `<footer>` a footer).
//!
//! The layout it expects is the common one of briefs: an optional series heading and picture
//! caption before the title, a byline after it, the body with its section headings,
//! biographies, a notes list under a `Notes` heading, an editor's note (`Editor's Note: …`),
//! then the publisher footer.
//!
//! - The title is the block before the byline (among the first six blocks; series and date
//!   lines and lower headings between them skipped) when it could be a title and comes before
//!   any level-1 heading; else the first level-1 heading; else the first block, when it is
//!   short, is no sentence, and is followed by a byline or a date line (plain text, HTML and
//!   converted markdown whose title is a first line, a `<div>` or a bold paragraph). Lines
//!   between the title and the byline are captions (or series headings).
//! - The byline is a `By …` paragraph, or a list of person names alone (`Jane Doe and John
//!   Roe`, as PDF front pages set it), among the three blocks after the title.
//! - A biography is a paragraph in parentheses (`(Name is a …)`), or an author note: a
//!   paragraph that opens with a bold person's name followed by `is`, `was`, `serves` or a
//!   comma and a role (`**Andrew Feickert**, Specialist in Military Ground Forces`), or,
//!   without markup, one of the last paragraphs of the body or notes opening `Name is a …`.
//! - Notes start at a `Notes` heading, or at a paragraph that is that heading run into its
//!   first numbered note (plain text: `Notes 1. …`).
//! - A running header is a short block that repeats the series heading with more text
//!   (`Prospects & Perspectives No. 65 November 26, 2024`), as a heading or a plain line.

use crate::model::Part;

/// What classification needs of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlockText {
    /// Heading level, 0 for a paragraph.
    pub level: u8,
    /// The block's text with markup removed.
    pub text: String,
    /// The part the format gives it, if any.
    pub hint: Option<Part>,
    /// The text of a bold run opening the block.
    pub lead_strong: Option<String>,
    /// Whether it is a short list item all of whose text is link text (`[LinkedIn](…)`, a
    /// related article's title): before the level-1 heading (a site's menu) and after a line
    /// of web chrome (`Share this:`, `Related`), it is chrome.
    pub link_item: bool,
}

/// The part of every block and whether it is a running header.
pub fn classify(blocks: &[BlockText]) -> Vec<(Part, bool)> {
    // A web page's chrome is never a title, byline or body line: it is read as if the format
    // had marked it.
    let mut chrome: Vec<Option<Part>> = blocks
        .iter()
        .map(|b| b.hint.is_none().then(|| web_chrome(&b.text)).flatten())
        .collect();
    // A site's menu before the page's level-1 heading, and the links after a line of chrome
    // (`Share this:`, `Related`), are chrome too.
    let first_h1 = blocks.iter().position(|b| b.level == 1 && b.hint.is_none());
    for i in 0..blocks.len() {
        let after_chrome = i > 0 && chrome[i - 1] == Some(Part::Navigation);
        if chrome[i].is_none()
            && blocks[i].hint.is_none()
            && blocks[i].link_item
            && (after_chrome || first_h1.is_some_and(|h| i < h))
        {
            chrome[i] = Some(Part::Navigation);
        }
    }
    if chrome.iter().all(Option::is_none) {
        return classify_marked(blocks);
    }
    let marked: Vec<BlockText> = blocks
        .iter()
        .zip(chrome)
        .map(|(b, c)| BlockText {
            hint: b.hint.or(c),
            ..b.clone()
        })
        .collect();
    classify_marked(&marked)
}

fn classify_marked(blocks: &[BlockText]) -> Vec<(Part, bool)> {
    let first_h1 = blocks.iter().position(|b| b.level == 1 && b.hint.is_none());
    // A title set before the byline wins over a level-1 heading after it (a converter's
    // `# Summary` after a bold title paragraph and `**By …**`).
    let title = title_before_byline(blocks)
        .filter(|&t| first_h1.is_none_or(|h| t < h))
        .or(first_h1)
        .or_else(|| first_line_title(blocks));
    let series = blocks
        .iter()
        .take(title.unwrap_or(0))
        .find(|b| b.level > 1)
        .map(|b| b.text.clone());
    let byline = title.and_then(|t| {
        (t + 1..blocks.len().min(t + 4))
            .find(|&i| blocks[i].level == 0 && is_any_byline(&blocks[i].text))
    });
    let mut part = if title.is_some_and(|t| t > 0) {
        Part::Caption
    } else {
        Part::Body
    };
    let mut out = Vec::with_capacity(blocks.len());
    for (i, b) in blocks.iter().enumerate() {
        let text = b.text.as_str();
        if let Some(hint) = b.hint {
            // An author's biography in the page's footer (`<footer><p><strong>Jane
            // Doe</strong> is a …`) is in scope, as a bio.
            let bio = hint == Part::Footer
                && b.level == 0
                && (is_bio(text, b.lead_strong.as_deref()) || plain_bio(text));
            out.push((if bio { Part::Bio } else { hint }, false));
            continue;
        }
        let running_header = series.as_deref().is_some_and(|series| {
            text.len() > series.len()
                && text.starts_with(series)
                && (b.level > 0 || (text.split_whitespace().count() <= 15 && !text.ends_with('.')))
        });
        if running_header {
            out.push((part, true));
            continue;
        }
        if Some(i) == title {
            part = Part::Body;
            out.push((Part::Title, false));
            continue;
        }
        // Front lines before the title, and between the title and the byline (a publisher, a
        // series and date line).
        let front = title.is_some_and(|t| i < t)
            || (title.is_some_and(|t| t < i) && byline.is_some_and(|by| i < by));
        if front {
            out.push((
                if b.level > 0 {
                    Part::SeriesHeading
                } else {
                    Part::Caption
                },
                false,
            ));
            continue;
        }
        if Some(i) == byline {
            out.push((Part::Byline, false));
            continue;
        }
        // A date line right after the byline (`**15 October 2026**`) is front matter too.
        if byline.is_some_and(|by| i == by + 1) && b.level == 0 && is_dateline(text) {
            out.push((Part::Caption, false));
            continue;
        }
        if text.starts_with("Editor's Note") || text.starts_with("Editor\u{2019}s Note") {
            part = Part::EditorNote;
        } else if is_disclaimer_label(text) {
            // A publisher's disclaimer and what follows it (`Disclaimer:` / `These documents
            // were prepared by …`) are the publisher's, not the brief's.
            part = Part::Footer;
        } else if part == Part::EditorNote {
            part = Part::Footer;
        } else if is_notes_heading(text) || (b.level == 0 && notes_heading_with_list(text)) {
            part = Part::Notes;
        } else if part == Part::Bio {
            part = Part::Body;
        }
        if part == Part::Body && b.level == 0 && is_bio(text, b.lead_strong.as_deref()) {
            out.push((Part::Bio, false));
            continue;
        }
        out.push((
            if part == Part::Body && b.level > 0 {
                Part::Heading
            } else {
                part
            },
            false,
        ));
    }
    trailing_bios(blocks, &mut out);
    pull_quotes(blocks, &mut out);
    out
}

/// Marks pull quotes: a body paragraph wrapped whole in quotation marks (`“…”`, `"…"`) whose
/// words, six or more, occur again in another body paragraph (letters and digits compared,
/// case, punctuation and spacing ignored). A quotation that stands as a paragraph of its own
/// and repeats nothing stays body.
fn pull_quotes(blocks: &[BlockText], out: &mut [(Part, bool)]) {
    fn words(text: &str) -> String {
        let mut w = String::with_capacity(text.len() + 2);
        w.push(' ');
        for c in text.chars() {
            if c.is_alphanumeric() {
                w.extend(c.to_lowercase());
            } else if !w.ends_with(' ') && !matches!(c, '\'' | '\u{2019}') {
                w.push(' ');
            }
        }
        if !w.ends_with(' ') {
            w.push(' ');
        }
        w
    }
    let body: Vec<usize> = (0..blocks.len())
        .filter(|&i| out[i] == (Part::Body, false) && blocks[i].level == 0)
        .collect();
    let quoted = |t: &str| {
        let t = t.trim();
        (t.starts_with('\u{201c}') && t.ends_with('\u{201d}'))
            || (t.len() > 2 && t.starts_with('"') && t.ends_with('"'))
    };
    let candidates: Vec<usize> = body
        .iter()
        .copied()
        .filter(|&i| quoted(&blocks[i].text))
        .collect();
    if candidates.is_empty() {
        return;
    }
    let normal: Vec<(usize, String)> = body.iter().map(|&i| (i, words(&blocks[i].text))).collect();
    for i in candidates {
        let own = words(&blocks[i].text);
        if own.split_whitespace().count() < 6 {
            continue;
        }
        let repeated = normal
            .iter()
            .any(|(j, other)| *j != i && other.len() > own.len() && other.contains(own.as_str()));
        if repeated {
            out[i].0 = Part::PullQuote;
        }
    }
}

/// The openings of web-chrome lines, lower case (`data/ingest/web-chrome.tsv`).
/// Each opening with the part it makes a line: `navigation`, or `footer` when the file's
/// second column says so.
static WEB_CHROME: std::sync::LazyLock<Vec<(String, Part)>> = std::sync::LazyLock::new(|| {
    include_str!("../../data/ingest/web-chrome.tsv")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (opening, part) = l.split_once('\t').unwrap_or((l, ""));
            let part = if part.trim() == "footer" {
                Part::Footer
            } else {
                Part::Navigation
            };
            (opening.trim().to_lowercase(), part)
        })
        .collect()
});

/// The part of a line that a web page's chrome leaves in a text dump of the page, if it is
/// one: `navigation` for a line opening as one of `data/ingest/web-chrome.tsv` (a whole word
/// or phrase, ignoring case; at most 20 words), a reading time ([`is_reading_time`]), or a
/// breadcrumb trail (two or more `>`, `›` or `»` separators, at most 12 words, no sentence
/// end); `footer` for a copyright line (`© 2026 …`, `Copyright …`, at most 30 words). A
/// byline is never chrome.
pub fn web_chrome(text: &str) -> Option<Part> {
    let text = text.trim();
    let words = text.split_whitespace().count();
    if words == 0 || words > 30 || is_any_byline(text) {
        return None;
    }
    if words <= 30
        && (text.starts_with('\u{a9}')
            || text.starts_with("(c) ")
            || text.starts_with("Copyright ")
            || text.starts_with("COPYRIGHT "))
    {
        return Some(Part::Footer);
    }
    if words > 20 {
        return None;
    }
    let lower = text.to_lowercase();
    // Headings of a page's trailing chrome, alone on their line.
    let alone = matches!(
        lower.trim_end_matches(':'),
        "related" | "share" | "tags" | "topics" | "latest" | "most read" | "popular" | "trending"
    );
    let opening = WEB_CHROME.iter().find(|(o, _)| {
        lower.strip_prefix(o.as_str()).is_some_and(|rest| {
            o.ends_with(':') || !rest.starts_with(|c: char| c.is_alphanumeric())
        })
    });
    if let Some((_, Part::Footer)) = opening {
        return Some(Part::Footer);
    }
    // A row of a post's action buttons (`Like Comment Restack`, `Share Reply`, as Substack
    // and blog platforms set them under a post): nothing but action words, at most six.
    let actions = words <= 6
        && lower.split_whitespace().all(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "like" | "comment" | "comments" | "restack" | "share" | "reply" | "repost"
            )
        });
    let opens = alone || actions || opening.is_some();
    let reading_time = is_reading_time(text);
    let separators = [" > ", " \u{203a} ", " \u{bb} "]
        .iter()
        .map(|s| text.matches(s).count())
        .sum::<usize>();
    let breadcrumb = separators >= 2 && words <= 12 && !text.ends_with(['.', '!', '?']);
    // An opening ends no sentence (`Share this burden.` is prose).
    let opens = opens && !text.ends_with('.');
    (opens || reading_time || breadcrumb).then_some(Part::Navigation)
}

/// A reading time as web pages print it, alone or as a byline's field: at most six words
/// ending `min read`, `minutes read`, `min` or `mins` (`6 min read`, `5 min`), or opening
/// `Reading time` (`Reading time: 7 minutes`).
pub fn is_reading_time(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    lower.split_whitespace().count() <= 6
        && (lower.starts_with("reading time")
            || [
                "min read",
                "mins read",
                "minute read",
                "minutes read",
                " min",
                " mins",
            ]
            .iter()
            .any(|r| lower.ends_with(r)))
}

/// Whether a paragraph is a notes heading run into its first numbered note, as plain text
/// gives it (`Notes 1. Jane Doe, "A Report", 2020.`, `References [1] …`).
fn notes_heading_with_list(text: &str) -> bool {
    let Some((head, rest)) = text.split_once(char::is_whitespace) else {
        return false;
    };
    is_notes_heading(head)
        && (rest.starts_with("1.") || rest.starts_with("[1]") || rest.starts_with("1 "))
}

/// A label that opens a publisher's boilerplate at the end of a brief: `Disclaimer`,
/// `Disclaimers`, `Legal notice`, `Important notice`, `Terms of use`, and a newsletter's `Our
/// mailing address is` (any case, a colon allowed), alone in its block.
fn is_disclaimer_label(text: &str) -> bool {
    let label = text.trim().trim_end_matches(':').trim().to_lowercase();
    matches!(
        label.as_str(),
        "disclaimer"
            | "disclaimers"
            | "legal notice"
            | "important notice"
            | "terms of use"
            | "our mailing address is"
            | "our mailing address"
            | "mailing address"
    )
}

/// The words that head a notes list.
fn is_notes_heading(text: &str) -> bool {
    matches!(
        text,
        "Notes" | "Endnotes" | "References" | "NOTES" | "ENDNOTES"
    )
}

/// The author biographies at the end of a brief without markup to mark them: the last
/// paragraphs of the body or notes (before any editor's note or footer) that open with a
/// person's name followed by `is a`, `is an`, `is the` or `serves as` (`Jane Doe is a senior
/// fellow at …`).
fn trailing_bios(blocks: &[BlockText], out: &mut [(Part, bool)]) {
    for (b, (part, running_header)) in blocks.iter().zip(out.iter_mut()).rev() {
        if *running_header || b.text.trim().is_empty() {
            continue;
        }
        match part {
            Part::Footer | Part::EditorNote | Part::Bio | Part::Navigation => continue,
            Part::Body | Part::Notes if b.level == 0 && plain_bio(&b.text) => *part = Part::Bio,
            Part::Notes => continue,
            _ => break,
        }
    }
}

/// A paragraph opening `Name is a …` (see [`trailing_bios`]).
fn plain_bio(text: &str) -> bool {
    [" is a ", " is an ", " is the ", " serves as "]
        .iter()
        .filter_map(|v| text.find(v))
        .min()
        .is_some_and(|at| super::metadata::is_person_name(&text[..at]))
}

/// The title of a brief without a level-1 heading: its first block, when it could be a title
/// (see [`could_be_title`]) and a byline or a date line follows within two blocks.
fn first_line_title(blocks: &[BlockText]) -> Option<usize> {
    let first = blocks.iter().position(|b| b.hint.is_none())?;
    if !could_be_title(&blocks[first].text) {
        return None;
    }
    let followed = blocks[first + 1..]
        .iter()
        .take(2)
        .any(|b| is_any_byline(&b.text) || is_dateline(&b.text));
    followed.then_some(first)
}

/// The title of a brief whose front page sets it apart from other lines (a publisher line, a
/// series line with the date) without a level-1 heading: the last block before the byline
/// that is not a series or date line or a lower heading, when the byline is among the first
/// six blocks and that block could be a title (and is no level-1 heading).
fn title_before_byline(blocks: &[BlockText]) -> Option<usize> {
    let front: Vec<usize> = (0..blocks.len())
        .filter(|&i| blocks[i].hint.is_none())
        .take(6)
        .collect();
    let at = front
        .iter()
        .position(|&i| blocks[i].level == 0 && is_any_byline(&blocks[i].text))?;
    // Back over the series and date lines and the publisher's heading between them.
    for &k in front[..at].iter().rev() {
        let b = &blocks[k];
        if b.level > 1
            || super::layout::series_line(&b.text)
            || is_organisation_line(&b.text)
            || is_publication_descriptor(&b.text)
        {
            continue;
        }
        return (b.level != 1 && could_be_title(&b.text)).then_some(k);
    }
    None
}

/// The organisation head words that end a name (`Institute`, `Centre`, `Council`, …): the
/// `Organization` rows of `data/kb/lexicon/heads.tsv` that stand last in a name.
static ORGANISATION_HEADS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| {
        include_str!("../../data/kb/lexicon/heads.tsv")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split('\t');
                let (word, kind, place) = (f.next()?, f.next()?, f.next()?);
                (kind == "Organization" && matches!(place, "last" | "both")).then_some(word)
            })
            .collect()
    });

/// Whether a front-page line is nothing but an organisation's name (`Meridian Policy
/// Institute`, `Centre for Water Studies`): one to eight words, each capitalised or a
/// function word, the last an organisation head word (see [`ORGANISATION_HEADS`]), no
/// sentence or clause end. Such a line names the publisher, never the title.
fn is_organisation_line(text: &str) -> bool {
    let text = text.trim();
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 || text.ends_with(['.', ',', ';', ':']) {
        return false;
    }
    let function = |w: &str| matches!(w, "of" | "for" | "and" | "the" | "on" | "in" | "&");
    words
        .iter()
        .all(|w| function(w) || w.starts_with(|c: char| c.is_uppercase()))
        && words.last().is_some_and(|w| {
            ORGANISATION_HEADS.contains(&w.trim_matches(|c: char| !c.is_alphanumeric()))
        })
}

/// Whether a front-page line says what kind of publication this is and whose (`A Report of
/// the CSIS Europe Program`, `A policy brief from the Example Centre`, `An Issue Brief by …`):
/// `A` or `An`, at most two more words of which the last is a kind of publication (`brief`,
/// `report`, `paper`, `commentary`, `memo`, `analysis`, `study`), then `of`, `from`, `by` or
/// `for`; at most 16 words, no sentence end. Such a line is the series, never the title.
fn is_publication_descriptor(text: &str) -> bool {
    let text = text.trim();
    let words: Vec<String> = text.split_whitespace().map(|w| w.to_lowercase()).collect();
    if words.len() > 16
        || text.ends_with('.')
        || !matches!(words.first().map(String::as_str), Some("a" | "an"))
    {
        return false;
    }
    let kinds = [
        "brief",
        "report",
        "paper",
        "commentary",
        "memo",
        "analysis",
        "study",
    ];
    (2..=3).any(|k| {
        words
            .get(k - 1)
            .is_some_and(|w| kinds.contains(&w.as_str()))
            && words
                .get(k)
                .is_some_and(|w| matches!(w.as_str(), "of" | "from" | "by" | "for"))
    })
}

/// Whether a block could be a title: 2 to 25 words, no sentence or clause end, no byline and
/// no date line.
fn could_be_title(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (2..=25).contains(&words)
        && !text.ends_with(['.', ',', ';'])
        && !is_any_byline(text)
        && !is_dateline(text)
}

/// A byline with `By` ([`is_byline`]) or a list of names alone ([`is_name_list`]).
pub fn is_any_byline(text: &str) -> bool {
    is_byline(text) || is_name_list(text)
}

/// A line that is nothing but one to four person names (`Jane Doe`, `Jane Doe and John Roe`,
/// `Jane Doe, John Roe & Ann Poe`, `Jane Doe; John Roe` as pandoc's title block joins them):
/// how PDF front pages set the authors without `By`. A line
/// all in capitals is not one (`LOWER MEKONG POLICY INSTITUTE` is a publisher line).
pub fn is_name_list(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty()
        || text.split_whitespace().count() > 16
        || text.ends_with(['.', ':'])
        || !text.chars().any(char::is_lowercase)
    {
        return false;
    }
    let names: Vec<&str> = text
        .split(", ")
        .flat_map(|p| p.split("; "))
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" & "))
        .map(|p| p.trim().trim_start_matches("and ").trim())
        .filter(|p| !p.is_empty())
        .collect();
    (1..=4).contains(&names.len())
        && names.iter().all(|n| {
            super::metadata::is_person_name(n)
                && !n.split(' ').any(|w| PLACE_WORDS.contains(&w))
                && !common_words(n)
        })
}

/// Given names (`data/kb/lexicon/given-names.txt`).
static GIVEN_NAMES: std::sync::LazyLock<std::collections::BTreeSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        crate::extract::lexicon::GIVEN_NAMES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    });

/// Whether a capitalised phrase is common words, not a name: every word is in the English
/// word list and the first is no given name (`Reservoirs Running Dry` is a title, `Grace
/// Bell` a name).
fn common_words(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() >= 2
        && !GIVEN_NAMES.contains(words[0])
        && words.iter().all(|w| super::is_word(&w.to_lowercase()))
}

/// Words of place names that pass for person names by their capitals (`South Korea`, `United
/// States`, `Solomon Islands`): a name list holding one is no byline.
const PLACE_WORDS: &[&str] = &[
    "North", "South", "East", "West", "Central", "New", "United", "Republic", "Islands", "Kingdom",
    "States", "Union", "Sea", "Gulf", "Strait", "River", "Ocean",
];

/// A `By …` line: `By Jane Doe`, `By Jane Doe and John Roe`, `BY JANE DOE`.
pub fn is_byline(text: &str) -> bool {
    let rest = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("by "))
        .or_else(|| text.strip_prefix("BY "))
        .or_else(|| posted_byline(text).map(|(names, _)| names));
    rest.is_some_and(|r| {
        r.starts_with(|c: char| c.is_uppercase()) && r.split_whitespace().count() <= 30
    })
}

/// A blog's byline with its date first (`Posted on September 12, 2025 by Jane Doe`,
/// `Published 3 May 2026 by Jane Doe and John Roe`, as WordPress themes print it): the names
/// after `by` and the text before them, which holds the date. At most 20 words.
pub fn posted_byline(text: &str) -> Option<(&str, &str)> {
    let lower = text.get(..10)?.to_ascii_lowercase();
    if !(lower.starts_with("posted ") || lower.starts_with("published ")) {
        return None;
    }
    if text.split_whitespace().count() > 20 {
        return None;
    }
    let (head, names) = text.rsplit_once(" by ")?;
    super::metadata::find_date_or_month(head)?;
    Some((names.trim(), head))
}

/// A short line that is a date or a month, with an optional `Updated`/`Published` label or a
/// series name (`Briefing 7 | Maritime Security Desk | September 2025`): at most 8 words,
/// separators such as `|` not counted.
pub fn is_dateline(text: &str) -> bool {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
        <= 8
        && super::metadata::find_date_or_month(text).is_some()
}

/// A paragraph that is an author biography: all in parentheses, `(Name is a …)`, or an author
/// note opening with a bold person's name.
pub fn is_bio(text: &str, lead_strong: Option<&str>) -> bool {
    if text.starts_with('(') && text.ends_with(')') && bio_verb(text) {
        return true;
    }
    let Some(name) = lead_strong else {
        return false;
    };
    let Some(rest) = text.strip_prefix(name) else {
        return false;
    };
    super::metadata::is_person_name(name)
        && [" is ", " was ", " serves ", ", "]
            .iter()
            .any(|v| rest.starts_with(v))
}

/// Whether a text reads like a biography (`… is a …`).
pub fn bio_verb(text: &str) -> bool {
    [" is a ", " is an ", " is the ", " serves as "]
        .iter()
        .any(|v| text.contains(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(level: u8, text: &str) -> BlockText {
        BlockText {
            level,
            text: text.to_owned(),
            hint: None,
            lead_strong: None,
            link_item: false,
        }
    }

    #[test]
    fn plain_text_notes_run_into_their_list_and_trailing_bios_are_no_body() {
        let blocks = [
            block(1, "A Title"),
            block(0, "Rivers rose in the spring. Farmers moved their herds."),
            block(0, "Notes 1. Jane Roe, \"Floods\", River Press, 2021."),
            block(
                0,
                "Tomas Varga is a senior fellow at the Delta Institute. He edits its bulletin.",
            ),
        ];
        let parts: Vec<Part> = classify(&blocks).into_iter().map(|(p, _)| p).collect();
        assert_eq!(parts, [Part::Title, Part::Body, Part::Notes, Part::Bio]);
        // A body paragraph about a person followed by more body stays body.
        let blocks = [
            block(1, "A Title"),
            block(0, "Tomas Varga is the new governor of the province."),
            block(0, "He promised new dykes."),
        ];
        let parts: Vec<Part> = classify(&blocks).into_iter().map(|(p, _)| p).collect();
        assert_eq!(parts, [Part::Title, Part::Body, Part::Body]);
    }

    #[test]
    fn the_title_is_the_block_before_a_byline_of_names_alone() {
        let blocks = [
            block(0, "DELTA POLICY INSTITUTE"),
            block(0, "Policy Brief No. 4 | June 2025"),
            block(0, "Water as Leverage on the Delta"),
            block(0, "Jane Roe and John Poe"),
            block(2, "Summary"),
            block(0, "Rivers rose in the spring. Farmers moved their herds."),
        ];
        let parts: Vec<Part> = classify(&blocks).into_iter().map(|(p, _)| p).collect();
        assert_eq!(
            parts,
            [
                Part::Caption,
                Part::Caption,
                Part::Title,
                Part::Byline,
                Part::Heading,
                Part::Body
            ]
        );
        assert!(is_name_list("Jane Roe, John Poe & Ann Lee"));
        assert!(!is_name_list("South Korea and Japan"));
        assert!(!is_name_list("JANE ROE AND JOHN POE"));
        assert!(!is_name_list("Jane Roe and John Poe met."));
        // A title of capitalised common words is no name; a name of common words after a
        // given name is.
        assert!(!is_name_list("Reservoirs Running Dry"));
        assert!(!is_name_list("Rising Seas and Falling Catches"));
        assert!(is_name_list("Grace Bell and Mark Stone"));
    }
}
