"""Paragraph pages: which story each piece of running text belongs to.

The extraction prints a page's stories as interleaved runs of paragraphs: a
paragraph is cut at a column's foot and its rest, with the paragraphs after
it, is printed further on, after another story's headline or paragraphs, or
even above its own story's headline. Within a story the pieces printed after
its opener keep their order, and those printed above it close the story: so a
story reads whole once each piece is given to the right story, an open tail
going on in the next piece of its own story.

That is an assignment, solved for the whole page at once by a beam search
over the pieces in print order. An assignment is worth:

- what each piece talks about (``_PageWords``): the words it shares with each
  story's headline and first piece, and with the piece before it in the story
  it is given to (a story's paragraphs go on about what the one before named);
- how each piece meets the one before it in its story: an open tail must be
  finished by a piece that goes on its sentence (``join_evidence``: a word run
  over the cut, a figure meeting its unit, a piece that cannot open a
  paragraph), and a piece that cannot open a paragraph must finish one;
- where it is printed: a story's pieces are read as the page prints them, so
  each turn away from the page's flow costs (a story's rest printed under
  another story's headline is two turns: into it and back), and a piece
  printed above its story's opener costs more;
- at the page's end, a story left on an open sentence (and no jump marker
  sending it on) costs.

The search keeps, for each distinct frontier (the pieces each story's text
ends and begins on, and the story read last), only the best assignment that
reaches it: the rest of the page is worth the same after either.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum
from itertools import chain, repeat
from operator import itemgetter

from ..match import ends_with_number, pair_codes, pair_codes_of
from ..match import words as words_of
from ..reflow import squash
from . import thresholds as T
from .blocks import Block, box_entry
from .continuation import Start, opening_odds, parallel_opening, parallel_series, start_of
from .draft import Draft
from .joins import (
    completes_word,
    ends_open,
    figure_goes_on,
    join_evidence,
    list_awaits_count,
    overlaps,
    stands_alone,
    stops_in_name,
    stops_on_copula,
)
from .kinds import BlockRole, Opener
from .patterns import (
    BRIEFS_COLUMN,
    COLONS,
    ENUMERATED,
    LIST_TITLE,
    MEMBER_VOICE,
    NOTICE_TITLE,
    QA_TURN,
    jumps_in,
    leads_into_list,
    names_reader,
)
from .pieces import body_sequence, is_crosshead, signs_off, topic_text
from .vocabulary import ANY_SURNAME

#: What an assignment shows, each weighed by ``thresholds.ASSIGN_WEIGHTS``
#: (what each measures is noted there).
FEATURES = (
    "headline",
    "lead",
    "coherence",
    "join",
    "alone",
    "cannot_join",
    "opens_mid",
    "opens_unit",
    "opens_clause",
    "opens_fragment",
    "astray",
    "switch",
    "early",
    "unfinished",
    "adjacent",
    "apart",
    "odds_after_open",
    "odds_after_closed",
    "lead_astray",
    "astray_after_closed",
    "early_after_closed",
    "repeats_end",
    "leave_open",
    "fill",
    "early_signed",
    "absorbed",
    "coherence_earlier",
    "read_across",
    "topical",
    "crosshead_dated",
    "series",
    "returns",
    "between_turns",
    "speaker",
    "listed",
)
(
    F_HEADLINE,
    F_LEAD,
    F_COHERENCE,
    F_JOIN,
    F_ALONE,
    F_CANNOT_JOIN,
    F_OPENS_MID,
    F_OPENS_UNIT,
    F_OPENS_CLAUSE,
    F_OPENS_FRAGMENT,
    F_ASTRAY,
    F_SWITCH,
    F_EARLY,
    F_UNFINISHED,
    F_ADJACENT,
    F_APART,
    F_ODDS_AFTER_OPEN,
    F_ODDS_AFTER_CLOSED,
    F_LEAD_ASTRAY,
    F_ASTRAY_AFTER_CLOSED,
    F_EARLY_AFTER_CLOSED,
    F_REPEATS_END,
    F_LEAVE_OPEN,
    F_FILL,
    F_EARLY_SIGNED,
    F_ABSORBED,
    F_COHERENCE_EARLIER,
    F_READ_ACROSS,
    F_TOPICAL,
    F_CROSSHEAD_DATED,
    F_SERIES,
    F_RETURNS,
    F_BETWEEN_TURNS,
    F_SPEAKER,
    F_LISTED,
) = range(len(FEATURES))
#: How a cut sentence's rest starts.
_RESTS = frozenset((Start.MID, Start.UNIT, Start.CLAUSE))
#: A piece that cannot open a paragraph, by how it starts.
_OPENS = {
    Start.MID: F_OPENS_MID,
    Start.UNIT: F_OPENS_UNIT,
    Start.CLAUSE: F_OPENS_CLAUSE,
    Start.FRAGMENT: F_OPENS_FRAGMENT,
}
#: The weights, in the order of ``FEATURES`` (set by ``use_weights``).
WEIGHTS: list[float] = []


def use_weights(weights: dict[str, float]) -> None:
    """Weigh the features by ``weights`` (name -> weight)."""
    WEIGHTS[:] = [weights[name] for name in FEATURES]


use_weights(T.ASSIGN_WEIGHTS)


def _worth(features: list[tuple[int, float]]) -> float:
    return sum(WEIGHTS[f] * v for f, v in features)


#: No piece (in a story's frontier).
NONE = -1
#: Some finished piece (in a search node's key).
CLOSED = -2
#: A piece cut by a jump marker sending its story to another page: the
#: story takes no more text printed after it (in a search node's key).
SENT = -3


def assign(blocks: list[Block], drafts: list[Draft]) -> None:
    """Give every piece of running text to its story, and put the pieces
    printed above their story's opener after that story's other text."""
    fixed = {id(b) for b in blocks if b.owner >= 0}
    body = body_sequence(blocks, drafts)
    if len(body) < 3:
        return
    weak = _weak_heads(blocks, drafts)
    if weak:
        position = {id(b): k for k, b in enumerate(blocks)}
        body = sorted(body + weak, key=lambda b: position[id(b)])
    page = _Page(blocks, body, fixed, {id(b) for b in weak})
    if len(page.stories) < 2:
        return
    fills: dict[int, Block] = {}
    for k, (owner, after) in enumerate(page.solve()):
        block = body[k]
        if block.role == BlockRole.HEAD and owner != block.owner:
            # A headline of a story of its own read as a crosshead of another.
            drafts[block.owner].heads = []
            block.role = BlockRole.TEXT
        block.owner = owner
        if after != NONE:
            fills[id(block)] = body[after]
    blocks[:] = _story_order(blocks, page, fills)


def _between_turns(body: list[Block], k: int) -> bool:
    """Piece ``k``, no turn of an interview, is printed between a question
    and the answer under it (问：… / piece / 答：…): an interview answers a
    question at once, so the piece is another story's."""
    if not 0 < k < len(body) - 1 or QA_TURN.match(body[k].text):
        return False
    return bool(_ASKS.match(squash(body[k - 1].text)) and _ANSWERS.match(squash(body[k + 1].text)))


#: An interview's question and its answer, by their turn marks.
_ASKS = re.compile(r"^(?:记者|问)[：:]")
#: A paragraph opening on whom it quotes, named alone or after a post
#: (聂某某介绍，…, 省某某厅副厅长刘某某说，…): the story whose headline or
#: text, as the layout gives it, named that person (…副省长聂某某到会…) is its own.
_SPEAKER_OPENS = re.compile(
    r"^[^，。！？、“”：:,]{0,24}?"
    rf"([{''.join(sorted(ANY_SURNAME))}][\u4e00-\u9fff]{{1,2}})"
    r"(?:介绍|说|表示|指出|强调|认为|坦言|告诉记者)[，,：:]"
)
#: ... or on the office whose spokesman it quotes (民航湖南监管局有关负责人介绍，…,
#: 省农委种植业管理处负责人介绍，…) or which advises (省农委提醒…):
#: the story whose lead learnt from that office.
_SPOKESMAN_OPENS = re.compile(
    r"^([\u4e00-\u9fff]{2,14}?(?:局|厅|委|院|办|署|公司|集团|机场|中心))"
    r"(?:(?:[\u4e00-\u9fff]{2,8}?(?:处|司|科|站|所))?(?:有关|相关)?负责人"
    r"(?:介绍|说|表示|指出|强调|认为|坦言|告诉记者)[，,：:]|提醒|建议|提示)"
)
#: ... or on what a meeting asked or did (会议要求，…, 会上，…, 与会代表…): the one story whose
#: headline or lead reports a meeting held.
_MEETING_TURN = re.compile(
    r"^(?:(?:会议(?:要求|提出|指出|强调|明确|部署|决定|通报|透露|认为)|会上|会前|会后)[，,：:]"
    r"|会议(?:还|并|期间)|与会(?:代表|人员|嘉宾|专家|委员|同志))"
)
_MEETING = re.compile(r"召开|举行|会议|[推进座谈协商工作大]会")
#: ... or on what a document lays down (条例明确，…, 规划还提出…): the story
#: whose headline or text, as the layout gives it, names that kind of document.
_DOCUMENT_TURN = re.compile(
    r"^(条例|规划|方案|意见|办法|规定|决定|纲要|细则|通知)"
    r"(?:还|并|同时|对|就|明确|提出|要求|规定|指出|强调|部署|鼓励|支持)"
)
#: ... a regulation (条例, 办法, 规定, 细则) named as such or as the law it is (…出台地方性法规).
_DOCUMENT_NAMES = {kind: (kind, "法规") for kind in ("条例", "办法", "规定", "细则")}
_ANSWERS = re.compile(r"^答[：:]")


