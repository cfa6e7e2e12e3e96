"""Killing CoopDesk while it saves notes loses no note it had confirmed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coopdesk.userdata import UserData

# A real CoopDesk process: it saves notes through coopdesk.userdata as fast as it can and
# prints each note's number once set_note has returned, that is, once it is committed.
WRITER = """
import sys
from coopdesk.userdata import UserData

data = UserData(sys.argv[1])
number = 0
while True:
    data.set_note(f"event/kill-{number % 50}", f"note {number} " + "words " * (number % 200))
    data.add_record_bookmark(f"event/kill-{number}", f"bookmark {number}")
    print(number, flush=True)
    number += 1
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("after", [40, 400])
def test_sigkill_while_saving_keeps_every_confirmed_note(tmp_path: Path, after: int) -> None:
    path = tmp_path / "user.db"
    with subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    ) as process:
        assert process.stdout is not None
        confirmed = -1
        deadline = time.monotonic() + 60
        while confirmed < after and time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            confirmed = int(line)
        # Kill it in the middle of whatever it is writing now.
        process.send_signal(signal.SIGKILL)
        for line in process.stdout:  # numbers printed before the kill are confirmed too
            if line.strip():
                confirmed = int(line)
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    assert confirmed >= after

    with UserData(path) as data:
        assert data.notice == ""
        assert data.integrity() == "ok"
        notes = {n.record_id: n.text for n in data.notes()}
        bookmarks = {b.record_id for b in data.bookmarks()}
    for number in range(max(0, confirmed - 49), confirmed + 1):
        # Each of the last 50 confirmed numbers is the latest note on its record, or was
        # overwritten by a later one that was itself saved.
        note = notes[f"event/kill-{number % 50}"]
        assert int(note.split()[1]) >= number
    assert {f"event/kill-{n}" for n in range(confirmed + 1)} <= bookmarks
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
