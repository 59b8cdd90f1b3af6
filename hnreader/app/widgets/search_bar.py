"""The search input, shown on / (or 、)."""

from __future__ import annotations

from textual.widgets import Input


class SearchBar(Input):
    """Search every issue as you type."""

    DEFAULT_CSS = """
    SearchBar { height: 1; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(placeholder="搜索全部各期…  Enter 打开结果  Esc 返回", **kwargs)
