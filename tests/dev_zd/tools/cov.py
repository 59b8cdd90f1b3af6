import json,sys,re
sys.path.insert(0,'/work/shared/tools')
import score
from pathlib import Path
exp=json.load(open('export_perfect.json'))
tot=0
for src in exp['sources']:
    name=src['source']
    strings=score.strings_in([a for a in exp['articles'] if a['source']==name])+score.strings_in(src)
    hay="\0".join(score.squash(s) for s in strings)
    for line in Path('pages/'+name).read_text().splitlines():
        s=score.squash(line)
        c=score.covered(s,hay)
        if c<len(s): print(name[:3],len(s)-c,repr(line)); tot+=len(s)-c
print('lost',tot)
