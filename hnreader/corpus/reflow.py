"""Raw extracted lines -> clean text: layout spaces, sentence ends, column joins."""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

# Spaces survive only between two Latin letters/digits where one side is a
# letter ("Hunan Daily", "iPhone 15"); every other space is layout debris
# (justified columns, space around digit runs).
_LATIN_PAIR = re.compile(r"(?<=[A-Za-z0-9])\s+(?=[A-Za-z])|(?<=[A-Za-z])\s+(?=[0-9])")

SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)》"
# Characters that cannot begin a paragraph: the line continues a sentence.
CONTINUATION_START = "，。、；：！？）》」』”’,.;:!?)%…—"


@lru_cache(maxsize=16384)
def squeeze(text: str) -> str:
    """Remove layout spaces; keep a single space between Latin words."""
    text = text.strip()
    if not text:
        return ""
    if not _LATIN_GAP.search(text):
        # (no space between Latin words to keep: a quick scan, where the
        # split's lookbehinds are tried at every character)
        return re.sub(r"\s+", "", text)
    parts = _LATIN_PAIR.split(text)
    return " ".join(re.sub(r"\s+", "", p) for p in parts)


#: Where ``_LATIN_PAIR`` may split: spaces between two Latin letters or digits.
_LATIN_GAP = re.compile(r"[A-Za-z0-9]\s+[A-Za-z0-9]")


_GAP = re.compile(r"(?<=\S)( +)(?=\S)")
_WIDE_GAP = re.compile(r" {2,}")


def despread(text: str) -> str:
    """A line spread character by character (justified caption lines, a
    byline set in spaced type: 湖 南 日 报 记 者   邹 明 哲   摄) read closed
    up: the single spaces between characters go, a wider gap stays as one
    space (it parted two words there). Other lines are returned as they are."""
    if " " not in text:
        return text  # (no gap: most lines, read without trying the pattern at each character)
    gaps = _GAP.findall(text)
    flat = text.replace(" ", "")
    if len(flat) < SPREAD_MIN_CHARS or len(gaps) < SPREAD_SHARE * (len(flat) - 1):
        return text
    if sum(len(g) == 1 for g in gaps) < SPREAD_SHARE * len(gaps):
        return text
    parts = _WIDE_GAP.split(text.strip())
    return _credit_spaced(" ".join(p.replace(" ", "") for p in parts))


#: A photo's credit closing a line (…记者某某通讯员某某摄), and the roles in it.
_CREDIT_TAIL = re.compile(
    r"(?:^|(?<=[。！？]))([^。！？]*(?:记者|通讯员)[^。！？]*(?:摄|摄影报道|供图))$"
)
_ROLE = re.compile(r"\s*(记者|通讯员|实习生)\s*")


def _credit_spaced(text: str) -> str:
    """A credit spread with the caption over it comes out closed up (…记者朱刚洋
    通讯员田珂彤摄): its names set apart again, as a credit prints them."""
    match = _CREDIT_TAIL.search(text)
    if not match:
        return text
    credit = _ROLE.sub(lambda m: f"{m.group(1)} ", match.group(1))
    credit = re.sub(r"(?<=\S)(通讯员|实习生) ", r" \1 ", credit)
    credit = re.sub(r"\s*(摄影报道|摄|供图)$", r" \1", credit)
    return text[: match.start(1)] + credit


#: A line is spread when at least this share of its character pairs are
#: parted by a single space, and it holds at least this many characters.
SPREAD_SHARE = 0.6
SPREAD_MIN_CHARS = 6


@lru_cache(maxsize=16384)
def squash(text: str) -> str:
    """NFKC with every space removed: the form used to compare texts."""
    # (str.split parts at exactly the spaces \s matches)
    return "".join(nfkc(text).split())


def squash_head(text: str, n: int) -> str:
    """The first ``n`` characters of ``squash(text)``, read from a window
    twice as long (layout spaces around figures and pauses take none)."""
    return squash(text[: 2 * n])[:n]


def squash_tail(text: str, n: int) -> str:
    """The last ``n`` characters of ``squash(text)`` (see ``squash_head``)."""
    return squash(text[-2 * n :])[-n:]


def _plain_compatibility(c: str) -> bool:
    """NFKC replaces ``c`` by characters that neither combine nor change
    further (，→, …→... ②→2 ℃→°C)."""
    out = unicodedata.normalize("NFKC", c)
    return (
        out != c
        and out == unicodedata.normalize("NFKD", c)
        and all(not unicodedata.combining(x) for x in out)
        and unicodedata.is_normalized("NFKD", out)
    )


