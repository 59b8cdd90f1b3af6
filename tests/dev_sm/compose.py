#!/usr/bin/env python3
"""Lay out the hand-written page sources in src/ into raw pages, gold and README.

    python3 compose.py [OUTDIR]      (default: this folder)

Standard library only. Deterministic: every small choice comes from a
random.Random seeded by the source file name.
"""
import hashlib, json, random, re, sys, datetime
from pathlib import Path
from collections import Counter, OrderedDict

HERE = Path(__file__).resolve().parent
CLOSE = set('，。、；：？！”’）》」…·%')
OPEN = set('“‘（《「')
PUNCT = CLOSE | OPEN
HALF = {'，': ',', '（': '(', '）': ')', '：': ':', '；': ';', '？': '?', '！': '!'}
WEEK = '一二三四五六日'

def is_cjk(c):
    return '\u3400' <= c <= '\u9fff'

def em(c, compress=False):
    if c in PUNCT:
        return 0.5 if compress else 1.0
    if ord(c) < 128:
        return 0.5
    return 1.0

def punct_style(s, style):
    if style == 'full':
        return s
    if style == 'mixed':      # full commas, half-width brackets
        return s.replace('（', '(').replace('）', ')')
    return ''.join(HALF.get(c, c) for c in s)   # half: ,();:?!

def numrun(c):
    return c.isascii() and (c.isalnum() or c in '.%+-/×')


