"""Where a piece is from: the place of its dateline and the Hunan places it names.

Places are the 14 prefecture-level divisions of Hunan and their counties,
districts and county-level cities, read from ``data/hunan_places.json`` (its
source is noted in the file). A county found in a piece also counts for its
prefecture, so an analyst can read the facet at either level. The place of a
dateline (湖南日报北京5月12日电) is kept even outside Hunan.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

# Longer names that hold a Hunan short form but mean somewhere else or nothing
# of the kind (天津 holds 津市, 湖南县域 holds 南县, 省道县道 holds 道县).
_NOT_PLACES = ("天津", "湖南县", "河南县", "云南县", "海南县", "省道县", "国道县", "乡道县")
# The outlet that opens a dateline, then optionally its platform, then the place.
_DATELINE = re.compile(
    r"^(?:湖南日报社?|新华社|人民日报|中新社|本报)"
    r"(?:[·・•]?(?:华声在线|新湖南客户端|新湖南|客户端))*"
    r"(?:全媒体)?(?:记者)?"
    # (one place, or two filed from together: 长沙、岳阳)
    r"(?P<place>[\u4e00-\u9fff]{2,8}?(?:、[\u4e00-\u9fff]{2,8}?)?)?[0-9０-９]{1,2}月"
)


@dataclass(frozen=True, slots=True)
class Place:
    """One division: its official name and, for a county, its prefecture's."""

    name: str
    prefecture: str = ""

    @property
    def is_prefecture(self) -> bool:
        return not self.prefecture


class Gazetteer:
    """Every Hunan division by its names, and a pattern that finds them in text."""

    def __init__(self, data: dict) -> None:
        self.source: str = data.get("source", "")
        self.places: dict[str, Place] = {}
        self._by_name: dict[str, Place] = {}  # official names and safe short forms
        self._dateline_names: dict[str, Place] = {}  # short forms trusted only in a dateline
        for prefecture in data["prefectures"]:
            self._add(Place(prefecture["name"]), prefecture)
            for county in prefecture["counties"]:
                self._add(Place(county["name"], prefecture["name"]), county)
        names = sorted([*self._by_name, *_NOT_PLACES], key=len, reverse=True)
        self._pattern = re.compile("|".join(map(re.escape, names)))

    def _add(self, place: Place, entry: dict) -> None:
        self.places[place.name] = place
        self._by_name[place.name] = place
        for alias in entry.get("aliases", ()):
            self._by_name[alias] = place
        for alias in entry.get("dateline_only", ()):
            self._dateline_names[alias] = place

    @property
    def prefectures(self) -> list[Place]:
        return [p for p in self.places.values() if p.is_prefecture]

    def lookup(self, name: str, in_dateline: bool = False) -> Place | None:
        """The division called ``name`` (an official name or a short form)."""
        found = self._by_name.get(name)
        if found is None and in_dateline:
            found = self._dateline_names.get(name)
        return found

    def find(self, text: str) -> list[Place]:
        """The divisions named in ``text``, once each, in order of first mention."""
        seen: dict[str, Place] = {}
        for match in self._pattern.finditer(text):
            place = self._by_name.get(match.group())
            if place is not None:
                seen.setdefault(place.name, place)
        return list(seen.values())


@functools.cache
def gazetteer() -> Gazetteer:
    """The Hunan gazetteer, read once from the package data."""
    data = resources.files(__package__).joinpath("data/hunan_places.json").read_text("utf-8")
    return Gazetteer(json.loads(data))


def dateline_place(dateline: str) -> str:
    """The place a dateline was filed from, as printed, or "" when it names none."""
    # Imported here: the segmenter's package loads jieba, which commands that only
    # build their arguments (and ``show``) must not pay for.
    from ..corpus.segment.patterns import dateline_match

    text = re.sub(r"\s+", "", dateline)
    if not dateline_match(text):
        return ""
    match = _DATELINE.match(text)
    return match.group("place") or "" if match else ""


def expand(place: Place) -> list[str]:
    """A division's name, then its prefecture's when it is a county."""
    return [place.name, place.prefecture] if place.prefecture else [place.name]


def places(dateline: str, *texts: str) -> list[str]:
    """Facet values for a piece: its dateline place, then the Hunan places its texts name.

    Hunan places are given by official name, each county followed by its
    prefecture; a dateline place outside Hunan is kept as printed.
    """
    gaz = gazetteer()
    found: dict[str, None] = {}
    filed = dateline_place(dateline)
    for name in filed.split("、") if filed else ():
        place = gaz.lookup(name, in_dateline=True)
        found.update(dict.fromkeys(expand(place) if place else [name]))
    for text in texts:
        for place in gaz.find(text):
            found.update(dict.fromkeys(expand(place)))
    return list(found)
