//! The review pages: `brief.html` per brief ([`brief_page`]) and `index.html` over the corpus
//! ([`index::render`]). A page shows the brief's clean text by blocks and parts, every entity
//! mention highlighted by type (its name, type and Wikidata item in a tooltip on hover and on
//! keyboard focus), every repair (what the source had, toggled per kind), the metadata, and the
//! hashes with the commands that re-check them.
//!
//! Each page is a pure function of its inputs to bytes: no clock, no random identifier, every
//! list in model or sorted order, so the same brief gives the same bytes on every run and every
//! machine. The page is self-contained: its style and its one small script are inline, nothing
//! is fetched (it works from `file://` offline), and a Content-Security-Policy allows only
//! those two, by their SHA-256 ([`content_security_policy`]). It is readable without
//! JavaScript (the script only lets Escape dismiss a tooltip; the toggles are CSS `:has()`),
//! keyboard-accessible (skip link, landmarks, headings, focusable highlights with visible
//! focus) and printable (a print style sheet). Every text from the brief is escaped
//! (module `escape`): nothing in a brief can inject markup or script.
//!
//! Entity types are styled by a table keyed by the type's name in `page.css`
//! (`[data-k=person]`): a type the table does not know still gets a highlight (grey, solid
//! underline), its name as its label, and needs no code change.

mod claims;
mod escape;
pub mod index;
mod text;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;
use std::sync::OnceLock;

use base64::Engine;
use sha2::{Digest, Sha256};

use crate::emit::iri::{Iris, SpanKind};
use crate::model::{
    Anchor, BlockKind, Document, Entity, EntityKey, Mention, Part, Repair, RepairKind, TextIndex,
};
use text::Item;

pub use escape::safe_url;

/// What a brief's page needs besides its document.
#[derive(Debug, Clone, Copy)]
pub struct PageContext<'a> {
    /// The brief's IRIs (the page's element ids are the fragments of its span IRIs).
    pub iris: &'a Iris,
    /// SHA-256 of the brief graph's RDFC-1.0 canonical N-Quads.
    pub graph_sha256: &'a str,
    /// The other data files of the brief's folder (`brief.trig`, `brief.jsonld` …), linked
    /// from the page, in this order.
    pub files: &'a [&'a str],
    /// The briefkg version that writes the page.
    pub version: &'a str,
}

/// Repair kinds whose marks are hidden in the text until asked for: layout-only changes that
/// occur on nearly every line. Every other kind (including kinds added later) is shown.
const QUIET_REPAIRS: &[&str] = &["markup", "line-join", "space-character"];

/// Human names of the entity types, keyed by the type's stable name. A type missing here is
/// named from its stable name (`weapon-system` → `Weapon system`).
const TYPE_LABELS: &[(&str, &str)] = &[
    ("person", "Person"),
    ("organization", "Organization"),
    ("country", "Country"),
    ("place", "Place"),
    ("agreement", "Agreement"),
    ("publication", "Publication"),
    ("weapon-system", "Weapon system"),
    ("event", "Event"),
];

/// The human name of an entity type.
pub fn type_label(kind: &str) -> String {
    TYPE_LABELS.iter().find(|(k, _)| *k == kind).map_or_else(
        || {
            let words = kind.replace(['-', '_'], " ");
            let mut c = words.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        },
        |(_, l)| (*l).to_owned(),
    )
}

/// An inline asset (style sheet or script) and its CSP hash source (`'sha256-…'`).
struct Asset {
    text: String,
    csp: String,
}

impl Asset {
    fn new(text: String) -> Self {
        let digest = Sha256::digest(text.as_bytes());
        let csp = format!(
            "'sha256-{}'",
            base64::engine::general_purpose::STANDARD.encode(digest)
        );
        Asset { text, csp }
    }
}

/// `page.css` without comments and line breaks, followed by one rule that shows the repair
/// marks of each kind whose checkbox is checked (`#rk-markup`), for every repair kind.
fn style() -> &'static Asset {
    static STYLE: OnceLock<Asset> = OnceLock::new();
    STYLE.get_or_init(|| {
        let mut css = minify_css(include_str!("page.css"));
        let toggles: Vec<String> = RepairKind::ALL
            .iter()
            .map(|k| {
                let k = escape::name(k.as_str());
                format!("body:has(#rk-{k}:checked) .o[data-r={k}]")
            })
            .collect();
        let _ = write!(css, "{}{{display:inline}}", toggles.join(","));
        Asset::new(css)
    })
}

