"""Text, HTML and JSON renderings of records, shared by the command line, the GUI and print.

No Qt here. Every piece of database text that goes into HTML passes through ``esc``;
the only links produced are the application's own ``coopdesk:`` links.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import quote, unquote

from coopdesk.i18n import QT_TRANSLATE_NOOP, Texts, long_date, tr, translate
from coopdesk.i18n import short_date as _short_date
from coopdesk.marks import (
    basis_words,
    mark_html,
    mark_short,
    mark_text,
    named,
    title_mark,
)
from coopdesk.model import (
    HIT_END,
    HIT_START,
    Citation,
    DocumentText,
    Entity,
    Filters,
    RecordDetail,
)
from coopdesk.safetext import for_terminal, isolate, single_line
from coopdesk.schema import KIND_BY_ID, kind_name, side_name
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


def entity_label(entity: Entity) -> str:
    """'FSB (not in the source) – Federal Security Service': an agency's or offence type's
    name and short name, each marked when it is not the document's words."""
    title = entity.title + title_mark(entity.basis_of("title", entity.title).basis)
    short = entity.short_name
    if short is None or short_is_redundant(entity.title, short):
        return title
    return f"{short}{mark_short(entity.basis_of('short_name', short).basis)} – {title}"


def names_map(
    agencies: Iterable[Entity], offences: Iterable[Entity], documents: Iterable[DocumentText] = ()
) -> dict[str, str]:
    """The name each agency, offence type and document goes by in chips, covers and
    descriptions: its one display name (``marks.named``), marked when its title is not the
    document's words; a document by its title."""
    names = {e.id: named(e) for e in (*agencies, *offences)}
    names.update({d.id: d.title for d in documents})
    return names


def esc(text: object) -> str:
    """Text for HTML: escaped, and isolated when it could reorder the text around it
    (a right-to-left override in a title must not turn the "¶10" after it into "01¶")."""
    return html.escape(isolate(str(text)), quote=True)


def human_date(iso: str | None) -> str:
    """'2017-09-27' → '27 September 2017' (as people read dates, in the reader's language:
    '27 сентября 2017 г.')."""
    return long_date(iso)


def short_date(iso: str | None) -> str:
    """'2017-09-27' → '27 Sep' ('27 сент.')."""
    return _short_date(iso) if iso else ""


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


def subtitle_parts(detail: RecordDetail) -> list[str]:
    """Kind, date, place and side, as screen and paper give them under the title; a side
    that is not stated says so."""
    parts = [kind_name(detail.kind)]
    if detail.ref.date:
        parts.append(human_date(detail.ref.date))
    if detail.place:
        parts.append(detail.place.title)
    if detail.side_name:
        side = side_name(detail.side, detail.side_name)
        parts.append(side + mark_short(detail.basis_of("side", detail.side).basis))
    return parts


def subtitle(detail: RecordDetail) -> str:
    """Kind · date · place · side, as one line of plain text, each part isolated."""
    return " · ".join(isolate(p) for p in subtitle_parts(detail))


# The label of each kind of fact, by key: the window, the command line and paper share them.
FACT_LABELS = Texts({
    "title": QT_TRANSLATE_NOOP("Fact", "Title"),
    "date": QT_TRANSLATE_NOOP("Fact", "Date"),
    "place": QT_TRANSLATE_NOOP("Fact", "Place"),
    "number": QT_TRANSLATE_NOOP("Fact", "Number"),
    "context": QT_TRANSLATE_NOOP("Fact", "Context"),
    "side": QT_TRANSLATE_NOOP("Fact", "Side"),
    "short_name": QT_TRANSLATE_NOOP("Fact", "Short name"),
    "role": QT_TRANSLATE_NOOP("Fact", "Role"),
    "part_of": QT_TRANSLATE_NOOP("Fact", "Part of"),
    "units": QT_TRANSLATE_NOOP("Fact", "Units"),
    "aliases": QT_TRANSLATE_NOOP("Fact", "Also named"),
    "search_names": QT_TRANSLATE_NOOP("Fact", "Also searched as"),
})  # fmt: skip


