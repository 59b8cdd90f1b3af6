"""Paragraph pages: pieces of a cut paragraph printed elsewhere, re-joined.

The extraction cuts a paragraph and prints the rest of it later, often inside
another story. A piece that ends mid-sentence (an open tail) goes on in a
piece further on or earlier: one that begins mid-word (中石 + 化巴陵),
mid-sentence (务。…), or that talks about the tail's story rather than the
one it is printed in. The passes:

1. ``body_sequence``: the text blocks in print order, each with its story;
2. ``Topics``: what each story is about (headline and lead);
3. ``_links``: every open tail and every piece that may go on it weighed
   (``joins`` reads the cut; where each is printed and what the piece talks
   about count too), and paired one to one by the best joint evidence;
4. (the pairing loops back on itself nowhere: the weakest link of a loop goes);
5. ``_move``: each linked piece, with the whole paragraphs after it that go
   with it, is read right after its tail.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ..match import Evidence, words
from ..matching import max_weight_matching
from ..reflow import ends_sentence, squash, starts_mid_sentence
from . import thresholds as T
from .blocks import Block
from .continuation import End, Start, end_of, start_of
from .draft import Draft
from .joins import ends_open, join_evidence, overlaps, stands_alone, word_across
from .kinds import BlockRole, Opener
from .patterns import credit_match, jumps_in
from .roles import LABEL_MAX

#: Figures and the marks around them: no topic.
_FIGURES = re.compile(r"[0-9０-９.．%％]+|[▲△▼▽▷◁►◄]")


def stitch(blocks: list[Block], drafts: list[Draft]) -> None:
    """Re-order ``blocks`` (and their owners) so each cut paragraph reads whole."""
    body = body_sequence(blocks, drafts)
    if len(body) < 3:
        return
    topics = Topics(blocks, body)
    if _tails_signed_before_heads(blocks, topics):
        body = _body_of(blocks, drafts)
        topics.forget()  # owners changed
    loose = {k for k, d in enumerate(drafts) if _loose(d)}
    dated = {k for k, d in enumerate(drafts) if d.starts_with == Opener.DATELINE}
    seq = Sequence_(body, topics, loose, dated)
    links = _links(seq)
    if links:
        blocks[:] = _move(blocks, seq, links)


def _prose(text: str) -> bool:
    """Running text (a clause mark in it), not a title line."""
    return any(c in text for c in "，。,；;")


def _loose(draft: Draft) -> bool:
    """A story of nothing but text, opened by no headline, dateline, byline
    or jump: its first block is a piece as much as any other."""
    return draft.starts_with == Opener.BODY and not (
        draft.heads or draft.dateline or draft.byline or draft.jumps
    )


def _signs_off(block: Block) -> bool:
    """A reporters' line closing a story (…记者 某某 报道), not a photo's credit."""
    return (
        block.role == BlockRole.CREDIT
        and squash(block.text).endswith("报道")
        and not credit_match(block.text)
    )


def _paragraphs_above(blocks: list[Block], i: int, owner: int) -> list[list[Block]]:
    """The text blocks of ``owner`` printed right above ``i``, as paragraphs
    (a block left open goes on in the next)."""
    k = i
    while k > 0 and blocks[k - 1].owner == owner and blocks[k - 1].role == BlockRole.TEXT:
        k -= 1
    paras: list[list[Block]] = []
    for b in blocks[k:i]:
        if paras and not ends_sentence(paras[-1][-1].text):
            paras[-1].append(b)
        else:
            paras.append([b])
    return paras


def _tails_signed_before_heads(blocks: list[Block], topics: Topics) -> bool:
    """A story's tail printed before its headline, closed by its reporters'
    line right above that headline: the paragraphs over the line that talk
    about the story below more than about the one they are printed in are
    the story's, and so is the line; they are read after its own text."""
    for i in range(1, len(blocks) - 1):
        sign, head, above = blocks[i], blocks[i + 1], blocks[i - 1]
        if not _signs_off(sign) or head.role != BlockRole.HEAD or above.role != BlockRole.TEXT:
            continue
        new, old = head.owner, above.owner
        if new == old or new not in topics.index or old not in topics.index:
            continue
        if any(b.owner == new and b.role == BlockRole.BYLINE for b in blocks):
            continue
        run: list[Block] = []
        for para in reversed(_paragraphs_above(blocks, i, old)):
            if topics.gain(para, new, old) < T.SIGNED_TAIL_GAIN:
                break
            run[:0] = para
        kept = [b for b in blocks if b.owner == old and b.role == BlockRole.TEXT]
        if not run or len(run) == len(kept):
            continue
        moving = {id(b) for b in run} | {id(sign)}
        rest = [b for b in blocks if id(b) not in moving]
        last = max(k for k, b in enumerate(rest) if b.owner == new)
        for b in run:
            b.owner = new
        sign.owner = new
        blocks[:] = rest[: last + 1] + run + [sign] + rest[last + 1 :]
        return True  # (positions moved: one such tail a page is what pages print)
    return False


