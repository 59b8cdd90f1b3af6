"""The package's modules bind each top-level name once: a pattern or a
function defined again further down silently replaces the first for every
caller above it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "hnreader"


def rebound_names(source: str) -> list[str]:
    """Top-level names bound more than once in a module's source."""
    seen: set[str] = set()
    again: list[str] = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            continue
        again += [n for n in names if n in seen]
        seen.update(names)
    return again


def test_a_pattern_bound_twice_is_found():
    assert rebound_names(
        'import re\n_P = re.compile("a")\ndef f(): pass\n_P = re.compile("b")\n'
    ) == ["_P"]


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: p.name)
def test_each_top_level_name_is_bound_once(path):
    assert rebound_names(path.read_text(encoding="utf-8")) == []
