//! The record of an export run: its configuration (and the configuration's hash), its inputs
//! and outputs, and the run's identifier, all derived from content. `emit::prov` writes it as a
//! PROV-O graph; the corpus manifest lists that graph's hash.
//!
//! No clock is read: a time appears only when the caller passes `SOURCE_DATE_EPOCH`'s value.

use super::hash::sha256_hex;
use super::jcs::Canon;
use super::manifest::CorpusEntry;

/// Everything that, with the input bytes, decides the output bytes of an export.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunConfig {
    /// briefkg's version.
    pub briefkg_version: String,
    /// Base IRI of the data.
    pub base_iri: String,
    /// Names of the formats written (`nt`, `ttl`, ...), sorted.
    pub formats: Vec<String>,
    /// SHA-256 of the bundled knowledge base (its gazetteer is compiled from it).
    pub kb_sha256: String,
    /// SHA-256 of the bundled English word list (evidence for dehyphenation).
    pub lexicon_sha256: String,
    /// Whether spans also carry W3C Web Annotation selectors (`--web-annotation`).
    pub web_annotation: bool,
    /// `SOURCE_DATE_EPOCH`, when set: the run's end time in seconds since 1970-01-01 UTC.
    pub source_date_epoch: Option<u64>,
}

impl RunConfig {
    /// The configuration as a canonical JSON value (`source_date_epoch` only when set).
    pub fn to_canon(&self) -> Canon {
        let mut members = vec![
            ("briefkg_version", Canon::str(&self.briefkg_version)),
            ("base_iri", Canon::str(&self.base_iri)),
            (
                "formats",
                Canon::Array(self.formats.iter().map(Canon::str).collect()),
            ),
            ("kb_sha256", Canon::str(&self.kb_sha256)),
            ("lexicon_sha256", Canon::str(&self.lexicon_sha256)),
            ("web_annotation", Canon::Bool(self.web_annotation)),
        ];
        if let Some(t) = self.source_date_epoch {
            members.push(("source_date_epoch", Canon::Int(t)));
        }
        Canon::object(members)
    }

    /// The canonical JSON text of the configuration (the bytes its hash covers).
    pub fn canonical_json(&self) -> String {
        self.to_canon().to_canonical()
    }

    /// SHA-256 of [`RunConfig::canonical_json`].
    pub fn sha256(&self) -> String {
        sha256_hex(self.canonical_json().as_bytes())
    }

    /// Reads a configuration back from its canonical JSON text (as the run record holds it);
    /// refuses a text that is not exactly the canonical form of what it holds.
    pub fn from_canonical_json(text: &str) -> Result<RunConfig, String> {
        let config: RunConfig = serde_json::from_str(text).map_err(|e| e.to_string())?;
        if config.canonical_json() != text {
            return Err("not in canonical form (RFC 8785)".to_owned());
        }
        Ok(config)
    }
}

/// The run identifier: SHA-256 of the canonical JSON
/// `{"briefs":[{"manifest_sha256":…,"name":…},…],"config_sha256":…}`, briefs sorted by name.
/// The same configuration over the same briefs always gives the same run.
pub fn run_id(config_sha256: &str, briefs: &[CorpusEntry]) -> String {
    let mut sorted: Vec<&CorpusEntry> = briefs.iter().collect();
    sorted.sort_by(|a, b| a.name.cmp(&b.name));
    let briefs = sorted
        .into_iter()
        .map(|b| {
            Canon::object([
                ("name", Canon::str(&b.name)),
                ("manifest_sha256", Canon::str(&b.manifest_sha256)),
            ])
        })
        .collect();
    let key = Canon::object([
        ("briefs", Canon::Array(briefs)),
        ("config_sha256", Canon::str(config_sha256)),
    ]);
    sha256_hex(key.to_canonical().as_bytes())
}

/// Everything the PROV-O record of a run says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunRecord {
    /// The configuration.
    pub config: RunConfig,
    /// SHA-256 of the configuration's canonical JSON.
    pub config_sha256: String,
    /// The run identifier ([`run_id`]).
    pub run_id: String,
    /// The briefs processed (inputs, and their graphs and manifests as outputs), by name.
    pub briefs: Vec<RunBrief>,
    /// The end time as `xsd:dateTime`, from `SOURCE_DATE_EPOCH` only.
    pub ended_at: Option<String>,
}

