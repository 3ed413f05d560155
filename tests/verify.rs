//! `verify` in process: the committed output holds; each kind of tampering is caught and named,
//! including forgeries that are consistent in every format and every manifest and can only be
//! caught against the source bytes.

mod common;

use std::collections::BTreeMap;

use briefkg::emit::iri::{Iris, SpanKind};
use briefkg::kb::Kb;
use briefkg::model::{Anchorer, Document, Span};
use briefkg::pipeline::{self, Options, Rendered};
use briefkg::provenance::hash::sha256_hex;
use briefkg::provenance::verify::{
    self, Check, DirTree, FileRef, Finding, GraphStore, MemTree, Report, StoreGraph,
};

fn briefs_tree() -> DirTree {
    DirTree::new(common::root().join("briefs"))
}

fn run(out: &MemTree) -> Report {
    verify::verify(out, &briefs_tree(), None).expect("verify runs")
}

fn analyzed() -> Vec<Document> {
    common::sample_briefs()
        .iter()
        .map(|p| common::analyze(p))
        .collect()
}

/// Every file of an export of rendered briefs (every format).
fn assemble(rendered: Vec<Rendered>) -> MemTree {
    MemTree::new(pipeline::assemble(
        &rendered,
        &Kb::bundled(),
        &common::all_formats(),
    ))
}

fn render_all(docs: &[Document]) -> Vec<Rendered> {
    docs.iter()
        .map(|d| pipeline::render(d, &common::all_formats()))
        .collect()
}

fn named<'a>(r: &'a Report, file: &str) -> Vec<&'a Finding> {
    r.findings
        .iter()
        .filter(|f| f.file == FileRef::Output(file.to_owned()))
        .collect()
}

