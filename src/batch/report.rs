//! What a batch run tells its caller: the JSON report (`export --report FILE`) and GitHub
//! Actions annotations (`--message-format github`).

use serde_json::{json, Value};

use super::{BriefOutcome, Problem, Severity, Status, Summary};

/// Version of the report's JSON form, written as `report_version`.
pub const REPORT_VERSION: u64 = 1;

/// The JSON report of a run: `report_version`, `briefkg_version`, `command`, `output`,
/// `check`, `shard`, `exit_code`, `ok`, `totals` (briefs per status, errors, warnings, summed
/// counts, seconds), `briefs[]` (per brief: `name`, `source`, `status`, `counts` or null when
/// it was not processed, `timings` in seconds, `diagnostics[]`, `findings[]`) and
/// `problems[]` (not tied to one brief). Briefs are sorted by name; only timings vary between
/// two runs over the same inputs.
pub fn to_json(
    summary: &Summary,
    command: &str,
    output: &str,
    shard: Option<String>,
    check: bool,
) -> Value {
    let mut totals = serde_json::Map::new();
    totals.insert("briefs".into(), json!(summary.briefs.len()));
    for status in [
        Status::New,
        Status::Changed,
        Status::Unchanged,
        Status::Removed,
        Status::Kept,
        Status::Stale,
        Status::Failed,
    ] {
        totals.insert(status.as_str().into(), json!(summary.count(status)));
    }
    totals.insert("other_shards".into(), json!(summary.other_shards));
    let (errors, warnings) = summary
        .all_problems()
        .fold((0, 0), |(e, w), p| match p.severity {
            Severity::Error => (e + 1, w),
            Severity::Warning => (e, w + 1),
        });
    totals.insert("errors".into(), json!(errors));
    totals.insert("warnings".into(), json!(warnings));
    let sum = |f: fn(&super::Counts) -> usize| -> usize {
        summary
            .briefs
            .iter()
            .filter_map(|b| b.counts.as_ref())
            .map(f)
            .sum()
    };
    totals.insert("source_bytes".into(), json!(sum(|c| c.source_bytes)));
    totals.insert("output_bytes".into(), json!(sum(|c| c.output_bytes)));
    totals.insert("repairs".into(), json!(sum(|c| c.repairs)));
    totals.insert("sentences".into(), json!(sum(|c| c.sentences)));
    totals.insert("mentions".into(), json!(sum(|c| c.mentions)));
    totals.insert("entities".into(), json!(sum(|c| c.entities)));
    totals.insert("claims".into(), json!(sum(|c| c.claims)));
    totals.insert("quads".into(), json!(sum(|c| c.quads)));
    totals.insert("seconds".into(), json!(summary.elapsed.as_secs_f64()));
    json!({
        "report_version": REPORT_VERSION,
        "briefkg_version": crate::pipeline::VERSION,
        "command": command,
        "output": output,
        "check": check,
        "shard": shard,
        "exit_code": summary.exit_code(),
        "ok": summary.exit_code() == 0,
        "totals": totals,
        "briefs": summary.briefs.iter().map(brief).collect::<Vec<_>>(),
        "problems": summary.problems.iter().map(problem).collect::<Vec<_>>(),
        "findings": summary.findings.iter().map(ToString::to_string).collect::<Vec<_>>(),
    })
}

fn brief(b: &BriefOutcome) -> Value {
    json!({
        "name": b.name,
        "source": b.source.as_ref().map(|p| p.to_string_lossy()),
        "status": b.status.as_str(),
        "counts": b.counts,
        "timings": b.timings,
        "diagnostics": b.problems.iter().map(problem).collect::<Vec<_>>(),
        "findings": b.findings.iter().map(ToString::to_string).collect::<Vec<_>>(),
    })
}

fn problem(p: &Problem) -> Value {
    json!({
        "severity": p.severity,
        "file": p.path.to_string_lossy(),
        "line": p.location.map(|l| l.line),
        "column": p.location.map(|l| l.column),
        "byte": p.location.map(|l| l.byte),
        "message": p.message,
    })
}

/// GitHub Actions workflow commands for every problem and `--check` finding of a run
/// (`::error file=…,line=…,col=…,title=…::message`, `::warning …` for warnings), then one
/// `::notice` with the summary line. `output` is the output folder as given.
pub fn github(summary: &Summary, command: &str, output: &str) -> String {
    let mut out = String::new();
    let title = format!("briefkg {command}");
    for p in summary.all_problems() {
        let mut props = vec![format!(
            "file={}",
            escape_property(&p.path.to_string_lossy())
        )];
        if let Some(l) = p.location {
            props.push(format!("line={}", l.line));
            props.push(format!("col={}", l.column));
        }
        props.push(format!("title={}", escape_property(&title)));
        let level = match p.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        out.push_str(&format!(
            "::{level} {}::{}\n",
            props.join(","),
            escape_data(&p.message)
        ));
    }
    let findings = summary
        .briefs
        .iter()
        .flat_map(|b| &b.findings)
        .chain(&summary.findings);
    for f in findings {
        let path = format!("{}/{}", output.trim_end_matches('/'), f.path());
        out.push_str(&format!(
            "::error file={},title={}::{}\n",
            escape_property(&path),
            escape_property(&format!("{title} --check")),
            escape_data(&f.to_string())
        ));
    }
    out.push_str(&format!(
        "::notice title={}::{}\n",
        escape_property(&title),
        escape_data(&summary.line())
    ));
    out
}

/// Escapes a workflow command's message (`%`, CR, LF).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value (also `:` and `,`).
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_command_escaping() {
        assert_eq!(escape_data("a%b\r\nc"), "a%25b%0D%0Ac");
        assert_eq!(escape_property("x:y,z%"), "x%3Ay%2Cz%25");
    }
}
