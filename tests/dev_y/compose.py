#!/usr/bin/env python3
"""Lay the hand-written stories of src/*.txt out into raw page files (pages/) in the
two extraction layouts the seed pages show, and write their gold annotations (gold/)
and README.md.  Deterministic: every random choice comes from a generator seeded by
the page's source file name."""
import hashlib
import json
import random
import re
import shutil
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC, PAGES, GOLD = HERE / 'src', HERE / 'pages', HERE / 'gold'

CJK_RE = r'\u3400-\u4dbf\u4e00-\u9fff'
CLOSERS = set('，。、；：？！”’）》,.;:?!)%')
OPENERS = set('“‘（《(')
PUNCT = CLOSERS | OPENERS | set('—…·')
STATS = Counter()          # phenomena counts for the README
CUT_ORDER = ['figure|unit', 'verb|figure', 'inside a word']
CUT_TURN = [0]


# ---------------------------------------------------------------- parsing
def parse(path):
    page = {'items': [], 'boxes': [], 'labels': []}
    cur = None
    for raw in path.read_text(encoding='utf-8').splitlines():
        if not raw.strip():
            continue
        if raw.startswith('=PAGE'):
            page.update(dict(kv.split('=', 1) for kv in raw.split()[1:]))
        elif raw.startswith('=BOX '):
            page['boxes'].append(raw[5:].strip())
        elif raw.startswith('=LABEL '):
            page['labels'].append(raw[7:].strip())
        elif raw.startswith('#'):
            cur = {'kind': raw[1:].strip(), 'C': '', 'K': '', 'T': '', 'S': '', 'B': '', 'D': '',
                   'J': '', 'body': []}
            page['items'].append(cur)
        else:
            tag, text = raw[:1], raw[2:].strip()
            if tag in 'PH':
                cur['body'].append((tag, text))
            else:
                cur[tag] = text
    return page


def set_punct(s, mode):
    if mode == 'full':
        return s.replace(',', '，').replace('(', '（').replace(')', '）')
    if mode == 'half':
        return s.replace('，', ',').replace('（', '(').replace('）', ')')
    if mode == 'halfparen':
        return s.replace(',', '，').replace('（', '(').replace('）', ')')
    return s


def clean_para(s):
    """Gold paragraph text: no whitespace between Chinese characters/punctuation."""
    cj = CJK_RE + '\u3000-\u303f\uff00-\uffef“”‘’、，。；：？！（）《》'
    s = re.sub(f'(?<=[{cj}])\\s+(?=[{cj}])', '', s)
    s = re.sub(f'(?<=[{cj}])\\s+(?=[0-9A-Za-z])', '', s)
    s = re.sub(f'(?<=[0-9A-Za-z%.])\\s+(?=[{cj}])', '', s)
    return s.strip()


# ---------------------------------------------------------------- text artefacts
def is_cjk(ch):
    return bool(ch) and bool(re.match(f'[{CJK_RE}]', ch))


def numspace(s, rng, mode):
    """Spaces the extraction leaves around digit runs ("今年 2 月", "增长 7%以上")."""
    if mode == 'none':
        return s
    out, i = [], 0
    for m in re.finditer(r'[0-9][0-9.]*(?:%|PF|P|GWh)?', s):
        a, b = m.start(), m.end()
        tok = m.group()
        out.append(s[i:a])
        before = a > 0 and (is_cjk(s[a - 1]) or s[a - 1] in '，、；：“（')
        after = b < len(s) and is_cjk(s[b])
        sp_before = before and (mode == 'every' or rng.random() < 0.75) and mode != 'after'
        sp_after = after and (mode in ('every', 'after') or rng.random() < 0.45)
        if tok.endswith('%') and mode in ('every',) and rng.random() < 0.3:
            tok = tok[:-1] + ' %'
            STATS['space before %'] += 1
        out.append((' ' if sp_before else '') + tok + (' ' if sp_after else ''))
        i = b
    out.append(s[i:])
    r = ''.join(out)
    if mode == 'every' and rng.random() < 0.5 and '“' in r:
        r = r.replace('“', '“ ', 1)
        STATS['space after an opening quote'] += 1
    if mode == 'every' and rng.random() < 0.3:
        m = re.search(r'，\s*(?=[0-9])', r) or re.search(r'(?<=[\u4e00-\u9fff])，(?=[\u4e00-\u9fff])', r)
        if m:
            r = r[:m.start()] + ' ， ' + r[m.end():]
            STATS['glyph-gap spaces around a comma (隆 ， 20 多)'] += 1
    return r


