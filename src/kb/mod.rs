//! The knowledge base: countries (with capitals and demonyms), organisations, persons (with
//! roles), places, agreements, weapon systems and events, with Wikidata identifiers, read from
//! the TSV tables in `data/kb/` (compiled in) and from user gazetteers (`--gazetteer FILE`, the
//! same columns; see `data/kb/SOURCES.md` and the README).
//!
//! The KB is compiled into *form groups*: every surface form (name, alias, acronym, surname,
//! demonym) normalised with [`norm`], with every entity it can name (its candidates). A form
//! with several candidates (`Georgia`: the country and the U.S. state) keeps them all, in
//! priority order; the recogniser decides among them from the context.
//!
//! Architecture invariant: the KB is data, not code; adding an entity or an alias means
//! editing a TSV file, never this module.

pub mod tables;

use std::collections::BTreeMap;

use crate::model::{Entity, EntityKey, EntityKind};
use crate::provenance::hash::sha256_hex;

pub use tables::{KbRole, Row, TableError};

/// The bundled tables, compiled in, in priority order (a form shared by entities of two tables
/// lists the earlier table's entity first).
pub const BUNDLED: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("../../data/kb/countries.tsv")),
    (
        "organizations.tsv",
        include_str!("../../data/kb/organizations.tsv"),
    ),
    ("persons.tsv", include_str!("../../data/kb/persons.tsv")),
    ("places.tsv", include_str!("../../data/kb/places.tsv")),
    ("events.tsv", include_str!("../../data/kb/events.tsv")),
    (
        "agreements.tsv",
        include_str!("../../data/kb/agreements.tsv"),
    ),
    ("weapons.tsv", include_str!("../../data/kb/weapons.tsv")),
    (
        "publications.tsv",
        include_str!("../../data/kb/publications.tsv"),
    ),
];

/// Capitals and other names that stand for an institution other than their country's
/// government when used as a metonym (`Brussels` for the EU), compiled in.
pub const METONYMS_TSV: &str = include_str!("../../data/kb/lexicon/metonyms.tsv");

/// How a form names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FormKind {
    /// The preferred name (without a parenthesised qualifier: `Georgia` for `Georgia (U.S.
    /// state)`).
    Name,
    /// An acronym (two or more capitals: `NATO`, `U.S.`).
    Acronym,
    /// Another name.
    Alias,
    /// A person's surname (or family name) alone (`Putin`, `Xi`).
    Surname,
    /// A demonym or adjective of a country, singular or plural (`Russian`, `Russians`).
    Demonym,
    /// A name shared by the bodies of many countries (`Ministry of Foreign Affairs`, `Army`),
    /// taken only with that country in the context (`China's Ministry of Foreign Affairs`).
    Generic,
    /// The leading words of a person's longer name (`Abiy Ahmed` for `Abiy Ahmed Ali`), taken
    /// only when no capitalised word follows them (`Kim Jong` is not `Kim Jong Un` in `Kim
    /// Jong Il`).
    Prefix,
}

/// One entity a form can name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    /// The entity.
    pub entity: EntityKey,
    /// How the form names it.
    pub kind: FormKind,
    /// The form was written with a leading `the` (`the West`): taken only after `the`.
    pub article: bool,
    /// From a user gazetteer.
    pub user: bool,
}

/// A normalised surface form and the entities it can name, in priority order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormGroup {
    /// The form, normalised with [`norm`].
    pub text: String,
    /// Candidates, best first.
    pub candidates: Vec<Candidate>,
}

impl FormGroup {
    /// Whether any candidate of the form is of `kind`.
    pub fn has_kind(&self, kind: EntityKind) -> bool {
        self.candidates.iter().any(|c| c.entity.kind == kind)
    }
}

/// An entity of the knowledge base with what the recogniser needs beyond the model's fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbEntity {
    /// The entity as the output carries it (aliases and roles empty: those come from the brief).
    pub entity: Entity,
    /// Roles the KB records (persons).
    pub roles: Vec<KbRole>,
    /// The country whose capital this place is.
    pub capital_of: Option<EntityKey>,
}