/// `page.js` without its comment lines and line breaks.
fn script() -> &'static Asset {
    static SCRIPT: OnceLock<Asset> = OnceLock::new();
    SCRIPT.get_or_init(|| {
        let js: String = include_str!("page.js")
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("");
        Asset::new(js)
    })
}

/// Removes `/* … */` comments and line breaks from a style sheet written one rule a line.
fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find("*/").map_or("", |j| &rest[i + j + 2..]);
    }
    out.push_str(rest);
    out.lines().map(str::trim).collect::<Vec<_>>().join("")
}

/// The Content-Security-Policy of a page: nothing may load or run but the inline style sheet
/// and script whose hashes are given (`script` `None`: no script at all). No fetch, no image,
/// no font, no frame, no form target, no `<base>`.
pub fn content_security_policy(style_csp: &str, script_csp: Option<&str>) -> String {
    format!(
        "default-src 'none'; style-src {style_csp}; script-src {}; base-uri 'none'; form-action 'none'",
        script_csp.unwrap_or("'none'")
    )
}

/// Writes the document head: charset, viewport, CSP, title, style.
fn head(out: &mut String, title: &str, version: &str, with_script: bool) {
    let style = style();
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n");
    let _ = writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        content_security_policy(&style.csp, with_script.then_some(script().csp.as_str()))
    );
    out.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    out.push_str("<meta name=\"generator\" content=\"briefkg ");
    escape::attr(out, version);
    out.push_str("\">\n<title>");
    escape::title(out, title);
    out.push_str("</title>\n<style>");
    out.push_str(&style.text);
    out.push_str("</style>\n</head>\n");
}

/// Writes the script element and the end of the page.
fn tail(out: &mut String, with_script: bool) {
    if with_script {
        out.push_str("<script>");
        out.push_str(&script().text);
        out.push_str("</script>\n");
    }
    out.push_str("</body>\n</html>\n");
}

/// How a mention was resolved to its entity (`bkg:resolution` in the graph).
fn resolution(m: &Mention) -> &'static str {
    m.resolution.as_str()
}

/// The knowledge base's category of an entity (`government_body`, `capital` …).
fn category(e: &Entity) -> Option<&str> {
    e.category.as_deref()
}

/// The fragment of an IRI (after `#`), the id of its element on the page.
fn fragment(iri: &oxrdf::NamedNode) -> String {
    iri.as_str()
        .rsplit_once('#')
        .map_or_else(String::new, |(_, f)| f.to_owned())
}

/// A Wikidata item identifier (`Q` and digits) and its page, when the value is one.
fn wikidata(id: &str) -> Option<(String, String)> {
    let digits = id.strip_prefix('Q')?;
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| (id.to_owned(), format!("https://www.wikidata.org/wiki/{id}")))
}

/// Writes a link to a Wikidata item, or the value as text when it is not an item identifier.
fn wikidata_link(out: &mut String, id: &str) {
    match wikidata(id) {
        Some((id, url)) => {
            let _ = write!(out, "<a href=\"{url}\">{id}</a>");
        }
        None => escape::text(out, id),
    }
}

/// Writes brief text isolated from its surroundings (`<bdi>`), escaped.
fn bdi(out: &mut String, s: &str) {
    out.push_str("<bdi>");
    escape::text(out, s);
    out.push_str("</bdi>");
}

/// Counts shown at the top of a page and in the index.
struct Tally {
    mentions: BTreeMap<String, usize>,
    entities: BTreeMap<String, usize>,
    repairs: BTreeMap<&'static str, usize>,
}

impl Tally {
    fn of(doc: &Document) -> Self {
        let mut t = Tally {
            mentions: BTreeMap::new(),
            entities: BTreeMap::new(),
            repairs: BTreeMap::new(),
        };
        for m in &doc.mentions {
            *t.mentions
                .entry(m.entity.kind.as_str().to_owned())
                .or_default() += 1;
        }
        let mentioned: BTreeSet<&EntityKey> = doc.mentions.iter().map(|m| &m.entity).collect();
        for e in &doc.entities {
            if mentioned.contains(&e.key) {
                *t.entities
                    .entry(e.key.kind.as_str().to_owned())
                    .or_default() += 1;
            }
        }
        for r in &doc.clean.repairs {
            *t.repairs.entry(r.kind.as_str()).or_default() += 1;
        }
        t
    }
}

