"""Photo items once a page is read: a group of untitled photos is one item a photo."""

from __future__ import annotations

from ..model import ArticleKind
from . import thresholds as T
from .draft import Draft
from .kinds import Opener
from .patterns import CAPTION_START, GROUP_CREDIT
from .roles import word_share


def split_untitled_groups(drafts: list[Draft]) -> list[Draft]:
    """Photos printed together under one credit (以上图片均由…) are one item
    when a title heads them; with none, each caption is an item of its own,
    the credit with the caption it is printed under, the last. A lead among
    them (初夏时节，…: no caption's day and place) makes them a photo story,
    its title printed elsewhere: one item still."""
    drafts = _caption_over_titled_credit(_photo_story_under_its_title(drafts))
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


def _photo_story_under_its_title(drafts: list[Draft]) -> list[Draft]:
    """A photo story's title and lead (秋到某地 / 9月以来，…: no dateline, no
    caption's day and place) read as a story of their own, right over the
    captions its group credit closes (以上图片均由…摄) and named in them:
    one photo item."""
    out: list[Draft] = []
    for draft in drafts:
        story = out[-1] if out else None
        if (
            story is not None
            and story.heads
            and not story.dateline
            and not story.byline
            and story.kind != ArticleKind.PHOTO
            and story.paras
            and not any(CAPTION_START.match(p.text) for p in story.paras)
            and _untitled_group(draft)
            and _right_over(story, draft, drafts)
            and word_share(_title(story), draft.body) >= T.PHOTO_STORY_TITLE_WORDS
        ):
            story.take_text(draft)
            story.kind, story.byline = ArticleKind.PHOTO, draft.byline
            continue
        out.append(draft)
    return out


def _caption_over_titled_credit(drafts: list[Draft]) -> list[Draft]:
    """A caption read as a photo of its own (no title, no credit) right over
    a photo's title and credit read with no caption (9月5日，某地，…。 /
    秋收正忙 / 某某 摄): the title printed under its caption, one item."""
    out: list[Draft] = []
    for draft in drafts:
        caption = out[-1] if out else None
        if (
            caption is not None
            and caption.kind == draft.kind == ArticleKind.PHOTO
            and caption.paras
            and not caption.heads
            and not caption.byline
            and draft.heads
            and draft.byline
            and not any(p.text.strip() for p in draft.paras)
            and _right_over(caption, draft, drafts)
        ):
            draft.paras = []
            draft.take_text(caption, before=True)
            out[-1] = draft
            continue
        out.append(draft)
    return out


def _untitled_group(draft: Draft) -> bool:
    """Captions with no title over them, closed by a group's credit."""
    return (
        draft.kind == ArticleKind.PHOTO
        and not draft.heads
        and bool(draft.paras)
        and all(CAPTION_START.match(p.text) for p in draft.paras)
        and GROUP_CREDIT.search(draft.byline) is not None
    )


def _right_over(story: Draft, draft: Draft, drafts: list[Draft]) -> bool:
    """No other draft's line is printed between ``story``'s last and ``draft``'s first."""
    if not story.lines or not draft.lines:
        return False
    low, high = max(story.lines), min(draft.lines)
    return low < high and not any(
        low < no < high for other in drafts if other is not story for no in other.lines
    )


def _title(draft: Draft) -> str:
    return "".join(line.raw for piece in draft.heads for line in piece)
