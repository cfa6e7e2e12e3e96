"""The oldest glibc a frozen CoopDesk runs on, and the launchers that check for it.

Linux only. ``floor(folder)`` reads the glibc symbol versions (``GLIBC_2.xx``) that the
programs and libraries in ``folder`` ask for and returns the newest, e.g. "2.36": the
app needs at least that. ``write_launchers`` puts a small shell script in front of each
program (``coopdesk`` runs ``coopdesk.bin``) that checks the running glibc first.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
_VERSION = re.compile(rb"GLIBC_(2\.\d+(?:\.\d+)?)\x00")
LAUNCHER = Path(__file__).with_name("launcher.sh")


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def floor(folder: Path) -> str:
    """The newest glibc version any ELF file in ``folder`` needs ("2.0" when none)."""
    found = {"2.0"}
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != ELF_MAGIC:
                continue
            found.update(v.decode() for v in _VERSION.findall(path.read_bytes()))
    return ".".join(str(p) for p in max(_key(v) for v in found)[:2])


def launcher_text(program: str, glibc: str) -> str:
    text = LAUNCHER.read_text(encoding="utf-8")
    return text.replace("@GLIBC@", glibc).replace("@PROGRAM@", program)


def write_launchers(folder: Path, programs: list[str], glibc: str) -> None:
    """A launcher ``folder/NAME`` for each ``folder/NAME.bin`` in ``programs``."""
    for program in programs:
        target = folder / program
        target.write_text(launcher_text(program, glibc), encoding="utf-8")
        target.chmod(target.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    (folder / "GLIBC-FLOOR").write_text(f"{glibc}\n", encoding="ascii")
