//! The bundled knowledge base: countries (with capitals) and organisations with Wikidata
//! identifiers, read from the TSV files in `data/kb/` compiled into the binary.
//!
//! Architecture invariant: the KB is data, not code; adding a country or an alias means
//! editing a TSV file, never this module.

use std::collections::BTreeMap;

use crate::model::{Entity, EntityKey, EntityKind, MatchForm};
use crate::provenance::hash::sha256_hex;

/// `data/kb/countries.tsv`, compiled in.
pub const COUNTRIES_TSV: &str = include_str!("../../data/kb/countries.tsv");
/// `data/kb/organizations.tsv`, compiled in.
pub const ORGANIZATIONS_TSV: &str = include_str!("../../data/kb/organizations.tsv");

/// One surface form of an entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The exact text to find (case-sensitive).
    pub text: String,
    /// Which entity it names.
    pub entity: EntityKey,
    /// How it names it.
    pub form: MatchForm,
}

/// The knowledge base: entities by key and their surface forms.
#[derive(Debug, Clone)]
pub struct Kb {
    /// Every entity, by key.
    pub entities: BTreeMap<EntityKey, Entity>,
    /// Every unambiguous surface form, sorted by text.
    pub forms: Vec<Form>,
    /// SHA-256 of the KB files, for the run's configuration hash.
    pub sha256: String,
}

fn non_empty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

/// A stable, IRI-safe key from a name: Unicode NFC (so a precomposed and a decomposed `é`
/// give the same key), lower case, runs of anything but letters and digits become one `-`.
/// Non-ASCII letters are kept (IRIs percent-encode them).
pub fn slug(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in name.nfc().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

impl Kb {
    /// The entity of a kind that `text` names exactly (name or alias), if exactly one does.
    pub fn lookup(&self, text: &str, kind: EntityKind) -> Option<EntityKey> {
        let i = self.forms.partition_point(|f| f.text.as_str() < text);
        self.forms[i..]
            .iter()
            .take_while(|f| f.text == text)
            .find(|f| f.entity.kind == kind && f.form != MatchForm::Demonym)
            .map(|f| f.entity.clone())
    }

    /// The bundled knowledge base.
    pub fn bundled() -> Kb {
        Kb::from_tsv(COUNTRIES_TSV, ORGANIZATIONS_TSV)
    }

    /// Builds a KB from the two TSV texts (header line first, tab-separated, `|` lists).
    pub fn from_tsv(countries: &str, organizations: &str) -> Kb {
        let mut entities = BTreeMap::new();
        let mut raw: Vec<Form> = Vec::new();
        let add = |raw: &mut Vec<Form>, text: &str, entity: &EntityKey, form: MatchForm| {
            let text = text.trim();
            if !text.is_empty() {
                raw.push(Form {
                    text: text.to_owned(),
                    entity: entity.clone(),
                    form,
                });
            }
        };
        for line in countries.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 9 {
                continue;
            }
            let key = EntityKey {
                kind: EntityKind::Country,
                id: f[0].to_lowercase(),
            };
            entities.insert(
                key.clone(),
                Entity {
                    key: key.clone(),
                    name: f[2].to_owned(),
                    wikidata: non_empty(f[4]),
                    country: Some(f[0].to_owned()),
                    org_type: None,
                },
            );
            add(&mut raw, f[2], &key, MatchForm::Name);
            add(&mut raw, f[3], &key, MatchForm::Alias);
            for a in f[7].split('|') {
                add(&mut raw, a, &key, MatchForm::Alias);
            }
            for d in f[8].split('|') {
                add(&mut raw, d, &key, MatchForm::Demonym);
            }
            if let Some(capital) = non_empty(f[5]) {
                let place = EntityKey {
                    kind: EntityKind::Place,
                    id: slug(&capital),
                };
                entities.insert(
                    place.clone(),
                    Entity {
                        key: place.clone(),
                        name: capital.clone(),
                        wikidata: non_empty(f[6]),
                        country: Some(f[0].to_owned()),
                        org_type: Some("capital".to_owned()),
                    },
                );
                add(&mut raw, &capital, &place, MatchForm::Name);
            }
        }
        for line in organizations.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 6 {
                continue;
            }
            let key = EntityKey {
                kind: EntityKind::Organization,
                id: f[0].to_owned(),
            };
            entities.insert(
                key.clone(),
                Entity {
                    key: key.clone(),
                    name: f[1].to_owned(),
                    wikidata: non_empty(f[2]),
                    country: non_empty(f[4]),
                    org_type: non_empty(f[3]),
                },
            );
            add(&mut raw, f[1], &key, MatchForm::Name);
            for a in f[5].split('|') {
                add(&mut raw, a, &key, MatchForm::Alias);
            }
        }
        // A form that names two entities is ambiguous and dropped; the same form twice for one
        // entity keeps its strongest kind (name over alias over demonym).
        raw.sort_by(|a, b| (&a.text, &a.entity, a.form).cmp(&(&b.text, &b.entity, b.form)));
        raw.dedup_by(|b, a| a.text == b.text && a.entity == b.entity);
        let mut forms = Vec::new();
        let mut i = 0;
        while i < raw.len() {
            let j = (i..raw.len())
                .find(|&j| raw[j].text != raw[i].text)
                .unwrap_or(raw.len());
            if j - i == 1 {
                forms.push(raw[i].clone());
            }
            i = j;
        }
        let mut hashed = String::new();
        hashed.push_str(countries);
        hashed.push('\0');
        hashed.push_str(organizations);
        Kb {
            entities,
            forms,
            sha256: sha256_hex(hashed.as_bytes()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::slug;

    #[test]
    fn slug_is_the_same_for_composed_and_decomposed_text() {
        assert_eq!(slug("Jos\u{e9} Mart\u{ed}"), "jos\u{e9}-mart\u{ed}");
        assert_eq!(
            slug("Jose\u{301} Marti\u{301}"),
            slug("Jos\u{e9} Mart\u{ed}")
        );
        assert_eq!(slug("  New  Delhi!! "), "new-delhi");
        assert_eq!(slug("\u{1F600}"), "");
    }
}
