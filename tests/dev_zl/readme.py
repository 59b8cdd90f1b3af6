"""README.md of the set, written by compose.py with the counts of this run."""
from __future__ import annotations

from collections import Counter

HEAD = """# dev_zl — a blind test set of Hunan Daily (湖南日报) pages, 2015–2020

Sixteen invented pages of the Hunan Daily as the e-paper PDF text extraction prints
them, half in the **column** layout (one printed column line per text line, a blank
line after every line; seeds 000 and 004) and half in the **paragraph** layout (one
paragraph a line; seeds 001–003), each with its exact gold annotation in the format
of `/work/shared/gold`. The set was made blind: from the brief, the five seed pages,
their gold, `FORMAT.md` and `score.py` only; the segmenter it is meant to test was
never read or run.

## How it was made

1. `src/NN.txt` — the stories, hand-written for this set (every person, company
   figure and event invented; real places and institutions only as setting). One
   file per page: `@page` (date, layout, front, page of issue, pages, punctuation,
   theme), then `@art ID` blocks (`kind`, `column`, `kicker`, `title`, `subtitle`,
   `byline`, `dateline`, `continued`, a `|` line, then one paragraph a line, `## ` for
   a crosshead) and `@extra ID` boxes (page furniture, one printed line a line).
   Byline usage follows the years: `记者` up to 2018, `全媒体记者` from 2019;
   `湖南日报·华声在线记者` (2015), `湖南日报·新湖南客户端记者 X（报道）` (2017–18),
   `文丨X` on the 副刊 page, `新华社长沙8月21日电（记者 X）` and other 电 datelines.
2. `plans.py` — for every page, how each story is printed (headline shape, column
   width, number spacing, justified-line rate, cuts, where the credit goes …) and
   the page in printing order (which story part comes where: headline before or
   after the body or bunched with others, pieces of one story between pieces of
   another, boxes, masthead, extra blank lines before photos).
3. `compose.py` — deterministic composer (every random choice seeded by page and
   story): wraps column lines by glyph width (CJK 1, ASCII ½, first line of a
   paragraph indented 2, no line starting with closing punctuation or ending with an
   opening one, datelines broken only between their words), spreads some justified
   lines with spaces the way the seeds show (`总 部 、区 域 总 部`, no gap after
   、，。 or before “（《), puts spaces around figure runs (`今年 2 月`, `突破 2600亿元`),
   and writes `pages/NNN_<sha256[:16]>.txt`, `gold/NNN_<same>.json` and this README.
   Lunar dates of mastheads come from the usual bit-packed table (`lunar.py`); issue
   numbers count back one a day from 第27314号 of 2025-03-27 (seed 001).
4. `check.py` — builds the export a perfect segmenter would print (every gold
   article; extras and duplicates in the source's `extras`), runs
   `score.py EXPORT gold --pages pages -v` and requires every figure 1.000, coverage
   1.000, `cjk_space_left` 0 and no problem line; checks that no run of six Chinese
   characters of the seeds' gold headlines and paragraphs occurs here apart from a
   short list of generic words (湖南日报, 全媒体记者, 规模以上, institution and place
   names, standard statistical terms); checks 3,500–7,500 characters and 6–14
   articles a page, 150–180 articles in all. Run: `python3 compose.py && python3 check.py`.

## Gold conventions followed (from the seed gold)

- Paragraphs hold the text with **all whitespace removed** (layout spaces, figure
  spaces and justified-line gaps are debris); a paragraph cut by a column break is
  **rejoined** in reading order, however many pieces of other stories lie between
  its halves. Crossheads are in `subheads` as printed (an inner space kept) **and**
  among the paragraphs (squashed), as in seeds 003/004. `编者按` stays a paragraph.
- Headline parts keep their inner single spaces (`守住发展底线 奋力追赶跨越`); a part
  wrapped over two lines is joined without a space. Where kicker, title and subtitle
  print on one line they are split at the spaces as the seeds split them.
- `dateline` is the dateline as read (`湖南日报1月26日讯（记者 龙清泉 柳絮飞）`),
  without the figure spaces and line breaks of the print; the body starts after it.
- `byline` holds a credit printed apart from a dateline: reporters of features,
  commentary writers (bare names, `本报评论员`, `湖南日报评论员`), `文丨X`, and photo
  credits (`记者 X 摄`, `X 摄（湖南图片库）`, `湖南日报全媒体记者 X 摄影报道`-like,
  group credits). A photo's caption is its paragraph, the credit its byline, a printed
  photo title its title.
- `column` holds the column label wherever it is printed (before the headline,
  after the body, or on the headline's line); a label printed once over two short
  commentaries is given to both.
- `continued` holds the jump marker without its glyphs and brackets (`下转2版`,
  `上接1版②`); continuations on inside pages are `kind: continuation` with no title.
- Masthead pieces form one string in `extras` (`2018年2月3星期六丁酉年腊月十八第24705号今日8版`),
  each box another (countdowns, guides, code prompts, weather, section furniture);
  `issue_number` and `page_count` are set on front pages only.
- Text the extraction printed twice (a headline drawn twice for bold, a column line
  repeated, paragraph blocks repeated before a headline) is kept once in the article;
  the extra copy is listed in `duplicates`.
- The marker glyphs `▷ ▶ ▲` and their brackets are in no gold field, as in the seeds,
  so coverage loses a few characters per marker (the scorer still prints 1.000).
"""

