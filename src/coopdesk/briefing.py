"""The HTML of a briefing pack: its cover, one section per record and an index. No Qt.

Paper carries the same marks as the screen: a value that is not the document's words is
printed with "inferred" or "not in the source", and the index marks the records an agency
or offence type reaches only through an inferred link.
"""

from __future__ import annotations

from collections.abc import Mapping

from coopdesk.marks import NOT_IN_SOURCE, titled
from coopdesk.model import RecordDetail
from coopdesk.render import esc, human_date, record_html, user_note_html
from coopdesk.schema import AGENCY_RELATIONS

LEGEND = (
    "Values marked “inferred” are a reading of the document, with the reason; values "
    f"marked “{NOT_IN_SOURCE}” were added by the curators (abbreviations, names in common "
    "use), with the reason. Everything else is the document's words, with its quote."
)


def brief_cover_html(title: str, filters_text: str, count: int, as_of: str, sources: str) -> str:
    """The cover page of a briefing pack (the timeline figure is drawn below it)."""
    return (
        f'<h1 class="cover">{esc(title)}</h1>'
        f'<p class="lead">Russia–EU cooperation against transnational crime and terrorism</p>'
        '<table class="facts" cellspacing="0" cellpadding="4">'
        f'<tr><th align="left">Filters</th><td>{esc(filters_text)}</td></tr>'
        f'<tr><th align="left">Records</th><td>{count}</td></tr>'
        f'<tr><th align="left">Data as of</th><td>{esc(human_date(as_of) or "unknown")}</td></tr>'
        f'<tr><th align="left">Source</th><td>{esc(sources)}</td></tr>'
        f'<tr><th align="left">Marks</th><td>{esc(LEGEND)}</td></tr>'
        "</table>"
        '<p class="figure-caption">Timeline of the records in this pack</p>'
    )


def _index(title: str, entries: dict[tuple[int, str], dict[str, bool]], empty: str) -> list[str]:
    out = [f'<p class="index">{esc(title)}</p>']
    if not entries:
        return [*out, f"<p>{esc(empty)}</p>"]
    out.append('<table class="index" cellspacing="0" cellpadding="2">')
    for (_number, name), dates in sorted(
        entries.items(), key=lambda e: (e[0][0], e[0][1].casefold())
    ):
        listed = ", ".join(
            when + ("" if stated else " (inferred)") for when, stated in dates.items()
        )
        out.append(f'<tr><td width="55%">{esc(name)}</td><td>{esc(listed)}</td></tr>')
    out.append("</table>")
    return out


def brief_body_html(details: list[RecordDetail], notes: Mapping[str, str] | None = None) -> str:
    """One section per record in date order, then an index of agencies and offence types.

    ``notes``: the user's notes by record id, printed as theirs (None: no notes).
    """
    out = []
    for number, detail in enumerate(details, 1):
        note = user_note_html((notes or {}).get(detail.id, ""), for_print=True)
        out.append(f'<div class="record"><p class="recno">{number} of {len(details)}</p>')
        out.append(record_html(detail, for_print=True, heading=2, note_html=note))
        out.append("</div>")
    # name → date → True when a stated link says so (a stated link outweighs an inferred one)
    agencies: dict[tuple[int, str], dict[str, bool]] = {}
    offences: dict[tuple[int, str], dict[str, bool]] = {}
    for detail in details:
        when = human_date(detail.ref.date)
        for link in detail.links:
            other = link.other
            if other.kind == "agency" and link.relation in AGENCY_RELATIONS:
                index, key = agencies, (0, titled(other))
            elif other.kind == "offence" and link.relation == "concerns":
                index, key = offences, (other.number or 0, f"{other.number}. {titled(other)}")
            else:
                continue
            dates = index.setdefault(key, {})
            dates[when] = dates.get(when, False) or link.basis == "stated"
    out += _index("Index of agencies", agencies, "No agency is named for these records.")
    out += _index("Index of offence types", offences, "No offence type is linked to these records.")
    return "\n".join(out)
