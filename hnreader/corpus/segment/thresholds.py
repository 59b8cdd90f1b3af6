"""Every number the segmentation passes use, with what it measures.

Widths are in em (a CJK character 1, a Latin letter or digit ½); lengths in
characters of squashed text (no spaces); similarities are shares of character
pairs (``match.similarity``) or rarity-weighted word shares (``match.Evidence``).
"""

from __future__ import annotations

# --- layout (lines) -----------------------------------------------------------
#: Column-broken pages print ~12-24 em a line; paragraph pages far more.
COLUMN_MAX_WIDTH = 26
#: Share of lines wider than a column that makes a page a paragraph page.
PARAGRAPH_PAGE_WIDE_SHARE = 0.25
#: Wider than any column (em): a caption or headline spanning columns.
WIDE_LINE = 28
#: Blank lines that may part two lines of one caption (a caption cut around
#: a photo's frame).
CAPTION_GAP = 3
#: A jump marker this close to a line's start opens a continuation (characters).
JUMP_OPENS_WITHIN = 4
#: A box line (countdown, code prompt) is at most this long (characters) ...
BOX_LINE_MAX = 30
#: ... and the name of the app or site next to a code at most this long
#: (关注湖南日报微信公众号: eleven).
BOX_WORD_MAX = 12
#: A box's title closing the page over its code is a phrase of at least this
#: many characters (致敬最可爱的人), no word left of a caption's line (封顶).
BOX_TITLE_MIN = 4
#: What a code's prompt to view (扫码看) names runs over at most this many lines.
QR_OBJECT_LINES = 2
#: The length of a campaign's banner over a headline stack (喜迎… / 决战决胜…):
#: a short label (两会快讯) is a column's, a longer line a sentence's.
BANNER_MIN = 6
BANNER_MAX = 16
#: ... and none, when the untitled story printed before it reports at least this share
#: of its words: the headline of that story, printed after its text.
BANNER_REPORTED_BEFORE = 0.5
#: ... nor a line at least this many of whose shorter words (春节 in 春节假期)
#: the stack or the story uses: a kicker telling them in longer words.
BANNER_PARTS_TOLD = 2
#: A banner or slogan printed alone (全面深化改革在湖南) is at most this long
#: (characters); a line of phrases this short with no sentence is no story.
STRIP_MAX = 16
#: Lines of a table's title over its row of counts (赛事名 / 某代表团获奖情况).
TALLY_TITLE_LINES = 2
#: No line of any box is longer (characters): a contributions' line with its
#: e-mail, a header strip's editors and page. Longer lines are never read for one.
BOX_LINE_LONGEST = 60
#: The last words of a front page's digest whose entries run on, wrapped
#: alone onto a line of their own (…渔家新 / 生活。): this long at most.
DIGEST_END_MAX = 6
#: A briefs' label takes the day-led items under it from the story above when
#: at least this many run on (one such paragraph may be that story's own).
DAY_ITEMS_MIN = 2
#: A dateline's first part left alone on a line is at most this long.
DATELINE_HEAD_MAX = 20
#: The rest of a reporters' parenthesis carried to the next line is at most
#: this long (characters, up to its closing mark).
DATELINE_PAREN_REST_MAX = 30
#: A dateline's reporters' parenthesis printed whole on the line after the
#: dateline's head: at most this many characters to its closing mark.
DATELINE_PAREN_MAX = 40
#: On a paragraph page the rest of a broken dateline may be printed after a
#: paragraph or two of another story: looked for up to this many lines on.
DATELINE_REST_WITHIN = 8
#: A headline phrase set apart by a space on a line of two is at least this
#: long (characters): a label, one phrase, never holds two.
PHRASE_MIN = 4
#: An inner page's header strip holds at least this many of its pieces
#: (date, weekday, page number, editor).
HEADER_STRIP_PIECES = 2
#: ... the page's date block, read already, counts as a piece when printed within
#: this many raw lines of the run.
HEADER_STRIP_REACH = 2
#: Two framed words (今日 / 关注) are each this long (characters).
BOX_SHORT_MIN, BOX_SHORT_MAX = 2, 4
#: A campaign's name over a day of observance in its box (宪法宣传周 / 12月4日
#: 国家宪法日): at most this many characters.
NAMED_DAY_WORD_MAX = 6
#: A title over a writer's bare name and a column's label, printed after the
#: piece's text (title / 某某 / 新论), is at least this long: two framed words
#: and the longest column labels are shorter.
TITLE_OVER_NAME_MIN = 8
#: Lines a dateline may run over before its closing parenthesis.
DATELINE_MAX_LINES = 4
#: Name lines that may follow a byline line (a byline broken between names).
BYLINE_MAX_NAME_LINES = 2

