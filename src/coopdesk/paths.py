"""Where the bundled data and resources live, installed or in a source checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_PACKAGE_ROOT = Path(str(resources.files("coopdesk")))
# In a checkout (and an editable install) data/ and resources/ sit two levels above the package;
# in a wheel they are copied inside it.
_CHECKOUT_ROOT = _PACKAGE_ROOT.parent.parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.exists():
            return candidate
    return candidates[0]


def bundled_db() -> Path:
    """The database shipped with CoopDesk."""
    return _first_existing(_PACKAGE_ROOT / "data" / "coop.db", _CHECKOUT_ROOT / "data" / "coop.db")


def source_dir() -> Path:
    """The folder of source documents and their curation files."""
    return _first_existing(_PACKAGE_ROOT / "data" / "source", _CHECKOUT_ROOT / "data" / "source")


def resources_dir() -> Path:
    """Icons, desktop files and other non-code resources."""
    return _first_existing(_PACKAGE_ROOT / "resources", _CHECKOUT_ROOT / "resources")


def user_data_file() -> Path:
    """The user's own notes, bookmarks and views: ``user.db`` in Qt's AppDataLocation."""
    # QtCore only, imported here, so that the core modules stay free of Qt.
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if QCoreApplication.instance() is None:  # the command line: name the folder as the GUI does
        QCoreApplication.setOrganizationName("CoopDesk")
        QCoreApplication.setApplicationName("CoopDesk")
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".coopdesk") / "user.db"
