//! The small inputs of `tests/cases/` (copied from the shared cases, each a kind of problem
//! that real converters and PDF extractions produce, plus a second input of each kind written
//! for briefkg): what a correct run gives, as `tests/cases/README.md` says, asserted here. Every
//! case also keeps every span exact (`check_anchors`).

mod common;

use briefkg::model::{Document, Part, RepairKind};

fn case(name: &str) -> Document {
    let path = common::root().join("tests/cases").join(name);
    let doc = common::analyze(&path);
    assert!(common::check_anchors(&doc) > 3, "{name}");
    doc
}

fn sentences(doc: &Document, part: Part) -> Vec<String> {
    doc.sentences
        .iter()
        .filter(|s| doc.paragraphs[s.paragraph].part == part)
        .map(|s| s.anchor.exact.clone())
        .collect()
}

fn body(doc: &Document) -> Vec<String> {
    sentences(doc, Part::Body)
}

/// Mentions as `exact → kind/key`.
fn mentions(doc: &Document) -> Vec<(String, String)> {
    doc.mentions
        .iter()
        .map(|m| {
            (
                m.anchor.exact.clone(),
                format!("{}/{}", m.entity.kind.as_str(), m.entity.id),
            )
        })
        .collect()
}

fn keys(doc: &Document) -> Vec<String> {
    mentions(doc).into_iter().map(|(_, k)| k).collect()
}

fn has(doc: &Document, key: &str) -> bool {
    keys(doc).iter().any(|k| k.ends_with(&format!("/{key}")))
}

fn repairs(doc: &Document, kind: RepairKind) -> Vec<(String, String)> {
    doc.clean
        .repairs
        .iter()
        .filter(|r| r.kind == kind)
        .map(|r| (r.original.clone(), r.replacement.clone()))
        .collect()
}

// ---- 01: abbreviations that end a sentence. ----

#[test]
fn abbreviation_at_a_sentence_end_splits_and_titles_do_not() {
    let doc = case("01-abbreviation-sentence-end.md");
    assert_eq!(
        body(&doc),
        [
            "The delegation flew from Canberra to Washington on Monday.",
            "Beijing announced new sanctions on three shipyards in the U.S.",
            "The ministry gave no reason for the timing.",
            "The next round will be hosted in the U.S.A.",
            "Japan will join by video link.",
            "Officials met Dr. Lena Ortiz, an adviser to the U.N. Secretariat, and Gen. Park of the Republic of Korea.",
            "The talks covered many topics, e.g. shipbuilding and export controls, and ended on Jan. 14 without a joint text.",
            "A hotline was agreed, i.e. a direct line between the two navies.",
        ]
    );
    let doc = case("01b-abbreviations-own.md");
    assert_eq!(
        body(&doc),
        [
            "The envoy arrived from the U.K.",
            "This time the agenda was short.",
            "Two ministers flew in from the U.S.A.",
            "Mexico sent an observer.",
            "They met Prof. Ines Varga and Col. Reyes at the U.S. Embassy, i.e. the old building, on Feb. 3 for talks on e.g. tariffs.",
        ]
    );
}

// ---- 02: line-end hyphens in real compounds. ----

#[test]
fn line_end_hyphens_before_capitals_digits_and_after_acronyms_stay_without_a_space() {
    let doc = case("02-hyphen-linebreak-compounds.md");
    let text = body(&doc).join(" ");
    for compound in [
        "Asia-Pacific",
        "COVID-19",
        "Indo-Pacific",
        "Co-operation",
        "F-16",
        "G7-led",
        "2024-2025",
        "long-term",
    ] {
        assert!(text.contains(compound), "{compound} in {text}");
    }
    assert!(!text.contains("- "), "no hyphen before a space: {text}");
    for key in ["apec", "oecd", "indopacom"] {
        assert!(has(&doc, key), "{key}: {:?}", mentions(&doc));
    }
    assert!(repairs(&doc, RepairKind::Dehyphenation).is_empty());

    let doc = case("02b-hyphens-own.md");
    let text = body(&doc).join(" ");
    for compound in [
        "Trans-Pacific",
        "EU-Japan",
        "H-1B",
        "MiG-29",
        "2019-2020",
        "well-known",
        "co-operative",
        "Diversification",
    ] {
        assert!(text.contains(compound), "{compound} in {text}");
    }
    assert_eq!(
        repairs(&doc, RepairKind::Dehyphenation),
        [("-\n".to_owned(), String::new())]
    );
}

