"""Unit behaviour of the loader's parts: reflow, patterns, headlines, dates,
jump links, export."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hnreader.corpus import load
from hnreader.corpus.dates import (
    date_from_datelines,
    date_from_filename,
    era_floor,
    infer_year,
    parse_masthead,
)
from hnreader.corpus.export import CONTRACT_KEYS, to_json, to_markdown
from hnreader.corpus.reflow import (
    ends_sentence,
    join_column_lines,
    squeeze,
    starts_mid_sentence,
    tidy_marks,
)
from hnreader.corpus.segment.headlines import split_roles
from hnreader.corpus.segment.patterns import credit_match, dateline_match, is_byline, jumps_in


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("总 部 、区 域 总 部 、功 能 性 总 部 。力 争 到", "总部、区域总部、功能性总部。力争到"),
        ("增加值增长 7%以上，软件和", "增加值增长7%以上，软件和"),
        ("2025 年培育 10 家营收超百亿元企业，20", "2025年培育10家营收超百亿元企业，20"),
        ("政务 APP、微信群", "政务APP、微信群"),
        ("the Hunan Daily 2024", "the Hunan Daily 2024"),
        ("iPhone 15 发布", "iPhone 15发布"),
    ],
)
def test_squeeze_removes_layout_spaces_only(raw, clean):
    assert squeeze(raw) == clean


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("湖南日报3月5日讯(记者 刘一)今天,全省", "湖南日报3月5日讯（记者 刘一）今天，全省"),
        ("增长8.3%,制造业占比:三成;好!", "增长8.3%，制造业占比：三成；好！"),
        ("全省1,200家企业10:30开会", "全省1,200家企业10:30开会"),
        ("网址 http://example.cn 可查", "网址 http://example.cn 可查"),
        ("Hunan Daily, 2024 (print)", "Hunan Daily, 2024 (print)"),
        ("下载“ 新湖南 ”客户端，读《 湘江 》", "下载“新湖南”客户端，读《湘江》"),
        ("限 ，但 发 展 特 色 种 养", "限 ，但 发 展 特 色 种 养"),
    ],
)
def test_ascii_sentence_marks_of_chinese_text_read_in_the_papers_form(raw, read):
    assert tidy_marks(raw) == read


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("推动外贸再上层楼。", True),
        ("“这是好事。”", True),
        ("他说：“好！”", True),
        ("株洲自然资源部门“工作项目化”", False),
        ("分别增长112.2%、", False),
        ("全省绿色智", False),
    ],
)
def test_sentence_ends(text, ends):
    assert ends_sentence(text) is ends


def test_mid_sentence_starts():
    assert starts_mid_sentence("务。全省工信系统要聚焦")
    assert starts_mid_sentence("，也要靠完善的服务")
    assert not starts_mid_sentence("会议强调，要坚持")


def test_column_lines_join_into_paragraphs():
    lines = [
        "数字产业是我省现代化产业体",  # indented first line
        "系中的重要组成部分。今年2月，我省",
        "发布重点产业倍增计划。",
        "省工信厅相关负责人介绍，今年",
        "将聚焦先进计算、关键软件、新型显",
        "示等领域。",
    ]
    assert join_column_lines(lines) == [[0, 1, 2], [3, 4, 5]]


def test_an_indented_first_line_closing_a_sentence_goes_on_at_full_width():
    lines = [
        "近年来，各地大力推进",
        "老年人家庭适老化改造，在",
        "卫生间装扶手，方便老人。",
        "安全是第一位的事情。",  # indented first line, full to its indent
        "每一处改造都连着一个家庭",
        "的牵挂，多一分细心就多一",
        "分安心。",
        "改造前要上门听取老人",  # a new paragraph opens indented
        "和家属的意见。",
    ]
    assert join_column_lines(lines) == [[0, 1, 2], [3, 4, 5, 6], [7, 8]]


@pytest.mark.parametrize(
    "text",
    [
        "湖南日报3月8日讯（全媒体记者",
        " 湖南日报 3月 8日讯（全媒体记者",
        "湖 南 日 报 1 2 月 1 1 日 讯",
        "新华社北京3月8日电（记者 张三）",
        "本报讯 记者",
    ],
)
def test_datelines(text):
    assert dateline_match(text)


def test_credit_is_not_a_byline_nor_a_dateline():
    credit = "湖南日报全媒体记者 傅聪 通讯员 彭敬平 摄影报道"
    assert not dateline_match(credit)
    assert not is_byline(credit)
    assert credit_match(credit)
    assert is_byline("湖南日报全媒体记者 曹娟")
    assert credit_match("…乡村生态画卷。 黄春涛 摄（湖南图片库）")


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("                          图/谭晓溪", "图/谭晓溪"),
        ("图/文 龙秋白", "图/文 龙秋白"),
        ("漫画：彭 远", "漫画：彭 远"),  # (a two-character name spread to three's width)
    ],
)
def test_a_pictures_maker_and_a_spread_name_are_credits(line, credit):
    assert credit_match(line).group(0) == credit


def test_a_picture_named_in_running_text_is_no_credit():
    assert credit_match("规划示意图 罗明远") is None
    assert credit_match("对照着地图/路线") is None


def test_a_writer_signed_with_a_note_on_who_they_are_is_a_byline():
    assert is_byline("石晓岚（作者系湘潭大学教师）")
    assert is_byline("石晓岚(作者单位：湖南省社会科学院)")
    assert not is_byline("（作者系湘潭大学教师）")  # (the note alone closes a commentary's text)
    assert not is_byline("贺松林（石门县壶瓶山林场护林员）")  # (an entry of a list)


def test_a_reporting_series_named_for_its_reporters_is_no_byline():
    assert not is_byline("湖南日报·新湖南客户端记者走基层")
    assert not is_byline("记者手记")  # (a reporter's notes, a column of features)
    assert is_byline("湖南日报·新湖南客户端记者 石敬尧")


@pytest.mark.parametrize(
    ("text", "direction", "page", "slot"),
    [
        ("▷(下转2版)", "to", 2, ""),
        ("▲ ▲（上接1版③）", "from", 1, "③"),
        ("（紧接 1版②）要坚持", "from", 1, "②"),
        ("▶（下 转 第3版）", "to", 3, ""),
    ],
)
def test_jump_markers(text, direction, page, slot):
    ((_, jump),) = jumps_in(text)
    assert (jump.direction, jump.page, jump.slot) == (direction, page, slot)


@pytest.mark.parametrize(
    ("units", "one_line", "roles"),
    [
        # A speaker's frame above two parallel phrases.
        (
            ["王立新在全市文旅工作会上强调", "守住绿水青山", "做强特色产业"],
            False,
            ("王立新在全市文旅工作会上强调", "守住绿水青山 做强特色产业", ""),
        ),
        # A title with its figure, the subtitle comparing it in figures; over
        # a plain statement, the figures are its kicker.
        (
            ["一季度全市社零总额增长6.1%", "增速高于全省1.2个百分点"],
            False,
            ("", "一季度全市社零总额增长6.1%", "增速高于全省1.2个百分点"),
        ),
        (
            ["一季度全市社零总额增长6.1%", "增速居全省第三"],
            False,
            ("一季度全市社零总额增长6.1%", "增速居全省第三", ""),
        ),
        (["一个会议的引题", "主标题", "某某出席"], True, ("一个会议的引题", "主标题", "某某出席")),
        # Two phrases built alike are one title, the event below is its subtitle.
        (
            ["以好作风护航发展", "以真本领服务群众", "市直机关作风建设推进会召开"],
            False,
            ("", "以好作风护航发展 以真本领服务群众", "市直机关作风建设推进会召开"),
        ),
        # The line reporting the event is the secondary one, above or below.
        (
            ["全市农业农村工作会议在益阳召开", "抓好春耕备耕"],
            True,
            ("全市农业农村工作会议在益阳召开", "抓好春耕备耕", ""),
        ),
        (
            ["让老街焕发新生机", "城区老旧街巷改造启动"],
            True,
            ("", "让老街焕发新生机", "城区老旧街巷改造启动"),
        ),
        # A dash hands over; a dash-led line and a short attendance line are subtitles.
        (
            ["各地各部门闻令而动——", "守住防汛安全底线"],
            True,
            ("各地各部门闻令而动——", "守住防汛安全底线", ""),
        ),
        (
            ["小山村的大变化", "——来自某县的蹲点报告"],
            True,
            ("", "小山村的大变化", "——来自某县的蹲点报告"),
        ),
        # A clause-laden second line spells out the title.
        (
            ["县域经济跑出加速度", "五个园区、三条产业链齐头并进"],
            True,
            ("", "县域经济跑出加速度", "五个园区、三条产业链齐头并进"),
        ),
        # The title that has no subject leans on the kicker's.
        (["市林业局出台新规", "守护古树名木"], True, ("市林业局出台新规", "守护古树名木", "")),
        # Doubled for a bold effect: kept once.
        (["乡村振兴新画卷乡村振兴新画卷"], True, ("", "乡村振兴新画卷", "")),
        (["乡村振兴新画卷", "乡村振兴新画卷"], True, ("", "乡村振兴新画卷", "")),
    ],
)
def test_headline_roles(units, one_line, roles):
    head = split_roles(units, separate_lines=one_line)
    assert (head.kicker, head.title, head.subtitle) == roles


def test_masthead_and_weekday_check():
    lines = [
        "",
        "2025年3月",
        "",
        "27",
        "",
        "星期四",
        "",
        "乙巳年二月廿八",
        "第27314号",
        "",
        "今日8版",
    ]
    masthead, used = parse_masthead(lines)
    assert masthead.date == dt.date(2025, 3, 27)
    assert masthead.weekday_ok is True
    assert (masthead.issue_number, masthead.page_count, masthead.lunar) == (
        27314,
        8,
        "乙巳年二月廿八",
    )
    assert used == [1, 3, 5, 7, 8, 10]
    wrong, _ = parse_masthead(["2025年3月", "27", "星期五", "第1号"])
    assert wrong.weekday_ok is False


def test_year_from_content():
    assert infer_year(["2024年一季度，益阳新开工项目", "2024年省本级", "力争到2025年"], 5) == 2024
    assert infer_year(["已下达2027年补助资金", "2026年各县市", "计划2027年完工"], 5) == 2026
    # Late in the year, next year's plans stand beside this year's results.
    assert infer_year(["2025年中央资金", "2024年全省", "总结2024年工作"], 12) == 2024
    assert infer_year(["2025年中央资金", "总结2024年工作"], 6) == 2025
    assert infer_year(["没有年份"], 5) is None
    # A figure with its unit is no year; a year before an event's name is one.
    assert infer_year(["油菜面积力争达到1900万亩，带动2000多户增收"], 5) is None
    assert infer_year(["2023湖南旅游发展大会在郴州开幕"], 5) == 2023
    # Stories look back: the latest year named is the page's, however often
    # an earlier one comes up; a year still to come is none.
    assert infer_year(["2012年，他回乡创业", "2012年村里修路", "2019年全县脱贫"], 5) == 2019
    assert infer_year(["2016年全省", "规划到3016年的一段笔误"], 5) == 2016
    # A year set in the past of the day written (a base of comparison, a
    # start) was printed after: the next year at least.
    assert infer_year(["全省游客人数比2018年同期增长12%"], 5) == 2019
    assert infer_year(["降雨量为1998年以来同期最多"], 5) == 1999
    assert infer_year(["该项目将于2018年建成投产"], 5) == 2018


def test_a_page_naming_its_era_is_dated_no_earlier_than_it():
    # The only year a page names is long past (a history, a founding); what it
    # names of its time says how late the page is at least.
    page = (
        "湖南日报4月20日讯（全媒体记者 王五）今天，纪念馆迎来参观高峰。"
        "这座纪念馆始建于1950年，馆内陈列着当年的手稿。\n"
        "馆长说，要把“十四五”文博规划落到实处。\n"
    )
    assert era_floor(page) == 2020
    assert date_from_datelines(page, [page]) == dt.date(2020, 4, 21)
    # A later year named stands; a page naming no era keeps the year it names.
    assert date_from_datelines(page.replace("1950", "2023"), [page.replace("1950", "2023")]) == (
        dt.date(2023, 4, 21)
    )
    plain = "湖南日报4月20日讯（记者 王五）这座纪念馆始建于1950年。\n"
    assert era_floor(plain) == 0
    assert date_from_datelines(plain, [plain]) == dt.date(1950, 4, 21)
    # Each sign counts from the first year the paper could print it.
    assert era_floor("深入学习贯彻党的二十大精神") == 2022
    assert era_floor("湖南日报全媒体记者 李四") == 2019
    assert era_floor("编制“十五五”规划") == 2025


@pytest.mark.parametrize(
    ("path", "date"),
    [
        ("2024-03-09/p1.txt", dt.date(2024, 3, 9)),
        ("hnrb20231118_02.txt", dt.date(2023, 11, 18)),
        ("000_3ced2b817bf620dd.txt", None),
        ("005_a20231105b9f0c1d2.txt", None),  # digits inside a hash are not a date
    ],
)
def test_dates_in_file_names(path, date):
    assert date_from_filename(path) == date


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_both_halves_of_a_continued_story_are_linked(tmp_path):
    front = (
        "\n\n2024年5月\n\n6\n\n星期一\n\n甲辰年三月廿八\n第27100号\n\n今日8版\n\n\n\n"
        "长沙地铁新线开通运营\n\n"
        "湖南日报5月5日讯(全媒体记者 李四)今天，长沙地铁新线开通运营，沿线市民出行更加便捷。\n\n"
        "新线全长二十公里，设站十六座，\n\n▷(下转2版)\n"
    )
    inside = (
        "▲ ▲（上接1版）换乘站与既有线路无缝衔接，高峰时段行车间隔缩短至四分钟。\n\n"
        "运营公司表示，将根据客流变化及时调整运力。\n"
    )
    _write(tmp_path, "2024-05-06_p1.txt", front)
    _write(tmp_path, "2024-05-06_p2.txt", inside)
    corpus = load([tmp_path])
    assert len(corpus.issues) == 1
    issue = corpus.issues[0]
    assert [p.number for p in issue.pages] == [1, 2]
    first = next(a for a in issue.articles if a.continued.startswith("下转"))
    second = next(a for a in issue.articles if a.kind == "continuation")
    assert first.links == (second.id,)
    assert second.links == (first.id,)


def test_control_characters_never_reach_article_text(tmp_path):
    _write(
        tmp_path,
        "x.txt",
        "标题\x1b[31m红色\x1b[0m\n\n湖南日报5月5日讯（记者 王五）正文\x07内容\u202e反转。\n",
    )
    text = to_json(load([tmp_path]))
    for bad in ("\x1b", "\x07", "\u202e"):
        assert bad not in text
    assert "红色" in text


def test_export_contract_and_markdown(tmp_path):
    corpus = load()
    data = json.loads(to_json(corpus))
    required = CONTRACT_KEYS
    assert data["articles"] and all(required <= a.keys() for a in data["articles"])
    assert {s["source"] for s in data["sources"]} == {p.source for p in corpus.pages}
    md = to_markdown(corpus)
    assert md.startswith("# 湖南日报 2023-02-18")
    assert "### 湖南重点培育优势数字产业集群" in md


def test_dateline_with_client_name():
    assert dateline_match("湖南日报·新湖南客户端3月8日讯（记者 张三）今天")


def test_feature_subtitle_that_starts_with_a_dash(tmp_path):
    page = (
        "村里来了年轻人\n\n——记某村党支部书记王五\n\n湖南日报全媒体记者 陈六\n\n"
        "清晨六点，王五已经站在村口的菜地边，和村民商量今年的种植计划。\n\n"
        "三年前，他辞去城里的工作回到村里，带着乡亲们种蔬菜、办合作社。\n"
    )
    _write(tmp_path, "feature.txt", page)
    (art,) = load([tmp_path]).articles
    assert (art.title, art.subtitle) == ("村里来了年轻人", "——记某村党支部书记王五")
    assert art.kind == "feature"
    assert art.byline == "湖南日报全媒体记者 陈六"
    assert len(art.paragraphs) == 2


def test_a_page_that_names_no_year_borrows_it_from_its_issue(tmp_path):
    dated = "湖南日报5月5日讯（记者 王五）2024年的第一场春雨如期而至，田间一片繁忙。\n"
    yearless = "湖南日报5月5日讯（记者 赵六）今天，长沙市民在湘江边晨练，江风拂面。\n"
    _write(tmp_path, "a.txt", dated)
    _write(tmp_path, "b.txt", yearless)
    pages = {p.source: p for p in load([tmp_path]).pages}
    assert pages["a.txt"].issue_date == dt.date(2024, 5, 6)
    assert pages["b.txt"].issue_date == dt.date(2024, 5, 6)
    assert pages["b.txt"].date_source == "dateline"


def test_an_inner_page_takes_the_date_of_the_front_page_filed_the_same_day(tmp_path):
    # The inner page's text names a past year; the front page's masthead says
    # which issue its stories, filed the same day, were printed in.
    front = "2025年8月\n14\n星期四\n第27420号\n今日8版\n\n湖南日报8月13日讯（记者 王五）今天，全省防汛工作部署。\n"
    inner = "湖南日报8月13日讯（记者 赵六）2020年建成的湘江大桥，今天迎来第一千万辆车。\n"
    _write(tmp_path, "a.txt", front)
    _write(tmp_path, "b.txt", inner)
    pages = {p.source: p for p in load([tmp_path]).pages}
    assert pages["a.txt"].issue_date == dt.date(2025, 8, 14)
    assert pages["b.txt"].issue_date == dt.date(2025, 8, 14)


def test_short_kicker_on_its_own_line_is_not_a_column_label(tmp_path):
    page = (
        "李明到长沙调研\n\n牢牢把握职责使命 推动高质量发展\n\n"
        "湖南日报5月5日讯（全媒体记者 王五）今天，李明到长沙调研产业发展，察看企业生产线。\n\n"
        "李明强调，要坚定信心、真抓实干，推动各项工作落地见效，为全省发展作出更大贡献。\n"
    )
    _write(tmp_path, "p.txt", page)
    (art,) = load([tmp_path]).articles
    assert art.column == ""
    assert (art.kicker, art.title) == ("李明到长沙调研", "牢牢把握职责使命 推动高质量发展")


def test_many_files_load_in_worker_processes_even_without_a_real_stderr(tmp_path):
    import subprocess
    import sys

    for n in range(70):
        _write(tmp_path, f"p{n:03d}.txt", f"湖南日报5月5日讯（记者 王五）第{n}条消息，今天发布。\n")
    # A terminal UI replaces sys.stderr with an object whose fileno() is -1;
    # run in a fresh process so that no helper process is already running.
    script = (
        "import io, sys\n"
        "class Captured(io.StringIO):\n"
        "    def fileno(self):\n"
        "        return -1\n"
        "if __name__ == '__main__':\n"
        "    sys.stderr = Captured()\n"
        "    from hnreader.corpus import load\n"
        f"    corpus = load([{str(tmp_path)!r}], workers=2)\n"
        "    print(len(corpus.pages), len(corpus.errors))\n"
    )
    main = tmp_path / "main.py"
    main.write_text(script, encoding="utf-8")
    done = subprocess.run([sys.executable, str(main)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["70", "0"]


def test_a_masthead_whose_day_is_drawn_before_its_year_and_month_is_read():
    lines = [
        "22",
        "",
        "2017年3月",
        "",
        "星期三",
        "",
        "第24387号 今日12版",
        "",
        "丁酉年二月廿五",
        "",
        "湖南日报3月21日讯",
    ]
    masthead, used = parse_masthead(lines)
    assert masthead is not None and masthead.date == dt.date(2017, 3, 22) and masthead.weekday_ok
    assert used == [0, 2, 4, 6, 8]


def test_a_masthead_whose_day_and_weekday_share_a_line_before_the_year_is_read():
    lines = [
        "9 星期二",
        "",
        "2019年7月",
        "",
        "己亥年六月初七",
        "第26140号",
        "今日16版",
        "全省防汛工作部署",
    ]
    masthead, used = parse_masthead(lines)
    assert masthead is not None and masthead.date == dt.date(2019, 7, 9) and masthead.weekday_ok
    assert (masthead.issue_number, masthead.page_count) == (26140, 16)
    assert used == [0, 2, 4, 5, 6]


@pytest.mark.parametrize("address", ["湖南日报网址：www.hnrb.net", "华声在线网址 www.voc.com.cn"])
def test_the_papers_web_address_printed_apart_is_the_mastheads(address):
    # (the address is set apart from the date block, over the first headline)
    lines = [
        "2015年7月",
        "16",
        "星期四",
        "第24115号",
        "今日12版",
        "",
        "全省风电项目推进会召开",
        address,
    ]
    masthead, used = parse_masthead(lines)
    assert masthead is not None and masthead.date == dt.date(2015, 7, 16)
    assert 7 in used and address in masthead.text


def test_a_cartoons_credit_with_the_name_set_tight_after_the_word_is_a_credit():
    from hnreader.corpus.segment.patterns import credit_match

    assert credit_match("            漫画龙小川").group(0) == "漫画龙小川"
    assert credit_match("项目迟迟不见动静。漫画龙小川") is not None
    # (a headline on a cartoon exhibition names no one after the word)
    assert credit_match("漫画展开幕") is None
    assert credit_match("动漫画展开幕") is None
