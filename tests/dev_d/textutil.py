"""Text helpers shared by compose.py and check.py (standard library only)."""
import datetime
import re
import unicodedata

# ---------------------------------------------------------------- squash / width

def squash(s):
    """The scorer's comparison form: NFKC, no whitespace."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s or ""))


def cw(ch):
    """Printed width of one glyph in CJK body type: ASCII is half width."""
    return 0.5 if ord(ch) < 128 else 1.0


def width(s):
    return sum(cw(c) for c in s if c != " ")


# marks that a printed line never starts with (kinsoku) / never ends with
CLOSE = set("，。、；：！？）》”’」』】%℃,.;:!?)…")
OPEN = set("“‘（《「『【(")
# after these, a spread (justified) line shows no gap: the mark's own blank half fills it
NO_GAP_AFTER = set("，。、；：！？）》”’」』】,.;:!?)（《「『【(")


def pstyle(s, style):
    """Punctuation width of a page: fw (all full width), hwparen (half-width
    parentheses, like seeds 002/003), hw (half-width , ; ( ) like seed 001)."""
    if not s or style == "fw":
        return s
    s = s.replace("（", "(").replace("）", ")")
    if style == "hw":
        s = s.replace("，", ",").replace("；", ";")
    return s


# ---------------------------------------------------------------- PDF spacing artefacts

NUM = re.compile(r"[0-9][0-9.]*%?|[A-Za-z][A-Za-z0-9]*")
CJKCH = re.compile(r"[\u4e00-\u9fff]")


def space_numbers(s, rng, p_before, p_after):
    """Gaps the PDF leaves around runs of digits or Latin letters ("今年 2 月",
    "前 11个月", "支持信创 PC")."""
    out, last = [], 0
    for m in NUM.finditer(s):
        a, b = m.span()
        out.append(s[last:a])
        tok = m.group()
        prev = s[a - 1] if a else ""
        nxt = s[b] if b < len(s) else ""
        if prev and CJKCH.match(prev) and rng.random() < p_before:
            out.append(" ")
        if tok.endswith("%") and len(tok) > 1 and rng.random() < 0.12:
            tok = tok[:-1] + " %"            # a gap before the per-cent sign ("12.5 %")
        out.append(tok)
        if nxt and CJKCH.match(nxt) and not tok.endswith("%") and rng.random() < p_after:
            out.append(" ")
        last = b
    out.append(s[last:])
    return "".join(out)


def space_quotes(s, rng, p):
    """A gap after an opening quote ("“ 新湖南”")."""
    return re.sub("“", lambda m: "“ " if rng.random() < p else "“", s)


def space_punct(s, rng, p):
    """Glyph gaps around full-width punctuation ("隆 ， 20 多")."""
    def rep(m):
        if rng.random() >= p:
            return m.group()
        return (" " + m.group() + " ") if rng.random() < 0.5 else (" " + m.group())
    return re.sub("[，、。；]", rep, s)


def spread(s):
    """A justified line extracted glyph by glyph: a space between glyphs except
    after a mark whose blank half already fills the gap (seed 000/004 habit)."""
    s = s.replace(" ", "")
    toks = re.findall(r"[0-9][0-9.]*%?|[A-Za-z]+|——|……|.", s)
    if not toks:
        return s
    out = [toks[0]]
    for a, b in zip(toks, toks[1:]):
        if a[-1] in NO_GAP_AFTER or b[0] in "“‘（《(":
            out.append(b)
        else:
            out.append(" " + b)
    return "".join(out)


# ---------------------------------------------------------------- lunar calendar
# Month-length table of the Chinese calendar (the widely published 1900-2100
# table, entries for 2013-2027): bits 15..4 = months 1..12 long (30 days),
# bits 3..0 = leap month, bit 16 = leap month long.
LUNAR_INFO = {2013: 0x0ad50, 2014: 0x055d9, 2015: 0x04ba0, 2016: 0x0a5b0, 2017: 0x15176,
              2018: 0x052b0, 2019: 0x0a930, 2020: 0x07954, 2021: 0x06aa0, 2022: 0x0ad50,
              2023: 0x05b52, 2024: 0x04b60, 2025: 0x0a6e6, 2026: 0x0a4e0, 2027: 0x0d260}
_NY2013 = datetime.date(2013, 2, 10)      # 癸巳年正月初一


def _leap(y):
    return LUNAR_INFO[y] & 0xF


def _leapdays(y):
    return (30 if LUNAR_INFO[y] & 0x10000 else 29) if _leap(y) else 0


def _mdays(y, m):
    return 30 if LUNAR_INFO[y] & (0x10000 >> m) else 29


def _ydays(y):
    return sum(_mdays(y, m) for m in range(1, 13)) + _leapdays(y)


def lunar(d):
    off = (d - _NY2013).days
    y = 2013
    while off >= _ydays(y):
        off -= _ydays(y)
        y += 1
    m, leap = 1, False
    while True:
        n = _mdays(y, m)
        if off < n:
            break
        off -= n
        if _leap(y) == m:
            if off < _leapdays(y):
                leap = True
                break
            off -= _leapdays(y)
        m += 1
    return y, m, off + 1, leap


def lunar_str(d):
    y, m, dd, leap = lunar(d)
    gz = "甲乙丙丁戊己庚辛壬癸"[(y - 4) % 10] + "子丑寅卯辰巳午未申酉戌亥"[(y - 4) % 12]
    mn = ["正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"][m - 1]
    if dd == 10:
        dn = "初十"
    elif dd == 20:
        dn = "二十"
    elif dd == 30:
        dn = "三十"
    else:
        dn = "初十廿"[dd // 10] + "一二三四五六七八九"[dd % 10 - 1]
    return f"{gz}年{'闰' if leap else ''}{mn}月{dn}"


WEEK = "一二三四五六日"


def weekday(d):
    return "星期" + WEEK[d.weekday()]


def issue_number(d):
    """Consecutive issue numbers, anchored on seed 001 (2025-03-27 = 第27314号)."""
    return 27314 + (d - datetime.date(2025, 3, 27)).days


# ---------------------------------------------------------------- scorer's coverage

def covered(s, hay):
    """Same algorithm as score.py: characters of s found in hay as pieces of >= 4."""
    got, i = 0, 0
    while i < len(s):
        lo, hi = 0, len(s) - i
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if s[i:i + mid] in hay:
                lo = mid
            else:
                hi = mid - 1
        if lo >= min(4, len(s) - i):
            got += lo
            i += lo
        else:
            i += 1
    return got
