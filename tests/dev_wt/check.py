#!/usr/bin/env python3
"""Verify the dev_wt test set; prints `check passed` when every rule holds."""
import hashlib, json, re, shutil, subprocess, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
SCORE = SHARED / "tools" / "score.py"
errors = []


def err(msg):
    errors.append(msg)


def nows(s):
    return re.sub(r"\s", "", s)


# 1. rebuild byte-for-byte in a scratch copy
with tempfile.TemporaryDirectory() as td:
    t = Path(td) / "set"
    t.mkdir()
    shutil.copytree(HERE / "src", t / "src")
    for f in ("compose.py", "README.in"):
        shutil.copy(HERE / f, t / f)
    subprocess.run([sys.executable, str(t / "compose.py")], check=True, stdout=subprocess.DEVNULL)
    for sub in ("pages", "gold"):
        a = sorted(p.name for p in (HERE / sub).iterdir())
        b = sorted(p.name for p in (t / sub).iterdir())
        if a != b:
            err(f"{sub}: file list differs after rebuild")
            continue
        for n in a:
            if (HERE / sub / n).read_bytes() != (t / sub / n).read_bytes():
                err(f"{sub}/{n}: not byte-identical after rebuild")
    for f in ("README.md", "markers.json"):
        if (HERE / f).read_bytes() != (t / f).read_bytes():
            err(f"{f}: not byte-identical after rebuild")

pages = sorted((HERE / "pages").glob("*.txt"))
golds = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted((HERE / "gold").glob("*.json"))}
markers = {m["source"]: m["markers"] for m in json.loads((HERE / "markers.json").read_text(encoding="utf-8"))}

# 2. shape
seed_gold = json.loads(next((SHARED / "gold").glob("*.json")).read_text(encoding="utf-8"))
KEYS = list(seed_gold.keys())
AKEYS = list(seed_gold["articles"][0].keys())
if len(pages) != 14:
    err(f"expected 14 pages, found {len(pages)}")
layouts, years, fronts = {"column": 0, "para": 0}, {}, []
src_meta = {}
for n, src in enumerate(sorted((HERE / "src").glob("p*.txt")), 1):
    meta = {}
    sec = None
    for line in src.read_text(encoding="utf-8").splitlines():
        if line.startswith("@"):
            sec = line.split()[0]
            continue
        if sec == "@page" and ":" in line and not line.startswith("//"):
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    src_meta[n] = meta
for n, p in enumerate(pages, 1):
    text = p.read_text(encoding="utf-8")
    name = p.name
    if not re.fullmatch(r"\d{3}_[0-9a-f]{16}\.txt", name) or int(name[:3]) != n:
        err(f"{name}: bad file name")
    if hashlib.sha256(text.encode("utf-8")).hexdigest()[:16] != name[4:20]:
        err(f"{name}: name does not match SHA-256 of the text")
    g = golds.get(name[:-4] + ".json")
    if g is None:
        err(f"{name}: no gold file"); continue
    if list(g.keys()) != KEYS or g["source"] != name:
        err(f"{name}: gold keys/source wrong")
    for a in g["articles"]:
        if list(a.keys()) != AKEYS:
            err(f"{name}: article keys wrong")
        if a["kind"] not in ("news", "commentary", "feature", "photo", "continuation", "other"):
            err(f"{name}: bad kind {a['kind']}")
    nchar = len(nows(text))
    if not 4500 <= nchar <= 6500:
        err(f"{name}: {nchar} characters (want 4500-6500)")
    na = len(g["articles"])
    if not 7 <= na <= 13:
        err(f"{name}: {na} articles (want 7-13)")
    m = src_meta[n]
    layouts[m["layout"]] = layouts.get(m["layout"], 0) + 1
    years.setdefault(g["issue_date"][:4], []).append(name)
    if g["issue_number"]:
        fronts.append((name, g))
        if not g["page_count"]:
            err(f"{name}: front page without page count")
if layouts != {"column": 7, "para": 7}:
    err(f"layouts {layouts} (want 7 column, 7 para)")
if sorted(years) != ["2015", "2019", "2021", "2025"] or any(not 3 <= len(v) <= 4 for v in years.values()):
    err(f"years {{{', '.join(f'{k}: {len(v)}' for k, v in years.items())}}} (want 2015/2019/2021/2025, 3-4 each)")
if sorted(g["issue_date"][:4] for _, g in fronts) != ["2015", "2025"]:
    err("front pages must be one in 2015 and one in 2025")
for name, g in fronts:
    if not any(a["continued"].startswith("下转2版") for a in g["articles"]):
        err(f"{name}: front page has no 下转2版 story")
    p2 = [h for h in golds.values() if h["issue_date"] == g["issue_date"] and h is not g
          and any(a["kind"] == "continuation" and a["continued"].startswith("上接1版") for a in h["articles"])]
    if not p2:
        err(f"{name}: no page 2 of the same issue continuing it (上接1版)")

# 3. seed-phrase rule
GENERIC = [w for w in (HERE / "generic_words.txt").read_text(encoding="utf-8").split() if w]
GENERIC.sort(key=len, reverse=True)


def blank(s):
    s = nows(s)
    for w in GENERIC:
        s = s.replace(w, "□" * len(w))
    return s


def grams(s):
    out = set()
    for i in range(len(s) - 5):
        g = s[i:i + 6]
        if sum(1 for c in g if "\u4e00" <= c <= "\u9fff") >= 5:
            out.add(g)
    return out


seed = set()
for f in sorted((SHARED / "gold").glob("*.json")):
    d = json.loads(f.read_text(encoding="utf-8"))
    for a in d["articles"]:
        for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            seed |= grams(blank(s))
hits = {}
for name, g in golds.items():
    for a in g["articles"]:
        for s in [a["kicker"], a["title"], a["subtitle"]] + a["paragraphs"]:
            for gr in grams(blank(s)) & seed:
                hits.setdefault(gr, name)
for gr, name in sorted(hits.items()):
    err(f"{name}: shares the seed phrase {gr!r}")

# 4. the perfect export, scored
arts, srcs = [], []
for name, g in sorted(golds.items()):
    for a in g["articles"]:
        b = dict(a)
        b.update(source=g["source"], issue_date=g["issue_date"], title_derived=False)
        arts.append(b)
    srcs.append({"source": g["source"], "issue_date": g["issue_date"],
                 "extras": g["extras"] + g["duplicates"] + markers.get(g["source"], [])})
with tempfile.TemporaryDirectory() as td:
    exp = Path(td) / "export.json"
    exp.write_text(json.dumps({"articles": arts, "sources": srcs}, ensure_ascii=False), encoding="utf-8")
    r = subprocess.run([sys.executable, str(SCORE), str(exp), str(HERE / "gold"),
                        "--pages", str(HERE / "pages"), "-v"], capture_output=True, text=True)
out = r.stdout
print(out.rstrip())
for line in out.splitlines():
    if line.startswith("---") or line.startswith("    "):
        err(f"scorer problem: {line.strip()}")
    m = re.match(r"(\w+)\s+([0-9.]+)$", line)
    if m and m.group(1) not in ("articles_gold", "articles_pred", "cjk_space_left"):
        if m.group(2) != "1.000":
            err(f"{m.group(1)} = {m.group(2)}")
    if line.startswith("cjk_space_left") and line.split()[1] != "0":
        err("cjk_space_left is not 0")
if r.returncode:
    err("scorer failed")

if errors:
    for e in errors:
        print("FAIL", e)
    sys.exit(1)
print("check passed")
