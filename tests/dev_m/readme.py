"""Writes README.md of the dev_m set from the composer's page rows and phenomenon counts."""
from collections import Counter

PHENOMENA = [
    # (stat key, description, layout)
    ("masthead", "front-page masthead (year-month, day, weekday, lunar date, 第NNNNN号, 今日N版)", "both"),
    ("masthead_merged_piece", "masthead pieces merged on one line (`30 星期二`)", "both"),
    ("box_line", "box lines: countdowns, section banners in a frame, code prompts (extras)", "both"),
    ("headline_after_body", "headline printed after its body", "column"),
    ("headline_before_body", "headline printed before its body", "column"),
    ("headline_bunched", "headline bunched with other stories' headlines elsewhere on the page", "column"),
    ("bunched_headline_no_gap", "bunched headline glued to the previous one, with a leading space", "column"),
    ("title_over_two_lines", "title broken over two consecutive lines", "column"),
    ("title_last_word_alone", "… leaving the title's last word alone on a line", "column"),
    ("headline_3_lines", "3-line headline stack (引题 / 主题 / 副题)", "both"),
    ("headline_4_lines", "4-line headline stack (引题 / two-part 主题 / `某某出席`-type line)", "both"),
    ("kicker_title_one_line", "kicker and title joined by a space on one line", "paragraph"),
    ("title_subtitle_one_line", "title and subtitle joined by a space on one line", "paragraph"),
    ("headline_all_one_line", "kicker, title and subtitle all on one line", "paragraph"),
    ("headline_wrapped", "long kicker wrapped over two lines", "paragraph"),
    ("bold_title_doubled_inline", "headline drawn twice for bold on one line (`标题标题`)", "both"),
    ("bold_title_two_lines", "headline drawn twice for bold as two identical lines", "both"),
    ("alternating_pair", "two stories alternating in pieces", "both"),
    ("alternating_cut_fig", "… cut between a figure and its unit (`…3412` / `亿元，…`)", "paragraph"),
    ("alternating_cut_verb", "… cut between a verb and its figure (`…完成投资` / `3600亿元…`)", "paragraph"),
    ("alternating_cut_word", "… cut inside a word", "paragraph"),
    ("alternating_cut_clause", "… cut at a plain clause boundary, no lexical clue", "paragraph"),
    ("column_alternating_cut", "… cut between printed column lines", "column"),
    ("soft_break_clause", "paragraph broken over two lines at a clause boundary (same story)", "paragraph"),
    ("soft_break_word", "paragraph broken over two lines inside a word (same story)", "paragraph"),
    ("soft_break_fig", "paragraph broken over two lines between figure and unit", "paragraph"),
    ("soft_break_sent", "paragraph broken over two lines after a full stop", "paragraph"),
    ("line_printed_twice", "a body line printed twice (next to itself or after the next item)", "both"),
    ("justified_line", "justified column line spread with spaces (`总 部 、区 域`)", "column"),
    ("justified_line_partial", "… spread only from mid-line on", "column"),
    ("column_line_number_gaps", "column lines with glyph gaps around number runs (`今年 2 月`)", "column"),
    ("glyph_gap_line", "stray glyph gaps (`隆 ， 20 多`, `10 %`, `3.2 万亩`)", "paragraph"),
    ("space_after_opening_quote", "pages with spaces around every number run: lines with `“ ` gaps", "paragraph"),
    ("caption_glyph_by_glyph", "a whole caption line drawn glyph by glyph", "both"),
    ("caption_wrapped", "caption wrapped over full-width column lines", "column"),
    ("dateline_xun", "dateline with 讯", "both"),
    ("dateline_dian", "dateline with 电 (湖南日报北京…电, 湖南日报深圳…电, 新华社…电)", "both"),
    ("dateline_own_line", "dateline alone on its line, body starting on the next", "column"),
    ("dateline_broken_inside_date", "line break inside the dateline's date (`湖南日报 3 月 10` / `日讯（…`)", "column"),
    ("dateline_broken_before_tongxunyuan", "dateline broken before 通讯员", "column"),
    ("byline_broken_before_tongxunyuan", "feature byline broken before 通讯员", "paragraph"),
    ("byline_over_two_lines", "commentator byline over two lines (`湖南日报评论员` / `钟以恒`)", "column"),
    ("bare_name_byline", "bare-name byline (a line holding only the writer's name)", "both"),
    ("column_label_before", "column label (栏目) on its own line before the story", "both"),
    ("column_label_after", "column label after the body", "both"),
    ("column_label_bunched", "column label bunched with the headlines", "column"),
    ("jump_marker", "front-page jump marker (`▷(下转2版)`, `（下转2版）`, `▶(下转2版)`)", "both"),
    ("jump_marker_twice", "jump marker printed twice", "paragraph"),
    ("jump_marker_displaced", "jump marker drawn after the next story", "paragraph"),
    ("continuation_marker", "inside-page continuation of the front-page story (`上接1版`, `紧接1版①`)", "both"),
    ("continuation_marker_inline", "… its marker glued to the first continued words", "both"),
    ("photo", "photo items", "both"),
    ("photo_title", "photo with a title line", "both"),
    ("photo_credit_inline", "credit at the end of the caption line", "both"),
    ("photo_credit_own_line", "credit on its own line", "both"),
    ("photo_credit_right_aligned", "credit right-aligned on its own line (leading spaces)", "both"),
    ("photo_credit_top_of_page", "credit drawn at the top of the page", "paragraph"),
    ("photo_group_credit", "group credit (`以上图片均由 … 摄`)", "paragraph"),
    ("photo_credit_none", "photo printed without a credit of its own", "paragraph"),
]


