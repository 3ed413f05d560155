//! Character repairs: the characters that PDF extractors, converters and wrong decodings leave
//! in a text and that break words for every reader and matcher, each replaced as a recorded
//! repair while the text is copied:
//!
//! - `mojibake`: UTF-8 that was decoded as Windows-1252 or Latin-1 and encoded again
//!   (`â€™` → `’`, `Ã©` → `é`, the bullet bytes `C3 A2 C2 80 C2 A2` → `•`). A run is repaired
//!   only when its characters, read back as those single bytes, are one complete UTF-8
//!   sequence of two to four bytes for a non-ASCII character;
//! - `ligature`: typographic ligatures (`ﬁ` U+FB01 → `fi`, `ﬀ ﬂ ﬃ ﬄ ﬅ ﬆ`);
//! - `invisible-character`: soft hyphens (U+00AD), zero-width spaces (U+200B), word joiners
//!   (U+2060), a byte order mark inside the text (U+FEFF) and the Mongolian vowel separator
//!   (U+180E) removed. Zero-width joiners and non-joiners stay: emoji sequences and scripts
//!   need them;
//! - `space-character`: no-break (U+00A0), narrow no-break (U+202F), figure, thin, hair, en,
//!   em and ideographic spaces (Unicode `Zs` other than U+0020) turned into a plain space.
//!
//! Curly quotes, apostrophes and fullwidth forms are the author's typography and stay in the
//! clean text; matching folds them in [`crate::model::matching_text`].

use std::borrow::Cow;

use crate::model::RepairKind;

/// The repair for the characters at the start of `s`, if they need one: the number of bytes it
/// replaces, its kind and its replacement. Runs of the same kind are one repair.
pub fn fix_at(s: &str) -> Option<(usize, RepairKind, Cow<'static, str>)> {
    if let Some((len, decoded)) = mojibake_run(s) {
        // The decoded character may itself need a repair (`Â\u{a0}` is a no-break space).
        let decoded = normalize(&decoded).into_owned();
        return Some((len, RepairKind::Mojibake, Cow::Owned(decoded)));
    }
    let c = s.chars().next()?;
    if let Some(expanded) = ligature(c) {
        return Some((c.len_utf8(), RepairKind::Ligature, Cow::Borrowed(expanded)));
    }
    if is_invisible(c) {
        let len = run_len(s, is_invisible);
        return Some((len, RepairKind::InvisibleCharacter, Cow::Borrowed("")));
    }
    if is_unicode_space(c) {
        let len = run_len(s, is_unicode_space);
        return Some((len, RepairKind::SpaceCharacter, Cow::Borrowed(" ")));
    }
    None
}

/// `s` with every character repair applied (for texts that are not copied through the
/// builder: decoded character references, classification).
pub fn normalize(s: &str) -> Cow<'_, str> {
    if !s.chars().any(may_need_fix) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut p = 0;
    while p < s.len() {
        match fix_at(&s[p..]) {
            Some((len, _, rep)) if len > 0 => {
                out.push_str(&rep);
                p += len;
            }
            _ => {
                let c = s[p..].chars().next().unwrap_or(' ');
                out.push(c);
                p += c.len_utf8();
            }
        }
    }
    Cow::Owned(out)
}

/// A cheap test: whether a character can start a repair at all.
pub fn may_need_fix(c: char) -> bool {
    ('\u{80}'..='\u{ff}').contains(&c)
        || cp1252_byte(c).is_some()
        || ligature(c).is_some()
        || is_invisible(c)
        || is_unicode_space(c)
}

fn run_len(s: &str, f: fn(char) -> bool) -> usize {
    s.chars().take_while(|&c| f(c)).map(char::len_utf8).sum()
}

fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{fb00}' => "ff",
        '\u{fb01}' => "fi",
        '\u{fb02}' => "fl",
        '\u{fb03}' => "ffi",
        '\u{fb04}' => "ffl",
        '\u{fb05}' | '\u{fb06}' => "st",
        _ => return None,
    })
}

fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{180e}'
    )
}

/// Unicode space separators (`Zs`) other than the ASCII space.
pub fn is_unicode_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// The byte a character stands for when UTF-8 was decoded as Windows-1252 (the characters
/// of 0x80–0x9F) or Latin-1 (U+0080–U+00FF).
fn cp1252_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{ff}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8a,
        '‹' => 0x8b,
        'Œ' => 0x8c,
        'Ž' => 0x8e,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9a,
        '›' => 0x9b,
        'œ' => 0x9c,
        'ž' => 0x9e,
        'Ÿ' => 0x9f,
        _ => return None,
    };
    Some(b)
}

/// A double-encoded UTF-8 sequence at the start of `s`: its byte length in `s` and the
/// character it stands for.
fn mojibake_run(s: &str) -> Option<(usize, String)> {
    let mut chars = s.chars();
    let first = chars.next()?;
    let lead = cp1252_byte(first).filter(|b| (0xc2..=0xf4).contains(b))?;
    let n = match lead {
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        _ => 4,
    };
    let mut bytes = vec![lead];
    let mut len = first.len_utf8();
    for c in chars.take(n - 1) {
        let b = cp1252_byte(c).filter(|b| (0x80..=0xbf).contains(b))?;
        bytes.push(b);
        len += c.len_utf8();
    }
    if bytes.len() != n {
        return None;
    }
    let decoded = String::from_utf8(bytes).ok()?;
    Some((len, decoded))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mojibake_of_apostrophes_bullets_and_accents_is_decoded() {
        assert_eq!(normalize("Australiaâ€™s"), "Australia’s");
        assert_eq!(normalize("\u{e2}\u{80}\u{a2} If"), "• If");
        assert_eq!(normalize("cafÃ© â€œquotedâ€\u{9d}"), "café “quoted”");
        // Real Latin-1 text is left alone: `été`, `à la`, a lone `Ã`.
        assert_eq!(normalize("été à la Ã"), "été à la Ã");
    }

    #[test]
    fn ligatures_invisible_and_space_characters() {
        assert_eq!(normalize("Paciﬁc Oﬃce ﬂow"), "Pacific Office flow");
        assert_eq!(normalize("Viet\u{ad}nam Tai\u{200b}wan"), "Vietnam Taiwan");
        assert_eq!(
            normalize("United\u{a0}States New\u{202f}Zealand"),
            "United States New Zealand"
        );
        // Joiners inside emoji sequences stay.
        assert_eq!(normalize("👩\u{200d}💻"), "👩\u{200d}💻");
        assert_eq!(fix_at("\u{a0}\u{a0}x").map(|f| f.0), Some(4));
    }
}
