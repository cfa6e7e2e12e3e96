"""Typst, run in a child process: a document's data in, PDF bytes or page images out.

The template (resources/paper/coopdesk.typ) receives the whole document as one JSON
string in ``sys.inputs`` and places its values as text; nothing from the data is ever
written into Typst source. Typst sees only the bundled fonts.

Each compile runs in a fresh child process (``python -m coopdesk.paper.engine``):
typst-py keeps Typst's memo cache for the life of the process (about 85 MB more per
100-page compile), and a child also lets a person's Cancel stop a compile at once and
gives its memory back when it ends.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from coopdesk import paths
from coopdesk.errors import OutputError
from coopdesk.i18n import translate
from coopdesk.jobs import QUIET, Progress
from coopdesk.paper.fonts import fonts_dir

Format = Literal["pdf", "svg", "png"]
POLL_S = 0.05


class LayoutFailed(Exception):
    """Typst refused the document: a bug in the template or in the data we gave it."""


def template() -> Path:
    return paths.resources_dir() / "paper" / "coopdesk.typ"


def compile_here(
    document: Mapping[str, Any], fmt: Format = "pdf", ppi: float | None = None
) -> bytes | list[bytes]:
    """Compile in this process (the child's work; tests of the template call it too)."""
    import typst

    fonts = typst.Fonts(
        include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(fonts_dir())]
    )
    compiler = typst.Compiler(
        str(template()),
        root=str(template().parent),
        font_paths=fonts,
        sys_inputs={"document": json.dumps(document, ensure_ascii=False)},
    )
    stamp = dt.datetime.fromisoformat(str(document["timestamp"]))
    try:
        if fmt == "pdf":
            # Archival and accessible: PDF/A-2b and PDF/UA-1, tagged, identified in XMP.
            out = compiler.compile(format="pdf", pdf_standards=["a-2b", "ua-1"], timestamp=stamp)
        else:
            out = compiler.compile(format=fmt, ppi=ppi)
    except typst.TypstError as exc:
        raise LayoutFailed(f"{exc.message}\n{exc.diagnostic}\n{'; '.join(exc.hints)}") from exc
    if out is None:
        raise LayoutFailed("Typst produced nothing")
    return out if isinstance(out, bytes) else list(out)


CHILD_FLAG = "--coopdesk-paper-engine"  # how a frozen app runs this module's child_main
EXIT_FAILED, EXIT_MEMORY = 3, 4


def _frames(blobs: list[bytes]) -> bytes:
    return b"".join(len(b).to_bytes(8, "big") + b for b in blobs)


def _unframe(data: bytes) -> list[bytes]:
    blobs, at = [], 0
    while at < len(data):
        size = int.from_bytes(data[at : at + 8], "big")
        blobs.append(data[at + 8 : at + 8 + size])
        at += 8 + size
    return blobs


def child_main() -> int:
    """The child: a request line and the document's JSON on stdin, the pages on stdout."""
    request = json.loads(sys.stdin.buffer.readline())
    document = json.loads(sys.stdin.buffer.read())
    try:
        out = compile_here(document, request["format"], request.get("ppi"))
    except LayoutFailed as exc:
        sys.stderr.write(str(exc))
        return EXIT_FAILED
    except MemoryError:
        return EXIT_MEMORY
    sys.stdout.buffer.write(_frames(out if isinstance(out, list) else [out]))
    sys.stdout.buffer.flush()
    return 0


def _command() -> list[str]:
    if getattr(sys, "frozen", False):  # the PyInstaller app: its own executable runs the child
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "coopdesk.paper.engine"]


def compile_document(
    document: Mapping[str, Any],
    fmt: Format = "pdf",
    *,
    ppi: float | None = None,
    progress: Progress = QUIET,
) -> bytes | list[bytes]:
    """Compile ``document`` in a child process; ``progress`` can cancel it.

    Raises ``Cancelled``; ``OutputError`` when the child could not finish (out of
    memory, killed); ``LayoutFailed`` (a bug) when Typst refuses the document.
    """
    request = json.dumps({"format": fmt, "ppi": ppi}).encode() + b"\n"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    # The request goes through a file: a pipe would need writing and reading at once.
    with tempfile.TemporaryFile() as stdin:
        stdin.write(request + json.dumps(document, ensure_ascii=False).encode("utf-8"))
        stdin.seek(0)
        process = subprocess.Popen(
            _command(), stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
        )
    try:
        while True:
            try:
                out, err = process.communicate(timeout=POLL_S)
                break
            except subprocess.TimeoutExpired:
                progress.check()
    except BaseException:  # Cancelled, KeyboardInterrupt: the child goes with us
        process.kill()
        process.communicate()
        raise
    if process.returncode == EXIT_FAILED:
        raise LayoutFailed(err.decode("utf-8", "replace"))
    if process.returncode == EXIT_MEMORY:
        raise OutputError(translate("Paper", "the pages could not be laid out: not enough memory."))
    if process.returncode != 0:
        raise OutputError(
            translate(
                "Paper",
                "the pages could not be laid out: the layout process ended with exit code {code}.",
            ).format(code=process.returncode)
        )
    pages = _unframe(out)
    return pages[0] if fmt == "pdf" else pages


if __name__ == "__main__":
    sys.exit(child_main())
