//! External annotations (`--annotations FILE`): entity spans from another tool or a person,
//! checked against the brief before they are used.
//!
//! Two formats, told apart by their fields:
//! - **spaCy**: the JSON of `Doc.to_json()`: `text`, `ents[]` with `start`, `end` (code points
//!   of `text`) and `label`. It belongs to the brief whose source or clean text is `text`, or
//!   whose source or clean text holds the quoted spans (re-anchored as below). Labels map to
//!   types: PERSON → Person, ORG → Organization, GPE → Country when the knowledge base knows the
//!   name as a country, else Place; LOC, FAC → Place; NORP → Country when the KB knows the
//!   demonym, else dropped; EVENT → Event; LAW → Agreement; WORK_OF_ART → Publication;
//!   PRODUCT → WeaponSystem when the KB knows it as one, else dropped; other labels (dates,
//!   numbers, money) are not entities and are dropped.
//! - **briefkg's generic format** (`schemas/annotations.schema.json`): `brief` (the source file
//!   name or its SHA-256), `layer` (`clean` or `source`: which text the offsets count in, code
//!   points), `agent` (`name`, `type` `software`/`person`), optional `override`, and
//!   `annotations[]` with `start`, `end`, `text` (the exact quote), `type` (briefkg's type
//!   names), optional `name` and `wikidata`.
//!
//! **Grounding.** A span is used only when its quote is the text at its offsets, or occurs
//! exactly once within [`WINDOW`] code points of them (then it is re-anchored there and a note
//! says so). Otherwise it is reported — file, annotation index, offset, expected quote, text
//! found — and left out. A span that lies outside every sentence the recogniser reads, or in
//! text the clean layer removed, is reported too.
//!
//! **Merging.** Grounded spans become mentions with resolution `external` and the file's agent;
//! a span overlapping one of briefkg's own mentions is left out (and noted) unless the file says
//! `"override": true`, in which case it replaces them. A `wikidata` item is used only when the
//! knowledge base has it (for an entity of that type); otherwise the span stays unlinked, noted.

use std::fmt;
use std::path::Path;

use serde::Deserialize;

use super::Target;
use crate::kb::{FormKind, Kb};
use crate::model::{Anchorer, Document, EntityKind, Mention, Resolution, Span};

/// How far from its offsets (code points) a quote may be found to be re-anchored.
pub const WINDOW: usize = 256;

/// Which text the offsets count in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    /// The clean text (`knowledge.json`'s `clean.text`).
    Clean,
    /// The source file's text.
    Source,
}

/// Who made the annotations.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Agent {
    /// Name (`spaCy en_core_web_sm 3.8.0`, `Jane Doe`).
    pub name: String,
    /// `software` or `person`.
    #[serde(rename = "type", default = "software")]
    pub kind: String,
}

fn software() -> String {
    "software".to_owned()
}

/// One span of the generic format.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Span_ {
    /// Start (code points of the layer).
    pub start: usize,
    /// End.
    pub end: usize,
    /// The exact quote.
    pub text: String,
    /// briefkg's type name (`Person`, `WeaponSystem`, ...).
    #[serde(rename = "type")]
    pub kind: String,
    /// The entity's name, when not the quote.
    #[serde(default)]
    pub name: Option<String>,
    /// Wikidata item.
    #[serde(default)]
    pub wikidata: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Generic {
    #[serde(default)]
    format: Option<String>,
    brief: String,
    layer: Layer,
    agent: Agent,
    #[serde(default)]
    r#override: bool,
    annotations: Vec<Span_>,
}

#[derive(Debug, Deserialize)]
struct SpacyEnt {
    start: usize,
    end: usize,
    label: String,
}

#[derive(Debug, Deserialize)]
struct Spacy {
    text: String,
    ents: Vec<SpacyEnt>,
}

/// One span to ground: offsets into some text, the quote, the type (or spaCy label).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wanted {
    /// Start, code points.
    pub start: usize,
    /// End.
    pub end: usize,
    /// Expected quote.
    pub text: String,
    /// Type, when the format gives one of briefkg's.
    pub kind: Option<EntityKind>,
    /// spaCy label, for the spaCy format.
    pub label: Option<String>,
    /// Entity name.
    pub name: Option<String>,
    /// Wikidata item.
    pub wikidata: Option<String>,
}

/// A parsed annotation file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalFile {
    /// The file's name as given (for reports).
    pub file: String,
    /// SHA-256 of the file's bytes (part of the briefs' configuration hash).
    pub sha256: String,
    /// Which brief: file name or SHA-256 (generic format).
    pub brief: Option<String>,
    /// The annotated text (spaCy format).
    pub text: Option<String>,
    /// Offsets layer; `None` for spaCy (decided by the text).
    pub layer: Option<Layer>,
    /// The agent.
    pub agent: Agent,
    /// Whether the spans replace briefkg's where they overlap.
    pub override_: bool,
    /// The spans.
    pub spans: Vec<Wanted>,
}

