"""Layout plans of the dev_zn pages: page id -> (directives, per-story style).

Directives, in print order:
  M[:v]          masthead pieces (v: 0 plain, 1 day+weekday merged, 2 other grouping)
  X:a¦b          box / furniture lines (page extras)
  H:sid[:how]    headline stack (how: lines | join | join12 | join23)
  L:sid          column label line        B:sid[:tight]  byline line(s)
  P:sid[:upto]   body (column: the whole run; paragraph: up to segment `upto`)
  D:sid:seg      a paragraph segment printed a second time (duplicates)
  J:text         jump marker line
  K:sid[:inline] photo caption (credit on the caption line when inline)
  C:sid[:right]  photo credit on a line of its own (right: leading spaces)
  T:sid          photo title
Style keys: w (column width), dl (dateline break: natural | own | [strings]),
  nums (p space before, after number runs), spread (p justified line),
  gaps {line or segment: punct|pct|after|all|quote}, dup (line printed twice),
  double (inline | lines: headline printed twice), tight (p headline lines adjacent),
  prefix (text printed before the first line), quote (p space after opening quote),
  capgap (glyph gaps on caption lines).
"""

PLANS = {}

# ---------------------------------------------------------------- c1: front, column
PLANS["c1"] = ([
    "M:1",
    "H:a", "P:a", "J:（下转2版）",
    "P:b", "H:b",
    "H:c", "P:c",
    "L:d", "B:d", "P:d", "H:d",
    "X:扫码看¦洞庭湖防汛直播",
    "P:e", "P:i",
    "H:e", "H:i", "H:l",
    "P:l",
    "H:m", "P:m",
    "P:f", "H:f",
    "H:g", "P:g",
    "P:j", "H:j",
    "K:h:inline",
], {
    "a": {"w": 19, "dl": ["谭晓岚"], "spread": 0.05},
    "b": {"w": 18, "double": "inline", "spread": 0.12},
    "c": {"w": 17, "dl": ["通讯员"]},
    "d": {"w": 13, "spread": 0.15, "quote": 0.5},
    "e": {"w": 20, "dl": ["日讯"], "gaps": {3: "pct"}},
    "i": {"w": 18},
    "l": {"w": 19, "dup": 6},
    "m": {"w": 21, "dl": "own"},
    "f": {"w": 20},
    "g": {"w": 17, "spread": 0.2},
    "j": {"w": 21},
    "h": {"w": 44},
})

# ---------------------------------------------------------------- c2: page 2, column
PLANS["c2"] = ([
    "P:a",
    "H:b", "P:b",
    "P:c", "H:c", "B:c",
    "P:d", "H:d",
    "H:e", "P:e",
    "T:f", "P:f",
    "C:h:right",
    "P:g", "H:g",
    "K:h",
    "P:i",
    "H:i", "H:j", "H:k",
    "P:j",
    "P:k",
], {
    "a": {"w": 20, "prefix": "▲▲（上接1版）"},
    "b": {"w": 21, "dl": ["钟华"]},
    "c": {"w": 20, "spread": 0.08},
    "d": {"w": 18, "dl": "own"},
    "e": {"w": 18, "quote": 0.6},
    "f": {"w": 22},
    "g": {"w": 17, "dl": ["通讯员"], "spread": 0.15},
    "h": {"w": 40},
    "i": {"w": 19, "dup": 3},
    "j": {"w": 19},
    "k": {"w": 17, "dl": ["日讯"]},
})

# ---------------------------------------------------------------- p1: front, paragraph
PLANS["p1"] = ([
    "M:0",
    "H:a", "P:a", "J:▷(下转2版)",
    "H:b:join", "P:b",
    "H:f", "P:f:1a",
    "H:g:join", "P:g",
    "P:f",
    "H:c", "P:c",
    "L:h", "H:h", "B:h", "P:h",
    "K:e:inline",
    "H:d", "P:d",
    "H:j:join12", "P:j",
    "H:k", "P:k",
    "H:l:join12", "P:l",
    "H:i", "P:i", "J:▶(下转2版)",
    "X:距2015湖南(长沙)国际茶业博览会开幕¦还有16天",
], {})