# --- headlines on column pages -----------------------------------------------
#: Characters from which a line opening on a reporter's visit (探访…, 走进…)
#: names the place of one report, the kicker, rather than a series' label
#: (走进产业园区, 走进乡村振兴一线: six to eight).
VISIT_KICKER_MIN = 10
#: Characters of a headline line a writer's name under it signs (a shorter
#: line is an editor's credit or a label: 本版责编 / 某某).
HEAD_OVER_NAME_MIN = 6
#: A person's name printed bare is two to four characters long (a surname of
#: two and a given name of two at most).
BARE_NAME_MIN = 2
BARE_NAME_MAX = 4
#: What a headline line is worth left to no story: less than a stack costs,
#: so that a line that says little goes with the stack printed beside it.
HEAD_LINE_FLOOR = 0.03
#: Below this evidence a headline stack has no claim on a body ...
HEAD_MIN_SCORE = 0.1
#: ... unless no other body is left for it.
HEAD_MIN_SCORE_LEFT = 0.02
#: Characters at most of a campaign's name read as a label by its words.
CAMPAIGN_LABEL_MAX = 10
#: Headline lines a stack holds before its last may go to a body left with none.
STACK_SHED_MIN = 3
#: Bonus for the body printed just before a headline zone (headlines follow
#: their body in this extraction) and for the one just after it.
HEAD_BONUS_BEFORE = 0.12
HEAD_BONUS_AFTER = 0.08
#: ... and for a body opening on its writer's line (no reporter's) right
#: under the stack: the title over its writer and text.
HEAD_OVER_WRITER_BONUS = 0.2
#: Headline lines of one stack: kicker, a title wrapped on two lines, subtitle.
STACK_MAX_LINES = 4
#: What cutting a zone into one more stack costs (in evidence), so that the
#: lines of one stack are not scattered over bodies that share a word.
STACK_COST = 0.05
#: What it costs more to cut between two headline lines printed tight (no
#: blank line, no indent): one stack's lines.
TIGHT_SPLIT_COST = 0.15
#: What it costs more to cut above a headline line that leans on the subject
#: of the line over it (前8个月接待… under 张家界…市场持续升温): one stack's lines.
LEANING_SPLIT_COST = 0.15
#: What it costs more to cut the lines over a "某某出席" line: a meeting's
#: report prints its whole stack over it (某会开幕 / 做强… / 筑牢… / 某某出席).
MEETING_SPLIT_COST = 0.3
#: ... and this share of the leaning cost a cut that leaves a line stating
#: figures from the line above it that states none (a subtitle's figures):
#: a tie-breaker where what the lines say of the bodies is alike.
FIGURES_SPLIT_SHARE = 0.3
#: A headline line's affinity to every body at most this: no body's words
#: claim it (护航青少年健康成长 under its report's stack).
UNCLAIMED_AFFINITY = 0.02
#: What it costs more to open a stack on a line no body's words claim under
#: another body's stack: a tie-breaker, the line going on with the stack above.
UNCLAIMED_OPENER_COST = 0.05
#: ... when the line, quotes aside, holds this many characters at least: a
#: title's phrase, not a label's word or two.
UNCLAIMED_TITLE_MIN = 5
#: Partial cuts of a zone kept at each line (the best ones): a zone of a
#: dozen lines over a dozen bodies stays cheap.
ZONE_BEAM = 64
#: Rounds in which zones claiming one body are cut again without it.
ASSIGN_ROUNDS = 8
#: A headline line repeats the story above (similarity) ...
HEAD_REPEATS_STORY = 0.4
#: A line of at least this many words, this share of them in the two lines
#: under it, is a headline its lead restates.
HEAD_RESTATED_WORDS = 4
HEAD_RESTATED = 0.8
#: ... or the line under it opens on its words whole, at least this many
#: characters of them (母亲的菜园 / 母亲的菜园在屋后…): no line of running
#: text repeats itself so.
TITLE_OPENS_TEXT_MIN = 4
#: ... while the text after it shares less than this with that story.
HEAD_AFTER_UNRELATED = 0.03
#: A box drawn into a column's running text: at most this many lines, each of
#: at most this many characters.
BOX_IN_TEXT_LINES = 2
BOX_IN_TEXT_MAX = 6
#: Two lines this close in width (cells) are both the column's full width.
FULL_WIDTH_SLACK = 0.5
#: A sentence ending on the second line under a headline-like line is the
#: rest of that line's sentence (a story's first sentence runs longer).
SHORT_SENTENCE_LINES = 2
#: Characters of a story before a headline test by content is trusted.
HEAD_STORY_MIN = 80
#: A line that stops mid-sentence this much narrower (em) than the columns
#: around it is no paragraph's line: a paragraph's first line is at most an
#: indent (about 2 em, up to 4 with the compressed punctuation of real pages)
#: short of the column.
NARROWER_THAN_COLUMN = 5.0
#: A column's name set tight over a title on a one-paragraph-a-line page is
#: at most this many characters (学习札记, 理论热点面对面).
COLUMN_NAME_OVER_MAX = 8
#: ... and one set tight under a title, its writer under it: at least this
#: long (characters); shorter, it may be the title's last word wrapped.
COLUMN_NAME_UNDER_MIN = 4
#: ... and the title over it at least this many times its length: a title
#: broken in two has halves of about one length.
COLUMN_NAME_UNDER_TITLE = 2
#: Text left headless under a dated story's own stack goes on that story when
#: the two are at least this similar (``match.similarity``: the pages' other
#: texts left so score under 0.1 with the story above them).
REJOIN_TOPIC = 0.1
#: A signed piece's text runs on into another's whose title and writer are
#: printed after it: the text from the turn uses at least this share of
#: that title's words (``match.similarity``).
FOOT_TITLE_WORDS = 0.3
#: ...unless its first paragraph finishes the sentence the story printed
#: before the stack left open, with at least a whole word's evidence across
#: the cut (``joins.join_evidence``: a word read surely over it, or a figure
#: meeting its unit): then it is that story's.
REJOIN_FINISHES_MIN = 1.5
#: ...unless the stack's last line, taken by that text, names it wholly (this
#: share of the line's words in it, ``roles.word_share``) and the story above
#: hardly (no more than this share): that line is the text's own title (a
#: box's notice under a report's stack printed after its body).
REJOIN_OWN_TITLE = 0.9
REJOIN_STORY_NAMED_MAX = 0.25
#: A bare name read as a piece of its own signs the stack printed over it
#: when at most this many raw lines below the stack's last line (a blank
#: line between, or none).
NAME_UNDER_STACK_GAP = 2
#: Two stacks bunched over two datelines: the datelines within this many
#: raw lines of the stacks' last line (``paragraph_pages._bunched_stacks_apart``).
BUNCHED_DATELINES_WITHIN = 6
#: A commentary's title set on one line with its writer's name: at least
#: this many characters before the name (``blocks._title_and_writer``).
SIGNED_TITLE_MIN = 6
#: A commentary signed at its foot by the paper's commentator, read inside
#: another story's text, has at least this many paragraphs under its title.
SIGNED_TEXT_MIN = 2
#: Paragraphs opening on one clause of this many characters (治江需要韧劲，…)
#: are a commentary's parallel series; a shorter clause any story may open on.
SERIES_CLAUSE_MIN = 5
SERIES_CLAUSE_MAX = 10
#: ... when at least this many paragraphs of the page open on it.
SERIES_CLAUSE_PARAGRAPHS = 3
#: Text read into one story goes to another when it shares this much more of
#: that story's subject (``match.similarity``) than of the first's: sections
#: after a short report back to their feature (``column_pages._return_sections``,
#: also at least ``REJOIN_TOPIC``; ``regroup._section_back``), text under a
#: headline printed inside its story turning back to the story before
#: (``regroup.turns_back``), paragraphs of two stories set side by side
#: (``paragraph_pages._side_by_side``), a story's last paragraphs printed
#: under the next story going back up (``paragraph_pages._paragraphs_back_above``);
#: and, as the least shared, a page's untitled first text joining the signed
#: piece printed right under it (``paragraph_pages._top_text_over_signed_stack``).
TOPIC_LEAD = 0.03
#: How many blocks after a dateline cut inside its writers' parenthesis its
#: rest may open (``paragraph_pages._dateline_rest_joined``): two stories
#: alternating in pieces put a few paragraphs between.
DATELINE_REST_REACH = 12
#: ... and a paragraph opening on a word jieba does not know (瑶绣是…), which
#: may be a cut word's second half, only on this lead.
TOPIC_LEAD_UNKNOWN_WORD = 0.06
#: Paragraphs of two stories set side by side follow strict turns when at
#: least this many of them say their story by topic, all in those turns.
SIDE_TURNS_MIN = 3
#: A signature closing a body's zone under it comes after at most so many
#: parts of its stack and label (title / 观察者说 / 某某).
SIGNED_STACK_PARTS = 2
#: Two stories' paragraphs, leads included, dealt anew in turns: at least so
#: many between the two, however the assignment shared them.
SIDE_PARAGRAPHS_MIN = 4
#: A report's one crosshead opens another piece when the text under it is
#: less similar than this to the text above it (``match.similarity``) ...
OTHER_PIECE_TOPIC = 0.1
#: ... and holds at least this share of the crosshead's words.
OTHER_PIECE_HEAD_WORDS = 0.5
#: A title with a writer's name beside it on one line holds at least this
#: many characters (a shorter first phrase is a two-phrase title's).
TITLE_BESIDE_NAME_MIN = 6
#: Lines read after a line to see whether a paragraph could run on from it,
#: and the slack (em) of a justified column's widths: compressed punctuation
#: and half-width figures make full lines differ by up to about 1 em.
FLOW_LINES = 5
FLOW_SLACK = 1.5
#: A feature's crossheads printed together under its writers are at least
#: this many lines of one shape.
BUNCHED_CROSSHEADS_MIN = 2
#: A paragraph's first line is indented about 2 em (up to 3 with compressed
#: punctuation) short of the full lines under it.
FIRST_LINE_INDENT_MAX = 3.0
#: Two lines of one paragraph in a column differ by at most this (em): a
#: first line under a headline is an indent (2 em) short of it.
SAME_WIDTH_SLACK = 0.5
#: Lines read on each side of a line for the width of its column, at most ...
COLUMN_SAMPLE = 6
#: ... within this many lines, and at least this many of them.
COLUMN_REACH = 12
COLUMN_SAMPLE_MIN = 3
#: A story whose headline is printed elsewhere opens where the column's width
#: changes at a paragraph's start (a commentary is set narrower than the news
#: around it): this many full lines read on each side, each side steady
#: within the spread (em), the two apart by at least the change (em). The
#: run of a story wrapped around a photo changes by less (measured on the
#: column pages of the development sets: 3 to 3.5 em within a story, 4 to 9
#: between stories).
COLUMN_CHANGE_LINES = 4
COLUMN_CHANGE_SPREAD = 3.0
COLUMN_CHANGE_MIN = 4.0
#: With another sign that a story begins (a headline wanting a body), sides
#: steady within this spread tell a change this small.
COLUMN_CHANGE_TIGHT = 1.0
COLUMN_CHANGE_MIN_TIGHT = 2.0
#: A paragraph's full lines are no narrower than its indented first one,
#: give or take this (em).
COLUMN_CHANGE_SLACK = 1.0
#: A page's section name printed at its top (体育, 财经, 乡村振兴) is at most
#: this long (characters).
SECTION_NAME_MAX = 4
#: ... and a series' banner of two parts (创新湖南·科技强省) at most this long a part.
BANNER_PART_MAX = 6
#: Narrower lines (em) say nothing of a column's width (a lone word, a figure).
COLUMN_LINE_MIN = 6
#: A short tail line (characters) after a longer one is the same headline piece.
HEAD_TAIL_MAX = 10
#: A headline's last word alone on a line is at most this long (characters) ...
HEAD_WORD_ALONE_MAX = 3
#: ... under a headline line at least this long.
HEAD_WORD_ALONE_AFTER = 8
#: A headline line naming a subject and nothing of it, this long (characters)
#: or longer, takes the predicate set a blank under it (…康复工作 / 取得新成效).
SUBJECT_APART_MIN = 10
#: A headline line's rest after a word cut at the break (…产业增加 / 值占比
#: 超过四成) is the same piece up to this long (characters) ...
HEAD_CUT_REST_MAX = 10
#: ... under a line at least this long (any length when set tight under it).
HEAD_CUT_REST_AFTER = 5

