"""How this paper prints its furniture: datelines, bylines, credits, jump markers."""

from __future__ import annotations

import re
from itertools import pairwise

from ..match import pos_tags
from ..model import Jump
from ..reflow import squeeze_names
from .hunan_words import CITIES, COUNTIES, names_place
from .vocabulary import ANY_SURNAME, COMPOUND_SURNAMES, SURNAMES, SURNAMES_OF_WORDS

_D = r"[0-9０-９]"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

#: 湖南日报3月8日讯 / 本报讯 / 新华社北京3月8日电, spaces anywhere.
_NUM = rf"{_D}(?:\s*{_D})?"
DATELINE = re.compile(
    rf"^\s*(?:(?:湖\s*南\s*日\s*报|新\s*华\s*社|人\s*民\s*日\s*报|中\s*新\s*社|本\s*报)"
    # (filed from one place or two: 湖南日报长沙、岳阳7月5日讯)
    rf"\s*(?:[\u4e00-\u9fff·・、]\s*){{0,10}}?{_NUM}\s*月\s*{_NUM}\s*日\s*[讯电]"
    rf"|本\s*报\s*讯"
    # (a report filed from a city office of the paper, its day not given:
    # 湖南日报某市讯（记者 某某）)
    rf"|(?:湖\s*南\s*日\s*报|本\s*报)\s*(?:[\u4e00-\u9fff]\s*){{2,5}}?讯\s*(?=[（(])"
    # (a report opened by its reporters' line, the lead run on after it:
    # 湖南日报·新湖南客户端记者 某某 报道7月8日，…)
    rf"|湖\s*南\s*日\s*报\s*[·・]\s*(?:新湖南客户端|华声在线)\s*(?:全媒体)?记者"
    rf"[^。！？，,（）()]{{2,40}}?报道(?=\s*[^\s（(]))"
)
#: A sentence stopped on the word its figure follows (覆盖率已达到 / 96%…,
#: 从几种增加到 / 40多种…, 人数超过 / 200万人次…): a report's amount, whose
#: figure the page printed on the next line.
BEFORE_FIGURE = re.compile(
    r"(?:达到?|到|超过|突破|逾|为|至|增长|下降|提高|降低|增加|减少|共计|累计|总计)$"
)
FIGURE_START = re.compile(rf"^\s*{_D}")
#: A line that may begin a dateline: the paper or agency, then anything.
PAPER_START = re.compile(
    r"^\s*(?:湖\s*南\s*日\s*报|新\s*华\s*社|本\s*报|人\s*民\s*日\s*报|中\s*新\s*社)"
)
#: The reporters' parenthesis right after a dateline.
DATELINE_PAREN = re.compile(r"^\s*[（(][^）)]*(?:[）)]|$)")

