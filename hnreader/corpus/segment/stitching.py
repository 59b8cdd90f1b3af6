"""Paragraph pages: pieces of a cut paragraph printed elsewhere, re-joined.

The extraction cuts a paragraph and prints the rest of it later, often inside
another story. A piece that ends mid-sentence (an open tail) goes on in a
piece further on or earlier: one that begins mid-word (中石 + 化巴陵),
mid-sentence (务。…), or that talks about the tail's story rather than the
one it is printed in. The passes:

1. ``body_sequence``: the text blocks in print order, each with its story;
2. ``Topics``: what each story is about (headline and lead);
3. ``_candidates``: every (tail, piece) pair with its evidence;
4. ``_links``: best pairs first, one piece per tail, no cycles;
5. ``_move``: each linked piece, with the whole paragraphs after it that go
   with it, is read right after its tail.
"""

from __future__ import annotations

import re

from ..match import Evidence, ends_with_number, joins_word, starts_with_fragment
from ..reflow import ends_sentence, squash, starts_mid_sentence
from . import thresholds as T
from .blocks import Block
from .continuation import End, Start, end_of, parallel_opening, start_of
from .draft import Draft
from .hunan_words import straddles
from .kinds import BlockRole, Opener
from .patterns import jumps_in

#: A figure with its unit: 860亿元, 3.2万亩, 18.7%.
_FIGURE_START = re.compile(r"^[0-9０-９][0-9０-９.．]*(?:多|余)?[万亿千百]?(?:[^\W\d]|[%％‰])")


#: Figures and the marks around them: no topic.
_FIGURES = re.compile(r"[0-9０-９.．%％]+|[▲△▼▽▷◁►◄]")

#: The rest of a figure cut after its digits: 余家, 多万元, 多个.
_APPROX_UNIT = re.compile(
    r"^[多余][万亿千百]?[公千米克吨升亩顷元个家人名位户项件台辆座所条只头批场期篇种类款份倍年天岁]"
)


def stitch(blocks: list[Block], drafts: list[Draft]) -> None:
    """Re-order ``blocks`` (and their owners) so each cut paragraph reads whole."""
    body = body_sequence(blocks, drafts)
    if len(body) < 3:
        return
    topics = Topics(blocks, body)
    seq = Sequence_(body, topics)
    links = _links(_candidates(seq), seq)
    if links:
        blocks[:] = _move(blocks, seq, links)


def body_sequence(blocks: list[Block], drafts: list[Draft]) -> list[Block]:
    """Give every unowned block to the article it is printed under; the text
    blocks of articles (not photos) in print order."""
    current = -1
    box_owner = -1
    for block in blocks:
        if block.owner >= 0:
            if drafts[block.owner].kind == "photo":
                box_owner = block.owner
                continue
            current = block.owner
            continue
        if current < 0 and box_owner >= 0 and block.role == BlockRole.TEXT:
            # Text after a photo, before any story: a piece of its own that
            # stitching may send to the story it was cut from.
            drafts.append(Draft(starts_with=Opener.BODY))
            current = len(drafts) - 1
        block.owner = current if current >= 0 else box_owner
    return [
        b
        for b in blocks
        if b.owner >= 0
        and b.role in (BlockRole.TEXT, BlockRole.DATELINE, BlockRole.MARKER)
        and drafts[b.owner].kind != "photo"
    ]