// ---- 03: page furniture inside a sentence. ----

#[test]
fn page_furniture_inside_a_sentence_is_removed_and_the_sentence_joined() {
    let doc = case("03-page-furniture-mid-sentence.md");
    assert_eq!(
        body(&doc),
        [
            "The European Union has cut its imports of Russian gas by more than half since 2021, and Norway is now its largest supplier.",
            "Yet the storage targets agreed for next winter depend on liquefied natural gas from the United States and Qatar, which compete with buyers in Japan and China.",
            "Officials in Brussels fear a second winter of shortages if Asian demand recovers.",
            "The International Energy Agency expects prices to stay high until new export terminals open in Canada and Mozambique.",
        ]
    );
    let originals = |k| -> Vec<String> {
        repairs(&doc, k)
            .into_iter()
            .map(|(o, _)| o.trim().to_owned())
            .collect()
    };
    assert_eq!(originals(RepairKind::PageNumber), ["2", "Page 3 of 8"]);
    assert_eq!(
        originals(RepairKind::RunningHeader),
        [
            "#### European Energy Outlook No. 12 March 3, 2025",
            "European Energy Outlook No. 12 March 3, 2025"
        ]
    );
    // Continuations that start with a capital and with a digit.
    let doc = case("03b-furniture-own.md");
    assert_eq!(
        body(&doc),
        [
            "Traffic on the Northern Sea Route has grown since 2017, and most cargo now goes to China and India.",
            "The number of voyages rose to 312 last year, according to the Russian authorities.",
            "Insurers in London say the Norwegian coast guard reports fewer incidents.",
        ]
    );
    assert_eq!(repairs(&doc, RepairKind::PageNumber).len(), 2);
    assert_eq!(repairs(&doc, RepairKind::RunningHeader).len(), 2);
    assert_eq!(doc.metadata.issue.as_deref(), Some("4"));
    assert_eq!(doc.metadata.date.as_deref(), Some("2025-06-02"));
    // Every sentence that crosses furniture has one source piece per page.
    assert!(doc.sentences.iter().any(|s| s.anchor.source.len() == 2));
}

// ---- 05 and 06: ligatures, invisible and unusual spaces inside names. ----

#[test]
fn ligatures_are_expanded_so_names_match() {
    let doc = case("05-ligatures.md");
    assert_eq!(repairs(&doc, RepairKind::Ligature).len(), 5);
    let found = mentions(&doc);
    for (name, key) in [
        ("Pacific Islands Forum", "pacific_islands_forum"),
        ("Office of the Director of National Intelligence", "odni"),
        ("Foreign Office", "uk_fcdo"),
    ] {
        assert!(
            found.iter().any(|(e, k)| e == name && k.ends_with(key)),
            "{name}: {found:?}"
        );
    }
    // No half-matched name: every mention is a whole name of the text.
    assert!(found
        .iter()
        .all(|(e, _)| !e.contains(['\u{fb01}', '\u{fb02}', '\u{fb03}'])));
    let doc = case("05b-ligatures-own.md");
    for key in ["pacific_islands_forum", "uk_fcdo", "odni"] {
        assert!(has(&doc, key), "{key}: {:?}", mentions(&doc));
    }
    assert!(body(&doc)[0].contains("final report") && body(&doc)[0].contains("no flaw"));
}

