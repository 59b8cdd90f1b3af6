"""WCAG contrast of what is on screen, from the screenshot's own colours."""

from __future__ import annotations

import unicodedata

from .helpers import Run

AA = 4.5  # WCAG 2 level AA for normal text


def luminance(hex_colour: str) -> float:
    """Relative luminance of ``#rrggbb`` (WCAG 2)."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(fg: str, bg: str) -> float:
    """The contrast ratio of two colours, 1..21."""
    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def is_text(text: str) -> bool:
    """Whether a run holds characters to read (not only borders, blocks, spaces)."""
    return any(
        not ch.isspace()
        and unicodedata.category(ch)[0] in "LNPS"
        and not 0x2500 <= ord(ch) < 0x2600
        for ch in text
    )


def failures(runs: list[Run], minimum: float = AA) -> list[tuple[float, Run]]:
    """Runs of text below ``minimum`` contrast against what is behind them."""
    out = []
    for run in runs:
        if run.fg and run.bg and is_text(run.text):
            value = ratio(run.fg, run.bg)
            if value < minimum:
                out.append((round(value, 2), run))
    return out
