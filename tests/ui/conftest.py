"""Fixtures of the window's tests in more than one module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture
def russian() -> Iterator[None]:
    """The Russian translation installed for the test, and English again after it."""
    from coopdesk.ui.language import install_language, reset_language

    assert install_language("ru") == "ru"
    try:
        yield
    finally:
        reset_language()


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic collection of 3 000 events: large enough to be paged and counted."""
    from coopdesk.synth import synthesize

    path = tmp_path_factory.mktemp("large") / "large.db"
    synthesize(path, events=3000, seed=11)
    return path