#[test]
fn no_break_narrow_and_zero_width_spaces_inside_names() {
    let doc = case("06-nbsp-zero-width-in-names.md");
    let found: Vec<String> = mentions(&doc).into_iter().map(|(e, _)| e).collect();
    for name in [
        "United States",
        "European Union",
        "New Zealand",
        "South Korea",
        "United Nations Security Council",
        "Taiwan",
    ] {
        assert!(found.iter().any(|e| e == name), "{name}: {found:?}");
    }
    assert_eq!(repairs(&doc, RepairKind::SpaceCharacter).len(), 6);
    assert_eq!(
        repairs(&doc, RepairKind::InvisibleCharacter),
        [("\u{200b}".to_owned(), String::new())]
    );
    let doc = case("06b-invisible-spaces-own.md");
    for key in ["deu", "gbr", "zaf", "un"] {
        assert!(has(&doc, key), "{key}: {:?}", mentions(&doc));
    }
}

// ---- 07: curly apostrophes. ----

#[test]
fn possessives_with_curly_apostrophes_name_the_entity_without_the_s() {
    let doc = case("07-curly-apostrophe-possessive.md");
    let found: Vec<String> = mentions(&doc).into_iter().map(|(e, _)| e).collect();
    for name in [
        "Russia",
        "China",
        "Philippines",
        "NATO",
        "EU",
        "United States",
        "U.S.",
        "UN",
        "North Korea",
        "South Korea",
    ] {
        assert!(found.iter().any(|e| e == name), "{name}: {found:?}");
    }
    assert!(found
        .iter()
        .all(|e| !e.ends_with('\u{2019}') && !e.ends_with("\u{2019}s")));
    // The matching view folds the apostrophe: `People’s Republic of China` is China, never
    // Taiwan's `Republic of China`.
    let doc = case("07b-possessives-own.md");
    let found = mentions(&doc);
    assert!(
        found
            .iter()
            .any(|(e, k)| e == "People\u{2019}s Republic of China" && k == "country/chn"),
        "{found:?}"
    );
    assert!(!has(&doc, "twn"), "{found:?}");
    for key in ["deu", "jpn", "can"] {
        assert!(has(&doc, key), "{key}: {found:?}");
    }
}

// ---- 09 and 10: footnote markers. ----

#[test]
fn footnote_numbers_flattened_into_text_are_markers_and_the_notes_stay_notes() {
    let doc = case("09-superscript-footnote-digits.md");
    assert_eq!(
        body(&doc),
        [
            "The talks ended without a deal.",
            "The next round will be hosted by Norway.",
            "Officials in Ukraine and Poland said the draft was weak.",
            "The conflict has displaced more than two million people.",
            "In the south, Moldova and Romania have taken in the largest numbers.",
        ]
    );
    assert_eq!(repairs(&doc, RepairKind::FootnoteMarker).len(), 6);
    for key in ["ukr", "pol", "nor", "mda", "rou"] {
        assert!(has(&doc, key), "{key}: {:?}", mentions(&doc));
    }
    assert_eq!(
        sentences(&doc, Part::Notes),
        [
            "2 United Nations, press release, May 2024.",
            "3 Government of Norway, statement, June 2024.",
            "5 Ministry of Foreign Affairs of Poland, statement, June 2024."
        ]
    );
    let doc = case("09b-flattened-markers-own.md");
    assert_eq!(
        body(&doc),
        [
            "The ministers met in Oslo.",
            "They agreed on a text.",
            "Observers in Finland and Sweden welcomed it.",
            "The next meeting is in May.",
        ]
    );
    assert_eq!(
        sentences(&doc, Part::Notes),
        ["4 Ministry statement, 2024.", "5 Joint text, 2024."]
    );
}

