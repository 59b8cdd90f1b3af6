"""Paragraph pages: lines -> blocks, boxes and text printed twice taken out."""

from __future__ import annotations

import bisect
import dataclasses
import re
from dataclasses import dataclass

from ..match import ends_with_number, joins_word, pos_tags, similarity
from ..reflow import ends_sentence, squash
from . import thresholds as T
from .continuation import Start, start_of
from .headlines import phrases, undouble
from .hunan_words import names_place
from .joins import rate_after_change
from .kinds import BlockRole
from .lines import Line, byline_apart, credit_apart
from .patterns import (
    CAPTION_START,
    COUNTDOWN,
    COUNTDOWN_END,
    DASH_LED,
    DATELINE_PAREN,
    EXPERT_BYLINE,
    FULL_DATE,
    LIST_TITLE,
    NAMES,
    NAMES_THEN_WRITERS,
    NOTICE_KINDS,
    SCENE_CAPTION,
    TITLE_AND_NAME,
    WORKPLACE_ALONE,
    credit_match,
    dateline_match,
    is_byline,
    is_name_line,
    issues_notice,
    jumps_in,
    labelled_figure,
    looks_like_column,
    opens_list_entry,
)
from .roles import label_shaped
from .vocabulary import DANGLING_END

#: A byline that stops on its role, its names on the next line.
_ENDS_ON_ROLE = re.compile(r"(?:记者|评论员|通讯员|实习生)\s*$")


@dataclass(slots=True)
class Block:
    """Lines printed tight together that read as one piece of text."""

    lines: list[Line]
    text: str
    role: BlockRole = BlockRole.TEXT
    owner: int = -1  # index of the draft it belongs to
    # The block this one finishes, known from a copy of that block printed
    # just before this one (the extraction repeats the text before a cut).
    resumes: Block | None = None
    verse: bool = False  # a line of a poem: a paragraph of its own, never a headline
    # A crosshead of a series of the comma kind (一条路，打开了一扇门): a
    # paragraph of its own, no headline and no sentence left open.
    crosshead: bool = False

    @property
    def nos(self) -> list[int]:
        return [line.no for line in self.lines]

    @property
    def gap(self) -> int:
        return self.lines[0].gap


def make_blocks(lines: list[Line]) -> tuple[list[Block], list[str], list[str]]:
    """Blocks with their roles, boxes taken out as extras, text printed twice
    taken out as duplicates."""
    merged = _byline_apart(_merge_broken(lines))
    boxes: list[str] = []
    kept = _countdowns(merged, boxes)
    blocks, duplicates = _drop_twins(kept)
    blocks = _drop_phrase_copies(blocks, duplicates)
    blocks = _drop_doubled_headlines(blocks, duplicates)
    blocks = _close_quotes(blocks)
    for k, block in enumerate(blocks):
        block.role = block_role(block.text)
        if block.role == BlockRole.TEXT and k and _names_of_role(blocks[k - 1], block):
            block.role = BlockRole.BYLINE
        elif block.role == BlockRole.BYLINE and k and _answers_question(blocks[k - 1], block):
            block.role, block.verse = BlockRole.TEXT, True  # (a paragraph of its own)
        elif (
            block.role == BlockRole.BYLINE
            and k + 1 < len(blocks)
            and issues_notice(block.text, blocks[k + 1].text)
        ):
            block.role = BlockRole.TEXT  # (a desk over the day: the notice's issuer)
    _name_lists(blocks)
    return _join_broken_bylines(blocks), boxes, duplicates


def _answers_question(above: Block, block: Block) -> bool:
    """A name alone under an interviewer's question (记者：…？ / 某某 / the
    answer): who answers, over the answer, a paragraph of the interview, no
    signature."""
    return bool(_QUESTION.match(above.text)) and is_name_line(block.text.strip())


#: An interviewer's question: 记者：…, 问：…
_QUESTION = re.compile(r"^\s*(?:本报)?(?:记者|问)\s*[：:]")


