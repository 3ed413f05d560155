//! The corpus page `index.html`: one row per brief with its title, date, counts, hashes and
//! links to its review page, graph files and manifest. It is rendered from the corpus's run
//! configuration and the briefs' manifests alone (through [`RunBrief`]), so `export`, `merge`
//! and an incremental run that skips unchanged briefs all write the same bytes, and `verify`
//! re-renders it from the manifests it has checked and compares.

use std::fmt::Write;

use super::{escape, head, tail};
use crate::emit::iri::encode_segment;
use crate::provenance::run::RunBrief;

/// The corpus page's file name, beside the corpus manifest.
pub const FILE_NAME: &str = "index.html";

/// The corpus-wide facts the page shows.
#[derive(Debug, Clone, Copy)]
pub struct Corpus<'a> {
    /// The briefkg version.
    pub version: &'a str,
    /// The base IRI of the data.
    pub base_iri: &'a str,
    /// SHA-256 of the run configuration.
    pub config_sha256: &'a str,
}

/// Renders `index.html` for `briefs` (any order: rows are sorted by folder name).
pub fn render(corpus: &Corpus<'_>, briefs: &[RunBrief]) -> Vec<u8> {
    let mut rows: Vec<&RunBrief> = briefs.iter().collect();
    rows.sort_by(|a, b| a.name.cmp(&b.name));
    let mut out = String::with_capacity(8_192 + rows.len() * 700);
    head(
        &mut out,
        &format!("{} briefs · briefkg review", rows.len()),
        corpus.version,
        false,
    );
    out.push_str("<body>\n<a class=\"skip\" href=\"#briefs\">Skip to the briefs</a>\n");
    out.push_str("<header class=\"top\">\n<p class=\"kicker\">briefkg review pages</p>\n");
    let _ = writeln!(
        out,
        "<h1>{} brief{}</h1>",
        rows.len(),
        if rows.len() == 1 { "" } else { "s" }
    );
    out.push_str("<p class=\"byl\">briefkg ");
    escape::text(&mut out, corpus.version);
    out.push_str(" · base IRI <code>");
    escape::text(&mut out, corpus.base_iri);
    out.push_str("</code> · configuration SHA-256 <code class=\"hash\">");
    escape::text(&mut out, corpus.config_sha256);
    out.push_str("</code></p>\n<nav aria-label=\"Page\"><ul><li><a href=\"#briefs\">Briefs</a><li><a href=\"#verify\">Verification</a><li><a href=\"manifest.json\">manifest.json</a></ul></nav>\n</header>\n");
    out.push_str("<main id=\"main\">\n<div class=\"wrap\">\n<section class=\"part\" id=\"briefs\" aria-labelledby=\"briefs-h\">\n<h2 id=\"briefs-h\">Briefs</h2>\n");
    out.push_str("<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">Brief<th scope=\"col\">Published<th scope=\"col\" class=\"num\">Repairs<th scope=\"col\" class=\"num\">Sentences<th scope=\"col\" class=\"num\">Mentions<th scope=\"col\" class=\"num\">Entities<th scope=\"col\" class=\"num\">Claims<th scope=\"col\" class=\"num\">Quads<th scope=\"col\" class=\"num\">Source bytes<th scope=\"col\">Files<th scope=\"col\">Source SHA-256</tr></thead>\n<tbody>\n");
    let mut totals = [0usize; 7];
    for b in &rows {
        let l = &b.listing;
        let s = &l.summary;
        // The row's counts, in the columns' order; the totals row adds them up.
        let counts = [
            s.repairs,
            s.sentences,
            s.mentions,
            s.entities,
            s.claims,
            l.quads,
            l.source_bytes,
        ];
        for (t, v) in totals.iter_mut().zip(counts) {
            *t += v;
        }
        let folder = encode_segment(&b.name);
        let page = l.files.iter().any(|f| f == "brief.html");
        let _ = write!(
            out,
            "<tr><th scope=\"row\"><a href=\"{folder}/{}\"><bdi>",
            if page { "brief.html" } else { "manifest.json" }
        );
        escape::text(
            &mut out,
            s.title
                .as_deref()
                .filter(|t| !t.trim().is_empty())
                .unwrap_or(&b.source_name),
        );
        out.push_str("</bdi></a><br><span class=\"src\"><bdi>");
        escape::text(&mut out, &b.source_name);
        out.push_str("</bdi></span><td>");
        if let Some(d) = &s.date {
            out.push_str("<bdi>");
            escape::text(&mut out, d);
            out.push_str("</bdi>");
        }
        for v in counts {
            let _ = write!(out, "<td class=\"num\">{v}");
        }
        out.push_str("<td class=\"links\">");
        for f in l
            .files
            .iter()
            .chain(std::iter::once(&"manifest.json".to_owned()))
        {
            let _ = write!(out, "<a href=\"{folder}/{}\">", encode_segment(f));
            escape::text(&mut out, f);
            out.push_str("</a> ");
        }
        let _ = writeln!(
            out,
            "<td><code class=\"hash\">{}</code></tr>",
            html(b.source_sha256.get(..16).unwrap_or(&b.source_sha256))
        );
    }
    out.push_str("</tbody>\n<tfoot><tr><th scope=\"row\">Total<td>");
    for t in totals {
        let _ = write!(out, "<td class=\"num\">{t}");
    }
    out.push_str("<td><td></tr></tfoot>\n</table></div>\n</section>\n");
    out.push_str("<section class=\"part\" id=\"verify\" aria-labelledby=\"verify-h\">\n<h2 id=\"verify-h\">Verification</h2>\n<p>The corpus manifest <a href=\"manifest.json\">manifest.json</a> lists this page with its SHA-256, the manifest of every brief (which lists the brief's files, its review page included, and its graph's hash), the run record, and a root hash over all of it. The source SHA-256 above is cut to 16 hex digits; each brief's page and manifest give it whole. From the folder where the export ran (<code>output</code> is the folder that holds this page, <code>briefs</code> the one that holds the source briefs: <code>briefkg export</code>'s defaults), this re-checks every hash offline, renders this page again from the brief manifests and compares it byte for byte:</p>\n<pre class=\"cmd\"><code>briefkg verify output --sources briefs</code></pre>\n</section>\n</div>\n</main>\n");
    out.push_str("<footer class=\"foot\"><p>Written by briefkg ");
    escape::text(&mut out, corpus.version);
    out.push_str(
        ". Each brief's page is a view of its model; its graph is the record.</p></footer>\n",
    );
    tail(&mut out, false);
    out.into_bytes()
}

fn html(s: &str) -> String {
    let mut out = String::new();
    escape::text(&mut out, s);
    out
}
