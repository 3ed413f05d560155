//! `gencorpus N DIR [SEED]`: writes N synthetic policy briefs into DIR for the benchmark
//! (`scripts/bench.sh`) and the big-corpus tests. Deterministic: the same N and SEED (default
//! 1) give the same bytes on every machine.
//!
//! The text is drawn from real briefs: the bundled samples (`briefs/`) and the four
//! public-domain U.S. Government briefs in `tests/real-briefs/` (CRS IF12672, IF12135,
//! IF10165, the 2018 National Defense Strategy summary), split into sentences and headings.
//! Each generated brief has one of four layouts, as extractors and converters deliver them:
//! 1. Prospects & Perspectives markdown (series heading, title, `By` line, a running page
//!    header splitting a paragraph, an author bio);
//! 2. converter markdown with YAML front matter, section headings and footnotes;
//! 3. plain text hard-wrapped at 72 columns, with words hyphenated across lines, running
//!    headers and `Page N of M` furniture;
//! 4. HTML with headings, paragraphs and character references.
//!
//! Sizes vary from about 3 KB to 40 KB (6 to 48 paragraphs of 2 to 6 sentences).

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

const SOURCES: &[&str] = &[
    include_str!("../../briefs/pp65-russia-north-korea.md"),
    include_str!("../../briefs/dev-ai-governance.md"),
    include_str!("../../briefs/dev-energy-europe.md"),
    include_str!("../../briefs/dev-india-china-border.md"),
    include_str!("../../tests/real-briefs/01-crs-if12672-russia-nuclear-weapons.md"),
    include_str!("../../tests/real-briefs/02-crs-if12135-army-typhon-pdf.md"),
    include_str!("../../tests/real-briefs/07-dod-2018-nds-summary.md"),
    include_str!("../../tests/real-briefs/09-crs-if10165-south-korea.html"),
];

const AUTHORS: &[&str] = &[
    "Ming-Shih Shen",
    "Andrew Feickert",
    "Mark B. Schneider",
    "Emma Chanlett-Avery",
    "Priya Raman",
    "Jonas Lindqvist",
    "Amara Okafor",
    "Hiroshi Tanaka",
];

const ORGS: &[&str] = &[
    "the Institute for National Defense and Security Research",
    "the Congressional Research Service",
    "the Observer Research Foundation",
    "the Royal United Services Institute",
    "the Center for Strategic and International Studies",
];

const MONTHS: &[&str] = &briefkg::MONTH_NAMES;

/// xorshift64*: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Sentences and headings of the source briefs, markup stripped.
struct Pool {
    sentences: Vec<String>,
    headings: Vec<String>,
}