def body_sequence(blocks: list[Block], drafts: list[Draft]) -> list[Block]:
    """Give every unowned block to the article it is printed under; the text
    blocks of articles (not photos) in print order."""
    current = -1
    box_owner = -1
    closed = False  # the story read last is a poem, whole: no text runs on it
    for block in blocks:
        if block.owner >= 0:
            if drafts[block.owner].kind == "photo":
                box_owner = block.owner
                continue
            current = block.owner
            closed = block.verse
            continue
        if closed and block.role == BlockRole.TEXT:
            drafts.append(Draft(starts_with=Opener.BODY))  # a piece stitching may send home
            current, closed = len(drafts) - 1, False
        if current < 0 and block.role == BlockRole.TEXT and (box_owner >= 0 or _prose(block.text)):
            # Text before any story (after a photo, or running text under the
            # page's head): a piece of its own that stitching may send to the
            # story it was cut from.
            drafts.append(Draft(starts_with=Opener.BODY))
            current = len(drafts) - 1
        block.owner = current if current >= 0 else box_owner
    return _body_of(blocks, drafts)


def _body_of(blocks: list[Block], drafts: list[Draft]) -> list[Block]:
    return [
        b
        for b in blocks
        if b.owner >= 0
        and b.role in (BlockRole.TEXT, BlockRole.DATELINE, BlockRole.MARKER)
        and drafts[b.owner].kind != "photo"
        and not b.verse  # (a poem's lines are whole, neither cut nor finishing a cut)
    ]


