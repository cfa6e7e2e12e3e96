"""The curation workbench's core, without Qt: suggest, edit, validate, preview, publish.

- ``text``: sentences, words and names (dates are ``coopdesk.dates``, which the build
  shares).
- ``suggest``: the Suggest pass, proposals a curator accepts, edits or rejects.
- ``draft``: the fields of a new record proposed from a selection.
- ``curation`` and ``commands``: a curation file edited with its comments and order kept,
  by undoable command objects.
- ``preview``: the build's checks on every change, a preview database, and Publish.
- ``anchors``: where each quote of the curation stands in the document.
- ``known``: the records a curation holds, as the Suggest pass and the forms see them.
"""
