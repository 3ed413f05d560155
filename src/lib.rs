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

/// A hash map for lookups on hot paths (lexicons, word lists): foldhash with its fixed seed,
/// several times faster than the standard SipHash on short string keys. Never iterated into
/// output (output order always comes from sorting), and the fixed seed keeps even debug dumps
/// the same on every run.
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;

/// The set counterpart of [`FastMap`].
pub type FastSet<K> = std::collections::HashSet<K, foldhash::fast::FixedState>;

/// The English month names as written in dates (`January` … `December`), January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
