"""Pilot tests of what a reader of this paper expects: hierarchy, narrow
terminals, unread counts, history, the issue picker's nearest issues, copy
that tells the truth, the palette, keys typed while loading, settings."""

from __future__ import annotations

import threading

from textual.command import CommandPalette
from textual.widgets import OptionList

from hnreader.app.screens.issue_picker import IssuePicker
from hnreader.app.screens.raw_page import RawPageScreen
from hnreader.app.widgets.issue_header import IssueHeader

from .conftest import build_corpus
from .helpers import screen_runs, screen_text, settle

FRONT = "20240310-p1-01"
LONG = "20240310-p1-02"
HOSTILE_ID = "20240310-p1-03"
CONT = "20240310-p2-01"
FEATURE = "20240310-p2-02"


def _reader_runs(app):
    """Runs of text inside the reading pane."""
    region = app.main.reader.region
    return [
        r
        for r in screen_runs(app)
        if region.y <= r.line < region.bottom and region.x < r.cell < region.right - 1
    ]


def _colour_of(runs, text):
    return next(r for r in runs if text in r.text)


# ---- 1. headline hierarchy ----------------------------------------------------------------


async def test_reading_pane_hierarchy_has_distinct_styles(reader):
    app = reader()
    async with app.run_test(notifications=True, size=(120, 40)) as pilot:
        await settle(pilot)
        runs = _reader_runs(app)
        variables = app.theme_variables
        title = _colour_of(runs, "洞庭湖生态保护取得新进展")
        kicker = _colour_of(runs, "引题在上")
        byline = _colour_of(runs, "记者 张三")
        dateline = _colour_of(runs, "湖南日报3月9日讯")
        body = _colour_of(runs, "第一段提到洞庭湖")
        assert title.bold and title.fg.lower() == variables["reader-accent"].lower()
        assert kicker.fg.lower() == variables["reader-muted"].lower() and not kicker.bold
        # Byline and dateline are truly muted: another colour than the body's.
        assert byline.fg == dateline.fg == kicker.fg != body.fg
        assert any("【要闻】" in r.text for r in runs)
        await pilot.press("j")
        await pilot.pause()
        derived = _colour_of(_reader_runs(app), "评论一则")
        assert "（摘自正文）" in screen_text(app) and derived.fg != title.fg


async def test_list_rows_carry_the_kicker_narrow_and_wide(reader):
    for size in ((60, 20), (200, 50)):
        app = reader()
        async with app.run_test(notifications=True, size=size) as pilot:
            await settle(pilot)
            lines = screen_text(app).splitlines()
            kicker = next(n for n, line in enumerate(lines) if "引题在上" in line)
            assert "洞庭湖生态保护" in lines[kicker + 1], size


# ---- 3. narrow terminals, 4. raw page ------------------------------------------------------


async def test_z_maximises_the_reading_pane_and_back(reader):
    app = reader()
    async with app.run_test(notifications=True, size=(80, 24)) as pilot:
        await settle(pilot)
        footer = screen_text(app).splitlines()[-1]
        assert "q 退出" in footer and "? 帮助" in footer  # the footer is not cut at 80
        before = app.main.reader.region.height
        await pilot.press("z")
        await pilot.pause()
        assert app.main.reader.region.height > before + 5
        assert "•消息" not in screen_text(app)  # the list is out of the way
        await pilot.press("z")
        await pilot.pause()
        assert app.main.reader.region.height == before


async def test_raw_page_wraps_long_lines(reader):
    import dataclasses

    corpus = build_corpus()
    issue = corpus.issues[-1]
    page = issue.pages[0]
    long_line = "很长的一行" * 40
    raw_page = dataclasses.replace(page, raw=page.raw + "\n" + long_line)
    issue = dataclasses.replace(issue, pages=(raw_page, *issue.pages[1:]))
    corpus = dataclasses.replace(corpus, issues=(*corpus.issues[:-1], issue))
    app = reader(corpus=corpus)
    async with app.run_test(notifications=True, size=(80, 40)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, RawPageScreen)
        await pilot.press("G")
        await pilot.pause()
        lines = screen_text(app).splitlines()
        # All of it is there, over several lines, up to its end.
        wrapped = [line for line in lines if "很长的一行" in line]
        assert len(wrapped) >= 3
        assert sum(line.count("很") for line in lines) == 40


# ---- 5/6. search results ------------------------------------------------------------------


async def test_results_mark_headline_hits_and_count_all(reader):
    app = reader()
    async with app.run_test(notifications=True, size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"洞庭湖")
        await settle(pilot)
        listing = app.main.article_list
        assert listing.border_title == "搜索结果 2"
        variables = app.theme_variables
        region = listing.region
        hits = [
            r
            for r in screen_runs(app)
            if region.x <= r.cell < region.right and r.fg.lower() == variables["reader-hit"].lower()
        ]
        assert any("洞庭湖" in r.text for r in hits)  # the headline's hit, highlighted


