"""Headline stacks printed together at a page's foot, away from their stories.

Some pages print every story's stack in one bunch under the last story's text,
the stories above with none of their own. Read in print order, the bunch's
lines land where they can: over the story above, as short paragraphs of
another, or as a story of headlines alone. ``deal_foot_bunch`` takes the bunch
back and deals its lines to the stories awaiting a stack, in print order both,
each line to the story its words report.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from ..model import ArticleKind
from ..reflow import squash
from . import thresholds as T
from .draft import Draft
from .kinds import Opener
from .lines import Line
from .patterns import is_name_line, looks_like_column
from .roles import word_share


def deal_foot_bunch(
    drafts: list[Draft], lines: Sequence[Line], headline_like: Callable[[str], bool]
) -> None:
    """The stacks bunched at the page's foot to the stories above them, when
    every stack reports its story; the page as it was otherwise."""
    bunch = _foot_bunch(drafts, lines, headline_like)
    if len(bunch) < T.BUNCH_LINES_MIN:
        return
    nos = {li.no for li in bunch}
    stories = [
        d
        for d in sorted(drafts, key=lambda d: d.first_line)
        if _awaits_stack(d, nos) and d.lines - nos and min(d.lines - nos) < bunch[0].no
    ]
    if len(stories) < T.BUNCH_STORIES_MIN:
        return
    leads = [_text_apart(d, nos)[: T.STRAY_HEAD_LEAD] for d in stories]
    dealt = deal_in_order([li.raw for li in bunch], leads)
    stacks: dict[int, list[Line]] = {}
    for line, k in zip(bunch, dealt, strict=True):
        stacks.setdefault(k, []).append(line)
    if len(stacks) < T.BUNCH_STORIES_MIN or any(
        word_share("".join(li.raw for li in stack), leads[k]) < T.STRAY_HEAD_WORDS
        for k, stack in stacks.items()
    ):
        return  # (a stack reporting nothing of its story: no bunch of theirs)
    for d in drafts:
        _give_up(d, nos)
    _name_over_bunch(drafts, lines)
    for k, stack in stacks.items():
        story = stories[k]
        if story.heads and not story.column:
            story.column = squash("".join(li.raw for unit in story.heads for li in unit))
        story.heads = [[li] for li in stack]
        story.lines |= {li.no for li in stack}


def _foot_bunch(
    drafts: list[Draft], lines: Sequence[Line], headline_like: Callable[[str], bool]
) -> list[Line]:
    """The page's last lines while each is a headline's: a short line of no
    sentence, read as a headline line or a paragraph of that line alone (a
    photo closing the page under them apart)."""
    alone = {
        para.lines[0]
        for d in drafts
        if d.kind != ArticleKind.PHOTO
        for para in d.paras
        if len(para.lines) == 1
    }
    heads = {li.no for d in drafts if d.kind != ArticleKind.PHOTO for u in d.heads for li in u}
    owned = {no for d in drafts for no in d.lines} | heads
    photos = {no for d in drafts if d.kind == ArticleKind.PHOTO for no in d.lines}
    bunch: list[Line] = []
    for line in reversed([li for li in lines if li.no in owned]):
        if not bunch and line.no in photos:
            continue  # (a photo printed under the bunch, closing the page)
        if line.no not in heads | alone or not headline_like(line.raw):
            break
        if len(squash(line.raw)) > T.HEAD_STACKED_MAX or any(c in line.raw for c in "，,；;。"):
            break
        bunch.append(line)
    return bunch[::-1]


def _awaits_stack(draft: Draft, bunch: set[int]) -> bool:
    """A story with text beside the bunch's lines and no headline but them,
    or a column's name over it."""
    if draft.kind == ArticleKind.PHOTO or draft.starts_with == Opener.JUMP:
        return False
    if not _text_apart(draft, bunch):
        return False
    own = [li for unit in draft.heads for li in unit if li.no not in bunch]
    return not own or (len(own) == 1 and looks_like_column(squash(own[0].raw)))


def _text_apart(draft: Draft, bunch: set[int]) -> str:
    return "".join(p.text for p in draft.paras if not set(p.lines) <= bunch)


def _name_over_bunch(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """A writer's bare name printed over the bunch, right under a
    commentary's title read elsewhere (看…要有“定力” / 某某 / the bunch): it
    opened a piece whose text was the bunch's lines, now given up; the name
    signs the piece under that title."""
    above = {line.no: prev.no for prev, line in pairwise(lines)}
    titled = {li.no: d for d in drafts for unit in d.heads for li in unit}
    for d in drafts:
        if d.starts_with != Opener.BYLINE or d.paras or d.heads or not is_name_line(d.byline):
            continue
        owner = titled.get(above.get(min(d.lines, default=-1), -1))
        if owner is not None and not owner.byline:
            owner.byline, d.byline = d.byline, ""
            owner.lines |= d.lines
            d.lines = set()


def _give_up(draft: Draft, bunch: set[int]) -> None:
    """The bunch's lines out of a draft: its headline lines, its paragraphs."""
    units = ([li for li in unit if li.no not in bunch] for unit in draft.heads)
    draft.heads = [unit for unit in units if unit]
    draft.paras = [p for p in draft.paras if not set(p.lines) <= bunch]
    draft.lines -= bunch


def deal_in_order(heads: list[str], leads: list[str]) -> list[int]:
    """Each headline line to a story, in print order both (a line goes to the
    story of the line above or a later one), a story taking at most
    ``BUNCH_STACK_LINES``: the dealing whose lines report their stories
    most, by the share of each line's words in its story's lead."""
    share = [[word_share(h, lead) for lead in leads] for h in heads]
    cap = T.BUNCH_STACK_LINES
    # Per line, the best total for each (story, lines it holds so far), and
    # the state of the line above it that total came from.
    Key = tuple[int, int]
    layer: dict[Key, tuple[float, Key | None]] = {
        (k, 1): (share[0][k], None) for k in range(len(leads))
    }
    layers = [layer]
    for row in share[1:]:
        nxt: dict[Key, tuple[float, Key | None]] = {}
        for (k, held), (total, _) in layers[-1].items():
            options = [(k, held + 1)] if held < cap else []
            options += [(later, 1) for later in range(k + 1, len(leads))]
            for key in options:
                score = total + row[key[0]]
                if key not in nxt or score > nxt[key][0]:
                    nxt[key] = (score, (k, held))
        layers.append(nxt)
    key: Key | None = max(layers[-1], key=lambda x: layers[-1][x][0])
    dealt = []
    for layer in reversed(layers):
        assert key is not None
        dealt.append(key[0])
        key = layer[key][1]
    return dealt[::-1]
