"""Every interface string, in Chinese (the default) and English, keyed by id.

The reader and the command line both speak through :func:`t`. The language is
chosen once per process (``--lang``, ``HNREADER_LANG``, the settings file) and
never follows the system locale: the paper's readers read Chinese. Newspaper
text is data and is never translated.
"""

from __future__ import annotations

import os
from enum import StrEnum


class Lang(StrEnum):
    """An interface language."""

    ZH = "zh"
    EN = "en"


DEFAULT = Lang.ZH
ENV = "HNREADER_LANG"

# id -> (Chinese, English). Placeholders use str.format names.
MESSAGES: dict[str, tuple[str, str]] = {
    # the paper and its parts
    "paper": ("湖南日报", "Hunan Daily"),
    "page": ("第{n}版", "p. {n}"),
    "page.unknown": ("版次未印·第{n}页", "page no. not printed, #{n}"),
    "page.of": ("本期{total}页中第{n}页", "page {n} of {total}"),
    "issue.position": ("载入{total}期中第{n}期", "issue {n} of {total} loaded"),
    "issue.number": ("第{n}号", "No. {n}"),
    "issue.pages": ("今日{n}版", "{n} pages today"),
    "issue.summary": (
        "{label} {weekday}  {count}篇  {pages}版",
        "{label} {weekday}  {count} articles  {pages} pages",
    ),
    "issue.unread": ("未读{n}", "{n} unread"),
    "page.heading": ("── {label} · {count}篇", "── {label} · {count} articles"),
    "untitled": ("（无标题）", "(untitled)"),
    "undated": ("日期不明", "undated"),
    "derived": ("摘自正文", "from the text"),
    "near": ("近似", "near"),
    "weekday": ("星期{d}", "{d}"),
    # kinds
    "kind.news": ("消息", "news"),
    "kind.commentary": ("评论", "comment"),
    "kind.feature": ("通讯", "feature"),
    "kind.photo": ("图片", "photo"),
    "kind.continuation": ("转版", "contd."),
    "kind.other": ("其他", "other"),
    # the reader's panes and states
    "loading": ("正在载入…", "Loading…"),
    "loading.progress": ("正在载入 {done}/{total}  {name}", "Loading {done}/{total}  {name}"),
    "loading.left": ("  约剩 {n} 秒", "  about {n} s left"),
    "loading.search": (
        "正在载入，载入后即搜索：{query}",
        "Loading; will search once loaded: {query}",
    ),
    "empty.corpus": ("（没有可显示的文章）", "(no article to show)"),
    "results": ("搜索结果 {n}", "{n} results"),
    "results.shown": ("搜索结果 {n}（显示前{shown}条）", "{n} results (first {shown} shown)"),
    "results.none": ("（没有找到：{query}）", "(nothing found: {query})"),
    "matches": ("匹配 {n}/{total}", "match {n}/{total}"),
    "search.placeholder": (
        "搜索全部各期…  F1 查询语法  Enter 打开  Esc 返回",
        "Search all issues…  F1 query syntax  Enter open  Esc back",
    ),
    "search.syntax": (
        '词语 全部须出现 · "精确短语" · 题:标题 · 作者:记者 · 栏目:专栏 · kind:评论 · '
        "2024-03-09 / 2024-03 / 2024-03..2024-12 日期 · -排除 · a|b 任一",
        'words all must appear · "exact phrase" · 题:/title: headline · 作者:/by: reporter · '
        "栏目:/column: column · kind:评论 · 2024-03-09 / 2024-03 / 2024-03..2024-12 dates · "
        "-word without · a|b either",
    ),
    "last.issue": ("已是最后一期", "This is the last issue"),
    "first.issue": ("已是第一期", "This is the first issue"),
    "last.page": ("已是最后一版", "This is the last page"),
    "first.page": ("已是第一版", "This is the first page"),
    "history.start": ("没有更早的浏览记录", "Nothing further back"),
    "history.end": ("没有更晚的浏览记录", "Nothing further forward"),
    "unread.none": ("全部已读", "Everything is read"),
    "marked.issue": ("本期已全部标为已读（{n}篇）", "Marked this issue read ({n} articles)"),
    "marked.page": ("本版已全部标为已读（{n}篇）", "Marked this page read ({n} articles)"),
    "bookmarked": ("已加入书签", "Bookmarked"),
    "unbookmarked": ("已取消书签", "Bookmark removed"),
    "bookmarks.title": ("书签 · {n}", "Bookmarks · {n}"),
    "bookmarks.hint": ("Enter 打开  d 删除  Esc 关闭", "Enter open  d remove  Esc close"),
    "bookmarks.none": ("（还没有书签：在文章上按 b）", "(no bookmarks yet: press b on an article)"),
    "copied": (
        "已复制到剪贴板（{tool}），附出处：{citation}",
        "Copied to the clipboard ({tool}) with its citation: {citation}",
    ),
    "copy.unsure": (
        "已通过终端（OSC 52）发送，可能未复制：终端或 tmux 未必允许。已另存为 {path}",
        "Sent through the terminal (OSC 52); it may not have been copied: the terminal or "
        "tmux may not allow it. Saved to {path} as well",
    ),
    "copy.unsure.nosave": (
        "已通过终端（OSC 52）发送，可能未复制；另存失败：{error}",
        "Sent through the terminal (OSC 52); it may not have been copied. Saving failed: {error}",
    ),
    "copy.title": ("复制", "Copy"),
    "help.title": ("帮助 · 按键", "Help · keys"),
    "help.close": ("Esc 关闭", "Esc close"),
    "picker.title": ("选择一期 · {n}期", "Pick an issue · {n}"),
    "picker.hint": (
        "输入日期筛选  Enter 打开  Esc 关闭",
        "Type a date to filter  Enter open  Esc close",
    ),
    "picker.placeholder": (
        "2024-03、20240309、3月9日、星期六…",
        "2024-03, 20240309, 3月9日, 星期六…",
    ),
    "picker.none": ("没有 {date} 这一期；最近的：", "No issue dated {date}; nearest:"),
    "picker.before": ("之前最近一期：{summary}", "Nearest before: {summary}"),
    "picker.after": ("之后最近一期：{summary}", "Nearest after: {summary}"),
    "raw.lines": ("▌ 本文 {n} 行  Esc 关闭", "▌ this article: {n} lines  Esc close"),
    "palette.placeholder": ("命令、标题、记者或日期…", "Command, headline, reporter or date…"),
    "palette.issue": ("跳到某一期…", "Jump to issue…"),
    "palette.article": ("跳到文章…", "Jump to article…"),
    "palette.open.issue": ("打开这一期", "Open this issue"),
    # notifications
    "files.unreadable": ("{n} 个文件无法读取", "Could not read {n} file(s)"),
    "more": ("… 另有 {n} 个", "… {n} more"),
    "load.failed": ("载入失败", "Loading failed"),
    "state.file": ("状态文件", "State file"),
    "state.unsaved": ("无法保存状态", "Could not save the state"),
    "settings.file": ("设置文件 {path}", "Settings file {path}"),
    "settings.unreadable": (
        "无法读取：{error}；全部使用默认设置",
        "cannot be read: {error}; using the defaults",
    ),
    "settings.bad": (
        "{name} = {value} 不是{wanted}；使用默认值",
        "{name} = {value} is not {wanted}; using the default",
    ),
    "settings.unknown": ("未知设置 {name}，已忽略", "unknown setting {name} ignored"),
    "settings.unknown_command": (
        "keymap.{name}：没有这个命令，已忽略",
        "keymap.{name}: no such command, ignored",
    ),
    "settings.unknown_theme": (
        "theme = {name}：没有这个主题；可用：{themes}",
        "theme = {name}: no such theme; available: {themes}",
    ),
    "settings.want.theme": ("主题名", "a theme name"),
    "settings.want.language": ("zh 或 en", "zh or en"),
    "settings.want.width": ("{lo} 到 {hi} 之间的整数", "a whole number from {lo} to {hi}"),
    "settings.want.keymap": ("「命令 = 按键」的表", "a table of command = keys"),
    "settings.want.keys": ('按键列表（如 "s,slash"）', 'a key list such as "s,slash"'),
    # system commands of Textual, shown in the palette
    "sys.Theme": ("主题", "Theme"),
    "sys.Theme.help": ("更换配色主题", "Change the colour theme"),
    "sys.Quit": ("立即退出", "Quit"),
    "sys.Quit.help": ("立即退出程序", "Quit the application at once"),
    "sys.Keys": ("按键面板", "Keys"),
    "sys.Keys.help": ("显示或隐藏当前组件的按键面板", "Show or hide the keys panel"),
    "sys.Maximize": ("最大化", "Maximize"),
    "sys.Maximize.help": ("最大化当前焦点所在的窗格", "Maximize the focused pane"),
    "sys.Minimize": ("还原", "Minimize"),
    "sys.Minimize.help": ("还原为正常大小", "Restore the normal layout"),
    "sys.Screenshot": ("截图", "Screenshot"),
    "sys.Screenshot.help": ("把当前屏幕存为 SVG 图", "Save an SVG screenshot of the screen"),
    # pager keys (one shared set)
    "key.down": ("向下", "Down"),
    "key.up": ("向上", "Up"),
    "key.top": ("到顶", "Top"),
    "key.bottom": ("到底", "Bottom"),
    "key.page_down": ("下一屏", "Page down"),
    "key.page_up": ("上一屏", "Page up"),
    "key.close": ("关闭", "Close"),
    "key.remove": ("删除书签", "Remove the bookmark"),
    "key.focus": ("在列表与正文间切换", "Switch between list and article"),
    "group.Search": ("搜索", "Search"),
    "group.Issues": ("期与版", "Issues and pages"),
    "group.Articles": ("文章", "Articles"),
    "group.Pager": ("翻阅", "Paging"),
    "group.App": ("程序", "App"),
    # command line
    "cli.date": ("日期", "Date"),
    "cli.weekday": ("星期", "Weekday"),
    "cli.pages": ("版数", "Pages"),
    "cli.articles": ("篇数", "Articles"),
    "cli.date_from": ("日期来源", "Date from"),
    "cli.kind": ("类", "Kind"),
    "cli.title": ("标题", "Headline"),
    "cli.snippet": ("摘要", "Snippet"),
    "cli.score": ("分", "Score"),
    "cli.id": ("编号", "ID"),
    "cli.page": ("版", "Page"),
    "date.masthead": ("报头（印在版面上）", "masthead (printed on the page)"),
    "date.filename": ("文件名", "file name"),
    "date.dateline": ("电头日期加一天（推断）", "datelines + 1 day (inferred)"),
    "date.unknown": ("不明", "unknown"),
    "cli.load_failed": ("无法载入版面：{error}", "could not load the pages: {error}"),
    "cli.not_terminal": ("不是终端，改为列出各期", "not a terminal; listing the issues instead"),
    "cli.nothing": ("没有找到", "nothing found"),
    "cli.no_article": ("没有文章", "no article found"),
    "cli.no_issue": (
        "没有 {date} 这一期（已载入：{loaded}）",
        "no issue dated {date} (loaded: {loaded})",
    ),
    "cli.no_pages": ("一页也没能载入", "no page could be loaded"),
    "cli.adding_pages": ("正在加入版面", "adding pages"),
    "archive.location": ("位置", "location"),
    "archive.issues": ("期数", "issues"),
    "archive.pages": ("版数", "pages"),
    "archive.articles": ("篇数", "articles"),
    "archive.unreadable": ("无法读取的文件", "unreadable files"),
    "archive.stale": ("待重新切分的版面", "pages to segment again"),
    "archive.size": ("大小", "size"),
    "archive.megabytes": ("{n} MB", "{n} MB"),
    "cli.see_above": ("（见上文）", " (see above)"),
    "cli.stale_pages": (
        "{n} 个版面由旧版切分，结果可能过时；打开阅读器或 hnreader add 其文件夹即重新切分",
        "{n} pages were segmented by an earlier version and may be out of date; "
        "the reader, or 'hnreader add' on their folder, segments them again",
    ),
    "cli.empty_query": ("查询为空", "the query is empty"),
    "cli.limit": ("--limit 至少为 1", "--limit must be at least 1"),
    "cli.no_id": ("没有编号为 {id} 的文章", "no article with id {id}"),
    "cli.did_you_mean_id": ("；是否要找 {ids}？", "; did you mean {ids}?"),
    "cli.list_shows_ids": ("；'hnreader list' 列出编号", "; 'hnreader list' shows the ids"),
    "cli.unknown_command": (
        "未知命令 {name}；是否要用 {guess}？（hnreader --help 列出全部命令）",
        "unknown command {name}; did you mean {guess}? (hnreader --help lists them)",
    ),
    "cli.unknown_command_plain": (
        "未知命令或不存在的路径：{name}（hnreader --help 列出全部命令）",
        "unknown command or no such path: {name} (hnreader --help lists the commands)",
    ),
    "cli.show_needs_id": (
        "show 需要一个文章编号（'hnreader list' 列出编号）：hnreader show ID [PATH...]",
        "show needs an article id ('hnreader list' shows them): hnreader show ID [PATH...]",
    ),
    "cli.query_words": (
        '{arg}：没有这个文件或文件夹；要搜索多个词请加引号：hnreader search "{joined}"',
        "{arg}: no such file or folder; to search for several words quote them: "
        'hnreader search "{joined}"',
    ),
    "cli.and": (" 或 ", " or "),
    # the analyst views: trend chart, facet lists, reporter page
    "trend.month": ("每月篇数", "articles a month"),
    "trend.year": ("每年篇数", "articles a year"),
    "trend.share": ("占全部文章的百分比", "share of all articles, %"),
    "trend.compare": ("对比查询（回车确认，留空取消）", "Compare with (Enter; empty to stop)"),
    "trend.empty": (
        "（没有完全匹配的文章；近似结果不计入）",
        "(no exact matches; approximate results are not counted)",
    ),
    "trend.picked": ("已选", "chosen"),
    "trend.hint": (
        "←→ 选期 Enter 筛选 % 占比 c 对比",
        "←→ period  Enter narrow  % share  c compare",
    ),
    "facet.reporter": ("记者", "Reporters"),
    "facet.place": ("地点", "Places"),
    "facet.column": ("栏目", "Columns"),
    "facet.page": ("版面", "Pages"),
    "facet.kind": ("体裁", "Kinds"),
    "facet.chosen": ("已选（Esc 撤销最后一项）", "Chosen (Esc undoes the last)"),
    "facet.none": ("（无）", "(none)"),
    "narrowed.empty": ("（没有符合所选条件的文章）", "(no article meets the choices)"),
    "results.title": ("搜索结果", "Results"),
    "reporter.title": ("记者", "Reporter"),
    "reporter.pieces": ("篇", "pieces"),
    "reporter.places": ("常去地点", "Places most reported from"),
    "reporter.topics": ("常写话题", "Topics most written on"),
    "reporter.none": ("（无）", "(none)"),
    "reporter.loading": ("（统计中…）", "(counting…)"),
    "reporter.hint": ("Enter 打开  Tab 切换  Esc 关闭", "Enter open  Tab switch  Esc close"),
}


