"""Text, HTML and JSON renderings of records, shared by the command line, the GUI and print.

No Qt here. Every piece of database text that goes into HTML passes through ``esc``;
the only links produced are the application's own ``coopdesk:`` links.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, unquote

from coopdesk.model import (
    HIT_END,
    HIT_START,
    Citation,
    DatedRecord,
    DocumentText,
    Entity,
    Filters,
    RecordDetail,
)
from coopdesk.safetext import for_terminal, isolate, single_line
from coopdesk.schema import AGENCY_RELATIONS, KIND_BY_ID
from coopdesk.textsearch import parse

SCHEME = "coopdesk"

# One colour and one shape per timeline lane, used everywhere (Okabe–Ito palette).
LANE_STYLE: dict[str, tuple[str, str]] = {
    "Instruments": ("#0072B2", "◆"),
    "Summits": ("#D55E00", "■"),
    "High-level talks": ("#009E73", "●"),
    "Expert meetings": ("#CC79A7", "▲"),
}
KIND_COLOUR: dict[str, str] = {
    "agency": "#E69F00",
    "person": "#56B4E9",
    "place": "#7F7F7F",
    "offence": "#D55E00",
    "form": "#009E73",
    "area": "#0072B2",
    "principle": "#CC79A7",
}


def short_is_redundant(title: str, short: str | None) -> bool:
    """True when the short name already stands in the title as a word ("Europol")."""
    return not short or re.search(rf"\b{re.escape(short)}\b", title, re.IGNORECASE) is not None


def name_with_short(title: str, short: str | None) -> str:
    """'UN – United Nations', or just the title when it holds the short name."""
    return title if short_is_redundant(title, short) else f"{short} – {title}"


def names_map(agencies: Iterable[Entity], offences: Iterable[Entity]) -> dict[str, str]:
    """The name each agency and offence type goes by in chips, covers and descriptions."""
    names = {a.id: a.short_name or a.title for a in agencies}
    names.update({o.id: f"{o.number}. {o.title}" for o in offences})
    return names


def esc(text: object) -> str:
    """Text for HTML: escaped, and isolated when it could reorder the text around it
    (a right-to-left override in a title must not turn the "¶10" after it into "01¶")."""
    return html.escape(isolate(str(text)), quote=True)


def human_date(iso: str | None) -> str:
    """'2017-09-27' → '27 September 2017' (as people read dates)."""
    if not iso:
        return ""
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {day:%B} {day.year}"


def short_date(iso: str | None) -> str:
    """'2017-09-27' → '27 Sep'."""
    if not iso:
        return ""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%b}"


def record_url(record_id: str) -> str:
    return f"{SCHEME}:record/{quote(record_id, safe='/')}"


def source_url(document_id: str, paragraph: int, citation_index: int = 0) -> str:
    return f"{SCHEME}:source/{quote(document_id, safe='')}/{paragraph}/{citation_index}"


def parse_url(url: str) -> tuple[str, list[str]] | None:
    """('record', [id]) or ('source', [document, paragraph, index]); None for anything else.

    Only the application's own links are accepted; every other scheme is refused.
    """
    prefix = f"{SCHEME}:"
    if not url.startswith(prefix):
        return None
    what, _, rest = url[len(prefix) :].partition("/")
    if what == "record" and rest:
        return "record", [unquote(rest)]
    if what == "source":
        parts = [unquote(p) for p in rest.split("/")]
        if len(parts) == 3 and parts[1].isdigit() and parts[2].isdigit():
            return "source", parts
    return None


def marker(kind: str) -> tuple[str, str]:
    """The colour and shape that stand for a kind of record."""
    info = KIND_BY_ID.get(kind)
    if info and info.lane:
        return LANE_STYLE[info.lane]
    return KIND_COLOUR.get(kind, "#555555"), "▪"


def subtitle(detail: RecordDetail) -> str:
    """Kind · date · place, as one line of plain text."""
    parts = [KIND_BY_ID[detail.kind].label if detail.kind in KIND_BY_ID else detail.kind]
    if detail.ref.date:
        parts.append(human_date(detail.ref.date))
    if detail.place:
        parts.append(detail.place.title)
    if detail.side_name:
        parts.append(detail.side_name)
    return " · ".join(isolate(p) for p in parts)


Fact = tuple[str, list[tuple[str, str | None]]]  # label, [(text, record id to link or None)]


def _facts(detail: RecordDetail) -> list[Fact]:
    facts: list[Fact] = []

    def add(label: str, text: str, record_id: str | None = None) -> None:
        facts.append((label, [(text, record_id)]))

    if detail.ref.date:
        add("Date", human_date(detail.ref.date))
    if detail.kind in KIND_BY_ID and KIND_BY_ID[detail.kind].lane:
        if detail.place:
            add("Place", detail.place.title, detail.place.id)
        else:
            add("Place", "not stated in the source")
    if detail.number is not None:
        add("Number", str(detail.number))
    if detail.context:
        add("Context", detail.context)
    if detail.side_name:
        add("Side", detail.side_name)
    if detail.short_name:
        add("Short name", detail.short_name)
    if detail.role:
        add("Role", detail.role)
    if detail.parent:
        add("Part of", detail.parent.title, detail.parent.id)
    if detail.children:
        facts.append(("Units", [(c.title, c.id) for c in detail.children]))
    if detail.aliases:
        add("Also known as", ", ".join(detail.aliases))
    return facts


def record_text(detail: RecordDetail) -> str:
    """A record as plain text for a terminal: the data's control characters removed and
    its right-to-left runs isolated (``safetext.for_terminal``)."""
    t = for_terminal
    lines = [t(detail.title), t(subtitle(detail)), f"id: {t(detail.id)}", ""]
    for label, values in _facts(detail):
        lines.append(f"{label + ':':<15}{', '.join(t(text) for text, _ in values)}")
    for label, links in detail.link_groups():
        lines += ["", f"{label}:"]
        for link in links:
            role = f" ({t(link.role)})" if link.role else ""
            basis = "stated" if link.basis == "stated" else f"inferred: {t(link.reason or '')}"
            date = f"{link.other.date}  " if link.other.date else ""
            lines.append(f"  - {date}{t(link.other.title)}{role} [{basis}]")
    lines += ["", "Source:"]
    for c in detail.citations:
        lines.append(f"  ¶{c.paragraph}: “{t(c.quote)}”")
    return "\n".join(lines) + "\n"


def _basis_html(basis: str, reason: str | None, for_print: bool) -> str:
    if basis == "stated":
        return '<span class="stated">stated</span>'
    return f'<span class="inferred"><i>inferred</i> — {esc(reason or "")}</span>'


class _Notes:
    """Numbered citation notes for print: the same quote gets the same number."""

    def __init__(self) -> None:
        self.items: list[Citation] = []

    def ref(self, citation: Citation) -> int:
        key = (citation.document_id, citation.paragraph, citation.quote)
        for index, c in enumerate(self.items, 1):
            if (c.document_id, c.paragraph, c.quote) == key:
                return index
        self.items.append(citation)
        return len(self.items)


def _section(label: str) -> str:
    # A styled paragraph, not <h2>: Qt enlarges headings whatever the style sheet says.
    return f'<p class="section">{esc(label)}</p>'


def found_html(text: str, search: str = "") -> str:
    """``text`` escaped, the words the search finds in it marked (``span.match``)."""
    return _marked_html(text, parse(search).spans(text) if search.strip() else [])


def _marked_html(text: str, spans: list[tuple[int, int]], cls: str = "match") -> str:
    out, at = [], 0
    for start, end in spans:
        out += [esc(text[at:start]), f'<span class="{cls}">{esc(text[start:end])}</span>']
        at = end
    out.append(esc(text[at:]))
    return "".join(out)


def record_html(
    detail: RecordDetail,
    *,
    for_print: bool = False,
    heading: int = 1,
    note_html: str = "",
    search: str = "",
) -> str:
    """A record as HTML for the detail view, or for paper when ``for_print``.

    On paper links become plain text and citations become numbered notes. ``note_html``
    (from ``user_note_html``) is the user's own note, set under the subtitle. The words
    the ``search`` text finds are marked in the title, facts, links and quotes.
    """
    colour, shape = marker(detail.kind)
    notes = _Notes()

    def shown(text: str) -> str:  # escaped, with what the search finds marked
        return found_html(text, search)

    out = [
        f'<h{heading} class="title">{shown(detail.title)}</h{heading}>',
        f'<p class="subtitle"><span style="color:{colour}">{shape}</span> '
        f"{shown(subtitle(detail))}</p>",
    ]
    if note_html:
        out.append(note_html)
    facts = _facts(detail)
    if facts:
        out.append('<table class="facts" cellspacing="0" cellpadding="3">')
        for label, values in facts:
            cells = ", ".join(
                f'<a href="{esc(record_url(target))}">{shown(text)}</a>'
                if target and not for_print
                else shown(text)
                for text, target in values
            )
            out.append(f'<tr><th align="left">{esc(label)}</th><td>{cells}</td></tr>')
        out.append("</table>")
    for label, links in detail.link_groups():
        out.append(_section(label))
        out.append("<ul>")
        for link in links:
            name = shown(link.other.title)
            if not for_print:
                name = f'<a href="{esc(record_url(link.other.id))}">{name}</a>'
            when = f"{esc(human_date(link.other.date))} · " if link.other.date else ""
            role = f" — {shown(link.role)}" if link.role else ""
            refs = ""
            if for_print:
                numbers = sorted({notes.ref(c) for c in link.citations})
                refs = "".join(f"<sup>[{n}]</sup>" for n in numbers)
            else:
                paras = sorted({c.paragraph for c in link.citations})
                refs = ' <span class="para">' + " ".join(f"¶{p}" for p in paras) + "</span>"
            out.append(
                f"<li>{when}{name}{role} · {_basis_html(link.basis, link.reason, for_print)}"
                f"{refs}</li>"
            )
        out.append("</ul>")
    out.append(_section("Source"))
    for index, c in enumerate(detail.citations):
        number = f"[{notes.ref(c)}] " if for_print else ""
        action = (
            ""
            if for_print
            else f' · <a href="{esc(source_url(c.document_id, c.paragraph, index))}">'
            "Show in source</a>"
        )
        out.append(
            f'<blockquote class="quote">“{shown(c.quote)}”</blockquote>'
            f'<p class="cite">{number}{esc(c.document_title)}, ¶{c.paragraph}{action}</p>'
        )
    if for_print and len(notes.items) > len(detail.citations):
        out.append(_section("Notes"))
        out.append('<ol class="notes">')
        for c in notes.items:
            out.append(f"<li>{esc(c.document_title)}, ¶{c.paragraph}: “{esc(c.quote)}”</li>")
        out.append("</ol>")
    return "\n".join(out)


USER_NOTE_LABEL = "Your note"
USER_NOTE_DISCLAIMER = "your own words, not part of the source"


def user_note_html(text: str, updated: str = "", *, for_print: bool = False) -> str:
    """The user's note in a box of its own, never styled like a source quote."""
    if not text.strip():
        return ""
    when = ""
    if updated and not for_print:
        when = f" · edited {esc(human_date(updated[:10]))}"
    body = "<br>".join(esc(line) for line in text.strip().split("\n"))
    return (
        '<table class="usernote" width="100%" cellspacing="0" cellpadding="8"><tr><td>'
        f'<p class="usernote-label"><b>{USER_NOTE_LABEL}</b> — {USER_NOTE_DISCLAIMER}{when}</p>'
        f'<p class="usernote">{body}</p></td></tr></table>'
    )


