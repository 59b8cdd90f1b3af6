"""Command palette providers: every reader command, and jumps to articles and issues."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from ..corpus.fold import fold_aligned as fold
from .commands import COMMANDS

if TYPE_CHECKING:
    from .screens.main import MainScreen


def _main(provider: Provider) -> MainScreen | None:
    from .screens.main import MainScreen

    for screen in reversed(provider.app.screen_stack):
        if isinstance(screen, MainScreen):
            return screen
    return None


def _highlight(text: str, query: str) -> Content:
    """``text`` (newspaper data: never markup) with the query's characters in bold."""
    wanted = set(fold(query))
    content = Content(text)
    for n, char in enumerate(fold(text)):
        if char in wanted and not char.isspace():
            content = content.stylize("bold $text-accent", n, n + 1)
    return content


class ReaderCommands(Provider):
    """Every command the reader has, with its key."""

    def _hits(self):
        main = _main(self)
        if main is None:
            return
        for command in COMMANDS:
            if command.palette:
                first = command.keys.split(",")[0]
                key = f" ({main.app.get_key_display(Binding(first, ''))})" if first else ""
                yield command, f"{command.label}{key}", getattr(main, f"action_{command.action}")

    async def discover(self) -> Hits:
        for command, label, run in self._hits():
            yield DiscoveryHit(label, run, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command, label, run in self._hits():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), run, help=command.help)


class ArticleJumps(Provider):
    """Jump to any article by headline (substring of characters, all issues)."""

    async def search(self, query: str) -> Hits:
        main = _main(self)
        if main is None or not query.strip():
            return
        words = fold(query).split()
        count = 0
        for disp in main.displays.values():
            folded = fold(disp.headline)
            if all(w in folded for w in words):
                count += 1
                yield Hit(
                    1.0 / (1 + folded.find(words[0])),
                    _highlight(disp.headline, query),
                    partial(main.open_article, disp.id, focus_reader=True),
                    text=disp.headline,
                    help=f"{disp.date_label} {disp.page_label} {disp.article.kind_label}",
                )
                if count >= 200:
                    return

    async def discover(self) -> Hits:
        main = _main(self)
        if main is None or main.issue is None:
            return
        for article in main.issue.articles:
            disp = main.displays[article.id]
            yield DiscoveryHit(
                Content(disp.headline),
                partial(main.open_article, disp.id, focus_reader=True),
                text=disp.headline,
                help=f"{disp.page_label}",
            )


class IssueJumps(Provider):
    """Jump to an issue by date."""

    def _issues(self):
        main = _main(self)
        if main is None or main.corpus is None:
            return
        from .display import issue_keys, issue_summary

        for n in range(len(main.corpus.issues) - 1, -1, -1):
            issue = main.corpus.issues[n]
            yield issue_summary(issue), fold(issue_keys(issue)), partial(main.go_issue, n)

    async def discover(self) -> Hits:
        for summary, _, run in self._issues():
            yield DiscoveryHit(Content(summary), run, text=summary)

    async def search(self, query: str) -> Hits:
        words = fold(query).split()
        for summary, keys, run in self._issues():
            if all(w in keys or w in summary for w in words):
                yield Hit(1.0, _highlight(summary, query), run, text=summary)
