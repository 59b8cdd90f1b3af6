"""Page plans: how each page of src/ is laid out (see compose.py).

opts[id]: per-story printing options
  hs        headline spec (compose.head_blocks): 'K/T/S', 'K+T', 'T@8~S', 'T*2' ...
  para layout: cuts {para: [after-text, ...]}, dlbreak (after, sep), bybreak (before),
            numsp (p_before, p_after), qsp p, gaps {para: p}, dlsp p, marker style,
            credit inline|own|right, crsep, pad, capspread
  col layout: w (column width in CJK units), numsp (p_before, p_after), spread p,
            dlown, dlpa, bysplit, duplines [line], marker, markinline, credit, crsep, pad
ops: the page in printing order
  ("mast", style)           masthead
  ("x", extra, style)       box lines: sep | tight | join
  ("gap", n)                n extra blank lines (x3)
  ("dup", id, part, i, j)   blocks i..j of a part printed (again)
  (id, part[, flag])        part: 'H' headline, 'L' column label, 'Y' byline, 'M' jump
                            marker, int n = next n body blocks, '*' rest of the body;
                            flag 'glue' / 'glue ' joins to the previous block (no blank)
  (id, "tail", n)           the story's last n body blocks, printed before the rest
"""

PLANS = {}

# ------------------------------------------------------------------ 01
PLANS["01"] = {
    "opts": {
        "lead": {"hs": "K/T/S", "cuts": {4: ["居民消费价格涨幅控制在"]}, "marker": "▷("},
        "zxt": {"hs": "T"},
        "pl": {"hs": "T"},
        "zx": {"hs": "K+T"},
        "photo": {"hs": "T", "credit": "own"},
        "ry": {"hs": "K/T", "dlbreak": ("湖南日报1月", "\n\n")},
        "ss": {"hs": "K+T", "cuts": {3: ["宫颈"]}},
        "tj": {"hs": "T", "cuts": {1: ["高加工"]}},
        "gs": {"hs": "T+S"},
        "yq": {"hs": "T/S"},
    },
    "ops": [
        ("mast", "para"),
        ("lead", "H"), ("lead", 5),
        ("zxt", "H"), ("zxt", 2),
        ("lead", 1), ("lead", "*"), ("lead", "M"),
        ("zxt", "*"),
        ("pl", "L"), ("pl", "H"), ("pl", "Y"), ("pl", "*"),
        ("zx", "H"), ("zx", "*"),
        ("gap", 1), ("photo", "H"), ("photo", "B"), ("photo", "Y"),
        ("ry", "H"), ("ry", "*"),
        ("ss", "H"), ("ss", 4),
        ("tj", "H"), ("tj", 2),
        ("ss", "*"),
        ("tj", "*"),
        ("gs", "H"), ("gs", "*"),
        ("yq", "H"), ("yq", "*"),
        ("x", "daodu", "sep"),
        ("gap", 1),
        ("x", "countdown", "sep"),
    ],
}

