//! The ten real briefs (CRS, ORF, RUSI, CSIS, ISW, the US Department of Defense, a Lowy
//! Institute speech): metadata against the values written in
//! `tests/real-briefs/expected-metadata.tsv`, no markup or layout debris in any clean text,
//! every span exact, and `verify` holding on their export. The four public-domain briefs are in
//! `tests/real-briefs/`; the six others are read from `../shared/real-briefs/` when that folder
//! exists, and left out with a message when it does not.

mod common;

use std::path::PathBuf;

use briefkg::model::{matching_text, Document, FieldSource, MetadataField};

/// The real briefs available: the copied ones and, when present, the shared ones.
fn real_briefs() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = Vec::new();
    let copied = common::root().join("tests/real-briefs");
    let shared = common::root().join("../shared/real-briefs");
    for line in expected() {
        let path = if copied.join(&line.0).is_file() {
            copied.join(&line.0)
        } else {
            shared.join(&line.0)
        };
        if !out.contains(&path) {
            out.push(path);
        }
    }
    let (present, missing): (Vec<PathBuf>, Vec<PathBuf>) =
        out.into_iter().partition(|p| p.is_file());
    if !missing.is_empty() {
        eprintln!(
            "note: {} real briefs left out: {} not found (the shared evidence folder is absent)",
            missing.len(),
            shared.display()
        );
    }
    present
}

/// `(file, field, value)` lines of the expected metadata.
fn expected() -> Vec<(String, String, String)> {
    std::fs::read_to_string(common::root().join("tests/real-briefs/expected-metadata.tsv"))
        .expect("expected metadata is readable")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.splitn(3, '\t').collect();
            (f[0].to_owned(), f[1].to_owned(), f[2].to_owned())
        })
        .collect()
}

fn found(doc: &Document, field: &str) -> String {
    let m = &doc.metadata;
    match field {
        "title" => m.title.clone().unwrap_or_default(),
        "date" => m.date.clone().unwrap_or_default(),
        "authors" => m
            .authors
            .iter()
            .map(|a| a.name.as_str())
            .collect::<Vec<_>>()
            .join("; "),
        other => panic!("unknown field {other}"),
    }
}

#[test]
fn metadata_of_the_real_briefs_field_by_field() {
    let briefs = real_briefs();
    let (mut right, mut total) = (0, 0);
    let mut table = String::from("brief\tfield\texpected\tfound\n");
    for path in &briefs {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let doc = common::analyze(path);
        for (_, field, value) in expected().into_iter().filter(|(f, _, _)| *f == name) {
            let got = found(&doc, &field);
            total += 1;
            let ok = got == value;
            if ok {
                right += 1;
            }
            table.push_str(&format!(
                "{}\t{field}\t{value}\t{}{got}\n",
                &name[..2],
                if ok { "" } else { "WRONG: " }
            ));
            // Every field found records where it was read.
            let f = match field.as_str() {
                "title" => MetadataField::Title,
                "date" => MetadataField::Date,
                _ => MetadataField::Authors,
            };
            assert!(
                doc.metadata.sources.contains_key(&f),
                "{name}: {field} has no source"
            );
        }
        // A brief that carries no author gets none.
        if !expected()
            .iter()
            .any(|(f, k, _)| *f == name && k == "authors")
        {
            assert!(
                doc.metadata.authors.is_empty(),
                "{name}: {:?}",
                doc.metadata.authors
            );
        }
    }
    eprintln!("{table}metadata fields right: {right} of {total}");
    assert!(total >= 11, "the four public briefs at least");
    assert!(
        right * 10 >= total * 9,
        "{right} of {total} fields right:\n{table}"
    );
}

#[test]
fn the_public_domain_briefs_read_their_metadata_from_the_right_places() {
    let dir = common::root().join("tests/real-briefs");
    let doc = common::analyze(&dir.join("01-crs-if12672-russia-nuclear-weapons.md"));
    let m = &doc.metadata;
    assert_eq!(m.sources[&MetadataField::Authors], FieldSource::FieldBlock);
    assert_eq!(m.sources[&MetadataField::Date], FieldSource::FieldBlock);
    assert_eq!(m.sources[&MetadataField::Title], FieldSource::TitleHeading);
    assert_eq!(m.authors[0].written.as_deref(), Some("Fink, Anya L."));
    assert_eq!(
        m.url.as_deref(),
        Some("https://www.congress.gov/crs-product/IF12672?s=1&r=9")
    );
    let doc = common::analyze(&dir.join("02-crs-if12135-army-typhon-pdf.md"));
    let m = &doc.metadata;
    assert_eq!(m.sources[&MetadataField::Authors], FieldSource::AuthorNote);
    assert_eq!(m.sources[&MetadataField::Date], FieldSource::Dateline);
    assert_eq!(
        m.authors[0].affiliations[0].role.as_deref(),
        Some("Specialist in Military Ground Forces")
    );
    let doc = common::analyze(&dir.join("07-dod-2018-nds-summary.md"));
    let m = &doc.metadata;
    assert_eq!(m.sources[&MetadataField::Title], FieldSource::FrontMatter);
    assert_eq!(m.authors[0].kind, briefkg::model::AgentKind::Organization);
    // The front matter's short title is kept as an alternative of the fuller description.
    assert!(m
        .alternatives
        .iter()
        .any(|a| a.field == MetadataField::Title && a.value == "National Defense Strategy"));
    let doc = common::analyze(&dir.join("09-crs-if10165-south-korea.html"));
    assert_eq!(
        doc.metadata.sources[&MetadataField::Title],
        FieldSource::FirstLines
    );
}

