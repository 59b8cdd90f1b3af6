"""Pages extracted one paragraph per line.

Here a headline line (its parts joined by spaces) precedes the dateline, but
the extraction also cuts paragraphs and prints the rest of them many lines
later, sometimes inside another story, and prints some lines twice. Blocks
are classified, articles opened at datelines and bylines, and cut pieces
re-joined by content.
"""

from __future__ import annotations

from dataclasses import dataclass

from .draft import Draft, Line, Para
from .match import (
    Evidence,
    ends_with_number,
    joins_word,
    similarity,
    starts_with_fragment,
    words,
)
from .patterns import (
    COUNTDOWN,
    COUNTDOWN_END,
    DATELINE_PAREN,
    credit_match,
    dateline_match,
    is_byline,
    is_name_line,
    jumps_in,
    looks_like_column,
)
from .reflow import ends_sentence, squash, squeeze, squeeze_names, starts_mid_sentence

TOPIC_SHIFT = 0.015  # within a story, paragraphs share more than this
TOPIC_LEAD = 100  # characters of the lead that say what a story is about
BOX_GAP = 3  # a photo or notice box stands apart by two or more blank lines


@dataclass(slots=True)
class Block:
    lines: list[Line]
    text: str
    role: str = "text"  # text | dateline | byline | marker | head | credit
    owner: int = -1  # index of the draft it belongs to

    @property
    def nos(self) -> list[int]:
        return [line.no for line in self.lines]

    @property
    def gap(self) -> int:
        return self.lines[0].gap


def segment(lines: list[Line]) -> tuple[list[Draft], list[str], list[str]]:
    """Lines -> drafts, page extras and duplicated text."""
    extras: list[str] = []
    blocks, duplicates = _blocks(lines, extras)
    for block in blocks:
        block.role = _role(block.text)
    drafts = _open_articles(blocks)
    _stitch(blocks, drafts)
    _fill(blocks, drafts)
    return [d for d in drafts if d.paras or d.heads], extras, duplicates


def _blocks(lines: list[Line], extras: list[str]) -> tuple[list[Block], list[str]]:
    """Merge a line broken without a blank into its predecessor, take out
    countdown boxes, drop text printed twice."""
    merged: list[Block] = []
    for line in lines:
        prev = merged[-1] if merged else None
        if (
            prev
            and line.gap == 0
            and not ends_sentence(prev.text)
            and not dateline_match(line.raw)
            and not is_byline(line.raw)
            and not is_byline(prev.text)
        ):
            prev.lines.append(line)
            prev.text += line.raw
        else:
            merged.append(Block([line], line.raw))
    kept = _countdowns(merged, extras)
    keys = [squash(b.text) for b in kept]
    twin: dict[int, int] = {}  # later copy -> earlier copy
    for j, key in enumerate(keys):
        if len(key) < 12:
            continue
        for i in range(j):
            if key == keys[i] or (len(key) >= 20 and key in keys[i]):
                twin[j] = i
                break
    drop: set[int] = set()
    for j in sorted(twin):
        if j in drop or twin[j] in drop:
            continue
        i = twin[j]
        run = 1  # copies printed as a run are kept or dropped together
        while j + run in twin and twin[j + run] == i + run:
            run += 1
        later_fits = (
            j > 0
            and _continues(kept[j - 1], kept[j])
            and not (i > 0 and _continues(kept[i - 1], kept[i]))
        )
        first = j if not later_fits else i
        drop.update(range(first, first + run))
    duplicates = [kept[k].text for k in sorted(drop)]
    out = [b for k, b in enumerate(kept) if k not in drop]
    return out, duplicates


def _countdowns(merged: list[Block], extras: list[str]) -> list[Block]:
    """Take countdown boxes (距离…还有2天) out as page extras."""
    out: list[Block] = []
    i = 0
    while i < len(merged):
        block = merged[i]
        if COUNTDOWN.match(block.text):
            box = [block]
            while (
                not COUNTDOWN_END.search(box[-1].text)
                and i + len(box) < len(merged)
                and len(box) < 3
            ):
                box.append(merged[i + len(box)])
            if COUNTDOWN_END.search(box[-1].text):
                extras.append("".join(b.text for b in box))
                i += len(box)
                continue
        out.append(block)
        i += 1
    return out


def _continues(before: Block, block: Block) -> bool:
    """``block`` finishes the sentence ``before`` leaves open (培 + 育新型…)."""
    return not ends_sentence(before.text) and joins_word(before.text, block.text)


