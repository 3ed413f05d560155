//! Property-based fuzzing of ingest → segment → extract → emit (proptest): briefs assembled
//! from the pieces real briefs and extractors produce (headings, emphasis, footnote markers,
//! running headers, hyphenation across lines, HTML tags and character references, CRLF, BOMs,
//! combining marks, emoji, control characters, pdftohtml's `<br/>` lines and pages, a web
//! reader's header, menus and images) never make the pipeline panic, and every output
//! parses back: each RDF format to the same quads, `knowledge.json` to the document, the review
//! page (`brief.html`) to HTML tokens with one highlight per mention and no script but its own.
//!
//! Bounded: `PROPTEST_CASES` cases (default 64 here), about 20 s in a test build on two cores.

use std::path::Path;

use briefkg::emit::{self, iri::Iris, Format};
use briefkg::extract::Gazetteer;
use briefkg::kb::Kb;
use briefkg::pipeline::{self, Options};
use proptest::prelude::*;

const PIECES: &[&str] = &[
    "# ",
    "## ",
    "#### Prospects & Perspectives No. 65 November 26, 2024\n\n",
    "\n",
    "\n\n",
    "\r\n",
    "\u{feff}",
    "**",
    "*",
    "_",
    "[1]",
    "¹",
    "[^2]",
    "[^2]: A note.\n",
    "(Jane Doe is a fellow at the Observer Research Foundation.)",
    "By Jane Doe\n",
    "Russia",
    "North Korea",
    "the United States",
    "NATO",
    "Beijing",
    "Chinese",
    "Diversi-\nfication",
    "anti-\nship",
    "n the Indo-Pacific",
    "word",
    " ",
    ". ",
    "? ",
    "U.S. ",
    "e\u{301}",
    "🦀",
    "עברית",
    "\u{202e}",
    "\u{1}",
    "\t",
    "<p>",
    "</p>",
    "<h1>",
    "</h1>",
    "&amp;",
    "&#x1F980;",
    "&bogus;",
    "<script>x</script>",
    "<!DOCTYPE html>",
    "\"quoted\" ",
    "\\",
    "<>{}|^`",
    "https://example.org/a?b=c",
    "> ",
    "- ",
    "1. ",
    "---\ntitle: x\n---\n",
    // pdftohtml's lines, pages and notes; a web reader's header, menus and images.
    "<br/>",
    "<br/>\n",
    "<b>",
    "</b>",
    "<i>",
    "</i>",
    "<hr/>\n<a name=2></a>",
    "&#160;",
    "pro-<br/>mised ",
    "A line of a PDF page long enough to count as one of its full lines,<br/>",
    "1 Ministry of Defence, Annual report, 2025.<br/>\n",
    "Title: x\n\nURL Source: https://example.org/x\n\nMarkdown Content:\n",
    "*   [Menu item](https://example.org/m)\n",
    "![Image 1: a port](https://example.org/i.jpg)\n\nA port. Photo: Jane Doe\n\n",
    "Share this:\n",
];

fn brief() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|p| p.concat())
}

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(64);
    ProptestConfig {
        cases,
        max_shrink_time: 30_000,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn the_pipeline_never_panics_and_every_output_parses(
        text in brief(),
        ext in prop::sample::select(&["md", "txt", "html"][..]),
    ) {
        let kb = Kb::bundled();
        let gazetteer = Gazetteer::new(&kb);
        let name = format!("fuzz.{ext}");
        let Ok(source) = briefkg::ingest::decode(Path::new(&name), &name, text.as_bytes()) else {
            return Ok(()); // refused with an error (empty, binary): a defined result
        };
        let doc = pipeline::analyze(source, &kb, &gazetteer);
        // Every format, with Web Annotation selectors: the most the output can hold.
        let options = Options {
            formats: Format::ALL.into_iter().collect(),
            profile: briefkg::emit::rdf::Profile { web_annotation: true },
            ..Options::default()
        };
        let rendered = pipeline::render(&doc, &options);
        let iris = Iris::new(&options.base_iri, &doc.source.sha256);
        let graph = iris.graph();
        let mut sizes = Vec::new();
        for format in Format::ALL {
            let bytes = &rendered.files[format.file_name()];
            if format == Format::Json {
                prop_assert!(emit::read::knowledge(bytes).is_ok(), "knowledge.json does not parse");
                continue;
            }
            if format == Format::Html {
                let page = std::str::from_utf8(bytes);
                prop_assert!(page.is_ok(), "brief.html is not UTF-8");
                let (mut highlights, mut scripts) = (0, 0);
                for token in html5tokenizer::NaiveParser::new(page.unwrap_or_default()).flatten() {
                    if let html5tokenizer::Token::StartTag(t) = token {
                        let class = t.attributes.get("class").unwrap_or_default();
                        highlights += usize::from(t.name == "mark" && class == "m");
                        scripts += usize::from(t.name == "script");
                    }
                }
                prop_assert_eq!(highlights, doc.mentions.len(), "one highlight per mention");
                prop_assert_eq!(scripts, 1, "the page's own script only");
                continue;
            }
            let quads = emit::read::parse(format, bytes, &graph);
            prop_assert!(quads.is_ok(), "{} does not parse: {:?}", format, quads.err());
            sizes.push((format, quads.map(|q| q.len()).unwrap_or(0)));
        }
        prop_assert!(sizes.windows(2).all(|w| w[0].1 == w[1].1), "{:?}", sizes);
        prop_assert!(serde_json::from_slice::<serde_json::Value>(&rendered.files["manifest.json"]).is_ok());
    }
}
