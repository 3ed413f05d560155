//! Provenance: hashes, manifests and (later) verification.

pub mod hash;
pub mod manifest;
