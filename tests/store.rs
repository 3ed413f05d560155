//! `verify --endpoint` against a real Oxigraph server, started by the test on 127.0.0.1 with a
//! free port and killed when the test ends: the loaded graphs verify; a graph changed or
//! dropped inside the store is caught and named.

mod common;

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// An Oxigraph server in a temporary folder; killed (by its process id) on drop.
struct Oxigraph {
    child: Child,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Oxigraph {
    fn start() -> Oxigraph {
        let dir = tempfile::tempdir().unwrap();
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new("oxigraph")
            .args(["serve", "--location"])
            .arg(dir.path())
            .args(["--bind", &format!("127.0.0.1:{port}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the oxigraph server starts (run scripts/install-test-deps.sh)");
        let server = Oxigraph {
            child,
            port,
            _dir: dir,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while ureq::get(&server.url("/store?default")).call().is_err() {
            assert!(
                Instant::now() < deadline,
                "oxigraph did not answer on {port}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        server
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// PUTs every named graph of an output folder (as N-Triples), as `briefkg load` does.
    fn load(&self, dir: &Path) {
        let dataset = briefkg::store::dataset::read(dir).unwrap();
        for graph in &dataset.graphs {
            let oxrdf::GraphName::NamedNode(name) = &graph.name else {
                panic!("unexpected graph {}", graph.label())
            };
            ureq::put(&self.url("/store"))
                .query("graph", name.as_str())
                .header("Content-Type", "application/n-triples")
                .send(&graph.to_ntriples()[..])
                .unwrap();
        }
    }

    fn update(&self, sparql: &str) {
        ureq::post(&self.url("/update"))
            .header("Content-Type", "application/sparql-update")
            .send(sparql)
            .unwrap();
    }
}

impl Drop for Oxigraph {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn verify(endpoint: &str, format: &str) -> Output {
    Command::new(common::bin())
        .args([
            "verify",
            "output",
            "--endpoint",
            endpoint,
            "--format",
            format,
        ])
        .current_dir(common::root())
        .output()
        .unwrap()
}

#[test]
#[ignore = "needs the oxigraph server: run scripts/install-test-deps.sh"]
fn store_graphs_verify_and_tampering_inside_the_store_is_caught() {
    let server = Oxigraph::start();
    let out = common::root().join("output");
    server.load(&out);
    let endpoint = server.url("/store");
    let o = verify(&endpoint, "text");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{stderr}{}",
        String::from_utf8_lossy(&o.stdout)
    );
    assert!(stderr.contains("5 stored graphs"), "{stderr}");
    // Oxigraph keeps values, not datatypes: xsd:nonNegativeInteger comes back as xsd:integer.
    // verify says so, and compares the graphs with integer literals normalised.
    assert!(
        stderr.contains("note: the store gives integer literals back as xsd:integer"),
        "{stderr}"
    );

    let corpus: briefkg::provenance::manifest::CorpusManifest =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let graph_of = |name: &str| {
        let e = corpus.briefs.iter().find(|b| b.name == name).unwrap();
        briefkg::emit::iri::Iris::graph_of(&corpus.base_iri, &e.source_sha256)
    };
    let (changed, dropped) = (
        graph_of("pp65-russia-north-korea"),
        graph_of("dev-energy-europe"),
    );
    // One literal changed inside one graph (the first "Pyongyang" mention), another graph
    // dropped.
    let anchor = "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf>";
    server.update(&format!(
        "DELETE {{ GRAPH <{changed}> {{ ?s {anchor} ?o }} }}
         INSERT {{ GRAPH <{changed}> {{ ?s {anchor} \"Pyongyanq\" }} }}
         WHERE {{ {{ SELECT ?s ?o WHERE {{ GRAPH <{changed}> {{ ?s {anchor} ?o
                  FILTER(?o = \"Pyongyang\") }} }} ORDER BY ?s LIMIT 1 }} }}"
    ));
    server.update(&format!("DROP GRAPH <{dropped}>"));
    let o = verify(&endpoint, "json");
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2, "{findings:#?}");
    let about = |graph: &str| {
        findings
            .iter()
            .find(|f| f["file"] == format!("<{graph}>"))
            .unwrap_or_else(|| panic!("no finding on {graph}: {findings:#?}"))
    };
    let f = about(&changed);
    assert_eq!(
        (f["kind"].as_str(), f["check"].as_str()),
        (Some("store"), Some("store"))
    );
    let message = f["message"].as_str().unwrap();
    assert!(message.contains("pp65-russia-north-korea"), "{message}");
    assert!(
        message.contains("1 quads only in the store, first: ") && message.contains("\"Pyongyanq\""),
        "{message}"
    );
    assert_eq!(f["expected"], graph_sha(&corpus, "pp65-russia-north-korea"));
    assert_ne!(f["found"], f["expected"]);
    let f = about(&dropped);
    assert!(f["message"].as_str().unwrap().contains("dev-energy-europe"));
    assert!(f["found"].as_str().unwrap().contains("404"));
}

fn graph_sha(corpus: &briefkg::provenance::manifest::CorpusManifest, name: &str) -> String {
    corpus
        .briefs
        .iter()
        .find(|b| b.name == name)
        .unwrap()
        .graph_sha256
        .clone()
}
