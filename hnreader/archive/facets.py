"""Values an article is counted under: reporters and places (a simple first reading).

``facet_values(article)`` is what the engine indexes as the multi-valued
fields ``reporter`` and ``place``; a finer parser may replace this module's
reading as long as it keeps the signature.
"""

from __future__ import annotations

import re

from ..corpus.model import Article

# A role word, then the names it introduces (2-4 characters each, spaced).
_ROLE = re.compile(
    r"(?:首席)?(?:全媒体|融媒体)?(?:首席)?(?:记者|评论员|通讯员|见习记者|实习生|撰稿)"
)
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,4}")
# 湖南日报长沙3月8日讯 / 新华社北京3月8日电: the place sits between agency and date.
_DATELINE_PLACE = re.compile(
    r"^\s*(?:湖南日报|新华社|人民日报|中新社|本报)\s*([\u4e00-\u9fff·]{2,8}?)\s*"
    r"[0-9０-９]{1,2}\s*月"
)
# Words that follow names in credits (摄影报道, 供图) and are not names themselves.
_CREDIT = re.compile(r"(?:摄影报道|摄影|报道|供图|制图|摄)$")
_NOT_NAMES = frozenset({"湖南日报", "本报", "通讯员", "记者"})


def reporters(text: str) -> list[str]:
    """Names after role words in a byline or a dateline's parenthesis."""
    out: list[str] = []
    for part in _ROLE.split(text)[1:]:
        for word in _NAME.findall(part.split("）")[0].split(")")[0]):
            name = _CREDIT.sub("", word)
            if len(name) >= 2 and name not in _NOT_NAMES and name not in out:
                out.append(name)
    return out


def facet_values(article: Article) -> dict[str, list[str]]:
    """``{"reporter": [...], "place": [...]}`` for one article."""
    names = reporters(article.byline) + reporters(article.dateline)
    place = _DATELINE_PLACE.match(article.dateline or "")
    return {
        "reporter": list(dict.fromkeys(names)),
        "place": [place.group(1)] if place else [],
    }
