"""One raw page -> a Page of articles, its date and the text kept apart."""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from ...jieba_setup import use_user_cache
from ..dates import date_from_datelines, date_from_filename, parse_masthead
from ..model import Article, ArticleKind, Page
from ..read import RawPage
from ..reflow import (
    close_figure_gaps,
    close_mark_gaps,
    figures_gapped_after,
    frame_edge,
    frames_drawn,
    is_cjk,
    needs_tidying,
    pauses_gapped,
    squash,
    tidy_marks,
)
from . import column_pages, paragraph_pages
from . import thresholds as T
from .draft import Draft, Para
from .headlines import (
    Headline,
    clean,
    closes_on_event,
    couplet,
    is_attendance,
    join_piece,
    phrases,
    split_roles,
)
from .kinds import ExtraKind, Layout, Opener
from .lines import (
    Line,
    detect_layout,
    join_broken_datelines,
    join_names_cut_apart,
    read_lines,
    take_boxes,
)
from .patterns import (
    BRACKETED_LABEL,
    CARTOON_WORD,
    WEEKLY_NAME,
    dateline_match,
    is_name_line,
    looks_like_column,
    sign_off_at_end,
)
from .regroup import DRAWN_BY, regroup
from .roles import article_kind, label_shaped, lone_line
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
    edges = []
    if frames_drawn(raw.text):
        # (kept with the page's boxes: they are printed, though no words)
        edges = [line.strip() for line in all_lines if frame_edge(line)]
        all_lines = ["" if frame_edge(line) else line for line in all_lines]
    if needs_tidying(raw.text):
        all_lines = [tidy_marks(line) for line in all_lines]
    if pauses_gapped(raw.text):
        all_lines = [close_mark_gaps(line) for line in all_lines]
    masthead, used = parse_masthead(all_lines)
    if figures_gapped_after(all_lines):
        # (the masthead read as printed: its date's pieces stand apart)
        apart = set(used)
        all_lines = [
            line if k in apart else close_figure_gaps(line) for k, line in enumerate(all_lines)
        ]
    all_read = read_lines(all_lines, set(used))
    joined = join_names_cut_apart(join_broken_datelines(all_read))
    # (a poem's short lines stand out on a paragraph page only)
    verse_apart = detect_layout(joined) == Layout.PARAGRAPHS
    lines, framed = take_boxes(joined, [i + 1 for i in used], verse_apart)
    framed += _banner_over_dateline(lines)
    layout = detect_layout(lines)
    module = column_pages if layout == Layout.COLUMNS else paragraph_pages
    drafts, boxes, duplicates = module.segment(lines) if lines else ([], [], [])
    extras = [(ExtraKind.BOX, box) for box in framed + boxes + edges]
    if masthead:
        extras.insert(0, (ExtraKind.MASTHEAD, masthead.text))
    drafts = regroup(drafts, lines, columns=layout == Layout.COLUMNS)
    for draft in drafts:
        _cartoon_by_its_word(draft, drafts, joined)
        _cartoon_titled_over_its_word(draft, drafts, joined)
    articles = []
    for draft in drafts:
        if _weekly_banner(draft.column, lines):
            # (a weekly's or special page's name over the page: its banner)
            extras.append((ExtraKind.BOX, draft.column))
            draft.column = ""
        if len(draft.heads) > 1 and _weekly_banner(squash(_unit_raw(draft.heads[0])), lines):
            # (or over the first story's stack, read as its kicker)
            extras.append((ExtraKind.BOX, _unit_raw(draft.heads.pop(0)).strip()))
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


#: A year opening a special page's banner (2025全国两会).
_YEAR_FIRST = re.compile(r"^(?:19|20)\d\d(?=\D)")


def _banner_over_dateline(lines: list[Line]) -> list[str]:
    """The page's first line, a label's few characters, right over a dated
    story's dateline: the special page's banner (聚焦全国两会, 文旅·暑期游, 2022湖南两会),
    taken out of ``lines``. A dated report runs under no column, and its
    kicker is printed with its title."""
    # (the year may open it: 2022湖南两会)
    name = _YEAR_FIRST.sub("", squash(lines[0].raw)) if lines else ""
    if len(lines) < 2 or not label_shaped(name) or not dateline_match(lines[1].raw):
        return []
    return [lines.pop(0).raw]


