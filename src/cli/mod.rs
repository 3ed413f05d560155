//! The command line: `briefkg export` (and `--check`) and `briefkg verify` (`cli/verify.rs`).
//!
//! Exit codes: 0 all good; 1 a finding (a brief that could not be processed, stale output, a
//! failed verification); 2 a usage or I/O error (bad option, output folder not writable or
//! not readable, store unreachable).

mod verify;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

use crate::emit::{iri::check_base, vocab::DEFAULT_BASE_IRI, Format};
use crate::pipeline::{self, Options};
use crate::provenance::run::parse_source_date_epoch;

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
    /// Re-check every hash of an output folder against its manifests and the source briefs
    /// (and, with --endpoint, the named graphs in a SPARQL store).
    Verify(verify::VerifyArgs),
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
    /// Formats to write, comma-separated: nt, ttl, nq, trig, jsonld, json.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "nt,ttl,nq,trig,jsonld,json"
    )]
    pub format: Vec<Format>,
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
        Command::Verify(args) => verify::run(args),
    }
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