fn show(r: &Report) -> String {
    r.findings
        .iter()
        .map(|f| f.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn committed_output_verifies() {
    let report = verify::verify(
        &DirTree::new(common::root().join("output")),
        &briefs_tree(),
        None,
    )
    .unwrap();
    assert!(report.ok(), "{}", show(&report));
    let c = report.counts;
    assert_eq!(c.briefs, 4);
    // 4 × (manifest + brief.trig + brief.jsonld + source) + corpus manifest + provenance.trig.
    assert_eq!(c.files, 4 * 4 + 2);
    // 4 × 2 RDF formats + the run record in TriG.
    assert_eq!(c.graphs, 4 * 2 + 1);
    assert!(c.spans > 500, "{c:?}");
    assert!(report.notes.is_empty(), "{:?}", report.notes);
}

#[test]
fn an_export_in_memory_verifies_and_is_what_export_writes() {
    let docs = analyzed();
    let tree = assemble(render_all(&docs));
    let export = pipeline::export(&[common::root().join("briefs")], &common::all_formats());
    assert_eq!(tree.files, export.files);
    let report = run(&tree);
    assert!(report.ok(), "{}", show(&report));
    // 4 × (7 files + manifest + source) + corpus manifest, provenance.nq and .trig, index.html.
    assert_eq!(report.counts.files, 4 * 9 + 4);
    assert_eq!(report.counts.graphs, 4 * 5 + 2);
}

#[test]
fn web_annotation_selectors_verify_and_are_checked() {
    let options = common::everything();
    let export = pipeline::export(&[common::root().join("briefs")], &options);
    let report = run(&MemTree::new(export.files.clone()));
    assert!(report.ok(), "{}", show(&report));
    // A quote selector's prefix changed consistently in every file is caught against the
    // clean text.
    let docs = analyzed();
    let i = docs
        .iter()
        .position(|d| d.source.name == "dev-energy-europe.md")
        .unwrap();
    let iris = Iris::new(
        briefkg::emit::vocab::DEFAULT_BASE_IRI,
        &docs[i].source.sha256,
    );
    let mut quads = briefkg::emit::rdf::quads(&docs[i], &iris, options.profile);
    let q = quads
        .iter_mut()
        .find(|q| q.predicate.as_str() == "http://www.w3.org/ns/oa#prefix")
        .unwrap();
    let subject = q.subject.to_string();
    q.object = oxrdf::Literal::new_simple_literal("forged context").into();
    quads.sort_by_cached_key(|q| q.to_string());
    let mut rendered: Vec<Rendered> = docs.iter().map(|d| pipeline::render(d, &options)).collect();
    rendered[i] = pipeline::render_quads(&docs[i], quads, &options);
    let tree = MemTree::new(pipeline::assemble(&rendered, &Kb::bundled(), &options));
    let report = run(&tree);
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.check == Check::Span)
        .collect();
    assert_eq!(found.len(), 1, "{}", show(&report));
    assert_eq!(found[0].found, "forged context");
    assert_eq!(
        found[0].file,
        FileRef::Output("dev-energy-europe/brief.nq".into())
    );
    assert!(found[0].line.is_some());
    assert!(
        report
            .findings
            .iter()
            .all(|f| !matches!(f.check, Check::FileHash | Check::RootHash)),
        "{subject}: {}",
        show(&report)
    );
}

/// Replaces the clean text of `span` (code points) in a document with `replacement` (same
/// number of code points) and re-anchors everything, so that the document is consistent in
/// itself: clean text, hashes, every span's exact text, prefix and suffix.
fn forge(doc: &mut Document, span: Span, replacement: &str) {
    let chars: Vec<char> = doc.clean.text.chars().collect();
    assert_eq!(replacement.chars().count(), span.len());
    let mut text: String = chars[..span.start].iter().collect();
    text.push_str(replacement);
    text.extend(&chars[span.end..]);
    doc.clean.text = text;
    doc.clean.sha256 = sha256_hex(doc.clean.text.as_bytes());
    let source = doc.source.text.clone();
    let clean = doc.clean.clone();
    let a = Anchorer::new(&source, &clean);
    for b in &mut doc.blocks {
        b.anchor = a.anchor(b.anchor.clean);
    }
    for s in &mut doc.sections {
        s.heading = a.anchor(s.heading.clean);
    }
    for p in &mut doc.paragraphs {
        p.anchor = a.anchor(p.anchor.clean);
    }
    for s in &mut doc.sentences {
        s.anchor = a.anchor(s.anchor.clean);
    }
    for m in &mut doc.mentions {
        m.anchor = a.anchor(m.anchor.clean);
    }
}

fn consistent_forgery_is_caught_against_the_source(
    pick: impl Fn(&Document) -> (Span, String, String),
) {
    let mut docs = analyzed();
    let i = docs
        .iter()
        .position(|d| d.source.name == "pp65-russia-north-korea.md")
        .unwrap();
    let (span, replacement, node) = pick(&docs[i]);
    forge(&mut docs[i], span, &replacement);
    let tree = assemble(render_all(&docs));
    let report = run(&tree);
    let consistent = [
        Check::FileHash,
        Check::GraphHash,
        Check::Manifest,
        Check::RootHash,
        Check::Provenance,
        Check::Statement,
        Check::Parse,
    ];
    assert!(
        report
            .findings
            .iter()
            .all(|f| !consistent.contains(&f.check)),
        "the forgery should be consistent in itself:\n{}",
        show(&report)
    );
    let graph_file = "pp65-russia-north-korea/brief.nq";
    let span_findings: Vec<_> = named(&report, graph_file)
        .into_iter()
        .filter(|f| f.check == Check::Span && f.message.contains(&format!("<{node}>")))
        .collect();
    assert!(
        span_findings
            .iter()
            .any(|f| f.message.contains("pp65-russia-north-korea.md")
                && f.found.contains(&replacement)
                && f.line.is_some()),
        "no span finding for <{node}> against the source:\n{}",
        show(&report)
    );
    assert!(
        named(&report, graph_file)
            .iter()
            .any(|f| f.check == Check::Text && f.message.contains("clean text")),
        "{}",
        show(&report)
    );
}

#[test]
fn a_sentence_edited_consistently_everywhere_is_caught_against_the_source() {
    consistent_forgery_is_caught_against_the_source(|doc| {
        let s = doc
            .sentences
            .iter()
            .find(|s| s.anchor.exact.contains("whirlwind"))
            .unwrap();
        let at = s.anchor.exact.find("whirlwind").unwrap();
        let start = s.anchor.clean.start + s.anchor.exact[..at].chars().count();
        let iris = Iris::new(briefkg::emit::vocab::DEFAULT_BASE_IRI, &doc.source.sha256);
        (
            Span::new(start, start + 9),
            "hurricane".to_owned(),
            iris.span(SpanKind::Sentence, &s.anchor).into_string(),
        )
    });
}

#[test]
fn a_mention_edited_consistently_everywhere_is_caught_against_the_source() {
    consistent_forgery_is_caught_against_the_source(|doc| {
        let m = doc
            .mentions
            .iter()
            .find(|m| m.anchor.exact == "Pyongyang")
            .unwrap();
        let iris = Iris::new(briefkg::emit::vocab::DEFAULT_BASE_IRI, &doc.source.sha256);
        (
            m.anchor.clean,
            "Pyongyanq".to_owned(),
            iris.span(SpanKind::Mention, &m.anchor).into_string(),
        )
    });
}

#[test]
fn a_repair_moved_consistently_is_caught() {
    let docs = analyzed();
    let mut rendered = render_all(&docs);
    let i = docs
        .iter()
        .position(|d| d.source.name == "dev-energy-europe.md")
        .unwrap();
    let iris = Iris::new(
        briefkg::emit::vocab::DEFAULT_BASE_IRI,
        &docs[i].source.sha256,
    );
    let mut quads = briefkg::emit::rdf::quads(&docs[i], &iris, Default::default());
    let q = quads
        .iter_mut()
        .find(|q| q.predicate.as_str().ends_with("#cleanStart"))
        .unwrap();
    let subject = q.subject.to_string();
    q.object = oxrdf::Literal::new_typed_literal(
        "7",
        oxrdf::NamedNode::new_unchecked("http://www.w3.org/2001/XMLSchema#nonNegativeInteger"),
    )
    .into();
    quads.sort_by_cached_key(|q| q.to_string());
    rendered[i] = pipeline::render_quads(&docs[i], quads, &common::all_formats());
    let report = run(&assemble(rendered));
    let text: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.check == Check::Text)
        .collect();
    assert_eq!(text.len(), 1, "{}", show(&report));
    assert!(text[0].message.contains(subject.trim_matches(['<', '>'])));
    assert!(text[0].message.contains("bkg:cleanStart"));
    assert_eq!(text[0].found, "7");
    assert_eq!(
        text[0].file,
        FileRef::Output("dev-energy-europe/brief.nq".into())
    );
    assert!(report
        .findings
        .iter()
        .all(|f| !matches!(f.check, Check::FileHash | Check::RootHash)));
}

