"""README.md of the set, written by compose.py from what it laid out."""
from __future__ import annotations

from collections import Counter

HEAD = """# dev_zs — a blind test set of Hunan Daily (湖南日报) pages, 2015–2020

Fourteen printed pages, 2015–2020, made without any sight of the program, from the brief in
`/work/blind/BRIEF.md` and the five seed pages with their gold annotations in `/work/shared`.
Every story, person, figure, column name and project detail is invented and hand-written
(`src/`); `compose.py` lays the stories out as a PDF text extraction of the paper prints
them, in both layouts the seeds show, and writes the raw pages, their gold and this file.

    python3 compose.py && python3 check.py      # -> check passed

## Files

| path | what |
|---|---|
| `src/pNN.txt` | one printed page: header (date, layout, punctuation, masthead data), layout plan, stories |
| `compose.py` | deterministic composer (Python 3 stdlib; every random choice seeded by page and story id) |
| `readme.py` | writes this README from the composer's counts |
| `check.py` | builds the perfect export from the gold, runs `score.py`, checks seed overlap and the brief's size rules |
| `pages/NNN_<sha16>.txt` | raw page text; `<sha16>` = first 16 hex digits of the SHA-256 of the file's UTF-8 text |
| `gold/NNN_<sha16>.json` | exact annotation, format of `/work/shared/gold/FORMAT.md` |
| `export.json` | written by `check.py`: the export a perfect segmenter would print |

### Source format (`src/pNN.txt`)

`@page` header (`date`, `layout: column|paragraph`, `punct: full|paren|half`, `issue_number`,
`page_count`, `seed`) and a `plan:` (one item a line, in printing order) up to `@end`; then
`@story ID` blocks: gold fields (`kind column kicker title subtitle byline dateline
continued`), print hints (`hl:` headline lines as printed, ` / ` a new line after a blank line,
` // ` an adjacent line; `bl:` byline lines; `colraw:` the column label as extracted; `marker:`
the printed jump marker; `w:` column width; `mode: compress` punctuation set half-width so
justified lines spread; `numsp:` spaces at figures; `qsp`, `gapsp` glyph-gap spaces;
`credit: inline|line|right|top|none` where a photo credit prints), `---`, then one paragraph a
line (`== ` a crosshead). Inside paragraphs `¦` marks where a story is cut into pieces and
`‖` a column break; a `/` in a dateline a line break inside it. Markers never reach the gold.

Plan items: `ID [h=before|after|none] [col=…] [b=…] [dup=K] [bold=same|two]` a story
(column layout: its whole body in one run), `ID#k` piece k of a story (paragraph layout),
`H ID` / `B ID` / `C ID` / `M ID` its headline / byline / column label / jump marker alone,
`X a|b|^c` box or masthead lines (one extras string), `R ID:n` line n of a story printed
again, `S n` n blank lines before the next line.

## The two layouts, as the seeds are extracted

**column** (seeds 000, 004): one printed column line per text line, every line followed by a
blank line (headline stack lines sometimes adjacent). Body lines are cut at the story's
column width (16–20 characters, commentaries 11–13); the first line of a paragraph is two
characters short (indent). A line whose natural width falls short of the column (figures
are half-width; with `mode: compress` punctuation too; an opening quote pushed to the next
line) is justified, and the extraction spreads it with spaces: a space between glyphs, none
after closing punctuation, none before an opening quote or bracket, none inside 《》（）, one
after an opening quote — as `总 部 、区 域` in seed 000. A line holding a dateline spreads only
after it (seed 004 `省政协副 主 席 、`). Unspread lines get spaces at figures (`增长 7%以上`,
`今年 2 月`) by a per-story policy. Each story's body is printed in one run; headlines move:
before the body, after it, or bunched with other stories' headlines elsewhere on the page;
commentary bylines and column labels are printed before or after, or in the bunch. Photo
captions are long lines with the credit at the end, on its own line, right-aligned with
leading spaces, or at the top of the page.

**paragraph** (seeds 001–003): one paragraph a line, blank lines between (two or three before
photos and boxes). The dateline runs into the first paragraph. Headline parts on their own
lines or joined by a space on one line. Stories are printed in pieces: a story is cut inside
a paragraph (between a figure and its unit `50` / `米设一个哨位`, `4.2亿` / `立方米`, a verb and
its object, inside a word) and continued after a paragraph or two of the next story (the rest
of the cut paragraph, then its following paragraphs); a paragraph is broken in two lines by a
column break; a line is printed twice elsewhere. Parentheses are half-width on every
paragraph page, and on three of them `,;:?` too (seed 001).

"""