#: A headline left without a body cuts off the end of the story printed
#: before it when at least this share of its words are in that end ...
SPLIT_HEAD_IN_TAIL = 0.6
#: ... and it has at least this many words (a shorter one proves nothing).
SPLIT_HEAD_WORDS_MIN = 2

#: Two stacks claiming one body cut it in two when each has this share of its
#: words on its own side of the cut only, less those on the other side only.
SPLIT_CLEAN_SHARE = 0.5
#: Both signed, the stack over the body needs only this share when the other,
#: printed after the body, has at least the next share of its words in the
#: tail only (a title after its text says what that text does).
SPLIT_OVER_TITLE_AFTER_SHARE = 0.4
SPLIT_TITLE_AFTER_SHARE = 0.8
#: Two signed commentaries run together (the body opening on one's byline,
#: the other's title, label and writer printed after the text): the weaker
#: title needs only this share, and one pair of characters on its side, when
#: the other has the clean share (a commentary's title is often a figure).
SPLIT_SIGNED_PAIR_SHARE = 0.25
#: ... and at least this many pairs of its characters on its side only (种粮
#: and 收成 of 种粮要有好收成; 项目 alone of 项目“加速跑” is no proof).
SPLIT_PAIRS_ON_SIDE = 2
#: Times a page's bodies are cut so and the headlines given again.
SPLIT_ROUNDS = 3

#: A column label's words are mostly not in its story's body (a standing
#: title); a kicker's are.
LABEL_WORDS_IN_BODY = 0.5
#: ... or, printed above a longer headline line (where a label stands and a
#: kicker of a few characters hardly ever does), less than this share.
LABEL_ABOVE_WORDS_IN_BODY = 0.75
#: A line of a label's shape over a headline line is the headline's first
#: line, cut inside a word, when a word runs over the break this surely
#: (``joins.word_across``: 以开放之姿拥 / 抱世界 reads 拥抱 at 1.0; 观点速递 /
#: 给… reads 递给 at 0.8).
LABEL_CUT_WORD = 0.9
#: A label of at most this many characters set apart by a blank line may
#: share up to half its words with a story (湘江 of 湘江副刊 over a story of
#: the river's source); a longer line sharing so much is a title (茶园里的春天).
LABEL_APART_MAX = 4
LABEL_APART_WORDS_IN_BODY = 0.51
#: A label's shape over two headline pieces each this many times its length
#: is the column's name (a kicker that short heads a title alone).
LABEL_OVER_TWO_RATIO = 1.8
#: The longest series name (characters, quotes and dots aside) read as the
#: column over an undated piece's kicker and title.
STACK_LABEL_MAX = 10
#: A writer's name signed with no role: two to four characters (a surname
#: of one or two and a given name of one or two).
PEN_NAME_MIN = 2
PEN_NAME_MAX = 4
#: A speaker's name cut between the role and the verb (…负责人欧阳 / 文杰介绍，)
#: is this long whole (characters).
SPEAKER_NAME_MIN = 2
SPEAKER_NAME_MAX = 4

# --- topics --------------------------------------------------------------------
#: Within a story, paragraphs share more character pairs than this (seen >= 0.05).
TOPIC_SHIFT = 0.015
#: Characters of a story's last stretch compared with what follows it.
BODY_CONTEXT = 1200
#: Body runs looked back at for that stretch.
BODY_CONTEXT_RUNS = 12
#: A story must hold this many characters before a topic change can split it ...
TOPIC_STORY_MIN = 150
#: ... and the text after must hold this many (two paragraphs read).
TOPIC_FOLLOWING_MIN = 60
#: Lines read ahead for those two paragraphs.
TOPIC_LOOKAHEAD = 16

# --- subheads (crossheads) -----------------------------------------------------
#: Length (characters) of a crosshead between paragraphs on a column page.
SUBHEAD_MIN, SUBHEAD_MAX = 4, 18
#: ... and as few as this in a series of crossheads of one length (谋新路 … 聚人心).
SUBHEAD_SERIES_MIN = 3
#: Lines under a crosshead-like line read for the place they name (about a
#: column's first sentence): a dated report's section stays in its place.
PLACE_UNDER_LINES = 4
#: A line that repeats the story above is no crosshead of it when the text
#: after it shares less than this with that story (its headline, printed
#: after its body, and another story).
SUBHEAD_SAME_STORY = 0.05
#: Share of a short line's words in the caption above it that makes it the
#: photo's title printed under the credit.
PHOTO_TITLE_WORDS = 0.5
#: ... and the share that lets a line as long as a paragraph page's photo
#: title (``PHOTO_TITLE_MAX``) be the photo's on a column page: nearly all.
PHOTO_TITLE_WORDS_ALL = 0.8
#: Text either side of a label-shaped line this alike (match.similarity): one
#: story goes on under a crosshead, whatever its words.
CROSSHEAD_SAME_STORY = 0.1
#: Characters a story has run before a crosshead may part it.
SUBHEAD_STORY_MIN = 80
#: A crosshead's sibling (a feature's crossheads come in a series) is looked
#: for this many lines on, and is as long give or take this many characters.
CROSSHEAD_SERIES_WITHIN = 40
CROSSHEAD_SERIES_SLACK = 2
#: A crosshead wrapped at the column's width leaves at most this many
#: characters on its second line, its first at most this much narrower than
#: the story's lines (width units).
CROSSHEAD_WRAP_REST = 3
CROSSHEAD_WRAP_SHORT = 3
#: Length (characters) of a subhead on a paragraph page: as short as a phrase
#: of two words (茶园变景区), longer than a column label (湘江评论).
PARA_SUBHEAD_MIN, PARA_SUBHEAD_MAX = 5, 30
#: A crosshead of two phrases parted by a comma (一条路，打开了一扇门) is at most
#: this long (characters) ...
SERIES_CROSSHEAD_MAX = 16
#: ... and is read as one only in a series: with another of its build on the
#: page, sharing at least this many of the lengths and ends of its phrases (a
#: paragraph's first words cut at the line's end are built like no other).
SERIES_CROSSHEAD_SHARED = 2

