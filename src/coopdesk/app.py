"""The GUI's entry points for embedding and tests: ``create_main_window``."""

from coopdesk.ui.app import application, create_main_window, run_gui

__all__ = ["application", "create_main_window", "run_gui"]
