"""The Qt binding itself: a broken release must fail here, not crash a user's window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_qt_calls_do_not_leak_references_to_none(qtbot) -> None:
    # PySide6 6.12.0 took a reference to None on each void call; on Python 3.11 that
    # aborts the process ("none_dealloc") after a few thousand repaints.
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for i in range(2000):
        widget.resize(100 + i % 5, 100)
    assert abs(sys.getrefcount(None) - before) < 100