# ------------------------------------------------------------------ 02
PLANS["02"] = {
    "opts": {
        "hp": {"hs": "K/T", "w": 17, "numsp": (1.0, 0.6), "spread": 0.08},
        "lc": {"hs": "T~S", "w": 17, "numsp": (1.0, 0.2), "spread": 0.05},
        "lsj": {"hs": "K/T", "w": 16.5, "numsp": (0.9, 0.4), "spread": 0.06},
        "hpck": {"hs": "T", "w": 17, "numsp": (1.0, 0.7), "spread": 0.07},
        "py": {"hs": "T", "w": 12.5, "numsp": (1.0, 0.5), "spread": 0.16},
        "ax": {"hs": "T", "w": 17, "numsp": (1.0, 0.0), "spread": 0.05, "dlown": True},
        "sd": {"hs": "K/T", "w": 16.5, "numsp": (1.0, 0.8), "spread": 0.09},
        "hr": {"hs": "T", "w": 17, "numsp": (0.8, 0.3), "spread": 0.04},
        "tj": {"hs": "K~T", "w": 16.5, "numsp": (1.0, 0.5), "spread": 0.05},
        "yx": {"hs": "K/T@8", "w": 17, "numsp": (1.0, 0.4), "spread": 0.1},
        "nx": {"hs": "T@10", "w": 17, "numsp": (1.0, 0.0), "spread": 0.05, "duplines": [6]},
        "photo": {"credit": "inline", "numsp": (1.0, 0.0)},
        "yl": {"hs": "K/T", "w": 16.5, "numsp": (1.0, 0.5), "spread": 0.07},
    },
    "ops": [
        ("hp", "*"), ("hp", "H"),
        ("lc", "H"), ("lc", "*"),
        ("lsj", "*"),
        ("hpck", "*"), ("hpck", "H"),
        ("py", "L"), ("py", "Y"), ("py", "*"),
        ("ax", "H"), ("ax", "*"),
        ("sd", "*"), ("sd", "H"),
        ("hr", "*"),
        ("x", "code", "sep"),
        ("tj", "H"), ("tj", "*"),
        ("yx", "*"), ("yx", "H"),
        ("lsj", "H"), ("py", "H"), ("hr", "H", "glue "),
        ("nx", "H"), ("nx", "*"),
        ("yl", "*"), ("yl", "H"),
        ("photo", "B"),
    ],
}

# ------------------------------------------------------------------ 03
PLANS["03"] = {
    "opts": {
        "ft": {"hs": "K/T", "bybreak": "通讯员", "cuts": {11: ["消息一出，"]}},
        "lr": {"hs": "T+S", "numsp": (1.0, 1.0)},
        "mc": {"hs": "K/T", "numsp": (1.0, 1.0), "cuts": {2: ["现在每月工资比原来"]}},
        "zt": {"hs": "T", "cuts": {2: ["战略投资者提名"]}},
        "sg": {"hs": "K+T", "dlbreak": ("湖南日报11月18", "\n")},
        "pl": {"hs": "T"},
        "dsh": {"hs": "T", "gaps": {1: 0.5}},
        "yj": {"hs": "K/T*2"},
        "xh": {"hs": "T"},
        "hg": {"hs": "K/T", "cuts": {3: ["公开竞聘，有7名"]}},
        "photo": {"credit": "right", "pad": 26},
    },
    "ops": [
        ("ft", "H"), ("ft", "Y"), ("ft", "*"),
        ("lr", "H"), ("lr", "*"),
        ("mc", "H"), ("mc", 2), ("mc", 1),
        ("zt", "H"), ("zt", 3),
        ("mc", "*"),
        ("zt", "*"),
        ("pl", "L"), ("pl", "H"), ("pl", "Y"), ("pl", "*"),
        ("sg", "H"), ("sg", "*"),
        ("gap", 1), ("photo", "B"), ("photo", "Y"),
        ("yj", "H"), ("yj", "*"),
        ("hg", "H"), ("hg", 4),
        ("dsh", "H"), ("dsh", 2),
        ("hg", "*"),
        ("dsh", "*"),
        ("xh", "H"), ("xh", "*"),
    ],
}

# ------------------------------------------------------------------ 04
PLANS["04"] = {
    "opts": {
        "sw": {"hs": "K/T", "w": 18, "numsp": (1.0, 0.5), "spread": 0.06},
        "xb": {"hs": "T@11", "w": 18, "numsp": (1.0, 0.8), "spread": 0.05},
        "xlf": {"hs": "K/T", "w": 18, "numsp": (0.9, 0.3), "spread": 0.07},
        "sy": {"hs": "K/T", "w": 17.5, "numsp": (1.0, 0.6), "spread": 0.05},
        "js": {"hs": "T@9", "w": 18, "numsp": (1.0, 0.0), "spread": 0.06},
        "pl": {"hs": "T~Y", "w": 13, "numsp": (1.0, 0.5), "spread": 0.14},
        "jy": {"hs": "K/T", "w": 18, "numsp": (1.0, 0.5), "spread": 0.05},
        "cont": {"w": 19, "numsp": (1.0, 0.7), "spread": 0.05, "marker": "▲▲"},
        "xh": {"hs": "T", "w": 18, "numsp": (1.0, 0.2), "spread": 0.04, "dlown": True},
        "dz": {"hs": "K~T", "w": 18, "numsp": (1.0, 0.4), "spread": 0.06, "duplines": [3]},
        "ph1": {"hs": "T", "credit": "inline"},
        "ph2": {"credit": "right", "pad": 40},
    },
    "ops": [
        ("sw", "*"), ("sw", "H"),
        ("xb", "H"), ("xb", "*"),
        ("xlf", "*"),
        ("x", "sq", "sep"),
        ("sy", "H"), ("sy", "Y"), ("sy", "*"),
        ("js", "*"), ("js", "H"),
        ("pl", "*"), ("pl", "L"),
        ("jy", "*"), ("jy", "H"),
        ("xlf", "H"), ("pl", "H"),
        ("cont", "*"),
        ("xh", "H"), ("xh", "*"),
        ("dz", "*"), ("dz", "H"),
        ("ph1", "H"), ("ph1", "B"),
        ("ph2", "B"), ("ph2", "Y"),
    ],
}