#: The compatibility characters a page's text holds (fullwidth punctuation
#: and letters, ellipses, circled figures, units), each with its NFKC form.
_COMPATIBLE = {
    c: unicodedata.normalize("NFKC", c)
    for c in map(chr, [*range(0x2000, 0x2500), *range(0x3000, 0x3400), *range(0xFF00, 0xFFF0)])
    if _plain_compatibility(c)
}
_COMPATIBLE_RUN = re.compile("[" + "".join(map(re.escape, _COMPATIBLE)) + "]")


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, several times faster on a
    page's text: its usual compatibility characters replaced one by one,
    then the whole normalized only if anything else is left to change
    (replacing a character by a decomposition that neither combines nor
    changes further leaves the text's NFKC as it was)."""
    out = text
    # Each distinct character replaced at once (no call back a character, as
    # a substitution makes: a page's text holds a fullwidth comma or colon
    # every few characters). No replacement holds a character replaced, so
    # the order they are made in does not matter.
    for c in set(_COMPATIBLE_RUN.findall(text)):
        out = out.replace(c, _COMPATIBLE[c])
    return out if unicodedata.is_normalized("NFKC", out) else unicodedata.normalize("NFKC", text)


#: Sentence marks some extractions give in their ASCII form, and the
#: paper's own (full-width) form of each.
_FULL_MARKS = str.maketrans({",": "，", ";": "；", ":": "：", "?": "？", "!": "！"})
_FULL_PARENS = str.maketrans({"(": "（", ")": "）"})
#: An ASCII mark between two ASCII signs (1,200 / 10:30 / http://) is not
#: the sentence's.
_ASCII_MARK = re.compile(r"(?<![!-~])[,;:?!]|[,;:?!](?![!-~])")
_ANY_ASCII_MARK = re.compile(r"[,;:?!()]")
_HAS_CJK = re.compile(r"[\u3400-\u9fff]")
#: A glyph gap inside a quote's or a bracket's edge (“ 新湖南”, 《 湘江 》).
#: (A gap at a pause stays: a justified line is spread there too, and its
#: spaces tell the line is full.)
_GAP_INSIDE_MARKS = re.compile(r"(?<=[“‘《「（])[ \t\u3000]+|[ \t\u3000]+(?=[”’》」）])")


def needs_tidying(text: str) -> bool:
    """Does a page hold any mark ``tidy_marks`` changes (most do not)?"""
    return bool(_ANY_ASCII_MARK.search(text) or _GAP_INSIDE_MARKS.search(text))


#: A pause inside a line's text, and one with a glyph gap on both sides.
_PAUSE_INSIDE = re.compile(r"(?<=\S)[ \t\u3000]*[，、；：][ \t\u3000]*(?=\S)")
_PAUSE_GAPPED = re.compile(r"(?<=\S)[ \t\u3000]+[，、；：][ \t\u3000]+(?=\S)")
#: A sentence mark with the gaps either side of it.
_GAPS_AT_MARK = re.compile(r"[ \t\u3000]*([，、；：。！？])[ \t\u3000]*")
#: A page is printed with a gap at every pause when at least this share of
#: the pauses inside its lines are gapped on both sides, of at least this
#: many. (A justified line is gapped at its pauses too, but among a page's
#: lines few are: under a third of its pauses on any page of the corpora,
#: against nine in ten on an extraction that gaps every mark.)
PAUSES_GAPPED_SHARE = 0.45
PAUSES_GAPPED_MIN = 8


def pauses_gapped(text: str) -> bool:
    """Is the page's every pause set off by glyph gaps (隆 ， 20 多 ， 年增)?"""
    inside = len(_PAUSE_INSIDE.findall(text))
    if inside < PAUSES_GAPPED_MIN:
        return False
    return len(_PAUSE_GAPPED.findall(text)) >= PAUSES_GAPPED_SHARE * inside


#: A gap after a figure, before its unit or the next word (3.2 万亩, 40 名),
#: and one before a figure (突破 35).
_GAP_AFTER_FIGURE = re.compile(r"(?<=[0-9])[ \t\u3000]+(?=[\u4e00-\u9fff%％‰])")
_GAP_BEFORE_FIGURE = re.compile(r"(?<=[^\s0-9.])[ \t\u3000]+(?=[0-9])")
#: A page is printed with a gap after every figure and none before when it
#: has at least this many gaps after figures, and gaps before figures at most
#: this share of them: those before are then the page's own (a headline's
#: phrase opening on a figure: …开班 40名…), those after the extraction's.
#: (On the corpora's pages so printed the share is 0.05 at most; where both
#: sides are gapped, 0.13 at least.)
FIGURES_GAPPED_AFTER_MIN = 8
FIGURES_GAPPED_BEFORE_SHARE = 0.1


def figures_gapped_after(lines: list[str]) -> bool:
    """Does the extraction set a gap after every figure and none before it
    (3.2 万亩, 增长 12.7 % aside)? Lines spread character by character are
    not counted: their gaps are the justification's."""
    if len(_GAP_AFTER_FIGURE.findall("\n".join(lines))) < FIGURES_GAPPED_AFTER_MIN:
        return False  # (most pages: read once, whole)
    after = before = 0
    for line in lines:
        gaps_after = len(_GAP_AFTER_FIGURE.findall(line))
        gaps_before = len(_GAP_BEFORE_FIGURE.findall(line))
        if (gaps_after or gaps_before) and despread(line) == line:
            after += gaps_after
            before += gaps_before
    return after >= FIGURES_GAPPED_AFTER_MIN and before <= FIGURES_GAPPED_BEFORE_SHARE * after


def close_figure_gaps(line: str) -> str:
    """A line of a page gapped after every figure, each figure closed up to
    what follows it (3.2 万亩 → 3.2万亩): then a gap before a figure reads as
    the page set it. A spread line is left for ``despread``."""
    if despread(line) != line:
        return line
    return _GAP_AFTER_FIGURE.sub("", line)


def close_mark_gaps(line: str) -> str:
    """A line of a page gapped at every pause, its sentence marks closed up
    to their text: there the gaps tell nothing of how the line was set. A
    line spread character by character is left as it is, for ``despread``."""
    if not _HAS_CJK.search(line) or despread(line) != line:
        return line
    return _GAPS_AT_MARK.sub(r"\1", line)


def tidy_marks(line: str) -> str:
    """A line of Chinese text with its sentence marks and brackets in the
    paper's full-width form, whatever the extraction gave (some pages come out
    with ``,()`` and the like, others with ``，（）``), and no glyph gap inside
    a quote's or a bracket's edge: every rule reading clauses, quotes, phrases
    and widths then reads one form. Marks between Latin letters, digits or
    signs (1,200, 10:30) stay as they are."""
    if not _HAS_CJK.search(line):
        return line
    if _ANY_ASCII_MARK.search(line):
        line = line.translate(_FULL_PARENS)
        line = _ASCII_MARK.sub(lambda m: m.group().translate(_FULL_MARKS), line)
    if " " in line or "\t" in line or "\u3000" in line:
        line = _GAP_INSIDE_MARKS.sub("", line)
    return line


#: A line drawn only of box-drawing and block characters (┌──┐, └──┘, ━━):
#: a frame's edge or a rule some extractions give round a box as text. It
#: says nothing of the words, and read as a line it joins the box's title.
_FRAME_EDGE = re.compile(r"[\u2500-\u259f][\u2500-\u259f \t\u3000]*")
_FRAME_CHAR = re.compile(r"[\u2500-\u259f]")


def frames_drawn(text: str) -> bool:
    """Does a page draw any frame in characters (most do not)?"""
    return bool(_FRAME_CHAR.search(text))


def frame_edge(line: str) -> bool:
    """Is the line only a frame's edge drawn in characters?"""
    return bool(_FRAME_EDGE.fullmatch(line.strip()))


def ends_sentence(text: str) -> bool:
    """True when text ends a sentence (。！？…, possibly inside closing quotes)."""
    text = text.rstrip()
    while text and text[-1] in CLOSERS:
        text = text[:-1]
        if text and text[-1] in SENTENCE_END:
            return True
        if not text or text[-1] not in CLOSERS:
            return False
    return bool(text) and text[-1] in SENTENCE_END


def starts_mid_sentence(text: str) -> bool:
    """A block that begins with punctuation, or with one character then a stop
    (``务。全省…``), is the tail of a sentence printed elsewhere."""
    text = text.lstrip()
    if not text:
        return False
    if text[0] in CONTINUATION_START:
        return True
    if len(text) > 3 and text[1] in "，," and text[2] in "是要就才":
        return False  # a parallel opening: 稳，是前提。 / 干，是关键。
    return len(text) > 2 and text[1] in "。，、；：" and is_cjk(text[0])


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


_NARROW = re.compile(r"[\x21-\x7e\uff61-\uff9f]")
_SPACE = re.compile(r"\s")


def width(text: str) -> float:
    """Printed width in em: CJK and full-width signs 1, Latin and digits ½."""
    return len(text) - len(_SPACE.findall(text)) - 0.5 * len(_NARROW.findall(text))


def column_width(widths: Sequence[float]) -> float:
    """The full width of a column: the upper middle of its line widths."""
    if not widths:
        return 0.0
    ordered = sorted(widths)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.75))]


