"""Column pages: headline zones matched to the bodies they talk about.

A zone is the run of headline lines printed between two stretches of body
text; its pieces (lines printed tight together) go to bodies in passes:

1. ``_pieces``: cut zones into pieces, a byline under a headline set apart;
2. ``_score``: each piece against each body by content, plus a bonus for the
   bodies printed right before and after the zone;
3. ``_claim_by_score``: best pairs first, a body taking a contiguous run of
   one zone's pieces;
4. ``_claim_weak``: a piece that shares few words with its body still goes
   to the body it suits best among those left without a headline;
5. ``_claim_by_position``: pieces left over are a column label, join the
   neighbouring piece's body, or head the body printed next to them;
6. ``_apply``: the claimed pieces become each draft's headline stack, and
   what nobody claimed is kept as a fragment of its own.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..match import Evidence, similarity, words
from ..reflow import is_cjk, squash, squeeze, squeeze_names
from . import thresholds as T
from .draft import Draft, Para
from .headlines import is_attendance
from .kinds import Opener
from .lines import Line
from .patterns import NAMES, is_byline, is_name_line, looks_like_column
from .roles import label_shaped, word_share


@dataclass(slots=True)
class Zone:
    """Headline lines printed between two stretches of body text."""

    lines: list[Line]
    before: int  # draft whose body ends just before (-1: none)
    after: int = -1  # draft whose body starts just after


@dataclass(slots=True)
class Piece:
    """One headline piece of a zone, with the byline printed under it."""

    zone: int
    index: int  # its place in the zone
    head: list[Line]
    byline: str
    signed: list[Line]  # the byline's lines

    @property
    def text(self) -> str:
        return "".join(li.raw for li in self.head)


@dataclass(slots=True)
class Claims:
    """Which body each piece went to, and the pieces each body holds."""

    owner: dict[int, int]  # piece -> draft
    taken: dict[int, list[int]]  # draft -> pieces

    def give(self, p: int, k: int) -> None:
        self.owner[p] = k
        self.taken.setdefault(k, []).append(p)


def assign_headlines(drafts: list[Draft], zones: list[Zone]) -> None:
    """Give each headline piece to the body it talks about."""
    targets = [k for k, d in enumerate(drafts) if d.kind != "photo" and d.paras]
    if not targets:
        return
    pieces = _pieces(zones)
    claims = Claims({}, {})
    _claim_labels(drafts, zones, pieces, claims)
    scored = [
        item for item in _score(drafts, zones, pieces, targets) if item[1] not in claims.owner
    ]
    _claim_by_score(drafts, pieces, scored, claims)
    _claim_weak(drafts, pieces, scored, claims)
    _split_by_headline(drafts, zones, pieces, claims)
    score_of = {(p, k): score for score, p, k in scored}
    _claim_by_position(drafts, zones, pieces, score_of, claims)
    _apply(drafts, zones, pieces, claims)


def units(zone: Zone) -> list[list[Line]]:
    """Headline pieces of a zone: lines printed tight together form one piece,
    unless the next line is indented (a new piece)."""
    out: list[list[Line]] = []
    for line in zone.lines:
        tight = line.gap == 0 and not line.indent
        if out and (tight or _word_left_alone(out[-1][-1], line)):
            out[-1].append(line)
        else:
            out.append([line])
    return out


def _word_left_alone(above: Line, line: Line) -> bool:
    """A headline's last word wrapped onto a line of its own (…更便捷更 /
    舒心): a line of a word or two, no punctuation and no column label's
    words, right under a long headline line that ends mid-phrase. No
    headline piece is that short; a label is at least as long as a word
    pair and stands before its title, not under another."""
    tail = squash(line.raw)
    head = squash(above.raw)
    return (
        line.gap <= 1
        and len(tail) <= T.HEAD_WORD_ALONE_MAX
        and len(head) >= T.HEAD_WORD_ALONE_AFTER
        and all(is_cjk(c) or c.isdigit() for c in tail)
        and not any(c.isdigit() for c in tail[:1])
        and head[-1:] not in "”」）)》！？!?。"
        and not is_byline(above.raw)
        and not looks_like_column(tail)
        and not _signature(line)
    )


def _signature(line: Line) -> bool:
    """A commentary's bare-name byline (彭可馨, 汤岳林 邹静) under its title:
    a full name of three characters or two names; a headline's word left
    alone is shorter."""
    text = line.raw.strip()
    return is_name_line(text) and (" " in text or len(text) == 3)


def _pieces(zones: list[Zone]) -> list[Piece]:
    pieces: list[Piece] = []
    for z, zone in enumerate(zones):
        for u, unit in enumerate(units(zone)):
            head = [
                li
                for li in unit
                if not is_byline(li.raw)
                and not _is_names_after_byline(unit, li)
                and not (len(unit) == 1 and _signature(li) and pieces and pieces[-1].zone == z)
            ]
            byline = " ".join(squeeze_names(li.raw) for li in unit if li not in head)
            if not head and pieces and pieces[-1].zone == z and not pieces[-1].byline:
                # A byline standing alone in a zone is printed under the
                # headline above it (feature and commentary stacks sign there).
                pieces[-1].byline = byline
                pieces[-1].signed.extend(unit)
                continue
            if (
                head
                and len(head) == len(unit) == 1
                and is_attendance(head[0].raw)
                and pieces
                and pieces[-1].zone == z
                and pieces[-1].head
                and not pieces[-1].byline
            ):
                # "某某出席" printed a blank below its meeting's stack closes
                # that stack (its subtitle); alone it heads nothing.
                pieces[-1].head.append(head[0])
                continue
            pieces.append(Piece(z, u, head, byline, [li for li in unit if li not in head]))
    return pieces


def _score(
    drafts: list[Draft], zones: list[Zone], pieces: list[Piece], targets: list[int]
) -> list[tuple[float, int, int]]:
    """(score, piece, draft), best first."""
    evidence = Evidence([drafts[k].body for k in targets])
    scored: list[tuple[float, int, int]] = []
    for p, piece in enumerate(pieces):
        if not piece.head:
            continue
        zone = zones[piece.zone]
        for t, score in enumerate(evidence.scores(piece.text)):
            k = targets[t]
            if k == zone.before:
                score += T.HEAD_BONUS_BEFORE
            elif k == zone.after:
                score += T.HEAD_BONUS_AFTER
            scored.append((score, p, k))
    scored.sort(reverse=True)
    return scored


def _claim_labels(drafts, zones, pieces: list[Piece], claims: Claims) -> None:
    """A column label (栏目) in a zone: a short piece of the label's shape next
    to an undated piece (commentary, essay) whose words are not that body's
    (a standing title). The most standing of such pieces labels the body."""
    best: dict[int, tuple[float, int]] = {}  # draft -> (share of words in body, piece)
    for p, piece in enumerate(pieces):
        if not piece.head or not label_shaped(piece.text):
            continue
        zone = zones[piece.zone]
        for k in (zone.after, zone.before):
            if k < 0 or drafts[k].kind == "photo" or drafts[k].dateline or drafts[k].column:
                continue
            share = word_share(piece.text, drafts[k].body)
            if share < T.LABEL_WORDS_IN_BODY and (k not in best or share < best[k][0]):
                best[k] = (share, p)
            break
    for k, (_share, p) in best.items():
        if p in claims.owner:
            continue
        claims.owner[p] = -1  # claimed, as a label: no headline piece
        drafts[k].column = squash(pieces[p].text)
        drafts[k].lines.update(li.no for li in pieces[p].head)


def _claim_by_score(drafts, pieces, scored, claims: Claims) -> None:
    """Best pairs first; a body takes one more piece of its zone each round,
    and a body that opened with a headline of its own takes none."""
    for _ in range(T.HEAD_CLAIM_ROUNDS):
        for score, p, k in scored:
            if p in claims.owner or score < T.HEAD_MIN_SCORE:
                continue
            if drafts[k].heads and k not in claims.taken:
                continue
            mine = claims.taken.get(k, [])
            if mine and not _contiguous(pieces, mine, p):
                continue
            if len(mine) >= T.HEAD_MAX_PIECES:
                continue
            claims.give(p, k)


def _claim_weak(drafts, pieces, scored, claims: Claims) -> None:
    """A headline that shares few words with its body (一座老厂房的新生) still
    goes to the body it suits best among those left without one."""
    best: dict[int, tuple[float, int]] = {}
    for score, p, k in scored:  # best first
        best.setdefault(p, (score, k))
    for p, (score, k) in sorted(best.items(), key=lambda item: -item[1][0]):
        if p in claims.owner or score < T.HEAD_MIN_SCORE_LEFT:
            continue
        if looks_like_column(squash(pieces[p].text)):
            continue
        mine = claims.taken.get(k, [])
        if mine:
            fits = len(mine) < T.HEAD_MAX_PIECES and _contiguous(pieces, mine, p)
        else:
            fits = not drafts[k].heads
        if fits:
            claims.give(p, k)


def _split_by_headline(drafts, zones, pieces, claims: Claims) -> None:
    """Two stories run together when nothing but a new paragraph parts them.
    A headline left without a body, printed after a story (headlines follow
    their body on these pages), whose words sit in that story's last
    paragraphs and not in its first ones, heads those last paragraphs: they
    are cut off as the story it names. A label-shaped piece just before it
    goes with it (its column)."""
    for p, piece in enumerate(pieces):
        if p in claims.owner or not piece.head or label_shaped(piece.text):
            continue
        k = zones[piece.zone].before
        if k < 0 or drafts[k].kind == "photo" or len(drafts[k].paras) < 2:
            continue
        old_head = "".join(pieces[q].text for q in claims.taken.get(k, []))
        cut = _cut_for(piece.text, drafts[k].paras, old_head)
        if cut is None:
            continue
        draft = drafts[k]
        tail = draft.paras[cut:]
        del draft.paras[cut:]
        moved = {no for para in tail for no in para.lines}
        draft.lines -= moved
        drafts.append(Draft(starts_with=Opener.BODY, paras=tail, lines=moved))
        new = len(drafts) - 1
        label = p - 1
        if (
            label >= 0
            and label not in claims.owner
            and pieces[label].zone == piece.zone
            and label_shaped(pieces[label].text)
        ):
            claims.give(label, new)
        claims.give(p, new)


def _cut_for(text: str, paras: list[Para], old_head: str) -> int | None:
    """The paragraph where the story a headline names begins inside a body.
    The cut falls after the last paragraph that holds the body's own
    headline words and no later than the first that holds the new
    headline's; most of the new headline's words must be after it, none
    before. Between those bounds it falls where neighbouring paragraphs
    share least (the change of topic)."""
    own = words(text)
    if len(own) < T.SPLIT_HEAD_WORDS_MIN:
        return None
    flats = [squash(para.text) for para in paras]
    first_new = next((i for i, f in enumerate(flats) if any(w in f for w in own)), None)
    if not first_new:
        return None
    old = words(old_head)
    lo = 1 + max((i for i, f in enumerate(flats) if any(w in f for w in old)), default=0)
    hi = first_new
    if lo > hi:
        return None
    after = "".join(flats[lo:])
    if sum(w in after for w in own) / len(own) < T.SPLIT_HEAD_IN_TAIL:
        return None
    if any(w in "".join(flats[:lo]) for w in own):
        return None
    if any(paras[c].subhead or paras[c - 1].subhead for c in range(lo, hi + 1)):
        return None  # a crosshead between: one feature's sections
    return min(range(lo, hi + 1), key=lambda c: similarity(flats[c - 1], flats[c]))


def _claim_by_position(drafts, zones, pieces, score_of, claims: Claims) -> None:
    """Pieces without a claim of their own go with a neighbour, or are a
    column label, or head the untitled body printed right after them."""
    for p, piece in enumerate(pieces):
        if p in claims.owner or not piece.head:
            continue
        text = squash(piece.text)
        zone = zones[piece.zone]
        if looks_like_column(text):
            k = _column_owner(drafts, zone)
            if k >= 0 and not drafts[k].column:
                drafts[k].column = text
                drafts[k].lines.update(li.no for li in piece.head)
                continue
        neighbours = [
            q
            for q in (p - 1, p + 1)
            if claims.owner.get(q, -1) >= 0 and pieces[q].zone == piece.zone
        ]
        # The neighbour whose body this piece suits best, if it has room.
        for q in sorted(neighbours, key=lambda q: -score_of.get((p, claims.owner[q]), 0.0)):
            k = claims.owner[q]
            if len(claims.taken[k]) < T.HEAD_MAX_PIECES:
                claims.give(p, k)
                break
        else:
            for k in (zone.after, zone.before):
                if (
                    k >= 0
                    and k not in claims.taken
                    and drafts[k].kind != "photo"
                    and not drafts[k].heads
                ):
                    claims.give(p, k)
                    break


def _apply(drafts, zones, pieces, claims: Claims) -> None:
    for k, ps in claims.taken.items():
        if k < 0:
            continue
        ps.sort(key=lambda p: (pieces[p].zone, pieces[p].index))
        draft = drafts[k]
        for p in ps:
            piece = pieces[p]
            draft.heads.extend(_split_unit(piece.head))
            draft.lines.update(li.no for li in piece.head)
            if piece.byline and not draft.byline:
                draft.byline = piece.byline
                draft.lines.update(li.no for li in piece.signed)
    claimed = {no for d in drafts for no in d.lines}
    for p, piece in enumerate(pieces):
        if p in claims.owner or not piece.head or piece.head[0].no in claimed:
            continue
        # An unclaimed piece is kept as a headline-less fragment of its own.
        orphan = Draft(kind="other", starts_with=Opener.ORPHAN)
        orphan.paras.append(Para(squeeze(piece.text), [li.no for li in piece.head]))
        orphan.lines.update(li.no for li in piece.head)
        drafts.append(orphan)


def _column_owner(drafts: list[Draft], zone: Zone) -> int:
    """A column label printed between two stories labels the one without a
    dateline (a commentary or feature) when only one of them is such;
    otherwise the story above it."""
    near = [k for k in (zone.before, zone.after) if k >= 0 and drafts[k].kind != "photo"]
    undated = [k for k in near if not drafts[k].dateline]
    if len(undated) == 1:
        return undated[0]
    return near[0] if near else -1


def _is_names_after_byline(unit: list[Line], line: Line) -> bool:
    k = unit.index(line)
    return k > 0 and is_byline(unit[k - 1].raw) and bool(NAMES.match(line.raw))


def _contiguous(pieces: list[Piece], mine: list[int], p: int) -> bool:
    z = pieces[p].zone
    if any(pieces[q].zone != z for q in mine):
        return False
    idx = sorted([pieces[q].index for q in mine] + [pieces[p].index])
    return idx == list(range(idx[0], idx[0] + len(idx)))


def _split_unit(unit: list[Line]) -> list[list[Line]]:
    """Two tight lines are one headline broken in two when the second is a
    short tail (…落户某区); otherwise they are two parts (title, subtitle)."""
    out: list[list[Line]] = []
    for line in unit:
        text = squeeze(line.raw)
        if (
            out
            and not is_attendance(text)
            and len(text) <= T.HEAD_TAIL_MAX
            and len(text) <= len(squeeze("".join(li.raw for li in out[-1])))
        ):
            out[-1].append(line)
        else:
            out.append([line])
    return out
