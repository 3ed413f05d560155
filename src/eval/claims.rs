//! Claim evaluation against the gold files of `tests/gold/claims/` (format and guidelines in
//! its README).
//!
//! - **Claim detection**: a predicted claim matches a gold claim when their clean-text spans
//!   overlap with an intersection over union of at least 0.5; pairs are taken best first, one
//!   to one. Precision, recall and F1 count the matches.
//! - Over matched pairs: **speaker** accuracy (the author, an unnamed source, or a named speaker
//!   whose words, or the name a pronoun stands for, contain the gold name or are contained in
//!   it, compared in lower case without a leading `the`), **modality** accuracy (the same set),
//!   **kind** accuracy, **predicate** accuracy (where the gold gives one).
//! - **Quantities** and **dates**: over matched pairs, the items found with the same value(s),
//!   unit (its last word, or the currency), rate, approximation and role (quantities; values
//!   compared by [`same_number`], so a repeating decimal cut short at three or more places
//!   matches at the shorter writing's precision: `0.333` and `0.3333`) or the
//!   same relation and ISO value(s) (dates); accuracy = correct / (gold + predicted − correct),
//!   so a missed and a spurious item both count against it.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::{Counts, Table};
use crate::model::{
    Approximation, Claim, Document, Quantity, QuantityRole, SpeakerKind, TimeExpression,
};

/// One gold claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldClaim {
    /// Line in the gold file (1-based).
    pub line: usize,
    /// The claim's text.
    pub text: String,
    /// `none` for a sentence that is not a claim.
    pub kind: String,
    /// `author`, `unnamed` or the speaker's words.
    pub speaker: String,
    /// Sorted modality names.
    pub modality: Vec<String>,
    /// Quantity items as written.
    pub quantities: Vec<String>,
    /// Date items as written.
    pub dates: Vec<String>,
    /// Predicate lemma, when given.
    pub predicate: Option<String>,
}

/// A gold file.
#[derive(Debug, Clone)]
pub struct Gold {
    /// The source brief, relative to the repository root (from the header).
    pub source: PathBuf,
    /// The claims (and `none` rows).
    pub claims: Vec<GoldClaim>,
}

fn list(field: &str, sep: char) -> Vec<String> {
    if field == "-" || field.is_empty() {
        return Vec::new();
    }
    field.split(sep).map(|s| s.trim().to_owned()).collect()
}

impl Gold {
    /// Parses a gold file; errors name the line.
    pub fn parse(text: &str) -> Result<Gold, String> {
        let mut source = None;
        let mut claims = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let n = n + 1;
            if let Some(rest) = line.strip_prefix("# Gold claims of ") {
                let path = rest.split(" (").next().unwrap_or(rest);
                source = Some(PathBuf::from(path));
                continue;
            }
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() != 9 {
                return Err(format!("line {n}: {} columns, expected 9", f.len()));
            }
            let mut modality = list(f[3], '+');
            modality.sort();
            claims.push(GoldClaim {
                line: n,
                text: f[0].to_owned(),
                kind: f[1].to_owned(),
                speaker: f[2].to_owned(),
                modality,
                quantities: list(f[4], ';'),
                dates: list(f[5], ';'),
                predicate: (f[7] != "-").then(|| f[7].to_owned()),
            });
        }
        Ok(Gold {
            source: source.ok_or("no `# Gold claims of <path>` header")?,
            claims,
        })
    }
}

/// Locates `needle` in `hay` (code-point span): exactly and once, else ignoring whitespace and
/// the emphasis marks `_` and `*`.
pub fn locate(hay: &str, needle: &str) -> Result<(usize, usize), String> {
    let found: Vec<usize> = hay.match_indices(needle).map(|(b, _)| b).collect();
    if found.len() == 1 {
        let s = hay[..found[0]].chars().count();
        return Ok((s, s + needle.chars().count()));
    }
    if found.len() > 1 {
        return Err(format!("occurs {} times", found.len()));
    }
    let skip = |c: char| c.is_whitespace() || c == '_' || c == '*';
    let kept: Vec<(usize, char)> = hay.chars().enumerate().filter(|(_, c)| !skip(*c)).collect();
    let norm: String = kept.iter().map(|(_, c)| *c).collect();
    let pat: String = needle.chars().filter(|c| !skip(*c)).collect();
    let hits: Vec<usize> = norm
        .match_indices(&pat)
        .map(|(b, _)| norm[..b].chars().count())
        .collect();
    match hits.as_slice() {
        [h] => {
            let n = pat.chars().count();
            Ok((kept[*h].0, kept[h + n - 1].0 + 1))
        }
        [] => Err("not found in the clean text".to_owned()),
        _ => Err(format!("occurs {} times", hits.len())),
    }
}

