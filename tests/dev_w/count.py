import re,sys,glob
for f in sorted(glob.glob('src/p*.txt')):
    t=open(f).read()
    body=[re.sub(r'^(kicker|title|subtitle|byline|dateline|column|box): ','',l) for l in t.splitlines() if not re.match(r'^(id|kind|opt|continued|date|pno|layout|punct|pages): ',l) and l!='===' ]
    print(f, len(re.sub(r'\s','',''.join(body))), t.count('\n===\n'))
