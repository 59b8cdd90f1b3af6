"""The few words of Chinese news headlines that say which role a line plays.

Every entry is ordinary vocabulary of Chinese newspaper headlines in general
(any provincial or national daily prints them), never a phrase of one page.
Roles otherwise come from the structure of the headline stack: see
``headlines``.
"""

from __future__ import annotations

import re

#: Verbs of saying that close the 引题 of a speech report ("某某在某会上强调" over
#: the message as 主题): the reporting frame of every official speech story.
SPEECH_VERBS = (
    "强调",  # the commonest: "…在…会议上强调"
    "指出",
    "要求",
    "表示",
    "提出",
    "寄语",  # speeches to students, graduates, young people
    "希望",
    "勉励",
    "研究部署",  # a meeting's report: "省政府常务会议研究部署" over what it set out
)

#: Verbs of an official's visit or inspection: "某某在某地调研" / "某某考察某企业"
#: is the standard 引题 over the visit's message.
ACTIVITY_VERBS = (
    "调研",
    "考察",
    "视察",
    "督导",
    "督查",
    "检查",
    "走访",
    "慰问",
    "会见",
    "宣讲",
)

#: Verbs that report an event taking place ("某会议在长沙召开", "某大会开幕"): the
#: line reporting the event is the secondary one (引题 above, 副题 below) and the
#: other line carries the message.
EVENT_VERBS = (
    "召开",
    "举行",
    "举办",
    "开幕",
    "闭幕",
    "落幕",
    "启动",
    "揭牌",
    "签约",
)

#: Words naming a report's genre, closing the 引题 that says what kind of
#: piece follows (某地防汛一线见闻, 抢险救灾纪实): the genres of any Chinese
#: daily's feature reporting.
GENRE_WORDS = (
    "见闻",
    "纪实",
    "纪事",
    "侧记",
    "手记",
    "札记",
    "巡礼",
    "探访",
    "速写",
    "走笔",
    "观察",
    "调查",
    "综述",
    "述评",
    # (走基层, the campaign of reports filed from the grassroots, closes the
    # kicker over them as a genre does: 记者走基层, 新春走基层)
    "走基层",
)
#: Verbs of a reporter's visit opening a 引题 that names where the report was
#: made (探访某某安置点, 走进某某园区): a scene for the title under it, no news of
#: its own. The reporting verbs of any Chinese daily's features.
VISIT_VERBS = ("探访", "走进", "走访", "蹲点", "直击", "探营")

#: Verbs of an ongoing effort ("某地持续推进…", "加快建设…", "培育壮大…"): the
#: standard 引题 that sets the scene above the concrete news of the 主题. The
#: commonest verbs of policy and development reporting in any Chinese daily.
EFFORT_VERBS = (
    "持续",
    "加快",
    "深化",
    "深耕",
    "培育",
    "做强",
    "做大",
    "做优",
    "助力",
    "聚焦",
    "着力",
    "奋力",
    "全面推进",
    "扎实推进",
)

#: Meeting nouns ending such an event line ("…工作会议", "…座谈会", "…推进会").
MEETING_NOUNS = ("会议", "大会", "座谈会", "推进会", "报告会", "发布会", "论坛", "峰会")

#: A short last line "某某出席" / "某某讲话" / "某某致辞" under a meeting headline;
#: under a delegation's session during the two sessions, "某某参加审议" / "某某发言";
#: under an opening, "某某 某某宣布开通" (a line, a fair, a works).
ATTENDANCE_VERBS = (
    "出席",
    "讲话",
    "致辞",
    "参加",
    "主持",
    "参加审议",
    "参加讨论",
    "发言",
    "宣布开通",
    "宣布开幕",
    "宣布开工",
    "宣布启动",
)

#: Words opening the predicate of a commentary's title, what its subject
#: ought to do or what it turns on (园区“二次创业” / 贵在转型, …“小饭桌” /
#: 该管管了): the modal and evaluative heads of the paper's opinion headlines,
#: never a column's name. (要 and 需 alone are left out: 要闻, 需求.)
PREDICATE_OPENERS = (
    "该",
    "贵在",
    "重在",
    "难在",
    "关键在",
    "要在",
    "亟需",
    "亟待",
    "不能",
    "不可",
    "不妨",
    "切莫",
    "莫让",
    "别让",
    "何以",
    "如何",
    "为何",
    "理应",
)

#: Tag prefixes (jieba's) of the words a phrase cannot stop on: a particle, a
#: preposition, a conjunction (…要办得, …之姿拥…, …不少地方把). A line
#: stopped on one goes on the next; a line opening on one goes on the last.
OPEN_ENDS = ("u", "p", "c")

#: Parts of speech (jieba's tags) with which a line starts when it has no
#: subject: a verb, adverb or preposition ("加快建设…", "以…为…", "在…中…").
#: A headline line without a subject leans on another line for it.
SUBJECTLESS_START = frozenset(("v", "d", "p", "ad", "vd"))