def _drop_phrase_copies(blocks: list[Block], duplicates: list[str]) -> list[Block]:
    """A headline line's first phrase printed again alone right under it (前4月
    外贸增长近四成 民营企业占比过七成 / 前4月外贸增长近四成): the bold
    overdraw of that phrase, kept once."""
    out: list[Block] = []
    for block in blocks:
        above = out[-1] if out else None
        flat = squash(block.text)
        if (
            above is not None
            and len(flat) >= T.PHRASE_COPY_MIN
            and not ends_sentence(block.text)
            and not ends_sentence(above.text)
            and len(squash(above.text)) <= T.HEAD_DIRECT_MAX
            and flat in (squash(part) for part in phrases(above.text)[:-1])
        ):
            duplicates.append(block.text)
            continue
        out.append(block)
    return out


def _drop_doubled_headlines(blocks: list[Block], duplicates: list[str]) -> list[Block]:
    """A headline's first phrase drawn twice for bold and printed again
    elsewhere among the paragraphs (株洲新开两条城际公交 市民… in its place,
    株洲新开两条城际公交株洲新开两条城际公交 further on): a copy, not a piece
    of text. (A whole headline drawn twice may be the one in its place.)"""
    heads = {
        squash(part)
        for block in blocks
        if len(squash(block.text)) <= T.HEAD_DIRECT_MAX
        and not ends_sentence(block.text)
        and undouble(block.text) == block.text  # (not a copy itself: 标题 标题)
        for part in phrases(block.text)[:-1]
    }
    out: list[Block] = []
    for block in blocks:
        once = undouble(block.text)
        if once != block.text and squash(once) in heads:
            duplicates.append(block.text)
            continue
        out.append(block)
    return out


def box_entry(block: Block) -> bool:
    """An entry of a box of figures: a figure under its label, read as a
    list's line (某某投资 812.6亿元)."""
    return block.verse and labelled_figure(block.text)


def _name_lists(blocks: list[Block]) -> None:
    """A run of entries that each open on a person's name (a notice's
    candidates), or each a figure under its label (a box of figures), is a
    list: each entry a paragraph of its own (as a poem's lines), none a
    headline or a signature."""
    k = 0
    while k < len(blocks):
        if blocks[k].role != BlockRole.BYLINE and LIST_TITLE.search(squash(blocks[k].text)):
            # (a list's title, then its entries a short line each down to
            # the first sentence, bare names among them: 优秀鼓手 / 彭某某)
            j = k + 1
            while j < len(blocks) and _list_line(blocks[j]):
                j += 1
            if (
                j < len(blocks)
                and blocks[j].role in (BlockRole.BYLINE, BlockRole.DATELINE)
                and not is_name_line(blocks[j - 1].text.strip())
            ):
                j -= 1  # (the next piece's title, right over its byline or dateline)
            if j - k - 1 >= T.NAME_LIST_MIN:
                for block in blocks[k + 1 : j]:
                    block.role, block.verse = BlockRole.TEXT, True
                k = j
                continue
        j = k
        while j < len(blocks) and _entry(blocks[j].text):
            j += 1
        if j == k:
            while j < len(blocks) and labelled_figure(blocks[j].text):
                j += 1
        if j == k:
            j = _prize_run(blocks, k)
        if j - k >= T.NAME_LIST_MIN:
            for block in blocks[k:j]:
                block.role, block.verse = BlockRole.TEXT, True
        k = max(j, k + 1)
    # A notice signs off with who issues it and the day, a line each, under
    # its finished text (湖南省某某厅 / 2021年4月21日): no headline's lines.
    for k in range(2, len(blocks)):
        issuer, day = blocks[k - 1], blocks[k]
        if (
            FULL_DATE.match(squash(day.text))
            and day.role == issuer.role == BlockRole.TEXT
            and len(squash(issuer.text)) <= T.ISSUER_MAX
            and not any(c in issuer.text for c in "，,。；;：:")
            and ends_sentence(blocks[k - 2].text)
        ):
            issuer.verse = day.verse = True