/// Why the knowledge base could not be built.
#[derive(Debug, thiserror::Error)]
#[error("{file}: {error}")]
pub struct KbError {
    /// The table's file name.
    pub file: String,
    /// What is wrong.
    pub error: TableError,
}

/// The knowledge base.
#[derive(Debug, Clone)]
pub struct Kb {
    /// Every entity, by key.
    pub entities: BTreeMap<EntityKey, KbEntity>,
    /// Every form, sorted by text.
    pub groups: Vec<FormGroup>,
    /// What a metonymic use of a form stands for when it is not the capital's country.
    pub metonyms: BTreeMap<String, EntityKey>,
    /// SHA-256 over every table used (bundled and user, in order), for the run's
    /// configuration hash.
    pub sha256: String,
}

/// Normalises text for matching: every whitespace run (spaces, line breaks, no-break spaces)
/// becomes one space, curly apostrophes and quotes become `'`, the hyphen and dash variants
/// `‐ ‑ ‒ –` and the minus sign become `-`, soft hyphens and zero-width characters are dropped.
/// The recogniser applies the same function to the text, so `Papua  New\nGuinea` and `People’s`
/// match `Papua New Guinea` and `People's`.
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        match norm_char(c) {
            Norm::Drop => {}
            Norm::Space => space = !out.is_empty(),
            Norm::Char(c) => {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(c);
            }
        }
    }
    out
}

/// What [`norm`] does with one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Norm {
    /// Dropped (soft hyphen, zero-width characters).
    Drop,
    /// Part of a whitespace run.
    Space,
    /// Kept, possibly mapped.
    Char(char),
}

/// [`norm`] for one character.
pub fn norm_char(c: char) -> Norm {
    match c {
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => Norm::Drop,
        c if c.is_whitespace() => Norm::Space,
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' => Norm::Char('\''),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2212}' => Norm::Char('-'),
        c => Norm::Char(c),
    }
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

/// True for an acronym: two or more letters, all capitals (dots, digits and hyphens allowed).
pub fn is_acronym(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && s.chars()
            .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit() || c == '-' || c == '&')
}

/// The name without a trailing parenthesised qualifier: `Georgia (U.S. state)` → `Georgia`.
fn unqualified(name: &str) -> &str {
    match name
        .strip_suffix(')')
        .and_then(|n| n.rfind(" (").map(|i| &name[..i]))
    {
        Some(n) if !n.is_empty() => n,
        _ => name,
    }
}

/// The regular English plural of a demonym (`Russian` → `Russians`), or `None` when it has
/// none of that shape (`Chinese`, `British`, `Dutch`, `Swiss`).
fn demonym_plural(d: &str) -> Option<String> {
    let lower = d.to_lowercase();
    let no_plural = ["ese", "sh", "ch", "ss", "s", "x", "z"];
    // A demonym of several words has its plural on the last (`Solomon Islanders`).
    (!no_plural.iter().any(|s| lower.ends_with(s))).then(|| format!("{d}s"))
}

struct Builder {
    entities: BTreeMap<EntityKey, KbEntity>,
    raw: Vec<(String, Candidate, usize)>,
    order: usize,
}

impl Builder {
    fn form(&mut self, text: &str, entity: &EntityKey, kind: FormKind, user: bool) {
        let mut text = norm(text.trim());
        let mut article = false;
        if let Some(rest) = text
            .strip_prefix("the ")
            .or_else(|| text.strip_prefix("The "))
        {
            if rest.starts_with(char::is_uppercase) && kind != FormKind::Name {
                text = rest.to_owned();
                article = true;
            }
        }
        // Lower-case forms are descriptions (`test ban treaty`), not names; a name opening
        // with the Arabic article (`al-Shabaab`, `el-Sisi`) is a name.
        let after_article = ["al-", "el-"]
            .iter()
            .find_map(|a| text.strip_prefix(a))
            .unwrap_or(&text);
        if text.chars().count() < 2
            || !after_article.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        {
            return;
        }
        // `Saint Vincent and the Grenadines` is written `St Vincent …` and `St. Vincent …` too.
        let abbreviated: Vec<String> = if text.starts_with("Saint ") || text.contains(" Saint ") {
            ["St ", "St. "]
                .iter()
                .map(|st| text.replace("Saint ", st))
                .collect()
        } else {
            Vec::new()
        };
        for t in std::iter::once(text).chain(abbreviated) {
            self.order += 1;
            self.raw.push((
                t,
                Candidate {
                    entity: entity.clone(),
                    kind,
                    article,
                    user,
                },
                self.order,
            ));
        }
    }