/// Markup and layout debris that must never be left in a clean text: what the pattern is, and
/// a test on the matching view (addresses blanked, so `_` and `](` inside them do not count).
fn debris(text: &str) -> Vec<String> {
    let view = matching_text(text);
    let mut out = Vec::new();
    for (what, pattern) in [
        ("footnote reference", "[^"),
        ("attribute list", "{:"),
        ("Liquid tag", "{%"),
        ("Liquid tag", "%}"),
        ("Liquid output", "{{"),
        ("<br>", "<br"),
        ("<BR>", "<BR"),
        ("image syntax", "!["),
        ("link syntax", "]("),
        ("soft hyphen", "\u{ad}"),
        ("front-matter line", "layout: "),
        ("front-matter line", "excerpt_separator"),
    ] {
        if view.contains(pattern) {
            out.push(what.to_owned());
        }
    }
    if view.lines().any(|l| l.trim() == "---" || l.trim() == "+++") {
        out.push("front-matter fence".to_owned());
    }
    // HTML character references: `&amp;`, `&#39;`, `&#x27;`.
    let chars: Vec<char> = view.chars().collect();
    for (i, _) in chars.iter().enumerate().filter(|(_, c)| **c == '&') {
        let run: String = chars[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
            .collect();
        if !run.is_empty() && chars.get(i + 1 + run.chars().count()) == Some(&';') {
            out.push(format!("character reference &{run};"));
        }
    }
    // Underscore emphasis: an opening `_` at the start of a word and a closing one at the end
    // of a word later on the same line (`_The Ken_`). Underscores inside words and paths
    // (`FULL_TEXT.PDF`, an address broken by the PDF extraction) are no emphasis.
    for line in view.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let opens = |w: &str| w.starts_with('_') && w[1..].starts_with(char::is_alphanumeric);
        let closes = |w: &str| {
            let w = w.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '_');
            w.ends_with('_') && w[..w.len() - 1].ends_with(char::is_alphanumeric)
        };
        if let Some(o) = words.iter().position(|w| opens(w)) {
            if words[o..].iter().any(|w| closes(w)) {
                out.push("underscore emphasis".to_owned());
            }
        }
    }
    out
}

#[test]
fn no_clean_text_keeps_markup_or_layout_debris() {
    let mut inputs = real_briefs();
    inputs.extend(common::sample_briefs());
    let cases = common::root().join("tests/cases");
    let mut case_files: Vec<PathBuf> = std::fs::read_dir(&cases)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            !p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("README")
        })
        .collect();
    case_files.sort();
    inputs.extend(case_files);
    inputs.push(common::root().join("tests/fixtures/brief.html"));
    let mut problems = Vec::new();
    for path in &inputs {
        let doc = common::analyze(path);
        for d in debris(&doc.clean.text) {
            problems.push(format!("{}: {d}", doc.source.name));
        }
    }
    assert!(inputs.len() >= 40);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_debris_check_catches_each_kind() {
    for bad in [
        "a[^1] b",
        "x {: rel=\"nofollow\" }",
        "{% include a %}",
        "<br>",
        "&amp; and",
        "![img](a.png)",
        "[l](http://x)",
        "_emphasis_ here",
        "Viet\u{ad}nam",
        "---\nlayout: post",
    ] {
        assert!(!debris(bad).is_empty(), "{bad:?}");
    }
    assert!(debris("A snake_case word, https://x.org/a_b_(c) and AT&T.").is_empty());
}

#[test]
fn every_span_of_every_real_brief_is_exact_and_verify_holds_on_their_export() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in");
    std::fs::create_dir_all(&input).unwrap();
    let briefs = real_briefs();
    for path in &briefs {
        let doc = common::analyze(path);
        assert!(common::check_anchors(&doc) > 50, "{}", doc.source.name);
        std::fs::copy(path, input.join(path.file_name().unwrap())).unwrap();
    }
    let export = briefkg::pipeline::export(std::slice::from_ref(&input), &common::all_formats());
    assert!(export.errors.is_empty(), "{:?}", export.errors);
    let out = tmp.path().join("out");
    briefkg::pipeline::write(&out, &export).unwrap();
    let report = briefkg::provenance::verify::verify(
        &briefkg::provenance::verify::DirTree::new(&out),
        &briefkg::provenance::verify::DirTree::new(&input),
        None,
    )
    .unwrap();
    assert!(report.ok(), "{:?}", report.findings);
}
