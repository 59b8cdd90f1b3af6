"""Roles of whole articles: their kind (news, commentary, ...) and column label."""

from __future__ import annotations

import re

from ..match import words
from ..reflow import squash
from .draft import Draft
from .kinds import Opener
from .patterns import looks_like_column

#: Columns of commentary end so (…时评, …评论, …短评, …论): the common names of
#: opinion columns in Chinese dailies.
_COMMENTARY_COLUMN = re.compile(r"(?:时评|评论|短评|论)$")
#: A long story opened by its byline, with no dateline, is a feature.
FEATURE_MIN_PARAGRAPHS = 8


def article_kind(draft: Draft, has_headline: bool) -> str:
    """news, commentary, feature, photo, continuation or other."""
    if draft.kind in ("photo", "continuation"):
        return draft.kind
    if any(j.direction == "from" for j in draft.jumps) and draft.starts_with == Opener.JUMP:
        return "continuation"
    if "评论员" in draft.byline or _COMMENTARY_COLUMN.search(draft.column):
        return "commentary"
    if draft.starts_with == Opener.DATELINE or draft.dateline:
        return "news"
    if draft.starts_with == Opener.BYLINE and "记者" in draft.byline:
        return "feature"
    if draft.byline and len(draft.paras) >= FEATURE_MIN_PARAGRAPHS:
        return "feature"
    if draft.kind:
        return draft.kind
    if len(draft.paras) >= FEATURE_MIN_PARAGRAPHS:
        return "feature"
    return "news" if has_headline else "other"


def take_column(draft: Draft, drafts: list[Draft]) -> None:
    """A short first headline line above a complete headline is the column
    label (栏目), of this story or, when its words are the previous story's,
    of that one."""
    if len(draft.heads) < 2:
        return
    first = "".join(line.raw for line in draft.heads[0])
    rest = ["".join(line.raw for line in h) for h in draft.heads[1:]]
    flat = squash(first)
    complete = len(rest) >= 2 or any(" " in r.strip() for r in rest)
    unlike = not complete or len(flat) > 16 or any(c.isdigit() or c in '“”「」"' for c in flat)
    if unlike and not looks_like_column(flat):
        return
    me = drafts.index(draft)
    prev = drafts[me - 1] if me > 0 else None
    if prev and not prev.column and flat in squash(prev.body) and flat not in squash(draft.body):
        draft.heads = draft.heads[1:]
        prev.column = flat
        return
    # A kicker reports this story (its names and words are in the body); a
    # column label is a standing title whose words mostly are not.
    own = words(first)
    body = squash(draft.body)
    if own and not looks_like_column(flat) and sum(w in body for w in own) >= 0.5 * len(own):
        return
    draft.heads = draft.heads[1:]
    draft.column = flat
