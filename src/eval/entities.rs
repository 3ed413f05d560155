//! Named-entity evaluation against the gold files of `tests/gold/entities/` (format and
//! guidelines in its README).
//!
//! - **Typed-entity F1** (the CoNLL / spaCy `ents_f` measure): a predicted mention counts when a
//!   gold mention has the same span and the same type. Spans are compared as source extents in
//!   code points, so the gold does not depend on the clean text. Only mentions inside the gold's
//!   `#scope` ranges are scored.
//! - **Untyped span F1**: the same with types ignored.
//! - **Link accuracy**: over gold mentions whose Wikidata item the knowledge base has
//!   ("linkable") and that the system found with the right span, the share it linked to that
//!   item. **Wrong links** lists every predicted mention with a Wikidata item that a gold
//!   mention with the same span does not have (another item, or none).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::Counts;
use crate::kb::Kb;
use crate::model::{Document, EntityKind};

/// One gold mention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldMention {
    /// Source code points, half-open.
    pub start: usize,
    /// End.
    pub end: usize,
    /// Clean text (for reading).
    pub text: String,
    /// Type.
    pub kind: EntityKind,
    /// Canonical name.
    pub name: String,
    /// Wikidata item, if any.
    pub wikidata: Option<String>,
}

/// A gold file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gold {
    /// The source brief, relative to the repository root.
    pub source: PathBuf,
    /// Its SHA-256.
    pub sha256: String,
    /// Annotated source ranges.
    pub scopes: Vec<(usize, usize)>,
    /// The mentions.
    pub mentions: Vec<GoldMention>,
}

impl Gold {
    /// Parses a gold file; errors name the line.
    pub fn parse(text: &str) -> Result<Gold, String> {
        let mut gold = Gold {
            source: PathBuf::new(),
            sha256: String::new(),
            scopes: Vec::new(),
            mentions: Vec::new(),
        };
        for (i, line) in text.lines().enumerate() {
            let at = |m: &str| format!("line {}: {m}", i + 1);
            let f: Vec<&str> = line.split('\t').collect();
            match f[0] {
                "#source" if f.len() == 3 => {
                    gold.source = PathBuf::from(f[1]);
                    gold.sha256 = f[2].to_owned();
                }
                "#scope" if f.len() >= 3 => {
                    let a = f[1].parse().map_err(|_| at("bad scope start"))?;
                    let b = f[2].parse().map_err(|_| at("bad scope end"))?;
                    gold.scopes.push((a, b));
                }
                s if s.starts_with('#') || s == "start" || line.trim().is_empty() => {}
                _ => {
                    if f.len() != 6 {
                        return Err(at("expected 6 tab-separated fields"));
                    }
                    let kind = EntityKind::parse(f[3]).ok_or_else(|| at("unknown type"))?;
                    gold.mentions.push(GoldMention {
                        start: f[0].parse().map_err(|_| at("bad start"))?,
                        end: f[1].parse().map_err(|_| at("bad end"))?,
                        text: f[2].to_owned(),
                        kind,
                        name: f[4].to_owned(),
                        wikidata: (!f[5].is_empty()).then(|| f[5].to_owned()),
                    });
                }
            }
        }
        if gold.source.as_os_str().is_empty() {
            return Err("no #source line".to_owned());
        }
        Ok(gold)
    }

    fn in_scope(&self, s: usize, e: usize) -> bool {
        self.scopes.iter().any(|&(a, b)| a <= s && e <= b)
    }
}

/// One predicted mention, as scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Predicted {
    /// Source extent start (code points).
    pub start: usize,
    /// End.
    pub end: usize,
    /// Exact clean text.
    pub text: String,
    /// Type.
    pub kind: EntityKind,
    /// Entity name.
    pub name: String,
    /// Wikidata item of the entity.
    pub wikidata: Option<String>,
}

/// The mentions of an analysed brief as predictions.
pub fn predictions(doc: &Document) -> Vec<Predicted> {
    let entities: BTreeMap<_, _> = doc.entities.iter().map(|e| (&e.key, e)).collect();
    doc.mentions
        .iter()
        .map(|m| {
            let x = m.anchor.source_extent();
            let e = entities.get(&m.entity);
            Predicted {
                start: x.start,
                end: x.end,
                text: m.anchor.exact.clone(),
                kind: m.entity.kind,
                name: e.map_or(m.entity.id.clone(), |e| e.name.clone()),
                wikidata: e.and_then(|e| e.wikidata.clone()),
            }
        })
        .collect()
}

