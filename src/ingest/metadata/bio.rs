//! Author biographies and notes: `(Jane Doe is a Research Fellow at the Example Institute,
//! Paris.)`, several authors in one paragraph (`(A is a … B is a …)`), and end-of-brief author
//! notes (`Jane Doe was a summer intern with …`, `Andrew Feickert, Specialist in Military
//! Ground Forces`): each author's name with their roles and affiliations.

use crate::model::{Affiliation, NamedOrganization};

/// The authors a biography paragraph describes, each with their affiliations.
pub fn parse_bios(text: &str) -> Vec<(String, Vec<Affiliation>)> {
    let inner = text
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    // One sentence per author: cut before a capitalised name that a verb follows.
    let mut out = Vec::new();
    let mut rest = inner;
    loop {
        let cut = rest
            .match_indices(". ")
            .map(|(i, _)| i + 2)
            .find(|&i| starts_with_bio(&rest[i..]));
        let (sentence, more) = match cut {
            Some(i) => (&rest[..i], Some(&rest[i..])),
            None => (rest, None),
        };
        if let Some(b) = parse_bio(sentence) {
            out.push(b);
        }
        match more {
            Some(m) => rest = m,
            None => break,
        }
    }
    out
}

/// Whether a text starts with `Name is/was …` (or `Name, Role`), or with a person's name and
/// a verb in the present or past (`Marcus Heald directs …`, `Henrik Vestergaard worked …`).
fn starts_with_bio(s: &str) -> bool {
    VERBS.iter().any(|v| {
        s.split_once(v)
            .is_some_and(|(name, _)| super::names::is_person_name(name))
    }) || name_and_verb(s).is_some()
}

/// `Name verb …`: the name (two to four capitalised words) when a lower-case word ending in
/// `s` or `ed` follows it (`Marcus Heald directs`, `Henrik Vestergaard worked`).
fn name_and_verb(s: &str) -> Option<&str> {
    let mut end = 0;
    for (words, w) in s.split(' ').enumerate() {
        if w.starts_with(char::is_lowercase) {
            let verb = w.trim_end_matches([',', ';']);
            let name = s[..end].trim_end();
            return ((2..=4).contains(&words)
                && (verb.ends_with('s') || verb.ends_with("ed"))
                && super::names::is_person_name(name))
            .then_some(name);
        }
        end += w.len() + 1;
        if end > s.len() {
            return None;
        }
    }
    None
}

const VERBS: &[&str] = &[
    " is an ",
    " is a ",
    " is the ",
    " was an ",
    " was a ",
    " was the ",
    " serves as ",
    " is ",
];

/// `(Name is a Role at the Organisation, Place and a Role2 at …, where …)`.
pub fn parse_bio(bio: &str) -> Option<(String, Vec<Affiliation>)> {
    let inner = bio
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    let inner = inner.strip_suffix('.').unwrap_or(inner);
    let name_rest = VERBS
        .iter()
        .filter_map(|v| inner.split_once(v))
        .find(|(name, _)| super::names::is_person_name(name))
        .or_else(|| {
            // `Name, Role`
            inner
                .split_once(", ")
                .filter(|(name, _)| super::names::is_person_name(name))
        });
    let Some((name, rest)) = name_rest else {
        // `Name directs …`: the person, with no role or affiliation read from a free verb.
        return name_and_verb(inner).map(|name| (name.to_owned(), Vec::new()));
    };
    let rest = rest
        .trim_start_matches("a ")
        .trim_start_matches("an ")
        .trim_start_matches("the ");
    // A comma followed by a lower-case word starts a description (`, where she works on …`).
    let rest = cut_description(rest);
    let mut affiliations = Vec::new();
    for clause in split_clauses(rest) {
        let (role, org) = match clause
            .split_once(" at ")
            .or_else(|| clause.split_once(" with the "))
            .or_else(|| clause.split_once(" with "))
        {
            Some((role, org)) => (Some(role.trim().to_owned()), Some(org.trim())),
            None => (Some(clause.trim().to_owned()), None),
        };
        let (organization, place) = match org {
            Some(org) => {
                let org = org.strip_prefix("the ").unwrap_or(org);
                let (org, place) = match org.rsplit_once(", ") {
                    Some((o, p)) if p.starts_with(char::is_uppercase) => (o, Some(p.to_owned())),
                    _ => match org.rsplit_once(" in ") {
                        Some((o, p)) if p.starts_with(char::is_uppercase) => {
                            (o, Some(p.to_owned()))
                        }
                        _ => (org, None),
                    },
                };
                (
                    Some(NamedOrganization {
                        name: org.trim().to_owned(),
                        entity: None,
                    }),
                    place,
                )
            }
            None => (None, None),
        };
        affiliations.push(Affiliation {
            role,
            organization,
            place,
        });
    }
    Some((name.trim().to_owned(), affiliations))
}

