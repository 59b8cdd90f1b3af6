"""The header line: which issue and page is on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.content import Content
from textual.widget import Widget

from ...i18n import t
from ..display import MUTED, issue_label, issue_weekday, page_label

if TYPE_CHECKING:
    from ...corpus.model import Issue

SEPARATOR = "  │  "


class IssueHeader(Widget):
    """Date, weekday, lunar date, 第N号, 今日N版, the page, unread and the issue's place.

    One line: on a narrow terminal the parts a reader needs least (the paper's
    name, the lunar date, the printed numbers) give way first.
    """

    DEFAULT_CSS = """
    IssueHeader { height: 1; }
    """

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        # (priority, piece): lower priorities are dropped first when space runs out.
        self.parts: list[tuple[int, Content]] = []

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
            self.parts = [(9, Content.styled(paper, "bold"))]
            self.refresh()
            return
        parts = [
            (1, Content.styled(paper, "bold")),
            (9, Content.styled(f"{issue_label(issue)} {issue_weekday(issue)}".strip(), "bold")),
        ]
        mast = issue.masthead
        if mast and mast.lunar:
            parts.append((0, Content(mast.lunar)))
        if mast and mast.issue_number:
            parts.append((2, Content(t("issue.number", n=mast.issue_number))))
        if mast and mast.page_count:
            parts.append((3, Content(t("issue.pages", n=mast.page_count))))
        pages = len(issue.pages)
        page_index = min(max(page_index, 0), max(pages - 1, 0))
        if pages:
            label = page_label(issue.pages[page_index], page_index)
            parts.append((8, Content.styled(label, "bold $reader-accent")))
            if pages > 1:
                parts.append(
                    (5, Content.styled(t("page.of", n=page_index + 1, total=pages), MUTED))
                )
        if unread:
            parts.append((7, Content.styled(t("issue.unread", n=unread), "$reader-accent")))
        parts.append(
            (6, Content.styled(t("issue.position", n=issue_index + 1, total=issues), MUTED))
        )
        self.parts = parts
        self.refresh()

    @property
    def text(self) -> str:
        """Everything the header would say with room enough (for tests and logs)."""
        return "  ".join(piece.plain for _, piece in self.parts)

    def render(self) -> Content:
        width = self.content_region.width or 200
        parts = list(self.parts)
        while len(parts) > 1 and _width(parts) > width:
            parts.remove(min(parts, key=lambda p: p[0]))
        return Content.assemble(*_joined(parts))


def _joined(parts: list[tuple[int, Content]]) -> list[Content]:
    out: list[Content] = []
    for n, (_, piece) in enumerate(parts):
        if n:
            out.append(Content("  "))
        out.append(piece)
    return out


def _width(parts: list[tuple[int, Content]]) -> int:
    return sum(cell_len(piece.plain) for _, piece in parts) + 2 * (len(parts) - 1)
