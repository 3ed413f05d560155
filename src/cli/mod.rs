//! The command line: `briefkg export` (and `--check`), `inspect`, `load`, `query` and
//! `verify` (`cli/verify.rs`).
//!
//! Exit codes: 0 all good; 1 a finding (a brief that could not be processed, stale output, a
//! failed verification); 2 a usage or I/O error (bad option, output folder not writable or not
//! readable, unreadable N-Quads, unreachable endpoint, HTTP error, refused credentials,
//! invalid query).

mod verify;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::emit::{iri::check_base, vocab::DEFAULT_BASE_IRI, Format};
use crate::pipeline::{self, Options};
use crate::provenance::run::parse_source_date_epoch;
use crate::store::{self, gsp, query::QueryText, results::ResultsFormat};

/// Turn policy briefs into knowledge graphs with exact source spans and verifiable provenance.
#[derive(Debug, Parser)]
#[command(name = "briefkg", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the pipeline over briefs and write RDF, JSON-LD, knowledge.json and manifests.
    Export(ExportArgs),
    /// Print one brief's clean text with its parts and repairs marked, and its metadata.
    Inspect(InspectArgs),
    /// Load the output into a triple store: one HTTP PUT per named graph (SPARQL 1.1 Graph
    /// Store Protocol), so a reload replaces each graph. Credentials come from the environment:
    /// BRIEFKG_ENDPOINT_USER and BRIEFKG_ENDPOINT_PASSWORD (basic), or BRIEFKG_ENDPOINT_TOKEN
    /// (bearer).
    Load(LoadArgs),
    /// Run a SPARQL query over the output in an embedded, in-memory Oxigraph store; the default
    /// graph is the union of all graphs.
    Query(QueryArgs),
    /// Re-check every hash of an output folder against its manifests and the source briefs
    /// (and, with --endpoint, the named graphs in a SPARQL store).
    Verify(verify::VerifyArgs),
}

/// Arguments of `briefkg inspect`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The brief file.
    pub brief: PathBuf,
    /// Also mark markup removals (emphasis, tags, heading markers) inline.
    #[arg(long)]
    pub markup: bool,
}

/// Arguments of `briefkg load`.
#[derive(Debug, Args)]
pub struct LoadArgs {
    /// Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store (Oxigraph),
    /// http://localhost:3030/ds/data (Fuseki).
    #[arg(long, value_name = "URL")]
    pub endpoint: String,
    /// Output folder whose `*.trig` and `*.nq` files are loaded (searched recursively), or one
    /// such file.
    #[arg(default_value = "output")]
    pub dir: PathBuf,
}

/// Arguments of `briefkg query`.
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// An optional output folder (default `output`), then the query: SPARQL text or a `.rq`
    /// file.
    #[arg(value_name = "[DIR] QUERY", num_args = 1..=2, required = true)]
    pub args: Vec<String>,
    /// Results format: table, csv, tsv or json (SPARQL 1.1 results formats).
    #[arg(long, default_value = "table")]
    pub format: ResultsFormat,
}

/// Arguments of `briefkg export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Brief files or folders (folders are searched for .md, .markdown and .txt files,
    /// README files excepted).
    #[arg(default_value = "briefs")]
    pub inputs: Vec<PathBuf>,
    /// Output folder.
    #[arg(short, long, default_value = "output")]
    pub output: PathBuf,
    /// Formats to write, comma-separated: trig, jsonld (the default), nq (N-Quads, for Amazon
    /// Neptune and line tools), nt, ttl, json (knowledge.json, the typed model).
    #[arg(long, value_delimiter = ',', default_value = "trig,jsonld")]
    pub format: Vec<Format>,
    /// Also describe every span as a W3C Web Annotation (oa:SpecificResource with a text
    /// position selector, a text quote selector and its source pieces with byte offsets), for
    /// exchanging annotations; about 15 more triples per span.
    #[arg(long)]
    pub web_annotation: bool,
    /// Base IRI of briefs and entities; must end in `/` or `#`.
    #[arg(long, default_value = DEFAULT_BASE_IRI)]
    pub base_iri: String,
    /// Write nothing: compare what would be written with the output folder, name every stale,
    /// missing or extra file, and exit 1 if there is any.
    #[arg(long)]
    pub check: bool,
}

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Export(args) => export(args),
        Command::Inspect(args) => inspect(args),
        Command::Load(args) => load(args),
        Command::Query(args) => query(args),
        Command::Verify(args) => verify::run(args),
    }
}