# ------------------------------------------------------------------ 05
PLANS["05"] = {
    "opts": {
        "bps": {"hs": "K/T", "cuts": {2: ["实行刑事、民事、行政"]}},
        "jy": {"hs": "T+S"},
        "zx": {"hs": "K+T", "dlbreak": ("湖南日报12月", "\n\n")},
        "ft": {"hs": "K@5/T", "bybreak": "通讯员"},
        "photo": {"credit": "inline", "crsep": ""},
        "ye": {"hs": "K/T"},
        "bh": {"hs": "T"},
        "gy": {"hs": "K/T", "cuts": {2: ["检察机关向其发出"]}},
        "xf": {"hs": "T", "gaps": {2: 0.6}},
        "pl": {"hs": "T"},
        "zgf": {"hs": "T"},
        "tl": {"hs": "K+T"},
    },
    "ops": [
        ("bps", "H"), ("bps", 2), ("bps", 1),
        ("jy", "H"), ("jy", 2),
        ("bps", "*"),
        ("jy", "*"),
        ("zx", "H"), ("zx", "*"),
        ("ft", "H"), ("ft", "Y"), ("ft", 8),
        ("gap", 1), ("photo", "B"),
        ("ft", "*"),
        ("ye", "H"), ("ye", "*"),
        ("tl", "H"), ("tl", "*"),
        ("gy", "tail", 2), ("dup", "gy", "B", 2, 3),
        ("gy", "H"), ("gy", "*"),
        ("bh", "H"), ("bh", "*"),
        ("xf", "H"), ("xf", "*"),
        ("pl", "H"), ("pl", "Y"), ("pl", "*"), ("pl", "L"),
        ("zgf", "H"), ("zgf", "*"),
    ],
}

# ------------------------------------------------------------------ 06
PLANS["06"] = {
    "opts": {
        "dt": {"hs": "K~T", "w": 20, "numsp": (1.0, 0.5), "spread": 0.05},
        "cj": {"hs": "T/S", "w": 20, "numsp": (1.0, 0.9), "spread": 0.06},
        "jc": {"hs": "K/T", "w": 20, "numsp": (1.0, 0.3), "spread": 0.05},
        "zy": {"hs": "K/T", "w": 19.5, "numsp": (0.9, 0.5), "spread": 0.07},
        "pl": {"hs": "T@9", "w": 14, "numsp": (1.0, 0.5), "spread": 0.12},
        "ch": {"hs": "T@12", "w": 20, "numsp": (1.0, 0.6), "spread": 0.05},
        "cont": {"w": 21, "numsp": (1.0, 0.4), "spread": 0.04, "marker": "▲", "markinline": True},
        "gt": {"hs": "K/T", "w": 20, "numsp": (1.0, 0.0), "spread": 0.06},
        "cf": {"hs": "T@10", "w": 20, "numsp": (1.0, 0.7), "spread": 0.05},
        "zjj": {"hs": "K/T", "w": 20, "numsp": (1.0, 0.5), "spread": 0.05, "duplines": [5]},
        "ph1": {"hs": "T", "credit": "own"},
        "ph2": {"credit": "own"},
    },
    "ops": [
        ("dt", "H"), ("dt", "*"),
        ("cj", "*"), ("cj", "H"),
        ("jc", "*"),
        ("zy", "*"), ("zy", "H"),
        ("pl", "L"), ("pl", "Y"), ("pl", "*"), ("pl", "H"),
        ("ch", "H"), ("ch", "*"),
        ("cont", "*"),
        ("gt", "*"),
        ("cf", "*"), ("cf", "H"),
        ("jc", "H"), ("gt", "H"), ("zjj", "H", "glue"),
        ("zjj", "*"),
        ("x", "qr", "tight"),
        ("ph1", "H"), ("ph1", "B"), ("ph1", "Y"),
        ("ph2", "Y"), ("ph2", "B"),
    ],
}