class Topics:
    """What each story is about, read two ways: its headline and lead (what
    it announces), and the words of every paragraph printed under it (what it
    goes on about; a piece weighed against its own story is left out of it).
    Rare words count more: every story holds the common ones."""

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
        self._lead: dict[str, list[float]] = {}
        self._words = {id(b): set(words(topic_text(b.text))) for b in body}
        vocab: dict[int, Counter[str]] = {o: Counter() for o in self.owners}
        for b in body:
            vocab[b.owner].update(self._words[id(b)])
        for o, text in heads.items():
            if o in vocab:
                vocab[o].update(set(words(topic_text(text))))
        # Word -> {story's index: how many of its blocks hold it}.
        self._holders: dict[str, dict[int, int]] = {}
        for o, counts in vocab.items():
            for w, n in counts.items():
                self._holders.setdefault(w, {})[self.index[o]] = n
        # A word's weight by how many stories hold it: the rarer, the more.
        self._rarity = [
            math.log((len(self.owners) + 1) / (k + 0.5)) for k in range(len(self.owners) + 1)
        ]
        self._att: dict[tuple[tuple[int, ...], bool], list[float]] = {}

    def _words_of(self, block: Block) -> set[str]:
        if id(block) not in self._words:
            self._words[id(block)] = set(words(topic_text(block.text)))
        return self._words[id(block)]

    def forget(self) -> None:
        """Drop what was read of runs: their blocks changed owners."""
        self._att.clear()

    def gain(
        self,
        run: list[Block],
        to: int,
        away: int,
        vocab: bool = True,
        unsure: tuple[Block, ...] = (),
    ) -> float:
        """How much more the blocks of ``run`` talk about story ``to`` than
        about ``away`` (``vocab``: by the stories' whole text too, else by
        their headline and lead only; the words of ``unsure`` blocks, whose
        story is in question too, count for none)."""
        att = self._of(run, vocab, unsure)
        return att[self.index[to]] - att[self.index[away]]

    def rival(self, run: list[Block], to: int, skip: set[int]) -> int:
        """The story other than ``to`` (and those in ``skip``) that ``run``
        talks about most; -1 when there is none."""
        att = self._of(run)
        rest = [k for k, o in enumerate(self.owners) if o != to and o not in skip]
        return self.owners[max(rest, key=att.__getitem__)] if rest else -1

    def story_of(self, block: Block) -> int:
        """The story a block's own text is about: the one it is printed in,
        unless its words clearly speak for another (a piece of that story
        printed in this one)."""
        att = self._of([block])
        best = max(range(len(att)), key=att.__getitem__, default=-1)
        if best < 0 or self.owners[best] == block.owner or block.owner not in self.index:
            return block.owner
        own = self.index[block.owner]
        if att[best] - att[own] < T.STITCH_TOPIC_CLEAR:
            return block.owner
        # The stories' whole text holds pieces printed in the wrong story
        # (which is what is being sorted out): their headlines and leads,
        # printed where they belong, must not speak for the block's own.
        lead = self._of([block], vocab=False)
        return self.owners[best] if lead[best] >= lead[own] else block.owner

    def _of(
        self, run: list[Block], vocab: bool = True, unsure: tuple[Block, ...] = ()
    ) -> list[float]:
        """For each story, how much the run talks about it (0..1)."""
        key = (tuple(id(b) for b in run), vocab, tuple(id(b) for b in unsure))
        if key not in self._att:
            self._att[key] = self._attention(run, vocab, unsure)
        return self._att[key]

    def _attention(
        self, run: list[Block], vocab: bool, unsure: tuple[Block, ...] = ()
    ) -> list[float]:
        text = "".join(b.text for b in run)
        if text not in self._lead:
            covered = self.evidence.covered(text)
            # (the run's words are its blocks': jieba reads each block once)
            own_words = tuple(dict.fromkeys(w for b in run for w in self._words_of(b)))
            scores = self.evidence.scores(text, own_words)
            self._lead[text] = [(c + s) / 2 for c, s in zip(covered, scores, strict=True)]
        lead = self._lead[text]
        if not vocab:
            return lead
        own: set[str] = set()
        mine: dict[int, Counter[str]] = {}
        for b in run:
            own.update(self._words.get(id(b), ()))
        for b in {id(b): b for b in [*run, *unsure]}.values():
            if b.owner in self.index:
                # (only the run's own words are ever looked up in these counts)
                kept = own.intersection(self._words.get(id(b), ()))
                mine.setdefault(self.index[b.owner], Counter()).update(kept)
        # Only words some story holds besides the run say anything; the rarer
        # among the stories, the more.
        held = [0.0] * len(self.owners)
        total = 0.0
        rarity = self._rarity
        for w in own:
            holders = self._holders.get(w)
            if not holders:
                continue
            where = [k for k, n in holders.items() if n - (mine[k][w] if k in mine else 0) > 0]
            if not where:
                continue
            weight = rarity[len(where)]
            total += weight
            for k in where:
                held[k] += weight
        # A word or two prove little: the share is taken of no less than a few.
        total = max(total, T.TOPIC_WORDS_MIN * math.log(len(self.owners) + 1))
        return [(lead[k] + held[k] / total) / 2 for k in range(len(lead))]


