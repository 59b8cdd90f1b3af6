"""Pages extracted one printed column line per text line.

Body text runs in column lines; headlines come after their body or bunched
elsewhere on the page, so they are collected into zones and matched to the
bodies by content and by where they stand.
"""

from __future__ import annotations

from dataclasses import dataclass

from .draft import Draft, Line, Para
from .match import Evidence, similarity
from .patterns import (
    NAMES,
    credit_match,
    dateline_match,
    is_byline,
    jumps_in,
    looks_like_column,
)
from .reflow import (
    ends_sentence,
    join_column_lines,
    median,
    squash,
    squeeze,
    squeeze_names,
    width,
)

MIN_SCORE = 0.22  # below this a headline piece has no claim on a body
MIN_SCORE_LEFT = 0.1  # ... unless no other body is left for it
MAX_PIECES = 3  # kicker, title, subtitle
TOPIC_SHIFT = 0.015  # within a story, paragraphs share more (seen: >= 0.05)
# After these, the next line is the story's first: never a headline.
OPENERS = ("dateline", "byline", "jump")
BODY_CONTEXT = 1200  # characters of a story compared with what follows it
WIDE = 28  # em: wider than any column, a caption spanning columns


@dataclass(slots=True)
class Zone:
    """Headline lines printed between two stretches of body text."""

    lines: list[Line]
    before: int  # draft whose body ends just before (-1: none)
    after: int = -1  # draft whose body starts just after


def segment(lines: list[Line]) -> tuple[list[Draft], list[str], list[str]]:
    """Lines -> drafts, page extras, duplicated text."""
    kinds = _kinds(lines)
    drafts: list[Draft] = []
    bodies: list[list[list[Line] | str]] = []  # per draft: runs of lines, or "|" separators
    zones: list[Zone] = []
    pending: list[Line] = []
    cur = -1
    para_open = False
    i = 0

    def new(draft: Draft) -> int:
        nonlocal cur, para_open
        if pending:
            zones.append(Zone(list(pending), cur, len(drafts)))
            pending.clear()
        drafts.append(draft)
        bodies.append([])
        cur = len(drafts) - 1
        para_open = False
        return cur

    def add_body(line: Line, text: str | None = None) -> None:
        nonlocal para_open
        runs = bodies[cur]
        if not runs or runs[-1] == "|":
            runs.append([])
        stored = Line(line.no, text if text is not None else line.raw, line.gap, line.indent)
        runs[-1].append(stored)
        drafts[cur].lines.add(line.no)
        para_open = not ends_sentence(squeeze(stored.raw))

    while i < len(lines):
        line, kind = lines[i], kinds[i]
        if kind == "dateline":
            d = new(Draft(kind="news", starts_with="dateline"))
            i = _take_dateline(lines, i, drafts[d], add_body)
            continue
        if kind == "byline":
            names = [line]
            j = i + 1
            while (
                j < len(lines)
                and kinds[j] == "text"
                and NAMES.match(lines[j].raw)
                and len(names) < 3
            ):
                if is_byline(line.raw + lines[j].raw) or not line.raw.strip().endswith(
                    tuple("0123456789")
                ):
                    names.append(lines[j])
                    j += 1
                else:
                    break
            if pending and line.gap == 0:
                pending.extend(names)  # a byline printed under a bunched headline
            else:
                d = new(Draft(starts_with="byline"))
                drafts[d].byline = " ".join(squeeze_names(n.raw) for n in names)
                drafts[d].lines.update(n.no for n in names)
            i = j
            continue
        if kind == "jump-from":
            match, jump = jumps_in(line.raw)[0]
            d = new(Draft(kind="continuation", starts_with="jump"))
            drafts[d].markers.append(match.group(0).strip())
            drafts[d].jumps.append(jump)
            drafts[d].lines.add(line.no)
            rest = line.raw[match.end() :].strip()
            if rest:
                add_body(line, rest)
            i += 1
            continue
        if kind == "marker" and cur >= 0:
            for match, jump in jumps_in(line.raw):
                drafts[cur].markers.append(match.group(0).strip())
                drafts[cur].jumps.append(jump)
            drafts[cur].lines.add(line.no)
            bodies[cur].append("|")
            para_open = False
            i += 1
            continue
        if kind == "caption":
            j = i
            caption = [lines[j]]
            while (
                credit_match(lines[j].raw) is None
                and j + 1 < len(lines)
                and kinds[j + 1] == "caption"
            ):
                j += 1
                caption.append(lines[j])
            keep_cur, keep_open = cur, para_open
            if pending:
                zones.append(Zone(list(pending), cur, -1))
                pending.clear()
            photo = Draft(kind="photo", starts_with="photo")
            _fill_caption(photo, caption)
            drafts.append(photo)
            bodies.append([])
            cur, para_open = keep_cur, keep_open
            i = j + 1
            continue
        # Plain text: body, or a headline line.
        if cur >= 0 and para_open and not pending:
            add_body(line)
            i += 1
            continue

        def body_text(runs=bodies[cur] if cur >= 0 else []) -> str:
            # The story so far, its last stretch only: what the next lines are
            # compared with, and cheap to compare on a long story.
            lines_back = [li.raw for run in runs[-12:] if run != "|" for li in run]
            return "".join(lines_back)[-BODY_CONTEXT:]

        opening = cur >= 0 and not bodies[cur] and drafts[cur].starts_with in OPENERS
        if not opening and _is_headline_line(lines, kinds, i, body_text):
            pending.append(line)
            i += 1
            continue
        if pending:
            zone_lines = list(pending)
            if cur >= 0 and _is_subhead(zone_lines, drafts[cur], bodies[cur], lines, i):
                pending.clear()
                bodies[cur].append("|")
                bodies[cur].append(
                    [Line(zone_lines[0].no, "".join(z.raw for z in zone_lines), -1, False)]
                )
                bodies[cur].append("|")
                drafts[cur].lines.update(z.no for z in zone_lines)
                add_body(line)
                i += 1
                continue
            new(Draft(starts_with="body"))
        elif cur < 0 or _topic_changes(lines, kinds, i, body_text()):
            new(Draft(starts_with="body"))
        add_body(line)
        i += 1
    if pending:
        zones.append(Zone(list(pending), cur, -1))
    for d, runs in enumerate(bodies):
        _reflow(drafts[d], runs)
    _assign_headlines(drafts, zones)
    return drafts, [], []


