#!/usr/bin/env python3
"""Offsets for hand-written entity gold, found in the SOURCE text only (no briefkg run), used for
the fourth round of fresh briefs. Config JSON: src, rel, draft, out, exclude (regexes of lines
outside the scope: title, byline, headings, running heads, page numbers). Draft lines:
TYPE|NAME|QID|SURFACE[#k,...] (only those 1-based whole-word occurrences) or TYPE|NAME|QID|@start-end
(an explicit source span, for a name cut by a page break). Longest first, no overlaps."""
import re, sys, hashlib, json

def occ(src, surface):
    pat = r"(?<![\w])" + r"\s+".join(re.escape(w) for w in surface.split()) + r"(?![\w])"
    return [(m.start(), m.end()) for m in re.finditer(pat, src)]

def main(src_path, rel, draft_path, exclude, out):
    raw = open(src_path, 'rb').read()
    src = raw.decode('utf-8')
    sha = hashlib.sha256(raw).hexdigest()
    # scope: lines not matching exclude regexes
    scope = []
    pos = 0
    for line in src.split('\n'):
        s, e = pos, pos + len(line)
        pos = e + 1
        ex = any(re.search(x, line) for x in exclude) or not line.strip()
        if not ex:
            if scope and scope[-1][1] >= s - 3 and all(c in '\n \f' for c in src[scope[-1][1]:s]):
                scope[-1][1] = e
            else:
                scope.append([s, e])
    inscope = lambda a, b: any(x <= a < y for x, y in scope) and any(x < b <= y for x, y in scope)
    items = []
    for l in open(draft_path, encoding='utf-8'):
        l = l.rstrip('\n')
        if not l.strip() or l.startswith('#'):
            continue
        typ, name, qid, surf = l.split('|')
        sel = None
        if surf.startswith('@'):
            a, b = map(int, surf[1:].split('-'))
            items.append((a, b, typ, name, qid, surf))
            continue
        if '#' in surf:
            surf, ks = surf.rsplit('#', 1)
            sel = {int(k) for k in ks.split(',')}
        os_ = occ(src, surf)
        if not os_:
            sys.exit(f"not found: {surf}")
        for k, (a, b) in enumerate(os_, 1):
            if sel is not None and k not in sel:
                continue
            items.append((a, b, typ, name, qid, surf))
    # manual spans: lines starting with '@' handled via surf with explicit offsets not needed
    items.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    taken = []
    for it in sorted(items, key=lambda x: -(x[1] - x[0])):
        a, b = it[0], it[1]
        if not inscope(a, b):
            continue
        if any(a < y and x < b for x, y, *_ in taken):
            continue
        taken.append(it)
    taken.sort()
    with open(out, 'w', encoding='utf-8') as f:
        f.write(f"# Gold named entities of {rel}, annotated by hand before briefkg was run on it (guidelines: tests/gold/entities/README.md).\n")
        f.write("# Offsets: Unicode code points of the source file, half-open. Scope: the #scope ranges.\n")
        f.write(f"#source\t{rel}\t{sha}\n")
        for a, b in scope:
            f.write(f"#scope\t{a}\t{b}\n")
        f.write("start\tend\ttext\ttype\tname\twikidata\n")
        for a, b, typ, name, qid, surf in taken:
            text = re.sub(r'\s+', ' ', src[a:b])
            f.write(f"{a}\t{b}\t{text}\t{typ}\t{name}\t{qid}\n")
    # report unannotated capitalised words in scope for review
    cov = [(a, b) for a, b, *_ in taken]
    for m in re.finditer(r"[A-Z][\w'’.-]*", src):
        a, b = m.start(), m.end()
        if inscope(a, b) and not any(x <= a < y for x, y in cov):
            ctxs = src[max(0, a-30):b+30].replace('\n', ' ')
            print(f"  uncovered {src[a:b]!r}: …{ctxs}…")

if __name__ == '__main__':
    cfg = json.load(open(sys.argv[1]))
    main(cfg['src'], cfg['rel'], cfg['draft'], cfg['exclude'], cfg['out'])
