#!/usr/bin/env python3
"""An independent re-implementation of briefkg's hash checks, written from schemas/README.md
only (Python standard library + rdflib + pyld), to show the scheme can be re-checked without
briefkg.

Usage: recheck.py OUTPUT_DIR SOURCES_DIR
Prints one line per failed check (`path: message`) and a summary; exit status 0 when every
check holds, 1 otherwise.
"""
import hashlib
import json
import os
import sys

from pyld import jsonld
from rdflib import Dataset, Literal, URIRef

BKG = "https://w3id.org/briefkg/vocab#"
SCHEMA = "http://schema.org/"
OA = "http://www.w3.org/ns/oa#"
ITSRDF = "http://www.w3.org/2005/11/its/rdf#"
RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

failures = []
counts = {"files": 0, "graphs": 0, "spans": 0, "statements": 0}


def fail(path, message):
    failures.append(f"{path}: {message}")


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def jcs(value):
    """RFC 8785 for strings, non-negative integers, arrays and objects with ASCII keys."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def check_file(base, rel, sha, size):
    path = os.path.join(base, rel)
    if not os.path.exists(path):
        fail(path, "missing")
        return None
    data = read(path)
    counts["files"] += 1
    if sha256(data) != sha or len(data) != size:
        fail(path, f"expected {size} bytes with SHA-256 {sha}, found {len(data)} bytes with {sha256(data)}")
    return data


def graph_hash(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    canon = jsonld.normalize(text, {"algorithm": "URDNA2015",
                                     "inputFormat": "application/n-quads",
                                     "format": "application/n-quads"})
    counts["graphs"] += 1
    return sha256(canon.encode("utf-8"))


def one(g, s, p):
    values = list(g.objects(s, URIRef(p)))
    if len(values) != 1:
        raise ValueError(f"{s} has {len(values)} values for {p}")
    return values[0]


def count(g, s, p):
    return int(one(g, s, p))


def piece(g, node):
    return {"start": count(g, node, OA + "start"), "end": count(g, node, OA + "end"),
            "byte_start": count(g, node, BKG + "byteStart"),
            "byte_end": count(g, node, BKG + "byteEnd")}


def reconstruct(source, repairs, start, end):
    """The source bytes [start, end) with every repair inside applied (schemas/README.md)."""
    out = b""
    cursor = start
    for r in repairs:
        rs, re_ = r["byte_start"], r["byte_end"]
        inside = (start <= rs < end) if rs == re_ else (start <= rs and re_ <= end)
        if not inside or rs < cursor:
            continue
        out += source[cursor:rs] + r["replacement"].encode("utf-8")
        cursor = re_
    return out + source[cursor:end]


def check_brief(out_dir, sources_dir, entry, base_iri):
    name = entry["name"]
    mpath = os.path.join(out_dir, name, "manifest.json")
    mbytes = read(mpath)
    counts["files"] += 1
    if sha256(mbytes) != entry["manifest_sha256"]:
        fail(mpath, "does not hash to the corpus manifest's manifest_sha256")
    m = json.loads(mbytes)
    for f in m["files"]:
        check_file(os.path.join(out_dir, name), f["path"], f["sha256"], f["bytes"])
    source = check_file(sources_dir, m["source_name"], entry["source_sha256"], m["source_bytes"])
    nq = os.path.join(out_dir, name, "brief.nq")
    if graph_hash(nq) != entry["graph_sha256"]:
        fail(nq, "canonical graph hash differs from the manifests")
    ds = Dataset()
    ds.parse(nq, format="nquads")
    g = ds.graph(URIRef(base_iri + "graph/" + entry["source_sha256"]))
    brief = base_iri + "brief/" + entry["source_sha256"]
    clean = str(one(g, URIRef(brief + "/text"), SCHEMA + "text"))
    repairs = []
    for r in g.subjects(RDF_TYPE, URIRef(BKG + "Repair")):
        p = piece(g, URIRef(str(r) + "/source"))
        p["replacement"] = str(one(g, r, BKG + "replacement"))
        p["clean_start"] = count(g, r, BKG + "cleanStart")
        repairs.append(p)
    repairs.sort(key=lambda r: (r["byte_start"], r["byte_end"], r["clean_start"]))
    if source is not None and reconstruct(source, repairs, 0, len(source)).decode("utf-8") != clean:
        fail(nq, "the clean text is not the source with the recorded repairs applied")
    for kind in ["Section", "Paragraph", "Sentence", "Mention"]:
        for node in g.subjects(RDF_TYPE, URIRef(BKG + kind)):
            check_span(g, node, kind.lower(), entry["source_sha256"], source, repairs, clean, nq)


def check_span(g, node, kind, source_sha, source, repairs, clean, nq):
    counts["spans"] += 1
    selectors = list(g.objects(node, URIRef(OA + "hasSelector")))
    pos = next(s for s in selectors if (s, RDF_TYPE, URIRef(OA + "TextPositionSelector")) in g)
    quote = next(s for s in selectors if (s, RDF_TYPE, URIRef(OA + "TextQuoteSelector")) in g)
    start, end = count(g, pos, OA + "start"), count(g, pos, OA + "end")
    exact = str(one(g, quote, OA + "exact"))
    pieces = sorted(((int(str(p).rsplit("/", 1)[1]), piece(g, p))
                     for p in g.objects(node, URIRef(BKG + "sourcePiece"))))
    pieces = [p for _, p in pieces]
    if sha256(exact.encode("utf-8")) != str(one(g, node, SCHEMA + "sha256")):
        fail(nq, f"{node}: schema:sha256 is not the hash of oa:exact")
    if clean[start:end] != exact:
        fail(nq, f"{node}: oa:exact is not the clean text at {start}..{end}")
    if source is not None:
        rebuilt = reconstruct(source, repairs, pieces[0]["byte_start"], pieces[-1]["byte_end"])
        if rebuilt.decode("utf-8", "replace") != exact:
            fail(nq, f"{node}: oa:exact is not what the source gives at its pieces")
    if kind in ("sentence", "mention"):
        counts["statements"] += 1
        content = {"kind": kind, "v": 1, "source_sha256": source_sha,
                   "clean": {"start": start, "end": end}, "exact": exact, "pieces": pieces}
        if kind == "mention":
            entity = one(g, node, ITSRDF + "taIdentRef")
            content["entity"] = str(one(g, entity, BKG + "kbKey"))
            content["form"] = str(one(g, node, BKG + "matchForm"))
        expected = sha256(jcs(content).encode("utf-8"))
        if expected != str(one(g, node, BKG + "statementSha256")):
            fail(nq, f"{node}: bkg:statementSha256 is not the hash of its canonical form")


def main():
    out_dir, sources_dir = sys.argv[1], sys.argv[2]
    corpus_path = os.path.join(out_dir, "manifest.json")
    corpus = json.loads(read(corpus_path))
    counts["files"] += 1
    without_root = {k: v for k, v in corpus.items() if k != "root_sha256"}
    if sha256(jcs(without_root).encode("utf-8")) != corpus["root_sha256"]:
        fail(corpus_path, "root_sha256 is not the hash of the manifest's content")
    for f in corpus["files"]:
        check_file(out_dir, f["path"], f["sha256"], f["bytes"])
    run = {"briefs": [{"manifest_sha256": b["manifest_sha256"], "name": b["name"]}
                      for b in sorted(corpus["briefs"], key=lambda b: b["name"])],
           "config_sha256": corpus["config_sha256"]}
    run_id = sha256(jcs(run).encode("utf-8"))
    if corpus["run"]["iri"] != corpus["base_iri"] + "run/" + run_id:
        fail(corpus_path, "run.iri is not derived from config_sha256 and the briefs")
    prov = os.path.join(out_dir, "provenance.nq")
    if graph_hash(prov) != corpus["run"]["graph_sha256"]:
        fail(prov, "canonical graph hash differs from the corpus manifest")
    for entry in corpus["briefs"]:
        check_brief(out_dir, sources_dir, entry, corpus["base_iri"])
    for line in failures:
        print(line)
    print(json.dumps(counts))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
