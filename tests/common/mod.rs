//! Helpers shared by the integration tests.
#![allow(dead_code)]

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