def _weak_heads(blocks: list[Block], drafts: list[Draft]) -> list[Block]:
    """Headlines of stories opened by nothing else, one crosshead's line
    long: a story of its own, or a crosshead of a story's text printed
    around it (the search decides)."""
    # (a story closed by its own sign-off, 株洲读者 某某 under its text, is signed too)
    signed = {
        b.owner
        for b in blocks
        if b.role in (BlockRole.DATELINE, BlockRole.BYLINE, BlockRole.CREDIT) and b.owner >= 0
    }
    out = []
    for k, draft in enumerate(drafts):
        if draft.starts_with != Opener.HEAD or len(draft.heads) != 1 or k in signed:
            continue
        if BRIEFS_COLUMN.search(draft.column):
            continue  # (an item of a run of briefs under its section's name)
        heads = [b for b in blocks if b.owner == k and b.role == BlockRole.HEAD]
        if (
            len(heads) == 1
            and is_crosshead(heads[0].text)
            and not _under_letter(blocks, heads[0])
            and not NOTICE_TITLE.search(squash(heads[0].text))  # (a notice is an item of its own)
            and not LIST_TITLE.search(squash(heads[0].text))  # (so is a list under its title)
            and not _over_voice(blocks, heads[0])
        ):
            out.append(heads[0])
    return out


def _over_voice(blocks: list[Block], head: Block) -> bool:
    """Right under ``head``, who speaks (某某（全国人大代表，…）), the first
    question of a box's (问：…) or a box's first figure under its label
    (某某投资 812.6亿元): the title of a piece of its own, no crosshead."""
    at = next(k for k, b in enumerate(blocks) if b is head)
    if at + 1 >= len(blocks):
        return False
    under = squash(blocks[at + 1].text)
    listed = box_entry(blocks[at + 1])
    return bool(MEMBER_VOICE.match(under) or QA_TURN.match(under) or listed)


def _boxes_figures(blocks: list[Block], opens: int) -> bool:
    """The story opened at block ``opens`` is a box of figures: its headline
    over entries of a figure under its label (数读 / title / 某某 552万人)."""
    k = opens
    while (
        k < len(blocks)
        and blocks[k].role == BlockRole.HEAD
        and blocks[k].owner == blocks[opens].owner
    ):
        k += 1
    return k < len(blocks) and box_entry(blocks[k])


def _under_letter(blocks: list[Block], head: Block) -> bool:
    """The story read above ``head`` is a reader's letter, signed over its
    text: a letter runs in no sections, so the line heads a piece of its own
    (the paper's reply under the letter), unless it only names the reply
    (部门回复, 某某局回复): the letter's reply, printed as its section."""
    if _NAMES_REPLY.search(squash(head.text)):
        return False
    at = next(k for k, b in enumerate(blocks) if b is head)
    opener = next(
        (
            b
            for b in reversed(blocks[:at])
            if b.owner >= 0 and b.role in (BlockRole.DATELINE, BlockRole.BYLINE, BlockRole.HEAD)
        ),
        None,
    )
    return opener is not None and opener.role == BlockRole.BYLINE and names_reader(opener.text)


#: A heading that names a reply and nothing else (部门回复, 某某局回复).
_NAMES_REPLY = re.compile(r"(?:回复|答复)$")


class Move(IntEnum):
    """How a piece is read into the story it is given to."""

    FOLLOW = 0  # after the story's last piece
    # after the story's last piece, as a paragraph of its own, though that
    # piece stopped mid-sentence: its sentence goes on in a piece printed later
    LEAVE_OPEN = 1
    # into the sentence a story left open, right after the piece that left it
    FILL = 2


@dataclass(slots=True)
class Node:
    """One assignment of the pieces read so far (a node of the search)."""

    score: float
    # Per story: its last piece printed after its opener, a piece of it left
    # on an open sentence that a later piece finishes, and the first and last
    # of its pieces printed above its opener (read after all the others).
    last: tuple[int, ...]
    left_open: tuple[int, ...]
    first_early: tuple[int, ...]
    last_early: tuple[int, ...]
    prev: int  # the story given the piece read last
    move: Move
    parent: Node | None
    # Stories whose headline was read as another story's crosshead: no text
    # of their own, and the flow of the page goes on as before their line.
    dissolved: frozenset[int] = frozenset()
    # Per story: the piece before its last (what its text went on about).
    before_last: tuple[int, ...] = ()
    # ``last`` with each finished piece read as CLOSED (kept as ``last`` is).
    ends: tuple[int, ...] = ()
    # A bit per story whose text stops on an open piece or has a sentence
    # left open (what ``_candidates`` reads of ``ends`` and ``left_open``).
    open_mask: int = 0

    def key(self, page: _Page) -> tuple:
        """What the rest of the page's worth depends on (``_Page.readings``
        reads it before a node is built)."""
        return (
            self.ends,
            self.left_open,
            self.first_early,
            self.last_early,
            self.prev,
            self.dissolved,
        )


#: A child of a node before it is built (most are dropped for a better one
#: alike): its score, its parent, the piece read, the story it is given to,
#: the move and the child's key (as ``readings`` reads it).
_Reading = tuple[float, Node, int, int, Move, tuple]