    fn row(&mut self, row: &Row, user: bool, country_names: &BTreeMap<String, String>) {
        let key = EntityKey {
            kind: row.kind,
            id: row.key.clone(),
        };
        let entity = Entity {
            key: key.clone(),
            name: row.name.clone(),
            aliases: Vec::new(),
            wikidata: row.wikidata.clone(),
            country: row.country.clone(),
            category: row.category.clone(),
            roles: Vec::new(),
        };
        self.entities.insert(
            key.clone(),
            KbEntity {
                entity,
                roles: row.roles.clone(),
                capital_of: None,
            },
        );
        let name = unqualified(&row.name);
        // `Ministry of Foreign Affairs (South Korea)`: a body's name qualified by its country
        // is a generic name.
        let qualified_by_country = name != row.name
            && country_names.contains_key(row.name[name.len() + 2..row.name.len() - 1].trim());
        let name_kind = if qualified_by_country && row.kind == EntityKind::Organization {
            FormKind::Generic
        } else {
            FormKind::Name
        };
        self.form(name, &key, name_kind, user);
        let name_tokens: Vec<&str> = name.split(' ').collect();
        for alias in &row.aliases {
            let alias = unqualified(alias);
            // `China's Ministry of Foreign Affairs`: the country is its own mention; the rest is
            // a generic name taken with that country in the context.
            if let Some((owner, rest)) = norm(alias).split_once("'s ") {
                if country_names.contains_key(owner) {
                    self.form(rest, &key, FormKind::Generic, user);
                    continue;
                }
            }
            let kind = if row.kind == EntityKind::Person
                && !alias.contains(' ')
                && name_tokens.contains(&alias)
            {
                FormKind::Surname
            } else if is_acronym(alias) {
                FormKind::Acronym
            } else {
                FormKind::Alias
            };
            self.form(alias, &key, kind, user);
        }
        // A United Nations body is written with the short `UN` too (`UN Office for the
        // Coordination of Humanitarian Affairs`, `UN Development Programme`).
        if row.kind == EntityKind::Organization {
            for n in std::iter::once(name).chain(row.aliases.iter().map(|a| unqualified(a))) {
                if let Some(rest) = n.strip_prefix("United Nations ") {
                    if rest.starts_with(char::is_uppercase) {
                        self.form(&format!("UN {rest}"), &key, FormKind::Alias, user);
                    }
                }
            }
        }
        // Bodies named after their country (`Chinese Ministry of Foreign Affairs`, `U.S. Army`,
        // `Ministry of Defence of the Russian Federation`) also have a generic name.
        if row.kind == EntityKind::Organization && row.country.is_some() {
            for n in std::iter::once(name).chain(row.aliases.iter().map(|a| unqualified(a))) {
                let n = norm(n);
                if let Some(generic) = generic_name(&n, country_names) {
                    self.form(&generic, &key, FormKind::Generic, user);
                }
            }
        }
        // `the Typhons`, `two Patriots`, `Super Hornets`: a weapon name in the plural (its last
        // word a capitalised word, not an acronym or a designation).
        if row.kind == EntityKind::WeaponSystem {
            for n in std::iter::once(name).chain(row.aliases.iter().map(|a| unqualified(a))) {
                let last = n.rsplit(' ').next().unwrap_or(n);
                if !is_acronym(last)
                    && !n.ends_with('s')
                    && !n.ends_with(')')
                    && n.starts_with(char::is_uppercase)
                    && last.starts_with(char::is_uppercase)
                    && last.chars().all(char::is_alphabetic)
                {
                    self.form(&format!("{n}s"), &key, FormKind::Alias, user);
                }
            }
        }
        if row.kind == EntityKind::Country {
            for d in &row.demonyms {
                self.form(d, &key, FormKind::Demonym, user);
                if let Some(p) = demonym_plural(d) {
                    self.form(&p, &key, FormKind::Demonym, user);
                }
            }
            if let Some((capital, wikidata)) = &row.capital {
                // The seat of a dependent territory that the country table gives no item of its
                // own (`Diego Garcia` for the British Indian Ocean Territory, `Stanley` for the
                // Falkland Islands) is no capital that stands for a government: a place table
                // that describes it names it (an island or town with its own item); with no
                // place row it names nothing, as a name with no item is too often a person's
                // or another town's (`Douglas`, `Kingston`, `Plymouth`) to be linked.
                if wikidata.is_none() {
                    return;
                }
                // A city-state's capital has the country's name: the form names the country.
                let place = EntityKey {
                    kind: EntityKind::Place,
                    id: slug(capital),
                };
                if !self.entities.contains_key(&place) {
                    self.entities.insert(
                        place.clone(),
                        KbEntity {
                            entity: Entity {
                                key: place.clone(),
                                name: capital.clone(),
                                aliases: Vec::new(),
                                wikidata: wikidata.clone(),
                                country: row.country.clone(),
                                category: Some("capital".to_owned()),
                                roles: Vec::new(),
                            },
                            roles: Vec::new(),
                            capital_of: Some(key.clone()),
                        },
                    );
                }
                if capital != &row.name {
                    self.form(capital, &place, FormKind::Name, user);
                    // `Washington, D.C.` is written `Washington` too.
                    if let Some((short, _)) = capital.split_once(", ") {
                        self.form(short, &place, FormKind::Alias, user);
                    }
                } else if wikidata != &row.wikidata {
                    // A capital with the country's name and an item of its own is written
                    // with `City` to tell it from the country (`Djibouti City`, `Luxembourg
                    // City`).
                    self.form(&format!("{capital} City"), &place, FormKind::Alias, user);
                }
            }
        }
    }
}

