"""The archive: ingest, change detection, removal, resume after a kill, re-segmentation."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from hnreader.archive import open_archive
from hnreader.archive.engine import all_of
from hnreader.corpus import load
from hnreader.corpus.export import article_dict

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def pages(tmp_path: Path, seed_files: list[Path]) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    for path in seed_files:
        shutil.copy(path, folder / path.name)
    return folder


def engine_keys(archive) -> set[int]:
    engine = archive.engine
    engine.refresh()
    return {k for k, _ in engine.entries(all_of([]), 1_000_000)}


def stored_keys(archive) -> set[int]:
    return {r[0] for r in archive.store.db.execute("SELECT key FROM articles")}


def test_ingest_stores_what_the_loader_makes(pages, tmp_path):
    archive = open_archive(tmp_path / "archive")
    report = archive.ingest([pages])
    assert report.added == len(list(pages.glob("*.txt"))) and not report.errors
    loaded = load([pages])
    stored = archive.corpus([pages])
    assert [article_dict(a) for a in stored.articles] == [article_dict(a) for a in loaded.articles]
    assert [p.raw for p in stored.pages] == [p.raw for p in loaded.pages]
    assert [p.extras for p in stored.pages] == [p.extras for p in loaded.pages]
    assert engine_keys(archive) == stored_keys(archive)


def test_the_archive_dates_an_inner_page_by_the_front_page_filed_the_same_day(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "01.txt").write_text(
        "2025年8月\n14\n星期四\n第27420号\n今日8版\n\n"
        "湖南日报8月13日讯（记者 王五）今天，全省防汛会议召开。\n",
        encoding="utf-8",
    )
    (folder / "02.txt").write_text(
        "湖南日报8月13日讯（记者 赵六）2020年建成的湘江大桥，今天迎来第一千万辆车。\n",
        encoding="utf-8",
    )
    archive = open_archive(tmp_path / "archive")
    archive.ingest([folder])
    dates = {p.source: p.issue_date for p in archive.corpus([folder]).pages}
    assert {d.isoformat() for d in dates.values()} == {"2025-08-14"}
    assert dates == {p.source: p.issue_date for p in load([folder]).pages}


def test_unchanged_files_are_not_segmented_again(pages, tmp_path, monkeypatch):
    archive = open_archive(tmp_path / "archive")
    archive.ingest([pages])
    import hnreader.archive.ingest as ingest

    def fail(path):
        raise AssertionError(f"segmented again: {path}")

    monkeypatch.setattr(ingest, "prepare", fail)
    report = archive.ingest([pages])
    assert report.added == 0 and report.unchanged == len(list(pages.glob("*.txt")))


def test_a_change_is_seen_in_the_content_even_with_size_and_time_kept(pages, tmp_path):
    archive = open_archive(tmp_path / "archive")
    archive.ingest([pages])
    target = sorted(pages.glob("*.txt"))[0]
    before = target.stat()
    text = target.read_text(encoding="utf-8")
    word = "鹦鹉螺号"  # as many bytes as what it replaces
    replaced = next(ch for ch in text if "\u4e00" <= ch <= "\u9fff")
    start = text.index(replaced)
    changed = text[:start] + word + text[start + len(word) :]
    assert len(changed.encode()) == len(text.encode())
    target.write_text(changed, encoding="utf-8")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert target.stat().st_size == before.st_size
    assert target.stat().st_mtime_ns == before.st_mtime_ns
    report = archive.ingest([pages])
    assert report.added == 1
    assert archive.search(word)
    assert engine_keys(archive) == stored_keys(archive)


def test_removed_files_leave_the_archive(pages, tmp_path):
    archive = open_archive(tmp_path / "archive")
    archive.ingest([pages])
    gone = sorted(pages.glob("*.txt"))[0]
    ids = {a.id for a in archive.corpus([gone]).articles}
    assert ids
    gone.unlink()
    report = archive.ingest([pages])
    assert report.removed == 1
    left = {a.id for a in archive.corpus().articles}
    assert not ids & left
    assert engine_keys(archive) == stored_keys(archive)
    assert str(gone) not in archive.store.files()


def test_only_the_given_paths_are_answered_about(pages, tmp_path):
    archive = open_archive(tmp_path / "archive")
    archive.ingest([pages])
    one = sorted(pages.glob("*.txt"))[0]
    scoped = archive.corpus([one])
    assert len(scoped.pages) == 1 and scoped.pages[0].path == str(one)
    everywhere = archive.search("湖南", limit=500)
    here = archive.search("湖南", limit=500, paths=[one])
    assert here and len(here) < len(everywhere)
    assert {h.article.source for h in here} == {one.name}


def test_resegmented_after_a_new_segmenter_old_results_readable_meanwhile(pages, tmp_path):
    archive = open_archive(tmp_path / "archive")
    archive.ingest([pages])
    before = [article_dict(a) for a in archive.corpus().articles]
    upgraded = open_archive(tmp_path / "archive")
    upgraded._segmenter = "a-newer-segmenter"
    assert len(upgraded.stale()) == len(before and list(pages.glob("*.txt")))
    # Still readable and searchable while stale.
    assert [article_dict(a) for a in upgraded.corpus().articles] == before
    assert upgraded.search("湖南")
    report = upgraded.ingest([pages], restale=True)
    assert report.added == len(list(pages.glob("*.txt")))
    assert upgraded.stale() == []
    assert [article_dict(a) for a in upgraded.corpus().articles] == before


KILLER = r"""
import os, signal, sys
from hnreader.archive import open_archive
import hnreader.archive.ingest as ingest
ingest.BATCH_FILES = 4
archive = open_archive(sys.argv[1])
def progress(done, total, name):
    if done == int(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)