class _Page:
    """The pieces of one page, what is known of each, and the search."""

    def __init__(
        self, blocks: list[Block], body: list[Block], fixed: set[int], weak: set[int] = frozenset()
    ) -> None:
        self.body = body
        self.text = "\n".join(b.text for b in body)  # (where a cut name is printed again)
        self.stories = sorted({b.owner for b in body if b.owner >= 0})
        self.index = {o: k for k, o in enumerate(self.stories)}
        position = {id(b): k for k, b in enumerate(blocks)}
        opens: dict[int, int] = {}  # story -> its first block of any kind, in print order
        for k, b in enumerate(blocks):
            if b.owner >= 0 and b.owner not in opens:
                opens[b.owner] = k
        self.opens = [opens.get(o, 0) for o in self.stories]
        self.at = [position[id(b)] for b in body]
        self.host = [self.index.get(b.owner, NONE) for b in body]
        # Per piece: the story whose weak headline it is (-1: none).
        self.weak = [self.host[k] if id(b) in weak else NONE for k, b in enumerate(body)]
        # Per piece: the stories opened above it, nearest first (the page's
        # flow falls back on the next when a weak headline is dissolved).
        # (a box of figures under its title ends with its entries: the page's
        # flow goes on in the story it was printed into)
        boxes = {s for s in range(len(self.stories)) if _boxes_figures(blocks, self.opens[s])}
        by_open = sorted(
            (s for s in range(len(self.stories)) if s not in boxes), key=lambda s: -self.opens[s]
        )
        self.hosts = [[s for s in by_open if self.opens[s] <= self.at[k]] for k in range(len(body))]
        # Per piece: its story in the page's flow while no headline is dissolved.
        self.flow = [
            next((s for s in self.hosts[k] if s != self.weak[k]), self.host[k])
            for k in range(len(body))
        ]
        self.fixed = [
            (id(b) in fixed or b.role == BlockRole.DATELINE) and id(b) not in weak for b in body
        ]
        self.skip = [b.role == BlockRole.MARKER for b in body]
        self.pieces = [k for k in range(len(body)) if not self.skip[k]]
        # Per piece and story: the piece is printed above the story's opener.
        self.early = [[at < self.opens[s] for s in range(len(self.stories))] for at in self.at]
        self.order = {k: n for n, k in enumerate(self.pieces)}  # a piece's place among them
        # Per piece: the piece read before it (-1: none).
        self.before_it = dict(zip(self.pieces, [NONE, *self.pieces[:-1]], strict=True))
        self.open = [self._is_open(k) for k in range(len(body))]
        self.honour_markers = True
        # Per piece: what a node's ``ends`` holds of it, its story's text
        # stopping on it: itself when open, SENT when a jump marker cuts it
        # (…质量安 / ▷下转2版), else CLOSED.
        self.end = [
            k if self.open[k] else SENT if self._cut_by_marker(k) else CLOSED
            for k in range(len(body))
        ]
        # Jump markers (下转2版) printed apart from the tail they cut: each
        # sends one story on to another page, whichever it is.
        self.sent_on = sum(
            1
            for k in range(len(body))
            if self.skip[k] and _sends_on(body[k]) and not (k > 0 and ends_open(body[k - 1].text))
        )
        self.start = [start_of(b.text) for b in body]
        # The feature a piece shows as a paragraph's first (-1: none, it may open one).
        self.opening_kind = [
            -1 if parallel_opening(b.text) else _OPENS.get(self.start[k], -1)
            for k, b in enumerate(body)
        ]
        self.alone = [stands_alone(b.text) for b in body]
        # A piece that goes on a sentence cut above (its start opens none).
        self.rest = [self.start[k] in _RESTS for k in range(len(body))]
        # Crossheads part features into sections; a dated report seldom has any.
        self.crosshead = [b.crosshead or is_crosshead(b.text) for b in body]
        # Per piece: it sits right under a crosshead (no weak headline: that
        # may head a story of its own) and opens plainly (a figure may be the
        # rest of a sentence the crosshead-like line cut: …调拨抗旱资金 / 1.5亿元).
        self.headed = [False] * len(body)
        for k in self.pieces:
            up = self.before_it[k]
            self.headed[k] = (
                up != NONE
                and self.at[up] + 1 == self.at[k]
                and self.crosshead[up]
                and not self.open[up]
                and self.weak[up] == NONE
                and self.start[k] == Start.PLAIN
                and not self.fixed[k]
            )
        dated = {b.owner for b in blocks if b.role == BlockRole.DATELINE}
        self.dated = [o in dated for o in self.stories]
        self.odds = [opening_odds(b.text) for b in body]
        self.words = _PageWords(blocks, body, self.stories)
        # A dated story begins on its dateline: what is printed between its
        # headline and its dateline is the rest of a paragraph cut above.
        dated_at = [self.opens[s] for s in range(len(self.stories))]
        for k, b in enumerate(body):
            if b.role == BlockRole.DATELINE and self.host[k] >= 0:
                dated_at[self.host[k]] = max(dated_at[self.host[k]], self.at[k])
        # So does a story signed over its body whose headline is printed
        # higher up, in another story's text (a commentary's label and title).
        for at, b in enumerate(blocks):
            s = self.index.get(b.owner, NONE) if b.role == BlockRole.BYLINE else NONE
            if (
                s >= 0
                and dated_at[s] == self.opens[s]
                and _signed_under_text(blocks, self.opens[s], at)
            ):
                dated_at[s] = at
        self.lead = [NONE] * len(self.stories)  # each story's first piece after its opener
        for k in self.pieces:
            s = self.host[k]
            if s >= 0 and self.lead[s] == NONE and self.at[k] >= dated_at[s] and self.weak[k] < 0:
                self.lead[s] = k
        # Any story opened above a piece may take it, and the one opened right
        # under it (a story's rest printed above its headline), unless a jump
        # marker stands between (it closes the story printed above it).
        markers = [self.at[k] for k in range(len(body)) if self.skip[k] and _sends_on(body[k])]
        self.allowed = []
        for k in range(len(body)):
            above = [
                s
                for s in range(len(self.stories))
                if self.opens[s] <= self.at[k] and (self.at[k] >= dated_at[s] or self.fixed[k])
            ]
            below = [s for s in range(len(self.stories)) if self.opens[s] > self.at[k]]
            nearest = min(below, key=lambda s: self.opens[s], default=None)
            if nearest is not None and not any(
                self.at[k] < m < self.opens[nearest] for m in markers
            ):
                above.append(nearest)
            self.allowed.append(above)
        self._close_letters(blocks)
        self._close_lists(blocks)
        # Per story: where a reporters' line closing a story (…记者 某某 报道)
        # stands right above its opener, when the story has no byline or
        # dateline of its own (-1: none).
        self.signed_above = [self._signed_above(blocks, s) for s in range(len(self.stories))]
        # Per piece: a story's fixed first paragraph printed right above the
        # next story's (two stories set side by side, read across).
        self.across = [False] * len(body)
        for n, k in enumerate(self.pieces[:-1]):
            nxt = self.pieces[n + 1]
            self.across[k] = (
                self.fixed[k]
                and self.fixed[nxt]
                and self.host[k] != self.host[nxt]
                and body[nxt].role == BlockRole.DATELINE
            )
        # (read only for the stories a piece may go to; ``features`` fills in
        # any other it is asked of)
        self.about: list[list[list[tuple[int, float]] | None]] = []
        # Per piece: how much it shares with each story it may go to, and
        # that story, most first.
        self.shares: list[list[tuple[float, int]]] = []
        for k in range(len(body)):
            about: list[list[tuple[int, float]] | None] = [None] * len(self.stories)
            for s in self.allowed[k]:
                about[s] = self._about(k, s)
            self.about.append(about)
            self.shares.append(
                sorted(((sum([v for _f, v in about[s]]), s) for s in self.allowed[k]), reverse=True)
            )
        self.topical = [self._topical(k) for k in range(len(body))]
        self.series = self._series()
        # (pieces quoting an office's spokesman or a meeting, no person)
        self.body_speakers: set[int] = set()
        self.speaker = self._speakers(blocks)
        # Per piece: the interview whose question and answer it is printed
        # between (the story of the page's first question in the flow), or NONE.
        asks = [k for k, b in enumerate(body) if _ASKS.match(squash(b.text))]
        self.between_turns = [
            self.flow[asks[0]] if asks and asks[0] < k and _between_turns(body, k) else NONE
            for k in range(len(body))
        ]
        # Per piece: it is an item of a numbered list printed right under the
        # list's lead-in (…如下：) or the item before it.
        self.listed = [
            k > 0 and leads_into_list(squash(body[k - 1].text), squash(body[k].text))
            for k in range(len(body))
        ]
        # Per piece: the stories it may go to whatever came before: those of
        # the page's flow (opened right above it, or right under it) and those
        # it talks of; any other only to finish a sentence left open, or to go
        # on the run just given to it.
        self.reach = [self._reach(k) for k in range(len(body))]
        # Per piece: a bit per story it may go to out of its reach, and its
        # candidates found so far by those of them the node asks for.
        self.beyond = [
            sum(1 << s for s in self.allowed[k] if s not in self.reach[k]) for k in range(len(body))
        ]
        self._candidates_by: list[dict[int, list[int]]] = [{} for _ in body]
        self._openings: list[list[float | None]] = [[None] * len(self.stories) for _ in body]
        self._joins: dict[tuple[int, int], float | None] = {}

    # --- what each piece is ---------------------------------------------------

    def _close_lists(self, blocks: list[Block]) -> None:
        """A list under its title (…获奖名单, its entries a line each) ends
        on its last entry: no running text printed after it is the list's."""
        for s, owner in enumerate(self.stories):
            heads = [b.text for b in blocks if b.owner == owner and b.role == BlockRole.HEAD]
            if not heads or not LIST_TITLE.search(squash(heads[-1])):
                continue
            end = self.opens[s] + 1
            while end < len(blocks) and blocks[end].role == BlockRole.HEAD:
                end += 1
            listed = end
            while listed < len(blocks) and blocks[listed].verse:
                listed += 1
            if listed - end < T.NAME_LIST_MIN:
                continue
            for k in range(len(self.body)):
                if self.at[k] < listed:
                    continue
                kept = [x for x in self.allowed[k] if x != s]
                if kept:
                    self.allowed[k] = kept

    def _close_letters(self, blocks: list[Block]) -> None:
        """A reader's letter ends on its signature (某市读者 某某): where a
        story opens after it (the next letter under its own title), no piece
        printed after the signature is the letter's, nor any printed above it
        the next story's."""
        for at, block in enumerate(blocks):
            if block.role != BlockRole.CREDIT or not names_reader(block.text):
                continue
            opened = [s for s in range(len(self.stories)) if self.opens[s] < at]
            after = [s for s in range(len(self.stories)) if self.opens[s] > at]
            if not opened or not after:
                continue
            letter = max(opened, key=lambda s: self.opens[s])
            for k in range(len(self.body)):
                barred = {letter} if self.at[k] > at else set(after)
                kept = [s for s in self.allowed[k] if s not in barred]
                if kept:
                    self.allowed[k] = kept

    def _signed_above(self, blocks: list[Block], s: int) -> int:
        at = self.opens[s]
        owner = self.stories[s]
        if at == 0 or any(
            b.owner == owner and b.role in (BlockRole.DATELINE, BlockRole.BYLINE) for b in blocks
        ):
            return NONE
        sign = blocks[at - 1]
        return at - 1 if signs_off(sign) else NONE

    def _is_open(self, k: int) -> bool:
        """The piece stops mid-sentence and its sentence goes on on this page
        (not sent on to another by a jump marker)."""
        block = self.body[k]
        if not ends_open(block.text) or block.role == BlockRole.HEAD or block.crosshead:
            return False
        if box_entry(block):
            return False  # a box's entry, its figure under its label, is whole
        flat = block.text
        quoted = flat.count("“") > flat.count("”") or flat.count("（") > flat.count("）")
        headline_shaped = _titled(flat) or (
            is_crosshead(flat)
            and not self._word_finished_later(k)
            and not self._figure_given_next(k)
            # (a list closed on 等 wants its count; a bare figure, its unit;
            # a post and a surname, the name)
            and not list_awaits_count(flat)
            and not ends_with_number(flat)
            and not stops_in_name(squash(flat))
            and not stops_on_copula(squash(flat))  # (…稳中有增是: what it is, next)
        )
        if block.role == BlockRole.TEXT and not quoted and headline_shaped:
            return False
        if _sends_on(block):
            return False
        nxt = self.body[k + 1] if k + 1 < len(self.body) else None
        if nxt is not None and squash(flat).endswith(COLONS) and ENUMERATED.match(squash(nxt.text)):
            return False  # (…公告如下： over 一、…: the list's items, each a paragraph)
        return not (nxt is not None and nxt.role == BlockRole.MARKER and _sends_on(nxt))

    def _cut_by_marker(self, k: int) -> bool:
        """Piece ``k`` stops mid-sentence on a jump marker sending it on: its
        story's text on this page ends there."""
        block = self.body[k]
        if block.role == BlockRole.MARKER or not ends_open(block.text):
            return False
        nxt = self.body[k + 1] if k + 1 < len(self.body) else None
        return _sends_on(block) or (
            nxt is not None and nxt.role == BlockRole.MARKER and _sends_on(nxt)
        )

    def _ended(self, k: int, s: int, tail: int) -> bool:
        """Story ``s``, whose text on this page a jump marker closed after
        piece ``tail``, takes no piece ``k`` printed after it: but a piece
        above its opener, its own headline, or one that goes on the sentence
        the marker cut (…田秀梅 / ▷下转2版 / 8600元，…: the marker printed inside
        the cut). Unless the search found no other reading."""
        if self.early[k][s] or self.weak[k] == s or not self.honour_markers:
            return False
        if self._marked_again(k) and self.host[k] == s:
            return False
        return (self._evidence(tail, k) or 0.0) < T.ASSIGN_FILL_MIN

    def _marked_again(self, k: int) -> bool:
        """Piece ``k`` stands right over a marker sending a story on, as the
        piece its story's marker closed did: the story's text set in two
        columns, each closed by its marker (…产量超八百万吨， / ▷下转2版 / 某某指出，
        … / ▷下转2版)."""
        nxt = self.body[k + 1] if k + 1 < len(self.body) else None
        return nxt is not None and nxt.role == BlockRole.MARKER and _sends_on(nxt)

    def _figure_given_next(self, k: int) -> bool:
        """The piece printed next opens on the figure piece ``k`` stops
        before (目前，全省已有 / 2.8万名干部群众…): a cut line."""
        return k + 1 < len(self.body) and figure_goes_on(self.body[k].text, self.body[k + 1].text)

    def _word_finished_later(self, k: int) -> bool:
        """A later piece completes the last word of piece ``k``: a cut line,
        however much it looks like a crosshead."""
        text = self.body[k].text
        return any(completes_word(text, b.text) for b in self.body[k + 1 :])

    def _about(self, k: int, s: int) -> list[tuple[int, float]]:
        """What piece ``k`` shares with what story ``s`` announces: its
        headline and its first piece."""
        lead, words = self.lead[s], self.words
        if lead < 0 or lead == k:
            return [(F_HEADLINE, words.with_headline(k, s))]
        if words.headless(s):
            # (a story printed without a headline, a continuation's rest:
            # its first piece says what it is about)
            cos = words.cosine(k, lead)
            return [(F_HEADLINE, cos), (F_LEAD, cos)]
        return [(F_HEADLINE, words.with_headline(k, s)), (F_LEAD, words.cosine(k, lead))]

    def _series(self) -> list[int]:
        """Per piece: the story of the parallel series it belongs to (-1:
        none). A commentary's paragraphs opening alike (开局，要谋在前。 /
        开局，要干在先。, or 稳，是前提。 / 进，是方向。) are one story's, and its
        first, printed where the story begins, says which; siblings printed
        further on, among another story's pieces, go back to it."""
        first: dict[tuple, int] = {}
        out = [NONE] * len(self.body)
        keys = {k: parallel_series(self.body[k].text) for k in self.pieces}
        counts = Counter(keys.values())
        # (a series opening on a clause whose first is printed over the
        # title, read as a piece of no headline, goes where most of it is)
        flows: dict[tuple, Counter[int]] = {}
        for k in self.pieces:
            if keys[k] is not None and not keys[k][1]:
                flows.setdefault(keys[k], Counter())[self.flow[k]] += 1
        for k in self.pieces:
            key = keys[k]
            if key is None or (not key[1] and counts[key] < T.SERIES_CLAUSE_PARAGRAPHS):
                # (a clause opening only two paragraphs may be any two
                # stories'; a series of three is a commentary's)
                continue
            if key not in first:
                first[key] = k
                if key[1]:
                    continue
            home = self.flow[first[key]]
            if not key[1] and self.words.headless(home):
                home = flows[key].most_common(1)[0][0]
            if self.flow[k] != home or k != first[key]:
                out[k] = home
        return out

    def _speakers(self, blocks: list[Block]) -> list[int]:
        """Per piece: the story whose headline or pieces the layout gives it
        name the person (or the office of the spokesman, or the meeting) the
        piece opens on quoting (-1: none, or more than one story names them)."""
        known = [""] * len(self.stories)
        titled = [False] * len(self.stories)
        for b in blocks:
            if b.role == BlockRole.HEAD and b.owner in self.index:
                known[self.index[b.owner]] += squash(b.text)
                titled[self.index[b.owner]] = True
        for k, b in enumerate(self.body):
            if self.fixed[k] and self.host[k] != NONE:
                known[self.host[k]] += "\n" + squash(b.text)
        out = [NONE] * len(self.body)
        for k in self.pieces:
            flat = squash(self.body[k].text)
            named = [s for s in self.allowed[k] if s != self.host[k] or not self.fixed[k]]
            person = _SPEAKER_OPENS.match(flat)
            office = None if person else _SPOKESMAN_OPENS.match(flat)
            document = None if person or office else _DOCUMENT_TURN.match(flat)
            if document:
                # (the document the one story naming one lays down; of two,
                # the one whose headline the piece names most)
                kinds = _DOCUMENT_NAMES.get(document.group(1), (document.group(1),))
                named = [s for s in named if any(kind in known[s] for kind in kinds)]
                named = self._most_named(k, named)
                self.body_speakers.add(k)
            elif person or office:
                name = (person or office).group(1)
                named = [s for s in named if name in known[s]]
                if office:
                    self.body_speakers.add(k)
            elif _MEETING_TURN.match(flat):
                # (会议要求，… / 会上，…: the meeting the one story reporting one
                # held; a story printed with no headline, a continuation, may
                # report one too: then none is sure, unless no titled story
                # reports one and that story is the only one untitled, or
                # the one whose text the piece is printed under)
                untitled = [s for s in named if not titled[s]]
                named = [s for s in named if titled[s] and _MEETING.search(known[s])]
                if len(untitled) > 1 and self.flow[k] in untitled:
                    untitled = [self.flow[k]]
                if untitled and (named or len(untitled) > 1):
                    continue
                named = named or untitled
                # (of two meetings, the one whose headline names what it asked)
                named = self._most_named(k, named)
                opened = [s for s in named if self.opens[s] < self.at[k]]
                if len(named) > 1 and len(opened) == 1:
                    # (of two meetings, the one whose report opened above:
                    # what a meeting asked is told after its report's lead)
                    named = opened
                self.body_speakers.add(k)
            else:
                continue
            if len(named) == 1:
                out[k] = named[0]
        return out

    def _most_named(self, k: int, named: list[int]) -> list[int]:
        """Of several stories, the one whose headline piece ``k`` names most
        (all of them when none is named most)."""
        if len(named) < 2:
            return named
        shares = sorted(((self.words.with_headline(k, s), s) for s in named), reverse=True)
        return [shares[0][1]] if shares[0][0] > shares[1][0] else named

    def _reach(self, k: int) -> set[int]:
        near = set(self.hosts[k][: T.ASSIGN_REACH_FLOW])
        below = [s for s in self.allowed[k] if self.opens[s] > self.at[k]]
        talked = {s for v, s in self.shares[k][: T.ASSIGN_REACH_TOPIC] if v > 0.0}
        series = {self.series[k]} if self.series[k] in self.allowed[k] else set()
        speaker = {self.speaker[k]} if self.speaker[k] != NONE else set()
        return near | set(below) | talked | series | speaker

    def _topical(self, k: int) -> int:
        """The story piece ``k`` talks of, when one clearly beats the others it
        may go to (-1: none): what it shares with each story's headline and
        first piece. Each piece's share is small, as a piece holds much else;
        which story it is largest for says more than by how much."""
        scores = [(v, s) for v, s in self.shares[k] if self.lead[s] != k]
        if not scores or scores[0][0] <= 0.0:
            return NONE
        if len(scores) > 1 and scores[0][0] < T.ASSIGN_TOPIC_MARGIN * scores[1][0]:
            return NONE
        return scores[0][1]

    def _junction(
        self,
        before: int,
        k: int,
        s: int,
        out: list[tuple[int, float]],
        placed: bool = True,
        earlier: int = NONE,
    ) -> None:
        """The features of piece ``k`` read right after piece ``before`` of
        story ``s``: how the two meet at the cut, and what the piece goes on
        about (what it shares with the story's first piece counts already)."""
        if not self.open[before]:
            if self.opening_kind[k] >= 0:
                out.append((self.opening_kind[k], 1.0))
            out.append((F_ODDS_AFTER_CLOSED, self.odds[k]))
            if self.opening_kind[k] == F_OPENS_MID and overlaps(
                self.body[before].text, self.body[k].text
            ):
                # The extraction repeats a paragraph's last characters over
                # a cut (…使命任务。 / 务。全省…): the piece goes on it.
                out.append((F_REPEATS_END, 1.0))
        else:
            out.append((F_ODDS_AFTER_OPEN, self.odds[k]))
            key = (before, k)
            if key not in self._joins:
                self._joins[key] = join_evidence(
                    self.body[before].text, self.body[k].text, self.text
                )
            evidence = self._joins[key]
            if evidence is None:
                out.append((F_CANNOT_JOIN, 1.0))
            else:
                out.append((F_JOIN, evidence))
                out.append((F_ALONE, self.alone[k]))
        if before != self.lead[s]:
            out.append((F_COHERENCE, self.words.cosine(before, k)))
        if earlier != NONE and earlier != self.lead[s]:
            out.append((F_COHERENCE_EARLIER, self.words.cosine(earlier, k)))
        if not placed:
            return  # (a piece filling a sentence left open is printed apart by its nature)
        # Where the two are printed, for a piece away from the page's flow
        # (which takes up its story again after anything printed into it):
        # one right after the other, or apart.
        between = abs(self.order[k] - self.order[before]) - 1
        if between == 0:
            out.append((F_ADJACENT, 1.0))
        else:
            out.append((F_APART, math.log1p(between)))

    def _evidence(self, tail: int, piece: int) -> float | None:
        """``join_evidence`` of two pieces, read once."""
        key = (tail, piece)
        if key not in self._joins:
            self._joins[key] = join_evidence(self.body[tail].text, self.body[piece].text, self.text)
        return self._joins[key]

    # --- the search -----------------------------------------------------------

    def _candidates(self, k: int, node: Node) -> list[int]:
        if self.fixed[k]:
            return [self.host[k]]
        if (
            node.prev >= 0
            and node.last_early[node.prev] != NONE
            and self.at[k] < self.opens[node.prev]
        ):
            # A story's text printed above its opener runs on to that opener.
            return [node.prev]
        reach, prev, dissolved = self.reach[k], node.prev, node.dissolved
        # Those in reach, and beyond it the story read last and those with a
        # sentence to go on: the same few sets over and over, kept by piece.
        wanted = (node.open_mask | (1 << prev if prev >= 0 else 0)) & self.beyond[k]
        known = self._candidates_by[k]
        if not dissolved and wanted in known:
            return known[wanted]
        out = [s for s in self.allowed[k] if (s in reach or wanted >> s & 1) and s not in dissolved]
        if not dissolved:
            known[wanted] = out
        return out

    def host_of(self, k: int, node: Node) -> int:
        """The story the page's flow gives piece ``k`` after ``node`` (a weak
        headline read as a crosshead is read in the flow of the story above it)."""
        if not node.dissolved:
            return self.flow[k]
        for s in self.hosts[k]:
            if s not in node.dissolved and s != self.weak[k]:
                return s
        return self.host[k]

    def features(self, k: int, s: int, move: Move, node: Node) -> list[tuple[int, float]]:
        """What reading piece ``k`` into story ``s`` by ``move`` after
        ``node`` shows, as (feature, value) pairs; its worth is their sum
        weighted by ``WEIGHTS``."""
        if self.weak[k] == s:
            return []  # a headline of its own story: the reading the page's layout gives
        out = self._pair_features(k, s)
        early = self.early[k][s]
        if early:
            before = node.last_early[s]
            if node.first_early[s] == NONE:
                out.append((F_EARLY, 1.0))
                if self.signed_above[s] > self.at[k]:
                    # A reporters' line closing a story stands between the
                    # piece and the story's opener: the story's own sign-off.
                    out.append((F_EARLY_SIGNED, 1.0))
        elif move == Move.FILL:
            before = node.left_open[s]
            out.append((F_FILL, 1.0))
        else:
            before = node.last[s]
        if move == Move.LEAVE_OPEN:
            # A paragraph of its own after a piece left open.
            out.append((F_LEAVE_OPEN, 1.0))
            if self.opening_kind[k] >= 0:
                out.append((self.opening_kind[k], 1.0))
            out.append((F_ODDS_AFTER_CLOSED, self.odds[k]))
        elif before != NONE:
            placed = move != Move.FILL and s != self.host_of(k, node)
            earlier = (
                node.before_last[s]
                if node.before_last and not early and move != Move.FILL
                else NONE
            )
            self._junction(before, k, s, out, placed=placed, earlier=earlier)
        elif not early:  # the story's first piece
            if self.opening_kind[k] >= 0:
                out.append((self.opening_kind[k], 1.0))
            out.append((F_ODDS_AFTER_CLOSED, self.odds[k]))
        # The page's flow: each piece is read as the story opened last above
        # it; a run given to another story costs as it begins, and a little
        # for each of its pieces.
        host = self.host_of(k, node)
        if s == host and self.returns(k, node):
            out.append((F_RETURNS, 1.0))
        if self.listed[k] and s == node.prev:
            out.append((F_LISTED, 1.0))
        if s != host:
            out.append((F_ASTRAY, 1.0))
            if k == self.lead[host]:
                out.append((F_LEAD_ASTRAY, 1.0))  # the first piece under an opener
            if s != node.prev:
                out.append((F_SWITCH, 1.0))
                if before != NONE and before == self.lead[s] and self.across[before]:
                    # Two stories set side by side, read across: a dated first
                    # paragraph alone above the next story's opener takes its
                    # paragraphs back from under that one.
                    out.append((F_READ_ACROSS, 1.0))
                # (a story's text printed away from it begins on the rest of
                # a cut paragraph, not on a paragraph of its own)
                if not early and before != NONE and not self.open[before]:
                    out.append((F_ASTRAY_AFTER_CLOSED, 1.0))
        return out

    def gain(self, k: int, s: int, move: Move, node: Node) -> float:
        """``_worth(self.features(k, s, move, node))``, the same float: each
        feature's weighted value added as ``features`` finds it, in its order,
        with no list between (the search wants the worth alone, some ten
        times a piece). ``features`` stays what the fit reads."""
        return self._gain(k, s, move, node, self.host_of(k, node))

    def _gain(self, k: int, s: int, move: Move, node: Node, host: int) -> float:
        """``gain``, given the story the page's flow gives piece ``k``
        after ``node`` (``host_of``, which the search has read already)."""
        if self.weak[k] == s:
            return 0
        w = WEIGHTS
        total = self._opening_worth(k, s)
        early = self.early[k][s]
        if early:
            before = node.last_early[s]
            if node.first_early[s] == NONE:
                total += w[F_EARLY]
                if self.signed_above[s] > self.at[k]:
                    total += w[F_EARLY_SIGNED]
        elif move == Move.FILL:
            before = node.left_open[s]
            total += w[F_FILL]
        else:
            before = node.last[s]
        if move == Move.LEAVE_OPEN:
            total += w[F_LEAVE_OPEN]
            if self.opening_kind[k] >= 0:
                total += w[self.opening_kind[k]]
            total += w[F_ODDS_AFTER_CLOSED] * self.odds[k]
        elif before != NONE:
            placed = move != Move.FILL and s != host
            earlier = (
                node.before_last[s]
                if node.before_last and not early and move != Move.FILL
                else NONE
            )
            total = self._junction_worth(total, before, k, s, placed, earlier)
        elif not early:
            if self.opening_kind[k] >= 0:
                total += w[self.opening_kind[k]]
            total += w[F_ODDS_AFTER_CLOSED] * self.odds[k]
        if s == host and self.returns(k, node):
            total += w[F_RETURNS]
        if self.listed[k] and s == node.prev:
            total += w[F_LISTED]
        if s != host:
            total += w[F_ASTRAY]
            if k == self.lead[host]:
                total += w[F_LEAD_ASTRAY]
            if s != node.prev:
                total += w[F_SWITCH]
                if before != NONE and before == self.lead[s] and self.across[before]:
                    total += w[F_READ_ACROSS]
                if not early and before != NONE and not self.open[before]:
                    total += w[F_ASTRAY_AFTER_CLOSED]
        return total

    def returns(self, k: int, node: Node) -> bool:
        """The piece read before ``k`` was the rest of a cut sentence, read
        away from the page's flow into the story it finishes: ``k`` going back
        to the flow leaves that story's run after its rest at one piece (the
        paper prints a cut story's following paragraphs after its rest)."""
        before = self.before_it[k]
        return (
            before != NONE
            and self.rest[before]
            and node.prev >= 0
            and node.prev != self.flow[before]
            and node.prev != self.flow[k]
        )

    def _opening_worth(self, k: int, s: int) -> float:
        """The worth of the features ``features`` lists first, those of piece
        ``k`` and story ``s`` alone (what it shares with the story, topical,
        a crosshead given to a dated story, a weak headline absorbed): read
        once a pair."""
        got = self._openings[k][s]
        if got is None:
            got = self._openings[k][s] = _worth(self._pair_features(k, s))
        return got

    def _pair_features(self, k: int, s: int) -> list[tuple[int, float]]:
        """The features of piece ``k`` and story ``s`` alone, whatever was
        read before: what it shares with the story, the story it talks of,
        its parallel series, a crosshead given to a dated story, a weak
        headline absorbed."""
        about = self.about[k][s]
        if about is None:
            about = self.about[k][s] = self._about(k, s)
        out = list(about)
        if s == self.topical[k]:
            out.append((F_TOPICAL, 1.0))
        if s == self.series[k]:
            out.append((F_SERIES, 1.0))
        if s == self.between_turns[k] != NONE:
            out.append((F_BETWEEN_TURNS, 1.0))
        if s == self.speaker[k] != NONE:
            # (an office is quoted in more stories than a person is)
            out.append((F_SPEAKER, T.BODY_SPEAKER_SHARE if k in self.body_speakers else 1.0))
        if self.crosshead[k] and self.dated[s]:
            out.append((F_CROSSHEAD_DATED, 1.0))
        if self.weak[k] != NONE:
            out.append((F_ABSORBED, 1.0))
        return out

    def _junction_worth(
        self, total: float, before: int, k: int, s: int, placed: bool, earlier: int
    ) -> float:
        """``total`` with the worth of ``_junction``'s features added, one by
        one in its order (as ``gain`` adds them)."""
        w = WEIGHTS
        if not self.open[before]:
            if self.opening_kind[k] >= 0:
                total += w[self.opening_kind[k]]
            total += w[F_ODDS_AFTER_CLOSED] * self.odds[k]
            if self.opening_kind[k] == F_OPENS_MID and overlaps(
                self.body[before].text, self.body[k].text
            ):
                total += w[F_REPEATS_END]
        else:
            total += w[F_ODDS_AFTER_OPEN] * self.odds[k]
            evidence = self._evidence(before, k)
            if evidence is None:
                total += w[F_CANNOT_JOIN]
            else:
                total += w[F_JOIN] * evidence
                total += w[F_ALONE] * self.alone[k]
        if before != self.lead[s]:
            total += w[F_COHERENCE] * self.words.cosine(before, k)
        if earlier != NONE and earlier != self.lead[s]:
            total += w[F_COHERENCE_EARLIER] * self.words.cosine(earlier, k)
        if not placed:
            return total
        between = abs(self.order[k] - self.order[before]) - 1
        if between == 0:
            total += w[F_ADJACENT]
        else:
            total += w[F_APART] * math.log1p(between)
        return total

    def readings(
        self, k: int, node: Node, gains: dict | None
    ) -> list[tuple[int, Move, float | None, tuple]]:
        """The stories piece ``k`` may be given to after ``node``, how, the
        worth of each (``gains``: the worths found for ``k`` so far, by what
        ``features`` reads of the node; None: worths not wanted) and the key
        of the node each reading makes (``Node.key``).

        The key is what the rest of the page's worth depends on, near enough:
        which piece each story's text stops on when that piece is open (a
        finished one only changes what the next piece shares with it), what
        is left open and printed above openers, and the story read last. Of
        nodes alike in these, the search keeps the best; so the key is read
        before the node is built (most readings are dropped for a better one
        alike). ``child_key`` reads the same of any one reading; the search
        reads each here with its worth, in its innermost loop."""
        candidates = self._candidates(k, node)
        if self.headed[k] and node.prev in candidates:
            candidates = [node.prev]  # (a crosshead heads the text under it)
        host = self.host_of(k, node)
        prev, last, before_last = node.prev, node.last, node.before_last
        ends, left_open = node.ends, node.left_open
        first_early, last_early, dissolved = node.first_early, node.last_early, node.dissolved
        weak, early = self.weak[k], self.early[k]
        settled = self.fixed[k] or weak != NONE  # (read only as the layout has it)
        end = self.end[k]  # (what ``ends`` holds of piece ``k``)
        # (read into another story, a weak headline dissolves its own)
        dissolved_by = dissolved | {weak} if weak != NONE else dissolved
        follow = Move.FOLLOW
        out = []
        for s in candidates:
            if ends[s] == SENT and self._ended(k, s, last[s]):
                continue
            # A gain's key holds what ``features`` reads of the node for the
            # reading (a piece printed above its story's opener only follows).
            if weak == s:  # (a headline of its own story moves no story's text)
                key = (s,)
                child = (ends, left_open, first_early, last_early, s, dissolved)
            elif early[s]:
                key = (s, first_early[s] == NONE, last_early[s], host, prev == s)
                child = (
                    ends,
                    left_open,
                    _put(first_early, s, k) if first_early[s] == NONE else first_early,
                    _put(last_early, s, k),
                    s,
                    dissolved_by,
                )
            else:
                key = (s, follow, last[s], before_last[s], host, prev == s)
                ended = ends if ends[s] == end else _put(ends, s, end)
                child = (ended, left_open, first_early, last_early, s, dissolved_by)
            gain = None
            if gains is not None:
                gain = gains.get(key)
                if gain is None:
                    gain = gains[key] = _worth(self.features(k, s, follow, node))
            out.append((s, follow, gain, child))
            if settled or early[s]:
                continue
            left = left_open[s]
            if left == NONE:
                if ends[s] < 0:
                    continue  # (no open last piece to leave open)
                move = Move.LEAVE_OPEN
                key = (s, move, last[s], before_last[s], host, prev == s)
                child = (ended, _put(left_open, s, last[s]), *child[2:])
            elif not self.open[k] and (self._evidence(left, k) or 0.0) >= T.ASSIGN_FILL_MIN:
                move = Move.FILL
                key = (s, move, left, host, prev == s)
                # (read into the sentence left open: the story's text stops where it did)
                child = (ends, _put(left_open, s, NONE), *child[2:])
            else:
                continue
            if gains is not None:
                gain = gains.get(key)
                if gain is None:
                    gain = gains[key] = _worth(self.features(k, s, move, node))
            out.append((s, move, gain, child))
        return out

    def child_key(self, node: Node, k: int, s: int, move: Move) -> tuple:
        """The key of the node reading piece ``k`` into story ``s`` by
        ``move`` makes, for any reading, those the search does not make too (a
        gold path's): the same as ``readings`` gives its own."""
        ends, left_open = node.ends, node.left_open
        first_early, last_early, dissolved = node.first_early, node.last_early, node.dissolved
        weak = self.weak[k]
        if weak != s:  # (a headline of its own story moves no story's text)
            if weak != NONE:
                dissolved = dissolved | {weak}
            if self.early[k][s]:
                last_early = _put(last_early, s, k)
                if first_early[s] == NONE:
                    first_early = _put(first_early, s, k)
            elif move == Move.FILL:
                left_open = _put(left_open, s, NONE)
            else:
                if move == Move.LEAVE_OPEN:
                    left_open = _put(left_open, s, node.last[s])
                end = self.end[k]
                if ends[s] != end:
                    ends = _put(ends, s, end)
        return (ends, left_open, first_early, last_early, s, dissolved)

    def moves(self, k: int, node: Node) -> list[tuple[int, Move]]:
        """The stories piece ``k`` may be given to after ``node``, and how."""
        return [(s, move) for s, move, _gain, _key in self.readings(k, node, None)]

    def child(self, node: Node, k: int, s: int, move: Move, gain: float) -> Node:
        """The node after reading piece ``k`` into story ``s`` by ``move``."""
        key = self.child_key(node, k, s, move)
        return self.built((node.score + gain, node, k, s, move, key))

    def built(self, reading: _Reading) -> Node:
        """The node of ``reading``: its parent's with piece ``k`` read into
        story ``s`` by ``move``."""
        score, node, k, s, move, key = reading
        ends, left_open, first_early, last_early, _prev, dissolved = key
        last, before_last = node.last, node.before_last
        if self.weak[k] != s and not self.early[k][s] and move != Move.FILL:
            before_last = _put(before_last, s, last[s])
            last = _put(last, s, k)
        open_mask = node.open_mask
        if ends[s] >= 0 or left_open[s] != NONE:
            open_mask |= 1 << s
        else:
            open_mask &= ~(1 << s)
        return Node(
            score,
            last,
            left_open,
            first_early,
            last_early,
            s,
            move,
            node,
            dissolved,
            before_last,
            ends,
            open_mask,
        )

    def end_features(self, node: Node) -> list[tuple[int, float]]:
        """What the page's end shows: a story's text printed above its opener
        read after its last piece, and stories left on an open sentence (as
        many as jump markers send on are not)."""
        out: list[tuple[int, float]] = []
        unfinished = 0
        for s in range(len(self.stories)):
            last, first_early = node.last[s], node.first_early[s]
            if node.left_open[s] != NONE:
                unfinished += 1
            if first_early != NONE:
                if last != NONE:
                    self._junction(last, first_early, s, out)
                    if not self.open[last]:
                        out.append((F_EARLY_AFTER_CLOSED, 1.0))
                last = node.last_early[s]
            if last != NONE and self.open[last]:
                unfinished += 1
        if unfinished > self.sent_on:
            out.append((F_UNFINISHED, float(unfinished - self.sent_on)))
        return out

    def root(self) -> Node:
        none = (NONE,) * len(self.stories)
        return Node(0.0, none, none, none, none, NONE, Move.FOLLOW, None, frozenset(), none, none)

    def search(self, beam_width: int) -> list[Node]:
        """The best nodes at the page's end (a beam search over the pieces)."""
        beam = [self.root()]
        for k in self.pieces:
            kept = self.step(k, beam, beam_width)
            if not kept:
                # (a story taking text after its jump marker is the only reading)
                self.honour_markers = False
                kept = self.step(k, beam, beam_width)
                self.honour_markers = True
            beam = kept
        return beam

    def step(self, k: int, beam: list[Node], beam_width: int) -> list[Node]:
        """The nodes kept after reading piece ``k`` after each of ``beam``.

        Each node's readings are those ``readings`` gives, in its order, read
        here in the same pass as they are weighed: a child's key is made only
        once its score may take a place (most children are dropped)."""
        none_open = (NONE,) * len(self.stories)
        gains: dict[tuple, float] = {}
        best: dict[tuple, _Reading] = {}
        # The scores the first ``beam_width`` distinct nodes came in with:
        # once as many are held, a child scoring under the least of them
        # can take no kept place, unless it leaves a sentence open
        # (``_keep`` holds some of those apart).
        floor: list[float] = []
        full = False  # (the floor holds ``beam_width`` scores)
        low = -math.inf  # (the least of them, once it does)
        stories = len(none_open)
        gain_of, evidence, host_of = self._gain, self._evidence, self.host_of
        weak, early = self.weak[k], self.early[k]
        settled = self.fixed[k] or weak != NONE  # (read only as the layout has it)
        end = self.end[k]  # (what ``ends`` holds of piece ``k``)
        k_open = self.open[k]
        follow, leave_open, fill = Move.FOLLOW, Move.LEAVE_OPEN, Move.FILL
        fill_min = T.ASSIGN_FILL_MIN
        heappush, heapreplace = heapq.heappush, heapq.heapreplace
        # A node's candidates and flow read here where ``_candidates`` and
        # ``host_of`` answer at once (held for this piece, or its flow): the
        # two are asked of some thirty nodes a piece.
        candidates_of, known = self._candidates, self._candidates_by[k]
        fixed, at, opens, beyond = self.fixed[k], self.at[k], self.opens, self.beyond[k]
        flow = self.flow[k]
        # ``returns`` read here: what it asks of the piece before is the same
        # for every node (mostly that it was no rest of a cut sentence).
        before_k = self.before_it[k]
        after_rest = before_k != NONE and self.rest[before_k]
        flow_before = self.flow[before_k] if after_rest else NONE
        # (a fixed piece's one candidate, as ``_candidates`` gives it)
        own = [self.host[k]]
        # A crosshead heads the text printed right under it: a paragraph that
        # may open one goes to the crosshead's story.
        headed = self.headed[k]
        for node in beam:
            base = node.score
            # (some sentence is still left open after a reading unless it
            # fills the only one)
            left_open = node.left_open
            open_sentences = stories - left_open.count(NONE)
            prev, last, before_last = node.prev, node.last, node.before_last
            ends = node.ends
            first_early, last_early, dissolved = node.first_early, node.last_early, node.dissolved
            candidates = None
            if fixed:
                candidates = own
            elif not dissolved and not (
                prev >= 0 and last_early[prev] != NONE and at < opens[prev]
            ):
                wanted = (node.open_mask | (1 << prev if prev >= 0 else 0)) & beyond
                candidates = known.get(wanted)
            if candidates is None:
                candidates = candidates_of(k, node)
            if headed and prev in candidates:
                candidates = [prev]
            host = host_of(k, node) if dissolved else flow
            # (what the gain reads of the piece before: ``returns``)
            back = after_rest and prev >= 0 and prev != flow_before and prev != flow
            # (read into another story, a weak headline dissolves its own)
            dissolved_by = dissolved | {weak} if weak != NONE else dissolved
            # (a node with no open piece nor sentence left open has no reading
            # that leaves one or fills one: most nodes)
            quiet = settled or not node.open_mask
            for s in candidates:
                if ends[s] == SENT and self._ended(k, s, last[s]):
                    continue
                # The gain's key holds what ``features`` reads of the node for
                # the reading (as ``readings`` has it, moves by their numbers).
                if weak == s:
                    gkey: tuple = (s,)
                elif early[s]:
                    gkey = (s, first_early[s] == NONE, last_early[s], host, prev == s, back)
                else:
                    gkey = (s, 0, last[s], before_last[s], host, prev == s, back)
                gain = gains.get(gkey)
                if gain is None:
                    gain = gains[gkey] = gain_of(k, s, follow, node, host)
                score = base + gain
                if score < low and open_sentences <= 0:
                    pass  # (no place for it)
                else:
                    if weak == s:  # (a headline of its own story moves no story's text)
                        key = (ends, left_open, first_early, last_early, s, dissolved)
                    elif early[s]:
                        key = (
                            ends,
                            left_open,
                            _put(first_early, s, k) if first_early[s] == NONE else first_early,
                            _put(last_early, s, k),
                            s,
                            dissolved_by,
                        )
                    else:
                        if ends[s] == end:
                            ended = ends
                        else:  # (``_put``, written out: a reading in two)
                            changed = list(ends)
                            changed[s] = end
                            ended = tuple(changed)
                        key = (ended, left_open, first_early, last_early, s, dissolved_by)
                    # (the child's score, as its parent's and the gain it adds)
                    value = base + (score - base)
                    reading = (value, node, k, s, follow, key)
                    held = best.setdefault(key, reading)
                    if held is reading:
                        if not full:
                            heappush(floor, value)
                            if len(floor) == beam_width:
                                full = True
                                low = floor[0]
                        elif value > low:
                            heapreplace(floor, value)
                            low = floor[0]
                    elif value > held[0]:
                        best[key] = reading
                if quiet or early[s]:
                    continue
                left = left_open[s]
                if left == NONE:
                    if ends[s] < 0:
                        continue  # (no open last piece to leave open)
                    move = leave_open
                    gkey = (s, 1, last[s], before_last[s], host, prev == s, back)
                elif not k_open and (evidence(left, k) or 0.0) >= fill_min:
                    move = fill
                    gkey = (s, 2, left, host, prev == s, back)
                else:
                    continue
                gain = gains.get(gkey)
                if gain is None:
                    gain = gains[gkey] = gain_of(k, s, move, node, host)
                score = base + gain
                if move == fill:
                    if score < low and open_sentences <= 1:
                        continue
                    # (read into the sentence left open: the story's text stops where it did)
                    key = (ends, _put(left_open, s, NONE), first_early, last_early, s, dissolved_by)
                else:
                    ended = ends if ends[s] == end else _put(ends, s, end)
                    key = (
                        ended,
                        _put(left_open, s, last[s]),
                        first_early,
                        last_early,
                        s,
                        dissolved_by,
                    )
                value = base + (score - base)
                reading = (value, node, k, s, move, key)
                held = best.setdefault(key, reading)
                if held is reading:
                    if not full:
                        heappush(floor, value)
                        if len(floor) == beam_width:
                            full = True
                            low = floor[0]
                    elif value > low:
                        heapreplace(floor, value)
                        low = floor[0]
                elif value > held[0]:
                    best[key] = reading
        # The kept nodes, built as ``built`` builds each.
        moves_text = [weak != s and not early[s] for s in range(stories)]
        kept = []
        for score, node, _k, s, move, key in _keep(best.values(), beam_width, none_open):
            ends, left_open, first_early, last_early, _prev, dissolved = key
            last, before_last = node.last, node.before_last
            if moves_text[s] and move != fill:
                # (``_put`` twice, written out: some thirty nodes a piece)
                changed = list(before_last)
                changed[s] = last[s]
                before_last = tuple(changed)
                changed = list(last)
                changed[s] = k
                last = tuple(changed)
            open_mask = node.open_mask
            if ends[s] >= 0 or left_open[s] != NONE:
                open_mask |= 1 << s
            else:
                open_mask &= ~(1 << s)
            kept.append(
                Node(
                    score,
                    last,
                    left_open,
                    first_early,
                    last_early,
                    s,
                    move,
                    node,
                    dissolved,
                    before_last,
                    ends,
                    open_mask,
                )
            )
        return kept

    def solve(self) -> list[tuple[int, int]]:
        """Per body block: its owner (a draft's index), and the block it is
        read after when it fills a sentence left open (-1: none)."""
        beam = self.search(T.ASSIGN_BEAM)
        node = max(beam, key=lambda nd: nd.score + _worth(self.end_features(nd)))
        out = [(b.owner, NONE) for b in self.body]
        path = []
        for k in reversed(self.pieces):  # each node read one piece, in print order
            path.append((k, node))
            node = node.parent
        for k, node in reversed(path):
            after = node.parent.left_open[node.prev] if node.move == Move.FILL else NONE
            out[k] = (self.stories[node.prev], after)
        return out


