import sys
lines=open(sys.argv[1],encoding='utf-8').read().split('\n')
prev_blank=True
out=[]
for i,l in enumerate(lines):
    if l=='':
        prev_blank=True; continue
    mark = ' ' if prev_blank else '+'
    out.append(f"{i+1:4d}{mark}|{l}|")
    prev_blank=False
print('\n'.join(out))