#: A prize's name alone on its line over its winners (一等奖, 优秀剧目奖).
_PRIZE = re.compile(r"[\u4e00-\u9fff]{1,8}奖")
#: A winning work, whose it is in brackets after it (《某某》（某某剧团）).
_WORK = re.compile(r"《[^》]{1,20}》(?:[（(][^（）()]{1,24}[）)])?")


def _prize_run(blocks: list[Block], k: int) -> int:
    """Where a list of prizes that opens at block ``k`` ends (``k``: none):
    a prize's name (优秀表演奖), then its winners a line each, people or works
    (某某, 《某某》（某团）), prize after prize. No headline or signature is
    among them."""
    if not _PRIZE.fullmatch(squash(blocks[k].text)):
        return k
    j = k
    while j < len(blocks) and (
        _PRIZE.fullmatch(flat := squash(blocks[j].text))
        or _WORK.fullmatch(flat)
        or is_name_line(blocks[j].text.strip())
    ):
        j += 1
    winners = sum(not _PRIZE.fullmatch(squash(b.text)) for b in blocks[k:j])
    return j if winners else k


def _list_line(block: Block) -> bool:
    """A line a list's entry may be: short, no clause or sentence in it, no
    reporter's byline, none handing over to the next line (…剧团——)."""
    flat = squash(block.text)
    return (
        len(flat) <= T.LIST_ENTRY_MAX
        and not any(c in flat for c in "。，,；;：:")
        and not flat.endswith(("——", "—"))
        and (block.role != BlockRole.BYLINE or is_name_line(block.text.strip()))
    )


def _entry(text: str) -> bool:
    # (its length and end first: most paragraphs open on a word and a comma,
    # and a name's test asks jieba's tagger)
    return (
        len(squash(text)) <= T.NAME_LIST_ITEM_MAX
        and not ends_sentence(text)
        and opens_list_entry(text)
    )


#: The rest of a byline broken before its correspondents or its 报道.
_BYLINE_REST = re.compile(r"^\s*(?:通讯员|实习生|见习记者|报道)")


def _join_broken_bylines(blocks: list[Block]) -> list[Block]:
    """A byline broken before 通讯员 or 报道 (…记者 孙晓敏 / 通讯员 李颖 报道) is one
    byline: its closing 报道 says where the story ends."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.role == BlockRole.BYLINE
            and block.role == BlockRole.BYLINE
            and _BYLINE_REST.match(block.text)
            and "通讯员" not in prev.text  # (the correspondents are not named twice)
        ) or (
            prev is not None
            and (
                _title_under_workplace(prev, block)
                or _reporter_under_reporters(prev, block)
                or _writers_wrapped_under(prev, block)
            )
        ):
            prev.lines.extend(block.lines)
            prev.text = f"{prev.text} {block.text}"
            prev.role = BlockRole.BYLINE
        else:
            out.append(block)
    return out


def _reporter_under_reporters(above: Block, block: Block) -> bool:
    """A reporters' line broken before its last name (湖南日报全媒体记者 某某 /
    某某), set tight under it: the name finishes it, whatever its surname
    (a rare one, 奉 or 揭, reads as no name)."""
    return (
        above.role == BlockRole.BYLINE
        and "记者" in above.text
        and not _CLOSED_BYLINE.search(above.text)
        and block.gap == 0
        and bool(_BARE_NAME.fullmatch(block.text.strip()))
        and (block.role == BlockRole.BYLINE or block.role == BlockRole.TEXT)
    )


def _writers_wrapped_under(above: Block, block: Block) -> bool:
    """A reporters' line wrapped (湖南日报全媒体记者 黄凌 / 龙文泱 通讯员 某某):
    the line under it, a name and more writers, is its rest, no paragraph."""
    return (
        above.role == BlockRole.BYLINE
        and not _CLOSED_BYLINE.search(above.text)
        and not above.text.rstrip().endswith(("）", ")"))
        and block.role == BlockRole.TEXT
        and bool(NAMES_THEN_WRITERS.match(block.text))
    )


#: A person's name alone: two or three characters.
_BARE_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


#: A byline closed on what its writers did (…摄, …报道): nothing goes on it.
_CLOSED_BYLINE = re.compile(r"(?:摄|报道|供图|整理)\s*$")


def _title_under_workplace(above: Block, block: Block) -> bool:
    """A theory writer's line broken after the workplace (省社会科学院某研究所
    / 研究员 某某): the writer's title and name under it finish the byline."""
    return (
        above.role == BlockRole.TEXT
        and bool(WORKPLACE_ALONE.fullmatch(squash(above.text)))
        and bool(TITLE_AND_NAME.match(block.text))
        and is_byline(f"{above.text}{block.text}")
    )