def _signed_under_text(blocks: list[Block], head: int, at: int) -> bool:
    """The byline at ``at`` opens a body (text follows it) and running text
    (another story's) stands between it and its headline at ``head``."""
    return (
        at + 1 < len(blocks)
        and blocks[at + 1].role == BlockRole.TEXT
        and any(b.role == BlockRole.TEXT for b in blocks[head + 1 : at])
    )


def _keep(readings: Iterable[_Reading], width: int, none_open: tuple[int, ...]) -> list[_Reading]:
    """The best ``width`` readings, and the best of each that leaves a
    sentence open for a later piece (its ``left_open`` not ``none_open``):
    those pay now for what they gain pieces later, and would otherwise all
    fall out of the beam before."""
    ranked = sorted(readings, key=itemgetter(0), reverse=True)  # (by score)
    kept = ranked[:width]
    waiting = {}
    for reading in ranked[width:]:
        sig = reading[-1][1]  # its sentences left open
        if sig != none_open and sig not in waiting:
            waiting[sig] = reading
    return kept + list(waiting.values())[: T.ASSIGN_BEAM_OPEN]


def _put(values: tuple[int, ...], at: int, value: int) -> tuple[int, ...]:
    changed = list(values)
    changed[at] = value
    return tuple(changed)


def _titled(text: str) -> bool:
    """A headline's line among the text (its parts set apart by a space, or
    a dash-led subtitle): it stops where a line stops, no sentence cut."""
    flat = text.strip()
    return len(flat) <= T.HEAD_DIRECT_MAX and ("——" in flat or bool(_PHRASE_GAP.search(flat)))


