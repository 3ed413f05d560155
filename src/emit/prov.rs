//! The PROV-O record of an export run, as quads in the run's named graph
//! (`{base}graph/run/{run id}`). No blank nodes; no time unless `SOURCE_DATE_EPOCH` gave one.
//!
//! ```text
//! run      a prov:Activity ; prov:wasAssociatedWith agent ; prov:qualifiedAssociation assoc ;
//!          prov:used config, kb, every brief ; prov:generated every graph and brief manifest ;
//!          [prov:endedAtTime]
//! assoc    a prov:Association ; prov:agent agent ; prov:hadPlan config
//! agent    a prov:SoftwareAgent ; schema:name "briefkg" ; schema:softwareVersion
//! config   a prov:Entity, prov:Plan ; schema:sha256 ; schema:text (the canonical JSON) ;
//!          schema:encodingFormat "application/json"
//! kb       a prov:Entity ; schema:sha256
//! brief    a prov:Entity ; schema:sha256 ; owl:sameAs ni ; bkg:fileName
//! graph    a prov:Entity ; schema:sha256 (canonical N-Quads) ; prov:wasDerivedFrom brief ;
//!          prov:wasGeneratedBy run
//! manifest a prov:Entity (its ni: IRI) ; schema:name "{name}/manifest.json" ; schema:sha256 ;
//!          prov:wasGeneratedBy run
//! ```

use oxrdf::{Literal, NamedNode, Quad};

use super::graph::{n, Graph};
use super::iri::{Iris, RunIris};
use super::quads::Quads;
use super::vocab::{BKG, OWL, PROV, SCHEMA, XSD};
use crate::provenance::hash::ni_iri_from_hex;
use crate::provenance::run::RunRecord;

impl Graph {
    /// A content-hashed entity: `a prov:Entity ; schema:sha256 hash`.
    fn hashed(&mut self, s: &NamedNode, sha256: &str) {
        self.typ(s, PROV, "Entity");
        self.text(s, n(SCHEMA, "sha256"), sha256);
    }
}

/// The quads of a run record under `base`, sorted by their N-Quads form, without duplicates.
pub fn quads(record: &RunRecord, base: &str) -> Vec<Quad> {
    compact(record, base).to_quads()
}

/// [`quads`] in compact form, canonicalised: its canonical N-Quads and graph hash are made
/// ([`Quads::graph_sha256`]). A run over many briefs holds its record once, in about a third of
/// the memory of oxrdf quads.
pub fn compact(record: &RunRecord, base: &str) -> Quads {
    let iris = RunIris::new(base, &record.run_id);
    let mut g = Graph::new(iris.graph());
    let run = iris.run();
    let agent = iris.agent(&record.config.briefkg_version);
    let config = iris.config(&record.config_sha256);
    let kb = iris.kb(&record.config.kb_sha256);
    let assoc = Iris::child(&run, "association");

    g.typ(&run, PROV, "Activity");
    g.add(&run, n(PROV, "wasAssociatedWith"), agent.clone());
    g.add(&run, n(PROV, "qualifiedAssociation"), assoc.clone());
    g.add(&run, n(PROV, "used"), config.clone());
    g.add(&run, n(PROV, "used"), kb.clone());
    if let Some(t) = &record.ended_at {
        g.add(
            &run,
            n(PROV, "endedAtTime"),
            Literal::new_typed_literal(t, n(XSD, "dateTime")),
        );
    }
    g.typ(&assoc, PROV, "Association");
    g.add(&assoc, n(PROV, "agent"), agent.clone());
    g.add(&assoc, n(PROV, "hadPlan"), config.clone());

    g.typ(&agent, PROV, "SoftwareAgent");
    g.text(&agent, n(SCHEMA, "name"), "briefkg");
    g.text(
        &agent,
        n(SCHEMA, "softwareVersion"),
        &record.config.briefkg_version,
    );

    g.hashed(&config, &record.config_sha256);
    g.typ(&config, PROV, "Plan");
    g.text(&config, n(SCHEMA, "text"), &record.config.canonical_json());
    g.text(&config, n(SCHEMA, "encodingFormat"), "application/json");

    g.hashed(&kb, &record.config.kb_sha256);

    for b in &record.briefs {
        let iris = Iris::new(base, &b.source_sha256);
        let brief = iris.brief();
        g.add(&run, n(PROV, "used"), brief.clone());
        g.hashed(&brief, &b.source_sha256);
        if let Some(ni) = ni_iri_from_hex(&b.source_sha256) {
            g.add(&brief, n(OWL, "sameAs"), NamedNode::new_unchecked(ni));
        }
        g.text(&brief, n(BKG, "fileName"), &b.source_name);

        let graph = iris.graph();
        g.add(&run, n(PROV, "generated"), graph.clone());
        g.hashed(&graph, &b.graph_sha256);
        g.add(&graph, n(PROV, "wasDerivedFrom"), brief.clone());
        g.add(&graph, n(PROV, "wasGeneratedBy"), run.clone());

        if let Some(ni) = ni_iri_from_hex(&b.manifest_sha256) {
            let manifest = NamedNode::new_unchecked(ni);
            g.add(&run, n(PROV, "generated"), manifest.clone());
            g.hashed(&manifest, &b.manifest_sha256);
            g.text(
                &manifest,
                n(SCHEMA, "name"),
                &format!("{}/manifest.json", b.name),
            );
            g.add(&manifest, n(PROV, "wasGeneratedBy"), run.clone());
        }
    }
    g.finish_quads()
}