def source_html(
    doc: DocumentText, paragraph: int | None = None, quote_text: str = "", search: str = ""
) -> str:
    """The whole document, its paragraphs numbered, the cited passage highlighted and the
    words the ``search`` text finds marked.

    The paragraph shown carries the anchor ``cited`` to scroll to. Without a quote or a
    search, that whole paragraph is highlighted; with a search, only the words found.
    """
    query = parse(search) if search.strip() else None
    out = [
        f'<h1 class="title">{esc(doc.title)}</h1>',
        f'<p class="subtitle">{esc(doc.filename)} · SHA-256 {esc(doc.sha256[:16])}…</p>',
    ]
    for number, text in enumerate(doc.paragraphs, 1):
        words = query.spans(text) if query is not None else []
        body = _marked_html(text, words)
        anchor = ""
        if number == paragraph:
            anchor = '<a name="cited"></a>'
            if quote_text and quote_text in text:
                start = text.index(quote_text)
                end = start + len(quote_text)
                body = (
                    _marked_html(text[:start], [s for s in words if s[1] <= start])
                    + '<span class="hit">'
                    + _marked_html(quote_text, _within(words, start, end))
                    + "</span>"
                    + _marked_html(text[end:], [(a - end, b - end) for a, b in words if a >= end])
                )
            elif query is None:
                body = f'<span class="hit">{body}</span>'
        out.append(f'<p class="para">{anchor}<b>¶{number}</b>&nbsp; {body}</p>')
    return "\n".join(out)


