import json,glob,re
for f in sorted(glob.glob('gold/*.json')):
    d=json.load(open(f)); t=open('pages/'+d['source']).read()
    print(d['source'][:3], d['issue_date'], len(d['articles']), len(re.sub(r'\s','',t)))