#[test]
fn pandoc_footnotes_are_removed_from_the_text_and_read_as_notes_with_labels() {
    let doc = case("10-pandoc-footnotes.md");
    assert_eq!(
        body(&doc),
        [
            "Exports to Mexico rose by a third in 2024.",
            "Imports from Canada fell while trade with Chile was flat.",
        ]
    );
    assert_eq!(
        repairs(&doc, RepairKind::FootnoteMarker),
        [
            ("[^1]".to_owned(), String::new()),
            ("[^2]".to_owned(), String::new()),
            ("[^chile]".to_owned(), String::new())
        ]
    );
    let notes: Vec<(Option<&str>, &str)> = doc
        .paragraphs
        .iter()
        .filter(|p| p.part == Part::Notes)
        .map(|p| (p.label.as_deref(), p.anchor.exact.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            (Some("1"), "Ministry of Economy, Trade Statistics 2024."),
            (Some("2"), "National statistics office, March 2025."),
            (Some("chile"), "Central Bank of Chile, annual report."),
        ]
    );
    assert!(!doc.clean.text.contains("[^"));
    let doc = case("10b-footnotes-own.md");
    assert_eq!(
        body(&doc),
        [
            "Wheat exports from Ukraine recovered and Egypt bought more.",
            "Prices fell."
        ]
    );
    let notes: Vec<(Option<&str>, &str)> = doc
        .paragraphs
        .iter()
        .filter(|p| p.part == Part::Notes)
        .map(|p| (p.label.as_deref(), p.anchor.exact.as_str()))
        .collect();
    assert_eq!(
        notes,
        [
            (Some("grain"), "FAO, Food Outlook."),
            (None, "A second paragraph of the note."),
            (Some("2"), "Customs data."),
        ]
    );
}

// ---- 11 and 12: raw HTML in markdown. ----

#[test]
fn br_tags_are_line_breaks() {
    let doc = case("11-br-tags-in-markdown.md");
    assert_eq!(
        body(&doc),
        [
            "The leaders of the European Union met in Brussels on Thursday.",
            "Ministers from France and Germany presented a joint paper on defence procurement.",
            "Poland and Italy asked for more time.",
            "The Council will return to the file in June.",
        ]
    );
    assert!(has(&doc, "fra"));
    let doc = case("11b-br-own.md");
    assert_eq!(
        body(&doc),
        [
            "Ministers met in Rome.",
            "Spain and Portugal agreed.",
            "Talks end today."
        ]
    );
    assert!(has(&doc, "esp") && has(&doc, "prt"));
}

#[test]
fn character_references_are_decoded_as_recorded_repairs() {
    let doc = case("12-html-entities-in-markdown.md");
    assert_eq!(
        doc.metadata.title.as_deref(),
        Some("Research & Development Budgets in East Asia")
    );
    assert_eq!(
        body(&doc),
        [
            "Spending on research & development rose in Japan and fell in Korea & Taiwan.",
            "Growth in Vietnam stayed at < 2% while Malaysia's budget grew by 5 per cent.",
            "The Ministry of Science & ICT in Seoul called the figures \"encouraging\".",
        ]
    );
    assert!(has(&doc, "vnm"));
    assert_eq!(repairs(&doc, RepairKind::CharacterReference).len(), 10);
    let doc = case("12b-entities-own.md");
    assert_eq!(
        doc.metadata.title.as_deref(),
        Some("Trade & Aid in Latin America")
    );
    assert_eq!(
        body(&doc),
        ["Brazil\u{2019}s exports to Chile rose \u{2014} and Peru's fell by > 3%."]
    );
    for key in ["bra", "chl", "per"] {
        assert!(has(&doc, key), "{key}: {:?}", mentions(&doc));
    }
}

// ---- 14: tables. ----

#[test]
fn a_table_is_a_table_block_whose_cells_are_text() {
    let doc = case("14-markdown-table.md");
    let table = doc
        .blocks
        .iter()
        .find(|b| b.kind == briefkg::model::BlockKind::Table)
        .expect("a table block");
    assert_eq!(
        table.anchor.exact,
        "Country\tShare of GDP\tChange\nJapan\t1.6%\t+0.2\nRepublic of Korea\t2.8%\t+0.1"
    );
    let cells: Vec<String> = doc
        .sentences
        .iter()
        .filter(|s| doc.paragraphs[s.paragraph].anchor.clean == table.anchor.clean)
        .map(|s| s.anchor.exact.clone())
        .collect();
    assert_eq!(
        cells,
        [
            "Country",
            "Share of GDP",
            "Change",
            "Japan",
            "1.6%",
            "+0.2",
            "Republic of Korea",
            "2.8%",
            "+0.1"
        ]
    );
    assert!(has(&doc, "jpn") && has(&doc, "kor"));
    assert!(doc.sentences.iter().all(|s| !s.anchor.exact.contains('|')));
    assert!(body(&doc).contains(&"Table 1: Defence spending in 2024.".to_owned()));
    let doc = case("14b-table-own.md");
    let cells: Vec<String> = doc
        .sentences
        .iter()
        .filter(|s| {
            let p = &doc.paragraphs[s.paragraph];
            doc.blocks.iter().any(|b| {
                b.kind == briefkg::model::BlockKind::Table && b.anchor.clean == p.anchor.clean
            })
        })
        .map(|s| s.anchor.exact.clone())
        .collect();
    assert_eq!(
        cells,
        [
            "Region",
            "Lead country",
            "Budget",
            "East Asia",
            "Japan",
            "12",
            "Europe",
            "Germany",
            "9"
        ]
    );
    assert!(has(&doc, "jpn") && has(&doc, "deu"));
}

