//! briefkg's output read by the real clients users load it with: rdflib, pyld, pyshacl, Python
//! jsonschema, Apache Jena's riot, raptor's rapper, and an Oxigraph server receiving
//! `briefkg load`. Each runs over the bundled briefs exported in every format (the committed
//! `output/` is the TriG and JSON-LD of that export, byte for byte), the same with Web
//! Annotation selectors, and the hostile-text fixture (exported under a hostile file name, in
//! every format, with selectors), and each is shown to reject a broken copy, so a check that
//! cannot fail does not pass for one that holds.
//!
//! The clients are outside tools: the tests are ignored by default and run in CI, where
//! `.ci/run` installs them (`scripts/install-test-deps.sh`) and passes `--include-ignored`.

mod common;

use std::collections::BTreeMap;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The output folders every client reads: the bundled briefs in every format (lean and with Web
/// Annotation selectors) and the hostile export. The lean export's TriG and JSON-LD are the
/// committed `output/`.
fn corpora(tmp: &Path) -> Vec<PathBuf> {
    let lean = common::export_briefs(tmp, "lean", &common::all_formats());
    for dir in common::output_brief_dirs() {
        for file in ["brief.trig", "brief.jsonld", "manifest.json"] {
            let committed = std::fs::read(dir.join(file)).unwrap();
            let exported = std::fs::read(lean.join(dir.file_name().unwrap()).join(file)).unwrap();
            if file == "manifest.json" {
                // The manifest lists the other formats too; the graph hash is the same.
                let c: serde_json::Value = serde_json::from_slice(&committed).unwrap();
                let e: serde_json::Value = serde_json::from_slice(&exported).unwrap();
                assert_eq!(c["graph_sha256"], e["graph_sha256"]);
            } else {
                assert_eq!(committed, exported, "{}/{file}", dir.display());
            }
        }
    }
    vec![
        lean,
        common::export_briefs(tmp, "annotated", &common::everything()),
        common::export_hostile(tmp),
    ]
}

fn run(program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .current_dir(common::root())
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program} ({e}); run scripts/install-test-deps.sh"))
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `tests/interop/{script}` with python3; returns its output.
fn python(script: &str, args: &[&Path]) -> Output {
    let script = common::root().join("tests/interop").join(script);
    let mut all = vec![script.to_str().unwrap()];
    all.extend(args.iter().map(|p| p.to_str().unwrap()));
    run("python3", &all)
}

/// Asserts a script passed, printing what it said either way.
fn passes(o: &Output) {
    println!("{}", text(&o.stdout));
    assert!(
        o.status.success(),
        "{}\n{}",
        text(&o.stdout),
        text(&o.stderr)
    );
}

/// A copy of the hostile export with one file changed by `break_it`.
fn broken_copy(tmp: &Path, file: &str, break_it: impl Fn(String) -> String) -> PathBuf {
    let good = common::export_hostile(&tmp.join("good"));
    let bad = tmp.join("bad");
    for dir in common::brief_dirs(&good) {
        let target = bad.join(dir.file_name().unwrap());
        std::fs::create_dir_all(&target).unwrap();
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            std::fs::copy(&p, target.join(p.file_name().unwrap())).unwrap();
        }
        let changed = target.join(file);
        let before = std::fs::read_to_string(&changed).unwrap();
        let after = break_it(before.clone());
        assert_ne!(before, after, "the broken copy differs");
        std::fs::write(&changed, after).unwrap();
    }
    std::fs::copy(good.join("manifest.json"), bad.join("manifest.json")).unwrap();
    bad
}

#[test]
#[ignore = "needs python3 with rdflib: run scripts/install-test-deps.sh"]
fn rdflib_reads_every_format_as_the_same_graph() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = corpora(tmp.path());
    let args: Vec<&Path> = dirs.iter().map(PathBuf::as_path).collect();
    passes(&python("rdf_formats.py", &args));

    let bad = broken_copy(tmp.path(), "brief.ttl", |t| {
        t.replacen("nif:anchorOf \"", "nif:anchorOf \"X", 1)
    });
    let o = python("rdf_formats.py", &[&bad]);
    assert!(!o.status.success(), "a changed Turtle file must differ");
}