def topic_text(text: str) -> str:
    """What a story's words say about its topic: without jump markers
    (（上接1版②）) and figures, which any story holds as substrings (1, 2)."""
    for match, _jump in reversed(jumps_in(text)):
        text = text[: match.start()] + text[match.end() :]
    return _FIGURES.sub(" ", text)


class Sequence_:
    """The body blocks with what the passes ask of each, computed once."""

    def __init__(
        self,
        body: list[Block],
        topics: Topics,
        loose: set[int] = frozenset(),
        dated: set[int] = frozenset(),
    ) -> None:
        self.body = body
        self.topics = topics
        self.dated = dated  # stories opened by a dateline: reports, rarely in sections
        self.position = {id(b): k for k, b in enumerate(body)}
        seen: set[int] = set()
        self.firsts: set[int] = set()  # each story's first block
        for b in body:
            if b.owner not in seen:
                seen.add(b.owner)
                if b.owner not in loose:
                    self.firsts.add(id(b))
        # A lead is cut as often as any paragraph: the dateline's block is a tail too.
        self.tails = [b for b in body if b.role in (BlockRole.TEXT, BlockRole.DATELINE)]
        self.heads = [b for b in body if b.role == BlockRole.TEXT and id(b) not in self.firsts]
        self.ends = {id(b): squash(b.text[-T.CUT_CONTEXT :]) for b in self.tails}
        self.starts = {id(b): squash(b.text[: T.CUT_CONTEXT]) for b in self.heads}
        self.is_head = {id(b) for b in self.heads}
        self.loose = loose
        self.mids = {id(b): starts_mid_sentence(b.text) for b in self.heads}
        self.mid_heads = [h for h in self.heads if start_of(h.text) == Start.MID]
        self.texts = Counter(b.owner for b in self.tails)  # each story's paragraphs
        self.first_of: dict[int, int] = {}  # story -> position of its first body block
        for k, b in enumerate(body):
            self.first_of.setdefault(b.owner, k)

    def run_from(self, k: int, to: int) -> list[Block]:
        """The piece at k and the whole paragraphs after it that go with it:
        up to its own open end, and as far as they talk about story ``to``
        more than about the story they are printed in, taken together (one
        paragraph that leans the other way does not cut a run the paragraphs
        after it carry on; ``_margin``)."""
        body = self.body
        owner = body[k].owner
        run = [body[k]]
        more: list[Block] = []
        for nxt in body[k + 1 :]:
            if nxt.owner != owner or nxt.role != BlockRole.TEXT or nxt.gap >= T.BOX_GAP:
                break
            last = more[-1] if more else run[0]
            finished = ends_sentence(last.text) or _crosshead(last.text)
            if not finished or starts_mid_sentence(nxt.text):
                break
            more.append(nxt)
        if to == owner or not more:
            return run + more
        unsure = tuple(b for b in body[k:] if b.owner == owner)
        total, best, taken = 0.0, 0.0, 0
        for n, nxt in enumerate(more, 1):
            if n - taken > T.STITCH_RUN_LOOKAHEAD:
                break  # (so many paragraphs on that lean the other way: the run is over)
            total += self._margin(nxt, to, unsure)
            if n == len(more) and self._opens_next(nxt, to):
                total += T.STITCH_RUN_TO_HEAD  # a story's tail printed right before its head
            if total >= best:
                best, taken = total, n
        return run + more[:taken]

    def _opens_next(self, block: Block, to: int) -> bool:
        """The text printed right after ``block`` is story ``to``'s first."""
        k = self.position[id(block)] + 1
        return k < len(self.body) and self.body[k].owner == to and k == self.first_of.get(to)

    def _margin(self, nxt: Block, to: int, unsure: tuple[Block, ...]) -> float:
        """How much more ``nxt`` talks of story ``to`` than of the story it is
        printed in: by their headlines and leads, or, where those say as much
        of either, by their whole text (the paragraphs printed from the piece
        on under the same story, which may be the run's own, left out)."""
        if _crosshead(nxt.text) and (to in self.dated) != (nxt.owner in self.dated):
            # A crosshead opens a section of a feature, which a dated report
            # seldom has: it goes with the undated story of the two.
            return T.STITCH_RUN_CROSSHEAD if to not in self.dated else -T.STITCH_RUN_CROSSHEAD
        lead = self.topics.gain([nxt], to, nxt.owner, vocab=False)
        if lead < T.STITCH_RUN_AGAINST - T.STITCH_RUN_TIE_BELOW:
            return lead - T.STITCH_RUN_AGAINST
        if lead >= T.STITCH_RUN_AGAINST + T.STITCH_RUN_TIE:
            return lead - T.STITCH_RUN_AGAINST
        return self.topics.gain([nxt], to, nxt.owner, unsure=unsure) - T.STITCH_RUN_AGAINST


