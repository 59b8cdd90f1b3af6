"""Read the hand-written story files in src/ (one file per page).

Format:
    @page              then key: value lines (date, layout, front, edition, pages, punct, ...)
    @art ID            then key: value lines (kind, column, kicker, title, subtitle,
                       byline, dateline, continued), a line '|' and the body:
                       one paragraph a line; '## text' is a crosshead (subhead).
    @extra ID          then the box's lines, one a line, as printed.
Blank lines and lines starting with '%' are ignored.
"""
from __future__ import annotations
import re
from pathlib import Path

HEAD_KEYS = ("kind", "column", "kicker", "title", "subtitle", "byline", "dateline", "continued")


def parse(path: Path) -> dict:
    page = {"meta": {}, "arts": [], "extras": {}}
    cur = None
    mode = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line.strip() or line.startswith("%"):
            continue
        if line.startswith("@page"):
            cur, mode = page["meta"], "kv"
            continue
        if line.startswith("@art"):
            aid = line.split()[1]
            cur = {"id": aid, "body": [], **{k: "" for k in HEAD_KEYS}}
            page["arts"].append(cur)
            mode = "kv"
            continue
        if line.startswith("@extra"):
            eid = line.split()[1]
            cur = page["extras"].setdefault(eid, [])
            mode = "extra"
            continue
        if mode == "extra":
            cur.append(line.strip())
        elif mode == "kv":
            if line.strip() == "|":
                mode = "body"
                continue
            k, _, v = line.partition(":")
            cur[k.strip()] = v.strip()
        elif mode == "body":
            cur["body"].append(line.strip())
    return page


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)
