"""One raw page -> a Page of articles, its date and the text kept apart."""

from __future__ import annotations

import dataclasses
import gc
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from ...jieba_setup import use_user_cache
from ..dates import date_from_datelines, date_from_filename, parse_masthead
from ..match import similarity
from ..model import Article, ArticleKind, Page
from ..read import RawPage
from ..reflow import is_cjk, squash
from . import column_pages, paragraph_pages
from . import thresholds as T
from .column_headlines import campaign_label
from .draft import Draft
from .headlines import Headline, clean, join_piece, phrases, split_roles
from .kinds import ExtraKind, Layout, Opener
from .lines import Line, detect_layout, join_broken_datelines, read_lines, take_boxes
from .patterns import is_name_line, looks_like_column
from .roles import article_kind, label_shaped, lone_line, word_share
from .sweep import keep_the_rest

_LEAD_NOISE = re.compile(
    r"^(?:(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:上午|下午|晚)?|今天|近日|日前|昨天|今年以来)[，,]"
)


def segment_page(raw: RawPage, source: str) -> Page:
    """Segment one decoded page into articles, extras and metadata."""
    # Every path to the segmenter, library use included, reads jieba's
    # dictionary cache from the user's own cache folder (set before first use).
    use_user_cache()
    with _collector_paused():
        return _segment_page(raw, source)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector held off while a page is segmented. The
    assignment makes tens of thousands of short-lived tuples a page (the
    search's keys and readings), each 700 of them starting a pass of the
    collector over the young objects, and every few passes over the page's
    word sets too (some seventy sets of a hundred and fifty words): the
    passes find nothing, as the segmenter makes no cycles. (What the page
    leaves is collected as usual once the collector runs again.)"""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _segment_page(raw: RawPage, source: str) -> Page:
    all_lines = raw.text.split("\n")
    masthead, used = parse_masthead(all_lines)
    all_read = read_lines(all_lines, set(used))
    lines, framed = take_boxes(join_broken_datelines(all_read), [i + 1 for i in used])
    layout = detect_layout(lines)
    module = column_pages if layout == Layout.COLUMNS else paragraph_pages
    drafts, boxes, duplicates = module.segment(lines) if lines else ([], [], [])
    extras = [(ExtraKind.BOX, box) for box in framed + boxes]
    if masthead:
        extras.insert(0, (ExtraKind.MASTHEAD, masthead.text))
    _give_back_report_heads(drafts)
    _give_back_bunched_lines(drafts)
    _lone_label_as_title(drafts, lines)
    _lone_crosshead_as_title(drafts, lines)
    drafts[:] = _crosshead_opening_another(drafts, lines)
    _title_under_photo(drafts, lines)
    _cartoon_title(drafts, lines)
    _name_beside_title(drafts)
    articles = []
    for draft in drafts:
        if _furniture(draft):
            extras.append((ExtraKind.BOX, draft.body))
            continue
        if draft.paras or draft.heads:
            article, doubled = _article(draft, source)
            if article is not None:
                articles.append(article)
            duplicates.extend(doubled)
    kept_apart = [text for _, text in extras]
    swept = keep_the_rest(all_read, articles, kept_apart, duplicates)
    extras += [(ExtraKind.SWEPT, text) for text in swept]
    date, date_source = None, "unknown"
    if masthead and masthead.date:
        date, date_source = masthead.date, "masthead"
    elif (found := date_from_filename(str(raw.path))) is not None:
        date, date_source = found, "filename"
    else:
        found = date_from_datelines(raw.text, [a.body for a in articles])
        if found:
            date, date_source = found, "dateline"
    return Page(
        source=source,
        path=str(raw.path),
        raw=raw.text,
        articles=tuple(articles),
        issue_date=date,
        date_source=date_source,
        number=page_number(masthead is not None, str(raw.path)),
        masthead=masthead,
        extras=tuple(text for _, text in extras),
        extra_kinds=tuple(str(kind) for kind, _ in extras),
        duplicates=tuple(duplicates),
        encoding=raw.encoding,
        layout=layout,
    )


def _give_back_report_heads(drafts: list[Draft]) -> None:
    """A commentary prints its title alone (a subtitle at most under it): a
    headline piece over or under it that talks about a report on the page
    with no headline of its own, more than about the commentary, is that
    report's headline, set beside the commentary's."""
    headless = [
        d
        for d in drafts
        if not d.heads
        and d.paras
        and d.kind != ArticleKind.PHOTO
        and not _commentary(d, heads=False)
    ]
    for draft in drafts:
        if not headless or len(draft.heads) < 2 or not _commentary(draft, heads=True):
            continue
        taken: set[int] = set()  # (reports given a piece here may take the next)
        for piece in list(draft.heads):
            text = "".join(line.raw for line in piece)
            own = word_share(text, draft.body)
            k = max(range(len(headless)), key=lambda k: word_share(text, headless[k].body))
            report = headless[k]
            if report.heads and k not in taken:
                continue
            if word_share(text, report.body) <= own + T.REPORT_HEAD_LEAD:
                continue
            draft.heads.remove(piece)
            report.heads.append(piece)
            taken.add(k)
            if len(draft.heads) < 2:
                break


def _lone_label_as_title(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """A short line taken for a column's name over a body left with no
    headline is that body's title when nothing says it is a column: no
    column's word ends it and the page prints it once (征稿启事, 温馨提示,
    a feature's two-word title). A column's name heads its pieces page after
    page; a notice's or a feature's title is its own."""
    for draft in drafts:
        if (
            not draft.column
            or draft.heads
            or not draft.paras
            or draft.starts_with == Opener.JUMP
            or looks_like_column(draft.column)
        ):
            continue
        printed = [line for line in lines if squash(line.raw) == draft.column]
        if len(printed) == 1 and printed[0].no in draft.lines:
            draft.heads.append(printed)
            draft.column = ""


def _name_beside_title(drafts: list[Draft]) -> None:
    """A writer's name set on the title's line, apart by a space (构建…长效机制
    某某): the extraction reads a title and a byline on one baseline as one
    line. An undated piece signed nowhere else takes the name as its byline."""
    for draft in drafts:
        if draft.byline or draft.dateline or not draft.heads or not draft.heads[-1]:
            continue
        last = draft.heads[-1][-1]
        match = _TITLE_THEN_NAME.match(last.raw)
        if not match or not is_name_line(match["name"]):
            continue
        title = match["title"]
        if len(squash(title)) < T.TITLE_BESIDE_NAME_MIN or any(c in title for c in "，。；,;"):
            continue
        draft.heads[-1][-1] = dataclasses.replace(last, raw=title)
        draft.byline = squash(match["name"])


#: A line of a title, then a space and two or three characters (a name).
_TITLE_THEN_NAME = re.compile(r"^(?P<title>.+?\S)[ \u3000]+(?P<name>[\u4e00-\u9fff]{2,3})$")


def _lone_crosshead_as_title(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """A dated report left with no headline, its text holding one line read
    as a crosshead: that line is its headline, printed inside its text where
    the page's columns broke (a short report has no crosshead; a long one has
    several)."""
    line_at = {line.no: line for line in lines}
    for draft in drafts:
        if draft.heads or not draft.dateline or draft.kind == ArticleKind.PHOTO:
            continue
        subheads = [k for k, para in enumerate(draft.paras) if para.subhead]
        if len(subheads) != 1 or subheads[0] == 0:
            continue
        printed = [line_at[no] for no in draft.paras[subheads[0]].lines if no in line_at]
        if printed:
            draft.paras.pop(subheads[0])
            draft.heads.append(printed)


def _crosshead_opening_another(drafts: list[Draft], lines: Sequence[Line]) -> list[Draft]:
    """A headlined report whose text holds one line read as a crosshead, the
    text under it about something else and told in that line's words: the
    line is the headline of another piece printed on after the report (a
    commentary set in the report's column), not a crosshead of it."""
    line_at = {line.no: line for line in lines}
    out: list[Draft] = []
    for draft in drafts:
        out.append(draft)
        if not draft.heads or not draft.dateline or draft.kind == ArticleKind.PHOTO:
            continue
        subheads = [k for k, para in enumerate(draft.paras) if para.subhead]
        if len(subheads) != 1 or subheads[0] == 0 or subheads[0] == len(draft.paras) - 1:
            continue
        k = subheads[0]
        head = draft.paras[k]
        if any(c in head.text for c in "，。；：,;:、"):
            continue  # (a line of clauses is a paragraph's, cut)
        before = "".join(p.text for p in draft.paras[:k])
        after = "".join(p.text for p in draft.paras[k + 1 :])
        if similarity(after, before) >= T.OTHER_PIECE_TOPIC:
            continue
        if word_share(head.text, after) < T.OTHER_PIECE_HEAD_WORDS or word_share(
            head.text, after
        ) <= word_share(head.text, before):
            continue
        printed = [line_at[no] for no in head.lines if no in line_at]
        if not printed:
            continue
        piece = Draft(heads=[printed], paras=draft.paras[k + 1 :], starts_with=Opener.HEAD)
        piece.lines = {no for para in piece.paras for no in para.lines} | set(head.lines)
        draft.paras = draft.paras[:k]
        draft.lines -= piece.lines
        out.append(piece)
    return out


def _title_under_photo(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """A short line left alone right under an untitled photo's caption and
    credit, nothing printed between: the photo's title, set under the
    picture (雪后韶山), not page furniture."""
    order = [line.no for line in lines]
    at = {no: k for k, no in enumerate(order)}
    owner = {no: k for k, d in enumerate(drafts) for no in d.lines}
    for k, draft in enumerate(drafts):
        if not lone_line(draft) or len(draft.lines) != 1:
            continue
        (no,) = draft.lines
        if at.get(no, 0) == 0:
            continue
        above = owner.get(order[at[no] - 1], -1)
        if above < 0 or above == k:
            continue
        photo = drafts[above]
        if photo.kind != ArticleKind.PHOTO or photo.heads or not photo.byline:
            continue
        flat = squash(draft.body)
        if looks_like_column(flat) or campaign_label(flat):
            continue  # (a column's or a campaign's name over the next story)
        if max(photo.lines) != order[at[no] - 1]:
            continue  # (the photo goes on under it: a line inside its caption)
        photo.heads.append([lines[at[no]]])
        photo.lines.add(no)
        draft.paras, draft.lines = [], set()


def _give_back_bunched_lines(drafts: list[Draft]) -> None:
    """Headlines bunched over the first story (秋冬季火灾防控… / 国家文物局
    部署…): a line at either end of a report's stack that names little of
    what its story tells (a common word: 部署), and much of what a report with
    no headline tells, is that report's headline."""
    headless = [
        d
        for d in drafts
        if not d.heads and d.paras and d.kind != ArticleKind.PHOTO and d.starts_with != Opener.JUMP
    ]
    for draft in drafts:
        if not headless or sum(len(unit) for unit in draft.heads) < 2:
            continue
        if _commentary(draft, heads=True):
            continue  # (``_give_back_report_heads`` reads a commentary's)
        for end in (-1, 0):
            report = None
            # (line by line from that end: a two-line headline goes whole)
            while sum(len(unit) for unit in draft.heads) > 1:
                unit = draft.heads[end]
                line = unit[end]
                text = line.raw
                own = word_share(text, draft.body)
                if own > T.BUNCHED_OWN_WORDS:
                    break
                best = max(headless, key=lambda d: word_share(text, d.body))
                theirs = word_share(text, best.body)
                if (report is not None and best is not report) or (
                    theirs < max(T.BUNCHED_HEAD_WORDS, own + T.BUNCHED_LEAD)
                ):
                    break
                if report is None and best.heads:
                    break
                report = best
                unit.remove(line)
                if not unit:
                    draft.heads.remove(unit)
                if end == 0:
                    report.heads.append([line])
                else:
                    report.heads.insert(0, [line])
                draft.lines.discard(line.no)
                report.lines.add(line.no)
            if report is not None:
                break


def _cartoon_title(drafts: list[Draft], lines: Sequence[Line]) -> None:
    """A cartoon printed with its title and credit alone (一周开了五个会 某某
    作): no caption under it, so its one short line of no sentence is its
    title, not a caption."""
    line_at = {line.no: line for line in lines}
    for draft in drafts:
        if draft.kind != ArticleKind.PHOTO or draft.heads or len(draft.paras) != 1:
            continue
        if not _DRAWN_BY.search(squash(draft.byline)):
            continue  # (a photo's short caption is its caption)
        para = draft.paras[0]
        flat = squash(para.text)
        if not flat or len(flat) > T.PHOTO_TITLE_MAX or any(c in flat for c in "。，；！？,;!?"):
            continue
        printed = [line_at[no] for no in para.lines if no in line_at]
        if len(printed) == 1:
            raw = printed[0].raw
            title = raw[: raw.find(flat[-1]) + 1] if flat[-1] in raw else raw
            draft.heads.append([dataclasses.replace(printed[0], raw=title)])
            draft.paras = []


#: A drawing's credit (某某 作, 漫画/某某), not a photographer's.
_DRAWN_BY = re.compile(r"作$|漫画")


def _commentary(draft: Draft, heads: bool) -> bool:
    return article_kind(draft, heads) == ArticleKind.COMMENTARY


def _furniture(draft: Draft) -> bool:
    """A headline piece no story took that has a label's shape (今日导读 over
    the front page's digest, a column's name whose story is elsewhere): page
    furniture, no article of its own."""
    if draft.starts_with == Opener.ORPHAN and len(draft.paras) == 1 and label_shaped(draft.body):
        return True
    return lone_line(draft) or _strip(draft)


def _strip(draft: Draft) -> bool:
    """A banner or slogan alone (全面深化改革在湖南, 学党史 悟思想 办实事 开新局):
    one line of phrases, no sentence mark in it, under nothing and over
    nothing. A story has a sentence; a headline has its story."""
    if draft.heads or draft.byline or draft.dateline or len(draft.paras) != 1:
        return False
    para = draft.paras[0]
    core = squash(draft.body).replace("·", "")
    # (a year may be in it: 聚焦2026全国两会)
    return (
        len(para.lines) == 1
        and 2 <= len(core) <= T.STRIP_MAX
        and all(is_cjk(c) or c.isdigit() for c in core)
        and any(is_cjk(c) for c in core)
    )


def _article(draft: Draft, source: str) -> tuple[Article | None, list[str]]:
    """The article, and the headline copies dropped when it was printed twice."""
    paras = [p for p in draft.paras if p.text]
    head = _headline(draft)
    kind = article_kind(draft, bool(head.text))
    if kind == ArticleKind.COMMENTARY:
        head = _commentary_title(head)
    title, derived = head.title, False
    body = [p.text for p in paras]
    if not head.text:
        title, derived = derive_title(body, kind), True
    continued = " ".join(dict.fromkeys(j.text for j in draft.jumps))
    if not (paras or head.text):
        return None, list(head.doubled)
    article = Article(
        id="",
        source=source,
        kind=kind,
        column=draft.column,
        kicker=head.kicker,
        title=title,
        subtitle=head.subtitle,
        title_derived=derived,
        byline=draft.byline,
        dateline=draft.dateline,
        continued=continued,
        subheads=tuple(clean(p.raw or p.text) for p in paras if p.subhead),
        paragraphs=tuple(body),
        source_lines=tuple(sorted(draft.lines)),
        markers=tuple(draft.markers),
        jumps=tuple(draft.jumps),
    )
    return article, list(head.doubled)


def _commentary_title(head: Headline) -> Headline:
    """A commentary's headline is its title (and a subtitle at most): a
    short phrase read as a kicker over the title is the title's first
    phrase, the two set apart as the paper sets a two-phrase title."""
    first = squash(head.kicker).strip('“”"‘’')
    if not first or not head.title or len(first) > T.COMMENTARY_FIRST_PHRASE_MAX:
        return head
    if looks_like_column(first):
        return head  # (a column's name left over the title: no phrase of it)
    return Headline("", f"{head.kicker} {head.title}", head.subtitle, head.doubled)


def _handed_over(unit: list) -> list[list[str]]:
    """A printed piece's lines, cut after a line ending on a dash (…统筹推进——
    / 推动…): a kicker handing over to its title, two parts of the headline."""
    pieces: list[list[str]] = [[]]
    for k, line in enumerate(unit):
        pieces[-1].append(line.raw)
        if squash(line.raw).endswith("——") and k + 1 < len(unit):
            pieces.append([])
    return pieces


def _headline(draft: Draft) -> Headline:
    """One printed piece holds its parts joined by spaces; several pieces are
    the parts themselves."""
    units = [join_piece(piece) for unit in draft.heads for piece in _handed_over(unit)]
    if len(units) == 1:
        # (the spaces PDF extraction sets around figures and inside quotes
        # part no phrases: 怀化市场主体突破 35 万户 is one)
        return split_roles(phrases(units[0]), separate_lines=False)
    return split_roles(units, separate_lines=True)


def derive_title(paragraphs: Sequence[str], kind: str) -> str:
    """A readable stand-in title: the first clause of the lead, kept short so
    that it adds little to an article's text."""
    text = "".join(paragraphs)
    if not text:
        return ""
    lead = paragraphs[0]
    lead = _LEAD_NOISE.sub("", lead)
    clause = re.split(r"[，。：；！？,;:!?]", lead, maxsplit=1)[0].strip("“”\"'（）() ")
    limit = max(4, min(16, len(text) // 12))
    if len(clause) < 4 or len(text) < 60:
        return {ArticleKind.PHOTO: "图片", ArticleKind.CONTINUATION: "续"}.get(
            kind, clause[:limit] or "无题"
        )
    return clause[:limit] + ("…" if len(clause) > limit else "")


_PAGE_IN_NAME = re.compile(
    r"(?i)(?:第\s*0*(\d{1,2})\s*版|(?<![a-z0-9])(?:page|pg|p|版)[-_ ]?0*(\d{1,2})(?![0-9]))"
)


def page_number(has_masthead: bool, path: str) -> int | None:
    """Page 1 prints the masthead; other numbers are known only from a file
    name (第2版, page02, p2)."""
    if has_masthead:
        return 1
    name = re.split(r"[\\/]", path)[-1]
    match = _PAGE_IN_NAME.search(name.rsplit(".", 1)[0])
    if match:
        return int(match.group(1) or match.group(2)) or None
    return None
