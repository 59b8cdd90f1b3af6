"""Measure line widths (in em) of the column-layout seeds: CJK/full-width = 1 em,
ASCII = 0.5 em, spaces ignored. Prints a histogram per seed."""
import sys, collections, unicodedata
def em(s):
    w = 0.0
    for ch in s:
        if ch.isspace(): continue
        w += 0.5 if ord(ch) < 0x2000 and ch not in '×' else 1.0
    return w
for f in sys.argv[1:]:
    L = [x for x in open(f, encoding='utf-8').read().split('\n') if x.strip()]
    h = collections.Counter(round(em(x)) for x in L)
    spread = sum(1 for x in L if x.count(' ') >= 4)
    print(f.split('/')[-1], len(L), 'lines; spread lines', spread)
    print('  ', sorted(h.items()))