/// Why an annotation file could not be used at all.
#[derive(Debug, thiserror::Error)]
pub enum AnnotationError {
    /// Not readable.
    #[error("{file}: cannot read: {source}")]
    Io {
        /// The file.
        file: String,
        /// The error.
        source: std::io::Error,
    },
    /// Not one of the two formats.
    #[error("{file}: not an annotation file (spaCy Doc.to_json() or briefkg's generic format, schemas/annotations.schema.json): {message}")]
    Format {
        /// The file.
        file: String,
        /// What is wrong.
        message: String,
    },
}

/// A span that was not used, or a note about one that was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnotationFinding {
    /// The annotation file.
    pub file: String,
    /// Index of the span in the file (0-based).
    pub index: usize,
    /// Its start offset as given.
    pub offset: usize,
    /// The quote expected there.
    pub expected: String,
    /// The text found at the offsets.
    pub found: String,
    /// What happened.
    pub message: String,
    /// True when the span was left out (an error); false for a note.
    pub rejected: bool,
}

impl fmt::Display for AnnotationFinding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: annotation {} at offset {}: expected \u{201C}{}\u{201D}, found \u{201C}{}\u{201D}: {}",
            self.file, self.index, self.offset, self.expected, self.found, self.message
        )
    }
}

impl ExternalFile {
    /// Reads and parses a file.
    pub fn read(path: &Path) -> Result<ExternalFile, AnnotationError> {
        let file = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|source| AnnotationError::Io {
            file: file.clone(),
            source,
        })?;
        ExternalFile::parse(&file, &bytes)
    }

    /// Parses the bytes of a file named `file`.
    pub fn parse(file: &str, bytes: &[u8]) -> Result<ExternalFile, AnnotationError> {
        let err = |message: String| AnnotationError::Format {
            file: file.to_owned(),
            message,
        };
        let value: serde_json::Value =
            serde_json::from_slice(bytes).map_err(|e| err(e.to_string()))?;
        if value.get("annotations").is_some() {
            let g: Generic = serde_json::from_value(value).map_err(|e| err(e.to_string()))?;
            if let Some(f) = &g.format {
                if f != "briefkg-annotations/1" {
                    return Err(err(format!("unknown format `{f}`")));
                }
            }
            let mut spans = Vec::new();
            for (i, a) in g.annotations.into_iter().enumerate() {
                let kind = EntityKind::parse(&a.kind)
                    .ok_or_else(|| err(format!("annotation {i}: unknown type `{}`", a.kind)))?;
                if a.end < a.start {
                    return Err(err(format!(
                        "annotation {i}: end {} before start {}",
                        a.end, a.start
                    )));
                }
                spans.push(Wanted {
                    start: a.start,
                    end: a.end,
                    text: a.text,
                    kind: Some(kind),
                    label: None,
                    name: a.name,
                    wikidata: a.wikidata,
                });
            }
            return Ok(ExternalFile {
                file: file.to_owned(),
                sha256: crate::provenance::hash::sha256_hex(bytes),
                brief: Some(g.brief),
                text: None,
                layer: Some(g.layer),
                agent: g.agent,
                override_: g.r#override,
                spans,
            });
        }
        if value.get("ents").is_some() {
            let s: Spacy = serde_json::from_value(value).map_err(|e| err(e.to_string()))?;
            let chars: Vec<char> = s.text.chars().collect();
            let spans = s
                .ents
                .into_iter()
                .map(|e| Wanted {
                    start: e.start,
                    end: e.end,
                    text: chars
                        .get(e.start.min(chars.len())..e.end.min(chars.len()))
                        .map(|c| c.iter().collect())
                        .unwrap_or_default(),
                    kind: None,
                    label: Some(e.label),
                    name: None,
                    wikidata: None,
                })
                .collect();
            return Ok(ExternalFile {
                file: file.to_owned(),
                sha256: crate::provenance::hash::sha256_hex(bytes),
                brief: None,
                text: Some(s.text),
                layer: None,
                agent: Agent {
                    name: "spaCy".to_owned(),
                    kind: software(),
                },
                override_: false,
                spans,
            });
        }
        Err(err(
            "neither `annotations` (generic) nor `ents` (spaCy)".to_owned()
        ))
    }

    /// True when the file is about this brief: the generic format's `brief` is its file name or
    /// SHA-256 (or its first 32 hex digits); a spaCy file's text is its source or clean text.
    pub fn is_for(&self, doc: &Document) -> bool {
        if let Some(b) = &self.brief {
            let name = Path::new(&doc.source.name)
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            return *b == name
                || *b == doc.source.sha256
                || (b.len() >= 32 && doc.source.sha256.starts_with(b.as_str()));
        }
        self.text
            .as_deref()
            .is_some_and(|t| t == doc.source.text || t == doc.clean.text)
    }
}

