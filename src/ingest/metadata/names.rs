//! Author names as briefs write them: lists (`A and B`, `A, B and C`, `A; B`, `A, B, et al.`),
//! inverted names (`Fink, Anya L.` → `Anya L. Fink`), letter-spaced capitals from PDF small
//! caps (`S UNIL A BRAHAM` → `Sunil Abraham`), names in capitals (`KEVIN RUDD` → `Kevin Rudd`),
//! honorifics and post-nominals (`Dr.`, `MP`, `PhD`), roles after a name (`Andrew Feickert,
//! Specialist in Military Ground Forces`), and organisations as authors (`US Department of
//! Defense`).

use crate::model::AgentKind;

/// Words that make a name an organisation's.
const ORGANIZATION_WORDS: &[&str] = &[
    "Academy",
    "Administration",
    "Agency",
    "Alliance",
    "Army",
    "Assembly",
    "Association",
    "Authority",
    "Bank",
    "Board",
    "Bureau",
    "Center",
    "Centre",
    "College",
    "Command",
    "Commission",
    "Committee",
    "Company",
    "Congress",
    "Consulate",
    "Corporation",
    "Council",
    "Court",
    "Department",
    "Division",
    "Editors",
    "Embassy",
    "Federation",
    "Force",
    "Forces",
    "Forum",
    "Foundation",
    "Fund",
    "Government",
    "Group",
    "Initiative",
    "Institute",
    "Institution",
    "League",
    "Library",
    "Media",
    "Ministry",
    "Mission",
    "Navy",
    "Network",
    "News",
    "Office",
    "Organisation",
    "Organization",
    "Parliament",
    "Party",
    "Press",
    "Program",
    "Programme",
    "Project",
    "School",
    "Secretariat",
    "Senate",
    "Service",
    "Society",
    "Staff",
    "Team",
    "Tribunal",
    "Trust",
    "Union",
    "University",
];

/// Lower-case particles inside names (`Ursula von der Leyen`, `Abdullah bin Zayed`).
const PARTICLES: &[&str] = &[
    "van", "von", "der", "den", "de", "da", "das", "del", "della", "di", "du", "la", "le", "bin",
    "ibn", "al", "el", "y", "zu",
];

/// Honorifics before a name and post-nominals after it, dropped from the name.
const HONORIFICS: &[&str] = &[
    "Dr", "Dr.", "Prof", "Prof.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Hon", "Hon.",
];
const POST_NOMINALS: &[&str] = &[
    "MP", "PhD", "Ph.D.", "Jr.", "Sr.", "OBE", "MBE", "CBE", "KC", "QC", "Esq.",
];

/// Whether a name names an organisation.
pub fn is_organization(name: &str) -> bool {
    name.split(|c: char| !c.is_alphanumeric())
        .any(|w| ORGANIZATION_WORDS.contains(&w))
}

/// Whether a text looks like a person's name: two to five words (particles aside), each
/// capitalised or an initial, no digits, no organisation word, no trailing colon.
pub fn is_person_name(name: &str) -> bool {
    let name = name.trim();
    if name.ends_with(':') || name.contains(|c: char| c.is_ascii_digit()) || is_organization(name) {
        return false;
    }
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !PARTICLES.contains(w))
        .collect();
    (2..=5).contains(&words.len())
        && words.iter().all(|w| {
            let w = w.trim_matches(|c: char| c == ',' || c == '\'' || c == '"');
            // Capitalised, or in a script without case (Hebrew, Arabic, Chinese).
            w.starts_with(|c: char| c.is_uppercase() || (c.is_alphabetic() && !c.is_lowercase()))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '\u{2019}'))
                && !crate::segment::SENTENCE_OPENERS.contains(&w)
        })
}

