//! The knowledge-base tables: one TSV per entity kind, recognised by its header line, parsed
//! into [`Row`]s. The bundled tables (`data/kb/*.tsv`) and user gazetteers (`--gazetteer`)
//! share the same columns; `data/kb/SOURCES.md` documents them.

use crate::model::EntityKind;

/// The columns of each table, as its header line names them (tab-separated, in this order).
pub const TABLES: &[(&str, EntityKind, &[&str])] = &[
    (
        "countries",
        EntityKind::Country,
        &[
            "iso3",
            "iso2",
            "name",
            "official_name",
            "wikidata",
            "capital",
            "capital_wikidata",
            "aliases",
            "demonyms",
        ],
    ),
    (
        "organizations",
        EntityKind::Organization,
        &["key", "name", "wikidata", "type", "country_iso3", "aliases"],
    ),
    (
        "persons",
        EntityKind::Person,
        &[
            "key",
            "name",
            "wikidata",
            "aliases",
            "country_iso3",
            "roles",
        ],
    ),
    (
        "places",
        EntityKind::Place,
        &[
            "key",
            "name",
            "wikidata",
            "kind",
            "country_iso3",
            "aliases",
            "notes",
        ],
    ),
    (
        "agreements",
        EntityKind::Agreement,
        &[
            "key",
            "name",
            "wikidata",
            "kind",
            "year",
            "parties_iso3",
            "aliases",
        ],
    ),
    (
        "publications",
        EntityKind::Publication,
        &[
            "key",
            "name",
            "wikidata",
            "kind",
            "year",
            "country_iso3",
            "aliases",
        ],
    ),
    (
        "weapons",
        EntityKind::WeaponSystem,
        &["key", "name", "wikidata", "kind", "country_iso3", "aliases"],
    ),
    (
        "events",
        EntityKind::Event,
        &["key", "name", "wikidata", "kind", "start", "end", "aliases"],
    ),
];

/// A role of a person as the knowledge base records it: `title@where@start/end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbRole {
    /// Position title (`Minister of Foreign Affairs`).
    pub title: String,
    /// ISO alpha-3 code of a country, or an organisation key.
    pub at: String,
}

/// One row of a table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Kind of the entity.
    pub kind: EntityKind,
    /// Key within the kind (ISO alpha-3 in lower case for countries).
    pub key: String,
    /// Preferred name.
    pub name: String,
    /// Wikidata item.
    pub wikidata: Option<String>,
    /// Country (ISO alpha-3) the entity is or belongs to.
    pub country: Option<String>,
    /// Category (`type` of organisations, `kind` of the other tables).
    pub category: Option<String>,
    /// Other names.
    pub aliases: Vec<String>,
    /// Demonyms (countries).
    pub demonyms: Vec<String>,
    /// Capital name and Wikidata item (countries).
    pub capital: Option<(String, Option<String>)>,
    /// Roles (persons).
    pub roles: Vec<KbRole>,
}

/// Why a table could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TableError {
    /// The header is none of the known tables'.
    #[error("line 1: the header `{found}` is none of the knowledge-base tables' (expected the header of one of: {})", TABLES.iter().map(|t| t.0).collect::<Vec<_>>().join(", "))]
    UnknownHeader {
        /// The header line as found.
        found: String,
    },
    /// A line has the wrong number of fields.
    #[error("line {line}: {found} tab-separated fields, the `{table}` table has {expected}")]
    Fields {
        /// 1-based line number.
        line: usize,
        /// Table name.
        table: &'static str,
        /// Number of columns.
        expected: usize,
        /// Number of fields found.
        found: usize,
    },
    /// A required field is empty.
    #[error("line {line}: the `{column}` field is empty")]
    Empty {
        /// 1-based line number.
        line: usize,
        /// The column.
        column: &'static str,
    },
    /// A Wikidata value is not a `Q` number.
    #[error("line {line}: `{found}` is not a Wikidata item (Q followed by digits)")]
    Wikidata {
        /// 1-based line number.
        line: usize,
        /// The value.
        found: String,
    },
}