#: Tags with which a line starts on its subject: a place, organisation,
#: person, pronoun (我省) or noun. (A time or figure, "前10个月", opens the
#: facts of a subtitle as often as a statement.)
SUBJECT_START = frozenset(("ns", "nt", "nr", "r", "n", "nz", "s"))

#: The commonest Chinese surnames (the head of any frequency list of the
#: population): a line of two or three characters opening with one, printed
#: alone between a headline and a body, is a bare-name byline.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤易文欧阳柳颜伍左舒匡"
    # further down the list, and common in Hunan (粟, 谌); none that opens an
    # everyday word of two characters (洪水, 施工, 季度, 岳阳 leave out theirs)
    "喻符聂粟谌傅倪饶阮涂詹骆滕霍裴邢翟殷樊葛耿柴戚冉晏禹瞿湛佘褚鲁"
)
#: Common surnames left out of ``SURNAMES`` as each opens everyday words (施工,
#: 洪水, 季度, 温暖): read only in a name of three characters whose first two
#: make no word of jieba's dictionary (施明远, not 施工队).
SURNAMES_OF_WORDS = frozenset(
    "施洪季岳温梅童康牛华管柏盛鲍关单尚巫卜窦房庞齐祝纪项"
    # more of the first three hundred of the population's list, held to the
    # same test: those that seldom open a headline's word (not 费, 游, 冷:
    # a wrapped headline's tail 费减免 is no name)
    "郁柯蒲臧祁甄翁隋靳俞尤邬苟娄奚邸姬栾鄢仇巩虞卞竺冼佟鞠岑胥蔺闵阎葛屈"
    "章言闻"
    # and those of Hunan's own lists and the country's next hundred (凌, 宁, 谷)
    "凌宁乔庄申兰焦甘毕苗谷蓝辛蒙艾穆卓缪麦宫席宗桂寇桑郎仲敖邝苑"
    # and those of Hunan's south and west (江永's 奉, the Yao's 盘, 湘西's 麻)
    "奉盘麻旷宾"
)
#: Any surname of one character, where a name is expected (under a byline's role).
ANY_SURNAME = SURNAMES | SURNAMES_OF_WORDS
#: Surnames of two characters, with a given name of one or two (欧阳金雨).
COMPOUND_SURNAMES = frozenset(
    (
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "令狐",
        "慕容",
        "尉迟",
        "长孙",
        "夏侯",
        "公孙",
        "端木",
    )
)

#: Words a headline never stops on: particles, and prepositions or the
#: passive's 被 before their object. A line of clauses stopping on one is
#: the first line of a paragraph cut by the page; a headline line stopping
#: on one wraps its last words onto the next.
DANGLING_END = frozenset("的地得把被将向对从为于和与及并而或在让使给")

#: Adverbs and determiners a title never stops on (…从拧紧每 / 一个水龙头,
#: …防溺水，再 / 多提醒): the line goes on under it.
OPEN_MODIFIER_END = frozenset("每再更也都又还最各")
#: A count or a demonstrative with its measure word, in words not figures
#: (…的另一种 / 夜生活, …全省第一个 / 零碳园区): the noun it counts follows.
#: A figure's measure word (…新建项目15个) closes its line.
COUNT_BEFORE_NOUN = re.compile(r"(?:另一|[一两几这那每某])[种个位名座条份片项场次批道类件]$")

