"""Pick an issue by date: type to filter, Enter to open."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from ...corpus.fold import fold_aligned as fold


class IssuePicker(ModalScreen[int | None]):
    """Every issue, newest first, with weekday and article count; dismisses with its index."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Close", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("up", "move(-1)", "Up", show=False),
        Binding("pagedown", "move(10)", "Page down", show=False),
        Binding("pageup", "move(-10)", "Page up", show=False),
    ]

    def __init__(self, summaries: Sequence[str], keys: Sequence[str], current: int) -> None:
        super().__init__()
        self.summaries = list(summaries)
        self.keys = [fold(k) for k in keys]
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box") as box:
            box.border_title = f"选择一期 · {len(self.summaries)}期"
            box.border_subtitle = "输入日期筛选  Enter 打开  Esc 关闭"
            yield Input(placeholder="2024-03, 20240309, 3月9日, 星期六…", id="picker-filter")
            yield OptionList(markup=False, id="picker-list")

    def on_mount(self) -> None:
        self._fill("")

    def _fill(self, text: str) -> None:
        words = fold(text).split()
        order = range(len(self.summaries) - 1, -1, -1)  # newest first
        options = [
            Option(Content(self.summaries[i]), id=str(i))
            for i in order
            if all(w in self.keys[i] or w in self.summaries[i] for w in words)
        ]
        listing = self.query_one(OptionList)
        listing.set_options(options)
        listing.border_subtitle = f"{len(options)}"
        ids = [o.id for o in options]
        listing.highlighted = (
            ids.index(str(self.current)) if str(self.current) in ids else (0 if options else None)
        )
        if listing.highlighted is not None:
            listing.scroll_to_highlight()

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted)
    def _submit(self) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is not None:
            self.dismiss(int(listing.options[listing.highlighted].id or 0))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))

    def action_move(self, step: int) -> None:
        listing = self.query_one(OptionList)
        if listing.option_count:
            now = listing.highlighted or 0
            listing.highlighted = min(max(now + step, 0), listing.option_count - 1)