# --- paragraph pages -----------------------------------------------------------
#: A photo or notice box stands apart by this many blank lines ...
BOX_GAP = 3
#: ... and holds one sentence of at most this many characters.
BOX_TEXT_MAX = 60
#: A headline line is at most this long (characters) when right above its
#: opener, at most this long when above another headline line.
HEAD_DIRECT_MAX = 64
#: A line of no clause printed tight under a paragraph and right over a
#: dateline is that report's headline when at least this long (characters).
HEAD_OVER_DATELINE_MIN = 6
HEAD_STACKED_MAX = 40
#: A line closed by a question mark, of no clause, is a headline's (its
#: kicker's, 某某变某某？) when at most this long (characters); a question
#: in running text is asked inside a longer paragraph.
HEAD_QUESTION_MAX = 20
#: A brief, one of a run under a label (三湘简讯), holds at most this many paragraphs.
BRIEF_PARAS_MAX = 2
#: ... and the label is at most this long (characters: 三湘简讯, 财经速递).
BRIEFS_LABEL_MAX = 6
#: A title of one or two questions right over its opener is at most this long.
QUESTION_TITLE_MAX = 20
#: A kicker over a title and its dash-led subtitle may hold a clause (驻村三年，
#: 他把村子当成了家) when at most this long: a cut paragraph's piece there is
#: read as one only when longer.
CLAUSED_KICKER_MAX = 16
#: Share of a scene-setting kicker's words (寒假刚过，某地迎来…) that the
#: lead under its title uses: its story's, not a paragraph cut before it.
SCENE_KICKER_WORDS = 0.3
#: A question under a column's label (or over it) is the piece's title, its
#: clause and mark and all, when at most this long (老旧小区改造，如何改到群众
#: 心坎上？): a commentary's title asks; a paragraph's line under a label opens
#: on a statement.
ASKED_TITLE_MAX = 24
#: A quotation over a title, clauses and all, is its kicker up to this many
#: characters (marks included) when the story quotes it again ...
QUOTED_KICKER_MAX = 24
#: ... in this many blocks under its opener.
QUOTED_KICKER_BLOCKS = 12
#: A title this short (characters) may stand under a long kicker of clauses
#: (某实验室历时8年攻关，研制出… / “耐火金刚”问世).
TITLE_UNDER_LONG_KICKER = 10
#: Two clauses of facts under a finished paragraph are a kicker (总投资120亿元，
#: 规划年产能30万辆) when at most this long (characters) ...
FACTS_KICKER_MAX = 20
#: ... over a title (on one or two lines) at most this long, ...
TITLE_UNDER_FACTS_MAX = 16
#: ... each clause at least this long.
FACTS_CLAUSE_MIN = 5
#: Entries (heading and colon) in a row that make a list under its own title.
LIST_ENTRIES_MIN = 2
#: A bare name signing the piece above it is a full name of at least this many
#: characters (a two-character one may be a headline's word).
SIGNED_NAME_MIN = 3
#: A headline's phrase printed again alone under its line (a bold overdraw)
#: is read as a copy from this many characters: a shorter one may be a label.
PHRASE_COPY_MIN = 5
#: A headline's last word left alone on a line is at most this long.
HEAD_LONE_TAIL_MAX = 3
#: A label over a dated report's title, closing the commentary above, is at
#: least this long (characters): a shorter line there is a place's kicker.
REPORT_LABEL_MIN = 4
#: A list's last item of one character after an item at least this long
#: (characters) is an item cut by the page, not a headline's short list.
LIST_ITEM_CUT_AFTER = 3
#: A block with a clause break is a cut paragraph, not a headline, when a
#: word runs over its end into a piece elsewhere this surely (``joins``).
HEAD_CUT_WORD = 0.5
#: A line this short (characters) under a line of text, completing the word
#: that line stopped in, over a line opening on a figure, is the sentence's
#: end cut before its figure (…检查检验项 / 目 / 420万项次…).
WORD_CUT_PIECE = 2
#: Headline lines taken above one opener (kicker, title and subtitle, each
#: maybe wrapped, and a "某某出席" line).
HEADS_ABOVE_MAX = 6
#: Pieces a cut story's rest may run to (the rest and whole paragraphs
#: after it) when printed between a headline and its story's opener.
REST_RUN_MAX = 3
#: A photo title above its caption is at most this long.
PHOTO_TITLE_MAX = 16
#: A photo title's subject alone on its line, over the word quoted as its
#: predicate (机器人 / “上岗”), is at most this long (characters).
LONE_SUBJECT_MAX = 4
#: ... and one closed by an exclamation (加油！) this long at most: a longer
#: line so closed is a sentence of the text.
EXCLAIMED_TITLE_MAX = 8
#: ... and one trailing off on its dots (“躺”在路边的共享……) this long.
TRAILING_TITLE_MAX = 14
#: Blocks over a line above captions read as the story it may title instead.
STORY_ABOVE_BLOCKS = 4
#: Blocks under a line below a caption read as the story it may head instead.
STORY_BELOW_BLOCKS = 16
#: A photo's title printed under its caption and credit sits this many
#: lines under the photo's last at most (the next line, or one blank on).
PHOTO_TITLE_UNDER_GAP = 2
#: ... and may top a one-line stack when it is this short (characters) and
#: shares no word with the report under it (港口繁忙, 风雨中的守护 / 某某枢纽
#: 增至8个). Kickers of a dated report this short under a photo's credit are
#: labels (代表建言) that its text names; at eight, lines that top a report as
#: its kicker come in as well.
SCENE_TITLE_MAX = 6
#: On a column page, where any headline may stand above a caption, only a
#: line this short is taken for the photo's title (春茶飘香, 灾后补种正当时,
#: 山村学校的第一堂课); at twelve, report titles come in as well.
COLUMN_PHOTO_TITLE_MAX = 10
#: ... or this long when at least this share of its words are the caption's
#: and none the story's above (then a few blank lines may part them too).
COLUMN_PHOTO_TITLE_SURE_MAX = 12
#: ... and this long when some of its words are the caption's, as many as the
#: story's or more (a stack's line is longer: a title's or subtitle's phrase).
COLUMN_PHOTO_TITLE_NAMED_MAX = 10
#: A photo's title as short as this (湘江夜色, 子弟兵驰援湖区) is no line of a
#: story's stack when its words are the caption's as much as the story's
#: (a stack's last line is longer, or a subtitle's figures and clauses).
PHOTO_TITLE_SHORT = 8
#: A zone of more headline lines than this, right over a caption, bunches the
#: headlines of several stories (its last line may be any of theirs).
BUNCHED_ZONE_MIN = 3
#: Captions a group credit (以上图片均由…) closes, or blocks a cut caption spans.
PHOTO_MAX_CAPTIONS = 6
#: Characters at most of each paragraph of a caption of several, its credit
#: included: a caption says what the picture shows in a sentence or two, a
#: story's paragraph runs longer.
CAPTION_PARAGRAPH_MAX = 80
#: A caption set to a column's width, under its photo's title, runs over at
#: most this many lines to its credit (a story's lead runs on longer).
COLUMN_CAPTION_LINES = 8
#: A caption printed with no credit beside it (its credit stands at the page's
#: top, or a group credit elsewhere) is one or two sentences of at most this
#: many characters: a story's lead opening on a day and place runs longer.
UNCREDITED_CAPTION_MAX = 120
UNCREDITED_CAPTION_SENTENCES = 2
#: ... under a photo's title of its own (and over the next item), three or four
#: sentences, as long as captions printed with their credit run.
TITLED_CAPTION_MAX = 200
TITLED_CAPTION_SENTENCES = 4
#: Headline lines (kicker, title, subtitle) between a reporters' line at the
#: page's top and the dateline under them: a dated story's stack.
TOP_REPORT_HEAD_LINES = 3
#: On a column page, such a caption's one line stands out of the columns
#: around it by at least this much (em): no line of a paragraph does.
CAPTION_WIDER_THAN_COLUMN = 3.0
#: A headline line printed away from its stack, read as a story of one line
#: with no sentence: of this many characters and lines, it joins the headline
#: of the story holding this share of its words, unless another story holds
#: more than this fraction of that.
STRAY_HEAD_MIN, STRAY_HEAD_MAX = 6, 32
STRAY_HEAD_LINES = 2
STRAY_HEAD_WORDS = 0.5
#: ... of the first characters of the story's text (its lead).
STRAY_HEAD_LEAD = 200
STRAY_HEAD_RIVAL = 0.8
#: A dated story's headline printed inside the cut of a paragraph above it:
#: at most this many lines, between the open piece and its rest.
HEAD_IN_CUT_LINES = 3
#: ... and its story's dateline within this many blocks below it.
HEAD_IN_CUT_REACH = 8
#: ... and, in a cut a word or a figure's unit runs over, it names at least
#: this share of its words in that story's lead (STRAY_HEAD_WORDS elsewhere).
HEAD_IN_CUT_WORDS = 0.3
#: A dated story's headline printed last in the stack over the dated story
#: above it: a stack of at least this many lines (two are a kicker and a title).
BUNCHED_STACK_MIN = 3
#: ... or this share, over a story signed by its reporters (a feature), whose
#: lead sets a scene before it tells what the headline names.
SIGNED_HEAD_IN_CUT_WORDS = 0.15
#: A title over a notice or an advertisement whose contact line (联系电话：…) is
#: at most this many paragraphs under it heads a piece of its own.
CONTACT_REACH = 4
#: A box's list under its title (凡是…；凡是…；凡是…。): at least this many
#: like items, at most ``LIST_ITEMS_MAX`` read, each at most this long (a
#: list's line, not a paragraph's).
LIST_ITEMS_MIN = 3
LIST_ITEMS_MAX = 12
LIST_ITEM_MAX = 40
#: An untitled story's headline between paragraphs: at most this long, and
#: sharing less than this with the story above.
UNTITLED_HEAD_MAX = 40
UNTITLED_HEAD_UNRELATED = 0.1
#: ... and either the text after it shares less than ``TOPIC_SHIFT`` with the
#: story above, or the line shares this much with the text after it (it names
#: it) while that text shares less than this with the story above.
UNTITLED_HEAD_TITLES = 0.3
UNTITLED_TOPIC_SHIFT = 0.05
#: ... or, under a dated report (seldom in sections), while that text shares
#: less than this with the report.
UNTITLED_NEWS_SHIFT = 0.15
#: A crosshead is at most this long (characters); a title may be longer.
SUBHEAD_TITLE_MAX = 11
#: Each phrase of a title and subtitle printed on one line is at least this
#: long (characters).
DECK_PHRASE_MIN = 5
#: Text printed twice: blocks at least this long are compared ...
TWIN_MIN = 12
#: ... and a column's line this long, closing a paragraph, is read once when
#: printed twice over; one of running text printed again further down the
#: page is the extraction's copy.
TWIN_LINE_MIN = 8
#: ... and a block this long may be a copy of a part of a longer block.
TWIN_PART_MIN = 20
#: Of two copies neither of which finishes an open sentence, the later is kept
#: when it shares this much more with the blocks around it (match.similarity).
TWIN_TOPIC_MARGIN = 0.05
#: Paragraphs into a byline-opened feature where its headline may stand ...
INNER_HEAD_WITHIN = 8
#: A stack of this many units (a kicker and a title over it, or a title
#: printed twice) may end on its text's first crosshead.
STACK_WITH_CROSSHEAD = 3
#: ... and one printed within this many blocks of its start is the headline
#: even when crossheads of its shape come later.
INNER_HEAD_EARLY = 2
#: ... as a whole stack on one line (phrases set apart) at least this long,
#: or as one statement at least this long (characters); shorter is a crosshead.
INNER_HEAD_STACK_MIN = 16
INNER_HEAD_TITLE_MIN = 14
#: Blocks after a line shaped as a crosshead in a byline-opened feature
#: within which a second such line makes the two a series of sections.
SECTION_SERIES_REACH = 8
#: A countdown box spans at most this many blocks or lines (距…开幕 / 还有 / 72 / 天).
COUNTDOWN_MAX_BLOCKS = 4

