"""pyshacl validates every N-Quads file of the outputs (each brief's graph, and any corpus-level
file beside them), one named graph at a time, against schemas/shapes.ttl with zero results (the shapes themselves pass
SHACL's own meta-shapes), and the shapes reject broken copies of a brief, each with the
constraint it breaks.

Each named graph is validated on its own: a claim's assertion graph states its proposition
with plain triples about the brief's entities (`country:prk pred:send country:rus`), which the
closed entity shapes would refuse if the graphs were validated as one union.

The shapes describe the graph as written, without inference: they list the exact types of
each node (RDFS inference over vocab.ttl would add schema:Thing or rdfs:Resource types that
the closed type lists refuse).

usage: python3 shacl.py SHAPES OUTPUT_DIR...
"""

import importlib.metadata
import pathlib
import sys

import pyshacl
import rdflib
from rdflib import RDF, XSD, Literal, Namespace, URIRef

from common import brief_dirs, fail, finish

SH = Namespace("http://www.w3.org/ns/shacl#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
BKG = Namespace("https://w3id.org/briefkg/vocab#")
SCHEMA = Namespace("http://schema.org/")
ITS = Namespace("http://www.w3.org/2005/11/its/rdf#")
DCTERMS = Namespace("http://purl.org/dc/terms/")


def results(data, shapes, **options):
    """The validation results as (constraint component, path) pairs."""
    conforms, report, _ = pyshacl.validate(
        data, shacl_graph=shapes, allow_warnings=False, **options
    )
    found = set()
    for r in report.subjects(RDF.type, SH.ValidationResult):
        component = report.value(r, SH.sourceConstraintComponent)
        path = report.value(r, SH.resultPath)
        found.add((component.split("#")[-1], path.n3() if path is not None else None))
    return conforms, found


def first(g, p, o=None):
    return next(iter(g.triples((None, p, o))))


def broken_copies(g):
    """(name, broken graph, the (component, path) that must be reported)."""
    def copy():
        c = rdflib.Graph()
        for t in g:
            c.add(t)
        return c

    sentence = first(g, RDF.type, NIF.Sentence)[0]
    mention = first(g, RDF.type, BKG.Mention)[0]
    paragraph = first(g, RDF.type, NIF.Paragraph)[0]
    repair = first(g, RDF.type, BKG.Repair)[0]
    brief = first(g, RDF.type, BKG.Brief)[0]
    cases = []

    c = copy()
    c.remove((sentence, NIF.anchorOf, None))
    cases.append(("a sentence without nif:anchorOf", c, ("MinCountConstraintComponent", NIF.anchorOf.n3())))

    c = copy()
    c.add((sentence, URIRef("http://example.org/unknown"), Literal("x")))
    cases.append(("an unknown property on a sentence", c, ("ClosedConstraintComponent", "<http://example.org/unknown>")))

    c = copy()
    c.set((brief, SCHEMA.sha256, Literal("not-a-hash")))
    cases.append(("a source hash that is not hex", c, ("PatternConstraintComponent", SCHEMA.sha256.n3())))

    c = copy()
    c.set((sentence, NIF.beginIndex, Literal("12", datatype=XSD.integer)))
    cases.append(("nif:beginIndex typed xsd:integer", c, ("DatatypeConstraintComponent", NIF.beginIndex.n3())))

    c = copy()
    end = g.value(sentence, NIF.endIndex)
    c.set((sentence, NIF.beginIndex, Literal(int(end) + 1, datatype=XSD.nonNegativeInteger)))
    cases.append(("nif:beginIndex after nif:endIndex", c, ("LessThanOrEqualsConstraintComponent", NIF.beginIndex.n3())))

    c = copy()
    c.remove((mention, ITS.taIdentRef, None))
    cases.append(("a mention without its entity", c, ("MinCountConstraintComponent", ITS.taIdentRef.n3())))

    c = copy()
    c.set((paragraph, BKG.part, Literal("appendix")))
    cases.append(("an unknown paragraph part", c, ("InConstraintComponent", BKG.part.n3())))

    c = copy()
    c.add((sentence, DCTERMS.isPartOf, brief))
    cases.append(("a sentence directly in the brief", c, ("ClassConstraintComponent", DCTERMS.isPartOf.n3())))

    c = copy()
    c.add((sentence, RDF.type, BKG.Mention))
    cases.append(("a sentence that is also a mention", c, ("MinCountConstraintComponent", ITS.taIdentRef.n3())))

    c = copy()
    c.remove((repair, BKG.original, None))
    c.remove((repair, BKG.replacement, None))
    cases.append(("a repair that changes nothing", c, ("OrConstraintComponent", None)))

    claim = first(g, RDF.type, SCHEMA.Claim)[0]
    c = copy()
    c.remove((claim, BKG.modality, None))
    cases.append(("a claim without its modality", c, ("MinCountConstraintComponent", BKG.modality.n3())))
    return cases


def main(shapes_file, roots):
    shapes = rdflib.Graph().parse(shapes_file, format="turtle")
    checked = 0
    graphs = 0
    dirs = brief_dirs(roots)
    for root in roots:
        for nq in sorted(pathlib.Path(root).rglob("*.nq")):
            data = rdflib.Dataset()
            data.parse(nq, format="nquads")
            for graph in data.graphs():
                if len(graph) == 0:
                    continue
                one = rdflib.Graph()
                for t in graph:
                    one.add(t)
                conforms, found = results(one, shapes, inference="none", meta_shacl=True)
                if not conforms:
                    fail(
                        f"{nq} graph {graph.identifier}: {len(found)} kinds of SHACL results: "
                        f"{sorted(found, key=str)[:10]}"
                    )
                graphs += 1
            checked += 1
    base = rdflib.Graph().parse(dirs[0] / "brief.nt", format="nt")
    for name, broken, expected in broken_copies(base):
        conforms, found = results(broken, shapes, inference="none")
        if conforms or expected not in found:
            fail(f"the shapes miss {name}: expected {expected}, got {sorted(found, key=str)}")
    finish(
        f"pyshacl {importlib.metadata.version('pyshacl')}: {checked} N-Quads files "
        f"({graphs} named graphs) conform; "
        f"{len(broken_copies(base))} broken copies rejected, each by the constraint it breaks"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
