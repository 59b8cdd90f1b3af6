"""Copying text where the user can paste it, and saying truthfully whether it worked.

A system clipboard tool answers with its exit status, so success is known.
Without one, the only way is OSC 52 through the terminal, which many terminals
and tmux's default settings silently ignore: that cannot be confirmed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

TIMEOUT = 3.0  # seconds a clipboard tool may take before we give up on it


@dataclass(frozen=True, slots=True)
class Tool:
    """A clipboard command, and when it can work (an environment variable set)."""

    name: str
    args: tuple[str, ...]
    needs: str = ""  # environment variable that must be set (a display)
    platform: str = ""  # sys.platform prefix it belongs to
    encoding: str = "utf-8"


TOOLS: tuple[Tool, ...] = (
    Tool("pbcopy", ("pbcopy",), platform="darwin"),
    Tool("wl-copy", ("wl-copy",), needs="WAYLAND_DISPLAY"),
    Tool("xclip", ("xclip", "-selection", "clipboard", "-in"), needs="DISPLAY"),
    Tool("xsel", ("xsel", "--clipboard", "--input"), needs="DISPLAY"),
    # Windows and WSL; clip.exe reads UTF-16 with a byte order mark.
    Tool("clip.exe", ("clip.exe",), encoding="utf-16"),
)


def available(environ: Mapping[str, str] | None = None) -> list[Tool]:
    """The tools that may work here, best first."""
    env = os.environ if environ is None else environ
    path = env.get("PATH", "")
    return [
        tool
        for tool in TOOLS
        if (not tool.platform or sys.platform.startswith(tool.platform))
        and (not tool.needs or env.get(tool.needs))
        and shutil.which(tool.args[0], path=path)
    ]


def copy_with_tool(text: str, environ: Mapping[str, str] | None = None) -> str | None:
    """Copy with the first tool that succeeds; its name, or None when none did."""
    env = dict(os.environ if environ is None else environ)
    for tool in available(env):
        program = shutil.which(tool.args[0], path=env.get("PATH", "")) or tool.args[0]
        try:
            done = subprocess.run(
                [program, *tool.args[1:]],
                input=text.encode(tool.encoding),
                stdout=subprocess.DEVNULL,  # xclip stays behind to serve the selection
                stderr=subprocess.DEVNULL,
                timeout=TIMEOUT,
                env=env,
                check=False,
            )
        except (OSError, subprocess.SubprocessError):
            continue
        if done.returncode == 0:
            return tool.name
    return None


def save_copy(text: str, directory: Path, name: str) -> Path:
    """Write ``text`` to ``directory/name.txt`` and return the path."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{name}.txt"
    path.write_text(text + "\n", encoding="utf-8")
    return path