/// `Abiy Ahmed` for `Abiy Ahmed Ali`, `Hassan Sheikh` for `Hassan Sheikh Mohamud`: every
/// leading part of two words or more of a person's name of three words or more (ending on a
/// capitalised word, not a particle) becomes a [`FormKind::Prefix`] form of that person, and
/// every trailing part of two words or more (from a capitalised word: `Tayyip Erdoğan` for
/// `Recep Tayyip Erdoğan`) an [`FormKind::Alias`] form, when it is no other form of the KB
/// and no other person's name starts with it (ambiguous prefixes name nobody). `groups` stays
/// sorted by text.
fn add_name_prefixes(entities: &BTreeMap<EntityKey, KbEntity>, groups: &mut Vec<FormGroup>) {
    let mut prefixes: BTreeMap<String, Option<(EntityKey, bool, FormKind)>> = BTreeMap::new();
    for (key, e) in entities
        .iter()
        .filter(|(k, _)| k.kind == EntityKind::Person)
    {
        let name = norm(unqualified(&e.entity.name));
        let words: Vec<&str> = name.split(' ').collect();
        let user = groups
            .binary_search_by(|g| g.text.as_str().cmp(&name))
            .ok()
            .is_some_and(|i| {
                groups[i]
                    .candidates
                    .iter()
                    .any(|c| c.user && c.entity == *key)
            });
        let mut add = |part: String, kind: FormKind| {
            prefixes
                .entry(part)
                .and_modify(|v| {
                    if v.as_ref().is_some_and(|(k, _, _)| k != key) {
                        *v = None;
                    }
                })
                .or_insert_with(|| Some((key.clone(), user, kind)));
        };
        // Split after word `n - 1` for a prefix, before it for a trailing part: either way
        // the part's edge word is capitalised (not a particle).
        for n in 2..words.len() {
            if words[n - 1].starts_with(char::is_uppercase) {
                add(words[..n].join(" "), FormKind::Prefix);
                // `Tayyip Erdoğan`: the trailing words name the person wherever they stand
                // (a longer match wins when the whole name is written).
                add(words[n - 1..].join(" "), FormKind::Alias);
            }
        }
    }
    let before = groups.len();
    for (text, owner) in prefixes {
        let Some((entity, user, kind)) = owner else {
            continue;
        };
        if groups[..before]
            .binary_search_by(|g| g.text.as_str().cmp(&text))
            .is_err()
        {
            groups.push(FormGroup {
                text,
                candidates: vec![Candidate {
                    entity,
                    kind,
                    article: false,
                    user,
                }],
            });
        }
    }
    groups.sort_by(|x, y| x.text.cmp(&y.text));
}