def _cartoon_by_its_word(draft: Draft, drafts: list[Draft], lines: list[Line]) -> None:
    """A drawing named in one line and credited (“某某” / 某某 作), the word
    漫画 printed alone right by them and read as a piece of its own: the
    word is the cartoon's. With no words of its own the cartoon is titled by
    it and its name is its text; with words of its own (a line saying what
    it shows) the word is its column."""
    if draft.kind != ArticleKind.PHOTO or not DRAWN_BY.search(squash(draft.byline)):
        return
    if len(draft.heads) != 1 or len(draft.heads[0]) != 1 or draft.column or not draft.lines:
        return
    first, last = min(draft.lines), max(draft.lines)
    near = {
        no
        for no in range(first - T.NAME_UNDER_STACK_GAP, last + T.NAME_UNDER_STACK_GAP + 1)
        if not first <= no <= last
    }
    word = next(
        (
            other
            for other in drafts
            if lone_line(other)
            and squash(other.body) == CARTOON_WORD
            and len(other.lines) == 1
            and other.lines <= near
        ),
        None,
    )
    if word is None:
        return
    (no,) = word.lines
    word.paras, word.lines = [], set()
    draft.lines.add(no)
    if draft.body.strip():
        draft.column = CARTOON_WORD
        return
    (name,) = draft.heads[0]
    draft.heads = [[next(line for line in lines if line.no == no)]]
    draft.paras = [Para(squash(name.raw), [name.no], raw=name.raw.strip())]


def _cartoon_titled_over_its_word(draft: Draft, drafts: list[Draft], lines: list[Line]) -> None:
    """A drawing credited under the word 漫画 alone (某某 作), the line right
    over the word taken as the column of the piece printed above or left a
    line of its own: that line is the drawing's title (门难进 / 漫画 / 某某
    作), the word its text, as a cartoon titled in its own words prints them."""
    if draft.kind != ArticleKind.PHOTO or not DRAWN_BY.search(squash(draft.byline)):
        return
    if draft.body.strip() or len(draft.heads) != 1 or len(draft.heads[0]) != 1:
        return
    (word,) = draft.heads[0]
    if squash(word.raw) != CARTOON_WORD:
        return
    line_at = {line.no: line for line in lines}
    for other in drafts:
        if other is draft or other.kind == ArticleKind.PHOTO or not other.lines:
            continue
        no = max(other.lines)
        line = line_at.get(no)
        if line is None or not 0 < word.no - no <= T.NAME_UNDER_STACK_GAP:
            continue
        own = [unit for unit in other.heads if [li.no for li in unit] == [no]]
        if other.column and squash(line.raw) == squash(other.column):
            other.column = ""
            other.lines.discard(no)
        elif own and len(other.heads) > 1:
            # (taken as the last of the stack of the piece it shares words
            # with, printed higher up)
            other.heads.remove(own[0])
            other.lines.discard(no)
        elif lone_line(other):
            other.paras, other.lines = [], set()
        else:
            return
        draft.heads = [[line]]
        draft.paras = [Para(CARTOON_WORD, [word.no], raw=word.raw.strip())]
        draft.lines.add(no)
        return


def _unit_raw(unit: Sequence) -> str:
    return "".join(line.raw for line in unit)


def _weekly_banner(name: str, lines: Sequence[Line]) -> bool:
    """``name`` is a weekly's or special page's (理论周刊, 某某专版) printed
    once, at the page's top or foot: the page's banner. Printed inside the
    page, or over more than one piece, it is the column of the pieces under it."""
    if not WEEKLY_NAME.search(name):
        return False
    at = [k for k, line in enumerate(lines) if squash(line.raw) == name]
    if len(at) > 1:
        return False
    return not at or min(at[0], len(lines) - 1 - at[0]) < T.BANNER_REACH_LINES


def _furniture(draft: Draft) -> bool:
    """A headline piece no story took that has a label's shape (今日导读 over
    the front page's digest, a column's name whose story is elsewhere): page
    furniture, no article of its own."""
    if draft.starts_with == Opener.ORPHAN and len(draft.paras) == 1 and label_shaped(draft.body):
        return True
    if not draft.heads and len(draft.paras) == 1 and BRACKETED_LABEL.fullmatch(squash(draft.body)):
        return True  # (a label in its frame, 【世界读书日】, that no story took)
    return lone_line(draft) or _strip(draft) or _section_alone(draft)


def _section_alone(draft: Draft) -> bool:
    """A page's section name alone over what no headline heads (经济 over a
    continuation's text): one short word of a headline's line, no text, no
    writers, no photo. No story is a title alone."""
    if draft.paras or draft.byline or draft.dateline or draft.kind == ArticleKind.PHOTO:
        return False
    if len(draft.heads) != 1 or len(draft.heads[0]) != 1:
        return False
    text = squash(draft.heads[0][0].raw)
    return 2 <= len(text) <= T.SECTION_NAME_MAX and all(is_cjk(c) for c in text)


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
    _sign_off_in_text(draft)
    _writer_read_as_column(draft)
    paras = [p for p in draft.paras if p.text]
    head = _headline(draft)
    kind = article_kind(draft, bool(head.text))
    if kind == ArticleKind.COMMENTARY:
        head = _commentary_title(head)
    elif kind == ArticleKind.PHOTO and head.kicker and len(draft.heads) == 1:
        # (a photo's title of two phrases on one line, 花灯映夜 湖湘闹元宵, is
        # one title: a photo's kicker stands on a line of its own)
        head = Headline("", f"{head.kicker} {head.title}", head.subtitle, head.doubled)
    if kind == ArticleKind.PHOTO:
        head = _credit_off_title(head, draft.byline)
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