/// A person's name as briefs also write it: without a generational suffix (`, Jr.`, `Sr.`,
/// `III`) and without middle initials (`Gilda C. Ramos, Jr.` → `Gilda Ramos`); `None` when
/// that changes nothing or leaves fewer than two words.
fn person_name_variant(name: &str) -> Option<String> {
    let base = name.trim().trim_end_matches(',');
    let base = [", Jr.", " Jr.", ", Sr.", " Sr.", " III", " II"]
        .iter()
        .find_map(|suf| base.strip_suffix(suf))
        .unwrap_or(base);
    let words: Vec<&str> = base.split_whitespace().collect();
    let n = words.len();
    let kept: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|&(i, w)| {
            let initial = w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase);
            i == 0 || i + 1 == n || !initial
        })
        .map(|(_, w)| *w)
        .collect();
    let v = kept.join(" ");
    (kept.len() >= 2 && v != name).then_some(v)
}

fn non_empty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

fn list(s: &str) -> Vec<String> {
    s.split('|').filter_map(non_empty).collect()
}

/// Parses one table (header line first; `#` lines and blank lines are skipped). Returns the
/// table's name and its rows.
pub fn parse(text: &str) -> Result<(&'static str, Vec<Row>), TableError> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
    let header = lines
        .next()
        .map(|(_, l)| l.trim_end_matches('\r'))
        .unwrap_or("");
    let cols: Vec<&str> = header.split('\t').map(str::trim).collect();
    let Some(&(table, kind, columns)) = TABLES.iter().find(|t| t.2 == cols.as_slice()) else {
        return Err(TableError::UnknownHeader {
            found: header.to_owned(),
        });
    };
    let mut rows = Vec::new();
    for (i, line) in lines {
        let line_no = i + 1;
        let f: Vec<&str> = line.trim_end_matches('\r').split('\t').collect();
        if f.len() != columns.len() {
            return Err(TableError::Fields {
                line: line_no,
                table,
                expected: columns.len(),
                found: f.len(),
            });
        }
        let get = |c: &str| f[columns.iter().position(|x| *x == c).unwrap_or(0)];
        let key_col = if kind == EntityKind::Country {
            "iso3"
        } else {
            "key"
        };
        let key = get(key_col).trim();
        if key.is_empty() {
            return Err(TableError::Empty {
                line: line_no,
                column: if kind == EntityKind::Country {
                    "iso3"
                } else {
                    "key"
                },
            });
        }
        let name = get("name").trim();
        if name.is_empty() {
            return Err(TableError::Empty {
                line: line_no,
                column: "name",
            });
        }
        let wikidata = non_empty(get("wikidata"));
        for q in wikidata.iter().chain(
            (kind == EntityKind::Country)
                .then(|| non_empty(get("capital_wikidata")))
                .flatten()
                .iter(),
        ) {
            let ok =
                q.len() > 1 && q.starts_with('Q') && q[1..].bytes().all(|b| b.is_ascii_digit());
            if !ok {
                return Err(TableError::Wikidata {
                    line: line_no,
                    found: q.clone(),
                });
            }
        }
        let mut row = Row {
            kind,
            key: if kind == EntityKind::Country {
                key.to_lowercase()
            } else {
                key.to_owned()
            },
            name: name.to_owned(),
            wikidata,
            country: None,
            category: None,
            aliases: Vec::new(),
            demonyms: Vec::new(),
            capital: None,
            roles: Vec::new(),
        };
        match kind {
            EntityKind::Country => {
                row.country = Some(key.to_uppercase());
                row.aliases = list(get("official_name"));
                row.aliases.extend(list(get("aliases")));
                row.demonyms = list(get("demonyms"));
                row.capital =
                    non_empty(get("capital")).map(|c| (c, non_empty(get("capital_wikidata"))));
            }
            EntityKind::Organization => {
                row.category = non_empty(get("type"));
                row.country = non_empty(get("country_iso3"));
                row.aliases = list(get("aliases"));
            }
            EntityKind::Person => {
                row.country = non_empty(get("country_iso3"));
                row.aliases = list(get("aliases"));
                let variants: Vec<String> = std::iter::once(&row.name)
                    .chain(&row.aliases)
                    .filter_map(|n| person_name_variant(n))
                    .collect();
                for v in variants {
                    if v != row.name && !row.aliases.contains(&v) {
                        row.aliases.push(v);
                    }
                }
                row.roles = list(get("roles"))
                    .into_iter()
                    .filter_map(|r| {
                        let mut p = r.split('@');
                        let title = non_empty(p.next()?)?;
                        let at = p.next().map(str::trim).unwrap_or("").to_owned();
                        Some(KbRole { title, at })
                    })
                    .collect();
            }
            EntityKind::Agreement => {
                row.category = non_empty(get("kind"));
                let parties = list(get("parties_iso3"));
                if parties.len() == 1 {
                    row.country = parties.into_iter().next();
                }
                row.aliases = list(get("aliases"));
            }
            EntityKind::Place | EntityKind::WeaponSystem | EntityKind::Event => {
                row.category = non_empty(get("kind"));
                if kind != EntityKind::Event {
                    row.country = non_empty(get("country_iso3"));
                }
                row.aliases = list(get("aliases"));
            }
            EntityKind::Publication => {
                row.category = non_empty(get("kind"));
                row.country = non_empty(get("country_iso3"));
                row.aliases = list(get("aliases"));
            }
        }
        rows.push(row);
    }
    Ok((table, rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_recognised_by_their_header() {
        let (t, rows) = parse("key\tname\twikidata\tkind\tcountry_iso3\taliases\nfoo\tFoo Missile\t\tmissile\tUSA\tFM-1|Foo\n").unwrap();
        assert_eq!(t, "weapons");
        assert_eq!(rows[0].kind, EntityKind::WeaponSystem);
        assert_eq!(rows[0].aliases, ["FM-1", "Foo"]);
        assert_eq!(rows[0].country.as_deref(), Some("USA"));
        assert!(matches!(
            parse("a\tb\n1\t2\n"),
            Err(TableError::UnknownHeader { .. })
        ));
        let e = parse("key\tname\twikidata\ttype\tcountry_iso3\taliases\nx\tX\tQx\t\t\t\n")
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 2: `Qx` is not a Wikidata item (Q followed by digits)"
        );
        let e = parse("key\tname\twikidata\ttype\tcountry_iso3\taliases\nx\tX\n").unwrap_err();
        assert!(
            e.to_string().starts_with("line 2: 2 tab-separated fields"),
            "{e}"
        );
    }

    #[test]
    fn person_names_get_a_variant_without_suffix_and_middle_initials() {
        let (_, rows) = parse("key\tname\twikidata\taliases\tcountry_iso3\troles\nrm\tRosa Mendez\t\tRosa T. Mendez, Jr.\tPHL\t\n").unwrap();
        assert_eq!(rows[0].aliases, ["Rosa T. Mendez, Jr."]);
        let (_, rows) = parse("key\tname\twikidata\taliases\tcountry_iso3\troles\nrm\tRosa Mendez\t\tRosalia T. Mendez, Jr.\tPHL\t\n").unwrap();
        assert_eq!(
            rows[0].aliases,
            ["Rosalia T. Mendez, Jr.", "Rosalia Mendez"]
        );
    }

    #[test]
    fn person_roles_are_read() {
        let (_, rows) = parse("key\tname\twikidata\taliases\tcountry_iso3\troles\nla\tLloyd Austin\tQ941013\t\tUSA\tSecretary of Defence@USA@2021-01-22/2025-01-20\n").unwrap();
        assert_eq!(rows[0].roles[0].title, "Secretary of Defence");
        assert_eq!(rows[0].roles[0].at, "USA");
    }
}