fn strip_markup(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_tag = false;
    for c in line.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            '*' | '_' | '`' | '[' | ']' if !in_tag => {}
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pool() -> Pool {
    let mut sentences = Vec::new();
    let mut headings = Vec::new();
    for text in SOURCES {
        for line in text.lines() {
            let t = line.trim();
            if let Some(h) = t.strip_prefix('#') {
                let h = strip_markup(h.trim_start_matches('#'));
                if (3..80).contains(&h.len()) && !h.contains("Prospects") {
                    headings.push(h);
                }
                continue;
            }
            let clean = strip_markup(t);
            if clean.len() < 60 || clean.starts_with('(') || clean.contains("http") {
                continue;
            }
            for s in clean.split_inclusive(". ") {
                let s = s.trim();
                if s.len() >= 40
                    && s.ends_with('.')
                    && s.chars().next().is_some_and(char::is_uppercase)
                {
                    sentences.push(s.to_owned());
                }
            }
        }
    }
    sentences.sort();
    sentences.dedup();
    headings.sort();
    headings.dedup();
    Pool {
        sentences,
        headings,
    }
}

fn paragraph(rng: &mut Rng, pool: &Pool) -> String {
    let n = rng.range(2, 6);
    (0..n)
        .map(|_| pool.sentences[rng.below(pool.sentences.len())].as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn title(rng: &mut Rng, pool: &Pool) -> String {
    pool.headings[rng.below(pool.headings.len())].clone()
}

fn date(rng: &mut Rng) -> (String, usize) {
    let year = rng.range(2015, 2025);
    (
        format!("{} {}, {year}", rng.pick(MONTHS), rng.range(1, 28)),
        year,
    )
}

/// Layout 1: Prospects & Perspectives markdown.
fn pp_markdown(rng: &mut Rng, pool: &Pool, i: usize) -> String {
    let (date, _) = date(rng);
    let author = rng.pick(AUTHORS);
    let mut s = String::new();
    let _ = writeln!(
        s,
        "### Prospects & Perspectives\n\n# {}\n\n#### By {author}\n",
        title(rng, pool)
    );
    let paragraphs = rng.range(6, 40);
    let header_at = rng.range(1, paragraphs.max(2) - 1);
    for p in 0..paragraphs {
        let text = paragraph(rng, pool);
        if p == header_at {
            // A page break inside a sentence: the running header splits the paragraph.
            let cut = text
                .char_indices()
                .filter(|(_, c)| *c == ' ')
                .map(|(i, _)| i)
                .nth(rng.range(3, 8))
                .unwrap_or(text.len() / 2);
            let _ = writeln!(
                s,
                "{}\n\n#### Prospects & Perspectives No. {} {date}\n\n{}\n",
                &text[..cut],
                i % 90 + 1,
                text[cut..].trim_start()
            );
        } else {
            let _ = writeln!(s, "{text}\n");
        }
    }
    let _ = writeln!(
        s,
        "({author} is a research fellow at {}.)\n",
        rng.pick(ORGS)
    );
    s
}

/// Layout 2: converter markdown with front matter and footnotes.
fn converter_markdown(rng: &mut Rng, pool: &Pool) -> String {
    let (date, _) = date(rng);
    let t = title(rng, pool);
    let mut s = format!(
        "---\ntitle: \"{}\"\nauthor: \"{}\"\ndate: \"{date}\"\n---\n\n# {t}\n\n",
        t.replace('"', "'"),
        rng.pick(AUTHORS)
    );
    let sections = rng.range(2, 6);
    let mut notes = 0;
    for _ in 0..sections {
        let _ = writeln!(s, "## {}\n", title(rng, pool));
        for _ in 0..rng.range(2, 8) {
            let mut text = paragraph(rng, pool);
            if rng.below(3) == 0 {
                notes += 1;
                text.push_str(&format!("[^{notes}]"));
            }
            let _ = writeln!(s, "{text}\n");
        }
    }
    for n in 1..=notes {
        let _ = writeln!(
            s,
            "[^{n}]: {}, {}, {}.",
            rng.pick(AUTHORS),
            title(rng, pool),
            rng.range(2010, 2024)
        );
    }
    s
}

/// Layout 3: plain text hard-wrapped, hyphenated, with page furniture.
fn plain_text(rng: &mut Rng, pool: &Pool) -> String {
    let (date, _) = date(rng);
    let t = title(rng, pool);
    let mut lines = vec![t.to_uppercase(), String::new(), date.clone(), String::new()];
    for _ in 0..rng.range(6, 40) {
        let text = paragraph(rng, pool);
        let mut line = String::new();
        for word in text.split(' ') {
            if line.len() + 1 + word.len() > 72 {
                let letters = word.chars().all(char::is_alphabetic);
                if letters && word.len() >= 8 && rng.below(3) == 0 {
                    let cut = word
                        .char_indices()
                        .nth(word.chars().count() / 2)
                        .map_or(word.len(), |(i, _)| i);
                    line.push(' ');
                    line.push_str(&word[..cut]);
                    line.push('-');
                    lines.push(std::mem::take(&mut line));
                    line.push_str(&word[cut..]);
                    continue;
                }
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        lines.push(line);
        lines.push(String::new());
    }
    let total = lines.len() / 45 + 1;
    let mut s = String::new();
    for (n, chunk) in lines.chunks(45).enumerate() {
        for l in chunk {
            s.push_str(l);
            s.push('\n');
        }
        let _ = writeln!(s, "\nPage {} of {total}\n\n{t} | {date}\n", n + 1);
    }
    s
}

/// Layout 4: HTML.
fn html(rng: &mut Rng, pool: &Pool) -> String {
    let esc = |t: &str| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let t = title(rng, pool);
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>{}</title>\n<style>p {{ margin: 0 }}</style></head>\n<body>\n<h1>{}</h1>\n<p class=\"byline\">By {}</p>\n",
        esc(&t),
        esc(&t),
        rng.pick(AUTHORS)
    );
    for _ in 0..rng.range(2, 5) {
        let _ = writeln!(s, "<h2>{}</h2>", esc(&title(rng, pool)));
        for _ in 0..rng.range(2, 9) {
            let _ = writeln!(s, "<p>{}</p>", esc(&paragraph(rng, pool)));
        }
    }
    s.push_str("</body>\n</html>\n");
    s
}

/// The file name and bytes of brief `i`.
fn brief(i: usize, seed: u64, pool: &Pool) -> (String, String) {
    let mut rng = Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15)
        ^ (i as u64 + 1).wrapping_mul(0xd1b5_4a32_d192_ed03)
        | 1);
    for _ in 0..4 {
        rng.next();
    }
    match rng.below(4) {
        0 => (format!("brief-{i:05}.md"), pp_markdown(&mut rng, pool, i)),
        1 => (
            format!("brief-{i:05}.md"),
            converter_markdown(&mut rng, pool),
        ),
        2 => (format!("brief-{i:05}.txt"), plain_text(&mut rng, pool)),
        _ => (format!("brief-{i:05}.html"), html(&mut rng, pool)),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: gencorpus N DIR [SEED]");
        return ExitCode::from(2);
    };
    let seed = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
    let dir = Path::new(dir);
    if let Err(e) = std::fs::create_dir_all(dir) {
        eprintln!("error: {}: {e}", dir.display());
        return ExitCode::from(2);
    }
    let pool = pool();
    let mut bytes = 0;
    for i in 0..n {
        let (name, text) = brief(i, seed, &pool);
        bytes += text.len();
        if let Err(e) = std::fs::write(dir.join(&name), text) {
            eprintln!("error: {}: {e}", dir.join(name).display());
            return ExitCode::from(2);
        }
    }
    eprintln!(
        "gencorpus: {n} briefs, {bytes} bytes, seed {seed}, in {} ({} sentences, {} headings in the pool)",
        dir.display(),
        pool.sentences.len(),
        pool.headings.len()
    );
    ExitCode::SUCCESS
}
