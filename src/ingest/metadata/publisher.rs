//! The publisher from the footer of a brief: its name (the footer heading, or the bold lead
//! of the self-description), postal address, telephone, fax and web site.

use crate::model::{BlockKind, NamedOrganization, Publisher};

/// The publisher from the footer blocks: its name (the footer heading, or the bold lead of the
/// self-description), address, telephone, fax and web site.
pub fn read_publisher(footer: &[(BlockKind, &str)]) -> Option<Publisher> {
    let name = footer
        .iter()
        .find(|(k, _)| matches!(k, BlockKind::Heading { .. }))
        .map(|(_, t)| t.trim().to_owned())
        .or_else(|| {
            footer
                .iter()
                .find_map(|(_, t)| t.split_once(" is an ").map(|(n, _)| n.trim().to_owned()))
        })
        .or_else(|| footer.iter().find_map(|(_, t)| copyright_holder(t)))
        .or_else(|| {
            // A short first footer line without commas or digits names the publisher.
            footer
                .first()
                .map(|(_, t)| t.trim())
                .filter(|t| {
                    t.len() < 80 && !t.contains(',') && !t.contains(|c: char| c.is_ascii_digit())
                })
                .map(str::to_owned)
        })?;
    let mut p = Publisher {
        organization: NamedOrganization { name, entity: None },
        address: None,
        locality: None,
        postal_code: None,
        country: None,
        telephone: None,
        fax: None,
        url: None,
    };
    let mut previous: Option<&str> = None;
    for (kind, t) in footer {
        if matches!(kind, BlockKind::Heading { .. }) {
            continue;
        }
        let t = t.trim();
        if t.starts_with("http://") || t.starts_with("https://") {
            p.url = t.split_whitespace().next().map(str::to_owned);
        } else if let Some(tel_at) = t.find("Tel:").or_else(|| t.find("Fax:")) {
            let (before, phones) = t.split_at(tel_at);
            let (tel, fax) = match phones.split_once("Fax:") {
                Some((tel, fax)) => (tel, Some(fax)),
                None => (phones, None),
            };
            p.telephone = tel
                .strip_prefix("Tel:")
                .map(|s| s.trim().to_owned())
                .filter(|s| !s.is_empty());
            p.fax = fax.map(|s| s.trim().to_owned());
            let address = if before.trim().is_empty() {
                previous
            } else {
                Some(before.trim())
            };
            if let Some(a) = address {
                set_address(&mut p, a);
            }
        } else if !t.contains(" is an ") && !t.contains(" is a ") && t.contains(',') {
            previous = Some(t);
            if p.address.is_none() {
                set_address(&mut p, t);
            }
        }
    }
    Some(p)
}

/// `No.1, Lane 60, …, Zhongzheng District Taipei City, 10087, Republic of China (Taiwan)`.
fn set_address(p: &mut Publisher, address: &str) {
    let parts: Vec<&str> = address.split(", ").map(str::trim).collect();
    p.address = Some(address.to_owned());
    if let Some(i) = parts
        .iter()
        .position(|s| (3..=10).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()))
    {
        p.postal_code = Some(parts[i].to_owned());
        if i > 0 {
            let loc = parts[i - 1];
            let loc = loc.rsplit_once("District ").map_or(loc, |(_, l)| l);
            p.locality = Some(loc.to_owned());
        }
        if i + 1 < parts.len() {
            p.country = Some(parts[i + 1..].join(", "));
        }
    }
}

/// `… No. 65 …` → `65`.
pub fn issue_number(s: &str) -> Option<String> {
    let at = s.find("No.")?;
    let digits: String = s[at + 3..]
        .trim_start()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    (!digits.is_empty()).then_some(digits)
}

/// The holder a copyright line names (`© UK Parliament 2026`, `Copyright 2025 Example
/// Institute. All rights reserved.`): the words after the sign or word and the years, up to
/// the next number (an address run on after the holder) or the reservation; `None` when nothing of two letters or more is left or the line is long.
pub fn copyright_holder(line: &str) -> Option<String> {
    let t = line.trim();
    let rest = ["©", "(c)", "(C)", "Copyright ©", "Copyright", "copyright"]
        .iter()
        .find_map(|m| t.strip_prefix(m))?;
    if rest.chars().count() > 100 {
        return None;
    }
    // The reservation after a full stop or a comma, in any case (`…, All rights reserved.`).
    let lower = rest.to_lowercase();
    let cut = [
        ". all rights reserved",
        ", all rights reserved",
        " all rights reserved",
    ]
    .iter()
    .filter_map(|r| lower.find(r))
    .min()
    .filter(|&at| rest.is_char_boundary(at))
    .unwrap_or(rest.len());
    let rest = rest[..cut].trim_start_matches(['©', ' ']);
    // The years before the holder are skipped; a number after it (the year, or a street
    // number of the address run on after it, `© 2026 Jane Doe 548 Market Street …`) ends it.
    let numeric = |w: &str| {
        w.trim_matches([',', '.', '-', '–'])
            .chars()
            .all(|c| c.is_ascii_digit() || c == '-' || c == '–')
    };
    let words: Vec<&str> = rest
        .split_whitespace()
        .skip_while(|w| numeric(w))
        .take_while(|w| !numeric(w))
        .collect();
    let name = words.join(" ");
    let name = name.trim_matches([',', '.', ' ']);
    (name.chars().filter(|c| c.is_alphabetic()).count() >= 2).then(|| name.to_owned())
}

#[cfg(test)]
mod copyright_tests {
    use super::copyright_holder;

    #[test]
    fn a_copyright_line_names_its_holder() {
        assert_eq!(
            copyright_holder("© UK Parliament 2026").as_deref(),
            Some("UK Parliament")
        );
        assert_eq!(
            copyright_holder("Copyright 2019-2025 Example Institute. All rights reserved.")
                .as_deref(),
            Some("Example Institute")
        );
        assert_eq!(
            copyright_holder("Copyright © 2026 Example Institute, All rights reserved.").as_deref(),
            Some("Example Institute")
        );
        assert_eq!(
            copyright_holder("© 2026 Jane Doe 548 Market Street PMB 72296, San Francisco")
                .as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(copyright_holder("Accessibility statement"), None);
        assert_eq!(copyright_holder("© 2026"), None);
    }
}
