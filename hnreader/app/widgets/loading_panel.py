"""Shown while the corpus loads: a progress bar and the file being read."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Label, ProgressBar

from ...i18n import t


class LoadingPanel(Vertical):
    """Progress of the load worker."""

    DEFAULT_CSS = """
    LoadingPanel { height: auto; padding: 1 2; }
    """

    def compose(self) -> ComposeResult:
        yield Label(t("loading"), id="loading-label")
        yield ProgressBar(total=None, show_eta=False, id="loading-bar")

    def progress(self, done: int, total: int, name: str) -> None:
        self.query_one(ProgressBar).update(total=total or None, progress=done)
        self.query_one(Label).update(
            Content(t("loading.progress", done=done, total=total, name=name))
        )
