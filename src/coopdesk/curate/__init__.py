"""The curation workbench's core, without Qt: suggest, edit, validate, preview, publish.

- ``dates`` and ``text``: dates in the document's own forms, sentences, words, names.
- ``suggest``: the Suggest pass, proposals a curator accepts, edits or rejects.
- ``draft``: the fields of a new record proposed from a selection.
- ``curation`` and ``commands``: a curation file edited with its comments and order kept,
  by undoable command objects.
- ``validate`` and ``preview``: the build's checks on every change, a preview database,
  and Publish.
"""
