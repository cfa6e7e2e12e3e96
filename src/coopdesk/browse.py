"""What the browser shows for a set of filters, computed without Qt.

``snapshot`` runs every query one filter change needs (records, facets, tree, search
hits) and returns plain data, so the GUI can run it off its thread and only paint the
result. ``History`` is the back/forward list of the detail view.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from coopdesk.errors import DatabaseError
from coopdesk.i18n import Context, number, translate
from coopdesk.marks import editorial_note, mark_text
from coopdesk.model import (
    DatedRecord,
    Entity,
    Facets,
    FacetValue,
    Filters,
    RecordRef,
    SearchHit,
)
from coopdesk.render import short_date, snippet_text
from coopdesk.schema import DATED_KINDS, KIND_BY_ID, SIDES, kind_name, kind_plural, side_name
from coopdesk.store import Store
from coopdesk.store.dates import EVENT_KINDS, Cursor, MonthCount
from coopdesk.textsearch import nothing_sought
from coopdesk.timeline.data import TimelineData
from coopdesk.timeline.source import Window, content
from coopdesk.userdata import Bookmark, Note, UserData

Contents = Context("Contents")  # the tree's words with a number in them
Status = Context("Status")  # the status bar's

# Undated kinds shown as tree groups, in this order.
ENTITY_GROUPS: tuple[str, ...] = ("offence", "person", "place", "form", "area", "principle")
PAGE = 100  # records a dated group lists at a time (more as the reader scrolls)
# Up to this many events, every year comes listed and open; beyond, years show counts
# and list their records when opened.
OPEN_YEARS_UP_TO = 200
# Up to this many records, the undated groups keep only what those records involve
# (finding that out reads every record the filters leave).
NARROW_UP_TO = 2_000


@dataclass(frozen=True)
class PageSpec:
    """Which records a dated group lists: those of ``kinds`` (in ``year``) under ``filters``,
    in the database ``source`` names (its path and the file's size and time)."""

    filters: Filters
    kinds: tuple[str, ...]
    year: int | None = None
    source: tuple[str, int, int] = ("", 0, 0)


def _source(store: Store) -> tuple[str, int, int]:
    """The open database as a file: a rebuilt one lists its groups afresh."""

    def identify() -> tuple[str, int, int]:
        stat = store.path.stat()
        return str(store.path), stat.st_size, stat.st_mtime_ns

    return store.cached("source", identify)


@dataclass
class Node:
    """A tree node: a group, or a record. ``key`` is unique within the whole tree.

    A dated group lists its records a page at a time: ``page`` says which records,
    ``cursor`` where the ones listed end, ``remaining`` how many are not listed yet.
    """

    key: str
    label: str
    record_id: str | None = None
    kind: str = "group"  # "group", a record kind, or "paragraph" for a paragraph found
    count: int | None = None  # shown as "Label (count)" on groups
    tooltip: str = ""
    document_id: str | None = None  # for a paragraph found by search
    paragraph: int = 0
    side: str | None = None  # an agency's side, which its icon shows
    children: list[Node] = field(default_factory=list)
    parent: Node | None = field(default=None, repr=False, compare=False)
    page: PageSpec | None = None
    cursor: Cursor | None = None
    remaining: int = 0

    def walk(self) -> list[Node]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


# Search results listed in the tree (the counts are exact; the rest are not listed).
SEARCH_LIMIT = 50


@dataclass(frozen=True)
class Snapshot:
    filters: Filters
    total: int
    facets: Facets
    tree: Node
    hits: list[SearchHit]
    error: str = ""  # a problem to show instead of results
    count: int = 0  # how many records the filters leave
    found: tuple[int, int] = (0, 0)  # records and paragraphs the search text finds
    timeline: TimelineData | None = None  # what the timeline draws, read by queries
    # How many records each "All …" choice of a filter box leaves: the filters without
    # that dimension ("agencies", "offences", "years").
    unfiltered: dict[str, int] = field(default_factory=dict)


def _record_node(record: DatedRecord, *, with_year: bool = False) -> Node:
    when = short_date(record.date) + (f" {record.year}" if with_year else "")
    where = f" · {record.place}" if record.place else ""
    return Node(
        key=f"rec:{record.id}",
        label=f"{when}{where} — {record.title}",
        record_id=record.id,
        kind=record.kind,
        tooltip=record.title,
    )


def _entity_node(entity: Entity, children: list[Node] | None = None) -> Node:
    # The label is the one display name; which of its words are not the document's, and
    # the role, are said on hover.
    names = [entity.basis_of("title", entity.title)]
    role = ""
    if entity.role:
        value = entity.basis_of("role", entity.role)
        role = entity.role + mark_text(value.basis, value.reason)
    tooltip = "\n".join(t for t in (role, editorial_note(names)) if t)
    return Node(
        key=f"rec:{entity.id}",
        label=entity.name,
        record_id=entity.id,
        kind=entity.kind,
        side=entity.side,
        tooltip=tooltip,
        children=children or [],
    )


def _group(key: str, label: str, children: list[Node], count: int | None = None) -> Node:
    return Node(
        key=key, label=label, children=children, count=len(children) if count is None else count
    )


def _paged(key: str, label: str, spec: PageSpec, count: int) -> Node:
    return Node(key=key, label=label, count=count, page=spec, remaining=count)


def fetch_more(store: Store, node: Node, limit: int | None = None) -> list[Node]:
    """The next page of a dated group's records as nodes; moves its cursor on."""
    spec = node.page
    limit = limit or PAGE
    if spec is None or node.remaining <= 0:
        return []
    rows = store.page(spec.filters, spec.kinds, spec.year, node.cursor, min(limit, node.remaining))
    if rows:
        node.cursor = rows[-1][1]
    # A page shorter than asked: the group holds no more (whatever its count said).
    node.remaining = node.remaining - len(rows) if len(rows) == min(limit, node.remaining) else 0
    return [_record_node(record, with_year=spec.year is None) for record, _cursor in rows]


def step(store: Store, filters: Filters, record_id: str | None, direction: int) -> str | None:
    """The record after (+1) or before (-1) ``record_id`` in date order among those the
    filters leave; from the first or the last when there is no current record."""
    after = None
    if record_id is not None:
        found = store.position(record_id)
        after = found[1] if found is not None else None
    rows = store.page(filters, DATED_KINDS, None, after, 1, backwards=direction < 0)
    return rows[0][0].id if rows else None


def group_of(store: Store, record_id: str) -> str | None:
    """The key of the dated group a record is listed in (None for an undated record)."""
    found = store.position(record_id)
    if found is None:
        return None
    record = found[0]
    if KIND_BY_ID[record.kind].category == "event":
        return f"year:{record.year}"
    return f"group:{record.kind}"


def build_tree(
    store: Store,
    filters: Filters,
    hits: list[SearchHit],
    months: list[MonthCount],
    count: int,
    found: tuple[int, int] | None = None,
) -> Node:
    """The tree under these filters, with counts from ``months``; groups hide what the
    filters exclude. Dated groups are listed a page at a time (``fetch_more``)."""
    root = Node(key="root", label="")
    keep = None if filters.is_empty or count > NARROW_UP_TO else store.involved(filters)

    if filters.text.strip():
        hit_nodes = []
        for index, hit in enumerate(hits):
            if hit.kind == "paragraph":
                hit_nodes.append(
                    Node(
                        key=f"hit:{index}",
                        label=translate("Contents", "¶{paragraph} of {document}").format(
                            paragraph=hit.paragraph, document=hit.title
                        ),
                        record_id=None,
                        kind="paragraph",
                        tooltip=snippet_text(hit.snippet),
                        document_id=hit.ref,
                        paragraph=hit.paragraph or 0,
                    )
                )
            else:
                hit_nodes.append(
                    Node(
                        key=f"hit:{index}",
                        label=f"{hit.title} — {kind_name(hit.kind)}",
                        record_id=hit.ref,
                        kind=hit.kind,
                        tooltip=snippet_text(hit.snippet),
                    )
                )
        total = sum(found) if found is not None else len(hit_nodes)
        if total > len(hit_nodes):
            hit_nodes.append(
                Node(
                    key="more:search",
                    label=Contents.tr(
                        "… %n more: add words to narrow the search", "", total - len(hit_nodes)
                    ),
                    kind="more",
                )
            )
        searched = translate("Contents", "Search results")
        root.children.append(_group("group:search", searched, hit_nodes, count=total))

    per_year: dict[int, int] = {}
    instruments = 0
    for month, kind, n in months:
        if kind in EVENT_KINDS:
            per_year[month // 12] = per_year.get(month // 12, 0) + n
        elif kind == "instrument":
            instruments += n
    events = sum(per_year.values())
    source = _source(store)
    year_nodes = [
        _paged(f"year:{y}", str(y), PageSpec(filters, EVENT_KINDS, y, source), per_year[y])
        for y in sorted(per_year)
    ]
    if events <= OPEN_YEARS_UP_TO:
        for node in year_nodes:
            _load(store, node, node.remaining)
    events_label = translate("Contents", "Events")
    root.children.append(_group("group:events", events_label, year_nodes, count=events))
    spec = PageSpec(filters, ("instrument",), None, source)
    group = _paged("group:instrument", kind_plural("instrument"), spec, instruments)
    _load(store, group, PAGE)  # it comes open
    root.children.append(group)

    if keep is None:
        # Not narrowed: the same groups every time, built once (the model then sees the
        # very nodes it shows and has nothing to compare).
        root.children += store.cached("undated-groups", lambda: _undated_groups(store, None))
    else:
        root.children += _undated_groups(store, keep)
    return root


def _undated_groups(store: Store, keep: set[str] | None) -> list[Node]:
    """Agencies by side, and the other undated kinds; only ``keep`` when it is given."""
    groups = []
    agencies = [a for a in store.entities("agency") if keep is None or a.id in keep]
    by_parent: dict[str | None, list[Entity]] = {}
    shown = {a.id for a in agencies}
    for agency in agencies:
        parent = agency.parent_id if agency.parent_id in shown else None
        by_parent.setdefault(parent, []).append(agency)

    def agency_node(agency: Entity) -> Node:
        return _entity_node(agency, [agency_node(c) for c in by_parent.get(agency.id, [])])

    side_nodes = []
    for side in SIDES:
        tops = [agency_node(a) for a in by_parent.get(None, []) if a.side == side]
        if tops:
            side_count = sum(len(n.walk()) for n in tops)
            side_nodes.append(_group(f"side:{side}", side_name(side), tops, count=side_count))
    agencies_label = translate("Contents", "Agencies")
    groups.append(_group("group:agency", agencies_label, side_nodes, count=len(agencies)))

    for kind in ENTITY_GROUPS:
        entities = [e for e in store.entities(kind) if keep is None or e.id in keep]
        nodes = [_entity_node(e) for e in entities]
        groups.append(_group(f"group:{kind}", kind_plural(kind), nodes))
    return groups


def _load(store: Store, node: Node, limit: int) -> None:
    node.children = fetch_more(store, node, limit)


def snapshot(store: Store, filters: Filters, window: Window | None = None) -> Snapshot:
    """Everything one filter change needs, in one call (safe to run off the GUI thread):
    counts, facets, the tree's groups with their first pages, search hits, and what the
    timeline draws (``window``: the days it shows closely, when it is zoomed in)."""
    try:
        count = store.count_dated(filters)
        facets = store.facets(filters)
        hits: list[SearchHit] = []
        found = (0, 0)
        if filters.text.strip():
            hits = store.search(filters.text, SEARCH_LIMIT, filters)
            found = store.search_counts(filters)
        months = store.month_counts(filters)
    except DatabaseError as exc:
        if not filters.text.strip():
            raise
        # The search index is damaged: say so in place of results, never list everything
        # as if it matched. The other filters do not need the index.
        plain = filters.without("text")
        error = translate(
            "Status",
            "searching is not possible in this database: {error} The other filters still "
            "work; rebuild the database to search it.",
        ).format(error=exc)
        tree = build_tree(store, plain, [], [], 0)
        timeline = content(store, plain, window, match_nothing=True)
        facets, unfiltered = choice_counts(
            store, plain, store.facets(plain), store.count_dated(plain)
        )
        return Snapshot(
            filters, store.total_dated(), facets, tree, [], error, 0,
            timeline=timeline, unfiltered=unfiltered,
        )  # fmt: skip
    tree = build_tree(store, filters, hits, months, count, found)
    timeline = content(store, filters, window, months=months)
    facets, unfiltered = choice_counts(store, filters, facets, count)
    return Snapshot(
        filters, store.total_dated(), facets, tree, hits, count=count, found=found,
        timeline=timeline, unfiltered=unfiltered,
    )  # fmt: skip


def quoted_search(text: str, width: int = 40) -> str:
    """The search text for a sentence: in quotes, cut with "…", control and direction
    characters left out and the whole isolated (U+2068…U+2069), so that right-to-left
    text cannot reorder the sentence around it."""
    clean = "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf"))
    clean = " ".join(clean.split())
    if len(clean) > width:
        clean = clean[: width - 1].rstrip() + "…"
    return f"“\u2068{clean}\u2069”"