class Page:
    def __init__(self, path):
        self.path = path
        self.rng = random.Random(path.name)
        self.meta, self.arts, self.layout = {}, OrderedDict(), []
        self.parse(path.read_text(encoding='utf-8'))
        self.count = Counter()
        self.lines = []          # raw output lines (None = blank)
        self.extras, self.dups = [], []

    # ---------- source ----------
    def parse(self, text):
        cur = None
        for raw in text.splitlines():
            line = raw.rstrip()
            if not line or line.startswith('#'):
                continue
            if line.startswith('== '):
                name = line[3:].strip()
                if name == 'layout':
                    cur = 'layout'
                else:
                    cur = self.arts[name] = {'name': name, 'p': [], 'kind': 'news'}
                continue
            if cur == 'layout':
                self.layout.append(line.strip())
                continue
            key, _, val = line.partition(':')
            key, val = key.strip(), val.strip()
            if cur is None:
                self.meta[key] = val
            elif key == 'p':
                cur['p'].append(val)
            else:
                cur[key] = val

    def P(self, s):
        return punct_style(s, self.meta.get('punct', 'full'))

    # ---------- article pieces ----------
    def segments(self, a):
        """Paragraph pieces between cut marks: list of (text, starts_paragraph, tag)."""
        if 'segs' in a:
            return a['segs']
        segs = []
        for para in a['p']:
            para = self.P(para)
            if para.startswith('## '):
                segs.append((para[3:], True, 'sub'))
                continue
            parts = re.split(r'‖(?:\{(\w)\})?', para)
            texts, tags = parts[0::2], [None] + parts[1::2]
            for i, t in enumerate(texts):
                segs.append((t, i == 0, tags[i] or ''))
        a['segs'] = segs
        return segs

    def gold_article(self, a):
        paras, subs = [], []
        for para in a['p']:
            para = self.P(para)
            if para.startswith('## '):
                paras.append(para[3:]); subs.append(para[3:])
            else:
                paras.append(re.sub(r'‖(?:\{\w\})?', '', para))
        f = lambda k: self.P(a.get(k, '')).replace('|', '')
        return OrderedDict([
            ('kind', a['kind']), ('column', f('column')), ('kicker', f('kicker')),
            ('title', f('title')), ('subtitle', f('subtitle')), ('byline', f('byline')),
            ('dateline', f('dateline')), ('continued', a.get('continued', '')),
            ('subheads', subs), ('paragraphs', paras)])

    # ---------- output helpers ----------
    def emit(self, s, blank_after=True):
        self.lines.append(s)
        if blank_after:
            self.lines.append(None)

    def tight(self):
        if self.lines and self.lines[-1] is None:
            self.lines.pop()

    # ---------- column wrapping ----------
    def wrap(self, text, width, indent):
        """Greedy line fill in em, measured on the seeds: CJK 1 em, ASCII 0.5 em,
        punctuation may be squeezed to 0.5 em; number runs never break; no line
        starts with closing or ends with opening punctuation.  Returns
        [(chars, spread)] where spread marks a justified line left short."""
        toks, i = [], 0
        while i < len(text):
            if text[i] == '|':
                toks.append('|'); i += 1; continue
            j = i
            if numrun(text[i]):
                while j < len(text) and numrun(text[j]):
                    j += 1
            else:
                j = i + 1
            toks.append(text[i:j]); i = j
        out, line, w = [], '', 0.0
        avail = width - indent
        k = 0
        while k < len(toks):
            t = toks[k]
            if t == '|':
                out.append((line, False)); line, w, avail = '', 0.0, width; k += 1; continue
            tw = sum(em(c) for c in t)
            tw_c = sum(em(c, True) for c in t)
            if w + tw <= avail + 1e-9 or not line:
                line += t; w += tw; k += 1; continue
            if w + tw_c <= avail + 1e-9 and t in CLOSE:
                line += t; w += tw_c; k += 1; continue
            # line full: closing punctuation hangs on this line
            while k < len(toks) and toks[k] in CLOSE:
                line += toks[k]; w += 0.5; k += 1
            moved = ''
            while line and line[-1] in OPEN:
                moved = line[-1] + moved; line = line[:-1]; w -= 1
            # justified rule measured on the seeds: a full line whose glyphs,
            # with punctuation squeezed to half an em, fall 2 em or more short
            # of the measure is printed spread, a space between glyph groups
            squeezed = sum(em(c, True) for c in line)
            spread = w < avail - 1.25 or squeezed <= avail - 2.0
            out.append((line, spread)); line, w, avail = moved, sum(em(c) for c in moved), width
        if line:
            out.append((line, False))
        return out

    def spread(self, s):
        toks, i = [], 0
        while i < len(s):
            j = i
            if numrun(s[i]):
                while j < len(s) and numrun(s[j]):
                    j += 1
            else:
                j = i + 1
            toks.append(s[i:j]); i = j
        groups = []
        pending = ''
        for t in toks:
            if t in '“‘' and pending:
                pending += t
            elif t in '“‘' and groups:
                groups[-1] += t           # opening quote sticks to the glyph before
            elif t in PUNCT and t not in '“‘':
                pending += t              # other punctuation sticks to the glyph after
            else:
                groups.append(pending + t); pending = ''
        if pending:
            groups.append(pending) if not groups else groups.__setitem__(-1, groups[-1] + pending)
        return ' '.join(groups)

    def numspace(self, s, mode):
        if mode == 'none':
            return s
        out = []
        for m in re.finditer(r'[0-9][0-9.%]*|[^0-9]+', s):
            out.append(m.group())
        res = ''
        for k, piece in enumerate(out):
            if piece[0].isdigit():
                before = res[-1:] if res else ''
                after = out[k + 1][:1] if k + 1 < len(out) else ''
                if before and is_cjk(before) or before == '年' :
                    res += ' '; self.count['space before a number run'] += 1
                res += piece
                if after and is_cjk(after) and (mode == 'both' or self.rng.random() < 0.3):
                    res += ' '; self.count['space after a number run'] += 1
            else:
                res += piece
        return res

    def glyphgap(self, s):
        r = self.rng.random()
        if r < 0.04:
            pos = [m.start() for m in re.finditer('[，、。；：]', s) if m.start() > 0]
            if pos:
                p = self.rng.choice(pos)
                self.count['glyph-gap space before full-width punctuation'] += 1
                return s[:p] + ' ' + s[p:]
        elif r < 0.10 and '%' in s:
            self.count['glyph-gap space before %'] += 1
            return s.replace('%', ' %', 1)
        elif r < 0.14 and '“' in s[:-1]:
            self.count['space after an opening quote'] += 1
            return s.replace('“', '“ ', 1)
        return s

    def col_lines(self, text, a, first_para, prefix=''):
        width = float(a.get('width', self.meta.get('width', 17)))
        indent = 2 if first_para else 0
        mode = a.get('numspace', self.meta.get('numspace', 'both'))
        res = []
        wrapped = self.wrap(text, width, indent)
        self._raw = [c for c, sp in wrapped]
        for n, (chars, spread) in enumerate(wrapped):
            if spread and len(chars) > 3:
                s = self.spread(chars)
                self.count['justified line spread with spaces'] += 1
            else:
                s = self.glyphgap(self.numspace(chars, mode))
            res.append(s)
        if prefix:
            res[0] = prefix + res[0]
        return res

    def col_segment(self, a, k, prefix):
        """Column layout: the whole paragraph is wrapped once; a cut mark only
        says after which printed line the column broke (lines are assigned to
        the segment their first character belongs to)."""
        segs = self.segments(a)
        first = k
        while not segs[first][1]:
            first -= 1
        last = k
        while last + 1 < len(segs) and not segs[last + 1][1] and segs[last + 1][2] != 'sub':
            last += 1
        key = (a['name'], first)
        cache = a.setdefault('wrapcache', {})
        if key not in cache:
            head = self.P(a['dateline']) if first == 0 and a.get('dateline') else ''
            bounds, pos = [], len(head.replace('|', ''))
            for j in range(first, last + 1):
                bounds.append(pos if j > first else 0); pos += len(segs[j][0])
            text = head + ''.join(segs[j][0] for j in range(first, last + 1))
            if head and '|' in head:
                self.count['line break inside a dateline'] += 1
            lines = self.col_lines(text, a, True)
            if head:
                # a dateline's tail left alone at a line start must hold 4+ glyphs
                hl, off = len(head.replace('|', '')), 0
                for raw in self._raw[:-1]:
                    off += len(raw)
                    if off < hl and hl - off < 4 and '|' not in head:
                        cut = head.rfind(' ', 0, off)
                        cut = cut if cut > 0 else head.find('（') if '（' in head else head.find('(')
                        head = head[:cut] + '|' + head[cut:].lstrip()
                        text = head + ''.join(segs[j][0] for j in range(first, last + 1))
                        self.count['line break inside a dateline'] += 1
                        lines = self.col_lines(text, a, True)
                        break
            owner, off = [], 0
            for ln, raw in zip(lines, self._raw):
                o = max(j for j in range(len(bounds)) if bounds[j] <= off)
                owner.append(first + o); off += len(raw)
            cache[key] = list(zip(owner, lines))
        out = [ln.strip() for o, ln in cache[key] if o == k]
        if prefix and out:
            out[0] = prefix + out[0]
        return out

    # ---------- layout commands ----------
    def head_parts(self, a):
        parts = []
        for k in ('kicker', 'title', 'subtitle'):
            v = self.P(a.get(k, ''))
            if v:
                parts.append((k, v))
        return parts

    def do_head(self, a, args):
        style = args[0] if args else 'lines'
        parts = self.head_parts(a)
        self.count['headline stack of %d line(s)' % len(parts)] += 1
        if any(v.startswith('——') for k, v in parts):
            self.count['dash-led subtitle'] += 1
        if style == 'join':
            s = ' '.join(v.replace('|', '') for k, v in parts)
            self.count['headline parts joined on one line'] += 1
            if 'double' in args:
                self.emit(s + ' ' + s); self.dups.append(s)
                self.count['headline doubled on one line'] += 1
            else:
                self.emit(s)
            if 'twice' in args:
                self.emit(s); self.dups.append(s)
                self.count['headline printed twice on two lines'] += 1
            return
        out = []
        for k, v in parts:
            if '|' in v:
                self.count['headline broken, last word alone'] += 1
                out.extend(v.split('|'))
            else:
                out.append(v)
        for n, s in enumerate(out):
            self.emit(s, blank_after=(style == 'lines'))
        if style == 'tight':
            self.lines.append(None)
        if 'twice' in args:
            for s in out:
                self.emit(s, blank_after=(style == 'lines'))
                self.dups.append(s)
            if style == 'tight':
                self.lines.append(None)
            self.count['headline printed twice on two lines'] += 1

    def do_body(self, a, rng, args):
        segs = self.segments(a)
        lo, _, hi = rng.partition('-')
        lo = int(lo); hi = (len(segs) - 1 if hi == '$' else int(hi)) if hi else lo
        prefix = ''
        for x in args:
            if x.startswith('marker='):
                prefix = x[7:].replace('_', ' ')
        col = self.meta['layout'] == 'column'
        for k in range(lo, hi + 1):
            if k >= len(segs):
                raise SystemExit('%s: %s has no segment %d' % (self.path.name, a['name'], k))
            a.setdefault('printed', []).append(k)
            text, starts, tag = segs[k]
            if tag and tag != 'sub' and col:
                self.count['column break mid-paragraph, story resumed later'] += 1
            elif tag and tag != 'sub':
                self.count['paragraph cut (%s)' % {'v': 'between verb and figure', 'u': 'between figure and unit',
                           'w': 'inside a word', 'q': 'inside a quoted term', 'n': 'inside a name',
                           'x': 'mid-paragraph'}[tag]] += 1
            if k == 0 and a.get('dateline') and not col:
                dl = self.P(a['dateline'])
                if '|' in dl:
                    self.count['line break inside a dateline'] += 1
                text = dl + text
            if tag == 'sub':
                self.emit(text)
                continue
            if col:
                for s in self.col_segment(a, k, prefix if k == lo else ''):
                    self.emit(s)
            else:
                s = text.replace('|', '')
                if k == lo and prefix:
                    s = prefix + s
                self.emit(s)
        if prefix:
            self.count['jump marker'] += 1

    def do_byline(self, a, args):
        b = self.P(a.get('byline', ''))
        if '|' in b:
            self.count['line break inside a byline'] += 1
        parts = b.split('|')
        if 'right' in args:
            self.count['credit right-aligned on its own line'] += 1
            parts = [' ' * 24 + p for p in parts]
        for p in parts:
            self.emit(p)

    def do_photo(self, a, args):
        segs = self.segments(a)
        cred = self.P(a.get('byline', ''))
        col = self.meta['layout'] == 'column'
        caps = [t for t, s, g in segs]
        a['printed'] = list(range(len(segs)))
        if 'inline' in args:
            caps[-1] = caps[-1] + ' ' + cred
            self.count['photo credit on the caption line'] += 1
        for c in caps:
            if col and 'wrap' in args:
                w = 44
                while c:
                    take, width = '', 0
                    for ch in c:
                        if width + em(ch) > w:
                            break
                        take += ch; width += em(ch)
                    if len(take) < len(c) and c[len(take)] in CLOSE:
                        take += c[len(take)]
                    self.emit(take); c = c[len(take):]
            else:
                self.emit(c)
        if 'inline' not in args and cred:
            self.do_byline(a, ['right'] if 'right' in args else [])

    def run_layout(self):
        col = self.meta['layout'] == 'column'
        if int(self.meta.get('lead', '0' if col else '2')):
            self.lines = [None] * int(self.meta.get('lead', '2'))
        for cmd in self.layout:
            w = cmd.split()
            op = w[0]
            if op == 'mast':
                pieces = [x.strip() for x in cmd[5:].split('|')]
                for p in pieces:
                    self.emit(p, blank_after=not p.endswith('~'))
                self.lines = [x.rstrip('~') if x else x for x in self.lines]
                self.extras.append(re.sub(r'\s+', '', ''.join(p.rstrip('~') for p in pieces)))
                self.count['masthead pieces'] += len(pieces)
                if any(' ' in p for p in pieces):
                    self.count['masthead pieces merged on one line'] += 1
            elif op == 'extra':
                pieces = [x.strip() for x in cmd[6:].split('|')]
                for p in pieces:
                    self.emit(p)
                self.extras.append(re.sub(r'\s+', '', ''.join(pieces)))
                self.count['box line (countdown, code prompt, frame)'] += 1
            elif op == 'head':
                self.do_head(self.arts[w[1]], w[2:])
            elif op == 'body':
                self.do_body(self.arts[w[1]], w[2], w[3:])
            elif op == 'byl':
                self.do_byline(self.arts[w[1]], w[2:])
            elif op == 'col':
                self.emit(self.P(self.arts[w[1]]['column']))
                self.count['column label on its own line'] += 1
            elif op == 'photo':
                self.do_photo(self.arts[w[1]], w[2:])
            elif op == 'jump':
                self.emit(' '.join(w[1:]).replace('_', ' '))
                self.count['jump marker'] += 1
            elif op == 'dupprev':
                last = [x for x in self.lines if x is not None][-1]
                self.emit(last)
                self.dups.append(re.sub(r'\s+', '', last))
                self.count['line printed twice'] += 1
            elif op == 'dup':
                a = self.arts[w[1]]
                t = self.segments(a)[int(w[2])][0]
                self.emit(t)
                self.dups.append(t)
                self.count['paragraph printed twice, out of place'] += 1
            elif op == 'blank':
                self.lines.append(None)
            else:
                raise SystemExit('%s: unknown layout command %r' % (self.path.name, cmd))
        for a in self.arts.values():
            if sorted(a.get('printed', [])) != list(range(len(self.segments(a)))):
                raise SystemExit('%s: %s segments printed %s of %d' % (
                    self.path.name, a['name'], sorted(a.get('printed', [])), len(self.segments(a))))
        text = '\n'.join('' if x is None else x for x in self.lines)
        text = text.rstrip('\n') + '\n' * int(self.meta.get('tail', '3' if col else '0'))
        if col and not text.startswith(' '):
            text = ' ' + text
        return text

    def build(self):
        text = self.run_layout()
        h = hashlib.sha256(text.encode('utf-8')).hexdigest()[:16]
        name = '%s_%s' % (self.path.stem[1:].zfill(3), h)
        m = self.meta
        gold = OrderedDict([
            ('source', name + '.txt'), ('issue_date', m['date']),
            ('issue_number', m.get('issue') or None),
            ('page_count', int(m['pages']) if m.get('pages') else None),
            ('articles', [self.gold_article(a) for a in self.arts.values()]),
            ('extras', self.extras), ('duplicates', self.dups)])
        for a in self.arts.values():
            if a.get('column'):
                self.count['column label (栏目)'] += 1
            if a.get('continued'):
                self.count['jump (continued) article'] += 1
            if a['kind'] == 'photo':
                self.count['photo / cartoon item'] += 1
            if '电（' in a.get('dateline', '') or '电(' in a.get('dateline', ''):
                self.count['dateline with 电'] += 1
            elif a.get('dateline'):
                self.count['dateline with 讯'] += 1
            for k in ('subheads',):
                pass
            if any(p.startswith('## ') for p in a['p']):
                self.count['feature with crossheads'] += 1
        return name, text, gold


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE
    (out / 'pages').mkdir(parents=True, exist_ok=True)
    (out / 'gold').mkdir(parents=True, exist_ok=True)
    for d in ('pages', 'gold'):
        for f in (out / d).iterdir():
            f.unlink()
    total = Counter()
    rows = []
    for src in sorted((HERE / 'src').glob('p*.txt')):
        pg = Page(src)
        name, text, gold = pg.build()
        (out / 'pages' / (name + '.txt')).write_text(text, encoding='utf-8')
        (out / 'gold' / (name + '.json')).write_text(
            json.dumps(gold, indent=1, ensure_ascii=False) + '\n', encoding='utf-8')
        total.update(pg.count)
        m = pg.meta
        nchar = len(re.sub(r'\s+', '', text))
        rows.append('| %s | %s | %s | %s | %s | %d | %d | %s |' % (
            name + '.txt', m['date'], m.get('page_no', '?'), m['layout'], m.get('punct', 'full'),
            len(gold['articles']), nchar, m.get('subjects', '')))
    ph = ['| phenomenon | count |', '|---|---|'] + ['| %s | %d |' % (k, v) for k, v in sorted(total.items())]
    pt = ['| file | issue date | page | layout | punctuation | articles | characters | subjects |',
          '|---|---|---|---|---|---|---|---|'] + rows
    readme = (HERE / 'README.in').read_text(encoding='utf-8')
    readme = readme.replace('{{PHENOMENA}}', '\n'.join(ph)).replace('{{PAGES}}', '\n'.join(pt))
    (out / 'README.md').write_text(readme, encoding='utf-8')


if __name__ == '__main__':
    main()
