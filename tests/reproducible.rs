//! Byte-identical output whatever the thread count, and no time in the output unless
//! `SOURCE_DATE_EPOCH` gives one. (Runs, input order and folder-vs-files are in `cli.rs`.)

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use briefkg::pipeline::{self, Options};

fn export_with_threads(threads: usize) -> BTreeMap<String, Vec<u8>> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    let export =
        pool.install(|| pipeline::export(&[common::root().join("briefs")], &Options::default()));
    assert!(export.errors.is_empty());
    export.files
}

#[test]
fn export_is_byte_identical_with_one_or_several_threads_in_process() {
    let one = export_with_threads(1);
    for threads in [2, 3, 8] {
        assert_eq!(
            one,
            export_with_threads(threads),
            "{threads} threads differ"
        );
    }
}

fn run(args: &[&str], cwd: &Path, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(common::bin());
    cmd.args(args)
        .current_dir(cwd)
        .env_remove("SOURCE_DATE_EPOCH");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the binary runs")
}

fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let tree = briefkg::provenance::verify::DirTree::new(dir);
    use briefkg::provenance::verify::Tree;
    tree.list()
        .unwrap()
        .into_iter()
        .map(|rel| {
            let bytes = tree.read(&rel).unwrap().unwrap();
            (rel, bytes)
        })
        .collect()
}

#[test]
fn the_binary_gives_the_same_bytes_with_rayon_num_threads_1_and_4() {
    let tmp = tempfile::tempdir().unwrap();
    let briefs = common::root().join("briefs");
    let mut trees = Vec::new();
    for threads in ["1", "4"] {
        let out = tmp.path().join(threads);
        let o = run(
            &[
                "export",
                briefs.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
            ],
            tmp.path(),
            &[("RAYON_NUM_THREADS", threads)],
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        trees.push(read_tree(&out));
    }
    assert_eq!(trees[0], trees[1]);
    assert_eq!(trees[0], read_tree(&common::root().join("output")));
}

#[test]
fn a_time_appears_only_from_source_date_epoch_and_still_verifies() {
    let tmp = tempfile::tempdir().unwrap();
    let briefs = common::root().join("briefs");
    let export = |dir: &str, env: &[(&str, &str)]| {
        let out = tmp.path().join(dir);
        let o = run(
            &[
                "export",
                briefs.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
            ],
            tmp.path(),
            env,
        );
        (o, out)
    };
    let (o, plain) = export("plain", &[]);
    assert!(o.status.success());
    let plain = read_tree(&plain);
    assert!(plain
        .values()
        .all(|b| !String::from_utf8_lossy(b).contains("endedAtTime")));

    let epoch = [("SOURCE_DATE_EPOCH", "1732579200")];
    let (o, a) = export("a", &epoch);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let (_, b) = export("b", &epoch);
    let (ta, tb) = (read_tree(&a), read_tree(&b));
    assert_eq!(ta, tb, "the same SOURCE_DATE_EPOCH gives the same bytes");
    let prov = String::from_utf8_lossy(&ta["provenance.trig"]).into_owned();
    assert!(
        prov.contains("prov:endedAtTime \"2024-11-26T00:00:00Z\"^^xsd:dateTime"),
        "{prov}"
    );
    // Only the run record and the corpus manifest change; every brief's files are the same.
    let differing: Vec<&String> = ta.keys().filter(|k| ta[*k] != plain[*k]).collect();
    assert_eq!(differing, ["manifest.json", "provenance.trig"]);
    let o = run(
        &[
            "verify",
            a.to_str().unwrap(),
            "--sources",
            briefs.to_str().unwrap(),
        ],
        tmp.path(),
        &[],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );

    let (o, _) = export("bad", &[("SOURCE_DATE_EPOCH", "yesterday")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("SOURCE_DATE_EPOCH"));
}
