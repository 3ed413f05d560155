//! The command line: `briefkg export` (and `--check`), `merge`, `inspect`, `load`, `query` and
//! `verify` (`cli/verify.rs`).
//!
//! Exit codes: 0 all good; 1 a finding (a brief that could not be processed or is stale,
//! output out of date with `--check`, a failed verification); 2 a usage or I/O error (bad
//! option, an input path that does not exist, input and output folders that overlap, an output
//! folder that cannot be written or read, shards that cannot be merged, unreadable RDF,
//! unreachable endpoint, HTTP error, refused credentials, invalid query).

mod progress;
mod verify;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::batch;
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
    /// Combine the output folders of sharded exports (`export --shard K/N`) into the output
    /// one export over all the briefs gives, byte for byte.
    Merge(MergeArgs),
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
    /// Neptune and line tools), nt, ttl, json (knowledge.json, the typed model), html (a review
    /// page per brief, brief.html, and index.html over the corpus).
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
    /// Process only part K of N of the briefs (K from 0, as Kubernetes' JOB_COMPLETION_INDEX),
    /// chosen by source hash; combine the shards' output folders with `briefkg merge`.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<crate::batch::Shard>,
    /// Write a JSON report to FILE: per brief its status, counts, diagnostics and timings;
    /// totals; the exit code.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    /// Refuse briefs larger than this many bytes (error E004; the rest of the batch goes on).
    #[arg(long, value_name = "BYTES", default_value_t = batch::DEFAULT_MAX_BRIEF_BYTES)]
    pub max_brief_bytes: u64,
    /// A user gazetteer: a TSV file with the header and columns of one of the bundled
    /// knowledge-base tables (data/kb/*.tsv). Its entries win over the bundled ones. Repeatable.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,
    /// External entity annotations for a brief: spaCy's Doc.to_json() or briefkg's generic
    /// format (schemas/annotations.schema.json). Spans are checked against the brief; those that
    /// do not ground are reported and left out (exit 1). Repeatable.
    #[arg(long, value_name = "FILE")]
    pub annotations: Vec<PathBuf>,
    #[command(flatten)]
    pub messages: MessageArgs,
}

/// How a batch command talks to its caller.
#[derive(Debug, Args)]
pub struct MessageArgs {
    /// How to print errors and warnings: `text`, or `github` (GitHub Actions annotations on
    /// stdout: `::error file=…,line=…,col=…::…`).
    #[arg(long, value_enum, default_value_t = MessageFormat::Text)]
    pub message_format: MessageFormat,
    /// Print errors only: no progress bar, no summary.
    #[arg(short, long)]
    pub quiet: bool,
}

/// How errors and warnings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MessageFormat {
    /// `error: …` lines on stderr.
    Text,
    /// GitHub Actions workflow commands on stdout.
    Github,
}

/// Arguments of `briefkg merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The shards' output folders.
    #[arg(required = true, value_name = "SHARD")]
    pub shards: Vec<PathBuf>,
    /// The merged output folder: absent, empty, or an earlier briefkg output.
    #[arg(short, long)]
    pub output: PathBuf,
    /// Write a JSON report to FILE.
    #[arg(long, value_name = "FILE")]
    pub report: Option<PathBuf>,
    #[command(flatten)]
    pub messages: MessageArgs,
}

/// Parses the command line and runs it.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Export(args) => export(args),
        Command::Merge(args) => merge(args),
        Command::Inspect(args) => inspect(args),
        Command::Load(args) => load(args),
        Command::Query(args) => query(args),
        Command::Verify(args) => verify::run(args),
    }
}

/// Text of a brief or a path on its way to the terminal: control and bidirectional characters
/// escaped ([`crate::terminal`]).
fn safe(text: impl std::fmt::Display) -> String {
    crate::terminal::escape(&text.to_string()).into_owned()
}

