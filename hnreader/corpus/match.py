"""Content evidence: does a headline belong to a body, does a fragment go on
another? jieba words, shared numbers and names, and character pairs, weighted
by how rare they are on the page."""

from __future__ import annotations

import logging
import math
import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import chain

import jieba
import rjieba

from .reflow import squash

jieba.setLogLevel(logging.WARNING)

_NUMBER = re.compile(r"\d+(?:\.\d+)?%?")
_WORDISH = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
# Words too common in this paper to say anything about which story is which.
_STOP = frozenset(
    [
        "湖南",
        "我省",
        "全省",
        "今年",
        "推动",
        "进一步",
        "工作",
        "发展",
        "建设",
        "加快",
        "相关",
        "以及",
        "一个",
        "我们",
        "他们",
        "这个",
        "通过",
        "进行",
        "开展",
        "实现",
        "提升",
        "记者",
        "表示",
        "介绍",
        "同时",
        "其中",
        "目前",
        "已经",
        "今天",
        "日讯",
        "湖南日报",
    ]
)


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """jieba words of two or more characters, and numbers, without stop words."""
    flat = squash(text)
    # rjieba: jieba's dictionary and model, read twenty times faster (the
    # same words), for the words of every paragraph a page holds.
    out = [
        w
        for w in rjieba.cut(flat)
        # (a Chinese first character, most words', needs no regular expression)
        if len(w) >= 2 and w not in _STOP and ("\u3400" <= w[0] <= "\u9fff" or _WORDISH.match(w))
    ]
    out += _NUMBER.findall(flat)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1024)
def search_words(text: str) -> tuple[str, ...]:
    """``words``, each long one with the shorter words inside it as well
    (春节假期 also 春节, 假期), as jieba cuts for a search engine."""
    flat = squash(text)
    out = [w for w in rjieba.cut_for_search(flat) if len(w) >= 2 and w not in _STOP]
    return tuple(dict.fromkeys(out))


def dictionary_words(text: str) -> list[str]:
    """``jieba.lcut(text, HMM=False)``: the words of jieba's dictionary that
    ``text`` cuts into, none guessed by its model; read by rjieba (the same
    dictionary and cut, many times faster)."""
    return rjieba.cut(text, hmm=False)


#: A run of Latin letters and digits: jieba's dictionary holds no such word.
_LATIN_RUN = re.compile(r"[a-zA-Z0-9]+")


#: jieba's tags of a person's name: guessed by its model (nr), or held whole
#: in its dictionary (nrfg: 刘文韬).
PERSON_TAGS = frozenset(("nr", "nrfg"))


@lru_cache(maxsize=16384)
def pos_tags(text: str) -> tuple:
    """``jieba.posseg.lcut(text)``, its model guessing the words its
    dictionary lacks: read once a text, as the lines of headlines, labels
    and bylines are asked of again and again (jieba's pairs: word, flag)."""
    return tuple(pos_cut(text))


#: A run of the Chinese characters jieba's tagger reads as one block.
_HAN_BLOCK = re.compile("[\u4e00-\u9fd5]+")


