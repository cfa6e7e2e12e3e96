"""The rows of the full-text index: one per record and one per source paragraph.

Note for issue 12 (search), from issue 11: ``r.short`` and ``r.aliases`` hold every name,
editorial ones included (FSB, MVD, "people smuggling"); each name's basis is in
``r.values`` (field "short_name" or "alias"). A search that matches a record only through
a name of ours could say so, as the rest of CoopDesk marks such names "not in the source".
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from coopdesk.build.specs import Curation
from coopdesk.schema import FTS_TABLE


def _search_rows(curation: Curation) -> Iterator[tuple[str, dict[str, Any]]]:
    """One row per record (its names, roles, linked names and quotes) and per paragraph."""
    by_id = {r.id: r for r in curation.records}
    linked: dict[str, list[str]] = {}
    for link in curation.links:
        for a, b in ((link.from_id, link.to_id), (link.to_id, link.from_id)):
            target = by_id[b]
            linked.setdefault(a, []).extend([target.title, target.short or "", *target.aliases])
    for r in curation.records:
        names = [c.quote for c in r.citations]
        names += [r.short or "", *r.aliases, r.role or "", r.context or ""]
        if r.place:
            names.append(by_id[r.place].title)
        if r.parent:
            names.append(by_id[r.parent].title)
        names += linked.get(r.id, [])
        body = " · ".join(dict.fromkeys(n for n in names if n))
        yield (
            FTS_TABLE,
            {"ref": r.id, "kind": r.kind, "paragraph": None, "title": r.title, "body": body},
        )
    for doc in curation.documents:
        for number, text in enumerate(doc.paragraphs, 1):
            yield (
                FTS_TABLE,
                {
                    "ref": doc.id,
                    "kind": "paragraph",
                    "paragraph": number,
                    "title": doc.title,
                    "body": text,
                },
            )
