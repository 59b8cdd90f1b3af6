"""Search: ranking, folding, fields, filters and match offsets, on generated pages
built from the model and on the bundled seed pages."""

from __future__ import annotations

import datetime as dt

import pytest

from hnreader.archive import open_archive
from hnreader.corpus import Article, Corpus, Issue, Page, load
from hnreader.search.fold import fold_text
from hnreader.search.searcher import Searcher


def article(aid, date, title, paragraphs=(), **fields) -> Article:
    return Article(
        id=aid,
        source=f"{aid}.txt",
        title=title,
        paragraphs=tuple(paragraphs),
        issue_date=date,
        **fields,
    )


FACTORY = article(
    "factory",
    dt.date(2024, 5, 1),
    "智能制造示范工厂落户湘潭",
    kicker="聚焦数字经济",
    dateline="湖南日报4月30日讯（全媒体记者 欧阳晓东 通讯员 李梅）",
    paragraphs=["湘潭市今天宣布，一座示范工厂正式投产。", "工厂引入ＡＩ质检系统。"],
)
OLD_FACTORY = article(
    "old-factory",
    dt.date(2022, 12, 30),
    "智能制造示范工厂落户湘潭",
    paragraphs=["两年前的同名报道。"],
)
GREEN = article(
    "green",
    dt.date(2024, 6, 10),
    "让绿色成为发展底色",
    kind="commentary",
    column="三湘时评",
    byline="湖南日报全媒体评论员 周明",
    paragraphs=["推动智能制造与绿色转型同步，是高质量发展的应有之义。"],
)
LAKE = article(
    "lake",
    dt.date(2023, 1, 5),
    "洞庭湖畔的守护者",
    kind="feature",
    byline="湖南日报全媒体记者 王小丫",
    paragraphs=["每年冬天，洞 庭 湖 迎来十万只候鸟。", "护鸟队员的一天从清晨开始。"],
)
PHOTO = article(
    "photo",
    dt.date(2024, 6, 11),
    "图片",
    kind="photo",
    byline="张三 摄",
    paragraphs=["春插时节，农民在田间忙碌。"],
)
METRO = article(
    "metro",
    dt.date(2024, 3, 9),
    "长沙地铁六号线全线贯通",
    subtitle="沿线串起二十余个社区",
    paragraphs=["记者从长沙地铁获悉，六号线今天全线贯通。"],
)
ALL = (FACTORY, OLD_FACTORY, GREEN, LAKE, PHOTO, METRO)


def corpus_of(articles) -> Corpus:
    by_date: dict = {}
    for a in articles:
        by_date.setdefault(a.issue_date, []).append(a)
    issues = tuple(
        Issue(
            date,
            (
                Page(
                    source=f"{date}.txt",
                    path=f"{date}.txt",
                    raw="",
                    articles=tuple(arts),
                    issue_date=date,
                    number=1,
                ),
            ),
        )
        for date, arts in sorted(by_date.items())
    )
    return Corpus(issues=issues)


def searcher_of(corpus: Corpus, folder) -> Searcher:
    """The corpus stored and indexed in a new archive in ``folder``."""
    archive = open_archive(folder)
    archive.add_corpus(corpus)
    return archive.searcher


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Searcher:
    return searcher_of(corpus_of(ALL), tmp_path_factory.mktemp("archive"))