def pos_cut(text: str) -> Iterator:
    """``jieba.posseg.cut(text)``, word by word (jieba's pairs: word, flag).

    jieba's tagger reads each run of Chinese characters by its dictionary's
    best route, then guesses words with its model (slow: most of a column
    page's tagging) only in a run of two or more single characters that is
    no word of the dictionary. Up to the first such run, the route's words
    and their tags are rjieba's (the same dictionary and tags); from there
    on, or at any block holding letters or figures, jieba reads the text
    itself (those of its words already given left out)."""
    import jieba.posseg as posseg  # loaded on first use: it takes a while, and few pages need it

    posseg.dt.tokenizer.check_initialized()
    pair, freq = posseg.pair, posseg.dt.tokenizer.FREQ
    given = 0
    for block in posseg.re_han_internal.split(text):
        if not posseg.re_han_internal.match(block):
            # (what is no block jieba reads as it does: spaces apart, each
            # other character a word, a figure's tagged m)
            for part in posseg.re_skip_internal.split(block):
                if posseg.re_skip_internal.match(part):
                    yield pair(part, "x")
                    given += 1
                    continue
                for c in part:
                    if posseg.re_num.match(c):
                        yield pair(c, "m")
                    elif posseg.re_eng.match(part):
                        yield pair(c, "eng")
                    else:
                        yield pair(c, "x")
                    given += 1
            continue
        if not _HAN_BLOCK.fullmatch(block):
            break
        route = rjieba.tag(block, hmm=False)
        at = 0
        while at < len(route):
            end = at + 1
            while end < len(route) and len(route[end - 1][0]) == len(route[end][0]) == 1:
                end += 1
            if end - at > 1 and not freq.get("".join(word for word, _flag in route[at:end])):
                break  # (single characters the model reads)
            for word, flag in route[at:end]:
                yield pair(word, flag)
                given += 1
            at = end
        else:
            continue
        break
    else:
        return
    yield from posseg.lcut(text)[given:]


def first_tagged(text: str) -> tuple[str, str]:
    """The first word of ``text`` and its part of speech as
    ``jieba.posseg.lcut(text, HMM=False)[0]`` reads them; by rjieba, which
    tags alike but for a run of Latin letters and digits: jieba tags it
    eng, rjieba a figure m."""
    tagged = rjieba.tag(text, hmm=False)
    if not tagged:
        return "", ""  # (no text: no word)
    word, flag = tagged[0]
    return word, "eng" if _LATIN_RUN.fullmatch(word) else flag


_NOT_WORDISH = re.compile(r"[^\u3400-\u9fffA-Za-z0-9]+")


@lru_cache(maxsize=4096)
def bigrams(text: str) -> frozenset[str]:
    flat = _NOT_WORDISH.sub("", squash(text))
    # (operator.add: a third faster than str.__add__ over a paragraph)
    return frozenset(map(operator.add, flat, flat[1:]))