#: A stack's line that repeats the lines above it put together is a copy
#: drawn for a bold effect when at least this long (characters).
DOUBLED_MIN = 4

# --- the cut between two pieces ----------------------------------------------------
#: Characters at a piece's end and start compared for a cut word.
CUT_CONTEXT = 8
#: Prefix lengths of a piece's start indexed for repeated characters.
OVERLAP_MIN, OVERLAP_MAX = 2, 4
#: Evidence a cut gives that a piece goes on a tail (see ``joins``): a bare
#: figure meeting its unit; a word running over the cut, at most (its
#: cohesion, the log probability it adds, counts up to ``COHESION_CAP``); a
#: piece that cannot open a paragraph (a stop, a closing mark), or opens on a
#: particle; a figure with its unit after a tail stopped on a word; a tail
#: stopped on a comma; characters repeated over the cut.
JOIN_FIGURE_UNIT = 2.0
#: A figure cut inside its digits (201 + 9年): the page's columns break anywhere.
JOIN_DIGITS = 1.0
JOIN_WORD = 1.5
#: A name cut in two is a word run over the cut when the page prints it whole
#: this many times (``joins.name_printed_again``).
NAME_AGAIN_MIN = 2
COHESION_CAP = 4.0
#: A word jieba reads over the cut counts at least this share of a word.
WORD_READ = 0.8
JOIN_MID = 1.0
JOIN_CLAUSE = 0.8
#: How far back a tail is read for a clause opened on 是, and how far a
#: piece for a clause closing it on 的 (characters).
COPULA_FRAME_REACH = 20
#: A continuation's first paragraph this short or shorter is the rest of a
#: sentence cut on the page it jumped from: no stand-in title (characters).
JUMPED_TAIL_MAX = 16
#: Lines of a kicker handing over to its title with a dash (…—— / title),
#: under a feature's reporters' line, at most.
HANDED_KICKER_LINES = 3
#: A tail stopped on 是, which wants what its subject is (…稳中有增是 + 今年
#: 丰收的一大亮点。): no sentence stops there, as sure as a piece that opens
#: mid-sentence.
JOIN_COPULA = 1.0
#: A figure with its unit after a tail stopped on a verb or word that takes
#: one (…全年完成投资 + 860亿元, …已超过 + 300家): as sure as a figure
#: meeting its unit, though no dictionary word runs over the cut.
JOIN_FIGURE = 2.0
#: A figure's unit that fits the measure the tail stops on (面积 + 780余万亩),
#: or another measure's (捐款 + 780余万亩): evidence for or against, as much
#: as a clause's start.
JOIN_MEASURE = 1.0
JOIN_COMMA = 0.3
JOIN_OVERLAP = 1.0
#: A tail that leaves a bracket or quote open, and a piece that closes it
#: within a few characters (a dateline's reporters: …（全媒体记者 + 张三 通讯员
#: 李四）…): evidence for the pair.
JOIN_CLOSES = 1.5
CLOSES_WITHIN = 30
#: What a piece is worth as a paragraph of its own, against going on an open
#: tail: a plain opening, and one on a figure with its unit (a paragraph may
#: open so: 6个重点项目…).
STAND_PLAIN = 0.35
STAND_FIGURE = 0.2
#: A tail stopped mid-sentence is running text when it is at least this long
#: or holds punctuation (a headline or label left among paragraphs is not).
TAIL_TEXT_MIN = 20