/// The scores of one system on one brief.
#[derive(Debug, Clone, Default)]
pub struct Score {
    /// Typed mentions.
    pub typed: Counts,
    /// Spans only.
    pub untyped: Counts,
    /// Typed, per type.
    pub per_type: BTreeMap<EntityKind, Counts>,
    /// Linkable gold mentions found with the right span.
    pub linkable: usize,
    /// Of those, linked to the gold item.
    pub linked_right: usize,
    /// Predicted mentions with a Wikidata item the gold does not give that span.
    pub wrong_links: Vec<String>,
    /// Linkable gold mentions found but not linked to their item, as `text: found ≠ gold`.
    pub link_misses: Vec<String>,
    /// Gold mentions not found (with the right type), as `text (type)`.
    pub missed: Vec<String>,
    /// Predicted mentions not in the gold, as `text (type)`.
    pub spurious: Vec<String>,
}

impl Score {
    /// Adds another brief's score.
    pub fn add(&mut self, o: &Score) {
        self.typed.add(o.typed);
        self.untyped.add(o.untyped);
        for (k, c) in &o.per_type {
            self.per_type.entry(*k).or_default().add(*c);
        }
        self.linkable += o.linkable;
        self.linked_right += o.linked_right;
        self.wrong_links.extend(o.wrong_links.iter().cloned());
    }

    /// Link accuracy (1 when nothing was linkable).
    pub fn link_accuracy(&self) -> f64 {
        if self.linkable == 0 {
            1.0
        } else {
            self.linked_right as f64 / self.linkable as f64
        }
    }
}

/// Scores predictions against a gold file. `kb` decides which gold items are linkable.
pub fn score(gold: &Gold, predicted: &[Predicted], kb: &Kb) -> Score {
    let mut sc = Score::default();
    let preds: Vec<&Predicted> = predicted
        .iter()
        .filter(|p| gold.in_scope(p.start, p.end))
        .collect();
    let by_span: BTreeMap<(usize, usize), &GoldMention> = gold
        .mentions
        .iter()
        .map(|g| ((g.start, g.end), g))
        .collect();
    let pred_spans: BTreeMap<(usize, usize), &Predicted> =
        preds.iter().map(|p| ((p.start, p.end), *p)).collect();
    for k in EntityKind::ALL {
        sc.per_type.insert(k, Counts::default());
    }
    for p in &preds {
        match by_span.get(&(p.start, p.end)) {
            Some(g) => {
                sc.untyped.tp += 1;
                if g.kind == p.kind {
                    sc.typed.tp += 1;
                    sc.per_type.entry(p.kind).or_default().tp += 1;
                } else {
                    sc.typed.fp += 1;
                    sc.per_type.entry(p.kind).or_default().fp += 1;
                    sc.spurious
                        .push(format!("{} ({:?}, gold {:?})", p.text, p.kind, g.kind));
                }
                if p.wikidata.is_some() && p.wikidata != g.wikidata {
                    sc.wrong_links.push(format!(
                        "{} @{}: {} ≠ gold {}",
                        p.text,
                        p.start,
                        p.wikidata.as_deref().unwrap_or("-"),
                        g.wikidata.as_deref().unwrap_or("none")
                    ));
                }
            }
            None => {
                sc.untyped.fp += 1;
                sc.typed.fp += 1;
                sc.per_type.entry(p.kind).or_default().fp += 1;
                sc.spurious.push(format!("{} ({:?})", p.text, p.kind));
            }
        }
    }
    for g in &gold.mentions {
        let p = pred_spans.get(&(g.start, g.end));
        match p {
            Some(p) if p.kind == g.kind => {}
            Some(_) => {
                sc.typed.fn_ += 1;
                sc.per_type.entry(g.kind).or_default().fn_ += 1;
                sc.missed
                    .push(format!("{} ({:?}, typed otherwise)", g.text, g.kind));
            }
            None => {
                sc.untyped.fn_ += 1;
                sc.typed.fn_ += 1;
                sc.per_type.entry(g.kind).or_default().fn_ += 1;
                sc.missed.push(format!("{} ({:?})", g.text, g.kind));
            }
        }
        if let (Some(q), Some(p)) = (&g.wikidata, p) {
            if kb.by_wikidata(q).is_some() {
                sc.linkable += 1;
                if p.wikidata.as_deref() == Some(q.as_str()) {
                    sc.linked_right += 1;
                } else {
                    sc.link_misses.push(format!(
                        "{} @{}: {} ({}) ≠ gold {q}",
                        g.text,
                        g.start,
                        p.wikidata.as_deref().unwrap_or("unlinked"),
                        p.name
                    ));
                }
            }
        }
    }
    sc
}

/// Every gold file under `dir`, sorted.
pub fn gold_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    out.sort();
    Ok(out)
}