def render(rows, total) -> str:
    arts = sum(r["arts"] for r in rows)
    kinds = Counter()
    for r in rows:
        kinds.update(r["kinds"])
    chars = [r["chars"] for r in rows]
    L = []
    L.append("# dev_m — a blind test set of Hunan Daily pages, 2015–2020\n")
    L.append(f"{len(rows)} page files ({sum(r['layout'] == 'col' for r in rows)} column layout, "
             f"{sum(r['layout'] == 'para' for r in rows)} paragraph layout) from six issue dates, "
             f"{arts} gold articles, {min(chars)}–{max(chars)} characters a page (whitespace excluded, "
             f"{sum(chars)} in all).\n")
    retried = [r["key"] for r in rows if "#" in r["key"]]
    L.append("## How it was made\n")
    L.append("""- Made blind: only `/work/shared/seeds`, `/work/shared/gold` (with `FORMAT.md`),
  `/work/shared/tools/score.py` and `/work/shared/STYLE.md` were read; nothing under `/work/main`,
  no other folder of `/work/blind`, and the program was never run.
- `src/*.txt`: every story hand-written for this set (one file per issue date; format in
  `src/FORMAT.txt`). All persons are invented (provincial leaders included); all figures are
  invented. Places and institutions are real Hunan names. Byline usage follows the years:
  `记者` and `湖南日报·华声在线记者` (2015), `湖南日报·新湖南客户端记者 … 报道` (2016–2019),
  `湖南日报记者` (2017–2018), `全媒体记者` only in 2020; `湖南日报评论员`, named commentators,
  bare names, `文丨X` on the 副刊 essays; datelines `湖南日报X月X日讯`, `湖南日报北京/深圳X月X日电`,
  `新华社北京X月X日电`. Column labels change with the years (湘江时论, 湘江时评, 湖湘时论,
  三湘新论, 今日谈, 百家论坛 …).
- `layout_spec.py`: the page plans — which stories each page carries in drawing order and which
  scrambles apply (headline placement, cuts, duplicates, credit forms, punctuation width …).
- `engine.py` + `compose.py`: the deterministic composer. Each page's `random.Random` is seeded
  with the fixed key `dev_m/<issue date>/p<page>`; a `#n` suffix is tried only if a layout would
  leave a raw line not fully covered by the gold as the scorer measures coverage (a line opening
  with a 2–3 character remnant of another field, e.g. `罗毅）记者今天…`) — RETRIED. It wraps column text at
  per-story widths (news 15–22 characters, commentary 12–18, continuations 18–22) with
  kinsoku (closing punctuation hangs, opening marks never end a line, figures never split),
  indents paragraph first lines, and writes `pages/NNN_<sha16>.txt`, `gold/NNN_<sha16>.json`
  and this README.
- `check.py`: builds the export a perfect segmenter would print from the gold (page extras and
  duplicates in the source's `extras`), runs the scorer with `--pages pages -v`, requires every
  figure 1.000, coverage 1.000, `cjk_space_left` 0 and no problem lines; checks 3,500–7,500
  characters and 6–14 articles a page, the file-name hashes, no spaces between Chinese
  characters in gold paragraphs; and that no run of 6 Chinese characters of the seeds' gold
  headlines/paragraphs occurs in this gold, except runs covered by a short list of generic words
  (institution and place names, statistical terms, set phrases of meeting reports — see
  `GENERIC` in `check.py`).

    python3 compose.py && python3 check.py      # prints `check passed`
""")
    L[-1] = L[-1].replace("RETRIED", ("used for " + ", ".join(f"`{k}`" for k in retried)) if retried else "never needed")
    L.append("## Formats (as the seeds)\n")
    L.append("""- Column layout (like seeds 000, 004): one printed column line per text line, a blank line
  after every line except inside some headline blocks; the file opens with a space and ends with
  two blank lines.
- Paragraph layout (like seeds 001–003): one paragraph per line, blank lines between, the page
  opening with two blank lines, three blank lines below a masthead and above photo captions, no
  final newline.
- Punctuation: full width on most pages; `()` half width on some (paren), `,;()` half width on
  others (half) — the gold carries the page's printed form.
- Gold: exactly the fields of `/work/shared/gold/FORMAT.md`. Conventions followed from the seeds:
  masthead pieces joined into one `extras` string (two when the extraction split the masthead),
  box lines joined into one string; the second copy of anything printed twice in `duplicates`
  (a headline drawn twice for bold included); paragraphs of a story rejoined across every break
  and interleaved piece, in reading order; dateline kept with its printed spaces and stripped
  from the first paragraph; photo credits in `byline` (a group credit on the photo it is printed
  with), photo titles in `title`, captions as the paragraph; commentary labels in `column`,
  commentator lines in `byline`; crossheads both in `subheads` and in `paragraphs`; the
  front-page part of a jumped story carries `continued: 下转2版`, its inside-page remainder is a
  `continuation` article with no headline and `continued: 上接1版` (or `紧接1版①`).
""")
    L.append("## Articles by kind\n")
    L.append("| kind | articles |\n|---|---|")
    for k, v in sorted(kinds.items(), key=lambda x: -x[1]):
        L.append(f"| {k} | {v} |")
    L.append(f"| **all** | **{arts}** |\n")
    L.append("## Pages\n")
    L.append("| file | issue date | page | layout | punctuation | articles | characters |\n|---|---|---|---|---|---|---|")
    for r in rows:
        L.append(f"| `{r['name']}.txt` | {r['date']} | {r['page']} | {'column' if r['layout'] == 'col' else 'paragraph'} "
                 f"| {r['punct']} | {r['arts']} | {r['chars']} |")
    L.append("")
    L.append("## Phenomena laid out (counts over the set)\n")
    L.append("| phenomenon | layout | count |\n|---|---|---|")
    for key, desc, lay in PHENOMENA:
        L.append(f"| {desc} | {lay} | {total.get(key, 0)} |")
    L.append("")
    L.append("## Limits\n")
    L.append("""- Pages hold 3,500–3,800 characters: inside the required range but at its low end; the
  seeds hold 4,200–6,800. Articles per page (8–13) are a little above the seeds' typical count.
- The composer decides line widths and where scrambles fall from rules read off the five seeds;
  real extractions have more irregular widths (compressed punctuation, mixed fonts) and rarer
  patterns (e.g. a story's tail printed before its head, seed 002) that are not reproduced.
- The printed jump/continuation markers (`▷(下转2版)`, `▲ ▲（上接1版）`) keep their normalized
  form in `continued` as in the seeds; their printed text is also listed in the page `extras`, so
  that a perfect export reaches coverage 1.000 (the seeds themselves lose those symbols).
- 副刊 essays (`文丨X`) are annotated `feature`, a call for submissions `other`: the seeds have no
  such items, so these two kinds are our reading of FORMAT.md.
- Mastheads use correct weekdays and lunar dates; issue numbers are counted back from the
  seeds' 第27314号 (2025-03-27) at one issue a day, so they are plausible, not the real ones.
- All text was written in a few hours; it imitates the paper's register but has less variety
  of topics and phrasing than a real year of pages.
""")
    return "\n".join(L)