_ROLE = (
    r"(?:首席)?(?:全媒体|融媒体)?(?:首席)?"
    r"(?:记者|评论员|特约评论员|特约记者|通讯员|见习记者|实习生)"
)
#: The paper, with the desk of some years: 湖南日报 / 本报 / 湖南日报·华声在线 /
#: 湖南日报·新湖南客户端.
_PAPER = (
    r"(?:湖\s*南\s*日\s*报|本\s*报|新\s*华\s*社)(?:\s*[·・]\s*(?:华声在线|新湖南客户端|新湖南))?"
)
#: A person's name: two to four characters, or two set apart by a space or
#: two (a two-character name spread to a three-character name's width, as
#: the paper sets its bylines: 周  勇).
_NAME = (
    r"(?:[\u4e00-\u9fff·]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff](?![\u4e00-\u9fff])"
    # (a name of three spread after its surname: 辜 鹏博)
    r"|(?<![\u4e00-\u9fff])[\u4e00-\u9fff][ \u3000][\u4e00-\u9fff]{2}(?![\u4e00-\u9fff])"
    # (or letter-spaced whole: 辜 鹏 博)
    r"|(?<![\u4e00-\u9fff])[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2}(?![\u4e00-\u9fff]))"
)
_CITY = "(?:{})".format("|".join(CITIES))
#: The titles an expert signs a piece with (副主任医师, 副教授 end on them).
_EXPERT = "主任医师|主治医师|医师|药师|营养师|教授|研究员|讲师"
_EXPERT_BYLINE = rf"^\s*[\u4e00-\u9fff]{{2,24}}(?:{_EXPERT})\s+{_NAME}\s*$"
_COUNTY = "(?:{})".format("|".join(CITIES + COUNTIES))
#: Bodies a theory page's writer works in, named at their name's end.
_WORKPLACE = "大学|学院|党校|研究院|研究所|研究中心|社会科学院|社科院|科学院|学会|研究会|智库"
#: A writer's workplace alone on its line, under or over the writer's name
#: (湖南师范大学商学院, 湖南省社会科学院经济研究所).
WORKPLACE_LINE = re.compile(rf"^[\u4e00-\u9fff]{{2,20}}(?:{_WORKPLACE})[\u4e00-\u9fff]{{0,8}}$")
#: A seat in a people's congress or a political consultative conference.
_MEMBER = r"(?:全国|省|市|县|区)?(?:人大代表|政协委员)"
#: A deputy's or a member's words opened by who speaks, the seat first in
#: brackets (某某（全国人大代表，某县某村党支部书记）), as a session's pages
#: print a row of short voices, each under its own title.
MEMBER_VOICE = re.compile(rf"^{_NAME}\s*[（(]{_MEMBER}")
#: The rest of a byline wrapped on a line of its own: a name or its last
#: characters, then more writers (…记者 黄凌 / 龙文泱 通讯员 某某).
NAMES_THEN_WRITERS = re.compile(
    rf"^\s*[\u4e00-\u9fff]{{1,4}}(?:\s+{_ROLE}\s*{_NAME})+(?:\s+{_NAME})*(?:\s*报道)?\s*$"
)
#: A byline line: 湖南日报全媒体记者 曹娟 / 通讯员 陶韬 / 湖南日报全媒体评论员 /
#: 湖南日报·新湖南客户端记者 某某 通讯员 某某 报道.
BYLINE = re.compile(
    # (Not the label over the paper's leading commentary: 本报评论员文章.)
    rf"^\s*(?:{_PAPER}\s*)?{_ROLE}(?!文章)(?:\s*{_NAME})?"
    rf"(?:\s+{_ROLE}?\s*{_NAME})*(?:\s*报道)?\s*$"
    # A desk of the paper signing a piece (本报理论部, 湖南日报评论部, 本报编辑部),
    # and the page's editor signing a note to its readers (编者, 本报编辑), or a
    # digest it compiled (本版辑, 本报综合).
    rf"|^\s*{_PAPER}\s*[\u4e00-\u9fff]{{1,3}}部\s*$|^\s*编者\s*$"
    r"|^\s*(?:本报|本版|本刊)\s*(?:编辑(?:部)?|辑|综合|整理)\s*$"
    # A brief's source in brackets on a line of its own, under its last
    # sentence ((记者 某某), （通讯员 某某）).
    r"|^\s*[（(]\s*(?:本报|湖南日报)?\s*(?:全媒体)?\s*(?:记者|通讯员)[^（）()]{2,30}[）)]\s*$"
    # A body that supplied the piece, on a sponsor's page (（某市某局 供稿）): its
    # source, signed where a reporter's byline stands.
    r"|^\s*[（(]?\s*[\u4e00-\u9fff]{2,24}\s*供稿\s*[）)]?\s*$"
    # A digest of another paper's piece, signed with its source where the
    # writer would stand (据《人民日报》, 摘自《求是》).
    r"|^\s*(?:据|摘自|来源\s*[:：])\s*《[^《》]{2,16}》\s*$"
    # An essay's byline: 文丨某某 / 文/某某 / 文：某某 / 文·图丨某某, and a writer's
    # name after a square mark, as literary pages sign essays and poems (□ 某某).
    rf"|^\s*(?:文|图|文图|文[·/]图)\s*[丨|｜/：:]\s*{_NAME}(?:\s+{_NAME}){{0,2}}\s*$"
    rf"|^\s*[□■]\s*{_NAME}(?:\s+{_NAME}){{0,2}}\s*$"
    # ... and 文/图 某某, 图/文 某某: the name after a space.
    rf"|^\s*(?:文[·/]图|图[·/]文)\s+{_NAME}(?:\s+{_NAME}){{0,2}}\s*$"
    # ... and before a reporter's byline: 文/图 湖南日报全媒体记者 某某.
    rf"|^\s*(?:文|图|文图|文[·/]图|图[·/]文)\s*[丨|｜/：:]?\s*(?:{_PAPER}\s*)?{_ROLE}\s*{_NAME}"
    rf"(?:\s+{_ROLE}?\s*{_NAME})*\s*$"
    # A reader's piece, signed with who the reader is: 某某（长沙市民）.
    rf"|^\s*{_NAME}\s*[（(][\u4e00-\u9fff]{{0,8}}"
    r"(?:市民|读者|村民|居民|网友|职工|教师|学生|医生|律师|干部)[）)]\s*$"
    # A writer signed with the body the writer works in: 某某（某大学某学院）,
    # 某某（中共湖南省委党校）, as theory pages sign their pieces.
    rf"|^\s*{_NAME}(?:\s+{_NAME}){{0,2}}\s*[（(][\u4e00-\u9fff]{{2,30}}"
    rf"(?:{_WORKPLACE})[\u4e00-\u9fff]{{0,12}}[）)]\s*$"
    # A writer signed with a note on who the writer is: 某某（作者系…）.
    rf"|^\s*{_NAME}\s*[（(]\s*(?:本文)?作者(?:单位)?\s*[:：系为是][^（）()]{{1,30}}[）)]\s*$"
    # A reader's letter, signed with the reader's town: 浏阳市读者 某某,
    # 衡阳县 读者 某某, 岳阳 读者 某某, 株洲读者 某某, 长沙市民 某某, or the
    # town down to the township (湘西州凤凰县某某镇 读者 某某).
    rf"|^\s*(?:(?:[\u4e00-\u9fff]{{1,7}}?[省市州县区镇乡村]){{1,3}}\s*"
    rf"|[\u4e00-\u9fff]{{2}}\s+|{_CITY}\s*)"
    # (the others set apart from the name: a headline reads 三市居民的周末)
    rf"(?:读者\s*|(?:市民|居民|村民|网友)\s+){_NAME}\s*$"
    # ... or with the residential area: 某市某区某街道某小区居民 某某, 某区某街道 读者 某某.
    rf"|^\s*[\u4e00-\u9fff]{{2,20}}(?:小区|社区|街道)\s*(?:居民|读者)\s+{_NAME}\s*$"
    # ... or with no town, the word set apart from the name: 读者 某某; or a
    # town named short of its county's word, the name set apart: 新田读者 某某.
    rf"|^\s*(?:[\u4e00-\u9fff]{{2,3}})?读者\s+{_NAME}\s*$"
    # ... or with the town alone, set apart from the name: 邵阳县 某某, 沅江 某某.
    rf"|^\s*(?:[\u4e00-\u9fff]{{1,7}}[市县区镇乡]|{_COUNTY})\s+[{''.join(sorted(SURNAMES))}][\u4e00-\u9fff]?[^\W\d_A-Za-z市县区镇乡村州]\s*$"
    # A deputy or a member speaking, signed with the seat and the post held
    # (全国人大代表、某县某村党支部书记 某某, 省政协委员 某某).
    rf"|^\s*{_MEMBER}(?:\s*[、，,]\s*[^，。；;！？\s]{{2,30}})?\s+{_NAME}\s*$"
    # An expert writing: where the writer works and the writer's title, then
    # the name set apart (省人民医院内分泌科主任医师 某某, 某大学某学院教授 某某).
    rf"|{_EXPERT_BYLINE}"
    # ... or where the writers work alone, then their names set apart, as
    # theory pages sign (省委党校 某某, 某某大学 某某 某某).
    rf"|^\s*[\u4e00-\u9fff]{{1,20}}(?:{_WORKPLACE})"
    rf"(?:\s+[{''.join(sorted(ANY_SURNAME))}][\u4e00-\u9fff]{{1,2}}){{1,3}}\s*$"
)
EXPERT_BYLINE = re.compile(_EXPERT_BYLINE)
#: A workplace named alone on a line (省社会科学院某研究所): a theory
#: writer's line broken before the writer's title and name.
WORKPLACE_ALONE = re.compile(rf"[\u4e00-\u9fff]{{1,24}}(?:{_WORKPLACE})")
#: A writer's title and name alone (研究员 某某, 副教授 某某).
TITLE_AND_NAME = re.compile(rf"^\s*副?(?:{_EXPERT})\s*{_NAME}\s*$")
#: A line of nothing but 2-4 character names (the rest of a byline).
NAMES = re.compile(r"^\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4}){0,5}\s*$")
#: Photo and text credits that close a caption.
CREDIT = re.compile(
    rf"(?:(?:(?:以上|本版)?图片均?由\s*)?(?:{_PAPER})?\s*(?:全媒体)?\s*(?:记者|通讯员)?\s*"
    rf"(?:{_NAME}\s+){{0,6}}{_NAME}\s*(?:摄影报道|摄影|摄|供图|制图)"
    r"(?:\s*[（(][^）)]{1,12}[）)])?"
    r"|[（(](?:本文|本版)?图片[^（）()]{0,20}提供[）)]"
    # A body that supplied the photo: 某市消防救援支队 供图.
    r"|[\u4e00-\u9fff]{2,16}(?:队|局|院|中心|公司|委|馆|站|部|办|厅|所|社|校|集团|政府)\s*供图"
    # A wire photo: 新华社发, 新华社发（某某 摄）.
    r"|[（(]?新\s*华\s*社\s*发(?:\s*[（(][^（）()]{1,20}[）)])?[）)]?"
    # A cartoon's or an artwork's credit: 漫画/某某 (作), 漫画丨某某, 漫画 某某, 绘图 某某,
    # 某某 作, 某某 绘, 作者 某某; a picture's and its words' maker: 图/某某, 图/文 某某.
    # (a name, on its surname: 漫画：挂图作战 is a cartoon's title)
    rf"|(?:漫画|绘图)\s*[/／丨|｜:：\s]\s*(?=[{''.join(sorted(ANY_SURNAME))}]){_NAME}(?:\s*[作绘])?"
    rf"|{_NAME}\s+[作绘]"
    rf"|图\s*[/／丨|｜]\s*(?:文\s+)?{_NAME}"
    # A photographer named after the word, as the supplements print it: 摄影 某某.
    r"|摄影\s*[/／丨|｜:：\s]\s*[\u4e00-\u9fff·]{2,4}"
    r"|作者\s+[\u4e00-\u9fff·]{2,4})\s*$"
)
#: ▷(下转2版) / ▲ ▲（上接1版③） / （紧接 1版②）, half- or full-width, stray spaces.
JUMP = re.compile(
    rf"(?P<arrows>[▲▼▶▷►◀◁△▽◆◇■□●○★☆※➤→\s]*)"
    rf"[（(]\s*(?P<verb>下\s*转|上\s*接|紧\s*接|转\s*自|接\s*上|转\s*下)\s*(?:第\s*)?"
    rf"(?P<page>{_D}{{1,2}})\s*版\s*(?P<slot>[{_CIRCLED}]?)\s*[）)]"
)
#: A photo caption opens on the day and place: "5月14日，某市某镇，…", or on
#: the part of the month ("4月上旬，…"); the time of day may follow the date.
#: Under two or three photos each caption may first say which it is (上图：,
#: 图②：).
CAPTION_START = re.compile(
    rf"^\s*(?:(?:[上下左右中]图|图\s*[①-⑩])\s*[：:]\s*)?"
    rf"(?:(?:{_D}{{1,2}}\s*月\s*)?{_D}{{1,2}}\s*日\s*(?:[上下]午|晚|夜|清晨|凌晨|傍晚|夜间|中午|深夜|早晨|午后)?"
    rf"|{_D}{{1,2}}\s*月\s*(?:[上中下]旬|初|底))\s*[，,]"
)
#: A caption under a group credit opening on the day of the one above it
#: (同日，… / 当日，…): a photo of its own, taken the same day.
SAME_DAY_CAPTION = re.compile(r"^\s*(?:同日|当日|同一天)\s*[，,]")
#: A caption's scene: its day, then the place alone in a clause of its own
#: (…，宁乡县双江口镇，… / …，一处橘园，… / …，某县某某梯田，…), then what the picture shows. A
#: report's lead opening on its day states its news in that clause instead.
SCENE_CAPTION = re.compile(
    CAPTION_START.pattern
    + r"\s*[^在，,。；;][^，,。；;]{1,17}"  # (在… opens a statement's setting, no place)
    + r"(?:[县镇乡村区市州湖江园内里上旁畔站港馆厂间道场口处地头田山]|社区|街道|基地)\s*[，,]"
)
#: A subtitle led by a dash: ——记某某.
DASH_LED = re.compile(r"^\s*[—－-]{1,2}")
#: A headline line ending so hands over to the next (十九大代表回到基层一线—— / …).
HANDS_OVER = ("——", "：", ":")
#: A countdown or notice box: 距离…还有2天.
COUNTDOWN = re.compile(
    rf"^\s*(?:距\s*离?|倒\s*计\s*时).{{2,40}}$|^\s*还\s*有\s*{_D}+\s*天\s*$"
    rf"|^.{{2,30}}倒\s*计\s*时\s*{_D}+\s*天\s*$"  # 某某博览会倒计时10天, on one line
)
#: A weather box: the day's weather (长沙 今日 中到大雨) over its temperatures
#: (23℃～29℃), or both on a line.
TEMPERATURES = re.compile(rf"{_D}+\s*[℃°]\s*C?\s*[～~至\-－—]\s*{_D}+\s*[℃°]\s*C?")
WEATHER = re.compile(r"[晴阴雨雪雷云雾霾风]")
COUNTDOWN_END = re.compile(rf"(?:还\s*有|倒\s*计\s*时)\s*{_D}+\s*天\s*$")
#: An issue number in a frame: 第7期.
ISSUE_NO = re.compile(rf"^第{_D}+期$")
_DAY = rf"(?:{_D}{{4}}\s*年\s*)?{_D}{{1,2}}\s*月\s*{_D}{{1,2}}\s*日\s*(?:星期[一二三四五六日天])?"
_EDITOR = r"(?:(?:责任|版式|美术|视觉)编辑|本版(?:编辑|责编)|责编)\s*[:：]?\s*\S{2,4}"
#: Pieces of an inner page's header strip, each on its own short line: the
#: editor in charge (责任编辑 X, 本版编辑 X, 本版责编 X, printed on every
#: inner page of Chinese dailies), the page number (02, 第2版), the date and weekday.
PAGE_HEADER = re.compile(
    # (a name of two characters may be spread: 肖 军)
    rf"^(?:(?:(?:责任|版式|美术|视觉)编辑|本版(?:编辑|责编)|美编|责编|校对)"
    rf"\s*[:：]?\s*\S(?:\s?\S){{1,3}}(?:\s+\S{{2,4}})?"
    rf"(?:\s+(?:(?:版式|美术|视觉)编辑|版式|美编|校对)\s*[:：]?\s*\S(?:\s?\S){{1,3}})*"
    # (the page number may close the editors' line: … 版式编辑 X 02)
    rf"(?:\s+第?\s*{_D}{{1,2}}\s*版?)?"
    rf"|第?\s*{_D}{{1,2}}\s*版?"
    # ... the section's name with the page number (评论 05, 要闻 3)
    rf"|[\u4e00-\u9fff·]{{2,8}}\s+{_D}{{1,2}}"
    # ... or with the paper's name set apart on its line (要闻 湖南日报)
    rf"|[\u4e00-\u9fff·]{{2,8}}\s+湖南日报|湖南日报\s+[\u4e00-\u9fff·]{{2,8}}"
    # ... the date with the page's section set on its line, after it or before
    # it (2022年9月8日 星期四 文化·湘江副刊, 要闻 2015年4月21日 星期二)
    rf"|(?:[\u4e00-\u9fff·]{{2,8}}\s+)?"
    rf"(?:{_D}{{4}}\s*年\s*)?{_D}{{1,2}}\s*月\s*{_D}{{1,2}}\s*日\s*(?:星期[一二三四五六日天])?"
    rf"(?:\s+[\u4e00-\u9fff·]{{2,8}})?"
    # ... or with the editor in charge on the same line, after it or before
    # it (2019年8月14日 星期三 责任编辑 某某)
    rf"|{_DAY}\s+{_EDITOR}|{_EDITOR}\s+{_DAY}"
    # ... or the section's name before it (健康周刊 责任编辑 某某)
    rf"|[\u4e00-\u9fff·]{{2,8}}\s+{_EDITOR}"
    # ... the paper's name alone, or with the date after it (湖南日报 2018年
    # 11月23日 星期五), as an inner page's strip may set them
    rf"|湖南日报(?:\s*{_DAY}(?:\s+[\u4e00-\u9fff·]{{2,8}})?)?"
    rf"|星期[一二三四五六日天])$"
)
#: The paper's name with the whole date after it (湖南日报 2018年11月23日
#: 星期五): the page's header strip on its own, as no story prints it.
PAPER_DATED = re.compile(
    rf"^\s*湖南日报\s*{_D}{{4}}\s*年\s*{_D}{{1,2}}\s*月\s*{_D}{{1,2}}\s*日\s*"
    rf"(?:星期[一二三四五六日天])?(?:\s+[\u4e00-\u9fff·]{{2,8}})?\s*$"
)
#: A note closing a commentary or a theory article on its author:
#: （作者单位：某大学） / （作者系某某研究员）; and a piece reprinted on a
#: theory page, on where it came from: （摘自《某某》2019年第5期）, （原载…）,
#: （据新华社）. The last paragraph of its text.
_NOTE_HEAD = (
    r"[（(]\s*(?:(?:本文)?作者(?:单位)?\s*[:：系为是]|(?:摘|选|转载)自|原载|来源\s*[:：]"
    r"|据(?=[^（）()，。,]{1,12}[）)]))"
)
AUTHOR_NOTE = re.compile(r"^\s*" + _NOTE_HEAD)
#: ... or printed on after the last sentence of the text, on its line
#: (…共享数字红利。（摘自某刊文章，作 / 者某某）): the paragraph ends with it.
NOTE_AFTER_STOP = re.compile(
    r"[。！？”]\s*(?:" + _NOTE_HEAD + r"[^（）()]*[）)]?|[（(]\s*(?:摘|选|转|作|原|来)?)\s*$"
)
#: The head of an editor's note (编者按, 编后：), printed in the text it
#: introduces or closes: a paragraph of its article, no headline. (编后 alone,
#: with no colon, is the label of an editor's comment with a title of its own.)
EDITORS_NOTE = re.compile(r"^\s*(?:编者按|编者的话|编者注|编后语|编后(?=\s*[:：]))\s*[:：]?")
#: A letter's salutation (编辑同志： / 各位读者：): the first words of its text.
#: An interview's turn opens on who speaks, then a colon (记者：…, 问：…):
#: running text, never a headline, and no sentence goes on into it.
QA_TURN = re.compile(r"^(?:记者|问|答|主持人)[:：]")
#: An essay's or a poem's writer, signing it (文丨某某, 文/某某, 文：某某, and
#: the literary pages' square mark, □ 某某).
WRITER_SIGN = re.compile(r"^(?:文[丨|｜/／：:]|[□■]\s*(?=[\u4e00-\u9fff]))")
#: Names listed and trailing off, as a kicker does (湘剧、花鼓戏、祁剧……):
#: no clause, the ellipsis no sentence's end.
LIST_TRAILING_OFF = re.compile(
    r"^[\u4e00-\u9fff“”《》]{1,8}(?:、[\u4e00-\u9fff“”《》]{1,8}){2,}(?:……|\.{6}|…)$"
)
#: A line wholly in black lenticular brackets (【奋进新征程】, 【4·26世界知识产权日】):
#: a column's or a campaign's label set in a frame, never a headline's words.
BRACKETED_LABEL = re.compile(r"【[^【】]{2,24}】")


