#!/usr/bin/env python3
"""Measure the two extraction layouts on the seed pages (read-only).
Prints line-width histograms (em), the spread-line spacing rule, number-run spacing,
blank-line patterns.  The figures it prints are copied into compose.py / README."""
import re, glob, collections, unicodedata
SEEDS = sorted(glob.glob('/work/shared/seeds/*.txt'))
def em(s):
    w = 0.0
    for ch in s:
        if ch == ' ': continue
        w += 1.0 if unicodedata.east_asian_width(ch) in 'WF' or ch in '“”‘’…—' else 0.5
    return w
def spread(l):
    return len(re.findall(r'[\u4e00-\u9fff] [\u4e00-\u9fff]', l)) >= 3
for f in SEEDS:
    lines = open(f, encoding='utf-8').read().split('\n')
    name = f.split('/')[-1][:3]
    text = [l for l in lines if l.strip()]
    blanks = collections.Counter()
    run = 0
    for l in lines:
        if l.strip():
            blanks[run] += 1; run = 0
        else:
            run += 1
    print('==', name, 'lines', len(text), 'blank runs before text lines', dict(blanks))
    widths = collections.Counter(round(em(l)) for l in text)
    print('   em widths', sorted(widths.items()))
    sp = [l for l in text if spread(l)]
    print('   spread lines', len(sp), 'e.g.', sp[:2])
    pairs = collections.Counter()
    for l in sp:
        for a, b in zip(l, l[1:]):
            pass
        for m in re.finditer(r'(\S)( ?)(?=(\S))', l):
            a, s, b = m.group(1), m.group(2), m.group(3)
            ka = 'P' if a in '，。、；：？！' else ('O' if a in '“‘《（(' else ('C' if a in '”’》）)' else 'X'))
            kb = 'P' if b in '，。、；：？！' else ('O' if b in '“‘《（(' else ('C' if b in '”’》）)' else 'X'))
            pairs[(ka, kb, bool(s))] += 1
    print('   spread pair spacing (kind a, kind b, space):', sorted(pairs.items()))
    nums = collections.Counter()
    for l in text:
        if spread(l): continue
        for m in re.finditer(r'(.)?(\d[\d.]*%?)(.)?', l):
            a, b = m.group(1) or '^', m.group(3) or '$'
            nums[(a == ' ', b == ' ')] += 1
    print('   number runs (space before, space after):', dict(nums))
    lead = sum(1 for l in text if l.startswith(' '))
    print('   lines with a leading space', lead)
