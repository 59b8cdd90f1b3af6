"""A reporter's page: their pieces, their trend over the archive, their places and topics.

Opened from the article in the reading pane; when the piece credits several
people, a tab per name. Enter on a piece dismisses with its id (the main
screen opens it); Escape closes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static, Tab, Tabs
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from ...analysis.reporter import Profile
from ...i18n import t
from ..display import ArticleDisplay
from ..widgets.trend_chart import TrendChart


class ReporterScreen(ModalScreen[str | None]):
    """One reporter's work across the archive; dismisses with the article chosen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Close", show=False),
    ]

    def __init__(
        self,
        names: Sequence[str],
        profile: Callable[[str], Profile],
        displays: Mapping[str, ArticleDisplay],
    ) -> None:
        super().__init__()
        self.names = list(names)
        self._profile_of = profile  # counts in the archive: called in a worker
        self.displays = displays
        self.profile: Profile | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="reporter-box") as box:
            box.border_title = t("reporter.title")
            box.border_subtitle = t("reporter.hint")
            yield Tabs(*[Tab(Content(n), id=f"reporter-{i}") for i, n in enumerate(self.names)])
            yield TrendChart(id="reporter-trend")
            with Horizontal(id="reporter-facts"):
                yield Static(t("reporter.loading"), id="reporter-places", markup=False)
                yield Static("", id="reporter-topics", markup=False)
            yield OptionList(markup=False, id="reporter-pieces")

    def on_mount(self) -> None:
        self.query_one("#reporter-pieces", OptionList).focus()

    @on(Tabs.TabActivated)
    def _tab(self, event: Tabs.TabActivated) -> None:
        index = int(event.tab.id.rsplit("-", 1)[1]) if event.tab and event.tab.id else 0
        self._profile(self.names[index])

    @work(thread=True, exclusive=True, group="reporter")
    def _profile(self, name: str) -> None:
        found = self._profile_of(name)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show, found)

    def show(self, found: Profile) -> None:
        """Fill the page with ``found``."""
        self.profile = found
        box = self.query_one("#reporter-box")
        box.border_title = (
            f"{t('reporter.title')} {found.name} · {len(found.articles)} {t('reporter.pieces')}"
        )
        self.query_one(TrendChart).show(found.trend)
        self.query_one("#reporter-places", Static).update(
            _ranked(t("reporter.places"), found.places)
        )
        self.query_one("#reporter-topics", Static).update(
            _ranked(t("reporter.topics"), found.topics)
        )
        pieces = self.query_one("#reporter-pieces", OptionList)
        options = []
        for article in found.articles:
            disp = self.displays.get(article.id)
            if disp is None:
                continue  # outside the pages opened
            options.append(
                Option(
                    Content.assemble(
                        Content.styled(f"{disp.date_label} {disp.page_label} ", "$text-muted"),
                        Content(disp.headline),
                    ),
                    id=article.id,
                )
            )
        pieces.set_options(options or [Option(Content(t("reporter.none")), disabled=True)])
        if options:
            pieces.highlighted = 0

    @on(OptionList.OptionSelected, "#reporter-pieces")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    @on(TrendChart.PeriodPicked)
    def _period(self, event: TrendChart.PeriodPicked) -> None:
        """Picking a period on the reporter's chart jumps the list to its newest piece."""
        event.stop()
        if self.profile is None or event.period is None:
            return
        pieces = self.query_one("#reporter-pieces", OptionList)
        for article in self.profile.articles:
            if event.period.contains(article.issue_date) and article.id in self.displays:
                pieces.highlighted = pieces.get_option_index(article.id)
                break


def _ranked(title: str, items: Sequence[tuple[str, int]]) -> Content:
    lines = [Content.styled(title, "bold")]
    lines += [Content(f"{value} {n}") for value, n in items] or [Content(t("reporter.none"))]
    return Content("\n").join(lines)
