"""Folding: width, case, traditional characters, layout spaces, and the way back."""

from hypothesis import given
from hypothesis import strategies as st

from hnreader.corpus.fold import fold, fold_char, fold_text


def test_full_width_and_case_fold():
    assert fold_text("ＡＢｃ１２３％") == "abc123%"
    assert fold_text("GDP") == fold_text("gdp")


def test_traditional_folds_to_simplified():
    assert fold_text("進出口貿易") == "进出口贸易"


def test_layout_spaces_and_quotes_are_dropped():
    assert fold_text("总 部 、区 域 总 部") == "总部、区域总部"
    assert fold_text("纵深推进“智赋万企”行动") == "纵深推进智赋万企行动"
    assert fold_text("a\u3000b\tc\nd") == "abcd"


def test_span_maps_back_over_removed_spaces():
    text = "每年冬天，洞 庭 湖 迎来候鸟"
    f = fold(text)
    i = f.text.index("洞庭湖迎来")
    start, end = f.span(i, i + 5)
    assert text[start:end] == "洞 庭 湖 迎来"


def test_span_maps_back_over_expansions():
    text = "等等……然后“出发”"
    f = fold(text)
    assert f.text == "等等......然后出发"
    i = f.text.index("然后出发")
    start, end = f.span(i, i + 4)
    assert text[start:end] == "然后“出发"
    i = f.text.index(".")
    assert text[slice(*f.span(i, i + 6))] == "……"


def test_identity_has_no_map():
    f = fold("湖南日报")
    assert f.text == "湖南日报"
    assert f.cuts == ()
    assert f.span(1, 3) == (1, 3)


@given(st.text(alphabet=st.sampled_from("湖南進出口 ＡaＢ…“”\u3000x1１"), max_size=40))
def test_every_folded_character_comes_from_its_original(text):
    f = fold(text)
    assert f.text == "".join(fold_char(ch) for ch in text)
    for i, ch in enumerate(f.text):
        assert ch in fold_char(text[f.original(i)])
    for i in range(len(f.text)):
        for j in range(i + 1, len(f.text) + 1):
            start, end = f.span(i, j)
            assert fold_text(text[start:end]) == f.text[i:j] or f.text[i:j] in fold_text(
                text[start:end]
            )


@given(st.text(alphabet=st.sampled_from("湖南進出口 ＡaＢ…“”\u3000x1１\n《》ﬁ①"), max_size=40))
def test_folded_text_alone_is_the_folded_text_with_its_offsets(text):
    assert fold_text(text) == fold(text).text