def _names_of_role(above: Block, block: Block) -> bool:
    """Names under a byline that ends on its role (湖南日报全媒体评论员 / 某某):
    the rest of that byline, whatever the surname."""
    return (
        above.role == BlockRole.BYLINE
        and bool(_ENDS_ON_ROLE.search(above.text))
        and bool(NAMES.match(block.text))
        and len(block.text.split()) <= 3
    )


def block_role(text: str) -> BlockRole:
    if dateline_match(text):
        return BlockRole.DATELINE
    if is_byline(text) or is_name_line(text) or squash(text) == "报道":
        return BlockRole.BYLINE  # (报道 closes a byline broken before it)
    jumps = jumps_in(text)
    if jumps and not squash(text[: jumps[0][0].start()] + text[jumps[0][0].end() :]):
        return BlockRole.MARKER
    match = credit_match(text)
    if match and match.start() == 0:
        return BlockRole.CREDIT
    return BlockRole.TEXT


def _merge_broken(lines: list[Line]) -> list[Block]:
    """A line broken without a blank goes on its predecessor."""
    merged: list[Block] = []
    for k, line in enumerate(lines):
        prev = merged[-1] if merged else None
        signer = lines[k + 1].raw if k + 1 < len(lines) else ""
        if prev and line.gap == 0 and _byline_goes_on(prev, line):
            # (a byline broken between its names, spread names read as one:
            # …记者 曹 娟 / 周 帙 通讯员 贺 敏)
            prev.lines.append(line)
            prev.text += " " + _roles_apart(line.raw)
            continue
        if (
            prev
            and line.gap == 0
            and not _column_name_under(prev, line, signer)
            and not ends_sentence(prev.text)
            and not dateline_match(line.raw)
            and not is_byline(line.raw)
            and not is_byline(prev.text)
            and not _ends_on_credit(prev.text)
            and not _column_name_over(prev)
            and not _subtitle_under(prev, line)
            and not _writer_tight_under(
                prev,
                line,
                lines[k + 1] if k + 1 < len(lines) else None,
                labelled=len(merged) > 1 and _column_name_over(merged[-2]),
            )
            and not _headline_over_dateline(prev, line, signer)
            and not _caption_under_title(prev, line)
            # (a notice's kind alone, 公  告, is its title over its text; the
            # day under its issuer is a line of its own)
            and not (len(prev.lines) == 1 and squash(prev.text) in NOTICE_KINDS)
            and not FULL_DATE.match(line.raw.strip())
        ):
            prev.lines.append(line)
            prev.text += line.raw
        else:
            merged.append(Block([line], line.raw))
    return merged


def _headline_over_dateline(prev: Block, line: Line, below: str) -> bool:
    """A line of no clause right over a dateline, printed tight under a
    paragraph's clauses, is the headline of the report the dateline opens
    (…出口额增加 / 全省某会提出 三年内… / 湖南日报7月22日讯…), no rest of
    that paragraph. (Under a headline's first line it is that line's rest.)"""
    flat = squash(line.raw)
    return (
        bool(dateline_match(below))
        and any(c in prev.text for c in "，,；;")
        and len(flat) >= T.HEAD_OVER_DATELINE_MIN
        and not any(c in flat for c in "，,；;。：:")
        and not ends_sentence(flat)
    )


def _caption_under_title(prev: Block, line: Line) -> bool:
    """A caption opening on its day and place (5月10日，某县某小学，…) set
    tight under a short line of no clause: the photo's title over its
    caption, no paragraph wrapped before a date."""
    flat = squash(prev.text)
    return (
        len(prev.lines) == 1
        and len(flat) <= T.PHOTO_TITLE_MAX
        and not any(c in flat for c in "，,；;。：:")
        and bool(SCENE_CAPTION.match(line.raw))
    )


