"""``hnreader trend``, ``facets`` and ``search --export``: counts that agree with search.

Trend and facets count what the query matches in its words; search also lists
approximate matches after those (scored at the lowest level), which are not counted.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from hnreader.search.searcher import FUZZY, TERMS

ALL = "100000"


@pytest.fixture
def run(cli):
    return cli


def _search_ids(run, query, *extra):
    """The search results for ``query`` matched in their words (not approximately)."""
    code, out, _ = run("search", query, "--json", "--limit", ALL, *extra)
    assert code == 0
    results = json.loads(out)["results"]
    return [r for r in results if not 100 * FUZZY <= r["score"] < 100 * TERMS]


@pytest.mark.parametrize("query", ["外贸", "湖南", "企业 -长沙", "kind:评论"])
@pytest.mark.parametrize("by", ["month", "year"])
def test_trend_counts_sum_to_the_search_results(run, query, by):
    results = _search_ids(run, query)
    code, out, _ = run("trend", query, "--by", by, "--json")
    assert code == 0
    data = json.loads(out)
    counted = sum(p["counts"][query] for p in data["periods"]) + data["undated"][query]
    assert counted == data["matches"][query] == len(results)
    # every result is counted in the period of its date
    per_period = {p["period"]: p["counts"][query] for p in data["periods"]}
    for result in results:
        key = result["issue_date"][: 7 if by == "month" else 4]
        assert per_period[key] > 0


def test_trend_piped_is_tab_separated_with_a_header(run):
    code, out, _ = run("trend", "外贸", "--by", "year", "--normalise")
    assert code == 0
    rows = [line.split("\t") for line in out.splitlines()]
    assert rows[0] == ["period", "all", "外贸", "外贸 share"]
    assert all(len(r) == 4 for r in rows)
    for _period, total, n, share in rows[1:]:
        assert 0 <= int(n) <= int(total)
        assert float(share) == pytest.approx(int(n) / int(total) if int(total) else 0, abs=1e-6)


def test_trend_overlays_a_second_query(run):
    code, out, _ = run("trend", "外贸", "--vs", "消费", "--csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["period", "all", "外贸", "消费"]
    assert sum(int(r[3]) for r in rows[1:]) == len(_search_ids(run, "消费"))


def test_trend_on_a_terminal(tty_cli):
    code, out, _ = tty_cli("trend", "外贸", "--by", "year")
    assert code == 0
    assert "2024" in out and "█" in out


def test_trend_nothing_found(run):
    code, _, err = run("trend", "量子纠缠")
    assert code == 1 and "nothing" in err


@pytest.mark.parametrize("by", ["kind", "page", "column", "reporter", "place"])
def test_facets_agree_with_search(run, by):
    results = _search_ids(run, "湖南")
    code, out, _ = run("facets", "湖南", "--by", by, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["matches"] == len(results)
    counts = [v["count"] for v in data["values"]]
    assert counts == sorted(counts, reverse=True)
    if by == "kind":  # one kind per article: the counts partition the results
        assert sum(counts) == len(results)


def test_a_facet_choice_narrows_search_and_counts(run):
    code, out, _ = run("facets", "外贸", "--by", "reporter", "--csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["reporter", "count"]
    name, n = rows[1][0], int(rows[1][1])
    chosen = _search_ids(run, "外贸", "--facet", f"reporter={name}")
    assert len(chosen) == n
    _, out, _ = run("trend", "外贸", "--facet", f"reporter={name}", "--json")
    assert json.loads(out)["matches"]["外贸"] == n


def test_export_csv_has_citation_fields(run, cli):
    code, out, _ = run("search", "外贸", "--export", "csv")
    assert code == 0
    records = list(csv.DictReader(io.StringIO(out)))
    assert len(records) >= len(_search_ids(run, "外贸"))  # approximate matches too
    for field in ("date", "page", "kicker", "title", "subtitle", "byline", "dateline", "id"):
        assert field in records[0]
    code, shown, _ = cli("show", records[0]["id"], "--json")
    assert code == 0 and json.loads(shown)["title"] == records[0]["title"]


def test_export_markdown_and_json(run):
    code, out, _ = run("search", "外贸", "--export", "markdown", "--limit", "2")
    assert code == 0
    items = [line for line in out.splitlines() if line.startswith("- ")]
    assert len(items) == 2 and all("湖南日报" in i for i in items)
    code, out, _ = run("search", "外贸", "--export", "json", "--facet", "kind=news")
    records = json.loads(out)["articles"]
    assert records and all(r["kind"] == "news" for r in records)


@pytest.mark.parametrize(
    "argv",
    [
        ("facets", "外贸"),
        ("facets", "外贸", "--by", "who"),
        ("trend", "外贸", "--facet", "who=me"),
        ("trend", "外贸", "--by", "week"),
        ("trend", ""),
        ("search", "外贸", "--export", "xml"),
    ],
)
def test_usage_errors(run, argv):
    assert run(*argv)[0] == 2
