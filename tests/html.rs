//! The review pages (`brief.html`, `index.html`) without a browser: read back with an HTML5
//! tokenizer, every page holds only its own elements and attributes (whatever the brief holds),
//! one highlight per mention and one mark per repair with the ids of their graph nodes, the
//! clean text block by block, a Content-Security-Policy naming the hashes of its inline style
//! and script; the bytes are deterministic; `verify` checks the pages (file hashes, the corpus
//! page rendered again, the manifests' summaries against the graphs).

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use base64::Engine;
use briefkg::emit::html;
use briefkg::emit::iri::Iris;
use briefkg::emit::Format;
use briefkg::model::{BlockKind, Document, Part};
use briefkg::pipeline::{self, Options};
use briefkg::provenance::hash::sha256_hex;
use briefkg::provenance::manifest::{self, BriefManifest, CorpusManifest, FileEntry};
use briefkg::provenance::verify::{self, DirTree, FileRef, MemTree, Report};
use html5tokenizer::{NaiveParser, Token};

/// Export options with the review pages (and TriG, the graph `verify` reads).
fn with_pages() -> Options {
    Options {
        formats: [Format::TriG, Format::Html].into_iter().collect(),
        ..Options::default()
    }
}

/// The hostile page fixtures (`tests/fixtures/hostile-page/`).
fn hostile_page_fixtures() -> Vec<PathBuf> {
    pipeline::collect_inputs(&[common::root().join("tests/fixtures/hostile-page")])
        .expect("fixtures are readable")
}

/// Every brief the page tests read: the bundled briefs, the hostile-text fixture and the
/// hostile page fixtures.
fn all_briefs() -> Vec<PathBuf> {
    let mut out = common::sample_briefs();
    out.push(common::hostile_fixture());
    out.extend(hostile_page_fixtures());
    out
}

/// A brief's document and its page.
fn page_of(path: &std::path::Path) -> (Document, String) {
    let doc = common::analyze(path);
    let rendered = pipeline::render(&doc, &with_pages());
    let page = String::from_utf8(rendered.files["brief.html"].clone()).expect("UTF-8");
    (doc, page)
}

/// A start tag: name and attributes.
#[derive(Debug, Clone)]
struct Tag {
    name: String,
    attrs: BTreeMap<String, String>,
}

impl Tag {
    fn class(&self) -> BTreeSet<&str> {
        self.attrs
            .get("class")
            .map(|c| c.split_whitespace().collect())
            .unwrap_or_default()
    }
}

/// A page as a browser's tokenizer reads it.
enum Tok {
    Start(Tag),
    End(String),
    Char(char),
    Comment,
}

fn tokens(page: &str) -> Vec<Tok> {
    NaiveParser::new(page)
        .flatten()
        .filter_map(|t| match t {
            Token::StartTag(t) => Some(Tok::Start(Tag {
                name: t.name,
                attrs: t
                    .attributes
                    .into_iter()
                    .map(|a| (a.name.clone(), a.value.clone()))
                    .collect(),
            })),
            Token::EndTag(t) => Some(Tok::End(t.name)),
            Token::Char(c) => Some(Tok::Char(c)),
            Token::Comment(_) => Some(Tok::Comment),
            _ => None,
        })
        .collect()
}

fn start_tags(page: &str) -> Vec<Tag> {
    tokens(page)
        .into_iter()
        .filter_map(|t| match t {
            Tok::Start(t) => Some(t),
            _ => None,
        })
        .collect()
}

/// The elements and attributes the pages are made of; a page holding any other came from a
/// brief.
const ELEMENTS: &[&str] = &[
    "a", "article", "aside", "b", "bdi", "body", "br", "code", "dd", "del", "div", "dl", "dt",
    "fieldset", "footer", "h1", "h2", "h3", "head", "header", "html", "input", "ins", "label",
    "legend", "li", "main", "mark", "meta", "nav", "p", "pre", "script", "section", "span",
    "style", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
];
const ATTRIBUTES: &[&str] = &[
    "aria-label",
    "aria-labelledby",
    "charset",
    "checked",
    "class",
    "content",
    "data-ck",
    "data-cp",
    "data-k",
    "data-part",
    "data-r",
    "href",
    "http-equiv",
    "id",
    "lang",
    "name",
    "role",
    "scope",
    "tabindex",
    "type",
];