/// A grounded span: clean-text span, its sentence, the entity.
#[derive(Debug, Clone)]
pub struct Grounded {
    /// The span in the clean text.
    pub span: Span,
    /// Index of its sentence.
    pub sentence: usize,
    /// What it refers to.
    pub target: Target,
}

fn slice(chars: &[char], s: usize, e: usize) -> String {
    chars
        .get(s.min(chars.len())..e.min(chars.len()))
        .map(|c| c.iter().collect())
        .unwrap_or_default()
}

/// Finds `quote` at `[s, e)` of `chars`, or once within [`WINDOW`] of `s`.
fn locate(chars: &[char], s: usize, e: usize, quote: &[char]) -> Result<(usize, bool), usize> {
    if quote.is_empty() {
        return Err(0);
    }
    if chars.get(s..e) == Some(quote) {
        return Ok((s, false));
    }
    let lo = s.saturating_sub(WINDOW);
    let hi = (s + WINDOW + quote.len()).min(chars.len());
    let hits: Vec<usize> = (lo..hi.saturating_sub(quote.len()) + 1)
        .filter(|&i| chars.get(i..i + quote.len()) == Some(quote))
        .collect();
    match hits.as_slice() {
        [one] => Ok((*one, true)),
        many => Err(many.len()),
    }
}

/// The type of a spaCy label for this quote, if it names an entity briefkg types.
fn spacy_kind(label: &str, quote: &str, kb: &Kb) -> Option<EntityKind> {
    let group = kb.group(&crate::kb::norm(quote));
    let has = |k: EntityKind, forms: &[FormKind]| {
        group.is_some_and(|g| {
            g.candidates
                .iter()
                .any(|c| c.entity.kind == k && forms.contains(&c.kind))
        })
    };
    match label {
        "PERSON" => Some(EntityKind::Person),
        "ORG" => Some(EntityKind::Organization),
        "GPE" => Some(
            if has(
                EntityKind::Country,
                &[FormKind::Name, FormKind::Alias, FormKind::Acronym],
            ) {
                EntityKind::Country
            } else {
                EntityKind::Place
            },
        ),
        "LOC" | "FAC" => Some(EntityKind::Place),
        "NORP" => has(EntityKind::Country, &[FormKind::Demonym]).then_some(EntityKind::Country),
        "EVENT" => Some(EntityKind::Event),
        "LAW" => Some(EntityKind::Agreement),
        "WORK_OF_ART" => Some(EntityKind::Publication),
        "PRODUCT" => has(
            EntityKind::WeaponSystem,
            &[FormKind::Name, FormKind::Alias, FormKind::Acronym],
        )
        .then_some(EntityKind::WeaponSystem),
        _ => None,
    }
}