def _links(seq: Sequence_) -> dict[int, int]:
    """Tail position -> piece position: every open tail paired with the piece
    that goes on it, one to one, by the best joint evidence (a strong pair
    must not take a piece that another tail needs more), no chain looping
    back on itself; a piece already read right after its tail needs no link."""
    weights: dict[tuple[int, int], float] = {}
    for t in seq.tails:
        lone = _lone_opening(seq, t)
        if _jumps_on(seq, t) or not (
            ends_open(t.text) or _finished_twice(seq, t) or _cut_short(seq, t) or lone
        ):
            continue
        tk = seq.position[id(t)]
        for h in seq.heads:
            if lone and not ends_open(t.text) and not _after_next_opener(seq, tk, h):
                continue
            weight = _pair_weight(seq, t, h)
            if weight is not None and weight > T.STITCH_MIN:
                weights[(tk, seq.position[id(h)])] = weight
    links = max_weight_matching(weights)
    _break_cycles(links, weights)
    body = seq.body
    return {tk: hk for tk, hk in links.items() if hk != tk + 1 or body[hk].owner != body[tk].owner}


def _lone_opening(seq: Sequence_, t: Block) -> bool:
    """A story's dated first paragraph with no other text of it printed
    before the next story's dateline: its paragraphs are printed after that
    one (two stories set side by side, read across), whole, and go back to
    it as a run would."""
    k = seq.position[id(t)]
    after = seq.body[k + 1] if k + 1 < len(seq.body) else None
    return (
        t.role == BlockRole.DATELINE
        and seq.texts[t.owner] == 1
        and after is not None
        and after.role == BlockRole.DATELINE
        and after.owner != t.owner
    )


def _after_next_opener(seq: Sequence_, tk: int, h: Block) -> bool:
    """``h`` is text of the story whose dateline follows the lone opening at
    ``tk``, printed under it."""
    nxt = seq.body[tk + 1]
    return h.owner == nxt.owner and seq.position[id(h)] > tk + 1


def _cut_short(seq: Sequence_, t: Block) -> bool:
    """A paragraph cut after a few words, no mark in them (此次班列运送的货):
    open when a piece that cannot start a paragraph completes its last word
    (物主要为…)."""
    flat = squash(t.text)
    if len(flat) <= LABEL_MAX or ends_sentence(flat) or any(c in flat for c in "，,、；;：:"):
        return False  # (a label's few characters are no cut paragraph: 湘声 + 带着… is no 声带)
    if end_of(t.text) != End.LONE:
        return False  # its last character is a word alone
    return any(
        start_of(h.text) == Start.FRAGMENT and word_across(t.text, h.text) >= T.HEAD_CUT_WORD
        for h in seq.heads
    )


