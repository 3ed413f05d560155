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
