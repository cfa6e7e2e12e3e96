"""Where things live: the bundled data and resources, the user's own files and the logs.

No Qt here: the user's folder comes from platformdirs, laid out as Qt lays out its
AppDataLocation for organisation "CoopDesk" and application "CoopDesk", so that the
window, the command line and earlier versions all find the same ``user.db``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "CoopDesk"
ORGANISATION = "CoopDesk"
USER_DATA_NAME = "user.db"

# The package folder itself (importlib.resources would say the same, slower to load).
_PACKAGE_ROOT = Path(__file__).resolve().parent
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
    """Icons, fonts, translations, desktop files and other non-code resources."""
    return _first_existing(_PACKAGE_ROOT / "resources", _CHECKOUT_ROOT / "resources")


def checkout_root() -> Path | None:
    """The source checkout CoopDesk runs from, or None when it runs from a wheel."""
    return _CHECKOUT_ROOT if (_CHECKOUT_ROOT / "pyproject.toml").is_file() else None


def user_dir() -> Path:
    """The user's CoopDesk folder: ``~/.local/share/CoopDesk/CoopDesk`` on Linux."""
    base = platformdirs.user_data_path(APP_NAME, ORGANISATION, roaming=True)
    # platformdirs names the organisation in the path on Windows only; Qt does everywhere.
    return base if sys.platform == "win32" else base / APP_NAME


def user_data_file() -> Path:
    """The user's own notes, bookmarks and views."""
    return user_dir() / USER_DATA_NAME


def log_dir() -> Path:
    """Where crash reports go, for the window and the command line alike."""
    return user_dir() / "logs"
