//! Escaping for the review pages: every text that comes from a brief goes through here, so no
//! brief can put markup, script or a bidirectional override into a page.
//!
//! - Text content: `&`, `<` and `>` become character references; a carriage return becomes
//!   `&#13;` (the HTML parser would turn a raw one into a line feed, so the page's text would
//!   no longer be the clean text). Nothing else is changed: the page's text is the brief's text,
//!   code point for code point.
//! - Controls that change how text around them is shown (the bidirectional embeddings,
//!   overrides and isolates U+202A–U+202E and U+2066–U+2069, the Trojan Source characters) and
//!   invisible C0/C1 controls are kept, each wrapped in `<span class="cc" data-cp="202E">`: the
//!   page's style isolates the span (so an override reaches nothing outside it) and shows the
//!   code point (`U+202E`), so a reviewer sees it.
//! - Attribute values: `&`, `<`, `>`, `"` and `'` escaped. Only briefkg's own names (kinds,
//!   fragments) and checked web addresses ([`safe_url`]) are ever written in attributes.

/// Whether a character is a bidirectional embedding, override or isolate (Unicode UAX #9):
/// LRE, RLE, PDF, LRO, RLO (U+202A–U+202E), LRI, RLI, FSI, PDI (U+2066–U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Whether a character is an invisible control that a reviewer should see: C0 controls other
/// than tab, line feed, form feed and carriage return, DEL, and C1 controls.
pub fn is_hidden_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
}

/// Appends `text` as HTML text content: escaped, controls marked (see the module doc).
pub fn text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if is_bidi_control(c) || is_hidden_control(c) => {
                out.push_str("<span class=\"cc\" data-cp=\"");
                out.push_str(&format!("{:04X}", c as u32));
                out.push_str("\">");
                out.push(c);
                out.push_str("</span>");
            }
            c => out.push(c),
        }
    }
}

/// Appends `text` as HTML text content with line breaks and tabs made visible (`↵`, `⇥`):
/// the inline view of a repair's original text.
pub fn visible(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(i) = rest.find(['\n', '\t']) {
        self::text(out, &rest[..i]);
        out.push(if rest[i..].starts_with('\n') {
            '↵'
        } else {
            '⇥'
        });
        rest = &rest[i + 1..];
    }
    self::text(out, rest);
}

/// Appends `text` escaped for the `<title>` element (escapable raw text: no markup can be
/// used there, so controls are replaced by U+FFFD instead of marked).
pub fn title(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if is_bidi_control(c) || is_hidden_control(c) || c == '\r' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
}

/// Appends `value` escaped for a double-quoted attribute value.
pub fn attr(out: &mut String, value: &str) {
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// A name safe to use as an attribute value, a CSS identifier and part of an element id
/// without escaping: the kebab-case names briefkg gives kinds (`weapon-system`). Anything else
/// is replaced, character by character, with `-`.
pub fn name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// The address if it may be a link target: an absolute `http:` or `https:` address (RFC 3986)
/// without whitespace, controls or characters that an attribute would need escaped for
/// meaning. Anything else (`javascript:`, `data:`, relative paths) is shown as text only.
pub fn safe_url(url: &str) -> Option<&str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    let chars_ok = url.chars().all(|c| {
        !(c.is_whitespace()
            || c.is_control()
            || is_bidi_control(c)
            || matches!(c, '"' | '<' | '>' | '\\' | '`'))
    });
    let host_ok = url.split_once("//").is_some_and(|(_, rest)| {
        rest.chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '[')
    });
    (scheme_ok && chars_ok && host_ok).then_some(url)
}

/// Quotes a word for a POSIX shell: as it is when it holds only characters no shell treats
/// specially, else in single quotes (a `'` inside written `'\''`).
pub fn shell_word(word: &str) -> String {
    let plain = !word.is_empty()
        && word.chars().all(|c| {
            c.is_ascii_alphanumeric()
                || matches!(c, '-' | '_' | '.' | '/' | '+' | ',' | ':' | '@' | '%')
        });
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', "'\\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escapes_markup_and_marks_controls() {
        let mut out = String::new();
        text(&mut out, "<script>a&b</script>\r\u{202e}x\u{1}");
        assert_eq!(
            out,
            "&lt;script&gt;a&amp;b&lt;/script&gt;&#13;<span class=\"cc\" data-cp=\"202E\">\u{202e}</span>x<span class=\"cc\" data-cp=\"0001\">\u{1}</span>"
        );
        let mut out = String::new();
        attr(&mut out, "\" onerror='x' <>&");
        assert_eq!(out, "&quot; onerror=&#39;x&#39; &lt;&gt;&amp;");
        let mut out = String::new();
        visible(&mut out, "-\n\tx<");
        assert_eq!(out, "-↵⇥x&lt;");
        let mut out = String::new();
        title(&mut out, "a</title>\u{202e}");
        assert_eq!(out, "a&lt;/title&gt;\u{fffd}");
    }

    #[test]
    fn only_plain_web_addresses_are_links() {
        assert!(safe_url("https://example.org/a?b=c&d").is_some());
        assert!(safe_url("HTTP://example.org").is_some());
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>",
            "//example.org",
            "https://",
            "https://exa mple.org",
            "https://example.org/\"onmouseover=\"x",
            "vbscript:x",
            "/relative",
        ] {
            assert!(safe_url(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn names_and_shell_words_are_safe() {
        assert_eq!(name("weapon-system"), "weapon-system");
        assert_eq!(name("a\"b c<"), "a-b-c-");
        assert_eq!(shell_word("briefs"), "briefs");
        assert_eq!(shell_word("it's a <b>.md"), "'it'\\''s a <b>.md'");
        assert_eq!(shell_word(""), "''");
    }
}
