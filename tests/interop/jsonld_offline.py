"""pyld, an independent JSON-LD 1.1 processor, with a document loader that refuses every
fetch: each brief.jsonld expands and converts to RDF offline, to exactly the graph of
brief.nq in its one-graph form (claims' assertion graphs folded into the claim nodes, as
JSON-LD holds them: common.fold); so does the same document with its inline context replaced
by a reference to the bundled schemas/context.jsonld (served from disk by the loader); and
pyld's URDNA2015 canonical N-Quads of brief.jsonld hash to the graph_sha256 of the brief's
manifest when no claim is folded, and hold exactly the folded quads otherwise.

usage: python3 jsonld_offline.py CONTEXT_FILE OUTPUT_DIR...
"""

import hashlib
import importlib.metadata
import json
import pathlib
import sys

import rdflib
from pyld import jsonld

from common import brief_dirs, dataset_quads, diff, fail, finish, fold, n3_quads, record_warnings

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
        canonical = jsonld.normalize(
            doc,
            {"algorithm": "URDNA2015", "format": "application/n-quads", "documentLoader": loader},
        )
        digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
        if len(folded) == len(dataset_of_nquads(nquads)) and folded == dataset_of_nquads(nquads):
            # No claim folded: the JSON-LD holds the dataset itself.
            if digest != manifest["graph_sha256"]:
                fail(
                    f"{d}: pyld's canonical N-Quads hash to {digest}, "
                    f"manifest.json says graph_sha256 {manifest['graph_sha256']}"
                )
        else:
            # The folded form: pyld's canonical text holds exactly the folded quads (its hash
            # is compared with briefkg's in tests/interop_hashes.rs; pyld's own N-Quads reader
            # cannot read every brief.nq, see schemas/README.md section 5).
            got = quads_of_nquads(canonical)
            if got != reference:
                diff(f"{d}/brief.jsonld canonical vs brief.nq folded", got, reference)
        checked += 1
    if not fetched:
        fail("the bundled context file was never used")
    for w in warnings.records:
        fail(f"warning: {w}")
    finish(
        f"pyld {importlib.metadata.version('PyLD')}: {checked} briefs expanded offline (inline and bundled "
        "context) to their N-Quads graph folded; URDNA2015 canonical forms agree"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