fn usage_error(e: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {e}");
    ExitCode::from(2)
}

fn load(args: LoadArgs) -> ExitCode {
    let auth = match gsp::Auth::from_env(|k| std::env::var(k).ok()) {
        Ok(a) => a,
        Err(e) => return usage_error(e),
    };
    let endpoint = match gsp::GraphStore::new(&args.endpoint, auth) {
        Ok(s) => s,
        Err(e) => return usage_error(e),
    };
    let dataset = match store::dataset::read(&args.dir) {
        Ok(d) => d,
        Err(e) => return usage_error(e),
    };
    let result = gsp::load(&dataset, &endpoint, |graph, status| {
        eprintln!(
            "PUT {} ({} triples from {}): HTTP {status}",
            graph.label(),
            graph.triples.len(),
            graph.files_label()
        );
    });
    match result {
        Ok(()) => {
            eprintln!(
                "loaded {} graphs, {} triples from {} files into {}",
                dataset.graphs.len(),
                dataset.len(),
                dataset.files.len(),
                args.endpoint
            );
            ExitCode::SUCCESS
        }
        Err(e) => usage_error(e),
    }
}

fn query(args: QueryArgs) -> ExitCode {
    let (dir, query) = match args.args.as_slice() {
        [q] => (PathBuf::from("output"), q),
        [d, q] => (PathBuf::from(d), q),
        _ => return usage_error("expected [DIR] QUERY"),
    };
    let run = || -> Result<Vec<u8>, store::StoreError> {
        let query = QueryText::from_arg(query)?;
        let dataset = store::dataset::read(&dir)?;
        let db = store::query::open(&dataset)?;
        store::query::run(&db, &query, args.format)
    };
    match run() {
        Ok(bytes) => {
            use std::io::Write;
            let mut out = std::io::stdout().lock();
            if let Err(e) = out.write_all(&bytes).and_then(|()| out.flush()) {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    return usage_error(format!("cannot write the results: {e}"));
                }
            }
            ExitCode::SUCCESS
        }
        Err(e) => usage_error(e),
    }
}

fn inspect(args: InspectArgs) -> ExitCode {
    let source = match crate::ingest::read(&args.brief) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let kb = crate::kb::Kb::bundled();
    let gazetteer = crate::extract::Gazetteer::new(&kb);
    let doc = pipeline::analyze(source, &kb, &gazetteer);
    print!("{}", crate::inspect::render(&doc, args.markup));
    ExitCode::SUCCESS
}

fn export(args: ExportArgs) -> ExitCode {
    if let Err(e) = check_base(&args.base_iri) {
        eprintln!("error: {e}");
        return ExitCode::from(2);
    }
    let source_date_epoch = match std::env::var("SOURCE_DATE_EPOCH") {
        Err(std::env::VarError::NotPresent) => None,
        Ok(v) if parse_source_date_epoch(&v).is_some() => parse_source_date_epoch(&v),
        Ok(v) => {
            eprintln!(
                "error: SOURCE_DATE_EPOCH=`{v}` is not a number of seconds (a non-negative integer)"
            );
            return ExitCode::from(2);
        }
        Err(std::env::VarError::NotUnicode(_)) => {
            eprintln!("error: SOURCE_DATE_EPOCH is not valid Unicode");
            return ExitCode::from(2);
        }
    };
    let options = Options {
        base_iri: args.base_iri,
        formats: args.format.into_iter().collect::<BTreeSet<_>>(),
        source_date_epoch,
        profile: crate::emit::rdf::Profile {
            web_annotation: args.web_annotation,
        },
    };
    let result = pipeline::export(&args.inputs, &options);
    for e in &result.errors {
        eprintln!("error: {e}");
    }
    let mut failed = !result.errors.is_empty();
    if args.check {
        let findings = pipeline::check(&args.output, &result);
        for f in &findings {
            eprintln!("{}: {f}", args.output.display());
        }
        failed |= !findings.is_empty();
        if findings.is_empty() {
            eprintln!(
                "{}: up to date ({} files)",
                args.output.display(),
                result.files.len()
            );
        }
    } else {
        if let Err(e) = pipeline::write(&args.output, &result) {
            eprintln!("error: {}: cannot write: {e}", args.output.display());
            return ExitCode::from(2);
        }
        let briefs = result
            .files
            .keys()
            .filter(|k| k.ends_with("/manifest.json"))
            .count();
        eprintln!(
            "wrote {} files for {briefs} briefs to {}",
            result.files.len(),
            args.output.display()
        );
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