/// The affiliation part of a bio without what describes it: cut at a comma followed by a
/// lower-case word (`, where she works on …`) or at a subordinate clause (`before joining …`,
/// `after serving …`, `until 2024`, `since 2019`, `where …`, `while …`).
fn cut_description(s: &str) -> &str {
    let s = [
        " before ", " after ", " until ", " since ", " where ", " while ", " when ",
    ]
    .iter()
    .filter_map(|w| s.find(w))
    .min()
    .map_or(s, |at| s[..at].trim_end_matches(','));
    let mut from = 0;
    while let Some(i) = s[from..].find(", ") {
        let at = from + i;
        if s[at + 2..].starts_with(char::is_lowercase) {
            return &s[..at];
        }
        from = at + 2;
    }
    s
}

fn split_clauses(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    loop {
        let next = [" and an ", " and a "]
            .iter()
            .filter_map(|sep| rest.find(sep).map(|i| (i, sep.len())))
            .min();
        match next {
            Some((i, len)) => {
                out.push(&rest[..i]);
                rest = &rest[i + len..];
            }
            None => {
                out.push(rest);
                return out;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_subordinate_clause_is_no_part_of_the_organisation() {
        let (name, a) = parse_bio(
            "Rustam Aliev was an adviser at the Ministry of Water Resources before joining the Institute in 2021.",
        )
        .unwrap();
        assert_eq!(name, "Rustam Aliev");
        assert_eq!(a[0].role.as_deref(), Some("adviser"));
        assert_eq!(
            a[0].organization.as_ref().unwrap().name,
            "Ministry of Water Resources"
        );
    }

    #[test]
    fn bio_with_two_affiliations() {
        let (name, a) = parse_bio("(Abhishek Sharma is a Research Assistant at the Observer Research Foundation, India and a Ph.D. Candidate in Korean Studies at the Department of East Asian Studies at Delhi University.)").unwrap();
        assert_eq!(name, "Abhishek Sharma");
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].role.as_deref(), Some("Research Assistant"));
        assert_eq!(
            a[0].organization.as_ref().unwrap().name,
            "Observer Research Foundation"
        );
        assert_eq!(a[0].place.as_deref(), Some("India"));
        assert_eq!(
            a[1].role.as_deref(),
            Some("Ph.D. Candidate in Korean Studies")
        );
        assert_eq!(
            a[1].organization.as_ref().unwrap().name,
            "Department of East Asian Studies at Delhi University"
        );
    }

    #[test]
    fn two_authors_in_one_bio_and_author_notes() {
        let b = parse_bios("(Maria Example is a Senior Fellow at the Institute of Example Studies, Dublin. John Sample is a Researcher at the Policy Centre, Cork.)");
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].0, "Maria Example");
        assert_eq!(b[0].1[0].role.as_deref(), Some("Senior Fellow"));
        assert_eq!(b[0].1[0].place.as_deref(), Some("Dublin"));
        assert_eq!(b[1].0, "John Sample");
        assert_eq!(
            b[1].1[0].organization.as_ref().unwrap().name,
            "Policy Centre"
        );
        assert_eq!(b[1].1[0].place.as_deref(), Some("Cork"));
        let n = parse_bios("Andrew Feickert, Specialist in Military Ground Forces");
        assert_eq!(n[0].0, "Andrew Feickert");
        assert_eq!(
            n[0].1[0].role.as_deref(),
            Some("Specialist in Military Ground Forces")
        );
        let n = parse_bios("Saskia Zandstra was a summer intern with the Centre for Financial Crime and Security Studies at RUSI in 2022.");
        assert_eq!(n[0].0, "Saskia Zandstra");
        // The second author's sentence has a free verb: each author is their own.
        let n = parse_bios("Ana Ruiz is a fellow at the Example Centre. Tom Baker directs its Arctic programme; he previously worked for the Navy.");
        assert_eq!(n.len(), 2);
        assert_eq!(n[0].0, "Ana Ruiz");
        assert_eq!(
            n[0].1[0].organization.as_ref().unwrap().name,
            "Example Centre"
        );
        assert_eq!(n[1].0, "Tom Baker");
        assert!(n[1].1.is_empty());
    }
}