/// An export of the bundled briefs in every format, in memory.
fn committed() -> MemTree {
    let export = pipeline::export(&[common::root().join("briefs")], &common::all_formats());
    MemTree::new(export.files)
}

/// A change to the files of an export.
type Mutation = Box<dyn Fn(&mut BTreeMap<String, Vec<u8>>)>;

#[test]
fn tampering_is_named_with_expected_and_found() {
    let base = committed();
    let cases: Vec<(&str, Mutation, &str, Check)> = vec![
        (
            "edit a literal in one format only",
            Box::new(|f| {
                let nq = f.get_mut("dev-ai-governance/brief.nq").unwrap();
                let text = String::from_utf8(nq.clone())
                    .unwrap()
                    .replacen("China", "Chino", 1);
                *nq = text.into_bytes();
            }),
            "dev-ai-governance/brief.nq",
            Check::GraphHash,
        ),
        (
            "delete a file",
            Box::new(|f| {
                f.remove("dev-energy-europe/brief.ttl");
            }),
            "dev-energy-europe/brief.ttl",
            Check::MissingFile,
        ),
        (
            "add a file",
            Box::new(|f| {
                f.insert("dev-energy-europe/notes.txt".into(), b"x".to_vec());
            }),
            "dev-energy-europe/notes.txt",
            Check::UnlistedFile,
        ),
        (
            "add a top-level file",
            Box::new(|f| {
                f.insert("stray.nq".into(), b"".to_vec());
            }),
            "stray.nq",
            Check::UnlistedFile,
        ),
        (
            "reformat the corpus manifest",
            Box::new(|f| {
                let m = f.get_mut("manifest.json").unwrap();
                let v: serde_json::Value = serde_json::from_slice(m).unwrap();
                *m = serde_json::to_vec(&v).unwrap();
            }),
            "manifest.json",
            Check::Manifest,
        ),
        (
            "change the root hash",
            Box::new(|f| {
                let m = f.get_mut("manifest.json").unwrap();
                let mut v: serde_json::Value = serde_json::from_slice(m).unwrap();
                v["root_sha256"] = "0".repeat(64).into();
                *m = serde_json::to_vec_pretty(&v).unwrap();
                m.push(b'\n');
            }),
            "manifest.json",
            Check::RootHash,
        ),
        (
            // Regression: re-emitting this knowledge.json used to index out of range and panic.
            "point a mention at a sentence that does not exist",
            Box::new(|f| {
                let k = f.get_mut("dev-energy-europe/knowledge.json").unwrap();
                let mut v: serde_json::Value = serde_json::from_slice(k).unwrap();
                v["mentions"][0]["sentence"] = 100_000.into();
                *k = serde_json::to_vec_pretty(&v).unwrap();
            }),
            "dev-energy-europe/knowledge.json",
            Check::Parse,
        ),
        (
            "claim another configuration for one brief",
            Box::new(|f| {
                let m = f.get_mut("dev-ai-governance/manifest.json").unwrap();
                let mut v: serde_json::Value = serde_json::from_slice(m).unwrap();
                v["config_sha256"] = "1".repeat(64).into();
                *m = serde_json::to_vec_pretty(&v).unwrap();
                m.push(b'\n');
            }),
            "dev-ai-governance/manifest.json",
            Check::Manifest,
        ),
        (
            "change the run record",
            Box::new(|f| {
                let p = f.get_mut("provenance.nq").unwrap();
                p.extend_from_slice(b"<http://x/s> <http://x/p> \"o\" .\n");
            }),
            "provenance.nq",
            Check::FileHash,
        ),
    ];
    for (what, mutate, file, check) in cases {
        let mut files = base.files.clone();
        mutate(&mut files);
        let report = run(&MemTree::new(files));
        assert!(
            named(&report, file).iter().any(|f| f.check == check
                && !f.expected.is_empty()
                && !f.found.is_empty()
                && f.expected != f.found),
            "{what}: no {check:?} finding on {file}:\n{}",
            show(&report)
        );
    }
}

