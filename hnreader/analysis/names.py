"""Who wrote a piece: the names in its byline and dateline, with their roles.

The paper credits people in a few shapes: a byline line (``湖南日报全媒体记者 张三
通讯员 李四``, ``湖南日报·新湖南客户端记者 张三 报道``, ``文丨张三``, a bare name,
``张三 摄``) and the parenthesis after a dateline (``湖南日报3月8日讯（全媒体记者张三
通讯员 李四 王五）``). Names are read from what is left once the outlets, roles and
credit words are taken away; anything that does not look like a name is dropped
rather than guessed at.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """What a credited person did for the piece."""

    REPORTER = "记者"
    CORRESPONDENT = "通讯员"
    COMMENTATOR = "评论员"
    INTERN = "实习生"
    AUTHOR = "作者"
    PHOTOGRAPHER = "摄影"


@dataclass(frozen=True, slots=True)
class Credit:
    """One credited name and its role."""

    name: str
    role: Role


# Outlets and their platforms, printed before the roles: 湖南日报·华声在线, 新湖南客户端.
_OUTLETS = re.compile(
    r"[·・•]?(?:湖南日报社?|本报|华声在线|新湖南客户端|新湖南|新华社|人民日报|中新社)[·・•]?"
)
# A role word with its qualifiers (首席, 全媒体, 见习, 特约, 摄影); the capture says which.
_ROLE = re.compile(
    r"(?:首席|全媒体|融媒体|见习|特约|驻\S{1,4}?)*"
    r"(?P<role>摄影记者|记者|通讯员|评论员|实习生|作者|撰稿)"
)
_ROLE_OF = {
    "摄影记者": Role.PHOTOGRAPHER,
    "记者": Role.REPORTER,
    "通讯员": Role.CORRESPONDENT,
    "评论员": Role.COMMENTATOR,
    "实习生": Role.INTERN,
    "作者": Role.AUTHOR,
    "撰稿": Role.AUTHOR,
}
# 文丨张三 / 文/张三 / 图丨李四 / 摄影：王五: a role written as a label before the names.
_LABEL = re.compile(r"(?P<label>文字|文|图片|图|摄影|摄)\s*[丨|｜/／:：]\s*")
_LABEL_AS_ROLE = {"文": "作者", "文字": "作者"}  # any other label credits pictures
# Credit words after the names: 摄, 摄影报道, 报道, 供图, 整理. The photo ones make the
# names before them photographers.
_AFTER = re.compile(r"(?P<word>摄影报道|摄影|摄|报道|供图|制图|整理|综合)$")
_PHOTO_WORDS = frozenset(("摄影报道", "摄影", "摄", "供图"))
_PARENS = re.compile(r"[（(][^（）()]*(?:[）)]|$)")
# A name: two to four Han characters, or a transcribed name with a middle dot.
_NAME = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}(?:[·・][\u4e00-\u9fff]{1,8})+)$")
# Words the shapes above leave behind that are never names.
_NOT_NAMES = frozenset(
    (
        "记者",
        "通讯员",
        "评论员",
        "实习生",
        "编辑",
        "责任编辑",
        "报道",
        "摄影",
        "图片",
        "图文",
        "文字",
        "本文",
        "本版",
        "湖南",
        "日报",
        "提供",
        "来源",
        "综合",
        "整理",
        "通讯",
        "特约",
        "首席",
        "全媒体",
        "融媒体",
        "见习",
        "联合",
        "新华",
        "资料",
        "资料图",
        "制图",
        "供图",
    )
)
_SPACES = re.compile(r"[\s\u3000]+")
_SEPARATORS = re.compile(r"[、，,;；]")


def credits(text: str) -> list[Credit]:
    """The credited names of a byline or a dateline, in printed order, once each."""
    if not text:
        return []
    found: list[Credit] = []
    for part in _parts(text):
        for credit in _read_part(part):
            if all(c.name != credit.name for c in found):
                found.append(credit)
    return found


def names(*texts: str) -> list[str]:
    """The distinct names credited in ``texts`` (bylines, datelines), in order."""
    seen: dict[str, None] = {}
    for text in texts:
        for credit in credits(text):
            seen.setdefault(credit.name, None)
    return list(seen)


def _parts(text: str) -> list[str]:
    """The pieces of ``text`` that hold credits.

    A dateline credits its people in the parenthesis after it; a byline's
    parentheses hold sources (湖南图片库, 本文图片由某单位提供), never names.
    """
    from ..corpus.segment.patterns import dateline_match

    text = _SPACES.sub(" ", text).strip()
    dateline = dateline_match(text)
    if dateline:
        rest = text[dateline.end() :]
        return [m.group()[1:].rstrip("）)") for m in _PARENS.finditer(rest)][:1]
    return [_PARENS.sub(" ", text)]


def _read_part(part: str) -> list[Credit]:
    part = _SEPARATORS.sub(" ", _OUTLETS.sub(" ", part))
    found: list[Credit] = []
    role = Role.REPORTER
    # A photo word after the names (摄, 摄影报道) credits every name since the last
    # credit word or 文丨 label: 记者 甲 通讯员 乙 摄影报道 took the pictures together.
    since = 0
    for token in _tokens(part):
        if token in _ROLE_OF:
            role = _ROLE_OF[token]
            if role is Role.AUTHOR:
                since = len(found)
        elif _AFTER.fullmatch(token):
            if token in _PHOTO_WORDS:
                found[since:] = [Credit(c.name, Role.PHOTOGRAPHER) for c in found[since:]]
            since = len(found)
        elif _NAME.match(token) and token not in _NOT_NAMES:
            found.append(Credit(token, role))
    return found


def _tokens(part: str) -> list[str]:
    """Role words, labels, credit words and candidate names, in order.

    Roles run into names unspaced (全媒体记者张三), so they are cut out first;
    a trailing credit word (张三摄) is cut from the name it follows.
    """
    part = _LABEL.sub(lambda m: f" {_LABEL_AS_ROLE.get(m.group('label'), '摄影记者')} ", part)
    part = _ROLE.sub(lambda m: f" {m.group('role')} ", part)
    tokens: list[str] = []
    for word in part.split():
        cut = _AFTER.search(word)
        if cut and cut.start() > 0 and _NAME.match(word[: cut.start()]):
            tokens += [word[: cut.start()], cut.group("word")]
        else:
            tokens.append(word)
    return tokens