# --- assignment (paragraph pages) ------------------------------------------------
#: What each feature of a piece's assignment to a story is worth (see
#: ``assignment.FEATURES``), fitted by ``tools/fit_assignment.py`` on the
#: read development sets and the seeds (its docstring has the command):
ASSIGN_WEIGHTS = {
    # words it shares with the story's headline, its first piece, and the
    # piece before it in the story (cosine of rarity-weighted words, 0..1)
    "headline": 26.65,
    "lead": 62.11,
    "coherence": 21.38,
    # after an open tail: the evidence at the cut (``join_evidence``), what the
    # piece is worth as a paragraph of its own, a piece that cannot go on it
    "join": 12.29,
    "alone": 15.24,
    "cannot_join": -0.69,
    # after a finished paragraph, or as the story's first: a piece that
    # starts on a stop or closing mark, a unit, a function word, a character
    # jieba makes no word of (half a word, or a name jieba does not know)
    "opens_mid": -3.70,
    "opens_unit": -8.04,
    "opens_clause": -0.55,
    "opens_fragment": -6.58,
    # given to another story than the one opened last above it: each piece,
    # and each run as it begins
    "astray": -6.53,
    "switch": -0.92,
    # a story's pieces printed above its opener (once a story)
    "early": -7.52,
    # stories left on an open sentence at the page's end
    "unfinished": -2.81,
    # a piece printed right after the one before it in its story, or so
    # many pieces apart (log(1 + pieces between))
    "adjacent": 5.28,
    "apart": -2.92,
    # how likely the piece's first word opens a paragraph (``opening_odds``),
    # after an open tail and after a finished paragraph
    "odds_after_open": -1.48,
    "odds_after_closed": 1.73,
    # the first piece printed under a story's opener given to another story
    "lead_astray": -19.87,
    # a run given to another story (printed below its opener, or above it)
    # that begins a paragraph of its own, its story's last piece finished
    "astray_after_closed": -2.92,
    "early_after_closed": 3.40,
    # a piece that repeats the last characters of the finished paragraph
    # before it and goes on (…使命任务。 / 务。全省…)
    "repeats_end": 10.55,
    # a paragraph of its own after a piece of its story left on an open
    # sentence, and a later piece read into that sentence (both once)
    "leave_open": -3.55,
    "fill": -18.18,
    # the first of a story's pieces printed above its opener, a reporters' line
    # closing a story standing between (the story's own sign-off)
    "early_signed": 0.00,
    # a headline of a story opened by nothing else, one crosshead long, read
    # as a crosshead of another story's text printed around it
    "absorbed": 8.40,
    # words it shares with the piece before that one in the story
    "coherence_earlier": 23.41,
    # a run given to a story whose dated first paragraph stands alone right
    # above the next story's (two stories set side by side, read across)
    "read_across": 4.96,
    # the story the piece talks of most, clearly (``ASSIGN_TOPIC_MARGIN``)
    "topical": 4.83,
    # a crosshead's line given to a dated report (features run in sections,
    # dated reports seldom do)
    "crosshead_dated": -12.37,
    # a paragraph of a parallel series (开局，要… / 稳，是…) given to the story
    # its series' first paragraph opens in (set by hand: the series is rarer
    # than the sets the fit reads; it outweighs one piece astray)
    "series": 9.00,
    # a piece given back to the page's flow right after the rest of a cut
    # sentence printed in it went to the story it finishes (set by hand: the
    # paper prints that story's next paragraphs after its rest)
    "returns": -2.00,
    # a piece printed between an interview's question and its answer, given
    # to the interview (set by hand: an answer follows its question at once)
    "between_turns": -30.00,
    # a paragraph opening on whom it quotes (某某介绍，…) given to the one story
    # whose headline or text, as the layout gives it, names that person (set by
    # hand, as ``series``: it outweighs a run of other stories printed between)
    "speaker": 9.00,
    # a numbered list's item (一、…) read in the story of the piece printed
    # right above it, the list's lead-in (…如下：) or the item before (set by
    # hand: a list is printed whole, whatever words its items share elsewhere)
    "listed": 20.00,
}
#: How many lines under a crosshead numbered one (一、…) the one numbered
#: two is sought in: a section runs a few paragraphs of a column's lines.
SECTION_SEARCH_LINES = 60
#: Blocks above a photo group's title read for the story a lead under it
#: may belong to (a paragraph under a crosshead talks of its story).
CAPTION_LEAD_CONTEXT = 4
#: Distinct frontiers kept while the page is read, and besides them at most
#: this many that leave a sentence open for a later piece.
ASSIGN_BEAM = 32
ASSIGN_BEAM_OPEN = 8
#: What a paragraph quoting an office's spokesman (某局有关负责人介绍，…) is
#: worth to the one story whose lead names that office, or one saying what a
#: meeting asked (会议要求，…) to the one story reporting a meeting, as a share
#: of ``speaker``: an office or a meeting is quoted in more stories than a
#: person is.
BODY_SPEAKER_SHARE = 0.5
#: A piece may go to the stories opened nearest above it (this many), the
#: one opened right under it, and the stories it talks of most (this many);
#: any other only to finish a sentence left open or to go on its run.
ASSIGN_REACH_FLOW = 2
ASSIGN_REACH_TOPIC = 2
#: A piece fills a sentence its story left open only on this much evidence at
#: the cut (``join_evidence``: a word run over it, a figure and its unit).
ASSIGN_FILL_MIN = 1.0
#: On a column page, a story cut by the next one's dateline goes on after a
#: stretch of that story: looked for within this many lines, and only where
#: the next story's sentence goes on later with this much evidence (a word
#: or a figure's unit across the cut, ``join_evidence``).
WAITING_REST_LINES = 30
WAITING_REST_EVIDENCE = 1.5
#: A story cut mid-sentence at its column's foot, a piece of another width
#: printed under it (a short commentary, its stack after its text): the
#: sentence's rest is looked for within this many lines.
CUT_REST_REACH = 80
#: A photo's title printed inside a sentence (paragraph pages) is moved over
#: a caption at most this many blocks further down.
TITLE_IN_TEXT_REACH = 8
#: A piece talks of one story clearly when what it shares with that story's
#: headline and first piece is this many times what it shares with any other.
ASSIGN_TOPIC_MARGIN = 3.0
#: An essay's one-line title printed under its writer's 文丨 line is at most
#: this share of the width of the text under it.
TITLE_UNDER_WRITER_WIDTH = 0.7
#: A commentary opening on a report's headline quotes a phrase of it at least
#: this long within its first this many characters.
QUOTED_HEADLINE_MIN = 6
QUOTED_HEADLINE_REACH = 40

# --- page extras ---------------------------------------------------------------
#: Swept text stays under this share of a page's characters (tested).
SWEPT_SHARE_MAX = 0.01