/// Another system's annotations of an analysed brief as predictions (for `eval --system`):
/// grounded like `--annotations`, not merged with briefkg's.
pub fn predictions_from_file(
    path: &Path,
    doc: &Document,
    kb: &Kb,
) -> Result<Vec<Predicted>, crate::extract::external::AnnotationError> {
    let file = crate::extract::external::ExternalFile::read(path)?;
    let (grounded, _) = crate::extract::external::ground(&file, doc, kb);
    let anchorer = crate::model::Anchorer::new(&doc.source.text, &doc.clean);
    Ok(grounded
        .into_iter()
        .map(|(_, g)| {
            let a = anchorer.anchor(g.span);
            let x = a.source_extent();
            let (wikidata, name) = match &g.target {
                crate::extract::Target::Kb(k) => kb.entity(k).map_or((None, k.id.clone()), |e| {
                    (e.entity.wikidata.clone(), e.entity.name.clone())
                }),
                crate::extract::Target::New(_, n) => (None, n.clone()),
            };
            Predicted {
                start: x.start,
                end: x.end,
                text: a.exact,
                kind: g.target.kind(),
                name,
                wikidata,
            }
        })
        .collect())
}

/// The gold folders scored by default, relative to the repository root: the bundled and real
/// briefs' gold, and the fresh briefs written after the rules (gold beside them).
pub const GOLD_DIRS: &[&str] = &["tests/gold/entities", "tests/entity-briefs"];

/// One scored brief.
struct Scored {
    name: String,
    ours: Score,
    others: Vec<(String, Score)>,
}