def tokens(s):
    return re.findall(r'[0-9A-Za-z][0-9A-Za-z.%]*|\s+|.', s)


def cells(tok):
    return sum(0.5 if ord(c) < 0x2000 else 1 for c in tok)


def spread(line):
    """A justified line the extraction spreads with spaces: 总 部 、区 域 总 部 。"""
    toks = [t for t in tokens(line) if not t.isspace()]
    out = toks[:1]
    for prev, t in zip(toks, toks[1:]):
        if prev in CLOSERS - {'%'} or t in OPENERS:
            out.append(t)
        else:
            out.append(' ' + t)
    return ''.join(out)


def wrap(text, width):
    """Break a paragraph into printed column lines of about `width` cells; closing
    punctuation never starts a line, digit/latin runs are never cut."""
    lines, cur, w = [], '', 0.0
    for t in tokens(text):
        c = cells(t)
        if cur and w + c > width and not (len(t) == 1 and t in CLOSERS):
            carry = ''
            while cur and cur[-1] in OPENERS:      # an opening quote never ends a line
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur.rstrip())
            cur, w = carry, cells(carry)
            if t.isspace():
                continue
        cur += t
        w += c
    if cur.strip():
        lines.append(cur.rstrip())
    return lines


def cut_point(s, rng, lo=0.3, hi=0.8, rotate=False):
    """Where a paragraph is cut when the story jumps to another column: between a verb
    and its figure, a figure and its unit, or inside a word."""
    n = len(s)
    cands = []
    for m in re.finditer(r'[0-9][0-9.]*', s):
        a, b = m.start(), m.end()
        if lo * n < a < hi * n and a > 0 and is_cjk(s[a - 1]):
            cands.append(('verb|figure', a))
        if lo * n < b < hi * n and b < n and is_cjk(s[b]):
            cands.append(('figure|unit', b))
    words = [i for i in range(int(lo * n), int(hi * n))
             if is_cjk(s[i - 1]) and is_cjk(s[i])]
    want = CUT_ORDER[CUT_TURN[0] % 3] if rotate else rng.choice(CUT_ORDER)
    typed = [c for c in cands if c[0] == want]
    if want == 'inside a word' and words:
        kind, pos = 'inside a word', rng.choice(words)
    elif typed:
        kind, pos = rng.choice(typed)
    elif rotate and cands:
        kind, pos = rng.choice(cands)
    elif words:
        kind, pos = 'inside a word', rng.choice(words)
    elif cands:
        kind, pos = rng.choice(cands)
    else:
        return None, None
    if rotate:
        CUT_TURN[0] += 1
    return kind, pos


# ---------------------------------------------------------------- gold
def make_article(it, punct):
    f = {k: set_punct(it[k], punct) for k in 'CKTSBDJ'}
    body = [(t, set_punct(x, punct)) for t, x in it['body']]
    kind = it['kind']
    byline = f['B']
    paras, subheads = [], []
    for t, x in body:
        if t == 'H':
            subheads.append(x)
        paras.append(x)
    if kind == 'photo':
        caps = []
        for x in paras:
            if x.startswith('以上图片均由'):
                byline = x
                continue
            m = re.match(r'(.*[。！？）)])\s+(\S.*摄(?:（.*）|\(.*\))?)$', x)
            if m and not byline:
                caps.append(m.group(1))
                byline = m.group(2)
            else:
                caps.append(x)
        paras = caps
    return {'kind': 'continuation' if kind == 'continuation' else kind,
            'column': f['C'], 'kicker': f['K'], 'title': f['T'], 'subtitle': f['S'],
            'byline': byline, 'dateline': f['D'], 'continued': f['J'],
            'subheads': subheads, 'paragraphs': [clean_para(p) for p in paras]}


