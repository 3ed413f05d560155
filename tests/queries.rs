//! The competency questions of `tests/queries/`: each `NAME.rq` run in the embedded store over
//! the committed `output/` gives exactly `NAME.csv` (SPARQL 1.1 CSV). `BRIEFKG_BLESS=1`
//! rewrites the expectations; a few are also recomputed here from the typed model, so the
//! expectations are checked against the model and not only against themselves. The same
//! queries run against a real Oxigraph server in `tests/interop.rs`.

mod common;

use std::collections::BTreeMap;

use briefkg::store::{dataset, query, results::ResultsFormat};

fn run_csv(dir: &std::path::Path, rq: &std::path::Path) -> String {
    let data = dataset::read(dir).unwrap();
    let store = query::open(&data).unwrap();
    let q = query::QueryText::from_arg(rq.to_str().unwrap()).unwrap();
    String::from_utf8(query::run(&store, &q, ResultsFormat::Csv).unwrap()).unwrap()
}

fn expected(name: &str) -> Vec<BTreeMap<String, String>> {
    let path = common::root().join(format!("tests/queries/{name}.csv"));
    common::csv_rows(&std::fs::read_to_string(path).unwrap())
}

/// The typed model of every bundled brief (what `knowledge.json` holds), from the pipeline.
fn knowledge() -> Vec<(String, serde_json::Value)> {
    common::sample_briefs()
        .iter()
        .map(|path| {
            let doc = common::analyze(path);
            (doc.source.name.clone(), serde_json::to_value(&doc).unwrap())
        })
        .collect()
}

#[test]
fn competency_queries_give_the_expected_answers() {
    let output = common::root().join("output");
    let qs = common::competency_queries();
    assert!(qs.len() >= 5, "at least five competency questions");
    for rq in qs {
        let text = std::fs::read_to_string(&rq).unwrap();
        assert!(
            text.contains("ORDER BY"),
            "{}: a competency query orders its rows, so every store gives the same answer",
            rq.display()
        );
        let csv = run_csv(&output, &rq);
        let expected = rq.with_extension("csv");
        if common::bless() {
            std::fs::write(&expected, &csv).unwrap();
        }
        let want = std::fs::read_to_string(&expected).unwrap_or_default();
        assert!(
            csv == want,
            "{} gives\n{csv}\nexpected ({}):\n{want}\n(run `BRIEFKG_BLESS=1 cargo test --test queries` after an intended change)",
            rq.display(),
            expected.display()
        );
        assert!(csv.lines().count() > 1, "{}: no rows", rq.display());
    }
}

#[test]
fn country_mention_counts_agree_with_the_model() {
    let mut mentions: BTreeMap<String, usize> = BTreeMap::new();
    let mut briefs: BTreeMap<String, usize> = BTreeMap::new();
    for (_, k) in knowledge() {
        let names: BTreeMap<String, String> = k["entities"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| (e["key"].to_string(), e["name"].as_str().unwrap().to_owned()))
            .collect();
        let mut here = std::collections::BTreeSet::new();
        for m in k["mentions"].as_array().unwrap() {
            if m["entity"]["kind"] == "country" {
                let name = names[&m["entity"].to_string()].clone();
                *mentions.entry(name.clone()).or_default() += 1;
                here.insert(name);
            }
        }
        for name in here {
            *briefs.entry(name).or_default() += 1;
        }
    }
    let rows = expected("countries-by-mentions");
    assert_eq!(rows.len(), mentions.len());
    for row in rows {
        let name = &row["country"];
        assert_eq!(row["mentions"], mentions[name].to_string(), "{name}");
        assert_eq!(row["briefs"], briefs[name].to_string(), "{name}");
    }
}

#[test]
fn north_korea_sentences_agree_with_the_model() {
    let mut want = Vec::new();
    for (file, k) in knowledge() {
        let mut seen = std::collections::BTreeSet::new();
        for m in k["mentions"].as_array().unwrap() {
            if m["entity"]["id"] == "prk" && seen.insert(m["sentence"].as_u64().unwrap()) {
                let s = &k["sentences"][m["sentence"].as_u64().unwrap() as usize]["anchor"];
                let pieces = s["source"].as_array().unwrap();
                want.push((
                    file.clone(),
                    pieces[0]["start"].as_u64().unwrap(),
                    pieces[pieces.len() - 1]["end"].as_u64().unwrap(),
                    s["exact"].as_str().unwrap().to_owned(),
                ));
            }
        }
    }
    want.sort();
    let got: Vec<_> = expected("north-korea-sentences")
        .into_iter()
        .map(|r| {
            (
                r["file"].clone(),
                r["sourceStart"].parse::<u64>().unwrap(),
                r["sourceEnd"].parse::<u64>().unwrap(),
                r["sentence"].clone(),
            )
        })
        .collect();
    assert!(!want.is_empty());
    assert_eq!(got, want);
}