fn norm_name(s: &str) -> String {
    let lower: String = s
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.first() {
        Some(&"the") => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

/// Whether a predicted speaker matches the gold one.
pub fn speaker_matches(claim: &Claim, gold: &str) -> bool {
    match claim.speaker.kind {
        SpeakerKind::Author => gold == "author",
        SpeakerKind::Unnamed => gold == "unnamed",
        SpeakerKind::Named => {
            if gold == "author" || gold == "unnamed" {
                return false;
            }
            let g = norm_name(gold);
            let words = claim
                .speaker
                .antecedent
                .as_ref()
                .or(claim.speaker.text.as_ref())
                .map(|t| norm_name(&t.text))
                .unwrap_or_default();
            !words.is_empty() && (words.contains(&g) || g.contains(&words))
        }
    }
}

fn approx_mark(a: Option<Approximation>) -> &'static str {
    match a {
        None => "",
        Some(Approximation::About) => "~",
        Some(Approximation::MoreThan) => ">",
        Some(Approximation::AtLeast) => ">=",
        Some(Approximation::LessThan) => "<",
        Some(Approximation::UpTo) => "<=",
    }
}

fn canon_number(s: &str) -> String {
    crate::claims::canonical_decimal(s).unwrap_or_else(|| s.to_owned())
}

/// A quantity in the gold notation: `[APPROX]VALUE UNIT[/PER][ limit]`, the unit reduced to
/// its last word.
pub fn quantity_item(q: &Quantity) -> String {
    let value = match (&q.value, &q.min, &q.max) {
        (Some(v), _, _) => canon_number(v),
        (None, Some(a), Some(b)) => format!("{}..{}", canon_number(a), canon_number(b)),
        _ => "?".to_owned(),
    };
    let unit = q.currency.clone().or(q.unit.clone()).unwrap_or_default();
    let per = q
        .per
        .as_ref()
        .map(|p| format!("/{}", crate::claims::unit_lemma(p)))
        .unwrap_or_default();
    let limit = if q.role == QuantityRole::Limit {
        " limit"
    } else {
        ""
    };
    format!(
        "{}{value} {}{per}{limit}",
        approx_mark(q.approximation),
        last_word(&unit)
    )
}

/// The last word of a unit, as its lemma ([`crate::claims::unit_lemma`]: `kilogram` and `kg`,
/// `people` and `person` compare equal).
fn last_word(unit: &str) -> String {
    crate::claims::unit_lemma(unit.rsplit(' ').next().unwrap_or(unit))
}

/// A gold quantity item normalised like [`quantity_item`].
pub fn gold_quantity_item(item: &str) -> String {
    let (body, limit) = match item.strip_suffix(" limit") {
        Some(b) => (b, " limit"),
        None => (item, ""),
    };
    let Some((number, unit)) = body.split_once(' ') else {
        return item.to_owned();
    };
    let mark_len = number.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
    let (mark, value) = number.split_at(mark_len);
    let value = match value.split_once("..") {
        Some((a, b)) => format!("{}..{}", canon_number(a), canon_number(b)),
        None => canon_number(value),
    };
    let (unit, per) = match unit.split_once('/') {
        Some((u, p)) => (u, format!("/{}", crate::claims::unit_lemma(p))),
        None => (unit, String::new()),
    };
    format!("{mark}{value} {}{per}{limit}", last_word(unit))
}

/// A date in the gold notation: `relation:START[/END]`, `relation:?` when unresolved.
pub fn date_item(d: &TimeExpression) -> String {
    let value = match (&d.start, &d.end) {
        (Some(s), Some(e)) => format!("{}/{}", s.iso, e.iso),
        (Some(s), None) => s.iso.clone(),
        _ => "?".to_owned(),
    };
    format!("{}:{value}", d.relation.as_str())
}

/// Whether two plain decimals are the same number: equal, or, when the shorter one has at
/// least three decimal places, the longer one rounds to it at its precision (a repeating
/// decimal cut short: a third written `0.333` or `0.3333`). Shorter writings (`0.5`, `12`) must
/// be equal: `0.54` is not `0.5`.
pub fn same_number(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let places = |s: &str| s.split_once('.').map_or(0, |(_, f)| f.len());
    let (short, long) = if places(a) <= places(b) {
        (a, b)
    } else {
        (b, a)
    };
    let p = places(short);
    if p < 3 {
        return false;
    }
    match (short.parse::<f64>(), long.parse::<f64>()) {
        (Ok(s), Ok(l)) => format!("{l:.p$}") == format!("{s:.p$}"),
        _ => false,
    }
}

/// Whether two quantity items in the gold notation agree: the same approximation, unit, rate
/// and role, and the same value(s) by [`same_number`].
pub fn same_quantity(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let split = |s: &str| -> Option<(String, String, String)> {
        let (number, rest) = s.split_once(' ')?;
        let at = number.find(|c: char| c.is_ascii_digit())?;
        let (mark, value) = number.split_at(at);
        Some((mark.to_owned(), value.to_owned(), rest.to_owned()))
    };
    match (split(a), split(b)) {
        (Some((ma, va, ra)), Some((mb, vb, rb))) if ma == mb && ra == rb => {
            let va: Vec<&str> = va.split("..").collect();
            let vb: Vec<&str> = vb.split("..").collect();
            va.len() == vb.len() && va.iter().zip(&vb).all(|(x, y)| same_number(x, y))
        }
        _ => false,
    }
}

/// Items both lists share (as multisets), by `same`.
fn shared_by(gold: &[String], pred: &[String], same: impl Fn(&str, &str) -> bool) -> usize {
    let mut left: Vec<&String> = pred.iter().collect();
    let mut n = 0;
    for g in gold {
        if let Some(i) = left.iter().position(|p| same(g, p)) {
            left.remove(i);
            n += 1;
        }
    }
    n
}

/// Items both lists share (as multisets).
fn shared(gold: &[String], pred: &[String]) -> usize {
    shared_by(gold, pred, |a, b| a == b)
}

/// Correct, and the denominator (gold + predicted − correct), of one item comparison.
#[derive(Debug, Default, Clone, Copy)]
pub struct Tally {
    /// Correct.
    pub right: usize,
    /// Compared.
    pub total: usize,
}

impl Tally {
    fn add(&mut self, right: usize, total: usize) {
        self.right += right;
        self.total += total;
    }

    /// The accuracy, 1 when nothing was compared.
    pub fn accuracy(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.right as f64 / self.total as f64
        }
    }

    fn cell(&self) -> String {
        if self.total == 0 {
            "-".to_owned()
        } else {
            format!("{:.3} ({}/{})", self.accuracy(), self.right, self.total)
        }
    }
}