def _jumps_on(seq: Sequence_, t: Block) -> bool:
    """A tail cut by its 下转 marker goes on on another page, not on this one."""
    k = seq.position[id(t)]
    after = seq.body[k + 1] if k + 1 < len(seq.body) else None
    glued = any(j.direction == "to" for _m, j in jumps_in(t.text))
    alone = (
        after is not None
        and after.role == BlockRole.MARKER
        and any(j.direction == "to" for _m, j in jumps_in(after.text))
    )
    return glued or alone


def _finished_twice(seq: Sequence_, t: Block) -> bool:
    """A finished paragraph whose last characters a piece elsewhere repeats
    before going on (…使命任务。 / 务。全省…): the extraction cut it there."""
    return any(overlaps(t.text, h.text) and join_evidence(t.text, h.text) for h in seq.mid_heads)


def _interrupted(seq: Sequence_, t: Block) -> bool:
    """The open tail is the last text its story prints before another
    story's: its sentence must go on in a piece printed elsewhere."""
    k = seq.position[id(t)]
    after = seq.body[k + 1] if k + 1 < len(seq.body) else None
    return after is not None and after.owner != t.owner and not ends_sentence(t.text)


def _pair_weight(seq: Sequence_, t: Block, h: Block) -> float | None:
    """What pairing tail ``t`` with piece ``h`` gains over leaving ``h`` a
    paragraph of its own: the evidence at the cut, where the piece is printed
    from the tail, and what it (with the paragraphs that go with it) talks
    about; None when the two cannot meet."""
    if h is t:
        return None
    evidence = join_evidence(t.text, h.text)
    if evidence is None:
        return None
    cut_proof = evidence >= T.JOIN_WORD  # a word runs over the cut, wherever printed
    tk, hk = seq.position[id(t)], seq.position[id(h)]
    if _standing_crosshead(seq, hk):
        evidence -= T.STITCH_CROSSHEAD_PIECE  # a crosshead is a line of its own
    if hk == tk + 1 and h.owner == t.owner:
        evidence += T.STITCH_ADJACENT  # read on as printed
    else:
        evidence -= T.STITCH_DISTANCE * abs(hk - tk)
        if hk < tk:
            evidence -= T.STITCH_BACKWARDS  # pieces are printed later more often
    if h.resumes is t:
        evidence += T.STITCH_AFTER_COPY  # printed after a copy of the open tail
    if _interrupted(seq, t):
        evidence += T.STITCH_INTERRUPTED  # it goes on somewhere, not where printed
        if seq.texts[t.owner] == 1:
            evidence += T.STITCH_LONE_TAIL  # and its story has no other text
    # What the piece (with the paragraphs that go with it) talks about: the
    # tail's story, or another. Each side's story is the one its own words
    # speak for (either may be a piece printed inside another story).
    story, other = seq.topics.story_of(t), seq.topics.story_of(h)
    if story == other and other != h.owner:
        other = h.owner
    if story != other:
        if not cut_proof and _mid_run(seq, hk, story):
            return None
        # A piece printed in the tail's own story, whose words speak for
        # another: weighed with what would go with it to that one (the whole
        # rest of its own story would speak for its own).
        run = seq.run_from(hk, other if h.owner == story else story)
        if other in seq.loose:
            # A loose piece's own story is the piece: weigh it against the
            # stories it could otherwise belong to.
            other = seq.topics.rival(run, story, seq.loose)
        towards = seq.topics.gain(run, story, other) if other >= 0 else 0.0
        if story in seq.topics.weak and start_of(h.text) != Start.PLAIN:
            towards = max(towards, 0.0)  # a tail with no topic to speak for it
        evidence += T.STITCH_TOPIC * towards
    return evidence - stands_alone(h.text)