# ---------------------------------------------------------------- page pieces
def masthead(page, rng, layout):
    y, m, d = page['date'].split('-')
    pieces = [f'{y}年{int(m)}月', str(int(d)), page['weekday'], page['lunar'],
              f'第{page["no"]}号', f'今日{page["of"]}版']
    joined = ''.join(pieces)
    lines = []
    if layout == 'para':
        # drawing order of seed 001: lunar date and issue number on adjacent lines
        lines = ['', '', pieces[0], '', pieces[1], '', pieces[2], '', pieces[3] + '\n' + pieces[4],
                 '', pieces[5], '']
    else:
        if rng.random() < 0.5:
            lines = [pieces[0], pieces[1] + ' ' + pieces[2], pieces[3], pieces[4], pieces[5]]
            STATS['masthead pieces merged (e.g. "22 星期三")'] += 1
        else:
            lines = [pieces[1], pieces[0], pieces[2], pieces[4] + ' ' + pieces[5], pieces[3]]
            STATS['masthead pieces merged (e.g. "22 星期三")'] += 1
    STATS['front-page masthead'] += 1
    return lines, joined


def headline_lines(a, rng, layout, dup):
    """Printed lines of a headline stack; `dup` collects text drawn twice."""
    parts = [p for p in (a['kicker'], a['title'], a['subtitle']) if p]
    out = []
    for role, p in (('k', a['kicker']), ('t', a['title']), ('s', a['subtitle'])):
        if not p:
            continue
        if role == 't' and ' ' not in p and len(p) >= 12 and rng.random() < 0.3:
            if rng.random() < 0.4:
                k = len(p) - rng.choice([2, 3])
                STATS["headline's last word alone on a line"] += 1
            else:
                k = int(len(p) * rng.uniform(0.5, 0.7))
                STATS['headline split over two lines'] += 1
            out += [p[:k], p[k:]]
            continue
        if role == 't' and len(p) >= 4 and rng.random() < 0.07:
            if rng.random() < 0.5:
                out.append(p + p)
            else:
                out += [p, p]
            dup.append(p)
            STATS['headline drawn twice for bold'] += 1
            continue
        out.append(p)
    if out:
        STATS[f'headline stack printed in {len(out)} line(s)'] += 1
    return out