class Topics:
    """What each story is about: its headline and lead. Whole bodies would
    favour long stories, which share every common word."""

    def __init__(self, blocks: list[Block], body: list[Block]) -> None:
        heads: dict[int, str] = {}
        for b in blocks:
            if b.role == BlockRole.HEAD:
                heads[b.owner] = heads.get(b.owner, "") + b.text
        topic: dict[int, str] = {}
        for b in body:
            if b.owner not in topic:
                topic[b.owner] = topic_text(heads.get(b.owner, "") + b.text[: T.TOPIC_LEAD])
        # A story with no headline and a short lead (a continuation cut after
        # a few words) has too little topic to speak for or against a piece.
        self.weak = {
            o
            for o, text in topic.items()
            if o not in heads and len(squash(text)) < T.TOPIC_WEAK_MAX
        }
        self.owners = sorted(topic)
        self.index = {o: k for k, o in enumerate(self.owners)}
        self.evidence = Evidence([topic[o] for o in self.owners])
        self._covered: dict[str, list[float]] = {}

    def gain(self, text: str, to: int, away: int) -> float:
        """How much more ``text`` talks about story ``to`` than about ``away``."""
        if text not in self._covered:
            self._covered[text] = self.evidence.covered(text)
        att = self._covered[text]
        return att[self.index[to]] - att[self.index[away]]


def topic_text(text: str) -> str:
    """What a story's words say about its topic: without jump markers
    (（上接1版②）) and figures, which any story holds as substrings (1, 2)."""
    for match, _jump in reversed(jumps_in(text)):
        text = text[: match.start()] + text[match.end() :]
    return _FIGURES.sub(" ", text)


class Sequence_:
    """The body blocks with what the passes ask of each, computed once."""

    def __init__(self, body: list[Block], topics: Topics) -> None:
        self.body = body
        self.topics = topics
        self.position = {id(b): k for k, b in enumerate(body)}
        seen: set[int] = set()
        self.firsts: set[int] = set()  # each story's first block
        for b in body:
            if b.owner not in seen:
                seen.add(b.owner)
                self.firsts.add(id(b))
        # A lead is cut as often as any paragraph: the dateline's block is a tail too.
        self.tails = [b for b in body if b.role in (BlockRole.TEXT, BlockRole.DATELINE)]
        self.heads = [b for b in body if b.role == BlockRole.TEXT and id(b) not in self.firsts]
        self.ends = {id(b): squash(b.text[-T.CUT_CONTEXT :]) for b in self.tails}
        self.starts = {id(b): squash(b.text[: T.CUT_CONTEXT]) for b in self.heads}
        self.is_head = {id(b) for b in self.heads}
        self.mids = {id(b): starts_mid_sentence(b.text) for b in self.heads}

    def run_from(self, k: int, to: int) -> list[Block]:
        """The piece at k and the whole paragraphs after it that go with it:
        up to its own open end, and only while they talk about story ``to``."""
        body = self.body
        run = [body[k]]
        for nxt in body[k + 1 :]:
            if nxt.owner != body[k].owner or nxt.role != BlockRole.TEXT or nxt.gap >= T.BOX_GAP:
                break
            finished = ends_sentence(run[-1].text) or _crosshead(run[-1].text)
            if not finished or starts_mid_sentence(nxt.text):
                break
            if to != nxt.owner and self.topics.gain(nxt.text, to, nxt.owner) < T.STITCH_RUN_AGAINST:
                break
            run.append(nxt)
        return run


def _candidates(seq: Sequence_) -> list[tuple[float, int, int]]:
    """(score, tail position, piece position) for every pair with evidence."""
    mid_heads = [h for h in seq.heads if seq.mids[id(h)]]
    by_prefix: dict[str, list[Block]] = {}
    for h in seq.heads:
        for k in range(T.OVERLAP_MIN, T.OVERLAP_MAX + 1):
            by_prefix.setdefault(seq.starts[id(h)][:k], []).append(h)
    pairs: list[tuple[float, int, int]] = []
    for t in seq.tails:
        open_tail = not ends_sentence(t.text)
        t_end = seq.ends[id(t)]
        if open_tail:
            candidates = seq.heads
        else:  # a finished sentence only takes a piece that begins mid-sentence
            found = list(mid_heads)
            for k in range(T.OVERLAP_MIN, T.OVERLAP_MAX + 1):
                found += by_prefix.get(t_end[-k:], [])
            candidates = list({id(h): h for h in found}.values())
        for h in candidates:
            score = _pair_score(seq, t, h, open_tail, t_end)
            if score >= T.STITCH_MIN:
                pairs.append((score, seq.position[id(t)], seq.position[id(h)]))
    for h in seq.heads:
        t = h.resumes
        if (
            t is not None
            and id(t) in seq.position
            and t.role in (BlockRole.TEXT, BlockRole.DATELINE)
        ):
            # Printed right after a copy of an open block: it finishes that block.
            pairs.append((T.STITCH_AFTER_COPY, seq.position[id(t)], seq.position[id(h)]))
    pairs.sort(reverse=True)
    return pairs