UNSURE = """
## What I was unsure of (gold conventions)

- **Group credits.** `以上图片均由 湖南日报全媒体记者 X 摄` under a photo set with one
  title and one lead text: annotated as *one* photo article (title, lead text and
  the three captions as paragraphs, the group credit as byline). Seed 003 gives the
  inline `(本文图片均由…提供)` only to the photo it is printed with, so a reader could
  also expect one article per caption.
- **Kinds of 副刊 pieces.** Essays, a book review and a 杂谈 are `feature`; the poem
  and a 征文启事 are `other`; a reproduced painting is `photo` with the painter as
  byline (`作者 X`); a cartoon on the commentary page is `photo` (`X 作`). The seeds
  show none of these.
- **Role split of one-line headlines.** `K T S` lines were split kicker/title/subtitle
  by meaning as the seeds do; the scorer compares the three joined, so only
  `title_acc` could differ from another reader's split.
- **Shared column label.** `短评` printed once above two short commentaries is given
  to both; the seeds have no such case.
- **Headline printed after the start of its body** on a paragraph page (seed 003's
  subtitle mid-feature): the body order is kept and the headline goes to the story.
- **Letters and web roundups** on the commentary page (`读者来信`, `网谈`) are
  `commentary`, their signatures (`株洲读者 周永泉`, `本报记者 整理`) bylines.
- A photo printed inside a feature without credit is a separate `photo` article with
  an empty byline (as seed 003).
- A credit printed at the very top of a page, far from its photo, is given to that
  photo (the brief lists the position; the seeds do not show it).

## Limits

- The text is invented and written for the test, so its vocabulary is narrower than
  a real year of the paper; figures are plausible, not true.
- The artefacts are those the five seeds show or the brief describes; their rates
  are set by hand per page (plans.py), not measured on real PDFs.
- Column widths are modelled by glyph count; real line breaks also depend on
  kerning and punctuation compression, so lines are slightly more regular here.
- No tables, no advertisements, no pages with images only.
"""


def readme(rows, total: Counter, kinds: Counter) -> str:
    out = [HEAD]
    n_art = sum(r[7] for r in rows)
    chars = [r[8] for r in rows]
    out.append("## Size\n")
    out.append(f"{len(rows)} pages ({sum(1 for r in rows if r[4] == 'col')} column layout, "
               f"{sum(1 for r in rows if r[4] == 'para')} paragraph layout; "
               f"{sum(1 for r in rows if r[5] == 'front')} front pages), {n_art} articles: "
               + ", ".join(f"{k} {v}" for k, v in kinds.most_common()) + ".\n")
    out.append(f"Characters a page (whitespace excluded): {min(chars)}–{max(chars)}, "
               f"mean {sum(chars) // len(chars)}.\n")
    out.append("\n## Pages\n")
    out.append("| file | date | weekday | page of issue | layout | | subject | articles | characters |")
    out.append("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        out.append(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} | {r[7]} | {r[8]} |")
    out.append("\n## Phenomena laid out (counts over the set)\n")
    out.append("| phenomenon | count |")
    out.append("|---|---|")
    for k, v in sorted(total.items(), key=lambda kv: kv[0]):
        out.append(f"| {k} | {v} |")
    out.append(UNSURE)
    return "\n".join(out) + "\n"