def _role(text: str) -> str:
    if dateline_match(text):
        return "dateline"
    if is_byline(text) or is_name_line(text):
        return "byline"
    jumps = jumps_in(text)
    if jumps and not squash(text[: jumps[0][0].start()] + text[jumps[0][0].end() :]):
        return "marker"
    match = credit_match(text)
    if match and match.start() == 0:
        return "credit"
    return "text"


def _headline_like(text: str, direct: bool) -> bool:
    flat = squash(text)
    if not flat or ends_sentence(text) or "。" in flat:
        return False
    if starts_mid_sentence(text) and not flat.startswith("——"):  # ——记… is a subtitle
        return False
    if direct:
        return len(flat) <= 64
    return len(flat) <= 40 and not any(c in flat for c in "，,；;")


def _open_articles(blocks: list[Block]) -> list[Draft]:
    """Open an article at every dateline, byline, continuation marker and box,
    taking the headline blocks printed just before it."""
    drafts: list[Draft] = []
    opened = 0  # where the story now being read began
    i = 0
    while i < len(blocks):
        block = blocks[i]
        start = block.role in ("dateline", "byline") or _starts_continuation(block)
        if start:
            opened = i
        elif block.owner < 0 and _untitled_start(blocks, i, opened):
            # A headline over a story with no dateline or byline (a short
            # commentary, a sidebar): the text after it is about something else.
            draft = Draft(starts_with="head", heads=[block.lines])
            block.role, block.owner = "head", len(drafts)
            drafts.append(draft)
            opened = i
            i += 1
            continue
        is_box = block.role == "text" and (
            # A box stands apart by blank lines; a caption ends with its credit.
            (
                block.gap >= BOX_GAP
                and i > 0
                and not any(b.role in ("dateline", "byline") for b in blocks[i + 1 : i + 3])
            )
            or _ends_with_credit(block.text)
        )
        if start and block.owner < 0:
            draft = Draft(starts_with="jump" if _starts_continuation(block) else block.role)
            heads = _heads_before(blocks, i)
            for h in heads:
                h.role, h.owner = "head", len(drafts)
            draft.heads = [h.lines for h in heads]
            block.owner = len(drafts)
            j = i + 1
            while block.role == "byline" and j < len(blocks) and blocks[j].role == "byline":
                blocks[j].owner = len(drafts)
                j += 1
            drafts.append(draft)
            i = j
            continue
        if is_box:
            draft = Draft(kind="photo", starts_with="photo")
            owner = len(drafts)
            block.owner = owner
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if _headline_like(block.text, True) and len(squash(block.text)) <= 16 and nxt:
                block.role = "head"
                draft.heads = [block.lines]
                nxt.owner = owner
                i += 1
                nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if nxt and nxt.role == "credit":
                nxt.owner = owner
                i += 1
            drafts.append(draft)
        i += 1
    return drafts


def _untitled_start(blocks: list[Block], i: int, opened: int) -> bool:
    """A headline-like line between finished paragraphs, where the text after
    it shares next to nothing with the story above."""
    block = blocks[i]
    if block.role != "text" or i == 0 or i + 1 >= len(blocks) or block.gap >= BOX_GAP:
        return False
    if not _headline_like(block.text, direct=True) or len(squash(block.text)) > 40:
        return False
    before, after = blocks[i - 1], blocks[i + 1]
    if not ends_sentence(before.text) or after.role != "text" or after.owner >= 0:
        return False
    if starts_mid_sentence(after.text):
        return False
    story = "".join(b.text for b in blocks[opened:i] if b.role in ("text", "dateline"))
    following = "".join(b.text for b in blocks[i + 1 : i + 3] if b.role == "text")
    if len(squash(story)) < 150 or len(squash(following)) < 60:
        return False
    return similarity(following, story) < TOPIC_SHIFT and similarity(block.text, story) < 0.1


def _ends_with_credit(text: str) -> bool:
    match = credit_match(text)
    return bool(match) and match.start() > 0 and ends_sentence(text[: match.start()])


def _starts_continuation(block: Block) -> bool:
    jumps = jumps_in(block.text)
    return bool(jumps) and jumps[0][1].direction == "from" and jumps[0][0].start() <= 4


