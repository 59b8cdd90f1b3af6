"""Every text the reader draws keeps WCAG AA contrast (4.5:1), in every theme
it offers: measured on the rendered screen (the screenshot's colours) in the
states a reader sees most, and from each theme's own colours."""

from __future__ import annotations

import pytest
from textual.color import Color

from hnreader.app.themes import TARGET, contrast, readable_variables, shipped_themes

from .contrast import AA, failures
from .helpers import screen_runs, settle

THEMES = [theme.name for theme in shipped_themes()]


def test_no_theme_whose_colours_the_terminal_decides():
    assert THEMES and not any(theme.ansi for theme in shipped_themes())


@pytest.mark.parametrize("theme", shipped_themes(), ids=lambda t: t.name)
def test_derived_colours_meet_aa_on_the_theme_backgrounds(theme):
    system = theme.to_color_system().generate()
    values = readable_variables(theme)
    grounds = [Color.parse(system["background"]), Color.parse(values["block-cursor-background"])]
    grounds.append(Color.parse(values["reader-bar"]))
    for name in ("reader-muted", "reader-accent", "reader-hit", "block-cursor-foreground"):
        colour = Color.parse(values[name])
        assert min(contrast(colour, g) for g in grounds) >= AA, name
    assert TARGET >= AA


async def _states(pilot):
    """The main screen with a read row, the cursor in the list and in the
    article, search results, and the help and issue picker's boxes."""
    app = pilot.app
    await settle(pilot)
    await pilot.press("down", "enter")  # one row read, the article focused
    await settle(pilot)
    yield None
    await pilot.press("tab")
    await pilot.pause()
    yield None
    await pilot.press("slash", *"洞庭")
    await settle(pilot)
    yield None
    await pilot.press("escape", "escape", "question_mark")
    await pilot.pause()
    yield app.screen.query_one("#help-box").region
    await pilot.press("escape", "d")
    await pilot.pause()
    yield app.screen.query_one("#picker-box").region


@pytest.mark.parametrize("theme", THEMES)
async def test_every_text_on_screen_meets_aa(reader, theme):
    app = reader()
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = theme
        seen = 0
        async for box in _states(pilot):
            # Behind a modal box the screen is dimmed on purpose: only the box counts.
            runs = [
                r
                for r in screen_runs(app)
                if box is None or (box.y <= r.line < box.bottom and box.x <= r.cell < box.right)
            ]
            seen += len(runs)
            bad = [(value, run.text.strip()[:20], run.fg, run.bg) for value, run in failures(runs)]
            assert not bad, bad
        assert seen > 100
