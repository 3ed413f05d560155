//! `schemas/shapes.ttl` covers the output: every node is the focus of a closed shape, every
//! type it has is targeted or allowed by such a shape, every predicate it uses is listed by a
//! shape of its node, no shape targets a class the output never has, and the `sh:in` lists
//! match the code's enumerations. So adding a node kind or a property without its shape fails
//! here, without any outside tool; `tests/interop.rs` runs pyshacl on the same files.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use briefkg::emit::vocab::{BKG, NIF, RDF};
use oxrdf::{Graph, NamedNodeRef, NamedOrBlankNodeRef, Quad, Term, TermRef};
use oxttl::{NQuadsParser, TurtleParser};

use common::objects;

const SH: &str = "http://www.w3.org/ns/shacl#";

fn sh(local: &str) -> String {
    format!("{SH}{local}")
}

fn subject(t: TermRef<'_>) -> NamedOrBlankNodeRef<'_> {
    match t {
        TermRef::NamedNode(n) => n.into(),
        TermRef::BlankNode(b) => b.into(),
        other => panic!("{other} is not a node"),
    }
}

fn list<'a>(g: &'a Graph, head: TermRef<'a>) -> Vec<TermRef<'a>> {
    let mut out = Vec::new();
    let mut cell = head;
    while cell.to_string() != format!("<{RDF}nil>") {
        out.extend(objects(g, subject(cell), &format!("{RDF}first")));
        cell = objects(g, subject(cell), &format!("{RDF}rest"))[0];
    }
    out
}

/// What the shapes allow, per target class.
#[derive(Debug, Default)]
struct Coverage {
    /// Target class → predicates its shapes list.
    predicates: BTreeMap<String, BTreeSet<String>>,
    /// Target class → other types its shapes allow (`sh:hasValue` / `sh:in` on `rdf:type`).
    co_types: BTreeMap<String, BTreeSet<String>>,
    /// Predicate → the `sh:in` literals listed for it.
    enumerations: BTreeMap<String, BTreeSet<String>>,
}

fn shapes() -> Graph {
    let ttl = std::fs::read(common::root().join("schemas/shapes.ttl")).unwrap();
    TurtleParser::new()
        .for_slice(&ttl)
        .map(|t| t.unwrap())
        .collect()
}

fn coverage(g: &Graph) -> Coverage {
    let mut c = Coverage::default();
    let rdf_type = format!("{RDF}type");
    for t in g.triples_for_predicate(NamedNodeRef::new_unchecked(&sh("targetClass"))) {
        let TermRef::NamedNode(class) = t.object else {
            panic!("target class {} is not an IRI", t.object)
        };
        let class = class.as_str().to_owned();
        let shape = t.subject;
        let closed = objects(g, shape, &sh("closed"));
        // A supertype shared by nodes that have closed shapes of their own is open:
        // prov:Entity (a bkg:Brief is one).
        let is_supertype = class == "http://www.w3.org/ns/prov#Entity";
        assert!(
            is_supertype || closed.iter().any(|o| o.to_string().starts_with("\"true\"")),
            "the shape of {class} must be sh:closed true"
        );
        for property in objects(g, shape, &sh("property")) {
            let property = subject(property);
            let path = objects(g, property, &sh("path"));
            let [TermRef::NamedNode(path)] = path.as_slice() else {
                panic!("a property shape of {class} has no simple IRI path")
            };
            let path = path.as_str().to_owned();
            if path == rdf_type {
                let allowed = c.co_types.entry(class.clone()).or_default();
                for v in objects(g, property, &sh("hasValue")) {
                    allowed.insert(v.to_string().trim_matches(['<', '>']).to_owned());
                }
                for head in objects(g, property, &sh("in")) {
                    for v in list(g, head) {
                        allowed.insert(v.to_string().trim_matches(['<', '>']).to_owned());
                    }
                }
            }
            for head in objects(g, property, &sh("in")) {
                for v in list(g, head) {
                    if let TermRef::Literal(l) = v {
                        c.enumerations
                            .entry(path.clone())
                            .or_default()
                            .insert(l.value().to_owned());
                    }
                }
            }
            c.predicates.entry(class.clone()).or_default().insert(path);
        }
    }
    c
}

/// What is wrong between the shapes and a set of quads, one line per problem.
fn gaps(c: &Coverage, quads: &[Quad]) -> Vec<String> {
    let rdf_type = format!("{RDF}type");
    let mut types: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut predicates: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for q in quads {
        let s = q.subject.to_string();
        if q.predicate.as_str() == rdf_type {
            if let Term::NamedNode(t) = &q.object {
                types.entry(s).or_default().insert(t.as_str().to_owned());
            }
        } else {
            predicates
                .entry(s)
                .or_default()
                .insert(q.predicate.as_str().to_owned());
        }
    }
    let mut problems = BTreeSet::new();
    let nodes: BTreeSet<&String> = types.keys().chain(predicates.keys()).collect();
    for node in nodes {
        let ts = types.get(node).cloned().unwrap_or_default();
        let targeted: Vec<&String> = ts
            .iter()
            .filter(|t| c.predicates.contains_key(*t))
            .collect();
        if targeted.is_empty() {
            problems.insert(format!(
                "no shape targets any type of a node with types {ts:?}"
            ));
            continue;
        }
        for t in &ts {
            let allowed = c.predicates.contains_key(t)
                || targeted
                    .iter()
                    .any(|tt| c.co_types.get(*tt).is_some_and(|a| a.contains(t)));
            if !allowed {
                problems.insert(format!(
                    "type {t} is neither targeted nor allowed by a shape"
                ));
            }
        }
        for p in predicates.get(node).into_iter().flatten() {
            if !targeted.iter().any(|t| c.predicates[*t].contains(p)) {
                problems.insert(format!("{p} on a {targeted:?} is in no shape"));
            }
        }
    }
    let used: BTreeSet<&String> = types.values().flatten().collect();
    for class in c.predicates.keys() {
        if !used.contains(class) {
            problems.insert(format!(
                "the shape of {class} targets a class the output never has"
            ));
        }
    }
    problems.into_iter().collect()
}

fn parse_nq(bytes: &[u8]) -> Vec<Quad> {
    NQuadsParser::new()
        .for_slice(bytes)
        .map(|q| q.unwrap())
        .collect()
}

/// Every quad of every N-Quads file of the committed output (brief graphs and any corpus-level
/// file beside them), of the hostile export and of an export of the real briefs and the
/// annotation test brief.
fn output_quads() -> Vec<Quad> {
    let tmp = tempfile::tempdir().unwrap();
    let hostile = common::export_hostile(tmp.path());
    // The public-domain real briefs (weapon systems, events) and the annotation test brief with
    // its grounded external annotations (their agent), so that every shape meets its nodes.
    let mut options = common::everything();
    let annotations = common::root().join("tests/annotations");
    options.annotations =
        vec![
            briefkg::extract::external::ExternalFile::read(&annotations.join("grounded.json"))
                .unwrap(),
        ];
    let mut inputs: Vec<std::path::PathBuf> =
        std::fs::read_dir(common::root().join("tests/real-briefs"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with(|c: char| c.is_ascii_digit())
            })
            .collect();
    inputs.sort();
    assert_eq!(inputs.len(), 4, "{inputs:?}");
    inputs.push(annotations.join("brief.txt"));
    let export = briefkg::pipeline::export(&inputs, &options);
    assert!(export.errors.is_empty(), "{:?}", export.errors);
    let more = tmp.path().join("more");
    briefkg::pipeline::write(&more, &export).unwrap();
    let mut quads = Vec::new();
    for dir in [common::root().join("output"), hostile, more] {
        quads.extend(briefkg::store::dataset::read(&dir).unwrap().quads());
    }
    // A claim's assertion graph states its proposition with plain triples about entities
    // (`country:prk pred:send country:rus`); the shapes describe the brief graph, and pyshacl
    // validates each named graph on its own.
    quads.retain(|q| !q.graph_name.to_string().contains("/assertion/"));
    quads
}

#[test]
fn shapes_cover_every_type_and_predicate_of_the_output() {
    let c = coverage(&shapes());
    assert!(c.predicates.len() >= 13, "{:?}", c.predicates.keys());
    let problems = gaps(&c, &output_quads());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_coverage_check_catches_an_unshaped_type_and_predicate() {
    let c = coverage(&shapes());
    let g = "<http://example.org/g>";
    let sentence = "<http://example.org/s>";
    let nq = format!(
        "{sentence} <{RDF}type> <{NIF}Sentence> {g} .\n\
         {sentence} <{RDF}type> <http://example.org/Claim> {g} .\n\
         {sentence} <{BKG}claimSha256> \"00\" {g} .\n\
         <http://example.org/run> <{RDF}type> <http://www.w3.org/ns/prov#Bundle> {g} .\n"
    );
    let problems = gaps(&c, &parse_nq(nq.as_bytes())).join("\n");
    assert!(
        problems.contains("type http://example.org/Claim is neither targeted"),
        "{problems}"
    );
    assert!(problems.contains("claimSha256"), "{problems}");
    assert!(
        problems.contains(
            "no shape targets any type of a node with types {\"http://www.w3.org/ns/prov#Bundle\"}"
        ),
        "{problems}"
    );
    assert!(
        problems.contains("targets a class the output never has"),
        "{problems}"
    );
}

/// The values of a string enumeration in the code, from its derived JSON Schema.
fn enum_values(schema: schemars::Schema) -> BTreeSet<String> {
    let v = schema.as_value();
    v["oneOf"]
        .as_array()
        .expect("a documented enum is a oneOf of consts")
        .iter()
        .map(|c| c["const"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn shape_enumerations_match_the_code() {
    use briefkg::model::{FieldSource, Part, RepairKind, Resolution};
    let c = coverage(&shapes());
    for (local, values) in [
        ("part", enum_values(schemars::schema_for!(Part))),
        ("repairKind", enum_values(schemars::schema_for!(RepairKind))),
        ("resolution", enum_values(schemars::schema_for!(Resolution))),
        (
            "titleSource",
            enum_values(schemars::schema_for!(FieldSource)),
        ),
        (
            "authorSource",
            enum_values(schemars::schema_for!(FieldSource)),
        ),
        (
            "dateSource",
            enum_values(schemars::schema_for!(FieldSource)),
        ),
    ] {
        let listed = c.enumerations.get(&format!("{BKG}{local}"));
        assert_eq!(
            listed,
            Some(&values),
            "sh:in of bkg:{local} in schemas/shapes.ttl"
        );
    }
}

/// An IRI with the prefixes of the output (`bkg:Brief`).
fn compact(iri: &str) -> String {
    briefkg::emit::vocab::compact(iri)
}

#[test]
fn schemas_readme_has_a_table_for_every_shape() {
    let readme = std::fs::read_to_string(common::root().join("schemas/README.md")).unwrap();
    // `### Title (`class`)` → the text of the section up to the next heading.
    let mut sections: BTreeMap<String, String> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in readme.lines() {
        if line.starts_with('#') {
            current = line
                .strip_prefix("### ")
                .and_then(|h| h.rsplit_once("(`"))
                .map(|(_, class)| class.trim_end_matches("`)").to_owned());
        } else if let Some(class) = &current {
            let text = sections.entry(class.clone()).or_default();
            text.push_str(line);
            text.push('\n');
        }
    }
    let c = coverage(&shapes());
    for (class_iri, predicates) in &c.predicates {
        let class = compact(class_iri);
        let own = sections
            .get(&class)
            .unwrap_or_else(|| panic!("schemas/README.md has no `### … (`{class}`)` section"));
        for p in predicates {
            let row = format!("| `{}` |", compact(p));
            let co_typed = c.co_types.get(class_iri).into_iter();
            let documented = own.contains(&row)
                || co_typed
                    .flatten()
                    .filter_map(|t| sections.get(&compact(t)))
                    .any(|s| s.contains(&row))
                || p.ends_with("22-rdf-syntax-ns#type");
            assert!(
                documented,
                "schemas/README.md: the {class} table lacks {row}"
            );
        }
    }
}