CONVENTIONS = """## Gold conventions (followed from the seeds)

- One article per story; articles in order of their body's first appearance on the page.
- `kind`: `news`, `commentary` (signed opinion pieces, column or 评论员文章), `feature`
  (long signed stories with or without crossheads, 副刊 essays), `photo` (one article per
  photo item: title if printed, caption as the paragraph, credit as `byline`),
  `continuation` (the inside-page part of a front-page story: `title` empty, `continued`
  `上接1版`), `other` (poems, a notice, a book note, an agenda box).
- Headline roles: 引题 `kicker`, 主题 `title`, 副题 `subtitle` (a `——记…` line or a short
  `某某主持` line is the subtitle); a title printed on two lines is joined.
- `dateline` as printed up to its closing bracket (`湖南日报3月12日讯（记者 彭雪松 通讯员 石晓梅）`,
  `湖南日报深圳4月19日电（…）`, `新华社长沙9月9日电（…）`), rejoined when broken across lines;
  the paragraph starts after it.
- `byline`: author lines printed apart from a dateline, joined with a space when split
  (`湖南日报记者 李婷婷 通讯员 刘向东`); bare names of commentators and poets; `文丨X` on 副刊 essays;
  `湖南日报评论员` alone for an unsigned editorial.
- `column`: the column label (栏目) even when it is printed after the body or spread in a
  frame (`芙 蓉 评 论` → `芙蓉评论`).
- `continued`: the jump text without arrows and brackets (`▷(下转2版)` → `下转2版`,
  `（上接1版）` → `上接1版`), as seeds 001/004; the arrow glyphs are therefore in no gold string
  (27 characters over the set; coverage still 1.000).
- `subheads`: crossheads in order; they are also paragraphs (spaces removed there).
- Paragraphs rejoined across column breaks and across the cut between pieces; no spaces left
  between Chinese characters.
- `extras`: page furniture — each masthead or box printed as several lines is ONE string,
  its lines concatenated (seed 001: `2025年3月27星期四乙巳年二月廿八第27314号今日8版`).
- `duplicates`: text the extraction printed twice (a line repeated, a headline drawn twice
  for bold), once each.
- `issue_date` is the paper's date (datelines are the day before); `issue_number` and
  `page_count` only on front pages that print them.

"""

UNSURE = """## Unsure in the gold conventions

- **Headline drawn twice** (`许达明…许达明…` on one line, or two identical lines): the seeds show
  none. The title is kept once and the extra copy goes to `duplicates`.
- **Group credits** (`以上图片均由 湖南日报全媒体记者 X 摄`): seed 003 gives a group credit to the one
  photo whose caption line carries it. Here a group credit printed on its own line is the
  `byline` of the photo item it follows; the other photos of the group have no byline.
- **Credit printed at the top of the page**, away from its photo: given to that photo.
- **副刊**: essays (`文丨X`) are `feature`, poems and the notice / book note are `other`; the
  page name box (`橘颂 第238期`) and the call for contributions are `extras`. A poem's printed
  lines are its paragraphs.
- **Masthead in the column layout**: the pieces are printed at the top of the page, each on a
  line, and make one extras string, as the paragraph-layout seed does; the FORMAT.md example
  lists them as separate strings. Either way the scorer only sees coverage.
- **Countdown and code-prompt boxes** (`决战决胜脱贫攻坚 倒计时 112天`, `扫码看更多 教师节报道`): one
  extras string per box.
- **Front-page editorial** `湖南日报评论员` with a dash-led subtitle is `commentary`, byline
  `湖南日报评论员`.
- **Continuation of a story on page 2 of the same issue** carries no title (as seed 004), so
  a reader must join it to its front page by the jump and the text.
- **A jump with no marker** (seed 001's first story just stops) does not occur here: every
  cut front-page story prints its marker.

## Limits

- The layouts are modelled, not measured: column widths, where lines break, which lines
  spread and where headlines fall follow the seeds' patterns, but glyph metrics are
  approximate (figures half a character, punctuation one or a half).
- Spreads come only from short lines (figures, compressed punctuation, kinsoku); no story has
  lines spread for other reasons.
- Only two front pages; inside pages carry no page header (the seeds carry none).
- Pages run {lo:,}–{hi:,} characters, in the lower half of the brief's range (4,500–6,500).
- Names of places and real institutions are used; every person, figure, project detail,
  column name and quotation is invented.
"""