# ------------------------------------------------------------------ 07
PLANS["07"] = {
    "opts": {
        "gk": {"hs": "K/T", "numsp": (1.0, 1.0), "qsp": 0.6, "dlsp": 1.0, "cuts": {1: ["部分考点首次启用"]}},
        "zx": {"hs": "T/S", "numsp": (1.0, 1.0)},
        "xq": {"hs": "K+T", "numsp": (1.0, 1.0), "qsp": 1.0},
        "ft": {"hs": "K/T", "numsp": (1.0, 1.0), "qsp": 0.5, "cuts": {13: ["通过提高乡村教师补助、"]}},
        "zy": {"hs": "T", "numsp": (1.0, 1.0), "dlsp": 1.0},
        "pl": {"hs": "T", "qsp": 1.0},
        "bx": {"hs": "K/T", "numsp": (1.0, 1.0)},
        "bk": {"hs": "T", "numsp": (1.0, 1.0)},
        "wl": {"hs": "K/T", "numsp": (1.0, 1.0), "qsp": 1.0},
        "xs": {"hs": "T", "numsp": (1.0, 1.0), "gaps": {1: 0.5}},
        "photo": {"hs": "T", "credit": "own"},
    },
    "ops": [
        ("photo", "Y"),
        ("gk", "H"), ("gk", 2),
        ("zx", "H"), ("zx", 2),
        ("gk", "*"),
        ("zx", "*"),
        ("xq", "H"), ("xq", "*"),
        ("ft", "Y"), ("ft", 2), ("ft", "H"), ("ft", "*"),
        ("zy", "H"), ("zy", "*"),
        ("pl", "L"), ("pl", "H"), ("pl", "Y"), ("pl", "*"),
        ("bx", "H"), ("bx", "*"),
        ("bk", "H"), ("bk", "*"),
        ("wl", "H"), ("wl", "*"),
        ("xs", "H"), ("xs", "*"),
        ("gap", 1), ("photo", "H"), ("photo", "B"),
    ],
}

# ------------------------------------------------------------------ 08
PLANS["08"] = {
    "opts": {
        "sl": {"hs": "T@10", "w": 15, "numsp": (1.0, 0.5), "spread": 0.12},
        "sp1": {"hs": "T", "w": 13, "numsp": (1.0, 0.5), "spread": 0.15},
        "sp2": {"hs": "T@8", "w": 13, "numsp": (1.0, 0.3), "spread": 0.14},
        "xl": {"hs": "T@9~Y", "w": 14.5, "numsp": (1.0, 0.6), "spread": 0.12},
        "gd": {"hs": "T@11", "w": 13.5, "numsp": (1.0, 0.5), "spread": 0.13},
        "sp3": {"hs": "T", "w": 13, "numsp": (1.0, 0.5), "spread": 0.15, "duplines": [9]},
        "dp1": {"hs": "T", "w": 12.5, "numsp": (1.0, 0.5), "spread": 0.12},
        "dp2": {"hs": "T", "w": 12.5, "numsp": (1.0, 0.5), "spread": 0.12},
        "wt": {"hs": "T", "w": 14, "numsp": (1.0, 0.5), "spread": 0.1},
        "mh": {"hs": "T", "credit": "inline", "w": 15},
        "lx": {"hs": "T@8", "w": 14, "numsp": (1.0, 0.5), "spread": 0.1},
    },
    "ops": [
        ("sl", "L"), ("sl", "H"), ("sl", "Y"), ("sl", "*"),
        ("sp1", "Y"), ("sp1", "*"),
        ("sp2", "L"), ("sp2", "H"), ("sp2", "Y"), ("sp2", "*"),
        ("sp1", "L"), ("sp1", "H"),
        ("xl", "*"), ("xl", "H"), ("xl", "L"),
        ("gd", "Y"), ("gd", "*"),
        ("sp3", "L"), ("sp3", "H"), ("sp3", "Y"), ("sp3", "*"),
        ("gd", "L"), ("gd", "H"),
        ("dp1", "L"), ("dp1", "H"), ("dp1", "Y"), ("dp1", "*"),
        ("dp2", "L", "skip"), ("dp2", "H"), ("dp2", "Y"), ("dp2", "*"),
        ("wt", "L"), ("wt", "H"), ("wt", "Y"), ("wt", "*"),
        ("mh", "H"), ("mh", "B"),
        ("lx", "L"), ("lx", "H"), ("lx", "*"), ("lx", "Y"),
        ("x", "tg", "sep"),
    ],
}

