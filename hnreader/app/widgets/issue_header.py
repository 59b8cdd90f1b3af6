"""The header line: which issue and page is on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from ..display import page_label

if TYPE_CHECKING:
    from ...corpus.model import Issue


class IssueHeader(Static):
    """Date, weekday, lunar date, 第N号, 今日N版, page N of M and the issue count."""

    DEFAULT_CSS = """
    IssueHeader { height: auto; }
    """

    def show(self, issue: Issue | None, page_index: int, issue_index: int, issues: int) -> None:
        """Describe ``issue`` with page ``page_index`` current."""
        if issue is None:
            self.update(Content.styled("湖南日报", "bold"))
            return
        head = Content.styled(f"湖南日报  {issue.label} {issue.weekday}", "bold")
        parts: list[str] = []
        mast = issue.masthead
        if mast:
            if mast.lunar:
                parts.append(mast.lunar)
            if mast.issue_number:
                parts.append(f"第{mast.issue_number}号")
            if mast.page_count:
                parts.append(f"今日{mast.page_count}版")
        pages = len(issue.pages)
        page_index = min(max(page_index, 0), max(pages - 1, 0))
        where = ""
        if pages:
            where = f"{page_label(issue.pages[page_index], page_index)}（{page_index + 1}/{pages}）"
        tail = Content.styled(f"第{issue_index + 1}/{issues}期", "$text-muted")
        pieces = [head]
        if parts:
            pieces += [Content("  "), Content(" ".join(parts))]
        if where:
            pieces += [Content("  │  "), Content.styled(where, "$text-accent")]
        pieces += [Content("  │  "), tail]
        self.update(Content.assemble(*pieces))