#: Two phrases of a headline set apart on one line.
_PHRASE_GAP = re.compile(r"[\u4e00-\u9fff”》）] +[\u4e00-\u9fff“《（—]")


def _sends_on(block: Block) -> bool:
    """The block holds a jump marker sending its story to another page."""
    return any(j.direction == "to" for _m, j in jumps_in(block.text))


def _story_order(blocks: list[Block], page: _Page, fills: dict[int, Block]) -> list[Block]:
    """Each story's blocks in reading order: a piece that fills a sentence
    left open right after the piece that left it, and text printed above its
    story's opener after that story's other text (a story's rest printed
    above its headline)."""
    early = [
        b
        for k, b in enumerate(page.body)
        if b.owner in page.index and page.at[k] < page.opens[page.index[b.owner]]
    ]
    # A story's own sign-off, printed between its early text and its opener,
    # closes the story there too.
    for s, at in enumerate(page.signed_above):
        if at != NONE and any(b.owner == page.stories[s] for b in early):
            blocks[at].owner = page.stories[s]
            early.append(blocks[at])
    if not early and not fills:
        return blocks
    moving = {id(b) for b in early} | set(fills)
    rest = [b for b in blocks if id(b) not in moving]
    for b in early:
        last = max((k for k, x in enumerate(rest) if x.owner == b.owner), default=len(rest) - 1)
        rest.insert(last + 1, b)
    for b in [b for b in blocks if id(b) in fills]:
        at = next(k for k, x in enumerate(rest) if x is fills[id(b)])
        rest.insert(at + 1, b)
    return rest


