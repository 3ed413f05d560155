//! Marked-up text: a run of the clean text with elements (mentions, claims, repairs) over
//! spans of it, nested properly even where the spans cross.
//!
//! Every element is given by its span (code points of the clean text, half-open) and the
//! markup that opens its first piece, opens a continuation piece, and closes it. Elements are
//! kept in a stack ordered by end (the one ending last outermost, then by rank), so an element
//! is only ever cut into pieces where two spans really cross: the one that started first and
//! ends first is closed where the other starts and reopened inside it as a continuation (which
//! carries no id and no label, so each element is counted once). An empty span (a removal) is
//! written where it is, after the elements ending there and before those starting there.

use super::escape;

/// One element over a span of the text.
#[derive(Debug, Clone)]
pub(super) struct Item {
    /// First code point (clean text).
    pub start: usize,
    /// One past the last code point; equal to `start` for an empty element.
    pub end: usize,
    /// Among elements with the same end, lower ranks are outer.
    pub rank: u8,
    /// Markup opening the first piece (the tag and anything written before the text).
    pub first: String,
    /// Markup opening a continuation piece.
    pub cont: String,
    /// Markup closing a piece.
    pub close: &'static str,
}

/// Writes `text` (the clean text's code points `offset..offset + text.chars().count()`) with
/// `items` over it. Items must lie within the text; they may come in any order (empty items at
/// the same place keep their order).
pub(super) fn write(out: &mut String, text: &str, offset: usize, items: &[Item]) {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let len = chars.len();
    let byte = |cp: usize| -> usize {
        let i = cp - offset;
        if i >= len {
            text.len()
        } else {
            chars[i].0
        }
    };
    let mut points: Vec<usize> = vec![offset, offset + len];
    for it in items {
        points.push(it.start);
        points.push(it.end);
    }
    points.sort_unstable();
    points.dedup();
    let mut opened = vec![false; items.len()];
    let mut by_start: Vec<usize> = (0..items.len()).collect();
    by_start.sort_by_key(|&i| (items[i].start, i));
    let mut next_item = 0;
    let mut stack: Vec<usize> = Vec::new();
    for (k, &p) in points.iter().enumerate() {
        let mut empty = Vec::new();
        let mut new = Vec::new();
        while let Some(&i) = by_start.get(next_item).filter(|&&i| items[i].start == p) {
            if items[i].end > p {
                new.push(i);
            } else {
                empty.push(i);
            }
            next_item += 1;
        }
        let widest = new.iter().map(|&i| items[i].end).max();
        let cut = stack
            .iter()
            .position(|&i| items[i].end <= p || widest.is_some_and(|w| items[i].end < w));
        let mut to_open = new;
        if let Some(cut) = cut {
            while stack.len() > cut {
                let Some(i) = stack.pop() else { break };
                out.push_str(items[i].close);
                if items[i].end > p {
                    to_open.push(i);
                }
            }
        }
        for i in empty {
            out.push_str(&items[i].first);
            out.push_str(items[i].close);
            opened[i] = true;
        }
        to_open.sort_by(|&a, &b| {
            let (x, y) = (&items[a], &items[b]);
            y.end
                .cmp(&x.end)
                .then(x.rank.cmp(&y.rank))
                .then(x.start.cmp(&y.start))
                .then(a.cmp(&b))
        });
        for i in to_open {
            out.push_str(if opened[i] {
                &items[i].cont
            } else {
                &items[i].first
            });
            opened[i] = true;
            stack.push(i);
        }
        if let Some(&next) = points.get(k + 1) {
            escape::text(out, &text[byte(p)..byte(next)]);
        }
    }
    while let Some(i) = stack.pop() {
        out.push_str(items[i].close);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(start: usize, end: usize, rank: u8, name: &str) -> Item {
        Item {
            start,
            end,
            rank,
            first: format!("<{name}>"),
            cont: format!("<{name}+>"),
            close: "</>",
        }
    }

    fn render(text: &str, items: &[Item]) -> String {
        let mut out = String::new();
        write(&mut out, text, 10, items);
        out
    }

    #[test]
    fn nested_spans_nest_and_crossing_spans_split_the_one_that_ends_first() {
        // claim 10..20 holds mention 12..15 and a removal at 16.
        let items = [
            item(10, 20, 0, "c"),
            item(12, 15, 1, "m"),
            item(16, 16, 2, "r"),
        ];
        assert_eq!(render("abcdefghij", &items), "<c>ab<m>cde</>f<r></>ghij</>");
        // claim 10..15 crosses mention 13..17: the claim is cut, the mention stays whole.
        let items = [item(10, 15, 0, "c"), item(13, 17, 1, "m")];
        assert_eq!(
            render("abcdefghij", &items),
            "<c>abc</><m><c+>de</>fg</>hij"
        );
        // Same span: the lower rank is outer, whatever the order given.
        let items = [item(11, 13, 1, "m"), item(11, 13, 0, "c")];
        assert_eq!(render("abcd", &items), "a<c><m>bc</></>d");
        // Escaping of the text between the elements.
        let items = [item(11, 12, 1, "m")];
        assert_eq!(render("<&>", &items), "&lt;<m>&amp;</>&gt;");
        // Multibyte text: offsets are code points.
        let items = [item(11, 12, 1, "m")];
        assert_eq!(render("é🦀ü", &items), "é<m>🦀</>ü");
    }
}
