"""The help screen, generated from the bindings in force (Textual's public API)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.keys import key_to_character
from textual.screen import ModalScreen
from textual.widgets import Static

from ...i18n import t
from ..commands import BY_ACTION, COMMANDS, PAGER, Group, pager_bindings

Row = tuple[str, str, str]  # group label, keys, description


def key_label(app: Any, binding: Binding) -> str:
    """How a key reads: ``/``, ``ctrl+p``, ``、`` rather than its Unicode name."""
    display = app.get_key_display(binding)
    char = key_to_character(binding.key)
    if len(display) > 3 and char and not char.isspace():
        display = char
    return display


def binding_rows(app: Any, active: Mapping[str, ActiveBinding]) -> list[Row]:
    """One row per command, in the order commands are defined, with the keys
    bound to it now (keymap overrides included); then the pager keys."""
    keys: dict[str, list[str]] = {}
    for active_binding in active.values():
        binding = active_binding.binding
        # System keys (Ctrl-C to quit) stay off the help, as in Textual's own.
        if binding.action in BY_ACTION and not binding.system:
            shown = key_label(app, binding)
            if shown not in keys.setdefault(binding.action, []):
                keys[binding.action].append(shown)
    rows: list[Row] = []
    for group in Group:
        for command in COMMANDS:
            if command.group is group and command.action in keys:
                rows.append((group.label, " ".join(keys[command.action]), command.help))
        if group is Group.PAGER:
            for key in PAGER:
                shown = " ".join(key_label(app, Binding(k, "")) for k in key.keys.split(","))
                rows.append((group.label, shown, key.label))
    return rows


def render_rows(rows: Iterable[Row]) -> Content:
    """The rows laid out under group headings."""
    rows = list(rows)
    width = max((len(keys) for _, keys, _ in rows), default=4) + 2
    parts: list[Content] = []
    for group in dict.fromkeys(group for group, _, _ in rows):
        if parts:
            parts.append(Content("\n"))
        parts.append(Content.styled(group, "bold $reader-accent"))
        for g, keys, text in rows:
            if g == group:
                parts += [Content("\n  "), Content.styled(keys.ljust(width), "bold"), Content(text)]
    return Content.assemble(*parts)


class HelpScreen(ModalScreen[None]):
    """Every key the reader answers to, read from the live bindings."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "dismiss", t("key.close"), show=False),
        *pager_bindings({"down": "scroll('down')", "up": "scroll('up')"}),
    ]

    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = t("help.title")
            box.border_subtitle = t("help.close")
            yield Static(render_rows(self.rows), id="help-text")

    def action_scroll(self, direction: str) -> None:
        box = self.query_one(VerticalScroll)
        box.scroll_down() if direction == "down" else box.scroll_up()
