#!/usr/bin/env python3
"""An independent re-implementation of briefkg's hash and span checks, written from
schemas/README.md only (Python standard library + rdflib + pyld), to show the scheme can be
re-checked without briefkg.

Usage: recheck.py OUTPUT_DIR SOURCES_DIR
Prints one line per failed check (`path: message`) and a summary; exit status 0 when every
check holds, 1 otherwise. Each brief's graph is read from brief.nq when the export wrote one,
else from brief.trig.
"""
import hashlib
import json
import os
import sys

from pyld import jsonld
from rdflib import Dataset, URIRef

BKG = "https://w3id.org/briefkg/vocab#"
SCHEMA = "http://schema.org/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SPLITTING = {"running-header", "page-break"}
SPAN_KINDS = [(BKG + "Section", "h"), (NIF + "Paragraph", "p"), (NIF + "Sentence", "s"),
              (BKG + "Mention", "m")]

failures = []
counts = {"files": 0, "graphs": 0, "spans": 0, "repairs": 0}


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
    """RDFC-1.0 (pyld's URDNA2015) hash of the dataset in an N-Quads or TriG file."""
    if path.endswith(".nq"):
        with open(path, encoding="utf-8") as f:
            text = f.read()
    else:
        ds = Dataset()
        ds.parse(path, format="trig")
        text = ds.serialize(format="nquads")
    canon = jsonld.normalize(text, {"algorithm": "URDNA2015",
                                     "inputFormat": "application/n-quads",
                                     "format": "application/n-quads"})
    counts["graphs"] += 1
    return sha256(canon.encode("utf-8"))


def values(g, s, p):
    return list(g.objects(s, URIRef(p)))


def one(g, s, p):
    v = values(g, s, p)
    if len(v) != 1:
        raise ValueError(f"{s} has {len(v)} values for {p}")
    return v[0]


def optional_text(g, s, p):
    v = values(g, s, p)
    return str(v[0]) if v else ""


def byte_offsets(text):
    """The UTF-8 byte offset of every code point of a text, then its byte length."""
    out, b = [], 0
    for ch in text:
        out.append(b)
        b += len(ch.encode("utf-8"))
    out.append(b)
    return out


def read_repairs(g, brief, source_text, path):
    """Section 2: the repairs, sorted, with their source ranges in code points and bytes."""
    index = byte_offsets(source_text) if source_text is not None else None
    repairs = []
    for r in g.subjects(RDF_TYPE, URIRef(BKG + "Repair")):
        counts["repairs"] += 1
        original = optional_text(g, r, BKG + "original")
        ss = int(one(g, r, BKG + "sourceStart"))
        se = ss + len(original)
        if str(r) != f"{brief}#r{ss}-{se}":
            fail(path, f"{r}: IRI is not {brief}#r{ss}-{se}")
        rep = {"kind": str(one(g, r, BKG + "repairKind")), "ss": ss, "se": se,
               "original": original, "replacement": optional_text(g, r, BKG + "replacement"),
               "clean_start": int(one(g, r, BKG + "cleanStart"))}
        if index is not None:
            if se >= len(index):
                fail(path, f"{r}: outside the source")
                continue
            rep["bs"], rep["be"] = index[ss], index[se]
            if source_text[ss:se] != original:
                fail(path, f"{r}: bkg:original is not the source text at {ss}..{se}")
        repairs.append(rep)
    repairs.sort(key=lambda r: (r["ss"], r["se"]))
    return repairs


def tile(source_text, repairs, path):
    """Section 2: the clean text and the offset map the repairs give, checking cleanStart."""
    clean, segs = [], []
    k = n = 0
    for r in repairs:
        if r["ss"] < k:
            fail(path, f"repair at {r['ss']} overlaps the previous one")
            return None, None
        if r["ss"] > k:
            segs.append({"cs": n, "ce": n + r["ss"] - k, "ss": k, "se": r["ss"], "repair": None})
            clean.append(source_text[k:r["ss"]])
            n += r["ss"] - k
        if r["clean_start"] != n:
            fail(path, f"repair at {r['ss']}: bkg:cleanStart {r['clean_start']}, expected {n}")
        segs.append({"cs": n, "ce": n + len(r["replacement"]), "ss": r["ss"], "se": r["se"],
                     "repair": r})
        clean.append(r["replacement"])
        n += len(r["replacement"])
        k = r["se"]
    if k < len(source_text):
        segs.append({"cs": n, "ce": n + len(source_text) - k, "ss": k,
                     "se": len(source_text), "repair": None})
        clean.append(source_text[k:])
    return "".join(clean), segs


