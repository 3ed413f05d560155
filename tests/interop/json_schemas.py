"""Python jsonschema (Draft 2020-12, with format checks) accepts the bundled schemas as valid
schemas and validates every knowledge.json, brief manifest.json and corpus manifest.json
against them; a broken knowledge.json is rejected.

usage: python3 json_schemas.py SCHEMAS_DIR OUTPUT_DIR...
"""

import copy
import importlib.metadata
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

from common import brief_dirs, fail, finish


def load(path):
    return json.loads(pathlib.Path(path).read_text(encoding="utf-8"))


def validator(schemas, name):
    schema = load(pathlib.Path(schemas) / name)
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        fail(f"{name}: $schema is {schema.get('$schema')!r}, not Draft 2020-12")
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def check(v, instance, label):
    errors = sorted(v.iter_errors(instance), key=lambda e: list(e.absolute_path))
    for e in errors[:5]:
        fail(f"{label}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    return not errors


def main(schemas, roots):
    knowledge = validator(schemas, "knowledge.schema.json")
    manifest = validator(schemas, "manifest.schema.json")
    corpus = validator(schemas, "corpus-manifest.schema.json")
    files = 0
    for root in roots:
        check(corpus, load(pathlib.Path(root) / "manifest.json"), f"{root}/manifest.json")
        files += 1
    dirs = brief_dirs(roots)
    for d in dirs:
        check(knowledge, load(d / "knowledge.json"), f"{d}/knowledge.json")
        check(manifest, load(d / "manifest.json"), f"{d}/manifest.json")
        files += 2
    broken = copy.deepcopy(load(dirs[0] / "knowledge.json"))
    broken["sentences"][0]["anchor"]["clean"]["start"] = "zero"
    if knowledge.is_valid(broken):
        fail("knowledge.schema.json accepts a sentence whose start is a string")
    broken = copy.deepcopy(load(dirs[0] / "manifest.json"))
    del broken["graph_sha256"]
    if manifest.is_valid(broken):
        fail("manifest.schema.json accepts a manifest without graph_sha256")
    finish(
        f"jsonschema {importlib.metadata.version('jsonschema')}: {files} files valid "
        "(Draft 2020-12); broken files rejected"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
