"""The build's checks on a curation being edited, a preview database, and Publish.

A curation being edited is checked and built as it would be from its folder: the
folder's other documents and curations beside it, the edited text in place of the saved
one. The build itself (``coopdesk.build``) does the checking and the writing; nothing
here writes the bundled database, except Publish in a checkout.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
import tomllib
from pathlib import Path
from types import TracebackType

from coopdesk import paths
from coopdesk.build import Curation, Problem, build, validate
from coopdesk.curate.curation import CurationFile, Frozen
from coopdesk.errors import BuildError, CurationError, OutputError
from coopdesk.fileio import write_output
from coopdesk.i18n import translate

_LINE = re.compile(r"^(?P<file>[^:\n]+?)(?::(?P<line>\d+))?: (?P<rest>.*)$", re.S)
_SUBJECT = re.compile(
    r"^(?P<subject>[a-z]+/[a-z0-9-]+|link [^:\n]*?|document): (?P<message>.*)$", re.S
)


def problem_from_line(text: str) -> Problem:
    """A problem from one line of the build's refusal (``str(problem)`` read back)."""
    match = _LINE.match(text)
    if match is None:
        return Problem("", 0, "", text)
    rest = match.group("rest")
    subject = _SUBJECT.match(rest)
    line = int(match.group("line")) if match.group("line") else 0
    if subject is None:
        return Problem(match.group("file"), line, "", rest)
    return Problem(match.group("file"), line, subject.group("subject"), subject.group("message"))


AnyCuration = CurationFile | Frozen


def _frozen(curation: AnyCuration) -> Frozen:
    return curation.frozen() if isinstance(curation, CurationFile) else curation


def assemble(curation: AnyCuration, folder: Path) -> Path:
    """A source folder in ``folder``: the curation's siblings and the edited curation."""
    curation = _frozen(curation)
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
    document = source / curation.document_file
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


def sibling_records(curation: AnyCuration) -> dict[str, str]:
    """The ids and kinds of the records the folder's other curation files define, which
    this one may refer to (a file that cannot be read defines none)."""
    frozen = _frozen(curation)
    known: dict[str, str] = {}
    home = frozen.path.parent
    for sibling in sorted(home.glob("*.toml")) if home.is_dir() else []:
        if sibling.resolve() == frozen.path.resolve():
            continue
        try:
            data = tomllib.loads(sibling.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue  # the build says what is wrong with it
        for record in data.get("record", []) if isinstance(data.get("record"), list) else []:
            if isinstance(record, dict) and isinstance(record.get("id"), str):
                known[record["id"]] = str(record.get("kind", ""))
    return known


def check(curation: AnyCuration) -> list[Problem]:
    """Every problem the build's validator finds in the curation as it stands, each at its
    line (nothing: an empty list). It reads the text in memory: nothing is written."""
    frozen = _frozen(curation)
    return validate(
        frozen.text,
        frozen.document_text,
        filename=frozen.path.name,
        known=sibling_records(frozen),
    )


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

    def build(self, curation: AnyCuration) -> Path:
        """Build the curation as it stands; the new database's path. BuildError if invalid."""
        self._count += 1
        work = self.folder / f"build-{self._count}"
        work.mkdir()
        target = self.folder / f"preview-{self._count}.db"
        try:
            build(assemble(curation, work), target)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        for old in self.folder.glob("preview-*.db"):
            if old != target:
                # A system that keeps open files (Windows) keeps them till the next build.
                with contextlib.suppress(OSError):
                    old.unlink()
        self.path = target
        return target

    def try_build(self, curation: AnyCuration) -> tuple[list[Problem], Path | None]:
        """Check, then build: the problems, or none and the new database. The build may
        still refuse what one file's check cannot see (a document id used twice)."""
        problems = check(curation)
        if problems:
            return problems, None
        try:
            return [], self.build(curation)
        except BuildError as exc:
            return [problem_from_line(line) for line in str(exc).splitlines()], None

    def close(self) -> None:
        self._folder.cleanup()

    def __enter__(self) -> Preview:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def publish_target(curation: AnyCuration, target: Path | None) -> Path:
    """Where Publish writes: ``target``, or data/coop.db for the checkout's own source."""
    if target is not None:
        return target
    if paths.checkout_root() is None:
        raise CurationError(
            translate(
                "Curate",
                "choose a database to publish to: the bundled database of an installed "
                "CoopDesk is never written.",
            )
        )
    if curation.path.parent.resolve() != paths.source_dir().resolve():
        raise CurationError(
            translate(
                "Curate",
                "choose a database to publish to: {name} is not in this checkout's {folder}, "
                "whose database is data/coop.db.",
            ).format(name=curation.path.name, folder=paths.source_dir())
        )
    return paths.bundled_db()


def publish(curation: AnyCuration, target: Path | None = None) -> tuple[Path, Curation]:
    """Save the curation and build its folder into ``target`` (see ``publish_target``).

    Refused, with nothing written, while the build would refuse the curation. Given a
    frozen curation (a worker's copy), it saves that text; the window then marks the
    file saved on its own thread.
    """
    output = publish_target(curation, target)
    frozen = _frozen(curation)
    problems = check(frozen)
    if problems:
        raise CurationError(
            translate("Curate", "not published: {problem}").format(problem=problems[0])
        )
    if output.resolve() == paths.bundled_db().resolve() and paths.checkout_root() is None:
        raise OutputError(f"{output}: the bundled database is never written.")
    if isinstance(curation, CurationFile):
        curation.save()
    else:
        write_output(frozen.path, frozen.text.encode("utf-8"), what="curation")
    return output, build(frozen.path.parent, output)
