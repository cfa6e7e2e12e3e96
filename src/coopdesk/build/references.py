"""Checks across every curation file: ids used twice, references to records that do not
exist or are of the wrong kind, links given twice, short link quotes, stated places and
parents whose titles are not in the quotes."""

from __future__ import annotations

from collections.abc import Mapping

from coopdesk.build.parse import MIN_QUOTE_WORDS, ParsedFile, shown
from coopdesk.build.specs import LinkSpec, Problem, RecordSpec
from coopdesk.build.support import missing_words
from coopdesk.build.text import normalise


def check_references(files: list[ParsedFile], known: Mapping[str, str]) -> list[Problem]:
    """Ids used twice, references to records that do not exist or are of the wrong kind,
    links given twice, and short link quotes that are no whole name of either end."""
    problems: list[Problem] = []
    by_id: dict[str, RecordSpec] = {}
    for parsed in files:
        for record in parsed.records:
            first = by_id.get(record.id)
            if first is not None or record.id in known:
                elsewhere = (
                    f" (also at {first.at.file}:{first.at.line_of('id')})"
                    if first
                    else " (also in another file)"
                )
                problems.append(
                    Problem(
                        record.at.file,
                        record.at.line_of("id"),
                        record.id,
                        f"the id is used twice{elsewhere}",
                    )
                )
                continue
            by_id[record.id] = record
    kinds = {**known, **{rid: r.kind for rid, r in by_id.items()}}
    for record in by_id.values():
        for key, want in (("place", "place"), ("parent", record.kind)):
            target = getattr(record, key)
            if target is None:
                continue
            if target not in kinds:
                message = f"{key} '{target}' is not a record"
            elif kinds[target] != want:
                message = f"{key} '{target}' is not a {want}"
            else:
                continue
            problems.append(Problem(record.at.file, record.at.line_of(key), record.id, message))
    seen: dict[tuple[str, str, str], LinkSpec] = {}
    for parsed in files:
        for link in parsed.links:
            for end, key in ((link.from_id, "from"), (link.to_id, "to")):
                if end not in kinds:
                    problems.append(
                        Problem(
                            link.at.file,
                            link.at.line_of(key),
                            link.subject,
                            f"'{end}' is not a record",
                        )
                    )
            triple = (link.from_id, link.to_id, link.relation)
            if triple in seen:
                problems.append(
                    Problem(
                        link.at.file,
                        link.at.line,
                        link.subject,
                        f"the same {link.relation} link is given twice (also at {seen[triple].at})",
                    )
                )
            seen.setdefault(triple, link)
        for link, line, quote in parsed.short_link_quotes:
            names = [
                name
                for end in (link.from_id, link.to_id)
                if end in by_id
                for name in (by_id[end].title, by_id[end].short or "", *by_id[end].aliases)
            ]
            if normalise(quote).casefold() not in {normalise(n).casefold() for n in names}:
                problems.append(
                    Problem(
                        link.at.file,
                        line,
                        link.subject,
                        f"the quote {shown(quote)} is shorter than {MIN_QUOTE_WORDS} words and is "
                        "not a whole name of either end: quote enough words to say what it "
                        "supports",
                    )
                )
        for ref in parsed.stated_references:
            target = by_id.get(ref.target)
            if target is None:
                continue  # said above: not a record
            title = next((v for v in target.values if v.field == "title"), None)
            if title is not None and title.basis != "stated":
                continue  # a title of ours is not expected in the document's words
            missing = missing_words(target.title, ref.evidence)
            if missing:
                problems.append(
                    Problem(
                        ref.file,
                        ref.line,
                        ref.subject,
                        f"the {ref.field} {ref.target!r} is stated, but the words of its title "
                        f"({', '.join(repr(w) for w in missing)}) are not in the quotes: quote "
                        f'them ({ref.field}_quote = "…"), or say {ref.field}_basis = "inferred" '
                        f"with a {ref.field}_reason",
                    )
                )
    return problems
