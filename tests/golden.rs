//! Golden outputs: the committed `output/` and the derived files of `schemas/` are exactly what
//! the code produces. Regenerate with `cargo run --release -- export` (output) and
//! `BRIEFKG_BLESS=1 cargo test --test golden` (both).

mod common;

use briefkg::pipeline::{self, Options};

#[test]
fn committed_output_is_what_export_produces() {
    let root = common::root();
    let export = pipeline::export(&[root.join("briefs")], &Options::default());
    assert!(export.errors.is_empty(), "{:?}", export.errors);
    assert_eq!(
        export.files.len(),
        4 * 3 + 2,
        "4 briefs × (brief.trig, brief.jsonld, manifest) + corpus manifest + provenance.trig"
    );
    if common::bless() {
        pipeline::write(&root.join("output"), &export).unwrap();
    }
    let findings = pipeline::check(&root.join("output"), &export);
    assert!(
        findings.is_empty(),
        "output/ is stale; run `cargo run --release -- export`:\n{}",
        findings
            .iter()
            .map(|f| f.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

#[test]
fn derived_schema_files_match_the_code() {
    let dir = common::root().join("schemas");
    for (name, content) in briefkg::schemas::derived_files() {
        let path = dir.join(name);
        if common::bless() {
            std::fs::write(&path, &content).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == content,
            "schemas/{name} is stale; run `BRIEFKG_BLESS=1 cargo test --test golden`"
        );
    }
}

#[test]
fn context_version_and_hash_are_recorded_where_readers_look() {
    use briefkg::emit::jsonld::{context_sha256, CONTEXT_VERSION};
    let root = common::root();
    let on_disk = std::fs::read(root.join("schemas/context.jsonld")).unwrap();
    assert_eq!(
        briefkg::provenance::hash::sha256_hex(&on_disk),
        context_sha256()
    );
    let readme = std::fs::read_to_string(root.join("schemas/README.md")).unwrap();
    assert!(
        readme.contains(&format!(
            "context version `{CONTEXT_VERSION}`, SHA-256 `{}`",
            context_sha256()
        )),
        "schemas/README.md must state the context version and SHA-256"
    );
    let corpus: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("output/manifest.json")).unwrap()).unwrap();
    assert_eq!(corpus["jsonld_context_version"], CONTEXT_VERSION);
    assert_eq!(corpus["jsonld_context_sha256"], context_sha256());
}
