//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use briefkg::kb::Kb;
use briefkg::model::{reconstruct, Anchor, Document, TextIndex};

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bundled sample briefs, sorted.
pub fn sample_briefs() -> Vec<PathBuf> {
    briefkg::pipeline::collect_inputs(&[root().join("briefs")]).expect("briefs/ is readable")
}

/// Analyses one brief file.
pub fn analyze(path: &Path) -> Document {
    let kb = Kb::bundled();
    let gazetteer = briefkg::extract::Gazetteer::new(&kb);
    let source = briefkg::ingest::read(path).expect("sample brief decodes");
    briefkg::pipeline::analyze(source, &kb, &gazetteer)
}

/// Analyses a brief given as text.
pub fn analyze_text(name: &str, text: &str) -> Document {
    let kb = Kb::bundled();
    let gazetteer = briefkg::extract::Gazetteer::new(&kb);
    let source = briefkg::ingest::decode(Path::new(name), name, text.as_bytes())
        .expect("test brief decodes");
    briefkg::pipeline::analyze(source, &kb, &gazetteer)
}

/// The path of the built binary.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_briefkg"))
}

/// Whether derived files should be rewritten instead of compared.
pub fn bless() -> bool {
    std::env::var_os("BRIEFKG_BLESS").is_some_and(|v| v == "1")
}

fn anchors(doc: &Document) -> Vec<(&'static str, &Anchor)> {
    let mut out: Vec<(&'static str, &Anchor)> = Vec::new();
    out.extend(doc.blocks.iter().map(|b| ("block", &b.anchor)));
    out.extend(doc.sections.iter().map(|s| ("section", &s.heading)));
    out.extend(doc.paragraphs.iter().map(|p| ("paragraph", &p.anchor)));
    out.extend(doc.sentences.iter().map(|s| ("sentence", &s.anchor)));
    out.extend(doc.mentions.iter().map(|m| ("mention", &m.anchor)));
    out
}

/// Checks every anchor of a document against its clean text and its source bytes; returns how
/// many were checked.
pub fn check_anchors(doc: &Document) -> usize {
    let clean: Vec<char> = doc.clean.text.chars().collect();
    let source_index = TextIndex::new(&doc.source.text);
    let mut checked = 0;
    for (kind, a) in anchors(doc) {
        let exact: String = clean[a.clean.start..a.clean.end].iter().collect();
        assert_eq!(exact, a.exact, "{}: {kind} {:?}", doc.source.name, a.clean);
        let prefix: String = clean[a.clean.start.saturating_sub(32)..a.clean.start]
            .iter()
            .collect();
        assert_eq!(prefix, a.prefix, "{}: {kind} prefix", doc.source.name);
        let suffix: String = clean[a.clean.end..(a.clean.end + 32).min(clean.len())]
            .iter()
            .collect();
        assert_eq!(suffix, a.suffix, "{}: {kind} suffix", doc.source.name);
        assert!(!a.source.is_empty(), "{kind} has no source piece");
        for w in a.source.windows(2) {
            assert!(w[0].end <= w[1].start, "{kind} pieces out of order");
        }
        for p in &a.source {
            assert_eq!(source_index.byte(p.start), p.byte_start);
            assert_eq!(source_index.byte(p.end), p.byte_end);
            assert!(p.byte_end <= doc.source.byte_len);
        }
        let rebuilt = reconstruct(&doc.source.text, &doc.clean.repairs, &a.source);
        assert_eq!(
            rebuilt.as_deref(),
            Some(a.exact.as_str()),
            "{}: {kind} {:?} does not rebuild from its source pieces",
            doc.source.name,
            a.source
        );
        checked += 1;
    }
    checked
}

/// The brief folders of the committed `output/`, sorted.
pub fn output_brief_dirs() -> Vec<PathBuf> {
    brief_dirs(&root().join("output"))
}

/// The brief folders (those holding a `manifest.json`) directly under `dir`, sorted.
pub fn brief_dirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("output folder is readable")
        .map(|e| e.expect("output folder is readable").path())
        .filter(|p| p.join("manifest.json").is_file())
        .collect();
    dirs.sort();
    dirs
}

/// The hostile-text fixture (`tests/fixtures/hostile/hostile.md`).
pub fn hostile_fixture() -> PathBuf {
    root().join("tests/fixtures/hostile/hostile.md")
}

/// A file name holding the characters stores and parsers choke on; the hostile fixture is
/// exported under it so the file name literal and the output folder are hostile too.
pub const HOSTILE_FILE_NAME: &str = "hostile <\"{|}^`\\ 🦀 עברית>.md";

