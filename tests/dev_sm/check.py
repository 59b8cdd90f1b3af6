#!/usr/bin/env python3
"""Verify the dev_sm set: rebuild byte-for-byte, score a perfect export at 1.000,
check the set's shape and that no seed phrase was reused.  Prints `check passed`."""
import hashlib, json, re, subprocess, sys, tempfile, unicodedata
from collections import Counter, OrderedDict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path('/work/shared')
sys.path.insert(0, str(SHARED / 'tools'))
import score  # the scorer's own coverage routine
fails = []

def fail(msg):
    fails.append(msg)

def squash(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))

# 1. rebuild into a temporary folder and compare byte for byte
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, str(HERE / 'compose.py'), tmp], check=True)
    for d in ('pages', 'gold'):
        a = sorted(p.name for p in (HERE / d).iterdir())
        b = sorted(p.name for p in (Path(tmp) / d).iterdir())
        if a != b:
            fail('%s/ differs from a fresh build' % d)
            continue
        for n in a:
            if (HERE / d / n).read_bytes() != (Path(tmp) / d / n).read_bytes():
                fail('%s/%s differs from a fresh build' % (d, n))
    if (HERE / 'README.md').read_bytes() != (Path(tmp) / 'README.md').read_bytes():
        fail('README.md differs from a fresh build')

pages = sorted((HERE / 'pages').glob('*.txt'))
golds = sorted((HERE / 'gold').glob('*.json'))

# 2. the perfect export
arts, srcs = [], []
KEYS = ['source', 'issue_date', 'issue_number', 'page_count', 'articles', 'extras', 'duplicates']
AKEYS = ['kind', 'column', 'kicker', 'title', 'subtitle', 'byline', 'dateline', 'continued',
         'subheads', 'paragraphs']
ref = json.loads(sorted((SHARED / 'gold').glob('*.json'))[0].read_text(encoding='utf-8'))
if list(ref) != KEYS or list(ref['articles'][0]) != AKEYS:
    fail('seed gold key order changed')
info = []
for gp in golds:
    text = gp.read_text(encoding='utf-8')
    g = json.loads(text, object_pairs_hook=OrderedDict)
    if list(g) != KEYS:
        fail(gp.name + ': key order')
    if json.dumps(g, indent=1, ensure_ascii=False) + '\n' != text:
        fail(gp.name + ': not in indent=1 ensure_ascii=False form')
    for a in g['articles']:
        if list(a) != AKEYS:
            fail(gp.name + ': article key order')
        if a['kind'] not in ('news', 'commentary', 'feature', 'photo', 'continuation', 'other'):
            fail(gp.name + ': kind ' + a['kind'])
        for s in a['subheads']:
            if s not in a['paragraphs']:
                fail(gp.name + ': subhead not in paragraphs')
        b = dict(a)
        b.update(source=g['source'], issue_date=g['issue_date'], title_derived=False)
        arts.append(b)
    srcs.append({'source': g['source'], 'issue_date': g['issue_date'],
                 'extras': g['extras'] + g['duplicates']})
    info.append(g)
with tempfile.TemporaryDirectory() as tmp:
    ex = Path(tmp) / 'export.json'
    ex.write_text(json.dumps({'articles': arts, 'sources': srcs}, ensure_ascii=False), encoding='utf-8')
    r = subprocess.run([sys.executable, str(SHARED / 'tools/score.py'), str(ex), str(HERE / 'gold'),
                        '--pages', str(HERE / 'pages'), '-v'], capture_output=True, text=True)
print(r.stdout, end='')
for line in r.stdout.splitlines():
    if line.startswith('---') or line.startswith('    '):
        fail('scorer problem: ' + line.strip())
    m = re.match(r'(\w+)\s+([0-9.]+)$', line)
    if m and '.' in m.group(2) and m.group(1) not in ('articles_gold', 'articles_pred'):
        if m.group(2) != '1.000':
            fail('figure %s = %s' % (m.group(1), m.group(2)))
    if m and m.group(1) == 'cjk_space_left' and m.group(2) != '0':
        fail('cjk_space_left ' + m.group(2))
if 'coverage         1.000' not in r.stdout:
    fail('coverage is not 1.000')

# 3. shape
if len(pages) != 14 or len(golds) != 14:
    fail('need 14 pages and 14 gold files')
layouts, years = Counter(), Counter()
for pg, g in zip(pages, info):
    text = pg.read_text(encoding='utf-8')
    h = hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]
    if not re.fullmatch(r'\d{3}_' + h + r'\.txt', pg.name):
        fail(pg.name + ': name is not NNN_<sha256[:16]>')
    if g['source'] != pg.name or Path(pg.name).stem != Path(g['source']).stem:
        fail(pg.name + ': gold source mismatch')
    n = len(re.sub(r'\s', '', text))
    if not 4500 <= n <= 6500:
        fail('%s: %d characters' % (pg.name, n))
    if not 7 <= len(g['articles']) <= 13:
        fail('%s: %d articles' % (pg.name, len(g['articles'])))
    col = text.count('\n\n') > 3 * text.count('\n') / 4 and max(len(l) for l in text.split('\n')
                                                                if l and not l.startswith(' ' * 8)) < 80
    years[g['issue_date'][:4]] += 1