def _byline_goes_on(prev: Block, line: Line) -> bool:
    """A line printed tight under a byline that stopped on a name holds its
    other names and roles, the roles read into the names (周帙通讯员贺敏)."""
    if not is_byline(prev.text):
        return False
    names = _REPORTED.sub("", line.raw.strip())
    if squash(prev.text).endswith("记者") and names != line.raw.strip() and is_name_line(names):
        return True  # (the desk's line, its reporter's name under it: …客户端记者 / 某某 报道)
    if is_byline(line.raw) or not _ROLES_APART.search(line.raw):
        return False
    return is_byline(prev.text + " " + _roles_apart(line.raw))


#: A reporters' line's closing word (某某 报道).
_REPORTED = re.compile(r"\s*报道$")


def _roles_apart(text: str) -> str:
    return _ROLES_APART.sub(r" \1 ", text).strip()


#: A role inside a line of names (某某通讯员某某).
_ROLES_APART = re.compile(r"(通讯员|实习生|见习记者)")


def _byline_apart(blocks: list[Block]) -> list[Block]:
    """A block of one line holding a title and an essay's byline, a writer's
    name or a picture's credit: two blocks (``lines.byline_apart``,
    ``lines.credit_apart``)."""
    out: list[Block] = []
    for block in blocks:
        parts = byline_apart(block.lines[0]) if len(block.lines) == 1 else [block.lines[0]]
        if len(parts) == 1 and len(block.lines) == 1:
            parts = _title_and_writer(block.lines[0])
        if len(parts) == 1 and len(block.lines) == 1:
            parts = credit_apart(block.lines[0])
        if len(parts) == 1:
            out.append(block)
        else:
            out.extend(Block([part], part.raw) for part in parts)
    return out


def _title_and_writer(line: Line) -> list[Line]:
    """A commentary's title and its writer's bare name set on one baseline
    (春运服务多些“人情味” 某某): the title, then the name, as two lines."""
    head, _, name = line.raw.rpartition(" ")
    head = head.strip()
    if (
        len(squash(head)) < T.SIGNED_TITLE_MIN
        or any(c in head for c in "，。；：,;:、")
        or " " in head
        or head[-1:].isdigit()  # (…棚户区18 万套: a figure's gap, then its unit)
        or is_byline(head)  # (湖南日报评论员 某某: one byline)
        or is_byline(line.raw)  # (株洲市某区读者 某某: a reader's signature, whole)
        or EXPERT_BYLINE.match(line.raw)  # (某医院主任医师 某某: an expert's byline)
        or names_place(head)  # (长沙市雨花区 某某: a reader's signature)
        or not is_name_line(name)
    ):
        return [line]
    return [
        dataclasses.replace(line, raw=head),
        dataclasses.replace(line, raw=name, gap=0),
    ]


def _column_name_over(block: Block) -> bool:
    """A column's name alone on its line (学习札记, 潇湘时评), set tight over
    the title under it: a label of its own, no paragraph's first words."""
    flat = squash(block.text)
    return (
        len(block.lines) == 1
        and len(flat) <= T.COLUMN_NAME_OVER_MAX
        and all("\u4e00" <= c <= "\u9fff" for c in flat)
        and looks_like_column(flat)
    )


def _column_name_under(block: Block, line: Line, signer: str) -> bool:
    """A column's name set tight under a commentary's title, its writer's
    name under it (实习生不是“廉价劳动力” / 一家之言 / 某某): a label of its
    own, no word of the title wrapped. (A title set on two lines of about
    one length, 抓住新机遇 / 建好新引擎, is one title.)"""
    flat = squash(line.raw)
    return (
        len(block.lines) == 1
        and T.COLUMN_NAME_UNDER_MIN <= len(flat) <= T.COLUMN_NAME_OVER_MAX
        and label_shaped(flat)
        and len(squash(block.text)) >= T.COLUMN_NAME_UNDER_TITLE * len(flat)
        and squash(block.text)[-1:] not in DANGLING_END
        and not any(c in block.text for c in "。；;")
        and (is_name_line(signer.strip()) or is_byline(signer))
    )