def leads_into_list(lead: str, item: str) -> bool:
    """``item`` opens on a numbered list's item (一、…, （二）…) right under
    the list's lead-in, handing over on a colon (…公告如下：), or under the
    item before it."""
    if not ENUMERATED.match(item):
        return False
    return lead.endswith(COLONS) or bool(ENUMERATED.match(lead))


#: The colons a line hands over on to what follows it (…如下：).
COLONS = ("：", ":")
#: An item of a numbered list (一、… （一）… 1.… 1、… ①…), as notices and
#: rules print their items: each opens a paragraph of its own, and no
#: sentence goes on into it. (A decimal, 1.5万, is no item's number, nor
#: are figures listed in a sentence, 1、2月 and 一、二产业.)
ENUMERATED = re.compile(
    r"^(?:(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})、(?![0-9０-９一二三四五六七八九十])"
    r"|[（(][一二三四五六七八九十]{1,3}[）)]|[0-9０-９]{1,2}[.．](?![0-9０-９])|[①-⑳])"
)
#: A notice's addressees (各市州教育局： / 各理事单位、会员：) open its text so.
#: A letter's closing formula (此致 / 敬礼, 此致敬礼！): the letter's last
#: lines, over its writer's signature.
LETTER_CLOSE = re.compile(r"^\s*(?:此致|敬礼|此致\s*敬礼)\s*[!！]?\s*$")

