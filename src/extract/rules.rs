//! The recognition rules for one sentence, with the state a brief carries from sentence to
//! sentence (acronyms it defines, persons it names, organisations it names by head word).
//!
//! Order of work in a sentence: knowledge-base candidates (every whole-word form) → spans that
//! claim their text first (italic titles, quoted titles in notes, report series and numbers) →
//! capitalised sequences ("chunks"), each split at possessives and titles and classified (a KB
//! name covering it, a head word, the KB names inside it, a person) → acronym definitions →
//! overlaps removed, the longest kept.

use std::collections::BTreeMap;

use super::lexicon::{Cue, HeadPlace};
use super::text::{NormText, TokKind, Token};
use super::{Gazetteer, Target};
use crate::kb::{is_acronym, FormGroup, FormKind};
use crate::model::{EntityKind, Metadata, Part, Resolution, Role, Span};

/// A mention found in a sentence: a byte range of the normalised sentence.
#[derive(Debug, Clone)]
pub struct Found {
    /// Start byte.
    pub s: usize,
    /// End byte.
    pub e: usize,
    /// What it refers to.
    pub target: Target,
    /// How.
    pub resolution: Resolution,
    /// A role the sentence gives the person.
    pub role: Option<Role>,
}

/// What a brief carries from sentence to sentence.
#[derive(Debug, Default)]
pub struct DocState {
    /// Acronyms defined in the brief: acronym → entity, or `None` when it names no entity
    /// (`general-purpose AI (GPAI)`): the brief's definition wins over the KB's.
    acronyms: BTreeMap<String, Option<Target>>,
    /// Persons named so far: their name's words and the entity.
    persons: Vec<(Vec<String>, Target)>,
    /// The organisation or agreement last named with a head word (`Department`, `Army`,
    /// `Commission`, `Treaty`).
    heads: BTreeMap<String, Target>,
    /// Authors' names from the byline.
    authors: Vec<String>,
    /// Organisations named `<Name> <Head>` (`Wagner Group`): `Name` alone refers to them.
    short_names: BTreeMap<String, Target>,
    /// Countries (ISO alpha-3) the brief has mentioned so far.
    countries: std::collections::BTreeSet<String>,
    /// The whole text of the brief's extracted parts: document-wide evidence for a name
    /// shared by a country and a U.S. state (`Georgia` in a brief naming `Tbilisi`).
    text: String,
}

impl DocState {
    /// A fresh state for a brief with this metadata.
    pub fn new(metadata: &Metadata) -> Self {
        DocState {
            authors: metadata
                .authors
                .iter()
                .map(|a| crate::kb::norm(&a.name))
                .collect(),
            ..DocState::default()
        }
    }

    /// Gives the state the whole text of the brief's extracted parts.
    pub fn set_text(&mut self, text: String) {
        self.text = text;
    }
}

/// The recognition context of one sentence.
struct Ctx<'a, 'g> {
    g: &'a Gazetteer<'g>,
    nt: &'a NormText,
    toks: &'a [Token],
    /// KB candidates: byte range and form group index.
    kbc: Vec<(usize, usize, usize)>,
    part: Part,
    first_of_paragraph: bool,
}

fn is_cap_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
}

fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

fn is_roman(w: &str) -> bool {
    matches!(w, "I" | "II" | "III" | "IV" | "V" | "VI")
}

const CONNECTORS: &[&str] = &[
    "of", "for", "on", "and", "&", "de", "du", "da", "der", "von", "van", "al", "el", "bin", "ibn",
    "la", "le", "y", "des", "del", "es",
];

/// Participles that make a capitalised word before their hyphen a modifier (`Lisbon-based`,
/// `state-owned`, `Kremlin-backed`).
const MODIFIER_SUFFIXES: &[&str] = &[
    "-based",
    "-owned",
    "-backed",
    "-led",
    "-funded",
    "-listed",
    "-registered",
    "-flagged",
    "-headquartered",
    "-controlled",
    "-held",
    "-occupied",
    "-run",
    "-aligned",
    "-allied",
];

/// Lower-case particles inside Spanish, Portuguese and French names, and the articles that may
/// follow them (`Río de la Plata`, `Frente contra los Embalses`).
const ROMANCE_PARTICLES: &[&str] = &[
    "de", "del", "da", "do", "dos", "das", "los", "las", "contra", "para", "sobre",
];
const ROMANCE_ARTICLES: &[&str] = &["la", "las", "los", "el", "les"];

/// Lower-case nouns of plants and works named after a place or a field (`the Coral Sul
/// floating plant`): the name before them is no person's.
const FACILITY_NOUNS: &[&str] = &[
    "plant", "project", "field", "terminal", "facility", "platform", "refinery", "smelter", "mine",
    "dam", "port", "site",
];

/// Whether the words `i..j` follow `the` and come before a facility noun, one lower-case word
/// between at most (`the Coral Sul floating plant`).
fn before_a_facility(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> bool {
    let noun = |k: usize| ctx.word(k).is_some_and(|w| FACILITY_NOUNS.contains(&w));
    i > 0
        && ctx.w(i - 1).eq_ignore_ascii_case("the")
        && (noun(j)
            || ctx
                .word(j)
                .is_some_and(|w| w.starts_with(char::is_lowercase))
                && noun(j + 1))
}

/// Lower-case particles inside a place's name (`Mocímboa da Praia`, `Dar es Salaam`).
const PLACE_PARTICLES: &[&str] = &["da", "do", "dos", "das", "de", "del", "es", "al", "el"];

/// Capitalised ordinals that may open a name (`Second Thomas Shoal`).
const ORDINALS: &[&str] = &[
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
];

const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "around",
    "across",
    "inside",
    "within",
    "throughout",
    "into",
    "over",
    "above",
    "through",
    "via",
    "opposite",
    "off",
];

/// Currency units after an abbreviated country name (`US cents`, `NZ dollars`), with the
/// space before them.
const CURRENCY_UNITS: &[&str] = &[" cent", " dollar"];

/// Lower-case nouns of a company: before its name (`the miner Arkos`), as the head of an
/// apposition after it (`Arkos, the state copper company`).
const COMPANY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "broker",
    "consultancy",
    "agency",
    "newspaper",
    "broadcaster",
    "giant",
    "supplier",
    "shipper",
    "airline",
    "subsidiary",
    "miner",
    "producer",
    "operator",
    "conglomerate",
    "carrier",
    "insurer",
    "lender",
    "trader",
    "utility",
    "manufacturer",
    "carmaker",
    "shipowner",
    "shipbuilder",
    "chipmaker",
    "refiner",
    "exporter",
    "processor",
    "grinder",
    "developer",
    "contractor",
];

/// Company nouns that are also people's trades (`a trader in Mopti`, `a cocoa producer`).
const PERSON_TRADES: &[&str] = &["trader", "producer", "exporter", "developer", "contractor"];

/// Whether the comma at `j` continues a list of remits after a body's head word, `of` or
/// `for` and a word (`Ministry of Mines, Energy and Water`): a singular organisation head that
/// opens names stands in the chunk `i..j`, and from the comma on come single capitalised
/// words (no KB name) separated by commas, the last after `and`, then no capitalised word.
fn remit_list(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> bool {
    let lex = &ctx.g.lex;
    let org_head = |h: usize| {
        let head = ctx.w(h);
        lex.heads.get(head).is_some_and(|&(kind, place)| {
            kind == EntityKind::Organization && matches!(place, HeadPlace::First | HeadPlace::Both)
        }) && !head.ends_with('s')
            && ["of", "for"].contains(&ctx.w(h + 1))
    };
    // The head is the last one of the chunk (`Prime Minister's Office and Department for …`),
    // with capitalised words only between it and the comma.
    let Some(h) = (i..j.saturating_sub(2)).rev().find(|&h| org_head(h)) else {
        return false;
    };
    if !(h + 2..j).all(|k| ctx.toks[k].kind == TokKind::Word && is_cap_word(ctx.w(k))) {
        return false;
    }
    let n = ctx.toks.len();
    let item = |k: usize| {
        k < n
            && ctx.toks[k].kind == TokKind::Word
            && is_cap_word(ctx.w(k))
            && !lex.is_function(ctx.w(k))
            && !lex.heads.contains_key(ctx.w(k))
            && !ctx
                .kbc
                .iter()
                .any(|&(a, b, _)| a < ctx.toks[k].e && ctx.toks[k].s < b)
    };
    let mut k = j;
    loop {
        if k < n && ctx.w(k) == "," && item(k + 1) {
            k += 2;
        } else if k < n && ctx.w(k) == "and" && item(k + 1) {
            let after = k + 2;
            return after >= n
                || !(ctx.toks[after].kind == TokKind::Word && is_cap_word(ctx.w(after)))
                    && ctx.w(after) != "of";
        } else {
            return false;
        }
    }
}

/// Whether the words `i..j` are names (no KB name, no head word, no given name) in a list
/// after a plural company noun and `such as`, `including` or `like` (`grain traders such as
/// Arkos and Belmin`, `miners, including Arkos, Belmin and …`), or before a comma and an
/// apposition headed by one (`Kvalnett and Grivo, the grid operators,`).
fn company_list(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> bool {
    let lex = &ctx.g.lex;
    let plural_company = |w: &str| {
        w.strip_suffix("ies")
            .map(|r| format!("{r}y"))
            .or_else(|| w.strip_suffix('s').map(str::to_owned))
            .is_some_and(|sg| COMPANY_NOUNS.contains(&sg.as_str()))
            || w == "companies"
    };
    let name_word = |k: usize| {
        let w = ctx.w(k);
        ctx.toks[k].kind == TokKind::Word
            && is_cap_word(w)
            && !lex.heads.contains_key(w)
            && !lex.is_function(w)
            && !lex.is_given(w)
            && !lex.titles.contains(w)
            && !ctx
                .kbc
                .iter()
                .any(|&(a, b, _)| a < ctx.toks[k].e && ctx.toks[k].s < b)
    };
    if !(i..j).all(|k| ["and", ","].contains(&ctx.w(k)) || name_word(k)) {
        return false;
    }
    // No empty name; a common word capitalised in a list of names is a name (`Apple`).
    let mut a = i;
    for k in i..=j {
        if k == j || ["and", ","].contains(&ctx.w(k)) {
            if k == a || crate::MONTH_NAMES.contains(&ctx.w(a)) {
                return false;
            }
            a = k + 1;
        }
    }
    // Back over earlier names of the list (`Arkos, Belmin and`).
    let mut k = i;
    while k > 0 && i - k < 12 && (["and", ","].contains(&ctx.w(k - 1)) || name_word(k - 1)) {
        k -= 1;
    }
    // After: `Kvalnett and Grivo, the grid operators,`: two names or more in apposition with
    // a plural company noun (forward over the later names of the list first).
    let n = ctx.toks.len();
    let mut m = j;
    while m + 1 < n
        && m - j < 12
        && (ctx.w(m) == "and" || ctx.w(m) == "," && name_word(m + 1))
        && name_word(m + 1)
    {
        m += 1;
        while m < n && name_word(m) {
            m += 1;
        }
    }
    let several = k < i || m > j || (i..j).any(|x| ["and", ","].contains(&ctx.w(x)));
    if several && m < n && ctx.w(m) == "," {
        let after: Vec<&str> = (m + 1..(m + 5).min(n)).map(|x| ctx.w(x)).collect();
        if after
            .first()
            .is_some_and(|a| ["the", "both", "its", "their"].contains(a))
        {
            for x in &after[1..] {
                if plural_company(x) {
                    return true;
                }
                if !x.chars().all(|c| c.is_lowercase() || c == '-') {
                    break;
                }
            }
        }
    }
    let w = |d: usize| k.checked_sub(d).map(|m| ctx.w(m).to_lowercase());
    let noun_at = |d: usize| w(d).is_some_and(|x| plural_company(&x));
    (w(1).as_deref() == Some("as") && w(2).as_deref() == Some("such") && noun_at(3))
        || (matches!(w(1).as_deref(), Some("including" | "like"))
            && (noun_at(2) || w(2).as_deref() == Some(",") && noun_at(3)))
}

/// Whether `w` is a KB demonym (`Canadian`, `Swiss`).
fn is_kb_demonym(ctx: &Ctx<'_, '_>, w: &str) -> bool {
    ctx.g
        .kb
        .group(&crate::kb::norm(w))
        .is_some_and(|g| g.candidates.iter().any(|c| c.kind == FormKind::Demonym))
}

/// Lower-case words after a company's name and its `'s` (`Arkos's chief executive`).
const COMPANY_OFFICERS: &[&str] = &[
    "chief executive",
    "chief financial officer",
    "chairman",
    "board of directors",
    "shareholders",
    "share price",
];

/// Plural nouns of places after a coordination of names (`the Volta and Oti regions`).
const PLURAL_PLACE_NOUNS: &[&str] = &[
    "regions",
    "provinces",
    "districts",
    "states",
    "counties",
    "oblasts",
    "prefectures",
    "municipalities",
    "governorates",
    "departments",
    "lakes",
    "rivers",
    "valleys",
    "islands",
    "basins",
    "towns",
    "cities",
    "villages",
    "ports",
    "mines",
    "sites",
    "camps",
    "territories",
    "dams",
    "pipelines",
    "cables",
    "interconnectors",
    "fields",
    "settlements",
    "neighbourhoods",
    "neighborhoods",
    "suburbs",
    "communes",
    "bridges",
    "crossings",
    "highways",
];

/// Whether the name of tokens `i..j` is one of two or three capitalised names joined by `and`
/// or commas, after `the` and before a plural place noun (`the Volta and Oti regions`, `the
/// Upper East, Volta and Oti regions`).
fn coordinated_before_plural_place_noun(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> bool {
    let n = ctx.toks.len();
    let is_name_word =
        |k: usize| k < n && ctx.toks[k].kind == TokKind::Word && is_cap_word(ctx.w(k));
    let is_joint = |k: usize| k < n && (ctx.w(k) == "and" || ctx.w(k) == ",");
    // Forward from the name to the noun.
    let mut k = j;
    let mut names = 1;
    while is_joint(k) {
        k += 1;
        if !is_name_word(k) {
            return false;
        }
        while is_name_word(k) {
            k += 1;
        }
        names += 1;
    }
    // One lower-case commodity word before mines or deposits (`the A and B tungsten
    // deposits`).
    if k + 1 < n
        && MINE_NOUNS.contains(&ctx.w(k + 1))
        && ctx.w(k).starts_with(char::is_lowercase)
        && super::lexicon::is_common_word(ctx.w(k))
    {
        k += 1;
    }
    if k >= n || !(PLURAL_PLACE_NOUNS.contains(&ctx.w(k)) || MINE_NOUNS.contains(&ctx.w(k))) {
        return false;
    }
    // Back from the name to `the`.
    let mut m = i;
    while m > 0 && is_joint(m - 1) {
        m -= 1;
        if m == 0 || !is_name_word(m - 1) {
            return false;
        }
        while m > 0 && is_name_word(m - 1) {
            m -= 1;
        }
        names += 1;
    }
    // After `the`, or opening the sentence (`Kariba and Cahora lakes supply …`).
    (2..=4).contains(&names)
        && ((m > 0 && ctx.w(m - 1).eq_ignore_ascii_case("the")) || is_sentence_start(ctx, m))
}

/// Ranks of the peerage written before a peer's name (`Lord Avery of Brent`).
const PEER_RANKS: &[&str] = &[
    "Lord",
    "Baroness",
    "Baron",
    "Lady",
    "Viscount",
    "Viscountess",
    "Earl",
    "Countess",
];

/// The end (token index) of a peer's name in tokens `i..j`: a rank of `PEER_RANKS`, a
/// capitalised name, `of` and one or two capitalised words of the territorial designation
/// (`Lord Avery of Brent`, `Baroness Hale of Great Ayton`); `None` otherwise.
fn peer_name_end(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> Option<usize> {
    let word = |k: usize| {
        (k < j && ctx.toks[k].kind == TokKind::Word)
            .then(|| ctx.w(k))
            .filter(|w| is_cap_word(w) && !ctx.g.lex.is_function(w))
    };
    if !PEER_RANKS.contains(&ctx.w(i)) || i + 3 > j {
        return None;
    }
    word(i + 1)?;
    if i + 2 >= j || ctx.w(i + 2) != "of" {
        return None;
    }
    word(i + 3)?;
    let end = if word(i + 4).is_some() && !ctx.g.lex.heads.contains_key(ctx.w(i + 4)) {
        i + 5
    } else {
        i + 4
    };
    Some(end)
}

/// Whether the name of tokens `i..j` is an organisation by its context: a company noun right
/// before it after `the` and at most two lower-case words (`the state miner Arkos`), the noun
/// `party` after it (`the Bright Future party`), an apposition
/// after it whose head is a company noun (`Arkos, the copper company that`, `Arkos, a subsidiary
/// of`), or its officers after `'s` (`Arkos's chief executive`). Not for a KB person or a
/// capitalised word at the start of a sentence alone.
fn company_context(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> bool {
    let (s, e) = (ctx.toks[i].s, ctx.toks[j - 1].e);
    // A capitalised word alone at a sentence's start is a company only by an apposition after
    // it (`Sodimex, the state miner, …`), and only if it is no common word (`Yesterday, the
    // miner …`).
    let initial = j - i == 1 && is_sentence_start(ctx, i);
    if initial && super::lexicon::is_common_word(&ctx.w(i).to_lowercase()) {
        return false;
    }
    if (i..j).any(|k| ctx.g.lex.titles.contains(ctx.w(k)))
        || ctx
            .kbc
            .iter()
            .any(|&(a, b, gi)| a == s && b == e && ctx.group(gi).has_kind(EntityKind::Person))
    {
        return false;
    }
    // Names of countries and peoples only (`the largest Kosovo Serb party`): a description.
    let all_known = (i..j).all(|k| {
        ctx.toks[k].kind != TokKind::Word
            || ctx
                .kbc
                .iter()
                .any(|&(a, b, _)| a <= ctx.toks[k].s && ctx.toks[k].e <= b)
    });
    if all_known {
        return false;
    }
    let lower = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-');
    // Before: `the (w) (w) miner Arkos`.
    let before: Vec<&str> = ctx.nt.text[..s].split_whitespace().rev().take(4).collect();
    if !initial && before.first().is_some_and(|w| COMPANY_NOUNS.contains(w)) {
        // `the Canadian firm Arkos`, `the state-owned Swiss trader Arkos`: a people's
        // adjective may come between too.
        let the = before[1..]
            .iter()
            .take_while(|w| lower(w) || ["The", "A", "An"].contains(w) || is_kb_demonym(ctx, w))
            .any(|w| ["the", "a", "an", "The", "A", "An"].contains(w));
        if the {
            return true;
        }
    }
    // Before: `the Geneva-based Arkos`, `state-owned Arkos`, `a Cyprus-registered Arkos`: what
    // is based, owned, listed or registered somewhere is a company (not `-backed`/`-led`,
    // which people are too).
    if !initial
        && before.first().is_some_and(|w| {
            [
                "-based",
                "-owned",
                "-listed",
                "-registered",
                "-headquartered",
            ]
            .iter()
            .any(|x| w.ends_with(x))
        })
        && !(i..j).any(|k| ctx.g.lex.is_given(ctx.w(k)))
    {
        return true;
    }
    let after = &ctx.nt.text[e..];
    // After: a political party named before the lower-case noun (`his Bright Future party`).
    if !initial
        && [" party", " group", " militia"].iter().any(|n| {
            after
                .strip_prefix(n)
                .is_some_and(|r| !r.starts_with(char::is_alphabetic))
        })
    {
        return true;
    }
    // After: `'s chief executive`.
    if let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))
        .filter(|_| !initial)
    {
        if COMPANY_OFFICERS.iter().any(|o| rest.starts_with(o)) {
            return true;
        }
    }
    // After: `, the state copper company that …`, `, a subsidiary of …`.
    if let Some(rest) = after.strip_prefix(", ") {
        // `Tarnogaz, in which the state holds a stake,`, `Valtrans, owned by …,`: what has
        // stakes in it or an owner is a company.
        let clause = rest.split([',', '.', ';']).next().unwrap_or("");
        if (clause.starts_with("in which ") && clause.contains(" stake"))
            || [
                "owned by ",
                "wholly owned by ",
                "majority-owned by ",
                "a subsidiary of ",
            ]
            .iter()
            .any(|x| rest.starts_with(x))
        {
            return true;
        }
        let words: Vec<&str> = rest.split(|c: char| c.is_whitespace()).take(6).collect();
        // `Agrotrans, Romania’s state grain trader,`: a country's possessive as determiner.
        let country_possessive = words.first().is_some_and(|w| {
            let Some(stem) = w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")) else {
                return false;
            };
            let at = e + 2;
            ctx.kbc.iter().any(|&(a, b, gi)| {
                a == at && b == at + stem.len() && ctx.group(gi).has_kind(EntityKind::Country)
            })
        });
        if country_possessive
            || words
                .first()
                .is_some_and(|w| ["the", "a", "an", "its"].contains(w))
        {
            for w in &words[1..] {
                let bare = w.trim_end_matches([',', '.', ';']);
                if COMPANY_NOUNS.contains(&bare) {
                    // `Aissata Keita, a trader in Mopti,`: a trade both people and firms
                    // ply, after a person's name of uncommon words, is the person's.
                    if PERSON_TRADES.contains(&bare)
                        && j - i >= 2
                        && is_person_name(ctx, i, j)
                        && (i..j).all(|k| !super::lexicon::is_common_word(&ctx.w(k).to_lowercase()))
                    {
                        return false;
                    }
                    let next = words.iter().skip_while(|x| *x != w).nth(1).copied();
                    return bare.len() < w.len()
                        || next.is_none_or(|n| {
                            [
                                "of", "that", "which", "whose", "in", "based", "owned", "with",
                            ]
                            .contains(&n)
                        });
                }
                // `, a London-based consultancy`, `, the Swiss trader`: a modifier with a
                // place or a people's adjective may come between.
                let modifier =
                    MODIFIER_SUFFIXES.iter().any(|x| bare.ends_with(x)) || is_kb_demonym(ctx, bare);
                if !lower(bare) && !modifier {
                    break;
                }
            }
        }
    }
    false
}

/// Lower-case nouns of a place after a name and `the` before it (`the Tawang sector`, `the
/// Lachin corridor`): the name is a place (the noun is not part of it).
const PLACE_NOUNS: &[&str] = &[
    "sector",
    "region",
    "area",
    "district",
    "province",
    "valley",
    "border",
    "airfield",
    "county",
    "prefecture",
    "river",
    "corridor",
    "route",
    "crossing",
    "enclave",
    "exclave",
    "canal",
    "dam",
    "lake",
    "bridge",
    "tunnel",
    "railway",
    "highway",
    "territory",
    "governorate",
    "oblast",
    "municipality",
    "township",
    "camp",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "commune",
    "subdistrict",
    "locality",
    "settlement",
    "oasis",
];

/// The first token of a date (a year, or a day, a month and a year) right before the
/// agreement head word at token `k` after `the` (`the 23 March 2009 Agreement`).
fn dated_agreement_start(ctx: &Ctx<'_, '_>, k: usize) -> Option<usize> {
    let is_agreement = ctx
        .g
        .lex
        .heads
        .get(ctx.w(k))
        .is_some_and(|&(kind, _)| kind == EntityKind::Agreement);
    if !is_agreement || k < 2 || !is_year(ctx.w(k - 1)) || !ctx.adjacent(k - 1, k) {
        return None;
    }
    let mut start = k - 1;
    if start >= 2
        && crate::MONTH_NAMES.contains(&ctx.w(start - 1))
        && ctx.toks[start - 2].kind == TokKind::Num
        && ctx.w(start - 2).len() <= 2
    {
        start -= 2;
    } else if start >= 1 && crate::MONTH_NAMES.contains(&ctx.w(start - 1)) {
        start -= 1;
    }
    (start >= 1 && ctx.w(start - 1).eq_ignore_ascii_case("the")).then_some(start)
}

/// Nouns of operations, whose name may stand in apposition (`Baltic Shield, a patrol`).
const OPERATION_NOUNS: &[&str] = &["operation", "patrol", "mission", "exercise", "deployment"];

/// Whether the capitalised words `i..j` stand in apposition with an operation noun: after it
/// and a comma (`a tracking operation, Nordic Watch,`) or before a comma and an indefinite
/// article whose noun phrase is headed by one (`Baltic Shield, a NATO-led patrol of …`).
fn operation_apposition(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> bool {
    let tok = |k: usize| ctx.toks.get(k).map(|t| ctx.nt.tok(t));
    let before = i >= 2
        && tok(i - 1) == Some(",")
        && OPERATION_NOUNS.contains(&ctx.w(i - 2))
        && tok(j).is_some_and(|w| w == "," || w == "." || w == ";");
    let after = tok(j) == Some(",")
        && ctx.word(j + 1).is_some_and(|w| w == "a" || w == "an")
        && (j + 2..(j + 6).min(ctx.toks.len())).any(|k| {
            OPERATION_NOUNS.contains(&ctx.w(k))
                && (j + 2..k).all(|m| ctx.toks[m].kind == TokKind::Word || ctx.w(m) == "-")
        });
    before || after
}

/// Nouns of roads and lines named after their two ends (`the Goma–Sake road`).
const ROUTE_NOUNS: &[&str] = &[
    "road", "highway", "railway", "railroad", "rail", "route", "corridor", "axis", "line",
];

/// Whether the one word at `k` is an end of a dash compound of capitalised words before a
/// route noun (`the Kavala–Sake road`, `the Oradea–Brusturi–Cluj pipeline`).
fn dash_route_end(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    ctx.toks[k].kind == TokKind::Word
        && is_cap_word(ctx.w(k))
        && dash_chain_before_route(ctx, ctx.toks[k].s, ctx.toks[k].e)
}

/// Nouns of places a name may stand in apposition with (`Kamsoro, a town on the border`).
const PLACE_APPOSITION_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "port",
    "hub",
    "district",
    "province",
    "region",
    "suburb",
    "settlement",
    "island",
    "capital",
    "municipality",
    "commune",
    "county",
];

/// Whether the capitalised words `i..j` (no given name first) stand before a comma and an
/// article whose noun phrase is headed by a place noun (`Kamsoro, a small town on the
/// border`, `Lubanda, the provincial capital,`); the noun is the head: a comma, a full stop or
/// a preposition follows it, not another noun (`, a town councillor`).
fn place_apposition(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> bool {
    let tok = |k: usize| ctx.toks.get(k).map(|t| ctx.nt.tok(t));
    if ctx.g.lex.is_given(ctx.w(i))
        || tok(j) != Some(",")
        || !ctx
            .word(j + 1)
            .is_some_and(|w| ["a", "an", "the"].contains(&w))
    {
        return false;
    }
    (j + 2..(j + 5).min(ctx.toks.len())).any(|k| {
        PLACE_APPOSITION_NOUNS.contains(&ctx.w(k))
            && (j + 2..k).all(|m| {
                ctx.toks[m].kind == TokKind::Word
                    && (ctx.w(m).starts_with(char::is_lowercase) || is_kb_demonym(ctx, ctx.w(m)))
            })
            && tok(k + 1).is_some_and(|w| {
                [
                    ",", ".", ";", "in", "on", "of", "near", "north", "south", "east", "west",
                    "that", "which", "where", "close", "along", "across", "by", "with",
                ]
                .contains(&w)
            })
    })
}

/// Lower-case nouns of cables and pipelines after their name (`the Nordlink cable`).
const INFRASTRUCTURE_NOUNS: &[&str] = &["cable", "pipeline", "interconnector", "link"];

/// Lower-case nouns of mines and deposits, named after their place (`the Tarkwa mine`).
const MINE_NOUNS: &[&str] = &[
    "mine",
    "mines",
    "deposit",
    "deposits",
    "oilfield",
    "oilfields",
    "gasfield",
    "gasfields",
    "field",
    "fields",
];

/// Lower-case nouns of a place before `of` and a name (`its exclave of Nakhchivan`, `the town
/// of Kirkuk`): the name is a place.
/// Parts of a river, a lake or a coast before `of the` and its name (`the left bank of the
/// Vistula`).
const RIVER_PARTS: &[&str] = &[
    "bank",
    "banks",
    "shore",
    "shores",
    "mouth",
    "estuary",
    "delta",
    "basin",
    "valley",
    "source",
    "headwaters",
];

const PLACE_NOUNS_BEFORE_OF: &[&str] = &[
    "exclave",
    "enclave",
    "region",
    "province",
    "district",
    "town",
    "city",
    "village",
    "port",
    "island",
    "islands",
    "oblast",
    "governorate",
    "municipality",
    "county",
    "state",
    "provinces",
    "regions",
    "districts",
    "towns",
    "cities",
    "villages",
    "ports",
    "governorates",
    "municipalities",
    "counties",
    "neighbourhood",
    "neighborhood",
    "suburb",
    "commune",
    "hamlet",
    "settlement",
];

/// Verbs whose object, a name, is a place taken or struck by force (`shelled Kitembo`).
const TAKEN_BY_FORCE: &[&str] = &[
    "shelled",
    "besieged",
    "stormed",
    "overran",
    "overrun",
    "bombed",
    "encircled",
    "captured",
    "recaptured",
    "seized",
    "retook",
    "raided",
    "occupied",
    "looted",
    "entered",
];

/// Institutions a brief names by one capitalised word (`Parliament`, `Army`).
const INSTITUTIONS: &[&str] = &[
    "Parliament",
    "Army",
    "Navy",
    "Senate",
    "Cabinet",
    "Congress",
    "Government",
];

const US_CUES: &[&str] = &[
    "governor",
    "state",
    "county",
    "senator",
    "congressman",
    "statehouse",
];

impl<'a, 'g> Ctx<'a, 'g> {
    fn w(&self, i: usize) -> &'a str {
        self.nt.tok(&self.toks[i])
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        self.toks
            .get(i)
            .filter(|t| t.kind == TokKind::Word || t.kind == TokKind::Num)
            .map(|t| self.nt.tok(t))
    }

    /// Adjacent: token `j` follows token `i` with at most one space between. False when
    /// either is past the end (callers look one token ahead).
    fn adjacent(&self, i: usize, j: usize) -> bool {
        let (Some(a), Some(b)) = (self.toks.get(i), self.toks.get(j)) else {
            return false;
        };
        b.s == a.e || (b.s == a.e + 1 && &self.nt.text[a.e..b.s] == " ")
    }

    fn tok_at_byte(&self, b: usize) -> Option<usize> {
        self.toks.iter().position(|t| t.s == b)
    }

    fn tok_ending_at(&self, b: usize) -> Option<usize> {
        self.toks.iter().position(|t| t.e == b)
    }

    fn group(&self, gi: usize) -> &'g FormGroup {
        &self.g.kb.groups[gi]
    }

    /// The text before byte `s`, trimmed of one space.
    fn before(&self, s: usize) -> &'a str {
        self.nt.text[..s]
            .strip_suffix(' ')
            .unwrap_or(&self.nt.text[..s])
    }

    fn prev_word_lower(&self, s: usize) -> Option<String> {
        let i = self.tok_at_byte(s)?;
        let j = i.checked_sub(1)?;
        (self.toks[j].kind == TokKind::Word).then(|| self.w(j).to_lowercase())
    }

    fn has_kb_country(&self, except: (usize, usize), usa: bool) -> bool {
        self.kbc.iter().any(|&(s, e, gi)| {
            (s, e) != except
                && self.group(gi).candidates.iter().any(|c| {
                    c.entity.kind == EntityKind::Country
                        && c.kind != FormKind::Generic
                        && ((c.entity.id == "usa") == usa)
                })
        })
    }
}

