//! `briefkg load` against a small fake Graph Store in a thread: what is sent (one PUT per
//! graph, the graph IRI percent-encoded, N-Triples bodies, credentials only from the
//! environment) and how failures are reported (unreachable, HTTP errors, refused credentials,
//! bad input). The real Oxigraph server is in `tests/interop.rs`.

mod common;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::mpsc;
use std::thread;

use oxttl::NTriplesParser;

/// One request the fake store received.
#[derive(Debug)]
struct Request {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A fake endpoint answering every request with `status` and `answer`; returns its URL and a
/// channel of the requests it received.
fn fake_store(status: u16, answer: &'static str) -> (String, mpsc::Receiver<Request>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/store", listener.local_addr().unwrap());
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            let mut parts = line.split_whitespace();
            let method = parts.next().unwrap_or_default().to_owned();
            let target = parts.next().unwrap_or_default().to_owned();
            let mut headers = Vec::new();
            loop {
                let mut h = String::new();
                reader.read_line(&mut h).unwrap();
                let h = h.trim_end();
                if h.is_empty() {
                    break;
                }
                let (n, v) = h.split_once(':').unwrap();
                headers.push((n.trim().to_owned(), v.trim().to_owned()));
            }
            let len: usize = headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case("content-length"))
                .map_or(0, |(_, v)| v.parse().unwrap());
            let mut body = vec![0; len];
            reader.read_exact(&mut body).unwrap();
            let request = Request {
                method,
                target,
                headers,
                body: std::mem::take(&mut body),
            };
            // Recorded before answering, so the test sees it once the client has exited.
            if tx.send(request).is_err() {
                return;
            }
            let reason = if status < 300 { "OK" } else { "Error" };
            write!(
                stream,
                "HTTP/1.1 {status} {reason}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            )
            .unwrap();
        }
    });
    (url, rx)
}