def _pair_score(seq: Sequence_, t: Block, h: Block, open_tail: bool, t_end: str) -> float:
    """The evidence that piece ``h`` goes on tail ``t``; 0 when there is none."""
    tk, hk = seq.position[id(t)], seq.position[id(h)]
    adjacent = hk == tk + 1 and h.owner == t.owner
    if h is t or (adjacent and not open_tail):
        return 0.0
    mid = seq.mids[id(h)]
    h_start = seq.starts[id(h)]
    overlap = _overlap(t_end, h_start)
    if not open_tail and not (mid or overlap):
        return 0.0
    joined = open_tail and (joins_word(t_end, h_start) or straddles(t_end, h_start))
    if (
        joined
        and t.owner == h.owner
        and start_of(h.text) == Start.PLAIN
        and end_of(t.text) == End.LONE
    ):
        # 与长 + 城陵矶 -> 长城: a word across a cut that leaves the piece's own
        # first word whole is chance, not proof, when no topic can tell (same
        # story) either.
        joined = False
    if joined and parallel_opening(h.text):
        joined = False  # 用，是根本。 opens a paragraph: 外 + 用 is no word cut
    # A sentence cut between a verb and its figure (…完成投资 + 860亿元，…): the
    # piece opens on a figure with its unit, the tail stops on a word.
    figure = (
        open_tail
        and not adjacent
        and bool(_FIGURE_START.match(h_start))
        and t_end[-1:].isalpha()
        and not t_end[-1:].isascii()
    )
    # …等60 + 余家茶企…: the approximation and the unit of a bare figure.
    figure_rest = open_tail and ends_with_number(t_end) and bool(_APPROX_UNIT.match(h_start))
    # …商超、 + 电商平台…: a sentence stopped on a comma goes on; only the
    # piece's topic can say where, so it must speak clearly.
    comma = open_tail and not adjacent and end_of(t.text) == End.COMMA
    if not (adjacent or joined or mid or overlap or figure or figure_rest or comma):
        return 0.0  # content alone never moves text
    score = (
        T.STITCH_ADJACENT * adjacent
        + T.STITCH_JOINED * joined
        + T.STITCH_MID * mid
        + T.STITCH_OVERLAP * overlap
        + T.STITCH_FIGURE * figure
        + T.STITCH_FIGURE_REST * figure_rest
        + T.STITCH_COMMA * comma
    )
    if t.owner != h.owner:
        run_text = "".join(b.text for b in seq.run_from(hk, t.owner))
        towards = seq.topics.gain(run_text, t.owner, h.owner)
        fragment = (
            mid
            or overlap
            or (joined and (starts_with_fragment(h_start) or ends_with_number(t_end)))
        )
        if fragment and t.owner in seq.topics.weak:
            towards = max(towards, 0.0)
        lexical = adjacent or joined or mid or overlap or figure or figure_rest
        if not lexical and towards < T.STITCH_COMMA_TOWARDS:
            return 0.0
        if towards < (T.STITCH_FRAGMENT_AGAINST if fragment else T.STITCH_PLAIN_TOWARDS):
            # The piece talks about the story it is printed in; a word across
            # the cut (对外 + 开放) is no proof it moved unless the piece
            # cannot stand alone (化巴陵…, 是请来…).
            return 0.0
        score += T.STITCH_TOPIC * towards
    return score


