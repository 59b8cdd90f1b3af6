import sys
# usage: addp.py FILE  < blocks ; blocks: "== title-substring" then "> para" lines
f=sys.argv[1]
lines=open(f).read().split('\n')
blocks=[];cur=None
for l in sys.stdin.read().split('\n'):
    if l.startswith('== '): cur=[l[3:].strip(),[]]; blocks.append(cur)
    elif l.strip(): cur[1].append(l)
for key,paras in blocks:
    idx=[i for i,l in enumerate(lines) if (l.startswith('title=') or l.startswith('kick=')) and key in l]
    assert len(idx)>=1,(key)
    i=idx[0]
    # find last body line of this story
    j=i+1
    while j<len(lines) and not lines[j].startswith('@'): j+=1
    k=j-1
    while k>i and not (lines[k].startswith('> ') or lines[k].startswith('## ')): k-=1
    # insert after k
    lines[k+1:k+1]=paras
open(f,'w').write('\n'.join(lines))
