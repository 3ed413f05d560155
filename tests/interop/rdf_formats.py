"""rdflib reads every serialisation of every brief (N-Triples, Turtle, N-Quads, TriG, JSON-LD)
without a warning, and all of them hold the graph of the N-Quads file.

usage: python3 rdf_formats.py OUTPUT_DIR...
"""

import sys

import rdflib
from rdflib.compare import isomorphic

from common import brief_dirs, diff, fail, finish, record_warnings


def quads(dataset):
    return {
        f"{s.n3()} {p.n3()} {o.n3()} {g.n3()}"
        for s, p, o, g in dataset.quads((None, None, None, None))
    }


def triples(graph):
    return {f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph}


def main(roots):
    warnings = record_warnings()
    checked = 0
    for d in brief_dirs(roots):
        nq = rdflib.Dataset()
        nq.parse(d / "brief.nq", format="nquads")
        reference = quads(nq)
        if len(reference) < 100:
            fail(f"{d}: only {len(reference)} quads in brief.nq")
        graphs = list({g for _, _, _, g in nq.quads((None, None, None, None))})
        if len(graphs) != 1:
            fail(f"{d}: brief.nq holds {len(graphs)} graphs, expected one")
            continue
        nq_graph = nq.graph(graphs[0])
        for name, fmt in [("brief.trig", "trig"), ("brief.jsonld", "json-ld")]:
            ds = rdflib.Dataset()
            ds.parse(d / name, format=fmt)
            got = quads(ds)
            if got != reference:
                diff(f"{d / name} vs brief.nq", got, reference)
            if not isomorphic(ds.graph(graphs[0]), nq_graph):
                fail(f"{d / name}: graph not isomorphic to brief.nq")
        for name, fmt in [("brief.nt", "nt"), ("brief.ttl", "turtle")]:
            g = rdflib.Graph()
            g.parse(d / name, format=fmt)
            if triples(g) != triples(nq_graph):
                diff(f"{d / name} vs brief.nq", triples(g), triples(nq_graph))
            if not isomorphic(g, nq_graph):
                fail(f"{d / name}: not isomorphic to brief.nq")
        checked += 1
    for w in warnings.records:
        fail(f"rdflib warned: {w}")
    finish(f"rdflib {rdflib.__version__}: {checked} briefs, 5 formats each, all isomorphic")


if __name__ == "__main__":
    main(sys.argv[1:])