archive.ingest([sys.argv[2]], progress=progress, workers=1)
"""


@pytest.mark.slow
def test_a_killed_ingest_leaves_a_consistent_archive_and_resumes(tmp_path, seed_files):
    folder = tmp_path / "many"
    folder.mkdir()
    # Distinct files (a line of their own makes each one new content).
    for n in range(14):
        src = seed_files[n % len(seed_files)]
        text = src.read_text(encoding="utf-8") + f"\n编号{n:04d}\n"
        (folder / f"{n:03d}-{src.name}").write_text(text, encoding="utf-8")
    archive_dir = tmp_path / "archive"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-c", KILLER, str(archive_dir), str(folder), "10"],
        env=env,
        capture_output=True,
        check=False,
    )
    assert run.returncode == -9, run.stderr.decode()
    archive = open_archive(archive_dir)
    held = archive.store.files()
    assert 0 < len(held) < 14  # some batches landed, not all
    # Consistent: every stored page has its articles indexed, every file its page.
    pages = archive.corpus().pages
    assert {p.path for p in pages} == set(held)
    assert stored_keys(archive) <= engine_keys(archive)
    report = archive.ingest([folder])
    assert report.added == 14 - len(held) and report.unchanged == len(held)
    assert len(archive.corpus().pages) == 14
    assert engine_keys(archive) == stored_keys(archive)
    # Documents of the batch that never reached the store are gone, not doubled.
    assert len(archive.engine) == len(stored_keys(archive))


def test_counts_by_field(pages, tmp_path):
    archive = open_archive(tmp_path / "archive")
    archive.ingest([pages])
    articles = archive.corpus().articles
    months = archive.searcher.counts("", "month")
    expected: dict[int, int] = {}
    for a in articles:
        if a.issue_date:
            key = a.issue_date.year * 100 + a.issue_date.month
            expected[key] = expected.get(key, 0) + 1
    assert {k: v for k, v in months.items() if k} == expected
    kinds = archive.searcher.counts("湖南", "kind")
    assert sum(kinds.values()) == archive.searcher.count("湖南")
    assert set(kinds) <= {a.kind for a in articles}


MALICIOUS = r"""
import marshal, os, pickle, sys
marker = sys.argv[1]

class Boom:
    def __reduce__(self):
        return (os.system, (f"touch {marker}",))

payload = pickle.dumps(Boom())
code = marshal.dumps(compile(f"open({marker!r}, 'w').close()", "x", "exec"))
for folder in sys.argv[2:]:
    os.makedirs(folder, exist_ok=True)
    for name in ("index-0.pickle", "archive.pickle", "cache.pkl", "engine.pickle"):
        open(os.path.join(folder, name), "wb").write(payload)
    for name in ("jieba.cache", "data.marshal"):
        open(os.path.join(folder, name), "wb").write(code)