async def test_snippet_keeps_the_hit_in_view(reader):
    import dataclasses

    corpus = build_corpus()
    oldest = corpus.issues[0]
    page = oldest.pages[0]
    story = dataclasses.replace(
        page.articles[0], paragraphs=("前文" * 22 + "洪水预警" + "后文" * 20,)
    )
    page = dataclasses.replace(page, articles=(story,))
    issues = (dataclasses.replace(oldest, pages=(page,)), *corpus.issues[1:])
    app = reader(corpus=dataclasses.replace(corpus, issues=issues))
    async with app.run_test(notifications=True, size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"洪水预警")
        await settle(pilot)
        region = app.main.article_list.region
        lines = screen_text(app).splitlines()[region.y : region.bottom]
        assert any("洪水预警" in line[: region.right] for line in lines)


# ---- 7. keys typed while loading ----------------------------------------------------------


class _Gated:
    """A corpus that makes the loader wait until the test opens the gate."""

    def __init__(self, corpus, gate: threading.Event) -> None:
        self._corpus, self._gate = corpus, gate

    def __getattr__(self, name):
        self._gate.wait(10)
        return getattr(self._corpus, name)


async def test_a_query_typed_while_loading_runs_when_loaded(reader):
    gate = threading.Event()
    app = reader(corpus=_Gated(build_corpus(), gate))
    async with app.run_test(notifications=True, size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"通讯")
        await pilot.pause()
        assert app.main.corpus is None
        assert "正在载入，载入后即搜索：通讯" in screen_text(app)
        gate.set()
        await settle(pilot)
        assert app.main.results and app.main.article_id == FEATURE


# ---- 10. history and the picker's nearest issues -----------------------------------------


async def test_history_goes_back_and_forward(reader):
    app = reader()
    async with app.run_test(notifications=True, size=(100, 30)) as pilot:
        await settle(pilot)
        main = app.main
        await pilot.press("o")  # a link
        await pilot.pause()
        assert main.article_id == CONT
        await pilot.press("left_square_bracket")  # an issue jump
        await pilot.pause()
        jumped = main.article_id
        assert main.issue_index == 1
        await pilot.press("H")
        assert main.article_id == CONT
        await pilot.press("H")
        assert main.article_id == FRONT
        await pilot.press("L", "L")
        assert main.article_id == jumped
        await pilot.press("L")
        await pilot.pause()
        assert "没有更晚的浏览记录" in screen_text(app)


async def test_picker_offers_the_nearest_issues_for_a_date_not_loaded(reader):
    app = reader()
    async with app.run_test(notifications=True, size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, IssuePicker)
        await pilot.press(*"2024-03-20")
        await pilot.pause()
        text = screen_text(app)
        assert "没有 2024-03-20 这一期" in text and "之前最近一期：2024-03-10" in text
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.main and app.main.issue_index == 2
        await pilot.press("d")
        await pilot.pause()
        await pilot.press(*"20240301")
        await pilot.pause()
        assert "之后最近一期：2024-03-08" in screen_text(app)
        listing = app.screen.query_one(OptionList)
        assert listing.option_count == 2  # the note and the one issue after


# ---- 11. unread -------------------------------------------------------------------------


async def test_unread_counts_next_unread_and_mark_read(reader):
    app = reader()
    async with app.run_test(notifications=True, size=(100, 30)) as pilot:
        await settle(pilot)
        main = app.main
        text = screen_text(app)
        assert "未读5" in text and "第1版 · 3篇  未读3" in text and "第2版 · 2篇  未读2" in text
        await pilot.press("enter")  # read the front story
        await pilot.pause()
        assert "第1版 · 3篇  未读2" in screen_text(app)
        await pilot.press("u")
        assert main.article_id == LONG
        await pilot.press("a")  # mark page read
        await pilot.pause()
        text = screen_text(app)
        assert "第1版 · 3篇  未读" not in text and "未读2" in text
        await pilot.press("u")
        assert main.article_id == CONT
        await pilot.press("A")
        await pilot.pause()
        assert "未读" not in app.main.query_one(IssueHeader).text
        lines = screen_text(app).splitlines()[1:-1]  # below the header, above the footer
        assert not any("未读" in line for line in lines)
        await pilot.press("d")
        await pilot.pause()
        text = screen_text(app)
        assert "2024-03-09 星期六  2篇  2版  未读2" in text
        assert "2024-03-10 星期日  5篇  2版  " in text and "5篇  2版  未读" not in text


# ---- 9. copy -------------------------------------------------------------------------------