/// A name put right: honorifics and post-nominals dropped, inverted order undone, letter
/// spacing joined, capitals turned to title case. Returns the name and whether it changed.
pub fn normalize_name(written: &str) -> String {
    let mut name = written
        .trim()
        .trim_matches(|c: char| c == '*' || c == '_')
        .trim()
        .to_owned();
    // `Fink, Anya L.`: one comma, a surname (one or two words) before it.
    if let Some((surname, given)) = name.split_once(", ") {
        let s_words = surname.split_whitespace().count();
        if !given.contains(',')
            && (1..=2).contains(&s_words)
            && given.split_whitespace().count() <= 3
            && given.starts_with(|c: char| c.is_uppercase())
            && !POST_NOMINALS.contains(&given.trim())
        {
            name = format!("{} {}", given.trim(), surname.trim());
        }
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let words: Vec<&str> = words
        .iter()
        .enumerate()
        .filter(|(i, w)| {
            let honorific = *i == 0 && HONORIFICS.contains(w);
            let post_nominal = *i > 0 && POST_NOMINALS.contains(&w.trim_end_matches(','));
            !(honorific || post_nominal)
        })
        .map(|(_, w)| *w)
        .collect();
    let mut words: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
    // `S UNIL A BRAHAM`: single capitals each followed by the rest of their word in capitals.
    let spaced = words.len() >= 4
        && words.len().is_multiple_of(2)
        && words.chunks(2).all(|p| {
            p[0].chars().count() == 1
                && p[0].chars().all(char::is_uppercase)
                && p[1].chars().count() >= 2
                && p[1].chars().all(|c| c.is_uppercase() || c == '-')
        });
    if spaced {
        words = words
            .chunks(2)
            .map(|p| format!("{}{}", p[0], p[1]))
            .collect();
    }
    let all_caps = words.iter().all(|w| {
        !w.chars().any(char::is_lowercase) && w.chars().filter(|c| c.is_alphabetic()).count() >= 1
    });
    if all_caps {
        words = words.iter().map(|w| title_case(w)).collect();
    }
    words.join(" ")
}

fn title_case(word: &str) -> String {
    let mut out = String::new();
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic() && c != '\'' && c != '\u{2019}';
    }
    out
}

/// One author as a list writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameEntry {
    /// The name in natural order.
    pub name: String,
    /// As written, when different.
    pub written: Option<String>,
    /// Person or organisation.
    pub kind: AgentKind,
    /// A role written after the name (`Specialist in Military Ground Forces`).
    pub role: Option<String>,
}

/// One list item (front matter list, `citation_author`): a single name, possibly inverted.
pub fn one_name(item: &str) -> Option<NameEntry> {
    let item = item.trim().trim_matches(['"', '\'']).trim();
    if item.is_empty() {
        return None;
    }
    if is_organization(item) {
        return Some(NameEntry {
            name: item.to_owned(),
            written: None,
            kind: AgentKind::Organization,
            role: None,
        });
    }
    let name = normalize_name(item);
    Some(NameEntry {
        written: (name != item).then(|| item.to_owned()),
        name,
        kind: AgentKind::Person,
        role: None,
    })
}

/// A written list of authors: `A and B`, `A, B and C`, `A; B`, `A & B`, `A, B, et al.`,
/// `Fink, Anya L.`, `Name, Role`.
pub fn split_names(list: &str) -> Vec<NameEntry> {
    let list = list.trim();
    // A period that ends the line, not an initial (`Fink, Anya L.`) or `et al.`.
    let list = match list.strip_suffix('.') {
        Some(l)
            if l.rsplit(' ')
                .next()
                .is_some_and(|w| w.chars().count() > 2 && w != "al") =>
        {
            l
        }
        _ => list,
    };
    if list.is_empty() {
        return Vec::new();
    }
    if is_organization(list) && !list.contains([';', ',']) {
        return one_name(list).into_iter().collect();
    }
    let mut out: Vec<NameEntry> = Vec::new();
    for group in list.split(';') {
        let group = group.trim();
        // A whole group that is one inverted name.
        if let Some((a, b)) = group.split_once(", ") {
            if !b.contains([',', '&'])
                && !b.contains(" and ")
                && a.split_whitespace().count() <= 2
                && is_person_name(&format!("{b} {a}"))
            {
                if let Some(e) = one_name(group) {
                    out.push(e);
                }
                continue;
            }
        }
        for part in group.split([',', '&']).flat_map(|p| p.split(" and ")) {
            let part = part.trim();
            if part.is_empty()
                || part.eq_ignore_ascii_case("et al")
                || part.eq_ignore_ascii_case("et al.")
            {
                continue;
            }
            let after_person = out
                .last()
                .is_some_and(|l| l.kind == AgentKind::Person && l.role.is_none());
            if after_person && is_role(part) {
                // `Name, Role`: a role after a person's name.
                if let Some(last) = out.last_mut() {
                    last.role = Some(part.to_owned());
                }
            } else if let Some(e) = one_name(part) {
                out.push(e);
            }
        }
    }
    out
}

