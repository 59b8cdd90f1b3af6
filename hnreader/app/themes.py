"""The colour themes the reader offers, each made readable.

For every theme, the colours the reader draws text in are derived from the
theme's own palette so that every text keeps WCAG AA contrast (4.5:1) on every
background it appears on (screen, panels, the cursor row): ``reader-muted`` is
the foreground faded toward the background as far as that allows,
``reader-accent`` and ``reader-hit`` are the accent and warning colours moved
toward the foreground as little as needed. tests/app/test_contrast.py measures
the rendered screen in every theme. Themes whose colours the terminal decides
(the ANSI ones) cannot be measured and are not offered.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from textual.color import Color
from textual.theme import BUILTIN_THEMES, Theme

DEFAULT_THEME = "textual-dark"
TARGET = 4.8  # a little above AA (4.5), for rounding in terminals
CURSOR_TEXT = 7.0  # the cursor row's text is the reader's focus: AAA for it
STEPS = 40


def contrast(a: Color, b: Color) -> float:
    """WCAG 2 contrast ratio of two opaque colours, 1..21."""

    def lum(c: Color) -> float:
        def lin(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

        return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b)

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _worst(colour: Color, backgrounds: list[Color]) -> float:
    return min(contrast(colour, bg) for bg in backgrounds)


def _solid(value: str, under: Color) -> Color:
    """A generated colour value (``#rrggbb``, ``#rrggbb 60%``, ``auto 87%``) made opaque."""
    head, _, alpha = value.partition(" ")
    colour = under.get_contrast_text() if head == "auto" else Color.parse(head)
    if alpha.endswith("%"):
        colour = colour.with_alpha(float(alpha[:-1]) / 100)
    return under + colour if colour.a < 1 else colour


def readable_variables(theme: Theme) -> dict[str, str]:
    """The reader's text colours and cursor row for ``theme``, all at AA or better."""
    system = theme.to_color_system().generate()
    bg = _solid(system["background"], Color(0, 0, 0))
    fg = _solid(system["foreground"], bg)
    surface = _solid(system["surface"], bg)
    panel = _solid(system["panel"], bg)
    primary = _solid(system["primary"], bg)
    # The cursor row: as much of the primary colour as keeps its text crisp.
    cursor = bg
    for step in range(STEPS, 0, -1):
        candidate = bg.blend(primary, 0.5 * step / STEPS)
        if contrast(fg, candidate) >= CURSOR_TEXT:
            cursor = candidate
            break
    blurred = bg.blend(cursor, 0.5)
    # Header and footer bars: the panel colour, faded toward the background
    # until the foreground reads on it.
    bar = panel
    for step in range(STEPS + 1):
        bar = panel.blend(bg, step / STEPS)
        if contrast(fg, bar) >= CURSOR_TEXT or contrast(fg, bar) >= contrast(fg, bg):
            break
    backgrounds = [bg, surface, panel, cursor, blurred, bar]
    backgrounds += [g.blend(fg, FOCUS_TINT) for g in (bg, surface, panel)]
    muted = fg
    for step in range(STEPS, 0, -1):
        candidate = fg.blend(bg, 0.6 * step / STEPS)
        if _worst(candidate, backgrounds) >= TARGET:
            muted = candidate
            break

    def toward_foreground(colour: Color) -> Color:
        for step in range(STEPS + 1):
            candidate = colour.blend(fg, step / STEPS)
            if _worst(candidate, backgrounds) >= TARGET:
                return candidate
        return fg

    accent = toward_foreground(_solid(system["accent"], bg))
    hit = toward_foreground(_solid(system["warning"], bg))
    return {
        "reader-muted": muted.hex,
        "reader-accent": accent.hex,
        "reader-hit": hit.hex,
        "block-cursor-background": cursor.hex,
        "block-cursor-foreground": fg.hex,
        "block-cursor-blurred-background": blurred.hex,
        "block-cursor-blurred-foreground": fg.hex,
        "reader-bar": bar.hex,
        "footer-background": bar.hex,
        "footer-key-background": bar.hex,
        "footer-description-background": bar.hex,
        "footer-item-background": bar.hex,
        "footer-key-foreground": accent.hex,
        "footer-description-foreground": fg.hex,
        "footer-foreground": fg.hex,
        "input-cursor-foreground": bg.hex,
        "text-muted": muted.hex,
        "foreground-muted": muted.hex,
    }


FOCUS_TINT = 0.1  # focused widgets are tinted toward the foreground (Textual)
BODY_TEXT = 6.0  # the body text on the screen's own backgrounds


def with_readable_foreground(theme: Theme) -> Theme:
    """``theme`` with its foreground moved toward black or white until the body
    text reads well on its background, surface and panel (some themes, such as
    the Solarized ones, are below AA as published)."""
    system = theme.to_color_system().generate()
    bg = _solid(system["background"], Color(0, 0, 0))
    fg = _solid(system["foreground"], bg)
    grounds = [bg, _solid(system["surface"], bg), _solid(system["panel"], bg)]
    grounds += [g.blend(fg, FOCUS_TINT) for g in grounds]
    if _worst(fg, grounds) >= BODY_TEXT:
        return theme
    extreme = Color(255, 255, 255) if theme.dark else Color(0, 0, 0)
    for step in range(STEPS + 1):
        candidate = fg.blend(extreme, step / STEPS)
        if _worst(candidate, grounds) >= BODY_TEXT:
            break
    return dataclasses.replace(theme, foreground=candidate.hex)


def shipped_themes() -> list[Theme]:
    """Every built-in theme with fixed colours, made readable."""
    out = []
    for theme in BUILTIN_THEMES.values():
        if theme.ansi:
            continue
        theme = with_readable_foreground(theme)
        variables = {**theme.variables, **readable_variables(theme)}
        out.append(dataclasses.replace(theme, variables=variables))
    return out


def register_themes(app: Any) -> None:
    """Offer only the readable themes on ``app``."""
    for name in list(app.available_themes):
        app.unregister_theme(name)
    for theme in shipped_themes():
        app.register_theme(theme)