fn load(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(common::bin());
    cmd.arg("load").args(args).current_dir(common::root());
    for k in [
        "BRIEFKG_ENDPOINT_USER",
        "BRIEFKG_ENDPOINT_PASSWORD",
        "BRIEFKG_ENDPOINT_TOKEN",
    ] {
        cmd.env_remove(k);
    }
    cmd.envs(env.iter().copied());
    cmd.output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn graph_iri(dir: &Path) -> String {
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
    m["graph_iri"].as_str().unwrap().to_owned()
}

/// The triples of a TriG file (one named graph), as N-Triples lines.
fn trig_triples(path: &Path) -> BTreeSet<String> {
    oxttl::TriGParser::new()
        .for_slice(&std::fs::read(path).unwrap())
        .map(|q| oxrdf::Triple::from(q.unwrap()).to_string())
        .collect()
}

/// The named graphs of a TriG file (a brief's graph and its claims' assertion graphs), each
/// with its triples as N-Triples lines.
fn trig_graphs(path: &Path) -> Vec<(String, BTreeSet<String>)> {
    let mut graphs: std::collections::BTreeMap<String, BTreeSet<String>> = Default::default();
    for q in oxttl::TriGParser::new().for_slice(&std::fs::read(path).unwrap()) {
        let q = q.unwrap();
        let oxrdf::GraphName::NamedNode(g) = &q.graph_name else {
            panic!("{}: a triple outside the named graphs", path.display());
        };
        graphs
            .entry(g.as_str().to_owned())
            .or_default()
            .insert(oxrdf::Triple::from(q.clone()).to_string());
    }
    graphs.into_iter().collect()
}

fn triples(bytes: &[u8]) -> BTreeSet<String> {
    NTriplesParser::new()
        .for_slice(bytes)
        .map(|t| t.unwrap().to_string())
        .collect()
}

#[test]
fn load_puts_each_brief_graph_whole_under_its_name() {
    let (url, requests) = fake_store(204, "");
    let o = load(&["--endpoint", &url, "output"], &[]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let got: Vec<Request> = requests.try_iter().collect();
    let dirs = common::output_brief_dirs();
    // Every named graph of every brief (its graph and its claims' assertion graphs), with its
    // triples as N-Triples, and the run record's graph.
    let mut expected: Vec<(String, BTreeSet<String>)> = Vec::new();
    for d in &dirs {
        let graphs = trig_graphs(&d.join("brief.trig"));
        assert!(graphs.iter().any(|(g, _)| *g == graph_iri(d)));
        assert!(graphs.len() > 1, "claims' assertion graphs are loaded too");
        expected.extend(graphs);
    }
    let corpus: serde_json::Value = serde_json::from_slice(
        &std::fs::read(common::root().join("output/manifest.json")).unwrap(),
    )
    .unwrap();
    let run_graph = corpus["run"]["graph_iri"].as_str().unwrap().to_owned();
    let run_triples = trig_triples(&common::root().join("output/provenance.trig"));
    expected.push((run_graph, run_triples));
    expected.sort();
    assert_eq!(
        got.len(),
        expected.len(),
        "one request per named graph and the run graph"
    );
    for (req, (graph, graph_triples)) in got.iter().zip(&expected) {
        assert_eq!(req.method, "PUT");
        assert_eq!(
            req.target,
            format!("/store?graph={}", briefkg::emit::iri::encode_segment(graph))
        );
        assert_eq!(req.header("content-type"), Some("application/n-triples"));
        assert_eq!(req.header("authorization"), None);
        assert_eq!(&triples(&req.body), graph_triples, "{graph}");
    }
    let err = stderr(&o);
    let total: usize = expected.iter().map(|(_, t)| t.len()).sum();
    let summary = format!(
        "loaded {} graphs, {total} triples from {} files",
        expected.len(),
        dirs.len() + 1
    );
    assert!(err.contains(&summary), "{err}");
}

#[test]
fn credentials_are_read_from_the_environment() {
    let (url, requests) = fake_store(201, "");
    let env = [
        ("BRIEFKG_ENDPOINT_USER", "ann"),
        ("BRIEFKG_ENDPOINT_PASSWORD", "pa:ss wörd"),
    ];
    let o = load(&["--endpoint", &url, "output/dev-energy-europe"], &env);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let req = requests.recv().unwrap();
    // base64("ann:pa:ss wörd")
    assert_eq!(
        req.header("authorization"),
        Some("Basic YW5uOnBhOnNzIHfDtnJk")
    );
    assert!(
        !stderr(&o).contains("wörd"),
        "the password is never printed"
    );

    let (url, requests) = fake_store(200, "");
    let o = load(
        &["--endpoint", &url, "output/dev-energy-europe/brief.trig"],
        &[("BRIEFKG_ENDPOINT_TOKEN", "t0k3n")],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(
        requests.recv().unwrap().header("authorization"),
        Some("Bearer t0k3n")
    );

    let o = load(
        &["--endpoint", "http://127.0.0.1:9/store"],
        &[("BRIEFKG_ENDPOINT_USER", "ann")],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("BRIEFKG_ENDPOINT_USER is set but BRIEFKG_ENDPOINT_PASSWORD is not"),
        "{}",
        stderr(&o)
    );
    let help = Command::new(common::bin())
        .args(["load", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("BRIEFKG_ENDPOINT_TOKEN"), "{help}");
    assert!(
        !help.contains("--password") && !help.contains("--token"),
        "no secret on the command line"
    );
}

#[test]
fn refused_credentials_are_an_auth_failure_naming_graph_and_file() {
    for status in [401, 403] {
        let (url, _requests) = fake_store(status, "<html>\n  Unauthorized\n</html>");
        let o = load(&["--endpoint", &url, "output/pp65-russia-north-korea"], &[]);
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert!(err.contains("authentication failed"), "{err}");
        assert!(err.contains(&format!("HTTP {status}")), "{err}");
        assert!(err.contains("BRIEFKG_ENDPOINT_TOKEN"), "{err}");
        assert!(
            err.contains("output/pp65-russia-north-korea/brief.trig"),
            "{err}"
        );
        // Graphs are loaded in name order: the refused one is the first of the file.
        let dir = common::root().join("output/pp65-russia-north-korea");
        let first = trig_graphs(&dir.join("brief.trig")).remove(0).0;
        assert!(err.contains(&format!("<{first}>")), "{err}");
        assert!(err.contains("<html> Unauthorized </html>"), "{err}");
    }
}

#[test]
fn http_errors_give_the_status_and_the_start_of_the_body() {
    let (url, requests) = fake_store(500, "store is on fire");
    let o = load(&["--endpoint", &url, "output"], &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("answered HTTP 500: store is on fire"), "{err}");
    assert!(err.contains("(from output/"), "{err}");
    assert_eq!(requests.try_iter().count(), 1, "stops at the first error");
}

#[test]
fn an_unreachable_endpoint_is_a_clear_error() {
    let port = {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let url = format!("http://127.0.0.1:{port}/store");
    let o = load(&["--endpoint", &url, "output"], &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("is unreachable"), "{err}");
    assert!(err.contains(&url), "{err}");
}

#[test]
fn bad_arguments_and_bad_input_are_usage_errors() {
    let o = load(&["--endpoint", "ftp://example.org/store", "output"], &[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid --endpoint"), "{}", stderr(&o));

    let tmp = tempfile::tempdir().unwrap();
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let o = load(
        &[
            "--endpoint",
            "http://127.0.0.1:9/store",
            empty.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("no .nq or .trig file found"),
        "{}",
        stderr(&o)
    );

    let broken = tmp.path().join("broken.nq");
    std::fs::write(
        &broken,
        "<http://a/s> <http://a/p> <http://a/o> <http://a/g> .\n<http://a/s> <http://a/p> \"x <http://a/g> .\n",
    )
    .unwrap();
    let (url, requests) = fake_store(204, "");
    let o = load(&["--endpoint", &url, broken.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("broken.nq:2:"), "{err}");
    assert!(err.contains("invalid RDF"), "{err}");
    assert_eq!(
        requests.try_iter().count(),
        0,
        "nothing is sent from a broken folder"
    );
}
