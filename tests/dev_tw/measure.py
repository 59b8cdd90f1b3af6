import sys,re,unicodedata,collections
def em(s):
    w=0
    for c in s:
        if c==' ': continue
        w+= 1 if unicodedata.east_asian_width(c) in 'WF' else 0.5
    return w
PUN='，。、；：？！“”‘’（）《》'
for f in sys.argv[1:]:
    L=open(f).read().split('\n')
    ws=collections.Counter(); spread=0; sp_p=collections.Counter(); ns_p=collections.Counter(); n=0
    blank_between = sum(1 for i in range(1,len(L)-1) if L[i]=='' and L[i-1] and L[i+1])
    for l in L:
        if not l.strip(): continue
        n+=1
        ws[round(em(l))]+=1
        pc=sum(l.count(p) for p in PUN)
        if re.search(r'[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]',l): spread+=1; sp_p[pc]+=1
        else: ns_p[pc]+=1
    print(f, 'lines',n,'blank-sep',blank_between,'widths',ws.most_common(8),'spread',spread,'spread punct',sorted(sp_p.items()),'plain punct',sorted(ns_p.items())[:8])
