//! Terminal safety: text from a brief (or a file name) never reaches a terminal raw. Control
//! characters (C0, DEL, C1: escape sequences could clear the screen or recolour it) and the
//! characters that reorder or break a line (bidirectional embeddings, overrides, isolates and
//! marks, as in "Trojan Source"; the Unicode line and paragraph separators) are shown escaped,
//! `\n`, `\t`, `\r` or `\u{001b}`. Every command that prints brief text or paths uses this one
//! helper.

use std::borrow::Cow;

/// `text` with every control and line-reordering character escaped; the result is one line.
pub fn escape(text: &str) -> Cow<'_, str> {
    escape_with(text, false)
}

/// Like [`escape`], but line feeds stay line breaks (for multi-line renderings such as
/// `inspect`).
pub fn escape_lines(text: &str) -> Cow<'_, str> {
    escape_with(text, true)
}

fn escape_with(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    if !text
        .chars()
        .any(|c| needs_escape(c) && !(keep_newlines && c == '\n'))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' if keep_newlines => out.push('\n'),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => out.push_str(&format!("\\u{{{:04x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Whether a character must not reach a terminal raw.
pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_escaped() {
        assert_eq!(
            escape("said \u{1b}[2J\u{1b}[31mno\u{7f} \u{9b}x \u{202e}evil\u{202c}"),
            "said \\u{001b}[2J\\u{001b}[31mno\\u{007f} \\u{009b}x \\u{202e}evil\\u{202c}"
        );
        assert_eq!(escape("a\tb\nc"), "a\\tb\\nc");
        assert_eq!(escape_lines("a\nb\u{7}"), "a\nb\\u{0007}");
        assert!(matches!(escape("plain 🦀 עברית"), Cow::Borrowed(_)));
    }
}