def ids(hits):
    return [h.article.id for h in hits]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("智能制造", "factory"),  # headline, newer of two equal headlines
        ("智能製造", "factory"),  # traditional characters
        ("洞庭湖迎来", "lake"),  # layout spaces in the text
        ("湘", "factory"),  # one character
        ("地铁", "metro"),  # two characters
        ("湘潭工厂", "factory"),  # every term present, not adjacent
        ("ai质检", "factory"),  # full-width Latin in the text, case
        ("题:智能制造", "factory"),
        ("by:王小丫", "lake"),
        ("作者:欧阳晓东", "factory"),
        ("栏目:三湘时评", "green"),
        ("kind:评论", "green"),
        ("kind:photo", "photo"),
        ("2024-03-09", "metro"),
        ("2024-06", "photo"),
        ("date:2023 湖", "lake"),
        ('"二十余个社区"', "metro"),
        ("智能制造 -湘潭", "green"),
        ("地铁 | 候鸟", "metro"),
        ("2024-03..2024-05 智能制造", "factory"),
    ],
)
def test_first_result(index, query, first):
    hits = index.search(query)
    assert hits, query
    assert hits[0].article.id == first


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("智能制照", "factory"),  # one character wrong
        ("示范厂落户", "factory"),  # one character missing
        ("示范工工厂落户", "factory"),  # one character extra
        ("晓东欧阳", "factory"),  # a shuffled name
        ("王丫小", "lake"),
        ("zhinengzhizao", "factory"),  # full pinyin
        ("znzz", "factory"),  # pinyin initials
        ("dongtinghu", "lake"),
        ("dongting", "lake"),  # the last syllable still being typed
    ],
)
def test_near_misses_in_top_three(index, query, expected):
    assert expected in ids(index.search(query))[:3], query


def test_headline_before_body_and_newer_first(index):
    assert ids(index.search("智能制造")) == ["factory", "old-factory", "green"]


def test_fields_and_filters_restrict(index):
    assert "green" not in ids(index.search("题:智能制造"))
    assert ids(index.search("kind:评论")) == ["green"]
    assert set(ids(index.search("2024-06"))) == {"green", "photo"}
    assert ids(index.search('"智能制造示范"')) == ["factory", "old-factory"]
    assert set(ids(index.search("2024-03..2024-05"))) == {"factory", "metro"}


@pytest.mark.parametrize(
    "query",
    ["量子计算机", "by:李四", "kind:评论 地铁", "2021-01 智能制造", "xyzzy", "", "智能制造 -智能"],
)
def test_nothing_found(index, query):
    assert index.search(query) == []


def test_match_offsets_are_in_displayed_text(index):
    (hit,) = [h for h in index.search("洞庭湖迎来") if h.article.id == "lake"]
    para = [m for m in hit.matches if m.field == "paragraph"]
    assert [(m.index, LAKE.paragraphs[0][m.start : m.end]) for m in para] == [(0, "洞 庭 湖 迎来")]
    assert index.matches(LAKE, "洞庭湖迎来") == hit.matches
    start, end = hit.snippet_spans[0]
    assert hit.snippet[start:end] == "洞 庭 湖 迎来"


def test_every_match_folds_to_the_query(index):
    for hit in index.search("湘潭"):
        assert hit.matches
        for m in hit.matches:
            shown = (
                hit.article.paragraphs[m.index]
                if m.field == "paragraph"
                else getattr(hit.article, m.field)
            )
            assert fold_text(shown[m.start : m.end]) == "湘潭"
        order = [(FIELD_ORDER.index(m.field), m.index, m.start) for m in hit.matches]
        assert order == sorted(order)


FIELD_ORDER = ["column", "kicker", "title", "subtitle", "byline", "dateline", "paragraph"]


def test_fielded_matches_stay_in_their_field(index):
    matches = index.matches(FACTORY, "作者:欧阳晓东")
    assert [m.field for m in matches] == ["dateline"]
    assert index.matches(FACTORY, "量子") == ()


def test_fuzzy_matches_are_highlighted(index):
    matches = index.matches(FACTORY, "智能制照")
    assert any(FACTORY.title[m.start : m.end] == "智能制造" for m in matches if m.field == "title")


def test_pinyin_matches_are_highlighted(index):
    matches = index.matches(LAKE, "dongtinghu")
    assert [(m.field, LAKE.title[m.start : m.end]) for m in matches] == [("title", "洞庭湖")]


def test_limit(index):
    assert len(index.search("kind:news", limit=1)) == 1


# ------------------------------------------------------------------ the seeds


@pytest.fixture(scope="module")
def seed_corpus() -> Corpus:
    return load()


@pytest.fixture(scope="module")
def seeds(seed_corpus, tmp_path_factory) -> Searcher:
    return searcher_of(seed_corpus, tmp_path_factory.mktemp("seeds"))