/// Checks a page holds only its own markup; `scripts` is how many script elements it has.
fn only_own_markup(name: &str, page: &str, scripts: usize) {
    let toks = tokens(page);
    assert!(
        !toks.iter().any(|t| matches!(t, Tok::Comment)),
        "{name}: a comment"
    );
    let tags = start_tags(page);
    for t in &tags {
        assert!(
            ELEMENTS.contains(&t.name.as_str()),
            "{name}: element <{}> is not the page's own",
            t.name
        );
        for (a, v) in &t.attrs {
            assert!(
                ATTRIBUTES.contains(&a.as_str()),
                "{name}: attribute {a}={v:?} on <{}>",
                t.name
            );
            if a == "href" {
                let fragment_or_file = v.starts_with('#') || !v.contains(':');
                let web = v.starts_with("https://") || v.starts_with("http://");
                assert!(fragment_or_file || web, "{name}: href {v:?}");
                assert!(
                    !v.to_ascii_lowercase().contains("javascript"),
                    "{name}: href {v:?}"
                );
            }
        }
    }
    let count = |n: &str| tags.iter().filter(|t| t.name == n).count();
    assert_eq!(count("script"), scripts, "{name}: script elements");
    assert_eq!(count("style"), 1, "{name}: style elements");
    assert_eq!(count("title"), 1, "{name}: title elements");
    assert!(page.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
}

#[test]
fn every_page_holds_only_its_own_markup_whatever_the_brief_holds() {
    let paths = all_briefs();
    assert!(paths.len() >= 7, "{paths:?}");
    for path in &paths {
        let (_, page) = page_of(path);
        only_own_markup(&path.display().to_string(), &page, 1);
    }
    // The hostile payloads are on the pages, as text.
    for path in hostile_page_fixtures() {
        let (doc, page) = page_of(&path);
        let text: String = tokens(&page)
            .into_iter()
            .filter_map(|t| match t {
                Tok::Char(c) => Some(c),
                _ => None,
            })
            .collect();
        for payload in ["onerror=", "window.pwned=1", "javascript:window.pwned=1"] {
            assert!(text.contains(payload), "{}: {payload}", path.display());
        }
        assert!(
            doc.clean.text.contains("<script>")
                || doc
                    .clean
                    .repairs
                    .iter()
                    .any(|r| r.original.contains("<script>")),
            "{}: the fixture holds a script element",
            path.display()
        );
    }
    let export = pipeline::export(&all_briefs(), &with_pages());
    assert!(export.errors.is_empty(), "{:?}", export.errors);
    only_own_markup(
        "index.html",
        &String::from_utf8_lossy(&export.files["index.html"]),
        0,
    );
}

/// The text of the elements of a page's article that hold the brief's blocks: one string per
/// block element, leaving out tooltips, repair marks, claim badges and the article's own
/// heading and counts.
fn block_texts(page: &str) -> Vec<(String, String)> {
    const VOID: &[&str] = &["br", "input", "meta"];
    let mut out = Vec::new();
    let mut in_article = false;
    // (element name, skipped) for every open element inside the article.
    let mut stack: Vec<(String, bool)> = Vec::new();
    let mut current: Option<(String, String)> = None;
    for t in tokens(page) {
        match t {
            Tok::Start(tag) if tag.name == "article" => in_article = true,
            Tok::End(n) if n == "article" => in_article = false,
            _ if !in_article => {}
            Tok::Start(tag) => {
                if VOID.contains(&tag.name.as_str()) {
                    continue;
                }
                let class = tag.class();
                let skip = stack.last().is_some_and(|s| s.1)
                    || class.contains("tip")
                    || class.contains("o")
                    || class.contains("cn");
                if stack.is_empty() {
                    if let Some(part) = tag.attrs.get("data-part") {
                        current = Some((part.clone(), String::new()));
                    }
                }
                stack.push((tag.name, skip));
            }
            Tok::End(n) => {
                let Some((open, _)) = stack.pop() else {
                    continue;
                };
                assert_eq!(open, n, "misnested </{n}>");
                if stack.is_empty() {
                    out.extend(current.take());
                }
            }
            Tok::Char(c) => {
                if let Some((_, text)) = current.as_mut() {
                    if !stack.last().is_some_and(|s| s.1) {
                        text.push(c);
                    }
                }
            }
            Tok::Comment => {}
        }
    }
    out
}

#[test]
fn every_block_mention_and_repair_is_on_the_page_once_with_its_graph_id() {
    // The bundled briefs have claims with quantities and dates, so the claim checks bite.
    let (mut all_claims, mut all_quantities, mut all_dates) = (0, 0, 0);
    for path in all_briefs() {
        let (doc, page) = page_of(&path);
        let name = path.display().to_string();
        let iris = Iris::new(&Options::default().base_iri, &doc.source.sha256);
        let tags = start_tags(&page);
        // Blocks: the page's text of each block is the clean text, code point for code point.
        let blocks = block_texts(&page);
        assert_eq!(blocks.len(), doc.blocks.len(), "{name}: blocks");
        let chars: Vec<char> = doc.clean.text.chars().collect();
        for (b, (part, text)) in doc.blocks.iter().zip(&blocks) {
            assert_eq!(part, b.part.as_str(), "{name}");
            let expected: String = chars[b.anchor.clean.start..b.anchor.clean.end]
                .iter()
                .collect();
            assert_eq!(
                text, &expected,
                "{name}: a block's text is not the clean text"
            );
        }
        let headings = tags.iter().filter(|t| t.name == "h3").count();
        let section_headings = doc
            .blocks
            .iter()
            .filter(|b| {
                matches!(b.kind, BlockKind::Heading { .. })
                    && !matches!(b.part, Part::Title | Part::SeriesHeading)
            })
            .count();
        assert_eq!(
            headings,
            section_headings + 1,
            "{name}: h3 per section heading, and Re-check"
        );
        // Mentions: one highlight each (continuations of a highlight cut by a crossing span
        // carry no id), with the id of its graph node.
        let highlights: Vec<&Tag> = tags
            .iter()
            .filter(|t| t.name == "mark" && t.class().contains("m") && !t.class().contains("mc"))
            .collect();
        assert_eq!(highlights.len(), doc.mentions.len(), "{name}: highlights");
        let ids: BTreeSet<&str> = highlights
            .iter()
            .filter_map(|t| t.attrs.get("id").map(String::as_str))
            .collect();
        let expected: BTreeSet<String> = doc
            .mentions
            .iter()
            .map(|m| html::mention_id(&iris, &m.anchor))
            .collect();
        assert_eq!(
            ids,
            expected.iter().map(String::as_str).collect(),
            "{name}: highlight ids"
        );
        for (t, m) in highlights.iter().zip(&doc.mentions) {
            assert_eq!(t.attrs["data-k"], m.entity.kind.as_str(), "{name}");
            assert_eq!(t.attrs["tabindex"], "0", "{name}: focusable");
        }
        // Claims: one mark each (continuations carry no id), with its span's id, opened by
        // one badge linking to its row in the claims table; every quantity and date marked.
        let claim_marks: Vec<&Tag> = tags
            .iter()
            .filter(|t| t.name == "span" && t.class().contains("c") && !t.class().contains("cx"))
            .collect();
        assert_eq!(claim_marks.len(), doc.claims.len(), "{name}: claim marks");
        for (t, c) in claim_marks.iter().zip(&doc.claims) {
            assert_eq!(t.attrs["data-ck"], c.kind.as_str(), "{name}");
        }
        let claim_ids: BTreeSet<&str> = claim_marks
            .iter()
            .filter_map(|t| t.attrs.get("id").map(String::as_str))
            .collect();
        let expected: BTreeSet<String> = doc
            .claims
            .iter()
            .map(|c| {
                let e = c.anchor.source_extent();
                format!("c{}-{}", e.start, e.end)
            })
            .collect();
        assert_eq!(
            claim_ids,
            expected.iter().map(String::as_str).collect(),
            "{name}: claim ids"
        );
        let badges: Vec<&Tag> = tags
            .iter()
            .filter(|t| t.name == "a" && t.class().contains("cn"))
            .collect();
        assert_eq!(badges.len(), doc.claims.len(), "{name}: claim badges");
        for (n, t) in badges.iter().enumerate() {
            let row = format!("claim-{}", n + 1);
            assert_eq!(t.attrs["href"], format!("#{row}"), "{name}");
            assert!(
                tags.iter()
                    .any(|t| t.name == "tr" && t.attrs.get("id") == Some(&row)),
                "{name}: no row {row}"
            );
        }
        let count = |class: &str| {
            tags.iter()
                .filter(|t| t.name == "span" && t.class().contains(class))
                .count()
        };
        // Each claim's row names its node in the graph: the graph's claims, each once.
        let quads = briefkg::emit::rdf::quads(&doc, &iris, Default::default());
        let graph_claims: BTreeSet<String> = quads
            .iter()
            .filter(|q| {
                q.predicate.as_str() == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
                    && q.object.to_string() == "<http://schema.org/Claim>"
            })
            .map(|q| q.subject.to_string().trim_matches(['<', '>']).to_owned())
            .collect();
        let claims_table = page
            .split("id=\"claims\"")
            .nth(1)
            .and_then(|s| s.split("</table>").next())
            .unwrap_or("");
        let listed: Vec<&str> = claims_table
            .split("<code class=\"hash\">")
            .skip(1)
            .filter_map(|s| s.split("</code>").next())
            .collect();
        assert_eq!(
            listed.len(),
            doc.claims.len(),
            "{name}: a claim IRI per row"
        );
        assert_eq!(
            listed
                .iter()
                .map(|s| s.to_string())
                .collect::<BTreeSet<_>>(),
            graph_claims,
            "{name}: the claim IRIs are the graph's"
        );
        let quantities: usize = doc.claims.iter().map(|c| c.quantities.len()).sum();
        let dates: usize = doc.claims.iter().map(|c| c.dates.len()).sum();
        assert_eq!(count("qv"), quantities, "{name}: quantity marks");
        assert_eq!(count("tv"), dates, "{name}: date marks");
        // Repairs: one mark each in the text and one row each in the table.
        let marks = tags
            .iter()
            .filter(|t| t.name == "span" && t.class().contains("o"))
            .count();
        assert_eq!(marks, doc.clean.repairs.len(), "{name}: repair marks");
        let table_links = doc
            .clean
            .repairs
            .iter()
            .filter(|r| {
                let id = format!("r{}-{}", r.source.start, r.source.end);
                tags.iter()
                    .any(|t| t.attrs.get("href") == Some(&format!("#{id}")))
            })
            .count();
        assert_eq!(table_links, doc.clean.repairs.len(), "{name}: repair rows");
        // Entities: one row each; legend: one swatch per type mentioned.
        let rows = tags
            .iter()
            .filter(|t| t.name == "tr" && t.attrs.get("id").is_some_and(|i| i.starts_with('e')))
            .count();
        assert_eq!(rows, doc.entities.len(), "{name}: entity rows");
        let kinds: BTreeSet<&str> = doc
            .mentions
            .iter()
            .map(|m| m.entity.kind.as_str())
            .collect();
        let in_legend = page
            .split("<ul class=\"legend\">")
            .nth(1)
            .and_then(|s| s.split("</ul>").next())
            .unwrap_or("");
        for k in &kinds {
            assert!(
                in_legend.contains(&format!("data-k=\"{k}\"")),
                "{name}: legend lacks {k}"
            );
        }
        // Title and hashes.
        assert_eq!(title_text(&page), common::page_title(&doc), "{name}: title");
        assert!(page.contains(&doc.source.sha256), "{name}: source hash");
        assert!(page.contains(&doc.clean.sha256), "{name}: clean text hash");
        all_claims += doc.claims.len();
        all_quantities += doc.claims.iter().map(|c| c.quantities.len()).sum::<usize>();
        all_dates += doc.claims.iter().map(|c| c.dates.len()).sum::<usize>();
    }
    assert!(
        all_claims > 50 && all_quantities > 5 && all_dates > 5,
        "{all_claims} {all_quantities} {all_dates}"
    );
}

#[test]
fn pages_are_deterministic_and_name_their_hashes_and_commands() {
    let a = pipeline::export(&[common::root().join("briefs")], &with_pages());
    let b = pipeline::export(&[common::root().join("briefs")], &with_pages());
    assert_eq!(a.files, b.files, "two exports give the same bytes");
    for (path, bytes) in &a.files {
        if !path.ends_with("brief.html") {
            continue;
        }
        let page = String::from_utf8(bytes.clone()).unwrap();
        let folder = path.trim_end_matches("/brief.html");
        let m: BriefManifest =
            serde_json::from_slice(&a.files[&format!("{folder}/manifest.json")]).unwrap();
        assert!(page.contains(&m.graph_sha256), "{path}: graph hash");
        assert!(page.contains(&m.source_sha256), "{path}: source hash");
        assert!(page.contains(&format!("sha256sum -- {}", m.source_name)));
        assert!(page.contains("briefkg verify output --sources briefs"));
        assert!(
            page.contains("<a href=\"brief.trig\">brief.trig</a>"),
            "{path}"
        );
        assert!(page.contains("<a href=\"../index.html\">"), "{path}");
    }
    // The hostile file name is quoted for the shell.
    let doc = common::analyze_text("it's <b>.md", "# A title\n\nRussia and China.\n");
    let page = String::from_utf8(pipeline::render(&doc, &with_pages()).files["brief.html"].clone())
        .unwrap();
    assert!(
        page.contains("sha256sum -- 'it'\\''s &lt;b&gt;.md'"),
        "{page}"
    );
}

/// `'sha256-…'` of a text.
fn csp_hash(text: &str) -> String {
    let digest = sha2_digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

fn sha2_digest(bytes: &[u8]) -> Vec<u8> {
    let hex = sha256_hex(bytes);
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// The text of the page's `<title>`, as a browser reads it.
fn title_text(page: &str) -> String {
    let mut inside = false;
    let mut out = String::new();
    for t in tokens(page) {
        match t {
            Tok::Start(t) if t.name == "title" => inside = true,
            Tok::End(n) if n == "title" => break,
            Tok::Char(c) if inside => out.push(c),
            _ => {}
        }
    }
    out
}

/// The text of the first element `name` of a page.
fn element_text(page: &str, name: &str) -> String {
    let open = format!("<{name}>");
    let close = format!("</{name}>");
    let start = page.find(&open).expect("element") + open.len();
    let end = start + page[start..].find(&close).expect("end tag");
    page[start..end].to_owned()
}

#[test]
fn the_content_security_policy_allows_only_the_pages_own_style_and_script() {
    let (_, page) = page_of(&common::sample_briefs()[0]);
    let csp = start_tags(&page)
        .into_iter()
        .find(|t| t.attrs.get("http-equiv").map(String::as_str) == Some("Content-Security-Policy"))
        .map(|t| t.attrs["content"].clone())
        .expect("a CSP meta element");
    let style = csp_hash(&element_text(&page, "style"));
    let script = csp_hash(&element_text(&page, "script"));
    assert_eq!(
        csp,
        format!(
            "default-src 'none'; style-src {style}; script-src {script}; base-uri 'none'; form-action 'none'"
        )
    );
    // The CSP comes before the style it allows; nothing is loaded from elsewhere.
    assert!(page.find("Content-Security-Policy").unwrap() < page.find("<style>").unwrap());
    for remote in ["src=", "@import", "url(", "<link"] {
        assert!(!page.contains(remote), "{remote}");
    }
    let export = pipeline::export(&[common::root().join("briefs")], &with_pages());
    let index = String::from_utf8(export.files["index.html"].clone()).unwrap();
    let style = csp_hash(&element_text(&index, "style"));
    assert!(index.contains(&format!("style-src {style}; script-src 'none';")));
}

#[test]
fn the_corpus_page_has_a_row_per_brief_with_its_counts_and_links() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    for p in common::sample_briefs() {
        std::fs::copy(&p, input.join(p.file_name().unwrap())).unwrap();
    }
    std::fs::copy(
        common::hostile_fixture(),
        input.join(common::HOSTILE_FILE_NAME),
    )
    .unwrap();
    let export = pipeline::export(&[input], &with_pages());
    assert!(export.errors.is_empty(), "{:?}", export.errors);
    let index = String::from_utf8(export.files["index.html"].clone()).unwrap();
    let corpus: CorpusManifest = serde_json::from_slice(&export.files["manifest.json"]).unwrap();
    assert!(corpus.files.iter().any(|f| f.path == "index.html"));
    let rows = start_tags(&index)
        .into_iter()
        .filter(|t| t.name == "th" && t.attrs.get("scope").map(String::as_str) == Some("row"))
        .count();
    assert_eq!(
        rows,
        corpus.briefs.len() + 1,
        "a row per brief and the totals"
    );
    let mut total_mentions = 0;
    for e in &corpus.briefs {
        let m: BriefManifest =
            serde_json::from_slice(&export.files[&format!("{}/manifest.json", e.name)]).unwrap();
        let folder = briefkg::emit::iri::encode_segment(&e.name);
        assert!(
            index.contains(&format!("href=\"{folder}/brief.html\"")),
            "{}",
            e.name
        );
        assert!(index.contains(&format!("href=\"{folder}/manifest.json\"")));
        assert!(index.contains(&format!("href=\"{folder}/brief.trig\"")));
        assert!(index.contains(&e.source_sha256[..16]));
        assert!(
            m.summary.mentions > 0 && m.summary.sentences > 0,
            "{}",
            e.name
        );
        total_mentions += m.summary.mentions;
    }
    assert!(index.contains(&format!("<td class=\"num\">{total_mentions}")));
    // The summaries are the documents' figures.
    for p in common::sample_briefs() {
        let doc = common::analyze(&p);
        let name = pipeline::output_name(&doc.source.name);
        let m: BriefManifest =
            serde_json::from_slice(&export.files[&format!("{name}/manifest.json")]).unwrap();
        assert_eq!(m.summary.mentions, doc.mentions.len());
        assert_eq!(m.summary.sentences, doc.sentences.len());
        assert_eq!(m.summary.repairs, doc.clean.repairs.len());
        assert_eq!(m.summary.title, doc.metadata.title);
        assert_eq!(m.summary.date, doc.metadata.date);
        let mentioned: BTreeSet<_> = doc.mentions.iter().map(|m| &m.entity).collect();
        assert_eq!(m.summary.entities, mentioned.len());
        assert_eq!(m.summary.claims, doc.claims.len(), "{name}: claims");
    }
}

fn run(files: &BTreeMap<String, Vec<u8>>, sources: &std::path::Path) -> Report {
    verify::verify(
        &MemTree::new(files.clone()),
        &DirTree::new(sources.to_owned()),
        None,
    )
    .expect("verify runs")
}

/// Writes the corpus manifest again after `files` changed: the file entries of the corpus
/// files and the brief manifests' hashes, then the root hash.
fn reseal(files: &mut BTreeMap<String, Vec<u8>>) {
    let mut corpus: CorpusManifest = serde_json::from_slice(&files["manifest.json"]).unwrap();
    for f in &mut corpus.files {
        *f = FileEntry::of(&f.path, &files[&f.path]);
    }
    for b in &mut corpus.briefs {
        b.manifest_sha256 = sha256_hex(&files[&format!("{}/manifest.json", b.name)]);
    }
    corpus.root_sha256 = manifest::root_hash(&corpus);
    files.insert("manifest.json".to_owned(), manifest::to_json(&corpus));
}

#[test]
fn verify_checks_the_pages_and_renders_the_corpus_page_again() {
    let briefs = common::root().join("briefs");
    let export = pipeline::export(std::slice::from_ref(&briefs), &with_pages());
    let report = run(&export.files, &briefs);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert!(report.counts.files >= 4 * 3 + 3);

    // A brief page changed: its hash is caught.
    let mut files = export.files.clone();
    let page = files.get_mut("dev-ai-governance/brief.html").unwrap();
    let at = page.len() / 2;
    page[at] ^= 1;
    let report = run(&files, &briefs);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.file == FileRef::Output("dev-ai-governance/brief.html".into())),
        "{:?}",
        report.findings
    );

    // The corpus page changed and the corpus manifest resealed to match: rendering the page
    // again from the brief manifests catches it.
    let mut files = export.files.clone();
    let index = String::from_utf8(files["index.html"].clone())
        .unwrap()
        .replacen("<td class=\"num\">", "<td class=\"num\">1", 1);
    files.insert("index.html".into(), index.into_bytes());
    reseal(&mut files);
    let report = run(&files, &briefs);
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.file == FileRef::Output("index.html".into()))
        .collect();
    assert_eq!(found.len(), 1, "{:?}", report.findings);
    assert!(found[0].message.contains("rendered again"), "{}", found[0]);

    // A brief manifest's summary changed and everything resealed: it is checked against the
    // graph.
    let mut files = export.files.clone();
    let path = "dev-energy-europe/manifest.json";
    let mut m: BriefManifest = serde_json::from_slice(&files[path]).unwrap();
    m.summary.mentions += 1;
    files.insert(path.into(), manifest::to_json(&m));
    reseal(&mut files);
    let report = run(&files, &briefs);
    assert!(
        report
            .findings
            .iter()
            .any(|f| f.file == FileRef::Output(path.into())
                && f.message.contains("summary is not the graph's")),
        "{:?}",
        report.findings
    );
}