@dataclass(frozen=True)
class Fact:
    """One row of a record's facts: its value(s), their basis, and the value's own quotes."""

    key: str  # which fact: a key of FACT_LABELS ("date", "place", "aliases"…)
    parts: list[tuple[str, str | None]]  # (text, record id to link or None)
    basis: str = "stated"
    reason: str | None = None
    citations: tuple[Citation, ...] = ()

    @property
    def label(self) -> str:
        """The fact's label in the reader's language ("Date", "Дата")."""
        return FACT_LABELS[self.key]

    @property
    def text(self) -> str:
        return ", ".join(text for text, _ in self.parts)


def not_stated() -> str:
    return translate("Fact", "not stated in the source")


def record_facts(detail: RecordDetail) -> list[Fact]:
    """A record's facts in the order every rendering shows them (the window, the command
    line and paper), each with its basis and its own quotes."""
    facts: list[Fact] = []

    def add(key: str, text: str, field: str, value: object, record_id: str | None = None) -> None:
        v = detail.basis_of(field, None if value is None else str(value))
        facts.append(Fact(key, [(text, record_id)], v.basis, v.reason, v.citations))

    if detail.ref.title_basis != "stated":
        add("title", detail.title, "title", detail.title)
    if detail.ref.date:
        add("date", human_date(detail.ref.date), "date", detail.ref.date)
    if detail.kind in KIND_BY_ID and KIND_BY_ID[detail.kind].lane:
        if detail.place:
            add("place", detail.place.title, "place_id", detail.place.id, detail.place.id)
        else:
            facts.append(Fact("place", [(not_stated(), None)]))
    if detail.number is not None:
        add("number", str(detail.number), "number", detail.number)
    if detail.context:
        add("context", detail.context, "context", detail.context)
    if detail.side_name:
        add("side", side_name(detail.side, detail.side_name), "side", detail.side)
    if detail.short_name:
        add("short_name", detail.short_name, "short_name", detail.short_name)
    if detail.role:
        add("role", detail.role, "role", detail.role)
    if detail.parent:
        add("part_of", named(detail.parent), "parent_id", detail.parent.id, detail.parent.id)
    units = [(c, detail.basis_of("unit", c.id)) for c in detail.children]
    stated_units = [(c, v) for c, v in units if v.stated]
    if stated_units:
        cited = tuple(c for _, v in stated_units for c in v.citations)
        facts.append(Fact("units", [(named(c), c.id) for c, _ in stated_units], "stated",
                          None, cited))  # fmt: skip
    for c, v in units:
        if not v.stated:
            facts.append(Fact("units", [(named(c), c.id)], v.basis, v.reason, v.citations))
    aliases = [detail.basis_of("alias", a) for a in detail.aliases]
    stated = [a for a in aliases if a.stated]
    if stated:
        cited = tuple(c for a in stated for c in a.citations)
        facts.append(Fact("aliases", [(", ".join(a.value for a in stated), None)], "stated",
                          None, cited))  # fmt: skip
    for a in aliases:
        if a.basis == "inferred":
            facts.append(Fact("aliases", [(a.value, None)], a.basis, a.reason, a.citations))
    for a in aliases:
        if a.basis == "editorial":
            facts.append(Fact("search_names", [(a.value, None)], a.basis, a.reason))
    return facts


def record_text(detail: RecordDetail) -> str:
    """A record as plain text for a terminal; every value that is not the document's
    words is marked, inferred or not in the source, with its reason. The data's control
    characters are removed and its right-to-left runs isolated (``safetext.for_terminal``)."""
    t = for_terminal
    lines = [t(named(detail.ref)), t(subtitle(detail)), f"id: {t(detail.id)}", ""]
    previous = ""
    for fact in record_facts(detail):
        label = "" if fact.label == previous else f"{fact.label}:"
        previous = fact.label
        text = ", ".join(t(text) for text, _ in fact.parts)
        value = text + mark_text(fact.basis, t(fact.reason) if fact.reason else fact.reason)
        lines.append(f"{label:<15}{value}" if len(label) < 15 else f"{label} {value}")
        lines += [f"{'':<15}¶{c.paragraph}: “{t(c.quote)}”" for c in fact.citations]
    for label, links in detail.link_groups():
        lines += ["", f"{tr(label)}:"]
        for link in links:
            role = f" ({t(link.role)})" if link.role else ""
            basis = (
                stated_word()
                if link.basis == "stated"
                else f"{basis_words('inferred')}: {t(link.reason or '')}"
            )
            date = f"{link.other.date}  " if link.other.date else ""
            lines.append(f"  - {date}{t(named(link.other))}{role} [{basis}]")
    shown = detail.document_title
    source = translate("Record", "Source")
    lines += ["", f"{source}: {t(shown)}" if shown else f"{source}:"]
    for c in detail.citations:
        # A derived link may cite another document: it is named where it changes.
        where = "" if c.document_title == shown else f"{t(c.document_title)}, "
        lines.append(f"  {where}¶{c.paragraph}: “{t(c.quote)}”")
    return "\n".join(lines) + "\n"