# ------------------------------------------------------------------ 09
PLANS["09"] = {
    "opts": {
        "lead": {"hs": "K/T", "w": 19, "numsp": (1.0, 0.6), "spread": 0.06, "marker": "▶("},
        "cy": {"hs": "K/T", "w": 17, "numsp": (1.0, 0.4), "spread": 0.06},
        "cwh": {"hs": "T@8", "w": 17, "numsp": (1.0, 0.5), "spread": 0.05},
        "dw": {"hs": "K/T", "w": 17, "numsp": (1.0, 0.5), "spread": 0.07},
        "pl": {"hs": "T", "w": 13, "numsp": (1.0, 0.5), "spread": 0.12, "bysplit": True},
        "sn": {"hs": "K/T", "w": 17.5, "numsp": (1.0, 0.5), "spread": 0.06},
        "xq": {"hs": "K/T", "w": 17, "numsp": (1.0, 0.7), "spread": 0.05},
        "jz": {"hs": "T", "w": 17, "numsp": (1.0, 0.0), "spread": 0.05},
        "dt": {"hs": "T@10", "w": 17, "numsp": (1.0, 0.5), "spread": 0.06},
        "gs": {"hs": "T@12", "w": 17, "numsp": (1.0, 0.9), "spread": 0.05},
        "photo": {"hs": "T", "credit": "inline", "w": 36},
    },
    "ops": [
        ("lead", "H"),
        ("mast", "col"),
        ("lead", "*"), ("lead", "M"),
        ("cy", "*"), ("cy", "H"),
        ("x", "tq", "sep"),
        ("cwh", "H"), ("cwh", "*"),
        ("dw", "*"),
        ("pl", "L"), ("pl", "Y"), ("pl", "*"),
        ("sn", "H"), ("sn", "Y"), ("sn", "*"),
        ("xq", "*"), ("xq", "H"),
        ("dw", "H"), ("pl", "H"),
        ("jz", "*"), ("jz", "H"),
        ("dt", "H"), ("dt", "*"),
        ("gs", "*"), ("gs", "H"),
        ("x", "dd", "sep"),
        ("photo", "H"), ("photo", "B"),
    ],
}

