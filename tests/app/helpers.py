"""Shared helpers for the reader's pilot tests.

What the terminal shows is read from Textual's public screenshot (an SVG of the
screen): its text, and for every run of text its colour and the colour behind it.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from rich.cells import cell_len
from textual.app import App
from textual.pilot import Pilot

_CLASS = re.compile(r"\.(terminal-\d+-r\d+) \{ ([^}]*)\}")
_RECT = re.compile(
    r'<rect fill="(#[0-9a-fA-F]{6})" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" '
    r'height="[\d.]+" shape-rendering="crispEdges"/>'
)
_TEXT = re.compile(
    r'<text class="(terminal-\d+-r\d+)" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+" '
    r'clip-path="url\(#terminal-\d+-line-(\d+)\)">([^<]*)</text>'
)
CELL = 12.2  # width of a cell in Rich's SVG export
LINE = 24.4  # height of a line


@dataclass(frozen=True)
class Run:
    """A run of text on screen: where it is, what it says, its colours."""

    line: int
    cell: int
    text: str
    fg: str
    bg: str
    bold: bool


def screen_runs(app: App) -> list[Run]:
    """Every run of text on the screen, in reading order."""
    svg = app.export_screenshot()
    styles = {name: body for name, body in _CLASS.findall(svg)}
    backgrounds: dict[int, list[tuple[float, float, str]]] = {}
    for fill, x, y, width in _RECT.findall(svg):
        line = round((float(y) - 1.5) / LINE)
        backgrounds.setdefault(line, []).append((float(x), float(x) + float(width), fill))
    runs = []
    for name, x, line, text in _TEXT.findall(svg):
        style = styles.get(name, "")
        fill = re.search(r"fill: (#[0-9a-fA-F]{6})", style)
        left = float(x)
        bg = next(
            (f for a, b, f in backgrounds.get(int(line), []) if a - 0.5 <= left < b - 0.5), ""
        )
        runs.append(
            Run(
                int(line),
                round(left / CELL),
                html.unescape(text).replace("\xa0", " ").replace("\n", ""),
                fill.group(1) if fill else "",
                bg,
                "bold" in style,
            )
        )
    runs.sort(key=lambda r: (r.line, r.cell))
    return runs


def screen_text(app: App) -> str:
    """What the terminal shows, as plain text, one line per terminal line."""
    lines: dict[int, list[str]] = {}
    cells: dict[int, int] = {}
    for run in screen_runs(app):
        at = cells.get(run.line, 0)
        pad = " " * max(0, run.cell - at)
        lines.setdefault(run.line, []).append(pad + run.text)
        cells[run.line] = max(at, run.cell) + cell_len(run.text)
    height = app.size.height
    return "\n".join("".join(lines.get(n, [])) for n in range(height))


async def settle(pilot: Pilot) -> None:
    """Let workers finish and the screen catch up."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
