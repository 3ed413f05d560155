//! Batch runs as CI runs them (issue 12): nothing lost, no work done twice, shards merged byte
//! for byte, faults survived, exit codes as documented. Every test runs the real binary in
//! temporary folders. Cost: about a minute in all on two cores (the kill -9 and 10,000-brief
//! tests are the longest; the 10,000 briefs are tiny files).

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], cwd: &Path) -> Output {
    Command::new(common::bin())
        .args(args)
        .current_dir(cwd)
        .env_remove("SOURCE_DATE_EPOCH")
        .env_remove("CI")
        .output()
        .expect("the binary runs")
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temporary path")
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A copy of the bundled briefs in `tmp/in`.
fn briefs(tmp: &Path) -> PathBuf {
    let dir = tmp.join("in");
    std::fs::create_dir_all(&dir).unwrap();
    for b in common::sample_briefs() {
        std::fs::copy(&b, dir.join(b.file_name().unwrap())).unwrap();
    }
    dir
}

/// `n` generated briefs (gencorpus, seed 1) in `dir`.
fn generated(dir: &Path, n: usize) -> PathBuf {
    let o = Command::new(env!("CARGO_BIN_EXE_gencorpus"))
        .args([&n.to_string(), s(dir), "1"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", err(&o));
    dir.to_owned()
}

fn export(input: &Path, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec!["export", s(input), "-o", s(out)];
    args.extend(extra);
    run(&args, input.parent().unwrap())
}

fn verify(out: &Path, sources: &Path) -> Output {
    run(
        &["verify", s(out), "--sources", s(sources)],
        out.parent().unwrap(),
    )
}

#[test]
fn a_mistyped_input_is_a_usage_error_and_leaves_the_output_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    let input = briefs(tmp.path());
    let out = tmp.path().join("out");
    assert!(export(&input, &out, &[]).status.success());
    let before = common::tree(&out);
    let o = export(&tmp.path().join("brefs"), &out, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(
        err(&o).contains("brefs: no such file or folder"),
        "{}",
        err(&o)
    );
    assert_eq!(common::tree(&out), before, "the output changed");
    // The default input `briefs` missing: exit 2, and no output folder is created.
    let empty = tmp.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let o = run(&["export"], &empty);
    assert_eq!(o.status.code(), Some(2));
    assert!(!empty.join("output").exists());
}

#[test]
fn overlapping_input_and_output_folders_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let input = briefs(tmp.path());
    for out in [input.clone(), input.join("out"), tmp.path().to_owned()] {
        let before = common::tree(tmp.path());
        let o = export(&input, &out, &[]);
        assert_eq!(o.status.code(), Some(2), "{}: {}", out.display(), err(&o));
        assert!(
            err(&o).contains("choose an output folder outside"),
            "{}",
            err(&o)
        );
        assert_eq!(common::tree(tmp.path()), before);
    }
}

#[test]
fn incremental_runs_do_no_work_twice_and_equal_a_clean_run() {
    let tmp = tempfile::tempdir().unwrap();
    let input = briefs(tmp.path());
    let out = tmp.path().join("out");
    let o = export(&input, &out, &[]);
    assert!(
        err(&o).contains("4 new, 0 changed, 0 removed, 0 unchanged"),
        "{}",
        err(&o)
    );
    let mtimes = |dir: &Path| -> BTreeMap<String, std::time::SystemTime> {
        common::tree(dir)
            .into_keys()
            .map(|k| {
                let m = std::fs::metadata(dir.join(&k)).unwrap().modified().unwrap();
                (k, m)
            })
            .collect()
    };
    let before = mtimes(&out);
    std::thread::sleep(std::time::Duration::from_millis(20));
    let o = export(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0));
    assert!(
        err(&o).contains("0 new, 0 changed, 0 removed, 4 unchanged"),
        "{}",
        err(&o)
    );
    assert_eq!(mtimes(&out), before, "a no-op re-run rewrote files");

    // One brief changed, one added, one removed.
    let energy = input.join("dev-energy-europe.md");
    let mut text = std::fs::read_to_string(&energy).unwrap();
    text.push_str("\nRussia and Norway signed a new agreement.\n");
    std::fs::write(&energy, text).unwrap();
    std::fs::copy(
        common::root().join("tests/fixtures/brief.html"),
        input.join("added.html"),
    )
    .unwrap();
    std::fs::remove_file(input.join("dev-ai-governance.md")).unwrap();
    let o = export(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        err(&o).contains("1 new, 1 changed, 1 removed, 2 unchanged"),
        "{}",
        err(&o)
    );
    let clean = tmp.path().join("clean");
    assert!(export(&input, &clean, &[]).status.success());
    assert_eq!(
        common::tree(&out),
        common::tree(&clean),
        "the incremental output differs from a clean run"
    );
    // A configuration change reprocesses every brief.
    let o = export(&input, &out, &["--base-iri", "http://example.org/kg/"]);
    assert!(
        err(&o).contains("0 new, 4 changed, 0 removed, 0 unchanged"),
        "{}",
        err(&o)
    );
}

#[test]
fn a_failing_brief_keeps_its_last_good_output_reported_as_stale() {
    let tmp = tempfile::tempdir().unwrap();
    let input = briefs(tmp.path());
    let out = tmp.path().join("out");
    assert!(export(&input, &out, &[]).status.success());
    let before = common::tree(&out);
    std::fs::write(input.join("dev-energy-europe.md"), b"caf\xe9 in Russia\n").unwrap();
    let report = tmp.path().join("report.json");
    let o = export(&input, &out, &["--report", s(&report)]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    assert!(
        err(&o).contains("dev-energy-europe.md:1:4 (byte 3): invalid UTF-8"),
        "{}",
        err(&o)
    );
    assert!(err(&o).contains("is now stale"), "{}", err(&o));
    assert!(err(&o).contains("1 stale"), "{}", err(&o));
    let after = common::tree(&out);
    for (k, v) in &before {
        if k.starts_with("dev-energy-europe/") {
            assert_eq!(after.get(k), Some(v), "{k} of the failed brief changed");
        }
    }
    assert_eq!(before, after, "nothing else changes either");
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(r["exit_code"], 1);
    assert_eq!(r["totals"]["stale"], 1);
    let energy = r["briefs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"] == "dev-energy-europe")
        .unwrap();
    assert_eq!(energy["status"], "stale");
    assert_eq!(energy["diagnostics"][0]["line"], 1);
    assert_eq!(energy["diagnostics"][0]["byte"], 3);
}

#[test]
fn outputs_are_removed_only_when_the_source_is_gone_from_a_folder_read_completely() {
    let tmp = tempfile::tempdir().unwrap();
    let input = briefs(tmp.path());
    let out = tmp.path().join("out");
    assert!(export(&input, &out, &[]).status.success());
    // Files named one by one: the other briefs are kept, listed in the corpus manifest.
    let one = input.join("dev-energy-europe.md");
    let o = export(&one, &out, &[]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(err(&o).contains("3 kept"), "{}", err(&o));
    assert!(out.join("dev-ai-governance/manifest.json").exists());
    assert_eq!(verify(&out, &input).status.code(), Some(0));
    // A folder read completely: a brief whose source is gone is removed.
    std::fs::remove_file(input.join("dev-ai-governance.md")).unwrap();
    let o = export(&input, &out, &[]);
    assert!(err(&o).contains("1 removed"), "{}", err(&o));
    assert!(!out.join("dev-ai-governance").exists());
    let v = verify(&out, &input);
    assert_eq!(v.status.code(), Some(0), "{}", err(&v));
}

#[test]
fn three_shards_merged_equal_one_run_byte_for_byte() {
    let tmp = tempfile::tempdir().unwrap();
    let input = generated(&tmp.path().join("in"), 12);
    std::fs::copy(common::hostile_fixture(), input.join("hostile.md")).unwrap();
    let whole = tmp.path().join("whole");
    assert!(export(&input, &whole, &[]).status.success());
    let mut shards = Vec::new();
    let mut counted = 0;
    for k in 0..3 {
        let shard = tmp.path().join(format!("shard-{k}"));
        let o = export(&input, &shard, &["--shard", &format!("{k}/3")]);
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        counted += common::brief_dirs(&shard).len();
        shards.push(shard);
    }
    assert_eq!(counted, 13, "every brief in exactly one shard");
    assert!(shards.iter().all(|s| !common::brief_dirs(s).is_empty()));
    let merged = tmp.path().join("merged");
    let mut args = vec!["merge"];
    args.extend(shards.iter().map(|p| s(p)));
    args.extend(["-o", s(&merged)]);
    let o = run(&args, tmp.path());
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(
        common::tree(&merged),
        common::tree(&whole),
        "merged shards differ from one run"
    );
    assert_eq!(verify(&merged, &input).status.code(), Some(0));

    // Overlapping shards and shards of different configurations are refused.
    let mut args = vec!["merge", s(&shards[0]), s(&shards[0]), "-o"];
    let bad = tmp.path().join("bad");
    args.push(s(&bad));
    let o = run(&args, tmp.path());
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("is in two shards"), "{}", err(&o));
    let other = tmp.path().join("other");
    let o = export(
        &input,
        &other,
        &["--shard", "1/3", "--base-iri", "http://example.org/x/"],
    );
    assert!(o.status.success());
    let o = run(
        &["merge", s(&shards[0]), s(&other), "-o", s(&bad)],
        tmp.path(),
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("different configurations"), "{}", err(&o));
    assert!(!bad.exists(), "a refused merge writes nothing");
    // Invalid shard specifications are usage errors.
    for spec in ["3/3", "1", "a/b", "0/0"] {
        let o = export(&input, &tmp.path().join("x"), &["--shard", spec]);
        assert_eq!(o.status.code(), Some(2), "{spec}");
    }
}

#[test]
fn kill_9_at_any_moment_then_rerun_equals_a_clean_run_and_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    let input = generated(&tmp.path().join("in"), 16);
    let clean = tmp.path().join("clean");
    let started = std::time::Instant::now();
    assert!(export(&input, &clean, &[]).status.success());
    let full = started.elapsed();
    let expected = common::tree(&clean);
    let out = tmp.path().join("out");
    // Kill points spread over a run (a first run, then runs over changed inputs).
    for (i, fraction) in [0.05, 0.3, 0.6, 0.9].into_iter().enumerate() {
        if i == 2 {
            // Change a brief so the killed run rewrites existing folders too.
            let f = input.join("brief-00003.md");
            if f.exists() {
                let mut t = std::fs::read_to_string(&f).unwrap();
                t.push_str("\nRussia and China met again.\n");
                std::fs::write(&f, t).unwrap();
            }
        }
        let mut child = Command::new(common::bin())
            .args(["export", s(&input), "-o", s(&out), "--quiet"])
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(full.mul_f64(fraction));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let o = export(&input, &out, &[]);
        assert_eq!(o.status.code(), Some(0), "{}", err(&o));
        let clean = tmp.path().join(format!("clean-{i}"));
        assert!(export(&input, &clean, &[]).status.success());
        assert_eq!(
            common::tree(&out),
            common::tree(&clean),
            "kill at {fraction} of a run"
        );
        let v = verify(&out, &input);
        assert_eq!(
            v.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&v.stdout)
        );
    }
    assert!(!expected.is_empty());
}