# ---------------------------------------------------------------- column layout
def render_col(page, arts, items, rng):
    dup, extras = [], []
    blocks = []                      # list of (story index or None, [lines])
    n = len(arts)
    front = page.get('page') == '1'
    titled = [i for i, a in enumerate(arts) if (a['title'] or a['kicker']) and a['kind'] != 'photo']
    bunch = set(rng.sample(titled, min(len(titled), rng.choice([2, 3, 4])))) if len(titled) > 4 else set()
    bunch_lines, bunch_after = [], max(bunch) if bunch else -1
    for i, (a, it) in enumerate(zip(arts, items)):
        L = []
        kind = a['kind']
        if kind == 'photo':
            caps = a['paragraphs']
            if a['title']:
                L.append(a['title'])
            for j, c in enumerate(caps):
                line = numspace(c, rng, 'none')
                if rng.random() < 0.25:
                    line = spread(line)
                    STATS['caption line spread with spaces'] += 1
                last = j == len(caps) - 1
                if last and a['byline']:
                    r = rng.random()
                    if r < 0.5:
                        line += ' ' + a['byline']
                        STATS['photo credit on the caption line'] += 1
                        L.append(line)
                    elif r < 0.75:
                        L.append(line)
                        L.append(' ' * rng.randint(18, 34) + a['byline'])
                        STATS['photo credit right-aligned on its own line'] += 1
                    else:
                        L.append(line)
                        L.append(a['byline'])
                        STATS['photo credit on its own line'] += 1
                else:
                    L.append(line)
            if a['byline'].startswith('以上图片均由'):
                STATS['group photo credit'] += 1
            blocks.append((i, L))
            continue
        width = {'commentary': rng.randint(10, 13), 'feature': rng.randint(14, 20)}.get(kind, rng.randint(13, 21))
        nmode = rng.choice(['none', 'some', 'some', 'every', 'after'])
        spread_p = rng.choice([0.0, 0.05, 0.1])
        pos = 'bunch' if i in bunch else rng.choice(['before', 'after', 'after'])
        if kind in ('continuation',):
            pos = 'none'
        hl = headline_lines(a, rng, 'col', dup)
        col_after = False
        if a['column']:
            if rng.random() < 0.5:
                L.append(a['column'])
                STATS['column label before the story'] += 1
            else:
                col_after = True
        if pos == 'before':
            L += hl
            STATS['headline before body (column layout)'] += 1
        if a['byline'] and kind != 'photo':
            b = a['byline']
            if ' ' in b and rng.random() < 0.5:
                k = b.index(' ')
                L += [b[:k], b[k + 1:]]
                STATS['byline broken over two lines'] += 1
            else:
                L.append(b)
            if not re.search('记者|评论员|文丨|报道', b):
                STATS['bare-name byline'] += 1
        first = True
        for t, p in zip_body(a, it):
            if t == 'H':
                L.append(p)
                STATS['crosshead'] += 1
                continue
            txt = p
            first_dl = bool(first and a['dateline'])
            if first and a['dateline']:
                txt = a['dateline'] + p
            if first and a['continued'] and kind == 'continuation':
                mk = rng.choice(['▲ ▲（{}）', '（{}）', '（{}）'])
                mk = mk.format(a['continued'])
                if mk.startswith('▲') and rng.random() < 0.3:
                    txt = mk + txt
                    STATS['continuation marker inline with text'] += 1
                else:
                    L.append(mk)
                STATS['continuation (上接1版) on inside page'] += 1
            first = False
            txt = numspace(txt, rng, nmode)
            lines = wrap(txt, width)
            if first_dl:
                lines = fix_dateline_tail(lines, len(re.sub(r'\s', '', a['dateline'])))
                classify_dateline_breaks(lines, a['dateline'])
                first_dl = False
            for j, ln in enumerate(lines):
                if j < len(lines) - 1 and rng.random() < spread_p:
                    ln = spread(ln)
                    STATS['justified line spread with spaces'] += 1
                L.append(ln)
            if a['dateline'] and txt.startswith(numspace(a['dateline'], random.Random(0), 'none')[:4]):
                pass
        if kind != 'continuation' and a['continued']:
            L.append(rng.choice(['▷（{}）', '（{}）', '（{}）']).format(a['continued']))
            STATS['jump marker (下转N版)'] += 1
        if pos == 'after':
            L += hl
            STATS['headline after body (column layout)'] += 1
        if pos == 'bunch':
            bunch_lines.extend(hl)
            if kind == 'commentary' and a['byline']:
                pass
            STATS['headline bunched with others elsewhere'] += 1
        if col_after:
            L.append(a['column'])
            STATS['column label after the story'] += 1
        if rng.random() < 0.08 and len(L) > 6:
            k = rng.randrange(len(hl) + 1, len(L) - 1)
            if len(re.sub(r'\s', '', L[k])) >= 6 and not L[k].startswith(('▲', '（', '▷', '▶')):
                L.insert(k + 1, L[k])
                dup.append(L[k])
                STATS['body line printed twice'] += 1
        blocks.append((i, L))
        if i == bunch_after:
            blocks.append((None, bunch_lines))
    return blocks, dup, extras


def numspace_len(dl, txt):
    """Length in txt (which has spaces inserted) of the dateline prefix."""
    want = len(re.sub(r'\s', '', dl))
    k = n = 0
    while k < len(txt) and n < want:
        if not txt[k].isspace():
            n += 1
        k += 1
    return k


def fix_dateline_tail(lines, dl_n):
    """Never leave 1-3 characters of a dateline at the start of the line that opens the
    paragraph (the scorer's coverage counts pieces of 4+ characters); pull them up."""
    seen = 0
    for j, ln in enumerate(lines):
        n_here = len(re.sub(r'\s', '', ln))
        if seen + n_here >= dl_n:
            need = dl_n - seen            # dateline characters on this line
            if 0 < need < 4 and j > 0 and n_here > need:
                k = c = 0
                while c < need:
                    if not ln[k].isspace():
                        c += 1
                    k += 1
                lines[j - 1] += ln[:k]
                lines[j] = ln[k:].lstrip()
            break
        seen += n_here
    return lines


