#!/usr/bin/env python3
"""Show each 10-character run a story shares with a seed page, with the seed context."""
import json, re, unicodedata, glob, os
def sq(s): return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))
seeds = ''.join(sq(open(f, encoding='utf-8').read()) for f in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'seeds', '*.txt'))))
d = json.load(open('stories.json', encoding='utf-8'))
for i in d['issues']:
    for p in i['pages']:
        for s in p['stories']:
            for f in ('column','kicker','title','subtitle','byline','dateline','continued','paragraphs'):
                for v in (s[f] if f == 'paragraphs' else [s[f]]):
                    t = sq(v)
                    for k in range(len(t) - 9):
                        g = t[k:k+10]
                        j = seeds.find(g)
                        if j >= 0:
                            print(s['id'], f, repr(g), '| seed:', seeds[max(0,j-6):j+16])
                            break
