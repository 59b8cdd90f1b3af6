"""What the reader shows of each article, prepared when first listed or shown.

Everything here is plain Python on top of the corpus model plus Textual's
``Content``: newspaper text is sanitised character for character (so search
offsets stay valid) and never parsed as markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.cells import cell_len, get_character_cell_size
from textual.content import Content

from ..i18n import kind_label, t, weekday

if TYPE_CHECKING:  # importing the corpus package pulls in the loader; keep it off start-up
    from ..corpus.model import Article, Corpus, Issue, Page

PAPER = "湖南日报"

# C0/C1 controls, DEL, zero-width and bidi controls: each becomes ONE visible
# character so that offsets computed on the original text still line up.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code in (0x09, 0x0A, 0x0D):
        return " "
    if code < 0x20:
        return chr(0x2400 + code)  # control pictures: ␛ for ESC, ␀ for NUL ...
    if code == 0x7F:
        return "␡"
    return "\ufffd"


def sanitize(text: str) -> str:
    """Text safe to put on a terminal, of the same length as ``text``."""
    return _UNSAFE.sub(_visible, text)


# Line-breaking rules for Chinese (kinsoku): no line starts with closing
# punctuation, no line ends with opening punctuation.
NO_START = set("。，、；：？！）」』】》〉”’…—·%％,.;:?!)]}")
NO_END = set("（「『【《〈“‘([{")


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Line ranges of ``text`` wrapped to ``width`` cells.

    Breaks at spaces between Latin words and between any two characters when
    either is double width, so Chinese wraps at any character; a word too long
    for a line is folded.
    """
    n = len(text)
    if n == 0:
        return [(0, 0)]
    width = max(width, 2)
    lines: list[tuple[int, int]] = []
    start = cells = 0
    last_break = -1
    i = 0
    prev_wide = False
    while i < n:
        char = text[i]
        size = get_character_cell_size(char)
        if i > start:
            prev = text[i - 1]
            if (
                (prev == " " or size == 2 or prev_wide)
                and char != " "
                and (char not in NO_START and prev not in NO_END)
            ):
                last_break = i
        if cells + size > width and i > start:
            cut = i if char == " " or last_break <= start else last_break
            end = cut
            while end > start and text[end - 1] == " ":
                end -= 1
            lines.append((start, end))
            while cut < n and text[cut] == " ":
                cut += 1
            start = i = cut
            cells, last_break, prev_wide = 0, -1, False
            continue
        cells += size
        prev_wide = size == 2
        i += 1
    lines.append((start, n))
    return lines


def page_label(page: Page, index: int) -> str:
    """第N版 when the page number is known; otherwise say it was not printed,
    with the page's place among the issue's pages so two such pages stay apart."""
    return t("page", n=page.number) if page.number else t("page.unknown", n=index + 1)


def chinese_date(article: Article) -> str:
    d = article.issue_date
    return f"{d.year}年{d.month}月{d.day}日" if d else ""


def citation(article: Article) -> str:
    """《湖南日报》2024年3月9日 第N版 (page omitted when unknown)."""
    parts = [f"《{PAPER}》{chinese_date(article)}"]
    if article.page_number:
        parts.append(f"第{article.page_number}版")
    return " ".join(parts)


# Kinds are told apart by their label; colour only adds to it. The muted
# colour keeps AA contrast on the cursor row too (themes.py, tests/app/test_contrast.py).
KIND_STYLE = "$reader-muted"
MUTED = "$reader-muted"
ACCENT = "$reader-accent"
HIT = "$reader-hit"
UNREAD_MARK = "•"  # unread rows carry a mark, not only a brighter colour
BOOKMARK_MARK = "★"

# Role -> style of each block in the reading pane: the title bold in the accent
# colour, the kicker above it muted, the subtitle in italics, the column in
# 【】, byline and dateline muted; a derived title italic and muted, marked.
ROLE_STYLES = {
    "kicker": MUTED,
    "title": f"bold {ACCENT}",
    "title-derived": f"italic {MUTED}",
    "subtitle": "italic $foreground",
    "column": "bold $foreground",
    "byline": MUTED,
    "dateline": MUTED,
    "paragraph": "",
    "subhead": "bold $foreground",
    "link": f"underline {ACCENT}",
    "marker": f"italic {MUTED}",
}


