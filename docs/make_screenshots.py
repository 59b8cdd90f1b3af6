"""Regenerate the reading-pane screenshots in docs/ from the bundled seeds.

    python docs/make_screenshots.py

Runs the reader headless with temporary state, cache and settings folders.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from hnreader.app import make_app

DOCS = Path(__file__).parent
SHOTS = [
    # file name, size, language, keys pressed after loading
    ("reading-pane.svg", (120, 40), "zh", ("enter",)),
    ("reading-pane-narrow-zoomed.svg", (80, 24), "zh", ("enter", "z")),
    ("search-results.svg", (120, 40), "zh", ("slash", *"智赋万企", "enter")),
    ("reading-pane-en.svg", (120, 40), "en", ("enter",)),
]


async def shoot(name: str, size: tuple[int, int], lang: str, keys: tuple[str, ...]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = make_app(
            state_dir=Path(tmp, "state"),
            cache_dir=Path(tmp, "cache"),
            settings_dir=Path(tmp, "config"),
            lang=lang,
        )
        app.read_after = 3600
        async with app.run_test(size=size) as pilot:
            await app.workers.wait_for_complete()
            await pilot.pause()
            for key in keys:
                await pilot.press(key)
                await app.workers.wait_for_complete()
                await pilot.pause()
            await pilot.pause(0.3)
            (DOCS / name).write_text(app.export_screenshot(title="hnreader"), encoding="utf-8")
    print(DOCS / name)


async def main() -> None:
    for shot in SHOTS:
        await shoot(*shot)


if __name__ == "__main__":
    asyncio.run(main())
