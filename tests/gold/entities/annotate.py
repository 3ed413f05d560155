#!/usr/bin/env python3
"""Annotation aid for the entity gold files (tests/gold/entities/*.tsv). Not part of briefkg.

The gold is written by a person: this script only finds offsets. It reads the clean text and the
offset map from a `knowledge.json` that `briefkg export BRIEF --format json` wrote, and

  find KNOWLEDGE SURFACE...        prints every whole-word occurrence of each surface (whitespace
                                   runs in the text match one space) with its source code-point
                                   span and context, for the annotator to choose from;
  draft KNOWLEDGE DRAFT            turns a draft (lines `type TAB name TAB wikidata TAB surface|…`,
                                   optional `skip TAB start` lines dropping an occurrence, `scope
                                   TAB start TAB end` lines) into gold lines, every occurrence of
                                   every surface inside the scope, longest first, no overlaps;
  show KNOWLEDGE GOLD              prints every gold mention in its context, for review.

Offsets in the gold are Unicode code points of the *source* file (half-open), so they stay valid
when the clean text changes.
"""
import json
import re
import sys


def load(path):
    k = json.load(open(path, encoding="utf-8"))
    text = k["clean"]["text"]
    segs = k["clean"]["map"]
    return k, text, segs


def to_source(segs, c, end=False):
    """Clean code point -> source code point (for a start, or for an end when end=True)."""
    for s in segs:
        if s["repair"] is not None:
            continue
        if end and s["clean_start"] < c <= s["clean_end"]:
            return s["source"]["start"] + (c - s["clean_start"])
        if not end and s["clean_start"] <= c < s["clean_end"]:
            return s["source"]["start"] + (c - s["clean_start"])
    raise SystemExit(f"clean offset {c} is inside a repair")


def to_clean(segs, p, end=False):
    for s in segs:
        if s["repair"] is not None:
            continue
        a, b = s["source"]["start"], s["source"]["end"]
        if (a < p <= b) if end else (a <= p < b):
            return s["clean_start"] + (p - a)
    return None


def occurrences(text, surface):
    pat = r"(?<![\w])" + r"\s+".join(re.escape(w) for w in surface.split()) + r"(?![\w])"
    for m in re.finditer(pat, text):
        yield m.start(), m.end()


def ctx(text, s, e, n=45):
    return (text[max(0, s - n):s] + "[[" + text[s:e] + "]]" + text[e:e + n]).replace("\n", "⏎")


def main():
    cmd, kpath = sys.argv[1], sys.argv[2]
    k, text, segs = load(kpath)
    if cmd == "find":
        for surface in sys.argv[3:]:
            for s, e in occurrences(text, surface):
                print(f"{to_source(segs, s)}\t{to_source(segs, e, True)}\t{ctx(text, s, e)}")
    elif cmd == "draft":
        scopes, skips, items = [], set(), []
        for line in open(sys.argv[3], encoding="utf-8"):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            f = line.split("\t")
            if f[0] == "scope":
                scopes.append((int(f[1]), int(f[2])))
            elif f[0] == "skip":
                skips.add(int(f[1]))
            else:
                for surface in f[3].split("|"):
                    items.append((f[0], f[1], f[2], surface))
        cands = []
        for typ, name, qid, surface in items:
            for s, e in occurrences(text, surface):
                ss, se = to_source(segs, s), to_source(segs, e, True)
                if ss in skips or not any(a <= ss and se <= b for a, b in scopes):
                    continue
                cands.append((ss, -(se - ss), se, typ, name, qid, " ".join(text[s:e].split())))
        cands.sort()
        taken_to = -1
        for a, b, scope in [(a, b, None) for a, b in scopes]:
            print(f"#scope\t{a}\t{b}")
        for ss, _, se, typ, name, qid, t in cands:
            if ss < taken_to:
                continue
            taken_to = se
            print(f"{ss}\t{se}\t{t}\t{typ}\t{name}\t{qid}")
    elif cmd == "show":
        for line in open(sys.argv[3], encoding="utf-8"):
            if line.startswith("#") or line.startswith("start\t") or not line.strip():
                continue
            f = line.rstrip("\n").split("\t")
            s, e = to_clean(segs, int(f[0])), to_clean(segs, int(f[1]), True)
            ok = "" if s is not None and e is not None and " ".join(text[s:e].split()) == f[2] else "  !! MISMATCH"
            print(f"{f[3]:12} {f[4]:40} {ctx(text, s, e) if s is not None else '?'}{ok}")


if __name__ == "__main__":
    main()