/// Recognises the mentions of one sentence into `out` (byte ranges of `nt.text`, in order,
/// without overlaps), updating the brief's state.
pub fn sentence(
    g: &Gazetteer<'_>,
    nt: &NormText,
    part: Part,
    first_of_paragraph: bool,
    italics: &[Span],
    st: &mut DocState,
    out: &mut Vec<Found>,
) {
    let mut ctx = Ctx {
        g,
        nt,
        toks: &nt.tokens,
        kbc: Vec::new(),
        part,
        first_of_paragraph,
    };
    kb_candidates(&mut ctx);
    let mut found: Vec<Found> = Vec::new();
    claimed_spans(&ctx, italics, st, &mut found);
    let chunks = over_kb_names(&ctx, chunks(&ctx));
    for (i, j) in chunks {
        let (s, e) = (ctx.toks[i].s, ctx.toks[j - 1].e);
        if found.iter().any(|f| f.s < e && s < f.e) {
            // Inside a claimed span: only what lies outside it.
            let mut k = i;
            while k < j {
                let t = &ctx.toks[k];
                if found.iter().any(|f| f.s < t.e && t.s < f.e) {
                    k += 1;
                    continue;
                }
                let start = k;
                while k < j
                    && !found
                        .iter()
                        .any(|f| f.s < ctx.toks[k].e && ctx.toks[k].s < f.e)
                {
                    k += 1;
                }
                chunk(&ctx, start, k, st, &mut found);
            }
            continue;
        }
        chunk(&ctx, i, j, st, &mut found);
    }
    note_authors(&ctx, &mut found);
    acronym_definitions(&ctx, st, &mut found);
    nicknames(&ctx, &mut found);
    found.sort_by(|a, b| a.s.cmp(&b.s).then(b.e.cmp(&a.e)));
    merge_units_and_titles(&ctx, &mut found);
    let mut taken_to = 0;
    let first_out = out.len();
    for f in found {
        if f.s < taken_to || f.s >= f.e {
            continue;
        }
        taken_to = f.e;
        remember(&ctx, &f, st);
        out.push(f);
    }
    same_sentence_surnames(&ctx, st, first_out, out);
}

/// Head words of texts leaders issue together, agreements even when cited as documents.
const DECLARATION_HEADS: &[&str] = &["Declaration", "Communiqué", "Communique"];

/// A note's author: a name opening the note, a comma, then a cited title (italic or quoted,
/// already found as a publication) is the organisation that wrote it (`Harbour Watch
/// Initiative, *Reefs Lost*`, `Parties to the Reef Agreement, "Annual Report"`), though its
/// head word names an agreement (a journal's name stays a publication: `Reef List, "…"`).
fn note_authors(ctx: &Ctx<'_, '_>, found: &mut [Found]) {
    if ctx.part != Part::Notes {
        return;
    }
    let text = ctx.nt.text.as_str();
    let titles: Vec<usize> = found
        .iter()
        .filter(|f| f.target.kind() == EntityKind::Publication)
        .map(|f| f.s)
        .collect();
    for f in found.iter_mut() {
        let Target::New(kind, name) = &f.target else {
            continue;
        };
        if *kind != EntityKind::Agreement {
            continue;
        }
        let opens = ctx
            .tok_at_byte(f.s)
            .is_some_and(|i| is_sentence_start(ctx, i));
        let Some(rest) = text[f.e..].strip_prefix(", ") else {
            continue;
        };
        let quote = rest
            .chars()
            .next()
            .filter(|c| ['"', '\u{201C}'].contains(c))
            .map_or(0, char::len_utf8);
        let title_at = f.e + 2 + quote;
        if opens && titles.contains(&title_at) {
            f.target = Target::New(EntityKind::Organization, name.clone());
        }
    }
}

/// A surname standing alone after the person's full name in the same sentence (`Senator Ana
/// Ruiz spoke first; Ruiz then left`): the back-reference the earlier sentences' persons get in
/// [`single_word`], for the persons this sentence named. A hash lookup per uncovered
/// capitalised word.
fn same_sentence_surnames(
    ctx: &Ctx<'_, '_>,
    st: &DocState,
    first_out: usize,
    out: &mut Vec<Found>,
) {
    let named: Vec<&(Vec<String>, Target)> = st
        .persons
        .iter()
        .filter(|(_, t)| {
            out[first_out..]
                .iter()
                .any(|f| f.target == *t && f.target.kind() == EntityKind::Person)
        })
        .collect();
    let this_sentence = |t: &Target| out[first_out..].iter().any(|f| f.target == *t);
    let heads_named = st.heads.values().any(&this_sentence);
    if named.is_empty() && !heads_named {
        return;
    }
    let n = ctx.toks.len();
    let cap = |k: usize| ctx.toks[k].kind == TokKind::Word && is_cap_word(ctx.w(k));
    let mut add = Vec::new();
    for k in 0..n {
        let t = &ctx.toks[k];
        if !cap(k)
            || (k > 0 && cap(k - 1) && ctx.adjacent(k - 1, k))
            || (k + 1 < n && cap(k + 1) && ctx.adjacent(k, k + 1))
            || out[first_out..].iter().any(|f| f.s < t.e && t.s < f.e)
        {
            continue;
        }
        let w = ctx.w(k);
        // The last word, the surname without its article (`al-Burhan`), or the first of two
        // surnames (`Padrino` of `Vladimir Padrino López`).
        let surname_of = |words: &Vec<String>| {
            words.len() >= 2
                && (words.last().is_some_and(|l| {
                    l == w
                        || ["al-", "el-", "Al-", "El-"]
                            .iter()
                            .any(|a| l.strip_prefix(a) == Some(w))
                }) || (words.len() >= 3
                    && w.chars().count() >= 3
                    && !ctx.g.lex.is_given(w)
                    && words[1..words.len() - 1].iter().any(|x| x == w)))
        };
        if let Some((_, target)) = named.iter().find(|(words, _)| surname_of(words)) {
            add.push(Found {
                s: t.s,
                e: t.e,
                target: target.clone(),
                resolution: Resolution::Surname,
                role: None,
            });
            continue;
        }
        // `the International Court of Justice (ICJ), and the Court confirmed`: a head word
        // after `the` naming what this sentence named by that head.
        let after_the = k > 0 && matches!(ctx.w(k - 1), "the" | "The");
        if let Some(target) = st.heads.get(w).filter(|t| after_the && this_sentence(t)) {
            add.push(Found {
                s: t.s,
                e: t.e,
                target: target.clone(),
                resolution: Resolution::Title,
                role: None,
            });
        }
    }
    if !add.is_empty() {
        out.extend(add);
        out[first_out..].sort_by_key(|a| a.s);
    }
}

/// Every KB form found on whole words, minus currency prefixes (`US$`).
fn kb_candidates(ctx: &mut Ctx<'_, '_>) {
    let text = ctx.nt.text.as_str();
    let word = |c: char| c.is_alphanumeric() || super::text::is_mark(c);
    for m in ctx.g.automaton.find_overlapping_iter(text) {
        let (s, e) = (m.start(), m.end());
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        let form = &ctx.g.kb.groups[m.pattern().as_usize()].text;
        if before.is_some_and(word) || before == Some('$') {
            continue;
        }
        if !form.ends_with('.') && after.is_some_and(word) {
            continue;
        }
        // `US$90 billion`, `US 90`: a currency or a figure, not the country.
        if matches!(after, Some('$' | '€' | '£'))
            || text[..s].ends_with(|c: char| c.is_ascii_digit())
        {
            continue;
        }
        // `6.5 US cents`, `in US dollars`: an abbreviated country naming its currency.
        let abbreviated = form.chars().all(|c| c.is_ascii_uppercase() || c == '.');
        if abbreviated && CURRENCY_UNITS.iter().any(|u| text[e..].starts_with(u)) {
            continue;
        }
        // `the Gulf states`, `Pacific security`: a region's one-word name as an adjective.
        if region_adjective(ctx, m.pattern().as_usize(), &text[e..]) {
            continue;
        }
        // A name after a capitalised prefix and a hyphen (`Trans-Atlantic`) is part of an
        // adjective; after a name (`Korea-Russia`) or a lower-case prefix (`post-Cold War`)
        // it is a name.
        if before == Some('-') {
            let prev: String = text[..s - 1]
                .chars()
                .rev()
                .take_while(|c| c.is_alphanumeric())
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            // `al-Houthi`: the Arabic article makes a person's name, not the group.
            if [
                "Trans", "Pan", "Anti", "Non", "Pro", "Sub", "Inter", "al", "el", "Al", "El",
            ]
            .contains(&prev.as_str())
            {
                continue;
            }
        }
        // `Quad-at-Sea`: a name inside a hyphenated compound word.
        if after == Some('-') {
            let rest = &text[e + 1..];
            let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
            if !word.is_empty()
                && word.starts_with(char::is_lowercase)
                && rest[word.len()..].starts_with('-')
            {
                continue;
            }
        }
        ctx.kbc.push((s, e, m.pattern().as_usize()));
    }
    ctx.kbc.sort();
}

/// Whether form group `gi`, followed by `rest`, is a region's or sea's one-word name used as an
/// adjective: every reading a KB region or sea, the name one word without a hyphen, and a noun of `region-modified-nouns.txt`
/// right after it (`the Gulf states`, `12 Pacific states`, `Pacific security`).
fn region_adjective(ctx: &Ctx<'_, '_>, gi: usize, rest: &str) -> bool {
    let group = ctx.group(gi);
    // A compound name (`Indo-Pacific`, `Euro-Atlantic`) is a coined noun, kept as a name.
    if group.text.contains([' ', '-']) || group.candidates.is_empty() {
        return false;
    }
    let regional = group.candidates.iter().all(|c| {
        c.entity.kind == EntityKind::Place
            && ctx.g.kb.entity(&c.entity).is_some_and(|k| {
                k.capital_of.is_none()
                    && matches!(k.entity.category.as_deref(), Some("region" | "sea"))
            })
    });
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let noun: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    regional && ctx.g.lex.region_modified.contains(&noun)
}

/// Head words of a body serving one country, named with it after `in` (`… Office in Kenya`).
const FIELD_BODIES: &[&str] = &["Office", "Mission", "Delegation", "Representation"];

