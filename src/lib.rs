//! briefkg: policy briefs to knowledge graphs with exact source spans and verifiable
//! SHA-256 provenance.
//!
//! The pipeline is a chain of stages with typed inputs and outputs (see `ARCHITECTURE.md`):
//! [`ingest`] → [`segment`] → [`extract`] → [`normalize`] → [`claims`] → [`emit`] →
//! [`provenance`], run by
//! [`pipeline`]. The types passed between stages live in [`model`], which imports no stage.
//! [`store`] reads the written output back: loads it into a triple store over HTTP, or queries
//! it in an embedded one.

pub mod batch;
pub mod claims;
pub mod cli;
pub mod diag;
pub mod emit;
pub mod eval;
pub mod extract;
pub mod files;
pub mod ingest;
pub mod inspect;
pub mod kb;
pub mod model;
pub mod normalize;
pub mod pipeline;
pub mod provenance;
pub mod schemas;
pub mod segment;
pub mod store;
pub mod terminal;