/// Everything the page writer looks up while it writes.
struct Page<'a> {
    doc: &'a Document,
    cx: &'a PageContext<'a>,
    index: TextIndex,
    /// Entity key → its row number in the entity table (`#e3`).
    entity_row: BTreeMap<&'a EntityKey, usize>,
    /// Mention ids (`m610-621`), one per mention, in mention order; an id two mentions would
    /// share is given to the first only.
    mention_ids: Vec<Option<String>>,
    /// Repair ids (`r12-13`), likewise.
    repair_ids: Vec<Option<String>>,
    /// Claim mark ids (`c610-700`), likewise ([`claims::ids`]).
    claim_ids: Vec<Option<String>>,
    /// Claim IRIs (`{base}claim/{hash}`) from the graph, one per claim ([`claims::iris`]).
    claim_iris: Vec<Option<String>>,
    tally: Tally,
}

/// Renders the review page of one brief (`brief.html`): see the module documentation.
/// `quads` are the brief's graph ([`crate::emit::rdf::quads`]), read for the claims' IRIs
/// (module `claims`). The bytes depend only on `doc`, `quads` and `cx`.
pub fn brief_page(doc: &Document, quads: &[oxrdf::Quad], cx: &PageContext<'_>) -> Vec<u8> {
    let mut seen = BTreeSet::new();
    let mut unique = |id: String| seen.insert(id.clone()).then_some(id);
    let mention_ids = doc
        .mentions
        .iter()
        .map(|m| unique(fragment(&cx.iris.span(SpanKind::Mention, &m.anchor))))
        .collect();
    let repair_ids = doc
        .clean
        .repairs
        .iter()
        .map(|r| unique(fragment(&cx.iris.repair(r.source.start, r.source.end))))
        .collect();
    let page = Page {
        doc,
        cx,
        index: TextIndex::new(&doc.clean.text),
        entity_row: doc
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (&e.key, i))
            .collect(),
        mention_ids,
        repair_ids,
        claim_ids: claims::ids(cx.iris, &doc.claims),
        claim_iris: claims::iris(doc, cx.iris, quads),
        tally: Tally::of(doc),
    };
    let mut out = String::with_capacity(doc.source.byte_len * 8 + 16_384);
    page.write(&mut out);
    out.into_bytes()
}