/// Words that open a job title (`Specialist in …`, `Senior Fellow`).
const ROLE_WORDS: &[&str] = &[
    "Adviser",
    "Advisor",
    "Ambassador",
    "Analyst",
    "Associate",
    "Assistant",
    "Chair",
    "Chief",
    "Consultant",
    "Coordinator",
    "Deputy",
    "Director",
    "Editor",
    "Executive",
    "Fellow",
    "Head",
    "Lecturer",
    "Manager",
    "Member",
    "Minister",
    "Officer",
    "President",
    "Professor",
    "Researcher",
    "Secretary",
    "Senior",
    "Specialist",
    "Visiting",
];

/// Whether a part of a byline after a name is that person's job title: it opens with a role
/// word, or holds a lower-case word (`Specialist in Military Ground Forces`).
fn is_role(part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    words.first().is_some_and(|w| ROLE_WORDS.contains(w))
        || (words.len() >= 2
            && words
                .iter()
                .any(|w| w.chars().all(|c| c.is_lowercase()) && !PARTICLES.contains(w)))
}

/// Two names are the same person: equal without case, spacing, punctuation and initials'
/// periods, or one is the other with a middle initial.
pub fn same_name(a: &str, b: &str) -> bool {
    let key = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let (ka, kb) = (key(a), key(b));
    if ka == kb {
        return true;
    }
    let long =
        |k: &[String]| -> Vec<String> { k.iter().filter(|w| w.len() > 1).cloned().collect() };
    !ka.is_empty() && long(&ka) == long(&kb) && long(&ka).len() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<String> {
        split_names(s).into_iter().map(|e| e.name).collect()
    }

    #[test]
    fn lists_inverted_names_and_roles() {
        assert_eq!(
            names("Saskia Zandstra and Tom Keatinge"),
            ["Saskia Zandstra", "Tom Keatinge"]
        );
        assert_eq!(
            names("Mason Clark, Katherine Lawlor, et al."),
            ["Mason Clark", "Katherine Lawlor"]
        );
        assert_eq!(
            names("A. Bee, Cee Dee and Eff Gee"),
            ["A. Bee", "Cee Dee", "Eff Gee"]
        );
        assert_eq!(names("Fink, Anya L."), ["Anya L. Fink"]);
        assert_eq!(
            names("Fink, Anya L.; Woolf, Amy F."),
            ["Anya L. Fink", "Amy F. Woolf"]
        );
        let e = split_names("Andrew Feickert, Specialist in Military Ground Forces");
        assert_eq!(e.len(), 1);
        assert_eq!(
            e[0].role.as_deref(),
            Some("Specialist in Military Ground Forces")
        );
        let org = split_names("US Department of Defense");
        assert_eq!(org[0].kind, AgentKind::Organization);
        assert_eq!(one_name("Rudd, Kevin").unwrap().name, "Kevin Rudd");
        assert_eq!(
            one_name("Rudd, Kevin").unwrap().written.as_deref(),
            Some("Rudd, Kevin")
        );
    }

    #[test]
    fn pdf_capitals_and_honorifics() {
        assert_eq!(normalize_name("S UNIL A BRAHAM"), "Sunil Abraham");
        assert_eq!(normalize_name("KEVIN RUDD MP"), "Kevin Rudd");
        assert_eq!(normalize_name("Dr. Lena Ortiz"), "Lena Ortiz");
        assert_eq!(normalize_name("JOHN A SMITH"), "John A Smith");
        assert!(same_name("Anya L. Fink", "Anya Fink"));
        assert!(!same_name("Anya Fink", "Amy Fink"));
        assert!(is_person_name("Kim Min-ji") && is_person_name("Ursula von der Leyen"));
        assert!(!is_person_name("Finding:") && !is_person_name("Prospect Foundation"));
        assert!(!is_person_name("The Army"));
    }
}
