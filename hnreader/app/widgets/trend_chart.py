"""A chart of a query's matches per month or year, whose bars pick a period.

Drawn with textual-plotext: bars for the query, a line for an overlaid second
query, dates along the bottom and counts (or shares, normalised) up the side.
Left/right move over the periods, Enter or a click picks one, ``%`` switches
between counts and shares, ``c`` asks for a query to compare.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.events import Click, Key
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import Input, Static

from ...analysis.trend import Granularity, Period, Trend
from ...i18n import t

_COLOURS = ("cyan", "magenta")
_PICKED_COLOUR = "orange"
_TICK_GAP = 3  # blank columns at least between two date labels
_Y_TICKS = 5  # count labels up the side, at most
_FRAME_ROWS = 3  # rows of a plot that are not its canvas: two frame lines, the date labels


@cache
def _plot_class() -> type:
    """The plot's widget class. plotext is imported on the first chart drawn, not
    at start-up: most sessions open on reading, and it takes a tenth of the
    reader's own start."""
    from textual_plotext import PlotextPlot

    class _Plot(PlotextPlot):
        """The plot, drawn for its current size, remembering where its frame was
        drawn so that a click finds its bar."""

        frame: tuple[int, int] | None = None  # columns of the left and right frame lines
        painter: Callable[[Any, int, int], None] | None = None  # (plt, width, height): the data

        def render(self):
            plt = self.plt
            plt.clear_data()
            plt.clear_figure()
            if self.painter is not None:
                self.painter(plt, self.size.width, self.size.height)
            text = super().render()
            first = text.plain.split("\n", 1)[0]
            left, right = first.find("┌"), first.find("┐")
            self.frame = (left, right) if 0 <= left < right else None
            return text

    return _Plot


