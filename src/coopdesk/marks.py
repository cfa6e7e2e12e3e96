"""How a value's basis is marked wherever it is shown: text, HTML, exports, print.

Stated values go unmarked (their quotes say them); inferred values say "inferred" with
the reason; editorial values say "not in the source" with the reason. One wording, kept
here, so the command line, the window, the exports and paper cannot drift apart.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from coopdesk.i18n import QT_TRANSLATE_NOOP, Texts, translate
from coopdesk.model import Entity, RecordRef, Value
from coopdesk.safetext import isolate

NOT_IN_SOURCE = QT_TRANSLATE_NOOP("Basis", "not in the source")
BASIS_WORDS = Texts(
    {"inferred": QT_TRANSLATE_NOOP("Basis", "inferred"), "editorial": NOT_IN_SOURCE}
)
LEGEND = QT_TRANSLATE_NOOP(
    "Basis",
    "Values marked “inferred” are a reading of the document, with the reason; values "
    "marked “not in the source” were added by the curators (abbreviations, names in common "
    "use), with the reason. Everything else is the document's words, with its quote.",
)


# A link the build derives (an agency takes part in an event through its person): the
# role says through whom, in the reader's language ("{name}" is the person's name).
THROUGH = QT_TRANSLATE_NOOP("Links", "through {name}")


def through(name: str) -> str:
    """The role of a derived link: "through Olivier Onidi"."""
    return translate("Links", THROUGH).format(name=name)


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def basis_words(basis: str) -> str:
    """ "inferred" or "not in the source" (in the reader's language); "" for stated."""
    return BASIS_WORDS.get(basis, "" if basis == "stated" else basis)


def mark_text(basis: str, reason: str | None = None) -> str:
    """' [inferred: reason]', ' [not in the source: reason]', or '' when stated."""
    words = basis_words(basis)
    if not words:
        return ""
    return f" [{words}: {reason}]" if reason else f" [{words}]"


def mark_short(basis: str) -> str:
    """' (inferred)' or ' (not in the source)' after a name in a list; '' when stated."""
    words = basis_words(basis)
    return f" ({words})" if words else ""


def mark_html(basis: str, reason: str | None = None) -> str:
    """The same marks as HTML: " — not in the source: reason", the words in italics."""
    words = basis_words(basis)
    if not words:
        return ""
    tail = f": {_esc(isolate(reason))}" if reason else ""
    return f' <span class="{_esc(basis)}">— <i>{_esc(words)}</i>{tail}</span>'


def title_mark(basis: str) -> str:
    """' (title inferred)' or ' (title not in the source)'; '' when stated."""
    if basis == "inferred":
        return " " + translate("Basis", "(title inferred)")
    if basis == "editorial":
        return " " + translate("Basis", "(title not in the source)")
    return f" (title {basis})" if basis != "stated" else ""


def titled(ref: RecordRef) -> str:
    """A record's title as text, marked when it is not the document's words."""
    return ref.title + title_mark(ref.title_basis)


def named(ref: RecordRef) -> str:
    """A record's one display name (``RecordRef.name``: "European Police Office
    (Europol)"), marked when its title is not the document's words."""
    basis = ref.basis_of("title", ref.title).basis if isinstance(ref, Entity) else ref.title_basis
    # After a dash: the name may end in its own brackets.
    if basis == "inferred":
        return translate("Basis", "{name} — title inferred").format(name=ref.name)
    if basis == "editorial":
        return translate("Basis", "{name} — title not in the source").format(name=ref.name)
    return ref.name


def heading(ref: RecordRef) -> str:
    """A record's title as a heading: marked when it is ours (editorial); an inferred
    title is marked in the facts beneath it instead, so outlines keep its plain words."""
    return ref.title + (title_mark(ref.title_basis) if ref.title_basis == "editorial" else "")


def preferred_name(entity: Entity) -> str:
    """The name an agency goes by in chips, covers and descriptions: a short name the
    document uses, else its title; a name of ours says so."""
    if entity.short_name and entity.basis_of("short_name", entity.short_name).stated:
        return entity.short_name
    return entity.title + mark_short(entity.basis_of("title", entity.title).basis)


def name_json(value: Value | None) -> dict[str, Any] | None:
    """``{"name": "FSB", "basis": "editorial", "reason": "…"}`` or None."""
    return None if value is None else value.as_json()


def value_json(value: Value) -> dict[str, Any]:
    """``{"value": "ru", "basis": "inferred", "reason": "…"}``."""
    return value.as_json("value")


def editorial_note(values: Iterable[Value]) -> str:
    """One line for a tooltip: which of these names are not in the source, and why."""
    lines = [f"{v.value}: {basis_words(v.basis)} — {v.reason}" for v in values if not v.stated]
    return "\n".join(lines)
