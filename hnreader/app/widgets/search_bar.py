"""The search input, shown on / (or 、), and the query syntax line under it."""

from __future__ import annotations

from typing import Any

from textual.content import Content
from textual.widgets import Input, Static

from ...i18n import t


class SearchBar(Input):
    """Search every issue as you type."""

    DEFAULT_CSS = """
    SearchBar { height: 1; }
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(placeholder=t("search.placeholder"), **kwargs)


class SyntaxHint(Static):
    """How to write a query, in the interface language (F1 in the search bar)."""

    DEFAULT_CSS = """
    SyntaxHint { height: auto; }
    """

    def on_mount(self) -> None:
        self.update(Content(t("search.syntax")))
