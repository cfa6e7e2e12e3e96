"""Frozen entry point of ``coopdesk-gui``: always the window, with no console on Windows."""

from __future__ import annotations

import sys

from coopdesk.paper.engine import CHILD_FLAG

if sys.argv[1:2] == [CHILD_FLAG]:  # paper's layout process (coopdesk.paper.engine)
    from coopdesk.paper.engine import child_main

    raise SystemExit(child_main())

from coopdesk.cli import gui_main

raise SystemExit(gui_main())
