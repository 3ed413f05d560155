"""rdflib reads every serialisation of every brief (N-Triples, Turtle, N-Quads, TriG, JSON-LD)
without a warning, and all of them hold the graph of the N-Quads file: TriG the same dataset
(the brief's graph and its claims' assertion graphs), N-Triples, Turtle and JSON-LD its
one-graph form (assertion graphs folded into the claim nodes: common.fold).

usage: python3 rdf_formats.py OUTPUT_DIR...
"""

import sys

import rdflib
from rdflib.compare import isomorphic

from common import (
    BKG,
    brief_dirs,
    dataset_quads,
    diff,
    fail,
    finish,
    fold,
    n3_quads,
    n3_triples,
    record_warnings,
)


def as_graph(quads):
    g = rdflib.Graph()
    for s, p, o, _ in quads:
        g.add((s, p, o))
    return g


def main(roots):
    warnings = record_warnings()
    checked = 0
    for d in brief_dirs(roots):
        nq = rdflib.Dataset()
        nq.parse(d / "brief.nq", format="nquads")
        dataset = dataset_quads(nq)
        if len(dataset) < 100:
            fail(f"{d}: only {len(dataset)} quads in brief.nq")
        has = rdflib.URIRef(BKG + "hasAssertion")
        assertions = {o for s, p, o, g in dataset if p == has}
        graphs = {g for s, p, o, g in dataset} - assertions
        if len(graphs) != 1:
            fail(f"{d}: brief.nq holds {len(graphs)} graphs besides its assertion graphs")
            continue
        folded = fold(dataset)
        one_graph = as_graph(folded)
        ds = rdflib.Dataset()
        ds.parse(d / "brief.trig", format="trig")
        got = dataset_quads(ds)
        if n3_quads(got) != n3_quads(dataset):
            diff(f"{d}/brief.trig vs brief.nq", n3_quads(got), n3_quads(dataset))
        ds = rdflib.Dataset()
        ds.parse(d / "brief.jsonld", format="json-ld")
        got = dataset_quads(ds)
        if n3_quads(got) != n3_quads(folded):
            diff(f"{d}/brief.jsonld vs brief.nq folded", n3_quads(got), n3_quads(folded))
        if not isomorphic(as_graph(got), one_graph):
            fail(f"{d}/brief.jsonld: graph not isomorphic to brief.nq folded")
        for name, fmt in [("brief.nt", "nt"), ("brief.ttl", "turtle")]:
            g = rdflib.Graph()
            g.parse(d / name, format=fmt)
            mine = {f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in g}
            if mine != n3_triples(folded):
                diff(f"{d / name} vs brief.nq folded", mine, n3_triples(folded))
            if not isomorphic(g, one_graph):
                fail(f"{d / name}: not isomorphic to brief.nq folded")
        checked += 1
    for w in warnings.records:
        fail(f"rdflib warned: {w}")
    finish(f"rdflib {rdflib.__version__}: {checked} briefs, 5 formats each, all isomorphic")


if __name__ == "__main__":
    main(sys.argv[1:])
