"""``hnreader show ID``: one article as text or JSON."""

from __future__ import annotations

import argparse
import difflib
import json
import sys

from rich.text import Text

from ..corpus import Article, Corpus
from ..corpus.export import article_dict
from ..i18n import kind_label, t, weekday
from . import EXIT_NOTHING, EXIT_OK, EXIT_USAGE
from .output import add_paths, console, error, is_tty, load_corpus, pipe_closed_quietly, plain, safe


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "show",
        help="print one article (by the id 'hnreader list' shows)",
        description="Print one article: headline, byline, dateline and paragraphs, or with "
        "--json the article as in 'hnreader export --format json'. Exit status: 0 ok, "
        "1 no article has that id, 2 usage error or nothing could be loaded.",
    )
    # Optional to argparse so that a missing id gets our message, not one that
    # calls the optional PATH required.
    p.add_argument(
        "id", metavar="ID", nargs="?", help="an article id, as printed by 'hnreader list'"
    )
    add_paths(p)
    p.add_argument("--json", action="store_true", help="print the article as JSON")


def run(args: argparse.Namespace) -> int:
    if not args.id:
        error(t("cli.show_needs_id"))
        return EXIT_USAGE
    corpus = load_corpus(args.paths)
    if corpus is None:
        return EXIT_USAGE
    article = corpus.get(args.id.strip())
    if article is None:
        error(t("cli.no_id", id=repr(args.id)) + _suggestion(corpus, args.id))
        return EXIT_NOTHING
    with pipe_closed_quietly():
        if args.json:
            # safe() turns unsafe characters into \uXXXX escapes: still the same JSON.
            text = json.dumps(article_dict(article), ensure_ascii=False, indent=1)
            sys.stdout.write(safe(text) + "\n")
        else:
            console().print(render(article, styled=is_tty(sys.stdout)))
    return EXIT_OK


def _suggestion(corpus: Corpus, wanted: str) -> str:
    close = difflib.get_close_matches(wanted, [a.id for a in corpus.articles], n=3, cutoff=0.8)
    if close:
        return t("cli.did_you_mean_id", ids=t("cli.and").join(close))
    return t("cli.list_shows_ids")


def render(article: Article, styled: bool = True) -> Text:
    """The article as display text, built from plain strings (never markup)."""
    out = Text()

    def line(text: str, style: str = "") -> None:
        if text:
            piece = plain(text)
            if styled and style:
                piece.stylize(style)
            out.append_text(piece)
            out.append("\n")

    if article.column:
        line(f"【{article.column}】", "bold")
    line(article.kicker, "italic")
    title = article.title or t("untitled")
    line(title + (f" ({t('derived')})" if article.title_derived else ""), "bold")
    if article.subtitle:
        line(f"——{article.subtitle}", "italic")
    line(_where(article), "dim")
    line(article.byline)
    line(article.dateline)
    subheads = set(article.subheads)
    for paragraph in article.paragraphs:
        out.append("\n")
        line(paragraph, "bold" if paragraph in subheads else "")
    if article.continued:
        out.append("\n")
        line(article.continued, "dim")
    out.rstrip()
    return out


def _where(article: Article) -> str:
    parts = []
    if article.issue_date:
        date = article.issue_date
        parts.append(f"{date.isoformat()} {weekday(date.weekday())}")
    if article.page_number:
        parts.append(t("page", n=article.page_number))
    parts += [kind_label(article.kind), article.source]
    return " · ".join(parts)