/// Capitalised sequences: token index ranges `[i, j)`.
fn chunks(ctx: &Ctx<'_, '_>) -> Vec<(usize, usize)> {
    let lex = &ctx.g.lex;
    let n = ctx.toks.len();
    let mut out = Vec::new();
    let mut i = 0;
    let starts_name = |k: usize| -> bool {
        let t = &ctx.toks[k];
        let w = ctx.w(k);
        match t.kind {
            TokKind::Word => {
                (is_cap_word(w) && !lex.is_function(w))
                    || (ORDINALS.contains(&w)
                        && k + 1 < n
                        && ctx.adjacent(k, k + 1)
                        && ctx.toks[k + 1].kind == TokKind::Word
                        && is_cap_word(ctx.w(k + 1))
                        && !lex.is_function(ctx.w(k + 1)))
                    || ((w.starts_with("al-") || w.starts_with("el-")) && w.len() > 3)
                    // A function word joined by a hyphen to the rest of a KB name
                    // (`I-Kiribati`).
                    || (is_cap_word(w)
                        && ctx.nt.text[t.e..].starts_with('-')
                        && ctx
                            .kbc
                            .iter()
                            .any(|&(a, b, _)| a == t.s && b > t.e + 1))
            }
            // `1st MDTF`, `3 [rd] MDTF`, `9/11`: a figure that starts a name.
            TokKind::Num => {
                w.contains('/') && w.len() > 2
                    || w.ends_with("st")
                    || w.ends_with("nd")
                    || w.ends_with("rd")
                    || w.ends_with("th")
                    || (k + 3 < n
                        && ctx.w(k + 1) == "["
                        && ["st", "nd", "rd", "th"].contains(&ctx.w(k + 2)))
            }
            _ => false,
        }
    };
    while i < n {
        if !starts_name(i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // `Agreement on the Path to Peace between Ruritania and Elbonia`: an agreement's name
        // opening with its head word runs on over `to` and `between`.
        let agreement_head = matches!(
            lex.heads.get(ctx.w(i)),
            Some((EntityKind::Agreement, HeadPlace::First | HeadPlace::Both))
        );
        let opens_with_head = lex
            .heads
            .get(ctx.w(i))
            .is_some_and(|&(_, place)| place != HeadPlace::Last);
        loop {
            if j >= n || !ctx.adjacent(j - 1, j) {
                break;
            }
            // `the Lisbon-based Orvane Metals`: a place made a modifier by a hyphen and a
            // participle ends there; the name after it is another.
            if MODIFIER_SUFFIXES.iter().any(|x| ctx.w(j - 1).ends_with(x)) {
                break;
            }
            let t = &ctx.toks[j];
            let w = ctx.w(j);
            let next_cap = |k: usize| {
                k < n
                    && ctx.adjacent(k - 1, k)
                    && ctx.toks[k].kind == TokKind::Word
                    && ((is_cap_word(ctx.w(k)) && !lex.is_function(ctx.w(k)))
                        || ctx.w(k).starts_with("al-"))
            };
            // `Group of Experts`, `Panel of Experts`: a plural noun after a head word and `of`
            // belongs to the name, though it may open a sentence as a function word (`Experts
            // say`).
            let members_after_head = |k: usize| {
                k >= 2
                    && k < n
                    && ctx.w(k - 1) == "of"
                    && ctx.toks[k].kind == TokKind::Word
                    && is_cap_word(ctx.w(k))
                    && lex.is_function(ctx.w(k))
                    && ctx.w(k).len() > 4
                    && ctx.w(k).ends_with('s')
                    && lex.heads.get(ctx.w(k - 2)).is_some_and(|&(kind, place)| {
                        kind == EntityKind::Organization
                            && matches!(place, HeadPlace::First | HeadPlace::Both)
                    })
            };
            match t.kind {
                TokKind::Word
                    if (is_cap_word(w) && !lex.is_function(w))
                        || w.starts_with("al-")
                        || w.starts_with("el-")
                        || members_after_head(j) =>
                {
                    j += 1
                }
                TokKind::Word
                    if w == "of" && ctx.adjacent(j, j + 1) && members_after_head(j + 1) =>
                {
                    j += 1
                }
                // `Department for Science, Innovation and Technology`: a list of the remits
                // of a body whose head opens its name runs on to its last `and`.
                _ if w == "," && remit_list(ctx, i, j) => j += 1,
                TokKind::Word
                    if CONNECTORS.contains(&w)
                        && (next_cap(j + 1)
                            || (["of", "for", "on"].contains(&w)
                                && j + 1 < n
                                && ctx.w(j + 1) == "the"
                                && next_cap(j + 2))) =>
                {
                    j += 1
                }
                // Lower-case particles of a Spanish, Portuguese or French name (`Río de la
                // Plata`, `Frente contra los Embalses`, `Ministério das Relações`): a
                // preposition with its article, or a particle after a head word that opens
                // the name, before a capitalised word.
                TokKind::Word
                    if ROMANCE_PARTICLES.contains(&w)
                        && ((opens_with_head && next_cap(j + 1))
                            || ((opens_with_head || ["de", "del", "da"].contains(&w))
                                && j + 2 < n
                                && ROMANCE_ARTICLES.contains(&ctx.w(j + 1))
                                && next_cap(j + 2))) =>
                {
                    j += 1
                }
                // `Code of Conduct in the South China Sea`, `… Forces in the Arctic`: an
                // agreement's name runs on over `in the` and a sea or region.
                TokKind::Word
                    if agreement_head
                        && w == "in"
                        && j + 2 < n
                        && ctx.w(j + 1) == "the"
                        && (i + 1..j).any(|k| ["of", "on"].contains(&ctx.w(k)))
                        && ctx.kbc.iter().any(|&(a, _, gi)| {
                            a == ctx.toks[j + 2].s
                                && ctx.group(gi).candidates.iter().any(|c| {
                                    c.entity.kind == EntityKind::Place
                                        && ctx.g.kb.entity(&c.entity).is_some_and(|k| {
                                            matches!(
                                                k.entity.category.as_deref(),
                                                Some("sea" | "region" | "strait")
                                            )
                                        })
                                })
                        }) =>
                {
                    j += 1
                }
                // `… Support Office in Kenya`, `… Training Mission in Mali`: a field office or
                // mission runs on over `in` and the country it serves (a KB country, one name
                // closing the sequence).
                TokKind::Word
                    if w == "in"
                        && j > i + 1
                        && FIELD_BODIES.contains(&ctx.w(j - 1))
                        && j + 1 < n
                        && ctx.kbc.iter().any(|&(a, b, gi)| {
                            a == ctx.toks[j + 1].s
                                && ctx.group(gi).has_kind(EntityKind::Country)
                                && !ctx
                                    .toks
                                    .iter()
                                    .find(|t| t.s > b)
                                    .is_some_and(|t| is_cap_word(&ctx.nt.text[t.s..t.e]))
                        }) =>
                {
                    j += 1
                }
                TokKind::Word
                    if agreement_head
                        && (w == "to" || w == "between")
                        && (next_cap(j + 1)
                            || (j + 2 < n && ctx.w(j + 1) == "the" && next_cap(j + 2))) =>
                {
                    j += 1
                }
                TokKind::Word
                    if w == "the"
                        && j > i
                        && ["of", "for", "on", "to", "between", "in"].contains(&ctx.w(j - 1))
                        && next_cap(j + 1) =>
                {
                    j += 1
                }
                // A capitalised gerund inside a name takes its object (`Fund for Saving the
                // Tigris`, `Treaty Concerning the Status of …`), so does an infinitive after a
                // head word (`Declaration of Commitment to Protect the Civilians of …`).
                TokKind::Word
                    if w == "the"
                        && j > i + 1
                        && (is_cap_gerund(ctx, j - 1)
                            || (j > i + 2 && ctx.w(j - 2) == "to" && is_cap_verb(ctx, j - 1)))
                        && next_cap(j + 1) =>
                {
                    j += 1
                }
                TokKind::Word
                    if w == "to"
                        && j > i
                        && (i..j).any(|k| lex.heads.contains_key(ctx.w(k)))
                        && j + 2 < n
                        && ctx.adjacent(j, j + 1)
                        && is_cap_verb(ctx, j + 1)
                        && ctx.w(j + 2) == "the"
                        && next_cap(j + 3) =>
                {
                    j += 1
                }
                TokKind::Num if ctx.toks[j - 1].kind == TokKind::Word => j += 1,
                TokKind::Poss if next_cap(j + 1) => j += 1,
                TokKind::Punct
                    if w == "-" && ctx.toks[j].s == ctx.toks[j - 1].e && next_cap(j + 1) =>
                {
                    j += 1
                }
                TokKind::Punct
                    if w == "["
                        && j + 2 < n
                        && ["st", "nd", "rd", "th"].contains(&ctx.w(j + 1))
                        && ctx.w(j + 2) == "]" =>
                {
                    j += 3
                }
                _ => break,
            }
        }
        // An ordinal opening a name with a head word (`Second Thomas Shoal`, `Third Ring
        // Road`) is part of it; before any other name (`First Lady Jill Biden`) it is not.
        if ORDINALS.contains(&ctx.w(i))
            && j > i + 1
            && head_kind(ctx, i, j).is_none()
            && !ctx.kbc.iter().any(|k| k.0 == ctx.toks[i].s)
        {
            i += 1;
        }
        if let Some(c) = possessive_complement(ctx, i, j) {
            out.push((i, c));
            i = c + 1;
            continue;
        }
        out.push((i, j));
        i = j;
    }
    out
}

/// A capitalised gerund or participle (`Saving`, `Concerning`): a common word in `-ing`.
fn is_cap_gerund(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    let w = ctx.w(k);
    ctx.toks[k].kind == TokKind::Word
        && is_cap_word(w)
        && w.ends_with("ing")
        && super::lexicon::is_common_word(&w.to_lowercase())
}

/// A name after a role and `at` (`a fellow at the …`, `editor at …`) or after `works for`
/// (`worked for the …`): an employer.
fn employer_context(ctx: &Ctx<'_, '_>, i: usize) -> bool {
    let Some(mut p) = i.checked_sub(1) else {
        return false;
    };
    if ctx.w(p) == "the" {
        match p.checked_sub(1) {
            Some(q) => p = q,
            None => return false,
        }
    }
    let Some(before) = p.checked_sub(1).map(|q| ctx.w(q)) else {
        return false;
    };
    let role = ctx.g.lex.titles.contains(before)
        || before
            .strip_suffix('s')
            .is_some_and(|b| ctx.g.lex.titles.contains(b) || b.ends_with("ist"));
    (["at", "in", "of"].contains(&ctx.w(p)) && role)
        || (ctx.w(p) == "for" && ["works", "worked", "working", "work"].contains(&before))
}

/// A capitalised verb in its base form (`Protect`, `Promote`): a common English word, not a
/// head word, not a name the KB knows.
fn is_cap_verb(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    let w = ctx.w(k);
    ctx.toks[k].kind == TokKind::Word
        && is_cap_word(w)
        && !w.ends_with("ing")
        && !w.ends_with('s')
        && !ctx.g.lex.heads.contains_key(w)
        && super::lexicon::is_common_word(&w.to_lowercase())
        && !ctx.kbc.iter().any(|c| c.0 == ctx.toks[k].s)
}

/// `the Fires Battalion of the Army's five task forces`: a chunk `A of (the) X` whose `X` is a
/// known organisation followed by a possessive and a lower-case noun phrase is not one name:
/// the possessive makes `the X's …` the complement of `of`, so the name ends before `of`. The
/// token index of that `of` (or `for`/`on`) when so; `None` when a known name runs across it
/// (`Department of the Treasury's staff`) or the possessive starts another name (`Department
/// of the Treasury's Office of Foreign Assets Control`).
fn possessive_complement(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> Option<usize> {
    let n = ctx.toks.len();
    if j >= n || ctx.toks[j].kind != TokKind::Poss || ctx.toks[j].s != ctx.toks[j - 1].e {
        return None;
    }
    if ctx
        .word(j + 1)
        .is_some_and(|w| is_cap_word(w) && !ctx.g.lex.is_function(w))
    {
        return None;
    }
    let c = (i + 1..j)
        .rev()
        .find(|&k| ["of", "for", "on"].contains(&ctx.w(k)))?;
    let x = if ctx.w(c + 1) == "the" { c + 2 } else { c + 1 };
    if x >= j {
        return None;
    }
    let (xs, xe, s) = (ctx.toks[x].s, ctx.toks[j - 1].e, ctx.toks[i].s);
    let gi = kb_exact(ctx, xs, xe)?;
    let org = ctx
        .group(gi)
        .candidates
        .iter()
        .any(|cand| cand.entity.kind == EntityKind::Organization);
    let across = ctx
        .kbc
        .iter()
        .any(|&(a, b, _)| a >= s && a < ctx.toks[c].s && b > ctx.toks[c].e);
    (org && !across).then_some(c)
}

/// Chunks grown over the KB names that start inside them and end after them
/// (`Jama'at Nusrat al-Islam wal-Muslimin`: a lower-case word inside a known name), merged
/// where they then overlap. One pass over the sorted chunks and candidates.
fn over_kb_names(ctx: &Ctx<'_, '_>, chunks: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(chunks.len());
    let mut c = 0;
    for (i, mut j) in chunks {
        if let Some(last) = out.last_mut() {
            if i < last.1 {
                last.1 = last.1.max(j);
                continue;
            }
        }
        // `in The Hague`: a KB place whose name opens with a capitalised article that the
        // chunk left out as a function word.
        let i = if i > 0
            && ctx.w(i - 1) == "The"
            && ctx.adjacent(i - 1, i)
            && ctx.kbc.iter().any(|&(a, b, gi)| {
                a == ctx.toks[i - 1].s
                    && b >= ctx.toks[i].e
                    && b <= ctx.toks[j - 1].e
                    && ctx.group(gi).has_kind(EntityKind::Place)
            })
            && out.last().is_none_or(|l| l.1 < i)
        {
            i - 1
        } else {
            i
        };
        let (s, e) = (ctx.toks[i].s, ctx.toks[j - 1].e);
        while c < ctx.kbc.len() && ctx.kbc[c].0 < s {
            c += 1;
        }
        let mut k = c;
        while k < ctx.kbc.len() && ctx.kbc[k].0 < e {
            let (a, b, _) = ctx.kbc[k];
            // Not over a lower-case head noun (`Indo-Pacific region`, `Tomahawk cruise
            // missile`): the name's last word has a capital (`wal-Muslimin`).
            let last_word = ctx.nt.text[a..b].rsplit(' ').next().unwrap_or("");
            if b > e && ctx.tok_at_byte(a).is_some() && last_word.chars().any(char::is_uppercase) {
                if let Some(t) = ctx.tok_ending_at(b) {
                    j = j.max(t + 1);
                }
            }
            k += 1;
        }
        out.push((i, j));
    }
    out
}

/// True when a KB name ends where the segment `[i, j)` ends, on a possessive (`Lloyd's`).
fn kb_name_ends_at(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> bool {
    let (s, e) = (ctx.toks[i].s, ctx.toks[j - 1].e);
    ctx.kbc.iter().any(|&(a, b, _)| a >= s && b == e)
}

/// Whether a KB name and the head word after it name the KB entity: an agreement's head word
/// names its kind (`New START Treaty` is New START); another kind's head word names the entity
/// only when its own name has that word (`Wagner` + `Group`), else something else (`ECOWAS
/// Commission` is a body of ECOWAS, the `Baltic Pipe` a pipeline, not the sea).
fn names_its_head(ctx: &Ctx<'_, '_>, key: &crate::model::EntityKey, head: &str) -> bool {
    key.kind == EntityKind::Agreement
        || ctx
            .g
            .kb
            .entity(key)
            .is_some_and(|e| e.entity.name.split(' ').any(|w| w == head))
}

/// A word that may become the short name of an organisation named `<word> <Head>` (`Wagner`
/// for `Wagner Group`): no KB reading, or only persons' (a surname is not a place or country).
fn short_name_free(ctx: &Ctx<'_, '_>, word: &str) -> bool {
    ctx.g.kb.group(word).is_none_or(|g| {
        g.candidates
            .iter()
            .all(|c| c.entity.kind == EntityKind::Person)
    })
}

/// A KB candidate exactly on `[s, e)`, the longest first.
fn kb_exact(ctx: &Ctx<'_, '_>, s: usize, e: usize) -> Option<usize> {
    ctx.kbc
        .iter()
        .find(|&&(a, b, _)| a == s && b == e)
        .map(|&(_, _, gi)| gi)
}

fn resolution_of(kind: FormKind) -> Resolution {
    match kind {
        FormKind::Name => Resolution::Exact,
        FormKind::Acronym => Resolution::Acronym,
        FormKind::Alias | FormKind::Generic | FormKind::Prefix => Resolution::Alias,
        FormKind::Surname => Resolution::Surname,
        FormKind::Demonym => Resolution::Demonym,
    }
}

/// The country named right before `s` as a possessive (`China's`) or adjective (`Chinese`),
/// or right after as `of (the) <Country>`: its ISO alpha-3 code.
fn country_context(ctx: &Ctx<'_, '_>, s: usize, e: usize) -> Option<String> {
    let country_of = |a: usize, b: usize| -> Option<String> {
        let (_, _, gi) = ctx.kbc.iter().find(|&&(x, y, _)| x == a && y == b)?;
        ctx.group(*gi)
            .candidates
            .iter()
            .find(|c| c.entity.kind == EntityKind::Country)
            .map(|c| c.entity.id.to_uppercase())
    };
    let before = ctx.before(s);
    let before = before.strip_suffix("'s").unwrap_or(before);
    if let Some(&(a, b, _)) = ctx.kbc.iter().find(|&&(_, b, _)| b == before.len()) {
        if let Some(c) = country_of(a, b) {
            return Some(c);
        }
    }
    let after = &ctx.nt.text[e..];
    for p in [" of the ", " of "] {
        if let Some(rest) = after.strip_prefix(p) {
            let a = e + p.len();
            if let Some(&(x, y, _)) = ctx
                .kbc
                .iter()
                .filter(|&&(x, _, _)| x == a)
                .max_by_key(|k| k.1)
            {
                let _ = rest;
                if let Some(c) = country_of(x, y) {
                    return Some(c);
                }
            }
        }
    }
    None
}

/// Decides what a KB candidate at `[s, e)` names here, if anything.
fn choose(
    ctx: &Ctx<'_, '_>,
    gi: usize,
    s: usize,
    e: usize,
    st: &DocState,
) -> Option<(Target, Resolution)> {
    let group = ctx.group(gi);
    if let Some(def) = st.acronyms.get(&group.text) {
        return def.clone().map(|t| (t, Resolution::Acronym));
    }
    let article = ctx.before(s).ends_with("the") || ctx.before(s).ends_with("The");
    // `the Gulf` after `the Gulf of Riga`: that gulf, not the KB's `Gulf` (a region).
    if article && e == s + group.text.len() {
        if let Some(t) = st.heads.get(&group.text).filter(|t| {
            t.kind() == EntityKind::Place
                && ctx
                    .g
                    .lex
                    .heads
                    .get(&group.text)
                    .is_some_and(|&(k, _)| k == EntityKind::Place)
        }) {
            return Some((t.clone(), Resolution::Title));
        }
    }
    // The leading words of a person's longer name are that person only when the name ends
    // there (`Kim Jong` in `Kim Jong Il` is not `Kim Jong Un`).
    let name_goes_on = ctx.nt.text[e..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(char::is_uppercase));
    let cands: Vec<_> = group
        .candidates
        .iter()
        .filter(|c| !c.article || article)
        .filter(|c| c.kind != FormKind::Prefix || !name_goes_on)
        .collect();
    if cands.is_empty() {
        return None;
    }
    // Generic names need their country in the context.
    if cands.iter().all(|c| c.kind == FormKind::Generic) {
        let country_of = |c: &&crate::kb::Candidate| {
            ctx.g
                .kb
                .entity(&c.entity)
                .and_then(|k| k.entity.country.clone())
        };
        if let Some(country) = country_context(ctx, s, e) {
            let c = cands
                .iter()
                .find(|c| country_of(c).as_deref() == Some(country.as_str()))?;
            return Some((Target::Kb(c.entity.clone()), Resolution::Alias));
        }
        // No country beside it: the one candidate whose country the brief has mentioned.
        let mut known = cands
            .iter()
            .filter(|c| country_of(c).is_some_and(|k| st.countries.contains(&k)));
        let c = known.next()?;
        return known
            .next()
            .is_none()
            .then(|| (Target::Kb(c.entity.clone()), Resolution::Alias));
    }
    let cands: Vec<_> = cands
        .into_iter()
        .filter(|c| c.kind != FormKind::Generic)
        .collect();
    // A demonym shared by two countries (`Korean`, `Congolese`) names the one country of the
    // two that the brief has already named by its name (a brief on Kinshasa's war); with
    // neither or both named, it says nothing.
    if cands.iter().all(|c| c.kind == FormKind::Demonym) && cands.len() > 1 {
        let mut known = cands.iter().filter(|c| {
            ctx.g
                .kb
                .entity(&c.entity)
                .and_then(|k| k.entity.country.clone())
                .is_some_and(|k| st.countries.contains(&k))
        });
        let c = known.next()?;
        return known
            .next()
            .is_none()
            .then(|| (Target::Kb(c.entity.clone()), resolution_of(c.kind)));
    }
    let first = cands[0];
    let mut pick = first;
    if cands.len() > 1 {
        // Country or U.S. state (`Georgia`): the evidence around decides; none, no link.
        let state = cands.iter().find(|c| {
            c.entity.kind == EntityKind::Place
                && ctx
                    .g
                    .kb
                    .entity(&c.entity)
                    .is_some_and(|k| k.entity.country.as_deref() == Some("USA"))
        });
        let country = cands.iter().find(|c| c.entity.kind == EntityKind::Country);
        if let (Some(state), Some(country)) = (state, country) {
            let us = us_evidence(ctx, s, e);
            // Another country, or a place abroad (`from Baku across Georgia`), in the sentence.
            let abroad = ctx.has_kb_country((s, e), false) || place_abroad(ctx, (s, e));
            // The brief as a whole: one naming the country's capital or its demonym
            // (`Tbilisi`, `Georgian`) and no U.S. place is about the country, unless the
            // sentence itself places the name in the United States (`Savannah, Georgia`).
            if !city_before_comma(ctx, s)
                && !has_word(&ctx.nt.text.to_lowercase(), US_CUES)
                && country_in_document(ctx, st, &country.entity, &state.entity)
            {
                return Some((
                    Target::Kb(country.entity.clone()),
                    resolution_of(country.kind),
                ));
            }
            return match (us, abroad) {
                (true, false) => {
                    Some((Target::Kb(state.entity.clone()), resolution_of(state.kind)))
                }
                (false, true) => Some((
                    Target::Kb(country.entity.clone()),
                    resolution_of(country.kind),
                )),
                _ => Some((
                    Target::New(EntityKind::Place, group.text.clone()),
                    Resolution::Rule,
                )),
            };
        }
        // A state or province and a city of one name (`New York`): the evidence around
        // decides (`New York, 11 September 2026`, `the mayor of New York`; `the governor of
        // New York`, `upstate New York`); none, no link rather than a wrong one.
        let category = |c: &&&crate::kb::Candidate| {
            ctx.g
                .kb
                .entity(&c.entity)
                .filter(|k| k.capital_of.is_none())
                .and_then(|k| k.entity.category.clone())
        };
        let province = cands
            .iter()
            .find(|c| category(c).as_deref() == Some("province"));
        let city = cands
            .iter()
            .find(|c| category(c).as_deref() == Some("city"));
        if let (Some(province), Some(city)) = (province, city) {
            let pick = if city_evidence(ctx, e) {
                Target::Kb(city.entity.clone())
            } else if province_evidence(ctx, s, e) {
                Target::Kb(province.entity.clone())
            } else {
                Target::New(EntityKind::Place, group.text.clone())
            };
            let resolution = match &pick {
                Target::Kb(k) if *k == city.entity => resolution_of(city.kind),
                Target::Kb(_) => resolution_of(province.kind),
                Target::New(..) => Resolution::Rule,
            };
            return Some((pick, resolution));
        }
        if let Some(state) = state {
            if us_evidence(ctx, s, e) {
                pick = state;
            }
        }
        // Several places of one name (`Victoria`): the one whose country the sentence names.
        let sentence_countries: Vec<String> = ctx
            .kbc
            .iter()
            .filter(|&&(a, b, _)| (a, b) != (s, e))
            .flat_map(|&(_, _, gi)| ctx.group(gi).candidates.iter())
            .filter_map(|c| {
                ctx.g
                    .kb
                    .entity(&c.entity)
                    .and_then(|k| k.entity.country.clone())
            })
            .collect();
        if let Some(c) = cands.iter().find(|c| {
            ctx.g
                .kb
                .entity(&c.entity)
                .and_then(|k| k.entity.country.as_ref())
                .is_some_and(|k| sentence_countries.contains(k))
        }) {
            if pick.entity == first.entity {
                pick = c;
            }
        }
    }
    let kbe = ctx.g.kb.entity(&pick.entity)?;
    // A city-state (`Djibouti`, `Singapore`) listed with cities (`at Berbera and Djibouti`):
    // the city.
    if pick.entity.kind == EntityKind::Country {
        if let Some(city) = city_of_city_state(ctx, &pick.entity, &group.text) {
            if listed_with_a_city(ctx, s, e) {
                return Some((Target::Kb(city), Resolution::Exact));
            }
        }
    }
    if let Some(country) = &kbe.capital_of {
        // A capital written with its country's name and a city word (`Panama City`, `Kuwait
        // City`, `Mexico City`): the writer chose the longer name to mean the city, so it
        // stands for the government only as an actor (`Panama City has not confirmed`).
        let city_named = ctx.g.kb.entity(country).is_some_and(|c| {
            group.text != c.entity.name && group.text.starts_with(&format!("{} ", c.entity.name))
        });
        if metonymic(ctx, s, e) && (!city_named || acts(ctx, e)) {
            let to = ctx
                .g
                .kb
                .metonyms
                .get(&group.text)
                .cloned()
                .unwrap_or_else(|| country.clone());
            return Some((Target::Kb(to), Resolution::Metonymy));
        }
    } else if let Some(to) = ctx.g.kb.metonyms.get(&group.text) {
        if pick.entity.kind == EntityKind::Place && metonymic(ctx, s, e) {
            return Some((Target::Kb(to.clone()), Resolution::Metonymy));
        }
    }
    Some((Target::Kb(pick.entity.clone()), resolution_of(pick.kind)))
}

/// Whether the name ending at byte `e` is the subject of the verb right after it: an
/// auxiliary or modal (`has`, `will`, `did`), a reporting verb (`said`, `announced`) or a
/// past-tense verb in `-ed` (`rejected`), as a government acts (`Mexico City has protested`).
fn acts(ctx: &Ctx<'_, '_>, e: usize) -> bool {
    const AUXILIARIES: &[&str] = &[
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "can", "could", "may",
        "might", "must", "shall", "should", "did", "does", "do",
    ];
    let Some(rest) = ctx.nt.text[e..].strip_prefix(' ') else {
        return false;
    };
    let word: &str = rest
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    AUXILIARIES.contains(&word)
        || ctx.g.lex.reporting.contains(word)
        || (word.len() > 4 && word.ends_with("ed") && word.starts_with(char::is_lowercase))
}

/// The capital of a city-state that has the country's name (`Djibouti`), when `form` is that
/// name.
fn city_of_city_state(
    ctx: &Ctx<'_, '_>,
    country: &crate::model::EntityKey,
    form: &str,
) -> Option<crate::model::EntityKey> {
    let name = &ctx.g.kb.entity(country)?.entity.name;
    if name != form {
        return None;
    }
    let city = crate::model::EntityKey {
        kind: EntityKind::Place,
        id: crate::kb::slug(name),
    };
    let e = ctx.g.kb.entity(&city)?;
    (e.capital_of.as_ref() == Some(country)).then_some(city)
}

/// Whether the name at `[s, e)` stands in a list (`,`, `and`, `or`) right beside a KB city
/// that is no capital (`Berbera and Djibouti`, `Djibouti, Aden`: a capital may itself stand
/// for its government).
fn listed_with_a_city(ctx: &Ctx<'_, '_>, s: usize, e: usize) -> bool {
    let is_city =
        |gi: usize| {
            ctx.group(gi).candidates.iter().any(|c| {
                c.entity.kind == EntityKind::Place
                    && ctx.g.kb.entity(&c.entity).is_some_and(|k| {
                        matches!(k.entity.category.as_deref(), Some("city" | "port"))
                    })
            })
        };
    let before = ctx.before(s);
    let prev_end = before
        .strip_suffix(" and")
        .or_else(|| before.strip_suffix(" or"))
        .or_else(|| before.strip_suffix(','))
        .map(str::len);
    if let Some(end) = prev_end {
        if ctx.kbc.iter().any(|&(_, b, gi)| b == end && is_city(gi)) {
            return true;
        }
    }
    let after = &ctx.nt.text[e..];
    let next_start = [" and ", " or ", ", "]
        .iter()
        .find(|p| after.starts_with(**p))
        .map(|p| e + p.len());
    next_start.is_some_and(|a| ctx.kbc.iter().any(|&(x, _, gi)| x == a && is_city(gi)))
}

/// Whether the sentence has another KB place outside the United States (a city, port or
/// river with a country other than the USA, every reading of its form so): evidence that a
/// name with a country and a U.S. state reading is the country (`by ship to Baku, then across
/// Georgia`).
fn place_abroad(ctx: &Ctx<'_, '_>, except: (usize, usize)) -> bool {
    ctx.kbc.iter().any(|&(a, b, gi)| {
        (a, b) != except
            && !ctx.group(gi).candidates.is_empty()
            && ctx.group(gi).candidates.iter().all(|c| {
                c.entity.kind == EntityKind::Place
                    && ctx
                        .g
                        .kb
                        .entity(&c.entity)
                        .is_some_and(|k| k.entity.country.as_deref().is_some_and(|x| x != "USA"))
            })
    })
}

/// Whether a capitalised word and a comma come right before byte `s` (`Savannah, Georgia`),
/// the word naming no country.
fn city_before_comma(ctx: &Ctx<'_, '_>, s: usize) -> bool {
    let Some(city) = ctx.before(s).strip_suffix(',') else {
        return false;
    };
    let city = city.trim_end();
    let last = city.rsplit(' ').next().unwrap_or("");
    let is_country = ctx
        .kbc
        .iter()
        .any(|&(_, b, gi)| b == city.len() && ctx.group(gi).has_kind(EntityKind::Country));
    is_cap_word(last) && !is_country
}

/// Whether a word or phrase occurs in `text` as a whole word, case kept.
fn has_exact_word(text: &str, w: &str) -> bool {
    !w.is_empty()
        && text.match_indices(w).any(|(i, _)| {
            !text[..i].ends_with(|c: char| c.is_alphanumeric())
                && !text[i + w.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
}

/// Whether the brief as a whole is about the country of a name shared with a U.S. state: it
/// names the country's capital or uses its demonym, and names no KB place of the United
/// States other than the state itself.
fn country_in_document(
    ctx: &Ctx<'_, '_>,
    st: &DocState,
    country: &crate::model::EntityKey,
    state: &crate::model::EntityKey,
) -> bool {
    let text = &st.text;
    let kb = &ctx.g.kb;
    let capital = kb
        .entities
        .values()
        .filter(|k| k.capital_of.as_ref() == Some(country))
        .any(|k| has_exact_word(text, &k.entity.name));
    let demonym = kb.groups.iter().any(|g| {
        g.candidates
            .iter()
            .any(|c| &c.entity == country && c.kind == FormKind::Demonym)
            && has_exact_word(text, &g.text)
    });
    if !(capital || demonym) {
        return false;
    }
    !kb.entities.values().any(|k| {
        &k.entity.key != state
            && k.entity.key.kind == EntityKind::Place
            && k.entity.country.as_deref() == Some("USA")
            && k.capital_of.is_none()
            && has_exact_word(text, &k.entity.name)
    })
}

/// Evidence that a place name is a U.S. state: `Savannah, Georgia` (a city before it), a U.S.
/// cue word in the sentence (`governor`, `state`, `county`), another U.S. place.
fn us_evidence(ctx: &Ctx<'_, '_>, s: usize, e: usize) -> bool {
    if city_before_comma(ctx, s) {
        return true;
    }
    if has_word(&ctx.nt.text.to_lowercase(), US_CUES) {
        return true;
    }
    let _ = e;
    ctx.kbc.iter().any(|&(a, b, gi)| {
        (a, b) != (s, e)
            && ctx.group(gi).candidates.iter().all(|c| {
                c.entity.kind == EntityKind::Place
                    && ctx
                        .g
                        .kb
                        .entity(&c.entity)
                        .is_some_and(|k| k.entity.country.as_deref() == Some("USA"))
            })
    }) || ctx.has_kb_country((s, e), true)
}

/// Words of a sentence that say a name shared by a city and its state or province is the
/// city (`the mayor of New York`, `UN headquarters in New York`).
const CITY_CUES: &[&str] = &[
    "mayor",
    "city",
    "headquarters",
    "headquartered",
    "borough",
    "downtown",
    "metropolitan",
];

/// Words right before a name shared by a city and its state or province that say it is the
/// state (`governor of New York`, `upstate New York`, `the state of New York`).
const PROVINCE_CUES: &[&str] = &[
    "governor of",
    "state of",
    "upstate",
    "legislature of",
    "province of",
];

/// Whether a name shared by a city and its state or province ending at byte `e` is the city:
/// a dateline or place of publication after it (`New York, 11 September 2026`, `(New York,
/// 2024)`), or a city cue word in the sentence.
fn city_evidence(ctx: &Ctx<'_, '_>, e: usize) -> bool {
    ctx.nt.text[e..]
        .strip_prefix(", ")
        .is_some_and(dateline_follows)
        || has_word(&ctx.nt.text.to_lowercase(), CITY_CUES)
}

/// Whether a name shared by a city and its state or province at `[s, e)` is the state: a
/// cue right before it (`governor of`, `upstate`), `state` or `State` right after it, or a
/// U.S. cue word in the sentence (`governor`, `county`, `senator`).
fn province_evidence(ctx: &Ctx<'_, '_>, s: usize, e: usize) -> bool {
    let before = ctx.before(s).trim_end().to_lowercase();
    let after = &ctx.nt.text[e..];
    PROVINCE_CUES.iter().any(|c| before.ends_with(c))
        || after.starts_with(" state")
        || after.starts_with(" State")
        || has_word(&ctx.nt.text.to_lowercase(), US_CUES)
}

/// Whether `lower` holds one of `words` as a whole word (a plural `s` allowed).
fn has_word(lower: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        lower.match_indices(w).any(|(i, _)| {
            !lower[..i].ends_with(|c: char| c.is_alphabetic())
                && !lower[i + w.len()..].starts_with(|c: char| c.is_alphabetic() && c != 's')
        })
    })
}

/// Whether `rest` (the text after a place name and its colon) is a citation's imprint: a
/// capitalised publisher, then a year before the closing parenthesis or the line's end
/// (`Cassava Press, 2021)`, `OECD, May 2024)`), within 80 bytes.
fn imprint_follows(rest: &str) -> bool {
    if !rest.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let end = rest.find([')', '\n']).unwrap_or(rest.len());
    end <= 80
        && rest[..end]
            .split(|c: char| !c.is_ascii_digit())
            .any(is_year)
}

/// Whether `rest` (the text after a place name and its comma) opens with a date, as a place
/// of publication or a dateline gives one: a year that ends the text or is followed by
/// punctuation (`(Vientiane, 2024)`, `Hanoi, 2023.`), or a month and year or a full date of
/// two or three words up to the line's end or a closing mark (`Lima, March 2025`, `Quito, 4
/// May 2026`, `Quito, May 4, 2026`).
fn dateline_follows(rest: &str) -> bool {
    if rest.get(..4).is_some_and(is_year)
        && (rest.len() == 4 || rest[4..].starts_with([')', '.', ';', ',']))
    {
        return true;
    }
    if !rest.starts_with(|c: char| c.is_ascii_digit() || c.is_uppercase()) {
        return false;
    }
    // The date and what ends it, within a short span: the line or up to a closing mark.
    let end = rest
        .find(['\n', ')', ';', '.'])
        .unwrap_or(rest.len())
        .min(24);
    let head = rest.get(..end).unwrap_or(rest);
    let words = head.split_whitespace().count();
    (2..=3).contains(&words) && crate::ingest::find_date_or_month(head).is_some()
}

/// Words naming an edition of a body's report (`Final report of the Panel of …`).
const REPORT_EDITIONS: &[&str] = &[
    "Final",
    "Annual",
    "Interim",
    "Midterm",
    "Mid-term",
    "First",
    "Second",
    "Third",
    "Fourth",
    "Fifth",
    "Sixth",
    "Seventh",
    "Eighth",
    "Ninth",
    "Tenth",
    "Special",
    "Quarterly",
];

/// `Final report of the Panel of Experts on …`, `Annual Report of the Ombudsman`: a body's
/// report named by its edition is a publication, the body's name inside it. The body is the
/// capitalised sequence right after `of (the)`.
fn edition_reports(ctx: &Ctx<'_, '_>, found: &mut Vec<Found>) {
    let n = ctx.toks.len();
    let mut cs: Option<Vec<(usize, usize)>> = None;
    for k in 0..n.saturating_sub(3) {
        if !(REPORT_EDITIONS.contains(&ctx.w(k))
            && ["report", "Report"].contains(&ctx.w(k + 1))
            && ctx.w(k + 2) == "of")
        {
            continue;
        }
        let m = if ctx.w(k + 3) == "the" { k + 4 } else { k + 3 };
        if m >= n || !is_cap_word(ctx.w(m)) {
            continue;
        }
        let cs = cs.get_or_insert_with(|| chunks(ctx));
        let Some(&(_, b)) = cs.iter().find(|&&(a, b)| a <= m && m < b) else {
            continue;
        };
        let (s, e) = (ctx.toks[k].s, ctx.toks[b - 1].e);
        if found.iter().any(|f| f.s < e && s < f.e) {
            continue;
        }
        found.push(Found {
            s,
            e,
            target: Target::New(EntityKind::Publication, ctx.nt.text[s..e].to_owned()),
            resolution: Resolution::Rule,
            role: None,
        });
    }
}

/// What a clause says of a city, right after its name (`Nairobi is home to`).
const CITY_PREDICATES: &[&str] = &[
    " is home to",
    " was home to",
    " is the largest city",
    " is the country's largest city",
    " is a city",
    " lies ",
    " sits ",
    " is located",
    " has a population",
];

/// Words before a city's name that name a part of it (`downtown Nairobi`).
const CITY_PART_ADJECTIVES: &[&str] = &[
    "downtown",
    "central",
    "greater",
    "suburban",
    "inner-city",
    "midtown",
    "old-town",
];

/// Lower-case nouns after a city's name, used as a modifier, that name a thing in the city
/// (`the Nairobi office of the agency`, `Kinshasa residents`), never its government.
const CITY_MODIFIED_NOUNS: &[&str] = &[
    "office",
    "offices",
    "bureau",
    "suburbs",
    "suburb",
    "outskirts",
    "residents",
    "streets",
    "slums",
    "hospital",
    "hospitals",
    "metro",
    "skyline",
    "neighbourhoods",
    "neighborhoods",
];

/// Is the capital at `[s, e)` its government (`Moscow signed`, `ties between Moscow and
/// Pyongyang`) rather than the city (`in Moscow`, `a visit to Moscow`, `Moscow, Russia`)?
fn metonymic(ctx: &Ctx<'_, '_>, s: usize, e: usize) -> bool {
    // A bio says where a person works and reports from (`has covered the talks from Brussels
    // and Belgrade`): the city.
    if ctx.part == Part::Bio {
        return false;
    }
    let after = &ctx.nt.text[e..];
    // A range of governments: `governments from Lisbon to Vienna`, `capitals from Rome to
    // Riga` (both ends).
    if let Some(i) = ctx.tok_at_byte(s) {
        let from = if ctx.prev_word_lower(s).as_deref() == Some("from") {
            Some(i - 1)
        } else if ctx.prev_word_lower(s).as_deref() == Some("to") {
            (i.saturating_sub(4)..i.saturating_sub(1)).find(|&k| ctx.w(k) == "from")
        } else {
            None
        };
        if from.is_some_and(|f| {
            f > 0
                && GOVERNMENT_NOUNS.contains(&ctx.w(f - 1))
                && (ctx.w(f + 2) == "to" || ctx.w(f + 1) != "to")
        }) {
            return true;
        }
    }
    // A route: `from Aktau to Baku`, `from Baku to the coast`.
    if ctx.prev_word_lower(s).as_deref() == Some("from") && after.starts_with(" to ") {
        return false;
    }
    // A link between a capital and a city that stands for no government (`the cable between
    // Lisbon and Porto`, `between Porto and Lisbon`): the places.
    if let Some(i) = ctx.tok_at_byte(s) {
        let other = if ctx.prev_word_lower(s).as_deref() == Some("between")
            && ctx.word(i + 1) == Some("and")
        {
            Some(i + 2)
        } else if ctx.prev_word_lower(s).as_deref() == Some("and")
            && i >= 3
            && ctx.w(i - 3) == "between"
        {
            Some(i - 2)
        } else {
            None
        };
        if let Some(o) = other.filter(|&o| o < ctx.toks.len()) {
            let t = &ctx.toks[o];
            let known = ctx.kbc.iter().any(|&(a, b, gi)| {
                a <= t.s
                    && t.e <= b
                    && ctx.group(gi).candidates.iter().any(|c| {
                        c.entity.kind != EntityKind::Place
                            || ctx
                                .g
                                .kb
                                .entity(&c.entity)
                                .is_some_and(|k| k.capital_of.is_some())
                    })
            });
            // One capitalised word, no given name (`talks between Lisbon and Rui Costa`).
            let cap_next = ctx.word(o + 1).is_some_and(is_cap_word);
            let cap_before = o > 0 && o - 1 != i && ctx.word(o - 1).is_some_and(is_cap_word);
            let single = !cap_next && !cap_before;
            if t.kind == TokKind::Word
                && is_cap_word(ctx.w(o))
                && !ctx.g.lex.is_given(ctx.w(o))
                && single
                && !known
            {
                return false;
            }
        }
    }
    if after.starts_with("-based") || after.starts_with(" city") || after.starts_with(" City") {
        return false;
    }
    // What a city is, where it lies (`Nairobi is home to`, `Dakar lies on the coast`): the
    // city; a part of it before its name (`downtown Nairobi`, `central Kinshasa`): the city.
    if CITY_PREDICATES.iter().any(|p| after.starts_with(p))
        || ctx
            .prev_word_lower(s)
            .is_some_and(|w| CITY_PART_ADJECTIVES.contains(&w.as_str()))
    {
        return false;
    }
    // A lower-case place noun after the name (`the Port Sudan road`, `Kabul airport`): the
    // city.
    let next: String = after
        .strip_prefix(' ')
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if dash_chain_before_route(ctx, s, e) {
        return false;
    }
    if PLACE_NOUNS.contains(&next.as_str())
        || [
            "road", "roads", "airport", "highway", "railway", "port", "harbour", "harbor",
        ]
        .contains(&next.as_str())
        || CITY_MODIFIED_NOUNS.contains(&next.as_str())
    {
        return false;
    }
    if let Some(rest) = after.strip_prefix(", ") {
        // `Moscow, Russia`: the capital's own country by name (not a demonym opening the next
        // clause: `an accord with Beijing, Chinese police …`).
        let own = ctx
            .kbc
            .iter()
            .find(|&&(a, b, _)| (a, b) == (s, e))
            .and_then(|&(_, _, gi)| {
                ctx.group(gi)
                    .candidates
                    .iter()
                    .find_map(|c| ctx.g.kb.entity(&c.entity)?.capital_of.clone())
            });
        let country_follows = ctx.kbc.iter().any(|&(a, _, gi)| {
            a == e + 2
                && ctx.group(gi).candidates.iter().any(|c| {
                    c.entity.kind == EntityKind::Country
                        && c.kind != FormKind::Demonym
                        && own.as_ref().is_none_or(|o| *o == c.entity)
                })
        });
        if country_follows && !rest.is_empty() {
            return false;
        }
    }
    // An address: `the Institute for Digital Governance Studies, Taipei, focusing on`.
    if ctx.before(s).ends_with(',')
        && (after.starts_with(',')
            || after.starts_with('.')
            || after.starts_with(')')
            || after.is_empty())
    {
        let prev_name = ctx
            .before(s)
            .trim_end_matches(',')
            .rsplit(' ')
            .next()
            .unwrap_or("");
        if is_cap_word(prev_name) && ctx.g.lex.heads.contains_key(prev_name)
            || prev_name.ends_with("Studies")
        {
            return false;
        }
    }
    // A place of publication or a dateline: `(Vientiane, 2024)`, `Hanoi, 2023.`, `— the
    // minister, Lima, March 2025`, `Quito, 4 May 2026`; also the first of several places
    // (`(Hanoi and Vientiane, 2024)`).
    if after_list(ctx, e)
        .strip_prefix(", ")
        .is_some_and(dateline_follows)
    {
        return false;
    }
    // A citation's imprint, place then publisher and year: `(Lagos: Cassava Press, 2021)`,
    // `(Bonn and Paris: OECD, May 2024)`.
    if after_list(ctx, e)
        .strip_prefix(": ")
        .is_some_and(imprint_follows)
    {
        return false;
    }
    // `Juba's streets`, `Juba's mayor`, `Juba's airport`: the city's people and parts.
    if let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))
    {
        let noun: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        if ctx.g.lex.cues.get(&noun) == Some(&Cue::Presence)
            || ["airport", "port", "population"].contains(&noun.as_str())
        {
            return false;
        }
    }
    // The subject of a passive verb of attack or damage (`Kabul was shelled`, `Hanoi had been
    // damaged`): what was hit is the city.
    if suffers(ctx, after) {
        return false;
    }
    // A noun modifier after an indefinite article (`a Santiago investment banker`, `an Ankara
    // restaurant`): someone or something in the city.
    let attributive = after
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_lowercase()));
    if attributive && matches!(ctx.prev_word_lower(s).as_deref(), Some("a" | "an")) {
        return false;
    }
    // Walk back over a coordination (`in Moscow and Beijing`).
    let mut at = s;
    let mut item_end = e;
    for _ in 0..4 {
        let comma = ctx
            .tok_at_byte(at)
            .and_then(|i| i.checked_sub(1))
            .is_some_and(|k| ctx.w(k) == ",");
        let Some(prev) = ctx
            .prev_word_lower(at)
            .or_else(|| comma.then(|| ",".to_owned()))
        else {
            return true;
        };
        let i = ctx.tok_at_byte(at).unwrap_or(0);
        // `a message aimed at Tehran`, `a letter to Seoul`: the addressee is the government.
        if ["at", "to", "toward", "towards"].contains(&prev.as_str())
            && clause_cue_before(ctx, i - 1, 4) == Some(Cue::Communication)
        {
            return true;
        }
        // `shelled Kyiv`, `toured Kyiv`, `visits Kyiv`: the city.
        if LOCATIVE.contains(&prev.as_str())
            || matches!(
                ctx.g.lex.cues.get(&prev),
                Some(&(Cue::Attack | Cue::Presence))
            )
            || (prev == "visits" || prev == "visit") && ctx.word(i.saturating_sub(2)) != Some("a")
        {
            return false;
        }
        // Moving or meeting by turns between cities (`talks rotate between Rabat and Tunis`,
        // `shuttling between Doha and Cairo`): the places, not the governments.
        if prev == "between" {
            let i = ctx.tok_at_byte(at).unwrap_or(0);
            let travel = i
                .checked_sub(2)
                .and_then(|k| ctx.word(k))
                .is_some_and(|w| ctx.g.lex.cues.get(&w.to_lowercase()) == Some(&Cue::Travel));
            if travel {
                return false;
            }
        }
        // A bearing from the city: `200 kilometres north of Hanoi`, `south-east of Lima`.
        if prev == "of" {
            let i = ctx.tok_at_byte(at).unwrap_or(0);
            let bearing = i
                .checked_sub(2)
                .and_then(|k| ctx.word(k))
                .is_some_and(is_bearing);
            // `the airport of Juba`, `the outskirts of Juba`, `90 percent of Juba.`: a part
            // or share of the city (a share only when no possessive or noun follows it).
            let part = i.checked_sub(2).and_then(|k| ctx.word(k)).is_some_and(|w| {
                CITY_PART_NOUNS.contains(&w)
                    || ["percent", "half", "parts"].contains(&w)
                        && at == s
                        && after.starts_with(['.', ',', ';', ':', ')'])
            });
            // `residents of Juba`, `the mayor of Juba`: its people and parts are the city's.
            let presence = part
                || i.checked_sub(2)
                    .and_then(|k| ctx.word(k))
                    .is_some_and(|w| ctx.g.lex.cues.get(&w.to_lowercase()) == Some(&Cue::Presence));
            if bearing || presence {
                return false;
            }
        }
        if prev == "to" {
            // `a visit to Hanoi`; `delivered fuel and food to Aden`: the destination is the city.
            let travel = i
                .checked_sub(2)
                .and_then(|k| ctx.word(k))
                .is_some_and(|w| ctx.g.lex.cues.get(&w.to_lowercase()) == Some(&Cue::Travel));
            // `from Aktau to Baku`: the end of a route is the city.
            let route = (2..5).any(|back| {
                i.checked_sub(back).is_some_and(|k| {
                    ctx.word(k).is_some_and(|w| w.eq_ignore_ascii_case("from"))
                        && (k + 1..i - 1).all(|m| ctx.word(m).is_some_and(is_cap_word))
                })
            });
            return !travel && !route && clause_cue_before(ctx, i - 1, 6) != Some(Cue::Delivery);
        }
        // `in Suva, Apia and Tonga`: a comma inside a list that goes on after the name.
        let rest = &ctx.nt.text[item_end..];
        let listed = prev == ","
            && (rest.starts_with(" and ") || rest.starts_with(" or ") || rest.starts_with(", "));
        if prev == "and" || prev == "or" || listed {
            // The name before the conjunction.
            let i = ctx.tok_at_byte(at).unwrap_or(0);
            let Some(k) = i.checked_sub(2) else {
                return true;
            };
            // A KB name, or any capitalised name (`groups in Crawley and Lisbon`): its start.
            let start = ctx
                .kbc
                .iter()
                .find(|&&(_, b, _)| b == ctx.toks[k].e)
                .map(|&(a, _, _)| a)
                .or_else(|| {
                    let mut m = k;
                    if ctx.toks[m].kind != TokKind::Word || !is_cap_word(ctx.w(m)) {
                        return None;
                    }
                    while m > 0
                        && ctx.adjacent(m - 1, m)
                        && ctx.toks[m - 1].kind == TokKind::Word
                        && is_cap_word(ctx.w(m - 1))
                    {
                        m -= 1;
                    }
                    Some(ctx.toks[m].s)
                });
            match start {
                Some(a) => {
                    at = a;
                    item_end = ctx.toks[k].e;
                }
                None => return true,
            }
            continue;
        }
        return true;
    }
    true
}

