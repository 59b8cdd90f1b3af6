"""Score an export on the held-out pages, per layout and per phenomenon tag.

    hnreader export --format json tests/holdout/pages > /tmp/ho.json
    python tests/holdout/by_phenomenon.py /tmp/ho.json

For each group: articles, share found (the scorer's match), share of printed headlines
exact, share of bylines exact. Tags come from stories.json.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).parent
LAYOUTS = {0: "layout:column-broken", 1: "layout:column-broken"}


def _scorer():
    spec = importlib.util.spec_from_file_location("score", HERE.parent / "gold" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str]) -> None:
    score = _scorer()
    export = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    stories = json.loads((HERE / "stories.json").read_text(encoding="utf-8"))
    # a story is known by the start of its first paragraph, whatever the punctuation width
    tags = {
        score.squash(s["paragraphs"][0])[:20]: s["tags"]
        for issue in stories["issues"]
        for s in issue["stories"]
    }
    preds = defaultdict(list)
    for art in export["articles"]:
        preds[Path(art["source"]).name].append(art)
    stat: dict[str, Counter] = defaultdict(Counter)
    for n, path in enumerate(sorted((HERE / "gold").glob("*.json"))):
        gold = json.loads(path.read_text(encoding="utf-8"))
        mine = preds[gold["source"]]
        _, correct = score.match(mine, gold["articles"])
        layout = LAYOUTS.get(n % 4, "layout:paragraph-a-line")
        for j, art in enumerate(gold["articles"]):
            hit = correct.get(j)
            pred = mine[hit[0]] if hit else None
            own = tags.get(score.squash(art["paragraphs"][0])[:20], [])
            for group in [layout, "kind:" + art["kind"], *own]:
                c = stat[group]
                c["n"] += 1
                c["found"] += pred is not None
                if score.headline(art):
                    c["hn"] += 1
                    c["hok"] += pred is not None and score.headline(pred) == score.headline(art)
                if score.squash(art["byline"]):
                    c["bn"] += 1
                    c["bok"] += pred is not None and score.squash(pred["byline"]) == score.squash(
                        art["byline"]
                    )

    def rate(c: Counter, ok: str, n: str) -> str:
        return f"{c[ok] / c[n]:.2f}" if c[n] else "   -"

    print(f"{'group':24}{'n':>4}{'found':>7}{'headl':>7}{'byline':>8}")
    for group, c in sorted(
        stat.items(), key=lambda kv: (kv[0].split(":")[0] not in ("layout", "kind"), kv[0])
    ):
        print(
            f"{group:24}{c['n']:>4}{rate(c, 'found', 'n'):>7}{rate(c, 'hok', 'hn'):>7}"
            f"{rate(c, 'bok', 'bn'):>8}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
