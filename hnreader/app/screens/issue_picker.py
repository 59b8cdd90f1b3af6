"""Pick an issue by date: type to filter, Enter to open; a date not loaded
offers the nearest issues before and after it."""

from __future__ import annotations

import datetime as dt
import re
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
from ...i18n import t
from ..display import MUTED

_DATE = re.compile(r"^\s*(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})\s*日?\s*$")


def typed_date(text: str) -> dt.date | None:
    """A full date as a reader types it: 2024-03-09, 20240309, 2024/3/9, 2024年3月9日."""
    match = _DATE.match(text)
    if not match:
        return None
    try:
        return dt.date(*(int(g) for g in match.groups()))
    except ValueError:
        return None


def nearest(dates: Sequence[dt.date | None], wanted: dt.date) -> tuple[int | None, int | None]:
    """Indexes of the latest issue before ``wanted`` and the earliest after it."""
    before = [(d, n) for n, d in enumerate(dates) if d and d < wanted]
    after = [(d, n) for n, d in enumerate(dates) if d and d > wanted]
    return (max(before)[1] if before else None, min(after)[1] if after else None)


class IssuePicker(ModalScreen[int | None]):
    """Every issue, newest first, with weekday, counts and unread; dismisses with its index."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", t("key.close"), show=False),
        Binding("down", "move(1)", t("key.down"), show=False),
        Binding("up", "move(-1)", t("key.up"), show=False),
        Binding("pagedown", "move(10)", t("key.page_down"), show=False),
        Binding("pageup", "move(-10)", t("key.page_up"), show=False),
    ]

    def __init__(
        self,
        summaries: Sequence[str],
        keys: Sequence[str],
        current: int,
        dates: Sequence[dt.date | None] = (),
    ) -> None:
        super().__init__()
        self.summaries = list(summaries)
        self.keys = [fold(k) for k in keys]
        self.current = current
        self.dates = list(dates) or [None] * len(self.summaries)

    def compose(self) -> ComposeResult:
        with Vertical(id="picker-box") as box:
            box.border_title = t("picker.title", n=len(self.summaries))
            box.border_subtitle = t("picker.hint")
            yield Input(placeholder=t("picker.placeholder"), id="picker-filter")
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
        wanted = typed_date(text) if not options else None
        if wanted is not None:
            options = self._nearest(wanted)
        listing = self.query_one(OptionList)
        listing.set_options(options)
        listing.border_subtitle = f"{sum(not o.disabled for o in options)}"
        ids = [o.id for o in options if not o.disabled]
        if str(self.current) in ids:
            listing.highlighted = next(
                n for n, o in enumerate(options) if o.id == str(self.current)
            )
        else:
            listing.highlighted = next((n for n, o in enumerate(options) if not o.disabled), None)
        if listing.highlighted is not None:
            listing.scroll_to_highlight()

    def _nearest(self, wanted: dt.date) -> list[Option]:
        before, after = nearest(self.dates, wanted)
        options = [
            Option(Content.styled(t("picker.none", date=wanted.isoformat()), MUTED), disabled=True)
        ]
        if before is not None:
            options.append(
                Option(Content(t("picker.before", summary=self.summaries[before])), id=str(before))
            )
        if after is not None:
            options.append(
                Option(Content(t("picker.after", summary=self.summaries[after])), id=str(after))
            )
        return options

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted)
    def _submit(self) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is not None:
            option = listing.options[listing.highlighted]
            if not option.disabled and option.id is not None:
                self.dismiss(int(option.id))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            self.dismiss(int(event.option.id))

    def action_move(self, step: int) -> None:
        listing = self.query_one(OptionList)
        if listing.option_count:
            now = listing.highlighted or 0
            listing.highlighted = min(max(now + step, 0), listing.option_count - 1)
