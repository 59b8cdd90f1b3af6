"""Publication dates: the masthead, the file name, or the datelines of a page."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from .model import Issue, Masthead, Page

# How sure a date is, most sure first.
DATE_SOURCES = ("masthead", "filename", "dateline", "unknown")

_DIGITS = r"[0-9０-９]"
_STEM = r"[甲乙丙丁戊己庚辛壬癸]"
_BRANCH = r"[子丑寅卯辰巳午未申酉戌亥]"
_LUNAR_DAY = r"(?:初[一二三四五六七八九十]|十[一二三四五六七八九]|二十|廿[一二三四五六七八九]|三十)"
_LUNAR_MONTH = r"(?:正|[一二三四五六七八九十]|十[一二]|冬|腊)月"

MASTHEAD_PATTERNS = {
    "year_month": re.compile(rf"^({_DIGITS}{{4}})\s*年\s*({_DIGITS}{{1,2}})\s*月"),
    # The day alone, or merged with the weekday drawn next to it ("31 星期六").
    "day": re.compile(rf"^({_DIGITS}{{1,2}})\s*日?(?=\s|$)"),
    "full_date": re.compile(
        rf"^({_DIGITS}{{4}})\s*年\s*({_DIGITS}{{1,2}})\s*月\s*({_DIGITS}{{1,2}})\s*日"
    ),
    "weekday": re.compile(r"星期\s*([一二三四五六日天])"),
    "lunar": re.compile(
        rf"(?:农历)?\s*({_STEM}{_BRANCH}年\s*(?:闰)?{_LUNAR_MONTH}\s*{_LUNAR_DAY})"
    ),
    "number": re.compile(rf"第\s*({_DIGITS}+)\s*号"),
    "page_count": re.compile(rf"今日\s*({_DIGITS}+)\s*版"),
}
#: The rest of a front page's masthead block, printed on every front page of
#: the paper around the date: the publisher's line, the Party committee whose
#: organ it is, its serial and postal numbers, its site's address.
MASTHEAD_FURNITURE = re.compile(
    # (the paper's name in English under its Chinese one, as the masthead prints it)
    r"中共湖南省委机关报|湖南日报社(?:出版|主管主办)|HUNAN\s*DAILY|"
    rf"国内统一(?:连续出版物|刊)号\s*[:：]?\s*CN\s*{_DIGITS}{{2}}\s*[-－]\s*{_DIGITS}{{4}}(?:\s*/\s*[A-Z]+)?|"
    rf"邮发代号\s*[:：]?\s*{_DIGITS}{{1,2}}\s*[-－]\s*{_DIGITS}{{1,3}}|"
    r"(?:华声在线|湖南日报)?\s*网址\s*[:：]?\s*www\s*\.\s*[a-z0-9.\s]+?\.(?:com|cn|net)(?:\.cn)?"
)
_DATELINE_DATE = re.compile(rf"({_DIGITS}{{1,2}})\s*月\s*({_DIGITS}{{1,2}})\s*日\s*[讯电]")
#: A year named in the text: 2024年, or a bare 2024 before an event's name
#: (2024湖南旅游发展大会), never a figure with its unit (1900万亩, 2000多人).
_YEAR = re.compile(
    rf"(?<![0-9０-９.])((?:19|20){_DIGITS}{{2}})(?:\s*年"
    r"|(?![0-9０-９.%％]|\s*[万亿千百元个人亩吨家户项件台辆名次座所条只头批场期篇种类款份倍公米平多余]))"
)
# Words before a year that look ahead (a goal, a plan, money allotted for a
# coming year): general vocabulary of planning and budgeting news.
_FUTURE_YEAR = re.compile(r"(?:到|至|明年|预计|计划|力争|目标|下达|安排了?)\s*$")
# Words round a year that set it in the past of the day written: a base of
# comparison (比2019年, 较2019年同期) or a start (自2016年, 2016年以来): the
# page was printed in a later year.
_BEFORE_NOW = re.compile(r"(?<!将)(?:比|较|自|从|相比)\s*$")
_SINCE = re.compile(r"\s*年?\s*(?:以来|至今)")
_FILENAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*[-_.年/]?\s*(0[1-9]|1[0-2]|[1-9])\s*[-_.月/]?\s*"
    r"(0[1-9]|[12]\d|3[01]|[1-9])(?!\d)"
)


def to_int(text: str) -> int:
    """Digits, full- or half-width, as an int."""
    return int(text.translate(str.maketrans("０１２３４５６７８９", "0123456789")))


#: Lines a masthead block spans, counted from its first line.
MASTHEAD_SPAN = 24


def parse_masthead(lines: Sequence[str]) -> tuple[Masthead | None, list[int]]:
    """Find the front-page date block: among the first lines of a page, or
    wherever the extraction put it (often after the last story).

    Returns the masthead (or None) and the indexes of the lines it used.
    """
    starts = [0] + [
        i
        for i, line in enumerate(lines)
        if i
        and (
            MASTHEAD_PATTERNS["year_month"].match(line.strip())
            or MASTHEAD_PATTERNS["full_date"].match(line.strip())
        )
        and _is_masthead_line(line.strip())
    ]
    for start in starts:
        masthead, used = _masthead_from(lines, start)
        if masthead is not None:
            apart = _pieces_apart(lines, used) + _name_over_english(lines, used)
            if apart:
                text = " ".join([masthead.text, *(lines[i].strip() for i in apart)])
                masthead = dataclasses.replace(masthead, text=text)
            return masthead, used + apart
    return None, []


#: Masthead pieces the extraction may set apart from the date block.
_APART = ("lunar", "number", "page_count")


def _pieces_apart(lines: Sequence[str], used: list[int]) -> list[int]:
    """Lines elsewhere on a front page holding only the lunar date, the issue
    number or the page count (甲辰年九月十五 / 第27153号 / 今日8版), or the
    publisher's furniture (邮发代号 41-1)."""
    return [
        i
        for i, line in enumerate(lines)
        if i not in used
        and line.strip()
        and (
            any(MASTHEAD_PATTERNS[name].search(line) for name in _APART)
            or MASTHEAD_FURNITURE.search(line)
        )
        and _is_masthead_line(line.strip())
    ]


