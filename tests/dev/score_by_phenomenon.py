"""The scorer's figures on the development corpus, overall and per phenomenon.

    .venv/bin/python -m hnreader export --format json tests/dev/pages > /tmp/dev.json
    .venv/bin/python tests/dev/score_by_phenomenon.py /tmp/dev.json
    .venv/bin/python tests/dev/score_by_phenomenon.py --gold   # the gold itself: all 1.000
    .venv/bin/python tests/dev/score_by_phenomenon.py /tmp/dev.json --json  # for scripts

For each phenomenon of ``manifest.json`` the export and the gold are cut down to the pages
that carry it and scored by the same scorer as the seeds (``tests/gold/score.py``).
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib.util
import io
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE / "gold"
PAGES_DIR = HERE / "pages"
MANIFEST = HERE / "manifest.json"
SCORER = HERE.parent / "gold" / "score.py"
COLUMNS = (
    "articles_gold",
    "seg_recall",
    "seg_f1",
    "headline_acc",
    "title_acc",
    "byline_acc",
    "dateline_acc",
    "kind_acc",
    "paragraph_f1",
    "coverage",
)
ARTICLE_KEYS = (
    "kind",
    "column",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "dateline",
    "continued",
    "paragraphs",
)


@functools.cache
def scorer():
    spec = importlib.util.spec_from_file_location("gold_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_as_export(gold_dir: Path = GOLD_DIR) -> dict:
    """The gold written as an export: what a perfect segmenter would print."""
    articles, sources = [], []
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for art in gold["articles"]:
            articles.append(
                {
                    "source": gold["source"],
                    "issue_date": gold["issue_date"],
                    "title_derived": False,
                    **{k: art[k] for k in ARTICLE_KEYS},
                }
            )
        sources.append(
            {
                "source": gold["source"],
                "issue_date": gold["issue_date"],
                "extras": gold["extras"] + gold["duplicates"],
            }
        )
    return {"articles": articles, "sources": sources}


def figures(
    export: dict,
    pages: set[str] | None = None,
    gold_dir: Path = GOLD_DIR,
    pages_dir: Path = PAGES_DIR,
    verbose: bool = False,
) -> dict:
    """The scorer's figures on the pages named (all when None)."""
    keep = (lambda name: True) if pages is None else (lambda name: name in pages)
    cut = {
        "articles": [a for a in export["articles"] if keep(Path(a["source"]).name)],
        "sources": [s for s in export.get("sources", []) if keep(Path(s["source"]).name)],
    }
    with tempfile.TemporaryDirectory() as tmp:
        gdir = Path(tmp) / "gold"
        gdir.mkdir()
        for path in gold_dir.glob("*.json"):
            if keep(path.with_suffix(".txt").name):
                (gdir / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
        exp = Path(tmp) / "export.json"
        exp.write_text(json.dumps(cut, ensure_ascii=False), encoding="utf-8")
        buf = io.StringIO()
        args = [str(exp), str(gdir), "--pages", str(pages_dir), "--json"] + (
            ["-v"] if verbose else []
        )
        with contextlib.redirect_stdout(buf):
            scorer().main(args)
    text = buf.getvalue()
    if verbose:
        print(text[: text.index("{")], end="")
    return json.loads(text[text.index("{") : text.rindex("}") + 1])


def article_marks(entry: dict) -> list[set[str]]:
    """Per gold article of a manifest entry: its story tags and the layout phenomena that
    touch it."""
    return [
        set(tags) | set(phen)
        for tags, phen in zip(entry["article_tags"], entry["article_phenomena"], strict=True)
    ]


def page_figures(export: dict, manifest: dict, name: str) -> tuple[int, dict]:
    """Figures on the pages that carry a phenomenon of the whole page."""
    pages = {p for p, entry in manifest.items() if name in entry["phenomena"]}
    return len(pages), figures(export, pages)


def article_figures(export: dict, manifest: dict, name: str) -> tuple[int, dict]:
    """Figures on the articles a phenomenon touches: each page's export is matched to its
    whole gold as the scorer matches it, then the touched gold articles and the articles
    matched to them are scored. seg_recall is the share of touched articles found;
    precision has no meaning here (an unmatched article touches nothing)."""
    sc = scorer()
    by_src: dict[str, list] = {}
    for art in export["articles"]:
        by_src.setdefault(Path(art["source"]).name, []).append(art)
    with tempfile.TemporaryDirectory() as tmp:
        gdir = Path(tmp)
        kept, n = [], 0
        for page, entry in manifest.items():
            touched = [j for j, marks in enumerate(article_marks(entry)) if name in marks]
            if not touched:
                continue
            gold = json.loads((GOLD_DIR / page.replace(".txt", ".json")).read_text("utf-8"))
            preds = by_src.get(page, [])
            matched, _ = sc.match(preds, gold["articles"])
            kept += [preds[matched[j][0]] for j in touched if j in matched]
            gold["articles"] = [gold["articles"][j] for j in touched]
            (gdir / page.replace(".txt", ".json")).write_text(
                json.dumps(gold, ensure_ascii=False), encoding="utf-8"
            )
            n += len(touched)
        exp = gdir / "export.json.part"
        exp.write_text(json.dumps({"articles": kept}, ensure_ascii=False), encoding="utf-8")
        buf = io.StringIO()
        with contextlib.redirect_stdout(buf):
            sc.main([str(exp), str(gdir), "--json"])
    text = buf.getvalue()
    f = json.loads(text[text.index("{") : text.rindex("}") + 1])
    f["seg_f1"] = None
    return n, f


def by_phenomenon(export: dict, manifest: dict) -> dict[str, tuple[str, int, dict]]:
    """Figures per phenomenon: on the articles it touches, or on its pages when it belongs
    to the whole page (masthead, punctuation width, …). Values: (unit, count, figures)."""
    per_article = {m for e in manifest.values() for marks in article_marks(e) for m in marks}
    names = sorted({ph for e in manifest.values() for ph in e["phenomena"]} | per_article)
    out = {}
    for name in names:
        if name in per_article:
            out[name] = ("articles", *article_figures(export, manifest, name))
        else:
            out[name] = ("pages", *page_figures(export, manifest, name))
    return out


def _row(label: str, n: int, f: dict) -> str:
    cells = []
    for k in COLUMNS:
        v = f.get(k)
        cells.append(f"{v:>6}" if isinstance(v, int) else "     -" if v is None else f"{v:6.3f}")
    return f"{label:28} {n:3} " + " ".join(cells)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("export", nargs="?", help="hnreader export --format json of tests/dev/pages")
    ap.add_argument("--gold", action="store_true", help="score the gold itself")
    ap.add_argument("--layout", choices=("columns", "paragraphs"), help="only pages of one layout")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = ap.parse_args(argv)
    if not a.gold and not a.export:
        ap.error("give an export file or --gold")
    export = gold_as_export() if a.gold else json.loads(Path(a.export).read_text(encoding="utf-8"))
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    if a.layout:
        manifest = {p: e for p, e in manifest.items() if e["layout"] == a.layout}
    if a.json:
        out = {"ALL": {"unit": "pages", "n": len(manifest), **figures(export, set(manifest))}}
        for layout in ("columns", "paragraphs"):
            pages = {p for p, e in manifest.items() if e["layout"] == layout}
            if pages:
                out[f"layout:{layout}"] = {
                    "unit": "pages",
                    "n": len(pages),
                    **figures(export, pages),
                }
        for name, (unit, n, f) in by_phenomenon(export, manifest).items():
            out[name] = {"unit": unit, "n": n, **f}
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return 0
    head = f"{'phenomenon':28} {'n':>3} " + " ".join(f"{k[:6]:>6}" for k in COLUMNS)
    print(head)
    print(_row("ALL", len(manifest), figures(export, set(manifest), verbose=a.verbose)))
    for layout in ("columns", "paragraphs"):
        pages = {p for p, e in manifest.items() if e["layout"] == layout}
        if pages:
            print(_row(f"layout:{layout}", len(pages), figures(export, pages)))
    print("per phenomenon (n = articles it touches, or pages for whole-page phenomena):")
    for name, (unit, n, f) in by_phenomenon(export, manifest).items():
        print(_row(name if unit == "articles" else f"{name} (pages)", n, f))
    return 0


if __name__ == "__main__":
    sys.exit(main())
