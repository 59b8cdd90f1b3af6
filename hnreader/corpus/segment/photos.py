"""Photo items once a page is read: a group of untitled photos is one item a photo."""

from __future__ import annotations

from ..model import ArticleKind
from .draft import Draft
from .kinds import Opener
from .patterns import CAPTION_START


def split_untitled_groups(drafts: list[Draft]) -> list[Draft]:
    """Photos printed together under one credit (以上图片均由…) are one item
    when a title heads them; with none, each caption is an item of its own,
    the credit with the caption it is printed under, the last. A lead among
    them (初夏时节，…: no caption's day and place) makes them a photo story,
    its title printed elsewhere: one item still."""
    out: list[Draft] = []
    for draft in drafts:
        if (
            draft.kind != ArticleKind.PHOTO
            or draft.heads
            or len(draft.paras) < 2
            or not all(CAPTION_START.match(p.text) for p in draft.paras)
        ):
            out.append(draft)
            continue
        for para in draft.paras[:-1]:
            out.append(
                Draft(
                    kind=ArticleKind.PHOTO,
                    starts_with=Opener.PHOTO,
                    paras=[para],
                    lines=set(para.lines) & draft.lines,
                )
            )
            draft.lines -= set(para.lines)
        draft.paras = draft.paras[-1:]
        out.append(draft)
    return out