def _links(pairs: list[tuple[float, int, int]], seq: Sequence_) -> dict[int, int]:
    """Best pairs first: each tail takes one piece, each piece one tail, and a
    piece may not end up after itself."""
    used_h: set[int] = set()
    links: dict[int, int] = {}  # tail -> piece
    back: dict[int, int] = {}  # piece -> tail
    for _score, tk, hk in pairs:
        if tk in links or hk in used_h or _creates_cycle(back, tk, hk):
            continue
        used_h.add(hk)
        links[tk] = hk
        back[hk] = tk
    body = seq.body
    return {tk: hk for tk, hk in links.items() if hk != tk + 1 or body[hk].owner != body[tk].owner}


def _creates_cycle(back: dict[int, int], tk: int, hk: int) -> bool:
    """Linking tail ``tk`` to ``hk`` closes a loop when following the links
    back from ``tk`` reaches ``hk``."""
    seen = {hk}
    cur = tk
    while cur in back:
        cur = back[cur]
        if cur in seen:
            return True
        seen.add(cur)
    return False


def _move(blocks: list[Block], seq: Sequence_, links: dict[int, int]) -> list[Block]:
    """Each linked piece and the run after it is read right after its tail."""
    body, position = seq.body, seq.position
    used_h = set(links.values())
    moved: dict[int, list[Block]] = {}
    claimed: set[int] = set()
    for tk, hk in links.items():
        run = []
        for b in seq.run_from(hk, body[tk].owner):
            k = position[id(b)]
            if k != hk and k in used_h:
                break
            run.append(b)
        run += _interruption_rest(seq, links, hk, len(run), used_h)
        moved[tk] = run
        claimed.update(position[id(b)] for b in run)
    order: list[Block] = []

    def emit(block: Block, owner: int, depth: int = 0) -> None:
        block.owner = owner
        order.append(block)
        k = position[id(block)]
        if k in moved and depth < T.STITCH_MAX_DEPTH:
            for b in moved[k]:
                emit(b, owner, depth + 1)

    for k, block in enumerate(body):
        if k not in claimed:
            emit(block, block.owner)
    return _merge_order(blocks, order)


def _interruption_rest(
    seq: Sequence_, links: dict[int, int], hk: int, taken: int, used_h: set[int]
) -> list[Block]:
    """A moved piece printed right after another story's open tail, whose
    rest comes further on: every paragraph between that tail and its rest
    interrupts the tail's story, so it goes with the piece."""
    body = seq.body
    rest = links.get(hk - 1)
    if rest is None or rest <= hk or body[rest].owner != body[hk - 1].owner:
        return []
    more: list[Block] = []
    for k in range(hk + taken, rest):
        b = body[k]
        if k in used_h or b.owner != body[hk].owner or b.role != BlockRole.TEXT:
            return []
        more.append(b)
    return more


def _merge_order(blocks: list[Block], order: list[Block]) -> list[Block]:
    """Put the re-ordered body back among the headline, byline and box blocks."""
    out: list[Block] = []
    in_order = {id(b) for b in order}
    queue = iter(order)
    for block in blocks:
        if id(block) in in_order:
            nxt = next(queue, None)
            if nxt is not None:
                out.append(nxt)
        else:
            out.append(block)
    out.extend(queue)
    return out


def _overlap(tail: str, head: str) -> bool:
    """The extraction repeats the last characters before a cut (任务。 / 务。).
    Both arguments are squashed ends of the two pieces."""
    return len(head) > 2 and any(
        tail.endswith(head[:k]) for k in range(T.OVERLAP_MIN, min(T.OVERLAP_MAX, len(head)) + 1)
    )


def _crosshead(text: str) -> bool:
    """A crosshead inside a displaced run (拆围：啃下最硬的“骨头”): short, no
    sentence or clause inside; the run goes on after it."""
    flat = squash(text)
    return T.PARA_SUBHEAD_MIN <= len(flat) <= T.PARA_SUBHEAD_MAX and not any(
        c in flat for c in "。，,；;！？!?"
    )