#: What a report measures and the units it measures it in, for a figure cut
#: from the noun it counts (…受灾面积 + 780余万亩, …共接收社会捐款 + 3600余万元):
#: the unit must fit the noun. Ordinary units of Chinese statistics reporting.
MEASURES = {
    "money": (
        (
            "资金",
            "投资",
            "捐款",
            "捐赠",
            "收入",
            "产值",
            "营收",
            "收益",
            "金额",
            "资产",
            "贷款",
            "补贴",
            "补助",
            "利润",
            "税收",
            "销售额",
            "营业额",
            "成交额",
            "交易额",
            "经费",
            "奖金",
            "总额",
            "存款",
            "余额",
            "融资",
            "费用",
            "分红",
            "工资",
            "价值",
            "进出口值",
            "进出口额",
            "出口额",
            "进口额",
            "贸易额",
            "总值",
            "损失",
            "投资额",
            "货值",
            "造价",
            "罚款",
            "欠款",
            "货款",
            "保费",
        ),
        ("元", "美元", "欧元"),
    ),
    "area": (
        ("面积", "耕地", "林地", "绿地", "用地", "湿地", "农田", "稻田", "占地"),
        ("亩", "公顷", "平方米", "平方公里"),
    ),
    "weight": (
        ("产量", "总产", "粮食", "吞吐量", "货运量", "亩产", "单产"),
        ("吨", "公斤", "千克", "斤"),
    ),
    "people": (
        (
            "人数",
            "人口",
            "游客",
            "旅客",
            "考生",
            "学生",
            "职工",
            "客流",
            "群众",
            "就业",
            "员工",
            "志愿者",
            "观众",
            "患者",
            "毕业生",
            "读者",
        ),
        ("人", "人次", "名"),
    ),
    # (people named by what they do or where they live: 河长 + 3.5万名,
    # 服务老人 + 60万人次, never + 1182家)
    "persons": (
        (
            "者",
            "农民",
            "村民",
            "居民",
            "市民",
            "渔民",
            "河长",
            "林长",
            "干部",
            "代表",
            "专家",
            "人才",
            "教师",
            "医生",
            "老人",
            "儿童",
        ),
        ("人", "人次", "名", "位"),
    ),
    "households": (
        ("农户", "贫困户", "脱贫户", "家庭"),
        ("户", "人"),
    ),
    "energy": (
        ("电量", "发电量", "用电量", "负荷", "装机", "装机容量"),
        ("千瓦", "千瓦时", "度"),
    ),
    "length": (
        ("里程", "长度", "全长", "水位"),
        ("公里", "千米", "米"),
    ),
    "cases": (
        ("事故", "灾害", "案件", "火灾", "警情", "纠纷", "险情", "投诉", "举报", "诉求", "申诉"),
        ("起", "宗", "件"),
    ),
    "firms": (
        ("企业", "公司", "商户", "经营主体", "市场主体", "合作社", "门店", "网点"),
        ("家", "户"),
    ),
    "projects": (
        ("项目",),
        ("个", "项"),
    ),
    # (the capital foreign firms bring is reported in dollars: 实际使用外资 + 亿美元)
    "foreign capital": (
        ("外资",),
        ("美元",),
    ),
    # (machines are counted by the set, seed stocks by the accession)
    "machines": (
        ("农机", "农机具", "机具"),
        ("台", "台套", "套"),
    ),
    "accessions": (
        ("种质资源", "样本", "样品"),
        ("份",),
    ),
    "flow": (
        ("流量", "流速"),
        ("立方米每秒", "立方米/秒"),
    ),
    "water": (
        ("补水", "供水", "调水", "蓄水", "蓄水量", "水量", "库容", "来水量", "用水量", "引水"),
        ("立方米",),
    ),
    "rain": (
        ("降雨量", "降水量", "雨量", "降雨", "降水"),
        ("毫米",),
    ),
    "computing": (
        ("算力",),
        ("卡时", "PFlops", "EFlops"),
    ),
    # (things counted by their own measure words, and the area or length
    # they may be given in: 公租房 + 2140套, 背街小巷 + 128条, 水库 + 36座)
    "housing": (
        ("住房", "公租房", "廉租房", "安置房", "保障房", "商品房", "房源", "农房", "危房", "住宅"),
        ("套", "户", "间", "栋", "平方米"),
    ),
    "ways": (
        ("小巷", "街巷", "巷道", "道路", "公路", "线路", "航线", "河道", "干线", "通道"),
        ("条", "公里", "千米", "米"),
    ),
    "works": (
        ("桥梁", "水库", "泵站", "水电站", "山塘"),
        ("座", "处"),
    ),
    "schools": (
        ("学校", "中小学", "幼儿园", "医院", "卫生院"),
        ("所", "家"),
    ),
    "beds": (
        ("床位",),
        ("张",),
    ),
    # (beasts, birds, boats, vehicles, boxes and flights by their own measure
    # words: 出栏生猪 + 3020万头, 越冬候鸟 + 13.6万只, 集装箱吞吐量 + 42.8万标箱)
    "livestock": (
        ("生猪", "母猪", "肉牛", "牛羊", "存栏", "出栏"),
        ("头", "只"),
    ),
    "birds": (
        ("候鸟", "水鸟", "鸟类"),
        ("只",),
    ),
    "vessels": (
        ("船舶", "船只", "货轮", "货船", "渔船"),
        ("艘", "艘次"),
    ),
    "vehicles": (
        ("汽车", "整车", "车辆", "客车", "货车", "公交车"),
        ("辆",),
    ),
    "containers": (
        ("集装箱", "集装箱吞吐量"),
        ("标箱", "箱"),
    ),
    "flights": (
        ("航班", "起降"),
        ("架次",),
    ),
}

#: Verbs that take a quantity as their whole object (突破6亿件, 达到2300所):
#: the count closes what they say; nothing counted follows it.
QUANTITY_VERBS = ("达到", "突破", "超过", "增至", "升至", "累计", "共计", "总计", "首破", "逾")
#: Units a figure is read in whatever is counted (1709亿元, 80万亩, 600万人次):
#: a count in one needs no noun after it.
UNITS_ALONE = (
    "元",
    "美元",
    "亩",
    "公顷",
    "平方米",
    "平方公里",
    "吨",
    "公斤",
    "人次",
    "千瓦",
    "千瓦时",
    "公里",
    "千米",
    "立方米",
    "毫米",
    "标箱",
)