def stated_word() -> str:
    """ "stated": a link the document's words make, said in the reader's language."""
    return translate("Basis", "stated")


def _basis_html(basis: str, reason: str | None, for_print: bool) -> str:
    if basis == "stated":
        return f'<span class="stated">{esc(stated_word())}</span>'
    words = esc(basis_words("inferred"))
    return f'<span class="inferred"><i>{words}</i> — {esc(reason or "")}</span>'


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


# A quote on screen: Qt's rich text draws no border or padding on a block, so the bar at
# its left and the indent are the cells of a table.
QUOTE_TABLE = (
    '<table class="quote" width="100%" cellspacing="0" cellpadding="0"><tr>'
    '<td class="quote-bar" width="3"></td><td class="quote">“{quote}”</td></tr></table>'
)


def _paragraph_links(cited: list[Citation], citations: list[Citation]) -> str:
    """'¶4 ¶5' with each number a link to its passage in the source (on screen)."""
    first: dict[int, Citation] = {}
    for c in cited:
        first.setdefault(c.paragraph, c)
    out = []
    for p, c in sorted(first.items()):
        if c in citations:  # the number the window's show_citation reads it back by
            url = source_url(c.document_id, p, citations.index(c))
            out.append(f'<a href="{esc(url)}">¶{p}</a>')
        else:
            out.append(f"¶{p}")
    return " ".join(out)


def _title_mark_html(detail: RecordDetail) -> str:
    basis = detail.ref.title_basis
    if basis == "stated":
        return ""
    return f' <span class="{esc(basis)}">{esc(title_mark(basis).strip())}</span>'


def _refs(
    citations: Iterable[Citation],
    notes: _Notes,
    for_print: bool,
    all_citations: list[Citation] | None = None,
) -> str:
    """Note numbers on paper, paragraph numbers on screen (links to the passage, numbered
    within ``all_citations``, the record's citations then its links')."""
    cited = list(citations)
    if not cited:
        return ""
    if for_print:
        return "".join(f"<sup>[{n}]</sup>" for n in sorted({notes.ref(c) for c in cited}))
    return ' <span class="para">' + _paragraph_links(cited, all_citations or []) + "</span>"


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
    all_citations = detail.all_citations()

    def shown(text: str) -> str:  # escaped, with what the search finds marked
        return found_html(text, search)

    out = [
        f'<h{heading} class="title">{shown(detail.name)}{_title_mark_html(detail)}</h{heading}>',
        f'<p class="subtitle"><span style="color:{colour}">{shape}</span> '
        f"{shown(subtitle(detail))}</p>",
    ]
    if note_html:
        out.append(note_html)
    facts = record_facts(detail)
    if facts:
        out.append('<table class="facts" cellspacing="0" cellpadding="3">')
        previous = ""
        for fact in facts:
            cells = ", ".join(
                f'<a href="{esc(record_url(target))}">{shown(text)}</a>'
                if target and not for_print
                else shown(text)
                for text, target in fact.parts
            )
            cells += mark_html(fact.basis, fact.reason) + _refs(
                fact.citations, notes, for_print, all_citations
            )
            label = "" if fact.label == previous else esc(fact.label)
            previous = fact.label
            out.append(f'<tr><th align="left">{label}</th><td>{cells}</td></tr>')
        out.append("</table>")
    for label, links in detail.link_groups():
        out.append(_section(tr(label)))
        out.append("<ul>")
        for link in links:
            name = shown(link.other.name)
            if not for_print:
                name = f'<a href="{esc(record_url(link.other.id))}">{name}</a>'
            if link.other.title_basis != "stated":
                name += f' <span class="{esc(link.other.title_basis)}">'
                name += f"{esc(title_mark(link.other.title_basis).strip())}</span>"
            when = f"{esc(human_date(link.other.date))} · " if link.other.date else ""
            role = f" — {shown(link.role)}" if link.role else ""
            refs = _refs(link.citations, notes, for_print, all_citations)
            out.append(
                f"<li>{when}{name}{role} · {_basis_html(link.basis, link.reason, for_print)}"
                f"{refs}</li>"
            )
        out.append("</ul>")
    out.append(_section(translate("Record", "Source")))
    show = esc(translate("Record", "Show in source"))
    for index, c in enumerate(detail.citations):
        number = f"[{notes.ref(c)}] " if for_print else ""
        action = (
            ""
            if for_print
            else f' · <a href="{esc(source_url(c.document_id, c.paragraph, index))}">{show}</a>'
        )
        out.append(
            f'<blockquote class="quote">“{shown(c.quote)}”</blockquote>'
            if for_print
            else QUOTE_TABLE.format(quote=shown(c.quote))
        )
        out.append(f'<p class="cite">{number}{esc(c.document_title)}, ¶{c.paragraph}{action}</p>')
    if for_print and len(notes.items) > len(detail.citations):
        out.append(_section(translate("Record", "Notes")))
        out.append('<ol class="notes">')
        for c in notes.items:
            out.append(f"<li>{esc(c.document_title)}, ¶{c.paragraph}: “{esc(c.quote)}”</li>")
        out.append("</ol>")
    return "\n".join(out)