/// Parts of a city a capital after `of` is the city of (`the port of Aden`, `the outskirts
/// of Kyiv`).
const CITY_PART_NOUNS: &[&str] = &[
    "airport",
    "port",
    "harbour",
    "harbor",
    "outskirts",
    "suburbs",
    "streets",
    "districts",
    "neighbourhoods",
    "neighborhoods",
    "slums",
    "centre",
    "center",
];

/// Whether the name at bytes `[s, e)` is one end of a chain of capitalised names glued by
/// dashes before a route or line noun (`the Galați–Sofia pipeline`, `the Iași–Ungheni–Kyiv
/// line`): the places the route joins, a capital among them.
fn dash_chain_before_route(ctx: &Ctx<'_, '_>, s: usize, e: usize) -> bool {
    let (Some(i), Some(j)) = (ctx.tok_at_byte(s), ctx.tok_ending_at(e)) else {
        return false;
    };
    let n = ctx.toks.len();
    let dash = |m: usize| m < n && matches!(ctx.w(m), "–" | "-" | "—");
    let glued = |m: usize| m > 0 && m < n && ctx.toks[m].s == ctx.toks[m - 1].e;
    let cap = |m: usize| m < n && ctx.toks[m].kind == TokKind::Word && is_cap_word(ctx.w(m));
    let mut joined = false;
    let mut m = i;
    while m >= 2 && dash(m - 1) && glued(m) && glued(m - 1) && cap(m - 2) {
        m -= 2;
        joined = true;
    }
    let mut m = j + 1;
    while dash(m) && glued(m) && glued(m + 1) && cap(m + 1) {
        m += 2;
        joined = true;
    }
    joined
        && ctx.word(m).is_some_and(|w| {
            ROUTE_NOUNS.contains(&w)
                || [
                    "pipeline",
                    "pipelines",
                    "cable",
                    "interconnector",
                    "interconnection",
                ]
                .contains(&w)
        })
}

/// Nouns for governments that a range of capitals stands for (`governments from Lisbon to
/// Vienna`).
const GOVERNMENT_NOUNS: &[&str] = &["governments", "capitals", "ministries", "chancelleries"];

/// The text after the name ending at byte `e` and the KB names listed with it (`, Hue and
/// Hanoi`): what follows the whole list.
fn after_list<'a>(ctx: &Ctx<'a, '_>, e: usize) -> &'a str {
    let mut end = e;
    loop {
        let rest = &ctx.nt.text[end..];
        let Some(p) = [" and ", " or ", ", "]
            .iter()
            .find(|p| rest.starts_with(**p))
            .map(|p| end + p.len())
        else {
            break;
        };
        match ctx
            .kbc
            .iter()
            .filter(|&&(a, _, _)| a == p)
            .map(|&(_, b, _)| b)
            .max()
        {
            Some(b) => end = b,
            None => break,
        }
    }
    &ctx.nt.text[end..]
}

/// Whether `after` (the text after a place name) opens with a passive verb of attack or
/// damage: `was`/`were`/`has been`/`had been`/`is being`, at most one adverb in `-ly`, then an
/// attack cue of `metonymy-cues.tsv` (`shelled`, `damaged`).
fn suffers(ctx: &Ctx<'_, '_>, after: &str) -> bool {
    let words: Vec<&str> = after
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(5)
        .collect();
    let rest = match words.as_slice() {
        ["was" | "were" | "is" | "are", rest @ ..] => rest,
        ["has" | "had" | "have", "been", rest @ ..] => rest,
        _ => return false,
    };
    let rest = match rest {
        ["being", rest @ ..] => rest,
        _ => rest,
    };
    let rest = match rest {
        [adv, rest @ ..] if adv.len() > 3 && adv.ends_with("ly") => rest,
        _ => rest,
    };
    rest.first()
        .is_some_and(|w| ctx.g.lex.cues.get(*w) == Some(&Cue::Attack))
}

/// The nearest delivery or communication cue among the `max` words before token `k` (a
/// preposition), within its clause: the walk stops at punctuation and at a capitalised word
/// (another name).
fn clause_cue_before(ctx: &Ctx<'_, '_>, k: usize, max: usize) -> Option<Cue> {
    let mut m = k;
    for _ in 0..max {
        m = m.checked_sub(1)?;
        if ctx.toks[m].kind != TokKind::Word || is_cap_word(ctx.w(m)) {
            return None;
        }
        if let Some(&c @ (Cue::Delivery | Cue::Communication)) = ctx.g.lex.cues.get(ctx.w(m)) {
            return Some(c);
        }
    }
    None
}

/// Spans that claim their text before the chunks: italic titles, quoted titles in notes,
/// report series with a number and the title after it, `Regulation (EU) 2024/1689`.
fn claimed_spans(ctx: &Ctx<'_, '_>, italics: &[Span], st: &DocState, found: &mut Vec<Found>) {
    let nt = ctx.nt;
    edition_reports(ctx, found);
    // Italic titles (not a ship's name: `the tanker *Eagle S*`).
    const VESSELS: &[&str] = &[
        "tanker",
        "ship",
        "vessel",
        "carrier",
        "frigate",
        "destroyer",
        "submarine",
        "freighter",
        "cruiser",
        "corvette",
        "icebreaker",
        "yacht",
        "ferry",
    ];
    for sp in italics {
        let Some(s) = nt.map.iter().position(|&c| c >= sp.start) else {
            continue;
        };
        // One past the last character inside the span (`map` has an entry per byte: back up
        // to the start of a multi-byte character first).
        let e = nt.map.iter().rposition(|&c| c < sp.end).map_or(s, |mut b| {
            while !nt.text.is_char_boundary(b) {
                b -= 1;
            }
            b + nt.text[b..].chars().next().map_or(1, char::len_utf8)
        });
        if s >= e || nt.map[s] < sp.start || e > nt.text.len() {
            continue;
        }
        let text = nt.text[s..e].trim_end();
        let e = s + text.len();
        let prev_noun = ctx.before(s).rsplit(' ').next().unwrap_or("");
        if VESSELS.contains(&prev_noun) {
            continue;
        }
        if let Some(kind) = title_kind(ctx, text) {
            if let Some(gi) = kb_exact(ctx, s, e) {
                if let Some((t, r)) = choose(ctx, gi, s, e, st) {
                    found.push(Found {
                        s,
                        e,
                        target: t,
                        resolution: r,
                        role: None,
                    });
                    continue;
                }
            }
            found.push(Found {
                s,
                e,
                target: Target::New(kind, text.to_owned()),
                resolution: Resolution::Rule,
                role: None,
            });
        }
    }
    // Quoted titles of cited documents in notes.
    if ctx.part == Part::Notes {
        let text = nt.text.as_str();
        let mut from = 0;
        while let Some(q) = text[from..].find(['"', '\u{201C}']) {
            let s = from + q + text[from + q..].chars().next().map_or(1, char::len_utf8);
            let Some(len) = text[s..].find(['"', '\u{201D}']) else {
                break;
            };
            let inner = &text[s..s + len];
            let trimmed = inner.trim_end_matches([',', '.', ';', ':']);
            let e = s + trimmed.len();
            // A cited title in sentence case (`"Red tide returns to the bay"`, a newspaper's
            // headline): a quotation in a note that starts with a capital, has several words and
            // is followed by the citation's comma or full stop.
            let after = text[s + len..].chars().nth(1);
            let headline = trimmed.starts_with(char::is_uppercase)
                && trimmed.split(' ').count() >= 3
                && !trimmed.ends_with(['.', '?', '!'])
                && (matches!(after, Some(',' | '.' | ';')) || inner.ends_with([',', '.']));
            // A title cited after its author and a comma (`Coast Guard, "Memorandum of
            // Understanding on …"`) is the document: a publication, whatever its head word.
            let cited = text[..from + q].trim_end().ends_with(',');
            // A leaders' declaration or communiqué stays what it is: an agreement.
            let declared = trimmed.split(' ').any(|w| {
                DECLARATION_HEADS.contains(&w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            });
            let kind = title_kind(ctx, trimmed)
                .map(|k| {
                    if cited && !declared {
                        EntityKind::Publication
                    } else {
                        k
                    }
                })
                .or(headline.then_some(EntityKind::Publication));
            if let Some(kind) = kind {
                if !found.iter().any(|f| f.s < e && s < f.e) {
                    found.push(Found {
                        s,
                        e,
                        target: Target::New(kind, trimmed.to_owned()),
                        resolution: Resolution::Rule,
                        role: None,
                    });
                }
            }
            // Past the closing mark, whatever its width in bytes (`"` or `”`).
            from = s + len + text[s + len..].chars().next().map_or(1, char::len_utf8);
        }
    }
    // Report series and number, and the title after it.
    for i in 0..ctx.toks.len() {
        for series in &ctx.g.lex.series {
            let n = series.len();
            if i + n >= ctx.toks.len() || (0..n).any(|k| ctx.w(i + k) != series[k]) {
                continue;
            }
            let id = ctx.w(i + n);
            if !(id.chars().any(|c| c.is_ascii_digit())
                && id.starts_with(|c: char| c.is_ascii_uppercase()))
            {
                continue;
            }
            let (s, e) = (ctx.toks[i].s, ctx.toks[i + n].e);
            let mut name = nt.text[s..e].to_owned();
            // `, Title.` or `, Title)`.
            let rest = &nt.text[e..];
            let mut title = None;
            if let Some(r) = rest.strip_prefix(", ") {
                let end = r
                    .find(".)")
                    .or_else(|| r.find(')'))
                    .or_else(|| r.find(". "))
                    .unwrap_or(r.len());
                let t = r[..end].trim_end_matches('.');
                if title_kind(ctx, t).is_some()
                    || t.split(' ').filter(|w| is_cap_word(w)).count() * 3
                        >= t.split(' ').count() * 2
                {
                    title = Some((e + 2, e + 2 + t.len()));
                    name = t.to_owned();
                }
            }
            let target = Target::New(EntityKind::Publication, name);
            found.push(Found {
                s,
                e,
                target: target.clone(),
                resolution: Resolution::Rule,
                role: None,
            });
            if let Some((a, b)) = title {
                found.push(Found {
                    s: a,
                    e: b,
                    target,
                    resolution: Resolution::Alias,
                    role: None,
                });
            }
        }
    }
    // `the Departments of State, Treasury, Justice, …`: each department by its short name.
    for k in 0..ctx.toks.len().saturating_sub(2) {
        let head = ctx.w(k);
        let singular = match head {
            "Departments" => "Department",
            "Ministries" => "Ministry",
            _ => continue,
        };
        if ctx.w(k + 1) != "of" {
            continue;
        }
        let mut m = k + 2;
        while m < ctx.toks.len() {
            if ctx.w(m) == "the" {
                m += 1;
                continue;
            }
            if !is_cap_word(ctx.w(m)) || ctx.g.lex.is_function(ctx.w(m)) {
                break;
            }
            let start = m;
            while m + 1 < ctx.toks.len() && is_cap_word(ctx.w(m + 1)) && ctx.adjacent(m, m + 1) {
                m += 1;
            }
            let (a, b) = (ctx.toks[start].s, ctx.toks[m].e);
            let item = &nt.text[a..b];
            let kb = [
                format!("{singular} of {item}"),
                format!("{singular} of the {item}"),
            ]
            .iter()
            .find_map(|f| ctx.g.kb.lookup(f, EntityKind::Organization))
            .or_else(|| ctx.g.kb.lookup(item, EntityKind::Organization));
            let target = kb.map(Target::Kb).unwrap_or_else(|| {
                Target::New(EntityKind::Organization, format!("{singular} of {item}"))
            });
            found.push(Found {
                s: a,
                e: b,
                target,
                resolution: Resolution::Alias,
                role: None,
            });
            m += 1;
            match (ctx.word(m), ctx.word(m + 1)) {
                _ if m < ctx.toks.len() && ctx.w(m) == "," && ctx.word(m + 1) == Some("and") => {
                    m += 2
                }
                _ if m < ctx.toks.len() && (ctx.w(m) == "," || ctx.w(m) == "and") => m += 1,
                _ => break,
            }
        }
    }
    // `Regulation (EU) 2024/1689`.
    let text = nt.text.as_str();
    for word in ["Regulation (EU) ", "Directive (EU) "] {
        for (s, _) in text.match_indices(word) {
            let num_end = text[s + word.len()..]
                .find(|c: char| !(c.is_ascii_digit() || c == '/'))
                .map_or(text.len(), |k| s + word.len() + k);
            if num_end > s + word.len() {
                let e = num_end;
                found.push(Found {
                    s,
                    e,
                    target: Target::New(EntityKind::Agreement, text[s..e].to_owned()),
                    resolution: Resolution::Rule,
                    role: None,
                });
            }
        }
    }
}

/// The type of an italic or quoted title: an agreement when it says so (`Treaty`, `Declaration`
/// ...), else a publication; `None` when the text is not in title case (most words capitalised,
/// the first one too) or ends a sentence (a run-in heading).
fn title_kind(ctx: &Ctx<'_, '_>, text: &str) -> Option<EntityKind> {
    if text.is_empty()
        || !text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || text.ends_with('.')
    {
        return None;
    }
    let words: Vec<&str> = text.split(' ').collect();
    let minor = |w: &str| {
        [
            "of", "the", "a", "an", "and", "for", "on", "in", "to", "at", "by", "from", "with",
            "between", "&", "or", "as", "under", "over", "after", "before", "into", "through",
            "against", "across", "beyond", "without", "amid", "about", "via", "vs", "v.",
        ]
        .contains(&w)
    };
    let content: Vec<&&str> = words.iter().filter(|w| !minor(w)).collect();
    let caps = content
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    if content.is_empty() || caps * 4 < content.len() * 3 {
        return None;
    }
    let agreement = words.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        ctx.g
            .lex
            .heads
            .get(w)
            .is_some_and(|(k, _)| *k == EntityKind::Agreement)
    });
    Some(if agreement {
        EntityKind::Agreement
    } else {
        EntityKind::Publication
    })
}

/// Splits a chunk at possessives that end a name (`China's Ministry`, but not `Prime
/// Minister's Office`) and processes each part.
fn chunk(ctx: &Ctx<'_, '_>, i: usize, j: usize, st: &mut DocState, found: &mut Vec<Found>) {
    // A merchant ship's name after its class noun (`the bulk carrier Hai Long 7`, `the tanker
    // Silver Swan`) names no person, weapon or place: no mention, unless the KB knows the
    // whole name.
    let ship_noun = i > 0
        && SHIP_NOUNS.contains(&ctx.w(i - 1))
        && !(i >= 2 && ctx.w(i - 2) == "aircraft")
        && ctx.toks[i - 1].kind == TokKind::Word;
    if ship_noun && kb_exact(ctx, ctx.toks[i].s, ctx.toks[j - 1].e).is_none() {
        return;
    }
    // `Russian-backed`, `NATO-led`, `Serbian-run`: a KB name made a modifier by a hyphen and a
    // participle is a mention of that name alone, whatever the context reads the compound as.
    if j - i == 1 {
        let t = &ctx.toks[i];
        let w = ctx.w(i);
        if let Some(x) = MODIFIER_SUFFIXES.iter().find(|x| w.ends_with(*x)) {
            let b = t.e - x.len();
            let kb = ctx
                .kbc
                .iter()
                .find(|&&(a, e, _)| a == t.s && e == b)
                .map(|&(_, _, gi)| gi);
            if let Some((target, r)) = kb.and_then(|gi| choose(ctx, gi, t.s, b, st)) {
                push(found, t.s, b, target, r);
                return;
            }
        }
    }
    let mut start = i;
    for k in i..j {
        if ctx.toks[k].kind != TokKind::Poss || k == start {
            continue;
        }
        // A KB name across the `'s` (`People's Liberation Army`) or a title before it (`Prime
        // Minister's Office`) keeps the chunk whole.
        let across = ctx
            .kbc
            .iter()
            .any(|&(a, b, _)| a < ctx.toks[k].s && b >= ctx.toks[k].e);
        let owner_is_title = ctx.g.lex.titles.contains(ctx.w(k - 1));
        if !across && !owner_is_title {
            segment(ctx, start, k, st, found);
            start = k + 1;
        }
    }
    segment(ctx, start, j, st, found);
}

/// A person's nickname in quotation marks after `known as` or `nicknamed` (`Jean Morin, the
/// officer known as “Ti Lapli”`): another name of the person named before it in the sentence.
fn nicknames(ctx: &Ctx<'_, '_>, found: &mut Vec<Found>) {
    let text = &ctx.nt.text;
    for cue in ["known as ", "nicknamed "] {
        for (p, _) in text.match_indices(cue) {
            let q = p + cue.len();
            let Some(open) = text[q..].chars().next().filter(|c| ['“', '"'].contains(c)) else {
                continue;
            };
            let a = q + open.len_utf8();
            let Some(len) = text[a..].find(['”', '"']) else {
                continue;
            };
            let b = a + len;
            let name = &text[a..b];
            let words: Vec<&str> = name.split(' ').collect();
            if name.is_empty() || words.len() > 3 || !words.iter().all(|w| is_cap_word(w)) {
                continue;
            }
            // The person right before the cue or in apposition with it (`Jean Morin, the
            // officer known as`; not `Morin met the group known as …`).
            let Some(person) = found
                .iter()
                .filter(|f| f.e <= p && f.target.kind() == EntityKind::Person)
                .max_by_key(|f| f.e)
                .filter(|f| {
                    let between = &text[f.e..p];
                    between.trim().is_empty()
                        || between.starts_with(", ")
                            && between.split(' ').count() <= 8
                            && !between.contains(['.', ';'])
                })
                .map(|f| f.target.clone())
            else {
                continue;
            };
            found.retain(|f| !(f.s < b && a < f.e));
            push(found, a, b, person, Resolution::Alias);
        }
    }
}

/// Head words that also open a road's name before its number or name (`Route 9`, `Route
/// Nationale 1`), besides heading it before `of`/`for` or at its end.
const ROUTE_PREFIXES: &[&str] = &["Route"];

/// Class nouns of merchant ships, before a ship's name.
const SHIP_NOUNS: &[&str] = &[
    "ship",
    "vessel",
    "tanker",
    "freighter",
    "carrier",
    "containership",
    "trawler",
];

fn push(found: &mut Vec<Found>, s: usize, e: usize, target: Target, resolution: Resolution) {
    found.push(Found {
        s,
        e,
        target,
        resolution,
        role: None,
    });
}