def _heads_before(blocks: list[Block], i: int) -> list[Block]:
    heads: list[Block] = []
    j = i - 1
    while j >= 0 and len(heads) < 4:
        block = blocks[j]
        if block.role != "text" or block.owner >= 0:
            break
        if not _headline_like(block.text, direct=not heads):
            break
        if not heads and _finished_elsewhere(blocks, j):
            break  # a cut paragraph just above the dateline, not a headline
        heads.insert(0, block)
        if block.gap >= BOX_GAP:
            break
        j -= 1
    return heads


def _finished_elsewhere(blocks: list[Block], j: int) -> bool:
    """A block with a clause break whose last word is completed by a piece
    printed elsewhere (…现场服 + 务两次。…) is a cut paragraph."""
    text = blocks[j].text
    if not any(c in text for c in "，,；;、"):
        return False
    return any(
        k != j + 1
        and b.role == "text"
        and starts_with_fragment(b.text)
        and joins_word(text, b.text)
        for k, b in enumerate(blocks)
    )


def _body_sequence(blocks: list[Block], drafts: list[Draft]) -> list[Block]:
    """Give every unowned block to the article it is printed under."""
    current = -1
    box_owner = -1
    for block in blocks:
        if block.owner >= 0:
            if drafts[block.owner].kind == "photo":
                box_owner = block.owner
                continue
            current = block.owner
            continue
        block.owner = current if current >= 0 else box_owner
    return [
        b
        for b in blocks
        if b.owner >= 0
        and b.role in ("text", "dateline", "marker")
        and drafts[b.owner].kind != "photo"
    ]


def _stitch(blocks: list[Block], drafts: list[Draft]) -> None:
    """Re-join pieces of a cut paragraph printed elsewhere on the page.

    A piece that ends mid-sentence (an open tail) goes on in a piece further
    on or earlier: one that begins mid-word (中石 + 化巴陵), mid-sentence
    (务。…), or that talks about the tail's story rather than the one it is
    printed in. Each tail takes at most one piece; the piece brings the blocks
    after it up to its own open end.
    """
    body = _body_sequence(blocks, drafts)
    if len(body) < 3:
        return
    position = {id(b): k for k, b in enumerate(body)}
    firsts = {id(next(b for b in body if b.owner == o)) for o in {b.owner for b in body}}
    # What a story is about: its headline and lead; whole bodies would favour
    # long stories, which share every common word.
    topic: dict[int, str] = {}
    for o in {b.owner for b in body}:
        head = "".join(b.text for b in blocks if b.owner == o and b.role == "head")
        lead = next(b.text for b in body if b.owner == o)[:TOPIC_LEAD]
        topic[o] = head + lead
    owners = sorted(topic)
    evidence = Evidence([topic[o] for o in owners])

    covered: dict[str, list[float]] = {}

    def gain(text: str, to: int, away: int) -> float:
        if text not in covered:
            covered[text] = evidence.covered(text)
        att = covered[text]
        return att[owners.index(to)] - att[owners.index(away)]

    def run_from(k: int, to: int) -> list[Block]:
        """The piece at k and the whole paragraphs after it that go with it:
        up to its own open end, and only while they talk about story ``to``."""
        run = [body[k]]
        for nxt in body[k + 1 :]:
            if nxt.owner != body[k].owner or nxt.role != "text" or nxt.gap >= BOX_GAP:
                break
            if not ends_sentence(run[-1].text) or starts_mid_sentence(nxt.text):
                break
            if to != nxt.owner and gain(nxt.text, to, nxt.owner) < -0.02:
                break
            run.append(nxt)
        return run

    tails = [b for b in body if b.role == "text"]
    heads = [b for b in body if b.role == "text" and id(b) not in firsts]
    ends = {id(b): squash(b.text[-8:]) for b in tails}
    starts = {id(b): squash(b.text[:8]) for b in heads}
    mids = {id(b): starts_mid_sentence(b.text) for b in heads}
    mid_heads = [h for h in heads if mids[id(h)]]
    by_prefix: dict[str, list[Block]] = {}
    for h in heads:
        for k in range(2, 5):
            by_prefix.setdefault(starts[id(h)][:k], []).append(h)
    pairs: list[tuple[float, int, int]] = []
    for t in tails:
        open_tail = not ends_sentence(t.text)
        tk = position[id(t)]
        t_end = ends[id(t)]
        if open_tail:
            candidates = heads
        else:  # a finished sentence only takes a piece that begins mid-sentence
            candidates = list(mid_heads)
            for k in range(2, 5):
                candidates += by_prefix.get(t_end[-k:], [])
            candidates = list({id(h): h for h in candidates}.values())
        for h in candidates:
            hk = position[id(h)]
            adjacent = hk == tk + 1 and h.owner == t.owner
            if h is t or (adjacent and not open_tail):
                continue
            mid = mids[id(h)]
            h_start = starts[id(h)]
            overlap = _overlap(t_end, h_start)
            if not open_tail and not (mid or overlap):
                continue
            joined = open_tail and joins_word(t_end, h_start)
            if not (adjacent or joined or mid or overlap):
                continue  # content alone never moves text
            score = 1.2 * adjacent + 1.5 * joined + 1.0 * mid + 1.0 * overlap
            if t.owner != h.owner:
                run_text = "".join(b.text for b in run_from(hk, t.owner))
                towards = gain(run_text, t.owner, h.owner)
                fragment = (
                    mid
                    or overlap
                    or (joined and (starts_with_fragment(h_start) or ends_with_number(t_end)))
                )
                if towards < (-0.1 if fragment else 0.05):
                    # The piece talks about the story it is printed in; a word
                    # across the cut (对外 + 开放) is no proof it moved unless
                    # the piece cannot stand alone (化巴陵…, 是请来…).
                    continue
                score += 2.0 * towards
            if score >= 1.0:
                pairs.append((score, tk, hk))
    pairs.sort(reverse=True)
    used_t: set[int] = set()
    used_h: set[int] = set()
    links: dict[int, int] = {}
    for _score, tk, hk in pairs:
        if tk in used_t or hk in used_h or _creates_cycle(links, tk, hk, body):
            continue
        used_t.add(tk)
        used_h.add(hk)
        links[tk] = hk
    links = {tk: hk for tk, hk in links.items() if hk != tk + 1 or body[hk].owner != body[tk].owner}
    if not links:
        return
    moved: dict[int, list[Block]] = {}
    claimed: set[int] = set()
    for tk, hk in links.items():
        run = []
        for b in run_from(hk, body[tk].owner):
            k = position[id(b)]
            if k != hk and k in used_h:
                break
            run.append(b)
        moved[tk] = run
        claimed.update(position[id(b)] for b in run)
    order: list[Block] = []

    def emit(block: Block, owner: int, depth: int = 0) -> None:
        block.owner = owner
        order.append(block)
        k = position[id(block)]
        if k in moved and depth < 50:
            for b in moved[k]:
                emit(b, owner, depth + 1)

    for k, block in enumerate(body):
        if k not in claimed:
            emit(block, block.owner)
    rest = [b for b in blocks if all(b is not o for o in order)]
    blocks[:] = _merge_order(blocks, order, rest)