async def test_copy_with_a_clipboard_tool_says_so(reader, no_clipboard_tools, tmp_path):
    copied = tmp_path / "copied.txt"
    tool = no_clipboard_tools / "xclip"
    tool.write_text(f"#!/bin/sh\n/bin/cat > {copied}\n", encoding="utf-8")
    tool.chmod(0o755)
    import os

    os.environ["DISPLAY"] = ":0"  # restored by monkeypatch in the fixture's teardown
    app = reader()
    async with app.run_test(notifications=True, size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert copied.read_text(encoding="utf-8").endswith("《湖南日报》2024年3月10日 第1版")
        assert "已复制到剪贴板（xclip）" in screen_text(app)
    del os.environ["DISPLAY"]


async def test_copy_without_a_tool_is_honest_and_saves_a_file(reader, tmp_path):
    app = reader()
    async with app.run_test(notifications=True, size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        saved = tmp_path / "state" / "copies" / f"{FRONT}.txt"
        assert saved.read_text(encoding="utf-8").strip().endswith("《湖南日报》2024年3月10日 第1版")
        text = screen_text(app)
        assert "可能未复制" in text and "已复制到剪贴板" not in text
        assert f"{FRONT}.txt" in text.replace("\n", "").replace(" ", "")
        assert app.clipboard.startswith("【要闻】")  # OSC 52 was still tried


# ---- 8. palette ---------------------------------------------------------------------------


async def _palette(pilot, query):
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(pilot.app.screen, CommandPalette)
    await pilot.press(*query)
    await pilot.pause(0.5)
    return screen_text(pilot.app)


async def test_palette_finds_articles_by_headline_and_reporter(reader):
    app = reader()
    async with app.run_test(notifications=True, size=(100, 30)) as pilot:
        await settle(pilot)
        text = await _palette(pilot, "通讯一")
        assert "通讯一篇" in text
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.article_id == FEATURE
        text = await _palette(pilot, "张三")  # a reporter
        assert "洞庭湖生态保护取得新进展" in text
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.article_id == FRONT


async def test_palette_finds_issues_by_date(reader):
    app = reader()
    async with app.run_test(notifications=True, size=(100, 30)) as pilot:
        await settle(pilot)
        await _palette(pilot, "2024-03-08")
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.issue_index == 0


async def test_palette_lists_ours_first_and_textuals_translated_below(reader):
    app = reader()
    async with app.run_test(notifications=True, size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        assert "命令、标题、记者或日期" in screen_text(app)
        options = app.screen.query_one(OptionList).options
        prompts = [str(getattr(o.prompt, "plain", o.prompt)) for o in options]
        search = next(n for n, p in enumerate(prompts) if "搜索 (/)" in p)
        theme = next(n for n, p in enumerate(prompts) if "主题" in p and "更换" in p)
        assert search < theme
        assert not any("Change the current theme" in p for p in prompts)


# ---- 12. settings --------------------------------------------------------------------------


def _settings(tmp_path, text):
    folder = tmp_path / "config"
    folder.mkdir(exist_ok=True)
    (folder / "settings.toml").write_text(text, encoding="utf-8")


async def test_settings_choose_language_theme_width_and_keys(reader, tmp_path):
    _settings(
        tmp_path,
        'language = "en"\ntheme = "nord"\nreading_width = 40\n[keymap]\nnext_unread = "x"\n',
    )
    app = reader()
    async with app.run_test(notifications=True, size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.theme == "nord"
        text = screen_text(app)
        assert "Search" in text.splitlines()[-1] and "搜索" not in text.splitlines()[-1]
        assert app.main.reader.body.region.width <= 40
        await pilot.press("x")
        assert app.main.article_id == LONG


async def test_invalid_settings_give_a_message_and_the_defaults(reader, tmp_path):
    _settings(tmp_path, 'reading_width = "wide"\nlanguage = "fr"\n[keymap]\nnope = "x"\n')
    app = reader()
    async with app.run_test(notifications=True, size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "reading_width" in text and "使用默认值" in text and "nope" in text
        assert app.main.reader.body.region.width <= 72
        assert "搜索" in text.splitlines()[-1]


async def test_unreadable_settings_file_is_reported(reader, tmp_path):
    _settings(tmp_path, "this is = = not toml")
    app = reader()
    async with app.run_test(notifications=True, size=(120, 40)) as pilot:
        await settle(pilot)
        assert "全部使用默认设置" in screen_text(app)


async def test_query_syntax_from_inside_the_search_bar(reader):
    app = reader()
    async with app.run_test(notifications=True, size=(120, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert "F1 查询语法" in screen_text(app)  # the bar's hint says how
        await pilot.press("f1")
        await pilot.pause()
        text = screen_text(app)
        assert "题:标题" in text and "作者:记者" in text and "-排除" in text
        await pilot.press(*"洞庭")
        await settle(pilot)
        assert app.main.results  # typing goes on in the bar
        await pilot.press("escape")
        await pilot.pause()
        assert "题:标题" not in screen_text(app)
