//! The brief's bibliographic metadata as schema.org statements: title (and its alternatives),
//! authors (persons or organisations) with roles and affiliations, series, issue, date,
//! description, own address, publisher with address, place, cited addresses; and where the
//! title, the authors and the date were read (`bkg:titleSource`, `bkg:authorSource`,
//! `bkg:dateSource`).

use oxrdf::{Literal, NamedNode};

use super::graph::{n, Graph};
use super::iri::Iris;
use super::vocab::{BKG, DCTERMS, SCHEMA, XSD};
use crate::model::{AgentKind, Document, MetadataField, NamedOrganization};

/// An organisation named in the metadata: the KB entity when linked, else a node named by the
/// slug of its name (the same in every brief).
pub(super) fn organization(g: &mut Graph, iris: &Iris, o: &NamedOrganization) -> NamedNode {
    match &o.entity {
        Some(key) => iris.entity(key),
        None => {
            let node = iris.named("organization", &o.name);
            g.typ(&node, SCHEMA, "Organization");
            g.names(&node, &o.name);
            node
        }
    }
}

/// Bibliographic metadata with schema.org terms.
pub(super) fn metadata(g: &mut Graph, doc: &Document, iris: &Iris, brief: &NamedNode) {
    let m = &doc.metadata;
    g.text(brief, n(SCHEMA, "inLanguage"), &m.language);
    if let Some(title) = &m.title {
        g.text(brief, n(SCHEMA, "name"), title);
    }
    // Titles found in less trusted places (author lists that differ stay in
    // `knowledge.json`: a literal could not say whose list it is without a term of its own).
    for a in m
        .alternatives
        .iter()
        .filter(|a| a.field == MetadataField::Title)
    {
        g.text(brief, n(SCHEMA, "alternateName"), &a.value);
    }
    for (field, property) in [
        (MetadataField::Title, "titleSource"),
        (MetadataField::Authors, "authorSource"),
        (MetadataField::Date, "dateSource"),
    ] {
        if let Some(source) = m.sources.get(&field) {
            g.text(brief, n(BKG, property), source.as_str());
        }
    }
    if let Some(d) = &m.description {
        g.text(brief, n(SCHEMA, "description"), d);
    }
    if let Some(url) = &m.url {
        match NamedNode::new(url) {
            Ok(iri) => g.add(brief, n(SCHEMA, "url"), iri),
            Err(_) => g.text(brief, n(SCHEMA, "citation"), url),
        }
    }
    for author in &m.authors {
        if author.kind == AgentKind::Organization {
            let org = organization(
                g,
                iris,
                &NamedOrganization {
                    name: author.name.clone(),
                    entity: None,
                },
            );
            g.add(brief, n(SCHEMA, "author"), org);
            continue;
        }
        let person = iris.person(&author.name);
        g.add(brief, n(SCHEMA, "author"), person.clone());
        g.typ(&person, SCHEMA, "Person");
        g.text(&person, n(SCHEMA, "name"), &author.name);
        if let Some(written) = &author.written {
            g.text(&person, n(SCHEMA, "alternateName"), written);
        }
        for a in &author.affiliations {
            if let Some(role) = &a.role {
                g.text(&person, n(SCHEMA, "jobTitle"), role);
            }
            if let Some(o) = &a.organization {
                let org = organization(g, iris, o);
                g.add(&person, n(SCHEMA, "affiliation"), org);
            }
        }
    }
    if let Some(series) = &m.series {
        let node = iris.named("series", series);
        g.typ(&node, SCHEMA, "CreativeWorkSeries");
        g.text(&node, n(SCHEMA, "name"), series);
        g.add(brief, n(SCHEMA, "isPartOf"), node);
    }
    if let Some(issue) = &m.issue {
        g.text(brief, n(SCHEMA, "issueNumber"), issue);
    }
    if let Some(date) = &m.date {
        // A day, a month (`2020-07`) or a year, as the brief gives it.
        let datatype = match date.len() {
            4 => "gYear",
            7 => "gYearMonth",
            _ => "date",
        };
        g.add(
            brief,
            n(SCHEMA, "datePublished"),
            Literal::new_typed_literal(date, n(XSD, datatype)),
        );
    }
    if let Some(p) = &m.publisher {
        let org = organization(g, iris, &p.organization);
        g.add(brief, n(SCHEMA, "publisher"), org.clone());
        if let Some(url) = p.url.as_deref().and_then(|u| NamedNode::new(u).ok()) {
            g.add(&org, n(SCHEMA, "url"), url);
        }
        if let Some(t) = &p.telephone {
            g.text(&org, n(SCHEMA, "telephone"), t);
        }
        if let Some(f) = &p.fax {
            g.text(&org, n(SCHEMA, "faxNumber"), f);
        }
        if let Some(address) = &p.address {
            let node = Iris::child(&org, "address");
            g.add(&org, n(SCHEMA, "address"), node.clone());
            g.typ(&node, SCHEMA, "PostalAddress");
            g.text(&node, n(SCHEMA, "streetAddress"), address);
            for (prop, v) in [
                ("addressLocality", &p.locality),
                ("postalCode", &p.postal_code),
                ("addressCountry", &p.country),
            ] {
                if let Some(v) = v {
                    g.text(&node, n(SCHEMA, prop), v);
                }
            }
        }
    }
    if let Some(place) = &m.place_entity {
        g.add(brief, n(SCHEMA, "locationCreated"), iris.entity(place));
    }
    // Every cited address is kept: as an IRI, or as text when it cannot be one.
    for url in &m.urls {
        match NamedNode::new(url) {
            Ok(iri) => g.add(brief, n(DCTERMS, "references"), iri),
            Err(_) => g.text(brief, n(SCHEMA, "citation"), url),
        }
    }
}
