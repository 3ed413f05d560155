//! Provenance: hashes at every level (source, clean text, spans, statements, graphs, files),
//! manifests chained to one root, the PROV-O record of a run, and `verify`, which re-checks
//! all of it. The scheme is specified in `schemas/README.md`.

pub mod hash;
pub mod jcs;
pub mod manifest;
pub mod run;
pub mod statement;
pub mod trusty;
pub mod verify;
