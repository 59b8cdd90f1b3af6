"""Every reader command defined once: action, keys, labels and help in both languages.

The main screen's bindings, the footer, the help screen and the command palette
are all generated from ``COMMANDS``; the pager keys every scrolling pane shares
are ``PAGER``. Availability is the main screen's ``check_action``. Keys may be
overridden by the settings file's ``[keymap]`` (binding id = command action).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from textual.binding import Binding

from ..i18n import pick, t


class Group(StrEnum):
    """Where a command is listed in the help screen."""

    SEARCH = "Search"
    ISSUES = "Issues"
    ARTICLES = "Articles"
    PAGER = "Pager"
    APP = "App"

    @property
    def label(self) -> str:
        return t(f"group.{self.value}")


@dataclass(frozen=True, slots=True)
class Command:
    """A reader command.

    ``action`` names an ``action_*`` method of the main screen (and is the
    binding id the keymap refers to); ``keys`` is a Textual key list ("" for
    palette-only commands); ``show`` puts it in the footer.
    """

    action: str
    keys: str
    labels: tuple[str, str]  # Chinese, English
    helps: tuple[str, str]
    group: Group
    show: bool = False
    palette: bool = True

    @property
    def label(self) -> str:
        return pick(*self.labels)

    @property
    def help(self) -> str:
        return pick(*self.helps)


S, ISS, A, G = Group.SEARCH, Group.ISSUES, Group.ARTICLES, Group.APP

COMMANDS: tuple[Command, ...] = (
    Command(
        "search",
        "slash,ideographic_comma",
        ("搜索", "Search"),
        (
            "在全部各期中边输入边搜索（中文输入法下按 、 也可）",
            "Search every issue as you type (、 too)",
        ),
        S,
        show=True,
    ),
    Command(
        "next_match",
        "n",
        ("下一处", "Next match"),
        ("文中下一处匹配", "Next match in the article"),
        S,
    ),
    Command(
        "prev_match",
        "N",
        ("上一处", "Prev match"),
        ("文中上一处匹配", "Previous match in the article"),
        S,
    ),
    Command(
        "back",
        "escape",
        ("返回", "Back"),
        ("退回一层（搜索栏、结果、正文）", "Back out one level (search bar, results, article)"),
        S,
        palette=False,
    ),
    Command(
        "prev_issue",
        "left_square_bracket",
        ("上一期", "Prev issue"),
        ("上一期，尽量停在同一版", "Previous issue, same page when it exists"),
        ISS,
        show=True,
    ),
    Command(
        "next_issue",
        "right_square_bracket",
        ("下一期", "Next issue"),
        ("下一期，尽量停在同一版", "Next issue, same page when it exists"),
        ISS,
        show=True,
    ),
    Command(
        "prev_page", "left_curly_bracket", ("上一版", "Prev page"), ("上一版", "Previous page"), ISS
    ),
    Command(
        "next_page", "right_curly_bracket", ("下一版", "Next page"), ("下一版", "Next page"), ISS
    ),
    Command(
        "pick_issue",
        "d",
        ("选期", "Issues"),
        ("按日期选一期（含未读数）", "Pick an issue by date (with unread counts)"),
        ISS,
        show=True,
    ),
    Command(
        "newest_issue",
        "t",
        ("最新一期", "Newest issue"),
        ("到最新一期", "Go to the newest issue"),
        ISS,
    ),
    Command(
        "history_back",
        "H",
        ("后退", "History back"),
        ("回到上一篇看过的文章或上一期", "Back to the previous article or issue you were at"),
        ISS,
    ),
    Command(
        "history_forward",
        "L",
        ("前进", "History forward"),
        ("撤销一次后退", "Forward again after going back"),
        ISS,
    ),
    Command(
        "next_unread",
        "u",
        ("未读", "Unread"),
        (
            "到下一篇未读文章（本期之后接下一期）",
            "Go to the next unread article (then later issues)",
        ),
        A,
        show=True,
    ),
    Command(
        "mark_page_read",
        "a",
        ("本版已读", "Mark page read"),
        ("把本版全部标为已读", "Mark every article of this page read"),
        A,
    ),
    Command(
        "mark_issue_read",
        "A",
        ("本期已读", "Mark issue read"),
        ("把本期全部标为已读", "Mark every article of this issue read"),
        A,
    ),
    Command(
        "follow_link",
        "o",
        ("打开转版", "Open continuation"),
        (
            "打开转版文章的另一半（下转/上接）",
            "Open the other half of a continued story (下转/上接)",
        ),
        A,
    ),
    Command(
        "toggle_bookmark",
        "b",
        ("书签", "Bookmark"),
        ("加入或取消书签", "Bookmark or unbookmark"),
        A,
    ),
    Command(
        "bookmarks", "B", ("书签列表", "Bookmarks"), ("列出书签", "Show the bookmarked articles"), A
    ),
    Command(
        "copy", "c", ("复制", "Copy"), ("复制全文并附出处", "Copy the article with its citation"), A
    ),
    Command(
        "raw",
        "r",
        ("原始版面", "Raw page"),
        ("查看文章所在版面的原始文本", "The raw page text behind the article"),
        A,
    ),
    Command(
        "maximize",
        "z",
        ("放大", "Zoom"),
        ("正文占满屏幕，再按一次还原", "Article fills the screen; again to restore"),
        A,
        show=True,
    ),
    Command(
        "reporter",
        "w",
        ("记者页", "Reporter…"),
        (
            "文章记者的页面：作品、趋势、常去地点和话题",
            "The article's reporter: pieces, trend, places, topics",
        ),
        A,
    ),
    Command(
        "syntax",
        "f1",
        ("查询语法", "Query syntax"),
        ("在搜索栏下显示查询语法", "Show the query syntax under the search bar"),
        S,
    ),
    Command(
        "palette",
        "ctrl+p",
        ("命令", "Palette"),
        ("命令面板：命令、文章、日期", "Command palette: commands, articles, dates"),
        G,
    ),
    Command("help", "question_mark", ("帮助", "Help"), ("全部按键", "Every key"), G, show=True),
    Command("quit", "q", ("退出", "Quit"), ("退出阅读器", "Quit the reader"), G, show=True),
)

BY_ACTION = {c.action: c for c in COMMANDS}


@dataclass(frozen=True, slots=True)
class PagerKey:
    """A key every scrolling pane answers to, with the action it runs there."""

    keys: str
    name: str  # catalog id under key.*

    @property
    def label(self) -> str:
        return t(f"key.{self.name}")


# One set of pager keys (less/vim) for the list, the article, help, raw page and pickers.
PAGER: tuple[PagerKey, ...] = (
    PagerKey("j", "down"),
    PagerKey("k", "up"),
    PagerKey("g,home", "top"),
    PagerKey("G,end", "bottom"),
    PagerKey("space", "page_down"),
)


def pager_bindings(actions: dict[str, str], skip: frozenset[str] = frozenset()) -> list[Binding]:
    """The pager keys bound to a pane's own actions (``down`` -> ``scroll_down`` …).

    ``skip`` leaves out keys the pane uses for something else.
    """
    out = []
    for key in PAGER:
        if key.name in actions and key.keys not in skip:
            out.append(Binding(key.keys, actions[key.name], key.label, show=False))
    return out


def bindings() -> list[Binding]:
    """Bindings for every command with keys, labelled in the current language."""
    return [
        Binding(c.keys, c.action, c.label, show=c.show, id=c.action, tooltip=c.help)
        for c in COMMANDS
        if c.keys
    ]