def _kind(line: Line) -> str:
    text = line.raw
    if dateline_match(text):
        return "dateline"
    if is_byline(text):
        return "byline"
    jumps = jumps_in(text)
    if jumps:
        match, jump = jumps[0]
        if jump.direction == "from" and match.start() <= 4:
            return "jump-from"
        if not squash(text[: match.start()] + text[match.end() :]):
            return "marker"
    if credit_match(text):
        return "caption"
    if width(squeeze(text)) >= WIDE:
        return "wide"
    return "text"


def _kinds(lines: list[Line]) -> list[str]:
    """Wide lines are a caption only when a credit closes them; else text."""
    kinds = [_kind(line) for line in lines]
    for i in range(len(kinds) - 1, -1, -1):
        if kinds[i] == "wide":
            follows = i + 1 < len(kinds) and kinds[i + 1] == "caption" and lines[i + 1].gap <= 1
            kinds[i] = "caption" if follows else "text"
    return kinds


def _take_dateline(lines: list[Line], i: int, draft: Draft, add_body) -> int:
    """The dateline runs to the reporters' closing parenthesis, maybe lines later."""
    text = ""
    j = i
    while j < len(lines) and j < i + 4:
        line = lines[j]
        draft.lines.add(line.no)
        raw = line.raw
        close = max(raw.find("）"), raw.find(")"))
        opened = "（" in text + raw or "(" in text + raw
        if opened and close >= 0:
            text += (" " if text else "") + raw[: close + 1]
            rest = raw[close + 1 :].strip()
            draft.dateline = squeeze_names(text)
            if rest:
                add_body(line, rest)
            return j + 1
        if not opened and j > i:
            break
        text += " " + raw if text else raw
        j += 1
    match = dateline_match(text)
    draft.dateline = squeeze_names(text[: match.end()] if match else text)
    if match and text[match.end() :].strip():
        add_body(lines[i], text[match.end() :].strip())
    return max(j, i + 1)


def _is_headline_line(lines: list[Line], kinds: list[str], i: int, body_of) -> bool:
    """After a finished paragraph, a line starts either a paragraph or a
    headline. Headline lines run into a dateline, byline or the page end
    without ever finishing a sentence, are printed tight (no blank) with the
    next line, are too short or too wide for the column that follows, or
    repeat the story above while the text after it is about something else."""
    text = squeeze(lines[i].raw)
    if ends_sentence(text):
        return False
    if i + 1 < len(lines) and lines[i + 1].gap == 0 and kinds[i + 1] in ("text", "byline"):
        return True
    if (
        lines[i].gap == 0
        and i > 0
        and kinds[i - 1] == "text"
        and not ends_sentence(squeeze(lines[i - 1].raw))
    ):
        return True
    j = i + 1
    while j < len(lines) and kinds[j] == "text" and not ends_sentence(squeeze(lines[j].raw)):
        j += 1
    if j >= len(lines) or kinds[j] != "text":
        return True
    following = [width(squeeze(lines[k].raw)) for k in range(i + 1, min(j, i + 6))]
    if not following:
        return False
    col = median(following)
    if width(text) > col + 1.0 or width(text) < 0.7 * col:
        return True
    body = body_of()
    if len(body) >= 80:
        after = "".join(lines[k].raw for k in range(i + 1, j + 1))
        return similarity(text, body) >= 0.4 and similarity(after, body) < 0.03
    return False