#: A paragraph's first line is indented by two characters.
_INDENT = 2.0


#: A turn of questions and answers, opened by who speaks (问：…, 答：…).
_TURN = re.compile(r"^(?:记者|问|答|主持人)[:：]")


def join_column_lines(lines: Sequence[str]) -> list[list[int]]:
    """Group squeezed column lines into paragraphs; returns index groups.

    A paragraph ends at a sentence end when the line is short of the column
    width (a last line) or the next line is short of it (an indented first line).
    """
    if not lines:
        return []
    widths = [width(t) for t in lines]
    full = column_width(widths)
    groups: list[list[int]] = [[0]]
    for i in range(1, len(lines)):
        prev = lines[i - 1]
        brk = False
        if ends_sentence(prev) and not starts_mid_sentence(lines[i]):
            short_prev = widths[i - 1] < full - 1.0
            # A very short line after a full one closing a sentence is the
            # end of the same paragraph (…回报。” / 杨西炜说。), not a new one.
            indented = full * 0.55 <= widths[i] < full - 1.25 and (
                i + 1 >= len(lines) or widths[i + 1] >= widths[i] + 1.0 or ends_sentence(lines[i])
            )
            # A paragraph's first line, indented, may close a sentence at
            # its end (就业是最基本的民生。) with the paragraph going on at full
            # width under it: the next paragraph would open indented.
            first_full = (
                groups[-1] == [i - 1]
                and i > 1
                and full - _INDENT - 0.5 <= widths[i - 1] < full - 1.0
                and widths[i] >= full - 0.5
                and i + 1 < len(lines)
            )
            brk = (short_prev and not first_full) or indented
        if ends_sentence(prev) and _TURN.match(lines[i]):
            brk = True  # (an interview's or a box's next turn opens its paragraph: 答：…)
        if brk:
            groups.append([i])
        else:
            groups[-1].append(i)
    return groups