SALUTATION = re.compile(
    r"^\s*(?:[\u4e00-\u9fff]{0,6}(?:同志|编辑部|编辑|读者|朋友)们?"
    r"|各[\u4e00-\u9fff、（）()]{1,20}(?:单位|部门|机关|局|委|厅|办|会员|会|政府|机构|组织|企业|学校|院校|高校))"
    r"\s*[:：]\s*$"
)
#: Who speaks and a comma after the verb (…负责人介绍，, 会议透露，): no
#: headline reports speech so.
SPOKEN = re.compile(r"(?:说|表示|介绍|指出|强调|告诉记者|提醒|透露)[，,]")
#: ... and the salutation to the paper's editors, the letter's text going on
#: on its line (编辑同志：我家住在…): only a letter opens so.
LETTER_OPENS = re.compile(r"^\s*(?:编辑同志|编辑部|尊敬的编辑|编辑)\s*[:：]")
#: A prompt next to a printed QR code.
QR_PROMPT = re.compile(r"扫码|扫一扫|二维码")
#: The head of a front page's digest box (今日导读, 本期导读): page furniture.
DIGEST_HEAD = re.compile(r"^(?:今日|本期|本报)?导读$")

#: The endings of column names in Chinese dailies: opinion columns (…时评, …新评, …快语,
#: …快评, …杂谈) and reporting series (…观察, …走基层).
#: Opinion columns, which reporters' stories never run under.
OPINION_COLUMN = re.compile(
    r"(?:时评|时论|快评|财评|微评|锐评|热评|新评|潮评|快语|杂谈|漫谈|评论|短评|新论|来论|社论|评弹|新语|评说|议事|微言)$"
)
#: A report's attribution, then its clause (据介绍，…, 据了解，…, 记者了解到，…):
#: a paragraph's or a sentence's first words, never a headline's nor the rest
#: of a word cut at the line's end.
#: A sentence opening on where it happens and a pause (在一些贫困村，…).
SET_IN_PLACE = re.compile(r"^在[\u4e00-\u9fff“”、]{2,14}[，,]")
REPORTED = re.compile(r"^(?:据[^，,]{1,4}|记者[^，,]{1,4}到)[，,]")
#: How a list of names under its title is ordered, in brackets on a line of
#: its own ((以姓氏笔画为序), （排名不分先后）): the list's first line.
LIST_ORDER = re.compile(
    r"[（(](?:[以按]姓氏笔画(?:为序|排序|排列)?|排名不分先后|排序不分先后)[）)]"
)
#: A desk of the paper signing a notice it prints (湖南日报副刊部, 本报编辑部):
#: no reporter's byline.
PAPER_DESK = re.compile(r"^(?:湖南日报|本报)社?[\u4e00-\u9fff]{0,8}(?:部|编辑部|中心|办公室)$")
#: A credit for all the photos printed over it (以上图片均由…摄), its opening.
GROUP_CREDIT = re.compile(r"(?:以上|本版)图片均?由")
#: Whom an interview is with, set over its title with no dash (访全国人大代表、…).
WHOM_INTERVIEWED = re.compile(r"^访(?!谈)[\u4e00-\u9fff]{5,}")
#: A headline line set whole in quotes, what someone said (“工匠的手艺，要传下去”).
QUOTED_WHOLE = re.compile(r"^“[^“”]+”$")
#: A run of dated briefs under its section's name (三湘简讯, 湘地快讯, 乡村农讯, 湘闻速递, 民生快递,
#: 要闻简报):
#: the one column a dated report runs under.
BRIEFS_COLUMN = re.compile(r"(?:简讯|快讯|短讯|农讯|要讯|资讯|速递|快递|简报)$")
#: A supplement's genres, each heading the pieces of its kind (诗歌 over a
#: poem, 书评 over a review).
_GENRES = "诗歌|散文|诗词|小说|杂文|书评|影评|随笔"
#: One of them alone on its line.
GENRE_LABEL = re.compile(rf"(?:{_GENRES})")
COLUMN_WORDS = re.compile(
    r"(?:时评|时论|快评|财评|新评|潮评|快语|杂谈|评论|短评|微评|评弹|新语|观察|论坛|走基层|专栏|视点|纵横"
    # ... and of features and supplements: a series' tour, a view, notes, talks
    r"|巡礼|观澜|前沿|札记|手记|笔记|随笔|漫谈|夜话|锐评|观点|(?<![座会访洽商面])谈"
    # ... and a case read for the law it shows (法官说法, 以案说法)
    r"|说法"
    # ... and a series of portraits (科技工作者风采, 代表委员风采)
    r"|风采"
    # ... and a run of briefs under its section's name (三湘简讯, 湘地快讯)
    r"|简讯|快讯|短讯|简报"
    # ... and the label over the paper's own leading commentary (本报评论员文章)
    r"|评论员文章)$"
    # A commentary page's two-character columns name a kind of argument
    # or comment (新论, 来论, 短论; 湘评, 新评), and three-character ones
    # an argument of a place or a pen name (湘平论, 长沙论).
    r"|^.[论评]$|^..论$"
    # ... or call themselves brief words (微言).
    r"|^微言$"
    # A reporting series opens on what it follows (聚焦全国两会) or on its
    # campaign's name (走基层看发展).
    r"|^(?:聚焦|走基层)"
    # ... or on its reporters' following up or going to see (记者追踪, 记者探访).
    r"|^记者(?:追踪|调查|直击|探访|连线|走访|体验|蹲点)"
    # ... or on the province it shows (绿色发展看湖南).
    r"|看湖南$"
    # A supplement's genre heads the pieces of its kind (诗歌 over a poem).
    rf"|^(?:{_GENRES})$"
    # An editor's comment closing a page of letters or reports (编后).
    r"|^编后$"
)