/// The claims' competency questions agree with the typed claims of the model: Lin Jian's claims
/// (each with its modalities), and the hedged or forecast claims of every brief.
#[test]
fn claim_queries_agree_with_the_model() {
    let mut by_person = Vec::new();
    let mut hedged = std::collections::BTreeSet::new();
    for (file, k) in knowledge() {
        for c in k["claims"].as_array().unwrap() {
            let words = [
                &c["speaker"]["antecedent"]["text"],
                &c["speaker"]["text"]["text"],
            ]
            .into_iter()
            .find_map(|w| w.as_str())
            .unwrap_or_default();
            let modality: Vec<&str> = c["modality"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| m.as_str().unwrap())
                .collect();
            let text = c["anchor"]["exact"].as_str().unwrap().to_owned();
            if words.contains("Lin Jian") {
                for m in &modality {
                    by_person.push((file.clone(), m.to_string(), text.clone()));
                }
            }
            if modality
                .iter()
                .any(|m| *m == "believed" || *m == "expected")
                || c["kind"] == "forecast"
            {
                hedged.insert((file.clone(), text));
            }
        }
    }
    by_person.sort();
    let mut got: Vec<_> = expected("claims-by-person")
        .into_iter()
        .map(|r| {
            (
                r["file"].clone(),
                r["modality"].to_lowercase(),
                r["claim"].clone(),
            )
        })
        .collect();
    got.sort();
    assert!(!by_person.is_empty());
    assert_eq!(got, by_person);
    let got: std::collections::BTreeSet<_> = expected("hedged-claims")
        .into_iter()
        .map(|r| (r["file"].clone(), r["claim"].clone()))
        .collect();
    assert!(!hedged.is_empty());
    assert_eq!(got, hedged);
}

#[test]
fn every_span_reanchors_inside_the_store_even_in_hostile_text() {
    let tmp = tempfile::tempdir().unwrap();
    let hostile = common::export_hostile(tmp.path());
    let rq = common::root().join("tests/queries/spans-reanchor.rq");
    for dir in [common::root().join("output"), hostile] {
        let rows = common::csv_rows(&run_csv(&dir, &rq));
        assert!(!rows.is_empty(), "{}", dir.display());
        for row in rows {
            assert!(row["spans"].parse::<usize>().unwrap() > 10, "{row:?}");
            assert_eq!(row["spans"], row["reanchored"], "{row:?}");
        }
    }
}

fn cli(args: &[&str]) -> std::process::Output {
    std::process::Command::new(common::bin())
        .arg("query")
        .args(args)
        .current_dir(common::root())
        .output()
        .unwrap()
}

#[test]
fn query_command_prints_table_csv_json_and_reports_bad_queries() {
    let o = cli(&["tests/queries/repairs-by-kind.rq", "--format", "json"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(
        json["results"]["bindings"].as_array().unwrap().len(),
        expected("repairs-by-kind").len()
    );
    assert_eq!(
        json["head"]["vars"],
        serde_json::json!(["file", "kind", "repairs"])
    );

    let o = cli(&[
        "output",
        "PREFIX bkg: <https://w3id.org/briefkg/vocab#> \
         SELECT DISTINCT ?file WHERE { ?b a bkg:Brief ; bkg:fileName ?file } ORDER BY ?file",
    ]);
    assert_eq!(o.status.code(), Some(0));
    let table = String::from_utf8(o.stdout).unwrap();
    assert_eq!(
        table.lines().collect::<Vec<_>>(),
        [
            "file",
            "--------------------------",
            "dev-ai-governance.md",
            "dev-energy-europe.md",
            "dev-india-china-border.md",
            "pp65-russia-north-korea.md"
        ]
    );
    let o = cli(&["ASK { ?s ?p ?o }"]);
    assert_eq!(o.stdout, b"true\n");

    let o = cli(&["tests/queries/no-such-query.rq"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no-such-query.rq: cannot read"), "{err}");

    let o = cli(&["SELECT ?x WHERE { ?x ?y }"]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("query: invalid SPARQL query"), "{err}");

    let o = cli(&["no-such-folder", "ASK {}"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no-such-folder: cannot read"));
}