def _merge_order(blocks: list[Block], order: list[Block], rest: list[Block]) -> list[Block]:
    """Put the re-ordered body back among the headline, byline and box blocks."""
    out: list[Block] = []
    queue = list(order)
    in_order = {id(b) for b in order}
    for block in blocks:
        if id(block) in in_order:
            if queue:
                out.append(queue.pop(0))
        else:
            out.append(block)
    out.extend(queue)
    return out


def _creates_cycle(links: dict[int, int], tk: int, hk: int, body) -> bool:
    """A piece may not end up after itself."""
    seen = {hk}
    cur = tk
    for _ in range(len(body)):
        back = next((t for t, h in links.items() if h == cur), None)
        if back is None:
            return False
        if back in seen:
            return True
        seen.add(back)
        cur = back
    return True


def _overlap(tail: str, head: str) -> bool:
    """The extraction repeats the last characters before a cut (任务。 / 务。).
    Both arguments are squashed ends of the two pieces."""
    t, h = tail, head
    return len(h) > 2 and any(t.endswith(h[:k]) for k in range(2, min(4, len(h)) + 1))


def _fill(blocks: list[Block], drafts: list[Draft]) -> None:
    """Turn each draft's blocks into dateline, byline, paragraphs and markers."""
    current_para: dict[int, Para | None] = {}
    for block in blocks:
        if block.owner < 0:
            continue
        draft = drafts[block.owner]
        draft.lines.update(block.nos)
        if block.role == "head":
            continue
        if block.role == "byline":
            draft.byline = (draft.byline + " " + squeeze_names(block.text)).strip()
            continue
        if block.role == "credit":
            draft.byline = squeeze_names(block.text)
            continue
        text = block.text
        jumps = jumps_in(text)
        for match, jump in reversed(jumps):
            draft.markers.append(match.group(0).strip())
            draft.jumps.insert(0, jump)
            text = text[: match.start()] + text[match.end() :]
        if jumps:
            current_para[block.owner] = None
        if block.role == "dateline" and not draft.dateline:
            draft.dateline, text = split_dateline(text)
        if draft.kind == "photo" and not draft.byline:
            match = credit_match(text)
            if match and match.start() > 0:
                draft.byline = squeeze_names(match.group(0))
                text = text[: match.start()]
        raw = text.strip()
        text = squeeze(text)
        if not text:
            continue
        para = current_para.get(block.owner)
        if (
            para is not None
            and not ends_sentence(para.text)
            and not _is_subhead_text(raw)
            and not (_is_subhead_text(para.raw) and _follows_sentence(draft, para))
        ):
            para.text += text
            para.raw += raw
            para.lines.extend(block.nos)
        else:
            para = Para(text, block.nos, raw=raw)
            draft.paras.append(para)
        current_para[block.owner] = para
    for draft in drafts:
        _headline_inside(draft)
        _mark_subheads(draft)
        _take_column(draft, drafts)