# ---------------------------------------------------------------- c3: tea, column
PLANS["c3"] = ([
    "H:a", "P:a",
    "P:c", "H:c",
    "H:b", "B:b", "P:b",
    "P:d", "P:f",
    "H:d", "H:f", "H:h",
    "P:h",
    "X:扫码看¦湘茶地图",
    "H:e", "B:e", "P:e", "L:e",
    "K:g", "C:g",
    "H:j", "P:j",
    "P:k", "H:k",
    "P:i", "H:i",
], {
    "a": {"w": 20, "dl": ["易星河"]},
    "b": {"w": 21, "spread": 0.07},
    "c": {"w": 18},
    "d": {"w": 18, "dl": "own"},
    "f": {"w": 17, "dl": ["通讯员"]},
    "h": {"w": 19, "double": "lines"},
    "e": {"w": 13, "spread": 0.12},
    "g": {"w": 42},
    "j": {"w": 19, "dl": ["日讯"]},
    "k": {"w": 20, "gaps": {1: "punct"}},
    "i": {"w": 18},
})

# ---------------------------------------------------------------- c4: commentary page, column
PLANS["c4"] = ([
    "L:a", "H:a", "B:a", "P:a",
    "B:b", "P:b", "H:b", "L:b",
    "P:c",
    "H:d", "B:d", "P:d", "L:d",
    "L:c", "H:c", "B:c",
    "X:新湖南客户端¦扫码参与讨论",
    "L:e", "H:e", "B:e", "P:e",
    "H:f", "B:f", "P:f", "L:f",
    "L:g", "B:g", "P:g", "H:g",
    "L:i", "H:i", "B:i", "P:i",
    "H:j", "B:j", "P:j", "L:j",
    "L:h", "H:h", "B:h", "P:h",
    "L:k", "H:k", "B:k", "P:k",
], {
    "a": {"w": 16, "spread": 0.05},
    "b": {"w": 13, "spread": 0.1},
    "c": {"w": 12, "quote": 0.5},
    "d": {"w": 13},
    "e": {"w": 14, "dup": 4},
    "f": {"w": 13, "spread": 0.12},
    "g": {"w": 14},
    "i": {"w": 16},
    "j": {"w": 13},
    "h": {"w": 12},
    "k": {"w": 13, "gaps": {2: "punct"}},
})

# ---------------------------------------------------------------- c5: discipline, column
PLANS["c5"] = ([
    "H:a", "P:a",
    "P:k",
    "L:b", "H:b", "B:b", "P:b",
    "P:c", "H:c",
    "H:d", "B:d", "P:d", "L:d",
    "P:e", "P:f",
    "H:e", "H:f", "H:g",
    "P:g",
    "K:h", "C:h:right",
    "H:i", "P:i",
    "P:j", "H:j",
], {
    "a": {"w": 21, "dl": ["瞿文涛"]},
    "k": {"w": 20, "prefix": "▲（上接1版）"},
    "b": {"w": 20, "spread": 0.06},
    "c": {"w": 18, "double": "lines"},
    "d": {"w": 13, "spread": 0.15},
    "e": {"w": 17},
    "f": {"w": 19, "dl": "own"},
    "g": {"w": 18, "quote": 0.5},
    "h": {"w": 40},
    "i": {"w": 17, "dl": ["日讯"]},
    "j": {"w": 20, "gaps": {2: "after"}},
})