def _writer_tight_under(block: Block, line: Line, nxt: Line | None, labelled: bool = False) -> bool:
    """A writer's name set tight under a title of one line (让湖湘文化… /
    唐志远), the text opening apart under it: the piece's byline, no last
    word of the title wrapped. Only names jieba reads as a person's count
    (a title's last word may start on a surname: 黄金期), unless the title
    closes on its mark or stands under its column's name (今日谈 / … / 周游)."""
    name = line.raw.strip()
    if len(block.lines) != 1 or any(c in block.text for c in "。，,；;：:"):
        return False
    if nxt is None or nxt.gap == 0 or not is_name_line(name):
        return False
    if squash(block.text)[-1:] in "”》）)" or labelled:
        return True  # (a title closed on its mark leaves no word to wrap: …太“远” / 某某)
    # (a rarer name is read as its surname and given name, both a person's: 伍 / 嘉禾)
    return all(
        len(tags := pos_tags(part)) <= 2 and all(tag.flag == "nr" for tag in tags)
        for part in name.split()
    )


def _subtitle_under(block: Block, line: Line) -> bool:
    """A dash-led line (——记…, ——读…) set tight under a line with no clause
    mark: a title's subtitle, no paragraph wrapped at a dash."""
    return bool(DASH_LED.match(line.raw)) and not any(c in block.text for c in "，。；：,;:")


def _ends_on_credit(text: str) -> bool:
    """A line closed by a photo's credit (…张三 摄, 以上图片均由…摄) is whole:
    the credit ends its caption, whatever the line under it."""
    match = credit_match(text)
    return match is not None and not squash(text[match.end() :])


def _countdowns(merged: list[Block], extras: list[str]) -> list[Block]:
    """Take countdown boxes (距离…还有2天) out as page extras."""
    out: list[Block] = []
    i = 0
    while i < len(merged):
        block = merged[i]
        if COUNTDOWN.match(block.text):
            box = [block]
            # (the figure may stand apart from its 还有: 开幕还有 / 366天)
            while (
                not COUNTDOWN_END.search("".join(b.text for b in box))
                and i + len(box) < len(merged)
                and len(box) < T.COUNTDOWN_MAX_BLOCKS
            ):
                box.append(merged[i + len(box)])
            if COUNTDOWN_END.search("".join(b.text for b in box)):
                extras.append("".join(b.text for b in box))
                i += len(box)
                continue
        out.append(block)
        i += 1
    return out


def _title_shaped(key: str) -> bool:
    """A short line of words and no stop or pause: a title's shape."""
    return 2 <= len(key) < T.TWIN_MIN and not any(c in key for c in "。！？!?，,；;：:")


def _twins(keys: list[str]) -> dict[int, int]:
    """Later copy -> earlier block it repeats (whole, or a long part of it).

    One search in all the page's text per block: near linear, where comparing
    every pair of blocks is not.
    """
    twin: dict[int, int] = {}
    first_seen: dict[str, int] = {}
    hay = "\x00".join(keys)
    starts = []
    pos = 0
    for key in keys:
        starts.append(pos)
        pos += len(key) + 1
    for j, key in enumerate(keys):
        if j and key == keys[j - 1] and (_signs(key) or _title_shaped(key)):
            # a credit or byline printed twice, however short, and a short
            # title drawn twice for bold (银发课堂 / 银发课堂)
            twin[j] = j - 1
        elif len(key) >= T.TWIN_MIN:
            if key in first_seen:
                twin[j] = first_seen[key]
            elif len(key) >= T.TWIN_PART_MIN:
                at = hay.find(key, 0, max(0, starts[j] - 1))
                if at < 0 and (dated := dateline_match(key)) is not None:
                    # (the lead under its dateline, printed again without it
                    # higher up: 湖南日报…讯（…）记者从… / 记者从…)
                    end = dated.end()
                    paren = DATELINE_PAREN.match(key[end:])
                    rest = key[end + (paren.end() if paren else 0) :]
                    if len(rest) >= T.TWIN_PART_MIN and rest in first_seen:
                        at = starts[first_seen[rest]]
                if at >= 0:
                    twin[j] = bisect.bisect_right(starts, at) - 1
        first_seen.setdefault(key, j)
    return twin


