"""Pilot tests: every binding and flow of the reader, on a small model-built corpus."""

from __future__ import annotations

import json

from textual.command import CommandPalette
from textual.widgets import Input, OptionList

from hnreader.app.screens.bookmarks_screen import BookmarksScreen
from hnreader.app.screens.help_screen import HelpScreen
from hnreader.app.screens.issue_picker import IssuePicker
from hnreader.app.screens.raw_page import RawPageScreen
from hnreader.app.widgets.issue_header import IssueHeader
from hnreader.corpus.model import LoadError

from .conftest import build_corpus
from .helpers import screen_text, settle

SIZE = (100, 30)
FRONT = "20240310-p1-01"
LONG = "20240310-p1-02"
HOSTILE_ID = "20240310-p1-03"
CONT = "20240310-p2-01"
FEATURE = "20240310-p2-02"


async def test_first_screen_header_and_list(reader):
    async with reader().run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = pilot.app.main
        text = screen_text(pilot.app)
        header = main.query_one(IssueHeader).text
        for part in (
            "2024-03-10",
            "星期日",
            "甲辰年正月三十",
            "第27000号",
            "今日8版",
            "第1版",
            "本期2页中第1页",
            "载入3期中第3期",
        ):
            assert part in header
        # On screen, one line: what fits, the lunar date giving way first.
        assert "2024-03-10 星期日" in text.splitlines()[0] and "第1版" in text.splitlines()[0]
        for part in (
            "第1版 · 3篇",
            "第2版 · 2篇",
            "•消息 洞庭湖生态保护",
            "评论 评论一则",
            "转版 接上文",
            "通讯 通讯一篇",
            "图片",
        ):
            assert part in text
        assert main.article_id == FRONT
        assert pilot.app.focused is main.article_list


async def test_reading_pane_shows_every_part_in_order(reader):
    async with reader().run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = screen_text(pilot.app)
        order = [
            "【要闻】",
            "引题在上",
            "洞庭湖生态保护取得新进展",
            "副题在下",
            "记者 张三",
            "湖南日报3月9日讯",
            "第一段提到洞庭湖",
            "小标题一",
            "第二段又提到",
        ]
        # The reading pane is right of the list's border.
        text = "\n".join(line.split("▊")[2] for line in text.splitlines() if line.count("▊") > 1)
        positions = [text.index(part) for part in order]
        assert positions == sorted(positions)
        assert "→ 下转2版：接上文" in text


async def test_derived_titles_read_and_bookmarked_rows_look_different(reader):
    async with reader().run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = pilot.app.main
        derived = main.displays[LONG].prompt(False, False)
        printed = main.displays[FRONT].prompt(False, False)
        assert any("italic" in str(span.style) for span in derived.spans)
        assert not any("italic" in str(span.style) for span in printed.spans)
        # Read rows lose the unread mark: more than a shade of grey.
        assert "•" in main.displays[FRONT].prompt(False, False).plain
        assert "•" not in main.displays[FRONT].prompt(True, False).plain
        assert "★•消息" in main.displays[FRONT].prompt(False, True).plain


async def test_list_keys_move_and_open(reader):
    async with reader().run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = pilot.app.main
        await pilot.press("j")
        assert main.article_id == LONG
        await pilot.press("down")
        assert main.article_id == HOSTILE_ID
        await pilot.press("k")
        assert main.article_id == LONG
        await pilot.press("up")
        assert main.article_id == FRONT
        await pilot.press("G")
        assert main.article_id == FEATURE
        await pilot.press("g")
        assert main.article_id == FRONT
        await pilot.press("pagedown")
        assert main.article_id != FRONT
        await pilot.press("pageup")
        assert main.article_id == FRONT
        await pilot.press("space")
        assert main.article_id != FRONT
        await pilot.press("g", "enter")
        await pilot.pause()
        assert pilot.app.focused is main.reader
        assert FRONT in pilot.app.state.read


async def test_article_left_on_screen_counts_as_read(reader):
    app = reader()
    app.read_after = 1.0
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        assert LONG not in app.state.read
        await pilot.pause(1.5)
        assert LONG in app.state.read
        assert "•" not in app.main.article_list.highlighted_option.prompt.plain


async def test_reading_pane_keys_scroll(reader):
    async with reader().run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = pilot.app.main
        await pilot.press("j", "enter")
        await pilot.pause()
        view = main.reader
        assert main.article_id == LONG and pilot.app.focused is view
        assert view.max_scroll_y > 0
        await pilot.press("j", "j")
        await pilot.pause()
        assert view.scroll_y == 2
        await pilot.press("k")
        await pilot.pause()
        assert view.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert view.scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        first_page = view.scroll_y
        assert first_page > 1
        await pilot.press("pagedown")
        await pilot.pause()
        assert view.scroll_y > first_page
        await pilot.press("pageup")
        await pilot.pause()
        assert view.scroll_y == first_page
        assert main.article_id == LONG


async def test_tab_switches_panes(reader):
    async with reader().run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = pilot.app.main
        await pilot.press("tab")
        assert pilot.app.focused is main.reader
        await pilot.press("tab")
        assert pilot.app.focused is main.article_list