#[test]
#[ignore = "needs python3 with pyld and rdflib: run scripts/install-test-deps.sh"]
fn pyld_expands_offline_to_the_nquads_graph_and_its_hash() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = corpora(tmp.path());
    let context = common::root().join("schemas/context.jsonld");
    let mut args: Vec<&Path> = vec![&context];
    args.extend(dirs.iter().map(PathBuf::as_path));
    passes(&python("jsonld_offline.py", &args));

    // A remote context must be refused, not fetched.
    let bad = broken_copy(tmp.path(), "brief.jsonld", |t| {
        t.replacen(
            "\"@context\": [",
            "\"@context\": [\"https://schema.org/\", ",
            1,
        )
    });
    let o = python("jsonld_offline.py", &[&context, &bad]);
    assert!(!o.status.success(), "{}", text(&o.stdout));
    assert!(
        text(&o.stderr).contains("refused to fetch https://schema.org/"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
#[ignore = "needs python3 with pyshacl: run scripts/install-test-deps.sh"]
fn pyshacl_finds_no_violation_and_rejects_broken_graphs() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = corpora(tmp.path());
    let shapes = common::root().join("schemas/shapes.ttl");
    let mut args: Vec<&Path> = vec![&shapes];
    args.extend(dirs.iter().map(PathBuf::as_path));
    let o = python("shacl.py", &args);
    passes(&o);
    // Every brief graph and run record of the three corpora (4 + 4 briefs + 1 hostile, 3 run
    // records).
    let nq_files: usize = dirs
        .iter()
        .map(|d| briefkg::store::dataset::rdf_files(d).unwrap().len())
        .sum();
    assert_eq!(nq_files, 12);
    assert!(
        text(&o.stdout).contains(&format!("{nq_files} N-Quads files (")),
        "{}",
        text(&o.stdout)
    );

    let bad = broken_copy(tmp.path(), "brief.nq", |t| {
        t.lines()
            .filter(|l| {
                !l.contains(
                    "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf>",
                )
            })
            .map(|l| format!("{l}\n"))
            .collect()
    });
    let o = python("shacl.py", &[&shapes, &bad]);
    assert!(!o.status.success());
    assert!(
        text(&o.stderr).contains("MinCountConstraintComponent"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
#[ignore = "needs python3 with jsonschema: run scripts/install-test-deps.sh"]
fn python_jsonschema_validates_knowledge_and_manifests() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = corpora(tmp.path());
    let schemas = common::root().join("schemas");
    let mut args: Vec<&Path> = vec![&schemas];
    args.extend(dirs.iter().map(PathBuf::as_path));
    passes(&python("json_schemas.py", &args));
}

/// The N-Triples, Turtle, N-Quads and TriG files of every corpus.
fn rdf_files(dirs: &[PathBuf], names: &[&str]) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for d in dirs {
        for b in common::brief_dirs(d) {
            files.extend(names.iter().map(|n| b.join(n)));
        }
    }
    files
}

#[test]
#[ignore = "needs Apache Jena riot (libapache-jena-java) and java: run scripts/install-test-deps.sh"]
fn jena_riot_validates_without_errors_or_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let files = rdf_files(
        &corpora(tmp.path()),
        &["brief.nt", "brief.ttl", "brief.nq", "brief.trig"],
    );
    let mut args: Vec<&Path> = vec![Path::new("--validate")];
    args.extend(files.iter().map(PathBuf::as_path));
    let o = python("riot.py", &args);
    let err = text(&o.stderr);
    assert!(o.status.success(), "riot failed:\n{err}");
    let noise: Vec<&str> = err
        .lines()
        .filter(|l| !l.contains("INFO org.apache.jena.riot - File: "))
        .collect();
    assert!(noise.is_empty(), "riot reported:\n{}", noise.join("\n"));
    assert_eq!(
        err.lines().count(),
        files.len(),
        "riot read every file:\n{err}"
    );

    // The same run catches what stores reject.
    let bad = tmp.path().join("bad.nt");
    std::fs::write(
        &bad,
        "<http://example.org/a b> <http://example.org/p> \"x\" .\n",
    )
    .unwrap();
    let o = python("riot.py", &[Path::new("--validate"), &bad]);
    assert!(!o.status.success() || text(&o.stderr).contains("ERROR"));
}

#[test]
#[ignore = "needs raptor's rapper (raptor2-utils): run scripts/install-test-deps.sh"]
fn rapper_parses_without_errors_or_warnings() {
    let tmp = tempfile::tempdir().unwrap();
    let dirs = corpora(tmp.path());
    for (name, syntax) in [("brief.nt", "ntriples"), ("brief.ttl", "turtle")] {
        for file in rdf_files(&dirs, &[name]) {
            let o = run("rapper", &["-i", syntax, "-c", file.to_str().unwrap()]);
            let err = text(&o.stderr);
            assert!(o.status.success(), "{}: {err}", file.display());
            let nt = std::fs::read_to_string(file.with_file_name("brief.nt")).unwrap();
            let expected = format!("rapper: Parsing returned {} triples", nt.lines().count());
            let lines: Vec<&str> = err.lines().collect();
            assert_eq!(lines.len(), 2, "{}: {err}", file.display());
            assert!(lines[0].starts_with("rapper: Parsing URI file://"), "{err}");
            assert_eq!(lines[1], expected, "{}", file.display());
        }
    }
    let bad = tmp.path().join("bad.nt");
    std::fs::write(
        &bad,
        "<http://example.org/a b> <http://example.org/p> \"x\" .\n",
    )
    .unwrap();
    let o = run("rapper", &["-i", "ntriples", "-c", bad.to_str().unwrap()]);
    assert!(!o.status.success() || text(&o.stderr).contains("Error"));
}

/// An Oxigraph server (PyPI `oxigraph`) on a free local port, killed when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(location: &Path) -> Server {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let bind = format!("127.0.0.1:{port}");
        let child = Command::new("oxigraph")
            .args([
                "serve",
                "--location",
                location.to_str().unwrap(),
                "--bind",
                &bind,
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("cannot start `oxigraph serve`; run scripts/install-test-deps.sh");
        let mut server = Server {
            child,
            base: format!("http://{bind}"),
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while TcpStream::connect(&bind).is_err() {
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("oxigraph serve exited: {status}");
            }
            assert!(Instant::now() < deadline, "oxigraph serve did not start");
            std::thread::sleep(Duration::from_millis(100));
        }
        server
    }

    /// SPARQL over HTTP, default graph = union of the named graphs; CSV rows.
    fn select(&self, query: &str) -> Vec<BTreeMap<String, String>> {
        let url = format!("{}/query?union-default-graph", self.base);
        let mut response = ureq::post(&url)
            .header("Content-Type", "application/sparql-query")
            .header("Accept", "text/csv")
            .send(query)
            .unwrap();
        common::csv_rows(&response.body_mut().read_to_string().unwrap())
    }

    fn quads(&self) -> usize {
        let rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }");
        rows[0]["n"].parse().unwrap()
    }

    fn load(&self, dir: &Path) {
        let o = Command::new(common::bin())
            .args(["load", "--endpoint", &format!("{}/store", self.base)])
            .arg(dir)
            .current_dir(common::root())
            .env_remove("BRIEFKG_ENDPOINT_USER")
            .env_remove("BRIEFKG_ENDPOINT_PASSWORD")
            .env_remove("BRIEFKG_ENDPOINT_TOKEN")
            .output()
            .unwrap();
        assert!(o.status.success(), "briefkg load: {}", text(&o.stderr));
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
#[ignore = "needs the Oxigraph server (PyPI oxigraph): run scripts/install-test-deps.sh"]
fn oxigraph_server_loads_idempotently_and_answers_the_competency_questions() {
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("db"));
    let output = common::root().join("output");
    let expected = common::manifest_quads(&output);

    server.load(&output);
    assert_eq!(server.quads(), expected);
    server.load(&output);
    assert_eq!(
        server.quads(),
        expected,
        "a second load replaces, never duplicates"
    );

    let queries = common::competency_queries();
    assert!(queries.len() >= 5);
    for rq in &queries {
        let got = server.select(&std::fs::read_to_string(rq).unwrap());
        let want = common::csv_rows(&std::fs::read_to_string(rq.with_extension("csv")).unwrap());
        assert_eq!(got, want, "{} on the server", rq.display());
    }

    let hostile = common::export_hostile(tmp.path());
    server.load(&hostile);
    let with_hostile = expected + common::manifest_quads(&hostile);
    assert_eq!(server.quads(), with_hostile);
    server.load(&hostile);
    assert_eq!(
        server.quads(),
        with_hostile,
        "reloading the hostile brief changes nothing"
    );
    let reanchor =
        std::fs::read_to_string(common::root().join("tests/queries/spans-reanchor.rq")).unwrap();
    let rows = server.select(&reanchor);
    let hostile_row = rows
        .iter()
        .find(|r| r["file"] == common::HOSTILE_FILE_NAME)
        .expect("the hostile brief is in the store under its file name");
    assert_eq!(hostile_row["spans"], hostile_row["reanchored"]);
    assert!(hostile_row["spans"].parse::<usize>().unwrap() > 10);
}