#: A caption runs over at most this many column-width lines above the line
#: that holds its credit (two or three sentences, set in a narrow column).
CAPTION_LINES_ABOVE = 5
#: ... or, of two sentences, the second set apart as a paragraph (4月18日，… /
#: …水带。 / 演练模拟…), at most this many, ...
CAPTION_LINES_ABOVE_MOST = 9
#: ... the finished sentences inside it at most these.
CAPTION_SENTENCES_APART = 1

#: An open paragraph's piece printed a few blocks on (at most this many) that
#: cannot open a paragraph and joins it with this much evidence: what stands
#: between is another story printed into the cut.
RESUMED_WITHIN = 4
RESUMED_LATER = 1.0

#: Lines running into the next story's dateline unfinished, this many of
#: them holding a clause break (，、；) inside: a paragraph cut before the next
#: story's headline stack, not a stack (a headline line seldom holds one).
CUT_PARAGRAPH_CLAUSE_LINES = 2
#: A feature's crossheads of one build (起步：… / 突破：…): at least this
#: many in a piece make a series that a lone one of the build elsewhere joins.
SERIES_CROSSHEADS_MIN = 2

#: A headline stack printed into a cut paragraph, over its story's dateline
#: or the rest of the sentence: at most this many lines (a kicker, a title
#: wrapped once, a subtitle or who attended; or two stories' stacks bunched,
#: a title's last word wrapped alone).
STACK_IN_CUT_LINES = 5
#: A stack printed into a sentence that goes on right under it (…关门或 /
#: stack / 转型。…): at least this many lines, a lone short line being as
#: likely a wrapped word or a box's.
STACK_INTO_SENTENCE_LINES = 2
#: ... the sentence's rest under it, a line of its last words, no clause
#: and a stop (了150元。): at most this many characters.
SENTENCE_REST_MAX = 10
#: Characters of a sentence's last words printed alone (…享受到政策 / 红利。):
#: no paragraph is a word and its stop.
LAST_WORDS_MAX = 4
#: ... its first line at least this long (characters): shorter, it is a
#: word wrapped from the line above (a credit's 摄).
STACK_IN_CUT_MIN_CHARS = 4
#: ... one line alone printed between a figure and its unit (…85 万 / title /
#: 标箱。) is a title at least this long (characters): a wrapped word is shorter.
TITLE_IN_FIGURE_MIN = 8
#: A headline's last word wrapped alone onto a line of its own that reads
#: like a name (向北流): at most this long (characters), a name's length.
WRAPPED_WORD_MAX = 3

#: A column page's first line read as a title over the text under it is at
#: least this long (a shorter one is a label's or a box's).
PAGE_TITLE_MIN = 6

#: A poem under its byline: at least this many short lines in a row ...
VERSE_MIN_LINES = 5
#: ... each at most this long (characters); prose paragraphs run longer.
VERSE_LINE_MAX = 20
#: Lines of a poem that hold a pause (，、；): at most this many, where a
#: narrow column's prose has one in most lines.
VERSE_PAUSED_LINES_MAX = 1
#: A poem's title over its verse, signed at its foot, is at least this long
#: (characters): a shorter line there is a column's label (诗歌, 百家), and a
#: poem titled in two characters (雪夜) is left as the rules before read it.
VERSE_TITLE_MIN = 3
#: The longest line (characters) whose list's pause (、) may be a headline's.
HEAD_LIST_MAX = 12
#: The fewest short lines over a paragraph read as a stack by their widths
#: alone (two may be a paragraph's last line and a one-line paragraph).
SHORT_STACK_MIN_LINES = 3
#: The fewest lines of a box of figures under its title (a results table):
#: fewer are a headline's lines.
TABLE_MIN_LINES = 6
#: A weekly's name (理论周刊) within this many lines of the page's top or
#: foot is the page's banner; further in, the column of the piece under it.
BANNER_REACH_LINES = 3
#: The longest entry (characters) of a list under its title (…获奖名单): a
#: unit's name and where it is; longer is a paragraph of prose.
LIST_ENTRY_MAX = 30
#: A list of units under its title (…驻某村帮扶工作队 a line): at least this
#: many entries ending on the same last ``LIST_ENDING`` character (村, 队) ...
LIST_ALIKE_MIN = 4
LIST_ENDING = 1
#: ... an entry's last characters wrapped alone onto a line of at most this many.
ENTRY_REST_MAX = 3
#: A framed word over a list's title (名 单): at most this many characters.
FRAMED_WORD_MAX = 4
#: A poem under a bare name whose title does not say it is verse, its lines
#: maybe of one width: at least this many lines, more than any stack holds.
VERSE_EVEN_MIN_LINES = 10
#: ... or this many, when no line of the run bears a mark of punctuation:
#: prose runs a sentence's clauses over a narrow column's lines.
VERSE_BARE_MIN_LINES = 5
#: A poem printed before its title and poet (column pages): at least this many
#: lines, more than a bunch of headline stacks over a commentary's title holds.
VERSE_BEFORE_TITLE_MIN = 8
#: A list of people (a notice's candidates: 某某（单位）, 某某，男，…): at
#: least this many entries in a row, each at most this long (characters).
NAME_LIST_MIN = 3
NAME_LIST_ITEM_MAX = 40
#: A notice's issuer, signing on its own line over the day (characters).
ISSUER_MAX = 20
#: A name the cut between two stories' pieces joins (…长沙 / 县委…, 长沙县),
#: printed again in the story it belongs to: at least this long, and each
#: side of the cut at most this long (characters).
NAME_CUT_MIN = 3
NAME_CUT_SIDE_MAX = 4
#: The most issuers a notice signs with, a line each over its day (a notice
#: issued jointly by two or three offices).
ISSUERS_MAX = 3
#: A notice's issuer signs it within this many blocks under its title (on
#: a paragraph page a notice holds a paragraph or two).
NOTICE_TEXT_BLOCKS = 3
#: The fewest characters of an issuer a notice's title names first (某某协会).
ISSUER_MIN = 4
#: Characters at most of a dash-led line saying who spoke the quotation above
#: it (——网友“某某”, ——某某县村民 某某): longer, a subtitle's sentence.
ATTRIBUTION_MAX = 16
#: Of two stacks claiming one body, a title signed right under it (a
#: commentary's) keeps the body when its evidence is at least this share of
#: the other's: a signature says the title heads a body; words shared only
#: say which.
SIGNED_CLAIM_SHARE = 0.5
#: Characters at most of a series' or column's name printed over a kicker
#: that hands over to its title with a dash (乡村振兴看洞庭 / …——).
SERIES_LABEL_MAX = 12