/// Export options with every format (the default writes TriG and JSON-LD only).
pub fn all_formats() -> briefkg::pipeline::Options {
    briefkg::pipeline::Options {
        formats: briefkg::emit::Format::ALL.into_iter().collect(),
        ..briefkg::pipeline::Options::default()
    }
}

/// Export options with every format and Web Annotation selectors: the most the output holds.
pub fn everything() -> briefkg::pipeline::Options {
    briefkg::pipeline::Options {
        profile: briefkg::emit::rdf::Profile {
            web_annotation: true,
        },
        ..all_formats()
    }
}

/// Exports the hostile fixture, under [`HOSTILE_FILE_NAME`], into `dir/out` with every format
/// and Web Annotation selectors ([`everything`]); returns the output folder.
pub fn export_hostile(dir: &Path) -> PathBuf {
    let input = dir.join("in");
    std::fs::create_dir_all(&input).expect("temp folder is writable");
    std::fs::copy(hostile_fixture(), input.join(HOSTILE_FILE_NAME)).expect("fixture copies");
    export_to(&[input], &everything(), &dir.join("out"))
}

/// Exports the bundled briefs into `dir/{name}` with `options`; returns the output folder.
pub fn export_briefs(dir: &Path, name: &str, options: &briefkg::pipeline::Options) -> PathBuf {
    export_to(&[root().join("briefs")], options, &dir.join(name))
}

fn export_to(inputs: &[PathBuf], options: &briefkg::pipeline::Options, out: &Path) -> PathBuf {
    let export = briefkg::pipeline::export(inputs, options);
    assert!(export.errors.is_empty(), "{:?}", export.errors);
    briefkg::pipeline::write(out, &export).expect("temp folder is writable");
    out.to_owned()
}

/// Rows of a SPARQL CSV result as maps from column to value (a small RFC 4180 reader).
pub fn csv_rows(csv: &str) -> Vec<BTreeMap<String, String>> {
    let mut records: Vec<Vec<String>> = Vec::new();
    let mut field = String::new();
    let mut record = Vec::new();
    let mut quoted = false;
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    let header = records.remove(0);
    records
        .into_iter()
        .map(|r| header.iter().cloned().zip(r).collect())
        .collect()
}

/// The competency questions, `tests/queries/*.rq`, sorted.
pub fn competency_queries() -> Vec<PathBuf> {
    let mut qs: Vec<PathBuf> = std::fs::read_dir(root().join("tests/queries"))
        .expect("tests/queries is readable")
        .map(|e| e.expect("tests/queries is readable").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rq"))
        .collect();
    qs.sort();
    qs
}

/// The number of quads `export` wrote under `dir`, from the brief manifests.
pub fn manifest_quads(dir: &Path) -> usize {
    brief_dirs(dir)
        .iter()
        .map(|d| {
            let m: serde_json::Value = serde_json::from_slice(
                &std::fs::read(d.join("manifest.json")).expect("manifest is readable"),
            )
            .expect("manifest is JSON");
            m["quads"].as_u64().expect("manifest counts quads") as usize
        })
        .sum::<usize>()
        + run_quads(dir)
}

/// The quads of the run record, from the corpus manifest of an output folder (0 without one).
pub fn run_quads(dir: &Path) -> usize {
    std::fs::read(dir.join("manifest.json"))
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .and_then(|m| m["run"]["quads"].as_u64())
        .unwrap_or(0) as usize
}

/// The objects of `s` `p` in `g` (`p` a full IRI).
pub fn objects<'a>(
    g: &'a oxrdf::Graph,
    s: oxrdf::NamedOrBlankNodeRef<'a>,
    p: &str,
) -> Vec<oxrdf::TermRef<'a>> {
    g.objects_for_subject_predicate(s, oxrdf::NamedNodeRef::new_unchecked(p))
        .collect()
}

/// Every file under `dir` (relative path → bytes), sorted; empty when `dir` does not exist.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
    out
}

/// What a brief's review page writes in its `<title>`: the brief's title (its file name when it
/// has none), with bidirectional and invisible controls and CR as U+FFFD (no markup can mark
/// them there), then ` · briefkg review`.
pub fn page_title(doc: &Document) -> String {
    let title = doc
        .metadata
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or(doc.source.name.clone());
    let shown: String = title
        .chars()
        .map(|c| match c {
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\r' => '\u{fffd}',
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\u{c}') => '\u{fffd}',
            c => c,
        })
        .collect();
    format!("{shown} · briefkg review")
}