nums = [p.name[:3] for p in pages]
if nums != ['%03d' % i for i in range(1, 15)]:
    fail('pages must be numbered 001-014')
src_layouts = Counter(re.search(r'^layout: (\w+)', p.read_text(encoding='utf-8'), re.M).group(1)
                      for p in sorted((HERE / 'src').glob('p*.txt')))
if src_layouts != Counter(column=7, paragraph=7):
    fail('layouts %s' % dict(src_layouts))
if years != Counter({'2016': 4, '2018': 4, '2022': 3, '2025': 3}):
    fail('years %s' % dict(years))
fronts = [g for g in info if g['issue_number']]
if sorted(g['issue_date'][:4] for g in fronts) != ['2018', '2025']:
    fail('front pages must be one in 2018 and one in 2025')
for f in fronts:
    if not f['page_count'] or not f['extras']:
        fail(f['source'] + ': front page needs page count and masthead')
    if not any(a['continued'] == '下转2版' for a in f['articles']):
        fail(f['source'] + ': front page does not jump to page 2')
    twos = [g for g in info if g['issue_date'] == f['issue_date'] and g is not f]
    if not twos or not any(a['continued'].startswith('上接1版') for g in twos for a in g['articles']):
        fail(f['source'] + ': no page 2 continuation in the set')

# 3b. every printed field of the gold is on its page, and nothing of a page is lost
for pg, g in zip(pages, info):
    flat = squash(pg.read_text(encoding='utf-8'))
    for a in g['articles']:
        for f in ('column', 'kicker', 'title', 'subtitle', 'byline', 'dateline'):
            if squash(a[f]) and squash(a[f]) not in flat:
                fail('%s: %s %r not on the page' % (pg.name[:3], f, a[f]))
        if squash(a['continued']) and squash(a['continued']) not in flat:
            fail('%s: jump %r not on the page' % (pg.name[:3], a['continued']))
        for para in a['paragraphs']:
            q = squash(para)
            if score.covered(q, flat) != len(q):
                fail('%s: paragraph %r not on the page' % (pg.name[:3], para[:20]))
    for e in g['extras'] + g['duplicates']:
        if squash(e) not in flat:
            fail('%s: extra/duplicate %r not on the page' % (pg.name[:3], e))

# 4. seed phrases
GENERIC = ['湖南日报', '全媒体记者', '通讯员', '相关负责人', '有关负责人', '习近平新时代中国特色社会主义思想',
           '党的二十大', '高质量发展', '规模以上工业', '同比增长', '百分点', '长株潭', '湖南省', '省委书记',
           '副省长', '在长沙召开', '在长沙举行', '社会主义现代化新湖南', '实体经济', '今年以来', '截至目前',
           '产业链供应链', '先进制造业', '数字经济', '集成电路', '人工智能', '工业互联网', '省商务厅',
           '省工信厅', '省发展改革委', '乡村振兴', '农业农村', '进出口', '新湖南', '三高四新', '规模工业增加值', '工业增加值', '非物质文化遗产', '非遗代表性',
           '高新技术企业', '近年来', '获悉', '历史同期', '工业经济', '轨道交通', '专项资金', '全省各级',
           '新能源汽车', '电子信息', '中小企业', '专精特新', '智能制造', '有限公司', '科技有限', '社会消费品零售总额', '增加值', '增速高于全国', '生态环境保护',
           '审议有关文件', '现代服务业', '会议强调', '会议要求', '会议指出', '安全隐患', '人居环境', '电子元器件', '国家和地区', '工业和信息化', '关键核心技术', '核心竞争力', '气象部门', '应急处置', '内陆地区改革开放高地', '人力资源和社会保障', '就业援助月', '专项整治', '小巨人', '居全省第', '位居全国前列', '重要组成部分', '优秀传统文化', '基础设施建设', '产业集群', '数字化转型', '复合型人才', '公共文化服务', '比上年增长', '经济社会', '规模性返贫', '一带一路',
           '记者从', '负责人介绍', '负责人表示']
CJK = re.compile('[\u3400-\u9fff]')

def blank(s):
    s = squash(s)
    for w in GENERIC:
        s = s.replace(w, '\x00' * len(w))
    return s

def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if '\x00' not in g and len(CJK.findall(g)) >= 5:
            out.add(g)
    return out

seed = set()
for gp in sorted((SHARED / 'gold').glob('*.json')):
    for a in json.loads(gp.read_text(encoding='utf-8'))['articles']:
        for t in [a['kicker'], a['title'], a['subtitle']] + a['paragraphs']:
            seed |= grams(blank(t))
hits = Counter()
for g in info:
    for a in g['articles']:
        for t in [a['column'], a['kicker'], a['title'], a['subtitle'], a['byline'], a['dateline']] + a['paragraphs']:
            for x in grams(blank(t)) & seed:
                hits[x] += 1
                if hits[x] == 1:
                    fail('%s: seed phrase %r' % (g['source'][:3], x))

if fails:
    for f in fails:
        print('FAIL', f)
    sys.exit(1)
print('check passed')
