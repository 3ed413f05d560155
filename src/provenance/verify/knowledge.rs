//! `knowledge.json` of a brief: it describes the same source, re-emits (with this version of
//! briefkg) to exactly the brief's graph, and its blocks' anchors rebuild from the source.

use oxrdf::Quad;

use super::brief::Brief;
use super::view::differ;
use super::{Check, FileRef, Finding};
use crate::emit::iri::{brief_id, Iris};
use crate::emit::rdf::Profile;
use crate::emit::{self, read, Format};
use crate::model::reconstruct;
use crate::pipeline::VERSION;
use crate::provenance::hash::canonical_sha256;
use crate::provenance::manifest::BriefManifest;

impl Brief<'_> {
    /// `knowledge.json`: the same brief as the graph (re-emitted with this version of briefkg),
    /// and its blocks' anchors against the source. Returns the re-emitted graph when it is the
    /// brief's graph.
    pub(super) fn knowledge(
        &mut self,
        bytes: &[u8],
        m: &BriefManifest,
        source_sha: &str,
        graph_sha: &str,
        source: Option<&str>,
    ) -> Option<Vec<Quad>> {
        let file = FileRef::Output(self.rel(Format::Json.file_name()));
        let doc = match read::knowledge(bytes) {
            Ok(d) => d,
            Err(e) => {
                self.push(
                    Finding::new(
                        file,
                        Check::Parse,
                        format!("knowledge.json does not parse: {}", e.message),
                        "a knowledge file (schemas/knowledge.schema.json)",
                        "invalid JSON or unknown structure",
                    )
                    .at(e.line),
                );
                return None;
            }
        };
        if doc.source.sha256 != source_sha {
            self.push(Finding::new(
                file.clone(),
                Check::Knowledge,
                "knowledge.json describes another source",
                source_sha.to_owned(),
                doc.source.sha256.clone(),
            ));
        }
        let mut emitted = None;
        if m.briefkg_version == VERSION {
            let base = m
                .brief_iri
                .strip_suffix(&format!("brief/{}", brief_id(&m.source_sha256)))
                .unwrap_or_default();
            let iris = Iris::new(base, &doc.source.sha256);
            // The profile is part of the run's configuration, not of the brief: try each.
            let mut found = String::new();
            for web_annotation in [false, true] {
                let profile = Profile { web_annotation };
                let quads = emit::rdf::quads(&doc, &iris, profile);
                found = canonical_sha256(&quads);
                if found == graph_sha {
                    emitted = Some(quads);
                    break;
                }
            }
            if emitted.is_none() {
                self.push(Finding::new(
                    file.clone(),
                    Check::Knowledge,
                    "knowledge.json does not re-emit to the brief's graph",
                    graph_sha.to_owned(),
                    found,
                ));
            }
        } else {
            self.o.notes.push(format!(
                "{}: knowledge.json not re-emitted: written by briefkg {}, this is {VERSION}",
                self.input.name, m.briefkg_version
            ));
        }
        if let Some(text) = source {
            for block in &doc.blocks {
                let rebuilt = reconstruct(text, &doc.clean.repairs, &block.anchor.source);
                if rebuilt.as_deref() != Some(block.anchor.exact.as_str()) {
                    let rebuilt = rebuilt.unwrap_or_default();
                    let (expected, found, at) = differ(&rebuilt, &block.anchor.exact);
                    self.push(Finding::new(
                        file.clone(),
                        Check::Knowledge,
                        format!(
                            "the block at clean {}..{} is not what the source gives at its pieces (first difference at code point {at})",
                            block.anchor.clean.start, block.anchor.clean.end
                        ),
                        expected,
                        found,
                    ));
                }
            }
        }
        emitted
    }
}
