"""One raw page -> articles: the segmentation passes.

``segment_page`` is the entry point. The passes, in the order they run:

- ``lines``: raw lines, their kinds (dateline, byline, caption, ...) and the
  page's layout (one printed column line a line, or one paragraph a line);
- ``column_pages`` / ``paragraph_pages``: open articles and give them their
  lines, on each layout;
- ``column_headlines``: on column pages, headline zones matched to bodies;
- ``assignment``: on paragraph pages, each piece of running text given to
  its story (cut paragraphs re-joined, runs printed elsewhere sent home);
- ``headlines``: kicker, title and subtitle of a headline stack;
- ``roles``: the kind of each article and its column label;
- ``sweep``: whatever no article claimed is kept with the page, marked.

``thresholds`` names every number these passes use, ``vocabulary`` the few
general words of Chinese headlines they read.
"""

from __future__ import annotations

from .page import derive_title, detect_layout, page_number, segment_page

__all__ = ["derive_title", "detect_layout", "page_number", "segment_page"]