# ---------------------------------------------------------------- c6: industrial parks, column
PLANS["c6"] = ([
    "C:h",
    "X:园区¦观察",
    "H:a", "P:a",
    "H:b", "B:b", "P:b",
    "P:c", "H:c",
    "H:d", "P:d",
    "P:e", "P:f",
    "H:e", "H:f", "H:i",
    "P:i",
    "H:g", "B:g", "P:g", "L:g",
    "K:h",
    "H:j", "P:j",
    "T:m", "K:m", "K:n", "C:n",
    "P:k", "H:k",
    "H:l", "P:l",
], {
    "a": {"w": 20},
    "b": {"w": 22, "spread": 0.05},
    "c": {"w": 18, "double": "inline"},
    "d": {"w": 18, "dl": ["通讯员"]},
    "e": {"w": 17},
    "f": {"w": 19, "spread": 0.18},
    "i": {"w": 20, "dl": "own"},
    "g": {"w": 13},
    "h": {"w": 44},
    "j": {"w": 18, "dl": ["日讯"]},
    "k": {"w": 20, "gaps": {2: "after", 5: "pct"}},
    "l": {"w": 18},
})

# ---------------------------------------------------------------- c7: sports, column
PLANS["c7"] = ([
    "H:a", "P:a",
    "P:b", "H:b",
    "H:c", "B:c", "P:c",
    "P:d", "H:d",
    "H:e", "P:e",
    "K:h:inline",
    "P:f", "P:i",
    "H:f", "H:i", "H:k",
    "P:k",
    "L:g", "H:g", "B:g", "P:g",
    "H:j", "P:j",
    "P:l", "H:l",
], {
    "a": {"w": 19, "dl": ["包雨婷"]},
    "b": {"w": 20},
    "c": {"w": 21, "spread": 0.06},
    "d": {"w": 18, "dl": ["通讯员"]},
    "e": {"w": 20, "dl": "own"},
    "h": {"w": 44, "capgap": "all"},
    "f": {"w": 18},
    "i": {"w": 17},
    "k": {"w": 19, "dl": ["日讯"]},
    "g": {"w": 13, "spread": 0.1},
    "j": {"w": 18},
    "l": {"w": 20, "double": "lines"},
})

# ---------------------------------------------------------------- c8: front, column
PLANS["c8"] = ([
    "H:a", "P:a", "J:▷（下转2版）",
    "M:2",
    "H:b", "P:b",
    "P:c", "H:c",
    "L:e", "H:e", "P:e",
    "T:g", "K:g", "C:g",
    "P:d", "P:f",
    "H:d", "H:f", "H:j",
    "P:j",
    "H:h", "P:h",
    "X:距第五届湖南旅游产业博览会开幕¦还有 9 天",
    "H:k", "P:k",
    "P:l", "H:l",
    "H:i", "P:i", "J:（下转2版）",
    "X:扫码下载¦新湖南客户端",
], {
    "a": {"w": 20, "dl": ["杨鹤鸣"]},
    "b": {"w": 19, "dl": ["日讯"]},
    "c": {"w": 18, "dl": ["通讯员"]},
    "e": {"w": 13, "quote": 0.5},
    "g": {"w": 42},
    "d": {"w": 19},
    "f": {"w": 18},
    "j": {"w": 20, "spread": 0.1},
    "h": {"w": 17},
    "k": {"w": 19, "dup": 2},
    "l": {"w": 18, "gaps": {1: "pct"}},
    "i": {"w": 20, "dl": "own"},
})

# ---------------------------------------------------------------- p2: 副刊, paragraph
PLANS["p2"] = ([
    "X:湘江副刊",
    "H:a", "B:a", "P:a:8a",
    "H:c", "B:c", "P:c",
    "P:a",
    "H:b", "B:b", "P:b",
    "H:d", "B:d", "P:d:3a",
    "H:e", "P:e",
    "P:d",
    "T:f", "K:f", "C:f",
    "L:g", "H:g", "B:g", "P:g",
    "H:h", "B:h", "P:h",
    "H:i", "B:i", "P:i", "L:i",
    "L:j", "H:j", "B:j", "P:j",
    "X:本版投稿请注明¦“湘江副刊”字样",
], {})