def dateline_match(text: str) -> re.Match[str] | None:
    return DATELINE.match(text)


#: The reporters' closing line set at the end of a story's last paragraph,
#: after its last sentence (…踏青赏花。 湖南日报·新湖南客户端记者 某某 报道).
SIGN_OFF_TAIL = re.compile(
    rf"(?<=[。！？”])\s*({_PAPER}\s*{_ROLE}\s*[^。！？，,]{{2,40}}?报道)\s*$"
)


def sign_off_at_end(text: str) -> tuple[str, str] | None:
    """The text and the reporters' line closing it, when the text's last
    paragraph ends on one (see ``SIGN_OFF_TAIL``)."""
    match = SIGN_OFF_TAIL.search(text)
    if match is None or not is_byline(match.group(1)):
        return None
    line = match.group(1).strip()
    if " " not in line:  # (set apart as the paper sets a byline: …记者 某某 报道)
        line = _SIGN_OFF_PARTS.sub(r"\1 \2 \3", line)
    return text[: match.start()].rstrip(), line


_SIGN_OFF_PARTS = re.compile(rf"^({_PAPER}{_ROLE})(.+?)(报道)$")


def is_byline(text: str) -> bool:
    if len(text) > 60:
        return False  # (first: a paragraph is never tried against the pattern)
    if not BYLINE.match(text):
        # (a name letter-spaced, as literary pages sign: 文丨胡 冬 梅)
        squeezed = squeeze_names(text) if " " in text.strip() else text
        if squeezed == text or not BYLINE.match(squeezed):
            return False
        text = squeezed
    return (
        not CREDIT.search(text)
        # (a column or series named for its reporters: 记者手记, …记者走基层)
        and not COLUMN_WORDS.search(re.sub(r"\s+", "", text))
    )