def pair_codes(text: str, *more: Iterable) -> frozenset:
    """``bigrams(text)``, each pair of characters as one integer: its eight
    UTF-32 bytes (as ``pair_codes_of`` reads a text of two characters). The
    integers are read in C from the text's bytes, where making a paragraph's
    pairs one by one as strings takes longer than reading its words. With
    the items of ``more`` (one set made, none copied)."""
    data = _NOT_WORDISH.sub("", squash(text)).encode("utf-32-le")
    # (the pairs from each even character, then those from each odd one)
    evens = memoryview(data)[: len(data) // 8 * 8].cast("Q")
    odds = memoryview(data)[4 : 4 + (len(data) - 4) // 8 * 8].cast("Q")
    return frozenset(chain(evens, odds, *more))


def pair_codes_of(pairs: Iterable[str]) -> memoryview:
    """The integer ``pair_codes`` reads for each text of two characters."""
    return memoryview("".join(pairs).encode("utf-32-le", "surrogatepass")).cast("Q")


class Evidence:
    """Scores short texts (headlines, fragments) against the bodies of one page."""

    def __init__(self, bodies: Sequence[str]) -> None:
        self.flat = [squash(b) for b in bodies]
        self.pairs = [bigrams(b) for b in bodies]
        self.n = len(bodies)
        self._weighted: list[tuple[list[tuple[str, float]], float]] | None = None
        self._pair_hits: dict[str, list[int]] = {}  # pair -> bodies holding it
        self._word_hits: dict[str, list[int]] = {}  # word -> bodies holding it
        # A word's rarity by how many bodies hold it (0..n).
        self._idfs = [math.log((self.n + 1) / (k + 0.5)) for k in range(self.n + 1)]

    def _idf(self, present: int) -> float:
        return self._idfs[present]

    def scores(self, text: str, own_words: Sequence[str] | None = None) -> list[float]:
        """For each body, the rarity-weighted share of text's words and pairs
        it holds (``own_words``: the text's words, when the caller has them)."""
        if not self.n:
            return []
        own = words(text) if own_words is None else own_words
        word_hits = [self._holding(w) for w in own]
        # (in a fixed order: a set's order follows the process's string hashing,
        # and the sums' last bits, which break ties, with it)
        pair_hits = [self._pair_holding(p) for p in sorted(bigrams(text))]
        word_share = _shares(word_hits, self.n, self._idf)
        pair_share = _shares(pair_hits, self.n, self._idf)
        return [0.6 * w + 0.4 * p for w, p in zip(word_share, pair_share, strict=True)]

    def _holding(self, word: str) -> list[int]:
        hits = self._word_hits.get(word)
        if hits is None:
            hits = self._word_hits[word] = [j for j, f in enumerate(self.flat) if word in f]
        return hits

    def _pair_holding(self, pair: str) -> list[int]:
        # (found as asked: the few pairs of the short texts scored cost less
        # than an index of every pair of every body)
        hits = self._pair_hits.get(pair)
        if hits is None:
            hits = self._pair_hits[pair] = [j for j, ps in enumerate(self.pairs) if pair in ps]
        return hits

    def covered(self, text: str) -> list[float]:
        """For each body, the rarity-weighted share of its own words found in text."""
        if self._weighted is None:
            self._weighted = []
            for body in self.flat:
                pairs = [(w, self._idf(sum(w in f for f in self.flat))) for w in words(body)]
                self._weighted.append((pairs, sum(weight for _, weight in pairs)))
        flat = squash(text)
        chars = set(flat)  # (a word whose first character the text lacks is not in it)
        return [
            sum(weight for w, weight in pairs if w[0] in chars and w in flat) / total
            if total
            else 0.0
            for pairs, total in self._weighted
        ]


def _shares(hits: Sequence[Sequence[int]], n: int, idf) -> list[float]:
    """Per body, the idf-weighted share of rows it holds (a row: the bodies
    that hold one word or pair)."""
    got = [0.0] * n
    total = 0.0
    for row in hits:
        weight = idf(len(row))
        total += weight
        for j in row:
            got[j] += weight
    return [g / total if total else 0.0 for g in got]


def similarity(a: str, b: str) -> float:
    """Symmetric overlap of two texts' character pairs (0..1)."""
    pa, pb = bigrams(a), bigrams(b)
    if not pa or not pb:
        return 0.0
    return len(pa & pb) / min(len(pa), len(pb))


def joins_word(tail: str, head: str) -> bool:
    """True when the end of ``tail`` and the start of ``head`` form one word
    (中石 + 化巴陵 -> 中石化): strong sign the two pieces are one sentence."""
    return _joins(squash(tail[-8:])[-4:], squash(head[:8])[:4])


_OPEN_NUMBER = re.compile(r"[0-9０-９][多余]?$")
# What follows a figure: units and measure words (公里, 万, 亿元, 个, 家, 人次, …).
_UNITS = frozenset(
    "公千米克吨升亩顷万亿元角分个家人次名位户项件台辆架艘座所条只头批场期篇种类款份倍年月日天时岁%％‰"
)


def ends_with_number(text: str) -> bool:
    """A sentence cannot stop on a bare figure (160多 / 2526.2): its unit follows."""
    return bool(_OPEN_NUMBER.search(squash(text[-4:])))


@lru_cache(maxsize=65536)
def _joins(left: str, right: str) -> bool:
    if left and right and _OPEN_NUMBER.search(left) and right[0] in _UNITS:
        return True  # 160多 + 公里
    if not left or not right:
        return False
    cut = len(left)
    pos = 0
    for token in dictionary_words(left + right):
        end = pos + len(token)
        if pos < cut < end and len(token) >= 2:
            return True
        pos = end
    return False


@lru_cache(maxsize=65536)
def starts_with_fragment(head: str) -> bool:
    """The text begins with a lone character jieba will not make a word of
    (化巴陵…, 作情况…): the second half of a word cut at a line's end."""
    flat = squash(head[:8])
    if not flat or not ("\u3400" <= flat[0] <= "\u9fff"):
        return False
    return len(dictionary_words(flat)[0]) == 1