def citation_text(detail: RecordDetail) -> str:
    """The record's quotes with their paragraphs and document, as plain text."""
    return "\n".join(f"“{c.quote}” — {c.document_title}, ¶{c.paragraph}" for c in detail.citations)


def citation_html(detail: RecordDetail) -> str:
    return "".join(
        f"<p>“{esc(c.quote)}” — <i>{esc(c.document_title)}</i>, ¶{c.paragraph}</p>"
        for c in detail.citations
    )


USER_NOTE_LABEL = QT_TRANSLATE_NOOP("Record", "Your note")
USER_NOTE_DISCLAIMER = QT_TRANSLATE_NOOP("Record", "your own words, not part of the source")


def user_note_html(text: str, updated: str = "", *, for_print: bool = False) -> str:
    """The user's note in a box of its own, never styled like a source quote."""
    if not text.strip():
        return ""
    when = ""
    if updated and not for_print:
        edited = translate("Record", "edited {date}").format(date=human_date(updated[:10]))
        when = f" · {esc(edited)}"
    body = "<br>".join(esc(line) for line in text.strip().split("\n"))
    return (
        '<table class="usernote" width="100%" cellspacing="0" cellpadding="8"><tr><td>'
        f'<p class="usernote-label"><b>{esc(tr(USER_NOTE_LABEL))}</b> — '
        f"{esc(tr(USER_NOTE_DISCLAIMER))}{when}</p>"
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


def describe_filters(filters: Filters, names: dict[str, str]) -> str:
    """The filters in words, for the cover of a briefing pack."""
    parts = []
    both = translate("Filters", " and ", "between two names: agency A and B")
    if filters.agencies:
        agencies = both.join(names.get(a, a) for a in filters.agencies)
        parts.append(translate("Filters", "agency {names}").format(names=agencies))
    if filters.offences:
        offences = both.join(names.get(o, o) for o in filters.offences)
        parts.append(translate("Filters", "offence type {names}").format(names=offences))
    if filters.year_from is not None or filters.year_to is not None:
        if filters.year_from == filters.year_to:
            parts.append(translate("Filters", "year {year}").format(year=filters.year_from))
        else:
            span = f"{filters.year_from or '…'}–{filters.year_to or '…'}"
            parts.append(translate("Filters", "years {span}").format(span=span))
    if filters.text:
        text = isolate(single_line(filters.text))
        parts.append(translate("Filters", "search “{text}”").format(text=text))
    if filters.documents:
        titles = (isolate(single_line(names.get(d, d))) for d in filters.documents)
        either = translate("Filters", " or ", "between two document titles: A or B")
        parts.append(translate("Filters", "document {titles}").format(titles=either.join(titles)))
    if filters.stated_only:
        parts.append(translate("Filters", "stated links only"))
    if not parts:
        return translate("Filters", "none (every dated record)")
    return "; ".join(parts)