def _listed(parts: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(parts) == 1:
        return parts[0]
    return translate("Status", "{first} and {last}", "the end of a list: a, b and c").format(
        first=", ".join(parts[:-1]), last=parts[-1]
    )


def search_status(snap: Snapshot, notes: int, on_timeline: int) -> str:
    """One sentence: what the search found (records, paragraphs, the user's notes) and
    how many records the timeline shows; or what to do when it finds nothing."""
    text = quoted_search(snap.filters.text)
    shown = translate("Status", "{shown} of {total} on the timeline").format(
        shown=number(on_timeline), total=number(snap.total)
    )
    empty = nothing_sought(snap.filters.text)
    if empty:
        return translate("Status", "Nothing found for {query}: {reason}.").format(
            query=text, reason=empty
        )
    records, paragraphs = snap.found
    parts = [Status.tr("%n record(s)", "", records)] if records else []
    if paragraphs:
        parts.append(Status.tr("%n paragraph(s)", "", paragraphs))
    if notes:
        parts.append(Status.tr("%n of your notes", "", notes))
    if not parts:
        return translate(
            "Status", "Nothing matches {query}: check the spelling or use fewer words."
        ).format(query=text)
    if records + paragraphs + notes == 1:
        sentence = translate("Status", "{found} matches {query}; {shown}", "one thing found")
    else:
        sentence = translate("Status", "{found} match {query}; {shown}", "several found")
    return sentence.format(found=_listed(parts), query=text, shown=shown)


def choice_counts(
    store: Store, filters: Filters, facets: Facets, count: int
) -> tuple[Facets, dict[str, int]]:
    """The counts the filter boxes show, every one a number of records.

    Agencies and offence types can be chosen several at a time, and a record must involve
    every one chosen: once one is chosen, each further one is counted among the records
    the filters leave (what choosing it as well would leave). Years are one range: each
    year counts under the other filters. The "All …" entries count the records left
    without that dimension. Each count says how many of its records only an inferred link
    keeps, as the facets do.
    """
    unfiltered = {"years": sum(v.count for v in facets.years)}
    for dimension in ("agencies", "offences"):
        chosen = getattr(filters, dimension)
        unfiltered[dimension] = store.count_dated(filters.without(dimension)) if chosen else count
        if chosen:
            within = store.counts_within(filters, dimension)
            # Of each, how many only an inferred link keeps: what Stated only would drop.
            stated = within
            if not filters.stated_only:
                stated = store.counts_within(replace(filters, stated_only=True), dimension)
            values: list[FacetValue] = getattr(facets, dimension)
            recounted = [
                replace(v, count=within.get(v.id, 0),
                        inferred=within.get(v.id, 0) - stated.get(v.id, 0))
                for v in values
            ]  # fmt: skip
            facets = replace(facets, **{dimension: recounted})
    return facets, unfiltered


@dataclass(frozen=True)
class Place:
    """A place in the history: a record, or a passage of a source document."""

    record_id: str | None = None
    document_id: str | None = None
    paragraph: int = 0
    quote: str = ""


class History:
    """Back and forward over the places the user has looked at."""

    def __init__(self) -> None:
        self._items: list[Place] = []
        self._index = -1

    @property
    def current(self) -> Place | None:
        return self._items[self._index] if self._index >= 0 else None

    def visit(self, place: Place) -> None:
        if place == self.current:
            return
        del self._items[self._index + 1 :]
        self._items.append(place)
        self._index = len(self._items) - 1

    def can_back(self) -> bool:
        return self._index > 0

    def can_forward(self) -> bool:
        return self._index < len(self._items) - 1

    def back(self) -> Place | None:
        if self.can_back():
            self._index -= 1
        return self.current

    def forward(self) -> Place | None:
        if self.can_forward():
            self._index += 1
        return self.current


# ---------------------------------------------------------------------- the user's own

NOTE_EXCERPT = 60


def excerpt(text: str, size: int = NOTE_EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[: size - 1].rstrip() + "…"


def note_hits(
    data: UserData, text: str, ref: Callable[[str], RecordRef | None]
) -> list[tuple[Note, RecordRef]]:
    """The user's notes the search ``text`` finds, with the records they are on (``ref``
    names a record, None when the open database lacks it)."""
    hits = []
    if text.strip():
        for note in data.search_notes(text):
            found = ref(note.record_id)
            if found is not None:
                hits.append((note, found))
    return hits


def decorate_tree(
    tree: Node,
    bookmarks: list[tuple[Bookmark, RecordRef | None]],
    note_hits: list[tuple[Note, RecordRef]],
) -> Node:
    """``tree`` with a Bookmarks group and the user's notes among the search results.

    Plain Nodes in, plain Nodes out (no Qt). The snapshot's tree is not changed: the
    root and the search group are copies, the other groups are shared.
    """
    children = list(tree.children)
    search_at = next((i for i, c in enumerate(children) if c.key == "group:search"), None)
    if search_at is not None and note_hits:
        group = children[search_at]
        hits = [
            Node(
                key=f"note:{note.record_id}",
                label=translate("Contents", "Your note: “{excerpt}” — {title}").format(
                    excerpt=excerpt(note.text, 40), title=ref.title
                ),
                record_id=ref.id,
                kind=ref.kind,
                tooltip=translate("Contents", "Your note on {title}: {excerpt}").format(
                    title=ref.title, excerpt=excerpt(note.text, 300)
                ),
            )
            for note, ref in note_hits
        ]
        children[search_at] = Node(
            key=group.key,
            label=group.label,
            kind=group.kind,
            count=(group.count or 0) + len(hits),
            children=[*hits, *group.children],
        )
    if bookmarks:
        nodes = []
        for mark, ref in bookmarks:
            if mark.kind == "record":
                nodes.append(
                    Node(
                        key=f"bm:{mark.id}",
                        label=mark.name,
                        record_id=ref.id if ref else None,
                        kind=ref.kind if ref else "missing",
                        tooltip=ref.title
                        if ref
                        else translate("Contents", "This record is not in the open database."),
                    )
                )
            else:
                nodes.append(
                    Node(
                        key=f"bm:{mark.id}",
                        label=mark.name,
                        kind="view",
                        tooltip=translate(
                            "Contents", "A saved view: click to restore its filters and selection."
                        ),
                    )
                )
        group = Node(
            key="group:bookmarks",
            label=translate("Contents", "Bookmarks"),
            count=len(nodes),
            children=nodes,
        )
        children.insert(0 if search_at is None else search_at + 1, group)
    return Node(key=tree.key, label=tree.label, children=children)
