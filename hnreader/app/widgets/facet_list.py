"""Facet lists beside the search results: who, where, which column, page and kind.

One option list: the chosen values first, then under a heading per facet its
most frequent values among the results with their counts. Choosing a value
(Enter or click) asks for the results to be narrowed to it; the screen keeps
the choices and undoes the last one on Escape.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ...analysis.facets import Choice, Facet, label
from ...i18n import t

_SEP = "\x1f"  # between facet and value in an option id: never in newspaper text


class FacetList(OptionList):
    """Counts by facet; reports the value chosen."""

    class Chosen(Message):
        """The reader chose a facet value to narrow the results to."""

        def __init__(self, choice: Choice) -> None:
            super().__init__()
            self.choice = choice

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, **kwargs)

    def show(
        self,
        counts: Mapping[Facet, Sequence[tuple[str, int]]],
        chosen: Sequence[Choice] = (),
    ) -> None:
        """List ``chosen`` then each facet's values with their counts."""
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        options: list[Option] = []
        if chosen:
            options.append(_heading(t("facet.chosen")))
            for choice in chosen:
                heading = t(f"facet.{choice.facet.value}")
                text = f"✓ {heading}：{label(choice.facet, choice.value)}"
                options.append(Option(Content(text), disabled=True))
        for facet in Facet:
            values = counts.get(facet, ())
            if not values:
                continue
            options.append(_heading(t(f"facet.{facet.value}")))
            width = max(len(str(n)) for _, n in values)
            for value, n in values:
                text = Content.assemble(
                    (f"{n:>{width}} ", "$reader-muted"), Content(label(facet, value))
                )
                options.append(Option(text, id=f"{facet.value}{_SEP}{value}"))
        if not options:
            options.append(Option(Content(t("facet.none")), disabled=True))
        self.set_options(options)
        ids = [o.id for o in options]
        if highlighted in ids:
            self.highlighted = ids.index(highlighted)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id
        if option_id and _SEP in option_id:
            facet, value = option_id.split(_SEP, 1)
            self.post_message(self.Chosen(Choice(Facet(facet), value)))


def _heading(text: str) -> Option:
    return Option(Content.assemble((text, "bold $reader-accent")), disabled=True)