def _signs(text: str) -> bool:
    """A credit or a byline: who took a photo or wrote a piece."""
    return bool(credit_match(text)) or is_byline(text)


def _drop_twins(kept: list[Block]) -> tuple[list[Block], list[str]]:
    """Drop text printed twice, keeping the copy that continues its neighbour."""
    twin_keys = [squash(b.text) for b in kept]
    twin = {
        j: i
        for j, i in _twins(twin_keys).items()
        # (one writer signs two pieces of a page: a byline printed again
        # further on is a signature of its own, no copy)
        if j == i + 1 or not is_byline(kept[j].text)
    }
    drop: set[int] = set()
    for j in sorted(twin):
        if j in drop or twin[j] in drop:
            continue
        i = twin[j]
        run = 1  # copies printed as a run are kept or dropped together
        while j + run in twin and twin[j + run] == i + run:
            run += 1
        earlier_fits = i > 0 and continues(kept[i - 1], kept[i])
        later_fits = j > 0 and continues(kept[j - 1], kept[j]) and not earlier_fits
        if (
            not later_fits
            and not earlier_fits
            and not ends_sentence(kept[i + run - 1].text)
            and any(c in kept[i + run - 1].text for c in "，,；;。")  # (running text, cut)
            and not CAPTION_START.match(kept[i].text)  # (a photo's caption, cut over lines)
            and any(dateline_match(kept[m].text) for m in range(i + run, j))
            # (a later copy that the block after it finishes is the copy the
            # extraction prints before a cut paragraph's rest: see below)
            and not (j + run < len(kept) and finished_by(kept[j + run - 1], kept[j + run]))
            and not _rest_between(kept, i + run - 1, j)
        ):
            # A cut paragraph printed twice, a story's dateline between the
            # copies: the earlier closes that story's later text printed before
            # its headline, the later stands in the story where it was cut.
            later_fits = True
        if (
            not later_fits
            and not earlier_fits
            and not (j > 0 and continues(kept[j - 1], kept[j]))
            and ends_sentence(kept[i + run - 1].text)
        ):
            # Neither copy finishes a sentence left open, nor is left open (then
            # what follows the later copy goes on the earlier): the one printed
            # among the text of its own story, what the blocks around it say.
            if _parts_head_from_opener(kept, i, run) != _parts_head_from_opener(kept, j, run):
                later_fits = _parts_head_from_opener(kept, i, run)
            elif _dated_under_head(kept, i) != _dated_under_head(kept, j):
                later_fits = _dated_under_head(kept, j)
            else:
                later_fits = (
                    _among_own(kept, j, run) > _among_own(kept, i, run) + T.TWIN_TOPIC_MARGIN
                )
        if later_fits and len(twin_keys[i]) > len(twin_keys[j]):
            # The earlier block holds more than the copy (a dateline broken
            # before it and joined: 湖南日报 2 月 + 26 日讯…): dropping it
            # would lose that much; the copy goes.
            later_fits = False
        elif not later_fits and dateline_match(twin_keys[j]) and not dateline_match(twin_keys[i]):
            # (the later holds the dateline the earlier copy lacks: the
            # earlier run goes)
            later_fits = True
        first = j if not later_fits else i
        drop.update(range(first, first + run))
        last = i + run - 1
        jumps_on = last + 1 < len(kept) and block_role(kept[last + 1].text) == BlockRole.MARKER
        if (
            first == j
            and j + run < len(kept)
            and not ends_sentence(kept[last].text)
            and not jumps_on  # (open because the story goes on on another page)
        ):
            kept[j + run].resumes = kept[last]  # the copy was open: what follows it goes on
    duplicates = [kept[k].text for k in sorted(drop)]
    return [b for k, b in enumerate(kept) if k not in drop], duplicates