_ENGLISH_NAME = re.compile(r"HUNAN\s*DAILY")


def _name_over_english(lines: Sequence[str], used: list[int]) -> list[int]:
    """The paper's name on its own line over the English one the masthead
    sets under it (湖南日报 / HUNAN DAILY): the masthead's, not a headline."""
    out = []
    for i in used:
        if not _ENGLISH_NAME.search(lines[i]):
            continue
        above = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
        if above is not None and above not in used and lines[above].strip() == "湖南日报":
            out.append(above)
    return out


def _masthead_from(lines: Sequence[str], start: int) -> tuple[Masthead | None, list[int]]:
    found: dict[str, re.Match[str]] = {}
    used: list[int] = []
    # (the day drawn right before the year-month line: 22 / 2017年3月 / 星期三)
    day_before: tuple[int, re.Match[str]] | None = None
    for i in range(start, min(len(lines), start + MASTHEAD_SPAN)):
        line = lines[i]
        text = line.strip()
        if not text:
            continue
        if "year_month" not in found and "full_date" not in found:
            day = MASTHEAD_PATTERNS["day"].match(text)
            if day and _day_alone(text, day):
                day_before = (i, day)
            elif not MASTHEAD_PATTERNS["year_month"].match(text):
                day_before = None
        hit = False
        for name, pattern in MASTHEAD_PATTERNS.items():
            if name in found:
                continue
            # A bare number is the day only right after the year-month line.
            if name == "day" and ("year_month" not in found or "full_date" in found):
                continue
            match = (
                pattern.search(text)
                if name in {"weekday", "lunar", "number", "page_count"}
                else pattern.match(text)
            )
            if match:
                found[name] = match
                hit = True
        if (
            "year_month" in found
            and "day" not in found
            and day_before is not None
            and found["year_month"].string == text
            and (day_before[0] not in used or day_before[1].string != day_before[1].group(0))
        ):
            found["day"] = day_before[1]
            if day_before[0] not in used:
                used.append(day_before[0])
        if (hit or MASTHEAD_FURNITURE.search(text)) and _is_masthead_line(text):
            used.append(i)
        elif used and i - used[-1] > 3:
            break
    date = None
    if "full_date" in found:
        y, m, d = (to_int(g) for g in found["full_date"].groups())
        date = _safe_date(y, m, d)
    elif "year_month" in found and "day" in found:
        y, m = (to_int(g) for g in found["year_month"].groups())
        date = _safe_date(y, m, to_int(found["day"].group(1)))
    strong = sum(k in found for k in ("weekday", "lunar", "number", "page_count"))
    if date is None or strong == 0:
        return None, []
    weekday = None
    if "weekday" in found:
        weekday = "一二三四五六日天".index(found["weekday"].group(1)) % 7
    masthead = Masthead(
        date=date,
        weekday=weekday,
        lunar=found["lunar"].group(1).replace(" ", "") if "lunar" in found else "",
        issue_number=to_int(found["number"].group(1)) if "number" in found else None,
        page_count=to_int(found["page_count"].group(1)) if "page_count" in found else None,
        weekday_ok=None if weekday is None else date.weekday() == weekday,
        text=" ".join(lines[i].strip() for i in used),
    )
    return masthead, used


