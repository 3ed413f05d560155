//! External annotations (`--annotations`): a grounded file, a file with shifted offsets that
//! is re-anchored, a file with a fabricated quote that is rejected with a clear report, and a
//! spaCy file. The brief and the files are in `tests/annotations/` (written for these tests).

mod common;

use std::path::Path;

use briefkg::extract::external::{AnnotationFinding, ExternalFile};
use briefkg::extract::Gazetteer;
use briefkg::kb::Kb;
use briefkg::model::{Document, EntityKind, Resolution};

fn dir() -> std::path::PathBuf {
    common::root().join("tests/annotations")
}

fn run(files: &[&str]) -> (Document, Vec<AnnotationFinding>) {
    let kb = Kb::bundled();
    let g = Gazetteer::new(&kb);
    let source = briefkg::ingest::read(&dir().join("brief.txt")).unwrap();
    let files: Vec<ExternalFile> = files
        .iter()
        .map(|f| ExternalFile::read(&dir().join(f)).unwrap())
        .collect();
    briefkg::pipeline::analyze_with(source, &kb, &g, &files)
}

fn external<'d>(doc: &'d Document, exact: &str) -> Option<&'d briefkg::model::Mention> {
    doc.mentions
        .iter()
        .find(|m| m.anchor.exact == exact && m.resolution == Resolution::External)
}

#[test]
fn a_grounded_file_adds_its_spans_with_their_agent() {
    let (doc, findings) = run(&["grounded.json"]);
    let m = external(&doc, "Sea Shield").expect("Sea Shield merged");
    assert_eq!(m.entity.kind, EntityKind::Event);
    assert_eq!(m.agent.as_deref(), Some("Jane Analyst"));
    assert!(findings.iter().all(|f| !f.rejected), "{findings:?}");
    // `Poland` is briefkg's own mention already: kept, with a note.
    let poland: Vec<_> = doc
        .mentions
        .iter()
        .filter(|m| m.anchor.exact == "Poland")
        .collect();
    assert_eq!(poland.len(), 1);
    assert_eq!(poland[0].agent, None);
    assert!(findings
        .iter()
        .any(|f| f.expected == "Poland" && f.message.contains("briefkg's kept")));
    // Every anchor still holds.
    assert!(common::check_anchors(&doc) > 0);
    // Without the file, no such mention.
    let (plain, _) = run(&[]);
    assert!(external(&plain, "Sea Shield").is_none());
    assert!(plain
        .mentions
        .iter()
        .all(|m| m.anchor.exact != "Sea Shield"));
}

#[test]
fn shifted_offsets_are_re_anchored_and_noted() {
    let (doc, findings) = run(&["shifted.json"]);
    let m = external(&doc, "Sea Shield").expect("re-anchored");
    assert_eq!(m.agent.as_deref(), Some("shifted-tool"));
    let note = findings
        .iter()
        .find(|f| f.message.starts_with("re-anchored"))
        .expect("a note");
    assert!(!note.rejected);
    assert!(
        note.to_string()
            .contains("shifted.json: annotation 0 at offset 121"),
        "{note}"
    );
    assert!(note.message.contains("(-5 code points)"), "{note}");
}

#[test]
fn a_fabricated_quote_is_rejected_with_file_offset_expected_and_found() {
    let (doc, findings) = run(&["fabricated.json"]);
    assert!(
        external(&doc, "Sea Shield").is_some(),
        "the good span is kept"
    );
    let bad: Vec<_> = findings.iter().filter(|f| f.rejected).collect();
    assert_eq!(bad.len(), 1, "{findings:?}");
    let text = bad[0].to_string();
    assert!(
        text.starts_with(&format!(
            "{}: annotation 1 at offset ",
            dir().join("fabricated.json").display()
        )),
        "{text}"
    );
    assert!(
        text.contains("expected \u{201C}Operation Amber Gate\u{201D}"),
        "{text}"
    );
    assert!(
        text.contains("found \u{201C}Baltic Sea. Poland a\u{201D}"),
        "{text}"
    );
    assert!(text.ends_with("left out"), "{text}");
    assert!(doc
        .mentions
        .iter()
        .all(|m| !m.anchor.exact.contains("Amber")));
}