# ------------------------------------------------------------------ 10
PLANS["10"] = {
    "opts": {
        "ft": {"hs": "K/T", "bybreak": "通讯员", "cuts": {18: ["合作社对寨内商铺实行统一管理，"]}},
        "ph": {"hs": "T", "credit": "own"},
        "sj": {"hs": "K+T", "numsp": (0.0, 1.0), "cuts": {2: ["乡村旅游接待游客人数"]}},
        "fh": {"hs": "T"},
        "aaaa": {"hs": "K/T"},
        "gt": {"hs": "T", "dlbreak": ("湖南日报8月21", "\n\n")},
        "mx": {"hs": "K+T"},
        "zjj": {"hs": "K/T"},
        "pl": {"hs": "T"},
        "xh": {"hs": "T"},
        "ms": {"hs": "K/T"},
    },
    "ops": [
        ("ft", "H"), ("ft", "Y"), ("ft", 11),
        ("gap", 1), ("ph", "H"), ("ph", "B"), ("ph", "Y"),
        ("ft", "*"),
        ("sj", "H"), ("sj", 3),
        ("fh", "H"), ("fh", 2),
        ("sj", "*"),
        ("fh", "*"),
        ("aaaa", "H"), ("aaaa", "*"),
        ("gt", "H"), ("gt", "*"),
        ("mx", "H"), ("mx", "*"),
        ("zjj", "H"), ("zjj", "*"),
        ("ms", "H"), ("ms", "*"),
        ("pl", "L"), ("pl", "H"), ("pl", "Y"), ("pl", "*"),
        ("xh", "H"), ("xh", "*"),
    ],
}

# ------------------------------------------------------------------ 11
PLANS["11"] = {
    "opts": {
        "sy": {"hs": "K~T", "w": 18, "numsp": (1.0, 0.5), "spread": 0.06},
        "xy": {"hs": "T@9", "w": 18, "numsp": (1.0, 0.3), "spread": 0.05},
        "ft": {"hs": "K@10/T", "w": 16.5, "numsp": (1.0, 0.6), "spread": 0.05, "duplines": [21]},
        "xj": {"hs": "K/T", "w": 18, "numsp": (0.9, 0.5), "spread": 0.07},
        "bwg": {"hs": "T@11", "w": 18, "numsp": (1.0, 0.0), "spread": 0.05},
        "hm": {"hs": "T@10", "w": 18, "numsp": (1.0, 0.8), "spread": 0.06},
        "sj": {"hs": "K/T", "w": 18, "numsp": (1.0, 0.5), "spread": 0.05},
        "wy": {"hs": "K/T", "w": 18, "numsp": (1.0, 0.5), "spread": 0.05},
        "pl": {"hs": "T~Y", "w": 13.5, "numsp": (1.0, 0.5), "spread": 0.14},
        "ph1": {"credit": "right", "pad": 36},
        "ph2": {"hs": "T", "credit": "inline", "w": 40},
    },
    "ops": [
        ("sy", "H"), ("sy", "*"),
        ("xy", "*"), ("xy", "H"),
        ("ft", "H"), ("ft", "Y"), ("ft", "*"),
        ("ph1", "B"), ("ph1", "Y"),
        ("xj", "*"),
        ("bwg", "*"), ("bwg", "H"),
        ("hm", "*"),
        ("x", "yg", "sep"),
        ("sj", "H"), ("sj", "*"),
        ("wy", "*"), ("wy", "H"),
        ("pl", "*"), ("pl", "L"),
        ("xj", "H"), ("hm", "H"), ("pl", "H"),
        ("ph2", "H"), ("ph2", "B"),
    ],
}

# ------------------------------------------------------------------ 12
PLANS["12"] = {
    "opts": {
        "lead": {"hs": "K/T/S", "cuts": {2: ["要让县级医院的专家定期到乡镇"]}, "marker": "▷("},
        "zj": {"hs": "K/T/S"},
        "cy": {"hs": "K+T", "marker": "▶("},
        "dc": {"hs": "T/S", "gaps": {1: 0.4}},
        "qy": {"hs": "K+T"},
        "yp": {"hs": "K/T"},
        "pl": {"hs": "T"},
        "hl": {"hs": "T", "dlbreak": ("湖南日报4月", "\n")},
        "cg": {"hs": "T+S"},
        "ph": {"credit": "inline", "crsep": ""},
    },
    "ops": [
        ("mast", "para2"),
        ("lead", "H"), ("lead", 3),
        ("zj", "H"), ("zj", 2),
        ("lead", "*"), ("lead", "M"),
        ("zj", "*"),
        ("cy", "H"), ("cy", "Y"), ("cy", "*"), ("cy", "M"), ("cy", "L"),
        ("dc", "H"), ("dc", "*"),
        ("qy", "H"), ("qy", "*"),
        ("yp", "H"), ("yp", "*"),
        ("pl", "L"), ("pl", "H"), ("pl", "Y"), ("pl", "*"),
        ("hl", "H"), ("hl", "*"),
        ("cg", "H"), ("cg", "*"),
        ("x", "dd", "sep"),
        ("gap", 1), ("ph", "B"),
        ("gap", 1), ("x", "djs", "sep"),
    ],
}

