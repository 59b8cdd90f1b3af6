"""Property tests: any text at all, the loader never raises and loses nothing.

Coverage is measured by the gold scorer's own code: each raw line, squashed
(NFKC, no whitespace), must be found in the export's strings as a few pieces
of four or more characters. Control characters that ``clean_text``
removes are not required.
"""

from __future__ import annotations

import codecs
import importlib.util
import re
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from hnreader.corpus import load, seeds_path
from hnreader.corpus.export import article_dict, source_dict
from hnreader.corpus.model import Page
from hnreader.corpus.read import PageReadError, RawPage, clean_text, decode
from hnreader.corpus.segment import segment_page

GOLD = Path(__file__).parent / "gold"
SEED_LINES = sorted(
    {
        line
        for path in seeds_path().glob("*.txt")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }
)

cjk = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=1, max_size=40)
punctuation = st.sampled_from(list("，。、；：？！“”‘’（）《》【】—…·％▲▷▶■●◆〔〕「」①②③"))
ascii_punctuation = st.sampled_from(list("-/.,:;!?()[]"))
digits = st.text(st.sampled_from("0123456789０１２３４５６７８９.%"), min_size=1, max_size=6)
latin = st.text(st.characters(min_codepoint=0x41, max_codepoint=0x7A), min_size=1, max_size=10)
space = st.sampled_from([" ", "  ", "\n", "\n\n", "\n \n", "\t", "\u3000", "\r\n", "\r", "\xa0"])
control = st.sampled_from(
    [
        "\x00",
        "\x07",
        "\x08",
        "\x1b[31m",
        "\x1b[0m",
        "\x1b]0;t\x07",
        "\x1b]8;;http://x\x1b\\",
        "\u202e",
        "\u2066",
        "\x9b",
        "\x0c",
        "\x0b",
        "\ufeff",
        "\u200b",
        "\x7f",
        "\x85",
    ]
)
# Shapes this paper prints (general patterns, not text of any one page).
furniture = st.sampled_from(
    [
        "下转2版",
        "（上接1版③）",
        "▷(下转2版)",
        "▲ ▲（紧接1版①）",
        "湖南日报3月8日讯（全媒体记者 张三）",
        "本报记者 李四 摄",
        "新华社北京3月8日电",
        "2025年3月",
        "27",
        "星期四",
        "农历乙巳年二月廿八",
        "第27314号",
        "今日8版",
        "三湘时评",
        "——",
        "图为",
        "编者按",
    ]
)
seed_line = st.sampled_from(SEED_LINES)
token = st.one_of(
    cjk,
    punctuation,
    ascii_punctuation,
    digits,
    latin,
    space,
    control,
    furniture,
    seed_line,
    seed_line,
)
page_text = st.lists(token, max_size=80).map("".join)


def _scorer():
    """The gold scorer (tests/gold/score.py): coverage is measured with its code."""
    spec = importlib.util.spec_from_file_location("gold_score", GOLD / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = _scorer()


def lost_text(raw: str, page: Page) -> list[str]:
    """Squashed raw lines not wholly found in the page's export, as the scorer sees it."""
    strings = score.strings_in([article_dict(a) for a in page.articles])
    strings += score.strings_in(source_dict(page))
    hay = "\u0000".join(score.squash(s) for s in strings)
    lost = []
    for line in raw.splitlines():
        squashed = score.squash(line)
        if score.covered(squashed, hay) < len(squashed):
            lost.append(squashed)
    return lost


@given(page_text)
def test_segment_never_raises(text: str) -> None:
    page = segment_page(RawPage(Path("page.txt"), clean_text(text), "utf-8"), "page.txt")
    assert page.raw == clean_text(text)


@given(page_text)
def test_segment_loses_nothing(text: str) -> None:
    raw = RawPage(Path("page.txt"), clean_text(text), "utf-8")
    page = segment_page(raw, "page.txt")
    assert lost_text(raw.text, page) == []


@given(st.lists(seed_line, min_size=1, max_size=60))
def test_shuffled_seed_lines_lose_nothing(lines: list[str]) -> None:
    raw = RawPage(Path("page.txt"), clean_text("\n".join(lines)), "utf-8")
    page = segment_page(raw, "page.txt")
    assert lost_text(raw.text, page) == []


@given(page_text)
def test_clean_text_leaves_nothing_unsafe(text: str) -> None:
    cleaned = clean_text(text)
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]", cleaned)
    assert clean_text(cleaned) == cleaned


@given(st.binary(max_size=2048))
def test_decode_returns_text_or_a_reason(data: bytes) -> None:
    try:
        text, encoding = decode(data)
    except PageReadError as exc:
        assert str(exc)
    else:
        assert isinstance(text, str) and encoding


no_nul_text = page_text.map(lambda t: t.replace("\x00", ""))


@given(no_nul_text, st.sampled_from(["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"]))
def test_decode_round_trips_unambiguous_encodings(text: str, encoding: str) -> None:
    if encoding == "utf-8":
        text = text.lstrip("\ufeff")  # a leading U+FEFF in UTF-8 *is* a byte-order mark
    data = {
        "utf-8": lambda: text.encode("utf-8"),
        "utf-8-bom": lambda: codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf-16-le-bom": lambda: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf-16-be-bom": lambda: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    }[encoding]()
    try:
        decoded, _ = decode(data)
    except PageReadError as exc:  # a text of mostly or only control characters is refused
        assert "binary" in str(exc) or "no text" in str(exc)
        assert len(clean_text(text).strip()) * 2 < len(text)
    else:
        assert decoded == text


@given(page_text, st.sampled_from(["utf-8", "gb18030", "utf-16", "utf-16-le"]), st.booleans())
def test_load_any_file_never_raises(text: str, encoding: str, cut: bool) -> None:
    data = text.encode(encoding, errors="ignore")
    if cut:
        data = data[: len(data) // 2 * 2 - 1]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "page.txt")
        path.write_bytes(data)
        corpus = load([path])
    assert len(corpus.pages) + len(corpus.errors) == 1
    for error in corpus.errors:
        assert error.path == str(path) and error.reason