def pieces(segs, b, e):
    """Section 3: a clean span's source pieces (code points of the source)."""
    if not segs:
        return [(0, 0)]
    i = next((j for j, s in enumerate(segs) if s["ce"] > b), len(segs) - 1)
    first = segs[i]
    start = first["ss"] + max(b - first["cs"], 0) if first["repair"] is None else first["ss"]
    j = max([x for x, s in enumerate(segs) if s["cs"] < e] + [i])
    last = segs[j]
    end = last["ss"] + (max(e, last["cs"]) - last["cs"]) if last["repair"] is None else last["se"]
    end = max(end, start)
    out, cursor = [], start
    for s in segs[i:j + 1]:
        r = s["repair"]
        if r is None or r["kind"] not in SPLITTING or s["cs"] <= b or s["ce"] >= e:
            continue
        if s["ss"] >= cursor and s["se"] <= end:
            if s["ss"] > cursor:
                out.append((cursor, s["ss"]))
            cursor = s["se"]
    if cursor < end or not out:
        out.append((min(cursor, end), end))
    return out


def rebuild(source, repairs, start, end):
    """Section 2: the source bytes [start, end) with every repair inside applied."""
    out = b""
    cursor = start
    for r in repairs:
        rs, re_ = r["bs"], r["be"]
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
    files = [f["path"] for f in m["files"]]
    graph_file = "brief.nq" if "brief.nq" in files else "brief.trig"
    path = os.path.join(out_dir, name, graph_file)
    if graph_hash(path) != entry["graph_sha256"]:
        fail(path, "canonical graph hash differs from the manifests")
    ds = Dataset()
    ds.parse(path, format="nquads" if graph_file == "brief.nq" else "trig")
    brief_id = entry["source_sha256"][:32]
    g = ds.graph(URIRef(f"{base_iri}graph/{brief_id}"))
    brief = f"{base_iri}brief/{brief_id}"
    if str(one(g, URIRef(brief), SCHEMA + "sha256")) != entry["source_sha256"]:
        fail(path, "the brief's schema:sha256 is not the source hash")
    text_node = URIRef(brief + "#text")
    clean = str(one(g, text_node, NIF + "isString"))
    source_text = source.decode("utf-8") if source is not None else None
    repairs = read_repairs(g, brief, source_text, path)
    segs = None
    if source_text is not None:
        rebuilt, segs = tile(source_text, repairs, path)
        if rebuilt != clean:
            fail(path, "the clean text is not the source with the recorded repairs applied")
    for cls, letter in SPAN_KINDS:
        for node in g.subjects(RDF_TYPE, URIRef(cls)):
            check_span(g, node, letter, brief, source, repairs, segs, clean, path)


def check_span(g, node, letter, brief, source, repairs, segs, clean, path):
    counts["spans"] += 1
    b, e = int(one(g, node, NIF + "beginIndex")), int(one(g, node, NIF + "endIndex"))
    if str(one(g, node, NIF + "referenceContext")) != brief + "#text":
        fail(path, f"{node}: nif:referenceContext is not the clean text")
    at = clean[b:e]
    anchor = values(g, node, NIF + "anchorOf")
    if letter != "p" and len(anchor) != 1:
        fail(path, f"{node}: no nif:anchorOf")
    if anchor and str(anchor[0]) != at:
        fail(path, f"{node}: nif:anchorOf is not the clean text at {b}..{e}")
    if source is None or segs is None:
        return
    ps = pieces(segs, b, e)
    if str(node) != f"{brief}#{letter}{ps[0][0]}-{ps[-1][1]}":
        fail(path, f"{node}: IRI is not derived from its source extent {ps[0][0]}..{ps[-1][1]}")
    text = source.decode("utf-8")
    index = byte_offsets(text)
    rebuilt = rebuild(source, repairs, index[ps[0][0]], index[ps[-1][1]])
    if rebuilt.decode("utf-8", "replace") != at:
        fail(path, f"{node}: the clean text at {b}..{e} is not what the source gives at its pieces")


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
    for prov in ["provenance.nq", "provenance.trig"]:
        p = os.path.join(out_dir, prov)
        if any(f["path"] == prov for f in corpus["files"]) and \
                graph_hash(p) != corpus["run"]["graph_sha256"]:
            fail(p, "canonical graph hash differs from the corpus manifest")
    for entry in corpus["briefs"]:
        check_brief(out_dir, sources_dir, entry, corpus["base_iri"])
    for line in failures:
        print(line)
    print(json.dumps(counts))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