#: A commentary prints no kicker: a first phrase of at most this many
#: characters (quotes aside) read as one over its title is the title's first
#: phrase, set on its own line (险情当前 / 党员干部要站在最前面).
COMMENTARY_FIRST_PHRASE_MAX = 6
#: A commentary's title runs to this many characters or fewer half the time
#: (the median over the development corpus): two headline lines over a
#: commentary that make no more, joined, are its title wrapped (园区要算好 /
#: “亩产”这本账); two that make more and read as two statements are two
#: stories' headlines.
COMMENTARY_TITLE_MAX = 12
#: Two headline lines of about one length (a character apart at most), neither
#: longer than this, are one commentary title's two halves (守好乡村的学校 /
#: 乡村老师有奔头), as a couplet title's are.
COMMENTARY_HALF_MAX = 8
#: How much more of a headline piece's words a headless report's text must
#: hold than the commentary that took it (shares of the piece's words) for
#: the piece to be the report's.
REPORT_HEAD_LEAD = 0.3
#: A line at an end of a report's stack that holds few of its story's words
#: goes to a report with no headline whose text holds at least this share of
#: the line's words (headlines bunched over the first story).
BUNCHED_HEAD_WORDS = 0.5
#: ... when its own story holds at most this share of its words (common
#: words: 部署, 安全) ...
BUNCHED_OWN_WORDS = 0.5
#: ... and the other report this much more of them at least.
BUNCHED_LEAD = 0.5
#: ... or, for the stack's top line and the report printed right above it
#: (its headline printed under its text, bunched with the next story's),
#: this share of the line's words, and this much more than its own story.
BUNCHED_ABOVE_WORDS = 0.3
BUNCHED_ABOVE_LEAD = 0.25
#: Headline stacks printed together away from their stories, dealt to the
#: stories with none (``regroup._bunch_dealt_to_headless``): at least this
#: many lines, dealt to at least this many stories, a story taking at most
#: this many lines.
BUNCH_LINES_MIN = 3
BUNCH_STORIES_MIN = 3
BUNCH_STACK_LINES = 4
#: A dated story's stack printed over the last of its text: the "story" the
#: stack opened holds at most this many paragraphs
#: (``paragraph_pages._stack_over_dated_rest``).
STACK_OVER_REST_PARAS = 2
#: Under a whole title of the story read, right over a caption, a phrase this
#: short (characters: 清凉一夏, 湘江边的晨练) is the photo's title; a longer
#: line there is a stack's second piece (…现场会召开 / 确保秋粮颗粒归仓).
PHOTO_TITLE_UNDER_TITLE_MAX = 6

#: A run of briefs under its section's name (简讯, 快讯) on a paragraph page:
#: at least this many titled items ...
BRIEFS_MIN = 2
#: ... each title at most this long (characters; a notice's runs longest) ...
BRIEF_TITLE_MAX = 24
#: ... over one paragraph of this many characters (a brief is a few
#: sentences: shorter is a caption's or a line's, longer a story's).
BRIEF_TEXT_MIN = 40
BRIEF_TEXT_MAX = 400
#: A line of a column page this long, a finished sentence under a briefs' name,
#: is a one-line brief of a strip across the page (column lines are shorter).
ONE_LINE_BRIEF_MIN = 24

#: Characters at most of each phrase of a photo's title of two like phrases
#: printed on two lines (麦浪翻金 / 抢收正忙).
COUPLET_PHRASE_MAX = 6
#: Each of the two lines of a photo's short title wrapped in its frame at most
#: this long (扶贫车间 / 赶订单).
WRAPPED_TITLE_PIECE_MAX = 4
#: ... the second at least this long.
WRAPPED_TITLE_TAIL_MIN = 3

#: Of two dated reports alternating in pieces at paragraph ends, a
#: paragraph inside the second goes back to the first when its likeness to
#: the first's paragraphs (``regroup._likeness``: over its pairs of
#: characters, the share of the story's paragraphs using each, over the
#: number of the page's stories using it, summed) is at least this ...
OTHER_STORY_LIKENESS_MIN = 2.0
#: ... and this many times its likeness to the rest of its own report.
OTHER_STORY_LIKENESS_RATIO = 2.5
#: Paragraphs at least of the second report (its lead, a run to give back,
#: and some of its own to weigh the run against).
OTHER_STORY_PARAS_MIN = 3

#: Rows of figures at least under a panel's name (数据 / …): fewer are a
#: line of text that happens to follow such a word.
PANEL_ROWS_MIN = 2

#: A byline's name printed a character or two a line under its role (湖南日报
#: 全媒体记者 / 刘 / 勇): at most this many lines of it.
NAME_PIECES_MAX = 3
#: ... and its names and roles, cut inside a name, a few characters a line
#: (肖 / 军 通讯员 / 曹 / 玲): at most this many lines, each at most this many
#: characters (a name and a role: 军通讯员; a name and 报道: 禹琳报道).
BYLINE_PIECES_MAX = 6
BYLINE_PIECE_MAX = 6
#: A writer's sign printed alone over a name cut a character a line (文丨 /
#: 周 / 晓 / 阳): at most this many characters.
SIGN_ALONE_MAX = 3
#: ... and a letter's place and standing over it (长沙市民): at most this many.
SIGN_PLACE_MAX = 8
#: The lines over and under such a run hold at least this many characters:
#: text printed down a narrow column, a few characters a line (曾 / 国 / 安 /
#: 说，), spells no name.
NAME_NEIGHBOUR_MIN = 4
#: A question's last words set alone under a title's first line (全运会之后
#: / 看什么): at most this many characters; a title of its own is longer.
QUESTION_TAIL_MAX = 4
#: A title with its writer's name after it, cut after the surname (让班列
#: 跑得更满 曾 / 鹏飞): at least this many characters before the name.
TITLE_ON_NAME_MIN = 5

#: A box of figures may be named in two characters over its title (数读):
#: shorter than any other column label.
BOX_LABEL_CHARS = 2

#: A dated report's headline printed inside its text, in a sentence
#: (``column_pages._headline_inside_own_text``): characters of its line ...
INNER_TITLE_MIN = 8
INNER_TITLE_MAX = 30
#: ... its width off the column's by at least this (em), when not printed twice ...
INNER_TITLE_WIDTH_OFF = 1.5
#: ... and at least this share of its words found in the report's other text.
INNER_TITLE_WORDS_IN_TEXT = 0.6

#: A stack's piece that another report's lead restates word for word is
#: that report's title when at least this long (characters): shorter
#: phrases recur in many leads.
RESTATED_TITLE_MIN = 10

#: A line of this many phrases set apart, no clause among them, is a whole
#: stack (kicker, title, subtitle) however it was read (paragraph pages).
STACK_PHRASES_ALONE = 3

#: A sentence cut before its figure goes on past two lines of no clause
#: printed into it when the figure reads on it with at least this evidence
#: (``join_evidence``) and neither line does (column pages).
STACK_FIGURE_RESUMES = 2.5
#: ... and less than this between the sentence and the first line, and
#: between the second line and the figure (none, but for rounding).
NO_EVIDENCE = 0.5

#: Share of a title's words its photos' captions must use for the title and
#: lead read as a story right over an untitled group of photos to be the
#: group's own (秋到洞庭 候鸟先至 over …东洞庭湖…观测候鸟).
PHOTO_STORY_TITLE_WORDS = 0.5


#: A title printed between the pieces of another story's cut sentence, on a
#: paragraph page (``regroup._title_printed_in_cut``): as long as a one-line
#: report's title.
CUT_TITLE_MIN = 6
CUT_TITLE_MAX = 24
#: ... and the share of its words the headless story it heads uses, at the
#: least (a report cut to another page may show few of them here), more
#: than the story it was printed into.
CUT_TITLE_WORDS = 0.25


#: A caption of a group of photos printed one paragraph a line, over the
#: group's credit (``regroup._group_photo_over_its_credit``): a sentence or
#: two, no paragraph of a story's.
GROUP_CAPTION_MAX = 60


#: Lines a headline stack under a reporters' line may run before its own
#: writer's line (column name, kicker, title, name:
#: ``column_pages._stack_signed_below``).
SIGNED_STACK_REACH = 4


#: A title may ask this many short questions at most (某某怎么改？钱从哪里来？).
TITLE_QUESTIONS_MAX = 3


#: Lines of no clause over a title drawn twice on its line that are read as
#: that stack's headlines (``column_pages._drawn_twice_in_reach``): a
#: kicker, a title and another story's bunched stack at the most.
DOUBLED_TITLE_REACH = 4


#: A line right between an untitled caption and a dateline, none of the
#: caption's words in it, heads the dated report when this share of its
#: words is in the report's first lines (``ColumnReader._title_under``).
DATED_TITLE_OVER_CAPTION_WORDS = 0.5