def _topic_changes(lines: list[Line], kinds: list[str], i: int, body: str) -> bool:
    """Text that shares next to nothing with a long story above it starts
    another story whose headline is printed elsewhere. Two paragraphs are
    read, so that one short aside does not split a story."""
    if len(body) < 150:
        return False
    text, paragraphs = "", 0
    for k in range(i, min(len(lines), i + 16)):
        if kinds[k] != "text":
            break
        text += lines[k].raw
        if ends_sentence(squeeze(lines[k].raw)):
            paragraphs += 1
            if paragraphs == 2:
                break
    return len(squash(text)) >= 60 and similarity(text, body) < TOPIC_SHIFT


def _is_subhead(zone: list[Line], draft: Draft, runs, lines, i) -> bool:
    """A lone short line inside a feature or continued story is a subhead."""
    if len(zone) != 1:
        return False
    text = squeeze(zone[0].raw)
    if not 4 <= len(text) <= 16 or any(c.isdigit() for c in text) or looks_like_column(text):
        return False
    if draft.starts_with in ("jump", "byline"):
        return True
    before = "".join(line.raw for run in runs if run != "|" for line in run)[-300:]
    after = "".join(line.raw for line in lines[i : i + 8])
    return similarity(before, after) > 0.35


def _fill_caption(photo: Draft, caption: list[Line]) -> None:
    text = " ".join(line.raw for line in caption)
    match = credit_match(text)
    if match:
        photo.byline = squeeze_names(match.group(0).strip())
        text = text[: match.start()]
    photo.paras.append(Para(squeeze(text), [line.no for line in caption]))
    photo.lines.update(line.no for line in caption)


def _reflow(draft: Draft, runs) -> None:
    for run in runs:
        if run == "|" or not run:
            continue
        if len(run) == 1 and run[0].gap < 0:  # a subhead
            raw = run[0].raw
            draft.paras.append(Para(squeeze(raw), [run[0].no], subhead=True, raw=raw))
            continue
        texts = [squeeze(line.raw) for line in run]
        for group in join_column_lines(texts):
            text = "".join(texts[k] for k in group)
            draft.paras.append(Para(text, [run[k].no for k in group]))


def _units(zone: Zone) -> list[list[Line]]:
    """Headline pieces of a zone: lines printed tight together form one piece,
    unless the next line is indented (a new piece) or too long to finish it."""
    units: list[list[Line]] = []
    for line in zone.lines:
        if units and line.gap == 0 and not line.indent:
            units[-1].append(line)
        else:
            units.append([line])
    return units