def _credit_off_title(head: Headline, credit: str) -> Headline:
    """A picture's title printed on one line with its credit (秋山晴岚（国画）
    某某 作): the credit, the picture's byline, is no word of its title."""
    title = head.title.rstrip()
    if credit and title.endswith(credit) and title[: -len(credit)].strip():
        return Headline(head.kicker, title[: -len(credit)].rstrip(), head.subtitle, head.doubled)
    return head


def _writer_read_as_column(draft: Draft) -> None:
    """A column is never a person: a bare name taken for one (a commentary's
    writer printed with its title after the text) is the writer's."""
    if draft.column and not draft.byline and is_name_line(draft.column):
        draft.byline, draft.column = draft.column, ""


def _sign_off_in_text(draft: Draft) -> None:
    """A story signed by its reporters at the end of its last paragraph, on
    the paragraph's line (…赏花。 某报记者 某某 报道): the line is its byline."""
    if draft.byline or draft.dateline or not draft.paras:
        return
    split = sign_off_at_end(draft.paras[-1].text)
    if split is not None:
        draft.paras[-1].text, draft.byline = split


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
    / 推动…): a kicker handing over to its title, two parts of the headline.
    Cut too over a line of two phrases set apart under a line of one (…见闻 /
    山溪清了 日子美了): a title of two phrases is set whole on its line, so the
    line over it is a part of its own, however tight the two are printed. A
    line printed twice is a copy of its own, the lines under it a part after it."""
    pieces: list[list[str]] = [[]]
    for k, line in enumerate(unit):
        copy = k > 0 and squash(line.raw) == squash(unit[k - 1].raw)
        after_copy = k > 1 and squash(unit[k - 1].raw) == squash(unit[k - 2].raw)
        if k and pieces[-1] and (copy or after_copy):
            pieces.append([])  # (a line drawn twice for bold: a copy, read apart)
        elif (
            k
            and pieces[-1]
            and (_phrases_under_one(unit[k - 1].raw, line.raw) or _couplet_under_one(unit, k))
        ):
            pieces.append([])
        pieces[-1].append(line.raw)
        if k + 1 < len(unit) and (
            squash(line.raw).endswith("——") or _event_over_statement(line.raw, unit[k + 1].raw)
        ):
            pieces.append([])
    return pieces


def _event_over_statement(line: str, below: str) -> bool:
    """A line closed on the event it reports (…美食节开幕, …推进会召开) over a
    line that is no one's attendance: a kicker whole, the title under it."""
    return closes_on_event(line) and not is_attendance(below) and " " not in line.strip()


def _couplet_under_one(unit: list, k: int) -> bool:
    """Lines ``k`` and ``k + 1`` are a couplet set on two lines (稻花香里说丰年
    / 一田双收好光景), the last of the block, under a line of one phrase that
    pairs with neither: the title under its kicker."""
    if k + 2 != len(unit):
        return False
    above, first, second = (squash(line.raw) for line in unit[k - 1 : k + 2])
    return (
        couplet(first, second) and not couplet(above, first) and len(phrases(unit[k - 1].raw)) == 1
    )


def _phrases_under_one(above: str, line: str) -> bool:
    """``line`` is a couplet, two phrases of one length set apart, and
    ``above`` one phrase. (Other lines of phrases under a line are mostly a
    wrapped stack: 汇聚高校科 / 研资源 打造…, …大会 / 在长开幕 某某 某某.)"""
    parts = phrases(line)
    return len(parts) == 2 and couplet(*parts) and len(phrases(above)) == 1


def _headline(draft: Draft) -> Headline:
    """One printed piece holds its parts joined by spaces; several pieces are
    the parts themselves."""
    units = [join_piece(piece) for unit in draft.heads for piece in _handed_over(unit)]
    if len(units) == 1:
        # (the spaces PDF extraction sets around figures and inside quotes
        # part no phrases: 怀化市场主体突破 35 万户 is one)
        parts = phrases(units[0])
        if len(parts) > 1 and all(len(part) == 1 for part in parts):
            parts = ["".join(parts)]  # (a word letter-spaced: 通 告)
        return split_roles(parts, separate_lines=False)
    return split_roles(units, separate_lines=True)


def derive_title(paragraphs: Sequence[str], kind: str) -> str:
    """A readable stand-in title: the first clause of the lead, kept short so
    that it adds little to an article's text."""
    text = "".join(paragraphs)
    if not text:
        return ""
    lead = paragraphs[0]
    if kind == ArticleKind.CONTINUATION:
        # (a continuation opens on the last words of a sentence cut on the
        # page it jumped from, 1000亿元。: its first whole paragraph says more)
        lead = next((p for p in paragraphs if len(p) > T.JUMPED_TAIL_MAX), lead)
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