def _parts_head_from_opener(kept: list[Block], k: int, run: int) -> bool:
    """Does the copy at ``k`` stand between a headline and the dateline or
    byline that opens its story? Nothing is printed there: that copy is the
    extraction's, the other one stands where the paragraph was set."""
    if k == 0 or k + run >= len(kept) or ends_sentence(kept[k - 1].text):
        return False
    above = squash(kept[k - 1].text)
    return len(above) <= T.HEAD_DIRECT_MAX and block_role(kept[k + run].text) in (
        BlockRole.DATELINE,
        BlockRole.BYLINE,
    )


def _dated_under_head(kept: list[Block], k: int) -> bool:
    """Is the copy at ``k`` a story's dateline paragraph printed right under a
    headline's line? That is where the paper sets it; the other copy is the
    extraction's, whatever text is printed around it."""
    if k == 0 or block_role(kept[k].text) != BlockRole.DATELINE:
        return False
    above = squash(kept[k - 1].text)
    return (
        len(above) <= T.HEAD_DIRECT_MAX
        and not ends_sentence(above)
        and not any(c in above for c in "，,。；;")
    )


def _among_own(kept: list[Block], k: int, run: int) -> float:
    """How much the copy at ``k`` (``run`` blocks) shares with the blocks
    printed right around it."""
    text = "".join(b.text for b in kept[k : k + run])
    # Only running text around it: a sentence left open above goes on
    # elsewhere, not in the copy, and a headline or label is short enough to
    # share a word with any paragraph (a headline under the copy opens the
    # next story; a label over it closes the story before).
    above = [kept[k - 1].text] if k > 0 and ends_sentence(kept[k - 1].text) else []
    below = [kept[k + run].text] if k + run < len(kept) else []
    around = [t for t in above + below if "。" in t or ends_sentence(t)]
    return max((similarity(text, other) for other in around), default=0.0)


def _close_quotes(blocks: list[Block]) -> list[Block]:
    """A short line that opens on the closing quote a short line above it
    left open (以“开工即冲刺 / ”跑出发展加速度) is the rest of that line: a
    headline cut inside its quote, maybe with a copy printed between."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        flat = squash(block.text)
        if (
            prev is not None
            and flat[:1] in "”」』"
            and prev.text.count("“") > prev.text.count("”")
            and len(squash(prev.text)) + len(flat) <= T.HEAD_STACKED_MAX
            and not ends_sentence(prev.text)
            and "。" not in flat
        ):
            prev.lines.extend(block.lines)
            prev.text += block.text
        else:
            out.append(block)
    return out


def _rest_between(kept: list[Block], last: int, j: int) -> bool:
    """The rest of the open block ``last`` is printed before its copy at
    ``j`` (…则下降 / another story / 2.3%，… / the copy): the earlier copy is
    where the paragraph was cut, as its rest comes after it."""
    figure = ends_with_number(kept[last].text)
    return any(
        (figure and start_of(kept[m].text) == Start.UNIT)
        or rate_after_change(kept[last].text, kept[m].text)
        # (a quotation left open, “客人来了，…, and a piece closing one it
        # never opened, …都不愁卖了。”: the quotation's rest)
        or (_quotes_open(kept[last].text) > 0 and _quotes_open(kept[m].text) < 0)
        for m in range(last + 1, j)
    )


def _quotes_open(text: str) -> int:
    """Quotation marks opened and not closed in ``text`` (below 0: closing
    one opened before it)."""
    return text.count("“") - text.count("”")


def continues(before: Block, block: Block) -> bool:
    """``block`` finishes the sentence ``before`` leaves open (培 + 育新型…)."""
    return not ends_sentence(before.text) and joins_word(before.text, block.text)


def finished_by(before: Block, block: Block) -> bool:
    """``block`` goes on the sentence ``before`` leaves open: a word runs
    over, or it cannot open one (…总额3811.5亿元 + ，同比增长30.7%)."""
    return continues(before, block) or (
        not ends_sentence(before.text) and start_of(block.text) in (Start.MID, Start.UNIT)
    )