impl Page<'_> {
    fn title(&self) -> &str {
        self.doc
            .metadata
            .title
            .as_deref()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or(&self.doc.source.name)
    }

    fn write(&self, out: &mut String) {
        let title = format!("{} · briefkg review", self.title());
        head(out, &title, self.cx.version, true);
        out.push_str("<body>\n<a class=\"skip\" href=\"#text\">Skip to the text</a>\n");
        self.header(out);
        out.push_str("<main id=\"main\">\n<div class=\"wrap layout\">\n");
        self.panel(out);
        self.article(out);
        out.push_str("</div>\n<div class=\"wrap\">\n");
        self.claims(out);
        self.entities(out);
        self.repairs(out);
        self.metadata(out);
        self.hashes(out);
        out.push_str("</div>\n</main>\n");
        let _ = write!(
            out,
            "<footer class=\"foot\"><p>Written by briefkg {} from <bdi>",
            self.cx.version
        );
        escape::text(out, &self.doc.source.name);
        out.push_str(
            "</bdi>. This page is a view of the brief's model; the graph is the record. \
             <code>briefkg verify</code> checks this page's bytes against <code>manifest.json</code>.</p></footer>\n",
        );
        tail(out, true);
    }

    fn header(&self, out: &mut String) {
        let doc = self.doc;
        out.push_str("<header class=\"top\">\n<p class=\"kicker\">briefkg review page · ");
        bdi(out, &doc.source.name);
        out.push_str("</p>\n<h1>");
        bdi(out, self.title());
        out.push_str("</h1>\n");
        let m = &doc.metadata;
        let mut parts: Vec<String> = Vec::new();
        if !m.authors.is_empty() {
            let mut s = String::from("By ");
            for (i, a) in m.authors.iter().enumerate() {
                if i > 0 {
                    s.push_str(if i + 1 == m.authors.len() {
                        " and "
                    } else {
                        ", "
                    });
                }
                bdi(&mut s, &a.name);
            }
            parts.push(s);
        }
        for v in [
            m.date.as_deref(),
            m.publisher.as_ref().map(|p| p.organization.name.as_str()),
        ]
        .into_iter()
        .flatten()
        {
            let mut s = String::new();
            bdi(&mut s, v);
            parts.push(s);
        }
        if !parts.is_empty() {
            let _ = writeln!(out, "<p class=\"byl\">{}</p>", parts.join(" · "));
        }
        out.push_str("<nav aria-label=\"Page\"><ul>");
        let _ = write!(
            out,
            "<li><a href=\"#text\">Text</a><li><a href=\"#claims\">Claims ({})</a>\
             <li><a href=\"#entities\">Entities ({})</a>\
             <li><a href=\"#repairs\">Repairs ({})</a><li><a href=\"#metadata\">Metadata</a>\
             <li><a href=\"#hashes\">Hashes and verification</a>",
            doc.claims.len(),
            self.tally.entities.values().sum::<usize>(),
            doc.clean.repairs.len()
        );
        for f in self.cx.files {
            out.push_str("<li><a href=\"");
            escape::attr(out, f);
            out.push_str("\">");
            escape::text(out, f);
            out.push_str("</a>");
        }
        out.push_str(
            "<li><a href=\"manifest.json\">manifest.json</a><li><a href=\"../index.html\">All briefs</a></ul></nav>\n</header>\n",
        );
    }

    fn panel(&self, out: &mut String) {
        out.push_str("<aside class=\"panel\" aria-labelledby=\"legend-h\">\n<h2 id=\"legend-h\">Entity types</h2>\n<ul class=\"legend\">");
        let t = &self.tally;
        for (kind, n) in &t.mentions {
            let k = escape::name(kind);
            let _ = write!(
                out,
                "<li><span class=\"sw\" data-k=\"{k}\">{}</span> <span class=\"n\">{n} mention{}, {} entit{}</span>",
                type_label(kind),
                plural(*n),
                t.entities.get(kind).copied().unwrap_or(0),
                if t.entities.get(kind) == Some(&1) { "y" } else { "ies" }
            );
        }
        if t.mentions.is_empty() {
            out.push_str("<li>No entity mention in this brief.");
        }
        out.push_str("</ul>\n<h2 id=\"claims-legend-h\">Claim kinds</h2>\n<ul class=\"legend claims-legend\">");
        let mut kinds: BTreeMap<crate::model::ClaimKind, usize> = BTreeMap::new();
        for c in &self.doc.claims {
            *kinds.entry(c.kind).or_default() += 1;
        }
        for (kind, n) in &kinds {
            let _ = write!(
                out,
                "<li><span class=\"sw\" data-ck=\"{}\">{}</span> <span class=\"n\">{n} claim{}</span>",
                escape::name(kind.as_str()),
                claims::kind_label(*kind),
                plural(*n)
            );
        }
        if kinds.is_empty() {
            out.push_str("<li>No claim in this brief.");
        }
        out.push_str("</ul>\n<fieldset><legend>Show in the text</legend><label><input type=\"checkbox\" id=\"show-claims\" checked> claims</label><label><input type=\"checkbox\" id=\"show-types\"> the type after each mention</label></fieldset>\n");
        if !t.repairs.is_empty() {
            out.push_str("<fieldset><legend>Repairs shown in the text</legend>");
            for (kind, n) in &t.repairs {
                let k = escape::name(kind);
                let checked = if QUIET_REPAIRS.contains(kind) {
                    ""
                } else {
                    " checked"
                };
                let _ = write!(
                    out,
                    "<label><input type=\"checkbox\" id=\"rk-{k}\"{checked}> {k} <span class=\"n\">({n})</span></label>"
                );
            }
            out.push_str("</fieldset>\n");
        }
        out.push_str("</aside>\n");
    }

    fn article(&self, out: &mut String) {
        let doc = self.doc;
        out.push_str("<article id=\"text\" aria-labelledby=\"text-h\"");
        let lang = &doc.metadata.language;
        if !lang.is_empty() && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            let _ = write!(out, " lang=\"{lang}\"");
        }
        out.push_str(">\n<h2 id=\"text-h\">The brief's clean text</h2>\n");
        let t = &self.tally;
        let _ = writeln!(
            out,
            "<p class=\"counts\">{} mention{} of {} entit{}, {} sentence{} in {} paragraph{}, {} section{}, {} repair{}.</p>",
            doc.mentions.len(),
            plural(doc.mentions.len()),
            t.entities.values().sum::<usize>(),
            if t.entities.values().sum::<usize>() == 1 { "y" } else { "ies" },
            doc.sentences.len(),
            plural(doc.sentences.len()),
            doc.paragraphs.len(),
            plural(doc.paragraphs.len()),
            doc.sections.len(),
            plural(doc.sections.len()),
            doc.clean.repairs.len(),
            plural(doc.clean.repairs.len()),
        );
        let paragraph_ids: BTreeMap<(usize, usize), String> = doc
            .paragraphs
            .iter()
            .map(|p| {
                (
                    (p.anchor.clean.start, p.anchor.clean.end),
                    fragment(&self.cx.iris.span(SpanKind::Paragraph, &p.anchor)),
                )
            })
            .collect();
        let section_ids: BTreeMap<(usize, usize), String> = doc
            .sections
            .iter()
            .map(|s| {
                (
                    (s.heading.clean.start, s.heading.clean.end),
                    fragment(&self.cx.iris.span(SpanKind::Section, &s.heading)),
                )
            })
            .collect();
        // Repairs are shown in the block that holds their clean offset, or the next one.
        let mut repairs: Vec<usize> = (0..doc.clean.repairs.len()).collect();
        repairs.sort_by_key(|&i| (doc.clean.repairs[i].clean_start, i));
        let mut mentions: Vec<usize> = (0..doc.mentions.len()).collect();
        mentions.sort_by_key(|&i| (doc.mentions[i].anchor.clean.start, i));
        let (mut next_repair, mut next_mention) = (0, 0);
        // Claims are in text order; `active` holds those that may reach the current block.
        let mut claims: Vec<usize> = (0..doc.claims.len()).collect();
        claims.sort_by_key(|&i| (doc.claims[i].anchor.clean.start, i));
        let (mut next_claim, mut active) = (0, Vec::new());
        let mut started = vec![false; doc.claims.len()];
        for (b, block) in doc.blocks.iter().enumerate() {
            let span = block.anchor.clean;
            let last = b + 1 == doc.blocks.len();
            while let Some(&i) = claims.get(next_claim) {
                if doc.claims[i].anchor.clean.start >= span.end {
                    break;
                }
                active.push(i);
                next_claim += 1;
            }
            let mut items = self.claim_items(span, &active, &mut started);
            active.retain(|&i| doc.claims[i].anchor.clean.end > span.end);
            while let Some(&i) = repairs.get(next_repair) {
                let r = &doc.clean.repairs[i];
                if r.clean_start > span.end && !last {
                    break;
                }
                let at = r.clean_start.clamp(span.start, span.end);
                items.push(self.repair_item(i, r, at));
                next_repair += 1;
            }
            while let Some(&i) = mentions.get(next_mention) {
                let m = &doc.mentions[i];
                if m.anchor.clean.start >= span.end && !last {
                    break;
                }
                items.push(self.mention_item(i, m, span));
                next_mention += 1;
            }
            let key = (span.start, span.end);
            let (tag, id) = match block.kind {
                BlockKind::Heading { .. }
                    if !matches!(block.part, Part::Title | Part::SeriesHeading) =>
                {
                    ("h3", section_ids.get(&key).or(paragraph_ids.get(&key)))
                }
                _ => ("p", paragraph_ids.get(&key).or(section_ids.get(&key))),
            };
            let _ = write!(
                out,
                "<{tag} data-part=\"{}\"",
                escape::name(block.part.as_str())
            );
            if let Some(id) = id {
                let _ = write!(out, " id=\"{id}\"");
            }
            out.push('>');
            let s = &doc.clean.text[self.index.byte(span.start)..self.index.byte(span.end)];
            text::write(out, s, span.start, &items);
            let _ = writeln!(out, "</{tag}>");
        }
        out.push_str("</article>\n");
    }

    /// A mention's highlight: the type in `data-k`, focusable, with its tooltip.
    fn mention_item(&self, i: usize, m: &Mention, block: crate::model::Span) -> Item {
        let kind = escape::name(m.entity.kind.as_str());
        let mut first = format!("<mark class=\"m\" data-k=\"{kind}\"");
        if let Some(id) = &self.mention_ids[i] {
            let _ = write!(first, " id=\"{id}\"");
        }
        first.push_str(" tabindex=\"0\"><span class=\"tip\" role=\"tooltip\">");
        let entity = self
            .entity_row
            .get(&m.entity)
            .map(|&row| (row, &self.doc.entities[row]));
        let name = entity.map_or(m.entity.id.as_str(), |(_, e)| e.name.as_str());
        first.push_str("<b>");
        bdi(&mut first, name);
        let _ = write!(first, "</b><br>{}", type_label(m.entity.kind.as_str()));
        if let Some(q) = entity.and_then(|(_, e)| e.wikidata.as_deref()) {
            first.push_str(" · Wikidata ");
            wikidata_link(&mut first, q);
        }
        let _ = write!(first, "<br>matched: {}", resolution(m));
        if let Some((row, _)) = entity {
            let _ = write!(first, " · <a href=\"#e{row}\">entity</a>");
        }
        first.push_str("</span>");
        Item {
            start: m.anchor.clean.start.clamp(block.start, block.end),
            end: m.anchor.clean.end.clamp(block.start, block.end),
            rank: 1,
            first,
            cont: format!("<mark class=\"m mc\" data-k=\"{kind}\">"),
            close: "</mark>",
        }
    }

    /// A repair's mark: empty in the text, shown (per kind) as what the source had.
    fn repair_item(&self, i: usize, r: &Repair, at: usize) -> Item {
        let kind = escape::name(r.kind.as_str());
        let mut first = format!(
            "<span class=\"o{}\" data-r=\"{kind}\"",
            if r.inferred { " i" } else { "" }
        );
        if let Some(id) = &self.repair_ids[i] {
            let _ = write!(first, " id=\"{id}\"");
        }
        first.push_str("><del>");
        escape::visible(&mut first, &r.original);
        first.push_str("</del><ins>");
        escape::visible(&mut first, &r.replacement);
        first.push_str("</ins>");
        Item {
            start: at,
            end: at,
            rank: 2,
            first,
            cont: String::new(),
            close: "</span>",
        }
    }

    fn entities(&self, out: &mut String) {
        let doc = self.doc;
        out.push_str("<section class=\"part\" id=\"entities\" aria-labelledby=\"entities-h\">\n<h2 id=\"entities-h\">Entities</h2>\n");
        if doc.entities.is_empty() {
            out.push_str("<p>No entity in this brief.</p>\n</section>\n");
            return;
        }
        let mut by_entity: BTreeMap<&EntityKey, Vec<usize>> = BTreeMap::new();
        for (i, m) in doc.mentions.iter().enumerate() {
            by_entity.entry(&m.entity).or_default().push(i);
        }
        out.push_str("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Type<th scope=\"col\">Name<th scope=\"col\">Wikidata<th scope=\"col\" class=\"num\">Mentions<th scope=\"col\">Where<th scope=\"col\">Key</tr></thead>\n<tbody>\n");
        for (row, e) in doc.entities.iter().enumerate() {
            let kind = e.key.kind.as_str();
            let _ = write!(
                out,
                "<tr id=\"e{row}\"><td><span class=\"sw\" data-k=\"{}\">{}</span>",
                escape::name(kind),
                type_label(kind)
            );
            if let Some(c) = category(e) {
                out.push_str(" <span class=\"src\">");
                escape::text(out, c);
                out.push_str("</span>");
            }
            out.push_str("<td>");
            bdi(out, &e.name);
            out.push_str("<td>");
            if let Some(q) = &e.wikidata {
                wikidata_link(out, q);
            }
            let mentions = by_entity.get(&e.key).map_or(&[][..], Vec::as_slice);
            let _ = write!(
                out,
                "<td class=\"num\">{}<td class=\"links\">",
                mentions.len()
            );
            if mentions.is_empty() {
                out.push_str("metadata only");
            }
            for (n, &i) in mentions.iter().enumerate() {
                if let Some(id) = &self.mention_ids[i] {
                    let _ = write!(out, "<a href=\"#{id}\">{}</a>", n + 1);
                }
            }
            out.push_str("<td><code>");
            escape::text(out, kind);
            out.push(':');
            escape::text(out, &crate::emit::iri::encode_segment(&e.key.id));
            out.push_str("</code></tr>\n");
        }
        out.push_str("</tbody></table></div>\n</section>\n");
    }

    fn repairs(&self, out: &mut String) {
        let repairs = &self.doc.clean.repairs;
        out.push_str("<section class=\"part\" id=\"repairs\" aria-labelledby=\"repairs-h\">\n<h2 id=\"repairs-h\">Repairs</h2>\n");
        if repairs.is_empty() {
            out.push_str("<p>The clean text is the source, unchanged.</p>\n</section>\n");
            return;
        }
        out.push_str("<p>Every change from the source to the clean text, in source order. Offsets are half-open; code points and bytes count from the start of the source file, the clean offset is where the replacement starts in the clean text. ↵ marks a line break, ⇥ a tab.</p>\n");
        out.push_str("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\" class=\"num\">#<th scope=\"col\">Kind<th scope=\"col\">The source had<th scope=\"col\">The clean text has<th scope=\"col\" class=\"num\">Source code points<th scope=\"col\" class=\"num\">Source bytes<th scope=\"col\" class=\"num\">Clean offset</tr></thead>\n<tbody>\n");
        for (i, r) in repairs.iter().enumerate() {
            out.push_str("<tr><td class=\"num\">");
            match &self.repair_ids[i] {
                Some(id) => {
                    let _ = write!(out, "<a href=\"#{id}\">{}</a>", i + 1);
                }
                None => {
                    let _ = write!(out, "{}", i + 1);
                }
            }
            let _ = write!(out, "<td>{}", escape::name(r.kind.as_str()));
            if r.inferred {
                out.push_str(" (inferred)");
            }
            out.push_str("<td><code>");
            escape::visible(out, &r.original);
            out.push_str("</code><td><code>");
            escape::visible(out, &r.replacement);
            let _ = writeln!(
                out,
                "</code><td class=\"num\">{}–{}<td class=\"num\">{}–{}<td class=\"num\">{}</tr>",
                r.source.start, r.source.end, r.source.byte_start, r.source.byte_end, r.clean_start
            );
        }
        out.push_str("</tbody></table></div>\n</section>\n");
    }

    fn metadata(&self, out: &mut String) {
        let m = &self.doc.metadata;
        out.push_str("<section class=\"part\" id=\"metadata\" aria-labelledby=\"metadata-h\">\n<h2 id=\"metadata-h\">Metadata</h2>\n<dl class=\"meta\">\n");
        let row = |out: &mut String, name: &str, value: &str| {
            let _ = write!(out, "<dt>{name}<dd>");
            bdi(out, value);
            out.push('\n');
        };
        if let Some(t) = &m.title {
            row(out, "Title", t);
        }
        for a in &m.authors {
            out.push_str("<dt>Author<dd>");
            bdi(out, &a.name);
            for f in &a.affiliations {
                let parts: Vec<&str> = [
                    f.role.as_deref(),
                    f.organization.as_ref().map(|o| o.name.as_str()),
                    f.place.as_deref(),
                ]
                .into_iter()
                .flatten()
                .collect();
                if !parts.is_empty() {
                    out.push_str("<br><span class=\"src\">");
                    bdi(out, &parts.join(", "));
                    out.push_str("</span>");
                }
            }
            out.push('\n');
        }
        if let Some(d) = &m.date {
            row(out, "Published", d);
        }
        if let Some(s) = &m.series {
            row(out, "Series", s);
        }
        if let Some(i) = &m.issue {
            row(out, "Issue", i);
        }
        if let Some(p) = &m.publisher {
            out.push_str("<dt>Publisher<dd>");
            bdi(out, &p.organization.name);
            for (label, v) in [
                ("", p.address.as_deref()),
                ("Telephone ", p.telephone.as_deref()),
                ("Fax ", p.fax.as_deref()),
            ] {
                if let Some(v) = v {
                    let _ = write!(out, "<br>{label}");
                    bdi(out, v);
                }
            }
            if let Some(u) = &p.url {
                out.push_str("<br>");
                url(out, u);
            }
            out.push('\n');
        }
        if let Some(p) = &m.place {
            row(out, "Place", p);
        }
        if !m.language.is_empty() {
            row(out, "Language", &m.language);
        }
        if !m.urls.is_empty() {
            out.push_str("<dt>Cited addresses<dd>");
            for (i, u) in m.urls.iter().enumerate() {
                if i > 0 {
                    out.push_str("<br>");
                }
                url(out, u);
            }
            out.push('\n');
        }
        out.push_str("</dl>\n</section>\n");
    }

    fn hashes(&self, out: &mut String) {
        let doc = self.doc;
        let src = &doc.source;
        out.push_str("<section class=\"part\" id=\"hashes\" aria-labelledby=\"hashes-h\">\n<h2 id=\"hashes-h\">Hashes and verification</h2>\n<dl class=\"meta\">\n<dt>Source file<dd>");
        bdi(out, &src.name);
        out.push_str(" · ");
        escape::text(out, &src.media_type);
        let _ = write!(
            out,
            " · {} bytes, {} code points\n<dt>Source SHA-256<dd><code class=\"hash\">{}</code>\n",
            src.byte_len, src.char_len, src.sha256
        );
        let _ = write!(
            out,
            "<dt>Brief IRI<dd><code class=\"hash\">{}</code>\n<dt>Graph IRI<dd><code class=\"hash\">{}</code>\n",
            html_text(self.cx.iris.brief().as_str()),
            html_text(self.cx.iris.graph().as_str())
        );
        let _ = writeln!(
            out,
            "<dt>Graph SHA-256<dd><code class=\"hash\">{}</code><br><span class=\"src\">SHA-256 of the graph's canonical N-Quads (W3C RDFC-1.0)</span>",
            html_text(self.cx.graph_sha256)
        );
        let _ = writeln!(
            out,
            "<dt>Clean text SHA-256<dd><code class=\"hash\">{}</code>",
            doc.clean.sha256
        );
        out.push_str("<dt>Manifest<dd><a href=\"manifest.json\">manifest.json</a> lists every file of this folder, this page included, with its SHA-256 and size, and names the graph's hash; the corpus manifest <a href=\"../manifest.json\">../manifest.json</a> lists the hash of every brief manifest and a root hash over all of it. No hash sits inside the bytes it covers, so this page shows neither its own hash nor its manifest's.\n</dl>\n");
        out.push_str("<h3>Re-check</h3>\n<p>In the folder that holds the source brief, this prints the source SHA-256 above:</p>\n<pre class=\"cmd\"><code>sha256sum -- ");
        escape::text(out, &escape::shell_word(&src.name));
        out.push_str("</code></pre>\n<p>From the folder where the export ran (<code>output</code> is the folder that holds this page's folder and <code>briefs</code> the one that holds the source brief; these are <code>briefkg export</code>'s defaults), this re-checks every hash of the export offline: each file against the manifests (this page included), each graph against its hash, and each span and repair of the graph against the source bytes:</p>\n<pre class=\"cmd\"><code>briefkg verify output --sources briefs</code></pre>\n");
        out.push_str("<p><code>verify</code> checks this page by its bytes only: the page is rendered from the brief's full model, which the graph does not hold whole, so it cannot be re-rendered from the graph. The graph (<code>brief.trig</code> or <code>brief.jsonld</code>) is the record.</p>\n</section>\n");
    }
}

/// `s`, escaped as HTML text.
fn html_text(s: &str) -> String {
    let mut out = String::new();
    escape::text(&mut out, s);
    out
}

/// Writes a web address: a link when it is a plain `http:` or `https:` address, else text.
fn url(out: &mut String, u: &str) {
    match escape::safe_url(u) {
        Some(u) => {
            out.push_str("<a href=\"");
            escape::attr(out, u);
            out.push_str("\">");
            bdi(out, u);
            out.push_str("</a>");
        }
        None => bdi(out, u),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The anchor of a span, for tests: the element id of a mention on its page.
pub fn mention_id(iris: &Iris, anchor: &Anchor) -> String {
    fragment(&iris.span(SpanKind::Mention, anchor))
}