#[test]
fn spacy_files_are_grounded_by_their_text_and_labels_mapped() {
    let (doc, findings) = run(&["spacy.json"]);
    assert!(findings.iter().all(|f| !f.rejected), "{findings:?}");
    let m = external(&doc, "Sea Shield").expect("ORG span");
    assert_eq!(m.entity.kind, EntityKind::Organization);
    assert_eq!(m.agent.as_deref(), Some("spaCy"));
    // DATE is not an entity type; `Lithuania` (GPE) overlaps briefkg's own country mention.
    assert!(doc.mentions.iter().all(|m| m.anchor.exact != "Monday"));
    assert_eq!(
        doc.mentions
            .iter()
            .filter(|m| m.anchor.exact == "Lithuania")
            .count(),
        1
    );
}

#[test]
fn the_cli_reports_rejected_spans_and_exits_1() {
    let out = tempfile::tempdir().unwrap();
    let run = |file: &str| {
        std::process::Command::new(common::bin())
            .args(["export", "--format", "json", "-o"])
            .arg(out.path())
            .arg(dir().join("brief.txt"))
            .arg("--annotations")
            .arg(dir().join(file))
            .output()
            .unwrap()
    };
    let bad = run("fabricated.json");
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("error: ") && err.contains("Operation Amber Gate"),
        "{err}"
    );
    let good = run("grounded.json");
    assert_eq!(
        good.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&good.stderr)
    );
    let k: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("brief/knowledge.json")).unwrap())
            .unwrap();
    let m = k["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["anchor"]["exact"] == "Sea Shield")
        .unwrap();
    assert_eq!(m["resolution"], "external");
    assert_eq!(m["agent"], "Jane Analyst");
    // A file that is not JSON is a usage error naming the file.
    let broken = out.path().join("broken.json");
    std::fs::write(&broken, "{").unwrap();
    let r = std::process::Command::new(common::bin())
        .args(["export", "-o"])
        .arg(out.path())
        .arg(dir().join("brief.txt"))
        .arg("--annotations")
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("broken.json: not an annotation file"));
}

#[test]
fn a_user_gazetteer_adds_entities_and_changes_the_configuration_hash() {
    let out = tempfile::tempdir().unwrap();
    let gaz = out.path().join("mine.tsv");
    std::fs::write(
        &gaz,
        "key\tname\twikidata\tkind\tstart\tend\taliases\nsea_shield\tSea Shield patrols\tQ999999999\toperation\t2026\t\tSea Shield\n",
    )
    .unwrap();
    let export = |extra: &[&Path]| {
        let mut c = std::process::Command::new(common::bin());
        c.args(["export", "--format", "json", "-o"])
            .arg(out.path().join("o"))
            .arg(dir().join("brief.txt"));
        for g in extra {
            c.arg("--gazetteer").arg(g);
        }
        let r = c.output().unwrap();
        assert_eq!(
            r.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&r.stderr)
        );
        let k: serde_json::Value = serde_json::from_slice(
            &std::fs::read(out.path().join("o/brief/knowledge.json")).unwrap(),
        )
        .unwrap();
        let m: serde_json::Value =
            serde_json::from_slice(&std::fs::read(out.path().join("o/manifest.json")).unwrap())
                .unwrap();
        (k, m["config_sha256"].as_str().unwrap().to_owned())
    };
    let (plain, h1) = export(&[]);
    let (with, h2) = export(&[&gaz]);
    assert_ne!(h1, h2, "the gazetteer is part of the configuration");
    let has = |k: &serde_json::Value| {
        k["entities"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["key"]["id"] == "sea_shield" && e["wikidata"] == "Q999999999")
    };
    assert!(!has(&plain) && has(&with));
    std::fs::write(&gaz, "no\theader\n").unwrap();
    let r = std::process::Command::new(common::bin())
        .args(["export", "-o"])
        .arg(out.path().join("o"))
        .arg(dir().join("brief.txt"))
        .arg("--gazetteer")
        .arg(&gaz)
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("mine.tsv: line 1: the header"));
}

#[test]
fn the_generic_files_follow_the_json_schema() {
    let schema: serde_json::Value = serde_json::from_slice(
        &std::fs::read(common::root().join("schemas/annotations.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for f in ["grounded.json", "shifted.json", "fabricated.json"] {
        let v: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir().join(f)).unwrap()).unwrap();
        assert!(validator.is_valid(&v), "{f}");
        let mut bad = v.clone();
        bad["annotations"][0]["type"] = "Nation".into();
        assert!(!validator.is_valid(&bad), "{f}: unknown type must fail");
        // And briefkg refuses it too, naming the span.
        let e = ExternalFile::parse(f, bad.to_string().as_bytes()).unwrap_err();
        assert!(
            e.to_string()
                .contains("annotation 0: unknown type `Nation`"),
            "{e}"
        );
    }
}
