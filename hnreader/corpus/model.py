"""The loaded newspaper: articles, pages, issues and the corpus that holds them.

Every model is a frozen dataclass; collections hand out new filtered views
instead of being changed in place.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum


class ArticleKind(StrEnum):
    """What an article is (the export's ``kind``); a ``StrEnum``, so it
    compares, prints and exports as its name."""

    NEWS = "news"  # a report: dateline or headline over text
    COMMENTARY = "commentary"  # signed opinion, often under a column label
    FEATURE = "feature"  # a long report, an essay, a profile
    PHOTO = "photo"  # a photo or cartoon with its caption and credit
    CONTINUATION = "continuation"  # the part of a story jumped from another page
    OTHER = "other"  # a notice, a box, a headline no text claimed


KINDS = tuple(ArticleKind)
KIND_LABELS = {
    ArticleKind.NEWS: "消息",
    ArticleKind.COMMENTARY: "评论",
    ArticleKind.FEATURE: "通讯",
    ArticleKind.PHOTO: "图片",
    ArticleKind.CONTINUATION: "转版",
    ArticleKind.OTHER: "其他",
}
WEEKDAYS = "一二三四五六日"


@dataclass(frozen=True, slots=True)
class Jump:
    """A printed jump marker such as 下转2版 or 上接1版③.

    ``direction`` is ``"to"`` when the story goes on elsewhere (下转) and
    ``"from"`` when this is the continued part (上接/紧接).
    """

    direction: str
    page: int
    slot: str = ""
    text: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """One article as a careful reader of the page would recognise it."""

    id: str
    source: str
    kind: str = "news"
    column: str = ""
    kicker: str = ""
    title: str = ""
    subtitle: str = ""
    title_derived: bool = False
    byline: str = ""
    dateline: str = ""
    continued: str = ""
    subheads: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    issue_date: dt.date | None = None
    page_number: int | None = None
    position: int = 0
    source_lines: tuple[int, ...] = ()
    markers: tuple[str, ...] = ()
    jumps: tuple[Jump, ...] = ()
    links: tuple[str, ...] = ()

    @property
    def headline(self) -> str:
        """Kicker, title and subtitle joined for one-line display."""
        return " ".join(p for p in (self.kicker, self.title, self.subtitle) if p)

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, KIND_LABELS["other"])


@dataclass(frozen=True, slots=True)
class Masthead:
    """The date block printed on a front page (date, weekday, lunar date, numbers)."""

    date: dt.date | None = None
    weekday: int | None = None
    lunar: str = ""
    issue_number: int | None = None
    page_count: int | None = None
    weekday_ok: bool | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class Page:
    """One raw page file and what the loader made of it."""

    source: str
    path: str
    raw: str
    articles: tuple[Article, ...] = ()
    issue_date: dt.date | None = None
    date_source: str = "unknown"
    number: int | None = None
    masthead: Masthead | None = None
    extras: tuple[str, ...] = ()
    #: Why each extra is kept apart (parallel to ``extras``): masthead, box,
    #: or swept (no pass claimed it; kept so that nothing is lost).
    extra_kinds: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()
    encoding: str = "utf-8"
    layout: str = ""

    @property
    def raw_lines(self) -> list[str]:
        return self.raw.split("\n")


@dataclass(frozen=True, slots=True)
class Issue:
    """The pages of one publication date, ordered by page number when known."""

    date: dt.date | None
    pages: tuple[Page, ...]

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for p in self.pages for a in p.articles)

    @property
    def masthead(self) -> Masthead | None:
        return next((p.masthead for p in self.pages if p.masthead), None)

    @property
    def date_source(self) -> str:
        order = ("masthead", "filename", "dateline", "unknown")
        found = [p.date_source for p in self.pages] or ["unknown"]
        return min(found, key=lambda s: order.index(s) if s in order else len(order))

    @property
    def weekday(self) -> str:
        return f"星期{WEEKDAYS[self.date.weekday()]}" if self.date else ""

    @property
    def label(self) -> str:
        return self.date.isoformat() if self.date else "日期不明"


@dataclass(frozen=True, slots=True)
class LoadError:
    """A file that could not be loaded, and why."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True)
class Corpus:
    """Every loaded issue, newest last, plus the files that could not be read."""

    issues: tuple[Issue, ...] = ()
    errors: tuple[LoadError, ...] = ()
    _by_id: dict[str, Article] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self._by_id:
            self._by_id.update((a.id, a) for a in self.articles)

    @property
    def pages(self) -> tuple[Page, ...]:
        return tuple(p for i in self.issues for p in i.pages)

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(a for i in self.issues for a in i.articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, article_id: str) -> Article | None:
        return self._by_id.get(article_id)

    def issue(self, date: dt.date | None) -> Issue | None:
        return next((i for i in self.issues if i.date == date), None)

    def issue_of(self, article: Article) -> Issue | None:
        for issue in self.issues:
            if any(a.id == article.id for a in issue.articles):
                return issue
        return None

    def filter(self, keep: Iterable[Issue]) -> Corpus:
        return Corpus(tuple(keep), self.errors)