def _standing_crosshead(seq: Sequence_, hk: int) -> bool:
    """The piece at ``hk`` is a crosshead where it stands: a short line with
    no mark in it, under a finished paragraph of its story and over a
    paragraph that does not finish it. Its first word may well make a word with a
    tail's last (落到民 + 用好开放平台), but it goes on none."""
    h = seq.body[hk]
    if not _crosshead(h.text) or hk == 0 or hk + 1 >= len(seq.body):
        return False
    above, below = seq.body[hk - 1], seq.body[hk + 1]
    return (
        above.owner == h.owner
        and ends_sentence(above.text)
        and below.owner == h.owner
        and start_of(below.text) not in (Start.MID, Start.UNIT)
    )


def _mid_run(seq: Sequence_, hk: int, story: int) -> bool:
    """The piece at ``hk`` follows a whole paragraph of its own story that
    talks more of ``story`` too: the run that would move starts above it."""
    if hk == 0:
        return False
    h, above = seq.body[hk], seq.body[hk - 1]
    if above.owner != h.owner or above.role != BlockRole.TEXT or id(above) not in seq.is_head:
        return False
    if h.gap >= T.BOX_GAP or not ends_sentence(above.text) or starts_mid_sentence(h.text):
        return False  # (where a run would stop: see ``run_from``)
    return seq.topics.gain([above], story, above.owner, vocab=False) > T.STITCH_RUN_AGAINST


def _break_cycles(links: dict[int, int], weights: dict[tuple[int, int], float]) -> None:
    """A piece may not end up after itself: in a chain of links that loops
    (tail a -> piece b whose run holds tail c -> piece a …) the weakest goes."""
    while True:
        cycle = _a_cycle(links)
        if not cycle:
            return
        weakest = min(cycle, key=lambda tk: weights[(tk, links[tk])])
        del links[weakest]


def _a_cycle(links: dict[int, int]) -> list[int]:
    """Tails of one loop of links (a piece is the tail of the next link when
    they are the same block), or none."""
    for start in links:
        seen: list[int] = []
        cur = start
        while cur in links and cur not in seen:
            seen.append(cur)
            cur = links[cur]
        if cur in seen:
            return seen[seen.index(cur) :]
    return []


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
    inserted = _insertions(seq, links, claimed)
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
            emit(block, inserted.get(k, block.owner))
    return _merge_order(blocks, order)


def _insertions(seq: Sequence_, links: dict[int, int], claimed: set[int]) -> dict[int, int]:
    """Position -> story, for whole paragraphs printed inside a sentence of
    another story: between an open tail and the piece of its own story that
    finishes it further on. They cannot be that story's there (its sentence
    is not over); they are the story they talk about, of the others, the one
    printed before it if none speaks more (a story's rest printed after the
    next story's headline and cut first paragraph)."""
    body = seq.body
    out: dict[int, int] = {}
    for tk, hk in links.items():
        owner = body[tk].owner
        if hk <= tk + 1 or body[hk].owner != owner:
            continue
        between = [
            k
            for k in range(tk + 1, hk)
            if k not in claimed and body[k].owner == owner and body[k].role == BlockRole.TEXT
        ]
        if not between or len(between) != hk - tk - 1:
            continue  # (another story's text, a marker: not one insertion)
        run = [body[k] for k in between]
        first = seq.first_of.get(owner, 0)
        before = body[first - 1].owner if first > 0 else -1
        story = before
        if before < 0 or before == owner or seq.topics.gain(run, before, owner) <= 0:
            story = seq.topics.rival(run, owner, seq.loose)
        if story < 0 or seq.topics.gain(run, story, owner) <= 0:
            continue
        for k in between:
            out[k] = story
    return out


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


def _crosshead(text: str) -> bool:
    """A crosshead inside a displaced run (拆围：啃下最硬的“骨头”): short, no
    sentence or clause inside; the run goes on after it."""
    flat = squash(text)
    return T.PARA_SUBHEAD_MIN <= len(flat) <= T.PARA_SUBHEAD_MAX and not any(
        c in flat for c in "。，,；;！？!?"
    )
