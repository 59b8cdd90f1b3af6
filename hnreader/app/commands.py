"""Every reader command defined once: its action, keys, label and help.

The main screen's bindings, the footer, the help screen and the command palette
are all generated from ``COMMANDS``.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding


@dataclass(frozen=True, slots=True)
class Command:
    """A reader command.

    ``action`` names an ``action_*`` method of the main screen; ``keys`` is a
    Textual key list ("" for palette-only commands); ``show`` puts it in the footer.
    """

    action: str
    keys: str
    label: str
    help: str
    group: str
    show: bool = False
    palette: bool = True
    key_display: str | None = None


COMMANDS: tuple[Command, ...] = (
    Command(
        "search",
        "slash,ideographic_comma",
        "Search",
        "Search every issue as you type (、 works too, for Chinese input methods)",
        "Search",
        show=True,
    ),
    Command("next_match", "n", "Next match", "Go to the next match in the article", "Search"),
    Command(
        "prev_match", "N", "Previous match", "Go to the previous match in the article", "Search"
    ),
    Command(
        "back",
        "escape",
        "Back",
        "Back out one level (search bar, results, reading pane)",
        "Search",
        palette=False,
    ),
    Command(
        "prev_issue",
        "left_square_bracket",
        "Previous issue",
        "Previous issue, same page when it exists",
        "Issues",
        show=True,
    ),
    Command(
        "next_issue",
        "right_square_bracket",
        "Next issue",
        "Next issue, same page when it exists",
        "Issues",
        show=True,
    ),
    Command(
        "prev_page",
        "left_curly_bracket",
        "Previous page",
        "Previous page",
        "Issues",
    ),
    Command("next_page", "right_curly_bracket", "Next page", "Next page", "Issues"),
    Command("pick_issue", "d", "Issues…", "Pick an issue by date", "Issues", show=True),
    Command("newest_issue", "t", "Newest issue", "Go to the newest issue", "Issues"),
    Command("jump_issue", "", "Jump to issue…", "Find an issue by date in the palette", "Issues"),
    Command(
        "jump_article",
        "",
        "Jump to article…",
        "Find an article by headline in the palette",
        "Articles",
    ),
    Command(
        "follow_link",
        "o",
        "Open continued part",
        "Open the other half of a continued story (下转/上接)",
        "Articles",
    ),
    Command(
        "toggle_bookmark",
        "b",
        "Bookmark",
        "Bookmark or unbookmark the article",
        "Articles",
        show=True,
    ),
    Command("bookmarks", "B", "Bookmarks…", "Show bookmarked articles", "Articles"),
    Command("copy", "c", "Copy", "Copy the article with a citation line", "Articles"),
    Command("raw", "r", "Raw page", "Show the raw page text behind the article", "Articles"),
    Command(
        "reporter",
        "a",
        "Reporter…",
        "A reporter of the article: their pieces, trend, places and topics",
        "Articles",
    ),
    Command("help", "question_mark", "Help", "Show the keys", "App", show=True),
    Command("quit", "q", "Quit", "Quit the reader", "App", show=True),
)

BY_ACTION = {c.action: c for c in COMMANDS}


def bindings() -> list[Binding]:
    """Bindings for every command with keys."""
    return [
        Binding(c.keys, c.action, c.label, show=c.show, key_display=c.key_display, id=c.action)
        for c in COMMANDS
        if c.keys
    ]