async def test_mouse_click_opens_row(reader):
    async with reader().run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = pilot.app.main
        listing = main.article_list
        line = next(
            n for n, text in enumerate(screen_text(pilot.app).splitlines()) if "通讯一篇" in text
        )
        await pilot.click(listing, offset=(5, line - listing.region.y))
        await pilot.pause()
        assert main.article_id == FEATURE


async def test_issue_and_page_navigation(reader):
    async with reader().run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = pilot.app.main
        await pilot.press("right_curly_bracket")
        assert main.article_id == CONT and main.page_index == 1
        header = main.query_one(IssueHeader).text
        assert "第2版" in header and "本期2页中第2页" in header
        await pilot.press("left_square_bracket")  # same page number in the previous issue
        assert main.issue_index == 1 and main.article_id == "20240309-p2-01"
        await pilot.press("left_square_bracket")  # no page 2 there: nearest page
        assert main.issue_index == 0 and main.article_id == "20240308-p1-01"
        await pilot.press("left_square_bracket")
        assert main.issue_index == 0
        await pilot.press("right_curly_bracket")  # last page: on to the next issue
        assert main.article_id == "20240309-p1-01"
        await pilot.press("left_curly_bracket")  # first page: back to the previous issue
        assert main.article_id == "20240308-p1-01"
        await pilot.press("right_square_bracket")
        assert main.issue_index == 1
        await pilot.press("t")
        assert main.issue_index == 2 and main.article_id == FRONT


async def test_issue_picker_filters_and_opens(reader):
    async with reader().run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("d")
        await pilot.pause()
        picker = pilot.app.screen
        assert isinstance(picker, IssuePicker)
        listing = picker.query_one(OptionList)
        assert listing.option_count == 3
        text = screen_text(pilot.app)
        assert "2024-03-09 星期六  2篇  2版" in text
        await pilot.press(*"0308")
        await pilot.pause()
        assert listing.option_count == 1
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.main.issue_index == 0
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert pilot.app.screen is pilot.app.main and pilot.app.main.issue_index == 0


async def test_search_flow_with_matches_and_escape_levels(reader):
    async with reader().run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = pilot.app.main
        await pilot.press("slash")
        assert isinstance(pilot.app.focused, Input) and main.has_class("-searching")
        await pilot.press(*"洞庭湖")
        await settle(pilot)
        assert main.results and {h.article.id for h in main.hits} == {FRONT, LONG}
        text = screen_text(pilot.app)
        assert "搜索结果 2" in text and "2024-03-10 第1版" in text
        await pilot.press("enter")
        await settle(pilot)
        article = main.article_id
        assert pilot.app.focused is main.reader
        count = len(main.matches)
        assert count >= 2 and main.match_index == 0
        assert f"匹配 1/{count}" in screen_text(pilot.app)
        await pilot.press("n")
        assert main.match_index == 1 and f"匹配 2/{count}" in screen_text(pilot.app)
        await pilot.press("N", "N")
        assert main.match_index == count - 1
        # One predicate: every highlighted span in the article is the query.
        disp = main.displays[article]
        texts = {(b.field, b.index): b.text for b in disp.blocks}
        assert {texts[(m.field, m.index)][m.start : m.end] for m in main.matches} == {"洞庭湖"}
        await pilot.press("escape")
        assert pilot.app.focused is main.article_list and main.results
        await pilot.press("escape")
        assert not main.results and not main.matches
        assert not main.has_class("-searching")
        assert main.article_id == article
        assert "搜索结果" not in screen_text(pilot.app)


async def test_search_escape_from_empty_bar_and_ideographic_comma(reader):
    async with reader().run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = pilot.app.main
        await pilot.press("ideographic_comma")
        assert isinstance(pilot.app.focused, Input)
        await pilot.press("escape")
        assert pilot.app.focused is main.article_list and not main.has_class("-searching")
        await pilot.press("slash", *"不存在的词")
        await settle(pilot)
        assert main.results and not main.hits
        assert "没有找到" in screen_text(pilot.app)


async def test_bookmarks(reader, tmp_path):
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        await pilot.press("j", "b")
        await pilot.pause()
        assert app.state.bookmarks == [LONG]
        assert "★•评论 评论一则" in screen_text(app)
        await pilot.press("g", "B")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is main and main.article_id == LONG
        await pilot.press("b")
        assert app.state.bookmarks == []
        # Taken off from the bookmarks view too.
        await pilot.press("b", "B")
        await pilot.pause()
        assert app.state.bookmarks == [LONG]
        await pilot.press("d")
        await pilot.pause()
        assert app.state.bookmarks == []
        assert "还没有书签" not in screen_text(app)
        assert "书签 · 0" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "★•评论 评论一则" not in screen_text(app)
    saved = json.loads((tmp_path / "state" / "state.json").read_text(encoding="utf-8"))
    assert saved["bookmarks"] == []


