"""What the window is asked to open with, as typed on the command line (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class GuiOptions:
    """What ``coopdesk gui`` was asked for, as the person typed it."""

    db: Path | None = None
    agencies: list[str] = field(default_factory=list)
    offences: list[str] = field(default_factory=list)
    year: int | None = None
    year_from: int | None = None
    year_to: int | None = None
    text: str = ""
    stated_only: bool = False
    select: str | None = None
    screenshot: Path | None = None
    qt_args: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    lang: str | None = None  # the window's language for this run ("en", "ru", "pseudo")

    @property
    def has_filters(self) -> bool:
        return bool(
            self.agencies or self.offences or self.text or self.stated_only or self.documents
            or self.year or self.year_from or self.year_to
        )  # fmt: skip


@dataclass
class CurateOptions:
    """What ``coopdesk curate DOC.txt`` was asked for."""

    document: Path
    curation: Path | None = None
    screenshot: Path | None = None
    select: str | None = None
    qt_args: list[str] = field(default_factory=list)