def _terms(text: str) -> frozenset[str | int]:
    """A text's words (jieba's, two characters or more) and its pairs of
    characters (老厂房 and 厂房 share one; short texts share few words): each
    term of two characters, pair or word, as ``pair_codes`` reads it."""
    if not text:
        return frozenset()
    flat = topic_text(text)
    found = words_of(flat)
    two = pair_codes_of([w for w in found if len(w) == 2])
    return pair_codes(flat, two, [w for w in found if len(w) != 2])


class _PageWords:
    """The words and character pairs of each piece and headline of a page,
    weighted by how rare they are on it (what every story holds says nothing
    of which is which)."""

    def __init__(self, blocks: list[Block], body: list[Block], stories: list[int]) -> None:
        heads: dict[int, str] = {}
        for b in blocks:
            if b.role == BlockRole.HEAD:
                heads[b.owner] = heads.get(b.owner, "") + b.text
        texts = [b.text for b in body] + [heads.get(o, "") for o in stories]
        sets = [_terms(t) for t in texts]
        df = Counter(chain.from_iterable(sets))  # how many texts hold each word
        n = len(sets)
        # Each word's rarity, squared (what cosines sum), by how many hold it.
        rarity = {c: math.log((n + 1) / (c + 0.5)) ** 2 for c in set(df.values())}
        # What two texts share is held by both: the words of one text alone
        # (most of its character pairs) are left out of the sets compared,
        # and of the weights looked up.
        self.weight = {w: rarity[c] for w, c in df.items() if c > 1}
        # (intersected as two sets: a set's items keep their hashes)
        shared = frozenset(self.weight)
        self.sets = [ws & shared for ws in sets]
        # (sums of weights are exact, math.fsum's: a set's order, which the
        # process's string hashing decides, leaves them as they are; so do
        # the words of one text alone, all of one weight, summed first)
        alone = rarity.get(1, 0.0)
        self.norms = [
            math.sqrt(
                math.fsum(
                    chain(repeat(alone, len(ws) - len(held)), map(self.weight.__getitem__, held))
                )
            )
            for ws, held in zip(sets, self.sets, strict=True)
        ]
        self.n_body = len(body)
        # Per text, the cosine with each other text once read (None: not yet),
        # both ways: the search asks for the same pairs thousands of times.
        self._cos: list[list[float | None]] = [[None] * n for _ in range(n)]

    def cosine(self, a: int, b: int) -> float:
        """Cosine of two texts' rarity-weighted words (indexes of pieces, then
        of the stories' headlines)."""
        got = self._cos[a][b]
        if got is None:
            na, nb = self.norms[a], self.norms[b]
            got = 0.0
            if na and nb:
                shared = self.sets[a] & self.sets[b]
                got = math.fsum(map(self.weight.__getitem__, shared)) / (na * nb)
            self._cos[a][b] = self._cos[b][a] = got
        return got

    def headless(self, s: int) -> bool:
        """Story ``s`` has no headline words."""
        return not self.norms[self.n_body + s]

    def with_headline(self, k: int, s: int) -> float:
        """How much of story ``s``'s headline piece ``k`` names: the
        rarity-weighted share of the headline's words it holds (a headline is
        short; a piece that names it says so whatever else it holds)."""
        head = self.n_body + s
        norm = self.norms[head]
        if not norm:
            return 0.0
        shared = self.sets[k] & self.sets[head]
        return math.fsum(map(self.weight.__getitem__, shared)) / norm**2