async def test_copy_with_citation(reader):
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        lines = app.clipboard.splitlines()
        assert lines[:2] == ["【要闻】", "引题在上"] and "第二段又提到洞庭湖和长沙。" in lines
        assert lines[-1] == "《湖南日报》2024年3月10日 第1版"


async def test_raw_page_marks_source_lines(reader):
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, RawPageScreen)
        text = screen_text(app)
        assert "▌ 3 原始第3行" in text and "▌ 5 原始第5行" in text
        assert "▌ 6" not in text and "  6 原始第6行" in text
        await pilot.press("escape")
        assert app.screen is app.main


async def test_follow_link_by_key_and_click(reader):
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        await pilot.press("o")
        assert main.article_id == CONT and main.page_index == 1
        assert "→ 上接1版：引题在上 洞庭湖生态保护取得新进展 副题在下" in screen_text(app)
        body = main.reader.body
        line = next(n for n, target in enumerate(body.links_by_line()) if target)
        await pilot.click(body, offset=(3, line))
        await pilot.pause()
        assert main.article_id == FRONT


async def test_escape_goes_back_after_following_a_link(reader):
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        main = app.main
        await pilot.press("o")
        await pilot.pause()
        assert main.article_id == CONT and main.focused is main.reader
        await pilot.press("escape")
        await pilot.pause()
        assert main.article_id == FRONT and main.page_index == 0
        await pilot.press("escape")
        await pilot.pause()
        assert main.focused is main.article_list


async def test_help_is_generated_from_bindings(reader):
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        rows = {(group, keys) for group, keys, _ in help_screen.rows}
        assert ("期与版", "[") in rows and ("搜索", "/ 、") in rows
        assert ("翻阅", "j") in rows and ("翻阅", "space") in rows
        assert "下一期，尽量停在同一版" in screen_text(app)
        await pilot.press("escape")
        assert app.screen is app.main


async def test_command_palette_lists_commands_and_jumps(reader):
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"上一期")
        await pilot.pause(0.3)
        assert "上一期 ([)" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.main and app.main.issue_index == 1
        await app.main.run_action("jump_article")
        await pilot.pause()
        await pilot.press(*"通讯一")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.article_id == FEATURE
        await app.main.run_action("jump_issue")
        await pilot.pause()
        await pilot.press(*"2024-03-08")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.main.issue_index == 0


async def test_markup_and_escapes_are_shown_literally(reader):
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        await pilot.pause()
        assert app.main.article_id == HOSTILE_ID
        text = screen_text(app)
        assert "[bold]粗体[/] [/] ␛[31m红色␛[0m ␇ [link=http://x]链接" in text
        assert "[/link]" in text
        assert "\x1b" not in text and "\x07" not in text
        await pilot.press("slash", *"[/]")
        await settle(pilot)
        assert HOSTILE_ID in {h.article.id for h in app.main.hits}
        await pilot.press("enter", "c")
        assert "\x1b" not in app.clipboard


async def test_unreadable_files_are_notified(reader):
    errors = (LoadError("/data/bad[red].txt", "not text"),)
    app = reader(corpus=build_corpus(errors))
    async with app.run_test(notifications=True, size=SIZE) as pilot:
        await settle(pilot)
        assert "/data/bad[red].txt: not text" in screen_text(app)


async def test_state_persists_and_position_is_restored(reader, tmp_path):
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("left_square_bracket", "enter")
        await pilot.pause()
        opened = app.main.article_id
        app.theme = "textual-light"
        await pilot.press("q")
    saved = json.loads((tmp_path / "state" / "state.json").read_text(encoding="utf-8"))
    assert opened in saved["read"] and saved["last_article"] == opened
    assert saved["theme"] == "textual-light"
    again = reader()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.main.article_id == opened and again.theme == "textual-light"


async def test_corrupt_state_is_set_aside_with_a_warning(reader, tmp_path):
    state = tmp_path / "state"
    state.mkdir()
    (state / "state.json").write_text("{not json", encoding="utf-8")
    app = reader()
    async with app.run_test(notifications=True, size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.main.article_id == FRONT
        text = screen_text(app)
        assert "无法读取" in text and "已移到" in text and "state.json.corrupt-" in text
    assert list(state.glob("state.json.corrupt-*"))


async def test_quit(reader):
    app = reader()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_narrow_terminal_stacks_panes(reader):
    app = reader()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        main = app.main
        assert main.has_class("-narrow")
        assert main.reader.region.y > main.article_list.region.y
        assert main.reader.region.x == main.article_list.region.x
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert not main.has_class("-narrow")
        assert main.reader.region.x > main.article_list.region.x


async def test_bundled_seeds_load_in_a_worker(tmp_path):
    from hnreader.app import make_app

    app = make_app(state_dir=tmp_path, cache_dir=tmp_path / "cache", settings_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        assert app.main.corpus is None  # first frame comes before the load
        await settle(pilot)
        main = app.main
        assert main.corpus is not None and len(main.corpus.issues) >= 1
        assert not main.has_class("-loading") and main.article_id in main.displays
        await pilot.press("j", "enter")
        await pilot.pause()
        assert pilot.app.focused is main.reader