#[test]
fn sources_that_differ_or_are_missing_are_named() {
    let out = committed();
    let mut sources = BTreeMap::new();
    for p in common::sample_briefs() {
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        sources.insert(name, std::fs::read(&p).unwrap());
    }
    let name = "dev-india-china-border.md";
    let mut changed = sources.clone();
    changed.get_mut(name).unwrap()[100] ^= 0x20;
    changed.remove("dev-ai-governance.md");
    let report = verify::verify(&out, &MemTree::new(changed), None).unwrap();
    let about = |n: &str| {
        report
            .findings
            .iter()
            .filter(|f| f.file == FileRef::Source(n.to_owned()) && f.check == Check::Source)
            .count()
    };
    assert_eq!(about(name), 1, "{}", show(&report));
    assert_eq!(about("dev-ai-governance.md"), 1, "{}", show(&report));
    // Nothing else is blamed: spans are not checked against a source that is not the brief's.
    assert_eq!(report.findings.len(), 2, "{}", show(&report));

    // Sources found in a subfolder by file name.
    let nested: BTreeMap<String, Vec<u8>> = sources
        .into_iter()
        .map(|(k, v)| (format!("2024/{k}"), v))
        .collect();
    let report = verify::verify(&out, &MemTree::new(nested), None).unwrap();
    assert!(report.ok(), "{}", show(&report));
}

#[test]
fn a_manifest_path_cannot_escape_the_folder() {
    let mut files = committed().files;
    let rel = "dev-ai-governance/manifest.json";
    let text = String::from_utf8(files[rel].clone()).unwrap().replace(
        "\"path\": \"brief.jsonld\"",
        "\"path\": \"../../etc/passwd\"",
    );
    files.insert(rel.to_owned(), text.into_bytes());
    let report = run(&MemTree::new(files));
    assert!(
        named(&report, rel)
            .iter()
            .any(|f| f.check == Check::Manifest && f.found == "../../etc/passwd"),
        "{}",
        show(&report)
    );
}

/// Named graphs served from memory.
struct MemStore(BTreeMap<String, StoreGraph>);

impl GraphStore for MemStore {
    fn get(&self, graph: &str) -> Result<Option<StoreGraph>, verify::StoreError> {
        Ok(self.0.get(graph).cloned())
    }
}

