"""Query parsing: words, phrases, exclusions, choices, fields, kinds and dates."""

import datetime as dt

import pytest

from hnreader.search.query import QueryError, parse


def texts(q):
    return [[(t.text, t.scope, t.phrase) for t in clause] for clause in q.clauses]


def test_words_are_folded_clauses():
    q = parse("進出口  ＡＩ")
    assert texts(q) == [[("进出口", "", False)], [("ai", "", False)]]


def test_phrase_exclusion_and_choice():
    q = parse('"智赋 万企" -衡阳 长沙|株洲')
    assert texts(q) == [[("智赋万企", "", True)], [("长沙", "", False), ("株洲", "", False)]]
    assert [t.text for t in q.excluded] == ["衡阳"]
    assert texts(parse("长沙 | 株洲")) == texts(parse("长沙|株洲"))


def test_chinese_quotes_and_unfinished_quote():
    assert texts(parse("“新三样”")) == [[("新三样", "", True)]]
    assert texts(parse('"新三')) == [[("新三", "", True)]]


@pytest.mark.parametrize(
    ("typed", "scope"),
    [
        ("题:进出口", "headline"),
        ("title:进出口", "headline"),
        ("标题：进出口", "headline"),
        ("作者:唐曦", "byline"),
        ("by:唐曦", "byline"),
        ("栏目:时评", "column"),
        ("column:时评", "column"),
        ("TITLE:进出口", "headline"),
    ],
)
def test_fields(typed, scope):
    (clause,) = parse(typed).clauses
    assert clause[0].scope == scope


def test_field_being_typed_is_ignored():
    assert parse("title:").is_empty
    assert parse("进出口 by:").clauses == parse("进出口").clauses


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        ("kind:消息", "news"),
        ("kind:news", "news"),
        ("kind:评论", "commentary"),
        ("kind:通讯", "feature"),
        ("kind:photo", "photo"),
        ("类型:图片", "photo"),
        ("kind:com", "commentary"),
    ],
)
def test_kinds(typed, kind):
    assert parse(typed).kinds == {kind}


def test_unknown_kind_is_an_error():
    with pytest.raises(QueryError):
        parse("kind:社论x")


@pytest.mark.parametrize(
    ("typed", "lo", "hi"),
    [
        ("2024-03-09", dt.date(2024, 3, 9), dt.date(2024, 3, 9)),
        ("2024-03", dt.date(2024, 3, 1), dt.date(2024, 3, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2024-03..2024-12", dt.date(2024, 3, 1), dt.date(2024, 12, 31)),
        ("date:2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("日期:2023..2024-06", dt.date(2023, 1, 1), dt.date(2024, 6, 30)),
    ],
)
def test_dates(typed, lo, hi):
    q = parse(typed)
    assert q.dates == ((lo, hi),)
    assert not q.clauses


def test_bare_year_is_text():
    q = parse("2024")
    assert not q.dates
    assert texts(q) == [[("2024", "", False)]]


def test_impossible_dates():
    with pytest.raises(QueryError):
        parse("date:2024-13")
    with pytest.raises(QueryError):
        parse("date:2024-05..2024-01")
    # A bare token that is no real date is just text.
    assert texts(parse("2024-13")) == [[("2024-13", "", False)]]


def test_date_ok():
    q = parse("2024-03")
    assert q.date_ok(dt.date(2024, 3, 31))
    assert not q.date_ok(dt.date(2024, 4, 1))
    assert not q.date_ok(None)


def test_empty_queries():
    assert parse("").is_empty
    assert parse("   ").is_empty
    assert parse("“”").is_empty
    assert parse("|").is_empty