/// Grounds a file's spans in a brief: the spans used (with their index in the file), and the
/// findings.
pub fn ground(
    file: &ExternalFile,
    doc: &Document,
    kb: &Kb,
) -> (Vec<(usize, Grounded)>, Vec<AnnotationFinding>) {
    let mut findings = Vec::new();
    let source: Vec<char> = doc.source.text.chars().collect();
    let clean: Vec<char> = doc.clean.text.chars().collect();
    // Which text the offsets count in.
    let layer = match file.layer {
        Some(l) => l,
        None => match &file.text {
            Some(t) if *t == doc.source.text => Layer::Source,
            _ => Layer::Clean,
        },
    };
    let text = if layer == Layer::Source {
        &source
    } else {
        &clean
    };
    let mut out = Vec::new();
    for (i, w) in file.spans.iter().enumerate() {
        let finding = |message: String, rejected: bool| AnnotationFinding {
            file: file.file.clone(),
            index: i,
            offset: w.start,
            expected: w.text.clone(),
            found: slice(text, w.start, w.end),
            message,
            rejected,
        };
        let kind = match (w.kind, &w.label) {
            (Some(k), _) => k,
            (None, Some(l)) => match spacy_kind(l, &w.text, kb) {
                Some(k) => k,
                None => continue,
            },
            (None, None) => continue,
        };
        let quote: Vec<char> = w.text.chars().collect();
        let (start, moved) = match locate(text, w.start, w.end, &quote) {
            Ok(x) => x,
            Err(0) => {
                findings.push(finding(
                    "the quote is neither at these offsets nor near them: left out".to_owned(),
                    true,
                ));
                continue;
            }
            Err(n) => {
                findings.push(finding(
                    format!("the quote is not at these offsets and occurs {n} times near them: ambiguous, left out"),
                    true,
                ));
                continue;
            }
        };
        let end = start + quote.len();
        if moved {
            findings.push(finding(
                format!(
                    "re-anchored at {start}..{end} ({:+} code points)",
                    start as i64 - w.start as i64
                ),
                false,
            ));
        }
        // To clean code points.
        let span = if layer == Layer::Clean {
            Some(Span::new(start, end))
        } else {
            to_clean(doc, start, end)
        };
        let Some(span) = span else {
            findings.push(finding(
                "the span lies in source text the clean text removed (markup or layout): left out"
                    .to_owned(),
                true,
            ));
            continue;
        };
        let Some(sentence) = doc
            .sentences
            .iter()
            .position(|s| s.anchor.clean.start <= span.start && span.end <= s.anchor.clean.end)
        else {
            findings.push(finding(
                "the span is not inside one sentence of the brief: left out".to_owned(),
                true,
            ));
            continue;
        };
        let quote_text = slice(&clean, span.start, span.end);
        let mut target = None;
        if let Some(q) = &w.wikidata {
            match kb.by_wikidata(q).filter(|e| e.entity.key.kind == kind) {
                Some(e) => target = Some(Target::Kb(e.entity.key.clone())),
                None => findings.push(finding(
                    format!(
                        "Wikidata {q} is not in the knowledge base as a {}: not linked",
                        kind.label()
                    ),
                    false,
                )),
            }
        }
        let target = target
            .or_else(|| {
                let g = kb.group(&crate::kb::norm(&quote_text))?;
                g.candidates
                    .iter()
                    .find(|c| c.entity.kind == kind && c.kind != FormKind::Generic)
                    .map(|c| Target::Kb(c.entity.clone()))
            })
            .unwrap_or_else(|| {
                Target::New(
                    kind,
                    w.name
                        .clone()
                        .unwrap_or_else(|| crate::kb::norm(&quote_text)),
                )
            });
        out.push((
            i,
            Grounded {
                span,
                sentence,
                target,
            },
        ));
    }
    (out, findings)
}

/// The clean span of a source span, when both ends fall in verbatim text.
fn to_clean(doc: &Document, s: usize, e: usize) -> Option<Span> {
    let at = |p: usize, end: bool| {
        doc.clean.map.iter().find_map(|m| {
            let inside = if end {
                m.source.start < p && p <= m.source.end
            } else {
                m.source.start <= p && p < m.source.end
            };
            (m.repair.is_none() && inside).then(|| m.clean_start + (p - m.source.start))
        })
    };
    Some(Span::new(at(s, false)?, at(e, true)?))
}

/// Merges the grounded spans of the files about this brief into its mentions (and entities'
/// names), returning the findings. `anchorer` anchors the new mentions.
pub fn merge(
    files: &[ExternalFile],
    doc_view: &Document,
    kb: &Kb,
    anchorer: &Anchorer<'_>,
    extraction: &mut super::Extraction,
) -> Vec<AnnotationFinding> {
    let mut findings = Vec::new();
    for file in files.iter().filter(|f| f.is_for(doc_view)) {
        let (grounded, mut f) = ground(file, doc_view, kb);
        findings.append(&mut f);
        for (i, g) in grounded {
            let overlaps = |m: &Mention| {
                m.anchor.clean.start < g.span.end && g.span.start < m.anchor.clean.end
            };
            if extraction
                .mentions
                .iter()
                .any(|m| overlaps(m) && m.agent.is_none())
            {
                if file.override_ {
                    extraction.mentions.retain(|m| !overlaps(m));
                } else {
                    findings.push(AnnotationFinding {
                        file: file.file.clone(),
                        index: i,
                        offset: file.spans[i].start,
                        expected: file.spans[i].text.clone(),
                        found: anchorer.clean_slice(g.span).to_owned(),
                        message: "overlaps a mention briefkg found: briefkg's kept (set \"override\": true to prefer the file's)".to_owned(),
                        rejected: false,
                    });
                    continue;
                }
            }
            if extraction.mentions.iter().any(overlaps) {
                continue;
            }
            let key = g.target.key();
            if key.id.is_empty() {
                continue;
            }
            if let Target::New(_, name) = &g.target {
                extraction
                    .names
                    .entry(key.clone())
                    .or_insert_with(|| name.clone());
            }
            extraction.mentions.push(Mention {
                anchor: anchorer.anchor(g.span),
                sentence: g.sentence,
                entity: key,
                resolution: Resolution::External,
                agent: Some(file.agent.name.clone()),
            });
        }
    }
    extraction.mentions.sort_by(|a, b| {
        a.anchor
            .clean
            .start
            .cmp(&b.anchor.clean.start)
            .then(a.anchor.clean.end.cmp(&b.anchor.clean.end))
    });
    findings
}
