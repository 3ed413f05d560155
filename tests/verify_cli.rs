//! `briefkg verify` as a user runs it: exit codes 0 / 1 / 2 and the text, JSON and GitHub
//! Actions renderings of the findings.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn run(args: &[&str], cwd: &Path) -> Output {
    Command::new(common::bin())
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the binary runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            copy_dir(&p, &dest);
        } else {
            std::fs::copy(&p, &dest).unwrap();
        }
    }
}

/// A copy of the committed output with brief.jsonld of one brief changed and brief.trig of
/// another made unparsable at its line 3.
fn tampered(tmp: &Path) -> PathBuf {
    let out = tmp.join("out");
    copy_dir(&common::root().join("output"), &out);
    let jsonld = out.join("pp65-russia-north-korea/brief.jsonld");
    let t = std::fs::read_to_string(&jsonld)
        .unwrap()
        .replacen("Pyongyang", "Pyongyanq", 1);
    std::fs::write(&jsonld, t).unwrap();
    let nq = out.join("dev-energy-europe/brief.trig");
    let mut lines: Vec<String> = std::fs::read_to_string(&nq)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    lines[2] = lines[2].replacen('>', "", 1);
    std::fs::write(&nq, lines.join("\n") + "\n").unwrap();
    out
}

#[test]
fn committed_output_verifies_with_the_defaults() {
    let o = run(&["verify"], &common::root());
    assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    assert!(
        text(&o).contains("verified output: all hold (4 briefs"),
        "{}",
        text(&o)
    );
}

#[test]
fn text_report_names_file_expected_and_found_and_exits_1() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tampered(tmp.path());
    let briefs = common::root().join("briefs");
    let o = run(
        &[
            "verify",
            out.to_str().unwrap(),
            "--sources",
            briefs.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    let stdout = String::from_utf8_lossy(&o.stdout);
    let ttl = format!("{}/pp65-russia-north-korea/brief.jsonld", out.display());
    assert!(
        stdout.contains(&format!("{ttl}: error[file-hash]")),
        "{stdout}"
    );
    assert!(stdout.contains("    expected: ") && stdout.contains("    found:    "));
    let nq = format!(
        "{}/dev-energy-europe/brief.trig:3: error[parse]",
        out.display()
    );
    assert!(stdout.contains(&nq), "{stdout}");
    assert!(String::from_utf8_lossy(&o.stderr).contains("findings"));
}

#[test]
fn json_report_is_one_document_with_typed_findings() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tampered(tmp.path());
    let briefs = common::root().join("briefs");
    let o = run(
        &[
            "verify",
            out.to_str().unwrap(),
            "--sources",
            briefs.to_str().unwrap(),
            "--format",
            "json",
        ],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&o.stdout).expect("stdout is JSON");
    assert_eq!(doc["ok"], false);
    assert_eq!(doc["counts"]["briefs"], 4);
    let findings = doc["findings"].as_array().unwrap();
    let ttl = findings
        .iter()
        .find(|f| {
            f["file"]
                .as_str()
                .unwrap()
                .ends_with("pp65-russia-north-korea/brief.jsonld")
                && f["check"] == "file-hash"
        })
        .expect("a file-hash finding on brief.jsonld");
    assert_eq!(ttl["kind"], "output");
    assert!(ttl["expected"].as_str().unwrap().contains("SHA-256"));
    assert_ne!(ttl["expected"], ttl["found"]);
    assert!(findings
        .iter()
        .any(|f| f["check"] == "parse" && f["line"] == 3));
}

#[test]
fn github_report_is_workflow_annotations() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tampered(tmp.path());
    let briefs = common::root().join("briefs");
    let o = run(
        &[
            "verify",
            out.to_str().unwrap(),
            "--sources",
            briefs.to_str().unwrap(),
            "--format",
            "github",
        ],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.lines().all(|l| l.starts_with("::error ")),
        "{stdout}"
    );
    let nq = format!(
        "::error file={}/dev-energy-europe/brief.trig,line=3,title=briefkg verify%3A parse::",
        out.display()
    );
    assert!(stdout.contains(&nq), "{stdout}");

    let o = run(&["verify", "--format", "github"], &common::root());
    assert_eq!(o.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&o.stdout).starts_with("::notice title=briefkg verify::all hold")
    );
}

#[test]
fn usage_and_io_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    let root = common::root();
    let output = root.join("output");
    let cases: Vec<Vec<&str>> = vec![
        vec!["verify", "no-such-folder"],
        vec![
            "verify",
            output.to_str().unwrap(),
            "--sources",
            "no-such-folder",
        ],
        vec![
            "verify",
            output.to_str().unwrap(),
            "--endpoint",
            "https://example.org/store",
        ],
        vec![
            "verify",
            output.to_str().unwrap(),
            "--endpoint",
            "not a url",
        ],
        vec!["verify", "--format", "yaml"],
    ];
    for args in cases {
        let o = run(&args, tmp.path());
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", text(&o));
    }
    // A port nobody listens on: the store cannot be reached, which is an I/O error.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let endpoint = format!("http://127.0.0.1:{port}/store");
    let o = run(&["verify", "--endpoint", &endpoint], &root);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
    assert!(text(&o).contains(&endpoint), "{}", text(&o));
}