// ---- 15: cited addresses. ----

#[test]
fn cited_addresses_are_recorded_whole_as_valid_iris() {
    let doc = case("15-cited-urls-invalid-iri-chars.md");
    let urls = &doc.metadata.urls;
    for url in [
        "https://www.example.gov/files/Annual%20Report%202024.pdf",
        "https://data.example.org/query?q=%7B2024%7D%7Call",
        "https://en.example.org/wiki/Treaty_of_Paris_(1951)",
        "https://archive.example.net/rates/100%25",
    ] {
        assert!(urls.iter().any(|u| u == url), "{url}: {urls:?}");
    }
    for u in urls {
        assert!(oxrdf::NamedNode::new(u).is_ok(), "{u} is a valid IRI");
    }
    // Paris is found in the text, not inside the address.
    let paris: Vec<_> = doc
        .mentions
        .iter()
        .filter(|m| m.anchor.exact == "Paris")
        .collect();
    assert_eq!(paris.len(), 1, "{:?}", mentions(&doc));
    assert!(doc.sentences[paris[0].sentence]
        .anchor
        .exact
        .starts_with("Officials in Paris"));
    let doc = case("15b-urls-own.md");
    let urls = &doc.metadata.urls;
    for url in [
        "https://example.org/a%20b/annex%20(draft).pdf",
        "https://example.org/q?x=%5B1%5D&y=2%7C3",
        "https://example.org/wiki/Berlin_(city)",
        "https://example.org/ref%20page",
    ] {
        assert!(urls.iter().any(|u| u == url), "{url}: {urls:?}");
    }
    assert!(urls.iter().all(|u| oxrdf::NamedNode::new(u).is_ok()));
    assert_eq!(
        doc.mentions
            .iter()
            .filter(|m| m.anchor.exact == "Berlin")
            .count(),
        1
    );
    // Link titles and reference definitions never reach the clean text.
    assert!(!doc.clean.text.contains("Annex title") && !doc.clean.text.contains("Ref title"));
    assert!(!doc.clean.text.contains("[ref]"));
}

// ---- 16: code points, not bytes or UTF-16 units. ----

#[test]
fn offsets_are_code_points_after_astral_characters() {
    for name in ["16-astral-emoji-offsets.md", "16b-astral-own.md"] {
        let doc = case(name);
        let clean: Vec<char> = doc.clean.text.chars().collect();
        assert!(!doc.mentions.is_empty());
        for m in &doc.mentions {
            let s = m.anchor.clean;
            assert_eq!(
                clean[s.start..s.end].iter().collect::<String>(),
                m.anchor.exact
            );
            // The source piece's code-point start is the number of characters before it.
            let p = m.anchor.source[0];
            assert_eq!(doc.source.text[..p.byte_start].chars().count(), p.start);
        }
    }
    assert!(has(&case("16b-astral-own.md"), "fra") && has(&case("16b-astral-own.md"), "bra"));
}

// ---- 17: plain text from pdftotext. ----

