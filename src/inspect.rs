//! `briefkg inspect`: the clean text of one brief with its parts and repairs marked, so a user
//! sees what ingest did. Pure: takes an analysed document, returns text that is safe to print
//! (control and bidirectional characters escaped by [`crate::terminal`]).

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::model::{BlockKind, Document, RepairKind, TextIndex};

/// Renders a document for reading. Markup repairs (emphasis, tags, heading markers) are counted
/// but only marked inline when `show_markup` is set; every other repair is marked inline as
/// `⟦kind "original" → "replacement"⟧`.
pub fn render(doc: &Document, show_markup: bool) -> String {
    let mut out = String::new();
    let src = &doc.source;
    let _ = writeln!(
        out,
        "{}  {}  {} bytes  sha256 {}",
        src.name, src.media_type, src.byte_len, src.sha256
    );
    let m = &doc.metadata;
    let field = |out: &mut String, name: &str, v: Option<&str>| {
        if let Some(v) = v {
            let _ = writeln!(out, "  {name:<10} {v}");
        }
    };
    field(&mut out, "title", m.title.as_deref());
    for a in &m.authors {
        let roles: Vec<String> = a
            .affiliations
            .iter()
            .map(|f| {
                let role = f.role.as_deref().unwrap_or("?");
                match &f.organization {
                    Some(o) => format!("{role} @ {}", o.name),
                    None => role.to_owned(),
                }
            })
            .collect();
        if roles.is_empty() {
            let _ = writeln!(out, "  {:<10} {}", "author", a.name);
        } else {
            let _ = writeln!(out, "  {:<10} {} ({})", "author", a.name, roles.join("; "));
        }
    }
    field(&mut out, "series", m.series.as_deref());
    field(&mut out, "issue", m.issue.as_deref());
    field(&mut out, "date", m.date.as_deref());
    field(
        &mut out,
        "publisher",
        m.publisher.as_ref().map(|p| p.organization.name.as_str()),
    );
    field(&mut out, "place", m.place.as_deref());
    for u in &m.urls {
        field(&mut out, "url", Some(u));
    }

    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for r in &doc.clean.repairs {
        *counts.entry(r.kind.as_str()).or_default() += 1;
    }
    let summary: Vec<String> = counts.iter().map(|(k, n)| format!("{k} {n}")).collect();
    let _ = writeln!(out, "  {:<10} {}", "repairs", summary.join(", "));
    let _ = writeln!(
        out,
        "  {:<10} {} sections, {} paragraphs, {} sentences, {} mentions of {} entities",
        "content",
        doc.sections.len(),
        doc.paragraphs.len(),
        doc.sentences.len(),
        doc.mentions.len(),
        doc.entities.len()
    );
    out.push('\n');

    let clean = &doc.clean;
    let index = TextIndex::new(&clean.text);
    for block in &doc.blocks {
        let label = match block.kind {
            BlockKind::Heading { level } => format!("{} h{level}", block.part.as_str()),
            BlockKind::Paragraph => block.part.as_str().to_owned(),
            BlockKind::Table => format!("{} table", block.part.as_str()),
        };
        let label = match &block.label {
            Some(l) => format!("{label} [^{l}]"),
            None => label,
        };
        let span = block.anchor.clean;
        let pieces: Vec<String> = block
            .anchor
            .source
            .iter()
            .map(|p| format!("{}..{}", p.byte_start, p.byte_end))
            .collect();
        let _ = writeln!(out, "[{label}] source bytes {}", pieces.join(" + "));
        let mut line = String::new();
        let first = clean.map.partition_point(|s| s.clean_end <= span.start);
        for seg in &clean.map[first..] {
            if seg.clean_start >= span.end
                && !(seg.clean_start == span.end && seg.clean_end == span.end)
            {
                break;
            }
            let s = seg.clean_start.max(span.start);
            let e = seg.clean_end.min(span.end);
            match seg.repair {
                None => line.push_str(&clean.text[index.byte(s)..index.byte(e)]),
                Some(r) => {
                    let r = &clean.repairs[r];
                    // A removal at the block's end belongs to what follows.
                    if seg.clean_start == span.end {
                        continue;
                    }
                    if r.kind == RepairKind::Markup && !show_markup {
                        line.push_str(&r.replacement);
                    } else {
                        let _ = write!(
                            line,
                            "⟦{}{} {:?} → {:?}⟧",
                            r.kind.as_str(),
                            if r.inferred { " (inferred)" } else { "" },
                            r.original,
                            r.replacement
                        );
                    }
                }
            }
        }
        let _ = writeln!(out, "  {}\n", line.replace('\n', "\n  "));
    }
    crate::terminal::escape_lines(&out).into_owned()
}
