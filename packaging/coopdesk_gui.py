"""Frozen entry point of ``coopdesk-gui``: always the window, with no console on Windows."""

from __future__ import annotations

from coopdesk.cli import gui_main

raise SystemExit(gui_main())
