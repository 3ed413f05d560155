"""pyld, an independent JSON-LD 1.1 processor, with a document loader that refuses every
fetch: each brief.jsonld expands and converts to RDF offline, to exactly the graph of
brief.nq in its one-graph form (claims' assertion graphs folded into the claim nodes, as
JSON-LD holds them: common.fold); so does the same document with its inline context replaced
by a reference to the bundled schemas/context.jsonld (served from disk by the loader); pyld's
URDNA2015 canonical N-Quads of brief.nq hash to the graph_sha256 of the brief's manifest, and
those of brief.jsonld to the hash of the folded brief.nq.

usage: python3 jsonld_offline.py CONTEXT_FILE OUTPUT_DIR...
"""

import hashlib
import importlib.metadata
import json
import pathlib
import sys

import rdflib
from pyld import jsonld

from common import BKG, brief_dirs, dataset_quads, diff, fail, finish, fold, n3_quads, record_warnings

# The name the context is referenced by in (b); only the loader below knows it.
CONTEXT_IRI = "https://w3id.org/briefkg/schemas/context.jsonld"


def offline_loader(context_file):
    fetched = []

    def load(url, options=None):
        if url == CONTEXT_IRI:
            fetched.append(url)
            return {
                "contentType": "application/ld+json",
                "contextUrl": None,
                "documentUrl": url,
                "document": json.loads(pathlib.Path(context_file).read_text(encoding="utf-8")),
            }
        raise jsonld.JsonLdError(
            f"refused to fetch {url}: briefkg's JSON-LD must read offline",
            "loading document failed",
            code="loading document failed",
        )

    return load, fetched


def dataset_of_nquads(text):
    ds = rdflib.Dataset()
    ds.parse(data=text, format="nquads")
    return dataset_quads(ds)


def quads_of_nquads(text):
    return n3_quads(dataset_of_nquads(text))


def folded_nquads(nquads, folded):
    """The folded dataset as N-Quads text, its literals copied from brief.nq as briefkg wrote
    them (pyld's N-Quads reader is stricter than rdflib's writer): lines outside the assertion
    graphs kept, labels of the assertion graphs' nodes moved into the brief's graph, and the
    claim nodes' bkg:subject, bkg:predicate and bkg:object (IRIs only) added."""
    has = "<" + BKG + "hasAssertion>"
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    assertions, split = set(), []
    for line in nquads.splitlines():
        body = line[: -len(" .")]
        at = body.rfind(" <")
        triple, graph = body[:at], body[at + 1 :]
        split.append((line, triple, graph))
        if f" {has} " in triple:
            assertions.add(triple.rsplit(" ", 1)[1])
    brief = next(g for _, _, g in split if g not in assertions)
    out = []
    for line, triple, graph in split:
        if graph not in assertions:
            out.append(line)
        elif f" {label} " in triple:
            out.append(f"{triple} {brief} .")
    for s_, p_, o_, _ in folded:
        if str(p_) in (BKG + "subject", BKG + "predicate", BKG + "object"):
            out.append(f"{s_.n3()} {p_.n3()} {o_.n3()} {brief} .")
    return "".join(line + "\n" for line in out)


def canonical_hash(doc, loader, input_format=None):
    options = {"algorithm": "URDNA2015", "format": "application/n-quads", "documentLoader": loader}
    if input_format:
        options["inputFormat"] = input_format
    text = jsonld.normalize(doc, options)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def to_nquads(doc, loader):
    options = {"documentLoader": loader, "format": "application/n-quads"}
    expanded = jsonld.expand(doc, {"documentLoader": loader})
    if not expanded:
        fail("expansion gave nothing")
    return jsonld.to_rdf(doc, options)


def main(context_file, roots):
    warnings = record_warnings()
    loader, fetched = offline_loader(context_file)
    checked = 0
    for d in brief_dirs(roots):
        doc = json.loads((d / "brief.jsonld").read_text(encoding="utf-8"))
        nquads = (d / "brief.nq").read_text(encoding="utf-8")
        folded = fold(dataset_of_nquads(nquads))
        reference = n3_quads(folded)

        inline = quads_of_nquads(to_nquads(doc, loader))
        if inline != reference:
            diff(f"{d}/brief.jsonld (inline context) vs brief.nq", inline, reference)

        # The bundled context by reference, the brief's own prefixes inline as written.
        by_reference = dict(doc, **{"@context": [CONTEXT_IRI] + doc["@context"][1:]})
        referenced = quads_of_nquads(to_nquads(by_reference, loader))
        if referenced != reference:
            diff(f"{d}/brief.jsonld (bundled context file) vs brief.nq", referenced, reference)

        manifest = json.loads((d / "manifest.json").read_text(encoding="utf-8"))
        digest = canonical_hash(nquads, loader, "application/n-quads")
        if digest != manifest["graph_sha256"]:
            fail(
                f"{d}: pyld's canonical N-Quads of brief.nq hash to {digest}, "
                f"manifest.json says graph_sha256 {manifest['graph_sha256']}"
            )
        folded_text = folded_nquads(nquads, folded)
        want = canonical_hash(folded_text, loader, "application/n-quads")
        got = canonical_hash(doc, loader)
        if got != want:
            fail(f"{d}: pyld's canonical form of brief.jsonld hashes to {got}, brief.nq folded to {want}")
        checked += 1
    if not fetched:
        fail("the bundled context file was never used")
    for w in warnings.records:
        fail(f"warning: {w}")
    finish(
        f"pyld {importlib.metadata.version('PyLD')}: {checked} briefs expanded offline (inline and bundled "
        "context) to their N-Quads graph folded; URDNA2015 hashes of brief.nq equal graph_sha256"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
