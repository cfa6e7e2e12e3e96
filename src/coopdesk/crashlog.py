"""The crash log: one file in one folder, for the command line and the window alike."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from coopdesk import paths

LOG_NAME = "crash.log"


def write_crash_log(details: str | None = None, folder: Path | None = None) -> Path | None:
    """Append ``details`` (default: the exception being handled) to the crash log.

    Returns the log's path, or None when it cannot be written (never raises).
    """
    text = details if details is not None else traceback.format_exc()
    folder = folder or paths.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOG_NAME
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
    except OSError:
        return None
    return path
