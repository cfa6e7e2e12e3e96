"""The Curate window: a source document, its curation file and a preview of the build.

- ``window``: the window, which places the components and builds the menus.
- ``document``: the document as paragraphs, anchored spans underlined by kind.
- ``forms`` and ``linkforms``: a new record, link or alias from a selection, each
  proposed field confirmed by the curator.
- ``suggestions`` and ``problems``: the Suggest pass's proposals; what the build refuses.
- ``undo``: the core's commands on a QUndoStack.
- ``worker``: checks and preview builds off the window's thread, the latest request winning.
- ``browser``: the preview database in the browser's own tree, timeline and detail panes.
- ``start``: ``coopdesk curate DOC.txt`` and its screenshot.
"""
