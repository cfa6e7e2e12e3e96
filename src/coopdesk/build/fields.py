"""The curation file's tables and their fields, declared once: type, required, validator.

Every check of a single value lives here; checks that need the document or other
records (quotes, references) live in ``validate``. A field with ``basis`` may carry the
basis of its value in three more keys: ``<name>_basis`` ("stated", the default,
"inferred" or "editorial"), ``<name>_reason`` and ``<name>_quote``. Each alias is a name
the document uses ("…", stated) or a table ``{ name = "…", basis = "editorial",
reason = "…" }``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from coopdesk.schema import KIND_BY_ID, RELATION_BY_ID, SIDES

ID_RE = re.compile(r"[a-z]+/[a-z0-9]+(?:-[a-z0-9]+)*")
DOCUMENT_ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
FILE_RE = re.compile(r"[^./\\\x00-\x1f][^/\\\x00-\x1f]*\.txt")  # a name, not a path
DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
YEARS = (1900, 2100)
BASES = ("stated", "inferred", "editorial")
LINK_BASES = ("stated", "inferred")

# A check returns what is wrong with a value, or None when nothing is.
Check = Callable[[Any], str | None]


@dataclass(frozen=True)
class Field:
    name: str
    check: Check
    required: bool = False
    basis: bool = False  # may carry <name>_basis, <name>_reason and <name>_quote
    help: str = ""
    column: str = ""  # the column of ``records`` holding the value, when it has one


@dataclass(frozen=True)
class Table:
    name: str
    array: bool  # [[name]] (many) or [name] (one)
    fields: tuple[Field, ...]

    @property
    def header(self) -> str:
        return f"[[{self.name}]]" if self.array else f"[{self.name}]"

    def keys(self) -> dict[str, Field]:
        """Every key the table accepts, the basis keys included, to the field it belongs to."""
        return _accepted(self)


@functools.cache
def _accepted(table: Table) -> dict[str, Field]:
    """Table.keys(), worked out once per table (it is asked once per entry)."""
    out: dict[str, Field] = {}
    for f in table.fields:
        out[f.name] = f
        if f.basis:
            for suffix in ("basis", "reason", "quote"):
                out[f"{f.name}_{suffix}"] = f
    return out


# ---------------------------------------------------------------------- value checks


def text(value: Any) -> str | None:
    """Text that is not empty and does not begin or end with a space. Any other character
    is kept as it is, controls included: the views show them inertly (issue 17)."""
    if not isinstance(value, str):
        return f"must be text, not {_type_name(value)}"
    if not value.strip():
        return "must not be empty"
    if value != value.strip(" \u00a0"):
        return "must not begin or end with a space"
    return None


def quote(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"must be text, not {_type_name(value)}"
    if not value.strip():
        return "must not be empty"
    return None


def record_id(value: Any) -> str | None:
    if not isinstance(value, str) or not ID_RE.fullmatch(value):
        return (
            f"must be an id like 'kind/readable-name' (lower-case letters, digits and single "
            f"hyphens), not {value!r}"
        )
    return None


def document_id(value: Any) -> str | None:
    if not isinstance(value, str) or not DOCUMENT_ID_RE.fullmatch(value):
        return f"must be lower-case letters, digits and single hyphens, not {value!r}"
    return None


def file_name(value: Any) -> str | None:
    if not isinstance(value, str) or not FILE_RE.fullmatch(value):
        return f"must be the name of a .txt file beside the curation file, not {value!r}"
    return None


def date(value: Any) -> str | None:
    if not isinstance(value, str) or not DATE_RE.fullmatch(value):
        return f"must be a day of the calendar written YYYY-MM-DD in ASCII digits, got {value!r}"
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return (
            "must be a day of the calendar written YYYY-MM-DD in ASCII digits, "
            f"got {value!r}, which is no day of the calendar"
        )
    if not YEARS[0] <= day.year <= YEARS[1]:
        return f"{value}: the year must lie between {YEARS[0]} and {YEARS[1]}"
    return None


def whole_number(value: Any) -> str | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return f"must be a whole number, not {_type_name(value)}"
    if not 0 < value < 10_000:
        return f"must be a number from 1 to 9999, not {value}"
    return None


def one_of(choices: Mapping[str, object] | tuple[str, ...], what: str) -> Check:
    names = tuple(choices)

    def check(value: Any) -> str | None:
        if value not in names:
            return f"unknown {what} {value!r}; one of {', '.join(names)}"
        return None

    return check


def list_of(item: Check, *, key: Callable[[Any], str] = str) -> Check:
    """A list whose items each pass ``item``, none given twice (by ``key``)."""

    def check(value: Any) -> str | None:
        if not isinstance(value, list):
            return f"must be a list [...], not {_type_name(value)}"
        for index, element in enumerate(value, 1):
            problem = item(element)
            if problem:
                return f"item {index} {problem}"
        seen: set[str] = set()
        for element in value:
            if key(element) in seen:
                return f"lists {key(element)!r} twice"
            seen.add(key(element))
        return None

    return check


ALIAS_KEYS = ("name", "basis", "reason", "quote")


def alias(value: Any) -> str | None:
    """A name the document uses ("…"), or { name = "…", basis = "…", reason/quote = "…" }."""
    if isinstance(value, str):
        return text(value)
    if not isinstance(value, dict):
        return f"must be a name or a table {{ name = …, basis = … }}, not {_type_name(value)}"
    unknown = [k for k in value if k not in ALIAS_KEYS]
    if unknown:
        return f"has unknown key(s) {', '.join(unknown)}; an alias has {', '.join(ALIAS_KEYS)}"
    for key, check, required in (
        ("name", text, True),
        ("basis", one_of(BASES, "basis"), True),
        ("reason", text, False),
        ("quote", quote, False),
    ):
        if key not in value:
            if required:
                return f"needs '{key}'"
            continue
        problem = check(value[key])
        if problem:
            return f"{key} {problem}"
    basis = value["basis"]
    if basis != "stated" and "reason" not in value:
        return f"'{value['name']}' is {basis} and needs a reason"
    if basis == "stated" and "reason" in value:
        return f"'{value['name']}' is stated: it gives a quote, not a reason"
    if basis == "editorial" and "quote" in value:
        return f"'{value['name']}' is editorial, not in the document: no quote"
    return None


def alias_name(value: Any) -> str:
    return value if isinstance(value, str) else str(value.get("name", ""))


def _type_name(value: Any) -> str:
    return {
        str: "text",
        int: "a number",
        float: "a number",
        bool: "true/false",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)


# ---------------------------------------------------------------------- the tables

DOCUMENT = Table(
    "document",
    array=False,
    fields=(
        Field("id", document_id, required=True, help="stable id of the document"),
        Field("file", file_name, required=True, help="the document's text, beside this file"),
        Field("curated", date, help="the day the curation was last checked"),
    ),
)

RECORD = Table(
    "record",
    array=True,
    fields=(
        Field("id", record_id, required=True),
        Field("kind", one_of(KIND_BY_ID, "kind"), required=True),
        Field("title", text, required=True, basis=True, column="title"),
        Field("short", text, basis=True, column="short_name"),
        Field("aliases", list_of(alias, key=alias_name), column="alias"),
        Field("date", date, basis=True, column="date"),
        Field("place", record_id, basis=True, column="place_id"),
        Field("number", whole_number, basis=True, column="number"),
        Field("side", one_of(SIDES, "side"), basis=True, column="side"),
        Field("parent", record_id, basis=True, column="parent_id"),
        Field("role", text, basis=True, column="role"),
        Field("context", text, basis=True, column="context"),
        Field("quote", quote),
        Field("quotes", list_of(quote)),
    ),
)

LINK = Table(
    "link",
    array=True,
    fields=(
        Field("from", record_id, required=True),
        Field("to", record_id, required=True),
        Field("relation", one_of(RELATION_BY_ID, "relation"), required=True),
        Field("role", text),
        Field("basis", one_of(LINK_BASES, "basis"), required=True),
        Field("reason", text),
        Field("quote", quote),
        Field("quotes", list_of(quote)),
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (DOCUMENT, RECORD, LINK)}


def check_entry(entry: Mapping[str, Any], table: Table) -> list[tuple[str, str]]:
    """(key, what is wrong) for each unknown key, missing required field and bad value."""
    problems: list[tuple[str, str]] = []
    accepted = table.keys()
    for key in entry:
        if key not in accepted:
            known = ", ".join(f.name for f in table.fields)
            problems.append((key, f"unknown field '{key}' in {table.header}; fields: {known}"))
    for f in table.fields:
        if f.name not in entry:
            if f.required:
                problems.append((f.name, f"needs '{f.name}'"))
            continue
        problem = f.check(entry[f.name])
        if problem:
            problems.append((f.name, f"{f.name} {problem}"))
    for f in table.fields:
        if f.basis:
            problems.extend(_check_basis_keys(entry, f.name))
    return problems


def _check_basis_keys(entry: Mapping[str, Any], name: str) -> list[tuple[str, str]]:
    basis_key, reason_key, quote_key = f"{name}_basis", f"{name}_reason", f"{name}_quote"
    present = [k for k in (basis_key, reason_key, quote_key) if k in entry]
    if not present:
        return []
    if name not in entry:
        return [(present[0], f"'{present[0]}' is given but '{name}' is not")]
    problems: list[tuple[str, str]] = []
    basis = entry.get(basis_key, "stated")
    if basis not in BASES:
        problems.append((basis_key, f"unknown basis {basis!r}; one of {', '.join(BASES)}"))
        return problems
    for key, check in ((reason_key, text), (quote_key, quote)):
        if key in entry:
            problem = check(entry[key])
            if problem:
                problems.append((key, f"{key} {problem}"))
    if basis == "stated" and reason_key in entry:
        problems.append((reason_key, f"a stated {name} gives a quote, not a reason"))
    if basis != "stated" and reason_key not in entry:
        problems.append((basis_key, f"an {basis} {name} needs '{reason_key}', one line"))
    if basis == "editorial" and quote_key in entry:
        problems.append((quote_key, f"an editorial {name} is not in the document: no quote"))
    return problems