def render(rows, phen: Counter, page_phen: dict) -> str:
    out = [HEAD]
    kinds = Counter()
    for r in rows:
        kinds.update(r["kinds"])
    out.append("## Pages\n\n| # | file | date | page | layout | punctuation | articles | kinds | characters |\n"
               "|---|---|---|---|---|---|---|---|---|\n")
    for i, r in enumerate(rows):
        k = ", ".join(f"{n} {c}" for n, c in sorted(r["kinds"].items(), key=lambda x: -x[1]))
        page = f"{r['issue_page']}版" + (" (front, masthead)" if r["front"] else "")
        out.append(f"| {i} | `{r['file']}` | {r['date']} | {page} | {r['layout']} | {r['punct']} | "
                   f"{r['articles']} | {k} | {r['chars']:,} |\n")
    tot = sum(r["chars"] for r in rows)
    out.append(f"\nTotal: {len(rows)} pages, {sum(r['articles'] for r in rows)} articles, {tot:,} characters "
               f"(whitespace excluded; {min(r['chars'] for r in rows):,}–{max(r['chars'] for r in rows):,} a page).\n\n")
    out.append("Articles by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()) + ".\n\n")
    out.append("Subjects (page numbers as in the table): county economies of 湘西 and 怀化, 特色产业 and "
               "电商 (0, 2, 3, 4, 5, 7, 10, 11, 12, 13); highways and high-speed rail (0, 2, 3, 5, 7, 11, 12, 13); "
               "rural schools and teachers (0, 1, 2, 3, 6, 10, 11, 12); flood control on 资江 and 沅江 "
               "(1, 3, 9, 11, 12, 13); provincial people's congress sessions and legislation "
               "(0, 1, 2, 3, 7, 8, 10, 11, 13); courts and procuratorates, 公益诉讼 (0, 3, 5, 7, 8, 11, 12, 13); "
               "museums and intangible heritage, 湘绣 and 花鼓戏 (4, 6, 12, 13); private enterprises and 园区 "
               "investment (0, 2, 3, 4, 5, 7, 8, 11, 12, 13); commentary columns 湘江观潮 (2015), 华声快评 "
               "(2016), 三湘论衡 (2017), 湘楚新语 (2018), 麓山时评 (2019), 芙蓉评论 (2020); features of 14–21 "
               "paragraphs with crossheads (1, 3, 4, 5, 7, 8, 9, 10, 12, 13); a photo news page with several "
               "photo items and a group credit (9); a 副刊 page with essays (文丨X) and poems (6).\n\n")
    out.append(CONVENTIONS)
    out.append("## Phenomena laid out\n\nCounts over the set, and on how many pages each occurs "
               "(counted by the composer as it lays the pages out).\n\n| phenomenon | count | pages |\n|---|---|---|\n")
    for k, v in sorted(phen.items(), key=lambda x: (-x[1], x[0])):
        n = sum(1 for p in page_phen.values() if p.get(k))
        out.append(f"| {k} | {v} | {n} |\n")
    out.append("\n")
    out.append(UNSURE.replace("{lo:,}", f"{min(r['chars'] for r in rows):,}")
               .replace("{hi:,}", f"{max(r['chars'] for r in rows):,}"))
    return "".join(out)