# ------------------------------------------------------------------ 13
PLANS["13"] = {
    "opts": {
        "mzh": {"hs": "K/T*2n", "w": 18.5, "numsp": (1.0, 0.5), "spread": 0.05},
        "msl": {"hs": "K/T", "w": 18.5, "numsp": (1.0, 0.7), "spread": 0.06},
        "jsh": {"hs": "K/T", "w": 18.5, "numsp": (1.0, 0.4), "spread": 0.05},
        "ft": {"hs": "T/S", "w": 17, "numsp": (1.0, 0.6), "spread": 0.05, "duplines": [14]},
        "zq": {"hs": "T", "w": 18.5, "numsp": (1.0, 0.2), "spread": 0.06, "dlown": True, "dlpa": 0.5},
        "ty": {"hs": "K/T", "w": 18.5, "numsp": (1.0, 0.5), "spread": 0.05},
        "lq": {"hs": "K/T@6", "w": 18.5, "numsp": (1.0, 0.8), "spread": 0.07},
        "cp": {"hs": "T@9", "w": 18.5, "numsp": (1.0, 0.0), "spread": 0.05},
        "pl": {"hs": "T", "w": 13.5, "numsp": (1.0, 0.5), "spread": 0.13},
        "ph1": {"hs": "T", "credit": "inline"},
        "ph2": {"credit": "right", "pad": 44},
    },
    "ops": [
        ("mzh", "H"), ("mzh", "*"),
        ("x", "jp", "sep"),
        ("msl", "*"), ("msl", "H"),
        ("jsh", "*"),
        ("ft", "H"), ("ft", "Y"), ("ft", "*"),
        ("zq", "H"), ("zq", "*"),
        ("ty", "*"), ("ty", "H"),
        ("lq", "*"), ("lq", "H"),
        ("jsh", "H"), ("cp", "H", "glue "),
        ("cp", "*"),
        ("pl", "L"), ("pl", "H"), ("pl", "Y"), ("pl", "*"),
        ("ph1", "H"), ("ph1", "B"),
        ("ph2", "Y"), ("ph2", "B"),
    ],
}

# ------------------------------------------------------------------ 14
PLANS["14"] = {
    "opts": {
        "sw1": {"hs": "T", "cuts": {5: ["或者放在火塘上"]}},
        "sg": {"hs": "T"},
        "sb": {"hs": "T/S"},
        "sw3": {"hs": "T", "cuts": {4: ["一袋一袋的辣椒，"]}},
        "sb2": {"hs": "L+T"},
        "zt": {"hs": "T"},
        "sh": {"hs": "T", "credit": "own"},
        "zj": {"hs": "L/T"},
    },
    "ops": [
        ("x", "kt", "tight"),
        ("sw1", "L"), ("sw1", "H"), ("sw1", "Y"), ("sw1", 6),
        ("sg", "L"), ("sg", "H"), ("sg", "Y"), ("sg", "*"),
        ("sw1", "*"),
        ("sb", "L"), ("sb", "H"), ("sb", "Y"), ("sb", "*"),
        ("sw3", "H"), ("sw3", "L"), ("sw3", "Y"), ("sw3", 5),
        ("sb2", "H"), ("sb2", "Y"), ("sb2", 3),
        ("sw3", "*"),
        ("sb2", "*"),
        ("zt", "H"), ("zt", "Y"), ("zt", "*"), ("zt", "L"),
        ("gap", 1), ("sh", "H"), ("sh", "Y"), ("sh", "B"),
        ("zj", "H"), ("zj", "*"),
    ],
}

