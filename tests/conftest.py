"""Shared fixtures: a fresh build of the bundled source in a temporary folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk import paths
from coopdesk.build import build
from coopdesk.store import Store

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def source_copy(tmp_path: Path) -> Path:
    """A writable copy of data/source, for tests that doctor the curation."""
    target = tmp_path / "source"
    shutil.copytree(paths.source_dir(), target)
    return target


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled source built afresh, once per session."""
    out = tmp_path_factory.mktemp("built") / "coop.db"
    build(paths.source_dir(), out)
    return out


@pytest.fixture
def store(built_db: Path) -> Iterator[Store]:
    with Store(built_db) as opened:
        yield opened