def classify_dateline_breaks(lines, dl):
    dq = re.sub(r'\s', '', dl)
    seen = 0
    for ln in lines[:-1]:
        seen += len(re.sub(r'\s', '', ln))
        if seen >= len(dq):
            break
        head, tail = dq[:seen], dq[seen:]
        if '（' not in head and '(' not in head:
            STATS['dateline broken inside its date'] += 1
        elif tail.startswith('通讯员'):
            STATS['dateline broken before 通讯员'] += 1
        else:
            STATS['dateline broken between/inside names'] += 1


def zip_body(a, it):
    """Body of a gold article as (tag, text) with the printed punctuation."""
    out, k = [], 0
    subs = list(a['subheads'])
    for p in a['paragraphs']:
        if subs and p == clean_para(subs[0]):
            out.append(('H', subs.pop(0)))
        else:
            out.append(('P', p))
    return out


def dateline_breaks(text):
    """Count how a column-layout dateline was broken (README phenomena)."""
    pass


# ---------------------------------------------------------------- paragraph layout
def render_para(page, arts, items, rng):
    dup = []
    seqs = []      # per story: list of printed lines (each a paragraph or headline line)
    cuts = {}      # story index -> (first piece lines, rest lines)
    for i, (a, it) in enumerate(zip(arts, items)):
        L = []
        kind = a['kind']
        nmode = 'every' if page.get('numspace') == 'every' else 'none'
        if kind == 'photo':
            if a['title']:
                L.append(a['title'])
            caps = a['paragraphs']
            for j, c in enumerate(caps):
                if j == len(caps) - 1 and a['byline']:
                    if rng.random() < 0.6 or a['byline'].startswith('以上'):
                        L.append(c + ' ' + a['byline'])
                        STATS['photo credit on the caption line'] += 1
                    else:
                        L += [c, a['byline']]
                        STATS['photo credit on its own line'] += 1
                else:
                    L.append(c)
            if a['byline'].startswith('以上图片均由'):
                STATS['group photo credit'] += 1
            seqs.append(L)
            continue
        parts = [p for p in (a['kicker'], a['title'], a['subtitle']) if p]
        if a['column'] and rng.random() < 0.6:
            L.append(a['column'])
            STATS['column label before the story'] += 1
            col_after = False
        else:
            col_after = bool(a['column'])
        if parts:
            if len(parts) > 1 and min(map(len, parts)) >= 4 and rng.random() < 0.5:
                L.append(' '.join(parts))
                STATS['headline parts joined by spaces on one line'] += 1
            else:
                for p in parts:
                    if p == a['title'] and len(p) >= 4 and rng.random() < 0.06:
                        L.append(p + p)
                        dup.append(p)
                        STATS['headline drawn twice for bold'] += 1
                    else:
                        L.append(p)
                if len(parts) > 1:
                    STATS['headline parts on their own lines'] += 1
            STATS[f'headline stack printed in {1 if L and L[-1] == " ".join(parts) and len(parts) > 1 else len(parts)} line(s)'] += 1
        if a['byline']:
            L.append(a['byline'])
            if not re.search('记者|评论员|文丨|报道', a['byline']):
                STATS['bare-name byline'] += 1
        if kind == 'continuation':
            L.append(rng.choice(['（{}）', '（{}）', '▲ ▲（{}）']).format(a['continued']))
            STATS['continuation (上接1版) on inside page'] += 1
        first = True
        for t, p in zip_body(a, it):
            txt = (a['dateline'] + p) if (first and a['dateline'] and t == 'P') else p
            if t == 'H':
                STATS['crosshead'] += 1
            first = False
            txt = numspace(txt, rng, nmode)
            if t == 'P' and txt.startswith(a['dateline'][:6]) and a['dateline'] and rng.random() < 0.15:
                m = re.match(r'(\D*?\d+\s*月\s*\d+)', txt)
                if m and m.end() < 16:
                    L += [txt[:m.end()], txt[m.end():]]
                    STATS['dateline broken inside its date'] += 1
                    continue
            if t == 'P' and len(txt) > 70 and rng.random() < 0.08:
                kind_, k = cut_point(txt, rng, 0.2, 0.9)
                if k:
                    L += [txt[:k], txt[k:]]
                    STATS['paragraph broken over two adjacent lines'] += 1
                    continue
            L.append(txt)
        if kind != 'continuation' and a['continued']:
            L.append(rng.choice(['▷({})', '（{}）', '（{}）']).format(a['continued']))
            STATS['jump marker (下转N版)'] += 1
        if col_after:
            L.append(a['column'])
            STATS['column label after the story'] += 1
        seqs.append(L)
    # stories alternate in pieces: A cut mid-paragraph, 1-2 paragraphs of B, rest of A
    out_blocks = []
    i = 0
    news = [k for k, a in enumerate(arts) if a['kind'] in ('news',) and len(a['paragraphs']) >= 3]
    pairs = set()
    for k in news:
        if k + 1 in news and k - 1 not in pairs and k not in pairs and rng.random() < 0.7:
            pairs.add(k)
    while i < len(seqs):
        if i in pairs and i + 1 < len(seqs):
            A, B = seqs[i], seqs[i + 1]
            a = arts[i]
            hA = len(A) - len(a['paragraphs'])            # headline/byline lines of A
            # cut A inside one of its middle paragraphs
            ia = rng.randrange(max(hA, len(A) - 3), len(A) - 1) if len(A) - 1 > hA else None
            hB = len(B) - len(arts[i + 1]['paragraphs'])
            if ia is None or len(B) - hB < 3:
                out_blocks += [A]
                i += 1
                continue
            kind_, k = cut_point(A[ia], rng, 0.2, 0.85, rotate=True)
            if not k:
                out_blocks += [A]
                i += 1
                continue
            STATS[f'story cut mid-paragraph ({kind_}) and continued after another'] += 1
            a1, a2 = A[ia][:k], A[ia][k:]
            nb = hB + rng.choice([1, 2])
            b_first = B[:nb]
            b_rest = B[nb:]
            # optionally cut B too (as seed 001 does)
            if b_rest and rng.random() < 0.5:
                kb, pb = cut_point(b_first[-1], rng, 0.2, 0.85, rotate=True)
                if pb:
                    b_first = b_first[:-1] + [b_first[-1][:pb]]
                    b_rest = [B[nb - 1][pb:]] + b_rest
                    STATS[f'story cut mid-paragraph ({kb}) and continued after another'] += 1
            out_blocks += [A[:ia] + [a1], b_first, [a2] + A[ia + 1:], b_rest]
            i += 2
            continue
        out_blocks.append(seqs[i])
        i += 1
    # a paragraph printed twice: once in the area of the story before it
    if len(seqs) > 3 and rng.random() < 0.9:
        cands = [k for k in range(1, len(out_blocks)) if out_blocks[k] and len(out_blocks[k][-1]) > 40]
        if cands:
            k = rng.choice(cands)
            line = out_blocks[k][-1]
            out_blocks[k - 1] = out_blocks[k - 1] + [line]
            dup.append(line)
            STATS['paragraph printed twice (duplicate)'] += 1
    return out_blocks, dup


