"""One interface language at a time: Chinese by default whatever the locale,
English when chosen; footer, help, palette, pane titles and notifications
agree. Newspaper text is never translated."""

from __future__ import annotations

import re

from textual.widgets import OptionList

from hnreader.app.widgets.issue_header import IssueHeader
from hnreader.corpus.model import LoadError
from hnreader.i18n import MESSAGES, Lang, choose, reason

from .conftest import build_corpus
from .helpers import screen_text, settle

HAN = re.compile(r"[\u3400-\u9fff]")


def test_every_message_has_both_languages_with_the_same_placeholders():
    for key, (zh, en) in MESSAGES.items():
        assert zh and en, key
        assert sorted(re.findall(r"{(\w+)}", zh)) == sorted(re.findall(r"{(\w+)}", en)), key


def test_language_choice_ignores_the_locale(monkeypatch):
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    assert choose() is Lang.ZH
    monkeypatch.setenv("HNREADER_LANG", "en")
    assert choose() is Lang.EN
    assert choose("zh") is Lang.ZH  # the flag wins
    monkeypatch.delenv("HNREADER_LANG")
    assert choose(None, "en") is Lang.EN  # then the settings file


async def test_chinese_by_default_everywhere(reader):
    errors = (LoadError("/data/bad.txt", "empty file"),)
    app = reader(corpus=build_corpus(errors))
    async with app.run_test(notifications=True, size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        footer = text.splitlines()[-1]
        assert "搜索" in footer and "帮助" in footer and "palette" not in footer
        assert "1 个文件无法读取" in text and "/data/bad.txt: 空文件" in text
        assert "empty file" not in text
        await pilot.press("question_mark")
        await pilot.pause()
        text = screen_text(app)
        assert "帮助 · 按键" in text and "翻阅" in text and "Focus Next" not in text


async def test_english_when_chosen(reader):
    errors = (LoadError("/data/bad.txt", "empty file"),)
    app = reader(corpus=build_corpus(errors), lang="en")
    async with app.run_test(notifications=True, size=(120, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        footer = text.splitlines()[-1]
        assert "Search" in footer and "Help" in footer and not HAN.search(footer)
        assert "Could not read 1 file(s)" in text and "/data/bad.txt: empty file" in text
        header = app.main.query_one(IssueHeader).text
        assert "p. 1" in header and "issue 3 of 3 loaded" in header and "Sun" in header
        await pilot.press("slash", *"洞庭湖")
        await settle(pilot)
        assert app.main.article_list.border_title == "2 results"
        await pilot.press("escape", "escape", "question_mark")
        await pilot.pause()
        text = screen_text(app)
        assert "Help · keys" in text and "Issues and pages" in text
        assert "下一期" not in text
        await pilot.press("escape", "ctrl+p")
        await pilot.pause(0.5)
        prompts = [str(o.prompt) for o in app.screen.query_one(OptionList).options]
        assert any("Previous issue" in p for p in prompts)
        assert not any("上一期" in p or "主题" in p for p in prompts)


def test_load_reasons_follow_the_language():
    assert (
        reason("binary file (a PNG image), not page text") == "二进制文件（PNG 图片），不是版面文本"
    )
    assert reason("same content as /a/b.txt") == "与 /a/b.txt 内容相同"
    assert reason("something new") == "something new"
