"""Read every curation file of a source folder, check them together, derive links."""

from __future__ import annotations

from pathlib import Path

from coopdesk.build.parse import ParsedFile, read_curation
from coopdesk.build.references import check_references
from coopdesk.build.specs import Curation, LinkSpec, Problem
from coopdesk.build.validate import sort_problems
from coopdesk.errors import BuildError


def decode(data: bytes, name: str) -> str | Problem:
    """UTF-8 text, or the problem naming the line of the first byte that is not."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return Problem(name, line, "", f"not valid UTF-8 (byte {exc.start}).")


def read_text(path: Path) -> str | Problem:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Problem(str(path), 0, "", f"cannot be read ({exc.strerror}).")
    return decode(data, path.name)


def load_curation(source: Path) -> Curation:
    """Read and check every document and curation file in ``source``.

    Raises ``BuildError`` listing every problem, one line each, when there is any.
    """
    if not source.is_dir():
        raise BuildError(f"{source}: no such source folder.")
    tomls = sorted(source.glob("*.toml"))
    if not tomls:
        raise BuildError(f"{source}: no curation files (*.toml) found.")
    # A sound curation needs no line numbers: they are found only to word a problem.
    files, problems = _read_all(source, tomls, with_lines=False)
    if problems:
        files, problems = _read_all(source, tomls, with_lines=True)
    if problems:
        raise BuildError("\n".join(str(p) for p in sort_problems(problems)))
    curation = Curation()
    for parsed in files:
        assert parsed.document is not None
        curation.documents.append(parsed.document)
        for record in parsed.records:
            record.sort = len(curation.records)
            curation.records.append(record)
        curation.links.extend(parsed.links)
    derive_links(curation)
    return curation


def _read_all(
    source: Path, tomls: list[Path], *, with_lines: bool
) -> tuple[list[ParsedFile], list[Problem]]:
    """Every curation file read and checked, and every problem found, across files too."""
    files: list[ParsedFile] = []
    problems: list[Problem] = []
    for toml_path in tomls:
        text = read_text(toml_path)
        if isinstance(text, Problem):
            problems.append(text)
            continue
        files.append(
            read_curation(
                text, toml_path.name, lambda name: read_text(source / name), with_lines=with_lines
            )
        )
    problems += [p for f in files for p in f.problems]
    problems += check_references(files, {})
    documents: dict[str, ParsedFile] = {}
    for parsed in files:
        if parsed.document is None:
            continue
        if parsed.document.id in documents:
            problems.append(
                Problem(
                    parsed.name,
                    0,
                    "document",
                    f"document id '{parsed.document.id}' is used twice (also in "
                    f"{documents[parsed.document.id].name})",
                )
            )
        documents.setdefault(parsed.document.id, parsed)
    return files, problems


def derive_links(curation: Curation) -> None:
    """An event's agencies include the agencies of the people who took part.

    A derived link is stated only when both links it joins are stated.
    """
    members: dict[str, list[int]] = {}
    for index, link in enumerate(curation.links):
        if link.relation == "member_of":
            members.setdefault(link.from_id, []).append(index)
    direct = {(lk.from_id, lk.to_id) for lk in curation.links if lk.relation == "participant"}
    titles = {r.id: r.title for r in curation.records}
    derived = []
    for link in curation.links:
        if link.relation != "participant" or link.to_id not in members:
            continue
        for member_index in members[link.to_id]:
            member = curation.links[member_index]
            if (link.from_id, member.to_id) in direct:
                continue
            direct.add((link.from_id, member.to_id))
            both_stated = link.basis == member.basis == "stated"
            derived.append(
                LinkSpec(
                    from_id=link.from_id,
                    to_id=member.to_id,
                    relation="participant",
                    basis="stated" if both_stated else "inferred",
                    document_id=link.document_id,
                    role=f"through {titles[link.to_id]}",
                    reason=f"Represented by {titles[link.to_id]}."
                    + ("" if member.reason is None else f" {member.reason}"),
                    citations=link.citations + member.citations,
                    derived_from=member_index,
                )
            )
    curation.links.extend(derived)
