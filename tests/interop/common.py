"""Helpers shared by the interop scripts: brief folders, failure reporting, and a logging
handler that turns every warning a client logs into a failure."""

import logging
import pathlib
import sys

FAILURES = []


def brief_dirs(roots):
    """The brief folders (holding a manifest.json and a brief.nq) under each root, sorted."""
    dirs = []
    for root in roots:
        root = pathlib.Path(root)
        for manifest in sorted(root.glob("*/manifest.json")):
            if (manifest.parent / "brief.nq").exists():
                dirs.append(manifest.parent)
    if not dirs:
        fail(f"no brief folder under {roots}")
    return dirs


def fail(message):
    FAILURES.append(message)
    print(f"FAIL: {message}", file=sys.stderr)


class WarningRecorder(logging.Handler):
    """Records every WARNING or worse a library logs (rdflib warns about bad IRIs and
    literals through logging rather than raising)."""

    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append(record.getMessage())


def record_warnings():
    recorder = WarningRecorder()
    logging.getLogger().addHandler(recorder)
    return recorder


def diff(label, left, right, limit=5):
    """Reports the first differences between two sets of lines."""
    only_left = sorted(left - right)[:limit]
    only_right = sorted(right - left)[:limit]
    fail(
        f"{label}: {len(left - right)} only in the first, {len(right - left)} only in the second\n"
        + "".join(f"  - {x}\n" for x in only_left)
        + "".join(f"  + {x}\n" for x in only_right)
    )


def finish(summary):
    if FAILURES:
        print(f"{len(FAILURES)} failure(s)", file=sys.stderr)
        sys.exit(1)
    print(summary)


BKG = "https://w3id.org/briefkg/vocab#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


def graph_id(g):
    """A quad's graph name, whether rdflib gives the graph or its identifier."""
    return getattr(g, "identifier", g)


def fold(quads):
    """The one-graph form of a brief's dataset, as N-Triples, Turtle and JSON-LD hold it
    (briefkg's `emit::claims::fold`, written again from schemas/README.md): every claim's
    assertion graph becomes `bkg:subject`, `bkg:predicate` and `bkg:object` of the claim node
    (the subjects, predicates and objects of the graph's triples), and the `rdfs:label`s of the
    graph's own nodes move into the brief's graph. `quads`: (s, p, o, graph IRI) of rdflib
    terms; returns a set of the same."""
    import rdflib

    has = rdflib.URIRef(BKG + "hasAssertion")
    graphs = {o for s, p, o, g in quads if p == has}
    if not graphs:
        return set(quads)
    brief = next(g for s, p, o, g in quads if g not in graphs)
    out, parts = set(), {}
    for s, p, o, g in quads:
        if g not in graphs:
            out.add((s, p, o, g))
        elif str(p) == RDFS_LABEL:
            out.add((s, p, o, brief))
        else:
            subjects, predicates, objects = parts.setdefault(g, (set(), set(), set()))
            if isinstance(s, rdflib.URIRef):
                subjects.add(s)
            predicates.add(p)
            objects.add(o)
    for s, p, o, g in quads:
        if p == has and o in parts:
            for local, terms in zip(("subject", "predicate", "object"), parts[o]):
                for t in terms:
                    out.add((s, rdflib.URIRef(BKG + local), t, brief))
    return out


def dataset_quads(ds):
    """The quads of an rdflib Dataset as (s, p, o, graph IRI) tuples."""
    return {(s, p, o, graph_id(g)) for s, p, o, g in ds.quads((None, None, None, None))}


def n3_quads(quads):
    return {f"{s.n3()} {p.n3()} {o.n3()} {g.n3()}" for s, p, o, g in quads}


def n3_triples(quads):
    return {f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o, g in quads}
