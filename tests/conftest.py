"""Shared fixtures: run the CLI in-process, a terminal-like stdout, the seed files."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from hnreader.cli import main
from hnreader.corpus import seeds_path

# CI runs a fixed, larger set of examples so a failure reproduces; locally the
# examples vary from run to run to explore more inputs over time.
settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=300,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(scope="session")
def _user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("user")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: generates many or large files (seconds)")


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path_factory, monkeypatch, tmp_path, _user_dirs):
    """Tests never touch the real user folders: a new archive and data, config and
    state folders per test, one cache per session (jieba's dictionary); the
    interface speaks Chinese unless a test says otherwise."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HNREADER_ARCHIVE", str(tmp_path / "archive"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("XDG_CACHE_HOME", str(_user_dirs / "xdg_cache_home"))
    monkeypatch.delenv("HNREADER_LANG", raising=False)
    yield
    import gc

    from hnreader.i18n import DEFAULT, set_language

    set_language(DEFAULT)
    gc.unfreeze()  # what a reader kept out of the collector's sight is collected again


class TtyStringIO(io.StringIO):
    """A stdout that says it is a terminal, so commands print rich output."""

    def isatty(self) -> bool:
        return True


CliResult = tuple[int, str, str]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``hnreader --lang en ARGS...`` in-process: (exit status, stdout, stderr).

    The messages these tests assert are the English ones; the Chinese default
    is covered by ``cli_zh`` (tests/test_cli_language.py).
    """
    return _runner(capsys, ["--lang", "en"])


@pytest.fixture
def cli_zh(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``hnreader ARGS...`` in the default language."""
    return _runner(capsys, [])


def _runner(capsys: pytest.CaptureFixture[str], lead: list[str]) -> Callable[..., CliResult]:
    def run(*args: str | os.PathLike[str]) -> CliResult:
        try:
            code = main([*lead, *(str(a) for a in args)])
        except SystemExit as exc:  # argparse usage errors, --help
            code = exc.code if isinstance(exc.code, int) else 2
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def tty_cli(cli: Callable[..., CliResult]) -> Callable[..., CliResult]:
    """Like ``cli`` but stdout is a terminal: the rich output path."""

    def run(*args: str | os.PathLike[str]) -> CliResult:
        fake, saved = TtyStringIO(), sys.stdout
        sys.stdout = fake
        try:
            code, _, err = cli(*args)
        finally:
            sys.stdout = saved
        return code, fake.getvalue(), err

    return run


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    """The bundled seed pages."""
    return sorted(seeds_path().glob("*.txt"))