def _assign_headlines(drafts: list[Draft], zones: list[Zone]) -> None:
    """Give each headline piece to the body it talks about; a body takes a
    run of neighbouring pieces from one zone."""
    targets = [k for k, d in enumerate(drafts) if d.kind != "photo" and d.paras]
    if not targets:
        return
    evidence = Evidence([drafts[k].body for k in targets])
    pieces: list[tuple[int, int, list[Line], str]] = []  # (zone, index, lines, byline)
    for z, zone in enumerate(zones):
        for u, unit in enumerate(_units(zone)):
            head = [
                li for li in unit if not is_byline(li.raw) and not _is_names_after_byline(unit, li)
            ]
            byline = " ".join(squeeze_names(li.raw) for li in unit if li not in head)
            pieces.append((z, u, head, byline))
    scored: list[tuple[float, int, int]] = []
    for p, (z, _u, head, _by) in enumerate(pieces):
        if not head:
            continue
        text = "".join(li.raw for li in head)
        for t, score in enumerate(evidence.scores(text)):
            k = targets[t]
            if k == zones[z].before:
                score += 0.12
            elif k == zones[z].after:
                score += 0.08
            scored.append((score, p, k))
    scored.sort(reverse=True)
    score_of = {(p, k): score for score, p, k in scored}
    owner: dict[int, int] = {}
    taken: dict[int, list[int]] = {}
    for _ in range(3):
        for score, p, k in scored:
            if p in owner or score < MIN_SCORE or (drafts[k].heads and k not in taken):
                continue
            mine = taken.get(k, [])
            if mine and not _contiguous(pieces, mine, p):
                continue
            if len(mine) >= MAX_PIECES:
                continue
            owner[p] = k
            taken.setdefault(k, []).append(p)
    # A headline that shares few words with its body (一座老厂房的新生) still
    # goes to the body it suits best among those left without one.
    best: dict[int, tuple[float, int]] = {}
    for score, p, k in scored:  # best first
        best.setdefault(p, (score, k))
    for p, (score, k) in sorted(best.items(), key=lambda item: -item[1][0]):
        if p in owner or score < MIN_SCORE_LEFT:
            continue
        if looks_like_column(squash("".join(li.raw for li in pieces[p][2]))):
            continue
        mine = taken.get(k, [])
        if mine:
            fits = len(mine) < MAX_PIECES and _contiguous(pieces, mine, p)
        else:
            fits = not drafts[k].heads
        if fits:
            owner[p] = k
            taken.setdefault(k, []).append(p)
    # Pieces without a claim of their own go with a neighbour, or are a
    # column label, or head the untitled body printed right after them.
    for p, (z, _u, head, _by) in enumerate(pieces):
        if p in owner or not head:
            continue
        text = squash("".join(li.raw for li in head))
        zone = zones[z]
        neighbours = [q for q in (p - 1, p + 1) if q in owner and pieces[q][0] == z]
        if looks_like_column(text):
            k = _column_owner(drafts, zone)
            if k >= 0 and not drafts[k].column:
                drafts[k].column = text
                drafts[k].lines.update(li.no for li in head)
                continue
        # The neighbour whose body this piece suits best, if it has room.
        for q in sorted(neighbours, key=lambda q: -score_of.get((p, owner[q]), 0.0)):
            k = owner[q]
            if len(taken[k]) < MAX_PIECES:
                owner[p] = k
                taken[k].append(p)
                break
        else:
            for k in (zone.after, zone.before):
                if k >= 0 and k not in taken and drafts[k].kind != "photo" and not drafts[k].heads:
                    owner[p] = k
                    taken[k] = [p]
                    break
    for k, ps in taken.items():
        ps.sort(key=lambda p: (pieces[p][0], pieces[p][1]))
        draft = drafts[k]
        for p in ps:
            _z, _u, head, byline = pieces[p]
            draft.heads.extend(_split_unit(head))
            draft.lines.update(li.no for li in head)
            if byline and not draft.byline:
                draft.byline = byline
                draft.lines.update(
                    li.no for zl in zones for li in zl.lines if squeeze(li.raw) in byline
                )
    leftovers = [pieces[p] for p in range(len(pieces)) if p not in owner and pieces[p][2]]
    for _z, _u, head, _by in leftovers:
        if any(head[0].no in d.lines for d in drafts):
            continue
        # An unclaimed piece is kept as a headline-less fragment of its own.
        orphan = Draft(kind="other", starts_with="orphan")
        orphan.paras.append(Para(squeeze("".join(li.raw for li in head)), [li.no for li in head]))
        orphan.lines.update(li.no for li in head)
        drafts.append(orphan)


def _column_owner(drafts: list[Draft], zone: Zone) -> int:
    """A column label (三湘时评) printed between two stories labels the one
    without a dateline (a commentary or feature) when only one of them is such;
    otherwise the story above it."""
    near = [k for k in (zone.before, zone.after) if k >= 0 and drafts[k].kind != "photo"]
    undated = [k for k in near if not drafts[k].dateline]
    if len(undated) == 1:
        return undated[0]
    return near[0] if near else -1


def _is_names_after_byline(unit: list[Line], line: Line) -> bool:
    k = unit.index(line)
    return k > 0 and is_byline(unit[k - 1].raw) and bool(NAMES.match(line.raw))


def _contiguous(pieces, mine: list[int], p: int) -> bool:
    z = pieces[p][0]
    if any(pieces[q][0] != z for q in mine):
        return False
    idx = sorted([pieces[q][1] for q in mine] + [pieces[p][1]])
    return idx == list(range(idx[0], idx[0] + len(idx)))


def _split_unit(unit: list[Line]) -> list[list[Line]]:
    """Two tight lines are one headline broken in two when the second is a
    short tail (落户南岳区); otherwise they are two parts (title, subtitle)."""
    out: list[list[Line]] = []
    for line in unit:
        text = squeeze(line.raw)
        if out and len(text) <= 10 and len(text) <= len(squeeze("".join(li.raw for li in out[-1]))):
            out[-1].append(line)
        else:
            out.append([line])
    return out
