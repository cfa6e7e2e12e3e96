"""Build the reference database from source documents and their curation files.

Each ``NAME.txt`` in the source folder has a ``NAME.toml`` beside it that declares the
records and links the document supports, each anchored by a verbatim quote. The build
validates every curation file against the declared fields and the text (``validate``),
derives the facet tables and the full-text index, and writes the database atomically: a
temporary file renamed over the old one.

Modules: ``specs`` (the curation as data), ``fields`` (the tables and fields, declared
once), ``tomllines`` (line numbers), ``text`` (paragraphs, words, quotes), ``validate``
(the validator), ``load`` (a source folder), ``rows``/``search_rows`` (the database's
rows) and ``writer`` (the file).
"""

from __future__ import annotations

from coopdesk.build.load import load_curation
from coopdesk.build.specs import Curation, Problem
from coopdesk.build.text import normalise, split_paragraphs
from coopdesk.build.validate import validate
from coopdesk.build.writer import build, canonical_dump, write_database

__all__ = [
    "Curation",
    "Problem",
    "build",
    "canonical_dump",
    "load_curation",
    "normalise",
    "split_paragraphs",
    "validate",
    "write_database",
]
