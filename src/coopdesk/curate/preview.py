"""The build's checks on a curation being edited, a preview database, and Publish.

A curation being edited is checked and built as it would be from its folder: the
folder's other documents and curations beside it, the edited text in place of the saved
one. The build itself (``coopdesk.build``) does the checking and the writing; nothing
here writes the bundled database, except Publish in a checkout.
"""

from __future__ import annotations

import shutil
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from coopdesk import paths
from coopdesk.build import Curation, build, load_curation
from coopdesk.curate.curation import CurationFile
from coopdesk.errors import BuildError, CurationError, OutputError


@dataclass(frozen=True)
class Problem:
    """One thing the build refuses in a curation, as the build words it."""

    message: str


def assemble(curation: CurationFile, folder: Path) -> Path:
    """A source folder in ``folder``: the curation's siblings and the edited curation."""
    source = folder / "source"
    source.mkdir()
    home = curation.path.parent
    if home.is_dir():
        for sibling in sorted(home.glob("*.toml")):
            if sibling.resolve() == curation.path.resolve():
                continue
            shutil.copyfile(sibling, source / sibling.name)
            name = _document_name(sibling)
            if name and (home / name).is_file() and not (source / name).exists():
                shutil.copyfile(home / name, source / name)
    (source / curation.path.name).write_text(curation.text, encoding="utf-8")
    document = source / str(curation.doc["document"]["file"])
    document.write_text(curation.document_text, encoding="utf-8")
    return source


def _document_name(toml_path: Path) -> str | None:
    try:
        data = tomllib.loads(toml_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None  # the build will say what is wrong with it
    document = data.get("document")
    name = document.get("file") if isinstance(document, dict) else None
    return name if isinstance(name, str) and "/" not in name and "\\" not in name else None


def check(curation: CurationFile) -> list[Problem]:
    """What the build would refuse in the curation as it stands (nothing: an empty list)."""
    with tempfile.TemporaryDirectory(prefix="coopdesk-check-") as tmp:
        try:
            load_curation(assemble(curation, Path(tmp)))
        except BuildError as exc:
            return [Problem(str(exc))]
    return []


class Preview:
    """Preview databases of a curation, in a temporary folder of their own.

    Each build is a new file, so a reader of the last one is never disturbed; older ones
    are removed as newer ones appear (where the system allows).
    """

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="coopdesk-preview-")
        self.folder = Path(self._folder.name)
        self._count = 0
        self.path: Path | None = None

    def build(self, curation: CurationFile) -> Path:
        """Build the curation as it stands; the new database's path. BuildError if invalid."""
        self._count += 1
        work = self.folder / f"build-{self._count}"
        work.mkdir()
        source = assemble(curation, work)
        target = self.folder / f"preview-{self._count}.db"
        build(source, target)
        shutil.rmtree(work, ignore_errors=True)
        for old in self.folder.glob("preview-*.db"):
            if old != target:
                old.unlink(missing_ok=True)
        self.path = target
        return target

    def close(self) -> None:
        self._folder.cleanup()

    def __enter__(self) -> Preview:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def publish_target(curation: CurationFile, target: Path | None) -> Path:
    """Where Publish writes: ``target``, or data/coop.db for the checkout's own source."""
    if target is not None:
        return target
    if paths.checkout_root() is None:
        raise CurationError(
            "choose a database to publish to: the bundled database of an installed "
            "CoopDesk is never written."
        )
    if curation.path.parent.resolve() != paths.source_dir().resolve():
        raise CurationError(
            f"choose a database to publish to: {curation.path.name} is not in this "
            f"checkout's {paths.source_dir()}, whose database is data/coop.db."
        )
    return paths.bundled_db()


def publish(curation: CurationFile, target: Path | None = None) -> tuple[Path, Curation]:
    """Save the curation and build its folder into ``target`` (see ``publish_target``).

    Refused, with nothing written, while the build would refuse the curation.
    """
    output = publish_target(curation, target)
    problems = check(curation)
    if problems:
        raise CurationError(f"not published: {problems[0].message}")
    if output.resolve() == paths.bundled_db().resolve() and paths.checkout_root() is None:
        raise OutputError(f"{output}: the bundled database is never written.")
    curation.save()
    return output, build(curation.path.parent, output)