@dataclass(frozen=True, slots=True)
class Block:
    """One displayed field: ``field``/``index`` address search matches, ``role`` styles it."""

    field: str
    index: int
    text: str
    role: str
    link: str | None = None
    shift: int = 0  # characters shown before the field's own text (the column's 【)


# Reads what the reader holds only as metadata: an article's body, a page's raw text.
Bodies = Callable[["Article"], "Article"]
RawText = Callable[["Page"], str]


@dataclass(frozen=True, slots=True)
class ArticleDisplay:
    """An article with everything the list and reading panes need.

    The list's fields are computed at once; the reading pane's blocks when
    first shown (from the body, read then when the reader holds metadata only).
    """

    article: Article
    issue_index: int
    page_index: int
    page: Page
    page_label: str
    headline: str
    title: str
    kicker: str
    date_label: str
    citation: str
    links: tuple[str, ...]
    titles: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)
    body: Bodies | None = field(default=None, compare=False, repr=False)
    raw_text: RawText | None = field(default=None, compare=False, repr=False)
    _prompts: dict[tuple[bool, bool], Content] = field(default_factory=dict, compare=False)
    _cache: dict[str, tuple[Block, ...]] = field(default_factory=dict, compare=False)
    _keys: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def find_key(self) -> str:
        """Folded headline, byline and dateline, for the palette."""
        found = self._keys.get("find")
        if found is None:
            from ..search.fold import fold_aligned as fold

            art = self.article
            found = self._keys["find"] = fold(" ".join((art.headline, art.byline, art.dateline)))
        return found

    @property
    def full(self) -> Article:
        """The whole article (read from the archive when only its metadata is held)."""
        return self.body(self.article) if self.body else self.article

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The reading pane's blocks in display order."""
        found = self._cache.get("blocks")
        if found is None:
            found = self._cache["blocks"] = blocks_of(self.full, self.titles)
        return found

    def raw_lines(self) -> list[str]:
        """The lines of the page file behind the article."""
        if self.page.raw or self.raw_text is None:
            return self.page.raw_lines
        return self.raw_text(self.page).split("\n")

    def prompt(self, read: bool, bookmarked: bool) -> Content:
        """The list row: kicker line (when printed), marks, kind, title; read rows muted."""
        key = (read, bookmarked)
        if (content := self._prompts.get(key)) is None:
            content = row(self, read, bookmarked)
            self._prompts[key] = content
        return content

    def plain_text(self) -> str:
        """The article as plain text followed by its citation line, for copying."""
        # A derived title was not printed: it is not part of the article's text.
        lines = [b.text for b in self.blocks if b.role not in ("link", "marker", "title-derived")]
        return "\n".join([*lines, "", self.citation])


def kind_cells() -> int:
    """The widest kind label in the interface language, so titles line up."""
    from ..corpus.model import KINDS

    return max(cell_len(kind_label(kind)) for kind in KINDS)


def row(
    disp: ArticleDisplay,
    read: bool,
    bookmarked: bool,
    title_spans: Iterable[tuple[int, int]] = (),
    kicker_spans: Iterable[tuple[int, int]] = (),
    hit_style: str = "",
    kicker_above: bool = True,
) -> Content:
    """An article's list row: ``★•消息 主题``, the 引题 on a muted line above it.

    Read rows lose the unread mark and turn muted; derived titles are italic
    and muted. ``*_spans`` (offsets into ``disp.title``/``disp.kicker``) are
    search hits, shown in ``hit_style``.
    """
    art = disp.article
    marks = Content.assemble(
        Content.styled(BOOKMARK_MARK if bookmarked else " ", HIT),
        Content.styled(" " if read else UNREAD_MARK, f"bold {ACCENT}"),
    )
    width = kind_cells()
    kind = Content.styled(pad_cells(kind_label(art.kind), width), KIND_STYLE)
    style = f"italic {MUTED}" if art.title_derived else (MUTED if read else "bold")
    title = styled_line(
        disp.title or t("untitled"), style, ((a, b, hit_style) for a, b in title_spans)
    )
    line = Content.assemble(marks, kind, " ", title)
    if not disp.kicker:
        return line
    kicker = styled_line(disp.kicker, MUTED, ((a, b, hit_style) for a, b in kicker_spans))
    indent = " " * (2 + width + 1)  # under the title: marks, kind, space
    if kicker_above:
        return Content.assemble(indent, kicker, "\n", line)
    return Content.assemble(line, "\n", indent, kicker)