_current = DEFAULT


def parse_lang(value: str | None) -> Lang | None:
    """``zh``/``en`` (any case, ``zh_CN``, ``en-GB`` too) as a Lang; None otherwise."""
    if not value:
        return None
    head = value.strip().lower().replace("-", "_").split("_")[0]
    for lang in Lang:
        if head == lang.value:
            return lang
    return None


def choose(flag: str | None = None, setting: str | None = None) -> Lang:
    """The interface language: the flag, else ``HNREADER_LANG``, else the setting, else zh."""
    for value in (flag, os.environ.get(ENV), setting):
        lang = parse_lang(value)
        if lang is not None:
            return lang
    return DEFAULT


def set_language(lang: Lang | str) -> None:
    """Speak ``lang`` from now on (once, at start-up; tests switch it back and forth)."""
    global _current
    _current = Lang(lang)


def language() -> Lang:
    return _current


def t(key: str, **values: object) -> str:
    """The message ``key`` in the current language, placeholders filled."""
    text = MESSAGES[key][0 if _current is Lang.ZH else 1]
    return text.format(**values) if values else text


def pick(zh: str, en: str) -> str:
    """One of two texts defined side by side (commands carry their own labels)."""
    return zh if _current is Lang.ZH else en


def kind_label(kind: str) -> str:
    """An article kind in the interface language."""
    return t(f"kind.{kind}") if f"kind.{kind}" in MESSAGES else t("kind.other")


