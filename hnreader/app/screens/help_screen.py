"""The help screen, generated from the bindings actually in force."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.keys import key_to_character
from textual.screen import ModalScreen
from textual.widgets import Static

from ..commands import BY_ACTION

Row = tuple[str, str, str]  # group, keys, description


def binding_rows(app: Any, nodes: Iterable[tuple[str, DOMNode]]) -> list[Row]:
    """One row per (group, action) over the given nodes' bindings, keys merged."""
    rows: dict[tuple[str, str], tuple[list[str], str]] = {}
    for default_group, node in nodes:
        for _key, binding in node._bindings:
            if not isinstance(binding, Binding) or binding.system:
                continue
            command = BY_ACTION.get(binding.action)
            group = command.group if command else default_group
            text = command.help if command else binding.description or binding.action
            keys, _ = rows.setdefault((group, binding.action), ([], text))
            display = app.get_key_display(binding)
            char = key_to_character(binding.key)
            if len(display) > 3 and char and not char.isspace():
                display = char  # e.g. 、 rather than its Unicode name
            if display not in keys:
                keys.append(display)
    return [(group, " ".join(keys), text) for (group, _), (keys, text) in rows.items()]


def render_rows(rows: list[Row]) -> Content:
    """The rows laid out under group headings."""
    width = max((len(keys) for _, keys, _ in rows), default=4) + 2
    parts: list[Content] = []
    groups = list(dict.fromkeys(group for group, _, _ in rows))
    for group in groups:
        if parts:
            parts.append(Content("\n"))
        parts.append(Content.styled(group, "bold $text-accent"))
        for g, keys, text in rows:
            if g == group:
                parts += [Content("\n  "), Content.styled(keys.ljust(width), "bold"), Content(text)]
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """Every key the reader answers to, read from the live bindings."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", "Close", show=False),
        Binding("j", "scroll('down')", "Down", show=False),
        Binding("k", "scroll('up')", "Up", show=False),
    ]

    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "帮助 · Keys"
            box.border_subtitle = "Esc 关闭"
            yield Static(render_rows(self.rows), id="help-text")

    def action_scroll(self, direction: str) -> None:
        box = self.query_one(VerticalScroll)
        box.scroll_down() if direction == "down" else box.scroll_up()