# ---------------------------------------------------------------- page
def compose_page(path, idx):
    page = parse(path)
    rng = random.Random(hashlib.sha256(path.name.encode()).hexdigest())
    punct = page.get('punct', 'full')
    items = page['items']
    arts = [make_article(it, punct) for it in items]
    layout = page['layout']
    front = page.get('page') == '1'
    extras = []
    lines = []
    boxes = [set_punct(b, punct) for b in page['boxes']]
    labels = [set_punct(b, punct) for b in page['labels']]
    if layout == 'col':
        blocks, dup, _ = render_col(page, arts, items, rng)
        body = []
        for _, L in blocks:
            body += [l for l in L]
        if front:
            mh, joined = masthead(page, rng, 'col')
            extras.append(joined)
            at = 0 if rng.random() < 0.5 else len(blocks[0][1])
            body[at:at] = mh
            if at:
                STATS['masthead mixed into the body'] += 1
        for lab in labels + boxes:
            at = rng.randrange(len(body) // 4, len(body) * 3 // 4)
            while body[at - 1].startswith(' ') or body[at].startswith(' '):
                at += 1
            body.insert(at, lab)
            extras.append(lab)
            STATS['box/label line mixed in'] += 1
        text = ''.join(' ' * (rng.random() < 0.02) + l + '\n\n' for l in body)
    else:
        blocks, dup = render_para(page, arts, items, rng)
        body = []
        if front:
            mh, joined = masthead(page, rng, 'para')
            extras.append(joined)
            body += mh
        for lab in labels:
            body += [lab, '']
            extras.append(lab)
        for L in blocks:
            for l in L:
                body += [l, '']
        if boxes:
            body += ['', ''] + [b for bx in boxes for b in (bx, '')]
            extras.append(''.join(boxes))
            STATS['box/label line mixed in'] += 1
        text = '\n'.join(body).rstrip('\n') + '\n'
    for a in arts:
        if a['dateline']:
            STATS['dateline 电' if '电（' in a['dateline'] or '电(' in a['dateline'] else 'dateline 讯'] += 1
    sha = hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]
    name = f'{idx:03d}_{sha}'
    (PAGES / f'{name}.txt').write_text(text, encoding='utf-8')
    gold = {'source': f'{name}.txt', 'issue_date': page['date'],
            'issue_number': int(page['no']) if front else None,
            'page_count': int(page['of']) if front else None,
            'articles': arts, 'extras': extras, 'duplicates': dup}
    (GOLD / f'{name}.json').write_text(json.dumps(gold, ensure_ascii=False, indent=1) + '\n',
                                       encoding='utf-8')
    nchar = len(re.sub(r'\s', '', text))
    return {'name': name, 'date': page['date'], 'page': page['page'], 'layout': layout,
            'articles': len(arts), 'chars': nchar, 'kinds': Counter(a['kind'] for a in arts),
            'punct': punct}