def _headline_inside(draft: Draft) -> None:
    """A feature opened by its byline may print its headline a few paragraphs
    into the body: the first line there that reads as a headline is it."""
    if draft.heads or draft.starts_with != "byline":
        return
    for k, para in enumerate(draft.paras[1:8], 1):
        raw = para.raw or para.text
        if (
            _headline_like(raw, direct=False)
            and ends_sentence(draft.paras[k - 1].text)
            and not any(c in raw for c in "：:？?")
            and " " not in raw.strip()
        ):
            draft.heads = [[Line(para.lines[0], raw, 0, False)]]
            del draft.paras[k]
            return


def split_dateline(text: str) -> tuple[str, str]:
    """``湖南日报3月26日讯(全媒体记者 刘燕娟)26日,…`` -> dateline, lead."""
    match = dateline_match(text)
    if not match:
        return "", text
    end = match.end()
    paren = DATELINE_PAREN.match(text[end:])
    if paren:
        end += paren.end()
    return squeeze_names(text[:end]), text[end:]


def _follows_sentence(draft: Draft, para: Para) -> bool:
    """The paragraph before ``para`` is finished (so ``para`` may be a subhead)."""
    k = next((i for i, p in enumerate(draft.paras) if p is para), 0)
    return k > 0 and ends_sentence(draft.paras[k - 1].text)


def _is_subhead_text(text: str) -> bool:
    flat = squash(text)
    if not 6 <= len(flat) <= 30 or "。" in flat:
        return False
    if ends_sentence(text) and not (text.endswith("？") and " " in text.strip()):
        return False
    return "：" in text or " " in text.strip() or not any(c in flat for c in "，,；;")


def _mark_subheads(draft: Draft) -> None:
    for k, para in enumerate(draft.paras):
        if k == 0 or k == len(draft.paras) - 1:
            continue
        prev = draft.paras[k - 1]
        if ends_sentence(prev.text) and _is_subhead_text(para.raw or para.text):
            para.subhead = True


def _take_column(draft: Draft, drafts: list[Draft]) -> None:
    """A short first headline line above a complete headline is the column
    label (栏目), of this story or, when its words are the previous story's,
    of that one."""
    if len(draft.heads) < 2:
        return
    first = "".join(line.raw for line in draft.heads[0])
    rest = ["".join(line.raw for line in h) for h in draft.heads[1:]]
    flat = squash(first)
    complete = len(rest) >= 2 or any(" " in r.strip() for r in rest)
    unlike = not complete or len(flat) > 16 or any(c.isdigit() or c in '“”「」"' for c in flat)
    if unlike and not looks_like_column(flat):
        return
    me = drafts.index(draft)
    prev = drafts[me - 1] if me > 0 else None
    if prev and not prev.column and flat in squash(prev.body) and flat not in squash(draft.body):
        draft.heads = draft.heads[1:]
        prev.column = flat
        return
    # A kicker reports this story (its names and words are in the body); a
    # column label is a standing title whose words mostly are not.
    own = words(first)
    body = squash(draft.body)
    if own and not looks_like_column(flat) and sum(w in body for w in own) >= 0.5 * len(own):
        return
    draft.heads = draft.heads[1:]
    draft.column = flat