def pad_cells(text: str, cells: int) -> str:
    """``text`` padded with spaces to ``cells`` terminal cells."""
    return text + " " * max(0, cells - cell_len(text))


def collapse(text: str) -> tuple[str, list[int]]:
    """``text`` with runs of whitespace made one space and the ends stripped, and
    for every original offset its offset in the result (to move match spans)."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for char in text:
        if char.isspace():
            space = bool(out)
            where.append(len(out))
            continue
        if space:
            out.append(" ")
            space = False
        where.append(len(out))
        out.append(char)
    where.append(len(out))
    return "".join(out), where


def moved(spans: Iterable[tuple[int, int]], where: list[int]) -> list[tuple[int, int]]:
    """Spans in the original text as spans in its ``collapse``d form."""
    last = len(where) - 1
    return [(where[min(a, last)], where[min(b, last)]) for a, b in spans]


def snippet_window(
    text: str, spans: Sequence[tuple[int, int]], cells: int
) -> tuple[str, list[tuple[int, int]]]:
    """The part of a snippet that fits ``cells`` cells, centred on its first hit.

    ``…`` marks a cut at either end; spans are moved into the window.
    """
    if cell_len(text) <= cells or cells <= 4:
        return text, list(spans)
    first = spans[0] if spans else (0, 0)
    centre = (first[0] + first[1]) // 2
    lo = hi = centre
    used = 0
    room = cells - 2  # both ellipses
    while used < room and (lo > 0 or hi < len(text)):
        grew = False
        if hi < len(text) and used + cell_len(text[hi]) <= room:
            used += cell_len(text[hi])
            hi += 1
            grew = True
        if lo > 0 and used + cell_len(text[lo - 1]) <= room:
            lo -= 1
            used += cell_len(text[lo])
            grew = True
        if not grew:
            break
    head = "…" if lo > 0 else ""
    tail = "…" if hi < len(text) else ""
    shift = len(head) - lo
    inside = [(max(a, lo) + shift, min(b, hi) + shift) for a, b in spans if b > lo and a < hi]
    return head + text[lo:hi] + tail, inside


def headline_of(article: Article) -> str:
    return sanitize(" ".join(article.headline.split()))


def blocks_of(article: Article, corpus_titles: Mapping[str, str]) -> tuple[Block, ...]:
    """The reading pane's blocks in display order."""
    blocks: list[Block] = []
    # The column first, as the paper prints its label: 【潇湘时评】. Its match
    # offsets are moved by the bracket.
    if article.column:
        blocks.append(Block("column", 0, f"【{sanitize(article.column)}】", "column", shift=1))
    for name in ("kicker", "title", "subtitle", "byline", "dateline"):
        text = getattr(article, name)
        if not text:
            continue
        if name == "title" and article.title_derived:
            derived = f"（{t('derived')}）"
            blocks.append(Block(name, 0, sanitize(text) + derived, "title-derived"))
        else:
            blocks.append(Block(name, 0, sanitize(text), name))
    links = [
        Block(
            "link",
            n,
            f"→ {sanitize(article.continued) or '续'}：{corpus_titles.get(lid, lid)}",
            "link",
            lid,
        )
        for n, lid in enumerate(article.links)
    ]
    upward = bool(article.jumps) and article.jumps[0].direction == "from"
    upward = upward or article.continued.startswith(("上接", "紧接"))
    if upward:
        blocks.extend(links)
    subheads = set(article.subheads)
    for n, text in enumerate(article.paragraphs):
        role = "subhead" if text in subheads else "paragraph"
        blocks.append(Block("paragraph", n, sanitize(text), role))
    if not upward:
        blocks.extend(links)
    if article.continued and not article.links:
        blocks.append(Block("marker", 0, f"（{sanitize(article.continued)}）", "marker"))
    return tuple(blocks)


