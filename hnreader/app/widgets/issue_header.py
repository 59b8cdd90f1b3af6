"""The header line: which issue and page is on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from ...i18n import t
from ..display import MUTED, issue_label, issue_weekday, page_label

if TYPE_CHECKING:
    from ...corpus.model import Issue


class IssueHeader(Static):
    """Date, weekday, lunar date, 第N号, 今日N版, the page, unread and the issue's place."""

    DEFAULT_CSS = """
    IssueHeader { height: auto; }
    """

    def show(
        self,
        issue: Issue | None,
        page_index: int,
        issue_index: int,
        issues: int,
        unread: int = 0,
    ) -> None:
        """Describe ``issue`` with page ``page_index`` current."""
        paper = t("paper")
        if issue is None:
            self.update(Content.styled(paper, "bold"))
            return
        head = Content.styled(f"{paper}  {issue_label(issue)} {issue_weekday(issue)}", "bold")
        parts: list[str] = []
        mast = issue.masthead
        if mast:
            if mast.lunar:
                parts.append(mast.lunar)
            if mast.issue_number:
                parts.append(t("issue.number", n=mast.issue_number))
            if mast.page_count:
                parts.append(t("issue.pages", n=mast.page_count))
        pages = len(issue.pages)
        page_index = min(max(page_index, 0), max(pages - 1, 0))
        pieces = [head]
        if parts:
            pieces += [Content("  "), Content(" ".join(parts))]
        if pages:
            label = page_label(issue.pages[page_index], page_index)
            pieces += [Content("  │  "), Content.styled(label, "bold $reader-accent")]
            if pages > 1:
                where = t("page.of", n=page_index + 1, total=pages)
                pieces += [Content("  "), Content.styled(where, MUTED)]
        if unread:
            pieces += [
                Content("  │  "),
                Content.styled(t("issue.unread", n=unread), "$reader-accent"),
            ]
        tail = t("issue.position", n=issue_index + 1, total=issues)
        pieces += [Content("  │  "), Content.styled(tail, MUTED)]
        self.update(Content.assemble(*pieces))