#[test]
fn plain_text_gives_title_and_author_from_its_first_lines_and_form_feeds_are_page_breaks() {
    let doc = case("17-pdftotext-form-feed.txt");
    assert_eq!(doc.source.media_type, "text/plain");
    assert_eq!(
        doc.metadata.title.as_deref(),
        Some("Energy Security After the Winter")
    );
    let authors: Vec<&str> = doc
        .metadata
        .authors
        .iter()
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(authors, ["Maria Example"]);
    assert_eq!(
        body(&doc),
        [
            "The European Union has cut its imports of Russian gas by half since 2021.",
            "Yet the storage targets agreed for next winter depend on liquefied natural gas from the United States and Qatar.",
            "The International Energy Agency expects demand to stay flat next year.",
        ]
    );
    assert!(repairs(&doc, RepairKind::PageBreak)
        .iter()
        .all(|(o, _)| o.contains('\u{c}')));
    assert!(!doc.clean.text.contains('\u{c}'));
    let doc = case("17b-form-feed-own.txt");
    assert_eq!(
        doc.metadata.title.as_deref(),
        Some("Water Security in the Mekong")
    );
    assert_eq!(doc.metadata.authors[0].name, "Ana Writer");
    assert_eq!(
        body(&doc),
        [
            "Dams upstream have cut the flow of sediment to Cambodia and Vietnam.",
            "The Mekong River Commission met in Laos last month.",
        ]
    );
    assert_eq!(repairs(&doc, RepairKind::PageNumber).len(), 1);
}

// ---- 18: terminal safety. ----

#[test]
fn inspect_shows_control_characters_and_bidirectional_overrides_escaped() {
    for name in ["18-control-chars.md", "18b-control-own.md"] {
        let out = std::process::Command::new(common::bin())
            .arg("inspect")
            .arg(common::root().join("tests/cases").join(name))
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        let raw: Vec<char> = text
            .chars()
            .filter(|&c| c != '\n' && briefkg::terminal::needs_escape(c))
            .collect();
        assert!(raw.is_empty(), "{name}: raw {raw:?}");
        assert!(text.contains("\\u{001b}"), "{name}");
    }
    // The graph keeps the text exactly (escaped by the serialisers, not altered).
    let doc = case("18-control-chars.md");
    assert!(doc.clean.text.contains("\u{1b}[2J") && doc.clean.text.contains('\u{202e}'));
}

#[test]
fn errors_name_files_with_control_characters_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let name = "bad\u{1b}[31mname\u{202e}.md";
    std::fs::write(dir.path().join(name), b"\xff\xfe").unwrap();
    let out = std::process::Command::new(common::bin())
        .args(["export", "-o"])
        .arg(dir.path().join("out"))
        .arg(dir.path().join(name))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad\\u{001b}[31mname\\u{202e}.md"), "{err}");
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{202e}'),
        "{err}"
    );
}

// ---- 20: city-states (entity resolution, issue 10). ----

#[test]
fn city_states_are_found_as_countries() {
    let doc = case("20-city-state-countries.md");
    for key in ["sgp", "mco", "lux", "dji"] {
        assert!(has(&doc, key), "{key}: {:?}", mentions(&doc));
    }
    let doc = case("20b-city-states-own.md");
    for key in ["smr", "mco", "sgp"] {
        assert!(has(&doc, key), "{key}: {:?}", mentions(&doc));
    }
}

// ---- 21: one biography for two authors. ----

#[test]
fn one_bio_for_two_authors_gives_each_their_role() {
    for (name, expected) in [
        (
            "21-two-author-bio.md",
            [
                (
                    "Maria Example",
                    "Senior Fellow",
                    "Institute of Example Studies",
                    "Dublin",
                ),
                ("John Sample", "Researcher", "Policy Centre", "Cork"),
            ],
        ),
        (
            "21b-two-author-bio-own.md",
            [
                ("Ana Writer", "Fellow", "Centre for Testing", "Lyon"),
                ("Bo Example", "Director", "Example Institute", "Turin"),
            ],
        ),
    ] {
        let doc = case(name);
        let got: Vec<(&str, &str, &str, &str)> = doc
            .metadata
            .authors
            .iter()
            .map(|a| {
                let f = &a.affiliations[0];
                (
                    a.name.as_str(),
                    f.role.as_deref().unwrap_or(""),
                    f.organization.as_ref().map_or("", |o| o.name.as_str()),
                    f.place.as_deref().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(got, expected, "{name}");
    }
}