def _day_alone(text: str, day: re.Match[str]) -> bool:
    """The line holds the day alone, or the day and its weekday (18 星期四)."""
    rest = text[day.end() :].strip()
    return not rest or bool(MASTHEAD_PATTERNS["weekday"].fullmatch(rest))


def _is_masthead_line(text: str) -> bool:
    """A masthead line holds nothing but date furniture."""
    rest = MASTHEAD_FURNITURE.sub("", text)
    for pattern in MASTHEAD_PATTERNS.values():
        rest = pattern.sub("", rest)
    return len(re.sub(r"[\s农历日]", "", rest)) <= 2


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_HASH = re.compile(
    r"(?i)(?<![0-9a-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{12,}(?![0-9a-z])"
)


def date_from_filename(path: str) -> dt.date | None:
    """A date written in the file name or its folders (2024-03-09, 20240309, …)."""
    for part in reversed(re.split(r"[\\/]", path)):
        # A hash in a name (3ced2b817bf620dd) can hold digits that read as a date.
        part = _HASH.sub("_", part)
        for match in _FILENAME_DATE.finditer(part):
            date = _safe_date(*(int(g) for g in match.groups()))
            if date:
                return date
    return None


def dateline_dates(text: str) -> Counter[tuple[int, int]]:
    """(month, day) of every dateline (X月X日讯 / X月X日电) in a page."""
    return Counter((to_int(m), to_int(d)) for m, d in _DATELINE_DATE.findall(text))


#: From this month on the paper prints next year's plans and budgets beside
#: this year's results, so the latest year named is no longer the page's.
PLANS_AHEAD_FROM_MONTH = 11


def infer_year(texts: Iterable[str], month: int) -> int | None:
    """The year a page was printed in, from the years its articles mention
    (``month``: its datelines').

    News tells of the present and looks back: a story names the year it
    happens in, or an earlier one (a founding, last year's figures), so the
    latest year mentioned as a present fact is the best guess. A goal
    "到2035年" or a budget "下达2026年" looks ahead and does not count, nor
    does a year still to come. Late in the year, when plans for the next
    stand beside this year's results, the year most articles name wins (ties
    to the earlier).
    """
    this_year = dt.date.today().year
    votes: Counter[int] = Counter()
    for text in texts:
        votes.update(
            {
                year
                for match in _YEAR.finditer(text)
                if not _FUTURE_YEAR.search(text[max(0, match.start() - 6) : match.start()])
                and (year := _printed_after(text, match)) <= this_year
            }
        )
    if not votes:
        return None
    if month < PLANS_AHEAD_FROM_MONTH:
        return max(votes)
    top = max(votes.values())
    return min(year for year, n in votes.items() if n == top)


