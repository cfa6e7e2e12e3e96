"""A large collection: filter changes run off the GUI thread, the latest request wins, and
only the first records are listed and drawn while every count stays exact."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

import probes
from coopdesk.app import create_main_window
from coopdesk.model import Filters
from coopdesk.store import Store
from coopdesk.synth import synthesize
from coopdesk.ui.controller import Controller
from coopdesk.ui.mainwindow import MainWindow


@pytest.fixture(scope="module")
def large_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("large") / "large.db"
    synthesize(path, events=3000, seed=11)
    return path


@pytest.fixture
def large_window(qtbot, large_db: Path, tmp_path: Path, monkeypatch) -> Iterator[MainWindow]:
    monkeypatch.setattr(Controller, "LARGE", 1000)
    monkeypatch.setattr(Controller, "LIMIT", 200)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = create_main_window(large_db, settings)
    qtbot.addWidget(window)
    window.resize(1300, 800)
    window.show()
    qtbot.waitUntil(lambda: window.controller.snapshot is not None, timeout=10_000)
    yield window
    qtbot.waitUntil(lambda: window.controller.pool.activeThreadCount() == 0, timeout=10_000)


def test_large_collection_lists_the_first_records_with_exact_counts(
    qtbot, large_window: MainWindow
) -> None:
    assert large_window.controller.large
    assert large_window.record_count.text() == (
        "3 000 of 3 000 records — the first 200 are listed and drawn"
    )
    more = large_window.tree_model.index_of_key("more:dated")
    assert more.isValid() and "2 800 more records" in str(more.data()).replace(",", " ")
    assert probes.visible_count(large_window.timeline) == 200


def test_filter_changes_run_off_the_gui_thread_and_the_latest_wins(
    qtbot, large_window: MainWindow, large_db: Path
) -> None:
    with Store(large_db) as store:
        agencies = [a.id for a in store.entities("agency")[:3]]
        expected = store.count_dated(Filters(agencies=(agencies[2],)))
    controller = large_window.controller
    for agency in agencies:  # three quick changes: only the last may be shown
        controller.set_filters(Filters(agencies=(agency,)))
    assert large_window.status.currentMessage() == "Updating…"
    qtbot.waitUntil(lambda: controller.snapshot.filters.agencies == (agencies[2],), timeout=10_000)
    # Every job has ended and its answer (if any) is delivered: none may replace the latest.
    qtbot.waitUntil(lambda: controller.pool.activeThreadCount() == 0, timeout=10_000)
    QCoreApplication.processEvents()
    assert controller.snapshot.filters.agencies == (agencies[2],)
    assert large_window.record_count.text().startswith(f"{expected:,}".replace(",", " ") + " of")


def test_a_record_of_a_large_collection_opens_from_the_tree(
    qtbot, large_window: MainWindow
) -> None:
    first = large_window.controller.snapshot.records[0]
    large_window.select_record(first.id)
    assert large_window.detail.toPlainText().startswith(first.title)
    assert large_window.timeline.current_id() == first.id
