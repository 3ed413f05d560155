//! `knowledge.json` and the manifests are valid against the bundled JSON Schemas.

mod common;

use serde_json::Value;

fn load(path: &std::path::Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

#[test]
fn outputs_validate_against_their_schemas() {
    let root = common::root();
    let knowledge =
        jsonschema::validator_for(&load(&root.join("schemas/knowledge.schema.json"))).unwrap();
    let manifest =
        jsonschema::validator_for(&load(&root.join("schemas/manifest.schema.json"))).unwrap();
    let corpus =
        jsonschema::validator_for(&load(&root.join("schemas/corpus-manifest.schema.json")))
            .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let out = common::export_briefs(tmp.path(), "out", &common::all_formats());
    assert!(corpus.is_valid(&load(&out.join("manifest.json"))));
    assert!(corpus.is_valid(&load(&root.join("output/manifest.json"))));
    let mut n = 0;
    for e in std::fs::read_dir(&out).unwrap() {
        let dir = e.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let k = load(&dir.join("knowledge.json"));
        let errors: Vec<String> = knowledge
            .iter_errors(&k)
            .map(|e| e.to_string())
            .take(5)
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", dir.display());
        assert!(
            manifest.is_valid(&load(&dir.join("manifest.json"))),
            "{}",
            dir.display()
        );
        n += 1;
    }
    assert_eq!(n, 4);
    for dir in common::output_brief_dirs() {
        assert!(manifest.is_valid(&load(&dir.join("manifest.json"))));
    }
}

/// `knowledge.json` of the pp65 brief, from the pipeline.
fn pp65_knowledge() -> Value {
    let doc = common::analyze(&common::root().join("briefs/pp65-russia-north-korea.md"));
    serde_json::to_value(&doc).unwrap()
}

#[test]
fn schema_rejects_a_broken_knowledge_file() {
    let root = common::root();
    let knowledge =
        jsonschema::validator_for(&load(&root.join("schemas/knowledge.schema.json"))).unwrap();
    let mut k = pp65_knowledge();
    assert!(knowledge.is_valid(&k));
    k["sentences"][0]["anchor"]["clean"]["start"] = Value::from("zero");
    assert!(!knowledge.is_valid(&k));
    let mut k = pp65_knowledge();
    k["mentions"][0]["resolution"] = Value::from("guess");
    assert!(!knowledge.is_valid(&k));
}
