"""Gold offsets from the SOURCE text only (no briefkg run): each draft line
type TAB name TAB qid TAB surface|... ; `scope TAB start-phrase TAB end-phrase`;
`skip TAB surface TAB n` drops the n-th (0-based) occurrence; `as TAB surface TAB n TAB type TAB name TAB qid` retypes it."""
import re, sys, hashlib, html
path, draft, rel = sys.argv[1], sys.argv[2], sys.argv[3]
src = open(path, encoding='utf-8').read()
items, scopes, skips, retypes = [], [], set(), {}
for line in open(draft, encoding='utf-8'):
    line = line.rstrip('\n')
    if not line or line.startswith('#'): continue
    f = line.split('\t')
    if f[0] == 'scope':
        a = src.index(f[1]); b = src.index(f[2], a) + len(f[2]); scopes.append((a, b))
    elif f[0] == 'skip': skips.add((f[1], int(f[2])))
    elif f[0] == 'as': retypes[(f[1], int(f[2]))] = (f[3], f[4], f[5] if len(f) > 5 else '')
    else:
        for s in f[3].split('|'): items.append((f[0], f[1], f[2], s))
cands = []
for typ, name, qid, surface in items:
    pat = r'(?<![\w&;])' + r'\s+'.join(re.escape(w) for w in surface.split(' ')) + r'(?![\w])'
    for n, m in enumerate(re.finditer(pat, src)):
        if (surface, n) in skips: continue
        t, nm, q = retypes.get((surface, n), (typ, name, qid))
        if not any(a <= m.start() and m.end() <= b for a, b in scopes): continue
        cands.append((m.start(), -(m.end()-m.start()), m.end(), t, nm, q, ' '.join(html.unescape(m.group(0)).split())))
cands.sort()
sha = hashlib.sha256(open(path, 'rb').read()).hexdigest()
print(f"# Gold named entities of {rel}, annotated by hand before briefkg was run on it (guidelines: tests/gold/entities/README.md).")
print("# Offsets: Unicode code points of the source file, half-open. Scope: the #scope ranges.")
print(f"#source\t{rel}\t{sha}")
for a, b in scopes: print(f"#scope\t{a}\t{b}")
print("start\tend\ttext\ttype\tname\twikidata")
to = -1
for s, _, e, t, nm, q, txt in cands:
    if s < to: continue
    to = e
    print(f"{s}\t{e}\t{txt}\t{t}\t{nm}\t{q}")
