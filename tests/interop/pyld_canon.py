#!/usr/bin/env python3
"""Independent canonicalisation with pyld (URDNA2015, the algorithm RDFC-1.0 standardised).

For each file given (N-Quads, or JSON-LD expanded by pyld itself), prints one line:
`path TAB sha256` where sha256 is the lower-case hex SHA-256 of the UTF-8 canonical N-Quads
pyld produces. tests/interop.rs compares the hashes with briefkg's manifests.
"""
import hashlib
import json
import sys

from pyld import jsonld


def no_remote_contexts(url, options=None):
    raise RuntimeError(f"refusing to load a remote document: {url}")


def canonical(path):
    options = {"algorithm": "URDNA2015", "format": "application/n-quads",
               "documentLoader": no_remote_contexts}
    with open(path, encoding="utf-8") as f:
        if path.endswith(".jsonld"):
            doc = json.load(f)
        else:
            doc = f.read()
            options["inputFormat"] = "application/n-quads"
    return jsonld.normalize(doc, options)


def main():
    for path in sys.argv[1:]:
        text = canonical(path)
        print(f"{path}\t{hashlib.sha256(text.encode('utf-8')).hexdigest()}")


if __name__ == "__main__":
    main()
