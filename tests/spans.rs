//! Every span of every bundled brief points at exactly its text: in the clean text, and in the
//! source bytes through its pieces and the recorded repairs.

mod common;

use briefkg::model::reconstruct;

#[test]
fn every_span_of_every_bundled_brief_matches_its_text() {
    let briefs = common::sample_briefs();
    assert_eq!(briefs.len(), 4);
    for path in briefs {
        let doc = common::analyze(&path);
        assert!(doc.sentences.len() > 30, "{}", path.display());
        assert!(doc.mentions.len() > 20, "{}", path.display());
        let n = common::check_anchors(&doc);
        assert!(n > 100);
    }
}

#[test]
fn offset_map_tiles_source_and_clean_text() {
    for path in common::sample_briefs() {
        let doc = common::analyze(&path);
        let map = &doc.clean.map;
        let (mut c, mut s) = (0, 0);
        for seg in map {
            assert_eq!(seg.clean_start, c, "{}: clean gap", doc.source.name);
            assert_eq!(seg.source.start, s, "{}: source gap", doc.source.name);
            if seg.repair.is_none() {
                assert_eq!(
                    seg.clean_end - seg.clean_start,
                    seg.source.end - seg.source.start
                );
            }
            c = seg.clean_end;
            s = seg.source.end;
        }
        assert_eq!(c, doc.clean.char_len);
        assert_eq!(s, doc.source.char_len);
        // Replaying the whole map rebuilds the clean text from the source.
        let whole = briefkg::model::SourcePiece {
            start: 0,
            end: doc.source.char_len,
            byte_start: 0,
            byte_end: doc.source.byte_len,
        };
        assert_eq!(
            reconstruct(&doc.source.text, &doc.clean.repairs, &[whole]).as_deref(),
            Some(doc.clean.text.as_str())
        );
    }
}

#[test]
fn spans_hold_with_hostile_text() {
    let text = "# T\u{00e9}st <b>\"quoted\"</b>\n\nBy A\n\nR\u{00e9}sum\u{00e9} \u{1F600} of Russia's *stance*: tab\there, \
                backslash \\ and {braces} | pipe ^ caret `tick` \u{05e9}\u{05dc}\u{05d5}\u{05dd} e\u{0301} in North\n\
                Korea. Next sentence about China.\r\n\r\nLast one [1] in Japan.\n";
    let doc = common::analyze_text("hostile.md", text);
    assert!(common::check_anchors(&doc) > 5);
    assert!(doc.mentions.iter().any(|m| m.anchor.exact == "Japan"));
}
