"""The curation validator: every problem of a curation, each at the line of its key.

``validate(text, document)`` checks a curation held in memory against the text of its
document and returns every problem found, for an editor that validates as the curator
types; ``str(problem)`` is the line to show. The build runs the same checks over every
file of a source folder (``load.load_curation``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from coopdesk.build.parse import read_curation
from coopdesk.build.references import check_references
from coopdesk.build.specs import Problem


def validate(
    text: str,
    document: str,
    *,
    filename: str = "curation.toml",
    known: Mapping[str, str] | None = None,
) -> list[Problem]:
    """Every problem of the curation ``text`` read against the ``document`` text.

    ``known`` maps the ids of records defined elsewhere (other curation files) to their
    kinds, so that links and places may refer to them. The file's [document] table must
    still name a file, but ``document`` is the text used.
    """
    parsed = read_curation(text, filename, document)
    return sort_problems(parsed.problems + check_references([parsed], known or {}))


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    order: dict[str, int] = {}
    listed = list(problems)
    for p in listed:
        order.setdefault(p.file, len(order))
    return sorted(listed, key=lambda p: (order[p.file], p.line))