def _printed_after(text: str, match: re.Match[str]) -> int:
    """The earliest year a text naming the year ``match`` finds could be
    printed in: that year, or the next when the text sets it in the past
    (比2019年…, 2016年以来)."""
    year = to_int(match.group(1))
    if _BEFORE_NOW.search(text[max(0, match.start() - 4) : match.start()]) or _SINCE.match(
        text, match.end()
    ):
        return year + 1
    return year


#: Names the paper could print only from a year on, each with the first year
#: it could: a five-year plan is named the year before it begins, when it is
#: drawn up; a Party congress or plenum the year it meets (喜迎十九大 the
#: months before); the province's strategy (三高四新) and the pandemic from
#: 2020; the byline of the paper's merged newsroom (全媒体记者) from 2019.
ERA_MARKERS = (
    (re.compile(r"十五五"), 2025),
    (re.compile(r"二十届[三四五六七]中全会"), 2024),
    (re.compile(r"党的二十大|二十大精神|喜迎二十大|二十届"), 2022),
    (re.compile(r"十四五|三高四新|新冠|疫情防控"), 2020),
    (re.compile(r"全媒体记者"), 2019),
    (re.compile(r"十九届[二三四五六]中全会"), 2018),
    (
        re.compile(r"党的十九大|十九大精神|喜迎十九大|十九届|新时代中国特色社会主义思想|乡村振兴"),
        2017,
    ),
    (re.compile(r"十三五"), 2015),
)


def era_floor(text: str) -> int:
    """The earliest year a page naming what it names could be printed in (0:
    no sign)."""
    return max((year for marker, year in ERA_MARKERS if marker.search(text)), default=0)


def date_from_datelines(text: str, article_texts: Iterable[str]) -> dt.date | None:
    """The most common dateline plus one day: stories are filed the day before."""
    dates = dateline_dates(text)
    if not dates:
        return None
    (month, day), _ = dates.most_common(1)[0]
    year = infer_year(article_texts, month)
    if year is None:
        return None
    # (the latest year a page names may be long past: a history, a founding;
    # what it names of its era says how late it is at least)
    year = max(year, era_floor(text))
    filed = _safe_date(year, month, day)
    return filed + dt.timedelta(days=1) if filed else None


def borrow_years(pages: list[Page]) -> list[Page]:
    """A page dated from its datelines (month and day; the year read from its
    text, or none) takes the date of a loaded page filed the same day whose
    date is sure (its masthead or file name): the issue it was printed in.
    Where pages of several years were filed that day, the one its own text
    names, if any."""
    import dataclasses

    sure: dict[tuple[int, int], set[dt.date]] = {}
    known: dict[tuple[int, int], dt.date] = {}
    for page in pages:
        if page.issue_date and page.date_source != "unknown":
            filed = page.issue_date - dt.timedelta(days=1)
            known.setdefault((filed.month, filed.day), page.issue_date)
            if page.date_source in ("masthead", "filename"):
                sure.setdefault((filed.month, filed.day), set()).add(page.issue_date)
    out = []
    for page in pages:
        if page.date_source in ("dateline", "unknown") or page.issue_date is None:
            dates = dateline_dates(page.raw)
            day = dates.most_common(1)[0][0] if dates else None
            found = None
            if day in sure:
                choices = sure[day]
                found = next(iter(choices)) if len(choices) == 1 else None
                if found is None and page.issue_date in choices:
                    found = page.issue_date
            elif page.issue_date is None and day in known:
                found = known[day]
            if found is not None:
                page = dataclasses.replace(page, issue_date=found, date_source="dateline")
        out.append(page)
    return out


def group_issues(pages: Iterable[Page]) -> tuple[Issue, ...]:
    """Pages -> issues by date; issues by date, pages by number then name."""
    by_date: dict[dt.date | None, list[Page]] = {}
    for page in pages:
        by_date.setdefault(page.issue_date, []).append(page)

    def page_key(page: Page) -> tuple[int, str]:
        return (page.number if page.number is not None else 999, page.source)

    dated = sorted(d for d in by_date if d is not None)
    issues = [Issue(d, tuple(sorted(by_date[d], key=page_key))) for d in dated]
    if None in by_date:
        issues.append(Issue(None, tuple(sorted(by_date[None], key=page_key))))
    return tuple(issues)