class Displays(Mapping[str, ArticleDisplay]):
    """Display data of every article of a corpus by id, each made when first asked for.

    Holding a decade of issues costs one small entry per article until an
    article is listed or shown.
    """

    def __init__(
        self, corpus: Corpus, body: Bodies | None = None, raw_text: RawText | None = None
    ) -> None:
        self.corpus = corpus
        self.body, self.raw_text = body, raw_text
        self._where: dict[str, tuple[int, int, int]] = {}
        for i, issue in enumerate(corpus.issues):
            for p, page in enumerate(issue.pages):
                for n, art in enumerate(page.articles):
                    self._where[art.id] = (i, p, n)
        self._made: dict[str, ArticleDisplay] = {}
        self.titles = _Titles(self)

    def article(self, article_id: str) -> Article | None:
        where = self._where.get(article_id)
        if where is None:
            return None
        i, p, n = where
        return self.corpus.issues[i].pages[p].articles[n]

    def __getitem__(self, article_id: str) -> ArticleDisplay:
        made = self._made.get(article_id)
        if made is not None:
            return made
        where = self._where.get(article_id)
        if where is None:
            raise KeyError(article_id)
        i, p, n = where
        issue = self.corpus.issues[i]
        page = issue.pages[p]
        art = page.articles[n]
        headline = headline_of(art)
        made = ArticleDisplay(
            article=art,
            issue_index=i,
            page_index=p,
            page=page,
            page_label=page_label(page, p),
            headline=headline,
            title=collapse(sanitize(art.title))[0] or headline,
            kicker=collapse(sanitize(art.kicker))[0],
            date_label=issue_label(issue),
            citation=citation(art),
            links=tuple(lid for lid in art.links if lid in self._where),
            titles=self.titles,
            body=self.body,
            raw_text=self.raw_text,
        )
        self._made[article_id] = made
        return made

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._where

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


class _Titles(Mapping[str, str]):
    """Headlines by article id, for the labels of continued-story links."""

    def __init__(self, displays: Displays) -> None:
        self._displays = displays

    def __getitem__(self, article_id: str) -> str:
        art = self._displays.article(article_id)
        if art is None:
            raise KeyError(article_id)
        return headline_of(art)

    def __iter__(self) -> Iterator[str]:
        return iter(self._displays)

    def __len__(self) -> int:
        return len(self._displays)


def prepare(
    corpus: Corpus, body: Bodies | None = None, raw_text: RawText | None = None
) -> Displays:
    """Display data for every article of ``corpus``, by article id (made lazily)."""
    return Displays(corpus, body, raw_text)


def issue_weekday(issue: Issue) -> str:
    return weekday(issue.date.weekday()) if issue.date else ""


def issue_label(issue: Issue) -> str:
    return issue.label if issue.date else t("undated")


def issue_summary(issue: Issue, unread: int | None = None) -> str:
    """Date, weekday, article and page counts of an issue (and unread), for the picker."""
    count = sum(len(p.articles) for p in issue.pages)
    text = t(
        "issue.summary",
        label=issue_label(issue),
        weekday=issue_weekday(issue),
        count=count,
        pages=len(issue.pages),
    )
    if unread:
        text += "  " + t("issue.unread", n=unread)
    return " ".join(text.split(" ")).strip()


def issue_keys(issue: Issue) -> str:
    """The forms of an issue's date a reader may type to find it."""
    d = issue.date
    if not d:
        return issue.label
    return (
        f"{d.isoformat()} {d:%Y%m%d} {d.year}年{d.month}月{d.day}日 {d.month}/{d.day} "
        f"{issue.weekday}"
    )


def styled_line(text: str, style: str, spans: Iterable[tuple[int, int, str]]) -> Content:
    """Plain ``text`` in ``style`` with extra styles over (start, end, style) spans."""
    content = Content(text)
    if style:
        content = content.stylize(style)
    for start, end, span_style in spans:
        if end > start:
            content = content.stylize(span_style, start, end)
    return content