/// One part of a chunk.
fn segment(
    ctx: &Ctx<'_, '_>,
    mut i: usize,
    mut j: usize,
    st: &mut DocState,
    found: &mut Vec<Found>,
) {
    let lex = &ctx.g.lex;
    loop {
        // A function word joined by a hyphen to the rest of a KB name (`I-Kiribati`) is kept.
        // So is the capitalised article of a KB place's name (`The Hague`).
        let opens_kb_name = |i: usize| {
            let hyphen = ctx.nt.text[ctx.toks[i].e..].starts_with('-');
            (hyphen || ctx.w(i) == "The")
                && ctx.kbc.iter().any(|&(a, b, gi)| {
                    a == ctx.toks[i].s
                        && b > ctx.toks[i].e
                        && (hyphen || ctx.group(gi).has_kind(EntityKind::Place))
                })
        };
        while i < j
            && (ctx.toks[i].kind != TokKind::Word && ctx.toks[i].kind != TokKind::Num
                || (lex.is_function(ctx.w(i))
                    && !opens_kb_name(i)
                    && !(ORDINALS.contains(&ctx.w(i)) && i + 1 < j))
                || CONNECTORS.contains(&ctx.w(i)))
        {
            i += 1;
        }
        while j > i
            && (ctx.toks[j - 1].kind == TokKind::Punct
                || CONNECTORS.contains(&ctx.w(j - 1))
                || (ctx.toks[j - 1].kind == TokKind::Poss && !kb_name_ends_at(ctx, i, j)))
        {
            j -= 1;
        }
        // `Article 5 of the North Atlantic Treaty`: the part is not named, the whole is.
        if i + 2 < j
            && [
                "Article",
                "Articles",
                "Section",
                "Chapter",
                "Paragraph",
                "Clause",
            ]
            .contains(&ctx.w(i))
            && ctx.toks[i + 1].kind == TokKind::Num
        {
            if let Some(of) = (i + 2..j).find(|&k| ctx.w(k) == "of") {
                i = if ctx.w(of + 1) == "the" {
                    of + 2
                } else {
                    of + 1
                };
            }
        }
        // `FY2027 Department of Defense`: a figure before a name is not part of it.
        while i + 1 < j
            && ctx.toks[i].kind == TokKind::Word
            && ctx.w(i).chars().any(|c| c.is_ascii_digit())
            && !ctx.kbc.iter().any(|k| k.0 == ctx.toks[i].s)
        {
            i += 1;
        }
        // `Two Type 056 corvettes`: a number word opening the sentence is not part of the name
        // (`Five Eyes`, a KB name, is).
        while i + 1 < j
            && is_sentence_start(ctx, i)
            && NUMBER_WORDS.contains(&ctx.w(i))
            && !ctx.kbc.iter().any(|k| k.0 == ctx.toks[i].s)
        {
            i += 1;
        }
        // A sentence-initial verb or adverb (`Sustaining Joint Force advantages`).
        if i + 1 < j && is_sentence_start(ctx, i) && !ctx.kbc.iter().any(|k| k.0 == ctx.toks[i].s) {
            let w = ctx.w(i).to_lowercase();
            if (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
                && super::lexicon::is_common_word(&w)
            {
                i += 1;
            }
        }
        i = leading_common_word(ctx, i, j);
        if i >= j {
            return;
        }
        // A research programme that employs people (`a fellow in the Water and Climate
        // Programme`, `hydrologists at the … Programme`): an organisation. A programme
        // otherwise is a concept, no name.
        let (s, e) = (ctx.toks[i].s, ctx.toks[j - 1].e);
        if j - i >= 2
            && ["Programme", "Program"].contains(&ctx.w(j - 1))
            && employer_context(ctx, i)
        {
            push(
                found,
                s,
                e,
                Target::New(EntityKind::Organization, ctx.nt.text[s..e].to_owned()),
                Resolution::Rule,
            );
            return;
        }
        if let Some(k) = split_and(ctx, i, j) {
            // The right part in the loop, not by recursion: a run of `A and B and C …` is as
            // long as its sentence.
            segment(ctx, i, k, st, found);
            i = k + 1;
            continue;
        }
        // `Anacoco Island on the Cuyuní River`: a place named by its last head word is
        // complete; `on the …` after it is another place.
        if let Some(k) = (i + 1..j.saturating_sub(1)).find(|&k| {
            ctx.w(k) == "on"
                && (ctx.g.lex.heads.get(ctx.w(k - 1)) == Some(&(EntityKind::Place, HeadPlace::Last))
                    // or a known place's name ends there (`Kariba-2 Power Station on the …`)
                    || ctx.kbc.iter().any(|&(a, b, gi)| {
                        a >= ctx.toks[i].s
                            && b == ctx.toks[k - 1].e
                            && ctx
                                .group(gi)
                                .has_kind(EntityKind::Place)
                    }))
                && !ctx
                    .kbc
                    .iter()
                    .any(|&(a, b, _)| a >= ctx.toks[i].s && a < ctx.toks[k].s && b > ctx.toks[k].e)
        }) {
            segment(ctx, i, k, st, found);
            i = if ctx.w(k + 1) == "the" { k + 2 } else { k + 1 };
            continue;
        }
        let (s, e) = (ctx.toks[i].s, ctx.toks[j - 1].e);
        // A peer by the territorial designation of a life peerage (`Lord Avery of Brent`): the
        // person is `Avery of Brent`, the rank is a title.
        if let Some(n) = peer_name_end(ctx, i, j) {
            let (a, b) = (ctx.toks[i + 1].s, ctx.toks[n - 1].e);
            let name = ctx.nt.text[a..b].to_owned();
            push(found, a, b, person_target(&name, st), Resolution::Rule);
            if n < j {
                i = n;
                continue;
            }
            return;
        }
        // A. A title before a name: `U.S. Secretary of Defense Lloyd Austin`.
        if title_split(ctx, i, j, st, found) {
            return;
        }
        // `Article 5 of the North Atlantic Treaty`: a part named before the whole.
        if ctx.nt.text[e..].starts_with(" of the ")
            && ctx
                .kbc
                .iter()
                .any(|&(a, _, gi)| a == e + 8 && ctx.group(gi).has_kind(EntityKind::Agreement))
            && kb_exact(ctx, s, e).is_some_and(|gi| {
                ctx.group(gi)
                    .candidates
                    .iter()
                    .all(|c| c.entity.kind == EntityKind::Agreement)
            })
        {
            return;
        }
        // A name the brief gave a short form of (`Poseidon Archer` after `Operation Poseidon
        // Archer`): before the KB, whose readings of the words are other things.
        if j - i >= 2 {
            if let Some(t) = st.short_names.get(&ctx.nt.text[s..e]) {
                push(found, s, e, t.clone(), Resolution::Alias);
                return;
            }
        }
        // A title of a known body with no person after it (`President of the European
        // Commission`, `Secretary-General of the United Nations`): the title is no name, the
        // body is.
        // The title is a word or a hyphened pair (`Vice-President`) before `of`.
        let of = (i + 1..j.min(i + 4)).find(|&k| ctx.w(k) == "of");
        if let Some(of) = of.filter(|&of| {
            j - of >= 3
                && lex.titles.contains(ctx.w(of - 1))
                && (i..of).all(|k| ctx.w(k) == "-" || is_cap_word(ctx.w(k)))
        }) {
            let r = if ctx.w(of + 1) == "the" {
                of + 2
            } else {
                of + 1
            };
            let body = (r + 1 < j)
                .then(|| kb_exact(ctx, ctx.toks[r].s, e))
                .flatten()
                .is_some_and(|gi| ctx.group(gi).has_kind(EntityKind::Organization));
            if body {
                i = r;
                continue;
            }
        }
        // B. A KB name covering the whole segment.
        if let Some(gi) = kb_exact(ctx, s, e) {
            if let Some((t, r)) = choose(ctx, gi, s, e, st) {
                let (t, s2, e2) = extend(ctx, t, s, e);
                push(found, s2, e2, t, r);
                return;
            }
        }
        // An edition of an event named by its year (`during Northern Shield 2023`).
        if let Some(target) = event_edition(ctx, i, j) {
            push(found, s, e, target, Resolution::Rule);
            return;
        }
        // A name before the lower-case noun of an exercise (`the Iron Falcon drills`): an event,
        // not a person or places.
        if let Some(target) = event_before_noun(ctx, i, j) {
            push(found, s, e, target, Resolution::Rule);
            return;
        }
        // `the Lukoml GRES power plant`, `the Kivu gas terminal`: a name the KB does not know
        // before the noun of a plant or works is that place.
        if before_a_facility(ctx, i, j)
            && (i..j).all(|k| ctx.toks[k].kind == TokKind::Word && is_cap_word(ctx.w(k)))
            && !ctx.kbc.iter().any(|k| k.0 < e && s < k.1)
            && head_kind(ctx, i, j).is_none()
            && !(j - i == 1 && super::lexicon::is_common_word(&ctx.w(i).to_lowercase()))
            && [ctx.word(j), ctx.word(j + 1)].iter().any(|w| {
                w.is_some_and(|w| {
                    ["plant", "terminal", "refinery", "smelter", "dam", "station"].contains(&w)
                })
            })
        {
            push(
                found,
                s,
                e,
                Target::New(EntityKind::Place, ctx.nt.text[s..e].to_owned()),
                Resolution::Rule,
            );
            return;
        }
        // A name before the lower-case noun of an armed or political group (`the Kale Boyz
        // coalition`, `the Red Hand gang`): that group, an organisation, not a person.
        if let Some((m, target)) = group_before_noun(ctx, i, j) {
            let s = ctx.toks[m].s;
            st.short_names
                .entry(ctx.nt.text[s..e].to_owned())
                .or_insert_with(|| target.clone());
            push(found, s, e, target, Resolution::Rule);
            // `Leaders of the Kale Boyz coalition`: the words before `of the` are a part of
            // their own.
            let mut p = m;
            while p > i && ctx.toks[p - 1].kind == TokKind::Word && !is_cap_word(ctx.w(p - 1)) {
                p -= 1;
            }
            if p > i && p < m {
                segment(ctx, i, p, st, found);
            }
            return;
        }
        // C. A head word: a name of that type, whatever it holds; an organisation's name before a
        // place head makes a branch of it (`Islamic State Sahel Province`).
        if let Some(mut kind) = head_kind(ctx, i, j) {
            if kind == EntityKind::Place && opens_with_kb_organisation(ctx, s, e) {
                kind = EntityKind::Organization;
            }
            // `the Civic Revolution party`: a party named after an event, whatever its head.
            if ctx.nt.text[e..]
                .strip_prefix(" party")
                .is_some_and(|r| !r.starts_with(char::is_alphabetic))
            {
                kind = EntityKind::Organization;
            }
            // `a senior fellow at the Caspian Policy Review`: a publication's head word, but
            // the employer of a role is an organisation.
            if kind == EntityKind::Publication && employer_context(ctx, i) {
                kind = EntityKind::Organization;
            }
            let (target, res) = named_by_head(ctx, i, j, kind, st);
            let (target, s2, e2) = extend(ctx, target, s, e);
            push(found, s2, e2, target, res);
            return;
        }
        // A designation or name before a class of weapon (`Su-30MK2 fighters`, `Bell 412
        // helicopters`): a weapon system; what comes before it is read as usual.
        // A code the brief has named as an armed group (`the K12 rebels`) stays that group
        // before `fighters`.
        let known_group = j == i + 1
            && st
                .short_names
                .get(ctx.w(i))
                .is_some_and(|t| t.kind() == EntityKind::Organization);
        if let Some(m) = weapon_before_class_noun(ctx, i, j).filter(|_| !known_group) {
            // `AK-47-pattern rifles`, `Type-99-style tanks`: the suffix tells of a copy of the
            // weapon named before it, and is no part of its name.
            let b = ["-pattern", "-style", "-type"]
                .iter()
                .find_map(|x| ctx.nt.text[..e].strip_suffix(x))
                .map_or(e, str::len);
            let a = ctx.toks[m].s;
            push(
                found,
                a,
                b,
                Target::New(EntityKind::WeaponSystem, ctx.nt.text[a..b].to_owned()),
                Resolution::Rule,
            );
            if m > i {
                inner(ctx, i, m, st, found);
            }
            return;
        }
        // Companies listed after a plural company noun (`traders such as Arkos and Belmin`,
        // `miners including Arkos`): each name of the list is an organisation.
        if j - i <= 7 && company_list(ctx, i, j) {
            let mut a = i;
            for k in i..=j {
                if k == j || ["and", ","].contains(&ctx.w(k)) {
                    if a < k {
                        let (s1, e1) = (ctx.toks[a].s, ctx.toks[k - 1].e);
                        push(
                            found,
                            s1,
                            e1,
                            Target::New(EntityKind::Organization, ctx.nt.text[s1..e1].to_owned()),
                            Resolution::Rule,
                        );
                    }
                    a = k + 1;
                }
            }
            return;
        }
        // A company by its context (`the miner Arkos`, `Arkos, the state copper company`,
        // `Arkos's chief executive`): an organisation, whatever the words inside read as.
        if j - i <= 4 && company_context(ctx, i, j) {
            let t = Target::New(EntityKind::Organization, ctx.nt.text[s..e].to_owned());
            // A one-word company keeps its type where it comes back alone (`Agrotrans paid`).
            if j - i == 1
                && short_name_free(ctx, ctx.w(i))
                && !super::lexicon::is_common_word(&ctx.w(i).to_lowercase())
            {
                st.short_names
                    .entry(ctx.w(i).to_owned())
                    .or_insert_with(|| t.clone());
            }
            push(found, s, e, t, Resolution::Rule);
            return;
        }
        // D. The KB names inside, then what is left.
        inner(ctx, i, j, st, found);
        return;
    }
}

/// Lower-case nouns of weapon classes, and the modifiers that may come between a weapon's
/// name and them (`Guaicurus armoured vehicles`).
const WEAPON_CLASSES: &[&str] = &[
    "fighter",
    "fighters",
    "jet",
    "jets",
    "bomber",
    "bombers",
    "aircraft",
    "helicopter",
    "helicopters",
    "drone",
    "drones",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "tank",
    "tanks",
    "howitzer",
    "howitzers",
    "launcher",
    "launchers",
    "interceptor",
    "interceptors",
    "frigate",
    "frigates",
    "destroyer",
    "destroyers",
    "corvette",
    "corvettes",
    "submarine",
    "submarines",
    "vehicle",
    "vehicles",
    "gunship",
    "gunships",
    "rifle",
    "rifles",
    "bomb",
    "bombs",
    "munition",
    "munitions",
    "torpedo",
    "torpedoes",
    "mortar",
    "mortars",
    "gun",
    "guns",
    "pistol",
    "pistols",
    "carbine",
    "carbines",
    "grenade",
    "grenades",
    "warship",
    "warships",
];
const WEAPON_MODIFIERS: &[&str] = &[
    "armoured",
    "armored",
    "attack",
    "transport",
    "combat",
    "cruise",
    "ballistic",
    "battle",
    "main",
    "multirole",
    "patrol",
    "utility",
    "strike",
    "air-defence",
    "air-defense",
    "surface-to-air",
    "anti-ship",
    "fighter",
    "unmanned",
    "uncrewed",
    "guided",
    "glide",
    "loitering",
    "precision-guided",
    "sniper",
    "assault",
    "anti-tank",
    "anti-materiel",
    "machine",
    "submachine",
    "sub-machine",
    "self-loading",
    "semi-automatic",
    "automatic",
    "self-propelled",
    "anti-aircraft",
];

/// A weapon named before the noun of its class (`Su-30MK2 fighters`, `Bell 412 helicopters`,
/// `Guaicurus armoured vehicles`): the token where its name starts in `[i, j)`, when the
/// segment ends in words no KB name covers, at least one of them a designation (a figure) or
/// not a common English word, followed by up to two modifiers and a weapon-class noun.
fn weapon_before_class_noun(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> Option<usize> {
    let n = ctx.toks.len();
    let mut k = j;
    while k < n && k < j + 2 && ctx.word(k).is_some_and(|w| WEAPON_MODIFIERS.contains(&w)) {
        k += 1;
    }
    let class = ctx.word(k).filter(|w| WEAPON_CLASSES.contains(w))?;
    // `fighters` are people too (`Wagner fighters`): only after a designation with a figure.
    let people_too = class.starts_with("fighter");
    let lex = &ctx.g.lex;
    let free = |m: usize| {
        let t = &ctx.toks[m];
        !ctx.kbc.iter().any(|&(a, b, _)| a < t.e && t.s < b)
            && !lex.is_function(ctx.w(m))
            && !lex.titles.contains(ctx.w(m))
            && !lex.heads.contains_key(ctx.w(m))
            && (t.kind != TokKind::Punct || ctx.w(m) == "-")
    };
    let mut m = j;
    while m > i && free(m - 1) {
        m -= 1;
    }
    while m < j && ctx.toks[m].kind == TokKind::Punct {
        m += 1;
    }
    if m >= j {
        return None;
    }
    let marked = (m..j).any(|x| {
        let w = ctx.w(x);
        w.chars().any(|c| c.is_ascii_digit())
            || (!people_too
                && ctx.toks[x].kind == TokKind::Word
                && !super::lexicon::is_common_word(&w.to_lowercase()))
    });
    marked.then_some(m)
}

/// True when no word comes before token `k` in the sentence.
fn is_sentence_start(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    ctx.toks[..k]
        .iter()
        .all(|t| t.kind != TokKind::Word && t.kind != TokKind::Num)
}

/// Where to split a segment at `and` into two names (`Prime Minister Narendra Modi and
/// President Xi Jinping`, `our Department and Joint Force`), if anywhere: not inside a
/// complement (`Ministry of Science and Technology`), not between the modifiers of one head
/// (`Rapid Capabilities and Critical Technologies Office`).
fn split_and(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> Option<usize> {
    let k = (i + 1..j.saturating_sub(1)).find(|&k| ctx.w(k) == "and" || ctx.w(k) == "&")?;
    // `Treaty Concerning the Neutrality and Operation of …`: a gerund's object too.
    // A company's head word in `-ing` is no gerund (`Kessel Mining Group and …`).
    if (i..k).any(|m| {
        ["of", "for", "on"].contains(&ctx.w(m))
            || (m > i && is_cap_gerund(ctx, m) && !ctx.g.lex.heads.contains_key(ctx.w(m)))
    }) {
        return None;
    }
    // A known name across the `and` (`Trinidad and Tobago`, `Bosnia and Herzegovina`) is one
    // name: the KB's longest match wins over the split.
    let (s, e, at) = (ctx.toks[i].s, ctx.toks[j - 1].e, ctx.toks[k].s);
    if ctx
        .kbc
        .iter()
        .any(|&(a, b, _)| a >= s && a < at && b > at && b <= e)
    {
        return None;
    }
    let heads = &ctx.g.lex.heads;
    let before_is_name = ctx.kbc.iter().any(|&(_, b, _)| b == ctx.toks[k - 1].e)
        || heads.contains_key(ctx.w(k - 1))
        || ctx.g.lex.titles.contains(ctx.w(k + 1));
    // The head of the part after `and`: its last word, or the word before its `of`/`for`
    // (`Verification and Inspection Mechanism for Yemen`).
    let head_at = (k + 1..j)
        .find(|&m| ["of", "for"].contains(&ctx.w(m)))
        .map_or(j - 1, |m| m - 1);
    let last_is_head = heads.contains_key(ctx.w(head_at));
    // `Rapid Capabilities and Critical Technologies Office`: modifiers of one head. A lone
    // head word after `and` (`Service Secretaries and Agency heads`) is not a name.
    if last_is_head && head_at > k + 1 && !before_is_name {
        return None;
    }
    Some(k)
}

/// Head words of laws whose title ends with the year they were made (`… Act of
/// 2025`).
const YEARLY_HEADS: &[&str] = &["Act", "Law", "Decree", "Ordinance"];

/// Extends a mention over what belongs to its name: an agreement's `between A and B` and its
/// head word after a short name (`New START Treaty`), an edition's year before a publication
/// (`2026 National Defense Strategy`), an event's number after it (`Talisman Sabre 25`).
fn extend(ctx: &Ctx<'_, '_>, target: Target, s: usize, e: usize) -> (Target, usize, usize) {
    let text = &ctx.nt.text;
    let mut e2 = e;
    let mut s2 = s;
    let mut target = target;
    match target.kind() {
        EntityKind::Agreement => {
            for head in [" Treaty", " Agreement", " Accord"] {
                if text[e2..].starts_with(head)
                    && !text[e2 + head.len()..].starts_with(|c: char| c.is_alphanumeric())
                    && !text[s..e2].ends_with(head)
                {
                    e2 += head.len();
                }
            }
            // `Energy Security Act of 2025`, `Ley 12 de 2024`, `Mining Code Act of 2019`: the
            // year closes the name of a law, whose title has it (a treaty's or an
            // agreement's year is no part of its name: `the Oslo Accord of 1993`).
            let yearly = text[s..e2]
                .rsplit(' ')
                .next()
                .is_some_and(|w| YEARLY_HEADS.contains(&w));
            for join in [" of ", " de "] {
                if !(yearly || join == " de ") {
                    continue;
                }
                if let Some(rest) = text[e2..].strip_prefix(join) {
                    let year: String = rest.chars().take_while(char::is_ascii_digit).collect();
                    if is_year(&year)
                        && !rest[year.len()..].starts_with(|c: char| c.is_alphanumeric())
                        && !rest[year.len()..].starts_with(['-', '–'])
                    {
                        e2 += join.len() + year.len();
                        break;
                    }
                }
            }
            if let Some(rest) = text[e2..].strip_prefix(" between ") {
                let a = e2 + 9;
                let first = ctx.kbc.iter().filter(|k| k.0 == a).max_by_key(|k| k.1);
                if let Some(&(_, b, _)) = first {
                    if let Some(r2) = text[b..].strip_prefix(" and ") {
                        let c = b + 5;
                        if let Some(&(_, d, _)) =
                            ctx.kbc.iter().filter(|k| k.0 == c).max_by_key(|k| k.1)
                        {
                            let _ = (rest, r2);
                            e2 = d;
                        }
                    }
                }
            }
            if e2 != e {
                if let Target::New(k, _) = &target {
                    target = Target::New(*k, text[s..e2].to_owned());
                }
            }
        }
        EntityKind::Publication => {
            let before = ctx.before(s);
            let year = before.rsplit(' ').next().unwrap_or("");
            let year = year.trim_start_matches(|c: char| !c.is_ascii_digit());
            if is_year(year) && before.len() >= 4 {
                s2 = before.len() - 4;
                target = match target {
                    Target::New(k, name) if !name.starts_with(year) => {
                        Target::New(k, format!("{year} {name}"))
                    }
                    Target::Kb(key) => {
                        let name = ctx
                            .g
                            .kb
                            .entity(&key)
                            .map_or(String::new(), |k| k.entity.name.clone());
                        Target::New(EntityKind::Publication, format!("{year} {name}"))
                    }
                    t => t,
                };
            }
        }
        EntityKind::Event => {
            let after = &text[e2..];
            if let Some(rest) = after.strip_prefix(' ') {
                let num: String = rest.chars().take_while(char::is_ascii_digit).collect();
                if (1..=4).contains(&num.len())
                    && !rest[num.len()..].starts_with(|c: char| c.is_alphanumeric())
                {
                    e2 += 1 + num.len();
                    let base = match &target {
                        Target::Kb(k) => ctx
                            .g
                            .kb
                            .entity(k)
                            .map_or(String::new(), |k| k.entity.name.clone()),
                        Target::New(_, n) => n.clone(),
                    };
                    target = Target::New(
                        EntityKind::Event,
                        format!("{} {num}", base.trim_start_matches("Exercise ")),
                    );
                }
            }
            if let Some(b) = ctx.before(s).strip_suffix("Exercise") {
                if !b.ends_with(|c: char| c.is_alphanumeric()) {
                    s2 = b.len();
                }
            }
        }
        _ => {}
    }
    (target, s2, e2)
}

/// The type a head word gives the segment `[i, j)`, if it has one.
fn head_kind(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> Option<EntityKind> {
    let heads = &ctx.g.lex.heads;
    let words: Vec<usize> = (i..j)
        .filter(|&k| ctx.toks[k].kind == TokKind::Word)
        .collect();
    if words.len() < 2 {
        // An ordinal unit: `1st MDTF`, `3 [rd] MDTF`.
        if words.len() == 1 && ctx.toks[i].kind == TokKind::Num && is_acronym(ctx.w(words[0])) {
            return Some(EntityKind::Organization);
        }
        // A head word and its number: `Resolution 2722`, `Directive 12`, `Route 9`.
        if words == [i]
            && j > i + 1
            && (i + 1..j).all(|k| ctx.toks[k].kind == TokKind::Num)
            && matches!(
                heads.get(ctx.w(i)),
                Some((EntityKind::Agreement | EntityKind::Publication, _))
                    | Some((EntityKind::Place, HeadPlace::Prefix))
            )
        {
            return heads.get(ctx.w(i)).map(|&(k, _)| k);
        }
        if words == [i] && j > i + 1 && ROUTE_PREFIXES.contains(&ctx.w(i)) {
            return Some(EntityKind::Place);
        }
        return None;
    }
    if ctx.toks[i].kind == TokKind::Num && is_acronym(ctx.w(j - 1)) {
        return Some(EntityKind::Organization);
    }
    // `… Support Office in Kenya`, `… Training Mission in Mali`: a body serving a country.
    if let Some(c) = (i + 2..j).find(|&c| ctx.w(c) == "in") {
        if FIELD_BODIES.contains(&ctx.w(c - 1)) {
            return Some(EntityKind::Organization);
        }
    }
    // An event's prefix head names the whole, whatever the last word's head (`Operation
    // Quiet Harbour`, `Exercise Northern Shield`, `Operation Allied Force`).
    if ctx.toks[i].kind == TokKind::Word
        && heads
            .get(ctx.w(i))
            .is_some_and(|&(k, p)| k == EntityKind::Event && p == HeadPlace::Prefix)
    {
        return Some(EntityKind::Event);
    }
    // A head word before a gerund heads the whole (`Treaty Concerning the … of the … Canal`).
    if is_cap_gerund(ctx, i + 1) {
        if let Some(&(kind, HeadPlace::First | HeadPlace::Both)) = heads.get(ctx.w(i)) {
            return Some(kind);
        }
    }
    // Last word, before trailing numbers (`World War II`, `Executive Order 14110`).
    let mut last = j - 1;
    while last > i && (ctx.toks[last].kind == TokKind::Num || is_roman(ctx.w(last))) {
        last -= 1;
    }
    let two = |k: usize| (k > i).then(|| format!("{} {}", ctx.w(k - 1), ctx.w(k)));
    let mut last_kind = None;
    for cand in [two(last), Some(ctx.w(last).to_owned())]
        .into_iter()
        .flatten()
    {
        if let Some(&(kind, place)) = heads.get(&cand) {
            // A place's prefix head may close its name too (`Kariba Lake`, `Lake Kariba`).
            if matches!(place, HeadPlace::Last | HeadPlace::Both)
                || (place == HeadPlace::Prefix && kind == EntityKind::Place)
            {
                last_kind = Some(kind);
                break;
            }
        }
    }
    // A body named with its country after its head word, as Nordic bodies are
    // (`Safety Investigation Authority Norway`, `Energy Agency Sweden`): an organisation.
    // So is one named with its sea or region after its head (`Mine Countermeasures Task
    // Group Black Sea`), though the sea's head word closes the name.
    if matches!(last_kind, None | Some(EntityKind::Place)) && j - i >= 3 {
        let end = ctx.toks[j - 1].e;
        let country_tail = ctx.kbc.iter().find(|&&(a, b, gi)| {
            b == end
                && a > ctx.toks[i].s
                && ctx.group(gi).candidates.iter().any(|c| {
                    (c.entity.kind == EntityKind::Country || c.entity.kind == EntityKind::Place)
                        && c.kind != FormKind::Demonym
                })
        });
        if let Some(m) = country_tail.and_then(|&(a, _, _)| ctx.tok_at_byte(a)) {
            if m > i + 1
                && heads.get(ctx.w(m - 1)).is_some_and(|&(k, p)| {
                    k == EntityKind::Organization && matches!(p, HeadPlace::Last | HeadPlace::Both)
                })
            {
                return Some(EntityKind::Organization);
            }
        }
    }
    // Before `of`/`for`/`on`: the head of the whole name when the last word's head is of
    // another kind (`Organisation of Islamic Cooperation`, `Ministry of … Cooperation`).
    // French and Spanish names join their head the same way (`Conseil du …`, `Ministerio de …`).
    const JOINS: &[&str] = &["of", "for", "on", "de", "du", "des", "del"];
    let mut first_kind = None;
    if let Some(c) = (i + 1..j).find(|&k| JOINS.contains(&ctx.w(k))) {
        for cand in [two(c - 1), Some(ctx.w(c - 1).to_owned())]
            .into_iter()
            .flatten()
        {
            if let Some(&(kind, place)) = heads.get(&cand) {
                if matches!(place, HeadPlace::First | HeadPlace::Both) {
                    first_kind = Some(kind);
                    break;
                }
            }
        }
    }
    // A known name before the last head is its modifier (`Department of Defense Arctic
    // Strategy`): then the last head types the whole.
    let known_first = first_kind.is_some()
        && (i + 1..j)
            .find(|&k| JOINS.contains(&ctx.w(k)))
            .is_some_and(|c| {
                ctx.kbc.iter().any(|&(a, b, _)| {
                    a == ctx.toks[i].s && b > ctx.toks[c].e && b < ctx.toks[last].s
                })
            });
    let kind = if known_first {
        last_kind.or(first_kind)
    } else {
        first_kind.or(last_kind)
    };
    if let Some(kind) = kind {
        return Some(kind);
    }
    // `Route Nationale 1`: a road's number or name after its head word.
    if ROUTE_PREFIXES.contains(&ctx.w(i)) {
        return Some(EntityKind::Place);
    }
    // First words.
    let first2 = format!("{} {}", ctx.w(i), ctx.w(i + 1));
    for cand in [first2.as_str(), ctx.w(i)] {
        if let Some(&(kind, HeadPlace::Prefix)) = heads.get(cand) {
            return Some(kind);
        }
    }
    None
}

/// The entity a head-word name refers to: the KB's when the name is a KB name after a country
/// (`U.S. Indo-Pacific Command`) or a generic name with its country in the context
/// (`China's Ministry of Foreign Affairs`); else a new entity of that kind.
fn named_by_head(
    ctx: &Ctx<'_, '_>,
    i: usize,
    j: usize,
    kind: EntityKind,
    st: &DocState,
) -> (Target, Resolution) {
    let (s, e) = (ctx.toks[i].s, ctx.toks[j - 1].e);
    let text = &ctx.nt.text[s..e];
    // A KB name after a country prefix.
    if let Some(&(a, b, gi)) = ctx.kbc.iter().find(|&&(a, b, _)| a == s && b < e) {
        let country = ctx
            .group(gi)
            .candidates
            .iter()
            .find(|c| c.entity.kind == EntityKind::Country)
            .map(|c| c.entity.id.to_uppercase());
        let rest_start = b + 1;
        if let Some(country) = country.filter(|_| a == s) {
            if let Some(gi2) = kb_exact(ctx, rest_start, e) {
                let g2 = ctx.group(gi2);
                // The body of that country (`Brazilian Army` is not the U.S. Army).
                let of_country = |c: &&crate::kb::Candidate| {
                    ctx.g
                        .kb
                        .entity(&c.entity)
                        .and_then(|k| k.entity.country.as_deref())
                        .is_none_or(|k| k == country)
                };
                if let Some(c) = g2
                    .candidates
                    .iter()
                    .filter(of_country)
                    .find(|c| c.entity.kind == kind)
                {
                    return (Target::Kb(c.entity.clone()), Resolution::Alias);
                }
                if g2.has_kind(kind) {
                    // Another country's body of that name: a new entity, named whole.
                    return (Target::New(kind, text.to_owned()), Resolution::Rule);
                }
            }
        }
    }
    // A KB name before its head word (`New START Treaty`).
    if j - i >= 2 {
        if let Some(gi) = kb_exact(ctx, s, ctx.toks[j - 2].e) {
            if let Some(c) = ctx
                .group(gi)
                .candidates
                .iter()
                .find(|c| c.entity.kind == kind && c.kind != FormKind::Generic)
                .filter(|c| names_its_head(ctx, &c.entity, ctx.w(j - 1)))
            {
                return (Target::Kb(c.entity.clone()), resolution_of(c.kind));
            }
        }
    }
    // A generic name with its country around.
    if let Some(gi) = kb_exact(ctx, s, e) {
        if let Some((t, r)) = choose(ctx, gi, s, e, st) {
            if t.kind() == kind {
                return (t, r);
            }
        }
    }
    (Target::New(kind, text.to_owned()), Resolution::Rule)
}

/// The KB names inside a segment with no head word, then persons, acronyms, surnames and
/// short names among the words left.
fn inner(ctx: &Ctx<'_, '_>, i: usize, j: usize, st: &mut DocState, found: &mut Vec<Found>) {
    let (s, e) = (ctx.toks[i].s, ctx.toks[j - 1].e);
    let lex = &ctx.g.lex;
    // Leftmost-longest KB candidates inside.
    let mut taken: Vec<(usize, usize, Target, Resolution)> = Vec::new();
    let mut cands: Vec<&(usize, usize, usize)> = ctx
        .kbc
        .iter()
        .filter(|&&(a, b, _)| a >= s && b <= e)
        .collect();
    cands.sort_by(|x, y| x.0.cmp(&y.0).then(y.1.cmp(&x.1)));
    let mut to = s;
    for &&(a, b, gi) in &cands {
        if a < to {
            continue;
        }
        // Names start on a token.
        if ctx.tok_at_byte(a).is_none() && !ctx.nt.text[..a].ends_with('-') {
            continue;
        }
        if let Some((t, r)) = choose(ctx, gi, a, b, st) {
            taken.push((a, b, t, r));
            to = b;
        }
    }
    // A place or country that is a given name, followed by a surname-like word: a person
    // (`Victoria Guida`).
    let mut k = 0;
    while k < taken.len() {
        let (a, b, ref t, _) = taken[k];
        let word = &ctx.nt.text[a..b];
        let next = ctx
            .tok_at_byte(b + 1)
            .filter(|_| ctx.nt.text[b..].starts_with(' '));
        if matches!(t.kind(), EntityKind::Place | EntityKind::Country)
            && lex.is_given(word)
            && !word.contains(' ')
        {
            if let Some(n) = next.filter(|&n| n < j) {
                let w = ctx.w(n);
                let free = !taken
                    .iter()
                    .any(|x| x.0 <= ctx.toks[n].s && ctx.toks[n].s < x.1);
                let is_head = lex.heads.contains_key(w);
                let strong = t.kind() == EntityKind::Place || person_evidence(ctx, i, j);
                if free
                    && is_cap_word(w)
                    && !is_head
                    && !lex.is_function(w)
                    && strong
                    && ctx.toks[n].kind == TokKind::Word
                {
                    let end = ctx.toks[n].e;
                    taken[k] = (
                        a,
                        end,
                        Target::New(EntityKind::Person, ctx.nt.text[a..end].to_owned()),
                        Resolution::Rule,
                    );
                }
            }
        }
        k += 1;
    }
    // `Mocímboa da Praia`: an unknown capitalised word and a lower-case particle before a KB
    // place (a capital too) are one place's name (the KB name is its last part), not a given
    // name's (`Lula da Silva` is a person's); before a country it is a body's (`Aerolíneas de
    // Chile`).
    for t in taken.iter_mut() {
        if t.2.kind() != EntityKind::Place && t.3 != Resolution::Metonymy {
            continue;
        }
        let Some(c) = ctx.tok_at_byte(t.0) else {
            continue;
        };
        if c < i + 2 || !PLACE_PARTICLES.contains(&ctx.w(c - 1)) {
            continue;
        }
        let m = c - 2;
        let w = ctx.w(m);
        let free = ctx.toks[m].kind == TokKind::Word
            && is_cap_word(w)
            && !is_acronym(w)
            && !lex.is_function(w)
            && !lex.is_given(w)
            && !lex.titles.contains(w)
            && !lex.heads.contains_key(w)
            && !super::lexicon::is_common_word(&w.to_lowercase())
            && !ctx
                .kbc
                .iter()
                .any(|&(a, b, _)| a < ctx.toks[m].e && ctx.toks[m].s < b);
        if free && ctx.adjacent(m, c - 1) && ctx.adjacent(c - 1, c) {
            let s0 = ctx.toks[m].s;
            *t = (
                s0,
                t.1,
                Target::New(EntityKind::Place, ctx.nt.text[s0..t.1].to_owned()),
                Resolution::Rule,
            );
        }
    }
    // Words left: runs of capitalised words.
    let mut k = i;
    while k < j {
        let t = &ctx.toks[k];
        let covered = |x: usize| {
            taken
                .iter()
                .any(|c| c.0 <= ctx.toks[x].s && ctx.toks[x].e <= c.1)
        };
        if covered(k)
            || t.kind != TokKind::Word
            || !(is_cap_word(ctx.w(k)) || ctx.w(k).starts_with("al-"))
        {
            k += 1;
            continue;
        }
        let start = k;
        // A run stops at `of`/`for`/`on` (`James Manyika of Google`): with no head word, what
        // follows is another name.
        while k < j
            && !covered(k)
            && (ctx.toks[k].kind == TokKind::Word
                && (is_cap_word(ctx.w(k))
                    || (CONNECTORS.contains(&ctx.w(k))
                        && !["of", "for", "on"].contains(&ctx.w(k)))
                    || ctx.w(k).starts_with("al-"))
                || k > start && name_hyphen(ctx, k) && k + 1 < j && !covered(k + 1))
        {
            k += 1;
        }
        let mut end = k;
        while end > start && CONNECTORS.contains(&ctx.w(end - 1)) {
            end -= 1;
        }
        let mut begin = start;
        while begin < end && lex.is_function(ctx.w(begin)) {
            begin += 1;
        }
        if begin >= end {
            continue;
        }
        let (a, b) = (ctx.toks[begin].s, ctx.toks[end - 1].e);
        let words = end - begin;
        let text = &ctx.nt.text[a..b];
        // `endorsed Baltic Shield, a NATO-led patrol`, `a tracking operation, Nordic Watch,`:
        // a name in apposition with an operation is that operation, an event.
        // `the Kavala–Sake road`: both ends of a road named by a dash compound are places.
        if words >= 3 && words % 2 == 1 && (begin..end).step_by(2).all(|k| dash_route_end(ctx, k)) {
            for k in (begin..end).step_by(2) {
                let (s1, e1) = (ctx.toks[k].s, ctx.toks[k].e);
                taken.push((
                    s1,
                    e1,
                    Target::New(EntityKind::Place, ctx.w(k).to_owned()),
                    Resolution::Rule,
                ));
            }
            continue;
        }
        // `Kamsoro, a town on the border,`: a name in apposition with a town, a port or a
        // district is that place.
        if words <= 3 && place_apposition(ctx, begin, end) {
            taken.push((
                a,
                b,
                Target::New(EntityKind::Place, text.to_owned()),
                Resolution::Rule,
            ));
            continue;
        }
        if words <= 3 && operation_apposition(ctx, begin, end) {
            taken.push((
                a,
                b,
                Target::New(EntityKind::Event, text.to_owned()),
                Resolution::Rule,
            ));
            continue;
        }
        if words >= 2 {
            let given = lex.is_given(ctx.w(begin));
            let author = st.authors.iter().any(|x| x == text);
            // Without a given name, some word must not be a common English word (`Global
            // Operating Model describes` is not a person).
            // Two common words or more, the last one too, as in a project's or a programme's
            // name (`Kaladan Transit Transport Project`), are no person's name either.
            let commons = (begin..end)
                .filter(|&x| super::lexicon::is_common_word(&ctx.w(x).to_lowercase()))
                .count();
            let last_common = super::lexicon::is_common_word(&ctx.w(end - 1).to_lowercase());
            let uncommon = !(commons >= 2 && last_common)
                && (begin..end).any(|x| !super::lexicon::is_common_word(&ctx.w(x).to_lowercase()));
            // `Central Asian states`, `West African leaders`: a compass word and a proper
            // adjective are a region's adjective, no person.
            let region_adj = end - begin == 2
                && [
                    "Central", "North", "South", "East", "West", "Northern", "Southern", "Eastern",
                    "Western", "Upper", "Lower", "Inner", "Outer",
                ]
                .contains(&ctx.w(begin))
                && super::lexicon::is_proper_adjective(ctx.w(begin + 1));
            if !region_adj
                && !before_a_facility(ctx, begin, end)
                && !coordinated_before_plural_place_noun(ctx, begin, end)
                && is_person_name(ctx, begin, end)
                && (author
                    || given
                    || (uncommon
                        && (person_evidence(ctx, begin, end)
                            || listed_after_a_person(ctx, begin, found))))
            {
                taken.push((a, b, person_target(text, st), Resolution::Rule));
                continue;
            }
        }
        // `at Tanjung` after `Tanjung Naval Base`: the short name before a reading by context.
        if words == 1 && !st.acronyms.contains_key(text) {
            if let Some(t) = st
                .short_names
                .get(text)
                .filter(|t| t.kind() == EntityKind::Place)
            {
                // `Nordlink 3` after `the Nordlink 3 cable`, `Nordlink 1` beside it: the name
                // with its number.
                let numbered = ctx.toks.get(end).filter(|t| {
                    t.kind == TokKind::Num
                        && t.s == b + 1
                        && ctx.nt.text[b..t.s] == *" "
                        && t.e - t.s <= 2
                });
                if let Some(n) = numbered {
                    let name = ctx.nt.text[a..n.e].to_owned();
                    let t = match t {
                        Target::New(_, old) if *old == name => t.clone(),
                        _ => Target::New(EntityKind::Place, name),
                    };
                    taken.push((a, n.e, t, Resolution::Alias));
                    continue;
                }
                taken.push((a, b, t.clone(), Resolution::Alias));
                continue;
            }
        }
        // `captured Okwera` after `Joseph Okwera`: the surname of a person the brief named is
        // no place by context.
        let surname = words == 1
            && st.persons.iter().any(|(w, t)| {
                w.len() > 1 && w.last().is_some_and(|l| l == text) && t.kind() == EntityKind::Person
            });
        if words <= 3 && !surname {
            if let Some(place) = locative_place(ctx, begin, end, &taken)
                .or_else(|| place_by_context(ctx, begin, end, found))
            {
                // A number of one or two digits after it is part of the name (`through Nord
                // Line 2`), a year is not.
                let numbered = ctx.toks.get(end).filter(|t| {
                    t.kind == TokKind::Num
                        && t.s == b + 1
                        && ctx.nt.text[b..t.s] == *" "
                        && t.e - t.s <= 2
                });
                let place = match (numbered, place) {
                    (Some(t), Target::New(kind, _)) => {
                        let name = ctx.nt.text[a..t.e].to_owned();
                        taken.push((a, t.e, Target::New(kind, name), Resolution::Rule));
                        continue;
                    }
                    (_, place) => place,
                };
                taken.push((a, b, place, Resolution::Rule));
                continue;
            }
        }
        // `the 23 March 2009 Agreement`, `the 1994 Accord`: an agreement named by its date.
        if words == 1 {
            if let Some(ds) = dated_agreement_start(ctx, begin) {
                let name = ctx.nt.text[ctx.toks[ds].s..b].to_owned();
                taken.push((
                    ctx.toks[ds].s,
                    b,
                    Target::New(EntityKind::Agreement, name),
                    Resolution::Rule,
                ));
                continue;
            }
        }
        if words == 1 {
            if let Some((t, r)) = single_word(ctx, begin, st) {
                taken.push((a, b, t, r));
            }
        }
    }
    // An unknown word before a country's name, as Nordic companies are named (`Gasnet
    // Norway`): one company, not the country.
    taken.sort_by_key(|x| x.0);
    for t in taken.iter_mut() {
        let Target::Kb(key) = &t.2 else { continue };
        if key.kind != EntityKind::Country || t.3 == Resolution::Demonym {
            continue;
        }
        let Some(c) = ctx.tok_at_byte(t.0) else {
            continue;
        };
        if c == 0 || c <= i || !ctx.adjacent(c - 1, c) || c + 1 != j && ctx.toks[j - 1].e != t.1 {
            continue;
        }
        let m = c - 1;
        let w = ctx.w(m);
        let free = ctx.toks[m].kind == TokKind::Word
            && m == i
            && is_cap_word(w)
            && !lex.is_function(w)
            && !lex.is_given(w)
            && !lex.titles.contains(w)
            && !lex.heads.contains_key(w)
            && !is_acronym(w)
            && !super::lexicon::is_common_word(&w.to_lowercase())
            && !super::lexicon::is_proper_adjective(w)
            && !ctx
                .kbc
                .iter()
                .any(|&(a, b, _)| a < ctx.toks[m].e && ctx.toks[m].s < b);
        if free && ctx.toks[m].e + 1 == t.0 {
            let s0 = ctx.toks[m].s;
            let name = ctx.nt.text[s0..t.1].to_owned();
            *t = (
                s0,
                t.1,
                Target::New(EntityKind::Organization, name),
                Resolution::Rule,
            );
        }
    }
    // What the merged names now cover is theirs alone.
    let wide: Vec<(usize, usize)> = taken.iter().map(|t| (t.0, t.1)).collect();
    taken.retain(|t| {
        !wide
            .iter()
            .any(|&(a, b)| a <= t.0 && t.1 <= b && (a, b) != (t.0, t.1))
    });
    // A country and an organisation of that country written as one name (`Chinese MFA`).
    let mut merged: Vec<(usize, usize, Target, Resolution)> = Vec::new();
    for t in taken {
        if let Some(last) = merged.last_mut() {
            let org_country = match &t.2 {
                Target::Kb(k) if k.kind == EntityKind::Organization => {
                    ctx.g.kb.entity(k).and_then(|e| e.entity.country.clone())
                }
                _ => None,
            };
            let prefix_country = match &last.2 {
                Target::Kb(k) if k.kind == EntityKind::Country => Some(k.id.to_uppercase()),
                _ => None,
            };
            if last.1 + 1 == t.0
                && prefix_country.is_some()
                && prefix_country == org_country
                && &ctx.nt.text[last.1..t.0] == " "
            {
                *last = (last.0, t.1, t.2, Resolution::Alias);
                continue;
            }
            // Two names of one KB entity side by side are one mention: a designation and its
            // name (`MQ-9 Reaper`, `F/A-18 Super Hornets`).
            if last.1 + 1 == t.0
                && matches!(&t.2, Target::Kb(_))
                && last.2 == t.2
                && &ctx.nt.text[last.1..t.0] == " "
                && ctx.nt.text[last.0..last.1].contains(|c: char| c.is_ascii_digit())
            {
                last.1 = t.1;
                continue;
            }
        }
        merged.push(t);
    }
    let taken = merged;
    for (a, b, t, r) in taken {
        push(found, a, b, t, r);
    }
}

/// Words after a locative preposition (`in Wilhelmshaven`, `from Laoag airfield`, `at
/// Yangtse`, `in the Tawang sector`) or coordinated with a place so found: a place, when they
/// are not a person's name, an acronym or a common word.
fn locative_place(
    ctx: &Ctx<'_, '_>,
    i: usize,
    j: usize,
    taken: &[(usize, usize, Target, Resolution)],
) -> Option<Target> {
    let lex = &ctx.g.lex;
    if (i..j).any(|k| {
        let w = ctx.w(k);
        is_acronym(w) || lex.titles.contains(w) || lex.is_function(w) || lex.heads.contains_key(w)
    }) || (lex.is_given(ctx.w(i)) && (j - i > 1 || ctx.word(j).is_some_and(is_cap_word)))
    {
        return None;
    }
    if j - i == 1 && super::lexicon::is_common_word(&ctx.w(i).to_lowercase()) {
        return None;
    }
    let p = i.checked_sub(1)?;
    // `Equinor's Troll field`, `Kazakhstan's Tengiz field`: a possessive owner stands where
    // `the` would.
    let possessor = ["'s", "’s"].contains(&ctx.w(p));
    if ctx.w(p) == "the" || ctx.w(p) == "The" || possessor {
        // `in the Tawang sector`, `funds for the Tawang route`: a lower-case place noun after
        // the name says it is a place, whatever comes before `the`.
        let noun = ctx.word(j)?;
        // `the Tarkwa mine`, `the Tarkwa gold mine`: a mine or deposit is named after its
        // place (one lower-case commodity word may come between).
        let mine = |k: usize| ctx.word(k).is_some_and(|w| MINE_NOUNS.contains(&w));
        let commodity = noun.starts_with(char::is_lowercase)
            && super::lexicon::is_common_word(noun)
            && mine(j + 1);
        // `the Nordlink 3 power cable`, `the Baltpipe gas pipeline`, `the K-Link2 link`: a
        // cable or pipeline (a number of one or two digits may end its name, one lower-case
        // word may come between).
        let q = if ctx
            .toks
            .get(j)
            .is_some_and(|t| t.kind == TokKind::Num && t.e - t.s <= 2)
        {
            j + 1
        } else {
            j
        };
        let infra = |k: usize| {
            ctx.word(k)
                .is_some_and(|w| INFRASTRUCTURE_NOUNS.contains(&w))
        };
        let carried = ctx.word(q).is_some_and(|w| {
            w.starts_with(char::is_lowercase) && super::lexicon::is_common_word(w)
        }) && infra(q + 1);
        if !PLACE_NOUNS.contains(&noun) && !mine(j) && !commodity && !infra(q) && !carried {
            return None;
        }
        // `the Republican field`, `the Democratic field`: a party's adjective is no place.
        if ["field", "fields"].contains(&noun)
            && (i..j).any(|k| {
                is_kb_demonym(ctx, ctx.w(k)) || ctx.w(k).ends_with("an") || ctx.w(k).ends_with("ic")
            })
        {
            return None;
        }
        return Some(Target::New(
            EntityKind::Place,
            ctx.nt.text[ctx.toks[i].s..ctx.toks[j - 1].e].to_owned(),
        ));
    }
    let prev = ctx.w(p).to_lowercase();
    let located = LOCATIVE.contains(&prev.as_str())
        || prev == "from"
        || (prev == "to"
            && p.checked_sub(1)
                .and_then(|q| ctx.word(q))
                .is_some_and(|w| {
                    let cue = ctx.g.lex.cues.get(&w.to_lowercase());
                    cue == Some(&Cue::Travel)
                    // `were evacuated to Tarnow`, `was deployed to Tarnow`: a passive verb of
                    // carrying, with what was carried as its subject.
                        || (cue == Some(&Cue::Delivery)
                            && p >= 2
                            && ctx
                                .word(p - 2)
                                .is_some_and(|v| ["was", "were", "been", "be"].contains(&v)))
                    // `across the border to Tarnow`: where the border is crossed.
                        || w == "border"
                    // `escorted it to Tarnow`, `towed them to Tarnow`: where a thing was
                    // moved.
                        || (["it", "them"].contains(&w)
                            && p >= 2
                            && ctx.word(p - 2).is_some_and(|v| {
                                v.len() > 4 && v.ends_with("ed") && v.starts_with(char::is_lowercase)
                            }))
                }));
    // `in Depsang and Demchok`: after a place found so.
    let coordinated = (prev == "and" || prev == ",")
        && p > 0
        && taken
            .iter()
            .any(|t| t.1 == ctx.toks[p - 1].e && t.2.kind() == EntityKind::Place);
    (located || coordinated).then(|| {
        Target::New(
            EntityKind::Place,
            ctx.nt.text[ctx.toks[i].s..ctx.toks[j - 1].e].to_owned(),
        )
    })
}

/// Places [`locative_place`] does not see: a name in a list after a place found earlier in the
/// sentence (`leave Ashdod, Haifa and Hadera`), a destination (`bound for Haifa`), a river
/// named after `on/along/near the` with no head noun (`on the Drava,`). The same exclusions as
/// there (acronyms, titles, head words, common words, given names) apply.
fn place_by_context(ctx: &Ctx<'_, '_>, i: usize, j: usize, found: &[Found]) -> Option<Target> {
    let lex = &ctx.g.lex;
    // `a line from Kalumbi to Mbonga`: the end of a route from a place found so.
    let route_end = i >= 3
        && ctx.w(i - 1) == "to"
        && (3..6).any(|back| {
            i.checked_sub(back).is_some_and(|k| {
                ctx.w(k) == "from"
                    && (k + 1..i - 1).all(|m| ctx.word(m).is_some_and(is_cap_word))
                    && found.iter().any(|f| {
                        f.s == ctx.toks[k + 1].s
                            && f.e == ctx.toks[i - 2].e
                            && f.target.kind() == EntityKind::Place
                    })
            })
        });
    if route_end && j - i <= 2 && (i..j).all(|k| is_cap_word(ctx.w(k)) && !lex.is_given(ctx.w(k))) {
        return Some(Target::New(
            EntityKind::Place,
            ctx.nt.text[ctx.toks[i].s..ctx.toks[j - 1].e].to_owned(),
        ));
    }
    // A coordination before a plural place noun (`the Volta and Oti regions`): each name is a
    // place, a given name too (the noun outweighs it).
    if coordinated_before_plural_place_noun(ctx, i, j)
        && !(i..j).any(|k| {
            let w = ctx.w(k);
            // A Roman numeral may end the name (`the Nordpipe II and Valdal pipelines`).
            is_acronym(w) && !(k > i && is_roman(w))
                || lex.titles.contains(w)
                || lex.heads.contains_key(w)
        })
    {
        return Some(Target::New(
            EntityKind::Place,
            ctx.nt.text[ctx.toks[i].s..ctx.toks[j - 1].e].to_owned(),
        ));
    }
    if (i..j).any(|k| {
        let w = ctx.w(k);
        is_acronym(w) || lex.titles.contains(w) || lex.is_function(w) || lex.heads.contains_key(w)
    }) {
        return None;
    }
    let p = i.checked_sub(1)?;
    let prev = ctx.w(p).to_lowercase();
    // `the road between Kessel and Dorn`, `the border between …`: the first end of a road or
    // line named by its two ends (the second follows in a list after a place).
    if prev == "between"
        && j - i <= 2
        && p > 0
        && ctx.word(p - 1).is_some_and(|w| {
            ROUTE_NOUNS.contains(&w)
                || INFRASTRUCTURE_NOUNS.contains(&w)
                || [
                    "border", "frontier", "stretch", "pipeline", "roads", "highways",
                ]
                .contains(&w)
        })
        && ctx.word(j).is_some_and(|w| w == "and")
        && !lex.is_given(ctx.w(i))
        && !(j - i == 1 && super::lexicon::is_common_word(&ctx.w(i).to_lowercase()))
    {
        return Some(Target::New(
            EntityKind::Place,
            ctx.nt.text[ctx.toks[i].s..ctx.toks[j - 1].e].to_owned(),
        ));
    }
    // `the Kavala–Sake road`, `the Butembo-Beni highway`: the two ends of a road named by a
    // dash compound before a route noun are places, a common word too.
    if j - i == 1 && dash_route_end(ctx, i) {
        return Some(Target::New(EntityKind::Place, ctx.w(i).to_owned()));
    }
    // `its exclave of Nakhchivan`, `the port of Tartus`, `the town of Marble`: the noun says
    // it is a place, a common word too (it is capitalised inside the sentence).
    // `the left bank of the Vistula`, `the mouth of the Orinoco`: a river's or a coast's part.
    let river_part = prev == "the"
        && p >= 2
        && ctx.w(p - 1) == "of"
        && RIVER_PARTS.contains(&ctx.w(p - 2))
        && j - i <= 2;
    if river_part
        || prev == "of" && p > 0 && PLACE_NOUNS_BEFORE_OF.contains(&ctx.w(p - 1)) && j - i <= 2
    {
        return Some(Target::New(
            EntityKind::Place,
            ctx.nt.text[ctx.toks[i].s..ctx.toks[j - 1].e].to_owned(),
        ));
    }
    if j - i == 1 && super::lexicon::is_common_word(&ctx.w(i).to_lowercase()) {
        return None;
    }
    // A given name is no place, but for one word alone closing a list of places (`at Balboa
    // and Cristóbal`, `in Lyon and Florence`): no surname after it.
    let lone_in_list =
        j - i == 1 && (prev == "," || prev == "and") && !ctx.word(j).is_some_and(is_cap_word);
    if lex.is_given(ctx.w(i)) && !lone_in_list {
        return None;
    }
    let is_place = |gi: usize| ctx.group(gi).has_kind(EntityKind::Place);
    let place = || {
        Target::New(
            EntityKind::Place,
            ctx.nt.text[ctx.toks[i].s..ctx.toks[j - 1].e].to_owned(),
        )
    };
    // In a list after a place.
    if (prev == "," || prev == "and") && p > 0 {
        let end = ctx.toks[p - 1].e;
        let known = ctx.kbc.iter().any(|&(_, b, gi)| b == end && is_place(gi))
            || found
                .iter()
                .any(|f| f.e == end && f.target.kind() == EntityKind::Place);
        if known {
            return Some(place());
        }
    }
    // One side of a dash compound whose other side is a KB place (`the Varna–Ruse railway`):
    // a place too.
    let dash = |k: usize| {
        ctx.toks
            .get(k)
            .is_some_and(|t| matches!(&ctx.nt.text[t.s..t.e], "–" | "-" | "—"))
    };
    let kb_place_at = |pred: &dyn Fn(usize, usize) -> bool| {
        ctx.kbc.iter().any(|&(a, b, gi)| {
            pred(a, b)
                && ctx.group(gi).candidates.iter().any(|c| {
                    c.entity.kind == EntityKind::Place
                        && ctx.g.kb.entity(&c.entity).is_some_and(|k| {
                            matches!(
                                k.entity.category.as_deref(),
                                Some("city" | "capital" | "port" | "province" | "region")
                            )
                        })
                })
        })
    };
    // Before `and` and a KB city, port, province or region that is no capital (`holds
    // Tabora and Kigoma`): a place too (a capital may stand for its government).
    if j - i <= 2
        && !(i..j).any(|k| super::lexicon::is_proper_adjective(ctx.w(k)))
        && ctx.word(j).is_some_and(|w| w == "and" || w == "or")
        && ctx.toks.get(j + 1).is_some_and(|n| {
            ctx.kbc.iter().any(|&(a, _, gi)| {
                a == n.s
                    && ctx.group(gi).candidates.iter().all(|c| {
                        c.entity.kind == EntityKind::Place
                            && ctx.g.kb.entity(&c.entity).is_some_and(|k| {
                                matches!(
                                    k.entity.category.as_deref(),
                                    Some("city" | "port" | "province" | "region")
                                )
                            })
                    })
            })
        })
    {
        return Some(place());
    }
    if j - i == 1 && dash(j) && ctx.toks[j].s == ctx.toks[j - 1].e {
        let after = ctx.toks[j].e;
        if kb_place_at(&|a, _| a == after) {
            return Some(place());
        }
    }
    if j - i == 1 && i > 0 && dash(i - 1) && ctx.toks[i - 1].e == ctx.toks[i].s {
        let before = ctx.toks[i - 1].s;
        if kb_place_at(&|_, b| b == before) {
            return Some(place());
        }
    }
    // `rebels shelled Kitembo`, `captured Lunzu and …`: what was taken or shelled by force is
    // a place (not an owner's goods: `seized Orbex's trucks`).
    let possessive = ctx
        .toks
        .get(j)
        .is_some_and(|t| matches!(&ctx.nt.text[t.s..t.e], "'s" | "’s" | "'" | "’"));
    // `30 km south of Nyabanda`, `north-east of Nyabanda`: a bearing from a place.
    let bearing = prev == "of" && p > 0 && ctx.word(p - 1).is_some_and(is_bearing);
    if bearing && j - i <= 2 {
        return Some(place());
    }
    if TAKEN_BY_FORCE.contains(&prev.as_str()) && j - i <= 2 && !possessive {
        return Some(place());
    }
    // A destination.
    if prev == "for"
        && p > 0
        && [
            "bound", "headed", "heading", "destined", "sailing", "sailed", "departed",
        ]
        .contains(&ctx.w(p - 1))
    {
        return Some(place());
    }
    // `on the Drava,`: a river with no head noun after it.
    if prev == "the"
        && p > 0
        && ["on", "along", "near", "across", "up", "down"].contains(&ctx.w(p - 1))
    {
        let next_is_word = ctx
            .toks
            .get(j)
            .is_some_and(|t| t.kind == TokKind::Word || t.kind == TokKind::Num);
        if !next_is_word && j - i <= 2 {
            return Some(place());
        }
    }
    None
}

/// A person already named whose full name matches, or whose longer name starts with these
/// words (`Hassan Sheikh` after `Hassan Sheikh Mohamud`; one such person only), or a new one.
fn person_target(text: &str, st: &DocState) -> Target {
    let words: Vec<String> = text.split(' ').map(str::to_owned).collect();
    if let Some((_, t)) = st.persons.iter().rev().find(|(w, _)| *w == words) {
        return t.clone();
    }
    let mut longer = st
        .persons
        .iter()
        .filter(|(w, _)| w.len() > words.len() && w.starts_with(&words));
    if let Some((_, t)) = longer.next() {
        if longer.all(|(_, t2)| t2 == t) {
            return t.clone();
        }
    }
    Target::New(EntityKind::Person, text.to_owned())
}

/// `Abiy` after `Abiy Ahmed Ali` or `Abiy Ahmed`: the first name alone of a person named
/// before by three names or more (the KB's full name or the brief's), when no other person
/// named so far has that first name. Such names (patronymic chains, `Hassan Sheikh
/// Mohamud`) have no surname to refer back by.
fn first_name_of(ctx: &Ctx<'_, '_>, w: &str, st: &DocState) -> Option<Target> {
    let full_words = |words: &[String], t: &Target| match t {
        Target::Kb(k) => ctx
            .g
            .kb
            .entity(k)
            .map_or(words.len(), |e| e.entity.name.split(' ').count()),
        Target::New(..) => words.len(),
    };
    let mut hits = st
        .persons
        .iter()
        .filter(|(words, _)| words.first().is_some_and(|f| f == w));
    let (words, t) = hits.next()?;
    if !hits.all(|(_, t2)| t2 == t) || full_words(words, t) < 3 {
        return None;
    }
    Some(t.clone())
}

/// A single capitalised word: an acronym the brief defined, a surname of a person it named, a
/// short name of an organisation or agreement it named (`the Department`, `the Treaty`), an
/// institution named by its generic name (`Parliament`, `Senate`), a department before a title
/// (`Commerce Secretary`).
fn single_word(ctx: &Ctx<'_, '_>, k: usize, st: &DocState) -> Option<(Target, Resolution)> {
    let w = ctx.w(k);
    let (s, e) = (ctx.toks[k].s, ctx.toks[k].e);
    if let Some(def) = st.acronyms.get(w) {
        return def.clone().map(|t| (t, Resolution::Acronym));
    }
    if let Some((_, t)) = st.persons.iter().rev().find(|(words, _)| {
        words.len() >= 2
            && (words.last().map(String::as_str) == Some(w)
                // `Burhan` after `Abdel Fattah al-Burhan`: the surname without its article.
                || words.last().is_some_and(|l| {
                    ["al-", "el-", "Al-", "El-"]
                        .iter()
                        .any(|a| l.strip_prefix(a) == Some(w))
                })
                || (cjk_order(words) && words[0] == w)
                // A peer (`Avery of Brent`): the name before the designation.
                || (words.len() >= 3 && words[1] == "of" && words[0] == w))
    }) {
        return Some((t.clone(), Resolution::Surname));
    }
    if let Some(t) = first_name_of(ctx, w, st) {
        return Some((t, Resolution::Alias));
    }
    // Two surnames (`Vladimir Padrino López` → `Padrino`), a name's middle part (`Luiz Inácio
    // Lula da Silva` → `Lula`): a capitalised inner word of a name of three words or more.
    if w.chars().count() >= 3 && !ctx.g.lex.is_given(w) {
        if let Some((_, t)) =
            st.persons.iter().rev().find(|(words, _)| {
                words.len() >= 3 && words[1..words.len() - 1].iter().any(|x| x == w)
            })
        {
            return Some((t.clone(), Resolution::Surname));
        }
    }
    let generic = kb_exact(ctx, s, e).is_some_and(|gi| {
        ctx.group(gi)
            .candidates
            .iter()
            .all(|c| c.kind == FormKind::Generic)
    });
    let the = ctx.before(s).ends_with("the") || ctx.before(s).ends_with("The");
    // `the Army` refers back to the army named before; `Army chief` with no article does not
    // say which army, when several countries have one.
    if let Some(t) = st.heads.get(w) {
        // A place only after `the` (`the Delta`).
        if the || !generic && t.kind() != EntityKind::Place {
            return Some((t.clone(), Resolution::Title));
        }
    }
    if let Some(t) = st.short_names.get(w) {
        return Some((t.clone(), Resolution::Alias));
    }
    // `Japan's JICA`, `India's DRDO`: an acronym the KB does not know after a country's
    // possessive is a body of that country.
    let country_possessive = k >= 2
        && ["'s", "’s"].contains(&ctx.w(k - 1))
        && ctx.kbc.iter().any(|&(_, b, gi)| {
            b == ctx.toks[k - 1].s && ctx.group(gi).has_kind(EntityKind::Country)
        });
    if country_possessive
        && is_acronym(w)
        && (2..=8).contains(&w.len())
        && w.chars().all(|c| c.is_ascii_uppercase())
        && kb_exact(ctx, s, e).is_none()
    {
        return Some((
            Target::New(EntityKind::Organization, w.to_owned()),
            Resolution::Rule,
        ));
    }
    // `Mr Obuya`, `Dr. Kone`: a surname after an honorific, when the KB has no such name.
    let honorific = k > 0
        && [
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.",
        ]
        .contains(&ctx.w(k - 1));
    if honorific && kb_exact(ctx, s, e).is_none() && !ctx.g.lex.is_function(w) {
        return Some((person_target(w, st), Resolution::Rule));
    }
    let next_role = ctx
        .word(k + 1)
        .is_some_and(|n| ctx.g.lex.titles.contains(n));
    if let Some(gi) = kb_exact(ctx, s, e) {
        if let Some(tr) = choose(ctx, gi, s, e, st) {
            return Some(tr);
        }
    }
    // `Commerce Secretary`: the department of that name.
    if next_role {
        for form in [
            format!("Department of {w}"),
            format!("Department of the {w}"),
            format!("Ministry of {w}"),
        ] {
            if let Some(key) = ctx.g.kb.lookup(&form, EntityKind::Organization) {
                return Some((Target::Kb(key), Resolution::Alias));
            }
        }
    }
    // `the Tavrias` for North and South Tavria: the pair of places (not countries) named
    // with compass words.
    if the && w.len() > 3 && w.ends_with('s') && kb_exact(ctx, s, e).is_none() {
        let stem = &w[..w.len() - 1];
        let place = |name: String| {
            ctx.g
                .kb
                .group(&name)
                .is_some_and(|g| g.has_kind(EntityKind::Place))
        };
        let pair = (place(format!("North {stem}")) && place(format!("South {stem}")))
            || (place(format!("East {stem}")) && place(format!("West {stem}")));
        if pair {
            return Some((
                Target::New(EntityKind::Place, w.to_owned()),
                Resolution::Rule,
            ));
        }
    }
    // A name no KB knows before `militias`, `rebels` (`Mai-Tumba militias`): that armed group.
    if ctx
        .word(k + 1)
        .is_some_and(|n| ["militia", "militias", "rebels", "insurgents", "guerrillas"].contains(&n))
        && kb_exact(ctx, s, e).is_none()
        && !super::lexicon::is_common_word(&w.to_lowercase())
        && !ctx.g.lex.is_given(w)
        // `Sunni militias`, `Kurdish rebels`: a people's adjective, no group's name.
        && !super::lexicon::is_proper_adjective(w)
    {
        return Some((
            Target::New(EntityKind::Organization, w.to_owned()),
            Resolution::Rule,
        ));
    }
    // A code of capitals and a number (`K12`) before a noun of armed people or after `the`
    // with a verb of its own (`the K12 rebels`, `the K12 has held`): an armed group or movement.
    // An acronym the KB does not know, in the same places, or after `the` and `of` after
    // members of a group (`guerrillas of the ELN`, `dissidents of the FARC`).
    let members_of = the
        && k >= 3
        && ctx.w(k - 2) == "of"
        && ctx
            .word(k - 3)
            .is_some_and(|n| GROUP_MEMBERS.contains(&n) || n == "dissidents");
    let unknown_acronym = is_acronym(w)
        && (2..=6).contains(&w.len())
        && w.chars().all(|c| c.is_ascii_uppercase())
        && !st.acronyms.contains_key(w)
        && kb_exact(ctx, s, e).is_none();
    if unknown_acronym && members_of {
        return Some((
            Target::New(EntityKind::Organization, w.to_owned()),
            Resolution::Rule,
        ));
    }
    if group_code(w) {
        let group_noun = ctx.word(k + 1).is_some_and(|n| GROUP_MEMBERS.contains(&n));
        if group_noun || (the && acts(ctx, e)) {
            return Some((
                Target::New(EntityKind::Organization, w.to_owned()),
                Resolution::Rule,
            ));
        }
    }
    // A capitalised institution word inside a sentence or before a role (`told Parliament`,
    // `Army chief`): an organisation, unlinked when the context does not say whose.
    if INSTITUTIONS.contains(&w) && (!is_sentence_start(ctx, k) || next_role) {
        return Some((
            Target::New(EntityKind::Organization, w.to_owned()),
            Resolution::Rule,
        ));
    }
    None
}

/// Nouns for the members of an armed group, after its name (`the K12 rebels`).
const GROUP_MEMBERS: &[&str] = &[
    "rebels",
    "rebel",
    "militia",
    "militiamen",
    "insurgents",
    "insurgency",
    "movement",
    "guerrillas",
    "fighters",
    "combatants",
];

/// One to three capitals then one to three digits (`M23`, `K12`), no other character: the
/// shape of a movement named after a date or a number, and of many a designation.
fn group_code(w: &str) -> bool {
    let letters = w.chars().take_while(|c| c.is_ascii_uppercase()).count();
    let digits = w.len() - letters;
    (1..=3).contains(&letters)
        && (1..=3).contains(&digits)
        && w[letters..].bytes().all(|b| b.is_ascii_digit())
}

/// Chinese and Korean names are written family name first: `Wang` for `Wang Yi`, `Shin` for
/// `Shin Won-sik`.
fn cjk_order(words: &[String]) -> bool {
    words.len() == 2 && words[1].chars().count() <= 3
        || words.get(1).is_some_and(|w| w.contains('-'))
}

/// A hyphen glued between two capitalised words of one name (`Abdul-Malik`, `Oyelaran-Price`).
fn name_hyphen(ctx: &Ctx<'_, '_>, k: usize) -> bool {
    ctx.toks[k].kind == TokKind::Punct
        && ctx.w(k) == "-"
        && k > 0
        && k + 1 < ctx.toks.len()
        && ctx.toks[k - 1].e == ctx.toks[k].s
        && ctx.toks[k].e == ctx.toks[k + 1].s
        && ctx.toks[k - 1].kind == TokKind::Word
        && ctx.toks[k + 1].kind == TokKind::Word
        && is_cap_word(ctx.w(k - 1))
        && is_cap_word(ctx.w(k + 1))
}

/// A title word inside a person's name, right after a given name that is no title (`Sheikh`
/// in `Hassan Sheikh Mohamud`), in the segment starting at `i`.
fn title_in_name(ctx: &Ctx<'_, '_>, i: usize, k: usize) -> bool {
    let lex = &ctx.g.lex;
    k > i
        && ctx.toks[k - 1].kind == TokKind::Word
        && ctx.adjacent(k - 1, k)
        && lex.is_given(ctx.w(k - 1))
        && !lex.titles.contains(ctx.w(k - 1))
}

/// Words that can be a person's name: capitalised words, initials, particles, hyphenated
/// parts (`Abdul-Malik`); no head word, no function word, two to five words.
fn is_person_name(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> bool {
    let lex = &ctx.g.lex;
    let hyphens = (i..j).filter(|&k| name_hyphen(ctx, k)).count();
    let n = j - i - 2 * hyphens;
    (2..=5).contains(&n)
        && (i..j).all(|k| {
            if name_hyphen(ctx, k) {
                return true;
            }
            let w = ctx.w(k);
            ctx.toks[k].kind == TokKind::Word
                && !lex.heads.contains_key(w)
                && (!lex.titles.contains(w) || title_in_name(ctx, i, k))
                && !lex.is_function(w)
                && (is_cap_word(w) || CONNECTORS.contains(&w) || w.starts_with("al-"))
                && !w.chars().all(|c| c.is_uppercase() || c == '.')
                // A designation with a figure (`M107`, `T-90`) names a model, no person.
                && !w.chars().any(|c| c.is_ascii_digit())
                || w.len() == 2 && w.ends_with('.')
                || is_initials(w)
        })
}

/// Initials written together: `C.C.`, `J.D.`, `A.B.C.` (two or three letters, each with its
/// full stop).
fn is_initials(w: &str) -> bool {
    let b = w.as_bytes();
    (4..=6).contains(&b.len())
        && b.chunks(2)
            .all(|p| p.len() == 2 && p[0].is_ascii_uppercase() && p[1] == b'.')
}

/// `Strikes on the Black Sea Fleet`, `Talks with …`: a common word opening the sentence before
/// `of`/`on`/`for` and a name that has a head word or is a KB name is not part of that name;
/// returns where the name starts (`i` when nothing is dropped). `Friends of the Earth` (no head
/// word, no KB name after) stays whole.
fn leading_common_word(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> usize {
    let lex = &ctx.g.lex;
    if i + 2 >= j
        || !is_sentence_start(ctx, i)
        || ctx.toks[i].kind != TokKind::Word
        || lex
            .heads
            .get(ctx.w(i))
            .is_some_and(|&(_, place)| place != HeadPlace::Last)
        || lex.titles.contains(ctx.w(i))
        || ctx.kbc.iter().any(|k| k.0 == ctx.toks[i].s)
        || !["of", "on", "for"].contains(&ctx.w(i + 1))
        || !super::lexicon::is_common_word(&ctx.w(i).to_lowercase())
    {
        return i;
    }
    let mut n = i + 2;
    if ctx.w(n) == "the" {
        n += 1;
    }
    if n >= j {
        return i;
    }
    let rest_s = ctx.toks[n].s;
    let rest_e = ctx.toks[j - 1].e;
    let kb_name = ctx.kbc.iter().any(|k| k.0 == rest_s && k.1 <= rest_e);
    let headed = head_kind(ctx, n, j).is_some();
    if kb_name || headed {
        n
    } else {
        i
    }
}

/// Lower-case nouns of military exercises (`the Iron Falcon drills`).
const EXERCISE_NOUNS: &[&str] = &[
    "exercise",
    "exercises",
    "drill",
    "drills",
    "manoeuvres",
    "maneuvers",
    "wargame",
    "wargames",
    "war-games",
];

/// Lower-case nouns of other events, which an apposition after an edition's year may name.
const OTHER_EVENT_NOUNS: &[&str] = &["summit", "games", "conference", "operation", "festival"];

/// An event's edition named by its year: a capitalised name the KB does not know, then a year,
/// after `during` (`during Northern Shield 2023`) or before an apposition naming an event
/// (`Steel Harbour 2025, the annual naval exercise`). `None` otherwise.
fn event_edition(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> Option<Target> {
    if j < i + 2 || !is_year(ctx.w(j - 1)) {
        return None;
    }
    if !(i..j - 1).all(|k| ctx.toks[k].kind == TokKind::Word && is_cap_word(ctx.w(k))) {
        return None;
    }
    let (s, e) = (ctx.toks[i].s, ctx.toks[j - 2].e);
    if ctx.kbc.iter().any(|k| k.0 <= s && e <= k.1) || head_kind(ctx, i, j).is_some() {
        return None;
    }
    let during = i > 0 && ctx.w(i - 1).eq_ignore_ascii_case("during");
    let apposition = j < ctx.toks.len()
        && ctx.w(j) == ","
        && (j + 1..(j + 6).min(ctx.toks.len()))
            .take_while(|&k| ctx.toks[k].kind == TokKind::Word)
            .any(|k| EXERCISE_NOUNS.contains(&ctx.w(k)) || OTHER_EVENT_NOUNS.contains(&ctx.w(k)));
    (during || apposition).then(|| {
        Target::New(
            EntityKind::Event,
            ctx.nt.text[ctx.toks[i].s..ctx.toks[j - 1].e].to_owned(),
        )
    })
}

/// Number words that open a sentence before a name (`Two Type 056 corvettes`).
const NUMBER_WORDS: &[&str] = &[
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Eleven",
    "Twelve",
    "Dozens",
    "Hundreds",
    "Thousands",
    "Some",
    "Several",
    "Both",
];

/// A capitalised name the KB does not know, with no head word, right before a lower-case noun
/// of an exercise (`the Iron Falcon drills`, `the Sea Shield exercise`): the exercise, an
/// event. `None` otherwise.
fn event_before_noun(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> Option<Target> {
    let noun = ctx.word(j).filter(|_| ctx.adjacent(j - 1, j))?;
    if !EXERCISE_NOUNS.contains(&noun) {
        return None;
    }
    if !(i..j).all(|k| ctx.toks[k].kind == TokKind::Word && is_cap_word(ctx.w(k))) {
        return None;
    }
    let (s, e) = (ctx.toks[i].s, ctx.toks[j - 1].e);
    // A KB name (`NATO exercises`, `Russian drills`) or a head word says what it is.
    if ctx.kbc.iter().any(|k| k.0 < e && s < k.1) || head_kind(ctx, i, j).is_some() {
        return None;
    }
    if j - i == 1 && super::lexicon::is_common_word(&ctx.w(i).to_lowercase()) {
        return None;
    }
    Some(Target::New(EntityKind::Event, ctx.nt.text[s..e].to_owned()))
}

/// Lower-case nouns of armed or political groups a name may stand before (`the Red Hand
/// gang`).
const GROUP_NOUNS: &[&str] = &[
    "gang",
    "gangs",
    "coalition",
    "cartel",
    "faction",
    "alliance",
];

/// A capitalised name the KB does not know, with no head word, right before a lower-case noun
/// of an armed or political group (`the Red Hand gang`): an organisation. `None` otherwise.
fn group_before_noun(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> Option<(usize, Target)> {
    let noun = ctx.word(j).filter(|_| ctx.adjacent(j - 1, j))?;
    if !GROUP_NOUNS.contains(&noun) {
        return None;
    }
    // The capitalised words before the noun; a longer segment only after `of the` (`Leaders
    // of the Kale Boyz coalition`).
    let cap = |k: usize| ctx.toks[k].kind == TokKind::Word && is_cap_word(ctx.w(k));
    let mut i2 = j;
    while i2 > i && cap(i2 - 1) {
        i2 -= 1;
    }
    if i2 == j || i2 > i && !(i2 >= i + 2 && ctx.w(i2 - 1) == "the" && ctx.w(i2 - 2) == "of") {
        return None;
    }
    let i = i2;
    let (s, e) = (ctx.toks[i].s, ctx.toks[j - 1].e);
    if ctx.kbc.iter().any(|k| k.0 < e && s < k.1) || head_kind(ctx, i, j).is_some() {
        return None;
    }
    if j - i == 1 && super::lexicon::is_common_word(&ctx.w(i).to_lowercase()) {
        return None;
    }
    // A given name first is a person's name (`the Maria Lopez faction`).
    if ctx.g.lex.is_given(ctx.w(i)) && j - i >= 2 {
        return None;
    }
    Some((
        i,
        Target::New(EntityKind::Organization, ctx.nt.text[s..e].to_owned()),
    ))
}

/// Whether the name starting at token `i` follows a person found earlier in a list (`, ` or
/// `and`), that person's country after `of` allowed between (`Deputy Ministers Ana Petrova of
/// Bulgaria and Ion Rusu of Moldova`).
fn listed_after_a_person(ctx: &Ctx<'_, '_>, i: usize, found: &[Found]) -> bool {
    let before = ctx.before(ctx.toks[i].s);
    let Some(rest) = before
        .strip_suffix(" and")
        .or_else(|| before.strip_suffix(','))
    else {
        return false;
    };
    let mut end = rest.trim_end().len();
    // `… of Bulgaria`: the person's country.
    if let Some(&(a, _, _)) = ctx
        .kbc
        .iter()
        .find(|&&(_, b, gi)| b == end && ctx.group(gi).has_kind(EntityKind::Country))
    {
        if ctx.nt.text[..a].ends_with(" of ") {
            end = a - 4;
        }
    }
    found
        .iter()
        .any(|f| f.e == end && f.target.kind() == EntityKind::Person)
}

/// Evidence that the words `[i, j)` name a person: a title or role word before them
/// (`spokesperson Lin Jian`), an apposition with a role (`, the Russian foreign minister,`),
/// a reporting verb after them (`said`), `by` before them, a biography's opening.
fn person_evidence(ctx: &Ctx<'_, '_>, i: usize, j: usize) -> bool {
    let lex = &ctx.g.lex;
    let prev = i.checked_sub(1).map(|k| ctx.w(k));
    if prev.is_some_and(|p| lex.titles.contains(p) || p == "by") {
        return true;
    }
    // The phrase after the name: `, <role phrase>,` or a verb.
    let n = ctx.toks.len();
    let mut k = j;
    if k < n && ctx.w(k) == "," {
        if k + 1 < n && lex.reporting.contains(ctx.w(k + 1)) {
            return true;
        }
        // `Rosa Otunbaeva, who heads the mission,`: `who` is said of people.
        if k + 1 < n && ctx.w(k + 1) == "who" {
            return true;
        }
        let mut m = k + 1;
        let mut role = false;
        while m < n && ![",", ".", ";", ")", "(", ":"].contains(&ctx.w(m)) {
            if lex.titles.contains(ctx.w(m)) {
                role = true;
            }
            m += 1;
        }
        if role {
            return true;
        }
        k = m + 1;
    }
    if k < n && lex.reporting.contains(ctx.w(k)) {
        return true;
    }
    if j < n && lex.reporting.contains(ctx.w(j)) {
        return true;
    }
    // The phrase before: `<role phrase>, Name`.
    if prev == Some(",") {
        let mut m = i - 1;
        let mut depth = 0usize;
        while m > 0 {
            let w = ctx.w(m - 1);
            if w == ")" {
                depth += 1;
            } else if w == "(" && depth > 0 {
                depth -= 1;
            } else if depth == 0 && [",", ".", ";", "(", ":"].contains(&w) {
                break;
            }
            m -= 1;
            if depth == 0 && lex.titles.contains(ctx.w(m)) {
                return true;
            }
        }
    }
    // `Senegal's Bassirou Diomaye Faye`, `the death of Yevgeny Prigozhin`: a possessive
    // country or `death of`/`murder of` before the name.
    if prev == Some("'s")
        && i >= 2
        && ctx.kbc.iter().any(|&(_, b, gi)| {
            b == ctx.toks[i - 1].s && ctx.group(gi).has_kind(EntityKind::Country)
        })
    {
        return true;
    }
    if prev == Some("of")
        && i >= 2
        && [
            "death",
            "murder",
            "killing",
            "assassination",
            "arrest",
            "wife",
            "husband",
            "son",
            "daughter",
        ]
        .contains(&ctx.w(i - 2))
    {
        return true;
    }
    // A quotation's attribution line: `— Name, Institute …` (a dash opening the line).
    if ["—", "–", "―"].contains(&ctx.before(ctx.toks[i].s).trim()) && (j == n || ctx.w(j) == ",")
    {
        return true;
    }
    // `(Name is a Research Fellow at …)`.
    if (ctx.part == Part::Bio || ctx.first_of_paragraph)
        && prev == Some("(")
        && ctx.word(j) == Some("is")
    {
        return true;
    }
    // A sentence opening with the name and giving a role (`Tran Van Minh is a senior fellow
    // at …`, in whatever order the names are written): `is/was a/an/the`, a role word within
    // three words.
    if is_sentence_start(ctx, i)
        && ctx.word(j).is_some_and(|w| w == "is" || w == "was")
        && ctx
            .word(j + 1)
            .is_some_and(|w| ["a", "an", "the"].contains(&w))
        && (j + 2..(j + 5).min(n)).any(|k| ctx.word(k).is_some_and(|w| lex.titles.contains(w)))
    {
        return true;
    }
    false
}

/// A title before a name: `Russian President Vladimir Putin`, `U.S. Secretary of Defense Lloyd
/// Austin`, `General Gregory Guillot`. Emits the mentions before the title and the person with
/// the role; false when the segment has no such shape.
fn title_split(
    ctx: &Ctx<'_, '_>,
    i: usize,
    j: usize,
    st: &mut DocState,
    found: &mut Vec<Found>,
) -> bool {
    let lex = &ctx.g.lex;
    // The last title word followed by at least one more word.
    let Some(t) = (i..j.saturating_sub(1)).rev().find(|&k| {
        lex.titles.contains(ctx.w(k)) && is_cap_word(ctx.w(k)) && !title_in_name(ctx, i, k)
    }) else {
        return false;
    };
    // The name: a KB person starting after the title, else from a given name, else the last
    // two words (or the last word after a short title like `President Putin`).
    let kb_person = ctx.kbc.iter().find(|&&(a, b, gi)| {
        a > ctx.toks[t].s && b == ctx.toks[j - 1].e && ctx.group(gi).has_kind(EntityKind::Person)
    });
    let n = if let Some(&(a, _, _)) = kb_person {
        match ctx.tok_at_byte(a) {
            Some(n) => n,
            None => return false,
        }
    } else if let Some(n) = (t + 1..j).find(|&k| lex.is_given(ctx.w(k)) && k + 1 < j) {
        n
    } else if ctx.w(t + 1) == "of" || ctx.w(t + 1) == "for" {
        j.saturating_sub(2).max(t + 2)
    } else {
        t + 1
    };
    // `Senator Dan Sullivan of Alaska`: the name ends before `of`.
    let whole_end = j;
    let j = (n + 1..j)
        .find(|&k| ["of", "for"].contains(&ctx.w(k)))
        .unwrap_or(j);
    // `President Jean-Pierre Kaboré`: a hyphen inside a name is part of it.
    if n >= j
        || n <= t
        || !(n..j).all(|k| {
            name_hyphen(ctx, k)
                || ctx.toks[k].kind == TokKind::Word && !lex.heads.contains_key(ctx.w(k))
        })
    {
        return false;
    }
    let (ns, ne) = (ctx.toks[n].s, ctx.toks[j - 1].e);
    let name = &ctx.nt.text[ns..ne];
    // The person: a KB person, a person named before, or a new one whose name looks like one.
    let (target, res) = match kb_person.and_then(|&(a, b, gi)| choose(ctx, gi, a, b, st)) {
        Some((t, r)) if t.kind() == EntityKind::Person => (t, r),
        _ if n + 1 == j => match single_word(ctx, n, st) {
            Some((t, r)) if t.kind() == EntityKind::Person => (t, r),
            // `President Kaboré`: an unknown surname after a title, no common word
            // (`General Motors`), no acronym.
            None if !super::lexicon::is_common_word(&ctx.w(n).to_lowercase())
                && !is_acronym(ctx.w(n))
                && !lex.is_function(ctx.w(n))
                && ctx.toks[n].kind == TokKind::Word =>
            {
                (person_target(name, st), Resolution::Rule)
            }
            _ => return false,
        },
        _ => {
            let given = lex.is_given(ctx.w(n));
            let uncommon =
                (n..j).any(|k| !super::lexicon::is_common_word(&ctx.w(k).to_lowercase()));
            if !is_person_name(ctx, n, j) || !(given || uncommon) {
                return false;
            }
            (person_target(name, st), Resolution::Rule)
        }
    };
    // Where the title starts: after the names before it (`U.S.`, `Russian`, `Commission`).
    let mut p = i;
    let mut of: Option<Target> = None;
    while p < t {
        let a = ctx.toks[p].s;
        let kb = ctx
            .kbc
            .iter()
            .filter(|k| k.0 == a && k.1 <= ctx.toks[t].s)
            .max_by_key(|k| k.1);
        if let Some(&(a, b, gi)) = kb {
            if let Some((tg, r)) = choose(ctx, gi, a, b, st) {
                push(found, a, b, tg.clone(), r);
                of = Some(tg);
                p = ctx.tok_ending_at(b).map_or(p + 1, |x| x + 1);
                continue;
            }
        }
        if let Some((tg, r)) = single_word(ctx, p, st) {
            push(found, ctx.toks[p].s, ctx.toks[p].e, tg.clone(), r);
            of = Some(tg);
            p += 1;
            continue;
        }
        break;
    }
    let title = ctx.nt.text[ctx.toks[p].s..ctx.toks[n - 1].e].to_owned();
    // Role: `of` the country or organisation before the title or in its complement.
    let role_of = of.or_else(|| {
        ctx.kbc
            .iter()
            .filter(|k| k.0 >= ctx.toks[p].s && k.1 <= ctx.toks[n - 1].e)
            .find_map(|&(a, b, gi)| choose(ctx, gi, a, b, st).map(|x| x.0))
    });
    found.push(Found {
        s: ns,
        e: ne,
        target,
        resolution: res,
        role: Some(Role {
            title,
            of: role_of.map(|t| t.key()),
        }),
    });
    after_name_complement(ctx, j, whole_end, st, found);
    true
}

/// `Senator Dan Sullivan of Alaska`: the names in the complement after a titled person's name
/// (`[of_at, end)` starts at the `of`) are mentions of their own.
fn after_name_complement(
    ctx: &Ctx<'_, '_>,
    of_at: usize,
    end: usize,
    st: &mut DocState,
    found: &mut Vec<Found>,
) {
    if of_at + 1 < end {
        segment(ctx, of_at + 1, end, st, found);
    }
}

/// `Name (ACR)`: the acronym names the same entity, here and later in the brief; `words
/// (ACR)` that name no entity make `ACR` name none in this brief either (the brief's
/// definition wins over the KB's).
fn acronym_definitions(ctx: &Ctx<'_, '_>, st: &mut DocState, found: &mut Vec<Found>) {
    let n = ctx.toks.len();
    for k in 1..n.saturating_sub(2) {
        let close = if ctx.w(k + 2) == ")" {
            k + 2
        } else if k + 3 < n && ctx.toks[k + 2].kind == TokKind::Poss && ctx.w(k + 3) == ")" {
            k + 3
        } else {
            continue;
        };
        if ctx.w(k) != "(" || close == 0 {
            continue;
        }
        let acr = ctx.w(k + 1);
        // `Multi-Domain Task Forces (MDTFs)`, `ballistic missiles (ICBMs)`: a plural acronym
        // names a class of things, not one entity.
        if acr.len() > 2 && acr.ends_with('s') && is_acronym(&acr[..acr.len() - 1]) {
            let before_end = ctx.toks[k - 1].e;
            found.retain(|f| {
                !(f.e == before_end
                    && f.target.kind() == EntityKind::Organization
                    && matches!(f.target, Target::New(..)))
            });
            found.retain(|f| f.s != ctx.toks[k + 1].s);
            st.acronyms.insert(acr.to_owned(), None);
            st.acronyms.insert(acr[..acr.len() - 1].to_owned(), None);
            continue;
        }
        let letters = acr.chars().filter(|c| c.is_alphabetic()).count();
        let caps = acr.chars().filter(|c| c.is_uppercase()).count();
        if letters < 2 || caps * 2 < letters + 1 || !acr.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let before_end = ctx.toks[k - 1].e;
        let (a, b) = (ctx.toks[k + 1].s, ctx.toks[k + 1].e);
        // `the Lukoml GRES power plant (LGRES)`: the acronym of a plant named before its
        // lower-case noun, when it opens with the name's first letter.
        let plant = (2..4).find_map(|back| {
            let m = k.checked_sub(back)?;
            let nouns_lower = (m + 1..k).all(|x| ctx.w(x).starts_with(char::is_lowercase));
            let f = found
                .iter()
                .filter(|f| f.e == ctx.toks[m].e && f.target.kind() == EntityKind::Place)
                .max_by_key(|f| f.e - f.s)?;
            (nouns_lower
                && FACILITY_NOUNS.contains(&ctx.w(k - 1))
                && ctx.nt.text[f.s..].starts_with(|c: char| acr.starts_with(c)))
            .then(|| f.target.clone())
        });
        if let Some(t) = plant {
            found.retain(|f| !(f.s == a && f.e == b));
            st.acronyms.insert(acr.to_owned(), Some(t.clone()));
            push(found, a, b, t, Resolution::Acronym);
            continue;
        }
        let owner = found
            .iter()
            .filter(|f| f.e == before_end && f.target.kind() != EntityKind::Person)
            .max_by_key(|f| f.e - f.s);
        // The owner must be the whole name before the parenthesis: in `Petróleos de
        // Venezuela (PDVSA)` the country is only part of it, and the acronym names the whole.
        let name_start = name_start_before(ctx, k);
        let uncovered_before = |f: &Found| {
            (0..k).any(|m| {
                let t = &ctx.toks[m];
                t.s >= name_start
                    && t.e <= f.s
                    && t.kind == TokKind::Word
                    && is_cap_word(ctx.w(m))
                    && !found.iter().any(|g| g.s <= t.s && t.e <= g.e)
            })
        };
        // A name whose initials spell the acronym may run back further than the words joined
        // above (`Regional Assistance Mission to Fiji (RAMF)`): then a KB name at its end is
        // only part of it, and no owner.
        let spelled = spelled_name_start(ctx, k, acr).filter(|&p| ctx.toks[p].s < name_start);
        if let Some(p) = spelled {
            let s0 = ctx.toks[p].s;
            found.retain(|g| !(g.s >= s0 && g.e <= before_end));
            found.retain(|f| !(f.s == a && f.e == b));
            match whole_name_kind(ctx, p, k) {
                Some(kind) => {
                    let name = ctx.nt.text[s0..before_end]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ");
                    let t = Target::New(kind, name);
                    push(found, s0, before_end, t.clone(), Resolution::Rule);
                    st.acronyms.insert(acr.to_owned(), Some(t.clone()));
                    push(found, a, b, t, Resolution::Acronym);
                }
                None => {
                    st.acronyms.insert(acr.to_owned(), None);
                }
            }
            continue;
        }
        // `Famine Review Committee of the Integrated Food Security Phase Classification
        // (IPC)`: the acronym spells the parent body after `of (the)`, not the whole; the body
        // before is an organisation of its own.
        if let Some((fs, (c, r))) =
            owner.and_then(|f| parent_acronym_split(ctx, f.s, k, acr).map(|x| (f.s, x)))
        {
            found.retain(|g| !(g.s >= fs && g.e <= before_end));
            found.retain(|g| !(g.s == a && g.e == b));
            let first_e = ctx.toks[c - 1].e;
            let body = Target::New(
                EntityKind::Organization,
                ctx.nt.text[fs..first_e].to_owned(),
            );
            push(found, fs, first_e, body, Resolution::Rule);
            let rs = ctx.toks[r].s;
            let t = Target::New(
                EntityKind::Organization,
                ctx.nt.text[rs..before_end].to_owned(),
            );
            push(found, rs, before_end, t.clone(), Resolution::Rule);
            st.acronyms.insert(acr.to_owned(), Some(t.clone()));
            push(found, a, b, t, Resolution::Acronym);
            continue;
        }
        // `UN Liaison Office in Somalia (UNLOS)`: an organisation named by its head, then
        // `in` or `on` and a KB country or place, before an acronym that is none of that
        // country's names: the acronym defines the whole name, and the country is only part
        // of it.
        let body_in_country = owner.and_then(|f| {
            let p = ctx.tok_at_byte(f.s)?;
            let place = matches!(f.target.kind(), EntityKind::Country | EntityKind::Place)
                && f.resolution != Resolution::Acronym;
            let own_alias = ctx.kbc.iter().any(|&(a, b, gi)| {
                (a, b) == (ctx.toks[k + 1].s, ctx.toks[k + 1].e)
                    && ctx
                        .group(gi)
                        .candidates
                        .iter()
                        .any(|c| Target::Kb(c.entity.clone()) == f.target)
            });
            if !place || own_alias || p < 2 || !["in", "on"].contains(&ctx.w(p - 1)) {
                return None;
            }
            let body_end = ctx.toks[p - 2].e;
            let body = found.iter().find(|g| {
                g.e == body_end
                    && g.s >= name_start
                    && g.target.kind() == EntityKind::Organization
                    && matches!(g.target, Target::New(..))
            })?;
            Some((body.s, f.s))
        });
        if let Some((s0, _)) = body_in_country {
            found.retain(|g| !(g.s >= s0 && g.e <= before_end));
            found.retain(|g| !(g.s == a && g.e == b));
            let t = Target::New(
                EntityKind::Organization,
                ctx.nt.text[s0..before_end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            push(found, s0, before_end, t.clone(), Resolution::Rule);
            st.acronyms.insert(acr.to_owned(), Some(t.clone()));
            push(found, a, b, t, Resolution::Acronym);
            continue;
        }
        let owner = match owner {
            Some(f) if f.s > name_start && uncovered_before(f) => {
                let (s0, s1) = (f.s, f.e);
                let whole = partial_owner_name(ctx, name_start, k);
                found.retain(|g| !(g.s >= s0 && g.e <= s1));
                whole.inspect(|t| push(found, name_start, before_end, t.clone(), Resolution::Rule))
            }
            f => f.map(|f| f.target.clone()),
        };
        // No owner found: the name's head words type it (`Coastal Fisheries Regulation (CFR)`).
        let owner = owner.or_else(|| {
            let p = ctx.tok_at_byte(name_start).filter(|&p| p + 1 < k)?;
            // The acronym spells only the words after a country or demonym (`the Ruritanian
            // Grain Exchange Board (GEB)`): those words are the name, an organisation of that
            // country, and the country a mention of its own.
            let spelled_after_country = spelled_name_start(ctx, k, acr)
                .filter(|&sp| sp > p && sp + 1 < k)
                .filter(|&sp| {
                    ctx.kbc.iter().any(|&(a, b, gi)| {
                        a >= name_start
                            && b == ctx.toks[sp - 1].e
                            && ctx.group(gi).has_kind(EntityKind::Country)
                    })
                });
            let (s0, kind) = match spelled_after_country {
                Some(sp) => (ctx.toks[sp].s, EntityKind::Organization),
                None => (name_start, whole_name_kind(ctx, p, k)?),
            };
            let t = Target::New(kind, ctx.nt.text[s0..before_end].to_owned());
            push(found, s0, before_end, t.clone(), Resolution::Rule);
            Some(t)
        });
        found.retain(|f| !(f.s == a && f.e == b));
        match owner {
            Some(t) => {
                st.acronyms.insert(acr.to_owned(), Some(t.clone()));
                push(found, a, b, t, Resolution::Acronym);
            }
            None => {
                st.acronyms.insert(acr.to_owned(), None);
            }
        }
    }
    // A year before a publication's acronym: that edition (`the 2024 ATA`).
    let year_edition: Vec<(usize, usize, Target)> = found
        .iter()
        .filter(|f| {
            f.resolution == Resolution::Acronym && f.target.kind() == EntityKind::Publication
        })
        .filter_map(|f| {
            let before = ctx.before(f.s);
            let year = before.rsplit(' ').next()?;
            if !is_year(year) {
                return None;
            }
            let Target::New(_, name) = &f.target else {
                return None;
            };
            let base = name
                .split_once(' ')
                .filter(|(y, _)| is_year(y))
                .map_or(name.as_str(), |(_, r)| r);
            Some((
                before.len() - 4,
                f.e,
                Target::New(EntityKind::Publication, format!("{year} {base}")),
            ))
        })
        .collect();
    for (s, e, t) in year_edition {
        found.retain(|f| !(f.e == e && f.s > s));
        push(found, s, e, t, Resolution::Acronym);
    }
}

/// For a name starting at byte `s` and ending before the parenthesis at token `k`: the `of`
/// token and the first token of the parent after it, when the acronym spells the parent, not
/// the whole (its first letter is the parent's first initial, not the name's; its letters are
/// the parent's initials in order, the last one's included) and the part before `of` is an
/// organisation of two words or more by its head word.
fn parent_acronym_split(
    ctx: &Ctx<'_, '_>,
    s: usize,
    k: usize,
    acr: &str,
) -> Option<(usize, usize)> {
    let p0 = ctx.tok_at_byte(s)?;
    let letters: Vec<char> = acr.chars().filter(|c| c.is_uppercase()).collect();
    if letters.len() < 3 {
        return None;
    }
    let initial = |m: usize| ctx.w(m).chars().next().unwrap_or(' ');
    if initial(p0) == letters[0] {
        return None;
    }
    let c = (p0 + 2..k).find(|&m| ctx.w(m) == "of")?;
    let r = if ctx.w(c + 1) == "the" { c + 2 } else { c + 1 };
    if r + 1 >= k || initial(r) != letters[0] || initial(k - 1) != *letters.last()? {
        return None;
    }
    let caps: Vec<char> = (r..k)
        .filter(|&m| ctx.toks[m].kind == TokKind::Word && is_cap_word(ctx.w(m)))
        .map(initial)
        .collect();
    let mut it = caps.iter();
    if !letters.iter().all(|l| it.any(|c| c == l)) {
        return None;
    }
    (head_kind(ctx, p0, c) == Some(EntityKind::Organization)).then_some((c, r))
}

/// The first token of the name before token `k` (an opening parenthesis) whose initials spell
/// `acr` (`Regional Assistance Mission to Fiji` for `RAMF`; `International Tribunal for the
/// Law of the Sea` for `ITLOS`, a function word giving its initial or not; `EU Fisheries Rule`
/// for `EUFR`, an all-capital word giving all its letters): the shortest such name of at most
/// 12 words, separated by white space only (line breaks included). `None` when none spells it.
fn spelled_name_start(ctx: &Ctx<'_, '_>, k: usize, acr: &str) -> Option<usize> {
    let letters: Vec<char> = acr.chars().filter(|c| c.is_uppercase()).collect();
    if letters.len() < 3 {
        return None;
    }
    fn spells(ctx: &Ctx<'_, '_>, letters: &[char], words: &[usize]) -> bool {
        let Some((&m, rest)) = words.split_first() else {
            return letters.is_empty();
        };
        let w = ctx.w(m);
        let initial = w
            .chars()
            .next()
            .map(|c| c.to_uppercase().next().unwrap_or(c));
        if ctx.g.lex.is_function(w) && !is_cap_word(w) {
            return spells(ctx, letters, rest)
                || (letters.first().copied() == initial && spells(ctx, &letters[1..], rest));
        }
        if !is_cap_word(w) {
            return false;
        }
        if w.len() > 1 && w.chars().all(|c| c.is_uppercase()) {
            let caps: Vec<char> = w.chars().collect();
            if letters.starts_with(&caps) && spells(ctx, &letters[caps.len()..], rest) {
                return true;
            }
        }
        letters.first().copied() == initial && spells(ctx, &letters[1..], rest)
    }
    let mut words = Vec::new();
    let mut m = k;
    while m > 0 && words.len() < 12 {
        let p = m - 1;
        let gap = &ctx.nt.text[ctx.toks[p].e..ctx.toks[m].s];
        if ctx.toks[p].kind != TokKind::Word || !gap.chars().all(char::is_whitespace) {
            break;
        }
        if gap.is_empty() && m != k {
            break;
        }
        words.insert(0, p);
        if is_cap_word(ctx.w(p)) && spells(ctx, &letters, &words) {
            return Some(p);
        }
        m = p;
    }
    None
}

/// The kind the head words give a name defined by an acronym, tokens `p..k`: a trailing KB name
/// (`… Mission to Fiji`) is a complement, not the head, so only the words before it count.
fn whole_name_kind(ctx: &Ctx<'_, '_>, p: usize, k: usize) -> Option<EntityKind> {
    let end = ctx.toks[k - 1].e;
    let mut j = k;
    if let Some(&(a, _, _)) = ctx
        .kbc
        .iter()
        .filter(|&&(a, b, _)| b == end && a > ctx.toks[p].s)
        .min_by_key(|&&(a, _, _)| a)
    {
        j = ctx.tok_at_byte(a)?;
        // The connector before it (`to`, `of`, `in`).
        while j > p && !is_cap_word(ctx.w(j - 1)) {
            j -= 1;
        }
    }
    if j <= p {
        return None;
    }
    head_kind(ctx, p, j).or_else(|| body_of_a_known_name(ctx, p, j))
}

/// A name of tokens `p..j` with no head word that opens with a KB country, demonym or
/// organisation and goes on with capitalised words (`Ruritanian Electric Power`, `African Union
/// Observer Mission`): a body of that country or organisation, an organisation. Only for a name
/// its acronym spells, which shows it is one name.
fn body_of_a_known_name(ctx: &Ctx<'_, '_>, p: usize, j: usize) -> Option<EntityKind> {
    let start = ctx.toks[p].s;
    let end = ctx.toks[j - 1].e;
    let opens = ctx.kbc.iter().any(|&(a, b, gi)| {
        a == start
            && b < end
            && ctx.group(gi).candidates.iter().any(|c| {
                matches!(
                    c.entity.kind,
                    EntityKind::Country | EntityKind::Organization
                )
            })
    });
    let rest_capitalised = (p + 1..j).any(|k| {
        ctx.toks[k].s
            >= ctx
                .kbc
                .iter()
                .filter(|&&(a, _, _)| a == start)
                .map(|&(_, b, _)| b)
                .max()
                .unwrap_or(end)
            && is_cap_word(ctx.w(k))
    });
    (opens && rest_capitalised).then_some(EntityKind::Organization)
}

/// Where the capitalised name that ends before token `k` (an opening parenthesis) starts:
/// its byte offset (capitalised words, joined by connectors, `the` after `of`, hyphens).
fn name_start_before(ctx: &Ctx<'_, '_>, k: usize) -> usize {
    let lex = &ctx.g.lex;
    let cap = |m: usize| {
        ctx.toks[m].kind == TokKind::Word && is_cap_word(ctx.w(m)) && !lex.is_function(ctx.w(m))
    };
    let mut start = k;
    let mut m = k;
    while m > 0 && ctx.adjacent(m - 1, m) {
        let p = m - 1;
        let w = ctx.w(p);
        // `in` joins here, not in the chunker: before a defined acronym the whole name is
        // wanted (`Assistance Mission in Kenya (AMK)`), and a country after `in` is then
        // only part of it.
        let joins = start != k
            && (CONNECTORS.contains(&w)
                || w == "-"
                || w == "in"
                || (w == "the" && p > 0 && ["of", "for", "on", "in"].contains(&ctx.w(p - 1))));
        if cap(p) {
            start = p;
        } else if !joins {
            break;
        }
        m = p;
    }
    if start == k {
        return ctx.toks[k].s;
    }
    ctx.toks[start].s
}

/// The entity a name defined by an acronym is, when a KB name covers only part of it: an
/// organisation when some word outside the KB part is not common English (`Petróleos de
/// Venezuela`), else none (the acronym then names nothing rather than the wrong thing).
fn partial_owner_name(ctx: &Ctx<'_, '_>, s: usize, k: usize) -> Option<Target> {
    let e = ctx.toks[k - 1].e;
    let text = &ctx.nt.text[s..e];
    let foreign = (0..k).filter(|&m| ctx.toks[m].s >= s).any(|m| {
        ctx.toks[m].kind == TokKind::Word
            && is_cap_word(ctx.w(m))
            && !ctx
                .kbc
                .iter()
                .any(|&(a, b, _)| a <= ctx.toks[m].s && ctx.toks[m].e <= b)
            && !super::lexicon::is_common_word(&ctx.w(m).to_lowercase())
    });
    // A body of a known organisation (`UN Assistance Mission in the Republic of Kenya`): the
    // name opens with that organisation's KB name.
    let of_a_body = opens_with_kb_organisation(ctx, s, e);
    ((foreign || of_a_body) && text.contains(' '))
        .then(|| Target::New(EntityKind::Organization, text.to_owned()))
}

/// Whether the name at `s..e` (bytes of the normalised text) opens with a shorter name the
/// knowledge base has as an organisation (`UN Assistance Mission …`, `Islamic State Sahel
/// Province`).
fn opens_with_kb_organisation(ctx: &Ctx<'_, '_>, s: usize, e: usize) -> bool {
    ctx.kbc
        .iter()
        .any(|&(a, b, gi)| a == s && b < e && ctx.group(gi).has_kind(EntityKind::Organization))
}

/// Unit names of one hierarchy separated by commas are one unit (`D Battery, 5th Battalion,
/// 3rd Field Artillery Regiment`); a quoted title right after an agreement names that
/// agreement (`Executive Order 14110, "Safe, Secure, …"`).
fn merge_units_and_titles(ctx: &Ctx<'_, '_>, found: &mut Vec<Found>) {
    const UNITS: &[&str] = &[
        "Battery",
        "Battalion",
        "Regiment",
        "Brigade",
        "Division",
        "Company",
        "Squadron",
        "Wing",
    ];
    let text = &ctx.nt.text;
    let is_unit = |f: &Found| {
        matches!(&f.target, Target::New(EntityKind::Organization, _))
            && UNITS.iter().any(|u| text[f.s..f.e].ends_with(u))
    };
    let mut k = 0;
    while k + 1 < found.len() {
        let (a, b) = (&found[k], &found[k + 1]);
        if is_unit(a) && is_unit(b) && &text[a.e..b.s] == ", " {
            let (s, e) = (a.s, b.e);
            found[k] = Found {
                s,
                e,
                target: Target::New(EntityKind::Organization, text[s..e].to_owned()),
                resolution: Resolution::Rule,
                role: None,
            };
            found.remove(k + 1);
            continue;
        }
        if a.target.kind() == EntityKind::Agreement
            && b.resolution == Resolution::Rule
            && b.target.kind() == EntityKind::Publication
            && matches!(&text[a.e..b.s], ", \"" | ", \u{201C}")
        {
            found[k + 1].target = a.target.clone();
            found[k + 1].resolution = Resolution::Alias;
        }
        k += 1;
    }
}

/// Remembers what later sentences refer back to: persons (for surnames), organisations and
/// agreements by head word (for `the Department`, `the Treaty`).
fn remember(ctx: &Ctx<'_, '_>, f: &Found, st: &mut DocState) {
    let text = &ctx.nt.text[f.s..f.e];
    if let Target::Kb(key) = &f.target {
        if let Some(c) = ctx.g.kb.entity(key).and_then(|k| k.entity.country.clone()) {
            st.countries.insert(c);
        }
    }
    // `the Gulf of Riga`, later `the Gulf`: a place named by its head before `of`.
    if f.target.kind() == EntityKind::Place {
        if let Some((head, _)) = text.split_once(" of ") {
            let heads = &ctx.g.lex.heads;
            if heads.get(head).is_some_and(|&(k, p)| {
                k == EntityKind::Place && matches!(p, HeadPlace::First | HeadPlace::Both)
            }) {
                st.heads.insert(head.to_owned(), f.target.clone());
            }
        }
    }
    match f.target.kind() {
        // `Operation Poseidon Archer`, later `Poseidon Archer`: the name after a prefix head.
        EntityKind::Event | EntityKind::Organization | EntityKind::Agreement
            if matches!(f.target, Target::New(..)) =>
        {
            if let Some((first, rest)) = text.split_once(' ') {
                let prefix = ctx
                    .g
                    .lex
                    .heads
                    .get(first)
                    .is_some_and(|&(k, p)| p == HeadPlace::Prefix && k == f.target.kind());
                if prefix && rest.starts_with(char::is_uppercase) {
                    st.short_names.insert(rest.to_owned(), f.target.clone());
                }
            }
            // `Tradewinds 2024`, later `Tradewinds`: an edition's name without its year.
            if let Some((name, year)) = text.rsplit_once(' ') {
                if f.target.kind() == EntityKind::Event && is_year(year) && is_cap_word(name) {
                    st.short_names
                        .entry(name.to_owned())
                        .or_insert_with(|| f.target.clone());
                }
            }
            if f.target.kind() != EntityKind::Event {
                remember_heads(ctx, f, text, st);
            }
            // `the K12 rebels`, later `the K12 took the town`: the group's code alone.
            if f.target.kind() == EntityKind::Organization && group_code(text) {
                st.short_names
                    .entry(text.to_owned())
                    .or_insert_with(|| f.target.clone());
            }
        }
        EntityKind::Person => {
            let words: Vec<String> = match &f.target {
                Target::New(_, name) => name.split(' ').map(str::to_owned).collect(),
                Target::Kb(_) => text.split(' ').map(str::to_owned).collect(),
            };
            if words.len() >= 2 && !st.persons.iter().any(|(w, _)| *w == words) {
                st.persons.push((words, f.target.clone()));
            }
        }
        EntityKind::Organization | EntityKind::Agreement => remember_heads(ctx, f, text, st),
        EntityKind::Place if matches!(f.target, Target::New(..)) => {
            // A one-word place the context showed (`the Tarkwa mine`, `at Tarkwa`): later
            // `Tarkwa` alone is that place (`Tarkwa, in the west, supplies …`); so is a
            // numbered one's name (`the Nordlink 3 cable`, later `Nordlink 3`).
            let text = match text.rsplit_once(' ') {
                Some((name, n))
                    if !name.contains(' ')
                        && (1..=2).contains(&n.len())
                        && n.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    name
                }
                _ => text,
            };
            if !text.contains(' ')
                && f.resolution == Resolution::Rule
                && short_name_free(ctx, text)
                && !ctx.g.lex.is_given(text)
                && !ctx.g.lex.heads.contains_key(text)
                && !super::lexicon::is_common_word(&text.to_lowercase())
            {
                st.short_names
                    .entry(text.to_owned())
                    .or_insert_with(|| f.target.clone());
            }
            remember_place(ctx, f, text, st)
        }
        _ => {}
    }
}

/// Heads of places whose name without the head still names the place (`Tanjung` for
/// `Tanjung Naval Base`), unlike a park or a valley (`Bletchley` alone names more than
/// `Bletchley Park`).
const INSTALLATION_HEADS: &[&str] = &[
    "Naval Base",
    "Air Base",
    "Dam",
    "Airport",
    "Harbour",
    "Harbor",
    "Canal",
];

/// A place named by a last head word the KB does not know (`Tanjung Naval Base`, `Sittang
/// Delta`): `the Delta` (the head after `the`) and, for installations, `Tanjung` (the one word
/// before the head, when it is no given name and no other KB name) refer back to it.
fn remember_place(ctx: &Ctx<'_, '_>, f: &Found, text: &str, st: &mut DocState) {
    let heads = &ctx.g.lex.heads;
    let is_place_head = |h: &str| {
        heads
            .get(h)
            .is_some_and(|&(k, p)| k == EntityKind::Place && p == HeadPlace::Last)
    };
    let Some((rest, last)) = text.rsplit_once(' ') else {
        return;
    };
    let two = rest
        .rsplit_once(' ')
        .map(|(name, w)| (name, format!("{w} {last}")));
    let (name, full_head) = match two {
        Some((name, h)) if is_place_head(&h) => (name, h),
        _ if is_place_head(last) => (rest, last.to_owned()),
        _ => return,
    };
    st.heads.insert(last.to_owned(), f.target.clone());
    // A common word is taken too (`Ream`): capitalised, it is the name.
    if INSTALLATION_HEADS.contains(&full_head.as_str())
        && !name.contains(' ')
        && is_cap_word(name)
        && !heads.contains_key(name)
        && short_name_free(ctx, name)
        && !super::lexicon::is_proper_adjective(name)
        && !ctx.g.lex.is_given(name)
    {
        st.short_names.insert(name.to_owned(), f.target.clone());
    }
}

/// Organisations and agreements by head word (`the Department`, `the Treaty`) and short name
/// (`Wagner` for `Wagner Group`).
fn remember_heads(ctx: &Ctx<'_, '_>, f: &Found, text: &str, st: &mut DocState) {
    {
        {
            if f.resolution == Resolution::Title || !text.contains(' ') {
                return;
            }
            let words: Vec<&str> = text.split(' ').collect();
            let heads = &ctx.g.lex.heads;
            let first_head = words
                .iter()
                .position(|w| ["of", "for", "on"].contains(w))
                .and_then(|c| c.checked_sub(1))
                .map(|c| words[c]);
            if words.len() == 2
                && f.target.kind() == EntityKind::Organization
                && heads.contains_key(words[1])
                && !heads.contains_key(words[0])
                && !ctx.g.lex.is_function(words[0])
                && short_name_free(ctx, words[0])
                && !super::lexicon::is_common_word(&words[0].to_lowercase())
                && !super::lexicon::is_proper_adjective(words[0])
            {
                st.short_names.insert(words[0].to_owned(), f.target.clone());
            }
            for h in [words.last().copied(), first_head].into_iter().flatten() {
                if heads.get(h).is_some_and(|(k, _)| *k == f.target.kind()) {
                    st.heads.insert(h.to_owned(), f.target.clone());
                }
            }
        }
    }
}

/// Whether a word is a compass bearing (`north`, `south-east`, `Northwest`): `30 km south of X`.
fn is_bearing(w: &str) -> bool {
    let w = w.to_lowercase();
    let w = w.rsplit('-').next().unwrap_or("");
    [
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    ]
    .contains(&w)
}