#: A poet's name in brackets, as literary pages sign a poem after its title
#: (某某诗题（某某）); a work's kind in brackets (（国画）, （组诗）) names no one.
POET_IN_BRACKETS = re.compile(r"^\s*[（(]\s*(?P<name>[\u4e00-\u9fff·]{2,4})\s*[）)]\s*$")


def poet_in_brackets(text: str) -> bool:
    """``text`` is a poet's name in brackets (see ``POET_IN_BRACKETS``)."""
    poet = POET_IN_BRACKETS.match(text)
    return bool(poet) and is_name_line(poet["name"])


#: Names, then a role and its names (王亮 通讯员 谭凯): the rest of a byline
#: broken between two reporters' names.
ROLE_AMONG_NAMES = re.compile(
    r"^\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s+(?:通讯员|实习生)\s"
)
#: A day written out whole (2021年4月21日): a notice's, signed under it.
FULL_DATE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
#: Who issues a notice and the day, signed on one line (湖南省某某厅 2021年4月21日).
ISSUED_ON = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")


def issues_notice(text: str, below: str) -> bool:
    """A byline's shape (a desk of the paper, 湖南日报社某某部), no reporter,
    over a day written out whole: who issues the notice above, signed with
    its day."""
    return bool(FULL_DATE.match(below.strip())) and not any(
        role in text for role in _REPORTER_ROLES
    )


#: Roles a reporter's byline names, which no notice's issuer does.
_REPORTER_ROLES = ("记者", "通讯员", "评论员", "实习生", "编辑")
#: A notice's contact line: what to call, and the number (受理电话：0731－12380).
CONTACT_LINE = re.compile(
    r"^[\u4e00-\u9fff]{2,6}[：:]\s*[\d－\-（）()\s]{5,}"
    # ... or whom to ask, named (报名咨询：某某协会秘书处, 联系人：某某)
    r"|^(?:报名|参赛|活动|业务|投稿)?(?:咨询|联系)(?:电话|人|方式|单位|地址)?[：:]\s*\S"
)
#: A crosshead naming its section and summing it up (优化服务：从…到…, 远行：在海外扎下根,
#: 一本“效率账”：人少了，产量翻番): a word of a few characters, maybe quoted, a colon,
#: a phrase of a clause or two.
SECTION_GIST = re.compile(
    r"^(?:[“”‘’]?[\u4e00-\u9fff]){2,6}[“”‘’]?[：:][^，,。；;：:]+(?:[，,][^，,。；;：:]+)?$"
)
#: A brief's source in brackets after its last sentence (…达到40个。（记者 某某）).
SOURCE_AFTER = re.compile(r"[。！？”][（(][^（）()]{2,30}[）)]$")
#: A web or mail address, or a piece of one cut at the line's end
#: (xiangjiang@ / hnrb.net, www.…): letters and dots, no Chinese word.
WEB_ADDRESS = re.compile(r"^[A-Za-z0-9_.@:/-]*(?:@|\.[A-Za-z]{2,})[A-Za-z0-9_.@:/-]*$")


def names_notice(text: str) -> bool:
    """A notice's title, which names it a notice (征稿启事, 招聘启事) or a
    listing of what is to come (演出预告, 停电预告): the notice's own
    headline, never a column's name nor another story's line."""
    return re.sub(r"\s+", "", text).endswith(("启事", "预告"))


def notice_apart(above: str, text: str) -> bool:
    """``text`` names a notice under a line that is no issuer's name (湖南日报社
    / 招聘启事 is one title): the notice's title opens its own stack."""
    return names_notice(text) and not _ISSUER.search(re.sub(r"\s+", "", above))


#: An issuer's name as a notice's first line: a body of the state, a
#: newspaper, a company or an association.
_ISSUER = re.compile(
    r"(?:社|局|厅|委|委员会|会|院|部|办|办公室|中心|公司|集团|协会|学会|大学|学校)$"
)


#: What a notice is, the whole of a title when the notice has no other.
NOTICE_KINDS = frozenset({"通告", "公告", "通知", "声明", "公示", "启事"})
#: A notice's title names what it is (…候选人公示, 关于…的公告, 关于做好…的提示, 招商热线,
#: 出行提示, 展讯): an item of its own.
NOTICE_TITLE = re.compile(
    r"(?:公示|公告|通告|启事|声明|热线|征集线索|征集令|倡议书|须知|预告|小贴士)$|^(?:更正|勘误)$|^关于.{2,40}的(?:提示|通知|倡议)$"
    r"|^[\u4e00-\u9fff]{2,4}提示$|^[展书影剧]讯$|^[\u4e00-\u9fff]{1,5}版征稿$"
)
#: An entry of a list of people: a name, then what the list says of it in
#: brackets or after a comma (王某某（某某学院教师）, 李某，女，1978年生…).
_LISTED = re.compile(r"^\s*([\u4e00-\u9fff]{2,4})\s*[（(，,]")


def opens_list_entry(text: str) -> bool:
    """A line opening an entry of a list of people (a notice's candidates)."""
    match = _LISTED.match(text)
    return match is not None and is_name_line(match.group(1))


def labelled_figure(text: str) -> bool:
    """A box's entry: what is counted, then its figure and unit, nothing more
    (房地产开发投资 812.6亿元, 既有住宅加装电梯 716台)."""
    return _LABELLED_FIGURE.match(text.strip()) is not None


#: A label of up to twenty characters (a colon may close it), a figure,
#: approximate or not, its magnitude and unit; or a rate moved from one
#: figure to another (贫困发生率由13.4%降至3.9%); or the figure and its unit
#: first, a space, then what it counts.
_LABELLED_FIGURE = re.compile(
    r"^[\u4e00-\u9fff]{2,20}\s*[:：]?\s*(?:约|近|超|逾)?"
    r"(?:[0-9][0-9.,]*\s*[万亿千]?[\u4e00-\u9fff%％]{0,3}"
    r"|由\s*[0-9][0-9.]*\s*[%％]?\s*(?:降至|升至|增至|提高到|下降到)\s*[0-9][0-9.]*\s*[%％])$"
    # ... or the figure first, set apart from what it counts (4860万头 生猪出栏)
    r"|^(?:约|近|超|逾)?[0-9][0-9.,]*\s*[万亿千]?(?![年月日时])[\u4e00-\u9fff%％]{0,3}\s+"
    r"[\u4e00-\u9fff]{2,20}$"
)


