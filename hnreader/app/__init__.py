"""The Textual reader: ``make_app(...).run()``."""

from .app import ReaderApp, make_app

__all__ = ["ReaderApp", "make_app"]