/// One brief of a run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunBrief {
    /// Output folder name.
    pub name: String,
    /// Source file name.
    pub source_name: String,
    /// SHA-256 of the source bytes.
    pub source_sha256: String,
    /// SHA-256 of the graph's canonical N-Quads.
    pub graph_sha256: String,
    /// SHA-256 of the brief's `manifest.json`.
    pub manifest_sha256: String,
    /// What the corpus index shows of the brief (not part of the run record's graph).
    pub listing: super::manifest::BriefListing,
}

impl RunRecord {
    /// The record of a run over `briefs` (sorted by name here) with `config`.
    pub fn new(config: RunConfig, mut briefs: Vec<RunBrief>) -> Self {
        briefs.sort_by(|a, b| a.name.cmp(&b.name));
        let entries: Vec<CorpusEntry> = briefs
            .iter()
            .map(|b| CorpusEntry {
                name: b.name.clone(),
                source_sha256: b.source_sha256.clone(),
                graph_sha256: b.graph_sha256.clone(),
                manifest_sha256: b.manifest_sha256.clone(),
            })
            .collect();
        let config_sha256 = config.sha256();
        RunRecord {
            run_id: run_id(&config_sha256, &entries),
            ended_at: config.source_date_epoch.map(xsd_date_time),
            config_sha256,
            config,
            briefs,
        }
    }
}

/// Seconds since 1970-01-01T00:00:00Z as an `xsd:dateTime` in UTC (`2024-11-26T00:00:00Z`).
pub fn xsd_date_time(epoch: u64) -> String {
    let days = epoch / 86_400;
    let secs = epoch % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        secs / 3600,
        secs % 3600 / 60,
        secs % 60
    )
}

/// The proleptic Gregorian date of a day count since 1970-01-01 (days ≥ 0).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    // Shift the epoch to 0000-03-01 so that leap days end each 400-year era.
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    (y, m, d)
}

/// Reads a `SOURCE_DATE_EPOCH` value: a non-negative decimal integer (seconds).
pub fn parse_source_date_epoch(value: &str) -> Option<u64> {
    let v = value.trim();
    if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_epoch_seconds() {
        assert_eq!(xsd_date_time(0), "1970-01-01T00:00:00Z");
        assert_eq!(xsd_date_time(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(xsd_date_time(1_732_579_200), "2024-11-26T00:00:00Z");
        assert_eq!(xsd_date_time(4_107_542_399), "2100-02-28T23:59:59Z");
        assert_eq!(xsd_date_time(4_107_542_400), "2100-03-01T00:00:00Z");
        assert_eq!(parse_source_date_epoch(" 42\n"), Some(42));
        assert_eq!(parse_source_date_epoch("-1"), None);
        assert_eq!(parse_source_date_epoch("1.5"), None);
        assert_eq!(parse_source_date_epoch(""), None);
    }

    #[test]
    fn run_id_depends_on_content_not_order() {
        let e = |name: &str, m: &str| CorpusEntry {
            name: name.to_owned(),
            source_sha256: String::new(),
            graph_sha256: String::new(),
            manifest_sha256: m.to_owned(),
        };
        let a = run_id("c", &[e("a", "1"), e("b", "2")]);
        assert_eq!(a, run_id("c", &[e("b", "2"), e("a", "1")]));
        assert_ne!(a, run_id("d", &[e("a", "1"), e("b", "2")]));
        assert_ne!(a, run_id("c", &[e("a", "1"), e("b", "3")]));
    }

    #[test]
    fn config_canonical_json_is_sorted_and_time_only_when_set() {
        let mut c = RunConfig {
            briefkg_version: "0.1.0".into(),
            base_iri: "https://w3id.org/briefkg/id/".into(),
            formats: vec!["nq".into(), "nt".into()],
            kb_sha256: "k".into(),
            lexicon_sha256: "l".into(),
            web_annotation: false,
            source_date_epoch: None,
        };
        assert_eq!(
            c.canonical_json(),
            r#"{"base_iri":"https://w3id.org/briefkg/id/","briefkg_version":"0.1.0","formats":["nq","nt"],"kb_sha256":"k","lexicon_sha256":"l","web_annotation":false}"#
        );
        let h = c.sha256();
        c.web_annotation = true;
        assert_ne!(c.sha256(), h);
        c.web_annotation = false;
        c.source_date_epoch = Some(1);
        assert!(c
            .canonical_json()
            .ends_with(r#""source_date_epoch":1,"web_annotation":false}"#));
        assert_ne!(c.sha256(), h);
    }
}