/// The generic part of a country-specific body's name, when the name says its country:
/// `Chinese Ministry of Foreign Affairs` → `Ministry of Foreign Affairs`, `U.S. Army` → `Army`,
/// `Ministry of Defence of the Russian Federation` → `Ministry of Defence`.
fn generic_name(name: &str, country_names: &BTreeMap<String, String>) -> Option<String> {
    if let Some((head, owner)) = name
        .rsplit_once(" of the ")
        .or_else(|| name.rsplit_once(" of "))
    {
        if country_names.contains_key(owner) && head.contains(' ') {
            return Some(head.to_owned());
        }
    }
    name.match_indices(' ').find_map(|(i, _)| {
        let (owner, rest) = (&name[..i], &name[i + 1..]);
        (country_names.contains_key(owner) && rest.starts_with(char::is_uppercase))
            .then(|| rest.to_owned())
    })
}

impl Kb {
    /// The bundled knowledge base.
    pub fn bundled() -> Kb {
        // The bundled tables are checked by the tests: they always parse.
        Kb::load(&[]).unwrap_or_else(|e| panic!("bundled knowledge base: {e}"))
    }

    /// Builds the KB from the bundled tables and user gazetteers (file name, text), which come
    /// first: a user entry replaces the bundled entry with the same key, and a form a user entry
    /// has names the user's entity only.
    pub fn load(user: &[(String, String)]) -> Result<Kb, KbError> {
        let mut tables: Vec<(String, bool, Vec<Row>)> = Vec::new();
        let mut hashed = String::new();
        for (file, text) in user {
            let (_, rows) = tables::parse(text).map_err(|error| KbError {
                file: file.clone(),
                error,
            })?;
            tables.push((file.clone(), true, rows));
        }
        for (file, text) in BUNDLED {
            let (_, rows) = tables::parse(text).map_err(|error| KbError {
                file: (*file).to_owned(),
                error,
            })?;
            tables.push(((*file).to_owned(), false, rows));
        }
        for (file, text) in user {
            hashed.push_str(file);
            hashed.push('\0');
            hashed.push_str(text);
            hashed.push('\0');
        }
        for (_, text) in BUNDLED {
            hashed.push_str(text);
            hashed.push('\0');
        }
        hashed.push_str(METONYMS_TSV);
        // Country names and demonyms (for generic body names and possessives).
        let mut country_names = BTreeMap::new();
        for (_, _, rows) in &tables {
            for r in rows.iter().filter(|r| r.kind == EntityKind::Country) {
                for n in std::iter::once(&r.name)
                    .chain(&r.aliases)
                    .chain(&r.demonyms)
                {
                    country_names.insert(norm(n), r.key.clone());
                }
            }
        }
        let mut b = Builder {
            entities: BTreeMap::new(),
            raw: Vec::new(),
            order: 0,
        };
        let mut user_keys = std::collections::BTreeSet::new();
        // Countries first (their capitals follow them), then the tables in order.
        for pass in [true, false] {
            for (_, user, rows) in &tables {
                for row in rows
                    .iter()
                    .filter(|r| (r.kind == EntityKind::Country) == pass)
                {
                    let key = (row.kind, row.key.clone());
                    if !*user && user_keys.contains(&key) {
                        continue;
                    }
                    if *user {
                        user_keys.insert(key);
                    }
                    b.row(row, *user, &country_names);
                }
            }
        }
        let mut metonyms = BTreeMap::new();
        for line in METONYMS_TSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            if let Some((form, target)) = line.split_once('\t') {
                if let Some((kind, id)) = target.trim().split_once('/') {
                    if let Some(kind) = EntityKind::parse(kind) {
                        metonyms.insert(
                            norm(form),
                            EntityKey {
                                kind,
                                id: id.to_owned(),
                            },
                        );
                    }
                }
            }
        }
        // Group by text: user candidates shadow bundled ones; one candidate per entity (its
        // strongest kind); candidates in priority order.
        b.raw.sort_by(|x, y| x.0.cmp(&y.0).then(x.2.cmp(&y.2)));
        let mut groups: Vec<FormGroup> = Vec::new();
        for (text, cand, _) in b.raw {
            match groups.last_mut() {
                Some(g) if g.text == text => {
                    if let Some(c) = g.candidates.iter_mut().find(|c| c.entity == cand.entity) {
                        if cand.kind < c.kind {
                            c.kind = cand.kind;
                        }
                        c.article &= cand.article;
                    } else {
                        g.candidates.push(cand);
                    }
                }
                _ => groups.push(FormGroup {
                    text,
                    candidates: vec![cand],
                }),
            }
        }
        for g in &mut groups {
            if g.candidates.iter().any(|c| c.user) {
                g.candidates.retain(|c| c.user);
            }
        }
        add_name_prefixes(&b.entities, &mut groups);
        Ok(Kb {
            entities: b.entities,
            groups,
            metonyms,
            sha256: sha256_hex(hashed.as_bytes()),
        })
    }

    /// The form group of a normalised text, if any.
    pub fn group(&self, text: &str) -> Option<&FormGroup> {
        self.groups
            .binary_search_by(|g| g.text.as_str().cmp(text))
            .ok()
            .map(|i| &self.groups[i])
    }

    /// The entity of a kind that `text` names by its name or an alias (not a demonym or a
    /// generic name), the first in priority order.
    pub fn lookup(&self, text: &str, kind: EntityKind) -> Option<EntityKey> {
        self.group(&norm(text))?
            .candidates
            .iter()
            .find(|c| {
                c.entity.kind == kind
                    && !c.article
                    && matches!(c.kind, FormKind::Name | FormKind::Alias | FormKind::Acronym)
            })
            .map(|c| c.entity.clone())
    }

    /// The KB entity of a key.
    pub fn entity(&self, key: &EntityKey) -> Option<&KbEntity> {
        self.entities.get(key)
    }

    /// The entity whose Wikidata item is `q`, if exactly one has it.
    pub fn by_wikidata(&self, q: &str) -> Option<&KbEntity> {
        let mut it = self
            .entities
            .values()
            .filter(|e| e.entity.wikidata.as_deref() == Some(q));
        let first = it.next()?;
        it.next().is_none().then_some(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn norm_collapses_whitespace_and_unifies_apostrophes_and_dashes() {
        assert_eq!(norm("Papua  New\nGuinea"), "Papua New Guinea");
        assert_eq!(
            norm("People\u{2019}s Russia\u{2013}Ukraine\u{a0}war"),
            "People's Russia-Ukraine war"
        );
        assert_eq!(norm("Ger\u{ad}many"), "Germany");
    }

    #[test]
    fn every_bundled_table_parses_and_forms_are_sorted() {
        let kb = Kb::bundled();
        assert!(kb.entities.len() > 3000, "{}", kb.entities.len());
        assert!(kb.groups.windows(2).all(|w| w[0].text < w[1].text));
        let kind = |k: EntityKind| kb.entities.keys().filter(|e| e.kind == k).count();
        for k in EntityKind::ALL {
            if k != EntityKind::Publication {
                assert!(kind(k) > 100, "{k:?}");
            }
        }
    }

    #[test]
    fn ambiguous_forms_keep_every_reading_country_first() {
        let kb = Kb::bundled();
        let g = kb.group("Georgia").unwrap();
        assert_eq!(g.candidates[0].entity.id, "geo");
        assert!(g
            .candidates
            .iter()
            .any(|c| c.entity.id == "georgia_u_s_state"));
        // A city-state's name names the country only.
        for (name, iso) in [
            ("Singapore", "sgp"),
            ("Monaco", "mco"),
            ("Luxembourg", "lux"),
            ("Djibouti", "dji"),
        ] {
            let g = kb.group(name).unwrap();
            assert_eq!(g.candidates.len(), 1, "{name}");
            assert_eq!(g.candidates[0].entity.id, iso);
        }
        let g = kb.group("Russians").unwrap();
        assert_eq!(g.candidates[0].kind, FormKind::Demonym);
        assert_eq!(
            kb.group("Putin").unwrap().candidates[0].kind,
            FormKind::Surname
        );
        assert!(kb
            .group("Ministry of Foreign Affairs")
            .unwrap()
            .candidates
            .iter()
            .all(|c| c.kind == FormKind::Generic));
        assert!(kb.group("West").unwrap().candidates[0].article);
    }

    #[test]
    fn a_territory_seat_without_an_item_is_no_capital() {
        // The British Indian Ocean Territory's seat, Diego Garcia, has no item in the country
        // table; places.tsv has the island with its own.
        let kb = Kb::bundled();
        let g = kb.group("Diego Garcia").unwrap();
        assert_eq!(g.candidates.len(), 1, "{:?}", g.candidates);
        let island = &g.candidates[0].entity;
        assert_eq!(island.id, "diego_garcia");
        let e = kb.entity(island).unwrap();
        assert_eq!(e.entity.wikidata.as_deref(), Some("Q184851"));
        assert!(e.capital_of.is_none());
        // A seat with no item and no place row names nothing: no form for it at all.
        for seat in ["Stanley", "Douglas", "Plymouth", "The Valley"] {
            assert!(
                kb.group(seat).is_none_or(|g| g.candidates.iter().all(|c| kb
                    .entity(&c.entity)
                    .unwrap()
                    .capital_of
                    .is_none())),
                "{seat}: {:?}",
                kb.group(seat)
            );
        }
        // Norfolk Island's `Kingston` has no item: `Kingston` is Jamaica's capital only.
        let kingston = kb.group("Kingston").unwrap();
        assert_eq!(kingston.candidates.len(), 1, "{:?}", kingston.candidates);
        assert_eq!(
            kb.entity(&kingston.candidates[0].entity)
                .unwrap()
                .entity
                .wikidata
                .as_deref(),
            Some("Q34692")
        );
        // A capital with its own item stays a capital.
        let paris = &kb.group("Paris").unwrap().candidates[0].entity;
        assert!(kb.entity(paris).unwrap().capital_of.is_some());
    }

    #[test]
    fn a_user_entry_wins_over_a_bundled_one() {
        let user = "key\tname\twikidata\ttype\tcountry_iso3\taliases\nmy_quad\tThe Quad Club\tQ1\tother\t\tQuad\n".to_owned();
        let kb = Kb::load(&[("mine.tsv".to_owned(), user)]).unwrap();
        let g = kb.group("Quad").unwrap();
        assert_eq!(g.candidates.len(), 1);
        assert_eq!(g.candidates[0].entity.id, "my_quad");
        assert_ne!(kb.sha256, Kb::bundled().sha256);
        let replaced = "key\tname\twikidata\ttype\tcountry_iso3\taliases\nnato\tNorth Atlantic Alliance\tQ7184\tintergovernmental\t\tNATO\n".to_owned();
        let kb = Kb::load(&[("mine.tsv".to_owned(), replaced)]).unwrap();
        let nato = EntityKey {
            kind: EntityKind::Organization,
            id: "nato".to_owned(),
        };
        assert_eq!(
            kb.entity(&nato).unwrap().entity.name,
            "North Atlantic Alliance"
        );
        let bad = Kb::load(&[("bad.tsv".to_owned(), "x\ty\n".to_owned())]).unwrap_err();
        assert!(
            bad.to_string()
                .starts_with("bad.tsv: line 1: the header `x\ty`"),
            "{bad}"
        );
    }
}
