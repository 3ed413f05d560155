//! `briefkg verify`: arguments, and the report rendered as text, JSON or GitHub Actions
//! annotations. The checks themselves are [`crate::provenance::verify`].

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use serde_json::json;

use crate::batch::report::{escape_data, escape_property};
use crate::provenance::verify::{self, DirTree, FileRef, Finding, HttpStore, Report};

/// Arguments of `briefkg verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The output folder to verify (written by `briefkg export`).
    #[arg(default_value = "output")]
    pub dir: PathBuf,
    /// Folder of the source briefs; each is looked up by the file name its manifest records
    /// (in subfolders too). Repeat it for briefs exported from several folders; the first
    /// folder holding a file wins.
    #[arg(long, default_value = "briefs")]
    pub sources: Vec<PathBuf>,
    /// Also fetch every named graph from this SPARQL Graph Store Protocol endpoint (an
    /// http:// URL, for Oxigraph `http://HOST:PORT/store`) and check its canonical hash.
    #[arg(long)]
    pub endpoint: Option<String>,
    /// How to print the findings: text, json, or github (Actions annotations).
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
}

/// How the report is printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// One block per finding (file:line, check, message, expected, found) and a summary.
    Text,
    /// One JSON document on stdout.
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`).
    Github,
}

/// Runs `briefkg verify`.
pub fn run(args: VerifyArgs) -> ExitCode {
    let dirs = std::iter::once(("output folder", &args.dir))
        .chain(args.sources.iter().map(|s| ("--sources", s)));
    for (what, dir) in dirs {
        if !dir.is_dir() {
            eprintln!("error: {}: {what} is not a folder", dir.display());
            return ExitCode::from(2);
        }
    }
    let store = match args
        .endpoint
        .as_deref()
        .map(|e| {
            let auth =
                crate::store::gsp::Auth::from_env(|k| std::env::var(k).ok()).map_err(|err| {
                    verify::StoreError {
                        endpoint: e.to_owned(),
                        message: err.to_string(),
                    }
                })?;
            HttpStore::new(e, auth)
        })
        .transpose()
    {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: --endpoint {e}");
            return ExitCode::from(2);
        }
    };
    let out = DirTree::new(&args.dir);
    let sources = Sources(args.sources.iter().map(DirTree::new).collect());
    let store_ref = store.as_ref().map(|s| s as &dyn verify::GraphStore);
    let report = match verify::verify(&out, &sources, store_ref) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let paths = Paths {
        dir: &args.dir,
        sources: &sources,
    };
    match args.format {
        ReportFormat::Text => print_text(&report, &paths),
        ReportFormat::Json => println!("{}", to_json(&report, &paths, &args)),
        ReportFormat::Github => print_github(&report, &paths),
    }
    if report.ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// Several source folders seen as one tree: a relative path is read from the first folder
/// holding it, and listed once.
struct Sources(Vec<DirTree>);

impl Sources {
    /// The folder a relative path is read from.
    fn root_of(&self, rel: &str) -> Option<&Path> {
        self.0
            .iter()
            .find(|t| t.root().join(rel).exists())
            .or(self.0.first())
            .map(DirTree::root)
    }
}

impl verify::Tree for Sources {
    fn read(&self, rel: &str) -> Result<Option<Vec<u8>>, verify::VerifyError> {
        for tree in &self.0 {
            if let Some(bytes) = tree.read(rel)? {
                return Ok(Some(bytes));
            }
        }
        Ok(None)
    }

    fn list(&self) -> Result<Vec<String>, verify::VerifyError> {
        let mut all = std::collections::BTreeSet::new();
        for tree in &self.0 {
            all.extend(tree.list()?);
        }
        Ok(all.into_iter().collect())
    }
}

struct Paths<'a> {
    dir: &'a Path,
    sources: &'a Sources,
}

impl Paths<'_> {
    /// The path a user (or GitHub) can open, or the graph IRI for a stored graph.
    fn show(&self, file: &FileRef) -> String {
        let join = |base: &Path, rel: &str| base.join(rel).to_string_lossy().replace('\\', "/");
        match file {
            FileRef::Output(rel) => join(self.dir, rel),
            FileRef::Source(rel) => match self.sources.root_of(rel) {
                Some(root) => join(root, rel),
                None => rel.clone(),
            },
            FileRef::Store { graph } => format!("<{graph}>"),
        }
    }
}

fn summary(report: &Report) -> String {
    let c = &report.counts;
    let mut s = format!(
        "{} briefs, {} files, {} graph serialisations, {} spans, {} statements",
        c.briefs, c.files, c.graphs, c.spans, c.statements
    );
    if c.store_graphs > 0 {
        s.push_str(&format!(", {} stored graphs", c.store_graphs));
    }
    s
}

fn print_text(report: &Report, paths: &Paths<'_>) {
    for f in &report.findings {
        let line = f.line.map(|l| format!(":{l}")).unwrap_or_default();
        let safe = |t: &str| crate::terminal::escape(t).into_owned();
        println!(
            "{}{line}: error[{}]: {}\n    expected: {}\n    found:    {}",
            safe(&paths.show(&f.file)),
            f.check.as_str(),
            safe(&f.message),
            safe(&f.expected),
            safe(&f.found)
        );
    }
    for s in &report.notes {
        eprintln!("note: {}", crate::terminal::escape(s));
    }
    if report.ok() {
        eprintln!(
            "verified {}: all hold ({})",
            paths.dir.display(),
            summary(report)
        );
    } else {
        eprintln!(
            "verify {}: {} finding{} ({})",
            paths.dir.display(),
            report.findings.len(),
            if report.findings.len() == 1 { "" } else { "s" },
            summary(report)
        );
    }
}

fn file_kind(f: &Finding) -> &'static str {
    match f.file {
        FileRef::Output(_) => "output",
        FileRef::Source(_) => "source",
        FileRef::Store { .. } => "store",
    }
}

fn to_json(report: &Report, paths: &Paths<'_>, args: &VerifyArgs) -> String {
    let c = &report.counts;
    let findings: Vec<_> = report
        .findings
        .iter()
        .map(|f| {
            json!({
                "file": paths.show(&f.file),
                "kind": file_kind(f),
                "line": f.line,
                "check": f.check.as_str(),
                "message": f.message,
                "expected": f.expected,
                "found": f.found,
            })
        })
        .collect();
    let doc = json!({
        "ok": report.ok(),
        "dir": args.dir.to_string_lossy(),
        "sources": args.sources.iter().map(|s| s.to_string_lossy()).collect::<Vec<_>>(),
        "endpoint": args.endpoint,
        "counts": {
            "briefs": c.briefs,
            "files": c.files,
            "graphs": c.graphs,
            "spans": c.spans,
            "statements": c.statements,
            "store_graphs": c.store_graphs,
        },
        "notes": report.notes,
        "findings": findings,
    });
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

fn print_github(report: &Report, paths: &Paths<'_>) {
    for f in &report.findings {
        let mut props = Vec::new();
        if !matches!(f.file, FileRef::Store { .. }) {
            props.push(format!("file={}", escape_property(&paths.show(&f.file))));
        }
        if let Some(l) = f.line {
            props.push(format!("line={l}"));
        }
        props.push(format!(
            "title={}",
            escape_property(&format!("briefkg verify: {}", f.check.as_str()))
        ));
        let prefix = match &f.file {
            FileRef::Store { .. } => format!("{}: ", paths.show(&f.file)),
            _ => String::new(),
        };
        println!(
            "::error {}::{}",
            props.join(","),
            escape_data(&format!(
                "{prefix}{}. Expected {}; found {}",
                f.message, f.expected, f.found
            ))
        );
    }
    if report.ok() {
        println!(
            "::notice title=briefkg verify::all hold ({})",
            summary(report)
        );
    }
}
