import json,sys
g=json.load(open(sys.argv[1]))
for k,v in g.items():
  if k!='articles': print(k, json.dumps(v,ensure_ascii=False))
for a in g['articles']:
  d=dict(a); ps=d.pop('paragraphs')
  print(json.dumps({k:v for k,v in d.items() if v},ensure_ascii=False))
  for p in ps: print('   P:',p[:60]+('…'+p[-25:] if len(p)>85 else p[60:]))