#[test]
fn report_github_annotations_quiet_and_no_progress_bar_when_piped() {
    let tmp = tempfile::tempdir().unwrap();
    let input = briefs(tmp.path());
    std::fs::write(input.join("empty.md"), b"").unwrap();
    let out = tmp.path().join("out");
    let o = export(&input, &out, &["--message-format", "github"]);
    assert_eq!(o.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        stdout.contains("::error file=") && stdout.contains("empty.md,title=briefkg export::"),
        "{stdout}"
    );
    assert!(
        stdout.contains("::notice title=briefkg export::4 new"),
        "{stdout}"
    );
    // Piped: no progress bar (no carriage return, no escape sequence).
    assert!(
        !err(&o).contains('\r') && !err(&o).contains('\u{1b}'),
        "{}",
        err(&o)
    );
    std::fs::remove_file(input.join("empty.md")).unwrap();
    let o = export(&input, &out, &["--quiet"]);
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(err(&o), "", "--quiet prints nothing when all is well");
    let report = tmp.path().join("r.json");
    let o = export(&input, &out, &["--check", "--report", s(&report)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let r: serde_json::Value = serde_json::from_slice(&std::fs::read(&report).unwrap()).unwrap();
    assert_eq!(r["ok"], true);
    assert_eq!(r["totals"]["unchanged"], 4);
    assert_eq!(r["briefs"].as_array().unwrap().len(), 4);
    assert!(r["briefs"][0]["counts"]["sentences"].as_u64().unwrap() > 0);
    let claims: Vec<u64> = r["briefs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["counts"]["claims"].as_u64().unwrap())
        .collect();
    assert!(claims.iter().all(|&c| c > 0), "{claims:?}");
    assert_eq!(r["totals"]["claims"], claims.iter().sum::<u64>());
}

#[test]
fn faults_a_huge_brief_a_long_line_a_symlink_loop_and_a_vanishing_file() {
    let tmp = tempfile::tempdir().unwrap();
    let input = briefs(tmp.path());
    // 100 MB brief: a sparse file, refused by size before it is read.
    let huge = std::fs::File::create(input.join("huge.md")).unwrap();
    huge.set_len(100 << 20).unwrap();
    // A line of 1 MB (words, no line break).
    let line = "Russia and China ".repeat(1 << 20 >> 4);
    std::fs::write(
        input.join("long-line.txt"),
        format!("# One line\n\n{line}.\n"),
    )
    .unwrap();
    // A symbolic link to itself.
    std::os::unix::fs::symlink(input.join("loop.md"), input.join("loop.md")).unwrap();
    let out = tmp.path().join("out");
    let o = export(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(1), "{}", err(&o));
    let e = err(&o);
    assert!(
        e.contains("huge.md: brief too large (E004): 104857600 bytes"),
        "{e}"
    );
    assert!(e.contains("loop.md: cannot read"), "{e}");
    assert!(e.contains("5 new"), "{e}");
    assert!(out.join("long-line/manifest.json").exists());
    assert!(out.join("pp65-russia-north-korea/manifest.json").exists());
}

#[test]
fn a_file_that_vanishes_mid_run_fails_alone_and_keeps_its_output() {
    use briefkg::batch::{self, Request, Status};
    let tmp = tempfile::tempdir().unwrap();
    let input = briefs(tmp.path());
    let out = tmp.path().join("out");
    let request = Request {
        inputs: vec![input.clone()],
        output: out.clone(),
        options: briefkg::pipeline::Options::default(),
        shard: None,
        check: false,
        max_brief_bytes: batch::DEFAULT_MAX_BRIEF_BYTES,
    };
    batch::run(&request, &|_| {}).unwrap();
    // One thread: briefs are done in path order; the first one done removes a later one.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let victim = input.join("pp65-russia-north-korea.md");
    let summary = pool
        .install(|| {
            batch::run(&request, &|_| {
                let _ = std::fs::remove_file(&victim);
            })
        })
        .unwrap();
    let gone = summary
        .briefs
        .iter()
        .find(|b| b.name == "pp65-russia-north-korea")
        .unwrap();
    assert_eq!(gone.status, Status::Stale);
    assert!(
        gone.problems[0].message.contains("cannot read"),
        "{:?}",
        gone.problems
    );
    assert_eq!(summary.exit_code(), 1);
    assert_eq!(summary.count(Status::Unchanged), 3);
    assert!(out.join("pp65-russia-north-korea/manifest.json").exists());
    // The next run sees it gone from a folder read completely, and removes it.
    let summary = batch::run(&request, &|_| {}).unwrap();
    assert_eq!(summary.count(Status::Removed), 1);
    assert_eq!(summary.exit_code(), 0);
}

#[test]
fn ten_thousand_briefs_in_one_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for i in 0..10_000 {
        std::fs::write(
            input.join(format!("b{i:05}.txt")),
            format!("Brief {i} on Russia.\n"),
        )
        .unwrap();
    }
    let out = tmp.path().join("out");
    let o = export(&input, &out, &["--format", "nq"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(err(&o).contains("10000 new"), "{}", err(&o));
    assert_eq!(common::brief_dirs(&out).len(), 10_000);
    let o = export(&input, &out, &["--format", "nq"]);
    assert!(err(&o).contains("10000 unchanged"), "{}", err(&o));
}

/// Runs `mount` with `args`; false when this machine does not allow it (not root, no
/// privileges in the container).
fn mount(args: &[&str]) -> bool {
    Command::new("mount")
        .args(args)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

struct Mounted(PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_read_only_output_folder_and_a_full_disk() {
    let tmp = tempfile::tempdir().unwrap();
    let input = briefs(tmp.path());
    let disk = tmp.path().join("disk");
    std::fs::create_dir(&disk).unwrap();
    if !mount(&["-t", "tmpfs", "-o", "size=180k", "tmpfs", s(&disk)]) {
        eprintln!("skipped: cannot mount a tmpfs here (needs root); read-only and full-disk faults untested");
        return;
    }
    let _guard = Mounted(disk.clone());
    // Full disk: 180 KB holds one brief's files (TriG and JSON-LD, about 125 KB) but not two.
    let out = disk.join("out");
    let o = export(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(err(&o).contains("No space left on device"), "{}", err(&o));
    for dir in common::brief_dirs(&out) {
        let m: serde_json::Value =
            serde_json::from_slice(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap();
        for f in m["files"].as_array().unwrap() {
            let len = std::fs::metadata(dir.join(f["path"].as_str().unwrap()))
                .unwrap()
                .len();
            assert_eq!(
                len,
                f["bytes"].as_u64().unwrap(),
                "a brief folder is incomplete"
            );
        }
    }
    let leftovers: Vec<String> = common::tree(&out)
        .into_keys()
        .filter(|k| k.ends_with(".briefkg-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // Read-only: refused before any work, nothing changes.
    let before = common::tree(&out);
    assert!(mount(&["-o", "remount,ro", s(&disk)]));
    let o = export(&input, &out, &[]);
    assert_eq!(o.status.code(), Some(2), "{}", err(&o));
    assert!(
        err(&o).contains("cannot use the output folder"),
        "{}",
        err(&o)
    );
    assert_eq!(common::tree(&out), before);
}

#[test]
fn load_and_query_read_trig_and_name_briefs_without_rdf() {
    let tmp = tempfile::tempdir().unwrap();
    let input = briefs(tmp.path());
    let out = tmp.path().join("out");
    assert!(export(&input, &out, &["--format", "trig,json"])
        .status
        .success());
    let one = input.join("dev-energy-europe.md");
    let json_only = tmp.path().join("json-only");
    assert!(export(&one, &json_only, &["--format", "json"])
        .status
        .success());
    let q =
        "SELECT (COUNT(DISTINCT ?b) AS ?n) WHERE { ?b a <https://w3id.org/briefkg/vocab#Brief> }";
    let o = run(&["query", s(&out), q, "--format", "csv"], tmp.path());
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), "n\r\n4");
    assert!(!err(&o).contains("warning"), "{}", err(&o));
    // A folder whose brief has neither N-Quads nor TriG: said clearly.
    let o = run(&["query", s(&json_only), q], tmp.path());
    assert!(
        err(&o).contains("1 brief folder holds neither N-Quads (.nq) nor TriG"),
        "{}",
        err(&o)
    );
}

#[test]
fn verify_sources_can_be_repeated() {
    let tmp = tempfile::tempdir().unwrap();
    let a = tmp.path().join("a");
    let b = tmp.path().join("b");
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    let samples = common::sample_briefs();
    std::fs::copy(&samples[0], a.join(samples[0].file_name().unwrap())).unwrap();
    std::fs::copy(&samples[1], b.join(samples[1].file_name().unwrap())).unwrap();
    let out = tmp.path().join("out");
    let o = run(&["export", s(&a), s(&b), "-o", s(&out)], tmp.path());
    assert!(o.status.success(), "{}", err(&o));
    let o = run(&["verify", s(&out), "--sources", s(&a)], tmp.path());
    assert_eq!(o.status.code(), Some(1), "one folder lacks a source");
    let o = run(
        &["verify", s(&out), "--sources", s(&a), "--sources", s(&b)],
        tmp.path(),
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stdout)
    );
}

#[test]
fn the_ci_examples_parse_and_shard_consistently() {
    let dir = common::root().join("examples/ci");
    let gha: serde_yaml_ng::Value =
        serde_yaml_ng::from_slice(&std::fs::read(dir.join("github-actions-shards.yml")).unwrap())
            .unwrap();
    let shards: Vec<u64> = gha["jobs"]["export"]["strategy"]["matrix"]["shard"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|v| v.as_u64().unwrap())
        .collect();
    let n = shards.len() as u64;
    assert_eq!(shards, (0..n).collect::<Vec<_>>(), "shards 0..N-1");
    let steps = gha["jobs"]["export"]["steps"].as_sequence().unwrap();
    let export = steps
        .iter()
        .filter_map(|s| s["run"].as_str())
        .find(|r| r.contains("briefkg export"))
        .unwrap();
    assert!(
        export.contains(&format!("--shard ${{{{ matrix.shard }}}}/{n}")),
        "{export}"
    );
    let merge = gha["jobs"]["merge"]["steps"]
        .as_sequence()
        .unwrap()
        .iter()
        .filter_map(|s| s["run"].as_str())
        .find(|r| r.contains("briefkg merge"))
        .unwrap();
    assert_eq!(merge.matches("shard-").count() as u64, 2 * n, "{merge}");

    let job: serde_yaml_ng::Value =
        serde_yaml_ng::from_slice(&std::fs::read(dir.join("k8s-indexed-job.yaml")).unwrap())
            .unwrap();
    assert_eq!(job["kind"], "Job");
    assert_eq!(job["spec"]["completionMode"], "Indexed");
    let completions = job["spec"]["completions"].as_u64().unwrap();
    let args: Vec<&str> = job["spec"]["template"]["spec"]["containers"][0]["args"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    assert_eq!(args[0], "export");
    let shard = args[args.iter().position(|a| *a == "--shard").unwrap() + 1];
    assert_eq!(shard, format!("$(JOB_COMPLETION_INDEX)/{completions}"));
    // The binary accepts what the job passes once Kubernetes expands the index.
    for k in 0..completions {
        let spec = shard.replace("$(JOB_COMPLETION_INDEX)", &k.to_string());
        assert!(spec.parse::<briefkg::batch::Shard>().is_ok(), "{spec}");
    }
}
