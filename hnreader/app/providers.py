"""Command palette providers: the reader's commands, articles and issues found
directly from what is typed, and Textual's own commands below them.

Each provider works on the screen the palette was opened from (``self.screen``)
through its public methods; none scans the screen stack.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from ..corpus.fold import fold_aligned as fold
from ..i18n import MESSAGES, kind_label, t
from .commands import COMMANDS

if TYPE_CHECKING:
    from .screens.main import MainScreen

ARTICLE_HITS = 40  # articles offered for one query: a palette, not a search
# Score bands: reader commands, then issues, then articles, then Textual's own.
COMMAND_BAND, ISSUE_BAND, ARTICLE_BAND, SYSTEM_BAND = 3.0, 2.0, 1.0, 0.0


def _main(provider: Provider) -> MainScreen | None:
    from .screens.main import MainScreen

    return provider.screen if isinstance(provider.screen, MainScreen) else None


def _highlight(text: str, query: str) -> Content:
    """``text`` (newspaper data: never markup) with the query's characters in bold."""
    wanted = set(fold(query))
    content = Content(text)
    for n, char in enumerate(fold(text)):
        if char in wanted and not char.isspace():
            content = content.stylize("bold $reader-hit", n, n + 1)
    return content


def _score(matcher: Any, text: str) -> float:
    return min(matcher.match(text), 1.0)


def _commands(main: MainScreen) -> Iterator[tuple[str, str, Any]]:
    """(label with key, help, callback) for every palette command available now."""
    for command in COMMANDS:
        if not command.palette or main.check_action(command.action, ()) is not True:
            continue
        first = command.keys.split(",")[0]
        key = f" ({main.app.get_key_display(Binding(first, ''))})" if first else ""
        yield f"{command.label}{key}", command.help, getattr(main, f"action_{command.action}")


def _system(provider: Provider) -> Iterator[tuple[str, str, Any]]:
    """Textual's own commands (theme, keys, screenshot…), named in the interface language."""
    for title, help_text, callback, *_ in provider.app.get_system_commands(provider.screen):
        key = f"sys.{title}"
        if key in MESSAGES:
            yield t(key), t(f"{key}.help"), callback
        else:
            yield title, help_text, callback


def _article_hits(main: MainScreen, query: str) -> Iterator[Hit]:
    words = fold(query).split()
    if not words:
        return
    count = 0
    for disp in main.displays.values():
        key = disp.find_key
        if all(w in key for w in words):
            count += 1
            yield Hit(
                ARTICLE_BAND + 1.0 / (2 + key.find(words[0])),
                _highlight(disp.headline, query),
                partial(main.jump_to_article, disp.id),
                text=disp.headline,
                help=" ".join(
                    p
                    for p in (
                        disp.date_label,
                        disp.page_label,
                        kind_label(disp.article.kind),
                        disp.article.byline,
                    )
                    if p
                ),
            )
            if count >= ARTICLE_HITS:
                return


def _issue_hits(main: MainScreen, query: str) -> Iterator[Hit]:
    words = fold(query).split()
    for n, summary, keys in main.issue_entries():
        if words and all(w in keys or w in summary for w in words):
            yield Hit(
                ISSUE_BAND,
                _highlight(summary, query),
                partial(main.jump_to_issue, n),
                text=summary,
                help=t("palette.open.issue"),
            )


class ReaderCommands(Provider):
    """Commands, then articles (headline, reporter) and issues (date), then Textual's."""

    async def discover(self) -> Hits:
        main = _main(self)
        if main is not None:
            for label, help_text, run in _commands(main):
                yield DiscoveryHit(label, run, help=help_text)
        for label, help_text, run in _system(self):
            yield DiscoveryHit(label, run, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        main = _main(self)
        if main is not None:
            for label, help_text, run in _commands(main):
                if (score := _score(matcher, label)) > 0:
                    yield Hit(COMMAND_BAND + score, matcher.highlight(label), run, help=help_text)
            for hit in _issue_hits(main, query):
                yield hit
            for hit in _article_hits(main, query):
                yield hit
        for label, help_text, run in _system(self):
            if (score := _score(matcher, label)) > 0:
                yield Hit(SYSTEM_BAND + score / 2, matcher.highlight(label), run, help=help_text)


class ArticleJumps(Provider):
    """Only articles: by headline or reporter, across all issues."""

    async def search(self, query: str) -> Hits:
        main = _main(self)
        if main is not None:
            for hit in _article_hits(main, query):
                yield hit

    async def discover(self) -> Hits:
        main = _main(self)
        if main is None:
            return
        for disp in main.issue_articles():
            yield DiscoveryHit(
                Content(disp.headline),
                partial(main.jump_to_article, disp.id),
                text=disp.headline,
                help=disp.page_label,
            )


class IssueJumps(Provider):
    """Only issues, by date."""

    async def discover(self) -> Hits:
        main = _main(self)
        if main is None:
            return
        for n, summary, _ in main.issue_entries():
            yield DiscoveryHit(Content(summary), partial(main.jump_to_issue, n), text=summary)

    async def search(self, query: str) -> Hits:
        main = _main(self)
        if main is not None:
            for hit in _issue_hits(main, query):
                yield hit