def median(values: Sequence[float], default: float = 0.0) -> float:
    return statistics.median(values) if values else default


#: A writer's mark and one character after it (文丨胡): a spread name's first.
_MARK_AND_CHARACTER = re.compile(r"^[\u4e00-\u9fff·]{0,3}[丨|｜/／：:][\u4e00-\u9fff]$")


def squeeze_names(text: str) -> str:
    """Bylines and datelines keep one space between names, lose the rest.

    A space touching a one-character piece (湖 南 日 报, a justified line),
    a digit or a bracket is layout; one between two words separates names,
    and one before a credit's 摄, 作 or 绘 sets it apart as the paper prints it.
    """
    parts = text.split()
    # (a two-character name spread to three's width, 罗  毅, is a name: the
    # spaces round it part it from its role and its credit's verb)
    # (a writer's mark and a name's first character, 文丨胡 冬 梅, is a lone
    # character of the name spread after it)
    pair = spread_pairs(
        [len(part.strip("（）()")) == 1 or bool(_MARK_AND_CHARACTER.search(part)) for part in parts]
    )
    out = ""
    for k, part in enumerate(parts):
        if not out:
            out = part
            continue
        prev = parts[k - 1]
        # (a credit's verb after the name keeps its space: 某某 摄, 某某 作)
        layout = part not in ("摄", "作", "绘") and (
            (len(prev) == 1 and pair[k - 1] != 2)
            or (len(part) == 1 and pair[k] != 1)
            or squash(out)[-1:].isdigit()
            or squash(part)[:1].isdigit()
            or part[0] in "月日讯（(）)"
            or prev[-1] in "（("
        )
        out += part if layout else " " + part
    return out.strip()


def spread_pairs(single: list[bool]) -> list[int]:
    """Per piece: 1 or 2 where it is the first or second of exactly two
    one-character pieces in a row (a name spread apart), else 0."""
    pair = [0] * len(single)
    for k in range(len(single) - 1):
        if (
            single[k]
            and single[k + 1]
            and (k == 0 or not single[k - 1])
            and (k + 2 == len(single) or not single[k + 2])
        ):
            pair[k], pair[k + 1] = 1, 2
    return pair
