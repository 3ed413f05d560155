//! The real binary in temporary folders: determinism, `export --check`, bad input.

mod common;

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str], cwd: &Path) -> Output {
    Command::new(common::bin())
        .args(args)
        .current_dir(cwd)
        .output()
        .expect("the binary runs")
}

/// A folder `in/` under `tmp` holding one bundled brief under another name.
fn input_folder(tmp: &Path, brief: &str, name: &str) -> std::path::PathBuf {
    let inputs = tmp.join("in");
    std::fs::create_dir(&inputs).unwrap();
    std::fs::copy(common::root().join("briefs").join(brief), inputs.join(name)).unwrap();
    inputs
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn export_is_byte_identical_across_runs_input_order_and_folder_vs_files() {
    let tmp = tempfile::tempdir().unwrap();
    let briefs = common::root().join("briefs");
    let b = briefs.to_str().unwrap();
    let a = tmp.path().join("a");
    let o = run(&["export", b, "-o", a.to_str().unwrap()], tmp.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let second = tmp.path().join("b");
    let o = run(&["export", b, "-o", second.to_str().unwrap()], tmp.path());
    assert!(o.status.success());
    assert_eq!(common::tree(&a), common::tree(&second), "two runs differ");

    let mut files: Vec<String> = common::sample_briefs()
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    files.reverse();
    let listed = tmp.path().join("c");
    let mut args = vec!["export".to_owned()];
    args.extend(files);
    args.extend(["-o".to_owned(), listed.to_string_lossy().into_owned()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = run(&args, tmp.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        common::tree(&a),
        common::tree(&listed),
        "listing files in reverse order differs from the folder"
    );
    assert_eq!(
        common::tree(&a),
        common::tree(&common::root().join("output")),
        "differs from committed output/"
    );
}

#[test]
fn check_names_every_stale_missing_and_extra_file() {
    let tmp = tempfile::tempdir().unwrap();
    let b = common::root().join("briefs");
    let out = tmp.path().join("out");
    let o = run(
        &["export", b.to_str().unwrap(), "-o", out.to_str().unwrap()],
        tmp.path(),
    );
    assert!(o.status.success());
    let check = |cwd: &Path| {
        run(
            &[
                "export",
                b.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
                "--check",
            ],
            cwd,
        )
    };
    let o = check(tmp.path());
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));

    let changed = out.join("pp65-russia-north-korea/brief.jsonld");
    let mut bytes = std::fs::read(&changed).unwrap();
    bytes.push(b'\n');
    std::fs::write(&changed, bytes).unwrap();
    std::fs::remove_file(out.join("dev-energy-europe/brief.trig")).unwrap();
    std::fs::write(out.join("dev-ai-governance/notes.txt"), "x").unwrap();
    let o = check(tmp.path());
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("stale: pp65-russia-north-korea/brief.jsonld"),
        "{err}"
    );
    assert!(
        err.contains("missing: dev-energy-europe/brief.trig"),
        "{err}"
    );
    assert!(err.contains("extra: dev-ai-governance/notes.txt"), "{err}");
    assert_eq!(
        err.matches("stale:").count()
            + err.matches("missing:").count()
            + err.matches("extra:").count(),
        3,
        "{err}"
    );
    // --check writes nothing.
    assert!(!out.join("dev-energy-europe/brief.trig").exists());
}

#[test]
fn bad_inputs_get_clear_errors_and_the_batch_goes_on() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = input_folder(tmp.path(), "pp65-russia-north-korea.md", "good.md");
    std::fs::write(inputs.join("latin1.md"), b"# Title\n\nCaf\xe9 in Russia.\n").unwrap();
    std::fs::write(inputs.join("empty.md"), b"").unwrap();
    std::fs::write(inputs.join("blank.txt"), b"\n \n\t\n").unwrap();
    std::fs::write(
        inputs.join("binary.md"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    )
    .unwrap();
    let out = tmp.path().join("out");
    let o = run(
        &[
            "export",
            inputs.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert_eq!(
        o.status.code(),
        Some(1),
        "a failed brief makes the exit code 1"
    );
    let err = stderr(&o);
    assert!(
        err.contains("latin1.md:3:4 (byte 12): invalid UTF-8"),
        "{err}"
    );
    assert!(err.contains("empty.md: empty brief"), "{err}");
    assert!(err.contains("blank.txt: empty brief"), "{err}");
    assert!(err.contains("binary.md:3:1 (byte 8): binary file"), "{err}");
    assert!(
        out.join("good/brief.trig").exists(),
        "the good brief is still exported"
    );
    let corpus = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    assert!(corpus.contains("\"name\": \"good\""));
    assert!(!corpus.contains("latin1"));
}

#[test]
fn help_and_version() {
    let tmp = tempfile::tempdir().unwrap();
    let o = run(&["--version"], tmp.path());
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("briefkg "));
    let o = run(&["export", "--help"], tmp.path());
    let help = String::from_utf8_lossy(&o.stdout);
    assert!(help.contains("--check") && help.contains("--base-iri") && help.contains("--format"));
    let o = run(
        &["export", "--base-iri", "not an iri", "-o", "x"],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("invalid --base-iri"));
}

#[test]
fn base_iri_and_format_options_apply() {
    let tmp = tempfile::tempdir().unwrap();
    let b = common::root().join("briefs/dev-energy-europe.md");
    let out = tmp.path().join("out");
    let o = run(
        &[
            "export",
            b.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--format",
            "nq,json",
            "--base-iri",
            "http://example.org/kg/",
        ],
        tmp.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let files: Vec<String> = common::tree(&out).into_keys().collect();
    assert_eq!(
        files,
        [
            "dev-energy-europe/brief.nq",
            "dev-energy-europe/knowledge.json",
            "dev-energy-europe/manifest.json",
            "manifest.json",
            "provenance.nq"
        ]
    );
    let nq = std::fs::read_to_string(out.join("dev-energy-europe/brief.nq")).unwrap();
    assert!(nq.contains("<http://example.org/kg/brief/08aa711c874ce8423f6c02ce4f721955>"));
    assert!(nq.contains("<http://example.org/kg/entity/country/rus>"));
}

#[test]
fn a_symbolic_link_cycle_in_an_input_folder_is_not_followed() {
    let tmp = tempfile::tempdir().unwrap();
    let inputs = input_folder(tmp.path(), "dev-energy-europe.md", "energy.md");
    std::os::unix::fs::symlink(&inputs, inputs.join("loop")).unwrap();
    let out = tmp.path().join("out");
    let o = run(
        &[
            "export",
            inputs.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        tmp.path(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(out.join("energy/brief.trig").exists());
    assert!(stderr(&o).contains(": 1 new, 0 changed"), "{}", stderr(&o));
}
