"""The user's settings: ``settings.toml`` in the user config directory.

Read with tomllib, never written by the program. A file that cannot be read,
or a setting with a wrong value, gives a message naming it and the default
for that setting; the others still apply.

```toml
theme = "hnreader-dark"    # any theme the reader offers (ctrl+p, 主题)
language = "zh"            # zh or en
reading_width = 72         # characters of the reading column, 30..200

[keymap]                   # command id = keys, comma separated (Textual key names)
search = "slash,s"
next_unread = "u"
```
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SETTINGS_FILE = "settings.toml"
DEFAULT_WIDTH = 72
WIDTH_RANGE = (30, 200)  # columns of the reading pane's text, narrowest..widest
LANGUAGES = ("zh", "en")


def default_config_dir() -> Path:
    """The platform's user config directory for hnreader."""
    from platformdirs import user_config_path

    return user_config_path("hnreader", appauthor=False)


@dataclass(frozen=True, slots=True)
class Settings:
    """What the user chose; ``problems`` says what was ignored and why."""

    theme: str | None = None
    language: str | None = None
    reading_width: int = DEFAULT_WIDTH
    keymap: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    problems: tuple[tuple[str, dict[str, Any]], ...] = ()

    @classmethod
    def load(cls, directory: Path | str | None = None) -> Settings:
        """The settings in ``directory`` (default: the user config dir); never raises."""
        path = Path(directory or default_config_dir()) / SETTINGS_FILE
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(path=path)
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            return cls(path=path, problems=(("settings.unreadable", {"path": path, "error": exc}),))
        return cls.from_dict(data, path)

    @classmethod
    def from_dict(cls, data: dict[str, Any], path: Path | None = None) -> Settings:
        """Settings from parsed TOML, each bad value replaced by its default."""
        problems: list[tuple[str, dict[str, Any]]] = []

        def bad(name: str, value: Any, wanted: str, **extra: Any) -> None:
            problems.append(
                ("settings.bad", {"name": name, "value": repr(value), "wanted": wanted, **extra})
            )

        theme = data.get("theme")
        if theme is not None and not (isinstance(theme, str) and theme.strip()):
            bad("theme", theme, "settings.want.theme")
            theme = None
        language = data.get("language")
        if language is not None and language not in LANGUAGES:
            bad("language", language, "settings.want.language")
            language = None
        width = data.get("reading_width", DEFAULT_WIDTH)
        lo, hi = WIDTH_RANGE
        if isinstance(width, bool) or not isinstance(width, int) or not lo <= width <= hi:
            bad("reading_width", width, "settings.want.width", lo=lo, hi=hi)
            width = DEFAULT_WIDTH
        keymap: dict[str, str] = {}
        raw = data.get("keymap", {})
        if not isinstance(raw, dict):
            bad("keymap", raw, "settings.want.keymap")
            raw = {}
        for name, keys in raw.items():
            if isinstance(keys, str) and keys.strip():
                keymap[name] = keys.replace(" ", "")
            else:
                bad(f"keymap.{name}", keys, "settings.want.keys")
        known = {"theme", "language", "reading_width", "keymap"}
        problems += [("settings.unknown", {"name": k}) for k in data if k not in known]
        return cls(theme, language, width, keymap, path, tuple(problems))

    def messages(self) -> list[str]:
        """What was wrong with the file, in the interface language."""
        from .i18n import t

        out = []
        for key, values in self.problems:
            values = dict(values)
            if "wanted" in values:
                values["wanted"] = t(values["wanted"], **values)
            out.append(t(key, **values))
        return out