def main():
    for d in (PAGES, GOLD):
        if d.exists():
            shutil.rmtree(d)
        d.mkdir()
    rows = [compose_page(p, i) for i, p in enumerate(sorted(SRC.glob('*.txt')))]
    write_readme(rows)
    for r in rows:
        print(r['name'], r['date'], r['page'], r['layout'], r['articles'], r['chars'])


def write_readme(rows):
    kinds = Counter()
    for r in rows:
        kinds.update(r['kinds'])
    t = []
    t.append('# dev_y: a blind test set of Hunan Daily (湖南日报) pages\n')
    t.append('Made without any sight of the segmenter: only the five seed pages, their gold, '
             'FORMAT.md and the scorer were read.\n')
    t.append('## How it was made\n')
    t.append('- `src/NN.txt`: one file per printed page, hand-written stories (all people, places '
             'of work and figures invented) in a small markup: `=PAGE` (date, page of issue, layout, '
             'weekday, lunar date, issue number, pages today, punctuation width), `=BOX`/`=LABEL` '
             '(page furniture), then `#kind` items with `C` column label, `K` kicker, `T` title, '
             '`S` subtitle, `B` byline/credit, `D` dateline, `J` jump marker, `H` crosshead, `P` paragraph.')
    t.append('- `compose.py` lays every page out deterministically (random choices seeded by the '
             'source file name) in one of the two extraction layouts of the seeds, and writes '
             '`pages/NNN_<sha16>.txt`, `gold/NNN_<sha16>.json` and this README.')
    t.append('- `check.py` builds the export a perfect segmenter would print from the gold, runs the '
             'scorer with `--pages` and requires 1.000 everywhere, coverage 1.000 (printed to three '
             'decimals), cjk_space_left 0, no problem lines, and no 6-character run of the seeds\' '
             'gold headlines/paragraphs in this gold (generic words excepted).\n')
    t.append('## Formats\n')
    t.append('- Column layout (as seeds 000/004): one printed column line per text line, each followed '
             'by a blank line; every story\'s body printed in one run; widths per story (10-13 cells '
             'for commentary, 13-21 news, 14-20 features); headlines before the body, after it, or '
             'bunched with other stories\' headlines after the last of them; datelines run into the '
             'first paragraph and break wherever the column breaks (inside the date, between names, '
             'before 通讯员).')
    t.append('- Paragraph layout (as seeds 001-003): one paragraph per line, blank lines between; '
             'headline parts on their own lines or joined by spaces; neighbouring news stories '
             'alternate in pieces (A cut mid-paragraph, one or two paragraphs of B, the rest of A, '
             'the rest of B); some paragraphs broken over two adjacent lines; a paragraph printed '
             'twice in the area of the story before it.')
    t.append('- Gold exactly as FORMAT.md; conventions copied from the seed gold: masthead joined '
             'into one extras string, box lines joined into one string, jump markers stored without '
             'arrows/brackets (`下转2版`, `上接1版①`), crossheads in `subheads` and in `paragraphs`, '
             'cut paragraphs rejoined, photo credits in `byline`, group credits on the item whose '
             'line carries them, text printed twice in `duplicates` (the out-of-place copy).\n')
    t.append('## Phenomena\n')
    t.append('| phenomenon | count |')
    t.append('|---|---|')
    for k, v in sorted(STATS.items()):
        t.append(f'| {k} | {v} |')
    t.append('')
    t.append('## Articles by kind\n')
    t.append('| kind | count |')
    t.append('|---|---|')
    for k, v in sorted(kinds.items()):
        t.append(f'| {k} | {v} |')
    t.append(f'| total | {sum(kinds.values())} |\n')
    t.append('## Pages\n')
    t.append('| file | date | page | layout | punctuation | articles | characters |')
    t.append('|---|---|---|---|---|---|---|')
    for r in rows:
        t.append(f"| {r['name']} | {r['date']} | {r['page']} | {r['layout']} | {r['punct']} | "
                 f"{r['articles']} | {r['chars']} |")
    t.append('')
    t.append('## Limits\n')
    t.append('- The layouts are simulated from five seed pages; real extractions have more kinds of '
             'disorder (tables, rotated text, image captions inside features, ads).')
    t.append('- Jump markers keep their arrows and brackets in the raw text but, as in the seed gold, '
             'not in `continued`, so coverage of a perfect export is slightly below 1 (prints 1.000).')
    t.append('- Lunar dates, weekdays and issue numbers were worked out by hand (issue numbers '
             'extrapolated from seed 001); the stories are invented and figures are not real.')
    t.append('- Photo items with several captions and one group credit are one article; other '
             'readings of the gold conventions are possible (see the report).')
    t.append('\n## Conventions that were uncertain\n')
    t.append('- Group photos (two captions and one credit `以上图片均由 …`): one `photo` article whose '
             'paragraphs are the captions and whose byline is the group credit (seed 003 attaches a '
             'group credit to the item whose line carries it).')
    t.append('- A headline drawn twice (`标题标题` or two identical lines): the article keeps one copy, '
             'the second copy goes to `duplicates`; a body line printed twice likewise.')
    t.append('- Front-page masthead: one `extras` string (all pieces joined, as seed 001); a box of two '
             'lines (countdown) is one string; a page label or code prompt is its own string.')
    t.append('- Continuations carry no headline (`kind` continuation, `continued` `上接1版`), as in seed 004; '
             'the front-page part keeps `continued` `下转N版` and ends with the cut text.')
    t.append('- Commentary bylines (`湖南日报评论员`, `湖南日报全媒体评论员 X`, a bare name) go to `byline`; '
             'the 副刊 essays are `feature` with byline `文丨X`.')
    t.append('- Bylines by year: `记者` (2017, also `湖南日报·华声在线记者`, `湖南日报·新湖南客户端`), '
             '`全媒体记者` from 2023; datelines `…讯（…）` and `新华社…电（记者 …）`.')
    (HERE / 'README.md').write_text('\n'.join(t) + '\n', encoding='utf-8')


if __name__ == '__main__':
    main()