def _within(spans: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of ``spans`` between ``start`` and ``end``, counted from ``start``."""
    return [(max(a, start) - start, min(b, end) - start) for a, b in spans if a < end and b > start]


def snippet_html(snippet: str) -> str:
    """A search snippet with its matches in bold, everything else escaped."""
    out = []
    for i, part in enumerate(snippet.split(HIT_START)):
        if i == 0:
            out.append(esc(part))
            continue
        hit, _, rest = part.partition(HIT_END)
        out.append(f"<b>{esc(hit)}</b>{esc(rest)}")
    return "".join(out)


BOLD, NOT_BOLD = "\x1b[1m", "\x1b[22m"  # the terminal's own bold (ECMA-48 SGR)


def snippet_text(snippet: str, *, bold: bool = False) -> str:
    """A search snippet as plain text, its matches in the terminal's bold when ``bold``
    (never in brackets, which could be the text's own). The text between the markers is
    made safe for a terminal first, so that only our own bold escapes reach it."""
    out = []
    for i, part in enumerate(snippet.split(HIT_START)):
        if i == 0:
            out.append(for_terminal(part))
            continue
        hit, _, rest = part.partition(HIT_END)
        start, end = (BOLD, NOT_BOLD) if bold else ("", "")
        out.append(f"{start}{for_terminal(hit)}{end}{for_terminal(rest)}")
    return "".join(out)


def record_json(detail: RecordDetail) -> dict[str, Any]:
    """The fields of ``coopdesk query --json`` (and more) for one record."""
    agencies: list[str] = []
    people: list[dict[str, Any]] = []
    offences: list[dict[str, Any]] = []
    related: list[dict[str, Any]] = []
    for link in detail.links:
        kind = link.other.kind
        if kind == "agency" and link.relation in AGENCY_RELATIONS:
            if link.other.title not in agencies:
                agencies.append(link.other.title)
        elif kind == "person" and link.relation == "participant":
            people.append({"id": link.other.id, "name": link.other.title, "role": link.role})
        elif kind == "offence" and link.relation == "concerns":
            offences.append(
                {
                    "id": link.other.id,
                    "number": link.other.number,
                    "name": link.other.title,
                    "basis": link.basis,
                    "reason": link.reason,
                }
            )
        else:
            related.append(
                {
                    "id": link.other.id,
                    "relation": link.label,
                    "title": link.other.title,
                    "basis": link.basis,
                }
            )
    return {
        "id": detail.id,
        "kind": detail.kind,
        "title": detail.title,
        "date": detail.ref.date,
        "year": detail.year,
        "place": detail.place.title if detail.place else None,
        "agencies": agencies,
        "people": people,
        "offences": offences,
        "related": related,
        "citations": [{"paragraph": c.paragraph, "quote": c.quote} for c in detail.citations],
    }


def dated_table(records: Iterable[DatedRecord]) -> str:
    """Dated records as an aligned plain-text table for a terminal (see ``record_text``)."""
    rows = [("DATE", "KIND", "PLACE", "TITLE")]
    t = for_terminal
    rows += [(r.date or "", r.kind_label, t(r.place or "—"), t(r.title)) for r in records]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row[:3], widths, strict=True)) + "  " + row[3]
        for row in rows
    )


def describe_filters(filters: Filters, names: dict[str, str]) -> str:
    """The filters in words, for the cover of a briefing pack."""
    parts = []
    if filters.agencies:
        parts.append("agency " + " and ".join(names.get(a, a) for a in filters.agencies))
    if filters.offences:
        parts.append("offence type " + " and ".join(names.get(o, o) for o in filters.offences))
    if filters.year_from is not None or filters.year_to is not None:
        if filters.year_from == filters.year_to:
            parts.append(f"year {filters.year_from}")
        else:
            parts.append(f"years {filters.year_from or '…'}–{filters.year_to or '…'}")
    if filters.text:
        parts.append(f"search “{isolate(single_line(filters.text))}”")
    return "; ".join(parts) if parts else "none (every dated record)"