fn usage_error(e: impl std::fmt::Display) -> ExitCode {
    eprintln!("error: {}", safe(e));
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
    warn_unreadable(&dataset);
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
        warn_unreadable(&dataset);
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

/// Says which brief folders `load` and `query` leave out: those with neither N-Quads nor TriG.
fn warn_unreadable(dataset: &store::dataset::Dataset) {
    let n = dataset.unreadable_briefs.len();
    if n == 0 {
        return;
    }
    let names: Vec<String> = dataset
        .unreadable_briefs
        .iter()
        .map(|d| d.display().to_string())
        .collect();
    eprintln!(
        "warning: {n} brief folder{} hold{} neither N-Quads (.nq) nor TriG (.trig), so {} left \
         out (export them with --format nq or trig): {}",
        if n == 1 { "" } else { "s" },
        if n == 1 { "s" } else { "" },
        if n == 1 { "it is" } else { "they are" },
        names.join(", ")
    );
}

fn inspect(args: InspectArgs) -> ExitCode {
    let source = match crate::ingest::read(&args.brief) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {}", safe(e));
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
        return usage_error(e);
    }
    let source_date_epoch = match std::env::var("SOURCE_DATE_EPOCH") {
        Err(std::env::VarError::NotPresent) => None,
        Ok(v) if parse_source_date_epoch(&v).is_some() => parse_source_date_epoch(&v),
        Ok(v) => {
            return usage_error(format!(
                "SOURCE_DATE_EPOCH=`{v}` is not a number of seconds (a non-negative integer)"
            ))
        }
        Err(std::env::VarError::NotUnicode(_)) => {
            return usage_error("SOURCE_DATE_EPOCH is not valid Unicode")
        }
    };
    // issue 10: user gazetteers and external annotations, read and checked before any brief.
    let mut gazetteers = Vec::new();
    for path in &args.gazetteer {
        match std::fs::read_to_string(path) {
            Ok(text) => gazetteers.push((path.display().to_string(), text)),
            Err(e) => return usage_error(format!("{}: cannot read: {e}", path.display())),
        }
    }
    if let Err(e) = crate::kb::Kb::load(&gazetteers) {
        return usage_error(e);
    }
    let mut annotations = Vec::new();
    for path in &args.annotations {
        match crate::extract::external::ExternalFile::read(path) {
            Ok(a) => annotations.push(a),
            Err(e) => return usage_error(e),
        }
    }
    let request = batch::Request {
        inputs: args.inputs,
        output: args.output,
        options: Options {
            base_iri: args.base_iri,
            formats: args.format.into_iter().collect::<BTreeSet<_>>(),
            source_date_epoch,
            profile: crate::emit::rdf::Profile {
                web_annotation: args.web_annotation,
            },
            gazetteers,
            annotations,
        },
        shard: args.shard,
        check: args.check,
        max_brief_bytes: args.max_brief_bytes,
    };
    let progress = progress::Progress::new(&args.messages, "export");
    let result = batch::run(&request, &|o| progress.brief(o));
    progress.finish();
    let summary = match result {
        Ok(s) => s,
        Err(e) => return usage_error(e),
    };
    let output = request.output.display().to_string();
    let verb = if request.check { "check" } else { "export" };
    conclude(
        &summary,
        &args.messages,
        args.report.as_deref(),
        (
            "export",
            &output,
            request.shard.map(|s| s.to_string()),
            request.check,
        ),
        || {
            let mut line = format!("{output}: {}", summary.line());
            if let Some(shard) = request.shard {
                line.push_str(&format!(
                    " (shard {shard}; {} briefs in other shards)",
                    summary.other_shards
                ));
            }
            if request.check && !summary.failed() {
                line.push_str("; up to date");
            }
            format!("{verb}: {line} in {:.1} s", summary.elapsed.as_secs_f64())
        },
    )
}

fn merge(args: MergeArgs) -> ExitCode {
    let progress = progress::Progress::new(&args.messages, "merge");
    let result = batch::merge::merge(&args.shards, &args.output);
    progress.finish();
    let summary = match result {
        Ok(s) => s,
        Err(e) => return usage_error(e),
    };
    let output = args.output.display().to_string();
    conclude(
        &summary,
        &args.messages,
        args.report.as_deref(),
        ("merge", &output, None, false),
        || {
            format!(
                "merge: {output}: {} from {} shards",
                summary.line(),
                args.shards.len()
            )
        },
    )
}

/// Prints a batch run's problems and findings (text or GitHub annotations) and its summary,
/// writes the JSON report, and gives the exit code.
fn conclude(
    summary: &batch::Summary,
    messages: &MessageArgs,
    report: Option<&std::path::Path>,
    (command, output, shard, check): (&str, &str, Option<String>, bool),
    line: impl Fn() -> String,
) -> ExitCode {
    match messages.message_format {
        MessageFormat::Github => print!("{}", batch::report::github(summary, command, output)),
        MessageFormat::Text => {
            for p in summary.all_problems() {
                let level = match p.severity {
                    batch::Severity::Error => "error",
                    batch::Severity::Warning => "warning",
                };
                if p.severity == batch::Severity::Error || !messages.quiet {
                    eprintln!("{level}: {}", safe(&p.message));
                }
            }
            let findings = summary
                .briefs
                .iter()
                .flat_map(|b| &b.findings)
                .chain(&summary.findings);
            for f in findings {
                eprintln!("{}", safe(format!("{output}: {f}")));
            }
        }
    }
    if !messages.quiet {
        eprintln!("{}", line());
    }
    let mut code = summary.exit_code();
    if let Some(path) = report {
        let doc = batch::report::to_json(summary, command, output, shard, check);
        let mut bytes = serde_json::to_vec_pretty(&doc).unwrap_or_default();
        bytes.push(b'\n');
        if let Err(e) = batch::outdir::write_atomic(path, &bytes) {
            eprintln!("error: {}: cannot write the report: {e}", path.display());
            code = 2;
        }
    }
    ExitCode::from(code)
}