/// Runs the evaluation over the gold folders and renders the report.
pub fn report(args: &[String]) -> Result<String, String> {
    use super::Table;
    use std::fmt::Write as _;
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut dirs: Vec<PathBuf> = GOLD_DIRS.iter().map(|d| root.join(d)).collect();
    let mut errors = false;
    let mut systems: Vec<(String, PathBuf)> = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--errors" => errors = true,
            "--gold" => dirs = vec![PathBuf::from(it.next().ok_or("--gold needs a folder")?)],
            "--system" => {
                let v = it.next().ok_or("--system needs NAME=DIR")?;
                let (n, d) = v.split_once('=').ok_or("--system needs NAME=DIR")?;
                systems.push((n.to_owned(), PathBuf::from(d)));
            }
            other => return Err(format!("unknown option {other}")),
        }
    }
    let kb = Kb::bundled();
    let gazetteer = crate::extract::Gazetteer::new(&kb);
    let mut scored = Vec::new();
    for dir in &dirs {
        let files = match gold_files(dir) {
            Ok(f) => f,
            Err(_) if dir.ends_with("tests/entity-briefs") => continue,
            Err(e) => return Err(format!("{}: {e}", dir.display())),
        };
        for file in files {
            let text =
                std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let gold = Gold::parse(&text).map_err(|e| format!("{}: {e}", file.display()))?;
            let path = root.join(&gold.source);
            let source = crate::ingest::read(&path).map_err(|e| e.to_string())?;
            if source.sha256 != gold.sha256 {
                return Err(format!(
                    "{}: the source {} has SHA-256 {}, the gold was written for {}",
                    file.display(),
                    gold.source.display(),
                    source.sha256,
                    gold.sha256
                ));
            }
            let name = crate::pipeline::output_name(&source.name);
            let doc = crate::pipeline::analyze(source, &kb, &gazetteer);
            let ours = score(&gold, &predictions(&doc), &kb);
            let mut others = Vec::new();
            for (sys, d) in &systems {
                let f = d.join(format!("{name}.json"));
                let preds = predictions_from_file(&f, &doc, &kb).map_err(|e| e.to_string())?;
                others.push((sys.clone(), score(&gold, &preds, &kb)));
            }
            scored.push(Scored { name, ours, others });
        }
    }
    let mut out = String::new();
    let mut all = Score::default();
    let mut all_others: BTreeMap<String, Score> = BTreeMap::new();
    let mut t = Table::new(&[
        "brief", "P", "R", "F1", "TP", "FP", "FN", "span F1", "links", "link acc",
    ]);
    for s in &scored {
        let mut row = vec![s.name.clone()];
        row.extend(Table::counts(&s.ours.typed));
        row.push(format!("{:.3}", s.ours.untyped.f1()));
        row.push(format!("{}/{}", s.ours.linked_right, s.ours.linkable));
        row.push(format!("{:.3}", s.ours.link_accuracy()));
        t.row(row);
        all.add(&s.ours);
        for (n, o) in &s.others {
            all_others.entry(n.clone()).or_default().add(o);
        }
    }
    let mut row = vec!["all".to_owned()];
    row.extend(Table::counts(&all.typed));
    row.push(format!("{:.3}", all.untyped.f1()));
    row.push(format!("{}/{}", all.linked_right, all.linkable));
    row.push(format!("{:.3}", all.link_accuracy()));
    t.row(row);
    let _ = writeln!(
        out,
        "Named entities: typed mentions (span and type), per brief\n"
    );
    out.push_str(&t.render());
    let mut t = Table::new(&["type", "P", "R", "F1", "TP", "FP", "FN"]);
    for (k, c) in &all.per_type {
        let mut row = vec![k.label().to_owned()];
        row.extend(Table::counts(c));
        t.row(row);
    }
    let _ = writeln!(
        out,
        "\nNamed entities: typed mentions, per type (all briefs)\n"
    );
    out.push_str(&t.render());
    let _ = writeln!(
        out,
        "\nWikidata links: {}/{} linkable gold mentions found with the right span are linked right ({:.3}); wrong links: {}",
        all.linked_right,
        all.linkable,
        all.link_accuracy(),
        all.wrong_links.len()
    );
    for w in &all.wrong_links {
        let _ = writeln!(out, "  wrong link: {w}");
    }
    if !systems.is_empty() {
        let mut t = Table::new(&["system", "brief", "P", "R", "F1", "span F1"]);
        for s in &scored {
            for (n, o) in &s.others {
                let mut row = vec![n.clone(), s.name.clone()];
                row.extend(Table::counts(&o.typed).into_iter().take(3));
                row.push(format!("{:.3}", o.untyped.f1()));
                t.row(row);
            }
            let mut row = vec!["briefkg".to_owned(), s.name.clone()];
            row.extend(Table::counts(&s.ours.typed).into_iter().take(3));
            row.push(format!("{:.3}", s.ours.untyped.f1()));
            t.row(row);
        }
        for (n, o) in &all_others {
            let mut row = vec![n.clone(), "all".to_owned()];
            row.extend(Table::counts(&o.typed).into_iter().take(3));
            row.push(format!("{:.3}", o.untyped.f1()));
            t.row(row);
        }
        let mut row = vec!["briefkg".to_owned(), "all".to_owned()];
        row.extend(Table::counts(&all.typed).into_iter().take(3));
        row.push(format!("{:.3}", all.untyped.f1()));
        t.row(row);
        let _ = writeln!(out, "\nOther systems on the same gold\n");
        out.push_str(&t.render());
    }
    if errors {
        for s in &scored {
            let _ = writeln!(
                out,
                "\n{}: missed {}, spurious {}",
                s.name,
                s.ours.missed.len(),
                s.ours.spurious.len()
            );
            for m in &s.ours.missed {
                let _ = writeln!(out, "  missed   {m}");
            }
            for m in &s.ours.spurious {
                let _ = writeln!(out, "  spurious {m}");
            }
            for m in &s.ours.link_misses {
                let _ = writeln!(out, "  link     {m}");
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gm(start: usize, end: usize, kind: EntityKind, q: Option<&str>) -> GoldMention {
        GoldMention {
            start,
            end,
            text: "x".into(),
            kind,
            name: "x".into(),
            wikidata: q.map(str::to_owned),
        }
    }

    fn pm(start: usize, end: usize, kind: EntityKind, q: Option<&str>) -> Predicted {
        Predicted {
            start,
            end,
            text: "x".into(),
            kind,
            name: "x".into(),
            wikidata: q.map(str::to_owned),
        }
    }

    #[test]
    fn typed_and_untyped_scores_and_links() {
        let kb = Kb::bundled();
        let gold = Gold {
            source: "b.md".into(),
            sha256: String::new(),
            scopes: vec![(0, 100)],
            mentions: vec![
                gm(0, 6, EntityKind::Country, Some("Q159")),
                gm(10, 20, EntityKind::Person, None),
                gm(30, 37, EntityKind::Place, Some("Q1428")),
            ],
        };
        let pred = vec![
            pm(0, 6, EntityKind::Country, Some("Q159")),
            pm(10, 20, EntityKind::Organization, None),
            pm(30, 37, EntityKind::Country, Some("Q230")),
            pm(50, 52, EntityKind::Country, None),
            pm(200, 210, EntityKind::Country, None),
        ];
        let s = score(&gold, &pred, &kb);
        assert_eq!(
            s.typed,
            Counts {
                tp: 1,
                fp: 3,
                fn_: 2
            }
        );
        assert_eq!(
            s.untyped,
            Counts {
                tp: 3,
                fp: 1,
                fn_: 0
            }
        );
        assert_eq!((s.linkable, s.linked_right), (2, 1));
        assert_eq!(s.wrong_links.len(), 1, "{:?}", s.wrong_links);
    }

    #[test]
    fn gold_files_parse_and_name_bad_lines() {
        let g = Gold::parse("#source\tb.md\tabc\n#scope\t0\t9\nstart\tend\ttext\ttype\tname\twikidata\n0\t6\tRussia\tCountry\tRussia\tQ159\n").unwrap();
        assert_eq!(g.mentions[0].wikidata.as_deref(), Some("Q159"));
        assert_eq!(
            Gold::parse("#source\tb\tc\n0\t6\tRussia\tNation\tRussia\t\n").unwrap_err(),
            "line 2: unknown type"
        );
    }
}