class TrendChart(Vertical, can_focus=True):
    """Matches per period of one query, optionally against a second one."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left,h", "step(-1)", "上一期", show=False, id="trend.prev"),
        Binding("right,l", "step(1)", "下一期", show=False, id="trend.next"),
        Binding("enter", "pick", "筛选此期", id="trend.pick"),
        Binding("percent_sign", "toggle_share", "占比", id="trend.share"),
        Binding("c", "compare", "对比", id="trend.compare"),
    ]

    class PeriodPicked(Message):
        """The reader picked a period on the chart (None: any period)."""

        def __init__(self, period: Period | None) -> None:
            super().__init__()
            self.period = period

    class CompareAsked(Message):
        """The reader typed a query to draw against this one ("" to stop comparing)."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    normalised: reactive[bool] = reactive(False)
    cursor: reactive[int] = reactive(-1)

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.trend: Trend | None = None
        self.picked: Period | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="trend-legend", markup=False)
        # (the plot itself is mounted with the first trend drawn: see ``plot``)
        yield Input(placeholder=t("trend.compare"), id="trend-compare")

    @property
    def plot(self) -> Any:
        """The plot widget, mounted over the compare box the first time it is asked for."""
        found = self.query("#trend-plot")
        if found:
            return found.first()
        plot = _plot_class()(id="trend-plot")
        self.mount(plot, before="#trend-compare")
        return plot

    def show(self, trend: Trend | None, picked: Period | None = None) -> None:
        """Draw ``trend``, with ``picked`` marked; the cursor starts on the picked period
        or the last one."""
        self.trend, self.picked = trend, picked
        periods = trend.periods if trend else ()
        self.set_reactive(
            TrendChart.cursor, periods.index(picked) if picked in periods else len(periods) - 1
        )
        self._draw()

    def watch_normalised(self) -> None:
        self._draw()

    def watch_cursor(self) -> None:
        self._draw()

    # ---- drawing --------------------------------------------------------------------------

    def _draw(self) -> None:
        if not self.is_mounted:
            return
        self.query_one("#trend-legend", Static).update(self._legend())
        self.plot.painter = self._paint
        self.plot.refresh()

    def _paint(self, plt: Any, width: int, height: int) -> None:
        trend = self.trend
        if not trend or not trend.periods:
            return
        n = len(trend.periods)
        xs = list(range(n))
        for i, series in enumerate(trend.series):
            ys = [v * 100 if self.normalised else v for v in trend.values(series, self.normalised)]
            colour = _COLOURS[i % len(_COLOURS)]
            if i == 0:
                plt.bar(xs, ys, color=colour, width=0.8)
                marked = [k for k in (self._picked_index(), self.cursor) if 0 <= k < n]
                for k in dict.fromkeys(marked):
                    plt.bar([k], [ys[k]], color=_PICKED_COLOUR, width=0.8)
            else:
                plt.plot(xs, ys, color=colour, marker="dot")
        plt.xlim(-0.5, n - 0.5)
        if not self.normalised:  # counts: whole numbers up the side, as many as fit
            top = max((max(s.counts, default=0) for s in trend.series), default=0)
            room = max(1, min(_Y_TICKS, (height - _FRAME_ROWS) // 2))
            step = max(1, -(-top // room))
            plt.yticks(list(range(0, top + step, step)))
        ticks = _ticks(trend.periods, width)
        plt.xticks(ticks, [trend.periods[k].label for k in ticks])
        plt.theme("clear")

    def _picked_index(self) -> int:
        trend = self.trend
        if trend is None or self.picked not in trend.periods:
            return -1
        return trend.periods.index(self.picked)

    def _legend(self) -> Content:
        trend = self.trend
        if trend is None or not any(s.total for s in trend.series):
            return Content(t("trend.empty"))
        unit = t("trend.share") if self.normalised else t(f"trend.{trend.granularity.value}")
        parts: list[Content | tuple[str, str]] = []
        for i, series in enumerate(trend.series):
            parts += [(" ■ ", _COLOURS[i % len(_COLOURS)]), Content(series.label)]
        parts.append(Content(f"  {unit}"))
        if 0 <= self.cursor < len(trend.periods):
            k = self.cursor
            counts = " / ".join(str(s.counts[k]) for s in trend.series)
            mark = f"  {t('trend.picked')}" if trend.periods[k] == self.picked else ""
            parts.append(Content(f"  {trend.periods[k].label}: {counts}{mark}"))
        parts.append((f"  {t('trend.hint')}", "$reader-muted"))
        return Content.assemble(*parts)

    # ---- choosing -------------------------------------------------------------------------

    def action_step(self, step: int) -> None:
        if self.trend and self.trend.periods:
            self.cursor = max(0, min(len(self.trend.periods) - 1, self.cursor + step))

    def action_pick(self) -> None:
        trend = self.trend
        if trend and 0 <= self.cursor < len(trend.periods):
            period = trend.periods[self.cursor]
            self.picked = None if period == self.picked else period
            self.post_message(self.PeriodPicked(self.picked))
            self._draw()

    def action_toggle_share(self) -> None:
        self.normalised = not self.normalised

    def action_compare(self) -> None:
        box = self.query_one("#trend-compare", Input)
        self.add_class("-comparing")
        box.focus()

    def on_key(self, event: Key) -> None:
        """Escape in the comparison box closes it, and goes no further."""
        if event.key == "escape" and self.has_class("-comparing"):
            event.stop()
            event.prevent_default()
            self.remove_class("-comparing")
            self.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.remove_class("-comparing")
        self.focus()
        self.post_message(self.CompareAsked(event.value.strip()))

    def on_click(self, event: Click) -> None:
        """A click on a bar picks its period."""
        index = self._bar_at(event.screen_x - self.plot.region.x)
        if index is not None:
            self.cursor = index
            self.action_pick()

    def _bar_at(self, x: int) -> int | None:
        trend, frame = self.trend, self.plot.frame
        if not trend or not trend.periods or frame is None:
            return None
        left, right = frame
        if not left < x < right:
            return None
        return min(
            len(trend.periods) - 1, (x - left - 1) * len(trend.periods) // (right - left - 1)
        )


def _ticks(periods: tuple[Period, ...], width: int) -> list[int]:
    """Evenly spaced periods whose labels fit along the bottom without touching."""
    if not periods:
        return []
    size = 4 if periods[0].granularity is Granularity.YEAR else 7
    room = max(1, (width - 8) // (size + _TICK_GAP))
    step = max(1, -(-len(periods) // room))
    return list(range(0, len(periods), step))