#: A magnitude and a measure word (万个, 亿元, 万人次, 万千瓦): the end of a
#: figure, though 万 and 千 are surnames.
_MAGNITUDE_UNIT = re.compile(
    r"^[万亿千百](?:[个名人元户亩台家项件吨次位所条座辆]|人次|千瓦|公里|标箱|美元)$"
)


def _spread_names_joined(parts: list[str]) -> list[str]:
    """Two-character names spread to a three-character name's width (谢 璐),
    alone or beside a full name (陈晓红 李 凯): each pair of lone characters
    joined into its name."""
    out: list[str] = []
    k = 0
    while k < len(parts):
        run = 0
        while k + run < len(parts) and len(parts[k + run]) == 1:
            run += 1
        if run == 3 or (run == 4 and "".join(parts[k : k + 2]) in COMPOUND_SURNAMES):
            # (a whole name letter-spaced, as poems are signed: 谭 仲 池, 欧 阳 晓 蓝)
            out.append("".join(parts[k : k + run]))
            k += run
        elif len(parts[k]) == 1 and k + 1 < len(parts) and len(parts[k + 1]) == 1:
            out.append(parts[k] + parts[k + 1])
            k += 2
        else:
            out.append(parts[k])
            k += 1
    return out


def is_name_line(text: str) -> bool:
    """A line of nothing but person names (张福芳): a byline printed bare."""
    split = text.split()
    # (two lone characters spread to a three-character name's width)
    spread = {a + b for a, b in pairwise(split) if len(a) == len(b) == 1}
    parts = _spread_names_joined(split)
    text = " ".join(parts)
    if not parts or len(parts) > 4 or not NAMES.match(text):
        return False
    for part in parts:
        if names_place(part):
            return False  # a place whose first character is a surname (张家界, 常德)
        if _MAGNITUDE_UNIT.match(part):
            return False  # a figure's magnitude and unit wrapped alone (…学位8 / 万个)
        if len(part) in (2, 3) and part[0] in SURNAMES:
            continue  # a common surname and a given name of one or two characters
        if len(part) == 2 and part in spread and part[0] in ANY_SURNAME:
            continue  # (any surname, spread as only a name is: 申 言)
        if len(part) in (3, 4) and part[:2] in COMPOUND_SURNAMES:
            continue  # a surname of two characters (欧阳, 司马) and a given name
        if len(part) == 3 and part[0] in SURNAMES_OF_WORDS and not _opens_word(part):
            whole = pos_tags(part)
            if len(whole) == 1 and whole[0].flag != "nr":
                return False  # a word of jieba's own, not a name (岳阳港, ns)
            continue  # 施明远: a surname that opens words, here no word
        if len(part) in (2, 4):
            # jieba's name model guesses at any two characters (子树), and a
            # four-character set phrase may be in its dictionary as a name
            # (a photo's title, 龙舟竞渡): four characters are a name only
            # with a surname of two, taken above.
            return False
        tagged = pos_tags(part)
        if len(tagged) != 1 or tagged[0].flag != "nr":
            return False
    return True


def _opens_word(part: str) -> bool:
    """jieba's dictionary holds the part's first two characters as a word
    (施工队), or the whole part (季度末, 温暖的)."""
    import jieba

    jieba.dt.check_initialized()
    return bool(jieba.dt.FREQ.get(part[:2]) or jieba.dt.FREQ.get(part))


#: Characters: longer than any credit (以上图片均由 湖南日报全媒体记者 and six
#: names, 摄影报道 and a source in brackets).
CREDIT_SPAN = 200


def credit_match(text: str) -> re.Match[str] | None:
    """The credit at the end of a caption line, if any."""
    if not any(mark in text for mark in ("摄", "图", "漫画", "作", "绘", "新华社")):
        return _reported_after_caption(text) if text.endswith("报道") else None
    if not _may_end_credit(text):
        return None
    # (a credit closes the line and is never longer than CREDIT_SPAN: the
    # search need not try every start of a long paragraph)
    match = CREDIT.search(text, max(0, len(text) - CREDIT_SPAN))
    if not match:
        match = _CARTOON_GLUED.search(text, max(0, len(text) - CREDIT_SPAN))
        if not match or not is_name_line(match.group(1)):
            return None
    # A credit stands apart: after a space, a sentence end, or alone on its line.
    before = text[: match.start()].rstrip()
    if before and not (text[match.start() - 1].isspace() or before[-1] in "。！？”）)"):
        return None
    return match


#: A photo report's credit set apart after its caption, on the caption's
#: line (…。  湖南日报·新湖南客户端记者 某某 报道): wide spaces before it.
_REPORTED_CREDIT = re.compile(
    rf"(?<=[。！？”])\s{{2,}}((?:{_PAPER})?\s*[\u4e00-\u9fff·]{{0,8}}记者\s*"
    rf"(?:{_NAME}\s+){{0,3}}{_NAME}\s*报道)$"
)


#: ... or after one space, under a caption that opens on its day and place
#: (6月8日，某市某区一家企业，…。 湖南日报…记者 某某 报道).
_REPORTED_CREDIT_NEAR = re.compile(_REPORTED_CREDIT.pattern.replace(r"\s{2,}", r"\s+", 1))


def _reported_after_caption(text: str) -> re.Match[str] | None:
    start = max(0, len(text) - CREDIT_SPAN)
    match = _REPORTED_CREDIT.search(text, start)
    if match is None and CAPTION_START.match(text):
        match = _REPORTED_CREDIT_NEAR.search(text, start)
    return match


#: A cartoon's credit with its drawer's name set tight after the word (漫画某某).
_CARTOON_GLUED = re.compile(r"(?:漫画|绘图)([\u4e00-\u9fff·]{2,4})\s*$")
#: The last characters a credit may end on: 摄, 摄影, 摄影报道, 供图, 制图,
#: 作, 绘, or a bracket (a source after the credit, 图片由…提供).
_CREDIT_LAST = frozenset("摄影道图作绘发）)")