/// The scores of one brief.
#[derive(Debug, Default, Clone)]
pub struct Score {
    /// Claim detection.
    pub detection: Counts,
    /// Speaker.
    pub speaker: Tally,
    /// Modality.
    pub modality: Tally,
    /// Kind.
    pub kind: Tally,
    /// Predicate.
    pub predicate: Tally,
    /// Quantities.
    pub quantities: Tally,
    /// Dates.
    pub dates: Tally,
    /// Readable differences, one per line.
    pub details: Vec<String>,
}

/// Scores a document's claims against a gold file.
pub fn score(doc: &Document, gold: &Gold) -> Result<Score, String> {
    let text = &doc.clean.text;
    let mut out = Score::default();
    // A gold claim whose text is not in the clean text (the brief's repairs left other words
    // there) cannot be matched: it counts as missed.
    let mut spans = Vec::new();
    for g in &gold.claims {
        match locate(text, &g.text) {
            Ok(span) => spans.push(Some(span)),
            Err(e) if e.starts_with("occurs") => {
                return Err(format!("line {}: {e}: {}", g.line, g.text));
            }
            Err(e) => {
                out.details
                    .push(format!("unfound   line {}: {e}: {}", g.line, g.text));
                spans.push(None);
            }
        }
    }
    let iou = |a: (usize, usize), b: (usize, usize)| -> f64 {
        let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
        let union = a.1.max(b.1) - a.0.min(b.0);
        if union == 0 {
            0.0
        } else {
            inter as f64 / union as f64
        }
    };
    let mut pairs = Vec::new();
    for (gi, g) in gold.claims.iter().enumerate() {
        if g.kind == "none" {
            continue;
        }
        let Some(span) = spans[gi] else { continue };
        for (pi, c) in doc.claims.iter().enumerate() {
            let v = iou(span, (c.anchor.clean.start, c.anchor.clean.end));
            if v >= 0.5 {
                pairs.push((v, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let mut gold_used = vec![false; gold.claims.len()];
    let mut pred_used = vec![false; doc.claims.len()];
    let mut matched = Vec::new();
    for (_, gi, pi) in pairs {
        if gold_used[gi] || pred_used[pi] {
            continue;
        }
        gold_used[gi] = true;
        pred_used[pi] = true;
        matched.push((gi, pi));
    }
    matched.sort();
    let real = gold.claims.iter().filter(|g| g.kind != "none").count();
    out.detection = Counts {
        tp: matched.len(),
        fp: doc.claims.len() - matched.len(),
        fn_: real - matched.len(),
    };
    for (gi, g) in gold.claims.iter().enumerate() {
        if g.kind != "none" && !gold_used[gi] {
            out.details
                .push(format!("missed    line {}: {}", g.line, g.text));
        }
    }
    for (pi, c) in doc.claims.iter().enumerate() {
        if !pred_used[pi] {
            out.details.push(format!("spurious  {}", c.anchor.exact));
        }
    }
    for (gi, pi) in matched {
        let g = &gold.claims[gi];
        let c = &doc.claims[pi];
        let sp = speaker_matches(c, &g.speaker);
        out.speaker.add(usize::from(sp), 1);
        if !sp {
            let said = c
                .speaker
                .antecedent
                .as_ref()
                .or(c.speaker.text.as_ref())
                .map(|t| t.text.clone())
                .unwrap_or_else(|| c.speaker.kind.as_str().to_owned());
            out.details.push(format!(
                "speaker   line {}: gold `{}`, found `{said}`",
                g.line, g.speaker
            ));
        }
        let mut m: Vec<String> = c.modality.iter().map(|m| m.as_str().to_owned()).collect();
        m.sort();
        let mo = m == g.modality;
        out.modality.add(usize::from(mo), 1);
        if !mo {
            out.details.push(format!(
                "modality  line {}: gold {}, found {}",
                g.line,
                g.modality.join("+"),
                m.join("+")
            ));
        }
        let ki = c.kind.as_str() == g.kind;
        out.kind.add(usize::from(ki), 1);
        if !ki {
            out.details.push(format!(
                "kind      line {}: gold {}, found {}",
                g.line,
                g.kind,
                c.kind.as_str()
            ));
        }
        if let Some(p) = &g.predicate {
            let ok = c.predicate.as_deref() == Some(p.as_str());
            out.predicate.add(usize::from(ok), 1);
            if !ok {
                out.details.push(format!(
                    "predicate line {}: gold {p}, found {}",
                    g.line,
                    c.predicate.as_deref().unwrap_or("-")
                ));
            }
        }
        let gq: Vec<String> = g.quantities.iter().map(|q| gold_quantity_item(q)).collect();
        let pq: Vec<String> = c.quantities.iter().map(quantity_item).collect();
        let right = shared_by(&gq, &pq, same_quantity);
        out.quantities.add(right, gq.len() + pq.len() - right);
        if right != gq.len() || right != pq.len() {
            out.details.push(format!(
                "quantity  line {}: gold [{}], found [{}]",
                g.line,
                gq.join("; "),
                pq.join("; ")
            ));
        }
        let pd: Vec<String> = c.dates.iter().map(date_item).collect();
        let right = shared(&g.dates, &pd);
        out.dates.add(right, g.dates.len() + pd.len() - right);
        if right != g.dates.len() || right != pd.len() {
            out.details.push(format!(
                "date      line {}: gold [{}], found [{}]",
                g.line,
                g.dates.join("; "),
                pd.join("; ")
            ));
        }
    }
    Ok(out)
}

/// One evaluated brief.
#[derive(Debug, Clone)]
pub struct BriefScore {
    /// The gold file's stem.
    pub name: String,
    /// Written after the rules, never used to change them.
    pub held_out: bool,
    /// The scores.
    pub score: Score,
}

/// The gold files under `root/tests/gold/claims/`, sorted.
pub fn gold_files(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root.join("tests/gold/claims"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    out.sort();
    Ok(out)
}

/// The fresh entity briefs' round that no rule has been changed for yet: its briefs are
/// reported as held out. Move it on when a new round is written, once a round has been used.
pub const HELD_OUT_ROUND: &str = "tests/entity-briefs/fresh13-";

/// Evaluates every gold file against briefkg's output on its source brief.
pub fn evaluate(root: &Path) -> Result<Vec<BriefScore>, String> {
    let kb = crate::kb::Kb::bundled();
    let gazetteer = crate::extract::Gazetteer::new(&kb);
    let mut out = Vec::new();
    for path in gold_files(root).map_err(|e| format!("tests/gold/claims: {e}"))? {
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let gold = Gold::parse(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let source = root.join(&gold.source);
        let src = crate::ingest::read(&source).map_err(|e| e.to_string())?;
        let doc = crate::pipeline::analyze(src, &kb, &gazetteer);
        let score = score(&doc, &gold).map_err(|e| format!("{}: {e}", path.display()))?;
        out.push(BriefScore {
            name: path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            held_out: is_held_out(&gold.source),
            score,
        });
    }
    Ok(out)
}

/// Whether a gold file's source brief was written after the rules and not used for any fix:
/// the claims' held-out briefs (`tests/heldout/`) and the round of fresh entity briefs named by
/// [`HELD_OUT_ROUND`] (earlier rounds are seen, tests/entity-briefs/README.md). The round is a
/// file-name prefix, so it is compared as text (`Path::starts_with` compares whole components).
fn is_held_out(source: &Path) -> bool {
    source.starts_with("tests/heldout")
        || source
            .to_string_lossy()
            .replace('\\', "/")
            .starts_with(HELD_OUT_ROUND)
}

/// The claims section of the eval report: one row per brief, then the differences when
/// `details` is set.
pub fn report(scores: &[BriefScore], details: bool) -> String {
    let mut t = Table::new(&[
        "brief",
        "P",
        "R",
        "F1",
        "TP",
        "FP",
        "FN",
        "speaker",
        "modality",
        "quantity",
        "date",
        "kind",
        "predicate",
    ]);
    for b in scores {
        let s = &b.score;
        let mut row = vec![format!(
            "{}{}",
            b.name,
            if b.held_out { " (held out)" } else { "" }
        )];
        row.extend(Table::counts(&s.detection));
        row.extend([
            s.speaker.cell(),
            s.modality.cell(),
            s.quantities.cell(),
            s.dates.cell(),
            s.kind.cell(),
            s.predicate.cell(),
        ]);
        t.row(row);
    }
    let mut out = String::from("Claims (tests/gold/claims; match: span IoU >= 0.5)\n\n");
    out.push_str(&t.render());
    if details {
        for b in scores {
            let _ = writeln!(out, "\n{}", b.name);
            for d in &b.score.details {
                let _ = writeln!(out, "  {d}");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_finds_exact_then_ignores_whitespace_and_emphasis() {
        assert_eq!(
            locate("Zoë said it. It rained.", "It rained."),
            Ok((13, 23))
        );
        assert_eq!(locate("a _b_  c", "b c"), Ok((3, 8)));
        assert!(locate("x x", "x").is_err());
        assert!(locate("abc", "d").is_err());
    }

    #[test]
    fn gold_quantities_normalise_like_predicted_ones() {
        assert_eq!(gold_quantity_item("~10000 soldier"), "~10000 soldier");
        assert_eq!(
            gold_quantity_item("500000 barrel limit"),
            "500000 barrel limit"
        );
        assert_eq!(
            gold_quantity_item("~155000000000 cubic metre/year"),
            "~155000000000 metre/year"
        );
        assert_eq!(
            gold_quantity_item("50000..60000 troop"),
            "50000..60000 troop"
        );
        assert_eq!(
            gold_quantity_item("6000000 artillery shell"),
            "6000000 shell"
        );
    }

    #[test]
    fn repeating_decimals_match_at_the_shorter_precision_and_nothing_else_does() {
        assert!(same_number("0.333", "0.3333"));
        assert!(same_number("0.6667", "0.667"));
        assert!(!same_number("0.5", "0.54"));
        assert!(!same_number("0.333", "0.334"));
        assert!(!same_number("12", "12.4"));
        assert!(same_quantity("~0.333 fraction", "~0.3333 fraction"));
        assert!(!same_quantity("0.333 fraction", "~0.3333 fraction"));
        assert!(!same_quantity("~0.333 fraction", "~0.3333 percent"));
        assert!(same_quantity("1..0.333 x", "1..0.3333 x"));
    }

    #[test]
    fn the_held_out_round_is_marked() {
        assert!(is_held_out(Path::new(&format!("{HELD_OUT_ROUND}x.md"))));
        assert!(is_held_out(Path::new("tests/heldout/claims-x.md")));
        assert!(!is_held_out(Path::new("tests/entity-briefs/fresh-x.md")));
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let held_out = gold_files(root)
            .unwrap()
            .iter()
            .filter(|p| {
                let g = Gold::parse(&std::fs::read_to_string(p).unwrap()).unwrap();
                g.source.to_string_lossy().starts_with(HELD_OUT_ROUND) && is_held_out(&g.source)
            })
            .count();
        assert!(
            held_out >= 2,
            "the held-out round {HELD_OUT_ROUND} has {held_out} gold files"
        );
    }

    #[test]
    fn gold_files_parse() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for p in gold_files(root).unwrap() {
            let g = Gold::parse(&std::fs::read_to_string(&p).unwrap()).unwrap();
            assert!(root.join(&g.source).exists(), "{}", g.source.display());
            assert!(!g.claims.is_empty());
        }
    }
}
