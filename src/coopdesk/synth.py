"""Synthetic databases of the real schema, for measuring CoopDesk at scale.

``synthesize(path, events=N, seed=S)`` writes N dated records with a realistic skew: a
few agencies and offence types far more frequent than the rest (Zipf-like weights),
events clustered in time over a century, titles and quotes drawn from a vocabulary of
4,000 words with the skew of natural text (Zipf: the domain words below are the most
frequent, then made-up words, most of them rare), several links per event, each with a
citation, one in five of them inferred, and every value with its basis (the agencies'
short names are editorial). Everything is inserted in one
transaction with plain ``executemany`` and indexed afterwards, which is what keeps a
million events within a couple of minutes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import os
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from coopdesk import __version__
from coopdesk.build.digest import content_digests, meta_values
from coopdesk.build.writer import write_derived
from coopdesk.errors import OutputError
from coopdesk.fileio import atomic_path, free_space, remove_leftovers
from coopdesk.schema import (
    DDL,
    FTS_TABLES,
    KINDS,
    PARAGRAPHS_FTS_FILL,
    RECORDS_FTS_INSERT,
    RELATIONS,
    SCHEMA_VERSION,
    SIDES,
)
from coopdesk.searchindex import RecordText

DOC_ID = "synthetic"
MAX_EVENTS = 10_000_000  # ten times the largest collection CoopDesk is measured on
# Measured on 100,000 events: 2.5 KB of database and 5 KB of peak memory per event.
DISK_BYTES_PER_EVENT = 2_600
MEMORY_BYTES_PER_EVENT = 5_000
ROOM_MARGIN = 1.25
PARAGRAPHS = 2000
_VOCABULARY = (
    "border customs cyber fraud narcotics firearms witness protection laundering migration "
    "trafficking terrorism financing analysis exchange liaison workshop training visit "
    "protocol memorandum operation network cell route harbour airport corridor seizure "
    "investigation prosecution extradition evidence intelligence assessment threat risk "
    "cooperation dialogue summit consultation delegation expert panel forum conference "
    "platform database register strategy plan review report statement agreement annex"
)
_SYLLABLES = "ka lo ren ti mar sol ve dra ni pol gor ste bru fal zen mir tas vo lin quer"


def _made_up_words(count: int) -> list[str]:
    """Pronounceable words that are not English, the same on every run."""
    rng = random.Random(0)
    syllables = _SYLLABLES.split()
    seen = set(_VOCABULARY.split())
    out: list[str] = []
    while len(out) < count:
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            out.append(word)
    return out


WORDS = _VOCABULARY.split() + _made_up_words(4000 - len(_VOCABULARY.split()))
# People are named as people are: a given name and a family name, few of them shared.
_NAMES = _made_up_words(4000 + 600)[4000:]
PEOPLE = [f"{_NAMES[i % 100].title()} {_NAMES[100 + i].title()}" for i in range(500)]
_CITY_NAMES = (
    "Brussels Moscow The-Hague Rome Vienna Helsinki Tallinn Riga Vilnius Warsaw Berlin Paris "
    "Madrid Lisbon Athens Sofia Bucharest Budapest Prague Bratislava Ljubljana Zagreb Minsk "
    "Kyiv Chisinau Tbilisi Yerevan Baku Astana Tashkent Geneva Lyon Strasbourg Luxembourg"
)
CITIES = _CITY_NAMES.split()
DATED = [(k.id, w) for k, w in zip([k for k in KINDS if k.lane], (2, 1, 2, 4, 6), strict=True)]


def _zipf(count: int, skew: float = 1.1) -> list[float]:
    return [1.0 / (rank**skew) for rank in range(1, count + 1)]


_WORD_WEIGHTS = list(itertools.accumulate(_zipf(len(WORDS), 1.0)))


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choices(WORDS, cum_weights=_WORD_WEIGHTS, k=words))


def _cluster_days(rng: random.Random, events: int) -> Iterator[int]:
    """Days since 1925-01-01, clustered: bursts of activity around random centres."""
    centres = [rng.randrange(0, 36500) for _ in range(max(8, events // 5000))]
    spreads = [rng.choice((15, 60, 200, 800)) for _ in centres]
    for _ in range(events):
        i = rng.randrange(len(centres))
        yield min(36499, max(0, int(rng.gauss(centres[i], spreads[i]))))


def check_room(path: Path, events: int) -> None:
    """Refuse, before writing anything, a synthesis the disk or the memory cannot hold."""
    if not 1 <= events <= MAX_EVENTS:
        raise OutputError(f"--events must be from 1 to {MAX_EVENTS:,}, not {events:,}.")
    folder = Path(path).resolve().parent
    need = int(events * DISK_BYTES_PER_EVENT * ROOM_MARGIN)
    free = free_space(folder) if folder.is_dir() else None
    if free is not None and need > free:
        raise OutputError(
            f"{path}: {events:,} events need about {_gb(need)} of disk, but {folder} has "
            f"{_gb(free)} free; nothing was written."
        )
    memory = physical_memory()
    need = int(events * MEMORY_BYTES_PER_EVENT * ROOM_MARGIN)
    if memory is not None and need > memory:
        raise OutputError(
            f"{events:,} events need about {_gb(need)} of memory, but this machine has "
            f"{_gb(memory)}; nothing was written."
        )


def _gb(size: int) -> str:
    return f"{size / 1e9:,.1f} GB"


def physical_memory() -> int | None:
    """Bytes of memory in this machine; None when it cannot be told."""
    try:
        return int(os.sysconf("SC_PHYS_PAGES")) * int(os.sysconf("SC_PAGE_SIZE"))
    except (AttributeError, OSError, ValueError):
        return None


def synthesize(path: Path, *, events: int, seed: int = 1) -> dict[str, int]:
    """Write a synthetic database to ``path`` atomically; returns row counts."""
    rng = random.Random(seed)
    check_room(path, events)
    remove_leftovers(path)
    with atomic_path(path, what="database") as tmp:
        try:
            conn = sqlite3.connect(tmp)
        except sqlite3.Error as exc:
            raise OutputError(f"{path}: cannot be written ({exc}).") from exc
        try:
            conn.execute("PRAGMA journal_mode = OFF")
            conn.execute("PRAGMA synchronous = OFF")
            conn.execute("PRAGMA cache_size = -200000")
            conn.executescript(DDL)
            counts = _fill(conn, rng, events)
            write_derived(conn)
            for table in FTS_TABLES:
                conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
            conn.executemany(
                "INSERT INTO meta VALUES (?, ?)", meta_values(content_digests(conn)).items()
            )
            conn.execute("ANALYZE")
            conn.commit()
        except sqlite3.Error as exc:
            raise OutputError(f"{path}: cannot be written ({exc}).") from exc
        finally:
            conn.close()
    return counts


def _fill(conn: sqlite3.Connection, rng: random.Random, events: int) -> dict[str, int]:
    paragraphs = [_sentence(rng, 40) for _ in range(PARAGRAPHS)]
    text = "Synthetic collection\n\n" + "\n\n".join(paragraphs) + "\n"
    sha = hashlib.sha256(text.encode()).hexdigest()
    conn.executemany(
        "INSERT INTO meta VALUES (?, ?)",
        [("schema_version", str(SCHEMA_VERSION)), ("builder_version", __version__),
         ("source_sha256", sha), ("documents", "1"), ("data_as_of", "2025-12-31"),
         ("sqlite_version", sqlite3.sqlite_version), ("synthetic_events", str(events))],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO kinds VALUES (?, ?, ?, ?, ?, ?)",
        [(k.id, k.label, k.plural, k.category, k.lane, i) for i, k in enumerate(KINDS)],
    )
    conn.executemany("INSERT INTO sides VALUES (?, ?)", list(SIDES.items()))
    conn.executemany("INSERT INTO relations VALUES (?, ?, ?)", [tuple(r) for r in RELATIONS])
    conn.execute(
        "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)",
        (DOC_ID, "Synthetic collection", "synthetic.txt", sha, "2025-12-31", text),
    )
    conn.executemany(
        "INSERT INTO paragraphs VALUES (?, ?, ?)",
        [(DOC_ID, n, p) for n, p in enumerate(paragraphs, 1)],
    )

    records: list[tuple[object, ...]] = []
    citations: list[tuple[object, ...]] = []
    values: list[tuple[object, ...]] = []
    fts: list[tuple[object, ...]] = []
    # Batches are flushed and cleared, so ids come from counters, not list lengths.
    record_sort = itertools.count()
    citation_id = itertools.count(1)
    value_id = itertools.count(1)

    def value(rid: str, field: str, text: object, basis: str = "stated") -> None:
        reason = None if basis == "stated" else "A synthetic editorial value."
        values.append((next(value_id), rid, field, str(text), basis, reason))

    def quote(paragraph: int) -> str:
        words = paragraphs[paragraph - 1].split()
        start = rng.randrange(0, len(words) - 8)
        return " ".join(words[start : start + 8])

    def entity(
        rid: str, kind: str, title: str, side: str | None, number: int | None, short: str = ""
    ) -> None:
        para = rng.randrange(1, PARAGRAPHS + 1)
        records.append((rid, kind, title, short or None, None, None, None, number, side, None,
                        None, None, DOC_ID, next(record_sort)))  # fmt: skip
        text = quote(para)
        citations.append((next(citation_id), rid, None, None, DOC_ID, para, text))
        indexed = RecordText(rid, title, short_name=short or None, quotes=(text,))
        fts.append((rid, *indexed.columns()))
        value(rid, "title", title)
        for field, given, basis in (
            ("short_name", short, "editorial"),
            ("side", side, "stated"),
            ("number", number, "stated"),
        ):
            if given:
                value(rid, field, given, basis)

    agencies = [f"agency/synthetic-{i:03d}" for i in range(60)]
    for i, rid in enumerate(agencies):
        entity(rid, "agency", f"Agency {i:03d} for {rng.choice(WORDS)}",
               rng.choice(list(SIDES)), None, f"A{i:03d}")  # fmt: skip
    offences = [f"offence/{n}-synthetic" for n in range(1, 9)]
    for n, rid in enumerate(offences, 1):
        entity(rid, "offence", f"Offence type {n}: {_sentence(rng, 3)}", None, n)
    places = [f"place/synthetic-{i:03d}" for i in range(len(CITIES))]
    for rid, city in zip(places, CITIES, strict=True):
        entity(rid, "place", city.replace("-", " "), None, None)
    titles = {r[0]: str(r[2]) for r in records}
    people = [f"person/synthetic-{i:04d}" for i in range(500)]
    for i, rid in enumerate(people):
        entity(rid, "person", PEOPLE[i], rng.choice(list(SIDES)), None)
        titles[rid] = PEOPLE[i]

    agency_weights = _zipf(len(agencies))
    offence_weights = _zipf(len(offences), 1.4)
    kinds, kind_weights = zip(*DATED, strict=True)
    start = dt.date(1925, 1, 1).toordinal()
    links: list[tuple[object, ...]] = []
    record_agencies: list[tuple[str, str, str]] = []
    record_offences: list[tuple[str, str, str]] = []
    for index, day in enumerate(_cluster_days(rng, events)):
        date = dt.date.fromordinal(start + day).isoformat()
        kind = rng.choices(kinds, kind_weights)[0]
        rid = f"event/synthetic-{index:07d}"
        place = rng.choice(places)
        title = f"{kind.capitalize()} on {_sentence(rng, 3)}"
        records.append((rid, kind, title, None, date, int(date[:4]), place, None, None, None,
                        None, None, DOC_ID, next(record_sort)))  # fmt: skip
        para = rng.randrange(1, PARAGRAPHS + 1)
        body = quote(para)
        citations.append((next(citation_id), rid, None, None, DOC_ID, para, body))
        value(rid, "title", title)
        value(rid, "date", date)
        value(rid, "place_id", place)
        chosen_agencies = set(rng.choices(agencies, agency_weights, k=rng.randint(1, 4)))
        chosen_offences = set(rng.choices(offences, offence_weights, k=rng.randint(1, 2)))
        chosen_people = set(rng.sample(people, rng.randint(0, 2)))
        ends = ([(a, "participant") for a in sorted(chosen_agencies)]
                + [(o, "concerns") for o in sorted(chosen_offences)]
                + [(p, "participant") for p in sorted(chosen_people)])  # fmt: skip
        for target, relation in ends:
            link_id = len(links) + 1
            basis = "inferred" if rng.random() < 0.2 else "stated"
            reason = None if basis == "stated" else "A synthetic reading."
            links.append((link_id, rid, target, relation, None, basis, reason, None))
            citations.append((next(citation_id), None, link_id, None, DOC_ID, para, body))
            if target in chosen_agencies:
                record_agencies.append((rid, target, basis))
            elif target in chosen_offences:
                record_offences.append((rid, target, basis))
        indexed = RecordText(
            rid, title, quotes=(body,), date=date, place=titles[place],
            linked=tuple(titles[target] for target, _ in ends),
        )  # fmt: skip
        fts.append((rid, *indexed.columns()))
        if len(records) >= 200_000:
            _flush(conn, records, citations, values, fts)
    _flush(conn, records, citations, values, fts)
    conn.executemany("INSERT INTO links VALUES (?, ?, ?, ?, ?, ?, ?, ?)", links)
    conn.executemany("INSERT INTO record_agencies VALUES (?, ?, ?)", sorted(record_agencies))
    conn.executemany("INSERT INTO record_offences VALUES (?, ?, ?)", sorted(record_offences))
    conn.execute(PARAGRAPHS_FTS_FILL)
    return {
        "events": events,
        "links": len(links),
        "record_agencies": len(record_agencies),
        "record_offences": len(record_offences),
    }


def _flush(
    conn: sqlite3.Connection,
    records: list[tuple[object, ...]],
    citations: list[tuple[object, ...]],
    values: list[tuple[object, ...]],
    fts: list[tuple[object, ...]],
) -> None:
    conn.executemany(f"INSERT INTO records VALUES ({', '.join('?' * 14)})", records)
    conn.executemany("INSERT INTO record_values VALUES (?, ?, ?, ?, ?, ?)", values)
    conn.executemany("INSERT INTO citations VALUES (?, ?, ?, ?, ?, ?, ?)", citations)
    conn.executemany(RECORDS_FTS_INSERT, fts)
    records.clear()
    citations.clear()
    values.clear()
    fts.clear()