def folded(a: Article) -> tuple[str, str]:
    return fold_text(a.headline), fold_text(a.body)


@pytest.mark.parametrize("query", ["智赋万企", "进出口", "進出口"])
def test_seeds_headline_first(seeds, query):
    hits = seeds.search(query)
    assert hits
    assert fold_text(query) in folded(hits[0].article)[0]
    levels = [fold_text(query) in folded(h.article)[0] for h in hits]
    assert levels == sorted(levels, reverse=True)  # every headline match before body ones


@pytest.mark.parametrize("query", ["zhifuwanqi", "zfwq", "智赋万歧", "赋万企智"])
def test_seeds_near_misses(seeds, query):
    top = seeds.search(query)[:3]
    assert any("智赋万企" in "".join(folded(h.article)) for h in top)


def test_seeds_phrase_in_body(seeds):
    hits = seeds.search('"先进制造业高地"')
    assert hits
    assert all("先进制造业高地" in "".join(folded(h.article)) for h in hits)


def test_seeds_filters(seeds, seed_corpus):
    dated = [a for a in seed_corpus.articles if a.issue_date]
    month = f"{dated[0].issue_date:%Y-%m}"
    hits = seeds.search(month)
    assert hits and all(f"{h.article.issue_date:%Y-%m}" == month for h in hits)
    hits = seeds.search("kind:消息 进出口")
    assert hits and all(h.article.kind == "news" for h in hits)
    for h in seeds.search("题:进出口"):
        assert "进出口" in folded(h.article)[0]


def test_seeds_nothing(seeds):
    assert seeds.search("量子纠缠") == []


def test_seeds_snippets_show_matches(seeds):
    for hit in seeds.search("进出口"):
        if "进出口" not in "".join(folded(hit.article)):
            continue  # an approximate match, highlighted as such
        assert hit.snippet_spans
        for start, end in hit.snippet_spans:
            assert fold_text(hit.snippet[start:end]) == "进出口"


def test_one_wrong_character_inside_a_word_is_any_character(tmp_path):
    # "质" is followed by fifty other characters in more articles than by "Ω", so
    # a wrong character after it is not among the most frequent followers: the
    # word is still found, whichever character stands in its place.
    filler = "".join(chr(0x4E00 + 40 * n) for n in range(50))
    crowd = [
        article(f"crowd{n}-{k}", dt.date(2024, 1, 1), "无关", [f"质{ch}"])
        for n, ch in enumerate(filler)
        for k in range(2)
    ]
    odd = article("odd", dt.date(2020, 1, 1), "标题", ["推进高质Ω发展的报道"])
    found = searcher_of(corpus_of([*crowd, odd]), tmp_path).search("高质量发展")
    assert ids(found) == ["odd"] and found[0].near


def test_a_near_match_at_the_end_of_a_field(tmp_path):
    # All but the last character of the word, ending the title: near enough.
    ends = article("ends", dt.date(2024, 1, 1), "推动科技创新", ["正文与此无关。"])
    found = searcher_of(corpus_of([ends]), tmp_path).search("创新动")
    assert ids(found) == ["ends"] and found[0].near


def test_total_counts_only_what_is_within(index):
    commentary = index.engine.kinds(["commentary"])
    assert index.search("智能制造", limit=1).total == 3
    narrowed = index.search("智能制造", limit=1, within=commentary)
    assert ids(narrowed) == ["green"] and narrowed.total == 1


@pytest.mark.parametrize(
    "text",
    ["重庆银行行长到长沙调研", "长沙音乐厅举行新年音乐会", "5G基站\n覆盖全省", "银行行长说行"],
)
def test_headline_pinyin_reads_each_word_as_the_whole_headline_reads_it(text):
    # Word by word (each word's reading kept), the same as pypinyin on the whole text.
    from pypinyin import lazy_pinyin

    from hnreader.search.text import pinyin

    whole = [p.lower() for p in lazy_pinyin(text, errors=list)]
    assert len(whole) == len(text)
    assert pinyin(text) == whole
    assert pinyin(text) == whole  # and again, from what was kept
