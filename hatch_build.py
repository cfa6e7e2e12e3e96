"""Hatchling's build hook: compiles the translations into the wheel.

``pip install .``, ``pip install -e .`` and ``python -m build`` all run it: the ``.qm``
files are built from ``resources/translations/*.ts`` by ``tools/translations.py``
(pyside6-lrelease from the PySide6 that ``[build-system] requires``), into the
checkout's ``resources/translations``, which the wheel carries as
``coopdesk/resources`` and an editable install reads in place. They are never
committed: a clean clone makes them, and they cannot be older than the .ts.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        script = Path(self.root) / "tools" / "translations.py"
        spec = importlib.util.spec_from_file_location("coopdesk_translations", script)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        # Into the checkout's resources/, which the wheel force-includes whole (ignored
        # by git or not): nothing more to name here.
        module.release()