def _may_end_credit(text: str) -> bool:
    """The text's last character may close a credit (``CREDIT`` is anchored
    at the line's end, but a search for it tries every start first)."""
    flat = text.rstrip()
    if not flat:
        return False
    last = flat[-1]
    if last in _CREDIT_LAST:
        return True
    # 漫画/某某, 绘图 某某, 作者 某某, 摄影 某某, 图/某某: a name closes the line.
    return ("\u4e00" <= last <= "\u9fff" or last == "·") and any(
        word in text for word in ("漫画", "绘图", "作者", "摄影", "图/", "图／", "图丨")
    )


def parse_jump(match: re.Match[str]) -> Jump:
    verb = re.sub(r"\s+", "", match.group("verb"))
    page = int(match.group("page").translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    direction = "to" if verb in ("下转", "转下") else "from"
    slot = match.group("slot") or ""
    return Jump(direction, page, slot, f"{verb}{page}版{slot}")


def jumps_in(text: str) -> list[tuple[re.Match[str], Jump]]:
    if "版" not in text:
        return []  # (every marker names its page: the search need not try each start)
    return [(m, parse_jump(m)) for m in JUMP.finditer(text)]


#: A supplement's or special page's name (湘江副刊, 经济周刊, 理论专版).
SECTION_NAME = re.compile(r"(?:副刊|周刊|专刊|专版)$")
#: ... of those, the names of a weekly or a special page (教育周刊, 理论专版):
#: a banner over the whole page. A supplement's name (湘江副刊) heads its
#: pieces as their column. The paper's own name alone is the page's too.
WEEKLY_NAME = re.compile(r"(?:周刊|专刊|专版)$|^湖南日报$")
#: The title of a list printed under it, an entry a line (…获奖名单, …名录（部分）).
LIST_TITLE = re.compile(r"(?:名单|名录|一览表?)(?:[（(][^（）()]{1,16}[）)])?$")
#: A series' name: two phrases joined by a middle dot, the series and its
#: part (决战决胜脱贫攻坚·记者蹲点, 两会·代表风采, a campaign quoted: 奋进“新
#: 征程”·基层来信). Headlines join phrases with a space or a dash; names of
#: people (约翰·史密斯) are no line of their own.
SERIES = re.compile(r"^[\u4e00-\u9fff0-9“”]{2,14}[·・][\u4e00-\u9fff“”]{2,8}$")


def series_name(text: str) -> bool:
    flat = re.sub(r"\s+", "", text)
    return bool(SERIES.match(flat)) and len(flat) <= 16


#: The regions of Hunan a reporting series tours.
_TOURED = (
    r"(?:湖南|三湘|湖湘|潇湘|湘西|湘南|湘北|湘中|湘东|湖区|洞庭|长江"
    r"|湘江|资江|沅江|澧水|乡村|山乡|老区|武陵|雪峰山|南岭|罗霄|幕阜)"
)
#: A reporting series named for its journey (园区建设调研行, 乡村振兴纪行,
#: 湘西蹲点, 健康湖南行, 湖区行, 行走三湘: a region toured), which no
#: headline of a report ends on.
JOURNEY = re.compile(
    r"^[\u4e00-\u9fff·]{2,12}(?:调研行|纪行|行记|蹲点)$"
    rf"|^[\u4e00-\u9fff·]{{0,8}}{_TOURED}行$"
    rf"|^行走{_TOURED}$"
)


def journey_series(text: str) -> bool:
    flat = re.sub(r"\s+", "", text)
    # (a line opening on a count of people reports them: 百名专家下乡蹲点)
    return bool(JOURNEY.match(flat)) and not _COUNT_OF_PEOPLE.match(flat)


#: A count of people or teams opening a line (百名, 300名, 两支, 一批).
_COUNT_OF_PEOPLE = re.compile(r"^[0-9０-９一二两三四五六七八九十百千万]+[名位支批个]")


#: The word a cartoon is printed by (漫画 / “某某” / 某某 作).
CARTOON_WORD = "漫画"


def looks_like_column(text: str) -> bool:
    """A column label (栏目) such as 潇湘时评: short, no digits or quotes; or a
    series' name."""
    return (
        (bool(COLUMN_WORDS.search(text)) and len(text) <= 16)
        or series_name(text)
        or journey_series(text)
    )


#: Who signs a letter from the public: a reader, a city's resident, a
#: netizen (某市读者 某某, 长沙市民 某某, 网友 某某).
_READER = re.compile(r"读者|市民|网友|居民")


def names_reader(text: str) -> bool:
    """A signature of one of the public (读者, 市民, 网友, a residential area's 居民)."""
    return bool(_READER.search(text))


def readers_signature(text: str) -> bool:
    """A reader's signature closing a letter (某市读者 某某): never over one."""
    return "读者" in text and closing_byline(text)


def signs_letter(text: str) -> bool:
    """A reader's or a citizen's signature (某市读者 某某, 某市市民 某某): on
    a column page, under the letter it signs."""
    return names_reader(text) and closing_byline(text)


def closing_byline(byline: str) -> bool:
    """A byline that may close the text printed above it (when no body
    follows it): a reporters' line ending in 报道, a reader's signature, or
    a commentator's (本报评论员 某某, signing a commentary under its text)."""
    flat = re.sub(r"\s+", "", byline)
    return (
        flat.endswith("报道")
        or names_reader(flat)
        or "评论员" in flat
        or (flat[:1] in "（(" and flat[-1:] in "）)")  # (a brief's source: (记者 某某))
    )


#: A headline's last phrase saying when something is done (年内投入使用,
#: 明年全面完工, 有望年底通车): no column is named so.
WHEN_DONE = re.compile(
    r"^(?:年内|年底前?|年前|今年|明年|本月底?前?|月底前?|近期|即将|有望|将于)[\u4e00-\u9fff]{2,}$"
)
#: A question's last words (看什么, 怎么办, 为何难): a title's, closing it; no
#: column is named so.
ASKS_END = re.compile(r"(?:什么|怎么办|怎么看|如何|为何|何在|吗|呢|[？?])$")
#: A time and a pause opening a sentence (上半年，…, 今年以来，…, 活动期间，…, 搬迁改造以来，…):
#: running text, set in its time; a headline sets none apart so.
TIME_THEN_PAUSE = re.compile(
    r"^(?:今年|去年|上半年|下半年|前[0-9一二三四五六七八九十]{1,2}个?月|[一二三四]季度"
    r"|今年以来|近年来|近日|日前|目前|当前|如今|眼下|此前|截至目前|今天|昨天|今晚|昨晚|当天|当晚"
    r"|[\u4e00-\u9fff]{2,8}(?:期间|以来))[，,]"
)


#: The paper's commentator signing with a name (湖南日报评论员 某某).
COMMENTATOR_NAMED = re.compile(r"评论员\s*\S")
