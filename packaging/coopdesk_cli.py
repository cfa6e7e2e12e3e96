"""Frozen entry point of ``coopdesk``: the command line, and the window with no command."""

from __future__ import annotations

from coopdesk.cli import main

raise SystemExit(main())