# Why a file could not be read, as the reader (corpus/read.py) says it in
# English, and in Chinese. Patterns keep their figures and names.
_REASONS: tuple[tuple[str, str], ...] = (
    (r"no such file or directory", "没有这个文件或文件夹"),
    (r"permission denied", "没有读取权限"),
    (r"is a directory", "是文件夹"),
    (r"symbolic link loop", "符号链接成环"),
    (r"broken symbolic link \(its target does not exist\)", "失效的符号链接（目标不存在）"),
    (r"a named pipe, not a regular file", "是命名管道，不是普通文件"),
    (r"a socket, not a regular file", "是套接字，不是普通文件"),
    (r"a device, not a regular file", "是设备，不是普通文件"),
    (r"not a regular file", "不是普通文件"),
    (r"empty file", "空文件"),
    (r"no text \(only whitespace or control characters\)", "没有文字（只有空白或控制字符）"),
    (r"no \.txt page files in this folder", "文件夹里没有 .txt 版面文件"),
    (r"binary file \((.+?)\), not page text", r"二进制文件（\1），不是版面文本"),
    (
        r"too large for one page \((.+?); the limit is (.+?)\): split it into one file per page",
        r"一版的文件太大（\1；上限 \2）：请每版一个文件",
    ),
    (
        r"not UTF-8, UTF-16 or GB18030 text \(invalid byte at offset (\d+)\)",
        r"不是 UTF-8、UTF-16 或 GB18030 文本（第 \1 字节无效）",
    ),
    (r"invalid (\S+) text at byte (\d+)", r"无效的 \1 文本（第 \2 字节）"),
    (r"same content as (.+)", r"与 \1 内容相同"),
    # storage.py, on a state file it cannot read
    (r"(.+) is unreadable \((.+)\); set aside as (.+)", r"\1 无法读取（\2），已移到 \3"),
    (r"(.+): unexpected content, starting afresh", r"\1：内容不对，重新开始"),
)


def reason(text: str) -> str:
    """A file's load error reason in the interface language."""
    if _current is Lang.EN:
        return text
    import re

    for pattern, chinese in _REASONS:
        match = re.fullmatch(pattern, text)
        if match:
            out = match.expand(chinese)
            for english, words in _KINDS_OF_FILE:
                out = re.sub(english, words, out)
            return out
    return text


# What a binary file is (corpus/read.py's names for them).
_KINDS_OF_FILE = (
    (r"an? empty (\w+) archive", r"空的 \1 压缩包"),
    (r"an? (\w+) image", r"\1 图片"),
    (r"an? (\w+) archive", r"\1 压缩包"),
    (r"an? (\w+) document", r"\1 文档"),
    (r"an? (\w+) database", r"\1 数据库"),
    (r"an? (\w+) media file", r"\1 媒体文件"),
    (r"an executable", "可执行程序"),
)


_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def weekday(day: int | None) -> str:
    """Weekday ``day`` (Monday 0) as 星期六 or Sat; "" when unknown."""
    if day is None:
        return ""
    return t("weekday", d="一二三四五六日"[day] if _current is Lang.ZH else _WEEKDAYS_EN[day])