#[test]
fn stored_graphs_are_checked_exactly_or_up_to_integer_datatypes() {
    let out = committed();
    let corpus: briefkg::provenance::manifest::CorpusManifest =
        serde_json::from_slice(&out.files["manifest.json"]).unwrap();
    // As a Graph Store serves them: each named graph of a brief (its graph and its claims'
    // assertion graphs) on its own, as N-Triples.
    let mut graphs = BTreeMap::new();
    let mut assertion_graphs = 0;
    for b in &corpus.briefs {
        let mut by_graph: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for q in oxttl::NQuadsParser::new().for_slice(&out.files[&format!("{}/brief.nq", b.name)]) {
            let q = q.unwrap();
            let line = format!("{} .\n", oxrdf::Triple::from(q.clone()));
            let oxrdf::GraphName::NamedNode(g) = q.graph_name else {
                panic!("a quad in the default graph");
            };
            by_graph
                .entry(g.as_str().to_owned())
                .or_default()
                .extend(line.as_bytes());
        }
        let brief_graph = Iris::graph_of(&corpus.base_iri, &b.source_sha256);
        assert!(by_graph.contains_key(&brief_graph));
        assertion_graphs += by_graph.len() - 1;
        for (g, bytes) in by_graph {
            graphs.insert(
                g,
                StoreGraph {
                    bytes,
                    media_type: "application/n-triples".into(),
                },
            );
        }
    }
    assert!(assertion_graphs > 0);
    graphs.insert(
        corpus.run.graph_iri.clone(),
        StoreGraph {
            bytes: out.files["provenance.nq"].clone(),
            media_type: "application/n-quads; charset=utf-8".into(),
        },
    );
    let check = |store: &MemStore| verify::verify(&out, &briefs_tree(), Some(store)).unwrap();
    let exact = MemStore(graphs.clone());
    let report = check(&exact);
    assert!(report.ok() && report.notes.is_empty(), "{}", show(&report));
    assert_eq!(report.counts.store_graphs, 5);

    // A store that keeps values, not datatypes: equal up to integer normalisation, with a note.
    let mut valued = graphs.clone();
    for g in valued.values_mut() {
        let text = String::from_utf8(g.bytes.clone()).unwrap().replace(
            "^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>",
            "^^<http://www.w3.org/2001/XMLSchema#integer>",
        );
        g.bytes = text.into_bytes();
    }
    let report = check(&MemStore(valued.clone()));
    assert!(report.ok(), "{}", show(&report));
    assert_eq!(report.notes.len(), 4, "{:?}", report.notes);

    // A changed number is a changed value: a finding, even in a value-based store.
    let target = Iris::graph_of(&corpus.base_iri, &corpus.briefs[0].source_sha256);
    let g = valued.get_mut(&target).unwrap();
    let text = String::from_utf8(g.bytes.clone()).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains("#endIndex>"))
        .unwrap()
        .to_owned();
    let changed = line.replace("\"^^", "1\"^^");
    g.bytes = text.replacen(&line, &changed, 1).into_bytes();
    valued.remove(&corpus.run.graph_iri);
    let report = check(&MemStore(valued));
    let store_findings: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.check == Check::Store)
        .collect();
    assert_eq!(store_findings.len(), 2, "{}", show(&report));
    assert!(store_findings.iter().any(|f| f.file
        == FileRef::Store {
            graph: target.clone()
        }
        && f.message.contains("1 quads only in the store")
        && f.expected == corpus.briefs[0].graph_sha256));
    assert!(store_findings.iter().any(|f| f.file
        == FileRef::Store {
            graph: corpus.run.graph_iri.clone()
        }
        && f.found.contains("404")));
}

#[test]
fn exports_of_some_formats_only_verify_and_are_still_checked_against_the_source() {
    use briefkg::emit::Format;
    for formats in [
        vec![Format::Json],
        vec![Format::Turtle],
        vec![Format::NQuads, Format::Json],
    ] {
        let options = Options {
            formats: formats.iter().copied().collect(),
            ..Options::default()
        };
        let export = pipeline::export(&[common::root().join("briefs")], &options);
        let report = run(&MemTree::new(export.files));
        assert!(report.ok(), "{formats:?}: {}", show(&report));
        assert!(
            report.counts.spans > 500,
            "{formats:?}: {:?}",
            report.counts
        );
        assert!(report.notes.is_empty(), "{formats:?}: {:?}", report.notes);
    }
}
