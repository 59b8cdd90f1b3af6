"""Words of Hunan's public life that jieba's general dictionary lacks.

A paragraph cut inside one of these (与长 + 株潭…) leaves no word across the
cut unless jieba knows the whole word. Every entry is general knowledge of
the province: its city cluster, national new area and regions (the
province's own names for them), and the slogans of its development plans as
the provincial government words them. None comes from one page of the paper.
"""

from __future__ import annotations

import jieba

#: Regions and city clusters of the province.
PLACES = (
    "长株潭",  # the Changsha–Zhuzhou–Xiangtan city cluster
    "湘江新区",  # the national new area west of Changsha (2015)
    "湘赣边",  # the Hunan–Jiangxi border region of the revolutionary base areas
    "大湘西",  # the western mountain region (a tourism and poverty programme)
    "湘南湘西",  # the industrial-transfer demonstration zone
    "洞庭湖区",
    "环洞庭湖",
    "东江湖",  # the reservoir of Chenzhou
    "湘西州",  # Xiangxi Tujia and Miao Autonomous Prefecture, as the press shortens it
    "长沙经开区",
    "岳麓山",
    "橘子洲",
)

#: Slogans and programmes of the provincial plans.
PROGRAMMES = (
    "两型",  # 资源节约型、环境友好型: the 2007 national pilot of the cluster
    "两型社会",
    "三高四新",  # the 2020 strategy: 三个高地、四新使命
    "放管服",  # the State Council's administrative reform, in every province
    "湘品出湘",  # the province's campaign selling its farm produce outside it
    "芙蓉计划",
    "湘商回归",
)

#: The paper's own names for itself.
PAPER = (
    "华声在线",
    "新湖南",
)

WORDS = PLACES + PROGRAMMES + PAPER

_loaded = False


def load() -> None:
    """Teach jieba these words, once per process, each at the frequency that
    keeps it whole rather than in the pieces jieba would cut it into."""
    global _loaded
    if _loaded:
        return
    for word in WORDS:
        jieba.add_word(word)
    _loaded = True
