//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use briefkg::kb::Kb;
use briefkg::model::Document;

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