# ---------------------------------------------------------------- p3: photo news, paragraph
PLANS["p3"] = ([
    "C:a",
    "X:视觉湖南",
    "T:b", "K:b", "K:c", "K:d", "C:d",
    "H:e:join", "P:e",
    "T:f", "K:f:inline",
    "T:g", "K:g", "C:g:right",
    "H:h", "B:h", "P:h",
    "T:a", "K:a",
    "T:j", "K:j:inline",
    "H:k", "P:k",
    "H:l:join12", "P:l",
    "H:n", "B:n", "P:n:1a",
    "H:o", "P:o",
    "P:n",
    "T:p", "K:p:inline",
], {
    "j": {"capgap": "all"},
})

# ---------------------------------------------------------------- p4: tourism, paragraph
PLANS["p4"] = ([
    "H:a", "P:a:2a",
    "H:c:join", "P:c:0",
    "P:a",
    "P:c",
    "H:b", "B:b", "P:b:15a",
    "H:j", "P:j",
    "P:b",
    "H:d", "P:d",
    "L:e", "H:e", "B:e", "P:e",
    "K:f", "C:f:right",
    "H:g:join12", "P:g", "D:g:2",
    "H:h", "P:h",
    "H:i", "P:i",
    "H:l", "P:l",
    "T:k", "K:k:inline",
], {
    "g": {"gaps": {"1": "after"}},
})

# ---------------------------------------------------------------- p5: courts, paragraph
PLANS["p5"] = ([
    "H:a:join", "P:a:0a",
    "H:b", "P:b:0",
    "P:a",
    "P:b",
    "H:c", "P:c",
    "H:d:join12", "P:d",
    "L:e", "H:e", "B:e", "P:e:1a",
    "H:i", "P:i",
    "P:e",
    "K:f:inline",
    "H:g", "B:g", "P:g", "L:g",
    "H:h", "P:h",
    "H:j:join12", "P:j:1a",
    "H:k", "P:k",
    "P:j",
    "H:l:join12", "P:l",
], {
    "c": {"dl": "日讯"},
    "h": {"gaps": {"1": "punct"}},
})

# ---------------------------------------------------------------- p6: education, paragraph
PLANS["p6"] = ([
    "C:f",
    "H:a", "P:a:0a",
    "H:b:join", "P:b:1",
    "P:a",
    "P:b",
    "H:c", "P:c", "D:c:1",
    "H:d", "B:d", "P:d:2a",
    "H:e", "P:e:0",
    "P:d",
    "P:e",
    "K:f",
    "L:g", "H:g", "B:g", "P:g",
    "H:h", "P:h",
    "H:i:join12", "P:i",
    "H:j", "P:j",
    "H:k", "P:k",
    "H:l:join12", "P:l",
], {
    "k": {"gaps": {"1": "pct"}},
})

# ---------------------------------------------------------------- p7: 湘西 roads, paragraph
PLANS["p7"] = ([
    "L:a", "H:a", "B:a", "P:a:12a",
    "H:b", "P:b:0",
    "P:a",
    "P:b:3a",
    "H:c", "P:c:0",
    "P:b",
    "P:c",
    "K:e", "C:e:right",
    "H:f", "P:f",
    "H:g", "B:g", "P:g", "L:g",
    "H:h:join12", "P:h",
    "H:d:join12", "P:d",
    "P:k",
    "H:i", "P:i",
    "K:m:inline", "K:n",
    "H:j", "P:j",
    "H:l", "P:l",
], {
    "k": {"prefix": "（上接1版）"},
    "f": {"dl": "日电"},
})

# ---------------------------------------------------------------- p8: front, paragraph
PLANS["p8"] = ([
    "M:1",
    "H:a", "P:a", "J:▷(下转2版)",
    "T:g", "K:g:inline",
    "H:b:join12", "P:b",
    "H:c", "P:c:0a",
    "H:d", "P:d:0",
    "P:c",
    "P:d",
    "L:f", "H:f", "P:f",
    "H:e", "P:e",
    "H:h:join12", "P:h",
    "H:i", "P:i:1a",
    "H:k:join", "P:k:0",
    "P:i",
    "P:k",
    "H:l", "P:l",
    "H:j", "P:j", "J:▶(下转3版)",
    "X:扫码关注¦新湖南客户端",
], {})