"""


def test_planted_pickle_and_marshal_files_are_never_executed(tmp_path, cli):
    from hnreader.jieba_setup import cache_dir

    marker = tmp_path / "executed"
    archive_dir = Path(os.environ["HNREADER_ARCHIVE"])
    folders = [archive_dir, archive_dir / "engine", cache_dir()]
    subprocess.run([sys.executable, "-c", MALICIOUS, str(marker), *map(str, folders)], check=True)
    # A fresh process, so that jieba really looks for its cache.
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for args in (["list"], ["search", "湖南"], ["export"]):
        run = subprocess.run(
            [sys.executable, "-m", "hnreader", *args], env=env, capture_output=True, check=False
        )
        assert run.returncode == 0, run.stderr.decode()
    assert cli("search", "进出口")[0] == 0
    assert not marker.exists()
    # Nothing in the program reads pickle or marshal.
    for path in (ROOT / "hnreader").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for name in ("import pickle", "import marshal", "pickle.load", "marshal.load"):
            assert name not in text, (path, name)


def test_jieba_cache_written_by_someone_else_is_dropped(tmp_path, monkeypatch):
    import jieba

    from hnreader import jieba_setup

    # (the cache is pointed at once a process: as if this process had not yet)
    monkeypatch.setattr(jieba_setup, "_done", False)
    monkeypatch.setattr(jieba.dt, "tmp_dir", jieba.dt.tmp_dir)
    folder = jieba_setup.cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    planted = folder / jieba_setup.CACHE_NAME
    planted.write_bytes(b"not a dictionary")
    planted.chmod(0o666)  # anyone could have written it
    jieba_setup._drop_if_foreign(planted)
    assert not planted.exists()
    jieba_setup.use_user_cache()
    assert Path(jieba.dt.tmp_dir) == folder != Path(tempfile.gettempdir())


def test_the_segmenter_used_as_a_library_keeps_jiebas_cache_in_the_users_folder(tmp_path):
    # A fresh process whose temp and cache folders are its own: segmenting a
    # page straight from the corpus layer (no archive) leaves jieba's cache
    # in the user cache folder, nothing in the shared temp folder.
    temp, cache = tmp_path / "tmp", tmp_path / "cache"
    temp.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temp), "XDG_CACHE_HOME": str(cache)}
    code = "from hnreader.corpus import load, seeds_path; load([seeds_path()], workers=1)"
    subprocess.run([sys.executable, "-c", code], env=env, check=True)
    assert not any(temp.iterdir())
    assert (cache / "hnreader" / "jieba.cache").is_file()


def test_cli_add_archive_and_show_fast_path(pages, tmp_path, cli):
    archive_dir = tmp_path / "elsewhere"
    code, _, err = cli("add", pages, "--archive", archive_dir)
    assert code == 0, err
    code, out, _ = cli("archive", "--archive", archive_dir)
    assert code == 0
    fields = dict(line.split("\t") for line in out.splitlines())
    assert fields["pages"] == str(len(list(pages.glob("*.txt"))))
    assert fields["location"] == str(archive_dir)
    assert int(fields["articles"]) == len(load([pages]).articles)
    some = open_archive(archive_dir).corpus().articles[3]
    # show reads the store only: no segmenter, engine, jieba or Textual.
    probe = (
        "import sys, hnreader.cli as c; "
        f"c.main(['show', {some.id!r}, '--archive', {str(archive_dir)!r}]); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('jieba', 'textual', 'tantivy', 'pypinyin') or m == 'hnreader.corpus.segment'))"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert some.title in run.stdout
    assert run.stdout.strip().splitlines()[-1] == "[]"
    code, out, _ = cli("archive", "--rebuild", "--archive", archive_dir)
    assert code == 0
    again = json.loads(cli("show", "--json", some.id, "--archive", archive_dir)[1])
    assert again == article_dict(some)


def test_cli_archive_on_a_new_archive_reports_the_seeds_every_command_sees(tmp_path, cli):
    archive_dir = tmp_path / "new"
    code, out, _ = cli("archive", "--archive", archive_dir)
    assert code == 0
    fields = dict(line.split("\t") for line in out.splitlines())
    seeds = load()
    assert fields["pages"] == str(len(seeds.pages))
    assert fields["articles"] == str(len(seeds.articles))
    assert fields["issues"] == str(len([i for i in seeds.issues if i.date]))
    code, out, _ = cli("issues", "--archive", archive_dir)
    assert len(out.splitlines()) == len(seeds.issues)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("湖南日报全媒体记者 张三 通讯员 李四", ["张三", "李四"]),
        ("湖南日报3月8日讯（全媒体记者 王五）", ["王五"]),
        ("湖南日报全媒体记者 赵六 摄影报道", ["赵六"]),
        ("新华社北京3月8日电", []),
    ],
)
def test_reporters_indexed_are_read_from_bylines(byline, names):
    from hnreader.archive.facets import facet_values
    from hnreader.corpus.model import Article

    article = Article(id="x", source="x.txt", title="题", byline=byline)
    assert facet_values(article)["reporter"] == names


def test_seed_pack_is_the_seeds_and_fills_a_new_archive_without_segmenting(
    tmp_path, seed_files, monkeypatch
):
    from hnreader.archive import seedpack

    folder = tmp_path / "pack"
    folder.mkdir()
    monkeypatch.setattr(seedpack, "pack_path", lambda: folder / seedpack.PACK_NAME)
    seedpack.write_pack(folder)
    corpus, version, hashes = seedpack.read_pack()
    assert sorted(Path(p).name for p in hashes) == sorted(p.name for p in seed_files)
    assert [article_dict(a) for a in corpus.articles] == [
        article_dict(a) for a in load(seed_files).articles
    ]
    archive = open_archive(tmp_path / "b")
    assert version == archive.segmenter
    import hnreader.archive.ingest as ingest

    def fail(path):
        raise AssertionError(f"segmented: {path}")

    monkeypatch.setattr(ingest, "prepare", fail)
    assert archive.ensure(None) is None
    assert [article_dict(a) for a in archive.corpus().articles] == [
        article_dict(a) for a in corpus.articles
    ]
    assert archive.search("湖南")
    # A pack of another segmenter is shown, then segmented again as stale.
    stale = open_archive(tmp_path / "c")
    stale.store_pack((corpus, "older", hashes))
    assert len(stale.stale()) == len(seed_files)


def test_bundled_seed_pack_is_of_the_current_segmenter():
    # A pack of an older segmenter is never shown (see the next test), so a
    # fresh machine would segment the seeds before its first frame.
    from hnreader.archive import seedpack
    from hnreader.archive.ingest import segmenter_version

    pack = seedpack.read_pack()
    assert pack is not None, "seeds/seeds.archive.json is missing or its seed files changed"
    assert pack[1] == segmenter_version(), (
        "seeds/seeds.archive.json is stale: python -m hnreader.archive.seedpack"
    )


def test_a_stale_bundled_pack_is_segmented_again(tmp_path, seed_files, monkeypatch):
    from hnreader.archive import seedpack

    folder = tmp_path / "pack"
    folder.mkdir()
    monkeypatch.setattr(seedpack, "pack_path", lambda: folder / seedpack.PACK_NAME)
    seedpack.write_pack(folder)
    corpus, _version, hashes = seedpack.read_pack()
    # What an older segmenter made: here, one article fewer on the first page.
    first = corpus.issues[0]
    page = dataclasses.replace(first.pages[0], articles=first.pages[0].articles[1:])
    issue = dataclasses.replace(first, pages=(page, *first.pages[1:]))
    changed = dataclasses.replace(corpus, issues=(issue, *corpus.issues[1:]))
    archive = open_archive(tmp_path / "a")
    monkeypatch.setattr(archive, "seed_pack", lambda: (changed, "older", hashes))
    report = archive.ensure(None)
    assert report is not None and report.added == len(seed_files)
    assert [article_dict(a) for a in archive.corpus().articles] == [
        article_dict(a) for a in load(seed_files).articles
    ]


def test_files_a_command_names_are_read_by_this_segmenter_never_served_stale(pages, tmp_path, cli):
    # An archive whose pages an older segmenter read (here: one article fewer
    # on the first page). Named on the command line, they are segmented again;
    # the whole archive's stale pages are said, not silently served.
    files = sorted(pages.glob("*.txt"))
    corpus = load(files)
    first = corpus.issues[0]
    page = dataclasses.replace(first.pages[0], articles=first.pages[0].articles[1:])
    issue = dataclasses.replace(first, pages=(page, *first.pages[1:]))
    older = dataclasses.replace(corpus, issues=(issue, *corpus.issues[1:]))
    hashes = {str(f): hashlib.sha1(f.read_bytes()).hexdigest() for f in files}
    archive = open_archive(tmp_path / "a")
    archive.store_pack((older, "older", hashes))
    assert len(archive.stale()) == len(files)

    code, _out, err = cli("list", "--archive", tmp_path / "a")
    assert code == 0 and "segmented by an earlier version" in err
    code, out, _err = cli("export", "--archive", tmp_path / "a", pages)
    assert code == 0
    assert len(json.loads(out)["articles"]) == len(corpus.articles)
    assert open_archive(tmp_path / "a").stale() == []


def test_an_export_read_from_the_archive_keeps_each_extras_kind(tmp_path: Path, cli) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "p.txt").write_text(
        "2026年1月\n\n9\n\n星期五\n\n丙午年冬月廿一\n第28001号\n\n今日8版\n\n"
        "新闻热线 0731-86661234\n\n"
        "春运首日客流平稳\n\n"
        "湖南日报1月8日讯（全媒体记者 何青）今天，全省春运首日发送旅客42万人次。\n\n",
        encoding="utf-8",
    )
    for _ in range(2):  # (ingested, then answered from the archive alone)
        code, out, _err = cli("export", "--archive", tmp_path / "a", folder)
        assert code == 0
        (source,) = json.loads(out)["sources"]
        assert source["extra_kinds"] == ["masthead", "box"]
        assert len(source["extras"]) == 2