# ------------------------------------------------------------------ 15
PLANS["15"] = {
    "opts": {
        "lead": {"hs": "K@10/T/S", "w": 19.5, "numsp": (1.0, 0.6), "spread": 0.05, "marker": "（"},
        "dc": {"hs": "K/T", "w": 18, "numsp": (1.0, 0.5), "spread": 0.06},
        "dd": {"hs": "T@9", "w": 18, "numsp": (1.0, 0.0), "spread": 0.05},
        "zb": {"hs": "K/T", "w": 17.5, "numsp": (1.0, 0.6), "spread": 0.06, "bysplit": True},
        "fx": {"hs": "T@10", "w": 18, "numsp": (1.0, 0.5), "spread": 0.05},
        "pl": {"hs": "T@9", "w": 13, "numsp": (1.0, 0.5), "spread": 0.14},
        "gk": {"hs": "K/T", "w": 18, "numsp": (1.0, 0.7), "spread": 0.05},
        "fx2": {"hs": "K~T", "w": 18, "numsp": (1.0, 0.5), "spread": 0.06},
        "js": {"hs": "K/T", "w": 18, "numsp": (1.0, 0.4), "spread": 0.05, "duplines": [4]},
        "photo": {"hs": "T", "credit": "right", "pad": 32},
    },
    "ops": [
        ("lead", "H"), ("lead", "*"), ("lead", "M"),
        ("mast", "col2"),
        ("dc", "*"), ("dc", "H"),
        ("dd", "H"), ("dd", "*"),
        ("zb", "H"), ("zb", "Y"), ("zb", "*"),
        ("x", "qr", "sep"),
        ("fx", "*"), ("fx", "H"),
        ("pl", "L"), ("pl", "Y"), ("pl", "*"),
        ("gk", "*"),
        ("x", "djs", "sep"),
        ("fx2", "H"), ("fx2", "*"),
        ("js", "*"),
        ("gk", "H"), ("pl", "H", "glue "), ("js", "H"),
        ("photo", "H"), ("photo", "B"), ("photo", "Y"),
    ],
}

# ------------------------------------------------------------------ 16
PLANS["16"] = {
    "opts": {
        "zt": {"hs": "T", "credit": "own"},
        "jz": {"hs": "T", "credit": "inline", "crsep": " "},
        "yy": {"hs": "T", "credit": "own"},
        "sl": {"hs": "T", "credit": "right", "pad": 30},
        "dq": {"hs": "T", "credit": "inline", "crsep": ""},
        "hj": {"hs": "T", "credit": "own"},
        "jzh": {"credit": "inline", "crsep": " ", "capspread": True},
        "yd": {"hs": "T", "dlbreak": ("湖南日报11月6", "\n")},
        "ly": {"hs": "T@15", "cuts": {0: ["目前筹备工作"]}},
        "sh": {"hs": "T"},
        "yd2": {"hs": "T"},
        "yd3": {},
        "qs": {"hs": "T", "credit": "own"},
        "ct": {"credit": "inline", "crsep": " "},
    },
    "ops": [
        ("yy", "Y"),
        ("x", "tou", "tight"),
        ("zt", "H"), ("zt", "B"), ("zt", "Y"),
        ("gap", 1), ("jz", "H"), ("jz", "B"),
        ("gap", 1), ("sl", "H"), ("sl", "B"), ("sl", "Y"),
        ("yd2", "L"), ("yd2", "H"), ("yd2", "Y"), ("yd2", 4),
        ("gap", 1), ("yd3", "B"),
        ("yd2", "*"),
        ("gap", 1), ("dq", "H"), ("dq", "B"),
        ("ly", "H"), ("ly", 1),
        ("sh", "H"), ("sh", 2),
        ("ly", "*"),
        ("sh", "*"),
        ("gap", 1), ("hj", "H"), ("hj", "Y"), ("hj", "B"),
        ("yd", "H"), ("yd", "*"),
        ("gap", 1), ("jzh", "B"),
        ("gap", 1), ("yy", "H"), ("yy", "B"),
        ("gap", 1), ("qs", "H"), ("qs", "B"), ("qs", "Y"),
        ("gap", 1), ("ct", "B"),
    ],
}
