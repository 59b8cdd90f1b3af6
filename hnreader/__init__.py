"""hnreader: read and search the Hunan Daily (湖南日报) from raw page text."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("hnreader")
except PackageNotFoundError:  # running from a checkout that is not installed
    __version__ = "0.0.0"
